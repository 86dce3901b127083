#include "server/SessionCookie.h"

namespace regie::web {

QByteArray cookieName(const QByteArray &base, bool https)
{
    return https ? QByteArrayLiteral("__Host-") + base : base;
}

QByteArray cookieAttributes(bool https)
{
    return QByteArrayLiteral("; Path=/; HttpOnly; SameSite=Lax") + (https ? QByteArrayLiteral("; Secure") : QByteArray());
}

bool isGuardedCookieName(const QString &name)
{
    return name.startsWith(QLatin1String("regie_")) || name.startsWith(QLatin1String("__Host-"))
           || name.startsWith(QLatin1String("__Secure-"));
}

QString SessionCookie::read(const Request &request, bool https)
{
    return request.cookies.value(QString::fromLatin1(cookieName(kBaseName, https)));
}

std::pair<QByteArray, QByteArray> SessionCookie::set(const QString &sessionId, bool https)
{
    return {"Set-Cookie", cookieName(kBaseName, https) + '=' + sessionId.toLatin1() + cookieAttributes(https)};
}

std::pair<QByteArray, QByteArray> SessionCookie::clear(bool https)
{
    return {"Set-Cookie", cookieName(kBaseName, https) + "=; Max-Age=0" + cookieAttributes(https)};
}

} // namespace regie::web
