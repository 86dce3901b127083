#include "auth/OidcJwt.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace regie::auth::oidc {

namespace {

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

constexpr qsizetype kEs256CoordinateBytes = 32;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

BnPtr toBignum(const QByteArray &bigEndian)
{
    return BnPtr(BN_bin2bn(bytes(bigEndian), static_cast<int>(bigEndian.size()), nullptr));
}

std::shared_ptr<void> adoptKey(EVP_PKEY *key)
{
    return std::shared_ptr<void>(key, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
}

EVP_PKEY *keyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0)
        return nullptr;
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return key;
}

std::optional<QByteArray> member(const QJsonObject &jwk, const char *name)
{
    const QJsonValue v = jwk.value(QLatin1String(name));
    if (!v.isString())
        return std::nullopt;
    return base64UrlDecode(v.toString().toLatin1());
}

EVP_PKEY *rsaKey(const QJsonObject &jwk)
{
    const auto n = member(jwk, "n");
    const auto e = member(jwk, "e");
    if (!n || !e || n->isEmpty() || e->isEmpty() || e->size() > 8)
        return nullptr;
    BnPtr bn(toBignum(*n)), be(toBignum(*e));
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!bn || !be || !builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bn.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
        return nullptr;
    EVP_PKEY *key = keyFromParams("RSA", builder.get());
    if (key && (EVP_PKEY_get_bits(key) < kMinRsaBits || EVP_PKEY_get_bits(key) > kMaxRsaBits)) {
        EVP_PKEY_free(key);
        return nullptr;
    }
    return key;
}

EVP_PKEY *p256Key(const QJsonObject &jwk)
{
    if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
        return nullptr;
    const auto x = member(jwk, "x");
    const auto y = member(jwk, "y");
    if (!x || !y || x->size() != kEs256CoordinateBytes || y->size() != kEs256CoordinateBytes)
        return nullptr;
    // SEC 1 uncompressed point: 0x04 || x || y. OpenSSL checks that it lies on the curve.
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder
        || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             static_cast<size_t>(point.size())))
        return nullptr;
    return keyFromParams("EC", builder.get());
}

std::optional<Jwk> parseKey(const QJsonObject &jwk)
{
    const QString use = jwk.value(QLatin1String("use")).toString(QStringLiteral("sig"));
    if (use != QLatin1String("sig"))
        return std::nullopt;
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    Jwk result;
    result.kid = jwk.value(QLatin1String("kid")).toString();
    EVP_PKEY *key = nullptr;
    if (kty == QLatin1String("RSA")) {
        result.algorithm = Algorithm::RS256;
        key = rsaKey(jwk);
    } else if (kty == QLatin1String("EC")) {
        result.algorithm = Algorithm::ES256;
        key = p256Key(jwk);
    }
    if (!key)
        return std::nullopt;
    result.key = adoptKey(key);
    // A key published for another algorithm (e.g. PS256) must not verify RS256 tokens.
    if (jwk.contains(QLatin1String("alg"))
        && algorithmFromName(jwk.value(QLatin1String("alg")).toString()) != result.algorithm)
        return std::nullopt;
    return result;
}

// JWS carries ECDSA signatures as r || s (32 bytes each); OpenSSL wants DER.
std::optional<QByteArray> es256ToDer(const QByteArray &raw)
{
    if (raw.size() != 2 * kEs256CoordinateBytes)
        return std::nullopt;
    EcSigPtr sig(ECDSA_SIG_new());
    BnPtr r(toBignum(raw.left(kEs256CoordinateBytes)));
    BnPtr s(toBignum(raw.mid(kEs256CoordinateBytes)));
    if (!sig || !r || !s || !ECDSA_SIG_set0(sig.get(), r.get(), s.get()))
        return std::nullopt;
    (void)r.release(); // owned by sig now
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return std::nullopt;
    return der;
}

