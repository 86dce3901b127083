#pragma once
// OpenID Connect relying party for DigiD: municipalities connect DigiD through a broker
// that speaks OpenID Connect. Authorization code flow with PKCE (S256), state and nonce,
// client_secret_basic or client_secret_post at the token endpoint, and an ID token that
// is checked here (signature against the provider's JWKS, iss, aud/azp, exp, iat, nbf,
// nonce) before the BSN claim is believed. docs/DIGID.md describes the configuration.
//
// The HTTP transport is injected (HttpClient): core stays free of sockets, the server
// uses a Qt Network client, and tests talk to a real provider through the same seam.

#include "auth/OidcJwt.h"

#include "money/Bsn.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace regie::auth::oidc {

inline constexpr qsizetype kMaxDiscoveryBytes = 64 * 1024;
inline constexpr qsizetype kMaxTokenResponseBytes = 64 * 1024;
inline constexpr qsizetype kMaxPendingLogins = 10000;
inline constexpr qsizetype kMaxCallbackParamLength = 2048;

enum class ClientAuth { SecretBasic, SecretPost };

struct ProviderConfig {
    QString issuer;            // exactly as the provider's "iss", e.g. "https://broker.example/oidc"
    QString clientId;
    QString clientSecret;
    QUrl redirectUri;          // https://regie.example/inloggen/digid/terug
    QString scope = QStringLiteral("openid");
    QString bsnClaim = QStringLiteral("sub"); // the claim that carries the BSN
    ClientAuth clientAuth = ClientAuth::SecretBasic;
    QString acrValues;         // optional: the DigiD level the broker must enforce
    std::chrono::seconds clockSkew{60};
    std::chrono::seconds loginLifetime{10 * 60};   // from redirect to callback
    std::chrono::seconds maxTokenAge{10 * 60};     // iat older than this is refused
    std::chrono::seconds keyRefreshInterval{60};   // unknown kid: refetch JWKS at most this often
    // Plain http is refused except to loopback addresses (tests, a broker on the same host).
    bool allowLoopbackHttp = true;

    bool isComplete() const;
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
    QDateTime expiresAt;
};

// Bounded, expiring, single-use store of pending logins, keyed by state. Thread-safe.
class LoginStore {
public:
    explicit LoginStore(qsizetype capacity = kMaxPendingLogins) : capacity_(capacity) {}
    // nullopt when the store is full of unexpired logins (a flood): refuse new logins.
    std::optional<PendingLogin> create(const QDateTime &now, std::chrono::seconds lifetime);
    // Removes and returns the login; nullopt when unknown or expired. A state works once.
    std::optional<PendingLogin> take(const QString &state, const QDateTime &now);
    qsizetype size() const;

private:
    void purgeExpired(const QDateTime &now);
    mutable QMutex mutex_;
    QHash<QString, PendingLogin> logins_;
    qsizetype capacity_;
};

struct HttpResponse {
    int status = 0;            // 0: no response (network error, timeout, too large)
    QByteArray body;
    QString error;             // transport error, for logs (never contains personal data)
};

// Blocking HTTP with a bounded time and body size; implementations decide how.
class HttpClient {
public:
    virtual ~HttpClient() = default;
    virtual HttpResponse get(const QUrl &url) = 0;
    virtual HttpResponse postForm(const QUrl &url, const QByteArray &body,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers) = 0;
};

// Why a login failed. Logged and audited as a code; never shown to the inwoner.
enum class Failure {
    None,
    NotConfigured,
    DiscoveryFailed,
    TooManyPendingLogins,
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

class RelyingParty {
public:
    RelyingParty(ProviderConfig config, HttpClient &http,
                 std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });

    const ProviderConfig &config() const { return config_; }

    // Discovery and keys are fetched on first use and cached; a token signed with an
    // unknown kid refetches the JWKS (key rotation), at most once per keyRefreshInterval.
    std::optional<LoginStart> begin(Failure *failure = nullptr);
    // `callback` is the query of the redirect back; `browserBinding` the cookie value.
    LoginResult complete(const QUrlQuery &callback, const QString &browserBinding);

    LoginStore &pendingLogins() { return logins_; }

private:
    bool ensureDiscovered(QString *error);
    bool refreshKeys(QString *error);
    Jwks currentKeys(); // a copy: the cache may be replaced meanwhile
    HttpResponse requestTokens(const QString &code, const PendingLogin &login);
    LoginResult fail(Failure failure, const QString &detail) const;

    ProviderConfig config_;
    HttpClient &http_;
    std::function<QDateTime()> clock_;
    LoginStore logins_;
    QMutex cacheMutex_;
    std::optional<ProviderMetadata> metadata_;
    std::optional<Jwks> keys_;
    QDateTime keysFetchedAt_;
};

} // namespace regie::auth::oidc
