// The connection's cache of prepared statements (storage::Sql): a kept statement must behave
// exactly like a freshly prepared one, whatever happened on its previous use. And the
// connection's one write transaction at a time.
#include "Fixture.h"

#include "../base/AssertTestSupport.h"

#include "storage/Database.h"

#include <QtTest/QtTest>

using namespace regie;
using storage::Sql;
using fixture::World;

class TestStatements : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reusedStatementGivesFreshResults();
    void unboundPlaceholderIsNullOnReuse();
    void failedStatementWorksNextTime();
    void nestedUseOfSameText();
    void unfinishedReadDoesNotPinSnapshot();
    void cacheIsBounded();
    void oneWriteTransactionAtATime();

private:
    std::unique_ptr<World> world_;
    std::unique_ptr<storage::Database> db_;
    bool ddl(const QString &sql) // not through Sql: PostgreSQL cannot prepare DDL
    {
        QSqlQuery q(db_->db());
        return q.exec(sql);
    }
    bool exec(const QString &sql)
    {
        Sql q(*db_, sql);
        return q.exec();
    }
    qint64 count(const QString &where = QStringLiteral("1 = 1"))
    {
        Sql q(*db_, QStringLiteral("SELECT COUNT(*) FROM stmt_test WHERE ") + where);
        return q.exec() && q.next() ? q.int64(0) : -1;
    }
};

void TestStatements::init()
{
    db_.reset();
    world_ = std::make_unique<World>();
    db_ = world_->open();
    QVERIFY(ddl(QStringLiteral("DROP TABLE IF EXISTS stmt_test")));
    QVERIFY(ddl(QStringLiteral("CREATE TABLE stmt_test (k INTEGER PRIMARY KEY, v TEXT)")));
    db_->clearStatementCache();
}

void TestStatements::reusedStatementGivesFreshResults()
{
    const QString insert = QStringLiteral("INSERT INTO stmt_test (k, v) VALUES (:k, :v)");
    for (int i = 1; i <= 100; ++i) {
        Sql q(*db_, insert);
        q.bind(QStringLiteral(":k"), i).bind(QStringLiteral(":v"), QString::number(i * 2));
        QVERIFY2(q.exec(), qPrintable(q.error()));
    }
    const int kept = db_->cachedStatements();
    for (int i = 1; i <= 100; ++i) {
        Sql q(*db_, QStringLiteral("SELECT v FROM stmt_test WHERE k = :k"));
        q.bind(QStringLiteral(":k"), i);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QString::number(i * 2));
        QVERIFY(!q.next());
    }
    QCOMPARE(db_->cachedStatements(), kept + 1); // one text, one kept statement
}

void TestStatements::unboundPlaceholderIsNullOnReuse()
{
    const QString insert = QStringLiteral("INSERT INTO stmt_test (k, v) VALUES (:k, :v)");
    {
        Sql q(*db_, insert);
        q.bind(QStringLiteral(":k"), 1).bind(QStringLiteral(":v"), QStringLiteral("geheim"));
        QVERIFY(q.exec());
    }
    {
        Sql q(*db_, insert);
        q.bind(QStringLiteral(":k"), 2); // :v left out: must not carry "geheim" over
        QVERIFY(q.exec());
    }
    QCOMPARE(count(QStringLiteral("v IS NULL")), qint64(1));
    QCOMPARE(count(QStringLiteral("v = 'geheim'")), qint64(1));
}

void TestStatements::failedStatementWorksNextTime()
{
    const QString insert = QStringLiteral("INSERT INTO stmt_test (k, v) VALUES (:k, :v)");
    for (int k : {1, 1, 2, 2, 3}) { // every second one violates the primary key
        Sql q(*db_, insert);
        q.bind(QStringLiteral(":k"), k).bind(QStringLiteral(":v"), QStringLiteral("x"));
        q.exec();
    }
    QCOMPARE(count(), qint64(3));
    Sql q(*db_, insert);
    q.bind(QStringLiteral(":k"), 4).bind(QStringLiteral(":v"), QStringLiteral("y"));
    QVERIFY2(q.exec(), qPrintable(q.error()));
    QCOMPARE(count(), qint64(4));
}

