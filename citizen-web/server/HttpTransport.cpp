#include "server/HttpTransport.h"

namespace regie::web {

HttpTransport::HttpTransport(RequestFn onRequest, MissingFn onMissing, QObject *parent)
    : QAbstractHttpServer(parent), onRequest_(std::move(onRequest)), onMissing_(std::move(onMissing))
{
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    return onRequest_(request, socket);
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    onMissing_(request, socket);
}

} // namespace regie::web
