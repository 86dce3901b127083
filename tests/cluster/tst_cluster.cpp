// The parts that let several regie-server instances share one database:
// - cluster::Lease: one holder at a time; renewing keeps it; it can be taken only after it
//   ran out; giving it back frees it at once; LeaseKeeper starts and stops the work.
// - cluster::Presence: each instance's open pages, merged, running out when not renewed.
// - outbox claims: a claimed message goes to one dispatcher only; a claim that ran out or
//   ended with a failure makes it due again; two dispatchers on two connections, on two
//   threads, send every message exactly once.
// - the event between instances (RealtimeRelay::encode/decode).
#include "cluster/Lease.h"
#include "crypto/Keyring.h"
#include "cluster/Presence.h"
#include "integrations/runtime/OutboxDispatcher.h"
#include "jobs/LeaseKeeper.h"
#include "outbox/Outbox.h"
#include "server/RealtimeRelay.h"
#include "storage/Database.h"

#include "../services/TestDatabase.h"

#include <QtCore/QMutex>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <memory>

using namespace regie;

namespace {

const QString kTopic = QStringLiteral("test.cluster");

// Records every send by message id and marks the message sent, as a real sender does.
class CountingSender : public integrations::Sender {
public:
    CountingSender(storage::Database &db, QMutex &mutex, QHash<qint64, int> &sends)
        : db_(db), mutex_(mutex), sends_(sends) {}
    integrations::SendOutcome send(const outbox::Message &m) override
    {
        {
            QMutexLocker lock(&mutex_);
            ++sends_[m.id];
        }
        QThread::msleep(2); // a remote call takes a moment: the other dispatcher runs meanwhile
        if (!outbox::markSent(db_, m.id, QDateTime::currentDateTimeUtc()))
            return integrations::SendOutcome::transient(QStringLiteral("vastleggen mislukt"));
        return integrations::SendOutcome::sent();
    }

private:
    storage::Database &db_;
    QMutex &mutex_;
    QHash<qint64, int> &sends_;
};

// A dispatcher on its own thread and connection, as an instance runs it.
class DispatcherThread : public QThread {
public:
    DispatcherThread(storage::DatabaseConfig config, QMutex &mutex, QHash<qint64, int> &sends)
        : config_(std::move(config)), mutex_(mutex), sends_(sends) {}
    int sent = 0;

protected:
    void run() override
    {
        QString error;
        auto db = storage::Database::open(config_, &error);
        if (!db)
            return;
        crypto::Keyring keyring;
        keyring.add(1, QByteArray(32, '\x42'));
        const crypto::FieldCipher cipher(keyring);
        services::ServiceContext ctx(*db, cipher);
        integrations::DispatcherConfig config;
        config.batchSize = 5;
        integrations::OutboxDispatcher dispatcher(ctx, config);
        CountingSender sender(*db, mutex_, sends_);
        dispatcher.setSender(kTopic, &sender);
        // Until nothing is due (bounded): a round that found everything claimed by the
        // other dispatcher tries again.
        for (int i = 0; i < 1000 && !outbox::due(*db, QDateTime::currentDateTimeUtc(), 1).isEmpty(); ++i)
            sent += dispatcher.dispatchOnce().sent;
    }

private:
    storage::DatabaseConfig config_;
    QMutex &mutex_;
    QHash<qint64, int> &sends_;
};

} // namespace

class TestCluster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void leaseHasOneHolderAtATime();
    void leaseKeeperStartsAndStopsTheWork();
    void presenceMergesInstancesAndRunsOut();
    void claimedMessageGoesToOneDispatcherOnly();
    void twoDispatchersSendEveryMessageOnce();
    void eventsCrossInstancesWithoutPersonalData();

private:
    std::unique_ptr<storage::Database> open();
    void enqueue(int count);

    QTemporaryDir dir_;
    std::unique_ptr<storage::Database> db_;
    QDateTime now_ = QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC);
};

std::unique_ptr<storage::Database> TestCluster::open()
{
    QString error;
    auto db = storage::Database::open(testdb::config(dir_.filePath(QStringLiteral("regie.sqlite"))), &error);
    if (!db)
        qFatal("open: %s", qPrintable(error));
    return db;
}

void TestCluster::init()
{
    db_ = open();
    QString error;
    QVERIFY(testdb::startEmpty(*db_));
    QVERIFY2(db_->migrate(&error), qPrintable(error));
    QSqlQuery(db_->db()).exec(QStringLiteral("DELETE FROM outbox"));
    QSqlQuery(db_->db()).exec(QStringLiteral("DELETE FROM cluster_leases"));
    QSqlQuery(db_->db()).exec(QStringLiteral("DELETE FROM realtime_aanwezig"));
}

