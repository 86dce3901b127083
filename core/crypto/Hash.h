#pragma once
// Digests, MACs and key derivation on top of OpenSSL 3 EVP. These are the building blocks
// for FieldCipher, the password hashes, TOTP and the audit hash chain.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

namespace regie::crypto
{

// Raw 32-byte SHA-256 digest.
QByteArray sha256(QByteArrayView data);

// Raw 32-byte HMAC-SHA256 (RFC 2104). An empty key is allowed (RFC 4231 style tests).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// Raw 20-byte HMAC-SHA1. Only for TOTP/HOTP, where RFC 6238 and authenticator apps
// require it; SHA-1's collision weakness does not affect HMAC.
QByteArray hmacSha1(QByteArrayView key, QByteArrayView data);

// HKDF-SHA256 (RFC 5869) extract-and-expand. outputBytes must be in [1, 255 * 32].
// Different `info` strings give independent keys from one master key.
QByteArray hkdfSha256(
    QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, int outputBytes);

// Compares in time that depends only on the lengths, so a MAC or hash check does not leak
// how many leading bytes matched. Lengths themselves are not secret here.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

namespace detail
{
// OpenSSL wants non-null pointers even for empty input; an empty QByteArrayView may hold
// nullptr. Returns a pointer to a static zero byte in that case.
const unsigned char *bytesOf(QByteArrayView view);
} // namespace detail

} // namespace regie::crypto
