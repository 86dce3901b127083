#pragma once
// Starts the real regie-server core (web::Server) in-process on 127.0.0.1:0 on top of the
// services test world (tests/services/Fixture.h), with a few routes that exist only in
// this test binary, and offers small synchronous HTTP helpers: QNetworkAccessManager for
// ordinary requests and a raw socket for streams and hand-made request lines.

#include "../services/Fixture.h"

#include "server/RateLimiter.h"
#include "server/Server.h"
#include "server/SessionStore.h"
#include "server/TokenStore.h"

#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpSocket>

namespace harness {

using namespace regie;

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QList<QByteArray> setCookies;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

inline QString cookieValue(const Reply &r)
{
    for (const QByteArray &c : r.setCookies) {
        if (c.startsWith("regie_sessie=")) {
            const QByteArray v = c.mid(13).split(';').constFirst();
            return QString::fromLatin1(v);
        }
    }
    return {};
}

// Waits for a condition while the event loop (and so the server) runs.
template <typename Pred>
bool waitFor(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

class Harness {
public:
    fixture::World world;
    web::Config config;
    std::unique_ptr<web::Server> server;
    QNetworkAccessManager nam;
    QTemporaryDir assets;
    std::shared_ptr<web::Later> heldLater; // /test/later-hang

    void start(const std::function<void(web::Config &)> &tune = {})
    {
        world.build();
        QVERIFY(assets.isValid());
        config.assetsDir = assets.path() + QStringLiteral("/www");
        QDir().mkpath(config.assetsDir + QStringLiteral("/css"));
        writeFile(config.assetsDir + QStringLiteral("/css/app.css"), "body { color: black; }\n");
        writeFile(config.assetsDir + QStringLiteral("/.hidden.css"), "secret");
        writeFile(config.assetsDir + QStringLiteral("/noext"), "secret");
        writeFile(assets.path() + QStringLiteral("/secret.txt"), "TOP SECRET");
        writeFile(assets.path() + QStringLiteral("/secret.css"), "TOP SECRET");
        QFile::link(assets.path() + QStringLiteral("/secret.css"), config.assetsDir + QStringLiteral("/link.css"));
        config.port = 0;
        config.zgwWebhookSecret = QStringLiteral("Bearer geheim-abonnement");
        if (tune)
            tune(config);
        server = std::make_unique<web::Server>(config, *world.ctx);
        mountTestRoutes();
        server->mountServerRoutes();
        QString error;
        QVERIFY2(server->listen(&error), qPrintable(error));
    }

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(server->port()); }
    QByteArray origin() const { return base().toLatin1(); }

    void mountTestRoutes()
    {
        web::Router &r = server->router();
        using web::Context;
        using web::Guard;
        using web::Response;
        // Logs in as the actor named by form field "who": inwoner1, inwoner2 or ketenpartner.
        r.post(QStringLiteral("/test/login"), Guard::Public, [this](Context &ctx) {
            const QString who = ctx.request.formValue(QStringLiteral("who"));
            Actor a = who == QLatin1String("inwoner2") ? world.inwoner(world.inwoner2) : world.inwoner(world.inwoner1);
            if (who == QLatin1String("ketenpartner"))
                a = world.staff(world.ketenpartner, Role::Ketenpartner);
            web::Session *s = ctx.sessions.begin(a, false);
            if (!s)
                return Response::html(QStringLiteral("fout"), 500);
            s->flash = QStringLiteral("Welkom");
            return Response::redirect(QStringLiteral("/test/page"));
        });
        r.get(QStringLiteral("/test/page"), Guard::Inwoner, [](Context &ctx) {
            const QString flash = ctx.session->flash;
            ctx.session->flash.clear();
            return Response::html(QStringLiteral("<p>pagina</p><p>csrf=") + ctx.session->csrfToken
                                  + QStringLiteral("</p><p>flash=") + flash + QStringLiteral("</p>"));
        });
        r.post(QStringLiteral("/test/form"), Guard::Inwoner, [](Context &ctx) {
            return Response::html(QStringLiteral("ok:") + ctx.request.formValue(QStringLiteral("veld")));
        });
        r.get(QStringLiteral("/test/items/{id}"), Guard::Public, [](Context &ctx) {
            return Response::html(QStringLiteral("item ") + ctx.request.pathArgs.value(QStringLiteral("id")).toHtmlEscaped());
        });
        r.post(QStringLiteral("/test/items/{id}"), Guard::Public, [](Context &) { return Response::html(QStringLiteral("x")); });
        r.get(QStringLiteral("/test/redirect"), Guard::Public, [](Context &) {
            return Response::redirect(QStringLiteral("/"), 302);
        });
        r.post(QStringLiteral("/test/logout"), Guard::Inwoner, [](Context &ctx) {
            ctx.sessions.end(ctx.session);
            return Response::redirect(QStringLiteral("/"));
        });
        r.post(QStringLiteral("/test/endall"), Guard::Inwoner, [](Context &ctx) {
            ctx.sessions.endAllFor(ctx.actor().userId, ctx.actor().inwonerId);
            return Response::redirect(QStringLiteral("/"));
        });
        r.get(QStringLiteral("/api/v1/test"), Guard::Staff, [](Context &ctx) {
            return Response::json(QJsonDocument(QJsonObject{{QStringLiteral("user"), ctx.actor().userId}}));
        });
        r.post(QStringLiteral("/api/v1/test"), Guard::Staff, [](Context &) {
            return Response::json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
        });
        // Answers later (Context::defer): after ?ms= milliseconds, logging inwoner1 in on the way.
        r.get(QStringLiteral("/test/later"), Guard::Public, [this](Context &ctx) {
            const int ms = ctx.request.query.queryItemValue(QStringLiteral("ms")).toInt();
            const std::shared_ptr<web::Later> later = ctx.defer();
            QTimer::singleShot(ms, server.get(), [this, later] {
                later->answer([this](Context &c) {
                    c.sessions.begin(world.inwoner(world.inwoner1), false);
                    return Response::html(QStringLiteral("later"));
                });
            });
            return Response::later();
        });
        // The work was done at once: answered before the handler returned.
        r.get(QStringLiteral("/test/later-now"), Guard::Public, [](Context &ctx) {
            ctx.defer()->answer([](Context &) { return Response::html(QStringLiteral("at once")); });
            return Response::later();
        });
        // The work dropped its Later without answering.
        r.get(QStringLiteral("/test/later-never"), Guard::Public, [](Context &ctx) {
            ctx.defer();
            return Response::later();
        });
        // The work never finishes: the server's own bound answers.
        r.get(QStringLiteral("/test/later-hang"), Guard::Public, [this](Context &ctx) {
            heldLater = ctx.defer();
            return Response::later();
        });
        r.get(QStringLiteral("/boom"), Guard::Public, [](Context &) -> Response {
            throw std::runtime_error("kapot");
        });
        web::PageHooks &h = server->hooks();
        h.errorPage = [](Context &, int status) {
            return Response::html(QStringLiteral("<p>B1 foutpagina %1</p>").arg(status), status);
        };
        h.sessionExpired = [](Context &) { return Response::html(QStringLiteral("<p>sessie verlopen</p>"), 401); };
        h.loginRequired = [](Context &) { return Response::redirect(QStringLiteral("/inloggen"), 303); };
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QString &cookie = {})
    {
        QNetworkRequest req(QUrl(base() + path));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        if (!cookie.isEmpty())
            req.setRawHeader("Cookie", "regie_sessie=" + cookie.toLatin1());
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
            req.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.error = reply->error();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[k, v] : reply->rawHeaderPairs()) {
            if (k.toLower() == "set-cookie")
                out.setCookies.append(v);
            else
                out.headers.insert(k.toLower(), v);
        }
        // QNetworkReply folds repeated Set-Cookie into one value separated by newlines.
        QList<QByteArray> split;
        for (const QByteArray &c : std::as_const(out.setCookies))
            split.append(c.split('\n'));
        out.setCookies = split;
        out.body = reply->readAll();
        reply->deleteLater();
        return out;
    }

