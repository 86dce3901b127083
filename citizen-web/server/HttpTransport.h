#pragma once
// The thin adapter over Qt HttpServer 6.4 (Qt 6.8 changes handleRequest to take a
// responder, and bind() to return bool): everything version-specific stays in this header
// and HttpTransport.cpp. Responses are written to the socket by the request pipeline
// itself (server/Wire.h), not through Qt's responder.

#include <QtHttpServer/QAbstractHttpServer>

#include <functional>

namespace regie::web {

class HttpTransport : public QAbstractHttpServer {
    Q_OBJECT
public:
    using RequestFn = std::function<bool(const QHttpServerRequest &, QTcpSocket *)>;
    using MissingFn = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    HttpTransport(RequestFn onRequest, MissingFn onMissing, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    RequestFn onRequest_;
    MissingFn onMissing_;
};

} // namespace regie::web
