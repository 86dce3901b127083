// Crash safety of the outbox: the dispatcher runs as a child process (regie-koppelingen
// dispatch) and is killed with SIGKILL at random moments while it drains many approved
// withdrawals, then restarted. At every kill point the state must be honest (no Allegro
// order for a verzoek that is not uitgevoerd, no recorded order that Allegro does not
// have, never two orders for one verzoek); at the end every approved withdrawal is in
// allegro-sim exactly once and every zaak is closed once.
//
// REGIE_SOAK=1: 300 withdrawals, 60 kills and a flapping Allegro (long; not for CI).
#include "Harness.h"

#include <QtCore/QProcessEnvironment>
#include <QtCore/QRandomGenerator>

using namespace regie;
using namespace harness;

class TestKoppelingenCrash : public QObject {
    Q_OBJECT

private:
    Sims sims;
    World world;
    bool soak = qEnvironmentVariableIntValue("REGIE_SOAK") == 1;
    int households = 6;
    QStringList approved;

    QProcess *startDispatcher()
    {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REGIE_MASTER_KEY"), masterKeyEntry());
        env.insert(QStringLiteral("REGIE_ZGW_SECRET"), QString::fromLatin1(kZgwSecret));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;regie.*.warning=false"));
        p->setProcessEnvironment(env);
        p->setProgram(QStringLiteral(KOPPELINGEN_PATH));
        p->setArguments({QStringLiteral("--data"), world.path(), QStringLiteral("--allegro"),
                         sims.allegro.origin() + QStringLiteral("/soap"), QStringLiteral("--allegro-timeout-ms"),
                         QStringLiteral("2000"), QStringLiteral("--zgw"), sims.zgw.origin(), QStringLiteral("--zgw-client-id"),
                         QStringLiteral("regie-crash"), QStringLiteral("--rsin"), kRsin, QStringLiteral("--zaaktype"),
                         sims.zgw.origin() + kZaaktypePath, QStringLiteral("--batch"), QStringLiteral("10"),
                         QStringLiteral("--max-attempts"), QStringLiteral("1000"),
                         // One dispatcher at a time here: the message a killed one was sending
                         // need not wait the default minute before the next one sends it.
                         QStringLiteral("--claim-ms"), QStringLiteral("3000"), QStringLiteral("--max-seconds"),
                         QStringLiteral("120"), QStringLiteral("dispatch"), QStringLiteral("--until-empty")});
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start();
        return p;
    }

