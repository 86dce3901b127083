#pragma once
// A small HTTP/1.1 server on QTcpServer: Content-Length bodies, keep-alive, bounded
// header and body sizes, and responses that may be delayed (fault injection) without
// blocking the event loop. Enough for a simulator; not a general web server.

#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace regie::zgwsim {

struct HttpRequest {
    QByteArray method;
    QUrl url; // path and query only
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
};

class MiniHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    static constexpr qsizetype kMaxHeaderBytes = 32 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    explicit MiniHttpServer(Handler handler, QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

    Handler handler_;
    QTcpServer *server_;
};

QByteArray reasonPhrase(int status);

} // namespace regie::zgwsim
