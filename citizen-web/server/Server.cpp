#include "server/Server.h"

#include "server/HttpTransport.h"
#include "server/JsonLog.h"
#include "server/RateLimiter.h"
#include "server/RequestParsing.h"
#include "server/RouteTable.h"
#include "server/SessionStore.h"
#include "server/StaticFiles.h"
#include "server/TokenStore.h"
#include "server/ZgwWebhook.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "services/Opnames.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrl>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpSocket>
#include <QtWebSockets/QWebSocket>

#include <exception>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcServer, "regie.web.server")

const QString kStatusPath = QStringLiteral("/sessie/status");

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

bool safeMethod(const QString &m)
{
    return m == QLatin1String("GET") || m == QLatin1String("HEAD") || m == QLatin1String("OPTIONS");
}

bool cleanHeaderValue(const QByteArray &v)
{
    return !v.contains('\r') && !v.contains('\n') && !v.contains('\0');
}

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

QString fallbackPage(const QString &title, const QString &message)
{
    const QString home = QCoreApplication::translate("Server", "Naar de startpagina");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>")
           + title.toHtmlEscaped() + QStringLiteral("</title></head><body><main><h1>")
           + title.toHtmlEscaped() + QStringLiteral("</h1><p>") + message.toHtmlEscaped()
           + QStringLiteral("</p><p><a href=\"/\">") + home.toHtmlEscaped()
           + QStringLiteral("</a></p></main></body></html>\n");
}

std::pair<QString, QString> fallbackTexts(int status)
{
    auto t = [](const char *s) { return QCoreApplication::translate("Server", s); };
    switch (status) {
    case 400: return {t("Dat ging niet goed"), t("We begrijpen je verzoek niet. Probeer het opnieuw.")};
    case 401: return {t("Log eerst in"), t("Je bent niet ingelogd. Log in om verder te gaan.")};
    case 403: return {t("Dit mag niet"), t("Je mag dit niet doen. Ga terug en probeer het opnieuw.")};
    case 404: return {t("Pagina niet gevonden"), t("Deze pagina bestaat niet.")};
    case 405: return {t("Dit kan niet"), t("Dit kan niet op deze pagina.")};
    case 413: return {t("Te veel tekst"), t("Je bericht is te groot. Maak het korter.")};
    case 429: return {t("Even wachten"), t("Je hebt het te vaak geprobeerd. Wacht even.")};
    case 503: return {t("Even niet beschikbaar"), t("Regie is even niet bereikbaar. Probeer het later nog eens.")};
    default: return {t("Er ging iets mis"), t("Er ging bij ons iets mis. Probeer het later nog eens.")};
    }
}

// Keeps the session a handler sees and the cookie the response must set in step.
class RequestSessions final : public SessionControl {
public:
    RequestSessions(SessionStore &store, RealtimeHub &hub) : store_(store), hub_(hub) {}

    Session *begin(const Actor &actor, bool demoLogin) override
    {
        const Language language = current ? current->language : Language::Nederlands;
        if (current) {
            // A login on top of a session replaces it: the old id must die (no fixation).
            store_.destroy(*current);
            hub_.closeSession(SessionStore::hashId(current->id));
            current = nullptr;
        }
        std::optional<Session> s = store_.create(actor, demoLogin, language);
        if (!s)
            return nullptr;
        created = std::make_unique<Session>(*s);
        current = created.get();
        snapshot();
        setCookie = s->id;
        clearCookie = false;
        return current;
    }

    void end(Session *session) override
    {
        if (!session)
            return;
        store_.destroy(*session);
        hub_.closeSession(SessionStore::hashId(session->id));
        if (current && current->id == session->id) {
            current = nullptr;
            setCookie.clear();
            clearCookie = true;
        }
    }

    void endAllFor(qint64 userId, qint64 inwonerId) override
    {
        const QStringList hashes = store_.destroyAllFor(userId, inwonerId);
        for (const QString &h : hashes)
            hub_.closeSession(h);
        if (current && hashes.contains(SessionStore::hashId(current->id))) {
            current = nullptr;
            setCookie.clear();
            clearCookie = true;
        }
    }

