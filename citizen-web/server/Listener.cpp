#include "server/Listener.h"

#include "server/ConnectionGuard.h"
#include "server/Wire.h"

#include <QtCore/QFile>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslCipher>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace regie::web {
namespace {

// Admits (or refuses) every accepted socket before Qt sees it.
class GuardedTcpServer final : public QTcpServer {
public:
    GuardedTcpServer(ConnectionGuard::Limits limits, std::shared_ptr<ConnectionGuard::Book> book, QObject *parent)
        : QTcpServer(parent), limits_(std::move(limits)), book_(std::move(book))
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (!ConnectionGuard::admit(socket, limits_, book_)) {
            socket->deleteLater();
            return;
        }
        addPendingConnection(socket);
    }

private:
    ConnectionGuard::Limits limits_;
    std::shared_ptr<ConnectionGuard::Book> book_;
};

// For TLS: QSslServer does the handshake; the guard attaches when the socket is created.
void attachGuards(QSslServer *server, const ConnectionGuard::Limits &limits,
                  const std::shared_ptr<ConnectionGuard::Book> &book)
{
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, server,
                     [limits, book](QSslSocket *socket) { ConnectionGuard::admit(socket, limits, book); });
}

ConnectionGuard::Limits guardLimits(const Config &config)
{
    ConnectionGuard::Limits limits;
    limits.maxRequestBytes = std::max(config.maxApiBodyBytes, config.maxPageBodyBytes) + config.maxHeaderBytes;
    limits.maxHeaderBytes = config.maxHeaderBytes;
    limits.maxBufferedBytes = config.maxBufferedBytes;
    limits.maxConnections = config.maxConnections;
    limits.maxConnectionsPerClient = config.maxConnectionsPerClient;
    limits.idleTimeoutMs = static_cast<int>(config.connectionIdleTimeout.count()) * 1000;
    limits.headerTimeoutMs = static_cast<int>(config.headerTimeout.count()) * 1000;
    limits.requestTimeoutMs = static_cast<int>(config.requestTimeout.count()) * 1000;
    limits.trustedProxies = config.trustedProxies;
    limits.refusal = [&config](int status) { return wire::refusal(config, status); };
    return limits;
}

// TLS 1.3 as OpenSSL offers it; TLS 1.2 only with forward secrecy (ECDHE) and an AEAD
// cipher, the NCSC's "goed" suites: no RSA key exchange, no CBC, no SHA-1 MAC.
QList<QSslCipher> strongCiphers()
{
    QList<QSslCipher> chosen;
    const QList<QSslCipher> all = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &c : all) {
        const bool aead = c.name().contains(QLatin1String("GCM")) || c.name().contains(QLatin1String("CHACHA20"));
        if (c.protocol() == QSsl::TlsV1_3 || (c.name().startsWith(QLatin1String("ECDHE-")) && aead))
            chosen.append(c);
    }
    return chosen;
}

QSslKey readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, alg, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

Listener::Listener(const Config &config, QObject *parent)
    : QObject(parent), config_(config), book_(std::make_shared<ConnectionGuard::Book>())
{
}

bool Listener::listen(QString *error)
{
    server_ = config_.tls() ? makeTlsServer(error) : makePlainServer(error);
    if (!server_)
        return false;
    if (!server_->listen(config_.listenAddress, config_.port)) {
        *error = QStringLiteral("cannot listen: ") + server_->errorString();
        delete server_;
        server_ = nullptr;
        return false;
    }
    return true;
}

QTcpServer *Listener::makeTlsServer(QString *error)
{
    QFile certFile(config_.tlsCertFile), keyFile(config_.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key file");
        return nullptr;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey key = readKey(keyFile.readAll());
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return nullptr;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setCiphers(strongCiphers());
    auto *server = new QSslServer(this);
    server->setSslConfiguration(ssl);
    attachGuards(server, guardLimits(config_), book_);
    return server;
}

QTcpServer *Listener::makePlainServer(QString *error)
{
    if (!config_.listenAddress.isLoopback()) {
        *error = QStringLiteral("refusing to listen on a non-loopback address without TLS"
                                " (give --tls-cert and --tls-key, or put a TLS proxy in front"
                                " and listen on 127.0.0.1)");
        return nullptr;
    }
    return new GuardedTcpServer(guardLimits(config_), book_, this);
}

quint16 Listener::port() const
{
    return server_ ? server_->serverPort() : 0;
}

void Listener::stopAccepting()
{
    if (server_)
        server_->close();
}

int Listener::drain()
{
    if (!server_)
        return 0;
    int open = 0;
    const QList<QTcpSocket *> sockets = server_->findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        if (s->state() == QAbstractSocket::UnconnectedState)
            continue;
        ++open;
        // A connection waiting for a handler's later answer (DigiD) is in flight too.
        const ConnectionGuard *guard = ConnectionGuard::of(s);
        if (s->bytesToWrite() == 0 && !(guard && guard->awaitingAnswer()))
            s->disconnectFromHost();
    }
    return open;
}

} // namespace regie::web
