#include "server/RealtimeUpgrade.h"

#include "server/ConnectionGuard.h"
#include "server/Csrf.h"
#include "server/Exchange.h"
#include "server/HttpTransport.h"
#include "server/Pipeline.h"
#include "server/SessionStore.h"
#include "server/TokenStore.h"
#include "server/Wire.h"

#include <QtCore/QDateTime>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>
#include <QtWebSockets/QWebSocket>

namespace regie::web {
namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

QByteArray eventStreamHead(const Config &config, const Exchange &x)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                      "Cache-Control: no-store\r\nX-Accel-Buffering: no\r\nConnection: close\r\n";
    for (const auto &[k, v] : wire::securityHeaders(config, x.request.secure, false))
        head += k + ": " + v + "\r\n";
    head += "X-Request-Id: " + x.requestId.toLatin1() + "\r\n\r\n";
    return head + "retry: 5000\n: verbonden\n\n";
}

} // namespace

RealtimeUpgrade::RealtimeUpgrade(const Config &config, RealtimeHub &hub, TokenStore &tokens,
                                 RequestPipeline &pipeline, HttpTransport &transport, QObject *parent)
    : QObject(parent), config_(config), hub_(hub), tokens_(tokens), pipeline_(pipeline), transport_(transport)
{
    connect(&transport_, &HttpTransport::newWebSocketConnection, this, &RealtimeUpgrade::onNewWebSocket);
}

bool RealtimeUpgrade::isStream(const Exchange &x)
{
    return x.pathOk && x.request.path == QLatin1String("/events") && x.request.method == QLatin1String("GET");
}

bool RealtimeUpgrade::isUpgrade(const Exchange &x)
{
    return x.request.header("upgrade").toLower() == "websocket";
}

void RealtimeUpgrade::openStream(Exchange &x)
{
    x.routeLabel = QStringLiteral("/events");
    const Admitted admitted = admitCookieSession(x);
    if (admitted.refusal != 0) {
        pipeline_.refuse(x, admitted.refusal);
        return;
    }
    x.socket->write(eventStreamHead(config_, x));
    // A stream answers nothing more: whatever the client still sends is dropped, not parsed.
    if (ConnectionGuard *g = ConnectionGuard::of(x.socket))
        g->stopRequests(&transport_);
    hub_.addSse(x.socket, *admitted.subscriber);
    logAccess(x.accessLog(200));
}

bool RealtimeUpgrade::acceptUpgrade(Exchange &x, bool shuttingDown)
{
    const Request &r = x.request;
    if (shuttingDown)
        return refuseUpgrade(x, 503);
    const bool staffWs = r.path == QLatin1String("/api/v1/ws");
    if (r.method != QLatin1String("GET") || (!staffWs && r.path != QLatin1String("/ws")))
        return refuseUpgrade(x, 404);
    // A cookie-authenticated WebSocket must come from our own pages (no cross-site hijack).
    if (foreignOrigin(r, config_))
        return refuseUpgrade(x, 403);
    forgetStalePending();
    if (pendingUpgrades_.size() >= kMaxPendingUpgrades)
        return refuseUpgrade(x, 503);
    const Admitted admitted = staffWs ? admitStaff(r) : admitCookieSession(x);
    if (admitted.refusal != 0)
        return refuseUpgrade(x, admitted.refusal);
    QString reservedFor;
    if (!admitted.subscriber) {
        // Staff who will authenticate by message: a place in the small unauthenticated pool.
        const RealtimeHub::Admission a = hub_.reserveUnauthenticated(r.clientKey);
        if (a != RealtimeHub::Admission::Ok)
            return refuseUpgrade(x, a == RealtimeHub::Admission::TooManyTotal ? 503 : 429);
        reservedFor = r.clientKey;
    }
    if (ConnectionGuard *g = ConnectionGuard::of(x.socket))
        g->setStreaming();
    pendingUpgrades_.insert(peerKey(x.socket->peerAddress(), x.socket->peerPort()),
                            PendingUpgrade{admitted.subscriber, QDateTime::currentMSecsSinceEpoch(), reservedFor});
    AccessLogEntry entry = x.accessLog(101);
    entry.route = r.path;
    logAccess(entry);
    return true; // write nothing: Qt completes the WebSocket handshake
}

// An inwoner or ketenpartner with a live cookie session and room for one more connection.
RealtimeUpgrade::Admitted RealtimeUpgrade::admitCookieSession(Exchange &x)
{
    x.sessions->lookup(x.request, false);
    const Session *s = x.sessions->current();
    if (!s || (s->actor.role != Role::Inwoner && s->actor.role != Role::Ketenpartner))
        return {401, std::nullopt};
    const QString hash = SessionStore::hashId(s->id);
    const RealtimeHub::Admission a = hub_.admit(hash);
    if (a != RealtimeHub::Admission::Ok)
        return {a == RealtimeHub::Admission::TooManyTotal ? 503 : 429, std::nullopt};
    return {0, Subscriber{s->actor, hash, {}}};
}

// Staff may send the token on the handshake; without one the hub waits for an auth message.
RealtimeUpgrade::Admitted RealtimeUpgrade::admitStaff(const Request &r)
{
    std::optional<Subscriber> subscriber;
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Bearer ")) {
        const QString token = QString::fromLatin1(auth.mid(7).trimmed());
        const std::optional<Actor> actor = tokens_.validate(token);
        if (!actor || !actor->isStaff())
            return {401, std::nullopt};
        subscriber = Subscriber{*actor, QString(), token};
    }
    if (hub_.admit(QString()) != RealtimeHub::Admission::Ok)
        return {503, std::nullopt};
    return {0, subscriber};
}

bool RealtimeUpgrade::refuseUpgrade(const Exchange &x, int status)
{
    pendingRefusal_ = x.api ? Response::problem(status, QString::fromLatin1(wire::reason(status)))
                            : Response::bytes({}, "text/plain; charset=utf-8", status);
    return false; // Qt then calls missingHandler and closes the connection
}

void RealtimeUpgrade::writeRefusal(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange x(socket, request);
    x.api = request.url().path().startsWith(QLatin1String("/api/"));
    x.closeAfter = true;
    x.routeLabel = QStringLiteral("(websocket)");
    const Response response = pendingRefusal_ ? *pendingRefusal_ : Response::bytes({}, "text/plain", 404);
    pendingRefusal_.reset();
    pipeline_.write(x, response);
}

void RealtimeUpgrade::onNewWebSocket()
{
    while (transport_.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> ws = transport_.nextPendingWebSocketConnection();
        if (!ws)
            break;
        const auto it = pendingUpgrades_.find(peerKey(ws->peerAddress(), ws->peerPort()));
        if (it == pendingUpgrades_.end()) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        std::optional<Subscriber> subscriber = it->subscriber;
        const QString reservedFor = it->reservedFor;
        pendingUpgrades_.erase(it);
        hub_.addWebSocket(std::move(ws), std::move(subscriber), reservedFor);
    }
}

void RealtimeUpgrade::forgetStalePending()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = pendingUpgrades_.begin(); it != pendingUpgrades_.end();) {
        if (now - it->acceptedAtMs > kPendingUpgradeMs) {
            if (!it->reservedFor.isEmpty())
                hub_.releaseUnauthenticated(it->reservedFor);
            it = pendingUpgrades_.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace regie::web
