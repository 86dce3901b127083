// The hash chain: append, verify, and every kind of tampering done straight in SQL must be
// found and the right event named.

#include "AuditTestSupport.h"

#include <QtCore/QThread>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <atomic>

using namespace regie;
using namespace regie::audit;
using namespace regie::audit::test;

namespace {

constexpr int kEvents = 60;

AuditEvent eventAt(storage::Database &db, qint64 seq)
{
    Filter filter;
    filter.afterSeq = seq - 1;
    filter.limit = 1;
    const QList<AuditEvent> events = AuditLog::query(db, filter);
    return events.isEmpty() ? AuditEvent{} : events.first();
}

bool insertRaw(TempDatabase &t, qint64 seq, const AuditEvent &e)
{
    QSqlQuery insert(t.db->db());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_events (seq, at, actor_user_id, actor_role, action, outcome, subject,"
        " object_type, object_id, details_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert.addBindValue(seq);
    insert.addBindValue(storage::toDbTime(e.at));
    insert.addBindValue(storage::nullable(e.actorUserId));
    insert.addBindValue(toCode(e.actorRole));
    insert.addBindValue(e.action);
    insert.addBindValue(e.outcome);
    insert.addBindValue(e.subject);
    insert.addBindValue(e.objectType);
    insert.addBindValue(e.objectId);
    insert.addBindValue(QString::fromUtf8(*AuditLog::canonicalDetails(e.details, nullptr)));
    insert.addBindValue(e.prevHash);
    insert.addBindValue(e.hash);
    return insert.exec();
}

// Moves every event from seq `from` on by `shift` places (PRIMARY KEY safe in two steps).
bool renumber(TempDatabase &t, qint64 from, qint64 shift)
{
    return t.exec(QStringLiteral("UPDATE audit_events SET seq = -(seq + %1) WHERE seq >= %2").arg(shift).arg(from))
        && t.exec(QStringLiteral("UPDATE audit_events SET seq = -seq WHERE seq < 0"));
}

} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyTrail();
    void goldenVector();
    void appendAndVerify();
    void verifyRange();
    void rolledBackEventLeavesNoTrace();
    void editColumn_data();
    void editColumn();
    void editWithRecomputedHash();
    void deleteMiddle();
    void deleteFirst();
    void deleteAndRenumber();
    void deleteLastNeedsCheckpoint();
    void rewrittenHistoryFailsCheckpoint();
    void archivedPrefixFromCheckpoint();
    void swapEvents_data();
    void swapEvents();
    void insertForged_data();
    void insertForged();
    void concurrentWriters();

private:
    TempDatabase *t = nullptr;
    std::unique_ptr<TempDatabase> holder;
};

void TestAuditChain::init()
{
    holder = std::make_unique<TempDatabase>();
    t = holder.get();
    QVERIFY(t->dir.isValid());
    QVERIFY(t->open());
    useSteppingClock();
}

void TestAuditChain::cleanup()
{
    AuditLog::setClock(nullptr);
    holder.reset();
    t = nullptr;
}

void TestAuditChain::emptyTrail()
{
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(result.intact);
    QCOMPARE(result.eventsChecked, 0);
    const Checkpoint head = AuditLog::head(*t->db);
    QCOMPARE(head.seq, 0);
    QCOMPARE(head.hash, AuditLog::genesisHash());
    QCOMPARE(AuditLog::genesisHash(), QString(64, u'0'));
    QVERIFY(AuditLog::verifyAgainstCheckpoint(*t->db, 0, AuditLog::genesisHash()).intact);
}

void TestAuditChain::goldenVector()
{
    // Pinned bytes: changing the canonical form would orphan every stored hash. The expected
    // hash was computed independently (Python hashlib) from the documented form.
    AuditEvent e;
    e.seq = 1;
    e.at = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone(7200)); // 10:00 UTC
    e.actorUserId = 7;
    e.actorRole = Role::Inwoner;
    e.action = QStringLiteral("verzoek.ingediend");
    e.outcome = QStringLiteral("ok");
    e.subject = QStringLiteral("inw-abc");
    e.objectType = QStringLiteral("verzoek");
    e.objectId = QStringLiteral("v-1");
    e.details = QJsonObject{{QStringLiteral("reservering"), QStringLiteral("r-1")},
                            {QString::fromUtf8("ä"), QString::fromUtf8("é\n")},
                            {QStringLiteral("bedrag_cents"), 2500}};
    e.prevHash = AuditLog::genesisHash();
    QCOMPARE(AuditLog::canonicalForm(e),
             QByteArray("{\"action\":\"verzoek.ingediend\",\"actor_role\":\"inwoner\",\"actor_user_id\":7,"
                        "\"at\":\"2024-05-01T10:00:00.000Z\",\"details\":{\"bedrag_cents\":2500,"
                        "\"reservering\":\"r-1\",\"\xc3\xa4\":\"\xc3\xa9\\n\"},\"object_id\":\"v-1\","
                        "\"object_type\":\"verzoek\",\"outcome\":\"ok\",\"seq\":1,\"subject\":\"inw-abc\"}"));
    QCOMPARE(AuditLog::computeHash(e),
             QStringLiteral("d0727e7f6df9365b51b952aab9f97b3c9c99ce6a40c16b982e56227a3ae7cee7"));
}

