#include "SimHttp.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace regie::allegrosim {
namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// Parses the head; returns false when it is malformed.
bool parseHead(const QByteArray &head, HttpRequest &request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return false;
    request.method = first[0];
    const QUrl url = QUrl::fromEncoded(first[1]);
    request.path = url.path();
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return true;
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), handler_(std::move(handler)), server_(new QTcpServer(this))
{
    connect(server_, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return server_->listen(address, port);
}

quint16 HttpServer::port() const { return server_->serverPort(); }
QString HttpServer::errorString() const { return server_->errorString(); }

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = server_->nextPendingConnection()) {
        if (buffers_.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        buffers_.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            buffers_.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(kIdleTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = buffers_.find(socket);
    if (it == buffers_.end())
        return;
    QByteArray &buffer = it.value();
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            respond(socket, HttpResponse{413, "text/plain", "header too large", false, 0});
        return;
    }
    HttpRequest request;
    if (headEnd > kMaxHeaderBytes || !parseHead(buffer.left(headEnd), request))
        return respond(socket, HttpResponse{400, "text/plain", "bad request", false, 0});
    if (request.headers.contains("transfer-encoding"))
        return respond(socket, HttpResponse{501, "text/plain", "chunked bodies are not supported", false, 0});
    bool ok = true;
    const qint64 length = request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes)
        return respond(socket, HttpResponse{413, "text/plain", "body too large", false, 0});
    if (buffer.size() - headEnd - 4 < length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headEnd + 4, length);
    buffers_.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    respond(socket, handler_(request));
}

void HttpServer::respond(QTcpSocket *socket, const HttpResponse &response)
{
    buffers_.remove(socket);
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, response] {
        if (!guard)
            return;
        if (response.drop) {
            guard->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        out += response.body;
        guard->write(out);
        guard->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, send);
    else
        send();
}

} // namespace regie::allegrosim
