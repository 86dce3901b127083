#include "server/RealtimeHub.h"

#include "auth/Access.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtNetwork/QTcpSocket>
#include <QtWebSockets/QWebSocket>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcRealtime, "regie.web.realtime")

bool staffKind(const QString &kind)
{
    return kind == QLatin1String("werkvoorraad.gewijzigd") || kind == QLatin1String("melding.nieuw");
}

} // namespace

RealtimeHub::RealtimeHub(services::ServiceContext &services, const Config &config, QObject *parent)
    : QObject(parent), services_(services), config_(config)
{
    heartbeat_.setInterval(static_cast<int>(config_.sseHeartbeat.count()) * 1000);
    connect(&heartbeat_, &QTimer::timeout, this, &RealtimeHub::heartbeat);
    heartbeat_.start();
}

RealtimeHub::~RealtimeHub()
{
    closeAll();
}

int RealtimeHub::connectionCount() const
{
    int authenticated = static_cast<int>(sse_.size());
    for (const Ws &w : ws_)
        authenticated += w.subscriber ? 1 : 0;
    return authenticated;
}

RealtimeHub::Admission RealtimeHub::reserveUnauthenticated(const QString &clientKey)
{
    if (unauthenticatedTotal_ >= config_.maxUnauthenticatedWebSockets)
        return Admission::TooManyTotal;
    int &mine = unauthenticatedPerClient_[clientKey];
    if (mine >= config_.maxUnauthenticatedWebSocketsPerClient) {
        if (mine == 0)
            unauthenticatedPerClient_.remove(clientKey);
        return Admission::TooManyForSession;
    }
    ++mine;
    ++unauthenticatedTotal_;
    return Admission::Ok;
}

void RealtimeHub::releaseUnauthenticated(const QString &clientKey)
{
    const auto it = unauthenticatedPerClient_.find(clientKey);
    if (it == unauthenticatedPerClient_.end())
        return;
    --unauthenticatedTotal_;
    if (--it.value() <= 0)
        unauthenticatedPerClient_.erase(it);
}

int RealtimeHub::sseCount() const
{
    return static_cast<int>(sse_.size());
}

RealtimeHub::Admission RealtimeHub::admit(const QString &sessionHash) const
{
    if (connectionCount() >= config_.maxRealtimeConnections)
        return Admission::TooManyTotal;
    if (sessionHash.isEmpty())
        return Admission::Ok;
    int mine = 0;
    for (const Sse &s : sse_)
        mine += s.subscriber.sessionHash == sessionHash ? 1 : 0;
    for (const Ws &w : ws_)
        mine += (w.subscriber && w.subscriber->sessionHash == sessionHash) ? 1 : 0;
    return mine >= config_.maxSseConnectionsPerSession ? Admission::TooManyForSession : Admission::Ok;
}

bool RealtimeHub::applies(const services::DomainEvent &event, const Actor &actor, storage::Database &db)
{
    const bool addressedToActor = event.userId && actor.userId > 0 && *event.userId == actor.userId;
    const bool werkvoorraad = event.kind == QLatin1String("werkvoorraad.gewijzigd");
    switch (actor.role) {
    case Role::Inwoner:
        // Staff work lists are not the inwoner's business, nor is a melding for a colleague.
        if (event.userId && !addressedToActor)
            return false;
        return event.inwonerId == actor.inwonerId && actor.inwonerId > 0 && !werkvoorraad;
    case Role::Ketenpartner:
        return !event.userId && !staffKind(event.kind) && event.inwonerId > 0
               && auth::mag(db, actor, auth::Action::LeesDossier, event.inwonerId);
    case Role::Medewerker:
    case Role::Teamleider:
        if (addressedToActor)
            return staffKind(event.kind);
        // A teamleider sees the work of the whole team, a medewerker that of the caseload.
        return werkvoorraad && event.inwonerId > 0
               && auth::mag(db, actor, auth::Action::LeesDossier, event.inwonerId);
    case Role::Beheerder:
    case Role::Systeem:
        return false;
    }
    return false;
}

QByteArray RealtimeHub::payload(const services::DomainEvent &event)
{
    const QJsonObject o{{QStringLiteral("kind"), event.kind}, {QStringLiteral("objectId"), event.objectId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void RealtimeHub::addSse(QTcpSocket *socket, const Subscriber &subscriber)
{
    const quint64 key = nextKey_++;
    sse_.insert(key, Sse{QPointer<QTcpSocket>(socket), subscriber});
    connect(socket, &QTcpSocket::disconnected, this, [this, key] { removeSse(key); });
    connect(socket, &QObject::destroyed, this, [this, key] {
        if (sse_.remove(key) > 0)
            Q_EMIT connectionsChanged();
    });
    Q_EMIT connectionsChanged();
}

void RealtimeHub::removeSse(quint64 key)
{
    const auto it = sse_.find(key);
    if (it == sse_.end())
        return;
    QPointer<QTcpSocket> socket = it->socket;
    sse_.erase(it);
    if (socket && socket->state() != QAbstractSocket::UnconnectedState)
        socket->disconnectFromHost();
    Q_EMIT connectionsChanged();
}

void RealtimeHub::addWebSocket(std::unique_ptr<QWebSocket> owned, std::optional<Subscriber> subscriber,
                               const QString &clientKey)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(config_.maxWebSocketMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(config_.maxWebSocketMessageBytes));
    const quint64 key = nextKey_++;
    Ws w;
    w.socket = socket;
    w.subscriber = std::move(subscriber);
    if (!w.subscriber) {
        w.reservedFor = clientKey;
        w.authTimer = new QTimer(socket);
        w.authTimer->setSingleShot(true);
        connect(w.authTimer, &QTimer::timeout, this, [this, key] {
            const auto it = ws_.find(key);
            if (it != ws_.end() && !it->subscriber)
                it->socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("auth"));
        });
        w.authTimer->start(kAuthTimeoutMs);
    }
    ws_.insert(key, w);
    connect(socket, &QWebSocket::disconnected, this, [this, key] { removeWs(key); });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, key](const QString &message) { onWsMessage(key, message); });
    if (ws_.value(key).subscriber) {
        socket->sendTextMessage(QStringLiteral("{\"kind\":\"verbonden\"}"));
        Q_EMIT connectionsChanged();
    }
}

