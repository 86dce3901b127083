#pragma once
// Watches one TCP connection from before Qt reads it. Qt buffers a whole request (body
// included) before handleRequest runs and reads whatever a client sends for as long as the
// socket is open, so every bound on what a connection may cost sits here, in front of Qt:
//   - bytes: one request at most maxRequestBytes, its headers at most maxHeaderBytes, and
//     all connections of the listener together at most maxBufferedBytes (413, 431, 503);
//   - time: a request's headers must be complete within headerTimeout of its first byte and
//     the whole request within requestTimeout (408), however slowly it trickles in; between
//     requests a keep-alive connection closes after idleTimeout;
//   - count: at most maxConnections open, at most maxConnectionsPerClient per peer address
//     (trusted proxies count only in the total: their clients are capped by the proxy);
//   - after the last request: an SSE stream or a connection waiting for a deferred answer
//     takes no further requests (stopRequests): what the client still sends is dropped,
//     and more than kQuietAllowanceBytes of it closes the connection;
//   - answers: a client that sends more requests while more than kMaxUnreadAnswerBytes of
//     earlier answers wait for it to read them is cut off (pipelining without reading).

#include "server/ClientAddress.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace regie::web {

class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kQuietAllowanceBytes = 4 * 1024;
    static constexpr qint64 kMaxUnreadAnswerBytes = 2 * 1024 * 1024;

    struct Limits {
        qint64 maxRequestBytes = 0;
        qint64 maxHeaderBytes = 32 * 1024;
        qint64 maxBufferedBytes = 256 * 1024 * 1024;
        int maxConnections = 5000;
        int maxConnectionsPerClient = 64;
        int idleTimeoutMs = 60000;
        int headerTimeoutMs = 10000;
        int requestTimeoutMs = 30000;
        Subnets trustedProxies;
        std::function<QByteArray(int status)> refusal; // the full response bytes for a status
    };
    // What the connections of one listener share. Held by every guard, so it outlives the
    // listener's own teardown.
    struct Book {
        int open = 0;
        QHash<QString, int> perPeer;
        qint64 buffered = 0;
    };

    // Attaches a guard to a freshly accepted socket, or aborts the socket when a connection
    // bound is reached. Returns the guard (owned by the socket) or null.
    static ConnectionGuard *admit(QTcpSocket *socket, const Limits &limits, const std::shared_ptr<Book> &book);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    void requestDone();      // Qt delivered a complete request: the next one starts from zero
    void setStreaming();     // WebSocket: QWebSocket reads the socket and bounds its frames
    // An SSE stream, or a handler that answers later: no more requests on this connection.
    // `transport` (the QAbstractHttpServer) stops parsing the socket.
    void stopRequests(QObject *transport);
    void setAwaitingAnswer(bool awaiting) { awaitingAnswer_ = awaiting; }
    bool awaitingAnswer() const { return awaitingAnswer_; }
    bool refused() const { return refused_; }

private:
    enum class Phase { Idle, Headers, Body, Quiet, Streaming };
    ConnectionGuard(QTcpSocket *socket, const Limits &limits, std::shared_ptr<Book> book, QString peerKey);
    void onReadyRead();
    void onDeadline();
    void countRequestBytes(const QByteArray &fresh);
    bool scanForHeaderEnd(const QByteArray &fresh);
    void drainQuiet();
    void refuse(int status);
    void setBuffered(qint64 bytes);

    QTcpSocket *socket_;
    Limits limits_;
    std::shared_ptr<Book> book_;
    QString peerKey_;           // empty for a trusted proxy (not counted per client)
    QTimer deadline_;
    QElapsedTimer requestClock_;
    Phase phase_ = Phase::Idle;
    qint64 requestBytes_ = 0;   // this request so far, also what this connection holds in book_->buffered
    qint64 headerBytes_ = 0;
    qint64 quietBytes_ = 0;
    QByteArray tail_;           // the last bytes scanned, for a header end split over reads
    int idlePeriodsWriting_ = 0;
    bool awaitingAnswer_ = false;
    bool refused_ = false;
};

} // namespace regie::web
