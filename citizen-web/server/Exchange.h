#pragma once
// One request on its way through the server: the parsed Request the handler will see,
// what the pipeline learned about it on the way (route label, guard, staff or cookie
// session) and how its answer must go out. Shared by the request pipeline, the realtime
// upgrade and the error answers; lives as long as the request is being handled.

#include "server/JsonLog.h"
#include "server/RequestSessions.h"
#include "server/Web.h"
#include "server/Wire.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QStringList>

#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace regie::web {

struct Exchange {
    // Starts the clock and names the request (X-Request-Id); reads only the method.
    Exchange(QTcpSocket *socket, const QHttpServerRequest &request);
    // Parses the rest: path and segments, query, lower-case headers, cookies, body, TLS.
    void readRequest(const QHttpServerRequest &request);

    wire::Framing framing() const;
    AccessLogEntry accessLog(int status) const;

    QTcpSocket *socket = nullptr;
    Request request;
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
};

} // namespace regie::web
