// The dialect spot (storage::Database) on both engines: the transaction probe the audit
// trail relies on, and fast commits that always return to the durable default.
#include "Fixture.h"

#include "storage/Database.h"

#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

using namespace regie;
using fixture::World;

class TestDialect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void knowsWhetherATransactionIsOpen();
    void fastCommitsEndDurable();

private:
    // What the engine does on COMMIT right now, in its own words.
    QString durability()
    {
        QSqlQuery q(w->db->db());
        const bool ok = World::onPostgres() ? q.exec(QStringLiteral("SHOW synchronous_commit"))
                                            : q.exec(QStringLiteral("PRAGMA synchronous"));
        return ok && q.next() ? q.value(0).toString() : QString();
    }
    std::unique_ptr<World> w;
};

void TestDialect::init()
{
    w = std::make_unique<World>();
    w->db = w->open();
    QVERIFY(testdb::startEmpty(*w->db));
}

void TestDialect::knowsWhetherATransactionIsOpen()
{
    QVERIFY(!w->db->inTransaction());
    QVERIFY(!w->db->inTransaction()); // asking opened nothing
    {
        storage::WriteTransaction tx(*w->db);
        QVERIFY(tx.isOpen());
        QVERIFY(w->db->inTransaction());
        QVERIFY(w->db->inTransaction()); // asking ended nothing
        QVERIFY(tx.commit());
    }
    QVERIFY(!w->db->inTransaction());
}

void TestDialect::fastCommitsEndDurable()
{
    const QString durable = durability();
    QCOMPARE(durable, World::onPostgres() ? QStringLiteral("on") : QStringLiteral("2")); // FULL
    {
        const storage::FastCommits fast(*w->db, true);
        QCOMPARE(durability(), World::onPostgres() ? QStringLiteral("off") : QStringLiteral("1")); // NORMAL
    }
    QCOMPARE(durability(), durable);
    {
        const storage::FastCommits off(*w->db, false);
        QCOMPARE(durability(), durable);
    }
    QCOMPARE(durability(), durable);
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
