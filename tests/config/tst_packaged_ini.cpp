// The packaged example INI (installer/regie.ini.example) starts a server: its paths moved
// into a temporary folder and its ports to free ones, nothing else changed. Then the start
// page, the health endpoints and the metrics answer, on the addresses the file names.

#include "../security/ServerProcess.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

using security::request;

class TstPackagedIni : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exampleIniStartsAServer()
    {
        QTemporaryDir dir;
        QFile example(QStringLiteral(REGIE_SOURCE_DIR "/installer/regie.ini.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QString ini = QString::fromUtf8(example.readAll());
        const std::pair<const char *, QString> moves[] = {
            {"listen=127.0.0.1:8080", QStringLiteral("listen=127.0.0.1:0")},
            {"listen=127.0.0.1:9464", QStringLiteral("listen=127.0.0.1:0")},
            {"data=/var/lib/regie", QStringLiteral("data=") + dir.filePath(QStringLiteral("data"))},
            {"assets=/usr/share/regie/assets", QStringLiteral("assets=" REGIE_DEFAULT_ASSETS_DIR)},
        };
        for (const auto &[from, to] : moves) {
            QVERIFY2(ini.count(QLatin1String(from)) == 1, from); // the file still says what the package installs
            ini.replace(QLatin1String(from), to);
        }
        const QString path = dir.filePath(QStringLiteral("regie.ini"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ini.toUtf8());
        out.close();

        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(REGIE_SERVER_PATH), {QStringLiteral("--config"), path});
        QByteArray log;
        const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        const QRegularExpression metrics(QStringLiteral("metrics and health on http://127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(60'000);
        while (!deadline.hasExpired() && server.state() != QProcess::NotRunning && !metrics.match(QString::fromUtf8(log)).hasMatch()) {
            server.waitForReadyRead(200);
            log += server.readAll();
        }
        const auto port = static_cast<quint16>(listening.match(QString::fromUtf8(log)).captured(1).toUInt());
        const auto metricsPort = static_cast<quint16>(metrics.match(QString::fromUtf8(log)).captured(1).toUInt());
        QVERIFY2(port != 0 && metricsPort != 0, log.right(2000).constData());

        QCOMPARE(request(port, "GET", "/").status, 200);
        QCOMPARE(request(port, "GET", "/health/live").status, 200);
        const security::Answer ready = request(port, "GET", "/health/ready");
        QCOMPARE(ready.status, 200);
        QVERIFY(ready.body.contains("\"opslag\":\"ok\""));
        QCOMPARE(request(port, "GET", "/metrics").status, 404); // no token configured on the main address
        const security::Answer scraped = request(metricsPort, "GET", "/metrics");
        QCOMPARE(scraped.status, 200);
        QVERIFY(scraped.body.contains("regie_http_requests_total{group=\"pages\",status=\"2xx\"}"));
        QVERIFY(scraped.body.contains("regie_outbox_pending 0"));
        QCOMPARE(request(metricsPort, "GET", "/health/ready").status, 200);

        server.terminate();
        QVERIFY(server.waitForFinished(15'000));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPackagedIni)
#include "tst_packaged_ini.moc"
