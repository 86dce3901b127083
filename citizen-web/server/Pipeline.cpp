#include "server/Pipeline.h"

#include "server/ConnectionGuard.h"
#include "server/Csrf.h"
#include "server/DeferredAnswer.h"
#include "server/ErrorPage.h"
#include "server/RateLimiter.h"
#include "server/RequestParsing.h"
#include "server/RouteTable.h"
#include "server/SessionCookie.h"
#include "server/SessionStore.h"
#include "server/StaticFiles.h"
#include "server/TokenStore.h"

#include <QtCore/QLoggingCategory>
#include <QtNetwork/QTcpSocket>

#include <exception>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcPipeline, "regie.web.server")

Response unauthorizedBearer(TokenFout why)
{
    Response resp = Response::problem(401, QStringLiteral("Unauthorized"),
                                      why == TokenFout::Verlopen ? QStringLiteral("Het toegangstoken is verlopen.")
                                                                 : QStringLiteral("Een geldig toegangstoken is nodig."));
    resp.headers.append(std::pair<QByteArray, QByteArray>{
        "WWW-Authenticate", why == TokenFout::Verlopen
                                ? QByteArray("Bearer error=\"invalid_token\", error_description=\"expired\"")
                                : QByteArray("Bearer")});
    return resp;
}

} // namespace

void RequestPipeline::attachSessions(Exchange &x)
{
    x.sessions = std::make_unique<RequestSessions>(p_.sessions, p_.hub, p_.config.httpsOrigin());
}

void RequestPipeline::answer(const std::shared_ptr<Exchange> &x, bool shuttingDown)
{
    Response response = shuttingDown ? errorResponse(*x, 503) : process(*x);
    // Always taken back: the exchange must not keep its own Later (and so itself) alive.
    const std::shared_ptr<Later> later = std::exchange(x->later, nullptr);
    if (response.deferred && later) {
        park(x, later);
        return;
    }
    if (later)
        std::static_pointer_cast<DeferredAnswer>(later)->abandon();
    if (response.deferred) {
        qCWarning(lcPipeline) << "handler for route" << x->routeLabel << "answered later without defer()";
        response = errorResponse(*x, 500);
    }
    if (shuttingDown)
        x->closeAfter = true;
    x->sessions->finish(response);
    write(*x, response);
}

void RequestPipeline::park(const std::shared_ptr<Exchange> &x, const std::shared_ptr<Later> &later)
{
    // One answer at a time per connection: this one goes out last, so nothing is read after it.
    x->closeAfter = true;
    if (ConnectionGuard *guard = ConnectionGuard::of(x->socket)) {
        guard->stopRequests(&p_.transport);
        guard->setAwaitingAnswer(true);
    }
    std::static_pointer_cast<DeferredAnswer>(later)->park(
        std::chrono::duration_cast<std::chrono::milliseconds>(p_.config.deferredTimeout));
}

void RequestPipeline::answerLater(Exchange &x, const std::function<Response(Context &)> &finish, int errorStatus)
{
    if (ConnectionGuard *guard = ConnectionGuard::of(x.socket))
        guard->setAwaitingAnswer(false);
    if (!x.socket || x.socket->state() != QAbstractSocket::ConnectedState) {
        logAccess(x.accessLog(499)); // the client left before the answer was ready
        return;
    }
    Response response;
    if (finish) {
        Context ctx = contextFor(x, x.staff ? &x.staffSession : x.sessions->current());
        try {
            response = finish(ctx);
        } catch (const std::exception &e) {
            qCWarning(lcPipeline) << "later answer failed for route" << x.routeLabel << ":" << e.what();
            response = errorResponse(x, 500);
        }
        if (response.deferred)
            response = errorResponse(x, 500);
    } else {
        response = errorResponse(x, errorStatus);
    }
    x.sessions->finish(response);
    write(x, response);
}