    void adopt(const Session &s)
    {
        loaded = std::make_unique<Session>(s);
        current = loaded.get();
        snapshot();
    }
    void snapshot()
    {
        savedFlash = current ? current->flash : QString();
        savedLanguage = current ? current->language : Language::Nederlands;
    }
    bool dirty() const
    {
        return current && (current->flash != savedFlash || current->language != savedLanguage);
    }

    Session *current = nullptr;
    std::unique_ptr<Session> loaded, created;
    QString setCookie;
    bool clearCookie = false;
    QString savedFlash;
    Language savedLanguage = Language::Nederlands;

private:
    SessionStore &store_;
    RealtimeHub &hub_;
};

} // namespace

struct Server::Exchange {
    QTcpSocket *socket = nullptr;
    Request request;
    QByteArray encodedPath;
    QStringList segments;
    bool pathOk = false;
    QString requestId;
    QElapsedTimer timer;
    bool api = false;
    bool head = false;
    bool closeAfter = false;
    bool sessionExpired = false;
    Guard guard = Guard::Public;
    QString routeLabel = QStringLiteral("(none)");
    bool cacheableAsset = false;
    Session staffSession;
    bool staff = false;
    std::unique_ptr<RequestSessions> control;
};

Server::Server(const Config &config, services::ServiceContext &services, QObject *parent)
    : QObject(parent), config_(config), services_(services), routes_(std::make_unique<RouteTable>())
{
    sessions_ = std::make_unique<SessionStore>(services_, config_);
    tokens_ = std::make_unique<TokenStore>(services_, config_.accessTokenLifetime,
                                           config_.refreshTokenLifetime);
    rateLimiter_ = std::make_unique<RateLimiter>(config_.loginAttemptsPerAddress,
                                                 config_.loginAttemptsPerUsername,
                                                 config_.loginWindow, services_.clock);
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
    connect(transport_, &HttpTransport::newWebSocketConnection, this, &Server::onNewWebSocket);

    systemJobs_.setInterval(static_cast<int>(config_.systemJobInterval.count()) * 1000);
    connect(&systemJobs_, &QTimer::timeout, this, &Server::runSystemJobs);
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

void Server::mountServerRoutes()
{
    // The idle-warning script polls this; the lookup for this path does not touch the
    // session, so polling never keeps an abandoned session alive.
    routes_->get(kStatusPath, Guard::Public, [this](Context &ctx) {
        QJsonObject o;
        const qint64 left = ctx.session ? sessions_->idleSecondsLeft(*ctx.session) : 0;
        o.insert(QStringLiteral("active"), ctx.session != nullptr);
        o.insert(QStringLiteral("idleSecondsLeft"), left);
        o.insert(QStringLiteral("warnAtSecondsLeft"),
                 static_cast<qint64>((config_.idleTimeout - config_.idleWarning).count()));
        return Response::json(QJsonDocument(o));
    });
    mountZgwWebhook(*routes_);
}

quint16 Server::port() const
{
    return listener_ ? listener_->serverPort() : 0;
}

QByteArray Server::rawRefusal413() const
{
    QByteArray out = "HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Length: 0\r\nConnection: close\r\n";
    for (const auto &[k, v] : securityHeaders(false, false))
        out += k + ": " + v + "\r\n";
    return out + "\r\n";
}

bool Server::listen(QString *error)
{
    ConnectionGuard::Limits limits;
    limits.maxRequestBytes = std::max(config_.maxApiBodyBytes, config_.maxPageBodyBytes) + config_.maxHeaderBytes;
    limits.idleTimeoutMs = static_cast<int>(config_.connectionIdleTimeout.count()) * 1000;
    limits.refusal = [this] { return rawRefusal413(); };

    if (config_.tls()) {
        QFile certFile(config_.tlsCertFile), keyFile(config_.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key file");
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyPem, alg, QSsl::Pem);
            if (!key.isNull())
                break;
        }
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        auto *server = new QSslServer(this);
        server->setSslConfiguration(ssl);
        attachGuards(server, limits, config_.maxConnections);
        listener_ = server;
    } else {
        if (!config_.listenAddress.isLoopback()) {
            *error = QStringLiteral("refusing to listen on a non-loopback address without TLS"
                                    " (give --tls-cert and --tls-key, or put a TLS proxy in front"
                                    " and listen on 127.0.0.1)");
            return false;
        }
        listener_ = new GuardedTcpServer(limits, config_.maxConnections, this);
    }
    if (!listener_->listen(config_.listenAddress, config_.port)) {
        *error = QStringLiteral("cannot listen: ") + listener_->errorString();
        delete listener_;
        listener_ = nullptr;
        return false;
    }
    transport_->bind(listener_);
    systemJobs_.start();
    return true;
}

