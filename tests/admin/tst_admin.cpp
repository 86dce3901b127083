// regie-admin against a store built with the core services: each command does its work,
// says so in Dutch, answers with the right exit code and leaves its audit event. The backup
// is taken while another thread keeps withdrawing, restored into a new folder, and the
// restored store balances and its audit chain verifies.

#include "../services/Fixture.h"

#include "crypto/KeyStore.h"
#include "services/Bewaartermijn.h"

#include <QtCore/QProcess>
#include <QtCore/QThread>

#include <atomic>

using namespace regie;
using fixture::World;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

// The test keyring as REGIE_MASTER_KEY text ("1:<base64>"), unless the key file is meant.
QProcessEnvironment environment(const World &w, bool keyFromEnvironment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REGIE_MASTER_KEY"));
    if (keyFromEnvironment)
        env.insert(QStringLiteral("REGIE_MASTER_KEY"), QStringLiteral("1:") + QString::fromLatin1(w.keyring.key(1)->toBase64()));
    return env;
}

Run admin(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(REGIE_ADMIN_PATH), arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

qint64 events(World &w, const char *action)
{
    return w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(QLatin1String(action)));
}

// Withdraws €7 from Kleding again and again on its own connection until told to stop.
struct Opnemer {
    World *w;
    std::atomic<bool> *stop;
    std::atomic<int> rondes{0};
    QString failure;
    void run()
    {
        auto db = w->open();
        services::ServiceContext ctx(*db, w->cipher);
        services::Opnames opnames(ctx);
        while (!stop->load() && rondes.load() < 40) {
            services::OpnameInvoer in;
            in.reserveringId = w->kleding;
            in.bedragTekst = QStringLiteral("7,00");
            in.idempotencyKey = crypto::randomToken(12);
            const auto c = opnames.maakConcept(w->inwoner(w->inwoner1), in);
            if (!c.ok()) {
                failure = c.error.message;
                return;
            }
            const auto r = opnames.bevestig(w->inwoner(w->inwoner1), c.value->publicId);
            if (!r.ok()) {
                failure = r.error.message;
                return;
            }
            rondes.fetch_add(1);
        }
    }
};

} // namespace

