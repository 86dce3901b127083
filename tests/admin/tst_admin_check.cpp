// regie-admin check against allegro-sim and zgw-sim: all in order while both run, a refused
// Allegro login named as such, and both named unreachable once they are stopped, each with
// what to do. The outputs are the ones docs/BEHEER.md shows.

#include "crypto/KeyStore.h"
#include "storage/Database.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace regie;

namespace {

const QByteArray kZgwSecret = "check-zgw-secret";

struct Run {
    int exitCode = -1;
    QString out;
};

Run check(const QString &ini)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REGIE_MASTER_KEY"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(REGIE_ADMIN_PATH), {QStringLiteral("check"), QStringLiteral("--config"), ini});
    if (!p.waitForFinished(120'000))
        p.kill();
    const Run r{p.exitCode(), QString::fromUtf8(p.readAll())};
    qInfo("regie-admin check -> %d\n%s", r.exitCode, qPrintable(r.out));
    return r;
}

} // namespace

class TstAdminCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString data = dir_.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        storage::DatabaseConfig config;
        config.sqlitePath = data + QStringLiteral("/regie.sqlite");
        QString error;
        auto db = storage::Database::open(config, &error);
        QVERIFY2(db && db->migrate(&error), qPrintable(error));
        QVERIFY(crypto::KeyStore::loadOrCreateKeyFile(data + QStringLiteral("/regie.key")).ok());
        allegro_ = start(QStringLiteral(ALLEGRO_SIM_PATH),
                         {QStringLiteral("--data"), dir_.filePath(QStringLiteral("allegro.sqlite")), QStringLiteral("--user"),
                          QStringLiteral("regie"), QStringLiteral("--password"), QStringLiteral("allegro-geheim")});
        zgw_ = start(QStringLiteral(ZGW_SIM_PATH), {QStringLiteral("--data"), dir_.filePath(QStringLiteral("zgw.sqlite")),
                                                    QStringLiteral("--secret"), QString::fromLatin1(kZgwSecret)});
        QVERIFY(!allegroUrl_.isEmpty() && !zgwUrl_.isEmpty());
    }

    void cleanupTestCase() { stopSims(); }

    void allInOrderWhileBothRun()
    {
        const Run r = check(ini(QStringLiteral("allegro-geheim")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        for (const char *line : {"[goed] Instellingen", "[goed] Datamap", "[goed] Opslag", "[goed] Allegro", "[goed] ZGW",
                                 "[uit]  SMTP", "[uit]  DigiD", "Alles in orde."})
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
    }

    void aRefusedLoginIsNamed()
    {
        const Run r = check(ini(QStringLiteral("verkeerd")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("[FOUT] Allegro: ") + allegroUrl_ + QStringLiteral("/soap weigert het inloggen")));
        QVERIFY(r.out.contains(QStringLiteral("Wat te doen: controleer [allegro] user en het wachtwoord")));
        QVERIFY(r.out.contains(QStringLiteral("[goed] ZGW")));
        QVERIFY(!r.out.contains(QStringLiteral("verkeerd"))); // never the secret
    }

    void bothDown()
    {
        stopSims();
        const Run r = check(ini(QStringLiteral("allegro-geheim")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("[FOUT] Allegro: ") + allegroUrl_ + QStringLiteral("/soap is niet bereikbaar")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[FOUT] ZGW: ") + zgwUrl_ + QStringLiteral(" is niet bereikbaar")));
        QVERIFY(r.out.contains(QStringLiteral("2 onderdeel/onderdelen niet in orde")));
    }

private:
    QString ini(const QString &allegroPassword)
    {
        const QString path = dir_.filePath(QStringLiteral("regie.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it holds secrets
        f.write(QStringLiteral("[server]\ndata=%1\n[allegro]\nurl=%2/soap\nuser=regie\npassword=%3\n[zgw]\norigin=%4\nsecret=%5\n")
                    .arg(dir_.filePath(QStringLiteral("data")), allegroUrl_, allegroPassword, zgwUrl_,
                         QString::fromLatin1(kZgwSecret))
                    .toUtf8());
        return path;
    }

    QProcess *start(const QString &program, const QStringList &arguments)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(program, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
        const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray log;
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired() && p->state() != QProcess::NotRunning) {
            p->waitForReadyRead(200);
            log += p->readAll();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(log));
            if (m.hasMatch()) {
                (program.contains(QLatin1String("allegro")) ? allegroUrl_ : zgwUrl_) = m.captured(1);
                return p;
            }
        }
        qWarning("%s did not start: %s", qPrintable(program), log.constData());
        return p;
    }

    void stopSims()
    {
        for (QProcess *p : {allegro_, zgw_}) {
            if (p && p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(10'000))
                    p->kill();
            }
        }
    }

    QTemporaryDir dir_;
    QProcess *allegro_ = nullptr;
    QProcess *zgw_ = nullptr;
    QString allegroUrl_, zgwUrl_;
};

QTEST_GUILESS_MAIN(TstAdminCheck)
#include "tst_admin_check.moc"