bool digestVerify(EVP_PKEY *key, const QByteArray &message, const QByteArray &signature)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) <= 0)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()),
                            bytes(message), static_cast<size_t>(message.size())) == 1;
}

std::optional<QJsonObject> decodeJsonPart(QByteArrayView part)
{
    const auto raw = base64UrlDecode(part);
    if (!raw)
        return std::nullopt;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(*raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    // Padding is not part of base64url in JOSE; refuse it and the standard alphabet.
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                 QByteArray::Base64UrlEncoding
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

std::optional<Algorithm> algorithmFromName(const QString &name)
{
    if (name == QLatin1String("RS256"))
        return Algorithm::RS256;
    if (name == QLatin1String("ES256"))
        return Algorithm::ES256;
    return std::nullopt;
}

std::optional<Jwks> Jwks::parse(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxJwksBytes) {
        setError(error, QStringLiteral("jwks too large"));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue keys = doc.object().value(QLatin1String("keys"));
    if (parseError.error != QJsonParseError::NoError || !keys.isArray()) {
        setError(error, QStringLiteral("jwks is not a key set"));
        return std::nullopt;
    }
    Jwks result;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size() && i < kMaxJwksKeys; ++i) {
        if (auto key = parseKey(array.at(i).toObject()))
            result.keys_.push_back(std::move(*key));
    }
    if (result.keys_.empty()) {
        setError(error, QStringLiteral("jwks has no usable signing key"));
        return std::nullopt;
    }
    return result;
}

const Jwk *Jwks::find(const QString &kid, Algorithm algorithm) const
{
    const Jwk *only = nullptr;
    int candidates = 0;
    for (const Jwk &key : keys_) {
        if (key.algorithm != algorithm)
            continue;
        if (!kid.isEmpty() && key.kid == kid)
            return &key;
        only = &key;
        ++candidates;
    }
    return kid.isEmpty() && candidates == 1 ? only : nullptr;
}

std::optional<SignedToken> splitJwt(const QByteArray &compact, QString *error)
{
    if (compact.size() > kMaxJwtBytes) {
        setError(error, QStringLiteral("token too large"));
        return std::nullopt;
    }
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        setError(error, QStringLiteral("token is not a compact JWS"));
        return std::nullopt;
    }
    SignedToken token;
    auto header = decodeJsonPart(parts.at(0));
    auto payload = decodeJsonPart(parts.at(1));
    auto signature = base64UrlDecode(parts.at(2));
    if (!header || !payload || !signature || signature->isEmpty()) {
        setError(error, QStringLiteral("token parts do not decode"));
        return std::nullopt;
    }
    token.header = *header;
    token.payload = *payload;
    token.signature = *signature;
    token.signingInput = parts.at(0) + '.' + parts.at(1);
    return token;
}

bool verifySignature(const SignedToken &token, const Jwks &keys, QString *error)
{
    const auto algorithm = algorithmFromName(token.header.value(QLatin1String("alg")).toString());
    if (!algorithm) {
        setError(error, QStringLiteral("token algorithm not accepted"));
        return false;
    }
    // Critical extensions we do not understand must make the token invalid (RFC 7515 4.1.11).
    if (token.header.contains(QLatin1String("crit"))) {
        setError(error, QStringLiteral("token has critical header parameters"));
        return false;
    }
    const Jwk *key = keys.find(token.header.value(QLatin1String("kid")).toString(), *algorithm);
    if (!key) {
        setError(error, QStringLiteral("no provider key for this token"));
        return false;
    }
    QByteArray signature = token.signature;
    if (*algorithm == Algorithm::ES256) {
        auto der = es256ToDer(signature);
        if (!der) {
            setError(error, QStringLiteral("malformed ES256 signature"));
            return false;
        }
        signature = *der;
    }
    if (!digestVerify(static_cast<EVP_PKEY *>(key->key.get()), token.signingInput, signature)) {
        setError(error, QStringLiteral("signature invalid"));
        return false;
    }
    return true;
}

} // namespace regie::auth::oidc