class TstAdmin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        if (World::onPostgres())
            QSKIP("regie-admin's PostgreSQL path runs pg_dump; these tests use the SQLite store");
    }

    void verifyAuditFindsATamperedEvent()
    {
        World w;
        w.build();
        const QStringList args{QStringLiteral("verify-audit"), QStringLiteral("--data"), w.dir.path()};
        const qint64 before = events(w, "audit.geverifieerd");
        Run r = admin(args, environment(w, true));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("de keten is heel")), qPrintable(r.out));
        QCOMPARE(events(w, "audit.geverifieerd"), before + 1);
        storage::Sql edit(*w.db, QStringLiteral("UPDATE audit_events SET details_json = '{\"vervalst\":true}' WHERE seq = 2"));
        QVERIFY(edit.exec());
        r = admin(args, environment(w, true));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("NIET heel: eerste fout bij gebeurtenis 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Wat te doen")));
    }

    void backupWhileWritingThenRestore()
    {
        World w;
        w.build();
        services::Afspraken afspraken(*w.ctx);
        rules::Afspraak vrij;
        vrij.scope = rules::Scope::Reservering;
        vrij.reserveringId = w.kleding;
        vrij.modus = rules::Modus::Vrij;
        vrij.ingangsdatum = QDate(2026, 1, 1);
        REQUIRE_OK(afspraken.zet(w.staff(w.medewerkerA), {vrij, QString(), w.inwoner1, QStringLiteral("test")}));

        std::atomic<bool> stop{false};
        Opnemer opnemer{&w, &stop, {}, {}};
        QThread *thread = QThread::create([&opnemer] { opnemer.run(); });
        thread->start();
        QVERIFY(QTest::qWaitFor([&] { return opnemer.rondes.load() >= 3; }, 60'000));
        QTemporaryDir backups;
        const QString file = backups.filePath(QStringLiteral("regie-backup.sqlite"));
        const Run backup = admin({QStringLiteral("backup"), file, QStringLiteral("--data"), w.dir.path()}, environment(w, true));
        stop.store(true);
        QVERIFY(thread->wait(120'000));
        delete thread;
        QVERIFY2(opnemer.failure.isEmpty(), qPrintable(opnemer.failure));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(events(w, "backup.gemaakt"), qint64(1));

        QTemporaryDir restored;
        const QString target = restored.filePath(QStringLiteral("data"));
        const Run terug = admin({QStringLiteral("restore"), file, QStringLiteral("--data"), target}, environment(w, true));
        QVERIFY2(terug.exitCode == 0, qPrintable(terug.out));
        QVERIFY2(terug.out.contains(QStringLiteral("de keten is heel")) && terug.out.contains(QStringLiteral(", 0 in onbalans")),
                 qPrintable(terug.out));

        // The copy is one moment of the store: its ledger matches its own requests.
        storage::DatabaseConfig config;
        config.sqlitePath = target + QStringLiteral("/regie.sqlite");
        QString error;
        auto copy = storage::Database::open(config, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(audit::AuditLog::verify(*copy).intact);
        ledger::Ledger ledger(*copy);
        for (const qint64 inwoner : {w.inwoner1, w.inwoner2})
            QVERIFY2(ledger.checkInvariants(inwoner, &error), qPrintable(error));
        storage::Sql uitgevoerd(*copy, QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE status = 'uitgevoerd'"));
        QVERIFY(uitgevoerd.exec() && uitgevoerd.next());
        const qint64 inKopie = uitgevoerd.int64(0);
        QVERIFY(inKopie >= 3 && inKopie <= opnemer.rondes.load());
        const auto saldo = *ledger.balance(*ledger.accountForReservering(w.kleding));
        QCOMPARE(saldo.postedCredit().cents(), qint64(30000) - inKopie * 700);
        storage::Sql teruggezet(*copy, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'backup.teruggezet'"));
        QVERIFY(teruggezet.exec() && teruggezet.next());
        QCOMPARE(teruggezet.int64(0), qint64(1));

        // Never over an existing store.
        const Run nogmaals = admin({QStringLiteral("restore"), file, QStringLiteral("--data"), target}, environment(w, true));
        QCOMPARE(nogmaals.exitCode, 1);
        QVERIFY(nogmaals.out.contains(QStringLiteral("bestaat al")));
    }

    void restoreNeedsTheKey()
    {
        World w;
        w.build();
        QTemporaryDir d;
        const QString file = d.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(admin({QStringLiteral("backup"), file, QStringLiteral("--data"), w.dir.path()}, environment(w, true)).exitCode, 0);
        const Run r = admin({QStringLiteral("restore"), file, QStringLiteral("--data"), d.filePath(QStringLiteral("nieuw"))},
                            environment(w, false));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("regie.key ontbreekt")), qPrintable(r.out));
    }

    void retentionAnonymisesWhatIsDue()
    {
        World w;
        w.build();
        REQUIRE_OK(services::Bewaartermijn(*w.ctx).beeindig(Actor::systeem(), w.inwoner2, QDate(2015, 1, 1)));
        const Run r = admin({QStringLiteral("retention"), QStringLiteral("--data"), w.dir.path()}, environment(w, true));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("1 inwoner(s) geanonimiseerd")), qPrintable(r.out));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM inwoners WHERE status = 'geanonimiseerd'")), qint64(1));
        QCOMPARE(events(w, "bewaartermijn.verwerkt"), qint64(1));
        QVERIFY(audit::AuditLog::verify(*w.db).intact);
    }

    void rotateKeyReencryptsEveryField()
    {
        World w;
        w.build();
        QString error;
        const QString keyFile = w.dir.filePath(QStringLiteral("regie.key"));
        QVERIFY2(crypto::KeyStore::writeKeyFile(keyFile, w.keyring, &error), qPrintable(error));
        const qint64 voor = w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        const Run r = admin({QStringLiteral("rotate-key"), QStringLiteral("--data"), w.dir.path()}, environment(w, false));
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Nieuwe sleutel 2")), qPrintable(r.out));
        const crypto::KeyStore::Result keys = crypto::KeyStore::loadKeyFile(keyFile);
        QVERIFY(keys.ok());
        QCOMPARE(keys.keyring->currentKeyId(), quint8(2));
        const crypto::FieldCipher nieuw(*keys.keyring);
        storage::Sql rows(*w.db, QStringLiteral("SELECT bsn_enc, bsn_hash FROM inwoners WHERE bsn_enc IS NOT NULL"));
        QVERIFY(rows.exec());
        int gezien = 0;
        while (rows.next()) {
            ++gezien;
            const QByteArray enc = rows.value(0).toByteArray();
            QCOMPARE(crypto::FieldCipher::keyIdOf(enc), std::optional<quint8>(2));
            const auto bsn = nieuw.decrypt(enc, "inwoners.bsn");
            QVERIFY(bsn);
            QCOMPARE(rows.text(1), nieuw.lookupHash(QString::fromUtf8(*bsn), u"inwoners.bsn"));
        }
        QCOMPARE(gezien, 2);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM eigen_rekeningen")),
                 w.count(QStringLiteral("SELECT COUNT(*) FROM eigen_rekeningen WHERE iban_hash IS NOT NULL")));
        QVERIFY(events(w, "sleutel.geroteerd") >= 3); // bsn, eigen rekeningen, beheerrekeningen
        QVERIFY(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events")) > voor);
        QVERIFY(audit::AuditLog::verify(*w.db).intact);
        // A second pass finds nothing left under the old key.
        const Run again = admin({QStringLiteral("rotate-key"), QStringLiteral("--herversleutel"), QStringLiteral("--data"), w.dir.path()},
                                environment(w, false));
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral(": 0 velden")), qPrintable(again.out));
    }

    void createBeheerderOnce()
    {
        World w;
        w.build();
        const QStringList args{QStringLiteral("create-beheerder"), QStringLiteral("beheer"), QStringLiteral("--naam"),
                               QStringLiteral("Bea Heer"), QStringLiteral("--data"), w.dir.path()};
        Run r = admin(args, environment(w, true), "kort\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("minstens 12 tekens")), qPrintable(r.out));
        r = admin(args, environment(w, true), "een-lang-genoeg-wachtwoord\n");
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("otpauth://totp/Regie:beheer")), qPrintable(r.out));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'beheerder' AND username = 'beheer'"
                                        " AND totp_secret_enc IS NOT NULL")),
                 qint64(1));
        QCOMPARE(events(w, "gebruiker.aangemaakt") > 0, true);
        r = admin(args, environment(w, true), "een-lang-genoeg-wachtwoord\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("er is al een beheerder (beheer)")), qPrintable(r.out));
    }

    void unknownCommandsAndFlagsAreRefused()
    {
        World w;
        w.build();
        Run r = admin({QStringLiteral("backupp")}, environment(w, true));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("onbekende opdracht 'backupp'")));
        r = admin({QStringLiteral("check"), QStringLiteral("--allegro-password"), QStringLiteral("x")}, environment(w, true));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("REGIE_ALLEGRO_PASSWORD")));
    }
};

QTEST_GUILESS_MAIN(TstAdmin)
#include "tst_admin.moc"
