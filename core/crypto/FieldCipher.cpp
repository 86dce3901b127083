#include "crypto/FieldCipher.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QtCore/QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace regie::crypto
{

namespace
{

using detail::bytesOf;

// Changing these strings changes every derived key: they are part of the stored format.
constexpr char kEncryptInfo[] = "regie/field-cipher/v1/encrypt";
constexpr char kLookupInfo[] = "regie/field-cipher/v1/lookup";

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

CipherCtx newContext()
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        qFatal("regie::crypto::FieldCipher: out of memory creating cipher context");
    return ctx;
}

unsigned char *writable(QByteArray &bytes, qsizetype offset)
{
    return reinterpret_cast<unsigned char *>(bytes.data()) + offset;
}

// Feeds the header and the caller's associated data as GCM AAD (empty parts skipped,
// since OpenSSL treats a zero-length update as a no-op anyway).
bool addAad(EVP_CIPHER_CTX *ctx, QByteArrayView header, QByteArrayView associatedData)
{
    int ignored = 0;
    if (EVP_CipherUpdate(ctx, nullptr, &ignored, bytesOf(header), static_cast<int>(header.size()))
        != 1)
        return false;
    if (associatedData.isEmpty())
        return true;
    return EVP_CipherUpdate(ctx, nullptr, &ignored, bytesOf(associatedData),
               static_cast<int>(associatedData.size()))
        == 1;
}

QByteArray lengthPrefixed(QStringView purpose, QStringView value)
{
    // The length prefix keeps ("ab","c") and ("a","bc") apart.
    const QByteArray purposeUtf8 = purpose.toUtf8();
    const QByteArray valueUtf8 = value.toUtf8();
    QByteArray message(4, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(purposeUtf8.size()), message.data());
    message += purposeUtf8;
    message += valueUtf8;
    return message;
}

} // namespace

FieldCipher::DerivedKeys::~DerivedKeys()
{
    OPENSSL_cleanse(encrypt.data(), encrypt.size());
    OPENSSL_cleanse(lookup.data(), lookup.size());
}

FieldCipher::FieldCipher(const Keyring &keyring)
{
    if (keyring.isEmpty())
        qFatal("regie::crypto::FieldCipher: constructed with an empty keyring");
    const QList<quint8> ids = keyring.keyIds();
    keys_.reserve(static_cast<size_t>(ids.size()));
    for (quint8 id : ids) {
        QByteArray master = keyring.key(id).value_or(QByteArray());
        DerivedKeys derived;
        derived.id = id;
        QByteArray enc = hkdfSha256(master, {}, kEncryptInfo, 32);
        QByteArray look = hkdfSha256(master, {}, kLookupInfo, 32);
        std::memcpy(derived.encrypt.data(), enc.constData(), derived.encrypt.size());
        std::memcpy(derived.lookup.data(), look.constData(), derived.lookup.size());
        OPENSSL_cleanse(enc.data(), static_cast<size_t>(enc.size()));
        OPENSSL_cleanse(look.data(), static_cast<size_t>(look.size()));
        keys_.push_back(derived);
    }
}

quint8 FieldCipher::currentKeyId() const
{
    return keys_.back().id;
}

const FieldCipher::DerivedKeys *FieldCipher::find(quint8 keyId) const
{
    auto it = std::find_if(
        keys_.begin(), keys_.end(), [keyId](const DerivedKeys &k) { return k.id == keyId; });
    return it == keys_.end() ? nullptr : &*it;
}