void TestStatements::nestedUseOfSameText()
{
    for (int k = 1; k <= 3; ++k)
        QVERIFY(exec(QStringLiteral("INSERT INTO stmt_test (k, v) VALUES (%1, 'a')").arg(k)));
    const QString select = QStringLiteral("SELECT k FROM stmt_test WHERE k >= :k ORDER BY k");
    Sql outer(*db_, select);
    outer.bind(QStringLiteral(":k"), 1);
    QVERIFY(outer.exec());
    QList<qint64> pairs;
    while (outer.next()) {
        const qint64 k = outer.int64(0);
        Sql inner(*db_, select); // the same text while the outer one is still reading
        inner.bind(QStringLiteral(":k"), k);
        QVERIFY(inner.exec());
        qint64 n = 0;
        while (inner.next())
            ++n;
        pairs.append(k * 10 + n);
    }
    QCOMPARE(pairs, (QList<qint64>{13, 22, 31}));
}

void TestStatements::unfinishedReadDoesNotPinSnapshot()
{
    for (int k = 1; k <= 3; ++k)
        QVERIFY(exec(QStringLiteral("INSERT INTO stmt_test (k, v) VALUES (%1, 'a')").arg(k)));
    {
        Sql q(*db_, QStringLiteral("SELECT k FROM stmt_test ORDER BY k"));
        QVERIFY(q.exec());
        QVERIFY(q.next()); // read one row of three, then give the statement back
    }
    auto other = world_->open();
    {
        storage::WriteTransaction tx(*other);
        QVERIFY(tx.isOpen());
        Sql w(*other, QStringLiteral("UPDATE stmt_test SET v = 'b' WHERE k = 1"));
        QVERIFY(w.exec());
        QVERIFY(tx.commit());
    }
    // A statement still holding its read would keep an old snapshot, and SQLite cannot
    // upgrade that to a write once the other connection has committed.
    storage::WriteTransaction tx(*db_);
    QVERIFY2(tx.isOpen(), qPrintable(tx.error()));
    Sql w(*db_, QStringLiteral("UPDATE stmt_test SET v = 'c' WHERE k = 2"));
    QVERIFY2(w.exec(), qPrintable(w.error()));
    QVERIFY2(tx.commit(), qPrintable(tx.error()));
    QCOMPARE(count(QStringLiteral("v = 'b'")), qint64(1));
    QCOMPARE(count(QStringLiteral("v = 'c'")), qint64(1));
}

void TestStatements::cacheIsBounded()
{
    for (int i = 0; i < 600; ++i) {
        Sql q(*db_, QStringLiteral("SELECT %1 FROM stmt_test").arg(i));
        QVERIFY(q.exec());
    }
    QVERIFY(db_->cachedStatements() <= 256);
    QVERIFY(db_->cachedStatements() > 0);
    QCOMPARE(count(), qint64(0)); // still works after evictions
}

// A write transaction opened inside another on the same connection is a programmer error (a
// service called from within a unit of work): on PostgreSQL the inner COMMIT would commit
// the outer change half-way. It is asserted, in this optimised build too, and the outer
// transaction carries on untouched.
void TestStatements::oneWriteTransactionAtATime()
{
    storage::WriteTransaction outer(*db_);
    QVERIFY(outer.isOpen());
    QCOMPARE(testsupport::assertionFiredBy([&] { storage::WriteTransaction inner(*db_); }),
             QStringLiteral("!database_.writeOpen_"));
    QVERIFY(exec(QStringLiteral("INSERT INTO stmt_test (k, v) VALUES (1, 'a')")));
    QVERIFY(outer.commit());
    QCOMPARE(count(), qint64(1));
    storage::WriteTransaction next(*db_);
    QVERIFY(next.isOpen());
    next.rollback();
    storage::WriteTransaction again(*db_);
    QVERIFY(again.isOpen());
}

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