void TestCluster::cleanup()
{
    db_.reset();
}

void TestCluster::enqueue(int count)
{
    storage::WriteTransaction tx(*db_);
    QVERIFY(tx.isOpen());
    for (int i = 0; i < count; ++i) {
        QString error;
        QVERIFY2(outbox::enqueue(*db_, kTopic, QStringLiteral("sleutel-%1").arg(i), QJsonObject{{QStringLiteral("n"), i}},
                                 now_.addSecs(-60), &error),
                 qPrintable(error));
    }
    QVERIFY(tx.commit());
}

void TestCluster::leaseHasOneHolderAtATime()
{
    auto other = open();
    cluster::Lease a(*db_, QStringLiteral("achtergrond"), QStringLiteral("instance-a"));
    cluster::Lease b(*other, QStringLiteral("achtergrond"), QStringLiteral("instance-b"));
    const std::chrono::seconds lease{30};
    QVERIFY(a.claim(now_, lease));
    QVERIFY(!b.claim(now_, lease));
    QVERIFY(b.error().isEmpty()); // refused because it is held, not because of the store
    QVERIFY(a.claim(now_.addSecs(20), lease)); // renewed until +50 s
    QVERIFY(!b.claim(now_.addSecs(40), lease));
    QCOMPARE(b.current()->holder, QStringLiteral("instance-a"));
    QCOMPARE(b.current()->since, now_); // renewing keeps the start
    // a stopped renewing (killed): b takes over once it ran out, and a cannot renew any more.
    QVERIFY(b.claim(now_.addSecs(51), lease));
    QVERIFY(!a.claim(now_.addSecs(52), lease));
    QCOMPARE(a.current()->holder, QStringLiteral("instance-b"));
    QCOMPARE(a.current()->since, now_.addSecs(51));
    // Giving it back frees it at once, and only the holder can give it back.
    QVERIFY(!a.release());
    QVERIFY(b.release());
    QVERIFY(a.claim(now_.addSecs(53), lease));
    // Other leases are independent.
    cluster::Lease c(*other, QStringLiteral("iets-anders"), QStringLiteral("instance-b"));
    QVERIFY(c.claim(now_.addSecs(53), lease));
}

void TestCluster::leaseKeeperStartsAndStopsTheWork()
{
    auto other = open();
    QDateTime clock = now_;
    const auto tijd = [&clock] { return clock; };
    int gainedA = 0, lostA = 0, gainedB = 0, lostB = 0;
    web::jobs::LeaseKeeper a(*db_, tijd, std::chrono::seconds(6), QStringLiteral("instance-a"));
    web::jobs::LeaseKeeper b(*other, tijd, std::chrono::seconds(6), QStringLiteral("instance-b"));
    a.onGained = [&] { ++gainedA; };
    a.onLost = [&] { ++lostA; };
    b.onGained = [&] { ++gainedB; };
    b.onLost = [&] { ++lostB; };
    a.tick();
    b.tick();
    QVERIFY(a.holds());
    QVERIFY(!b.holds());
    clock = clock.addSecs(2);
    a.tick(); // renews: no second start
    b.tick();
    QCOMPARE(gainedA, 1);
    QCOMPARE(gainedB, 0);
    // a's process hangs or dies: its lease runs out and b takes the work over.
    clock = clock.addSecs(7);
    b.tick();
    QVERIFY(b.holds());
    QCOMPARE(gainedB, 1);
    // a wakes up: it finds the lease taken and stops its work at once.
    a.tick();
    QVERIFY(!a.holds());
    QCOMPARE(lostA, 1);
    // A clean stop gives the lease back: a takes over at its next try, without waiting.
    b.stop();
    QCOMPARE(lostB, 1);
    a.tick();
    QVERIFY(a.holds());
    QCOMPARE(gainedA, 2);
}

void TestCluster::presenceMergesInstancesAndRunsOut()
{
    auto other = open();
    cluster::Presence een(*db_, QStringLiteral("instance-a"));
    cluster::Presence twee(*other, QStringLiteral("instance-b"));
    QVERIFY(een.report({11, 12}, now_.addSecs(30)));
    QVERIFY(twee.report({12, 13}, now_.addSecs(30)));
    QCOMPARE(een.connected(now_), (QSet<qint64>{11, 12, 13}));
    // 11 closed the page; 14 opened one.
    QVERIFY(een.report({12, 14}, now_.addSecs(40)));
    QCOMPARE(twee.connected(now_), (QSet<qint64>{12, 13, 14}));
    // instance-b died (no more reports): its pages stop counting when they run out.
    QCOMPARE(een.connected(now_.addSecs(35)), (QSet<qint64>{12, 14}));
    QVERIFY(een.clear());
    QCOMPARE(een.connected(now_.addSecs(35)), QSet<qint64>());
    QCOMPARE(een.connected(now_), (QSet<qint64>{12, 13}));
}

