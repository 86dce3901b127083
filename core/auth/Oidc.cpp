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

bool ProviderConfig::isComplete() const
{
    return !issuer.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() && redirectUri.isValid()
           && !bsnClaim.isEmpty();
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

std::optional<PendingLogin> LoginStore::create(const QDateTime &now, std::chrono::seconds lifetime)
{
    QMutexLocker lock(&mutex_);
    if (logins_.size() >= capacity_)
        purgeExpired(now);
    if (logins_.size() >= capacity_)
        return std::nullopt;
    PendingLogin login;
    login.state = crypto::randomToken(kStateBytes);
    login.nonce = crypto::randomToken(kNonceBytes);
    login.codeVerifier = crypto::randomToken(kVerifierBytes);
    login.browserBinding = crypto::randomToken(kStateBytes);
    login.expiresAt = now.addSecs(lifetime.count());
    logins_.insert(login.state, login);
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
    if (login.expiresAt <= now)
        return std::nullopt;
    return login;
}

qsizetype LoginStore::size() const
{
    QMutexLocker lock(&mutex_);
    return logins_.size();
}

void LoginStore::purgeExpired(const QDateTime &now)
{
    for (auto it = logins_.begin(); it != logins_.end();) {
        if (it.value().expiresAt <= now)
            it = logins_.erase(it);
        else
            ++it;
    }
}

// ---- ID token checks -------------------------------------------------------------------

QString toCode(Failure failure)
{
    switch (failure) {
    case Failure::None: return QStringLiteral("geen");
    case Failure::NotConfigured: return QStringLiteral("niet_ingesteld");
    case Failure::DiscoveryFailed: return QStringLiteral("discovery");
    case Failure::TooManyPendingLogins: return QStringLiteral("te_veel_logins");
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
    : config_(std::move(config)), http_(http), clock_(std::move(clock))
{
}

bool RelyingParty::ensureDiscovered(QString *error)
{
    QMutexLocker lock(&cacheMutex_);
    if (metadata_ && keys_)
        return true;
    if (!metadata_) {
        const HttpResponse response = http_.get(discoveryUrl(config_.issuer));
        if (response.status != 200) {
            setError(error, QStringLiteral("discovery failed: ") + response.error);
            return false;
        }
        metadata_ = ProviderMetadata::parse(response.body, config_, error);
        if (!metadata_)
            return false;
    }
    lock.unlock();
    return refreshKeys(error);
}

bool RelyingParty::refreshKeys(QString *error)
{
    QMutexLocker lock(&cacheMutex_);
    const QDateTime now = clock_();
    if (keys_ && keysFetchedAt_.isValid() && keysFetchedAt_.secsTo(now) < config_.keyRefreshInterval.count())
        return true; // refetched recently: do not let forged kids make us hammer the provider
    const HttpResponse response = http_.get(metadata_->jwksUri);
    keysFetchedAt_ = now;
    if (response.status != 200) {
        setError(error, QStringLiteral("jwks fetch failed: ") + response.error);
        return keys_.has_value();
    }
    auto keys = Jwks::parse(response.body, error);
    if (!keys)
        return keys_.has_value();
    keys_ = std::move(keys);
    return true;
}

Jwks RelyingParty::currentKeys()
{
    QMutexLocker lock(&cacheMutex_);
    return keys_.value_or(Jwks());
}

std::optional<LoginStart> RelyingParty::begin(Failure *failure)
{
    auto setFailure = [failure](Failure f) {
        if (failure)
            *failure = f;
    };
    QString error;
    if (!config_.isComplete()) {
        setFailure(Failure::NotConfigured);
        return std::nullopt;
    }
    if (!ensureDiscovered(&error)) {
        setFailure(Failure::DiscoveryFailed);
        return std::nullopt;
    }
    const auto login = logins_.create(clock_(), config_.loginLifetime);
    if (!login) {
        setFailure(Failure::TooManyPendingLogins);
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
    if (!config_.acrValues.isEmpty())
        add(QStringLiteral("acr_values"), config_.acrValues);
    QUrl url = metadata_->authorizationEndpoint;
    QUrlQuery merged(url.query(QUrl::FullyEncoded));
    for (const auto &item : query.queryItems(QUrl::FullyEncoded))
        merged.addQueryItem(item.first, item.second);
    url.setQuery(merged.query(QUrl::FullyEncoded), QUrl::StrictMode);
    setFailure(Failure::None);
    return LoginStart{url, login->browserBinding};
}

HttpResponse RelyingParty::requestTokens(const QString &code, const PendingLogin &login)
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
    return http_.postForm(metadata_->tokenEndpoint, body, headers);
}

LoginResult RelyingParty::fail(Failure failure, const QString &detail) const
{
    LoginResult result;
    result.failure = failure;
    result.detail = detail;
    return result;
}

LoginResult RelyingParty::complete(const QUrlQuery &callback, const QString &browserBinding)
{
    const QString state = callback.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (state.size() > kMaxCallbackParamLength || code.size() > kMaxCallbackParamLength)
        return fail(Failure::MalformedCallback, QStringLiteral("callback parameter too long"));
    // The state is consumed even when the provider reports an error: it is single-use.
    const auto login = state.isEmpty() ? std::nullopt : logins_.take(state, clock_());
    if (callback.hasQueryItem(QStringLiteral("error")))
        return fail(Failure::ProviderError, QStringLiteral("provider returned an error"));
    if (!login)
        return fail(Failure::UnknownState, QStringLiteral("unknown, expired or used state"));
    if (browserBinding.isEmpty()
        || !crypto::constantTimeEquals(browserBinding.toUtf8(), login->browserBinding.toUtf8()))
        return fail(Failure::BrowserMismatch, QStringLiteral("login cookie missing or different"));
    if (code.isEmpty())
        return fail(Failure::MalformedCallback, QStringLiteral("no code"));
    QString error;
    if (!ensureDiscovered(&error))
        return fail(Failure::DiscoveryFailed, error);

    const HttpResponse response = requestTokens(code, *login);
    if (response.status != 200)
        return fail(Failure::TokenRequestFailed,
                    QStringLiteral("token endpoint answered %1 %2").arg(response.status).arg(response.error));
    const auto tokens = jsonObject(response.body, kMaxTokenResponseBytes);
    const QByteArray idToken = tokens ? tokens->value(QLatin1String("id_token")).toString().toLatin1() : QByteArray();
    if (idToken.isEmpty()
        || tokens->value(QLatin1String("token_type")).toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return fail(Failure::TokenResponseInvalid, QStringLiteral("no id_token or token_type bearer"));

    const IdTokenExpectations expected{config_.issuer, config_.clientId, login->nonce, clock_(),
                                       config_.clockSkew, config_.maxTokenAge};
    QJsonObject payload;
    Failure failure = validateIdToken(idToken, currentKeys(), expected, &payload);
    if (failure == Failure::SignatureInvalid && refreshKeys(&error)) {
        // The provider may have rotated its keys since we fetched them.
        failure = validateIdToken(idToken, currentKeys(), expected, &payload);
    }
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
