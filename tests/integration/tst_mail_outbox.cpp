// Mail through the outbox end to end: the services queue mails in the same transaction as
// the decision, the dispatcher sends them with MailSender to an SMTP server in this test
// (plain, on loopback), and a replay or a refused recipient behaves as the outbox promises.
#include "../services/Fixture.h"

#include "integrations/runtime/MailSender.h"
#include "integrations/runtime/OutboxDispatcher.h"
#include "outbox/Outbox.h"

#include "TestSmtpServer.h"

#include <QtCore/QJsonDocument>

using namespace regie;
using fixture::World;
using testsmtp::TestSmtpServer;

namespace {

// Undoes quoted-printable (soft breaks and =XX) so the test can read the text body.
QString decodeQp(QByteArray data)
{
    data.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '=' && i + 2 < data.size()) {
            out.append(static_cast<char>(data.mid(i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        } else {
            out.append(data.at(i));
        }
    }
    return QString::fromUtf8(out);
}

} // namespace

class TestMailOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void naAkkoordAndApprovalMailsAreSentOnce();
    void inwonerWithoutMailChoiceGetsNoMail();
    void goneAddressFailsWithoutAddressInReason();
    void senderSetAttachesMailOnlyWhenConfigured();

private:
    QString submit(const QString &bedrag);
    qint64 mailCount(const QString &where);
    QString status(const QString &key);
    void exec(const QString &sql);
    std::unique_ptr<World> w;
    int keyCounter = 0;
};

void TestMailOutbox::exec(const QString &sql)
{
    storage::Sql q(*w->db, sql);
    QVERIFY2(q.exec(), qPrintable(q.error()));
}

void TestMailOutbox::init()
{
    w = std::make_unique<World>();
    w->build();
    exec(QStringLiteral("UPDATE users SET email = 'anna@utrecht.example' WHERE id = %1").arg(w->medewerkerA));
    exec(QStringLiteral("UPDATE users SET email = 'bram@utrecht.example' WHERE id = %1").arg(w->medewerkerB));
    exec(QStringLiteral("UPDATE users SET email = 'carla@utrecht.example' WHERE id = %1").arg(w->medewerkerAnders));
    exec(QStringLiteral("UPDATE inwoners SET wil_mail = 1, email = 'noor@example.nl' WHERE id = %1").arg(w->inwoner1));
}

QString TestMailOutbox::submit(const QString &bedrag)
{
    services::Opnames opnames(*w->ctx);
    services::OpnameInvoer in;
    in.reserveringId = w->kleding;
    in.bedragTekst = bedrag;
    in.idempotencyKey = QStringLiteral("mail-form-%1").arg(++keyCounter);
    auto c = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    if (!c.ok())
        qFatal("concept failed: %s", qPrintable(c.error.message));
    auto sent = opnames.bevestig(w->inwoner(w->inwoner1), c.value->publicId);
    if (!sent.ok() || sent.value->status != VerzoekStatus::WachtOpAkkoord)
        qFatal("bevestig did not wait for akkoord");
    return c.value->publicId;
}

qint64 TestMailOutbox::mailCount(const QString &where)
{
    return w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'mail' AND ") + where);
}

