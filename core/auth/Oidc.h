#pragma once
// OpenID Connect relying party for DigiD: municipalities connect DigiD through a broker
// that speaks OpenID Connect. Authorization code flow with PKCE (S256), state and nonce,
// client_secret_basic or client_secret_post at the token endpoint, and an ID token that
// is checked here (signature against the provider's JWKS, iss, aud/azp, exp, iat, nbf,
// nonce, and the DigiD level in acr) before the BSN claim is believed. docs/DIGID.md
// describes the configuration.
//
// The HTTP transport is injected (HttpClient) and asynchronous: core stays free of sockets,
// the server's thread never waits for the broker, and tests talk to a real provider through
// the same seam. A RelyingParty lives on one thread (the server's); its callbacks run there.

#include "auth/OidcJwt.h"

#include "money/Bsn.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace regie::auth::oidc {

inline constexpr qsizetype kMaxDiscoveryBytes = 64 * 1024;
inline constexpr qsizetype kMaxTokenResponseBytes = 64 * 1024;
inline constexpr qsizetype kMaxPendingLogins = 10000;
inline constexpr qsizetype kMaxPendingLoginsPerClient = 20;
inline constexpr qsizetype kMaxCallbackParamLength = 2048;
inline constexpr int kMaxWaitingForProvider = 256; // requests waiting for one discovery or key fetch
inline constexpr int kDiscoveryRetrySeconds = 5;   // after a failed discovery, fail fast this long

