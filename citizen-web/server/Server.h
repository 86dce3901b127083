#pragma once
// regie-server's HTTP core: builds the rooms and connects them. main.cpp and the tests
// create it the same way:
//
//   web::Server server(config, serviceContext);
//   web::mountModules(server);      // pages + API (server/modules/) + server routes
//   server.listen(&error);
//
// The rooms, each in its own files (docs/SERVER.md, "Rooms"):
//   Listener          TCP/TLS accept, connection limits (ConnectionGuard)
//   HttpTransport     the adapter over Qt HttpServer 6.4
//   RequestPipeline   parse -> session -> guard/origin/CSRF -> route -> finish/write (Wire)
//   RequestSessions   the cookie session of one request (SessionCookie, SessionStore)
//   RealtimeUpgrade   SSE streams and WebSocket upgrades, handed to the RealtimeHub
//   ErrorPage         the answers the server gives itself, with the fallback B1 page
// Background jobs are not the server's: main.cpp runs them (citizen-web/jobs/).
//
// All work happens on the thread that created the Server (one database connection).

#include "server/Config.h"
#include "server/RealtimeHub.h"
#include "server/Web.h"

#include <QtCore/QObject>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace regie::web {

class HttpTransport;
class Listener;
class Monitoring;
class RateLimiter;
class RealtimeUpgrade;
class RequestPipeline;
class RouteTable;
class SessionStore;
class StaticFiles;
class TokenStore;

class Server : public QObject {
    Q_OBJECT
public:
    Server(const Config &config, services::ServiceContext &services, QObject *parent = nullptr);
    ~Server() override;

    Router &router();
    PageHooks &hooks();
    // The server's own routes: GET /sessie/status, POST /api/v1/notificaties and the
    // monitoring routes /health/live, /health/ready and /metrics (server/Health.h).
    // Call once, before listen() (mountModules() in server/modules/ calls it).
    void mountServerRoutes();

    // Marks a registered route as a login route (RouteTable::throttlePerClient): the server
    // limits its requests per client before the handler runs. Throws for an unknown route.
    void throttlePerClient(const QString &method, const QString &pattern);

    bool listen(QString *error);
    quint16 port() const;
    const Config &config() const { return config_; }
    services::ServiceContext &services() { return services_; }

    SessionStore &sessionStore();
    TokenStore &tokens();
    RateLimiter &rateLimiter();
    RealtimeHub &realtime();
    // Health and metrics; main.cpp adds the koppelingen to its readiness checks.
    Monitoring &monitoring();

    // Stops accepting connections, ends streams, lets written responses drain (at most
    // graceMs), then calls done.
    void shutdown(int graceMs, std::function<void()> done);

private:
    bool onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void onMissing(const QHttpServerRequest &request, QTcpSocket *socket);

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
    Listener *listener_ = nullptr;
    std::unique_ptr<RequestPipeline> pipeline_;
    RealtimeUpgrade *upgrade_ = nullptr;
    Monitoring *monitoring_ = nullptr;
    bool shuttingDown_ = false;
};

} // namespace regie::web