void RequestPipeline::refuse(Exchange &x, int status)
{
    Response response = errorResponse(x, status);
    x.sessions->finish(response);
    write(x, response);
}

void RequestPipeline::write(const Exchange &x, const Response &response)
{
    QTcpSocket *socket = x.socket;
    if (!socket)
        return;
    socket->write(wire::responseBytes(p_.config, response, x.framing()));
    if (x.closeAfter)
        socket->disconnectFromHost();
    logAccess(x.accessLog(response.status));
}

Response RequestPipeline::process(Exchange &x)
{
    const Request &r = x.request;
    if (!x.pathOk)
        return errorResponse(x, 404);
    const qint64 limit = x.api ? p_.config.maxApiBodyBytes : p_.config.maxPageBodyBytes;
    bool lengthOk = true;
    const qint64 declared = r.header("content-length").toLongLong(&lengthOk);
    if (r.body.size() > limit || (lengthOk && declared > limit))
        return errorResponse(x, 413);
    // Two copies of one of our cookies: someone planted one (cookie tossing); believe neither.
    for (const QString &name : std::as_const(x.repeatedCookies)) {
        if (isGuardedCookieName(name))
            return errorResponse(x, 400);
    }
    if (r.path.startsWith(QLatin1String("/assets/")))
        return serveAsset(x);
    return route(x);
}

Response RequestPipeline::serveAsset(Exchange &x)
{
    const Request &r = x.request;
    x.routeLabel = QStringLiteral("/assets/{file}");
    if (r.method != QLatin1String("GET") && r.method != QLatin1String("HEAD")) {
        Response resp = errorResponse(x, 405);
        resp.headers.append(std::pair<QByteArray, QByteArray>{"Allow", "GET, HEAD"});
        return resp;
    }
    const std::optional<StaticFiles::File> file =
        p_.staticFiles.lookup(x.encodedPath.mid(static_cast<qsizetype>(qstrlen("/assets/"))));
    if (!file)
        return errorResponse(x, 404);
    x.cacheableAsset = true;
    Response resp = Response::bytes(file->data, file->mimeType);
    if (r.header("if-none-match") == file->etag) {
        resp = Response::bytes({}, {}, 304);
        resp.contentType.clear();
    }
    resp.headers.append(std::pair<QByteArray, QByteArray>{"ETag", file->etag});
    return resp;
}

Response RequestPipeline::route(Exchange &x)
{
    const RouteMatch m = p_.routes.match(x.request.method, x.segments);
    if (!m.route) {
        if (m.allowed.isEmpty())
            return errorResponse(x, 404);
        x.routeLabel = QStringLiteral("(405)");
        Response resp = errorResponse(x, 405);
        resp.headers.append(std::pair<QByteArray, QByteArray>{"Allow", m.allowed.join(QStringLiteral(", ")).toLatin1()});
        return resp;
    }
    const Route &route = *m.route;
    x.routeLabel = route.pattern;
    x.guard = route.guard;
    x.request.pathArgs = m.args;
    if (route.throttled && !p_.rateLimiter.allowRequest(x.request.clientKey)) {
        Response resp = errorResponse(x, 429);
        resp.headers.append(std::pair<QByteArray, QByteArray>{
            "Retry-After", QByteArray::number(p_.rateLimiter.requestRetryAfterSeconds(x.request.clientKey))});
        return resp;
    }
    if (std::optional<Response> refusal = authenticate(x, route))
        return *refusal;
    if (std::optional<Response> refusal = checkRequest(x, route))
        return *refusal;
    return runHandler(x, route);
}