void TestCluster::claimedMessageGoesToOneDispatcherOnly()
{
    enqueue(3);
    const QList<outbox::Message> due = outbox::due(*db_, now_, 10);
    QCOMPARE(due.size(), 3);
    const qint64 een = due[0].id, twee = due[1].id, drie = due[2].id;
    const QDateTime until = now_.addSecs(60);
    QVERIFY(outbox::claim(*db_, een, QStringLiteral("a"), now_, until));
    QVERIFY(!outbox::claim(*db_, een, QStringLiteral("b"), now_, until));
    QCOMPARE(outbox::due(*db_, now_, 10).size(), 2); // a claimed one is not offered again
    // a's send failed: the claim ends with it, the retry waits for its backoff (2 s).
    QVERIFY(outbox::markFailed(*db_, een, QStringLiteral("timeout"), now_, 12));
    QVERIFY(!outbox::claim(*db_, een, QStringLiteral("b"), now_.addSecs(1), until));
    QVERIFY(outbox::claim(*db_, een, QStringLiteral("b"), now_.addSecs(3), until));
    // a died while sending twee: its claim runs out, then twee is due again.
    QVERIFY(outbox::claim(*db_, twee, QStringLiteral("a"), now_, until));
    QVERIFY(!outbox::claim(*db_, twee, QStringLiteral("b"), now_.addSecs(59), now_.addSecs(120)));
    QVERIFY(outbox::claim(*db_, twee, QStringLiteral("b"), now_.addSecs(61), now_.addSecs(120)));
    // A sent message is nobody's to claim.
    QVERIFY(outbox::claim(*db_, drie, QStringLiteral("a"), now_, until));
    QVERIFY(outbox::markSent(*db_, drie, now_));
    QVERIFY(!outbox::claim(*db_, drie, QStringLiteral("b"), now_.addSecs(61), now_.addSecs(120)));
}

void TestCluster::twoDispatchersSendEveryMessageOnce()
{
    constexpr int kMessages = 60;
    now_ = QDateTime::currentDateTimeUtc(); // the dispatchers run on the real clock
    enqueue(kMessages);
    QMutex mutex;
    QHash<qint64, int> sends;
    const storage::DatabaseConfig config = db_->config();
    DispatcherThread een(config, mutex, sends), twee(config, mutex, sends);
    een.start();
    twee.start();
    QVERIFY(een.wait(120'000));
    QVERIFY(twee.wait(120'000));
    QCOMPARE(sends.size(), kMessages);
    for (auto it = sends.cbegin(); it != sends.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("message %1 sent %2 times").arg(it.key()).arg(it.value())));
    QCOMPARE(een.sent + twee.sent, kMessages);
    qInfo("dispatcher 1 sent %d, dispatcher 2 sent %d", een.sent, twee.sent);
    QSqlQuery q(db_->db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'verzonden'")) && q.next());
    QCOMPARE(q.value(0).toInt(), kMessages);
}

void TestCluster::eventsCrossInstancesWithoutPersonalData()
{
    services::DomainEvent event;
    event.kind = QStringLiteral("verzoek.gewijzigd");
    event.inwonerId = 42;
    event.userId = 7;
    event.objectId = QStringLiteral("vz-abc");
    const QByteArray wire = web::RealtimeRelay::encode(event);
    QVERIFY(wire.size() < cluster::EventChannel::kMaxPayloadBytes);
    const auto back = web::RealtimeRelay::decode(wire);
    QVERIFY(back.has_value());
    QCOMPARE(back->kind, event.kind);
    QCOMPARE(back->inwonerId, event.inwonerId);
    QCOMPARE(back->userId, event.userId);
    QCOMPARE(back->objectId, event.objectId);
    event.userId.reset();
    QVERIFY(!web::RealtimeRelay::decode(web::RealtimeRelay::encode(event))->userId.has_value());
    // Whatever arrives on the channel that is not an event is dropped.
    QVERIFY(!web::RealtimeRelay::decode("geen json").has_value());
    QVERIFY(!web::RealtimeRelay::decode(R"({"k":"","i":1})").has_value());
    QVERIFY(!web::RealtimeRelay::decode(R"({"k":"x","i":-1})").has_value());
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
