// The role matrix: every role against every action on an inwoner it is related to and on
// one it is not. Default deny; denials are audited.
#include "Fixture.h"

#include "auth/Access.h"
#include "services/Meekijkcodes.h"

using namespace regie;
using fixture::World;

class TestAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void ketenpartnerNeedsConsentAndLosesItOnRevoke();
    void deniedReadIsAudited();
    void readsByStaffAreAudited();

private:
    World w;
};

void TestAccess::initTestCase() { w.build(); }

void TestAccess::matrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("own");
    QTest::addColumn<bool>("allowed");
    using A = auth::Action;
    struct Row { const char *who; A action; bool ownAllowed; bool otherAllowed; };
    const Row rows[] = {
        {"inwoner", A::LeesDossier, true, false},      {"inwoner", A::DoeOpname, true, false},
        {"inwoner", A::BeslisVerzoek, false, false},   {"inwoner", A::WijzigAfspraken, false, false},
        {"inwoner", A::BeheerToestemming, true, false},{"inwoner", A::ExporteerGegevens, true, false},
        {"inwoner", A::BeheerInrichting, false, false},
        {"medewerker", A::LeesDossier, true, false},   {"medewerker", A::DoeOpname, false, false},
        {"medewerker", A::BeslisVerzoek, true, false}, {"medewerker", A::WijzigAfspraken, true, false},
        {"medewerker", A::BeheerToestemming, false, false}, {"medewerker", A::BeheerInrichting, false, false},
        {"teamleider", A::LeesDossier, true, false},   {"teamleider", A::BeslisVerzoek, true, false},
        {"teamleider", A::DoeOpname, false, false},    {"teamleider", A::WijzigAfspraken, true, false},
        {"ketenpartner", A::LeesDossier, false, false},{"ketenpartner", A::DoeOpname, false, false},
        {"ketenpartner", A::BeslisVerzoek, false, false},
        {"beheerder", A::LeesDossier, false, false},   {"beheerder", A::BeslisVerzoek, false, false},
        {"beheerder", A::BeheerInrichting, true, true},
        {"systeem", A::DoeOpname, false, false},       {"systeem", A::BeslisVerzoek, false, false},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s %s own", r.who, qPrintable(auth::toCode(r.action))) << QString::fromLatin1(r.who) << int(r.action) << true << r.ownAllowed;
        QTest::addRow("%s %s other", r.who, qPrintable(auth::toCode(r.action))) << QString::fromLatin1(r.who) << int(r.action) << false << r.otherAllowed;
    }
}

void TestAccess::matrix()
{
    QFETCH(QString, who);
    QFETCH(int, action);
    QFETCH(bool, own);
    QFETCH(bool, allowed);
    Actor actor;
    if (who == QLatin1String("inwoner"))
        actor = w.inwoner(w.inwoner1);
    else if (who == QLatin1String("medewerker"))
        actor = w.staff(w.medewerkerA);
    else if (who == QLatin1String("teamleider"))
        actor = w.staff(w.teamleider, Role::Teamleider);
    else if (who == QLatin1String("ketenpartner"))
        actor = w.staff(w.ketenpartner, Role::Ketenpartner);
    else if (who == QLatin1String("beheerder"))
        actor = w.staff(0, Role::Beheerder);
    else
        actor = Actor::systeem();
    // inwoner2 is in another team and another medewerker's caseload.
    const qint64 subject = own ? w.inwoner1 : w.inwoner2;
    QCOMPARE(auth::mag(*w.db, actor, auth::Action(action), subject), allowed);
}