void TestAuditChain::appendAndVerify()
{
    QVERIFY(appendMany(*t->db, kEvents));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY2(result.intact, qPrintable(result.problem));
    QCOMPARE(result.eventsChecked, kEvents);
    QCOMPARE(result.lastSeq, std::optional<qint64>(kEvents));
    QCOMPARE(result.lastHash, AuditLog::headHash(*t->db));

    const AuditEvent first = eventAt(*t->db, 1);
    QCOMPARE(first.seq, 1);
    QCOMPARE(first.prevHash, AuditLog::genesisHash());
    QCOMPARE(first.at, kEpoch);
    QCOMPARE(first.actorUserId, std::optional<qint64>(10)); // event 1 is by the medewerker
    QCOMPARE(first.hash, AuditLog::computeHash(first));
    const AuditEvent second = eventAt(*t->db, 2);
    QCOMPARE(second.prevHash, first.hash);
    QCOMPARE(second.at, kEpoch.addSecs(1));
    const AuditEvent systeem = eventAt(*t->db, 4);
    QCOMPARE(systeem.actorRole, Role::Systeem);
    QVERIFY(!systeem.actorUserId.has_value());
}

void TestAuditChain::verifyRange()
{
    QVERIFY(appendMany(*t->db, kEvents));
    QVERIFY(t->exec(QStringLiteral("UPDATE audit_events SET outcome = 'fout' WHERE seq = 50")));
    const VerifyResult part = AuditLog::verify(*t->db, qint64(10), qint64(20));
    QVERIFY(part.intact);
    QCOMPARE(part.eventsChecked, 11);
    QCOMPARE(part.lastSeq, std::optional<qint64>(20));
    QVERIFY(AuditLog::verify(*t->db, {}, qint64(49)).intact);
    const VerifyResult all = AuditLog::verify(*t->db, qint64(45));
    QVERIFY(!all.intact);
    QCOMPARE(all.firstBadSeq, std::optional<qint64>(50));
    QCOMPARE(all.eventsChecked, 5);
}

void TestAuditChain::rolledBackEventLeavesNoTrace()
{
    QVERIFY(appendMany(*t->db, 3));
    {
        storage::WriteTransaction tx(*t->db);
        QVERIFY(tx.isOpen());
        QString error;
        QVERIFY2(AuditLog::append(*t->db, Actor::systeem(), actions::AuditCheckpoint, kOutcomeOk,
                                  QString(), QString(), QString(), {}, &error),
                 qPrintable(error));
        // no commit: the state change failed, so its event must vanish with it
    }
    QVERIFY(appendNumbered(*t->db, 4));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(result.intact);
    QCOMPARE(result.eventsChecked, 4);
    QCOMPARE(eventAt(*t->db, 4).objectId, QStringLiteral("v-4"));
}

void TestAuditChain::editColumn_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("problem");
    QTest::newRow("at") << "at = '2024-05-01T09:00:00.000Z'" << "edited";
    QTest::newRow("at same instant, other spelling") << "at = '2024-05-01T12:00:24.000+02:00'" << "edited";
    QTest::newRow("actor_user_id") << "actor_user_id = 999" << "edited";
    QTest::newRow("actor_user_id null") << "actor_user_id = NULL" << "edited";
    QTest::newRow("actor_role") << "actor_role = 'beheerder'" << "edited";
    QTest::newRow("action") << "action = 'dossier.bekeken'" << "edited";
    QTest::newRow("outcome") << "outcome = 'geweigerd'" << "edited";
    QTest::newRow("subject") << "subject = 'inw-2'" << "edited";
    QTest::newRow("subject null") << "subject = NULL" << "edited";
    QTest::newRow("object_type") << "object_type = 'afspraak'" << "edited";
    QTest::newRow("object_id") << "object_id = 'v-26'" << "edited";
    QTest::newRow("details_json") << "details_json = replace(details_json, '25000', '99900')" << "edited";
    QTest::newRow("details_json key order") << "details_json = '{\"reden_code\":\"code-1\",\"n\":25,\"bedrag_cents\":25000}'" << "edited";
    QTest::newRow("prev_hash") << "prev_hash = '" + QString(64, u'a') + "'" << "edited";
    QTest::newRow("hash") << "hash = '" + QString(64, u'b') + "'" << "edited";
    // Moving an event to another seq leaves a hole where it was.
    QTest::newRow("seq") << "seq = 100000" << "deleted";
}

