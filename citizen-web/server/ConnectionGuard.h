#pragma once
// Watches one TCP connection from before Qt reads it: Qt buffers the whole body before
// handleRequest runs, so the cap on the bytes a single request may send has to sit in
// front of Qt. It also closes idle keep-alive connections and counts open connections
// (the Listener refuses new ones above its bound).

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>

class QTcpSocket;

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

} // namespace regie::web
