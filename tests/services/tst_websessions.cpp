// The rows behind regie-server's cookie sessions (storage::WebSessions), on both engines:
// what is written is read back, an end is seen once, and the reads of several sessions find
// exactly the ones they name. The rules around them are tested in tests/server.
#include "Fixture.h"

#include "storage/WebSessions.h"

#include <QtTest/QtTest>

using namespace regie;
using fixture::World;
using storage::SessionOwner;
using storage::SessionRow;
using storage::WebSessions;

class TestWebSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void writtenRowReadsBack();
    void touchAndStateChangeOnlyTheirColumns();
    void removeSaysWhetherItWasThere();
    void ofPersonFindsOnlyThatPerson();
    void expiredFindsIdleAndOldBounded();
    void unknownRoleIsNoSession();

private:
    SessionRow row(const QString &hash, const Actor &actor, const QDateTime &created) const
    {
        SessionRow r;
        r.idHash = hash;
        r.actor = actor;
        r.csrfToken = QStringLiteral("csrf-") + hash;
        r.createdAt = created;
        r.lastSeenAt = created;
        r.language = QStringLiteral("nl");
        return r;
    }
    bool insert(const SessionRow &r)
    {
        QString error;
        const bool ok = WebSessions(*w->db).insert(r, &error);
        if (!ok)
            qWarning("insert: %s", qPrintable(error));
        return ok;
    }
    static QStringList hashes(const std::optional<QList<SessionOwner>> &owners)
    {
        QStringList out;
        for (const SessionOwner &o : owners.value_or(QList<SessionOwner>()))
            out.append(o.idHash);
        out.sort();
        return out;
    }
    std::unique_ptr<World> w;
};

void TestWebSessions::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestWebSessions::writtenRowReadsBack()
{
    SessionRow staff = row(QStringLiteral("a1"), w->staff(w->medewerkerA), w->now);
    staff.language = QStringLiteral("en");
    staff.demoLogin = true;
    QVERIFY(insert(staff));
    const auto found = WebSessions(*w->db).find(QStringLiteral("a1"));
    QVERIFY(found);
    QCOMPARE(found->actor.userId, w->medewerkerA);
    QCOMPARE(found->actor.role, Role::Medewerker);
    QCOMPARE(found->actor.teamId, w->teamId);
    QCOMPARE(found->actor.inwonerId, qint64(0));
    QCOMPARE(found->actor.displayName, QStringLiteral("anna")); // from users, not stored twice
    QCOMPARE(found->csrfToken, QStringLiteral("csrf-a1"));
    QCOMPARE(found->createdAt, w->now);
    QCOMPARE(found->lastSeenAt, w->now);
    QCOMPARE(found->language, QStringLiteral("en"));
    QVERIFY(found->demoLogin);
    QCOMPARE(found->flash, QString());

    QVERIFY(insert(row(QStringLiteral("i1"), w->inwoner(w->inwoner1), w->now)));
    const auto inwoner = WebSessions(*w->db).find(QStringLiteral("i1"));
    QVERIFY(inwoner);
    QCOMPARE(inwoner->actor.role, Role::Inwoner);
    QCOMPARE(inwoner->actor.inwonerId, w->inwoner1);
    QCOMPARE(inwoner->actor.userId, w->inwoner1User);
    QCOMPARE(inwoner->actor.teamId, qint64(0)); // NULL reads as 0
    QVERIFY(!WebSessions(*w->db).find(QStringLiteral("bestaat-niet")));
    QVERIFY(!insert(staff)); // the hash is the key
}

void TestWebSessions::touchAndStateChangeOnlyTheirColumns()
{
    QVERIFY(insert(row(QStringLiteral("a1"), w->staff(w->medewerkerA), w->now)));
    QVERIFY(insert(row(QStringLiteral("b1"), w->staff(w->medewerkerB), w->now)));
    WebSessions sessions(*w->db);
    QString error;
    const QDateTime later = w->now.addSecs(60);
    QVERIFY(sessions.touch(QStringLiteral("a1"), later, &error));
    QVERIFY(sessions.saveState(QStringLiteral("a1"), QStringLiteral("Opgeslagen."), QStringLiteral("en"), &error));
    const auto a = sessions.find(QStringLiteral("a1"));
    QCOMPARE(a->lastSeenAt, later);
    QCOMPARE(a->createdAt, w->now);
    QCOMPARE(a->flash, QStringLiteral("Opgeslagen."));
    QCOMPARE(a->language, QStringLiteral("en"));
    const auto b = sessions.find(QStringLiteral("b1"));
    QCOMPARE(b->lastSeenAt, w->now);
    QCOMPARE(b->flash, QString());
}

