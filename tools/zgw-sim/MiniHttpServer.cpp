#include "MiniHttpServer.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace regie::zgwsim {

namespace {
constexpr const char *kBusy = "zgwSimBusy"; // a response is pending on this connection

struct Parsed {
    enum class State { Incomplete, Complete, Bad, TooLarge } state = State::Incomplete;
    HttpRequest request;
    qsizetype consumed = 0;
};

Parsed parse(const QByteArray &buffer)
{
    Parsed p;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MiniHttpServer::kMaxHeaderBytes)
            p.state = Parsed::State::TooLarge;
        return p;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        p.state = Parsed::State::Bad;
        return p;
    }
    p.request.method = requestLine[0].toUpper();
    p.request.url = QUrl::fromEncoded(requestLine[1], QUrl::StrictMode);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0) {
            p.state = Parsed::State::Bad;
            return p;
        }
        p.request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    if (p.request.headers.contains("transfer-encoding")) {
        p.state = Parsed::State::Bad; // chunked uploads are not needed by any ZGW client
        return p;
    }
    bool ok = true;
    const qint64 length = p.request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0) {
        p.state = Parsed::State::Bad;
        return p;
    }
    if (length > MiniHttpServer::kMaxBodyBytes) {
        p.state = Parsed::State::TooLarge;
        return p;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < length)
        return p;
    p.request.body = buffer.mid(bodyStart, static_cast<qsizetype>(length));
    p.consumed = bodyStart + static_cast<qsizetype>(length);
    p.state = p.request.url.isValid() ? Parsed::State::Complete : Parsed::State::Bad;
    return p;
}
} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

MiniHttpServer::MiniHttpServer(Handler handler, QObject *parent)
    : QObject(parent), handler_(std::move(handler)), server_(new QTcpServer(this))
{
    connect(server_, &QTcpServer::newConnection, this, &MiniHttpServer::onNewConnection);
}

bool MiniHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return server_->listen(address, port);
}

quint16 MiniHttpServer::port() const
{
    return server_->serverPort();
}

QString MiniHttpServer::errorString() const
{
    return server_->errorString();
}

void MiniHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = server_->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void MiniHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property(kBusy).toBool())
        return; // the next request is read once the pending response is written
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const Parsed p = parse(buffer);
    if (p.state == Parsed::State::Incomplete) {
        socket->setProperty("buffer", buffer);
        return;
    }
    if (p.state != Parsed::State::Complete) {
        HttpResponse r;
        r.status = p.state == Parsed::State::TooLarge ? 413 : 400;
        r.body = R"({"code":"invalid","title":"Bad request","status":)" + QByteArray::number(r.status) + "}";
        respond(socket, r, false);
        return;
    }
    socket->setProperty("buffer", buffer.mid(p.consumed));
    const bool keepAlive = p.request.headers.value("connection").toLower() != "close";
    const HttpResponse response = handler_(p.request);
    if (response.delayMs <= 0) {
        respond(socket, response, keepAlive);
        return;
    }
    socket->setProperty(kBusy, true);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
        if (!guard)
            return;
        guard->setProperty(kBusy, false);
        respond(guard, response, keepAlive);
    });
}

void MiniHttpServer::respond(QTcpSocket *socket, const HttpResponse &response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    if (!socket->property("buffer").toByteArray().isEmpty() || socket->bytesAvailable() > 0)
        QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
}

} // namespace regie::zgwsim
