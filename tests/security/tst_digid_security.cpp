// DigiD login under attack, against regie-server as a process and a real OpenID provider
// (tests/oidc/provider.mjs, oidc-provider) that stands in for the DigiD broker: a lower DigiD
// level than moving money needs, a broker that answers slowly (the server keeps answering
// everyone else meanwhile), a client that starts more logins than it can finish, and a flood
// of forged callbacks (counted in the audit trail, not written one event each).

#include "ServerProcess.h"

#include "../oidc/ProviderProcess.h"

#include "demo/Generator.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrlQuery>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace security;
using namespace regie;

namespace {

const QByteArray kSubstantieel = "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard";
const QByteArray kHoog = "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";
const QByteArray kMidden = "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract";
constexpr int kSlowBrokerMs = 3000;

// The DigiD broker: oidc-provider on a free loopback port, optionally answering discovery,
// keys and tokens late.
class Broker : public oidctest::ProviderProcess {
public:
    QByteArray digidSection(const QByteArray &extra = {}) const
    {
        return "[digid]\nissuer=" + issuer.toUtf8() + "\nclient_id=regie\nclient_secret=" + secret.toUtf8()
               + "\nredirect_uri=http://127.0.0.1:8080/inloggen/digid/terug\nbsn_claim=bsn\nscope=openid bsn\n" + extra;
    }
    // Plays the inwoner at the broker: logs in as `bsn` at DigiD level `acr`; returns the
    // query of the redirect back to Regie.
    QByteArray login(const QByteArray &authorizationUrl, const QString &bsn, const QByteArray &acr) const
    {
        const QUrl base(driver);
        const QByteArray path = "/login?url=" + QUrl::toPercentEncoding(QString::fromLatin1(authorizationUrl)) + "&login="
                                + bsn.toLatin1() + "&acr=" + QUrl::toPercentEncoding(QString::fromLatin1(acr));
        const Answer a = request(static_cast<quint16>(base.port()), "GET", path);
        if (a.status != 200) {
            qWarning("broker login: %d %s", a.status, a.body.constData());
            return {};
        }
        return QUrl(QString::fromUtf8(a.body)).query(QUrl::FullyEncoded).toLatin1();
    }
};

struct Start {
    int status = 0;
    QByteArray location;
    QByteArray binding;
};

Start startLogin(quint16 port, const QString &from)
{
    const Answer a = request(port, "GET", "/inloggen/digid", {}, {}, from);
    return {a.status, a.header("Location"), cookieValue(a, "regie_digid")};
}

Answer callback(quint16 port, const QByteArray &query, const QByteArray &binding, const QString &from)
{
    return request(port, "GET", "/inloggen/digid/terug?" + query, {{"Cookie", "regie_digid=" + binding}}, {}, from);
}

// The audit events of one action in a server's SQLite file, read beside the running server.
QList<QJsonObject> auditDetails(const QString &sqlitePath, const QString &action)
{
    QList<QJsonObject> out;
    const QString name = QStringLiteral("audit-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT details_json FROM audit_events WHERE action = ? ORDER BY seq"));
            q.addBindValue(action);
            if (q.exec()) {
                while (q.next())
                    out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TstDigidSecurity : public QObject {
    Q_OBJECT

    Broker broker_, slowBroker_;
    ServerProcess regie_, regieSlow_;
    QString bsn_; // a demo inwoner with an account

    QString sqlite() const { return regie_.dir.filePath(QStringLiteral("data/regie.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(broker_.start(), qPrintable(broker_.error));
        QVERIFY2(slowBroker_.start({QStringLiteral("--delay-ms=%1").arg(kSlowBrokerMs)}), qPrintable(slowBroker_.error));
        bsn_ = demo::genereer(demo::GeneratorParams{}).huishoudens.constFirst().inwoner.bsn;
        QVERIFY(!bsn_.isEmpty());
        // Room for the flood below: the per-client throttle of the login routes stands aside
        // here, so the audit bound itself is what is shown.
        QVERIFY(regie_.start({QStringLiteral("--demo")},
                             broker_.digidSection("max_pending_per_client=5\nmax_pending_logins=8\n")
                                 + "[limits]\nlogin_requests_per_client=1000\n"));
        QVERIFY(regieSlow_.start({QStringLiteral("--demo")}, slowBroker_.digidSection()));
    }

    void lowDigidLevelIsRefusedWithAB1Page_data()
    {
        QTest::addColumn<QByteArray>("acr");
        QTest::addColumn<int>("status");
        QTest::newRow("DigiD Midden") << kMidden << 403;
        QTest::newRow("DigiD Substantieel") << kSubstantieel << 303;
        QTest::newRow("DigiD Hoog") << kHoog << 303;
    }
    void lowDigidLevelIsRefusedWithAB1Page()
    {
        QFETCH(QByteArray, acr);
        QFETCH(int, status);
        const QString from = QStringLiteral("127.0.0.40");
        const Start start = startLogin(regie_.port, from);
        QCOMPARE(start.status, 302);
        QVERIFY(!start.binding.isEmpty());
        const QByteArray query = broker_.login(start.location, bsn_, acr);
        QVERIFY(!query.isEmpty());
        const Answer back = callback(regie_.port, query, start.binding, from);
        QCOMPARE(back.status, status);
        // Asked for as well, but asking binds the broker to nothing: the answer is what counts.
        QVERIFY2(start.location.contains(QByteArray("acr_values=" + QUrl::toPercentEncoding(QString::fromLatin1(kSubstantieel)))),
                 start.location.constData());
        if (status == 303) {
            QCOMPARE(back.header("Location"), QByteArray("/overzicht"));
            QVERIFY(!cookieValue(back, "regie_sessie").isEmpty());
            return;
        }
        QVERIFY(cookieValue(back, "regie_sessie").isEmpty());
        const QString page = QString::fromUtf8(back.body);
        QVERIFY2(page.contains(QStringLiteral("niet veilig genoeg")), qPrintable(page.left(400)));
        QVERIFY(page.contains(QStringLiteral("ID-check")));
    }

    // Discovery, keys and the token request take kSlowBrokerMs each; the server must go on
    // answering other requests meanwhile. Asserted as an order of events, and measured.
    void slowBrokerDoesNotHoldTheServer()
    {
        const QString from = QStringLiteral("127.0.0.41");
        Connection digid;
        QVERIFY(digid.open(regieSlow_.port, from));
        QElapsedTimer waited;
        waited.start();
        digid.send("GET /inloggen/digid HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        const qint64 slowest = answerOthersMeanwhile(digid);
        QVERIFY2(slowest >= 0, "the other requests waited for the broker");
        QVERIFY(digid.waitForClose(30'000));
        const Answer start = parseAnswer(digid.received);
        QCOMPARE(start.status, 302);
        qInfo("DigiD start waited %lld ms for discovery and keys; meanwhile 20 other requests, the slowest %lld ms",
              static_cast<long long>(waited.elapsed()), static_cast<long long>(slowest));

        const QByteArray query = slowBroker_.login(start.header("Location"), bsn_, kSubstantieel);
        QVERIFY(!query.isEmpty());
        Connection back;
        QVERIFY(back.open(regieSlow_.port, from));
        waited.restart();
        back.send("GET /inloggen/digid/terug?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_digid="
                  + cookieValue(start, "regie_digid") + "\r\n\r\n");
        const qint64 slowestDuringToken = answerOthersMeanwhile(back);
        QVERIFY2(slowestDuringToken >= 0, "the other requests waited for the broker");
        QVERIFY(back.waitForClose(30'000));
        QCOMPARE(parseAnswer(back.received).status, 303);
        qInfo("DigiD callback waited %lld ms for the token request; meanwhile 20 other requests, the slowest %lld ms",
              static_cast<long long>(waited.elapsed()), static_cast<long long>(slowestDuringToken));
    }

    // One client cannot fill the store of pending logins for everyone, nor can all together
    // grow it without bound.
    void pendingLoginsAreBoundedPerClientAndInTotal()
    {
        int started = 0, refused = 0;
        for (int i = 0; i < 7; ++i) {
            const Start s = startLogin(regie_.port, QStringLiteral("127.0.0.44"));
            started += s.status == 302 ? 1 : 0;
            refused += s.status == 429 ? 1 : 0;
        }
        QCOMPARE(started, 5);
        QCOMPARE(refused, 2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(startLogin(regie_.port, QStringLiteral("127.0.0.45")).status, 302);
        QCOMPARE(startLogin(regie_.port, QStringLiteral("127.0.0.46")).status, 503); // all 8 places taken
    }

    // Forged callbacks: each is refused, and the trail counts them instead of growing by one
    // event per attempt. Last: it stops the server to see the counts written.
    void forgedCallbackFloodIsCounted()
    {
        const qint64 before = auditDetails(sqlite(), QStringLiteral("login.mislukt")).size();
        for (int i = 0; i < 300; ++i) {
            const QByteArray path = "/inloggen/digid/terug?code=x&state=vervalst" + QByteArray::number(i);
            const Answer refused = request(regie_.port, "GET", path, {}, {}, QStringLiteral("127.0.0.47"));
            if (refused.status != 400)
                qWarning("%s", regie_.output().right(4000).constData());
            QVERIFY2(refused.status == 400, qPrintable(QStringLiteral("attempt %1: %2 %3").arg(i).arg(refused.status).arg(QString::fromUtf8(refused.head))));
        }
        for (int i = 0; i < 10; ++i)
            QCOMPARE(request(regie_.port, "GET", "/inloggen/digid/terug?state=x", {}, {}, QStringLiteral("127.0.0.48")).status, 400);
        QCOMPARE(auditDetails(sqlite(), QStringLiteral("login.mislukt")).size() - before, 2); // the first of each source

        regie_.stop(); // the rest of the window is written on the way out
        const QList<QJsonObject> events = auditDetails(sqlite(), QStringLiteral("login.mislukt")).mid(before);
        QCOMPARE(events.size(), 4);
        qint64 total = 0;
        QSet<QString> sources;
        for (const QJsonObject &e : events) {
            QCOMPARE(e.value(QStringLiteral("reden")).toString(), QStringLiteral("state_onbekend"));
            total += e.contains(QStringLiteral("aantal")) ? e.value(QStringLiteral("aantal")).toInteger() : 1;
            sources.insert(e.value(QStringLiteral("bron")).toString());
        }
        QCOMPARE(total, 310);
        QCOMPARE(sources.size(), 2);
    }

private:
    // Twenty requests from another client while `waiting` has not been answered; returns the
    // slowest in ms. Fails when `waiting` got its answer first (they had to wait for it).
    qint64 answerOthersMeanwhile(Connection &waiting)
    {
        qint64 slowest = 0;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer one;
            one.start();
            const Answer a = request(regieSlow_.port, "GET", "/sessie/status", {}, {}, QStringLiteral("127.0.0.49"));
            slowest = std::max(slowest, one.elapsed());
            if (a.status != 200)
                qWarning("other request: %d", a.status);
        }
        waiting.socket.waitForReadyRead(0);
        waiting.readAvailable();
        if (!waiting.received.isEmpty())
            qWarning("the slow DigiD request was answered before the 20 others: they waited for it");
        return waiting.received.isEmpty() ? slowest : -1;
    }
};

QTEST_GUILESS_MAIN(TstDigidSecurity)
#include "tst_digid_security.moc"
