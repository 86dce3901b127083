#pragma once
// Accepting connections: plain TCP on loopback only, TLS (QSslServer, TLS 1.2 or later with
// forward-secret AEAD suites) anywhere else, a ConnectionGuard on every socket before Qt
// reads from it, and the bounds on open connections (in total and per client). Knows
// nothing about HTTP; the transport binds to server().

#include "server/Config.h"
#include "server/ConnectionGuard.h"

#include <QtCore/QObject>

#include <memory>

class QTcpServer;

namespace regie::web {

class Listener : public QObject {
    Q_OBJECT
public:
    explicit Listener(const Config &config, QObject *parent = nullptr);

    // False with a message for the operator (no TLS off loopback, unreadable PEM, port taken).
    bool listen(QString *error);
    QTcpServer *server() const { return server_; }
    quint16 port() const;
    void stopAccepting();
    // Disconnects every open connection that has nothing left to write; returns how many
    // are still open (the graceful stop waits for 0).
    int drain();

private:
    QTcpServer *makeTlsServer(QString *error);
    QTcpServer *makePlainServer(QString *error);

    const Config &config_;
    std::shared_ptr<ConnectionGuard::Book> book_;
    QTcpServer *server_ = nullptr;
};

} // namespace regie::web
