// The configured processes end to end: regie-server and regie-koppelingen as child
// processes, zgw-sim as the zaaksysteem and an SMTP server inside this test.
//
// - regie-server with --smtp-* delivers the outbox's "mail" rows, and with --zgw, a webhook
//   secret and --public-origin registers a notificaties abonnement at start-up; a zaak made
//   in zgw-sim afterwards reaches the server's webhook through that abonnement; a restart
//   reuses the abonnement instead of adding a second one.
// - regie-koppelingen dispatch --until-empty with the same --smtp-* flags drains a "mail" row.
// - Bad SMTP settings are refused at start, and --help lists the flags.
#include "audit/AuditLog.h"
#include "Harness.h"
#include "TestSmtpServer.h"

#include "integrations/runtime/NotificatieAbonnement.h"
#include "integrations/zgw/ZgwClient.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QTcpServer>

using namespace regie;
using testsmtp::TestSmtpServer;

namespace {

const QString kWebhookSecret = QStringLiteral("Bearer webhook-geheim-voor-de-test");
const QByteArray kMedewerkerMail = "anna@utrecht.example";

// A child whose output is collected while the test's event loop keeps running, so the
// SMTP server in this process can answer it.
class Child {
public:
    explicit Child(const QProcessEnvironment &env)
    {
        process_.setProcessEnvironment(env);
        process_.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&process_, &QProcess::readyRead, &process_, [this] { output_ += process_.readAll(); });
    }
    ~Child() { stop(); }
    void start(const QString &program, const QStringList &args) { process_.start(program, args); }
    bool waitForOutput(const QString &pattern, int ms)
    {
        const QRegularExpression re(pattern);
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (re.match(QString::fromUtf8(output_)).hasMatch())
                return true;
            if (process_.state() == QProcess::NotRunning)
                return re.match(QString::fromUtf8(output_ + process_.readAll())).hasMatch();
            QTest::qWait(50);
        }
        return false;
    }
    bool waitForExit(int ms)
    {
        QDeadlineTimer deadline(ms);
        while (process_.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        output_ += process_.readAll();
        return process_.state() == QProcess::NotRunning;
    }
    void stop()
    {
        if (process_.state() == QProcess::NotRunning)
            return;
        process_.terminate();
        if (!waitForExit(10'000)) {
            process_.kill();
            process_.waitForFinished(3000);
        }
    }
    int exitCode() const { return process_.exitCode(); }
    QString output() const { return QString::fromUtf8(output_); }

private:
    QProcess process_;
    QByteArray output_;
};

} // namespace

class TestKoppelingenProcessen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpListsTheFlags();
    void plainSmtpToARemoteHostIsRefused();
    void koppelingenCliDrainsMail();
    void serverSendsMailAndReceivesNotificationsThroughItsAbonnement();
    void abonnementRetriesWhileDownAndStopsOnRefusal();

private:
    QProcessEnvironment environment() const;
    // A verzoek that waits for akkoord: queues a zaak and a mail to the medewerker.
    QString wachtendVerzoek(harness::World &world, int seq);
    QJsonArray abonnementen();

    harness::SimProcess zgw_;
};

void TestKoppelingenProcessen::initTestCase()
{
    QVERIFY(zgw_.start(QStringLiteral(ZGW_SIM_PATH),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--secret"),
                        QString::fromLatin1(harness::kZgwSecret)},
                       QStringLiteral("zgw-sim")));
}

QProcessEnvironment TestKoppelingenProcessen::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REGIE_MASTER_KEY"), harness::masterKeyEntry());
    env.insert(QStringLiteral("REGIE_ZGW_SECRET"), QString::fromLatin1(harness::kZgwSecret));
    env.insert(QStringLiteral("REGIE_ZGW_WEBHOOK_SECRET"), kWebhookSecret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    env.remove(QStringLiteral("REGIE_SMTP_PASSWORD"));
    return env;
}

