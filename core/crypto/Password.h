#pragma once
// Password hashing with scrypt (memory-hard, so GPU guessing is expensive), stored as a
// self-describing string:
//   $scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>      (base64 without '=' padding)
// The parameters travel with the hash, so they can be raised later and old hashes still
// verify; passwordNeedsRehash() tells the login code when to upgrade.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

#include <optional>

namespace regie::crypto
{

struct ScryptParams {
    int logN = 15; // N = 2^logN
    int r = 8;
    int p = 1;

    // Bounds enforced for hashing AND for parameters read from a stored string, so a
    // crafted hash cannot make one login use gigabytes or minutes.
    static constexpr int kMinLogN = 4;
    static constexpr int kMaxLogN = 20;
    static constexpr int kMaxR = 32;
    static constexpr int kMaxP = 16;
    static constexpr quint64 kMaxMemoryBytes = 256ull * 1024 * 1024;
    static constexpr quint64 kMaxWork = 1ull << 22; // N * r * p

    // About 50-100 ms and 32 MiB per hash on a current server core.
    static constexpr ScryptParams interactive() { return ScryptParams { 15, 8, 1 }; }
    // Cheap (about 1 ms) for test suites that create many accounts; never in production.
    static constexpr ScryptParams fastForTests() { return ScryptParams { 10, 8, 1 }; }

    bool withinBounds() const;
    quint64 memoryBytes() const; // 128 * r * N, what scrypt allocates
    bool operator==(const ScryptParams &) const = default;
};

// Raw scrypt (RFC 7914) for known-answer tests and other KDF uses. nullopt when the
// parameters are out of bounds, outputBytes is outside [1, 1024] or OpenSSL refuses.
std::optional<QByteArray> scryptDerive(
    QByteArrayView password, QByteArrayView salt, const ScryptParams &params, int outputBytes);

// Longer passwords are refused instead of silently truncated.
inline constexpr qsizetype kMaxPasswordUtf8Bytes = 4096;
inline constexpr qsizetype kMaxStoredHashChars = 512;

// The parameters hashPassword() uses when none are given: interactive() unless changed.
ScryptParams defaultScryptParams();
// Lets a test suite (or a slow test machine) make every hash cheaper. Returns false and
// changes nothing when the parameters are out of bounds.
bool setDefaultScryptParams(const ScryptParams &params);

// The password is NFC-normalised first, so the same text typed on another device
// (composed vs decomposed accents) still matches. Returns an empty string when the
// password is longer than kMaxPasswordUtf8Bytes or the parameters are out of bounds.
QString hashPassword(QStringView password);
QString hashPassword(QStringView password, const ScryptParams &params);

// False for a wrong password and for any malformed, unknown or out-of-bounds stored
// string. The final comparison is constant time.
bool verifyPassword(QStringView password, QStringView stored);

// True when `stored` was made with other parameters than `wanted` (or is malformed), so
// the login code should store a new hash after a successful verify.
bool passwordNeedsRehash(QStringView stored, const ScryptParams &wanted);

} // namespace regie::crypto
