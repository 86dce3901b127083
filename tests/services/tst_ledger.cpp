// The ledger on its own: balances, holds that resolve exactly once, idempotency, the
// database's CHECK constraints as a second line of defence, and the invariants the ledger
// asserts itself (in release builds too) when storage hands it a forged state.
#include "Fixture.h"

#include "../base/AssertTestSupport.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlQuery>

using namespace regie;
using fixture::World;
using testsupport::assertionFiredBy;

namespace {

ledger::TransferRequest verschuif(const QString &key, qint64 from, qint64 to, qint64 cents)
{
    return {key, from, to, Money::fromCents(cents), QStringLiteral("test"), QStringLiteral("test"), std::nullopt};
}

// bank = algemeen + reserveringen no longer holds: a reservering gained money that never
// reached the beheerrekening. The schema's CHECK constraints allow it; only the equation
// across the inwoner's accounts does not.
bool forgeBalance(World &w)
{
    storage::Sql q(*w.db, QStringLiteral("UPDATE ledger_accounts SET credits_posted_cents = credits_posted_cents + 100"
                                         " WHERE reservering_id = :r"));
    q.bind(QStringLiteral(":r"), w.kleding);
    return q.exec() && q.numRowsAffected() == 1;
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void transferMovesMoneyBetweenAccounts();
    void overdraftIsRefused();
    void holdReducesAvailableNotPosted();
    void holdResolvesExactlyOnce_data();
    void holdResolvesExactlyOnce();
    void idempotencyReplaysAndDetectsConflicts();
    void invalidAmounts();
    void databaseChecksCatchWhatCodeMissed();
    void invariantsHoldUnderRandomTraffic();
    void forgedBalanceStopsTheNextTransfer();
    void forgedHoldStopsItsResolution();
    void forgedRowStopsTheRead();
    void moneyNeverMovesBetweenInwoners();
    void forgedBalanceAbortsTheProcess();

private:
    qint64 account(qint64 reservering);
    std::unique_ptr<World> w;
};

void TestLedger::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestLedger::cleanup() { w.reset(); }

qint64 TestLedger::account(qint64 reservering)
{
    ledger::Ledger l(*w->db);
    return *l.accountForReservering(reservering);
}

void TestLedger::transferMovesMoneyBetweenAccounts()
{
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    const auto r = l.transfer({QStringLiteral("t1"), account(w->kleding), account(w->buffer), Money::fromCents(1000),
                               QStringLiteral("test"), QStringLiteral("test"), std::nullopt});
    QVERIFY(r.ok());
    QVERIFY(tx.commit());
    QCOMPARE(w->balanceOf(w->kleding).postedCredit().cents(), qint64(29000));
    QCOMPARE(w->balanceOf(w->buffer).postedCredit().cents(), qint64(201000));
    QString problem;
    QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
}

void TestLedger::overdraftIsRefused()
{
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    const auto r = l.transfer({QStringLiteral("t1"), account(w->kleding), account(w->buffer), Money::fromCents(30001),
                               QStringLiteral("test"), QStringLiteral("test"), std::nullopt});
    QCOMPARE(r.error, ledger::Error::ExceedsBalance);
    const auto exact = l.transfer({QStringLiteral("t2"), account(w->kleding), account(w->buffer), Money::fromCents(30000),
                                   QStringLiteral("test"), QStringLiteral("test"), std::nullopt});
    QVERIFY(exact.ok());
    QCOMPARE(l.balance(account(w->kleding))->availableCredit().cents(), qint64(0));
}

void TestLedger::holdReducesAvailableNotPosted()
{
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    const auto bank = *l.accountFor(w->inwoner1, ledger::AccountSoort::Bank);
    const auto hold = l.createPending({QStringLiteral("h1"), account(w->kleding), bank, Money::fromCents(20000),
                                       QStringLiteral("opname"), QStringLiteral("test"), std::nullopt});
    QVERIFY(hold.ok());
    const auto b = *l.balance(account(w->kleding));
    QCOMPARE(b.postedCredit().cents(), qint64(30000));
    QCOMPARE(b.availableCredit().cents(), qint64(10000));
    // A second hold beyond what is free is refused.
    const auto second = l.createPending({QStringLiteral("h2"), account(w->kleding), bank, Money::fromCents(10001),
                                         QStringLiteral("opname"), QStringLiteral("test"), std::nullopt});
    QCOMPARE(second.error, ledger::Error::ExceedsBalance);
    QString problem;
    QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
}

void TestLedger::holdResolvesExactlyOnce_data()
{
    QTest::addColumn<bool>("postFirst");
    QTest::addColumn<bool>("postSecond");
    QTest::newRow("post then post") << true << true;
    QTest::newRow("post then void") << true << false;
    QTest::newRow("void then post") << false << true;
    QTest::newRow("void then void") << false << false;
}

void TestLedger::holdResolvesExactlyOnce()
{
    QFETCH(bool, postFirst);
    QFETCH(bool, postSecond);
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    const auto bank = *l.accountFor(w->inwoner1, ledger::AccountSoort::Bank);
    const auto hold = l.createPending({QStringLiteral("h1"), account(w->kleding), bank, Money::fromCents(5000),
                                       QStringLiteral("opname"), QStringLiteral("test"), std::nullopt});
    auto resolve = [&](bool post, const QString &key) {
        return post ? l.postPending(key, hold.transferId) : l.voidPending(key, hold.transferId);
    };
    QVERIFY(resolve(postFirst, QStringLiteral("r1")).ok());
    const auto second = resolve(postSecond, QStringLiteral("r2"));
    QCOMPARE(second.error, ledger::Error::PendingAlreadyResolved);
    const auto b = *l.balance(account(w->kleding));
    QCOMPARE(b.pendingDebits().cents(), qint64(0));
    QCOMPARE(b.postedCredit().cents(), postFirst ? qint64(25000) : qint64(30000));
    // The same resolution replayed with its own key is a harmless replay.
    const auto replay = resolve(postFirst, QStringLiteral("r1"));
    QVERIFY(replay.ok());
    QVERIFY(replay.replayed);
    QCOMPARE(l.balance(account(w->kleding))->postedCredit().cents(), postFirst ? qint64(25000) : qint64(30000));
    QString problem;
    QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
}

void TestLedger::idempotencyReplaysAndDetectsConflicts()
{
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    const ledger::TransferRequest req{QStringLiteral("same"), account(w->kleding), account(w->buffer), Money::fromCents(700),
                                      QStringLiteral("test"), QStringLiteral("test"), std::nullopt};
    const auto first = l.transfer(req);
    const auto again = l.transfer(req);
    QVERIFY(again.ok() && again.replayed);
    QCOMPARE(again.transferId, first.transferId);
    QCOMPARE(l.balance(account(w->kleding))->postedCredit().cents(), qint64(29300));
    auto other = req;
    other.amount = Money::fromCents(701);
    QCOMPARE(l.transfer(other).error, ledger::Error::IdempotencyConflict);
}

void TestLedger::invalidAmounts()
{
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    for (qint64 cents : {qint64(0), qint64(-1), Money::kMaxAbsCents + 1}) {
        const auto r = l.transfer({QStringLiteral("x%1").arg(cents), account(w->kleding), account(w->buffer),
                                   Money::fromCents(cents), QStringLiteral("t"), QStringLiteral("t"), std::nullopt});
        QCOMPARE(r.error, ledger::Error::InvalidAmount);
    }
    const auto same = l.transfer({QStringLiteral("s"), account(w->kleding), account(w->kleding), Money::fromCents(1),
                                  QStringLiteral("t"), QStringLiteral("t"), std::nullopt});
    QCOMPARE(same.error, ledger::Error::SameAccount);
    QCOMPARE(l.transfer({QStringLiteral("m"), 999999, account(w->kleding), Money::fromCents(1), QStringLiteral("t"),
                         QStringLiteral("t"), std::nullopt}).error,
             ledger::Error::AccountNotFound);
}

void TestLedger::databaseChecksCatchWhatCodeMissed()
{
    // Pair assertion: even a direct write that would overdraw is refused by the schema.
    storage::Sql q(*w->db, QStringLiteral("UPDATE ledger_accounts SET debits_posted_cents = credits_posted_cents + 1"
                                          " WHERE reservering_id = :r"));
    q.bind(QStringLiteral(":r"), w->kleding);
    QVERIFY(!q.exec());
    storage::Sql twice(*w->db, QStringLiteral("INSERT INTO ledger_transfers (idempotency_key, debit_account_id,"
                                              " credit_account_id, amount_cents, kind, pending_id, code, omschrijving,"
                                              " created_at) SELECT 'dup', debit_account_id, credit_account_id, amount_cents,"
                                              " 'void_pending', id, code, omschrijving, created_at FROM ledger_transfers"
                                              " WHERE id = (SELECT MIN(id) FROM ledger_transfers)"));
    QVERIFY(twice.exec()); // first resolution row accepted...
    storage::Sql third(*w->db, QStringLiteral("INSERT INTO ledger_transfers (idempotency_key, debit_account_id,"
                                              " credit_account_id, amount_cents, kind, pending_id, code, omschrijving,"
                                              " created_at) SELECT 'dup2', debit_account_id, credit_account_id, amount_cents,"
                                              " 'post_pending', pending_id, code, omschrijving, created_at FROM ledger_transfers"
                                              " WHERE idempotency_key = 'dup'"));
    QVERIFY(!third.exec()); // ...a second one for the same transfer is impossible (UNIQUE pending_id)
}

void TestLedger::invariantsHoldUnderRandomTraffic()
{
    QRandomGenerator rng(42);
    ledger::Ledger l(*w->db);
    const QList<qint64> accounts{account(w->kleding), account(w->verjaardagen), account(w->buffer),
                                 *l.accountFor(w->inwoner1, ledger::AccountSoort::Algemeen)};
    const qint64 bank = *l.accountFor(w->inwoner1, ledger::AccountSoort::Bank);
    QList<qint64> holds;
    for (int i = 0; i < 2000; ++i) {
        storage::WriteTransaction tx(*w->db);
        const int op = rng.bounded(5);
        const Money amount = Money::fromCents(rng.bounded(1, 50000));
        const qint64 from = accounts[rng.bounded(int(accounts.size()))];
        const QString key = QStringLiteral("r%1").arg(i);
        if (op == 0) {
            const auto r = l.createPending({key, from, bank, amount, QStringLiteral("opname"), QStringLiteral("t"), std::nullopt});
            if (r.ok())
                holds.append(r.transferId);
        } else if (op == 1 && !holds.isEmpty()) {
            const qint64 h = holds.takeAt(rng.bounded(int(holds.size())));
            QVERIFY(rng.bounded(2) ? l.postPending(key, h).ok() : l.voidPending(key, h).ok());
        } else if (op == 2) {
            l.transfer({key, from, bank, amount, QStringLiteral("uit"), QStringLiteral("t"), std::nullopt});
        } else {
            const qint64 to = accounts[rng.bounded(int(accounts.size()))];
            if (to != from)
                l.transfer({key, from, to, amount, QStringLiteral("verschuif"), QStringLiteral("t"), std::nullopt});
        }
        QString problem;
        QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
        QVERIFY(tx.commit());
    }
}

void TestLedger::forgedBalanceStopsTheNextTransfer()
{
    QVERIFY(forgeBalance(*w));
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    const QString fired = assertionFiredBy(
        [&] { l.transfer(verschuif(QStringLiteral("f1"), account(w->kleding), account(w->buffer), 1000)); });
    QCOMPARE(fired, QStringLiteral("controle == Controle::Klopt"));
}

void TestLedger::forgedHoldStopsItsResolution()
{
    ledger::Ledger l(*w->db);
    const qint64 bank = *l.accountFor(w->inwoner1, ledger::AccountSoort::Bank);
    qint64 hold = 0;
    {
        storage::WriteTransaction tx(*w->db);
        const auto r = l.createPending(verschuif(QStringLiteral("h1"), account(w->kleding), bank, 1000));
        QVERIFY(r.ok());
        hold = r.transferId;
        QVERIFY(tx.commit());
    }
    // The held amount vanished from the reservering's pending total: posting it now would
    // take money that is no longer set aside.
    storage::Sql forge(*w->db, QStringLiteral("UPDATE ledger_accounts SET debits_pending_cents = 0 WHERE reservering_id = :r"));
    forge.bind(QStringLiteral(":r"), w->kleding);
    QVERIFY(forge.exec());
    storage::WriteTransaction tx(*w->db);
    QCOMPARE(assertionFiredBy([&] { l.postPending(QStringLiteral("p1"), hold); }),
             QStringLiteral("d.debitsPending >= 0 && c.creditsPending >= 0"));
}

void TestLedger::forgedRowStopsTheRead()
{
    if (w->db->driver() != storage::Driver::Sqlite)
        QSKIP("forging a row past the CHECK constraints needs SQLite's ignore_check_constraints");
    // Pair assertion: the row limits the schema checks on the way in are asserted again on
    // the way out, so a row that got past the schema is never used to move money.
    QSqlQuery raw(w->db->db());
    QVERIFY(raw.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    QVERIFY(raw.exec(QStringLiteral("UPDATE ledger_accounts SET debits_posted_cents = credits_posted_cents + 1"
                                    " WHERE reservering_id = %1").arg(w->kleding)));
    QVERIFY(raw.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    ledger::Ledger l(*w->db);
    QCOMPARE(assertionFiredBy([&] { l.balance(account(w->kleding)); }), QStringLiteral("row.withinLimits()"));
}

void TestLedger::moneyNeverMovesBetweenInwoners()
{
    storage::WriteTransaction tx(*w->db);
    ledger::Ledger l(*w->db);
    QCOMPARE(assertionFiredBy([&] {
                 l.transfer(verschuif(QStringLiteral("x1"), account(w->kleding), account(w->anderKleding), 100));
             }),
             QStringLiteral("debit->inwonerId == credit->inwonerId"));
}

// The same forged balance in a child process with the default handler: the process stops,
// in this optimised build too, and says which invariant broke (not which values).
void TestLedger::forgedBalanceAbortsTheProcess()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--forge-balance")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray stderrText = child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(stderrText.contains("invariant failed: controle == Controle::Klopt"), stderrText.constData());
}

// Child mode of forgedBalanceAbortsTheProcess: never returns normally.
int forgeBalanceAndTransfer()
{
    World w;
    w.build();
    if (!forgeBalance(w))
        return 2;
    storage::WriteTransaction tx(*w.db);
    ledger::Ledger l(*w.db);
    const auto kleding = *l.accountForReservering(w.kleding);
    const auto buffer = *l.accountForReservering(w.buffer);
    l.transfer(verschuif(QStringLiteral("f1"), kleding, buffer, 1000));
    return 3;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--forge-balance") == 0)
        return forgeBalanceAndTransfer();
    TestLedger test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ledger.moc"
