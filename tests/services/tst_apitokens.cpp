// The rows behind the staff API's tokens (storage::ApiTokens), on both engines: what is
// written is read back, revocation touches only live tokens of the family or user it names,
// and the purge is bounded. Rotation and reuse detection are tested in tests/server.
#include "Fixture.h"

#include "storage/ApiTokens.h"

#include <QtTest/QtTest>

using namespace regie;
using fixture::World;
using storage::ApiTokens;
using storage::TokenRow;

class TestApiTokens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void writtenRowReadsBack();
    void revokeFamilyTouchesOnlyLiveTokensOfIt();
    void revokeUserTouchesOnlyThatUser();
    void purgeIsBoundedAndKeepsLiveTokens();

private:
    bool insert(const QString &hash, qint64 userId, const QString &family, const QDateTime &expires,
                const QString &kind = QStringLiteral("access"))
    {
        TokenRow r;
        r.tokenHash = hash;
        r.kind = kind;
        r.userId = userId;
        r.familyId = family;
        r.expiresAt = expires;
        r.createdAt = w->now;
        QString error;
        return ApiTokens(*w->db).insert(r, &error);
    }
    bool revoked(const QString &hash) { return ApiTokens(*w->db).find(hash)->revoked; }
    std::unique_ptr<World> w;
};

void TestApiTokens::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestApiTokens::writtenRowReadsBack()
{
    const QDateTime expires = w->now.addSecs(900);
    QVERIFY(insert(QStringLiteral("h1"), w->medewerkerA, QStringLiteral("f1"), expires, QStringLiteral("refresh")));
    const auto row = ApiTokens(*w->db).find(QStringLiteral("h1"));
    QVERIFY(row);
    QCOMPARE(row->kind, QStringLiteral("refresh"));
    QCOMPARE(row->userId, w->medewerkerA);
    QCOMPARE(row->familyId, QStringLiteral("f1"));
    QCOMPARE(row->expiresAt, expires);
    QCOMPARE(row->createdAt, w->now);
    QVERIFY(!row->revoked);
    QVERIFY(!ApiTokens(*w->db).find(QStringLiteral("h2")));
    QVERIFY(!insert(QStringLiteral("h1"), w->medewerkerA, QStringLiteral("f1"), expires)); // the hash is the key
}

void TestApiTokens::revokeFamilyTouchesOnlyLiveTokensOfIt()
{
    const QDateTime expires = w->now.addSecs(900);
    QVERIFY(insert(QStringLiteral("a"), w->medewerkerA, QStringLiteral("f1"), expires));
    QVERIFY(insert(QStringLiteral("b"), w->medewerkerA, QStringLiteral("f1"), expires));
    QVERIFY(insert(QStringLiteral("c"), w->medewerkerA, QStringLiteral("f2"), expires));
    ApiTokens tokens(*w->db);
    QString error;
    QVERIFY(tokens.revokeFamily(QStringLiteral("f1"), w->now, &error));
    QVERIFY(revoked(QStringLiteral("a")) && revoked(QStringLiteral("b")));
    QVERIFY(!revoked(QStringLiteral("c")));
    // A second revocation keeps the first moment.
    QVERIFY(tokens.revokeFamily(QStringLiteral("f1"), w->now.addSecs(60), &error));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE revoked_at = '%1'")
                          .arg(storage::toDbTime(w->now))),
             qint64(2));
}

void TestApiTokens::revokeUserTouchesOnlyThatUser()
{
    const QDateTime expires = w->now.addSecs(900);
    QVERIFY(insert(QStringLiteral("a"), w->medewerkerA, QStringLiteral("f1"), expires));
    QVERIFY(insert(QStringLiteral("a2"), w->medewerkerA, QStringLiteral("f2"), expires));
    QVERIFY(insert(QStringLiteral("b"), w->medewerkerB, QStringLiteral("f3"), expires));
    QString error;
    QVERIFY(ApiTokens(*w->db).revokeUser(w->medewerkerA, w->now, &error));
    QVERIFY(revoked(QStringLiteral("a")) && revoked(QStringLiteral("a2")));
    QVERIFY(!revoked(QStringLiteral("b")));
}

void TestApiTokens::purgeIsBoundedAndKeepsLiveTokens()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(insert(QStringLiteral("old%1").arg(i), w->medewerkerA, QStringLiteral("f1"), w->now.addDays(-3)));
    QVERIFY(insert(QStringLiteral("live"), w->medewerkerA, QStringLiteral("f2"), w->now.addSecs(900)));
    ApiTokens tokens(*w->db);
    QString error;
    QCOMPARE(tokens.purgeExpired(w->now, 3, &error), 3);
    QCOMPARE(tokens.purgeExpired(w->now, 3, &error), 2);
    QCOMPARE(tokens.purgeExpired(w->now, 3, &error), 0);
    QVERIFY(tokens.find(QStringLiteral("live")));
}

QTEST_GUILESS_MAIN(TestApiTokens)
#include "tst_apitokens.moc"