    // The invariants that must hold at every moment, also while the dispatcher runs. Regie's
    // records are read BEFORE Allegro's orders: a record made after that read may name an
    // order that was not yet there, but anything recorded earlier must be in Allegro.
    void checkHonest()
    {
        QStringList recordedRefs, sentRefs;
        storage::Sql recorded(*world.db, QStringLiteral("SELECT referentie FROM extern_referenties WHERE systeem = 'allegro.betaalopdracht'"));
        QVERIFY(recorded.exec());
        while (recorded.next())
            recordedRefs.append(recorded.text(0));
        storage::Sql sent(*world.db, QStringLiteral("SELECT json_extract(payload_json, '$.referentie') FROM outbox"
                                                    " WHERE topic = 'allegro.betaalopdracht' AND status = 'verzonden'"));
        QVERIFY(sent.exec());
        while (sent.next())
            sentRefs.append(sent.text(0));

        QHash<QString, int> orders;
        for (const QJsonValue &o : sims.orders())
            ++orders[o.toObject().value(QStringLiteral("referentie")).toString()];
        for (const QString &ref : recordedRefs)
            QVERIFY2(orders.contains(ref), "an order is recorded that Allegro does not have");
        for (const QString &ref : sentRefs)
            QVERIFY2(orders.contains(ref), "a message is marked sent without its effect");
        for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("two orders for ") + it.key()));
            storage::Sql q(*world.db, QStringLiteral("SELECT status FROM verzoeken WHERE public_id = :p"));
            q.bind(QStringLiteral(":p"), it.key().mid(6));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.text(0), QStringLiteral("uitgevoerd"));
        }
    }

    qint64 open() { return world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'nieuw'")); }

private Q_SLOTS:
    void initTestCase()
    {
        if (soak)
            households = 30;
        QVERIFY(sims.start(households, {QStringLiteral("--slow-ms"), QStringLiteral("15")}));
        QVERIFY(world.build(households));
        auto connection = world.connect();
        const auto config = sims.config(world.path());
        allegro::AllegroClient client(config.allegro);
        integrations::AllegroSync sync(*connection.ctx, client, config.sync);
        QCOMPARE(sync.syncOnce().bijgewerkt, households);
    }

    void killedDispatcherLosesNothingAndDuplicatesNothing()
    {
        const int withdrawals = soak ? 300 : 40;
        const int kills = soak ? 60 : 6;
        for (int i = 0; i < withdrawals; ++i) {
            const QString id = world.verzoek(world.inwoners.at(i % households), 1, 100 + (i % 5) * 37, true, i);
            QVERIFY2(!id.isEmpty(), "withdrawal could not be approved");
            approved.append(id);
        }
        QCOMPARE(open(), qint64(withdrawals) * 4); // order, bericht, zaak open, zaak close
        if (soak)
            sims.allegroFaults({{QStringLiteral("failRate"), 0.2}, {QStringLiteral("dropRate"), 0.1}});
        QRandomGenerator random(20261128);
        int killed = 0;
        bool finished = false;
        for (int run = 0; run < kills + 20 && !finished; ++run) {
            std::unique_ptr<QProcess> child(startDispatcher());
            QVERIFY(child->waitForStarted(5000));
            if (killed < kills) {
                QTest::qWait(static_cast<int>(random.bounded(50, 400)));
                checkHonest();
                if (child->state() == QProcess::Running) {
                    child->kill(); // SIGKILL: no cleanup, no commit of anything in flight
                    QVERIFY(child->waitForFinished(5000));
                    ++killed;
                    checkHonest();
                    continue;
                }
            }
            if (soak) {
                sims.allegroFaults({{QStringLiteral("failRate"), 0}, {QStringLiteral("dropRate"), 0}});
                // Time passes: what waits for its backoff is due now (the child has the real clock).
                storage::Sql due(*world.db, QStringLiteral("UPDATE outbox SET next_attempt_at = :t WHERE status = 'nieuw'"));
                due.bind(QStringLiteral(":t"), storage::toDbTime(QDateTime::currentDateTimeUtc()));
                QVERIFY(due.exec());
            }
            QVERIFY(child->waitForFinished(150'000));
            checkHonest();
            finished = child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0 && open() == 0;
        }
        QVERIFY(finished);
        // The kills must really have hit a draining dispatcher (it needs several seconds).
        QVERIFY2(killed >= kills / 2, qPrintable(QStringLiteral("only %1 kills").arg(killed)));
        qInfo("dispatcher killed %d times while draining %lld messages", killed, qint64(approved.size()) * 4);

        // Complete: every approved withdrawal exactly once, every zaak closed once.
        QHash<QString, qint64> orders;
        for (const QJsonValue &o : sims.orders())
            orders.insert(o.toObject().value(QStringLiteral("referentie")).toString(),
                          o.toObject().value(QStringLiteral("bedragCents")).toInteger());
        for (int i = 0; i < approved.size(); ++i) {
            const QString ref = QStringLiteral("REGIE-") + approved.at(i);
            QVERIFY2(orders.contains(ref), qPrintable(QStringLiteral("lost: ") + ref));
            QCOMPARE(orders.value(ref), qint64(100 + (i % 5) * 37));
        }
        QCOMPARE(orders.size(), approved.size());
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'verzonden'")), qint64(0));
        int closed = 0;
        for (const QJsonValue &z : sims.zaken()) {
            const QJsonObject zaak = z.toObject();
            QCOMPARE(zaak.value(QStringLiteral("resultaten")).toArray().size(), 1);
            closed += zaak.value(QStringLiteral("zaak")).toObject().value(QStringLiteral("einddatum")).toString().isEmpty() ? 0 : 1;
        }
        QCOMPARE(closed, approved.size());
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'betaalopdracht.aangemaakt'")),
                 qint64(approved.size()));
    }
};

QTEST_GUILESS_MAIN(TestKoppelingenCrash)
#include "tst_koppelingen_crash.moc"