// DigiD's levels as the SAML authentication context classes DigiD and its brokers name
// them, lowest first: Basis, Midden, Substantieel, Hoog.
inline const QStringList kDigidLevels{
    QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"),
    QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"),
    QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard"),
    QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI")};
// "basis", "midden", "substantieel", "hoog" -> the levels from that one up; empty when unknown.
QStringList digidLevelsFrom(const QString &levelName);

enum class ClientAuth { SecretBasic, SecretPost };

struct ProviderConfig {
    QString issuer;            // exactly as the provider's "iss", e.g. "https://broker.example/oidc"
    QString clientId;
    QString clientSecret;
    QUrl redirectUri;          // https://regie.example/inloggen/digid/terug
    QString scope = QStringLiteral("openid");
    QString bsnClaim = QStringLiteral("sub"); // the claim that carries the BSN
    ClientAuth clientAuth = ClientAuth::SecretBasic;
    // The acr values an ID token may carry, lowest acceptable first; anything else (or no acr)
    // is refused. Moving money needs DigiD Substantieel or higher.
    QStringList acceptedAcr = digidLevelsFrom(QStringLiteral("substantieel"));
    QString acrValues;         // what the authorization request asks for; empty: acceptedAcr's first
    std::chrono::seconds clockSkew{60};
    std::chrono::seconds loginLifetime{10 * 60};   // from redirect to callback
    std::chrono::seconds maxTokenAge{10 * 60};     // iat older than this is refused
    std::chrono::seconds keyRefreshInterval{60};   // unknown kid: refetch JWKS at most this often
    qsizetype maxPendingLogins = kMaxPendingLogins;
    qsizetype maxPendingLoginsPerClient = kMaxPendingLoginsPerClient;
    // Plain http is refused except to loopback addresses (tests, a broker on the same host).
    bool allowLoopbackHttp = true;

    bool isComplete() const;
    QString requestedAcr() const { return acrValues.isEmpty() ? acceptedAcr.value(0) : acrValues; }
};

struct ProviderMetadata {
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;

    // Checks "issuer" equals the configured one (OpenID Connect Discovery 4.3) and every
    // endpoint is https (or loopback http when allowed).
    static std::optional<ProviderMetadata> parse(const QByteArray &json, const ProviderConfig &config,
                                                 QString *error);
};

QUrl discoveryUrl(const QString &issuer);
bool isAcceptableEndpoint(const QUrl &url, bool allowLoopbackHttp);

// RFC 7636: BASE64URL(SHA256(ASCII(verifier))).
QString codeChallengeS256(const QString &verifier);

// What we remember between the redirect to the provider and the callback.
struct PendingLogin {
    QString state;
    QString nonce;
    QString codeVerifier;
    QString browserBinding; // also in a cookie on the browser that started the login
    QString client;         // who started it, for the per-client bound
    QDateTime expiresAt;
};

// Bounded, expiring, single-use store of pending logins, keyed by state: at most `capacity`
// in total and `perClient` per client, so one client cannot fill it for everyone. Thread-safe.
class LoginStore {
public:
    explicit LoginStore(qsizetype capacity = kMaxPendingLogins, qsizetype perClient = kMaxPendingLoginsPerClient)
        : capacity_(capacity), perClient_(perClient)
    {
    }
    enum class Refusal { None, StoreFull, ClientFull };
    // nullopt when the store or this client's share is full of unexpired logins: refuse.
    std::optional<PendingLogin> create(const QDateTime &now, std::chrono::seconds lifetime, const QString &client = {},
                                       Refusal *refusal = nullptr);
    // Removes and returns the login; nullopt when unknown or expired. A state works once.
    std::optional<PendingLogin> take(const QString &state, const QDateTime &now);
    qsizetype size() const;
    qsizetype sizeFor(const QString &client) const;

private:
    void purgeExpired(const QDateTime &now);
    void forget(const PendingLogin &login);
    mutable QMutex mutex_;
    QHash<QString, PendingLogin> logins_;
    QHash<QString, qsizetype> perClientCount_;
    qsizetype capacity_;
    qsizetype perClient_;
};

struct HttpResponse {
    int status = 0;            // 0: no response (network error, timeout, too large)
    QByteArray body;
    QString error;             // transport error, for logs (never contains personal data)
};

// Asynchronous HTTP with a bounded time and body size; implementations decide how. `done`
// runs exactly once, on the caller's thread, and never before the call returned (a
// transport error is an HttpResponse with status 0). When the client is destroyed first,
// `done` is dropped without running.
class HttpClient {
public:
    using Done = std::function<void(const HttpResponse &)>;
    virtual ~HttpClient() = default;
    virtual void get(const QUrl &url, Done done) = 0;
    virtual void postForm(const QUrl &url, const QByteArray &body,
                          const QList<std::pair<QByteArray, QByteArray>> &headers, Done done) = 0;
};

// Why a login failed. Logged and audited as a code; never shown to the inwoner.
enum class Failure {
    None,
    NotConfigured,
    DiscoveryFailed,
    TooManyPendingLogins, // this client has started too many logins that are still open
    PendingStoreFull,     // all clients together have: a flood from many addresses
    ProviderError,        // the callback carries error=...: cancelled or refused at DigiD
    MalformedCallback,
    UnknownState,         // unknown, expired or already used
    BrowserMismatch,      // callback arrived in another browser than the one that started
    TokenRequestFailed,
    TokenResponseInvalid,
    TokenMalformed,
    SignatureInvalid,
    WrongIssuer,
    WrongAudience,
    Expired,
    NotYetValid,
    NonceMismatch,
    AcrTooLow,            // a DigiD level below the configured one (or none)
    BsnMissing,
    BsnInvalid
};
QString toCode(Failure failure);

struct IdTokenExpectations {
    QString issuer;
    QString clientId;
    QString nonce;
    QDateTime now;
    std::chrono::seconds clockSkew{60};
    std::chrono::seconds maxAge{10 * 60};
    QStringList acceptedAcr = {}; // empty: acr not checked (unit tests of the other claims)
};

// The claim checks of OpenID Connect Core 3.1.3.7 on a token whose signature is already
// verified. Returns Failure::None when all pass.
Failure checkClaims(const QJsonObject &payload, const IdTokenExpectations &expected);

// The complete ID token check: split, verify the signature against `keys`, check claims.
Failure validateIdToken(const QByteArray &compact, const Jwks &keys, const IdTokenExpectations &expected,
                        QJsonObject *payload);

// The BSN from the configured claim; nullopt when missing or failing the 11-proef. Brokers
// send it bare or as "s00000000:<bsn>" (the SAML-era sector prefix).
std::optional<Bsn> bsnFromClaims(const QJsonObject &payload, const QString &claim);

struct LoginStart {
    QUrl authorizationUrl;
    QString browserBinding; // put in a short-lived HttpOnly cookie
};

struct LoginResult {
    Failure failure = Failure::None;
    std::optional<Bsn> bsn;
    QString detail;         // technical reason for logs, without personal data
    bool ok() const { return failure == Failure::None && bsn.has_value(); }
};

// A callback that passed the checks that need no network: its code, to be redeemed.
struct Redemption {
    QString code;
    PendingLogin login;
};

class RelyingParty {
public:
    using Ready = std::function<void(bool ready)>;
    using Completed = std::function<void(const LoginResult &)>;

    RelyingParty(ProviderConfig config, HttpClient &http,
                 std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });
    ~RelyingParty();

    const ProviderConfig &config() const { return config_; }

    // Discovery and keys, fetched once and then cached. `done` runs when they are there or
    // the fetch failed; at once when cached (or within kDiscoveryRetrySeconds of a failure).
    // Concurrent callers share one fetch; beyond kMaxWaitingForProvider they fail at once.
    void prepare(Ready done);
    bool isReady() const { return metadata_.has_value() && keys_.has_value(); }
    // A new login for `client` (bounded per client and in total). Needs isReady().
    std::optional<LoginStart> begin(const QString &client, Failure *failure = nullptr);
    // The callback's checks that need no network: state (taken: single use), browser
    // binding, code. nullopt with `refusal` filled when one fails.
    std::optional<Redemption> checkCallback(const QUrlQuery &callback, const QString &browserBinding,
                                            LoginResult *refusal);
    // The token request and the ID token's checks; a token signed with an unknown kid
    // refetches the JWKS (key rotation), at most once per keyRefreshInterval. `done` runs
    // once: after the broker answered, or at once when prepare() fails at once.
    void redeem(Redemption redemption, Completed done);
    // checkCallback, then redeem; `done` runs at once when the first fails.
    void complete(const QUrlQuery &callback, const QString &browserBinding, Completed done);

    LoginStore &pendingLogins() { return logins_; }

private:
    void fetchDiscovery();
    void fetchKeys(std::function<void(bool)> then);
    void refreshKeys(Ready done);
    void settle(QList<Ready> &waiters, bool ready);
    void requestTokens(const QString &code, const PendingLogin &login, HttpClient::Done done);
    LoginResult evaluate(const HttpResponse &response, const PendingLogin &login) const;
    LoginResult fail(Failure failure, const QString &detail) const;

    ProviderConfig config_;
    HttpClient &http_;
    std::function<QDateTime()> clock_;
    LoginStore logins_;
    std::optional<ProviderMetadata> metadata_;
    std::optional<Jwks> keys_;
    QDateTime keysFetchedAt_;
    QDateTime discoveryFailedAt_;
    QList<Ready> preparing_;     // waiting for discovery and keys
    QList<Ready> refreshing_;    // waiting for a key refresh
    // Callbacks of outside calls hold a weak copy: a relying party that is gone is not called.
    std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

} // namespace regie::auth::oidc
