#include "server/SessionCookie.h"

namespace regie::web {

QString SessionCookie::read(const Request &request)
{
    return request.cookies.value(QLatin1String(kName));
}

std::pair<QByteArray, QByteArray> SessionCookie::set(const QString &sessionId, bool secure)
{
    return {"Set-Cookie", QByteArray(kName) + '=' + sessionId.toLatin1() + attributes(secure)};
}

std::pair<QByteArray, QByteArray> SessionCookie::clear(bool secure)
{
    return {"Set-Cookie", QByteArray(kName) + "=; Max-Age=0" + attributes(secure)};
}

QByteArray SessionCookie::attributes(bool secure)
{
    return QByteArrayLiteral("; Path=/; HttpOnly; SameSite=Lax") + (secure ? QByteArrayLiteral("; Secure") : QByteArray());
}

} // namespace regie::web
