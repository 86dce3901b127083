// allegro-sim: a stand-in for Allegro (Kredit) speaking the same SOAP contract.
//   allegro-sim --listen 127.0.0.1:PORT --data FILE.sqlite [--seed-demo N | --seed-regie-demo N] [--slow-ms N]
//               [--fail-rate R] [--soap-fault-rate R] [--drop-rate R] [--down]
//               [--user U --password P] [--seed S]
// Prints "allegro-sim listening on http://127.0.0.1:PORT" (PORT 0 picks a free port).
#include "SimHttp.h"
#include "SimService.h"
#include "SimStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t gStopRequested = 0;

extern "C" void onStopSignal(int) { gStopRequested = 1; }

// std::signal works on Linux and Windows (SIGINT; SIGTERM exists but is rarely raised
// there). The handler only sets a flag; a timer on the event loop does the real work.
void installStopHandlers(QCoreApplication &app)
{
    std::signal(SIGINT, onStopSignal);
#ifdef SIGTERM
    std::signal(SIGTERM, onStopSignal);
#endif
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [] {
        if (gStopRequested)
            QCoreApplication::quit();
    });
    poll->start(100);
}

bool parseRate(const QCommandLineParser &p, const QString &name, double &out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toDouble(&ok);
    return ok && out >= 0.0 && out <= 1.0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "allegro-sim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace regie::allegrosim;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("allegro-sim"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Allegro SOAP simulator for Regie"));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (host:port, port 0 = free port)."), QStringLiteral("addr"), QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("data"), QStringLiteral("SQLite file with the simulated Allegro data."), QStringLiteral("file")},
        {QStringLiteral("seed-demo"), QStringLiteral("Create N demo households when the store is empty."), QStringLiteral("n")},
        {QStringLiteral("seed-regie-demo"), QStringLiteral("Create (or complete) Regie's own N demo households, as regie-server --demo."), QStringLiteral("n")},
        {QStringLiteral("slow-ms"), QStringLiteral("Delay every SOAP answer by N ms."), QStringLiteral("ms")},
        {QStringLiteral("fail-rate"), QStringLiteral("Share of calls answered with HTTP 503."), QStringLiteral("rate")},
        {QStringLiteral("soap-fault-rate"), QStringLiteral("Share of calls answered with a SOAP fault."), QStringLiteral("rate")},
        {QStringLiteral("drop-rate"), QStringLiteral("Share of connections closed without an answer."), QStringLiteral("rate")},
        {QStringLiteral("down"), QStringLiteral("Drop every SOAP request (admin endpoints keep working).")},
        {QStringLiteral("user"), QStringLiteral("Accept AllegroWebLogin with this user name."), QStringLiteral("name")},
        {QStringLiteral("password"), QStringLiteral("Password for --user."), QStringLiteral("password")},
        {QStringLiteral("seed"), QStringLiteral("Seed for the fault dice (default 1)."), QStringLiteral("n"), QStringLiteral("1")},
    });
    p.process(app);

    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen must be host:port, e.g. 127.0.0.1:0"));
    if (!p.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("--data FILE.sqlite is required"));

    FaultSwitches faults;
    faults.slowMs = p.value(QStringLiteral("slow-ms")).toInt();
    faults.down = p.isSet(QStringLiteral("down"));
    if (!parseRate(p, QStringLiteral("fail-rate"), faults.failRate) || !parseRate(p, QStringLiteral("soap-fault-rate"), faults.soapFaultRate)
        || !parseRate(p, QStringLiteral("drop-rate"), faults.dropRate) || faults.slowMs < 0 || faults.slowMs > 600'000)
        return fail(QStringLiteral("rates must be between 0 and 1, --slow-ms between 0 and 600000"));

    SimStore store;
    QString error;
    if (!store.open(p.value(QStringLiteral("data")), &error))
        return fail(QStringLiteral("cannot open the store: ") + error);
    if (p.isSet(QStringLiteral("seed-demo")) && store.isEmpty()
        && !store.seedDemo(p.value(QStringLiteral("seed-demo")).toInt(), &error))
        return fail(QStringLiteral("cannot seed demo data: ") + error);
    if (p.isSet(QStringLiteral("seed-regie-demo"))
        && !store.seedRegieDemo(p.value(QStringLiteral("seed-regie-demo")).toInt(), &error))
        return fail(QStringLiteral("cannot seed Regie's demo households: ") + error);

    SimService service(store, faults, Credentials{p.value(QStringLiteral("user")), p.value(QStringLiteral("password"))},
                       p.value(QStringLiteral("seed")).toUInt());
    HttpServer server([&service](const HttpRequest &r) { return service.handle(r); });
    if (!server.listen(address, static_cast<quint16>(port)))
        return fail(QStringLiteral("cannot listen: ") + server.errorString());
    installStopHandlers(app);
    std::printf("allegro-sim listening on http://%s:%u\n", qPrintable(address.toString()), unsigned(server.port()));
    std::fflush(stdout);
    const int rc = app.exec();
    std::printf("allegro-sim stopped\n");
    return rc;
}
