#include "crypto/Keyring.h"
#include "base/Assert.h"

#include <QtCore/QCoreApplication>

#include <openssl/crypto.h>

namespace regie::crypto
{

Keyring::~Keyring()
{
    // Best effort: only wipes buffers this object owns alone; shared copies wipe their own.
    for (Entry &e : entries_) {
        if (e.bytes.isDetached() && !e.bytes.isEmpty())
            OPENSSL_cleanse(e.bytes.data(), static_cast<size_t>(e.bytes.size()));
    }
}

bool Keyring::add(quint8 keyId, QByteArrayView masterKey, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (masterKey.size() != kKeyBytes)
        return fail(QCoreApplication::translate("regie::crypto::Keyring",
            "Master key %1 has the wrong length: "
            "expected %2 bytes.")
                        .arg(keyId)
                        .arg(kKeyBytes));
    if (key(keyId))
        return fail(
            QCoreApplication::translate("regie::crypto::Keyring", "Master key id %1 is used twice.")
                .arg(keyId));
    if (size() >= kMaxKeys)
        return fail(QCoreApplication::translate(
            "regie::crypto::Keyring", "Too many master keys (at most %1).")
                        .arg(kMaxKeys));
    entries_.push_back(Entry { keyId, masterKey.toByteArray() });
    return true;
}

quint8 Keyring::currentKeyId() const
{
    REGIE_ASSERT(!entries_.empty());
    return entries_.empty() ? quint8(0) : entries_.back().id;
}

QList<quint8> Keyring::keyIds() const
{
    QList<quint8> ids;
    ids.reserve(size());
    for (const Entry &e : entries_)
        ids.append(e.id);
    return ids;
}

std::optional<QByteArray> Keyring::key(quint8 keyId) const
{
    for (const Entry &e : entries_) {
        if (e.id == keyId)
            return e.bytes;
    }
    return std::nullopt;
}

} // namespace regie::crypto
