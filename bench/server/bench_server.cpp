// regie-server throughput, latency and memory, as ratios against a baseline measured in
// the same run:
//   1. requests per second and p99 latency of a GET answering a page-sized body (about
//      14 KB, like the inwoner Overzicht) through web::Server (routing, session lookup,
//      security headers, JSON access log) beside a bare QHttpServer route with the same
//      body, both in this process, under 64 keep-alive connections from a load generator
//      thread;
//   2. RSS of the server process with 1,000 open SSE connections (the clients run in a
//      child process so their sockets do not count).
//
//   bench_server [--connections 64] [--seconds 4] [--sse 1000] [--only-sse]
//                --only-sse skips the throughput runs; the memory figure is printed as a
//                FIGURE line for bench/run.sh, projected linearly to 10,000 streams when
//                fewer were opened (the goal of issue 11: 10,000 under 150 MB)
//                [--target host:port --path /overzicht --cookie <regie_sessie>]
//   bench_server --serve-bare PORT --body-bytes N
//                only serves the bare QHttpServer route /bench/page (a body of about N
//                bytes) until killed: the baseline for bench/server/overzicht.sh, which
//                loads both servers with wrk.
// With --target the regie measurement runs against an already running regie-server
// (e.g. `regie-server --demo --demo-inwoners 5000`, logged in through /inloggen/test).

#include "server/Config.h"
#include "server/JsonLog.h"
#include "server/Server.h"
#include "server/SessionStore.h"

#include "crypto/FieldCipher.h"
#include "crypto/Keyring.h"
#include "storage/Database.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace regie;

namespace {

QByteArray pageBody(qsizetype bytes = 14000)
{
    // Realistic markup: a table of transactions with the classes the pages use.
    QByteArray html = "<!DOCTYPE html><html lang=\"nl\" class=\"utrecht-root utrecht-theme\"><head>"
                      "<meta charset=\"utf-8\"><title>Overzicht - Regie</title>"
                      "<link rel=\"stylesheet\" href=\"/assets/regie.css\"></head><body class=\"utrecht-body\">"
                      "<main><h1 class=\"utrecht-heading-1\">Je geld</h1><table class=\"utrecht-table\">";
    for (int i = 0; html.size() < bytes; ++i)
        html += "<tr class=\"utrecht-table__row\"><td class=\"utrecht-table__cell\">12 november</td>"
                "<td class=\"utrecht-table__cell\">Boodschappen week " + QByteArray::number(i)
                + "</td><td class=\"utrecht-table__cell utrecht-table__cell--numeric\">&euro; 45,20</td></tr>";
    return html + "</table></main></body></html>";
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
#endif
}

struct LoadResult {
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    double p50Ms = 0, p99Ms = 0;
    double rps() const { return seconds > 0 ? static_cast<double>(requests) / seconds : 0; }
};

// One keep-alive connection that sends the next GET as soon as the previous response is
// complete (Content-Length framing).
class Connection : public QObject {
public:
    Connection(const QHostAddress &host, quint16 port, const QByteArray &request,
               std::vector<qint64> *latenciesNs, qint64 *errors)
        : request_(request), latencies_(latenciesNs), errors_(errors)
    {
        connect(&socket_, &QTcpSocket::connected, this, [this] { next(); });
        connect(&socket_, &QTcpSocket::readyRead, this, [this] { onRead(); });
        connect(&socket_, &QTcpSocket::errorOccurred, this, [this] { ++*errors_; });
        socket_.connectToHost(host, port);
    }
    bool stopping = false;

private:
    void next()
    {
        if (stopping)
            return;
        buffer_.clear();
        timer_.start();
        socket_.write(request_);
    }
    void onRead()
    {
        buffer_ += socket_.readAll();
        const qsizetype headEnd = buffer_.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype cl = buffer_.toLower().indexOf("content-length:");
        if (cl < 0 || cl > headEnd) {
            ++*errors_;
            return;
        }
        const qsizetype lineEnd = buffer_.indexOf("\r\n", cl);
        const qint64 length = buffer_.mid(cl + 15, lineEnd - cl - 15).trimmed().toLongLong();
        if (buffer_.size() < headEnd + 4 + length)
            return;
        if (!buffer_.startsWith("HTTP/1.1 200"))
            ++*errors_;
        latencies_->push_back(timer_.nsecsElapsed());
        next();
    }
    QTcpSocket socket_;
    QByteArray request_;
    QByteArray buffer_;
    QElapsedTimer timer_;
    std::vector<qint64> *latencies_;
    qint64 *errors_;
};

// Runs the load on its own thread so the server's event loop (main thread) only serves.
LoadResult runLoad(const QHostAddress &host, quint16 port, const QByteArray &path, const QByteArray &cookie,
                   int connections, int seconds)
{
    LoadResult result;
    std::vector<qint64> latencies;
    QThread thread;
    QObject *context = new QObject;
    context->moveToThread(&thread);
    thread.start();
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + host.toString().toLatin1() + ':'
                         + QByteArray::number(port) + "\r\n";
    if (!cookie.isEmpty())
        request += "Cookie: regie_sessie=" + cookie + "\r\n";
    request += "\r\n";
    QElapsedTimer wall;
    QMetaObject::invokeMethod(context, [&, context] {
        auto *conns = new std::vector<std::unique_ptr<Connection>>();
        for (int i = 0; i < connections; ++i)
            conns->push_back(std::make_unique<Connection>(host, port, request, &latencies, &result.errors));
        wall.start();
        QTimer::singleShot(seconds * 1000, context, [conns, &result, &wall, &thread] {
            result.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
            for (auto &c : *conns)
                c->stopping = true;
            result.requests = -1; // marks the end; counted below from latencies
            delete conns;
            thread.quit();
        });
    }, Qt::QueuedConnection);
    while (thread.isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    thread.wait();
    delete context;
    result.requests = static_cast<qint64>(latencies.size());
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty()) {
        result.p50Ms = static_cast<double>(latencies[latencies.size() / 2]) / 1e6;
        result.p99Ms = static_cast<double>(latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)]) / 1e6;
    }
    return result;
}