QByteArray FieldCipher::encrypt(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    if (plaintext.size() > kMaxPlaintextBytes || associatedData.size() > kMaxAssociatedDataBytes)
        return {};
    const DerivedKeys &key = keys_.back();
    QByteArray out(kOverheadBytes + plaintext.size(), Qt::Uninitialized);
    out[0] = static_cast<char>(kFormatVersion);
    out[1] = static_cast<char>(key.id);
    const QByteArray nonce = randomBytes(static_cast<int>(kNonceBytes));
    std::memcpy(out.data() + kHeaderBytes, nonce.constData(), static_cast<size_t>(kNonceBytes));

    const CipherCtx ctx = newContext();
    const qsizetype bodyOffset = kHeaderBytes + kNonceBytes;
    int written = 0;
    int finalWritten = 0;
    const bool ok = EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.encrypt.data(),
                        writable(out, kHeaderBytes), nullptr)
            == 1
        && addAad(ctx.get(), QByteArrayView(out).first(kHeaderBytes), associatedData)
        && (plaintext.isEmpty()
            || EVP_EncryptUpdate(ctx.get(), writable(out, bodyOffset), &written, bytesOf(plaintext),
                   static_cast<int>(plaintext.size()))
                == 1)
        && EVP_EncryptFinal_ex(ctx.get(), writable(out, bodyOffset + written), &finalWritten) == 1
        && written + finalWritten == plaintext.size()
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
               writable(out, bodyOffset + plaintext.size()))
            == 1;
    if (!ok)
        qFatal("regie::crypto::FieldCipher: OpenSSL AES-256-GCM encryption failed");
    return out;
}

std::optional<QByteArray> FieldCipher::decrypt(
    QByteArrayView ciphertext, QByteArrayView associatedData) const
{
    if (ciphertext.size() < kOverheadBytes
        || ciphertext.size() > kOverheadBytes + kMaxPlaintextBytes
        || associatedData.size() > kMaxAssociatedDataBytes
        || static_cast<quint8>(ciphertext[0]) != kFormatVersion)
        return std::nullopt;
    const DerivedKeys *key = find(static_cast<quint8>(ciphertext[1]));
    if (!key)
        return std::nullopt;

    const qsizetype bodyBytes = ciphertext.size() - kOverheadBytes;
    const QByteArrayView nonce = ciphertext.sliced(kHeaderBytes, kNonceBytes);
    const QByteArrayView body = ciphertext.sliced(kHeaderBytes + kNonceBytes, bodyBytes);
    QByteArray tag = ciphertext.last(kTagBytes).toByteArray();
    QByteArray plain(bodyBytes, Qt::Uninitialized);

    const CipherCtx ctx = newContext();
    int written = 0;
    int finalWritten = 0;
    const bool ok = EVP_DecryptInit_ex2(
                        ctx.get(), EVP_aes_256_gcm(), key->encrypt.data(), bytesOf(nonce), nullptr)
            == 1
        && addAad(ctx.get(), ciphertext.first(kHeaderBytes), associatedData)
        && (body.isEmpty()
            || EVP_DecryptUpdate(ctx.get(), writable(plain, 0), &written, bytesOf(body),
                   static_cast<int>(body.size()))
                == 1)
        && EVP_CIPHER_CTX_ctrl(
               ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag.data())
            == 1
        // The tag is checked here; any flipped bit anywhere makes this fail.
        && EVP_DecryptFinal_ex(ctx.get(), writable(plain, written), &finalWritten) == 1
        && written + finalWritten == bodyBytes;
    if (!ok) {
        // Unauthenticated plaintext must not linger in memory.
        if (!plain.isEmpty())
            OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return std::nullopt;
    }
    return plain;
}

std::optional<quint8> FieldCipher::keyIdOf(QByteArrayView ciphertext)
{
    if (ciphertext.size() < kOverheadBytes || static_cast<quint8>(ciphertext[0]) != kFormatVersion)
        return std::nullopt;
    return static_cast<quint8>(ciphertext[1]);
}

QString FieldCipher::lookupHashWith(const DerivedKeys &keys, QStringView value, QStringView purpose)
{
    const QByteArrayView key(reinterpret_cast<const char *>(keys.lookup.data()),
        static_cast<qsizetype>(keys.lookup.size()));
    return QString::fromLatin1(hmacSha256(key, lengthPrefixed(purpose, value)).toHex());
}

QString FieldCipher::lookupHash(QStringView value, QStringView purpose) const
{
    return lookupHashWith(keys_.back(), value, purpose);
}

QStringList FieldCipher::lookupHashCandidates(QStringView value, QStringView purpose) const
{
    QStringList hashes;
    hashes.reserve(static_cast<qsizetype>(keys_.size()));
    for (auto it = keys_.rbegin(); it != keys_.rend(); ++it)
        hashes.append(lookupHashWith(*it, value, purpose));
    return hashes;
}

} // namespace regie::crypto
