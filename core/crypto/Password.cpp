#include "crypto/Password.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

namespace regie::crypto
{

namespace
{

using detail::bytesOf;

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr qsizetype kMinSaltBytes = 16;
constexpr qsizetype kMaxSaltBytes = 64;

std::mutex &defaultsMutex()
{
    static std::mutex mutex;
    return mutex;
}

ScryptParams &defaultsStorage()
{
    static ScryptParams params = ScryptParams::interactive();
    return params;
}

struct KdfDeleter {
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

// nullopt only if OpenSSL refuses (e.g. memory); the caller treats that as a failure.
std::optional<QByteArray> scrypt(
    QByteArrayView password, QByteArrayView salt, const ScryptParams &params, int outputBytes)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return std::nullopt;
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return std::nullopt;
    uint64_t n = 1ull << params.logN;
    uint32_t r = static_cast<uint32_t>(params.r);
    uint32_t p = static_cast<uint32_t>(params.p);
    // OpenSSL's own default limit is 32 MiB, just below ln=15,r=8 plus overhead.
    uint64_t maxMemory = ScryptParams::kMaxMemoryBytes + 1024 * 1024;
    OSSL_PARAM ossl[7] = { OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                               const_cast<unsigned char *>(bytesOf(password)),
                               static_cast<size_t>(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
            const_cast<unsigned char *>(bytesOf(salt)), static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end() };
    QByteArray out(outputBytes, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()),
            static_cast<size_t>(outputBytes), ossl)
        != 1)
        return std::nullopt;
    return out;
}

QByteArray passwordBytes(QStringView password)
{
    return password.toString().normalized(QString::NormalizationForm_C).toUtf8();
}

QByteArray base64NoPad(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64NoPad(QStringView text)
{
    if (text.isEmpty() || text.contains(u'='))
        return std::nullopt;
    auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Re-encoding must give the same text, which rejects non-canonical trailing bits.
    if (base64NoPad(*decoded) != text.toLatin1())
        return std::nullopt;
    return *decoded;
}

std::optional<int> parseField(QStringView field, QStringView name)
{
    if (!field.startsWith(name) || field.size() <= name.size() + 1 || field[name.size()] != u'='
        || field.size() > name.size() + 4)
        return std::nullopt;
    const QStringView digits = field.sliced(name.size() + 1);
    // Canonical decimal only: no sign, no leading zero, no spaces ("+10", "010", " 8").
    if (digits.startsWith(u'0'))
        return std::nullopt;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

struct StoredHash {
    ScryptParams params;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ScryptParams> parseParams(QStringView text)
{
    const QList<QStringView> fields = text.split(u',');
    if (fields.size() != 3)
        return std::nullopt;
    const auto logN = parseField(fields[0], u"ln");
    const auto r = parseField(fields[1], u"r");
    const auto p = parseField(fields[2], u"p");
    if (!logN || !r || !p)
        return std::nullopt;
    const ScryptParams params { *logN, *r, *p };
    return params.withinBounds() ? std::optional<ScryptParams>(params) : std::nullopt;
}

std::optional<StoredHash> parseStored(QStringView stored)
{
    if (stored.size() > kMaxStoredHashChars)
        return std::nullopt;
    const QList<QStringView> parts = stored.split(u'$');
    // "", "scrypt", params, salt, hash
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != u"scrypt")
        return std::nullopt;
    const auto params = parseParams(parts[2]);
    const auto salt = fromBase64NoPad(parts[3]);
    const auto hash = fromBase64NoPad(parts[4]);
    if (!params || !salt || !hash)
        return std::nullopt;
    // The hash length is fixed: scrypt output is a PBKDF2 stream, so a shorter stored
    // hash would be a prefix of the real one and a truncated string would still verify.
    if (salt->size() < kMinSaltBytes || salt->size() > kMaxSaltBytes || hash->size() != kHashBytes)
        return std::nullopt;
    return StoredHash { *params, *salt, *hash };
}

} // namespace

std::optional<QByteArray> scryptDerive(
    QByteArrayView password, QByteArrayView salt, const ScryptParams &params, int outputBytes)
{
    if (!params.withinBounds() || outputBytes < 1 || outputBytes > 1024)
        return std::nullopt;
    return scrypt(password, salt, params, outputBytes);
}

bool ScryptParams::withinBounds() const
{
    if (logN < kMinLogN || logN > kMaxLogN || r < 1 || r > kMaxR || p < 1 || p > kMaxP)
        return false;
    const quint64 n = 1ull << logN;
    return memoryBytes() <= kMaxMemoryBytes
        && n * static_cast<quint64>(r) * static_cast<quint64>(p) <= kMaxWork;
}

quint64 ScryptParams::memoryBytes() const
{
    if (logN < 0 || logN > 62 || r < 0)
        return ~0ull;
    return 128ull * static_cast<quint64>(r) * (1ull << logN);
}

ScryptParams defaultScryptParams()
{
    std::lock_guard lock(defaultsMutex());
    return defaultsStorage();
}

bool setDefaultScryptParams(const ScryptParams &params)
{
    if (!params.withinBounds())
        return false;
    std::lock_guard lock(defaultsMutex());
    defaultsStorage() = params;
    return true;
}

QString hashPassword(QStringView password)
{
    return hashPassword(password, defaultScryptParams());
}

QString hashPassword(QStringView password, const ScryptParams &params)
{
    QByteArray secret = passwordBytes(password);
    if (secret.size() > kMaxPasswordUtf8Bytes || !params.withinBounds())
        return {};
    const QByteArray salt = randomBytes(kSaltBytes);
    const std::optional<QByteArray> hash = scrypt(secret, salt, params, kHashBytes);
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    if (!hash)
        qFatal("regie::crypto::hashPassword: OpenSSL scrypt failed");
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$").arg(params.logN).arg(params.r).arg(params.p)
        + QString::fromLatin1(base64NoPad(salt)) + QLatin1Char('$')
        + QString::fromLatin1(base64NoPad(*hash));
}

bool verifyPassword(QStringView password, QStringView stored)
{
    const std::optional<StoredHash> parsed = parseStored(stored);
    if (!parsed)
        return false;
    QByteArray secret = passwordBytes(password);
    if (secret.size() > kMaxPasswordUtf8Bytes)
        return false;
    const std::optional<QByteArray> computed
        = scrypt(secret, parsed->salt, parsed->params, static_cast<int>(parsed->hash.size()));
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    return computed && constantTimeEquals(*computed, parsed->hash);
}

bool passwordNeedsRehash(QStringView stored, const ScryptParams &wanted)
{
    const std::optional<StoredHash> parsed = parseStored(stored);
    return !parsed || !(parsed->params == wanted);
}

} // namespace regie::crypto
