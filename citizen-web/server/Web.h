#pragma once
// The seam between regie-server's HTTP machinery (citizen-web/server/) and what it serves:
// the inwoner pages (citizen-web/pages/) and the staff JSON API (citizen-web/api/).
//
// The server parses requests, finds the session from the cookie (or the bearer token for
// the API), checks CSRF on every POST with a session, enforces the route's Guard, bounds
// body sizes, sets the security headers on every response and hands a Context to the
// handler. Handlers call core services (regie::services) and never touch the database.
//
// Transport details of Qt HttpServer 6.4 stay behind this header (Qt 6.8 changes that API).

#include "base/Html.h"
#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace regie::web {

struct Request {
    QString method;                       // "GET", "POST", ...
    QString path;                         // decoded path, e.g. "/verzoeken/abc123"
    QUrlQuery query;
    QHash<QString, QString> pathArgs;     // from the route pattern, e.g. {"id": "abc123"}
    QHash<QByteArray, QByteArray> headers;// names in lower case
    QHash<QString, QString> cookies;
    QByteArray body;                      // at most Config::maxBodyBytes (else 413 before the handler)
    QMap<QString, QString> form;          // parsed application/x-www-form-urlencoded body (UTF-8)
    // The client: the peer, or behind a trusted proxy the proxy's client (server/ClientAddress.h).
    QString remoteAddress;
    QString clientKey;                    // what per-client limits count under (IPv6 per /64)
    bool secure = false;                  // arrived over TLS on this socket (not: the browser's origin)

    QString formValue(const QString &name) const { return form.value(name); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct Response {
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers (Set-Cookie is done by the server)
    bool deferred = false;                // Response::later(): the answer follows through Later

    static Response html(const QString &page, int status = 200);
    static Response html(const base::Html &page, int status = 200);
    static Response redirect(const QString &location, int status = 303); // after a POST: 303 See Other
    static Response json(const QJsonDocument &document, int status = 200);
    // RFC 9457 problem+json: type, title, status, detail, plus "invalidParams" [{name, code, reason}].
    static Response problem(int status, const QString &title, const QString &detail = {},
                            const QList<services::FieldError> &invalidParams = {});
    static Response bytes(const QByteArray &data, const QByteArray &contentType, int status = 200);
    // What a handler returns after Context::defer(): the answer comes through Later::answer.
    static Response later();
};

enum class Language { Nederlands, Engels };

// Server-side session (random id in an HttpOnly, SameSite=Lax cookie; Secure and __Host-
// named when the public origin is https, server/SessionCookie.h).
struct Session {
    QString id;
    Actor actor;
    QString csrfToken;                    // put in every form as hidden field "csrf"
    QDateTime createdAt, lastSeenAt;      // idle timeout 15 min (warning at 13), absolute timeout
    Language language = Language::Nederlands;
    QString flash;                        // one-time message shown on the next page
    bool demoLogin = false;               // logged in through the demo test login page
};

struct Config; // server configuration (citizen-web/server/Config.h)
class TokenStore;  // staff access/refresh tokens (citizen-web/server/TokenStore.h)
class RateLimiter; // login attempt limiting (citizen-web/server/RateLimiter.h)

// Starting and ending cookie sessions, for the login routes (demo login, DigiD callback,
// ketenpartner login) and logout. Implemented by the server.
class SessionControl {
public:
    virtual ~SessionControl() = default;
    // Creates a new session (new id: no fixation), sets the cookie on the response the
    // handler returns, audits the login. Returns the new session.
    virtual Session *begin(const Actor &actor, bool demoLogin) = 0;
    virtual void end(Session *session) = 0;            // logout: deletes it, clears the cookie
    virtual void endAllFor(qint64 userId, qint64 inwonerId) = 0; // "overal uitloggen"
};

struct Context;

// An answer that comes later. A handler that must wait for a system outside (the DigiD
// broker) calls Context::defer(), starts the work, returns Response::later(), and calls
// answer() when the work is done; the server answers other requests meanwhile. The
// connection closes after the later answer (requests pipelined behind it are not read).
class Later {
public:
    virtual ~Later() = default;
    // Runs `finish` with this request's Context (session control works as in a handler) and
    // sends what it returns. Only the first call counts. When the server gave up first
    // (Config::deferredTimeout: it answered 503) or the client left, `finish` does not run.
    virtual void answer(std::function<Response(Context &)> finish) = 0;
};

// What a handler gets. `session` is null on public routes without a login.
struct Context {
    Request &request;
    Session *session;
    services::ServiceContext &services;
    const Config &config;
    SessionControl &sessions;

    const Actor &actor() const { return session->actor; }
    Language language() const { return session ? session->language : Language::Nederlands; }

    // Added by the server (always set by it; null only in hand-built test contexts).
    // On Guard::Staff routes `session` points at a transient Session (not stored, no cookie)
    // that carries the actor from the bearer token, so actor() works the same everywhere.
    TokenStore *tokens = nullptr;      // API login/refresh/logout
    RateLimiter *rateLimiter = nullptr;// login handlers call it before checking credentials
    // For a handler that answers later (see Later). Null outside the request pipeline.
    std::function<std::shared_ptr<Later>()> defer = nullptr;
};

enum class Guard {
    Public,        // anyone (start page, login, accessibility statement, assets)
    Inwoner,       // a logged-in inwoner (cookie session)
    Ketenpartner,  // a logged-in ketenpartner (cookie session)
    Staff,         // medewerker, teamleider or beheerder with a bearer access token (API)
    Webhook        // machine callers authenticated by the handler itself (ZGW notificaties)
};

using Handler = std::function<Response(Context &)>;

// Patterns are literal segments and {name} placeholders: "/verzoeken/{id}/intrekken".
class Router {
public:
    virtual ~Router() = default;
    virtual void add(const QString &method, const QString &pattern, Guard guard, Handler handler) = 0;
    void get(const QString &pattern, Guard guard, Handler handler) { add(QStringLiteral("GET"), pattern, guard, std::move(handler)); }
    void post(const QString &pattern, Guard guard, Handler handler) { add(QStringLiteral("POST"), pattern, guard, std::move(handler)); }
};

// What the pages module offers the server for responses it renders itself (404, 413, 500,
// expired session) so every error is a B1 page for inwoners. For the API the server uses
// problem+json instead.
struct PageHooks {
    std::function<Response(Context &, int status)> errorPage;
    // Added by the server: optional, errorPage(ctx, 401) is used when unset.
    // The cookie named a session that timed out (idle or absolute): "Je sessie is verlopen".
    std::function<Response(Context &)> sessionExpired;
    // A guarded page without any session, e.g. a redirect to the login page.
    std::function<Response(Context &)> loginRequired;
};

// Realtime: services publish DomainEvents; the server's hub pushes them to open pages
// (Server-Sent Events at /events, WebSocket at /ws) of the inwoner concerned and to staff.
// Pages only need to know the event kinds (ServiceContext.h: DomainEvent::kind).

} // namespace regie::web
