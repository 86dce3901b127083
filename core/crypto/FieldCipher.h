#pragma once
// Encryption of single personal-data values at rest (BSN, IBAN, names) with AES-256-GCM.
//
// Ciphertext layout (all in one QByteArray, suitable for a BLOB column):
//   [version 1 byte][key id 1 byte][nonce 12 bytes][ciphertext n bytes][tag 16 bytes]
// The version and key id bytes are authenticated together with the caller's associated
// data, so a value copied to another row or column ("inwoners.bsn" vs "inwoners.iban"),
// or re-labelled with another key id, fails to decrypt.
//
// Keys are never the master keys themselves: per master key, HKDF-SHA256 derives one key
// for encryption and an unrelated one for lookup hashes, so publishing lookup hashes
// (e.g. in an index) reveals nothing about the encryption key.
//
// Nonces are random; NIST SP 800-38D allows 2^32 random nonces per key, far beyond the
// number of values a municipality stores before rotating.

#include "crypto/Keyring.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

#include <array>
#include <optional>
#include <vector>

namespace regie::crypto
{

class FieldCipher
{
public:
    static constexpr quint8 kFormatVersion = 1;
    static constexpr qsizetype kNonceBytes = 12;
    static constexpr qsizetype kTagBytes = 16;
    static constexpr qsizetype kHeaderBytes = 2;
    static constexpr qsizetype kOverheadBytes = kHeaderBytes + kNonceBytes + kTagBytes;
    // A field value, not a document: anything larger is a caller bug.
    static constexpr qsizetype kMaxPlaintextBytes = 64 * 1024;
    static constexpr qsizetype kMaxAssociatedDataBytes = 1024;

    // The keyring must not be empty (KeyStore never returns an empty one); qFatal otherwise.
    explicit FieldCipher(const Keyring &keyring);

    // Encrypts with the current key. Returns an empty array (never a valid ciphertext,
    // which is at least kOverheadBytes long) when plaintext or associated data exceed
    // their limits.
    QByteArray encrypt(QByteArrayView plaintext, QByteArrayView associatedData) const;

    // nullopt on any tampering, wrong associated data, unknown key id, unknown version,
    // truncation or oversize input; no reason is given, so no oracle is offered.
    std::optional<QByteArray> decrypt(
        QByteArrayView ciphertext, QByteArrayView associatedData) const;

    // Key id of a stored ciphertext, to find rows that still need re-encryption after a
    // rotation; nullopt if the input is not in this format.
    static std::optional<quint8> keyIdOf(QByteArrayView ciphertext);
    quint8 currentKeyId() const;

    // Deterministic keyed hash (lowercase hex HMAC-SHA256) under the current key, so a
    // row can be found by value without decrypting every row. `purpose` separates uses
    // ("inwoners.bsn"), so equal values in different columns do not link. Callers must
    // normalise the value first (e.g. Bsn without spaces).
    QString lookupHash(QStringView value, QStringView purpose) const;
    // The same hash under every key, current first: during a rotation, rows written
    // under an older key are found with `WHERE hash IN (...)`.
    QStringList lookupHashCandidates(QStringView value, QStringView purpose) const;

private:
    struct DerivedKeys {
        quint8 id = 0;
        std::array<unsigned char, 32> encrypt {};
        std::array<unsigned char, 32> lookup {};
        DerivedKeys() = default;
        DerivedKeys(const DerivedKeys &) = default;
        DerivedKeys &operator=(const DerivedKeys &) = default;
        ~DerivedKeys();
    };
    const DerivedKeys *find(quint8 keyId) const;
    static QString lookupHashWith(const DerivedKeys &keys, QStringView value, QStringView purpose);

    std::vector<DerivedKeys> keys_; // the last one is current
};

} // namespace regie::crypto
