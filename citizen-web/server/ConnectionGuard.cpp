#include "server/ConnectionGuard.h"

#include <QtNetwork/QTcpSocket>

#include <atomic>

namespace regie::web {
namespace {
std::atomic<int> gOpen{0};
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket), socket_(socket), limits_(limits)
{
    setObjectName(QStringLiteral("regie-connection-guard"));
    ++gOpen;
    idle_.setSingleShot(true);
    idle_.setInterval(limits_.idleTimeoutMs);
    connect(&idle_, &QTimer::timeout, socket_, [this] {
        if (!streaming_ && socket_->bytesToWrite() == 0)
            socket_->abort();
        else if (!streaming_)
            idle_.start();
    });
    // Connected before QAbstractHttpServer connects its own slot, so this runs first and
    // sees every chunk before Qt buffers it.
    connect(socket_, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    idle_.start();
}

ConnectionGuard::~ConnectionGuard()
{
    --gOpen;
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("regie-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

int ConnectionGuard::openConnections()
{
    return gOpen.load();
}

void ConnectionGuard::requestDone()
{
    pending_ = 0;
}

void ConnectionGuard::setStreaming()
{
    streaming_ = true;
    idle_.stop();
}

void ConnectionGuard::onReadyRead()
{
    if (refused_) {
        // Drain and drop: Qt's parser must not buffer the rest of an oversized body.
        if (socket_->isTransactionStarted())
            socket_->commitTransaction();
        socket_->readAll();
        return;
    }
    if (streaming_)
        return;
    idle_.start();
    pending_ += socket_->bytesAvailable();
    if (pending_ <= limits_.maxRequestBytes)
        return;
    refused_ = true;
    if (socket_->isTransactionStarted())
        socket_->commitTransaction();
    socket_->readAll();
    if (limits_.refusal)
        socket_->write(limits_.refusal());
    socket_->disconnectFromHost();
}

} // namespace regie::web
