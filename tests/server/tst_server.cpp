// regie-server's HTTP core end to end: a real Server on 127.0.0.1:0, real sockets.
#include "ServerHarness.h"

#include "crypto/Hash.h"
#include "server/Options.h"
#include "server/RealtimeHub.h"
#include "server/RouteTable.h"
#include "server/RequestParsing.h"
#include "server/StaticFiles.h"

#include <QtCore/QProcess>
#include <QtNetwork/QSslError>
#include <QtTest/QtTest>
#include <QtWebSockets/QWebSocket>

using namespace regie;
using harness::Reply;

class TstServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<harness::Harness> h;

    void expectSecurityHeaders(const Reply &r, bool personal, bool api)
    {
        const QByteArray csp = r.header("content-security-policy");
        QVERIFY2(csp.contains("default-src 'self'"), csp.constData());
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(csp.contains("form-action 'self'"));
        QVERIFY(csp.contains("base-uri 'none'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.header("referrer-policy"), QByteArray("same-origin"));
        QVERIFY(!r.header("permissions-policy").isEmpty());
        QVERIFY(r.header("strict-transport-security").isEmpty()); // plain HTTP here
        if (personal)
            QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.header("api-version").isEmpty(), !api);
    }

    int auditCount(const QString &action)
    {
        return static_cast<int>(h->world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '")
                                               + action + QStringLiteral("'")));
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<harness::Harness>();
        h->start();
    }
    void cleanup() { h.reset(); }

    // ---- Security headers on every kind of response ---------------------------------
    void securityHeaders_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("api");
        QTest::newRow("page") << QByteArray("GET") << "/test/page" << QByteArray() << 200 << false;
        QTest::newRow("404") << QByteArray("GET") << "/nergens" << QByteArray() << 404 << false;
        QTest::newRow("405") << QByteArray("DELETE") << "/test/page" << QByteArray() << 405 << false;
        QTest::newRow("413") << QByteArray("POST") << "/test/form" << QByteArray(70 * 1024, 'a') << 413 << false;
        QTest::newRow("redirect") << QByteArray("GET") << "/test/redirect" << QByteArray() << 302 << false;
        QTest::newRow("api problem") << QByteArray("GET") << "/api/v1/test" << QByteArray() << 401 << true;
        QTest::newRow("api 404") << QByteArray("GET") << "/api/v1/nergens" << QByteArray() << 404 << true;
        QTest::newRow("500") << QByteArray("GET") << "/boom" << QByteArray() << 500 << false;
        QTest::newRow("status") << QByteArray("GET") << "/sessie/status" << QByteArray() << 200 << false;
    }
    void securityHeaders()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, api);
        const QString cookie = h->login();
        const Reply r = h->send(method, path, body, {}, cookie);
        QCOMPARE(r.status, status);
        expectSecurityHeaders(r, true, api);
        if (api && status >= 400)
            QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        if (!api && status >= 400)
            QVERIFY2(r.body.contains("B1 foutpagina"), r.body.constData()); // the pages' hook
    }

    void securityHeadersOnStaticAndStream()
    {
        const Reply asset = h->get(QStringLiteral("/assets/css/app.css"));
        QCOMPARE(asset.status, 200);
        expectSecurityHeaders(asset, false, false);
        QCOMPARE(asset.header("content-type"), QByteArray("text/css; charset=utf-8"));
        QVERIFY(asset.header("cache-control").startsWith("public, max-age="));
        QVERIFY(!asset.header("etag").isEmpty());
        const Reply again = h->send("GET", QStringLiteral("/assets/css/app.css"), {},
                                    {{"If-None-Match", asset.header("etag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());

        const QString cookie = h->login();
        harness::RawClient sse;
        QVERIFY(sse.open(h->server->port()));
        sse.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + cookie.toLatin1() + "\r\n\r\n");
        QVERIFY(sse.waitForText("\r\n\r\n", 3000));
        QCOMPARE(sse.status(), 200);
        const QByteArray head = sse.received.left(sse.received.indexOf("\r\n\r\n")).toLower();
        QVERIFY(head.contains("content-type: text/event-stream"));
        QVERIFY(head.contains("content-security-policy: default-src 'self'"));
        QVERIFY(head.contains("x-content-type-options: nosniff"));
        QVERIFY(head.contains("referrer-policy: same-origin"));
        QVERIFY(head.contains("cache-control: no-store"));
    }

    // ---- Routing ------------------------------------------------------------------
    void routing()
    {
        QCOMPARE(h->get(QStringLiteral("/test/items/abc%20d")).body, QByteArray("item abc d"));
        const Reply put = h->send("PUT", QStringLiteral("/test/items/1"));
        QCOMPARE(put.status, 405);
        QCOMPARE(put.header("allow"), QByteArray("GET, HEAD, POST"));
        const Reply head = h->send("HEAD", QStringLiteral("/test/items/1"));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-length"), QByteArray("6"));
        QCOMPARE(h->get(QStringLiteral("/test/items")).status, 404);
        QCOMPARE(h->get(QStringLiteral("/test/items/1/2")).status, 404);
        // A guarded page without a session goes to the pages' login hook.
        const Reply guarded = h->get(QStringLiteral("/test/page"));
        QCOMPARE(guarded.status, 303);
        QCOMPARE(guarded.header("location"), QByteArray("/inloggen"));
        // The ketenpartner may not open an inwoner page.
        QCOMPARE(h->get(QStringLiteral("/test/page"), h->login(QStringLiteral("ketenpartner"))).status, 403);
    }

    // Without the pages module's hooks the server answers with its own plain B1 page.
    void fallbackErrorPage()
    {
        h->server->hooks() = web::PageHooks{};
        const Reply missing = h->get(QStringLiteral("/bestaat-niet"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(missing.body.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
        QVERIFY(missing.body.contains("<title>Pagina niet gevonden</title>"));
        QVERIFY(missing.body.contains("<h1>Pagina niet gevonden</h1><p>Deze pagina bestaat niet.</p>"));
        QVERIFY(missing.body.contains("<p><a href=\"/\">Naar de startpagina</a></p>"));
        expectSecurityHeaders(missing, true, false);
        // A guarded page without a session and without a login hook: the 401 page.
        const Reply guarded = h->get(QStringLiteral("/test/page"));
        QCOMPARE(guarded.status, 401);
        QVERIFY(guarded.body.contains("<h1>Log eerst in</h1>"));
        // A handler that throws: the generic page, never the exception's text.
        const Reply boom = h->get(QStringLiteral("/boom"));
        QCOMPARE(boom.status, 500);
        QVERIFY(boom.body.contains("<h1>Er ging iets mis</h1>"));
        QVERIFY(!boom.body.contains("kapot"));
        // The API keeps problem+json.
        const Reply api = h->get(QStringLiteral("/api/v1/bestaat-niet"));
        QCOMPARE(api.status, 404);
        QCOMPARE(api.header("content-type"), QByteArray("application/problem+json"));
    }

    void routeTableUnit()
    {
        web::RouteTable t;
        t.add(QStringLiteral("GET"), QStringLiteral("/a/{x}/b"), web::Guard::Public, {});
        t.add(QStringLiteral("POST"), QStringLiteral("/a/{x}/b"), web::Guard::Public, {});
        t.add(QStringLiteral("GET"), QStringLiteral("/"), web::Guard::Public, {});
        QStringList segs;
        QVERIFY(web::RouteTable::splitPath("/a/h%C3%A9/b", &segs));
        web::RouteMatch m = t.match(QStringLiteral("GET"), segs);
        QVERIFY(m.route);
        QCOMPARE(m.args.value(QStringLiteral("x")), QStringLiteral("hé"));
        m = t.match(QStringLiteral("DELETE"), segs);
        QVERIFY(!m.route);
        QCOMPARE(m.allowed, QStringList({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST")}));
        QVERIFY(web::RouteTable::splitPath("/", &segs));
        QVERIFY(t.match(QStringLiteral("HEAD"), segs).route);
        QVERIFY(!web::RouteTable::splitPath("/a%00b", &segs));
        QVERIFY(!web::RouteTable::splitPath("/%FF", &segs));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 t.add(QStringLiteral("GET"), QStringLiteral("/"), web::Guard::Public, {}));
    }

    // ---- Sessions -----------------------------------------------------------------
    void sessionCookieAttributes()
    {
        const Reply r = h->send("POST", QStringLiteral("/test/login"), "who=inwoner1");
        QCOMPARE(r.status, 303);
        QCOMPARE(r.setCookies.size(), 1);
        const QByteArray c = r.setCookies.constFirst();
        QVERIFY2(c.contains("; HttpOnly"), c.constData());
        QVERIFY(c.contains("; SameSite=Lax"));
        QVERIFY(c.contains("; Path=/"));
        QVERIFY(!c.contains("Secure")); // plain HTTP on loopback
        const QString id = harness::cookieValue(r);
        QVERIFY(id.size() >= 43);
        // Only the hash is stored.
        QCOMPARE(h->world.count(QStringLiteral("SELECT COUNT(*) FROM web_sessions WHERE id_hash = '") + id + "'"), 0);
        const QString hash = QString::fromLatin1(crypto::sha256(id.toUtf8()).toHex());
        QCOMPARE(h->world.count(QStringLiteral("SELECT COUNT(*) FROM web_sessions WHERE id_hash = '") + hash + "'"), 1);
        QCOMPARE(auditCount(QStringLiteral("login.gelukt")), 1);
        // The flash set at login shows once.
        QVERIFY(h->get(QStringLiteral("/test/page"), id).body.contains("flash=Welkom"));
        QVERIFY(h->get(QStringLiteral("/test/page"), id).body.contains("flash=</p>"));
        // A forged cookie is dropped.
        const Reply forged = h->get(QStringLiteral("/test/page"), QStringLiteral("bestaatniet"));
        QCOMPARE(forged.status, 303);
        QVERIFY(forged.setCookies.value(0).contains("Max-Age=0"));
    }

    void idleExpiryAndStatus()
    {
        const QString cookie = h->login();
        h->world.advance(10 * 60);
        Reply s = h->get(QStringLiteral("/sessie/status"), cookie);
        QCOMPARE(s.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(s.body).object();
        QCOMPARE(o.value(QStringLiteral("idleSecondsLeft")).toInt(), 5 * 60);
        QCOMPARE(o.value(QStringLiteral("active")).toBool(), true);
        // Polling the status did not extend the session: 6 more minutes and it is over.
        h->world.advance(6 * 60);
        const Reply expired = h->get(QStringLiteral("/test/page"), cookie);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.body.contains("sessie verlopen"));
        QVERIFY(expired.setCookies.value(0).contains("Max-Age=0"));
        QCOMPARE(auditCount(QStringLiteral("sessie.verlopen")), 1);
        QCOMPARE(h->world.count(QStringLiteral("SELECT COUNT(*) FROM web_sessions")), 0);

        // A request within the idle window extends it; the absolute limit still ends it.
        const QString again = h->login();
        for (int i = 0; i < 40; ++i) { // 40 x 14 min > 8 h
            h->world.advance(14 * 60);
            if (h->get(QStringLiteral("/test/page"), again).status != 200)
                break;
        }
        QCOMPARE(h->get(QStringLiteral("/test/page"), again).status, 303);
        QCOMPARE(auditCount(QStringLiteral("sessie.verlopen")), 2);
    }

    void csrf_data()
    {
        QTest::addColumn<QString>("token");   // "" none, "wrong", "right"
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << "" << QByteArray() << 403;
        QTest::newRow("wrong") << "wrong" << QByteArray() << 403;
        QTest::newRow("right") << "right" << QByteArray() << 200;
        QTest::newRow("right, same origin") << "right" << QByteArray("self") << 200;
        QTest::newRow("right, foreign origin") << "right" << QByteArray("http://evil.example") << 403;
        QTest::newRow("right, null origin") << "right" << QByteArray("null") << 403;
        QTest::newRow("right, other port") << "right" << QByteArray("http://127.0.0.1:1") << 403;
    }
    void csrf()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        const QString cookie = h->login();
        const QString real = h->csrfOf(cookie);
        QVERIFY(!real.isEmpty());
        QByteArray body = "veld=hallo";
        if (token == QLatin1String("wrong"))
            body += "&csrf=" + QUrl::toPercentEncoding(real.left(real.size() - 1) + QLatin1Char('x'));
        else if (token == QLatin1String("right"))
            body += "&csrf=" + QUrl::toPercentEncoding(real);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (origin == "self")
            headers.append({"Origin", h->origin()});
        else if (!origin.isEmpty())
            headers.append({"Origin", origin});
        const Reply r = h->send("POST", QStringLiteral("/test/form"), body, headers, cookie);
        QCOMPARE(r.status, status);
        if (status == 200)
            QCOMPARE(r.body, QByteArray("ok:hallo"));
    }

    void crossSiteFetchRefused()
    {
        const QString cookie = h->login();
        const QByteArray body = "csrf=" + QUrl::toPercentEncoding(h->csrfOf(cookie));
        QCOMPARE(h->send("POST", QStringLiteral("/test/form"), body, {{"Sec-Fetch-Site", "cross-site"}}, cookie).status, 403);
        QCOMPARE(h->send("POST", QStringLiteral("/test/form"), body, {{"Sec-Fetch-Site", "same-origin"}}, cookie).status, 200);
    }

    void noFixation()
    {
        const QString first = h->login();
        const QString csrf = h->csrfOf(first);
        const QString second = h->login(QStringLiteral("inwoner1"), first, csrf);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(h->get(QStringLiteral("/test/page"), second).status, 200);
        QCOMPARE(h->get(QStringLiteral("/test/page"), first).status, 303); // the old id is dead
        // Logout ends the session and clears the cookie.
        const Reply out = h->send("POST", QStringLiteral("/test/logout"),
                                  "csrf=" + QUrl::toPercentEncoding(h->csrfOf(second)), {}, second);
        QCOMPARE(out.status, 303);
        QVERIFY(out.setCookies.value(0).contains("Max-Age=0"));
        QCOMPARE(h->get(QStringLiteral("/test/page"), second).status, 303);
        QVERIFY(auditCount(QStringLiteral("sessie.uitgelogd")) >= 2);
    }

    void endAllFor()
    {
        const QString phone = h->login();
        const QString laptop = h->login();
        const QString other = h->login(QStringLiteral("inwoner2"));
        QVERIFY(phone != laptop);
        const Reply r = h->send("POST", QStringLiteral("/test/endall"),
                                "csrf=" + QUrl::toPercentEncoding(h->csrfOf(phone)), {}, phone);
        QCOMPARE(r.status, 303);
        QCOMPARE(h->get(QStringLiteral("/test/page"), phone).status, 303);
        QCOMPARE(h->get(QStringLiteral("/test/page"), laptop).status, 303);
        QCOMPARE(h->get(QStringLiteral("/test/page"), other).status, 200);
    }

    // ---- Limits -------------------------------------------------------------------
    void bodyLimits()
    {
        const QString cookie = h->login();
        const QByteArray csrf = "csrf=" + QUrl::toPercentEncoding(h->csrfOf(cookie));
        QCOMPARE(h->send("POST", QStringLiteral("/test/form"), csrf + "&veld=" + QByteArray(60 * 1024, 'a'), {}, cookie).status, 413); // field too long
        QCOMPARE(h->send("POST", QStringLiteral("/test/form"), csrf + "&x=" + QByteArray(65 * 1024, 'a'), {}, cookie).status, 413); // body
        QByteArray many = csrf;
        for (int i = 0; i < 150; ++i)
            many += "&f" + QByteArray::number(i) + "=1";
        QCOMPARE(h->send("POST", QStringLiteral("/test/form"), many, {}, cookie).status, 413);
        QCOMPARE(h->send("POST", QStringLiteral("/test/form"), csrf + "&veld=%FF", {}, cookie).status, 400);
        // The API allows more (1 MiB): 200 KiB reaches the guard (401 without token)...
        QCOMPARE(h->send("POST", QStringLiteral("/api/v1/test"), QByteArray(200 * 1024, '{'), {{"Content-Type", "application/json"}}).status, 401);
        // ...but not more than 1 MiB.
        QCOMPARE(h->send("POST", QStringLiteral("/api/v1/test"), QByteArray(1024 * 1024 + 1, '{'), {{"Content-Type", "application/json"}}).status, 413);
        // Far beyond every limit the connection guard answers before Qt buffers it all.
        harness::RawClient raw;
        QVERIFY(raw.open(h->server->port()));
        raw.send("POST /test/form HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n\r\n");
        const QByteArray chunk(256 * 1024, 'a');
        for (int i = 0; i < 12 && raw.socket.state() == QAbstractSocket::ConnectedState; ++i) {
            raw.send(chunk);
            QTest::qWait(5);
        }
        QVERIFY(raw.waitForText("\r\n\r\n", 5000));
        QCOMPARE(raw.status(), 413);
        QVERIFY(raw.received.toLower().contains("x-content-type-options: nosniff"));
        QVERIFY(harness::waitFor([&] { return raw.socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    }

    void staticTraversal_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << QByteArray("/assets/css/app.css") << 200;
        QTest::newRow("dotdot") << QByteArray("/assets/../secret.txt") << 404;
        QTest::newRow("dotdot css") << QByteArray("/assets/css/../../secret.css") << 404;
        QTest::newRow("encoded dots") << QByteArray("/assets/%2e%2e/secret.css") << 404;
        QTest::newRow("upper encoded dots") << QByteArray("/assets/%2E%2E/secret.css") << 404;
        QTest::newRow("encoded slash") << QByteArray("/assets/css%2f..%2f..%2fsecret.css") << 404;
        QTest::newRow("encoded backslash") << QByteArray("/assets/..%5csecret.css") << 404;
        QTest::newRow("double encoded") << QByteArray("/assets/%252e%252e/secret.css") << 404;
        QTest::newRow("hidden file") << QByteArray("/assets/.hidden.css") << 404;
        QTest::newRow("no extension") << QByteArray("/assets/noext") << 404;
        QTest::newRow("symlink out") << QByteArray("/assets/link.css") << 404;
        QTest::newRow("folder") << QByteArray("/assets/css") << 404;
        QTest::newRow("nul") << QByteArray("/assets/css/app.css%00.png") << 404;
        QTest::newRow("absolute") << QByteArray("/assets//etc/passwd") << 404;
    }
    void staticTraversal()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QCOMPARE(harness::rawStatus(h->server->port(), path), status);
    }

    // ---- Realtime -----------------------------------------------------------------
    void sseOnlyOwnEvents()
    {
        const QString een = h->login(QStringLiteral("inwoner1"));
        const QString twee = h->login(QStringLiteral("inwoner2"));
        harness::RawClient a, b;
        QVERIFY(a.open(h->server->port()) && b.open(h->server->port()));
        a.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + een.toLatin1() + "\r\n\r\n");
        b.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + twee.toLatin1() + "\r\n\r\n");
        QVERIFY(a.waitForText(": verbonden", 3000) && b.waitForText(": verbonden", 3000));
        QCOMPARE(h->server->realtime().sseCount(), 2);

        // A real service call for inwoner1: a bank line booked.
        services::Boekingen boek(*h->world.ctx);
        services::BankTransactie t{QDate(2026, 11, 20), Money::fromCents(1234), QStringLiteral("Toeslag"),
                                   QStringLiteral("Belastingdienst"), QStringLiteral("inkomen"),
                                   QStringLiteral("test"), QStringLiteral("sse-1"), std::nullopt};
        QElapsedTimer clock;
        clock.start();
        REQUIRE_OK(boek.boekTransacties(Actor::systeem(), h->world.inwoner1, {t}));
        QVERIFY(a.waitForText("data: {\"kind\":\"saldo.gewijzigd\"", 1000));
        QVERIFY(clock.elapsed() < 1000);
        QTest::qWait(200);
        QVERIFY2(!b.received.contains("data:"), b.received.constData());
        // Nothing about amounts or names travels.
        QVERIFY(!a.received.contains("1234"));
        QVERIFY(!a.received.contains("Toeslag"));

        // Without a session: 401; logging out closes the stream.
        QCOMPARE(harness::rawStatus(h->server->port(), "/events"), 401);
        h->send("POST", QStringLiteral("/test/logout"), "csrf=" + QUrl::toPercentEncoding(h->csrfOf(een)), {}, een);
        QVERIFY(harness::waitFor([&] { return a.socket.state() == QAbstractSocket::UnconnectedState; }, 3000));
    }

    void sseBoundedPerSession()
    {
        const QString een = h->login();
        std::vector<std::unique_ptr<harness::RawClient>> clients;
        for (int i = 0; i < h->config.maxSseConnectionsPerSession + 1; ++i) {
            auto c = std::make_unique<harness::RawClient>();
            QVERIFY(c->open(h->server->port()));
            c->send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + een.toLatin1() + "\r\n\r\n");
            QVERIFY(c->waitForText("\r\n\r\n", 3000));
            clients.push_back(std::move(c));
        }
        for (int i = 0; i < h->config.maxSseConnectionsPerSession; ++i)
            QCOMPARE(clients.at(static_cast<size_t>(i))->status(), 200);
        QCOMPARE(clients.back()->status(), 429);
    }

    void webSocketInwoner()
    {
        const QString een = h->login(QStringLiteral("inwoner1"));
        const QString twee = h->login(QStringLiteral("inwoner2"));
        auto open = [&](const QString &cookie, const QByteArray &origin) {
            auto ws = std::make_unique<QWebSocket>(QString::fromLatin1(origin));
            QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(h->server->port())));
            req.setRawHeader("Cookie", "regie_sessie=" + cookie.toLatin1());
            ws->open(req);
            return ws;
        };
        QStringList gotA, gotB;
        auto a = open(een, h->origin());
        auto b = open(twee, h->origin());
        connect(a.get(), &QWebSocket::textMessageReceived, this, [&](const QString &m) { gotA.append(m); });
        connect(b.get(), &QWebSocket::textMessageReceived, this, [&](const QString &m) { gotB.append(m); });
        QVERIFY(harness::waitFor([&] { return gotA.size() == 1 && gotB.size() == 1; }, 3000)); // "verbonden"

        services::Boekingen boek(*h->world.ctx);
        services::BankTransactie t{QDate(2026, 11, 20), Money::fromCents(500), QStringLiteral("x"), QStringLiteral("y"),
                                   QStringLiteral("inkomen"), QStringLiteral("test"), QStringLiteral("ws-1"), std::nullopt};
        REQUIRE_OK(boek.boekTransacties(Actor::systeem(), h->world.inwoner1, {t}));
        QVERIFY(harness::waitFor([&] { return gotA.size() == 2; }, 1000));
        QVERIFY(gotA.last().contains(QStringLiteral("saldo.gewijzigd")));
        QTest::qWait(200);
        QCOMPARE(gotB.size(), 1);

        // A page of another site may not open a socket with the inwoner's cookie.
        auto evil = open(een, "http://evil.example");
        QVERIFY(harness::waitFor([&] { return evil->state() == QAbstractSocket::UnconnectedState; }, 3000));
        QVERIFY(evil->error() != QAbstractSocket::UnknownSocketError || evil->closeCode() != QWebSocketProtocol::CloseCodeNormal);
        QVERIFY(!evil->isValid());
    }

    void webSocketStaff()
    {
        const auto tokA = h->server->tokens().issue(h->world.staff(h->world.medewerkerA));
        const auto tokC = h->server->tokens().issue(h->world.staff(h->world.medewerkerAnders));
        QVERIFY(tokA && tokC);
        QStringList gotA, gotC;
        QWebSocket a, c, bad;
        connect(&a, &QWebSocket::textMessageReceived, this, [&](const QString &m) { gotA.append(m); });
        connect(&c, &QWebSocket::textMessageReceived, this, [&](const QString &m) { gotC.append(m); });
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(h->server->port()));
        // A: token in the first message; C: token in the handshake.
        connect(&a, &QWebSocket::connected, this, [&] {
            a.sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"token\":\"%1\"}").arg(tokA->accessToken));
        });
        a.open(url);
        QNetworkRequest withHeader(url);
        withHeader.setRawHeader("Authorization", "Bearer " + tokC->accessToken.toLatin1());
        c.open(withHeader);
        QVERIFY(harness::waitFor([&] { return gotA.size() == 1 && gotC.size() == 1; }, 3000));

        // werkvoorraad for inwoner1 (caseload of A, not of C in the other team).
        h->world.ctx->emitEvents({{QStringLiteral("werkvoorraad.gewijzigd"), h->world.inwoner1, std::nullopt,
                                   QStringLiteral("v123")}});
        QVERIFY(harness::waitFor([&] { return gotA.size() == 2; }, 1000));
        QVERIFY(gotA.last().contains(QStringLiteral("v123")));
        // An inwoner-side event is not for staff; a melding only for its addressee.
        h->world.ctx->emitEvents({{QStringLiteral("saldo.gewijzigd"), h->world.inwoner1, std::nullopt, {}}});
        h->world.ctx->emitEvents({{QStringLiteral("melding.nieuw"), h->world.inwoner2, h->world.medewerkerAnders, {}}});
        QVERIFY(harness::waitFor([&] { return gotC.size() == 2; }, 1000));
        QTest::qWait(200);
        QCOMPARE(gotA.size(), 2);
        QCOMPARE(gotC.size(), 2);

        // A wrong token in the first message closes the socket.
        connect(&bad, &QWebSocket::connected, this, [&] {
            bad.sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"token\":\"nope\"}"));
        });
        bad.open(url);
        QVERIFY(harness::waitFor([&] { return bad.state() == QAbstractSocket::UnconnectedState && bad.closeCode() != QWebSocketProtocol::CloseCodeNormal; }, 3000));
        QCOMPARE(bad.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    // ---- Tokens -------------------------------------------------------------------
    void tokens()
    {
        web::TokenStore &ts = h->server->tokens();
        QVERIFY(!ts.issue(h->world.inwoner(h->world.inwoner1))); // staff only
        const auto first = ts.issue(h->world.staff(h->world.medewerkerA));
        QVERIFY(first);
        QVERIFY(first->accessToken != first->refreshToken);
        QCOMPARE(ts.validate(first->accessToken)->userId, h->world.medewerkerA);
        QVERIFY(!ts.validate(first->refreshToken)); // a refresh token is no access token
        QCOMPARE(h->world.count(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = '")
                                + first->accessToken + "'"), 0);

        // Over HTTP.
        const Reply ok = h->send("GET", QStringLiteral("/api/v1/test"), {}, {{"Authorization", "Bearer " + first->accessToken.toLatin1()}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("api-version"), QByteArray("1.0.0"));
        const Reply bad = h->send("GET", QStringLiteral("/api/v1/test"), {}, {{"Authorization", "Bearer xyz"}});
        QCOMPARE(bad.status, 401);
        QVERIFY(bad.header("www-authenticate").startsWith("Bearer"));
        // Bearer POSTs need no CSRF token.
        QCOMPARE(h->send("POST", QStringLiteral("/api/v1/test"), "{}", {{"Authorization", "Bearer " + first->accessToken.toLatin1()}, {"Content-Type", "application/json"}}).status, 200);

        // Rotation.
        const web::RefreshUitkomst second = ts.refresh(first->refreshToken);
        QCOMPARE(second.fout, web::TokenFout::Geen);
        QVERIFY(second.tokens);
        QVERIFY(!ts.validate(first->accessToken)); // the old access token is retired too
        QVERIFY(ts.validate(second.tokens->accessToken));
        QCOMPARE(second.tokens->refreshExpiresAt, first->refreshExpiresAt); // no endless logins
        // Reuse of the retired refresh token revokes the whole family.
        QCOMPARE(ts.refresh(first->refreshToken).fout, web::TokenFout::Hergebruikt);
        QVERIFY(!ts.validate(second.tokens->accessToken));
        QCOMPARE(ts.refresh(second.tokens->refreshToken).fout, web::TokenFout::Hergebruikt);

        // Expiry.
        const auto third = ts.issue(h->world.staff(h->world.medewerkerA));
        h->world.advance(16 * 60);
        web::TokenFout why = web::TokenFout::Geen;
        QVERIFY(!ts.validate(third->accessToken, &why));
        QCOMPARE(why, web::TokenFout::Verlopen);
        const Reply expired = h->send("GET", QStringLiteral("/api/v1/test"), {}, {{"Authorization", "Bearer " + third->accessToken.toLatin1()}});
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("www-authenticate").contains("invalid_token"));
        const web::RefreshUitkomst fourth = ts.refresh(third->refreshToken); // still within 8 h
        QCOMPARE(fourth.fout, web::TokenFout::Geen);
        h->world.advance(8 * 3600);
        QCOMPARE(ts.refresh(fourth.tokens->refreshToken).fout, web::TokenFout::Verlopen);

        // revokeAll.
        const auto x = ts.issue(h->world.staff(h->world.medewerkerB));
        const auto y = ts.issue(h->world.staff(h->world.medewerkerB));
        QVERIFY(ts.revokeAll(h->world.medewerkerB));
        QVERIFY(!ts.validate(x->accessToken) && !ts.validate(y->accessToken));
        QCOMPARE(ts.refresh(y->refreshToken).fout, web::TokenFout::Hergebruikt);
    }

    // ---- ZGW webhook ----------------------------------------------------------------
    void webhook()
    {
        const QByteArray body = "{\"kanaal\":\"zaken\","
            "\"hoofdObject\":\"https://zaken.example/api/v1/zaken/0b1f6e0e-4b9a-4a35-9b0a-5c6a1f7b2f10\","
            "\"resource\":\"status\","
            "\"resourceUrl\":\"https://zaken.example/api/v1/statussen/7c5ad0f2-1a6e-4c1b-8a3e-3c3d7d7c2a11\","
            "\"actie\":\"create\",\"aanmaakdatum\":\"2026-11-24T09:00:00Z\","
            "\"kenmerken\":{\"bronorganisatie\":\"002220647\"}}";
        auto post = [&](const QByteArray &auth, const QByteArray &b) {
            QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
            if (!auth.isEmpty())
                headers.append({"Authorization", auth});
            return h->send("POST", QStringLiteral("/api/v1/notificaties"), b, headers);
        };
        QCOMPARE(post({}, body).status, 401);
        QCOMPARE(post("Bearer fout", body).status, 403);
        const Reply invalid = post("Bearer geheim-abonnement", "{\"kanaal\":\"zaken\"}");
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.header("content-type"), QByteArray("application/problem+json"));
        const Reply first = post("Bearer geheim-abonnement", body);
        QCOMPARE(first.status, 204);
        QVERIFY(first.body.isEmpty());
        QVERIFY(!first.header("content-security-policy").isEmpty());
        QCOMPARE(post("Bearer geheim-abonnement", body).status, 204); // redelivery
        QCOMPARE(h->world.count(QStringLiteral("SELECT COUNT(*) FROM zgw_notificaties")), 1);
        QCOMPARE(auditCount(QStringLiteral("notificatie.ontvangen")), 1);
    }

    // ---- Rate limiter ---------------------------------------------------------------
    void rateLimiter()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc());
        web::RateLimiter rl(10, 3, std::chrono::seconds(60), [&now] { return now; });
        QVERIFY(rl.allow(QStringLiteral("10.0.0.1"), QStringLiteral("anna")));
        QVERIFY(rl.allow(QStringLiteral("10.0.0.2"), QStringLiteral("Anna")));
        QVERIFY(rl.allow(QStringLiteral("10.0.0.3"), QStringLiteral("anna ")));
        QVERIFY(!rl.allow(QStringLiteral("10.0.0.4"), QStringLiteral("ANNA"))); // per username, any address
        QVERIFY(rl.retryAfterSeconds(QStringLiteral("10.0.0.4"), QStringLiteral("anna")) > 0);
        QVERIFY(rl.allow(QStringLiteral("10.0.0.4"), QStringLiteral("bram")));
        for (int i = 0; i < 10; ++i)
            QVERIFY(rl.allow(QStringLiteral("10.0.0.9"), QStringLiteral("u%1").arg(i)));
        QVERIFY(!rl.allow(QStringLiteral("10.0.0.9"), QStringLiteral("nieuw"))); // per address
        now = now.addSecs(61); // the window slides
        QVERIFY(rl.allow(QStringLiteral("10.0.0.9"), QStringLiteral("anna")));
        rl.succeeded(QStringLiteral("anna"));
        QVERIFY(rl.allow(QStringLiteral("10.0.0.8"), QStringLiteral("anna")));
        // Bounded memory under a flood of distinct addresses.
        for (int i = 0; i < web::RateLimiter::kMaxKeys + 500; ++i)
            rl.allow(QStringLiteral("192.168.%1.%2").arg(i / 256).arg(i % 256), QStringLiteral("x"));
        QVERIFY(rl.trackedKeys() <= web::RateLimiter::kMaxKeys);
    }

    // ---- Pieces -------------------------------------------------------------------
    void formParsing()
    {
        QMap<QString, QString> form;
        QCOMPARE(web::parseForm("a=1&b=h%C3%A9+x&a=2&c", 10, 100, &form), web::FormError::None);
        QCOMPARE(form.value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(form.value(QStringLiteral("b")), QStringLiteral("hé x"));
        QVERIFY(form.contains(QStringLiteral("c")));
        QCOMPARE(web::parseForm("a=1&b=2&c=3", 2, 100, &form), web::FormError::TooManyFields);
        QCOMPARE(web::parseForm("a=12345", 10, 4, &form), web::FormError::FieldTooLong);
        const QHash<QString, QString> cookies = web::parseCookies("a=1; regie_sessie=abc; a=2; q=\"x\"");
        QCOMPARE(cookies.value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(cookies.value(QStringLiteral("regie_sessie")), QStringLiteral("abc"));
        QCOMPARE(cookies.value(QStringLiteral("q")), QStringLiteral("x"));
    }

    void options()
    {
        QHostAddress a;
        quint16 p = 0;
        QVERIFY(web::parseListen(QStringLiteral("127.0.0.1:8080"), &a, &p));
        QCOMPARE(p, quint16(8080));
        QVERIFY(web::parseListen(QStringLiteral("[::1]:9"), &a, &p));
        QCOMPARE(a, QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(!web::parseListen(QStringLiteral("x:y"), &a, &p));
        std::chrono::seconds d{};
        QVERIFY(web::parseDuration(QStringLiteral("15m"), &d));
        QCOMPARE(d.count(), 900);
        QVERIFY(!web::parseDuration(QStringLiteral("-1"), &d));
        storage::DatabaseConfig db;
        QString error;
        QVERIFY(web::parsePostgres(QStringLiteral("host=db port=5433 dbname=r user=u password='a b'"), &db, &error));
        QCOMPARE(db.host, QStringLiteral("db"));
        QCOMPARE(db.port, 5433);
        QCOMPARE(db.password, QStringLiteral("a b"));
        QVERIFY(!web::parsePostgres(QStringLiteral("hots=x"), &db, &error));

        web::StartOptions o;
        QVERIFY(!web::parseOptions({QStringLiteral("regie-server")}, &o, &error)); // --data required
        QVERIFY(web::parseOptions({QStringLiteral("regie-server"), QStringLiteral("--data"), QStringLiteral("/tmp/x"),
                                   QStringLiteral("--idle-timeout"), QStringLiteral("10m"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")}, &o, &error));
        QCOMPARE(o.config.idleTimeout.count(), 600);
        QCOMPARE(o.config.idleWarning.count(), 480);
    }

    void tls()
    {
        QTemporaryDir d;
        const QString cert = d.filePath(QStringLiteral("c.pem")), key = d.filePath(QStringLiteral("k.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                                  QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key,
                                                  QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
            QSKIP("openssl not available to make a test certificate");
        web::Config c = h->config;
        c.tlsCertFile = cert;
        c.tlsKeyFile = key;
        c.listenAddress = QHostAddress::LocalHost;
        web::Server s(c, *h->world.ctx);
        s.router().post(QStringLiteral("/login"), web::Guard::Public, [this](web::Context &ctx) {
            ctx.sessions.begin(h->world.inwoner(h->world.inwoner1), false);
            return web::Response::redirect(QStringLiteral("/"));
        });
        QString error;
        QVERIFY2(s.listen(&error), qPrintable(error));
        QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/login").arg(s.port())));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = h->nam.post(req, QByteArray("x=1"));
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        QVERIFY(harness::waitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 303);
        QVERIFY(reply->rawHeader("Strict-Transport-Security").startsWith("max-age="));
        QVERIFY2(reply->rawHeader("Set-Cookie").contains("; Secure"), reply->rawHeader("Set-Cookie").constData());
        reply->deleteLater();
    }

    void refusesPublicAddressWithoutTls()
    {
        web::Config c = h->config;
        c.listenAddress = QHostAddress(QStringLiteral("0.0.0.0"));
        web::Server s(c, *h->world.ctx);
        QString error;
        QVERIFY(!s.listen(&error));
        QVERIFY(error.contains(QStringLiteral("TLS")));
    }
};

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
