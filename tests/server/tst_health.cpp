// /health/live, /health/ready and /metrics (server/Health.h): the answers, the token on the
// main address, the separate metrics listener, the counts the metrics carry, a failing
// readiness check, and no personal data in any of it.

#include "ServerHarness.h"

#include "server/Health.h"
#include "server/Metrics.h"

#include <QtNetwork/QTcpSocket>

using namespace regie;

namespace {

// One GET on a fresh connection to the metrics listener, which speaks only the minimum.
QByteArray rawGet(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray out;
    harness::waitFor([&] {
        out += s.readAll();
        return s.state() == QAbstractSocket::UnconnectedState;
    }, 10'000);
    return out + s.readAll();
}

} // namespace

class TstHealth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveAndReady()
    {
        harness::Harness h;
        h.start();
        const harness::Reply live = h.send("GET", QStringLiteral("/health/live"));
        QCOMPARE(live.status, 200);
        QCOMPARE(live.header("cache-control"), QByteArray("no-store"));
        QVERIFY(live.setCookies.isEmpty()); // a probe never starts a session
        const harness::Reply ready = h.send("GET", QStringLiteral("/health/ready"));
        QCOMPARE(ready.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ready.body).object().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));

        bool koppelingenLopen = true;
        h.server->monitoring().addCheck(QStringLiteral("koppelingen"),
                                        [&] { return koppelingenLopen ? QString() : QStringLiteral("gestopt"); });
        QCOMPARE(h.send("GET", QStringLiteral("/health/ready")).status, 200);
        koppelingenLopen = false;
        const harness::Reply down = h.send("GET", QStringLiteral("/health/ready"));
        QCOMPARE(down.status, 503);
        const QJsonObject checks = QJsonDocument::fromJson(down.body).object().value(QStringLiteral("checks")).toObject();
        QCOMPARE(checks.value(QStringLiteral("koppelingen")).toString(), QStringLiteral("gestopt"));
        QCOMPARE(checks.value(QStringLiteral("opslag")).toString(), QStringLiteral("ok"));
    }

    void metricsNeedTheTokenOnTheMainAddress()
    {
        harness::Harness h;
        h.start([](web::Config &c) { c.metricsToken = QStringLiteral("scrape-token"); });
        QCOMPARE(h.send("GET", QStringLiteral("/metrics")).status, 404);
        QCOMPARE(h.send("GET", QStringLiteral("/metrics"), {}, {{"Authorization", "Bearer fout"}}).status, 404);
        const harness::Reply m = h.send("GET", QStringLiteral("/metrics"), {}, {{"Authorization", "Bearer scrape-token"}});
        QCOMPARE(m.status, 200);
        QVERIFY(m.header("content-type").startsWith("text/plain; version=0.0.4"));
        QVERIFY(m.body.contains("regie_up 1"));
        QVERIFY(m.body.contains("regie_store_up 1"));

        harness::Harness none;
        none.start();
        QCOMPARE(none.send("GET", QStringLiteral("/metrics"), {}, {{"Authorization", "Bearer "}}).status, 404);
    }

    void metricsCountRequestsOutboxAndWithdrawals()
    {
        harness::Harness h;
        h.start([](web::Config &c) {
            c.metricsAddress = QHostAddress::LocalHost;
            c.metricsPort = 0;
        });
        const quint16 port = h.server->monitoring().port();
        QVERIFY(port != 0);
        // A waiting outbox message and one given up, an hour old.
        for (const char *status : {"nieuw", "mislukt"}) {
            storage::Sql add(*h.world.db, QStringLiteral("INSERT INTO outbox (topic, idempotency_key, payload_json, status,"
                                                         " next_attempt_at, created_at) VALUES ('mail', :k, '{}', :s, :t, :t)"));
            add.bind(QStringLiteral(":k"), QString::fromLatin1(status))
                .bind(QStringLiteral(":s"), QString::fromLatin1(status))
                .bind(QStringLiteral(":t"), storage::toDbTime(h.world.now.addSecs(-3600)));
            QVERIFY(add.exec());
        }
        const QByteArray before = rawGet(port, "/metrics");
        const auto count = [](const QByteArray &text, const QByteArray &series) {
            for (const QByteArray &line : text.split('\n')) {
                if (line.startsWith(QByteArray(series + ' ')))
                    return line.mid(series.size() + 1).toDouble();
            }
            return -1.0;
        };
        const QByteArray pages = "regie_http_requests_total{group=\"health\",status=\"2xx\"}";
        h.send("GET", QStringLiteral("/health/live"));
        h.send("GET", QStringLiteral("/health/live"));
        const QByteArray after = rawGet(port, "/metrics");
        QVERIFY2(after.startsWith("HTTP/1.1 200 OK"), after.left(200).constData());
        QCOMPARE(count(after, pages), std::max(0.0, count(before, pages)) + 2);
        QCOMPARE(count(after, "regie_outbox_pending"), 1.0);
        QCOMPARE(count(after, "regie_outbox_failed"), 1.0);
        QCOMPARE(count(after, "regie_outbox_oldest_age_seconds"), 3600.0);
        QCOMPARE(count(after, "regie_sync_age_seconds"), -1.0);
        QVERIFY(after.contains("regie_http_request_duration_seconds_bucket{group=\"health\",status=\"2xx\",le=\"+Inf\"}"));
        QVERIFY(rawGet(port, "/health/ready").startsWith("HTTP/1.1 200 OK"));
        QVERIFY(rawGet(port, "/health/live").startsWith("HTTP/1.1 200 OK"));
        QVERIFY(rawGet(port, "/anders").startsWith("HTTP/1.1 404"));
        // Nothing about a person: no BSN, IBAN, name or e-mail of the world's inwoners.
        for (const char *personal : {"111222333", "NL91ABNA0417164300", "inwoner1", "@"})
            QVERIFY2(!after.contains(personal), personal);
    }

    void routeGroupsAreFew()
    {
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("/api/v1/inwoners/<arg>")), QStringLiteral("api"));
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("/api/v1/sessies")), QStringLiteral("login"));
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("/inloggen/digid/terug")), QStringLiteral("login"));
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("/assets/{file}")), QStringLiteral("assets"));
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("/events")), QStringLiteral("realtime"));
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("/overzicht")), QStringLiteral("pages"));
        QCOMPARE(web::HttpMetrics::group(QStringLiteral("(405)")), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TstHealth)
#include "tst_health.moc"