QList<std::pair<QByteArray, QByteArray>> Server::securityHeaders(bool secure, bool api) const
{
    QList<std::pair<QByteArray, QByteArray>> h{
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
         " connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self';"
         " base-uri 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" on our own
        // form posts, which the CSRF origin check must refuse. Other sites still get no referrer.
        {"Referrer-Policy", "same-origin"},
        {"Permissions-Policy",
         "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
         " microphone=(), payment=(), usb=(), interest-cohort=()"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
    };
    if (secure || config_.publicOrigin.startsWith(QLatin1String("https://")))
        h.append(std::pair<QByteArray, QByteArray>{"Strict-Transport-Security", "max-age=31536000; includeSubDomains"});
    if (api)
        h.append(std::pair<QByteArray, QByteArray>{"API-Version", config_.apiVersion.toLatin1()});
    return h;
}

QByteArray Server::reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

// ---- Request entry --------------------------------------------------------------------

bool Server::onRequest(const QHttpServerRequest &qreq, QTcpSocket *socket)
{
    Exchange x;
    x.timer.start();
    x.socket = socket;
    x.requestId = crypto::randomToken(9);
    x.control = std::make_unique<RequestSessions>(*sessions_, *hub_);
    Request &r = x.request;
    r.method = methodName(qreq.method());
    x.head = r.method == QLatin1String("HEAD");
    const QUrl url = qreq.url();
    x.encodedPath = url.path(QUrl::FullyEncoded).toUtf8();
    x.pathOk = RouteTable::splitPath(x.encodedPath, &x.segments);
    r.path = x.pathOk ? QLatin1Char('/') + x.segments.join(QLatin1Char('/')) : QString();
    if (x.pathOk && x.encodedPath.endsWith('/') && x.encodedPath.size() > 1)
        r.path += QLatin1Char('/');
    r.query = qreq.query();
    const auto headers = qreq.headers();
    for (const auto &[name, value] : headers)
        r.headers.insert(name.toLower(), value);
    r.cookies = parseCookies(r.header("cookie"));
    r.body = qreq.body();
    r.remoteAddress = qreq.remoteAddress().toString();
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    r.secure = ssl && ssl->isEncrypted();
    x.api = r.path == QLatin1String("/api") || r.path.startsWith(QLatin1String("/api/"));
    x.closeAfter = r.header("connection").toLower().contains("close");

    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (guard) {
        guard->requestDone();
        if (guard->refused())
            return true; // the 413 went out already
    }

    const bool upgrade = r.header("upgrade").toLower() == "websocket";
    if (upgrade)
        return handleUpgrade(x);
    if (x.pathOk && (r.path == QLatin1String("/events")) && r.method == QLatin1String("GET")
        && !shuttingDown_)
        if (handleStream(x))
            return true;

    Response response = shuttingDown_ ? errorResponse(x, 503) : process(x);
    if (shuttingDown_)
        x.closeAfter = true;
    finish(x, response);
    write(socket, x, response);
    return true;
}

void Server::onMissing(const QHttpServerRequest &qreq, QTcpSocket *socket)
{
    // Reached only for refused WebSocket upgrades (every other request is answered).
    Exchange x;
    x.timer.start();
    x.socket = socket;
    x.requestId = crypto::randomToken(9);
    x.request.method = methodName(qreq.method());
    x.api = qreq.url().path().startsWith(QLatin1String("/api/"));
    x.closeAfter = true;
    x.routeLabel = QStringLiteral("(websocket)");
    Response response = pendingRefusal_ ? *pendingRefusal_ : Response::bytes({}, "text/plain", 404);
    pendingRefusal_.reset();
    write(socket, x, response);
}

Response Server::process(Exchange &x)
{
    Request &r = x.request;
    if (!x.pathOk)
        return errorResponse(x, 404);
    const qint64 limit = x.api ? config_.maxApiBodyBytes : config_.maxPageBodyBytes;
    bool lengthOk = true;
    const qint64 declared = r.header("content-length").toLongLong(&lengthOk);
    if (r.body.size() > limit || (lengthOk && declared > limit))
        return errorResponse(x, 413);

    if (r.path.startsWith(QLatin1String("/assets/"))) {
        x.routeLabel = QStringLiteral("/assets/{file}");
        if (r.method != QLatin1String("GET") && r.method != QLatin1String("HEAD")) {
            Response resp = errorResponse(x, 405);
            resp.headers.append(std::pair<QByteArray, QByteArray>{"Allow", "GET, HEAD"});
            return resp;
        }
        const std::optional<StaticFiles::File> file =
            static_->lookup(x.encodedPath.mid(static_cast<qsizetype>(qstrlen("/assets/"))));
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
    return routeRequest(x);
}

void Server::lookupSession(Exchange &x, bool touch)
{
    const QString cookie = x.request.cookies.value(QLatin1String(kSessionCookie));
    if (cookie.isEmpty())
        return;
    SessionStore::Lookup found = sessions_->find(cookie, touch);
    switch (found.state) {
    case SessionStore::State::Valid:
        x.control->adopt(found.session);
        break;
    case SessionStore::State::Expired:
        x.sessionExpired = true;
        x.control->clearCookie = true;
        hub_->closeSession(SessionStore::hashId(cookie));
        break;
    case SessionStore::State::None:
        x.control->clearCookie = true; // a stale or forged id: drop it
        break;
    }
}

bool Server::foreignOrigin(const Request &r) const
{
    if (r.header("sec-fetch-site") == "cross-site")
        return true;
    const QByteArray origin = r.header("origin");
    if (origin.isEmpty())
        return false;
    if (origin == "null")
        return true;
    if (!config_.publicOrigin.isEmpty())
        return QString::fromLatin1(origin).compare(config_.publicOrigin, Qt::CaseInsensitive) != 0;
    const QUrl o(QString::fromLatin1(origin));
    const QUrl self(QString::fromLatin1(r.secure ? "https://" : "http://") + QString::fromLatin1(r.header("host")));
    if (!o.isValid() || !self.isValid() || self.host().isEmpty())
        return true;
    const int defaultPort = r.secure ? 443 : 80;
    return o.scheme() != self.scheme() || o.host().compare(self.host(), Qt::CaseInsensitive) != 0
           || o.port(defaultPort) != self.port(defaultPort);
}

Response Server::expiredOrLogin(Exchange &x, bool expired)
{
    Context ctx{x.request, nullptr, services_, config_, *x.control};
    ctx.tokens = tokens_.get();
    ctx.rateLimiter = rateLimiter_.get();
    if (expired && hooks_.sessionExpired)
        return hooks_.sessionExpired(ctx);
    if (!expired && hooks_.loginRequired)
        return hooks_.loginRequired(ctx);
    return errorResponse(x, 401);
}

Response Server::routeRequest(Exchange &x)
{
    Request &r = x.request;
    const RouteMatch m = routes_->match(r.method, x.segments);
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
    r.pathArgs = m.args;

    if (route.guard == Guard::Staff) {
        const QByteArray auth = r.header("authorization");
        TokenFout why = TokenFout::Ongeldig;
        std::optional<Actor> actor;
        if (auth.startsWith("Bearer ") && auth.size() < 200)
            actor = tokens_->validate(QString::fromLatin1(auth.mid(7).trimmed()), &why);
        if (!actor || !actor->isStaff()) {
            Response resp = Response::problem(401, QStringLiteral("Unauthorized"),
                                              why == TokenFout::Verlopen
                                                  ? QStringLiteral("Het toegangstoken is verlopen.")
                                                  : QStringLiteral("Een geldig toegangstoken is nodig."));
            resp.headers.append(std::pair<QByteArray, QByteArray>{"WWW-Authenticate",
                                 why == TokenFout::Verlopen
                                     ? QByteArray("Bearer error=\"invalid_token\", error_description=\"expired\"")
                                     : QByteArray("Bearer")});
            return resp;
        }
        x.staff = true;
        x.staffSession.actor = *actor;
    } else if (!x.api && route.guard != Guard::Webhook) {
        lookupSession(x, route.pattern != kStatusPath);
    }

    Session *session = x.staff ? &x.staffSession : x.control->current;
    if (route.guard == Guard::Inwoner || route.guard == Guard::Ketenpartner) {
        if (!session)
            return expiredOrLogin(x, x.sessionExpired);
        const Role wanted = route.guard == Guard::Inwoner ? Role::Inwoner : Role::Ketenpartner;
        if (session->actor.role != wanted)
            return errorResponse(x, 403);
    }

    const bool unsafe = !safeMethod(r.method) && route.guard != Guard::Webhook;
    if (unsafe && foreignOrigin(r))
        return errorResponse(x, 403);

    if (isFormContentType(r.header("content-type"))) {
        const FormError fe = parseForm(r.body, config_.maxFormFields, config_.maxFormFieldLength, &r.form);
        if (fe == FormError::TooManyFields || fe == FormError::FieldTooLong)
            return errorResponse(x, 413);
        if (fe != FormError::None)
            return errorResponse(x, 400);
    }

    // Every state-changing request on a cookie session carries the session's token.
    if (unsafe && !x.staff && x.control->current) {
        const QByteArray token = r.form.value(QStringLiteral("csrf")).toUtf8();
        if (token.isEmpty() || !crypto::constantTimeEquals(token, x.control->current->csrfToken.toUtf8()))
            return errorResponse(x, 403);
    }

    Context ctx{r, session, services_, config_, *x.control};
    ctx.tokens = tokens_.get();
    ctx.rateLimiter = rateLimiter_.get();
    try {
        return route.handler(ctx);
    } catch (const std::exception &e) {
        qCWarning(lcServer) << "handler failed for route" << route.pattern << ":" << e.what();
    } catch (...) {
        qCWarning(lcServer) << "handler failed for route" << route.pattern;
    }
    return errorResponse(x, 500);
}

Response Server::errorResponse(Exchange &x, int status)
{
    if (x.api) {
        // Staff read these in regie-desk: plain Dutch, no page wording.
        static const QHash<int, QString> details = {
            {400, QStringLiteral("Het verzoek is ongeldig.")},
            {401, QStringLiteral("Een geldig toegangstoken is nodig.")},
            {403, QStringLiteral("Dit verzoek is niet toegestaan.")},
            {404, QStringLiteral("Niet gevonden.")},
            {405, QStringLiteral("Deze methode is hier niet toegestaan.")},
            {413, QStringLiteral("Het verzoek is te groot.")},
            {429, QStringLiteral("Te veel verzoeken; probeer het later opnieuw.")},
            {503, QStringLiteral("De dienst is tijdelijk niet beschikbaar.")},
        };
        return Response::problem(status, QString::fromLatin1(reason(status)),
                                 details.value(status, QStringLiteral("Er ging iets mis op de server.")));
    }
    if (hooks_.errorPage) {
        Context ctx{x.request, x.control->current, services_, config_, *x.control};
        ctx.tokens = tokens_.get();
        ctx.rateLimiter = rateLimiter_.get();
        try {
            Response resp = hooks_.errorPage(ctx, status);
            resp.status = status;
            return resp;
        } catch (...) {
            qCWarning(lcServer) << "error page hook failed";
        }
    }
    const auto texts = fallbackTexts(status);
    return Response::html(fallbackPage(texts.first, texts.second), status);
}

void Server::finish(Exchange &x, Response &response)
{
    RequestSessions &c = *x.control;
    if (c.dirty() && !sessions_->save(*c.current))
        qCWarning(lcServer) << "session save failed";
    const QByteArray attrs = QByteArrayLiteral("; Path=/; HttpOnly; SameSite=Lax")
                             + (x.request.secure ? QByteArrayLiteral("; Secure") : QByteArray());
    if (!c.setCookie.isEmpty())
        response.headers.append(std::pair<QByteArray, QByteArray>{"Set-Cookie", QByteArray(kSessionCookie) + '=' + c.setCookie.toLatin1() + attrs});
    else if (c.clearCookie)
        response.headers.append(std::pair<QByteArray, QByteArray>{"Set-Cookie", QByteArray(kSessionCookie) + "=; Max-Age=0" + attrs});
}

void Server::write(QTcpSocket *socket, const Exchange &x, const Response &response)
{
    const bool noBody = response.status == 204 || response.status == 304 || (response.status >= 100 && response.status < 200);
    QByteArray out;
    out.reserve(1024 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    if (!noBody && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bool handlerCache = false;
    for (const auto &[k, v] : response.headers) {
        if (!cleanHeaderValue(k) || !cleanHeaderValue(v) || k.contains(':'))
            continue;
        const QByteArray lower = k.toLower();
        if (lower == "content-length" || lower == "content-type" || lower == "connection")
            continue;
        if (lower == "cache-control") {
            // Only public routes may relax caching; personal pages and the API never.
            if (x.guard != Guard::Public || x.api || x.control == nullptr || x.control->current)
                continue;
            handlerCache = true;
        }
        out += k + ": " + v + "\r\n";
    }
    if (x.cacheableAsset)
        out += "Cache-Control: public, max-age=" + QByteArray::number(StaticFiles::kMaxAgeSeconds) + "\r\n";
    else if (!handlerCache)
        out += "Cache-Control: no-store\r\n";
    for (const auto &[k, v] : securityHeaders(x.request.secure, x.api))
        out += k + ": " + v + "\r\n";
    out += "X-Request-Id: " + x.requestId.toLatin1() + "\r\n";
    if (x.closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!noBody && !x.head)
        out += response.body;
    socket->write(out);
    if (x.closeAfter)
        socket->disconnectFromHost();

    logAccess({x.requestId, x.request.method, x.routeLabel, response.status,
               static_cast<double>(x.timer.nsecsElapsed()) / 1e6, x.api});
}

// ---- Streams -------------------------------------------------------------------------

bool Server::handleStream(Exchange &x)
{
    x.routeLabel = QStringLiteral("/events");
    lookupSession(x, false);
    Session *s = x.control->current;
    auto refuse = [&](int status) {
        Response resp = errorResponse(x, status);
        finish(x, resp);
        write(x.socket, x, resp);
        return true;
    };
    if (!s || (s->actor.role != Role::Inwoner && s->actor.role != Role::Ketenpartner))
        return refuse(401);
    const QString hash = SessionStore::hashId(s->id);
    const RealtimeHub::Admission a = hub_->admit(hash);
    if (a != RealtimeHub::Admission::Ok)
        return refuse(a == RealtimeHub::Admission::TooManyTotal ? 503 : 429);

    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                      "Cache-Control: no-store\r\nX-Accel-Buffering: no\r\nConnection: close\r\n";
    for (const auto &[k, v] : securityHeaders(x.request.secure, false))
        head += k + ": " + v + "\r\n";
    head += "X-Request-Id: " + x.requestId.toLatin1() + "\r\n\r\n";
    head += "retry: 5000\n: verbonden\n\n";
    x.socket->write(head);
    if (ConnectionGuard *g = ConnectionGuard::of(x.socket))
        g->setStreaming();
    hub_->addSse(x.socket, Subscriber{s->actor, hash, {}});
    logAccess({x.requestId, x.request.method, x.routeLabel, 200,
               static_cast<double>(x.timer.nsecsElapsed()) / 1e6, false});
    return true;
}

bool Server::handleUpgrade(Exchange &x)
{
    Request &r = x.request;
    auto refuse = [&](int status) {
        Response resp = x.api ? Response::problem(status, QString::fromLatin1(reason(status)))
                              : Response::bytes({}, "text/plain; charset=utf-8", status);
        pendingRefusal_ = resp;
        return false; // Qt then calls missingHandler and closes the connection
    };
    if (shuttingDown_)
        return refuse(503);
    const bool staffWs = r.path == QLatin1String("/api/v1/ws");
    if (r.method != QLatin1String("GET") || (!staffWs && r.path != QLatin1String("/ws")))
        return refuse(404);
    // A cookie-authenticated WebSocket must come from our own pages (no cross-site hijack).
    if (foreignOrigin(r))
        return refuse(403);
    std::optional<Subscriber> subscriber;
    if (staffWs) {
        const QByteArray auth = r.header("authorization");
        if (auth.startsWith("Bearer ")) {
            const std::optional<Actor> actor = tokens_->validate(QString::fromLatin1(auth.mid(7).trimmed()));
            if (!actor || !actor->isStaff())
                return refuse(401);
            subscriber = Subscriber{*actor, QString(), QString::fromLatin1(auth.mid(7).trimmed())};
        }
        if (hub_->admit(QString()) != RealtimeHub::Admission::Ok)
            return refuse(503);
    } else {
        lookupSession(x, false);
        Session *s = x.control->current;
        if (!s || (s->actor.role != Role::Inwoner && s->actor.role != Role::Ketenpartner))
            return refuse(401);
        const QString hash = SessionStore::hashId(s->id);
        const RealtimeHub::Admission a = hub_->admit(hash);
        if (a != RealtimeHub::Admission::Ok)
            return refuse(a == RealtimeHub::Admission::TooManyTotal ? 503 : 429);
        subscriber = Subscriber{s->actor, hash, {}};
    }
    if (ConnectionGuard *g = ConnectionGuard::of(x.socket))
        g->setStreaming();
    pendingUpgrades_.insert(peerKey(x.socket->peerAddress(), x.socket->peerPort()),
                            PendingUpgrade{subscriber, QDateTime::currentMSecsSinceEpoch()});
    logAccess({x.requestId, r.method, r.path, 101, static_cast<double>(x.timer.nsecsElapsed()) / 1e6, x.api});
    return true; // write nothing: Qt completes the WebSocket handshake
}

void Server::onNewWebSocket()
{
    while (transport_->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> ws = transport_->nextPendingWebSocketConnection();
        if (!ws)
            break;
        const auto it = pendingUpgrades_.find(peerKey(ws->peerAddress(), ws->peerPort()));
        if (it == pendingUpgrades_.end()) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        std::optional<Subscriber> subscriber = it->subscriber;
        pendingUpgrades_.erase(it);
        hub_->addWebSocket(std::move(ws), std::move(subscriber));
    }
}

// ---- Lifecycle -----------------------------------------------------------------------

void Server::runSystemJobs()
{
    services::Opnames opnames(services_);
    const services::Result<int> r = opnames.verwerkWachtende(Actor::systeem());
    if (!r.ok())
        qCWarning(lcServer) << "system job verwerkWachtende failed";
    sessions_->purgeExpired();
    tokens_->purgeExpired();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = pendingUpgrades_.begin(); it != pendingUpgrades_.end();) {
        if (now - it->acceptedAtMs > 30000)
            it = pendingUpgrades_.erase(it);
        else
            ++it;
    }
}

void Server::shutdown(int graceMs, std::function<void()> done)
{
    shuttingDown_ = true;
    systemJobs_.stop();
    if (listener_)
        listener_->close();
    hub_->closeAll();
    auto *poll = new QTimer(this);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(poll, &QTimer::timeout, this, [this, poll, started, graceMs, done] {
        int open = 0;
        if (listener_) {
            const QList<QTcpSocket *> sockets = listener_->findChildren<QTcpSocket *>();
            for (QTcpSocket *s : sockets) {
                if (s->state() == QAbstractSocket::UnconnectedState)
                    continue;
                ++open;
                if (s->bytesToWrite() == 0)
                    s->disconnectFromHost();
            }
        }
        if (open == 0 || started->elapsed() > graceMs) {
            poll->stop();
            poll->deleteLater();
            if (done)
                done();
        }
    });
    poll->start(50);
}

} // namespace regie::web
