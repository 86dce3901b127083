#pragma once
// A deliberately small HTTP/1.1 server on QTcpServer. The simulator needs what a real
// server library hides: dropping a connection mid-request, answering late, and hard limits
// on headers and bodies. One request per connection (Connection: close).

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace regie::allegrosim {

struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("text/xml; charset=utf-8");
    QByteArray body;
    bool drop = false; // close the connection without any answer
    int delayMs = 0;
};

class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int kMaxConnections = 256;
    static constexpr int kIdleTimeoutMs = 30'000;

    HttpServer(Handler handler, QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpResponse &response);

    Handler handler_;
    QTcpServer *server_ = nullptr;
    QHash<QTcpSocket *, QByteArray> buffers_;
};

} // namespace regie::allegrosim
