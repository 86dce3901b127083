#include "server/Server.h"

#include "server/ConnectionGuard.h"
#include "server/Exchange.h"
#include "server/Health.h"
#include "server/HttpTransport.h"
#include "server/Listener.h"
#include "server/Pipeline.h"
#include "server/RateLimiter.h"
#include "server/RealtimeUpgrade.h"
#include "server/RouteTable.h"
#include "server/SessionStore.h"
#include "server/StaticFiles.h"
#include "server/TokenStore.h"
#include "server/ZgwWebhook.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <utility>

namespace regie::web {
namespace {
Q_LOGGING_CATEGORY(lcServer, "regie.web.server")
}

Server::Server(const Config &config, services::ServiceContext &services, QObject *parent)
    : QObject(parent), config_(config), services_(services), routes_(std::make_unique<RouteTable>())
{
    sessions_ = std::make_unique<SessionStore>(services_, config_);
    tokens_ = std::make_unique<TokenStore>(services_, config_.accessTokenLifetime, config_.refreshTokenLifetime);
    rateLimiter_ = std::make_unique<RateLimiter>(config_.loginAttemptsPerAddress, config_.loginAttemptsPerUsername,
                                                 config_.loginWindow, services_.clock, config_.loginRequestsPerClient);
    static_ = std::make_unique<StaticFiles>(config_.assetsDir);
    hub_ = new RealtimeHub(services_, config_, this);
    hub_->stillValid = [this](const Subscriber &s) {
        if (!s.sessionHash.isEmpty())
            return sessions_->aliveByHash(s.sessionHash);
        return tokens_->validate(s.accessToken).has_value();
    };
    hub_->authenticateStaff = [this](const QString &token) { return tokens_->validate(token); };
    // Services publish after commit on this thread; forward at once.
    services_.publish = [hub = QPointer<RealtimeHub>(hub_)](const services::DomainEvent &event) {
        if (hub)
            hub->publish(event);
    };

    transport_ = new HttpTransport(
        [this](const QHttpServerRequest &r, QTcpSocket *s) { return onRequest(r, s); },
        [this](const QHttpServerRequest &r, QTcpSocket *s) { onMissing(r, s); }, this);
    pipeline_ = std::make_unique<RequestPipeline>(RequestPipeline::Parts{
        config_, services_, *routes_, hooks_, *sessions_, *tokens_, *rateLimiter_, *static_, *hub_, *transport_});
    upgrade_ = new RealtimeUpgrade(config_, *hub_, *tokens_, *pipeline_, *transport_, this);
    listener_ = new Listener(config_, this);
    monitoring_ = new Monitoring(config_, services_, *hub_, this);
}

Server::~Server()
{
    services_.publish = nullptr;
}

Router &Server::router() { return *routes_; }
PageHooks &Server::hooks() { return hooks_; }
SessionStore &Server::sessionStore() { return *sessions_; }
TokenStore &Server::tokens() { return *tokens_; }
RateLimiter &Server::rateLimiter() { return *rateLimiter_; }
RealtimeHub &Server::realtime() { return *hub_; }
Monitoring &Server::monitoring() { return *monitoring_; }

void Server::mountServerRoutes()
{
    // The lookup for this path does not touch the session (RequestPipeline), so polling
    // never keeps an abandoned session alive.
    routes_->get(QString::fromLatin1(kSessionStatusPath), Guard::Public, [this](Context &ctx) {
        QJsonObject o;
        const qint64 left = ctx.session ? sessions_->idleSecondsLeft(*ctx.session) : 0;
        o.insert(QStringLiteral("active"), ctx.session != nullptr);
        o.insert(QStringLiteral("idleSecondsLeft"), left);
        o.insert(QStringLiteral("warnAtSecondsLeft"),
                 static_cast<qint64>((config_.idleTimeout - config_.idleWarning).count()));
        return Response::json(QJsonDocument(o));
    });
    mountZgwWebhook(*routes_);
    monitoring_->mount(*routes_);
}

void Server::throttlePerClient(const QString &method, const QString &pattern)
{
    routes_->throttlePerClient(method, pattern);
}

bool Server::listen(QString *error)
{
    if (!listener_->listen(error) || !monitoring_->listen(error))
        return false;
    transport_->bind(listener_->server());
    static bool warned = false; // once per process: tests start many servers
    if (!config_.httpsOrigin() && !std::exchange(warned, true))
        qCWarning(lcServer) << "the public origin is plain http: cookies go without Secure and without the"
                               " __Host- prefix (browsers refuse both on http); use this only for development"
                               " on loopback, and set --public-origin https://... behind a TLS proxy";
    return true;
}

quint16 Server::port() const
{
    return listener_->port();
}

bool Server::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto x = std::make_shared<Exchange>(socket, request);
    x->readRequest(request, config_.trustedProxies);
    pipeline_->attachSessions(*x);
    if (ConnectionGuard *guard = ConnectionGuard::of(socket)) {
        guard->requestDone();
        if (guard->refused())
            return true; // the guard's refusal went out already
    }
    if (RealtimeUpgrade::isUpgrade(*x))
        return upgrade_->acceptUpgrade(*x, shuttingDown_);
    if (RealtimeUpgrade::isStream(*x) && !shuttingDown_) {
        upgrade_->openStream(*x);
        return true;
    }
    pipeline_->answer(x, shuttingDown_);
    return true;
}

void Server::onMissing(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Reached only for refused WebSocket upgrades (every other request is answered).
    upgrade_->writeRefusal(request, socket);
}

void Server::shutdown(int graceMs, std::function<void()> done)
{
    shuttingDown_ = true;
    listener_->stopAccepting();
    monitoring_->stop();
    hub_->closeAll();
    auto *poll = new QTimer(this);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(poll, &QTimer::timeout, this, [this, poll, started, graceMs, done] {
        if (listener_->drain() == 0 || started->elapsed() > graceMs) {
            poll->stop();
            poll->deleteLater();
            if (done)
                done();
        }
    });
    poll->start(50);
}

} // namespace regie::web
