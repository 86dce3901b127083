#include "auth/Oidc.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMutexLocker>

namespace regie::auth::oidc {

namespace {

constexpr int kStateBytes = 32;
constexpr int kNonceBytes = 32;
constexpr int kVerifierBytes = 48; // 64 characters, within RFC 7636's 43..128

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool isLoopbackHost(const QString &host)
{
    // Literal checks only: resolving names here would let DNS decide what is "local".
    return host == QLatin1String("localhost") || host == QLatin1String("::1")
           || (host.startsWith(QLatin1String("127.")) && host.count(QLatin1Char('.')) == 3);
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, qsizetype maxBytes)
{
    if (body.size() > maxBytes)
        return std::nullopt;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<qint64> numericDate(const QJsonObject &payload, const char *name)
{
    const QJsonValue v = payload.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double seconds = v.toDouble();
    // Within year 1970..3000 and integral after truncation: anything else is malformed.
    if (!(seconds >= 0.0 && seconds < 32503680000.0))
        return std::nullopt;
    return static_cast<qint64>(seconds);
}

bool audienceMatches(const QJsonObject &payload, const QString &clientId)
{
    const QJsonValue aud = payload.value(QLatin1String("aud"));
    if (aud.isString())
        return aud.toString() == clientId;
    if (!aud.isArray())
        return false;
    const QJsonArray list = aud.toArray();
    bool found = false;
    for (const QJsonValue &entry : list)
        found = found || entry.toString() == clientId;
    if (!found)
        return false;
    // Several audiences: the token must say it was issued to us (azp).
    if (list.size() > 1 || payload.contains(QLatin1String("azp")))
        return payload.value(QLatin1String("azp")).toString() == clientId;
    return true;
}

QString urlEncode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QStringList digidLevelsFrom(const QString &levelName)
{
    static const QStringList names{QStringLiteral("basis"), QStringLiteral("midden"), QStringLiteral("substantieel"),
                                   QStringLiteral("hoog")};
    const qsizetype at = names.indexOf(levelName.trimmed().toLower());
    return at < 0 ? QStringList() : kDigidLevels.mid(at);
}

bool ProviderConfig::isComplete() const
{
    return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() && redirectUri.isValid()
           && !bsnClaim.isEmpty() && !acceptedAcr.isEmpty();
}

QUrl discoveryUrl(const QString &issuer)
{
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/.well-known/openid-configuration"));
}

bool isAcceptableEndpoint(const QUrl &url, bool allowLoopbackHttp)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return allowLoopbackHttp && url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

std::optional<ProviderMetadata> ProviderMetadata::parse(const QByteArray &json, const ProviderConfig &config,
                                                        QString *error)
{
    const auto object = jsonObject(json, kMaxDiscoveryBytes);
    if (!object) {
        setError(error, QStringLiteral("discovery document is not a JSON object"));
        return std::nullopt;
    }
    ProviderMetadata m;
    m.issuer = object->value(QLatin1String("issuer")).toString();
    m.authorizationEndpoint = QUrl(object->value(QLatin1String("authorization_endpoint")).toString());
    m.tokenEndpoint = QUrl(object->value(QLatin1String("token_endpoint")).toString());
    m.jwksUri = QUrl(object->value(QLatin1String("jwks_uri")).toString());
    if (m.issuer != config.issuer) {
        setError(error, QStringLiteral("discovery issuer differs from the configured issuer"));
        return std::nullopt;
    }
    for (const QUrl &endpoint : {m.authorizationEndpoint, m.tokenEndpoint, m.jwksUri}) {
        if (!isAcceptableEndpoint(endpoint, config.allowLoopbackHttp)) {
            setError(error, QStringLiteral("discovery endpoint is not https"));
            return std::nullopt;
        }
    }
    const QJsonValue methods = object->value(QLatin1String("code_challenge_methods_supported"));
    if (methods.isArray() && !methods.toArray().contains(QStringLiteral("S256"))) {
        setError(error, QStringLiteral("provider does not support PKCE S256"));
        return std::nullopt;
    }
    return m;
}

QString codeChallengeS256(const QString &verifier)
{
    return QString::fromLatin1(base64UrlEncode(crypto::sha256(verifier.toLatin1())));
}

// ---- LoginStore ------------------------------------------------------------------------

std::optional<PendingLogin> LoginStore::create(const QDateTime &now, std::chrono::seconds lifetime,
                                               const QString &client, Refusal *refusal)
{
    QMutexLocker lock(&mutex_);
    const auto refuse = [refusal](Refusal why) -> std::optional<PendingLogin> {
        if (refusal)
            *refusal = why;
        return std::nullopt;
    };
    if (logins_.size() >= capacity_ || perClientCount_.value(client) >= perClient_)
        purgeExpired(now);
    if (logins_.size() >= capacity_)
        return refuse(Refusal::StoreFull);
    if (perClientCount_.value(client) >= perClient_)
        return refuse(Refusal::ClientFull);
    PendingLogin login;
    login.state = crypto::randomToken(kStateBytes);
    login.nonce = crypto::randomToken(kNonceBytes);
    login.codeVerifier = crypto::randomToken(kVerifierBytes);
    login.browserBinding = crypto::randomToken(kStateBytes);
    login.client = client;
    login.expiresAt = now.addSecs(lifetime.count());
    logins_.insert(login.state, login);
    ++perClientCount_[client];
    if (refusal)
        *refusal = Refusal::None;
    return login;
}

std::optional<PendingLogin> LoginStore::take(const QString &state, const QDateTime &now)
{
    QMutexLocker lock(&mutex_);
    const auto it = logins_.constFind(state);
    if (it == logins_.constEnd())
        return std::nullopt;
    PendingLogin login = it.value();
    logins_.erase(it);
    forget(login);
    if (login.expiresAt <= now)
        return std::nullopt;
    return login;
}

qsizetype LoginStore::size() const
{
    QMutexLocker lock(&mutex_);
    return logins_.size();
}

qsizetype LoginStore::sizeFor(const QString &client) const
{
    QMutexLocker lock(&mutex_);
    return perClientCount_.value(client);
}

void LoginStore::purgeExpired(const QDateTime &now)
{
    for (auto it = logins_.begin(); it != logins_.end();) {
        if (it.value().expiresAt <= now) {
            forget(it.value());
            it = logins_.erase(it);
        } else {
            ++it;
        }
    }
}

void LoginStore::forget(const PendingLogin &login)
{
    const auto it = perClientCount_.find(login.client);
    if (it != perClientCount_.end() && --it.value() <= 0)
        perClientCount_.erase(it);
}

// ---- ID token checks -------------------------------------------------------------------

QString toCode(Failure failure)
{
    switch (failure) {
    case Failure::None: return QStringLiteral("geen");
    case Failure::NotConfigured: return QStringLiteral("niet_ingesteld");
    case Failure::DiscoveryFailed: return QStringLiteral("discovery");
    case Failure::TooManyPendingLogins: return QStringLiteral("te_veel_logins");
    case Failure::PendingStoreFull: return QStringLiteral("logins_vol");
    case Failure::ProviderError: return QStringLiteral("provider_fout");
    case Failure::MalformedCallback: return QStringLiteral("callback_ongeldig");
    case Failure::UnknownState: return QStringLiteral("state_onbekend");
    case Failure::BrowserMismatch: return QStringLiteral("andere_browser");
    case Failure::TokenRequestFailed: return QStringLiteral("token_verzoek");
    case Failure::TokenResponseInvalid: return QStringLiteral("token_antwoord");
    case Failure::TokenMalformed: return QStringLiteral("token_ongeldig");
    case Failure::SignatureInvalid: return QStringLiteral("handtekening");
    case Failure::WrongIssuer: return QStringLiteral("iss");
    case Failure::WrongAudience: return QStringLiteral("aud");
    case Failure::Expired: return QStringLiteral("verlopen");
    case Failure::NotYetValid: return QStringLiteral("nog_niet_geldig");
    case Failure::NonceMismatch: return QStringLiteral("nonce");
    case Failure::AcrTooLow: return QStringLiteral("niveau_te_laag");
    case Failure::BsnMissing: return QStringLiteral("claim_ontbreekt");
    case Failure::BsnInvalid: return QStringLiteral("claim_ongeldig");
    }
    return QStringLiteral("onbekend");
}

Failure checkClaims(const QJsonObject &payload, const IdTokenExpectations &expected)
{
    if (payload.value(QLatin1String("iss")).toString() != expected.issuer)
        return Failure::WrongIssuer;
    if (!audienceMatches(payload, expected.clientId))
        return Failure::WrongAudience;
    const auto exp = numericDate(payload, "exp");
    const auto iat = numericDate(payload, "iat");
    if (!exp || !iat || payload.value(QLatin1String("sub")).toString().isEmpty())
        return Failure::TokenMalformed;
    const qint64 now = expected.now.toSecsSinceEpoch();
    const qint64 skew = expected.clockSkew.count();
    if (now - skew >= *exp)
        return Failure::Expired;
    if (*iat > now + skew)
        return Failure::NotYetValid;
    if (now - *iat > expected.maxAge.count() + skew)
        return Failure::Expired;
    if (payload.contains(QLatin1String("nbf"))) {
        const auto nbf = numericDate(payload, "nbf");
        if (!nbf)
            return Failure::TokenMalformed;
        if (*nbf > now + skew)
            return Failure::NotYetValid;
    }
    const QByteArray nonce = payload.value(QLatin1String("nonce")).toString().toUtf8();
    if (expected.nonce.isEmpty() || !crypto::constantTimeEquals(nonce, expected.nonce.toUtf8()))
        return Failure::NonceMismatch;
    // acr_values in the request is only a wish (OpenID Connect Core 3.1.2.1): the token says
    // which level was used, and a lower one than moving money needs is refused.
    if (!expected.acceptedAcr.isEmpty() && !expected.acceptedAcr.contains(payload.value(QLatin1String("acr")).toString()))
        return Failure::AcrTooLow;
    return Failure::None;
}

Failure validateIdToken(const QByteArray &compact, const Jwks &keys, const IdTokenExpectations &expected,
                        QJsonObject *payload)
{
    QString ignored;
    const auto token = splitJwt(compact, &ignored);
    if (!token)
        return Failure::TokenMalformed;
    if (!verifySignature(*token, keys, &ignored))
        return Failure::SignatureInvalid;
    const Failure failure = checkClaims(token->payload, expected);
    if (failure == Failure::None && payload)
        *payload = token->payload;
    return failure;
}

std::optional<Bsn> bsnFromClaims(const QJsonObject &payload, const QString &claim)
{
    const QJsonValue v = payload.value(claim);
    if (!v.isString())
        return std::nullopt;
    QString text = v.toString();
    if (text.size() > 64)
        return std::nullopt;
    const QString sectorPrefix = QStringLiteral("s00000000:");
    if (text.startsWith(sectorPrefix))
        text = text.mid(sectorPrefix.size());
    return Bsn::parse(text);
}

// ---- RelyingParty ----------------------------------------------------------------------

RelyingParty::RelyingParty(ProviderConfig config, HttpClient &http, std::function<QDateTime()> clock)
    : config_(std::move(config)), http_(http), clock_(std::move(clock)),
      logins_(config_.maxPendingLogins, config_.maxPendingLoginsPerClient)
{
}

// Waiting callers are dropped, not called: whoever waits learns it from its own bound.
RelyingParty::~RelyingParty() = default;

void RelyingParty::prepare(Ready done)
{
    if (isReady()) {
        done(true);
        return;
    }
    // A broker that just failed is not asked again at once: a flood of logins must not turn
    // into a flood of calls to an unreachable broker.
    const bool recentlyFailed = discoveryFailedAt_.isValid() && discoveryFailedAt_.secsTo(clock_()) < kDiscoveryRetrySeconds;
    if (recentlyFailed || preparing_.size() >= kMaxWaitingForProvider) {
        done(false);
        return;
    }
    preparing_.append(std::move(done));
    if (preparing_.size() == 1)
        fetchDiscovery();
}

void RelyingParty::fetchDiscovery()
{
    const auto finished = [this](bool ready) {
        if (!ready)
            discoveryFailedAt_ = clock_();
        settle(preparing_, ready);
    };
    if (metadata_) {
        fetchKeys(finished);
        return;
    }
    http_.get(discoveryUrl(config_.issuer), [this, alive = std::weak_ptr<int>(alive_), finished](const HttpResponse &r) {
        if (alive.expired())
            return;
        QString error;
        if (r.status == 200)
            metadata_ = ProviderMetadata::parse(r.body, config_, &error);
        if (!metadata_) {
            finished(false);
            return;
        }
        fetchKeys(finished);
    });
}

void RelyingParty::fetchKeys(std::function<void(bool)> then)
{
    http_.get(metadata_->jwksUri, [this, alive = std::weak_ptr<int>(alive_), then](const HttpResponse &r) {
        if (alive.expired())
            return;
        keysFetchedAt_ = clock_();
        QString error;
        if (r.status == 200) {
            if (auto keys = Jwks::parse(r.body, &error))
                keys_ = std::move(keys);
        }
        then(keys_.has_value());
    });
}

void RelyingParty::refreshKeys(Ready done)
{
    // Refetched recently: forged kids must not make us hammer the provider.
    const bool recent = keysFetchedAt_.isValid() && keysFetchedAt_.secsTo(clock_()) < config_.keyRefreshInterval.count();
    if (!metadata_ || recent || refreshing_.size() >= kMaxWaitingForProvider) {
        done(false);
        return;
    }
    refreshing_.append(std::move(done));
    if (refreshing_.size() == 1)
        fetchKeys([this](bool ok) { settle(refreshing_, ok); });
}

void RelyingParty::settle(QList<Ready> &waiters, bool ready)
{
    const QList<Ready> waiting = std::exchange(waiters, {});
    for (const Ready &w : waiting)
        w(ready);
}

std::optional<LoginStart> RelyingParty::begin(const QString &client, Failure *failure)
{
    auto setFailure = [failure](Failure f) {
        if (failure)
            *failure = f;
    };
    if (!config_.isComplete()) {
        setFailure(Failure::NotConfigured);
        return std::nullopt;
    }
    if (!isReady()) {
        setFailure(Failure::DiscoveryFailed);
        return std::nullopt;
    }
    LoginStore::Refusal refusal = LoginStore::Refusal::None;
    const auto login = logins_.create(clock_(), config_.loginLifetime, client, &refusal);
    if (!login) {
        setFailure(refusal == LoginStore::Refusal::ClientFull ? Failure::TooManyPendingLogins : Failure::PendingStoreFull);
        return std::nullopt;
    }
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(urlEncode(key), urlEncode(value));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), config_.clientId);
    add(QStringLiteral("redirect_uri"), config_.redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), config_.scope);
    add(QStringLiteral("state"), login->state);
    add(QStringLiteral("nonce"), login->nonce);
    add(QStringLiteral("code_challenge"), codeChallengeS256(login->codeVerifier));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("acr_values"), config_.requestedAcr());
    QUrl url = metadata_->authorizationEndpoint;
    QUrlQuery merged(url.query(QUrl::FullyEncoded));
    for (const auto &item : query.queryItems(QUrl::FullyEncoded))
        merged.addQueryItem(item.first, item.second);
    url.setQuery(merged.query(QUrl::FullyEncoded), QUrl::StrictMode);
    setFailure(Failure::None);
    return LoginStart{url, login->browserBinding};
}