void TestAccess::ketenpartnerNeedsConsentAndLosesItOnRevoke()
{
    services::Dossier dossier(*w.ctx);
    const Actor partner = w.staff(w.ketenpartner, Role::Ketenpartner);
    QCOMPARE(dossier.overzicht(partner, w.inwoner1).error.code, services::ErrorCode::NotFound);
    services::Meekijkcodes codes(*w.ctx);
    // By code only: the ketenpartner's login name is no code.
    QCOMPARE(codes.gebruik(w.inwoner(w.inwoner1), w.inwoner1, QStringLiteral("maatje")).error.code, services::ErrorCode::Invalid);
    QCOMPARE(codes.maak(w.inwoner(w.inwoner1)).error.code, services::ErrorCode::Forbidden);
    const auto code = codes.maak(partner);
    QVERIFY(code.ok());
    QCOMPARE(code.value->code.size(), qsizetype(14)); // XXXX-XXXX-XXXX
    // Somebody else cannot grant on the inwoner's behalf, and that costs the code nothing.
    QCOMPARE(codes.gebruik(w.inwoner(w.inwoner2), w.inwoner1, code.value->code).error.code, services::ErrorCode::NotFound);
    auto granted = codes.gebruik(w.inwoner(w.inwoner1), w.inwoner1, code.value->code.toLower().remove(u'-'));
    QVERIFY2(granted.ok(), qPrintable(granted.error.message));
    // Once only, also for another inwoner.
    QCOMPARE(codes.gebruik(w.inwoner(w.inwoner2), w.inwoner2, code.value->code).error.code, services::ErrorCode::Invalid);
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'meekijkcode.gemaakt'")), qint64(1));
    auto view = dossier.overzicht(partner, w.inwoner1);
    QVERIFY(view.ok());
    QCOMPARE(view.value->ongelezenMeldingen, 0); // meldingen are the inwoner's own
    QVERIFY(!auth::mag(*w.db, partner, auth::Action::DoeOpname, w.inwoner1)); // read only
    QVERIFY(!auth::mag(*w.db, partner, auth::Action::LeesDossier, w.inwoner2));
    // A deactivated ketenpartner's consent is dormant: it reads nothing.
    storage::Sql uit(*w.db, QStringLiteral("UPDATE users SET active = 0 WHERE id = :k"));
    QVERIFY(uit.bind(QStringLiteral(":k"), w.ketenpartner).exec());
    QVERIFY(!auth::mag(*w.db, partner, auth::Action::LeesDossier, w.inwoner1));
    QCOMPARE(dossier.overzicht(partner, w.inwoner1).error.code, services::ErrorCode::NotFound);
    storage::Sql aan(*w.db, QStringLiteral("UPDATE users SET active = 1 WHERE id = :k"));
    QVERIFY(aan.bind(QStringLiteral(":k"), w.ketenpartner).exec());
    QVERIFY(dossier.trekToestemmingIn(w.inwoner(w.inwoner1), w.inwoner1, *granted.value).ok());
    QCOMPARE(dossier.overzicht(partner, w.inwoner1).error.code, services::ErrorCode::NotFound);
    QVERIFY(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'dossier.bekeken' AND actor_role = 'ketenpartner'"
                                   " AND outcome = 'ok'")) >= 1);
}

void TestAccess::deniedReadIsAudited()
{
    const qint64 before = w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE outcome = 'geweigerd'"));
    services::Dossier dossier(*w.ctx);
    QCOMPARE(dossier.overzicht(w.staff(w.medewerkerAnders), w.inwoner1).error.code, services::ErrorCode::NotFound);
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE outcome = 'geweigerd'")), before + 1);
}

void TestAccess::readsByStaffAreAudited()
{
    services::Dossier dossier(*w.ctx);
    const qint64 before = w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'dossier.bekeken' AND outcome = 'ok'"));
    QVERIFY(dossier.overzicht(w.staff(w.medewerkerA), w.inwoner1).ok());
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'dossier.bekeken' AND outcome = 'ok'")), before + 1);
    QVERIFY(dossier.overzicht(w.inwoner(w.inwoner1), w.inwoner1).ok()); // own reads are not inzage
    QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'dossier.bekeken' AND outcome = 'ok'")), before + 1);
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