void RealtimeHub::onWsMessage(quint64 key, const QString &message)
{
    const auto it = ws_.find(key);
    if (it == ws_.end() || it->subscriber)
        return; // after authentication clients have nothing to say
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString token = o.value(QStringLiteral("token")).toString();
    std::optional<Actor> actor;
    if (o.value(QStringLiteral("type")).toString() == QLatin1String("auth") && authenticateStaff)
        actor = authenticateStaff(token);
    if (!actor || !actor->isStaff()) {
        it->socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("auth"));
        return;
    }
    // Now it takes a slot: leave the pool, and wait for a free slot like any other login.
    releaseUnauthenticated(std::exchange(it->reservedFor, QString()));
    if (connectionCount() >= config_.maxRealtimeConnections) {
        constexpr auto kTryAgainLater = static_cast<QWebSocketProtocol::CloseCode>(1013); // RFC 6455 registry
        it->socket->close(kTryAgainLater, QStringLiteral("vol"));
        return;
    }
    it->subscriber = Subscriber{*actor, QString(), token};
    if (it->authTimer)
        it->authTimer->stop();
    it->socket->sendTextMessage(QStringLiteral("{\"kind\":\"verbonden\"}"));
}

void RealtimeHub::removeWs(quint64 key)
{
    const auto it = ws_.find(key);
    if (it == ws_.end())
        return;
    QWebSocket *socket = it->socket;
    if (!it->reservedFor.isEmpty())
        releaseUnauthenticated(it->reservedFor);
    const bool authenticated = it->subscriber.has_value();
    ws_.erase(it);
    socket->deleteLater();
    if (authenticated)
        Q_EMIT connectionsChanged();
}

void RealtimeHub::publish(const services::DomainEvent &event)
{
    deliver(event);
    if (relay)
        relay(event);
}

QSet<qint64> RealtimeHub::connectedInwoners() const
{
    QSet<qint64> out;
    for (const Sse &s : sse_) {
        if (s.subscriber.actor.role == Role::Inwoner && s.subscriber.actor.inwonerId > 0)
            out.insert(s.subscriber.actor.inwonerId);
    }
    for (const Ws &w : ws_) {
        if (w.subscriber && w.subscriber->actor.role == Role::Inwoner && w.subscriber->actor.inwonerId > 0)
            out.insert(w.subscriber->actor.inwonerId);
    }
    return out;
}

void RealtimeHub::deliver(const services::DomainEvent &event)
{
    if (sse_.isEmpty() && ws_.isEmpty())
        return;
    const QByteArray json = payload(event);
    const QByteArray frame = "data: " + json + "\n\n";
    for (auto it = sse_.begin(); it != sse_.end(); ++it) {
        if (it->socket && applies(event, it->subscriber.actor, services_.db))
            it->socket->write(frame);
    }
    const QString text = QString::fromUtf8(json);
    for (auto it = ws_.begin(); it != ws_.end(); ++it) {
        if (it->subscriber && applies(event, it->subscriber->actor, services_.db))
            it->socket->sendTextMessage(text);
    }
}

void RealtimeHub::heartbeat()
{
    QList<quint64> dropSse, dropWs;
    for (auto it = sse_.begin(); it != sse_.end(); ++it) {
        if (!it->socket || it->socket->bytesToWrite() > kMaxUnreadStreamBytes
            || (stillValid && !stillValid(it->subscriber)))
            dropSse.append(it.key());
        else
            it->socket->write(": ping\n\n");
    }
    for (auto it = ws_.begin(); it != ws_.end(); ++it) {
        if (it->subscriber && stillValid && !stillValid(*it->subscriber))
            dropWs.append(it.key());
        else
            it->socket->ping();
    }
    if (!dropSse.isEmpty() || !dropWs.isEmpty())
        qCInfo(lcRealtime) << "closing" << dropSse.size() + dropWs.size() << "ended realtime connections";
    for (quint64 key : dropSse)
        removeSse(key);
    for (quint64 key : dropWs) {
        const auto it = ws_.find(key);
        if (it != ws_.end())
            it->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("sessie"));
    }
}

void RealtimeHub::closeSession(const QString &sessionHash)
{
    QList<quint64> dropSse;
    for (auto it = sse_.begin(); it != sse_.end(); ++it) {
        if (it->subscriber.sessionHash == sessionHash)
            dropSse.append(it.key());
    }
    for (quint64 key : dropSse)
        removeSse(key);
    for (auto it = ws_.begin(); it != ws_.end(); ++it) {
        if (it->subscriber && it->subscriber->sessionHash == sessionHash)
            it->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("sessie"));
    }
}

void RealtimeHub::closeAll()
{
    const QList<quint64> sseKeys = sse_.keys();
    for (quint64 key : sseKeys)
        removeSse(key);
    const QList<quint64> wsKeys = ws_.keys();
    for (quint64 key : wsKeys) {
        const auto it = ws_.find(key);
        if (it == ws_.end())
            continue;
        QWebSocket *socket = it->socket;
        if (!it->reservedFor.isEmpty())
            releaseUnauthenticated(it->reservedFor);
        ws_.erase(it);
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        socket->deleteLater();
    }
}

} // namespace regie::web
