#pragma once
// JSON Web Keys and signed JSON Web Tokens (RFC 7517, 7515, 7519) as far as an OpenID
// Connect relying party needs them: verifying an ID token's signature against the
// provider's published keys, with RS256 (RSA >= 2048 bits) or ES256 (P-256). Nothing else
// is accepted: "none", HMAC and every other algorithm fail, so a token cannot choose a
// weaker check than the key allows (algorithm confusion).

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <memory>
#include <optional>
#include <vector>

namespace regie::auth::oidc {

// Limits on what a provider may send us.
inline constexpr qsizetype kMaxJwksBytes = 64 * 1024;
inline constexpr int kMaxJwksKeys = 32;
inline constexpr qsizetype kMaxJwtBytes = 16 * 1024;
inline constexpr int kMinRsaBits = 2048;
inline constexpr int kMaxRsaBits = 8192;

QByteArray base64UrlEncode(const QByteArray &data);
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

enum class Algorithm { RS256, ES256 };
std::optional<Algorithm> algorithmFromName(const QString &name);

// One public signing key. The OpenSSL key is shared: a Jwks is cheap to copy.
struct Jwk {
    QString kid;
    Algorithm algorithm = Algorithm::RS256; // from kty/crv; "alg" must agree when present
    std::shared_ptr<void> key;              // EVP_PKEY, freed with EVP_PKEY_free
};

class Jwks {
public:
    // Keys that are not for signatures ("use": "enc"), of another type or curve, or
    // malformed are skipped; nullopt when none is usable or the document is invalid.
    static std::optional<Jwks> parse(const QByteArray &json, QString *error);
    // The key for a token header: by kid, or the only key of the right type when the
    // token has no kid.
    const Jwk *find(const QString &kid, Algorithm algorithm) const;
    int size() const { return static_cast<int>(keys_.size()); }

private:
    std::vector<Jwk> keys_;
};

// A JWS in compact form, split and decoded, signature not yet checked.
struct SignedToken {
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "header.payload" as sent
    QByteArray signature;    // raw bytes
};

std::optional<SignedToken> splitJwt(const QByteArray &compact, QString *error);

// True when `token` carries a valid RS256/ES256 signature by a key from `keys`.
bool verifySignature(const SignedToken &token, const Jwks &keys, QString *error);

} // namespace regie::auth::oidc
