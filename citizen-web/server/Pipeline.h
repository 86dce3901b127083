#pragma once
// The request pipeline: every ordinary request goes the same way (docs/SERVER.md, "Request
// handling"):
//   path -> body limit -> static file, or route -> authenticate (bearer token or cookie
//   session) -> guard -> origin -> form -> CSRF -> handler -> save the session and set the
//   cookie -> write.
// Every refusal on the way is an error answer that is finished and written the same way.
// A handler may answer later (Context::defer, Response::later): the exchange is parked,
// the connection takes no further requests, and the answer is finished and written the
// same way when it comes (or 503 after Config::deferredTimeout).
// Realtime streams and upgrades branch off before it (server/RealtimeUpgrade.h).

#include "server/Config.h"
#include "server/Exchange.h"
#include "server/Web.h"

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace regie::web {

class RateLimiter;
class RealtimeHub;
class RouteTable;
class SessionStore;
class StaticFiles;
class TokenStore;
struct Route;

// GET: the idle-warning script polls it; its session lookup must not keep the session alive.
inline constexpr char kSessionStatusPath[] = "/sessie/status";

class RequestPipeline {
public:
    // What the pipeline works with; all owned by the Server and outliving the pipeline.
    struct Parts {
        const Config &config;
        services::ServiceContext &services;
        RouteTable &routes;
        const PageHooks &hooks;
        SessionStore &sessions;
        TokenStore &tokens;
        RateLimiter &rateLimiter;
        StaticFiles &staticFiles;
        RealtimeHub &hub;
        QObject &transport; // stops parsing a connection whose answer comes later
    };
    explicit RequestPipeline(const Parts &parts) : p_(parts) {}

    // Gives the exchange its cookie-session holder; every request that may touch a session needs one.
    void attachSessions(Exchange &x);
    // The whole way from the parsed request to the written answer. While shutting down
    // every request is answered 503 and its connection closed.
    void answer(const std::shared_ptr<Exchange> &x, bool shuttingDown);
    // A parked exchange's answer (DeferredAnswer): `finish` runs with the request's Context,
    // or the pipeline's own error answer when `finish` is empty.
    void answerLater(Exchange &x, const std::function<Response(Context &)> &finish, int errorStatus);
    // An error answer, finished (cookie) and written: for refusals outside the pipeline.
    void refuse(Exchange &x, int status);
    // problem+json under /api, else the pages' error page, else the built-in fallback page.
    Response errorResponse(Exchange &x, int status);
    void write(const Exchange &x, const Response &response);

private:
    Response process(Exchange &x);
    void park(const std::shared_ptr<Exchange> &x, const std::shared_ptr<Later> &later);
    Response serveAsset(Exchange &x);
    Response route(Exchange &x);
    std::optional<Response> authenticate(Exchange &x, const Route &route);
    std::optional<Response> checkRequest(Exchange &x, const Route &route);
    Response runHandler(Exchange &x, const Route &route);
    Response expiredOrLogin(Exchange &x);
    Context contextFor(Exchange &x, Session *session);

    Parts p_;
    // Parked answers hold a weak copy: a pipeline that is gone is not written through.
    std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

} // namespace regie::web
