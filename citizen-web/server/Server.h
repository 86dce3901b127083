#pragma once
// regie-server's HTTP core: one object that listens, routes, enforces sessions, CSRF,
// guards and limits, sets the security headers on every response and pushes realtime
// events. main.cpp and the tests create it the same way:
//
//   web::Server server(config, serviceContext);
//   web::mountModules(server);      // pages + API (server/modules/) + server routes
//   server.listen(&error);
//
// All work happens on the thread that created the Server (one database connection).

#include "server/Config.h"
#include "server/RealtimeHub.h"
#include "server/Web.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;
class QTcpServer;

namespace regie::web {

class HttpTransport;
class RateLimiter;
class RouteTable;
class SessionStore;
class StaticFiles;
class TokenStore;

inline constexpr char kSessionCookie[] = "regie_sessie";

class Server : public QObject {
    Q_OBJECT
public:
    Server(const Config &config, services::ServiceContext &services, QObject *parent = nullptr);
    ~Server() override;

    Router &router();
    PageHooks &hooks();
    // The server's own routes: GET /sessie/status and POST /api/v1/notificaties.
    // Call once, before listen() (mountModules() in server/modules/ calls it).
    void mountServerRoutes();

    bool listen(QString *error);
    quint16 port() const;
    const Config &config() const { return config_; }
    services::ServiceContext &services() { return services_; }

    SessionStore &sessionStore();
    TokenStore &tokens();
    RateLimiter &rateLimiter();
    RealtimeHub &realtime();

    // Stops accepting connections, ends streams, lets written responses drain (at most
    // graceMs), then calls done.
    void shutdown(int graceMs, std::function<void()> done);
    // Periodic system work: expiring waiting requests, purging expired sessions/tokens.
    void runSystemJobs();

private:
    struct Exchange;
    bool onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void onMissing(const QHttpServerRequest &request, QTcpSocket *socket);
    void onNewWebSocket();

    Response process(Exchange &x);
    Response routeRequest(Exchange &x);
    bool handleStream(Exchange &x);
    bool handleUpgrade(Exchange &x);
    Response errorResponse(Exchange &x, int status);
    Response expiredOrLogin(Exchange &x, bool expired);
    bool foreignOrigin(const Request &request) const;
    void lookupSession(Exchange &x, bool touch);
    void finish(Exchange &x, Response &response);
    void write(QTcpSocket *socket, const Exchange &x, const Response &response);
    QList<std::pair<QByteArray, QByteArray>> securityHeaders(bool secure, bool api) const;
    QByteArray rawRefusal413() const;
    static QByteArray reason(int status);

    Config config_;
    services::ServiceContext &services_;
    std::unique_ptr<RouteTable> routes_;
    PageHooks hooks_;
    std::unique_ptr<SessionStore> sessions_;
    std::unique_ptr<TokenStore> tokens_;
    std::unique_ptr<RateLimiter> rateLimiter_;
    std::unique_ptr<StaticFiles> static_;
    RealtimeHub *hub_ = nullptr;
    HttpTransport *transport_ = nullptr;
    QTcpServer *listener_ = nullptr;
    QTimer systemJobs_;
    bool shuttingDown_ = false;
    // A refused WebSocket upgrade: handleRequest must return false (else Qt upgrades
    // anyway), and missingHandler then writes this.
    std::optional<Response> pendingRefusal_;
    // Accepted upgrades waiting for Qt's WebSocket handshake, by peer "address|port".
    struct PendingUpgrade {
        std::optional<Subscriber> subscriber; // empty: staff must authenticate by message
        qint64 acceptedAtMs = 0;
    };
    QHash<QString, PendingUpgrade> pendingUpgrades_;
};

} // namespace regie::web
