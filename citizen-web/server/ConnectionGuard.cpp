#include "server/ConnectionGuard.h"

#include <QtNetwork/QTcpSocket>

#include <algorithm>

namespace regie::web {

ConnectionGuard *ConnectionGuard::admit(QTcpSocket *socket, const Limits &limits, const std::shared_ptr<Book> &book)
{
    // A trusted proxy carries many clients: it is held only to the total.
    const QHostAddress peer = normalised(socket->peerAddress());
    const QString peerKey = inSubnets(peer, limits.trustedProxies) ? QString() : clientKey(peer);
    if (book->open >= limits.maxConnections
        || (!peerKey.isEmpty() && book->perPeer.value(peerKey) >= limits.maxConnectionsPerClient)) {
        socket->abort();
        return nullptr;
    }
    return new ConnectionGuard(socket, limits, book, peerKey);
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits, std::shared_ptr<Book> book, QString peerKey)
    : QObject(socket), socket_(socket), limits_(limits), book_(std::move(book)), peerKey_(std::move(peerKey))
{
    setObjectName(QStringLiteral("regie-connection-guard"));
    ++book_->open;
    if (!peerKey_.isEmpty())
        ++book_->perPeer[peerKey_];
    deadline_.setSingleShot(true);
    connect(&deadline_, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    // Connected before QAbstractHttpServer connects its own slot, so this runs first and
    // sees every chunk before Qt buffers it.
    connect(socket_, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    deadline_.start(limits_.idleTimeoutMs);
}

ConnectionGuard::~ConnectionGuard()
{
    setBuffered(0);
    --book_->open;
    if (!peerKey_.isEmpty() && --book_->perPeer[peerKey_] <= 0)
        book_->perPeer.remove(peerKey_);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("regie-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::requestDone()
{
    setBuffered(0);
    headerBytes_ = 0;
    tail_.clear();
    if (phase_ == Phase::Headers || phase_ == Phase::Body || phase_ == Phase::Idle) {
        phase_ = Phase::Idle;
        idlePeriodsWriting_ = 0;
        deadline_.start(limits_.idleTimeoutMs);
    }
}

void ConnectionGuard::setStreaming()
{
    phase_ = Phase::Streaming;
    deadline_.stop();
    setBuffered(0);
}

void ConnectionGuard::stopRequests(QObject *transport)
{
    // Qt's parser would otherwise go on reading pipelined requests and their bodies.
    if (transport)
        QObject::disconnect(socket_, &QIODevice::readyRead, transport, nullptr);
    phase_ = Phase::Quiet;
    deadline_.stop();
    setBuffered(0);
    if (socket_->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ConnectionGuard::drainQuiet, Qt::QueuedConnection);
}

void ConnectionGuard::onReadyRead()
{
    if (refused_) {
        // Drain and drop: Qt's parser must not buffer the rest of a refused request.
        if (socket_->isTransactionStarted())
            socket_->commitTransaction();
        socket_->readAll();
        return;
    }
    if (phase_ == Phase::Streaming)
        return;
    if (phase_ == Phase::Quiet) {
        drainQuiet();
        return;
    }
    if (socket_->bytesToWrite() > kMaxUnreadAnswerBytes) {
        socket_->abort(); // it asks for more while it does not read what it got
        return;
    }
    const qint64 available = socket_->bytesAvailable();
    if (phase_ == Phase::Idle) {
        // The clock of a request starts at its first byte and is never wound back by later ones.
        phase_ = Phase::Headers;
        requestClock_.start();
        deadline_.start(limits_.headerTimeoutMs);
    }
    if (phase_ == Phase::Headers) {
        const qint64 room = std::max<qint64>(0, limits_.maxHeaderBytes - headerBytes_) + 4;
        if (scanForHeaderEnd(socket_->peek(std::min(available, room)))) {
            phase_ = Phase::Body;
            deadline_.start(static_cast<int>(std::max<qint64>(0, limits_.requestTimeoutMs - requestClock_.elapsed())));
        } else if (headerBytes_ > limits_.maxHeaderBytes) {
            refuse(431);
            return;
        }
    }
    setBuffered(requestBytes_ + available);
    if (requestBytes_ > limits_.maxRequestBytes)
        refuse(413);
    else if (book_->buffered > limits_.maxBufferedBytes)
        refuse(503);
}

// Qt ends a header block at "\n\r\n" or "\n\n" (it allows bare LF line ends).
bool ConnectionGuard::scanForHeaderEnd(const QByteArray &fresh)
{
    const QByteArray seen = tail_ + fresh;
    qsizetype end = seen.indexOf("\n\r\n");
    const qsizetype bare = seen.indexOf("\n\n");
    if (end < 0 || (bare >= 0 && bare < end))
        end = bare;
    if (end >= 0) {
        headerBytes_ += std::max<qsizetype>(0, end - tail_.size());
        return true;
    }
    headerBytes_ += fresh.size();
    tail_ = seen.right(2);
    return false;
}

void ConnectionGuard::onDeadline()
{
    switch (phase_) {
    case Phase::Idle:
        // A response still being written gets one more period, not an unbounded number.
        if (socket_->bytesToWrite() == 0 || ++idlePeriodsWriting_ > 1)
            socket_->abort();
        else
            deadline_.start(limits_.idleTimeoutMs);
        return;
    case Phase::Headers:
    case Phase::Body:
        refuse(408);
        return;
    case Phase::Quiet:
    case Phase::Streaming:
        return;
    }
}

void ConnectionGuard::drainQuiet()
{
    if (phase_ != Phase::Quiet)
        return;
    if (socket_->isTransactionStarted())
        socket_->commitTransaction();
    quietBytes_ += socket_->readAll().size();
    if (quietBytes_ > kQuietAllowanceBytes)
        socket_->abort();
}

void ConnectionGuard::refuse(int status)
{
    refused_ = true;
    deadline_.stop();
    setBuffered(0);
    if (socket_->isTransactionStarted())
        socket_->commitTransaction();
    socket_->readAll();
    if (limits_.refusal)
        socket_->write(limits_.refusal(status));
    socket_->disconnectFromHost();
}

void ConnectionGuard::setBuffered(qint64 bytes)
{
    book_->buffered += bytes - requestBytes_;
    requestBytes_ = bytes;
}

} // namespace regie::web