    Reply get(const QString &path, const QString &cookie = {}) { return send("GET", path, {}, {}, cookie); }

    // Logs in through the test route and returns the session cookie value.
    QString login(const QString &who = QStringLiteral("inwoner1"), const QString &existing = {},
                  const QString &csrf = {})
    {
        QByteArray body = "who=" + who.toLatin1();
        if (!csrf.isEmpty())
            body += "&csrf=" + QUrl::toPercentEncoding(csrf);
        const Reply r = send("POST", QStringLiteral("/test/login"), body, {}, existing);
        if (r.status != 303)
            qWarning("login answered %d", r.status);
        return cookieValue(r);
    }

    QString csrfOf(const QString &cookie)
    {
        const Reply r = get(QStringLiteral("/test/page"), cookie);
        const qsizetype at = r.body.indexOf("csrf=");
        if (at < 0)
            return {};
        const qsizetype end = r.body.indexOf('<', at);
        return QString::fromLatin1(r.body.mid(at + 5, end - at - 5));
    }
};

// A raw HTTP/1.1 connection: for streams and request lines QNetworkAccessManager would
// normalise (dot segments).
class RawClient {
public:
    QTcpSocket socket;
    QByteArray received;

    bool open(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return false;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        return true;
    }
    void send(const QByteArray &raw) { socket.write(raw); socket.flush(); }
    bool waitForText(const QByteArray &text, int timeoutMs)
    {
        return waitFor([&] { return received.contains(text); }, timeoutMs);
    }
    int status() const
    {
        if (!received.startsWith("HTTP/1.1 "))
            return 0;
        return received.mid(9, 3).toInt();
    }
};

inline int rawStatus(quint16 port, const QByteArray &requestLinePath)
{
    RawClient c;
    if (!c.open(port))
        return -1;
    c.send("GET " + requestLinePath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    c.waitForText("\r\n\r\n", 5000);
    return c.status();
}

} // namespace harness
