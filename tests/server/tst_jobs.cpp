// The background job scheduler (citizen-web/jobs/) and the system jobs main.cpp adds to it,
// on the services test world with the real session and token stores of a server.
#include "ServerHarness.h"

#include "jobs/Scheduler.h"
#include "jobs/SystemJobs.h"
#include "audit/AuditLog.h"
#include "services/Opnames.h"

#include <QtTest/QtTest>

#include <stdexcept>

using namespace regie;

class TstJobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsEveryJobInOrderAndCountsFailures()
    {
        web::jobs::Scheduler scheduler(std::chrono::seconds(60));
        QStringList ran;
        scheduler.add(QStringLiteral("a"), [&] { ran << QStringLiteral("a"); return true; });
        scheduler.add(QStringLiteral("b"), [&] { ran << QStringLiteral("b"); return false; });
        scheduler.add(QStringLiteral("c"), [&]() -> bool {
            ran << QStringLiteral("c");
            throw std::runtime_error("kapot");
        });
        scheduler.add(QStringLiteral("d"), [&] { ran << QStringLiteral("d"); return true; });
        QCOMPARE(scheduler.runAll(), 2);
        QCOMPARE(ran, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }

    void runsOnTheIntervalUntilStopped()
    {
        web::jobs::Scheduler scheduler(std::chrono::milliseconds(20));
        int runs = 0;
        scheduler.add(QStringLiteral("tel"), [&] { ++runs; return true; });
        QVERIFY(!scheduler.isRunning());
        scheduler.start();
        QVERIFY(harness::waitFor([&] { return runs >= 2; }, 10000));
        scheduler.stop();
        QVERIFY(!scheduler.isRunning());
        const int stoppedAt = runs;
        QTest::qWait(100);
        QCOMPARE(runs, stoppedAt);
    }

    void systemJobsPurgeSessionsAndExpireRequests()
    {
        harness::Harness h;
        h.start();
        web::jobs::Scheduler scheduler(std::chrono::seconds(60));
        web::jobs::addSystemJobs(scheduler, *h.world.ctx, h.server->sessionStore(), h.server->tokens());

        // A waiting request and a cookie session, then long after both should have ended.
        services::Opnames opnames(*h.world.ctx);
        services::OpnameInvoer in;
        in.reserveringId = h.world.kleding;
        in.bedragTekst = QStringLiteral("80");
        in.idempotencyKey = QStringLiteral("jobs-1");
        const auto verzoek = opnames.maakConcept(h.world.inwoner(h.world.inwoner1), in);
        QVERIFY(verzoek.ok());
        QVERIFY(opnames.bevestig(h.world.inwoner(h.world.inwoner1), verzoek.value->publicId).ok());
        QVERIFY(!h.login().isEmpty());
        QCOMPARE(h.world.count(QStringLiteral("SELECT COUNT(*) FROM web_sessions")), qint64(1));
        h.world.advance(16 * 24 * 3600);

        QCOMPARE(scheduler.runAll(), 0);
        QCOMPARE(opnames.bekijk(h.world.inwoner(h.world.inwoner1), verzoek.value->publicId).value->status,
                 VerzoekStatus::Verlopen);
        QCOMPARE(h.world.count(QStringLiteral("SELECT COUNT(*) FROM web_sessions")), qint64(0));
        QCOMPARE(h.world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'sessie.verlopen'")),
                 qint64(1));
    }

    // Concepts nobody answered lapse; retention runs once per its own interval, audited.
    void systemJobsLapseConceptsAndRunRetention()
    {
        harness::Harness h;
        h.start();
        web::jobs::Scheduler scheduler(std::chrono::seconds(60));
        web::jobs::SystemJobOptions options;
        options.bewaarMaanden = 12;
        options.bewaarInterval = std::chrono::hours(24);
        web::jobs::addSystemJobs(scheduler, *h.world.ctx, h.server->sessionStore(), h.server->tokens(), options);

        services::Opnames opnames(*h.world.ctx);
        services::OpnameInvoer in;
        in.reserveringId = h.world.kleding;
        in.bedragTekst = QStringLiteral("10");
        in.idempotencyKey = QStringLiteral("jobs-concept");
        const auto ontwerp = opnames.maakConcept(h.world.inwoner(h.world.inwoner1), in);
        QVERIFY(ontwerp.ok());
        const auto status = [&] {
            return opnames.bekijk(h.world.inwoner(h.world.inwoner1), ontwerp.value->publicId).value->status;
        };
        const auto runs = [&] {
            return h.world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'bewaartermijn.verwerkt'"));
        };

        QCOMPARE(scheduler.runAll(), 0);
        QCOMPARE(status(), VerzoekStatus::Concept); // still fresh
        QCOMPARE(runs(), qint64(1));                // retention ran once at the first round
        h.world.advance(2 * 3600);
        QCOMPARE(scheduler.runAll(), 0);
        QCOMPARE(runs(), qint64(1));                // not again within its interval

        h.world.advance(25 * 3600);
        QCOMPARE(scheduler.runAll(), 0);
        QCOMPARE(status(), VerzoekStatus::Verlopen);
        QCOMPARE(runs(), qint64(2));
        QVERIFY(audit::AuditLog::verify(*h.world.db).intact);
    }
};

QTEST_MAIN(TstJobs)
#include "tst_jobs.moc"
