#pragma once
// Regie's cookies: their names, their attributes, reading the session cookie from a request
// and the Set-Cookie headers that set or clear it. The session cookie's value is the random
// session id (SessionStore); no cookie has a Max-Age except the short-lived DigiD binding:
// a browser-session cookie, whose expiry the server enforces.
//
// Whether browsers reach us over https is decided by the configured public origin (or this
// listener's own TLS), not by the socket: behind a TLS-terminating proxy the socket is plain
// while the browser's connection is not (Config::httpsOrigin). Over https every cookie is
// Secure and named with the __Host- prefix, which browsers accept only from a secure origin
// with Path=/ and no Domain: a sibling subdomain cannot plant or overwrite it. On a plain-http
// development origin (loopback only) browsers refuse both, so the cookies there are plain
// regie_* names without Secure; the server says so in its log at start.

#include "server/Web.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace regie::web {

// "__Host-<base>" over https, "<base>" on plain http.
QByteArray cookieName(const QByteArray &base, bool https);
// "; Path=/; HttpOnly; SameSite=Lax" and "; Secure" over https.
QByteArray cookieAttributes(bool https);
// Names the server reads or that no other site may set: a request carrying one of them
// twice is refused, since which copy a parser takes is exactly what a planted cookie aims at.
bool isGuardedCookieName(const QString &name);

class SessionCookie {
public:
    static constexpr char kBaseName[] = "regie_sessie";

    static QString read(const Request &request, bool https);
    static std::pair<QByteArray, QByteArray> set(const QString &sessionId, bool https);
    static std::pair<QByteArray, QByteArray> clear(bool https);
};

} // namespace regie::web
