#pragma once
// The session cookie: its name, its attributes, reading it from a request and the
// Set-Cookie headers that set or clear it. The value is the random session id
// (SessionStore); the attributes are HttpOnly, SameSite=Lax, Path=/ and Secure under TLS,
// without Max-Age: a browser-session cookie, whose expiry the server enforces.

#include "server/Web.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace regie::web {

class SessionCookie {
public:
    static constexpr char kName[] = "regie_sessie";

    static QString read(const Request &request);
    static std::pair<QByteArray, QByteArray> set(const QString &sessionId, bool secure);
    static std::pair<QByteArray, QByteArray> clear(bool secure);

private:
    static QByteArray attributes(bool secure);
};

} // namespace regie::web
