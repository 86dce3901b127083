// Two connections (two threads, as two server workers would be) confirm withdrawals from
// the same reservering at the same time. Never overdrawn, every hold resolves once, and
// the audit chain stays intact.
#include "Fixture.h"

#include <QtCore/QThread>

#include <atomic>
#include <latch>

using namespace regie;
using fixture::World;

class TestConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoWritersNeverOverdraw();
    void approveAndWithdrawRace();
    void fiftyConceptsConfirmedAtOnce();
};

namespace {

struct Worker {
    World *world;
    qint64 reservering;
    int rounds;
    std::atomic<int> *executed;
    QString failure;

    void run()
    {
        auto db = world->open(); // its own connection, like another server worker
        services::ServiceContext ctx(*db, world->cipher);
        services::Opnames opnames(ctx);
        for (int i = 0; i < rounds; ++i) {
            services::OpnameInvoer in;
            in.reserveringId = reservering;
            in.bedragTekst = QStringLiteral("7,00");
            in.idempotencyKey = crypto::randomToken(12);
            auto c = opnames.maakConcept(world->inwoner(world->inwoner1), in);
            if (!c.ok()) {
                failure = c.error.message;
                return;
            }
            auto r = opnames.bevestig(world->inwoner(world->inwoner1), c.value->publicId);
            if (!r.ok()) {
                failure = r.error.message;
                return;
            }
            if (r.value->status == VerzoekStatus::Uitgevoerd)
                executed->fetch_add(1);
        }
    }
};

} // namespace

void TestConcurrency::twoWritersNeverOverdraw()
{
    World w;
    w.build();
    // Make Kleding free without week limits so only the balance (€ 300) stops it:
    // 2 x 30 attempts of € 7 = € 420 asked, at most 42 can succeed.
    services::Afspraken afspraken(*w.ctx);
    rules::Afspraak k;
    k.scope = rules::Scope::Reservering;
    k.reserveringId = w.kleding;
    k.modus = rules::Modus::Vrij;
    k.ingangsdatum = QDate(2026, 1, 1);
    REQUIRE_OK(afspraken.zet(w.staff(w.medewerkerA), {k, QString(), w.inwoner1, QStringLiteral("test")}));

    std::atomic<int> executed{0};
    Worker a{&w, w.kleding, 30, &executed, {}};
    Worker b{&w, w.kleding, 30, &executed, {}};
    QThread *ta = QThread::create([&a] { a.run(); });
    QThread *tb = QThread::create([&b] { b.run(); });
    ta->start();
    tb->start();
    QVERIFY(ta->wait(120000));
    QVERIFY(tb->wait(120000));
    delete ta;
    delete tb;
    QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
    QVERIFY2(b.failure.isEmpty(), qPrintable(b.failure));
    QCOMPARE(executed.load(), 42); // 42 x 7 = 294 <= 300; the 43rd would overdraw
    const auto balance = w.balanceOf(w.kleding);
    QCOMPARE(balance.postedCredit().cents(), qint64(30000 - 42 * 700));
    QVERIFY(balance.availableCredit().cents() >= 0);
    ledger::Ledger l(*w.db);
    QString problem;
    QVERIFY2(l.checkInvariants(w.inwoner1, &problem), qPrintable(problem));
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")), qint64(42));
    QVERIFY(audit::AuditLog::verify(*w.db).intact);
}

void TestConcurrency::approveAndWithdrawRace()
{
    // A medewerker approves while the inwoner withdraws the same request: exactly one wins.
    for (int round = 0; round < 10; ++round) {
        World w;
        w.build();
        services::Opnames opnames(*w.ctx);
        services::OpnameInvoer in;
        in.reserveringId = w.kleding;
        in.bedragTekst = QStringLiteral("80");
        in.idempotencyKey = QStringLiteral("race");
        auto c = opnames.maakConcept(w.inwoner(w.inwoner1), in);
        REQUIRE_OK(opnames.bevestig(w.inwoner(w.inwoner1), c.value->publicId));
        const QString id = c.value->publicId;
        bool approved = false, withdrawn = false;
        QString approveError, withdrawError;
        QThread *t1 = QThread::create([&] {
            auto db = w.open();
            services::ServiceContext ctx(*db, w.cipher);
            const auto r = services::Opnames(ctx).beslis(w.staff(w.medewerkerA), id, {true, QString(), QString()});
            approved = r.ok();
            approveError = r.error.message;
        });
        QThread *t2 = QThread::create([&] {
            auto db = w.open();
            services::ServiceContext ctx(*db, w.cipher);
            const auto r = services::Opnames(ctx).trekIn(w.inwoner(w.inwoner1), id);
            withdrawn = r.ok();
            withdrawError = r.error.message;
        });
        t1->start();
        t2->start();
        QVERIFY(t1->wait(60000) && t2->wait(60000));
        delete t1;
        delete t2;
        QVERIFY2(approved != withdrawn, qPrintable(QStringLiteral("approve: %1 | withdraw: %2").arg(approveError, withdrawError)));
        const auto b = w.balanceOf(w.kleding);
        QCOMPARE(b.pendingDebits().cents(), qint64(0));
        QCOMPARE(b.postedCredit().cents(), approved ? qint64(22000) : qint64(30000));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE pending_id IS NOT NULL")), qint64(1));
    }
}

