#pragma once
// The real OpenID provider of these tests (provider.mjs: oidc-provider on node) as a child
// process on a free loopback port. Shared by tests/oidc and tests/security.

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringList>

namespace oidctest {

class ProviderProcess {
public:
    QProcess process;
    QString issuer, driver, secret;
    QString error; // why start() failed

    ~ProviderProcess()
    {
        process.closeWriteChannel();
        process.kill();
        process.waitForFinished(5000);
    }

    // `arguments` go to provider.mjs, e.g. "--delay-ms=3000".
    bool start(const QStringList &arguments = {})
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString dir = QStringLiteral(REGIE_SOURCE_DIR "/tests/oidc");
        if (node.isEmpty()) {
            error = QStringLiteral("node is not installed: apt-get install nodejs (see README)");
            return false;
        }
        if (!QFile::exists(dir + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
            error = QStringLiteral("run `npm ci` in tests/oidc (the CTest fixture oidc_npm_ci does)");
            return false;
        }
        process.setProgram(node);
        process.setArguments(QStringList{dir + QStringLiteral("/provider.mjs")} + arguments);
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000)) {
            error = QStringLiteral("node did not start");
            return false;
        }
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            process.waitForReadyRead(200);
            line += process.readAllStandardOutput();
        }
        const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
        issuer = ready.value(QStringLiteral("issuer")).toString();
        driver = ready.value(QStringLiteral("driver")).toString();
        secret = ready.value(QStringLiteral("secret")).toString();
        error = QString::fromUtf8(line + process.readAllStandardError());
        return issuer.startsWith(QStringLiteral("http://127.0.0.1:"));
    }
};

} // namespace oidctest
