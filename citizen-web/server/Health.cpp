#include "server/Health.h"

#include "server/Metrics.h"
#include "server/RealtimeHub.h"

#include "crypto/Hash.h"
#include "services/Bedrijfscijfers.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcHealth, "regie.web.health")

Response noStore(Response r)
{
    r.headers.append(std::pair<QByteArray, QByteArray>{"Cache-Control", "no-store"});
    return r;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

} // namespace

Monitoring::Monitoring(const Config &config, services::ServiceContext &services, RealtimeHub &hub, QObject *parent)
    : QObject(parent), config_(config), services_(services), hub_(hub)
{
}

void Monitoring::mount(Router &router)
{
    router.get(QStringLiteral("/health/live"), Guard::Public, [this](Context &) { return live(); });
    router.get(QStringLiteral("/health/ready"), Guard::Public, [this](Context &) { return ready(); });
    // Webhook: the handler authenticates (the bearer token), no session or CSRF involved.
    router.get(QStringLiteral("/metrics"), Guard::Webhook, [this](Context &ctx) {
        const QByteArray expected = "Bearer " + config_.metricsToken.toUtf8();
        if (config_.metricsToken.isEmpty()
            || !crypto::constantTimeEquals(ctx.request.header("authorization"), expected))
            return noStore(Response::problem(404, QStringLiteral("Not Found")));
        return metrics();
    });
}

void Monitoring::addCheck(const QString &name, std::function<QString()> check)
{
    checks_.append({name, std::move(check)});
}

Response Monitoring::live() const
{
    return noStore(Response::json(QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("live")}})));
}

Response Monitoring::ready()
{
    QJsonObject checks;
    bool ok = true;
    const auto store = services::BedrijfscijfersLezen(services_).opslagBereikbaar(Actor::systeem());
    checks.insert(QStringLiteral("opslag"), store.ok() ? QStringLiteral("ok") : QStringLiteral("onbereikbaar"));
    ok = ok && store.ok();
    for (const auto &[name, check] : std::as_const(checks_)) {
        const QString why = check();
        checks.insert(name, why.isEmpty() ? QStringLiteral("ok") : why);
        ok = ok && why.isEmpty();
    }
    const QJsonObject body{{QStringLiteral("status"), ok ? QStringLiteral("ready") : QStringLiteral("not ready")},
                           {QStringLiteral("checks"), checks}};
    return noStore(Response::json(QJsonDocument(body), ok ? 200 : 503));
}

Response Monitoring::metrics()
{
    QList<Gauge> gauges{
        {"regie_up", "1 while regie-server runs.", {{QString(), 1}}},
        {"regie_realtime_streams", "Open live-update connections (SSE and authenticated WebSockets).",
         {{QStringLiteral("kind=\"sse\""), hub_.sseCount()},
          {QStringLiteral("kind=\"all\""), hub_.connectionCount()}}},
    };
    const QDateTime since = services_.now().addSecs(-config_.idleTimeout.count());
    const auto cijfers = services::BedrijfscijfersLezen(services_).lees(Actor::systeem(), since);
    gauges.append({"regie_store_up", "1 when the database answered this scrape.", {{QString(), cijfers.ok() ? 1.0 : 0.0}}});
    if (cijfers.ok()) {
        const services::Bedrijfscijfers &c = *cijfers.value;
        gauges.append({"regie_sessions_open", "Cookie sessions active within the idle timeout.", {{QString(), double(c.openSessies)}}});
        gauges.append({"regie_outbox_pending", "Outbox messages waiting to be sent.", {{QString(), double(c.outboxWachtend)}}});
        gauges.append({"regie_outbox_oldest_age_seconds", "Age of the oldest waiting outbox message (0: none).",
                       {{QString(), double(c.outboxOudsteSeconden)}}});
        gauges.append({"regie_outbox_failed", "Outbox messages given up after every attempt (need a beheerder).",
                       {{QString(), double(c.outboxMislukt)}}});
        gauges.append({"regie_sync_age_seconds", "Since the last successful Allegro sync (-1: never).",
                       {{QString(), double(c.syncLeeftijdSeconden)}}});
        gauges.append({"regie_sync_failing_inwoners", "Inwoners whose last Allegro sync failed.", {{QString(), double(c.syncFouten)}}});
        Gauge perStatus{"regie_withdrawals", "Withdrawal requests by state.", {}};
        for (const auto &[status, count] : c.verzoekenPerStatus)
            perStatus.samples.append({QStringLiteral("status=\"%1\"").arg(status), double(count)});
        gauges.append(perStatus);
    } else {
        qCWarning(lcHealth).noquote() << "metrics: the store did not answer:" << cijfers.error.message.left(200);
    }
    return noStore(Response::bytes(httpMetrics().exposition() + exposition(gauges),
                                   "text/plain; version=0.0.4; charset=utf-8"));
}

bool Monitoring::listen(QString *error)
{
    if (!config_.metricsListener())
        return true;
    server_ = new QTcpServer(this);
    server_->setMaxPendingConnections(kMaxConnections);
    if (!server_->listen(config_.metricsAddress, config_.metricsPort)) {
        *error = QStringLiteral("metrics/listen: cannot listen on %1:%2: %3")
                     .arg(config_.metricsAddress.toString())
                     .arg(config_.metricsPort)
                     .arg(server_->errorString());
        return false;
    }
    connect(server_, &QTcpServer::newConnection, this, &Monitoring::onConnection);
    return true;
}

quint16 Monitoring::port() const
{
    return server_ ? server_->serverPort() : 0;
}

void Monitoring::stop()
{
    if (server_)
        server_->close();
}

void Monitoring::onConnection()
{
    while (QTcpSocket *socket = server_->nextPendingConnection()) {
        if (open_ >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++open_;
        connect(socket, &QObject::destroyed, this, [this] { --open_; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); socket->deleteLater(); });
    }
}

// One request per connection: read the head, answer, close.
void Monitoring::answer(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    const QByteArray head = socket->peek(kMaxRequestBytes);
    if (!head.contains("\r\n\r\n") && head.size() < kMaxRequestBytes)
        return; // wait for the rest of the headers
    socket->setProperty("answered", true);
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray method = line.value(0), path = line.value(1);
    Response r = noStore(Response::problem(404, QStringLiteral("Not Found")));
    if (method != "GET" && method != "HEAD")
        r = noStore(Response::problem(405, QStringLiteral("Method Not Allowed")));
    else if (path == "/metrics")
        r = metrics();
    else if (path == "/health/live")
        r = live();
    else if (path == "/health/ready")
        r = ready();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\nContent-Type: "
                     + r.contentType + "\r\nContent-Length: " + QByteArray::number(r.body.size())
                     + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (method != "HEAD")
        out += r.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace regie::web