void TestConcurrency::fiftyConceptsConfirmedAtOnce()
{
    // 50 concepts of € 30 from Kleding, confirmed by 16 workers (own connections) released at
    // the same moment. Kleding is free up to € 50 an opname and € 100 a week, so three are
    // paid; the others need a medewerker, and only maxOpenVerzoekenPerInwoner may wait.
    World w;
    w.build();
    const int limiet = w.ctx->settings.maxOpenVerzoekenPerInwoner;
    QVERIFY(limiet > 0 && limiet < 40);
    services::Opnames opnames(*w.ctx);
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        services::OpnameInvoer in;
        in.reserveringId = w.kleding;
        in.bedragTekst = QStringLiteral("30");
        in.idempotencyKey = QStringLiteral("vijftig-%1").arg(i);
        const auto c = opnames.maakConcept(w.inwoner(w.inwoner1), in);
        QVERIFY2(c.ok(), qPrintable(c.error.message));
        ids.append(c.value->publicId);
    }
    constexpr int kWorkers = 16; // below the test cluster's max_connections (50)
    std::latch start(kWorkers);
    std::atomic<int> paid{0}, waiting{0}, refused{0};
    QStringList failures[kWorkers];
    QList<QThread *> threads;
    for (int k = 0; k < kWorkers; ++k) {
        threads.append(QThread::create([&, k] {
            auto db = w.open();
            services::ServiceContext ctx(*db, w.cipher);
            ctx.clock = [&w] { return w.now; };
            services::Opnames eigen(ctx);
            start.arrive_and_wait();
            for (int i = k; i < ids.size(); i += kWorkers) {
                const auto r = eigen.bevestig(w.inwoner(w.inwoner1), ids.at(i));
                if (r.ok() && r.value->status == VerzoekStatus::Uitgevoerd)
                    paid.fetch_add(1);
                else if (r.ok() && r.value->status == VerzoekStatus::WachtOpAkkoord)
                    waiting.fetch_add(1);
                else if (!r.ok() && r.error.code == services::ErrorCode::Conflict)
                    refused.fetch_add(1); // too many open requests: stays a concept
                else
                    failures[k].append(r.ok() ? toCode(r.value->status) : r.error.message);
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(300000));
        delete t;
    }
    for (const QStringList &f : failures)
        QVERIFY2(f.isEmpty(), qPrintable(f.join(u'|')));
    QCOMPARE(paid.load() + waiting.load() + refused.load(), 50);
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE status IN ('wacht_op_akkoord',"
                                    " 'wacht_op_tweede_akkoord')")),
             qint64(waiting.load()));
    QVERIFY(waiting.load() <= limiet);
    QCOMPARE(waiting.load(), limiet); // enough needed a medewerker to fill the queue exactly
    // Never more paid than the afspraken allow: € 100 a week.
    QCOMPARE(w.count(QStringLiteral("SELECT COALESCE(SUM(bedrag_cents), 0) FROM verzoeken WHERE status = 'uitgevoerd'")),
             qint64(paid.load()) * 3000);
    QVERIFY(paid.load() * 3000 <= 10000);
    QCOMPARE(paid.load(), 3);
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE status = 'concept'")), qint64(refused.load()));
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")),
             qint64(paid.load()));
    const auto balance = w.balanceOf(w.kleding);
    QCOMPARE(balance.postedCredit().cents(), qint64(30000 - paid.load() * 3000));
    QCOMPARE(balance.availableCredit().cents(), qint64(30000 - (paid.load() + waiting.load()) * 3000));
    ledger::Ledger l(*w.db);
    QString problem;
    QVERIFY2(l.checkInvariants(w.inwoner1, &problem), qPrintable(problem));
    QVERIFY(audit::AuditLog::verify(*w.db).intact);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
