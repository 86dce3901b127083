// regie-server's transport under attack, as a separate process: who a client is behind the
// TLS proxy (X-Forwarded-For believed only from a trusted proxy), a login flood from one
// client, slow headers and slow bodies, pipelined bodies on an event stream, many connections
// from one client, unauthenticated WebSocket handshakes, repeated cookies, and the cookies'
// names and attributes when the public origin is https. Memory is read from /proc and held
// to a bound relative to the idle server measured in the same test (a ratio, not a timing).

#include "ServerProcess.h"

#include "auth/StaffLogin.h"
#include "crypto/Totp.h"
#include "demo/Generator.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace security;
using namespace regie;

namespace {

// Limits small enough to reach in a test; the defaults are in docs/SERVER.md.
const QByteArray kLimits = "[server]\ntrusted_proxies=127.0.0.1\n"
                           "[limits]\nlogin_requests_per_client=5\nheader_timeout=2\nrequest_timeout=4\n"
                           "max_connections_per_client=10\nmax_realtime_connections=4\n"
                           "max_unauthenticated_websockets=4\nmax_unauthenticated_websockets_per_client=2\n";
constexpr int kSlack = 10'000; // how long a test waits for the server to act on a 2 or 4 s limit
// The server may hold this much more resident memory under attack than idle: generous, since
// glibc keeps freed pages, but far below what buffering the attack would take.
constexpr qint64 kRssRatio = 2;
constexpr qint64 kPipelinedBytes = 256LL * 1024 * 1024;

QByteArray loginBody(const QString &username, const QString &password = QStringLiteral("fout"),
                     const QString &totp = QStringLiteral("000000"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("password"), password},
                                     {QStringLiteral("totp"), totp}})
        .toJson(QJsonDocument::Compact);
}

const QList<std::pair<QByteArray, QByteArray>> kJson{{"Content-Type", "application/json"}};

QList<std::pair<QByteArray, QByteArray>> forwardedFor(const QByteArray &chain)
{
    return kJson + QList<std::pair<QByteArray, QByteArray>>{{"X-Forwarded-For", chain}};
}

QByteArray webSocketHandshake(quint16 port, const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             "Sec-WebSocket-Version: 13\r\n" + extra + "\r\n";
}

} // namespace

class TstTransportSecurity : public QObject {
    Q_OBJECT