int sseClientMode(quint16 port, const QByteArray &cookie, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int ready = 0;
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = s.get();
        // A stream counts once, when its answer began: the first bytes and the ": verbonden"
        // comment may come in separate reads.
        auto counted = std::make_shared<bool>(false);
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, &ready, counted] {
            const QByteArray data = raw->readAll();
            if (!*counted && (data.startsWith("HTTP/1.1 200") || data.contains(": verbonden"))) {
                *counted = true;
                ++ready;
            }
        });
        raw->connectToHost(QHostAddress::LocalHost, port);
        raw->write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: regie_sessie=" + cookie + "\r\n\r\n");
        sockets.push_back(std::move(s));
    }
    QElapsedTimer t;
    t.start();
    while (ready < count && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    std::printf("ready %d\n", ready);
    std::fflush(stdout);
    // Keep the streams open until the parent has measured and ends this process.
    t.restart();
    while (t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return 0;
}

void print(const char *label, const LoadResult &r)
{
    std::printf("  %-34s %9.0f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %lld\n", label, r.rps(), r.p50Ms,
                r.p99Ms, static_cast<long long>(r.errors));
}

// Requests per second and latency of the bare route and of regie, as ratios.
void measureThroughput(const QCommandLineParser &p, web::Server &server, quint16 barePort, const QByteArray &cookie,
                       int connections, int seconds, qsizetype bodyBytes)
{
    std::printf("regie-server bench: %d connections, %d s per run, body %lld bytes\n", connections, seconds,
                static_cast<long long>(bodyBytes));
    runLoad(QHostAddress::LocalHost, barePort, "/bench/page", {}, connections, 1); // warm-up
    const LoadResult base = runLoad(QHostAddress::LocalHost, barePort, "/bench/page", {}, connections, seconds);
    LoadResult regie;
    if (p.isSet(QStringLiteral("target"))) {
        const QStringList hp = p.value(QStringLiteral("target")).split(QLatin1Char(':'));
        regie = runLoad(QHostAddress(hp.value(0)), static_cast<quint16>(hp.value(1).toUInt()),
                        p.value(QStringLiteral("path")).toLatin1(), cookie, connections, seconds);
    } else {
        runLoad(QHostAddress::LocalHost, server.port(), "/bench/page", {}, connections, 1);
        regie = runLoad(QHostAddress::LocalHost, server.port(), "/bench/page", {}, connections, seconds);
    }
    print("bare QHttpServer route", base);
    print(qPrintable(QStringLiteral("regie %1").arg(p.value(QStringLiteral("path")))), regie);
    std::printf("  ratio regie/bare: throughput %.2f, p99 latency %.2f\n", regie.rps() / std::max(base.rps(), 1.0),
                regie.p99Ms / std::max(base.p99Ms, 0.001));

}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("connections"), QStringLiteral("concurrent connections"), QStringLiteral("n"), QStringLiteral("64")},
                  {QStringLiteral("seconds"), QStringLiteral("seconds per measurement"), QStringLiteral("s"), QStringLiteral("4")},
                  {QStringLiteral("sse"), QStringLiteral("SSE connections for the memory figure"), QStringLiteral("n"), QStringLiteral("1000")},
                  {QStringLiteral("target"), QStringLiteral("running regie-server host:port"), QStringLiteral("hp")},
                  {QStringLiteral("path"), QStringLiteral("path on the target"), QStringLiteral("p"), QStringLiteral("/bench/page")},
                  {QStringLiteral("cookie"), QStringLiteral("regie_sessie value for the target"), QStringLiteral("c")},
                  {QStringLiteral("sse-client"), QStringLiteral("internal"), QStringLiteral("port")},
                  {QStringLiteral("only-sse"), QStringLiteral("only the memory figure of --sse streams")},
                  {QStringLiteral("serve-bare"), QStringLiteral("only serve the bare route on this port"), QStringLiteral("port")},
                  {QStringLiteral("body-bytes"), QStringLiteral("body size of the bare route"), QStringLiteral("n"), QStringLiteral("14000")}});
    p.process(app);
    if (p.isSet(QStringLiteral("serve-bare"))) {
        const QByteArray body = pageBody(std::clamp<qsizetype>(p.value(QStringLiteral("body-bytes")).toLongLong(), 100, 10'000'000));
        QHttpServer bare;
        bare.route(QStringLiteral("/bench/page"), [&body] { return QHttpServerResponse("text/html", body); });
        const quint16 port = static_cast<quint16>(p.value(QStringLiteral("serve-bare")).toUInt());
        if (bare.listen(QHostAddress::LocalHost, port) == 0) {
            std::printf("cannot listen on %u\n", port);
            return 1;
        }
        std::printf("bare route on 127.0.0.1:%u/bench/page, body %lld bytes\n", port, static_cast<long long>(body.size()));
        std::fflush(stdout);
        return app.exec();
    }
    const QByteArray cookie = p.value(QStringLiteral("cookie")).toLatin1();
    raiseFileLimit(); // both sides of 10,000 streams need more than the default 1,024 files
    if (p.isSet(QStringLiteral("sse-client")))
        return sseClientMode(static_cast<quint16>(p.value(QStringLiteral("sse-client")).toUInt()), cookie,
                             p.value(QStringLiteral("sse")).toInt());
    // Access logs are part of the real cost: keep the JSON handler but send stderr away.
    web::installJsonLogHandler();
    std::freopen("/dev/null", "w", stderr);

    const int connections = std::clamp(p.value(QStringLiteral("connections")).toInt(), 1, 1000);
    const int seconds = std::clamp(p.value(QStringLiteral("seconds")).toInt(), 1, 60);
    const int sse = std::clamp(p.value(QStringLiteral("sse")).toInt(), 0, 20000);
    const QByteArray body = pageBody();

    // Baseline: a bare QHttpServer route with the same body.
    QHttpServer bare;
    bare.route(QStringLiteral("/bench/page"), [&body] { return QHttpServerResponse("text/html", body); });
    const quint16 barePort = bare.listen(QHostAddress::LocalHost, 0);

    // regie: the real server core on a throwaway database.
    QTemporaryDir dir;
    storage::DatabaseConfig dbc;
    dbc.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    auto db = storage::Database::open(dbc, &error);
    if (!db || !db->migrate(&error)) {
        std::printf("database: %s\n", qPrintable(error));
        return 1;
    }
    crypto::Keyring keyring;
    keyring.add(1, QByteArray(32, '\x17'));
    crypto::FieldCipher cipher(keyring);
    services::ServiceContext ctx(*db, cipher);
    web::Config config;
    config.port = 0;
    config.maxSseConnectionsPerSession = sse + 1;
    config.maxRealtimeConnections = sse + 100;
    config.maxConnections = sse + connections + 100;
    config.maxConnectionsPerClient = sse + connections + 100; // every stream comes from 127.0.0.1
    web::Server server(config, ctx);
    server.router().get(QStringLiteral("/bench/page"), web::Guard::Public,
                        [&body](web::Context &) { return web::Response::bytes(body, "text/html; charset=utf-8"); });
    server.mountServerRoutes();
    if (!server.listen(&error)) {
        std::printf("listen: %s\n", qPrintable(error));
        return 1;
    }

    if (!p.isSet(QStringLiteral("only-sse")))
        measureThroughput(p, server, barePort, cookie, connections, seconds, body.size());
    if (sse > 0) {
        Actor a;
        a.role = Role::Inwoner;
        const std::optional<web::Session> s = server.sessionStore().create(a, false, web::Language::Nederlands);
        const qint64 before = rssKiB();
        QProcess clients;
        clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        clients.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--sse-client"), QString::number(server.port()), QStringLiteral("--sse"),
                       QString::number(sse), QStringLiteral("--cookie"), s->id});
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (!out.contains('\n') && t.elapsed() < 180000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            out += clients.readAllStandardOutput();
        }
        const qint64 after = rssKiB();
        std::printf("SSE: %s   server RSS %lld KiB -> %lld KiB with %d open streams: %.1f KiB per stream"
                    " (%.2f x the RSS before)\n",
                    out.trimmed().constData(), static_cast<long long>(before), static_cast<long long>(after),
                    server.realtime().sseCount(),
                    static_cast<double>(after - before) / std::max(1, server.realtime().sseCount()),
                    static_cast<double>(after) / static_cast<double>(std::max<qint64>(1, before)));
        const int streams = server.realtime().sseCount();
        const double perStream = static_cast<double>(after - before) / std::max(1, streams);
        const double at10k = static_cast<double>(before) + perStream * 10000.0;
        std::printf("FIGURE {\"name\":\"server RSS with 10,000 realtime streams%s\",\"value\":%.0f,\"unit\":\"KiB\","
                    "\"baseline_name\":\"KiB before the streams\",\"baseline\":%lld,\"ratio\":%.2f,\"goal\":153600,"
                    "\"goal_on\":\"value\",\"at_most\":true}\n",
                    streams >= 10000 ? "" : " (projected from fewer)", streams >= 10000 ? double(after) : at10k,
                    static_cast<long long>(before), (streams >= 10000 ? double(after) : at10k) / double(std::max<qint64>(1, before)));
        if (streams < sse)
            std::printf("only %d of %d streams opened\n", streams, sse);
        clients.kill();
        clients.waitForFinished(5000);
    }
    return 0;
}
