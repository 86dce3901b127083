#pragma once
// The thin adapter over Qt HttpServer 6.4 (Qt 6.8 changes handleRequest to take a
// responder, and bind() to return bool): everything version-specific stays in this header
// and HttpTransport.cpp. Responses are written to the socket by Server itself.
//
// ConnectionGuard watches each TCP connection from before Qt reads it: it caps the bytes
// a single request may send (Qt buffers the whole body before handleRequest runs), closes
// idle keep-alive connections and bounds the number of open connections.

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtNetwork/QTcpServer>

#include <functional>

class QSslServer;

namespace regie::web {

class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxRequestBytes = 0;
        int idleTimeoutMs = 60000;
        std::function<QByteArray()> refusal; // the full 413 response bytes
    };
    ConnectionGuard(QTcpSocket *socket, const Limits &limits);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);
    static int openConnections();

    void requestDone();      // a complete request was handled: start counting anew
    void setStreaming();     // SSE or WebSocket: long-lived, no idle timeout, no cap
    bool refused() const { return refused_; }

private:
    void onReadyRead();
    QTcpSocket *socket_;
    Limits limits_;
    QTimer idle_;
    qint64 pending_ = 0;
    bool streaming_ = false;
    bool refused_ = false;
};

// Listens and creates a ConnectionGuard for every accepted socket before Qt sees it.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionGuard::Limits limits, int maxConnections, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard::Limits limits_;
    int maxConnections_;
};

// For TLS: QSslServer does the handshake; the guard attaches when the socket is created.
void attachGuards(QSslServer *server, const ConnectionGuard::Limits &limits, int maxConnections);

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