    ServerProcess plain_; // no data: enough for the transport's own answers
    ServerProcess demo_;  // --demo: inwoners and staff to log in as
    demo::Dataset dataset_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(plain_.start({}, kLimits));
        QVERIFY(demo_.start({QStringLiteral("--demo")}, kLimits));
        dataset_ = demo::genereer(demo::GeneratorParams{});
    }

    // ---- Who the client is ---------------------------------------------------------------
    void forwardedForIsBelievedOnlyFromTheTrustedProxy()
    {
        const quint16 port = plain_.port;
        // Through the proxy (127.0.0.1): the proxy's client 203.0.113.7 gets five tries.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(request(port, "POST", "/api/v1/sessies", forwardedFor("203.0.113.7"), loginBody(QStringLiteral("a%1").arg(i))).status, 401);
        const Answer sixth = request(port, "POST", "/api/v1/sessies", forwardedFor("203.0.113.7"), loginBody(QStringLiteral("a5")));
        QCOMPARE(sixth.status, 429);
        QVERIFY(sixth.header("Retry-After").toInt() > 0);
        // Another client of the same proxy is not blocked by it...
        QCOMPARE(request(port, "POST", "/api/v1/sessies", forwardedFor("203.0.113.8"), loginBody(QStringLiteral("b0"))).status, 401);
        // ...and a client cannot escape by writing its own entry in front: the proxy's is believed.
        QCOMPARE(request(port, "POST", "/api/v1/sessies", forwardedFor("203.0.113.9, 203.0.113.7"), loginBody(QStringLiteral("a6"))).status, 429);
        // From a peer that is not a trusted proxy the header is ignored: a fresh forged
        // address per attempt does not buy fresh attempts.
        int refused = 0;
        for (int i = 0; i < 8; ++i) {
            const QByteArray forged = "198.51.100." + QByteArray::number(i + 1);
            const int status = request(port, "POST", "/api/v1/sessies", forwardedFor(forged), loginBody(QStringLiteral("c%1").arg(i)),
                                       QStringLiteral("127.0.0.2")).status;
            QVERIFY(status == 401 || status == 429);
            refused += status == 429 ? 1 : 0;
        }
        QCOMPARE(refused, 3);
    }

    // A flood from one client behind the proxy used to exhaust the proxy's (everyone's) budget.
    void loginFloodBlocksOnlyTheFlooder()
    {
        const quint16 port = demo_.port;
        int throttled = 0;
        for (int i = 0; i < 40; ++i) {
            const int status = request(port, "POST", "/api/v1/sessies", forwardedFor("192.0.2.66"), loginBody(QStringLiteral("flood%1").arg(i))).status;
            throttled += status == 429 ? 1 : 0;
        }
        QVERIFY2(throttled >= 35, qPrintable(QString::number(throttled)));
        const QString username = dataset_.gebruikers.at(dataset_.huishoudens.constFirst().medewerker).username;
        const QString totp = crypto::totpCode(auth::demoTotpSecret(username), QDateTime::currentDateTimeUtc());
        const Answer staff = request(port, "POST", "/api/v1/sessies", forwardedFor("192.0.2.10"),
                                     loginBody(username, QStringLiteral("regie-demo"), totp));
        QCOMPARE(staff.status, 201);
    }

    // ---- Slow clients ----------------------------------------------------------------------
    // Slowloris: headers one byte a second. The old idle timer restarted on every byte.
    void slowHeadersAreCutOff()
    {
        const qint64 idle = plain_.rssKib();
        QVERIFY(idle > 0);
        std::vector<std::unique_ptr<Connection>> slow;
        for (int a = 0; a < 4; ++a) {
            for (int i = 0; i < 10; ++i) {
                auto c = std::make_unique<Connection>();
                QVERIFY(c->open(plain_.port, QStringLiteral("127.0.0.%1").arg(30 + a)));
                c->send("GET /hulp HTTP/1.1\r\nHost: 127.0.0.1\r\n");
                slow.push_back(std::move(c));
            }
        }
        QElapsedTimer clock;
        clock.start();
        int open = static_cast<int>(slow.size());
        qint64 peak = 0;
        while (open > 0 && clock.elapsed() < kSlack) {
            open = 0;
            for (auto &c : slow) {
                c->send("X"); // one more byte of a header that never ends
                c->socket.waitForReadyRead(5);
                c->readAvailable();
                open += c->isOpen() ? 1 : 0;
            }
            peak = std::max(peak, plain_.rssKib());
            QTest::qSleep(std::max(0, 1000 - 5 * static_cast<int>(slow.size())));
        }
        QCOMPARE(open, 0);
        for (auto &c : slow)
            QVERIFY2(c->received.startsWith("HTTP/1.1 408"), c->received.left(40).constData());
        qInfo("slow headers: %zu connections closed after %lld ms; RSS idle %lld KiB, peak %lld KiB",
              slow.size(), static_cast<long long>(clock.elapsed()), static_cast<long long>(idle), static_cast<long long>(peak));
        QVERIFY(peak < idle * kRssRatio);
    }

    void slowBodyIsCutOff()
    {
        Connection c;
        QVERIFY(c.open(plain_.port, QStringLiteral("127.0.0.4")));
        c.send("POST /api/v1/sessies HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
        QElapsedTimer clock;
        clock.start();
        while (c.isOpen() && clock.elapsed() < kSlack) {
            c.send("{");
            c.socket.waitForReadyRead(1000);
            c.readAvailable();
        }
        QVERIFY2(!c.isOpen(), "a body trickling in a byte a second kept the connection");
        QVERIFY(c.received.startsWith("HTTP/1.1 408"));
        qInfo("slow body closed after %lld ms", static_cast<long long>(clock.elapsed()));
    }

    // ---- Memory and connections --------------------------------------------------------------
    // After GET /events the connection carries the stream; a request pipelined behind it used
    // to be parsed and its body buffered without any bound.
    void pipelinedBodiesOnAStreamAreNotBuffered()
    {
        const QByteArray cookie = demo_.demoLogin("regie_sessie", {}, QStringLiteral("127.0.0.50"));
        QVERIFY(!cookie.isEmpty());
        const qint64 idle = demo_.rssKib();
        Connection c;
        QVERIFY(c.open(demo_.port, QStringLiteral("127.0.0.5")));
        c.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + cookie + "\r\n\r\n"
               "POST /api/v1/sessies HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Content-Length: " + QByteArray::number(kPipelinedBytes) + "\r\n\r\n");
        QVERIFY(c.waitForText("text/event-stream", 10'000));
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        while (sent < kPipelinedBytes && c.isOpen()) {
            c.socket.write(chunk);
            if (!c.socket.waitForBytesWritten(10'000))
                break;
            sent += chunk.size();
        }
        QTest::qWait(1000);
        const qint64 after = demo_.rssKib();
        qInfo("pipelined behind a stream: %lld MiB sent before the server closed; RSS idle %lld KiB, after %lld KiB",
              static_cast<long long>(sent >> 20), static_cast<long long>(idle), static_cast<long long>(after));
        QVERIFY2(after < idle * kRssRatio, qPrintable(QStringLiteral("RSS %1 KiB, idle %2 KiB").arg(after).arg(idle)));
        QVERIFY(c.waitForClose(kSlack));
        QVERIFY(sent < kPipelinedBytes);
    }

    // Requests pipelined without reading the answers: the answers would pile up in the server.
    void unreadAnswersAreBounded()
    {
        const qint64 idle = plain_.rssKib();
        Connection c;
        QVERIFY(c.open(plain_.port, QStringLiteral("127.0.0.8")));
        QByteArray burst;
        for (int i = 0; i < 100; ++i)
            burst += "GET /hulp HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        int sent = 0;
        c.socket.setReadBufferSize(1); // the client reads nothing: its kernel buffer fills, then the server's
        for (; sent < 100 && c.isOpen(); ++sent) { // 10,000 requests
            c.socket.write(burst);
            c.socket.waitForBytesWritten(2000);
            QTest::qSleep(20);
        }
        // Give the server the time to answer them all (into its own buffer, if it would).
        QElapsedTimer clock;
        clock.start();
        qint64 peak = 0;
        while (clock.elapsed() < 20'000 && c.isOpen()) {
            c.socket.waitForReadyRead(0); // notices a close; reads nothing, the buffer stays at 0
            peak = std::max(peak, plain_.rssKib());
            QTest::qSleep(250);
        }
        QTest::qSleep(500);
        peak = std::max(peak, plain_.rssKib());
        qInfo("pipelined without reading: %d00 requests sent, connection %s after %lld ms; RSS idle %lld KiB, peak %lld KiB",
              sent, c.isOpen() ? "still open" : "closed by the server", static_cast<long long>(clock.elapsed()),
              static_cast<long long>(idle), static_cast<long long>(peak));
        QVERIFY2(peak < idle * kRssRatio, qPrintable(QStringLiteral("RSS %1 KiB, idle %2 KiB").arg(peak).arg(idle)));
        QVERIFY(!c.isOpen());
    }

    void connectionsPerClientAreCapped()
    {
        std::vector<std::unique_ptr<Connection>> many;
        for (int i = 0; i < 25; ++i) {
            auto c = std::make_unique<Connection>();
            c->open(plain_.port, QStringLiteral("127.0.0.6"));
            many.push_back(std::move(c));
        }
        QTest::qSleep(500);
        int open = 0;
        for (auto &c : many) {
            c->socket.waitForReadyRead(20);
            open += c->isOpen() ? 1 : 0;
        }
        QVERIFY2(open <= 10, qPrintable(QString::number(open)));
        QVERIFY(open >= 5);
        // Another client is served meanwhile.
        QCOMPARE(request(plain_.port, "GET", "/sessie/status", {}, {}, QStringLiteral("127.0.0.7")).status, 200);
    }

    // Staff may send their token in the first WebSocket message; until then a socket is
    // nobody's and must not take the slots logged-in users need.
    void unauthenticatedWebSocketsTakeNoSlots()
    {
        const QByteArray cookie = demo_.demoLogin("regie_sessie", {}, QStringLiteral("127.0.0.51"));
        QVERIFY(!cookie.isEmpty());
        std::vector<std::unique_ptr<Connection>> handshakes;
        int upgraded = 0;
        for (int a = 0; a < 6; ++a) {
            for (int i = 0; i < 3; ++i) {
                auto c = std::make_unique<Connection>();
                QVERIFY(c->open(demo_.port, QStringLiteral("127.0.0.%1").arg(80 + a)));
                c->send(webSocketHandshake(demo_.port, "/api/v1/ws"));
                c->waitForText("\r\n\r\n", 5000);
                upgraded += c->received.startsWith("HTTP/1.1 101") ? 1 : 0;
                handshakes.push_back(std::move(c));
            }
        }
        QVERIFY2(upgraded <= 4, qPrintable(QString::number(upgraded))); // the pool: 4 in all, 2 per client
        Connection sse;
        QVERIFY(sse.open(demo_.port, QStringLiteral("127.0.0.52")));
        sse.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + cookie + "\r\n\r\n");
        QVERIFY(sse.waitForText("\r\n\r\n", 5000));
        QVERIFY2(sse.received.startsWith("HTTP/1.1 200"), sse.received.left(60).constData());
    }

    // ---- Cookies -------------------------------------------------------------------------------
    void repeatedCookiesAreRefused_data()
    {
        QTest::addColumn<QList<QByteArray>>("cookieHeaders");
        QTest::addColumn<int>("status");
        QTest::newRow("one session cookie") << QList<QByteArray>{"regie_sessie=a"} << 200;
        QTest::newRow("session cookie twice") << QList<QByteArray>{"regie_sessie=a; regie_sessie=b"} << 400;
        QTest::newRow("twice over two headers") << QList<QByteArray>{"regie_sessie=a", "regie_sessie=b"} << 400;
        QTest::newRow("__Host- cookie twice") << QList<QByteArray>{"__Host-regie_sessie=a; x=1; __Host-regie_sessie=b"} << 400;
        QTest::newRow("someone else's cookie twice") << QList<QByteArray>{"_ga=1; _ga=2"} << 200;
    }
    void repeatedCookiesAreRefused()
    {
        QFETCH(QList<QByteArray>, cookieHeaders);
        QFETCH(int, status);
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const QByteArray &h : cookieHeaders)
            headers.append({"Cookie", h});
        QCOMPARE(request(plain_.port, "GET", "/sessie/status", headers).status, status);
    }

    void plainHttpDevelopmentSaysWhatItCannotDo()
    {
        const QByteArray cookie = demo_.demoLogin("regie_sessie", {}, QStringLiteral("127.0.0.53"));
        QVERIFY(!cookie.isEmpty()); // unprefixed: browsers refuse __Host- on http
        QVERIFY(demo_.output().contains("cookies go without Secure"));
    }

    // Behind a TLS-terminating proxy the socket is plain, the browser's origin is https.
    void cookiesFollowThePublicOrigin()
    {
        ServerProcess behindProxy;
        const QByteArray publicOrigin = "https://regie.utrecht.example";
        QVERIFY(behindProxy.start({QStringLiteral("--demo"), QStringLiteral("--public-origin"), QString::fromLatin1(publicOrigin)}, kLimits));
        const QList<std::pair<QByteArray, QByteArray>> origin{{"Origin", publicOrigin}};
        const Answer page = request(behindProxy.port, "GET", "/inloggen/test");
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("name=\"gebruiker\"[^>]*value=\"(\\d+)\"")).match(QString::fromUtf8(page.body));
        QVERIFY(m.hasMatch());
        const Answer login = request(behindProxy.port, "POST", "/inloggen/test",
                                     origin + QList<std::pair<QByteArray, QByteArray>>{{"Content-Type", "application/x-www-form-urlencoded"}},
                                     "gebruiker=" + m.captured(1).toLatin1());
        QCOMPARE(login.status, 303);
        QCOMPARE(login.setCookies.size(), 1);
        const QByteArray set = login.setCookies.constFirst();
        QVERIFY2(set.startsWith("__Host-regie_sessie="), set.constData());
        for (const QByteArray &attribute : {QByteArrayLiteral("; Secure"), QByteArrayLiteral("; HttpOnly"),
                                           QByteArrayLiteral("; Path=/"), QByteArrayLiteral("; SameSite=Lax")})
            QVERIFY2(set.contains(attribute), set.constData());
        QVERIFY(!set.toLower().contains("domain="));
        QVERIFY(login.header("Strict-Transport-Security").startsWith("max-age="));
        const QByteArray id = cookieValue(login, "__Host-regie_sessie");
        QCOMPARE(request(behindProxy.port, "GET", "/overzicht", {{"Cookie", "__Host-regie_sessie=" + id}}).status, 200);
        // The unprefixed name is not ours here: a cookie planted under it logs nobody in.
        QVERIFY(request(behindProxy.port, "GET", "/overzicht", {{"Cookie", "regie_sessie=" + id}}).status != 200);
    }
};

QTEST_GUILESS_MAIN(TstTransportSecurity)
#include "tst_transport_security.moc"
