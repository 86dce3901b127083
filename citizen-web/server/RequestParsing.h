#pragma once
// Turning raw header and body bytes into web::Request fields, with limits: a request
// that exceeds them is refused as a whole rather than half-parsed.

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::web {

inline constexpr int kMaxCookies = 50;
inline constexpr int kMaxCookieHeaderBytes = 8 * 1024;

// "a=1; b=2" -> {a: 1, b: 2}. The first occurrence of a name wins (browsers send the most
// specific path first); names that occur more than once are listed in `repeated` (the
// pipeline refuses a repeated cookie of ours). Oversized headers give an empty map.
QHash<QString, QString> parseCookies(const QByteArray &header, QStringList *repeated = nullptr);

enum class FormError { None, TooManyFields, FieldTooLong, BadEncoding };

// application/x-www-form-urlencoded, UTF-8, '+' as space. Repeated names keep the first.
FormError parseForm(const QByteArray &body, int maxFields, int maxFieldLength,
                    QMap<QString, QString> *form);

// True for "application/x-www-form-urlencoded" with optional parameters.
bool isFormContentType(const QByteArray &contentType);

} // namespace regie::web