void TestAuditChain::editColumn()
{
    QFETCH(QString, assignment);
    QFETCH(QString, problem);
    QVERIFY(appendMany(*t->db, kEvents));
    QCOMPARE(eventAt(*t->db, 25).objectType, QStringLiteral("verzoek"));
    QVERIFY(t->exec(QStringLiteral("UPDATE audit_events SET ") + assignment + QStringLiteral(" WHERE seq = 25")));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(25));
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.eventsChecked, 24);
    QCOMPARE(result.lastSeq, std::optional<qint64>(24));
}

void TestAuditChain::editWithRecomputedHash()
{
    QVERIFY(appendMany(*t->db, kEvents));
    AuditEvent e = eventAt(*t->db, 30);
    e.details[QStringLiteral("bedrag_cents")] = 1;
    const QString newHash = AuditLog::computeHash(e);
    QVERIFY(t->exec(QStringLiteral("UPDATE audit_events SET details_json = '%1', hash = '%2' WHERE seq = 30")
                        .arg(QString::fromUtf8(*AuditLog::canonicalDetails(e.details, nullptr)), newHash)));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(30));
    QCOMPARE(result.problem, QStringLiteral("edited"));
}

void TestAuditChain::deleteMiddle()
{
    QVERIFY(appendMany(*t->db, kEvents));
    QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 40")));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(40));
    QCOMPARE(result.problem, QStringLiteral("deleted"));
}

void TestAuditChain::deleteFirst()
{
    QVERIFY(appendMany(*t->db, kEvents));
    QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 1")));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(1));
    QCOMPARE(result.problem, QStringLiteral("deleted"));
}

void TestAuditChain::deleteAndRenumber()
{
    QVERIFY(appendMany(*t->db, kEvents));
    QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 40")));
    QVERIFY(renumber(*t, 41, -1));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(40));
    QCOMPARE(result.problem, QStringLiteral("deleted"));
}

void TestAuditChain::deleteLastNeedsCheckpoint()
{
    QVERIFY(appendMany(*t->db, kEvents));
    const Checkpoint checkpoint = AuditLog::head(*t->db);
    QCOMPARE(checkpoint.seq, kEvents);
    QVERIFY(AuditLog::verifyAgainstCheckpoint(*t->db, checkpoint.seq, checkpoint.hash).intact);
    QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(kEvents)));
    // A shorter chain is still a valid chain: only the checkpoint shows the loss.
    QVERIFY(AuditLog::verify(*t->db).intact);
    const VerifyResult result = AuditLog::verifyAgainstCheckpoint(*t->db, checkpoint.seq, checkpoint.hash);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(kEvents));
    QCOMPARE(result.problem, QStringLiteral("truncated"));
    // Appending again after the cut re-uses the seq but cannot reproduce the hash.
    QVERIFY(appendNumbered(*t->db, 999));
    const VerifyResult again = AuditLog::verifyAgainstCheckpoint(*t->db, checkpoint.seq, checkpoint.hash);
    QVERIFY(!again.intact);
    QCOMPARE(again.problem, QStringLiteral("rewritten"));
}

void TestAuditChain::rewrittenHistoryFailsCheckpoint()
{
    QVERIFY(appendMany(*t->db, 20));
    const Checkpoint checkpoint = AuditLog::head(*t->db);
    // A careful forger edits event 5 and recomputes every later hash: the chain verifies...
    QString prev = eventAt(*t->db, 4).hash;
    for (qint64 seq = 5; seq <= 20; ++seq) {
        AuditEvent e = eventAt(*t->db, seq);
        if (seq == 5)
            e.outcome = QStringLiteral("fout");
        e.prevHash = prev;
        e.hash = AuditLog::computeHash(e);
        QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(seq)));
        QVERIFY(insertRaw(*t, seq, e));
        prev = e.hash;
    }
    QVERIFY(AuditLog::verify(*t->db).intact);
    // ...but not against the checkpoint published before.
    const VerifyResult result = AuditLog::verifyAgainstCheckpoint(*t->db, checkpoint.seq, checkpoint.hash);
    QVERIFY(!result.intact);
    QCOMPARE(result.problem, QStringLiteral("rewritten"));
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(20));
}