void RelyingParty::requestTokens(const QString &code, const PendingLogin &login, HttpClient::Done done)
{
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), config_.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_verifier"), login.codeVerifier}};
    QList<std::pair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
    if (config_.clientAuth == ClientAuth::SecretPost) {
        fields.append({QStringLiteral("client_id"), config_.clientId});
        fields.append({QStringLiteral("client_secret"), config_.clientSecret});
    } else {
        // RFC 6749 2.3.1: both parts form-urlencoded before base64.
        const QByteArray pair = QUrl::toPercentEncoding(config_.clientId) + ':'
                                + QUrl::toPercentEncoding(config_.clientSecret);
        headers.append({"Authorization", "Basic " + pair.toBase64()});
    }
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    http_.postForm(metadata_->tokenEndpoint, body, headers, std::move(done));
}

LoginResult RelyingParty::fail(Failure failure, const QString &detail) const
{
    LoginResult result;
    result.failure = failure;
    result.detail = detail;
    return result;
}

std::optional<Redemption> RelyingParty::checkCallback(const QUrlQuery &callback, const QString &browserBinding,
                                                      LoginResult *refusal)
{
    const auto refuse = [this, refusal](Failure failure, const QString &detail) -> std::optional<Redemption> {
        *refusal = fail(failure, detail);
        return std::nullopt;
    };
    const QString state = callback.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (state.size() > kMaxCallbackParamLength || code.size() > kMaxCallbackParamLength)
        return refuse(Failure::MalformedCallback, QStringLiteral("callback parameter too long"));
    // The state is consumed even when the provider reports an error: it is single-use.
    const auto login = state.isEmpty() ? std::nullopt : logins_.take(state, clock_());
    if (callback.hasQueryItem(QStringLiteral("error")))
        return refuse(Failure::ProviderError, QStringLiteral("provider returned an error"));
    if (!login)
        return refuse(Failure::UnknownState, QStringLiteral("unknown, expired or used state"));
    if (browserBinding.isEmpty()
        || !crypto::constantTimeEquals(browserBinding.toUtf8(), login->browserBinding.toUtf8()))
        return refuse(Failure::BrowserMismatch, QStringLiteral("login cookie missing or different"));
    if (code.isEmpty())
        return refuse(Failure::MalformedCallback, QStringLiteral("no code"));
    return Redemption{code, *login};
}

