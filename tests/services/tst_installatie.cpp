// What regie-server reads about its installation at start-up (services::Installatie): an
// empty data folder, and the first team as the default contact.
#include "Fixture.h"

#include "services/Installatie.h"

#include <QtTest/QtTest>

using namespace regie;
using fixture::World;

class TestInstallatie : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyThenFilled();
};

void TestInstallatie::emptyThenFilled()
{
    World w;
    w.db = w.open();
    QVERIFY(testdb::startEmpty(*w.db));
    QString error;
    QVERIFY2(w.db->migrate(&error), qPrintable(error));
    {
        services::ServiceContext ctx(*w.db, w.cipher);
        services::Installatie leeg(ctx);
        QCOMPARE(*leeg.heeftGegevens(Actor::systeem()).value, false);
        QCOMPARE(leeg.eersteTeam(Actor::systeem()).error.code, services::ErrorCode::NotFound);
        QCOMPARE(leeg.heeftGegevens(w.staff(1, Role::Beheerder)).error.code, services::ErrorCode::Forbidden);
    }
    w.build();
    services::Installatie gevuld(*w.ctx);
    QCOMPARE(*gevuld.heeftGegevens(Actor::systeem()).value, true);
    const auto team = gevuld.eersteTeam(Actor::systeem());
    QCOMPARE(team.value->teamNaam, QStringLiteral("Team Noord")); // created before Team Zuid
    QCOMPARE(team.value->telefoon, QStringLiteral("030 286 00 00"));
    QCOMPARE(team.value->email, QStringLiteral("budgetbeheer@example.nl"));
}

QTEST_GUILESS_MAIN(TestInstallatie)
#include "tst_installatie.moc"
