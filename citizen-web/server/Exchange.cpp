#include "server/Exchange.h"

#include "server/RequestParsing.h"
#include "server/RouteTable.h"

#include "crypto/Random.h"

#include <QtCore/QUrl>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QSslSocket>

namespace regie::web {
namespace {

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

} // namespace

Exchange::Exchange(QTcpSocket *s, const QHttpServerRequest &qreq) : socket(s), requestId(crypto::randomToken(9))
{
    timer.start();
    request.method = methodName(qreq.method());
}

void Exchange::readRequest(const QHttpServerRequest &qreq, const Subnets &trustedProxies)
{
    Request &r = request;
    head = r.method == QLatin1String("HEAD");
    encodedPath = qreq.url().path(QUrl::FullyEncoded).toUtf8();
    pathOk = RouteTable::splitPath(encodedPath, &segments);
    r.path = pathOk ? QLatin1Char('/') + segments.join(QLatin1Char('/')) : QString();
    if (pathOk && encodedPath.endsWith('/') && encodedPath.size() > 1)
        r.path += QLatin1Char('/');
    r.query = qreq.query();
    // A repeated header is one list (RFC 9110 5.3), so no check sees only one of its copies;
    // cookies use their own separator.
    const auto headers = qreq.headers();
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        const auto it = r.headers.find(lower);
        if (it == r.headers.end())
            r.headers.insert(lower, value);
        else
            *it += (lower == "cookie" ? QByteArrayLiteral("; ") : QByteArrayLiteral(", ")) + value;
    }
    r.cookies = parseCookies(r.header("cookie"), &repeatedCookies);
    r.body = qreq.body();
    const QHostAddress client = clientAddress(qreq.remoteAddress(), r.header("x-forwarded-for"), trustedProxies);
    r.remoteAddress = client.toString();
    r.clientKey = clientKey(client);
    auto *ssl = qobject_cast<QSslSocket *>(socket.data());
    r.secure = ssl && ssl->isEncrypted();
    api = r.path == QLatin1String("/api") || r.path.startsWith(QLatin1String("/api/"));
    closeAfter = r.header("connection").toLower().contains("close");
}

wire::Framing Exchange::framing() const
{
    wire::Framing f;
    f.requestId = requestId.toLatin1();
    f.head = head;
    f.closeAfter = closeAfter;
    f.secure = request.secure;
    f.api = api;
    f.handlerMayCache = guard == Guard::Public && !api && sessions && !sessions->current();
    f.cacheableAsset = cacheableAsset;
    return f;
}

AccessLogEntry Exchange::accessLog(int status) const
{
    return {requestId, request.method, routeLabel, status, static_cast<double>(timer.nsecsElapsed()) / 1e6, api};
}

} // namespace regie::web