void TestAuditChain::archivedPrefixFromCheckpoint()
{
    QVERIFY(appendMany(*t->db, kEvents));
    const Checkpoint archived{20, eventAt(*t->db, 20).hash};
    QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq <= 20")));
    const VerifyResult plain = AuditLog::verify(*t->db);
    QVERIFY(!plain.intact);
    QCOMPARE(plain.firstBadSeq, std::optional<qint64>(1));
    QCOMPARE(plain.problem, QStringLiteral("deleted"));
    const VerifyResult anchored = AuditLog::verifyFromCheckpoint(*t->db, archived);
    QVERIFY2(anchored.intact, qPrintable(anchored.problem));
    QCOMPARE(anchored.eventsChecked, kEvents - 20);
    QCOMPARE(anchored.lastHash, AuditLog::headHash(*t->db));
    QVERIFY(!AuditLog::verifyFromCheckpoint(*t->db, Checkpoint{20, QString(64, u'e')}).intact);
    QVERIFY(t->exec(QStringLiteral("UPDATE audit_events SET object_id = 'x' WHERE seq = 30")));
    const VerifyResult edited = AuditLog::verifyFromCheckpoint(*t->db, archived);
    QCOMPARE(edited.firstBadSeq, std::optional<qint64>(30));
    QCOMPARE(edited.problem, QStringLiteral("edited"));
}

void TestAuditChain::swapEvents_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");
    QTest::newRow("neighbours") << qint64(30) << qint64(31);
    QTest::newRow("far apart") << qint64(12) << qint64(47);
    QTest::newRow("genesis and next") << qint64(1) << qint64(2);
    QTest::newRow("last two") << qint64(kEvents - 1) << qint64(kEvents);
}

void TestAuditChain::swapEvents()
{
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    QVERIFY(appendMany(*t->db, kEvents));
    const AuditEvent a = eventAt(*t->db, first);
    const AuditEvent b = eventAt(*t->db, second);
    QVERIFY(t->exec(QStringLiteral("DELETE FROM audit_events WHERE seq IN (%1, %2)").arg(first).arg(second)));
    QVERIFY(insertRaw(*t, first, b));
    QVERIFY(insertRaw(*t, second, a));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(first));
    QCOMPARE(result.problem, QStringLiteral("reordered"));
}

void TestAuditChain::insertForged_data()
{
    QTest::addColumn<bool>("linkToPredecessor");
    QTest::newRow("forged event linked to its predecessor") << true;
    QTest::newRow("forged event with a made-up link") << false;
}

void TestAuditChain::insertForged()
{
    QFETCH(bool, linkToPredecessor);
    QVERIFY(appendMany(*t->db, kEvents));
    const qint64 at = 33;
    AuditEvent forged = eventAt(*t->db, at);
    forged.seq = at;
    forged.actorRole = Role::Medewerker;
    forged.actorUserId = 10;
    forged.action = QStringLiteral("besluit.akkoord");
    forged.outcome = QStringLiteral("ok");
    forged.prevHash = linkToPredecessor ? eventAt(*t->db, at - 1).hash : QString(64, u'c');
    forged.hash = AuditLog::computeHash(forged);
    QVERIFY(renumber(*t, at, 1));
    QVERIFY(insertRaw(*t, at, forged));
    QCOMPARE(eventAt(*t->db, at).hash, forged.hash);
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(at));
    QCOMPARE(result.problem, QStringLiteral("inserted"));
}

void TestAuditChain::concurrentWriters()
{
    constexpr int kPerWriter = 500;
    std::atomic<int> failures = 0;
    auto writer = [&](qint64 userId) {
        QString error;
        std::unique_ptr<storage::Database> db = storage::Database::open(t->config(), &error);
        if (!db) {
            ++failures;
            return;
        }
        Actor actor;
        actor.role = Role::Medewerker;
        actor.userId = userId;
        for (int i = 0; i < kPerWriter; ++i) {
            storage::WriteTransaction tx(*db);
            const bool ok = tx.isOpen()
                && AuditLog::append(*db, actor, actions::DossierBekeken, kOutcomeOk,
                                    QStringLiteral("inw-%1").arg(i % 10), QStringLiteral("dossier"),
                                    QString::number(i), QJsonObject{{QStringLiteral("i"), i}}, &error)
                && tx.commit();
            if (!ok)
                ++failures;
        }
    };
    std::unique_ptr<QThread> one(QThread::create(writer, qint64(1)));
    std::unique_ptr<QThread> two(QThread::create(writer, qint64(2)));
    one->start();
    two->start();
    QVERIFY(one->wait(QDeadlineTimer(300000)));
    QVERIFY(two->wait(QDeadlineTimer(300000)));
    QCOMPARE(failures.load(), 0);

    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY2(result.intact, qPrintable(result.problem));
    QCOMPARE(result.eventsChecked, 2 * kPerWriter);
    for (qint64 userId : {1, 2}) {
        Filter filter;
        filter.actorUserId = userId;
        filter.limit = AuditLog::kMaxQueryLimit;
        QCOMPARE(AuditLog::query(*t->db, filter).size(), kPerWriter);
    }
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
