#include "crypto/Hash.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace regie::crypto
{

namespace detail
{
const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char kEmpty[1] = { 0 };
    return view.isEmpty() ? kEmpty : reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace detail

namespace
{

using detail::bytesOf;

QByteArray hmac(const char *digestName, QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outBytes = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestName, nullptr, bytesOf(key),
            static_cast<size_t>(key.size()), bytesOf(data), static_cast<size_t>(data.size()), out,
            sizeof out, &outBytes))
        qFatal("regie::crypto: OpenSSL HMAC failed");
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outBytes));
}

struct KdfDeleter {
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

} // namespace

QByteArray sha256(QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outBytes = 0;
    if (!EVP_Q_digest(nullptr, "SHA256", nullptr, bytesOf(data), static_cast<size_t>(data.size()),
            out, &outBytes))
        qFatal("regie::crypto: OpenSSL SHA-256 failed");
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outBytes));
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    return hmac("SHA256", key, data);
}

QByteArray hmacSha1(QByteArrayView key, QByteArrayView data)
{
    return hmac("SHA1", key, data);
}

QByteArray hkdfSha256(
    QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, int outputBytes)
{
    if (outputBytes < 1 || outputBytes > 255 * 32)
        qFatal("regie::crypto::hkdfSha256: output size out of range");
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        qFatal("regie::crypto: OpenSSL has no HKDF");
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        qFatal("regie::crypto: out of memory creating HKDF context");

    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    OSSL_PARAM *p = params;
    *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY,
        const_cast<unsigned char *>(bytesOf(inputKey)), static_cast<size_t>(inputKey.size()));
    // An absent salt means HashLen zero bytes (RFC 5869 2.2); OpenSSL does that itself.
    if (!salt.isEmpty())
        *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
            const_cast<unsigned char *>(bytesOf(salt)), static_cast<size_t>(salt.size()));
    *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
        const_cast<unsigned char *>(bytesOf(info)), static_cast<size_t>(info.size()));
    *p = OSSL_PARAM_construct_end();

    QByteArray out(outputBytes, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()),
            static_cast<size_t>(outputBytes), params)
        != 1)
        qFatal("regie::crypto: OpenSSL HKDF derivation failed");
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace regie::crypto