QString TestMailOutbox::status(const QString &key)
{
    storage::Sql q(*w->db, QStringLiteral("SELECT status FROM outbox WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), key);
    return q.exec() && q.next() ? q.text(0) : QString();
}

void TestMailOutbox::naAkkoordAndApprovalMailsAreSentOnce()
{
    const QString id = submit(QStringLiteral("80,00"));
    // Anna and Bram are in the caseload; Carla has an address but another caseload.
    QCOMPARE(mailCount(QStringLiteral("1 = 1")), qint64(2));
    QCOMPARE(mailCount(QStringLiteral("payload_json LIKE '%@%'")), qint64(0)); // no address stored
    const QString annaKey = QStringLiteral("mail:%1:nieuw:u%2").arg(id).arg(w->medewerkerA);
    const QString bramKey = QStringLiteral("mail:%1:nieuw:u%2").arg(id).arg(w->medewerkerB);
    QCOMPARE(status(annaKey), QStringLiteral("nieuw"));

    services::Opnames opnames(*w->ctx);
    auto besluit = opnames.beslis(w->staff(w->medewerkerA), id, {true, QStringLiteral("AKKOORD_STANDAARD"), QString()});
    QVERIFY2(besluit.ok(), qPrintable(besluit.error.message));
    const QString inwonerKey = QStringLiteral("mail:%1:besluit:i%2").arg(id).arg(w->inwoner1);
    QCOMPARE(status(inwonerKey), QStringLiteral("nieuw"));
    QCOMPARE(mailCount(QStringLiteral("1 = 1")), qint64(3));

    TestSmtpServer server("bram@utrecht.example");
    QVERIFY(server.isListening());
    integrations::MailConfig config;
    config.smtp.host = QStringLiteral("127.0.0.1");
    config.smtp.port = server.serverPort();
    config.smtp.security = mail::SmtpConfig::Security::StartTlsOrPlainOnLoopback;
    config.smtp.connectTimeoutMs = config.smtp.replyTimeoutMs = config.smtp.dataTimeoutMs = 5000;
    config.fromAddress = QStringLiteral("noreply@utrecht.example");
    config.fromName = QStringLiteral("Gemeente Utrecht");
    integrations::MailSender sender(*w->ctx, config);
    integrations::OutboxDispatcher dispatcher(*w->ctx, integrations::DispatcherConfig{});
    dispatcher.setSender(outbox::topics::kMail, &sender);
    dispatcher.dispatchOnce();

    QCOMPARE(server.mails.size(), 2);
    QCOMPARE(server.rejected, 1);
    QCOMPARE(status(annaKey), QStringLiteral("verzonden"));
    QCOMPARE(status(inwonerKey), QStringLiteral("verzonden"));
    QCOMPARE(status(bramKey), QStringLiteral("mislukt"));

    const auto anna = std::find_if(server.mails.cbegin(), server.mails.cend(),
                                   [](const auto &m) { return m.recipient == "<anna@utrecht.example>"; });
    QVERIFY(anna != server.mails.cend());
    QVERIFY(anna->data.contains("Subject: Nieuw opnameverzoek in je werkvoorraad\r\n"));
    const QString annaText = decodeQp(anna->data);
    QVERIFY2(annaText.contains(QStringLiteral("Open regie-desk")), qPrintable(annaText));
    QVERIFY(annaText.contains(QStringLiteral("80,00")));
    QVERIFY(annaText.contains(QStringLiteral("Kleding")));
    for (const char *secret : {"111222333", "NL91ABNA0417164300", "NL20INGB0001234567", "Test Een", "noor@"})
        QVERIFY2(!annaText.contains(QLatin1String(secret)), secret);

    const auto noor = std::find_if(server.mails.cbegin(), server.mails.cend(),
                                   [](const auto &m) { return m.recipient == "<noor@example.nl>"; });
    QVERIFY(noor != server.mails.cend());
    QVERIFY(noor->data.contains("Subject: Je verzoek is goedgekeurd\r\n"));
    const QString noorText = decodeQp(noor->data);
    QVERIFY(noorText.contains(QStringLiteral("Je verzoek is goedgekeurd")));
    QVERIFY(noorText.contains(QStringLiteral("Log in op Regie om alles te zien.")));

    // A replay sends nothing more: the sent ones are done, the refused one gave up.
    w->advance(2 * 3600);
    dispatcher.dispatchOnce();
    QCOMPARE(server.mails.size(), 2);
    QCOMPARE(server.rejected, 1);
}

void TestMailOutbox::inwonerWithoutMailChoiceGetsNoMail()
{
    exec(QStringLiteral("UPDATE inwoners SET wil_mail = 0 WHERE id = %1").arg(w->inwoner1));
    const QString id = submit(QStringLiteral("80,00"));
    services::Opnames opnames(*w->ctx);
    auto besluit = opnames.beslis(w->staff(w->medewerkerA), id, {false, QStringLiteral("BUFFER_NODIG"), QString()});
    QVERIFY2(besluit.ok(), qPrintable(besluit.error.message));
    QCOMPARE(mailCount(QStringLiteral("payload_json LIKE '%to_inwoner_id%'")), qint64(0));
    QCOMPARE(mailCount(QStringLiteral("payload_json LIKE '%to_user_id%'")), qint64(2));

    // With the choice made, a refusal mails the inwoner too.
    exec(QStringLiteral("UPDATE inwoners SET wil_mail = 1 WHERE id = %1").arg(w->inwoner1));
    const QString second = submit(QStringLiteral("70,00"));
    auto weigering = opnames.beslis(w->staff(w->medewerkerA), second, {false, QStringLiteral("BUFFER_NODIG"), QString()});
    QVERIFY2(weigering.ok(), qPrintable(weigering.error.message));
    QCOMPARE(mailCount(QStringLiteral("payload_json LIKE '%to_inwoner_id%'")), qint64(1));
}

void TestMailOutbox::goneAddressFailsWithoutAddressInReason()
{
    submit(QStringLiteral("80,00"));
    exec(QStringLiteral("UPDATE users SET email = NULL WHERE id IN (%1, %2)").arg(w->medewerkerA).arg(w->medewerkerB));
    integrations::MailConfig config;
    config.smtp.host = QStringLiteral("127.0.0.1");
    config.smtp.port = 9; // never contacted: there is no address to send to
    config.fromAddress = QStringLiteral("noreply@utrecht.example");
    integrations::MailSender sender(*w->ctx, config);
    integrations::OutboxDispatcher dispatcher(*w->ctx, integrations::DispatcherConfig{});
    dispatcher.setSender(outbox::topics::kMail, &sender);
    const auto round = dispatcher.dispatchOnce();
    QVERIFY(round.gaveUp >= 2);
    QCOMPARE(mailCount(QStringLiteral("status = 'mislukt' AND last_error = 'mail: geen adres'")), qint64(2));
}

// The dispatcher of regie-koppelingen and of the runtime gets its senders from SenderSet.
void TestMailOutbox::senderSetAttachesMailOnlyWhenConfigured()
{
    const QString id = submit(QStringLiteral("80,00"));
    const QString annaKey = QStringLiteral("mail:%1:nieuw:u%2").arg(id).arg(w->medewerkerA);
    TestSmtpServer server;
    QVERIFY(server.isListening());

    integrations::KoppelingConfig config; // no Allegro, no zaaksysteem, no mail yet
    {
        integrations::OutboxDispatcher dispatcher(*w->ctx, config.dispatcher);
        integrations::SenderSet senders(*w->ctx, config);
        senders.attach(dispatcher);
        dispatcher.dispatchOnce();
    }
    QCOMPARE(status(annaKey), QStringLiteral("nieuw")); // waits for a configured sender
    QCOMPARE(server.mails.size(), 0);

    config.mail.smtp.host = QStringLiteral("127.0.0.1");
    config.mail.smtp.port = server.serverPort();
    config.mail.smtp.security = mail::SmtpConfig::Security::StartTlsOrPlainOnLoopback;
    config.mail.smtp.connectTimeoutMs = config.mail.smtp.replyTimeoutMs = config.mail.smtp.dataTimeoutMs = 5000;
    config.mail.fromAddress = QStringLiteral("noreply@utrecht.example");
    QVERIFY(config.mail.enabled());
    w->advance(2 * 3600); // past the retry delay of the first round
    integrations::OutboxDispatcher dispatcher(*w->ctx, config.dispatcher);
    integrations::SenderSet senders(*w->ctx, config);
    senders.attach(dispatcher);
    dispatcher.dispatchOnce();
    QCOMPARE(status(annaKey), QStringLiteral("verzonden"));
    QCOMPARE(server.mails.size(), 2); // Anna and Bram
}

QTEST_GUILESS_MAIN(TestMailOutbox)
#include "tst_mail_outbox.moc"
