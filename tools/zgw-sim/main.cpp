// zgw-sim --listen 127.0.0.1:PORT [--data FILE.sqlite] [--secret S] [--fail-rate R]
//         [--slow-ms N] [--reject-all] [--page-size N] [--seed N] [--specs DIR]
#include "ZgwSim.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zgw-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local ZGW zaaksysteem that validates requests against the OpenAPI specs."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("host:port"),
                                    QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("SQLite file (default: in memory)."), QStringLiteral("file"));
    const QCommandLineOption secret(QStringLiteral("secret"), QStringLiteral("JWT HS256 secret."), QStringLiteral("secret"),
                                    QStringLiteral("zgw-sim-secret"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"), QStringLiteral("Fraction of calls answered 503."), QStringLiteral("r"),
                                      QStringLiteral("0"));
    const QCommandLineOption slowMs(QStringLiteral("slow-ms"), QStringLiteral("Delay every answer."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption rejectAll(QStringLiteral("reject-all"), QStringLiteral("Answer every API call with 403."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Items per list page."), QStringLiteral("n"),
                                      QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for fail-rate draws."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption specs(QStringLiteral("specs"), QStringLiteral("Directory with the specs as JSON."), QStringLiteral("dir"));
    parser.addOptions({listen, data, secret, failRate, slowMs, rejectAll, pageSize, seed, specs});
    parser.process(app);

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(hostPort.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "zgw-sim: --listen needs host:port\n");
        return 2;
    }
    regie::zgwsim::SimOptions options;
    options.dataFile = parser.value(data);
    options.secret = parser.value(secret).toUtf8();
    options.failRate = parser.value(failRate).toDouble();
    options.slowMs = parser.value(slowMs).toInt();
    options.rejectAll = parser.isSet(rejectAll);
    options.pageSize = qBound(1, parser.value(pageSize).toInt(), 1000);
    options.seed = parser.value(seed).toUInt();
    if (parser.isSet(specs))
        options.specDir = parser.value(specs);

    regie::zgwsim::ZgwSim sim(options);
    QString error;
    if (!sim.start(address, static_cast<quint16>(port), &error)) {
        std::fprintf(stderr, "zgw-sim: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("zgw-sim listening on %s\n", qPrintable(sim.origin()));
    std::fflush(stdout);
    return app.exec();
}
