// The one path for a change (services/UnitOfWork.h): what commits together, what a refusal
// leaves behind, when events are published, and that a change never opens a second one
// inside itself.
#include "Fixture.h"

#include "../base/AssertTestSupport.h"
#include "audit/AuditActions.h"
#include "services/Organisatie.h"
#include "services/UnitOfWork.h"

using namespace regie;
using fixture::World;
using services::Change;
using services::Result;
using services::UnitOfWork;

class TestUnitOfWork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changeCommitsWithItsEventsAndMessages();
    void failureLeavesNothing();
    void refusalIsAuditedAfterRollback();
    void refusalInsideAChangeCommitsWithIt();
    void recordWritesOneEvent();
    void serviceInsideAChangeIsAProgrammerError();

private:
    qint64 events(const QString &action, const QString &outcome);
    std::unique_ptr<World> w;
};

void TestUnitOfWork::init()
{
    w = std::make_unique<World>();
    w->build();
    w->events.clear();
}

void TestUnitOfWork::cleanup() { w.reset(); }

qint64 TestUnitOfWork::events(const QString &action, const QString &outcome)
{
    return w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1' AND outcome = '%2'")
                        .arg(action, outcome));
}

void TestUnitOfWork::changeCommitsWithItsEventsAndMessages()
{
    const auto done = UnitOfWork(*w->ctx).run<int>(Actor::systeem(), [&](Change &c) -> Result<int> {
        storage::Sql q(c.db(), QStringLiteral("UPDATE teams SET telefoon = '030 1' WHERE id = :t"));
        q.bind(QStringLiteral(":t"), w->teamId);
        if (!q.exec())
            return services::storageFailure<int>(q.error());
        c.audit(audit::actions::InstellingGewijzigd, {}, QStringLiteral("team"), QString::number(w->teamId));
        c.outbox(QStringLiteral("test.topic"), QStringLiteral("uow-1"), QJsonObject{{QStringLiteral("x"), 1}});
        c.publish({QStringLiteral("test.gewijzigd"), 0, std::nullopt, {}});
        // Nothing is published before the commit.
        if (!w->events.isEmpty())
            return services::storageFailure<int>(QStringLiteral("published early"));
        return Result<int>::success(7);
    });
    QVERIFY2(done.ok(), qPrintable(done.error.message));
    QCOMPARE(*done.value, 7);
    QCOMPARE(events(QStringLiteral("instelling.gewijzigd"), QStringLiteral("ok")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'test.topic'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM teams WHERE telefoon = '030 1'")), qint64(1));
    QCOMPARE(w->events.size(), qsizetype(1));
    QCOMPARE(w->events.first().kind, QStringLiteral("test.gewijzigd"));
}

void TestUnitOfWork::failureLeavesNothing()
{
    const auto done = UnitOfWork(*w->ctx).run<bool>(Actor::systeem(), [&](Change &c) -> Result<bool> {
        storage::Sql q(c.db(), QStringLiteral("UPDATE teams SET telefoon = '030 2' WHERE id = :t"));
        q.bind(QStringLiteral(":t"), w->teamId);
        q.exec();
        c.audit(audit::actions::InstellingGewijzigd, {}, QStringLiteral("team"), QString::number(w->teamId));
        c.outbox(QStringLiteral("test.topic"), QStringLiteral("uow-2"), {});
        c.publish({QStringLiteral("test.gewijzigd"), 0, std::nullopt, {}});
        return Result<bool>::failure(services::ErrorCode::Conflict, QStringLiteral("lost a race"));
    });
    QCOMPARE(done.error.code, services::ErrorCode::Conflict);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM teams WHERE telefoon = '030 2'")), qint64(0));
    QCOMPARE(events(QStringLiteral("instelling.gewijzigd"), QStringLiteral("ok")), qint64(0));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'test.topic'")), qint64(0));
    QVERIFY(w->events.isEmpty());
}

void TestUnitOfWork::refusalIsAuditedAfterRollback()
{
    const auto done = UnitOfWork(*w->ctx).run<bool>(w->inwoner(w->inwoner2), [&](Change &c) -> Result<bool> {
        c.audit(audit::actions::DossierBekeken, QStringLiteral("x"), QStringLiteral("dossier"), {});
        return c.refuse<bool>(audit::actions::DossierBekeken, QStringLiteral("x"), QStringLiteral("dossier"), {});
    });
    QCOMPARE(done.error.code, services::ErrorCode::NotFound); // another inwoner's data does not exist
    QCOMPARE(events(QStringLiteral("dossier.bekeken"), QStringLiteral("geweigerd")), qint64(1));
    QCOMPARE(events(QStringLiteral("dossier.bekeken"), QStringLiteral("ok")), qint64(0));
}

// A failed login counts towards the lockout: the refusal is part of the change and commits.
void TestUnitOfWork::refusalInsideAChangeCommitsWithIt()
{
    const auto done = UnitOfWork(*w->ctx).run<bool>(Actor::systeem(), [&](Change &c) -> Result<bool> {
        storage::Sql q(c.db(), QStringLiteral("UPDATE users SET failed_logins = 1 WHERE id = :u"));
        q.bind(QStringLiteral(":u"), w->medewerkerA);
        q.exec();
        c.auditRefusal(audit::actions::LoginMislukt, {}, QStringLiteral("user"), QString::number(w->medewerkerA),
                       QJsonObject{{QStringLiteral("reden"), QStringLiteral("code")}});
        return Result<bool>::success(true);
    });
    QVERIFY(done.ok());
    QCOMPARE(events(QStringLiteral("login.mislukt"), QStringLiteral("geweigerd")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT failed_logins FROM users WHERE id = %1").arg(w->medewerkerA)), qint64(1));
}

void TestUnitOfWork::recordWritesOneEvent()
{
    const auto done = UnitOfWork(*w->ctx).record(w->staff(w->medewerkerA), audit::actions::VerzoekBekeken,
                                                 QStringLiteral("p"), QStringLiteral("verzoek"), QStringLiteral("v1"));
    QVERIFY(done.ok());
    QCOMPARE(events(QStringLiteral("verzoek.bekeken"), QStringLiteral("ok")), qint64(1));
    UnitOfWork(*w->ctx).recordRefusal(w->staff(w->medewerkerA), audit::actions::VerzoekBekeken, QStringLiteral("p"),
                                      QStringLiteral("verzoek"), QStringLiteral("v1"));
    QCOMPARE(events(QStringLiteral("verzoek.bekeken"), QStringLiteral("geweigerd")), qint64(1));
}

// A service opens its own unit of work; calling one from inside another change would nest
// write transactions. That is asserted, in this optimised build too, and the outer change is
// rolled back as the exception leaves it.
void TestUnitOfWork::serviceInsideAChangeIsAProgrammerError()
{
    const QString fired = testsupport::assertionFiredBy([&] {
        UnitOfWork(*w->ctx).run<bool>(Actor::systeem(), [&](Change &) -> Result<bool> {
            services::Organisatie(*w->ctx).zetVorm(Actor::systeem(), QStringLiteral("N"), QStringLiteral("Nest"), {});
            return Result<bool>::success(true);
        });
    });
    QCOMPARE(fired, QStringLiteral("!database_.writeOpen_"));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM vormen WHERE code = 'N'")), qint64(0));
    // The connection is usable again.
    QVERIFY(services::Organisatie(*w->ctx).zetVorm(Actor::systeem(), QStringLiteral("N"), QStringLiteral("Nest"), {}).ok());
}

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"