void TestWebSessions::removeSaysWhetherItWasThere()
{
    QVERIFY(insert(row(QStringLiteral("a1"), w->staff(w->medewerkerA), w->now)));
    WebSessions sessions(*w->db);
    QString error;
    QCOMPARE(sessions.remove(QStringLiteral("a1"), &error), 1);
    QCOMPARE(sessions.remove(QStringLiteral("a1"), &error), 0); // someone else ended it first
    QVERIFY(!sessions.find(QStringLiteral("a1")));
}

void TestWebSessions::ofPersonFindsOnlyThatPerson()
{
    QVERIFY(insert(row(QStringLiteral("a1"), w->staff(w->medewerkerA), w->now)));
    QVERIFY(insert(row(QStringLiteral("a2"), w->staff(w->medewerkerA), w->now)));
    QVERIFY(insert(row(QStringLiteral("b1"), w->staff(w->medewerkerB), w->now)));
    QVERIFY(insert(row(QStringLiteral("i1"), w->inwoner(w->inwoner1), w->now)));
    QVERIFY(insert(row(QStringLiteral("i2"), w->inwoner(w->inwoner2), w->now)));
    WebSessions sessions(*w->db);
    QCOMPARE(hashes(sessions.ofPerson(w->medewerkerA, 0)), (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(hashes(sessions.ofPerson(0, w->inwoner2)), QStringList{QStringLiteral("i2")});
    // An inwoner's session carries their account and their inwoner id: either finds it.
    QCOMPARE(hashes(sessions.ofPerson(w->inwoner1User, 0)), QStringList{QStringLiteral("i1")});
    QCOMPARE(hashes(sessions.ofPerson(0, 0)), QStringList()); // 0 names nobody, also not NULL columns
    const auto owners = sessions.ofPerson(w->medewerkerB, 0);
    QCOMPARE(owners->size(), 1);
    QCOMPARE(owners->first().actor.role, Role::Medewerker);
    QCOMPARE(owners->first().actor.teamId, w->teamId);
}

void TestWebSessions::expiredFindsIdleAndOldBounded()
{
    const QDateTime t0 = w->now;
    SessionRow idle = row(QStringLiteral("idle"), w->staff(w->medewerkerA), t0.addSecs(-3600));
    SessionRow old = row(QStringLiteral("old"), w->staff(w->medewerkerB), t0.addSecs(-9 * 3600));
    old.lastSeenAt = t0.addSecs(-60);
    SessionRow fresh = row(QStringLiteral("fresh"), w->staff(w->teamleider, Role::Teamleider), t0.addSecs(-600));
    fresh.lastSeenAt = t0.addSecs(-60);
    QVERIFY(insert(idle) && insert(old) && insert(fresh));
    WebSessions sessions(*w->db);
    const QDateTime idleSince = t0.addSecs(-15 * 60), startedBefore = t0.addSecs(-8 * 3600);
    QCOMPARE(hashes(sessions.expired(idleSince, startedBefore, 100)), (QStringList{QStringLiteral("idle"), QStringLiteral("old")}));
    QCOMPARE(sessions.expired(idleSince, startedBefore, 1)->size(), 1);
}

void TestWebSessions::unknownRoleIsNoSession()
{
    QVERIFY(insert(row(QStringLiteral("a1"), w->staff(w->medewerkerA), w->now)));
    storage::Sql q(*w->db, QStringLiteral("UPDATE web_sessions SET role = 'onbekend' WHERE id_hash = 'a1'"));
    QVERIFY(q.exec());
    QVERIFY(!WebSessions(*w->db).find(QStringLiteral("a1")));
    // To end it, the owner reads as the systeem actor.
    const auto owners = WebSessions(*w->db).ofPerson(w->medewerkerA, 0);
    QCOMPARE(owners->size(), 1);
    QCOMPARE(owners->first().actor.role, Role::Systeem);
}

QTEST_GUILESS_MAIN(TestWebSessions)
#include "tst_websessions.moc"