void RelyingParty::redeem(Redemption redemption, Completed done)
{
    prepare([this, alive = std::weak_ptr<int>(alive_), redemption, done](bool ready) {
        if (alive.expired())
            return;
        if (!ready) {
            done(fail(Failure::DiscoveryFailed, QStringLiteral("discovery or keys unavailable")));
            return;
        }
        const PendingLogin login = redemption.login;
        requestTokens(redemption.code, login, [this, alive, login, done](const HttpResponse &response) {
            if (alive.expired())
                return;
            const LoginResult result = evaluate(response, login);
            if (result.failure != Failure::SignatureInvalid) {
                done(result);
                return;
            }
            // The provider may have rotated its keys since we fetched them.
            refreshKeys([this, alive, response, login, done, result](bool refreshed) {
                if (!alive.expired())
                    done(refreshed ? evaluate(response, login) : result);
            });
        });
    });
}

void RelyingParty::complete(const QUrlQuery &callback, const QString &browserBinding, Completed done)
{
    LoginResult refusal;
    std::optional<Redemption> redemption = checkCallback(callback, browserBinding, &refusal);
    if (!redemption) {
        done(refusal);
        return;
    }
    redeem(std::move(*redemption), std::move(done));
}

LoginResult RelyingParty::evaluate(const HttpResponse &response, const PendingLogin &login) const
{
    if (response.status != 200)
        return fail(Failure::TokenRequestFailed,
                    QStringLiteral("token endpoint answered %1 %2").arg(response.status).arg(response.error));
    const auto tokens = jsonObject(response.body, kMaxTokenResponseBytes);
    const QByteArray idToken = tokens ? tokens->value(QLatin1String("id_token")).toString().toLatin1() : QByteArray();
    if (idToken.isEmpty()
        || tokens->value(QLatin1String("token_type")).toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return fail(Failure::TokenResponseInvalid, QStringLiteral("no id_token or token_type bearer"));

    IdTokenExpectations expected{config_.issuer, config_.clientId, login.nonce, clock_(),
                                 config_.clockSkew, config_.maxTokenAge};
    expected.acceptedAcr = config_.acceptedAcr;
    QJsonObject payload;
    const Failure failure = validateIdToken(idToken, keys_.value_or(Jwks()), expected, &payload);
    if (failure != Failure::None)
        return fail(failure, QStringLiteral("id token refused: ") + toCode(failure));

    if (!payload.contains(config_.bsnClaim))
        return fail(Failure::BsnMissing, QStringLiteral("id token lacks the configured BSN claim"));
    LoginResult result;
    result.bsn = bsnFromClaims(payload, config_.bsnClaim);
    if (!result.bsn)
        return fail(Failure::BsnInvalid, QStringLiteral("BSN claim fails the 11-proef"));
    return result;
}

} // namespace regie::auth::oidc
