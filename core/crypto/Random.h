#pragma once
// Secure randomness for keys, nonces, salts and tokens. Every caller relies on these bytes
// being unpredictable, so a failing generator stops the process instead of returning
// something weaker.

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace regie::crypto
{

// Upper bound for one request: far above any key, nonce or token, low enough that a
// wrong size computed by a caller cannot exhaust memory.
inline constexpr int kMaxRandomBytes = 1024 * 1024;

// n bytes from OpenSSL's CSPRNG (RAND_bytes). Calls qFatal when n is outside
// [0, kMaxRandomBytes] or when the generator fails.
QByteArray randomBytes(int n);

// A URL-safe token: `bytes` random bytes as base64url without '=' padding
// (32 bytes give 43 characters). Same failure rules as randomBytes.
QString randomToken(int bytes);

} // namespace regie::crypto
