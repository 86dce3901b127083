#pragma once
// RFC 4648 base32 (alphabet A-Z 2-7), the format authenticator apps use for TOTP secrets.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace regie::crypto
{

// Bounds the text a user can paste as a secret.
inline constexpr qsizetype kMaxBase32Chars = 1024;

enum class Base32Padding { WithPadding, WithoutPadding };

QString base32Encode(QByteArrayView data, Base32Padding padding = Base32Padding::WithPadding);

// Case-insensitive; '=' padding optional; spaces are ignored because people copy secrets
// in groups of four. Rejects other characters, impossible lengths, non-zero leftover
// bits and input longer than kMaxBase32Chars.
std::optional<QByteArray> base32Decode(QStringView text);

} // namespace regie::crypto
