#pragma once
// The set of 32-byte master keys known to this process. The last key added is the current
// one: new data is encrypted with it, while older keys stay available so rows written
// before a rotation can still be read. Each key has a one-byte id that is stored in every
// ciphertext, which is how a decryptor finds the right key.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace regie::crypto
{

class Keyring
{
public:
    static constexpr qsizetype kKeyBytes = 32;
    // One rotation a year would take decades to reach this; it bounds config parsing.
    static constexpr int kMaxKeys = 32;

    Keyring() = default;
    Keyring(const Keyring &) = default;
    Keyring &operator=(const Keyring &) = default;
    Keyring(Keyring &&) noexcept = default;
    Keyring &operator=(Keyring &&) noexcept = default;
    ~Keyring();

    // Adds a master key that becomes current. Fails (with a message that never contains
    // key material) on a wrong length, a duplicate id or too many keys.
    bool add(quint8 keyId, QByteArrayView masterKey, QString *error = nullptr);

    bool isEmpty() const { return entries_.empty(); }
    int size() const { return static_cast<int>(entries_.size()); }
    // Only meaningful when !isEmpty().
    quint8 currentKeyId() const;
    // In the order they were added; the last is current.
    QList<quint8> keyIds() const;
    std::optional<QByteArray> key(quint8 keyId) const;

private:
    struct Entry {
        quint8 id = 0;
        QByteArray bytes;
    };
    std::vector<Entry> entries_;
};

} // namespace regie::crypto