QString TestKoppelingenProcessen::wachtendVerzoek(harness::World &world, int seq)
{
    storage::Sql q(*world.db, QStringLiteral("UPDATE users SET email = :e WHERE id = :id"));
    q.bind(QStringLiteral(":e"), QString::fromLatin1(kMedewerkerMail)).bind(QStringLiteral(":id"), world.medewerker);
    if (!q.exec())
        return {};
    // Money on the reservering, as a sync from Allegro would have booked it.
    const qint64 inwoner = world.inwoners.constFirst();
    const qint64 reservering = world.reserveringen.value(inwoner).value(1);
    services::Boekingen boek(*world.ctx);
    const services::BankTransactie inkomen{QDate::currentDate(), Money::fromCents(50'000), QStringLiteral("Uitkering"),
                                           QStringLiteral("Gemeente"), QStringLiteral("inkomen"), QStringLiteral("test"),
                                           QStringLiteral("inkomen-%1").arg(seq), std::nullopt};
    const auto geboekt = boek.boekTransacties(Actor::systeem(), inwoner, {inkomen});
    const auto gestort = boek.stortInReservering(Actor::systeem(), reservering, Money::fromCents(20'000),
                                                      QStringLiteral("storting-%1").arg(seq));
    if (!geboekt.ok() || !gestort.ok()) {
        qWarning("funding failed: %s %s", qPrintable(geboekt.error.message), qPrintable(gestort.error.message));
        return {};
    }
    services::Opnames opnames(*world.ctx);
    services::OpnameInvoer invoer;
    invoer.reserveringId = reservering;
    invoer.bedrag = Money::fromCents(4000);
    invoer.idempotencyKey = QStringLiteral("processen-%1").arg(seq);
    const auto nieuwVerzoek = opnames.maakConcept(world.inwoner(inwoner), invoer);
    if (!nieuwVerzoek.ok()) {
        qWarning("concept failed: %s", qPrintable(nieuwVerzoek.error.message));
        return {};
    }
    const auto sent = opnames.bevestig(world.inwoner(inwoner), nieuwVerzoek.value->publicId);
    return sent.ok() && sent.value->status == VerzoekStatus::WachtOpAkkoord ? nieuwVerzoek.value->publicId : QString();
}

QJsonArray TestKoppelingenProcessen::abonnementen()
{
    return zgw_.admin("GET", QStringLiteral("/admin/state")).object().value(QStringLiteral("abonnementen")).toArray();
}

void TestKoppelingenProcessen::helpListsTheFlags()
{
    Child server(environment());
    server.start(QStringLiteral(REGIE_SERVER_PATH), {QStringLiteral("--help")});
    QVERIFY(server.waitForExit(10'000));
    QCOMPARE(server.exitCode(), 0);
    for (const char *flag : {"--smtp-host", "--smtp-port", "--smtp-security", "--smtp-user", "--smtp-from",
                             "--zgw-callback", "REGIE_SMTP_PASSWORD"})
        QVERIFY2(server.output().contains(QLatin1String(flag)), flag);
    QVERIFY(!server.output().contains(QLatin1String("--smtp-password")));

    Child cli(environment());
    cli.start(QStringLiteral(KOPPELINGEN_PATH), {QStringLiteral("--help")});
    QVERIFY(cli.waitForExit(10'000));
    for (const char *flag : {"--smtp-host", "--smtp-port", "--smtp-security", "--smtp-user", "--smtp-from"})
        QVERIFY2(cli.output().contains(QLatin1String(flag)), flag);
}

void TestKoppelingenProcessen::plainSmtpToARemoteHostIsRefused()
{
    QTemporaryDir dir;
    const QStringList smtp{QStringLiteral("--smtp-host"), QStringLiteral("mail.example.nl"), QStringLiteral("--smtp-security"),
                           QStringLiteral("none"), QStringLiteral("--smtp-from"), QStringLiteral("noreply@utrecht.example")};
    Child server(environment());
    server.start(QStringLiteral(REGIE_SERVER_PATH), QStringList{QStringLiteral("--data"), dir.path()} + smtp);
    QVERIFY(server.waitForExit(10'000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY2(server.output().contains(QLatin1String("loopback")), qPrintable(server.output()));

    Child cli(environment());
    cli.start(QStringLiteral(KOPPELINGEN_PATH),
              QStringList{QStringLiteral("--data"), dir.filePath(QStringLiteral("x.sqlite"))} + smtp + QStringList{QStringLiteral("dispatch")});
    QVERIFY(cli.waitForExit(10'000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY2(cli.output().contains(QLatin1String("loopback")), qPrintable(cli.output()));
}

void TestKoppelingenProcessen::koppelingenCliDrainsMail()
{
    harness::World world;
    QVERIFY(world.build(1));
    const QString id = wachtendVerzoek(world, 1);
    QVERIFY(!id.isEmpty());
    QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'mail' AND status = 'nieuw'")), qint64(1));

    TestSmtpServer smtp;
    QVERIFY(smtp.isListening());
    Child cli(environment());
    cli.start(QStringLiteral(KOPPELINGEN_PATH),
              {QStringLiteral("--data"), world.path(), QStringLiteral("--zgw"), zgw_.origin(), QStringLiteral("--zgw-client-id"),
               QStringLiteral("regie-integratie"), QStringLiteral("--rsin"), harness::kRsin, QStringLiteral("--zaaktype"),
               zgw_.origin() + harness::kZaaktypePath, QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
               QStringLiteral("--smtp-port"), QString::number(smtp.serverPort()), QStringLiteral("--smtp-security"),
               QStringLiteral("none"), QStringLiteral("--smtp-from"), QStringLiteral("noreply@utrecht.example"),
               QStringLiteral("dispatch"), QStringLiteral("--until-empty"), QStringLiteral("--max-seconds"), QStringLiteral("60")});
    QVERIFY(cli.waitForExit(70'000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(cli.output().section(QLatin1Char('\n'), -2, -2).toUtf8()).object();
    QVERIFY2(result.value(QStringLiteral("sent")).toInt() >= 2, qPrintable(cli.output())); // the zaak and the mail
    QCOMPARE(result.value(QStringLiteral("open")).toInt(), 0);

    QCOMPARE(smtp.mails.size(), 1);
    QCOMPARE(smtp.mails.constFirst().recipient, '<' + kMedewerkerMail + '>');
    QVERIFY(smtp.mails.constFirst().data.contains("Subject: Nieuw opnameverzoek in je werkvoorraad\r\n"));
    QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'mail' AND status = 'verzonden'")), qint64(1));
}

void TestKoppelingenProcessen::serverSendsMailAndReceivesNotificationsThroughItsAbonnement()
{
    harness::World world;
    QVERIFY(world.build(1));
    QVERIFY(!wachtendVerzoek(world, 2).isEmpty());
    const int abonnementenVooraf = int(abonnementen().size());

    TestSmtpServer smtp;
    QVERIFY(smtp.isListening());
    const quint16 port = harness::freePort();
    QVERIFY(port != 0);
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QStringList args{QStringLiteral("--data"), world.dir.path(), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--public-origin"), origin,
                           QStringLiteral("--zgw"), zgw_.origin(), QStringLiteral("--zgw-client-id"), QStringLiteral("regie-integratie"),
                           QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"),
                           QString::number(smtp.serverPort()), QStringLiteral("--smtp-security"), QStringLiteral("none"),
                           QStringLiteral("--smtp-from"), QStringLiteral("noreply@utrecht.example")};
    auto server = std::make_unique<Child>(environment());
    server->start(QStringLiteral(REGIE_SERVER_PATH), args);
    QVERIFY2(server->waitForOutput(QStringLiteral("listening on http://127\\.0\\.0\\.1:%1").arg(port), 30'000),
             qPrintable(server->output()));

    // The mail queued before the start is delivered by the running server.
    QTRY_COMPARE_WITH_TIMEOUT(smtp.mails.size(), 1, 20'000);
    QCOMPARE(smtp.mails.constFirst().recipient, '<' + kMedewerkerMail + '>');
    QTRY_COMPARE_WITH_TIMEOUT(
        world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'mail' AND status = 'verzonden'")), qint64(1),
        10'000);

    // The abonnement registered at start-up, with the Authorization the webhook checks.
    const QString callback = origin + QStringLiteral("/api/v1/notificaties");
    QTRY_COMPARE_WITH_TIMEOUT(abonnementen().size(), abonnementenVooraf + 1, 20'000);
    const QJsonObject abonnement = abonnementen().last().toObject();
    QCOMPARE(abonnement.value(QStringLiteral("callbackUrl")).toString(), callback);
    QCOMPARE(abonnement.value(QStringLiteral("auth")).toString(), kWebhookSecret);
    QCOMPARE(abonnement.value(QStringLiteral("kanalen")).toArray().first().toObject().value(QStringLiteral("naam")).toString(),
             QStringLiteral("zaken"));
    QVERIFY(server->waitForOutput(QStringLiteral("zgw abonnement aangemaakt"), 5000));

    // A zaak change in the zaaksysteem now reaches the webhook (recorded and audited once).
    const qint64 voor = world.count(QStringLiteral("SELECT COUNT(*) FROM zgw_notificaties"));
    zgw::ZgwConfig zc;
    zc.zakenBase = QUrl(zgw_.origin() + QStringLiteral("/zaken/api/v1"));
    zc.clientId = QStringLiteral("zaaksysteem-medewerker");
    zc.secret = harness::kZgwSecret;
    zgw::ZgwClient client(zc);
    zgw::NewZaak nieuw{QStringLiteral("EXTERN-0001"), harness::kRsin, harness::kRsin,
                       QUrl(zgw_.origin() + harness::kZaaktypePath), QDate::currentDate(),
                       QStringLiteral("Zaak buiten Regie"), QString()};
    const auto zaak = client.createZaak(nieuw);
    QVERIFY2(zaak.isOk(), qPrintable(zgw::describe(zaak.error)));
    const QString uuid = zaak.value->url.path().section(QLatin1Char('/'), -1);
    const QString audited = QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'notificatie.ontvangen'"
                                           " AND object_id = '%1'").arg(audit::AuditLog::opaqueRef(uuid));
    QTRY_COMPARE_WITH_TIMEOUT(world.count(audited), qint64(1), 15'000);
    QVERIFY(world.count(QStringLiteral("SELECT COUNT(*) FROM zgw_notificaties")) > voor);

    // The log names the mail server as host:port and never the secrets.
    QVERIFY2(server->output().contains(QStringLiteral("via 127.0.0.1:%1").arg(smtp.serverPort())), qPrintable(server->output()));
    QVERIFY(!server->output().contains(QLatin1String("webhook-geheim")));
    QVERIFY(!server->output().contains(QString::fromLatin1(harness::kZgwSecret)));

    // A restart finds its abonnement instead of adding another.
    server->stop();
    server = std::make_unique<Child>(environment());
    server->start(QStringLiteral(REGIE_SERVER_PATH), args);
    QVERIFY2(server->waitForOutput(QStringLiteral("zgw abonnement al_aanwezig"), 30'000), qPrintable(server->output()));
    QCOMPARE(abonnementen().size(), abonnementenVooraf + 1);
    server->stop();
}

// zorgVoorAbonnement itself, against zgw-sim's faults: 503 is waited out with growing
// delays, 403 ends at once, and a second call finds the first abonnement.
void TestKoppelingenProcessen::abonnementRetriesWhileDownAndStopsOnRefusal()
{
    zgw::ZgwConfig zc;
    zc.notificatiesBase = QUrl(zgw_.origin() + QStringLiteral("/notificaties/api/v1"));
    zc.clientId = QStringLiteral("regie-integratie");
    zc.secret = harness::kZgwSecret;
    zc.timeoutMs = 5000;
    zgw::ZgwClient client(zc);
    integrations::AbonnementConfig config;
    config.callbackUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/notificaties")); // never called: no zaak is made
    config.auth = QStringLiteral("Bearer retry-test");
    config.firstDelayMs = 100;
    config.maxDelayMs = 250;
    config.maxAttempts = 10;
    const int vooraf = int(abonnementen().size());

    zgw_.admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("failRate"), 1}});
    QList<int> delays;
    auto wait = [&](int ms) {
        delays.append(ms);
        if (delays.size() == 3) // the zaaksysteem comes back
            zgw_.admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("failRate"), 0}});
        return true;
    };
    const integrations::AbonnementResultaat first = integrations::zorgVoorAbonnement(client, config, wait);
    QCOMPARE(integrations::toString(first.uitkomst), QStringLiteral("aangemaakt"));
    QCOMPARE(first.pogingen, 4);
    QCOMPARE(delays, (QList<int>{100, 200, 250}));
    QVERIFY(!first.url.isEmpty());
    QCOMPARE(abonnementen().size(), vooraf + 1);

    const integrations::AbonnementResultaat again = integrations::zorgVoorAbonnement(client, config, wait);
    QCOMPARE(integrations::toString(again.uitkomst), QStringLiteral("al_aanwezig"));
    QCOMPARE(again.url, first.url);
    QCOMPARE(abonnementen().size(), vooraf + 1);

    // Another secret is another abonnement (the old one cannot deliver to the webhook).
    integrations::AbonnementConfig nieuwGeheim = config;
    nieuwGeheim.auth = QStringLiteral("Bearer ander-geheim");
    QCOMPARE(integrations::toString(integrations::zorgVoorAbonnement(client, nieuwGeheim, wait).uitkomst),
             QStringLiteral("aangemaakt"));

    delays.clear();
    zgw_.admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rejectAll"), true}});
    const integrations::AbonnementResultaat refused = integrations::zorgVoorAbonnement(client, config, wait);
    zgw_.admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("rejectAll"), false}});
    QCOMPARE(integrations::toString(refused.uitkomst), QStringLiteral("geweigerd"));
    QCOMPARE(refused.pogingen, 1);
    QVERIFY(delays.isEmpty());
    QVERIFY2(refused.reden.contains(QLatin1String("403")), qPrintable(refused.reden));
    QVERIFY(!refused.reden.contains(QLatin1String("retry-test")));

    // Down for good: bounded attempts; a stop request ends the wait at once.
    zgw_.admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("failRate"), 1}});
    config.maxAttempts = 3;
    const auto opgegeven = integrations::zorgVoorAbonnement(client, config, [](int) { return true; });
    const auto gestopt = integrations::zorgVoorAbonnement(client, config, [](int) { return false; });
    zgw_.admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("failRate"), 0}});
    QCOMPARE(integrations::toString(opgegeven.uitkomst), QStringLiteral("opgegeven"));
    QCOMPARE(opgegeven.pogingen, 3);
    QCOMPARE(integrations::toString(gestopt.uitkomst), QStringLiteral("gestopt"));
    QCOMPARE(gestopt.pogingen, 1);
}

QTEST_GUILESS_MAIN(TestKoppelingenProcessen)
#include "tst_koppelingen_processen.moc"
