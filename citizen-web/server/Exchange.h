#pragma once
// One request on its way through the server: the parsed Request the handler will see,
// what the pipeline learned about it on the way (route label, guard, staff or cookie
// session) and how its answer must go out. Shared by the request pipeline, the realtime
// upgrade and the error answers; lives as long as the request is being handled.

#include "server/ClientAddress.h"
#include "server/JsonLog.h"
#include "server/RequestSessions.h"
#include "server/Web.h"
#include "server/Wire.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtNetwork/QTcpSocket>

#include <memory>

class QHttpServerRequest;

namespace regie::web {

// Shared, because a handler that answers later (Later) keeps its request alive after the
// transport's call returned.
struct Exchange : std::enable_shared_from_this<Exchange> {
    // Starts the clock and names the request (X-Request-Id); reads only the method.
    Exchange(QTcpSocket *socket, const QHttpServerRequest &request);
    // Parses the rest: path and segments, query, lower-case headers (repeated ones joined),
    // cookies, body, TLS, and the client behind `trustedProxies`.
    void readRequest(const QHttpServerRequest &request, const Subnets &trustedProxies);

    wire::Framing framing() const;
    AccessLogEntry accessLog(int status) const;

    QPointer<QTcpSocket> socket;       // null once the client has gone
    Request request;
    QStringList repeatedCookies;       // cookie names the request carries more than once
    QByteArray encodedPath;
    QStringList segments;
    bool pathOk = false;
    QString requestId;
    QElapsedTimer timer;
    bool api = false;
    bool head = false;
    bool closeAfter = false;
    Guard guard = Guard::Public;
    QString routeLabel = QStringLiteral("(none)");
    bool cacheableAsset = false;
    Session staffSession;              // Guard::Staff: the actor from the bearer token, never stored
    bool staff = false;
    std::unique_ptr<RequestSessions> sessions; // the cookie session; null for refused upgrades
    std::shared_ptr<Later> later;      // set by Context::defer() while the handler runs
};

} // namespace regie::web