// Staff routes carry a bearer token; pages the cookie session. Webhooks authenticate themselves.
std::optional<Response> RequestPipeline::authenticate(Exchange &x, const Route &route)
{
    if (route.guard == Guard::Staff) {
        const QByteArray auth = x.request.header("authorization");
        TokenFout why = TokenFout::Ongeldig;
        std::optional<Actor> actor;
        if (auth.startsWith("Bearer ") && auth.size() < 200)
            actor = p_.tokens.validate(QString::fromLatin1(auth.mid(7).trimmed()), &why);
        if (!actor || !actor->isStaff())
            return unauthorizedBearer(why);
        x.staff = true;
        x.staffSession.actor = *actor;
    } else if (!x.api && route.guard != Guard::Webhook) {
        x.sessions->lookup(x.request, route.pattern != QLatin1String(kSessionStatusPath));
    }
    return std::nullopt;
}

// The guard's role, then for unsafe methods the origin, the form's limits and the CSRF token.
std::optional<Response> RequestPipeline::checkRequest(Exchange &x, const Route &route)
{
    Request &r = x.request;
    Session *session = x.staff ? &x.staffSession : x.sessions->current();
    if (route.guard == Guard::Inwoner || route.guard == Guard::Ketenpartner) {
        if (!session)
            return expiredOrLogin(x);
        const Role wanted = route.guard == Guard::Inwoner ? Role::Inwoner : Role::Ketenpartner;
        if (session->actor.role != wanted)
            return errorResponse(x, 403);
    }
    const bool unsafe = !safeMethod(r.method) && route.guard != Guard::Webhook;
    if (unsafe && foreignOrigin(r, p_.config))
        return errorResponse(x, 403);
    if (isFormContentType(r.header("content-type"))) {
        const FormError fe = parseForm(r.body, p_.config.maxFormFields, p_.config.maxFormFieldLength, &r.form);
        if (fe == FormError::TooManyFields || fe == FormError::FieldTooLong)
            return errorResponse(x, 413);
        if (fe != FormError::None)
            return errorResponse(x, 400);
    }
    // Every state-changing request on a cookie session carries the session's token.
    if (unsafe && !x.staff && x.sessions->current() && !csrfTokenMatches(r, *x.sessions->current()))
        return errorResponse(x, 403);
    return std::nullopt;
}

Response RequestPipeline::runHandler(Exchange &x, const Route &route)
{
    Context ctx = contextFor(x, x.staff ? &x.staffSession : x.sessions->current());
    ctx.defer = [this, &x]() -> std::shared_ptr<Later> {
        if (!x.later)
            x.later = std::make_shared<DeferredAnswer>(*this, alive_, x.shared_from_this());
        return x.later;
    };
    try {
        return route.handler(ctx);
    } catch (const std::exception &e) {
        qCWarning(lcPipeline) << "handler failed for route" << route.pattern << ":" << e.what();
    } catch (...) {
        qCWarning(lcPipeline) << "handler failed for route" << route.pattern;
    }
    return errorResponse(x, 500);
}

Response RequestPipeline::errorResponse(Exchange &x, int status)
{
    if (x.api)
        return serverProblem(status);
    if (p_.hooks.errorPage) {
        Context ctx = contextFor(x, x.sessions->current());
        try {
            Response resp = p_.hooks.errorPage(ctx, status);
            resp.status = status;
            return resp;
        } catch (...) {
            qCWarning(lcPipeline) << "error page hook failed";
        }
    }
    return Response::html(fallbackPage(status), status);
}

Response RequestPipeline::expiredOrLogin(Exchange &x)
{
    Context ctx = contextFor(x, nullptr);
    const bool expired = x.sessions->expired();
    if (expired && p_.hooks.sessionExpired)
        return p_.hooks.sessionExpired(ctx);
    if (!expired && p_.hooks.loginRequired)
        return p_.hooks.loginRequired(ctx);
    return errorResponse(x, 401);
}

Context RequestPipeline::contextFor(Exchange &x, Session *session)
{
    Context ctx{x.request, session, p_.services, p_.config, *x.sessions};
    ctx.tokens = &p_.tokens;
    ctx.rateLimiter = &p_.rateLimiter;
    return ctx;
}

} // namespace regie::web
