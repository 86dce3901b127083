// The afspraken per vorm (the defaults under an inwoner's own): who may set them, that each
// change is a version with author and reason, and "Proberen" on a made-up situation
// (services::AfspraakProef::probeerVorm) that reads no inwoner's data and saves nothing.

#include "Fixture.h"

#include "services/AfspraakProef.h"

using namespace regie;

class TestVormAfspraken : public QObject {
    Q_OBJECT

    fixture::World w;

    static rules::Afspraak vrijTot(qint64 perKeerCents)
    {
        rules::Afspraak a;
        a.scope = rules::Scope::Vorm;
        a.modus = rules::Modus::Vrij;
        a.maxPerOpname = Money::fromCents(perKeerCents);
        a.maxPerWeekBedrag = Money::fromCents(10000);
        a.ingangsdatum = QDate(2026, 11, 1);
        return a;
    }

private Q_SLOTS:
    void initTestCase() { w.build(); }

    void whoMaySetTheDefaults_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("medewerker") << int(Role::Medewerker) << false;
        QTest::newRow("teamleider") << int(Role::Teamleider) << true;
        QTest::newRow("beheerder") << int(Role::Beheerder) << true;
    }
    void whoMaySetTheDefaults()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const auto actor = w.staff(w.teamleider, static_cast<Role>(role));
        const auto r = services::Afspraken(*w.ctx).zet(actor, {vrijTot(2500), QStringLiteral("T"), 0, QStringLiteral("beleid")});
        QCOMPARE(r.ok(), allowed);
        const auto proef = services::AfspraakProef(*w.ctx).probeerVorm(actor, QStringLiteral("T"), vrijTot(2500),
                                                                     {ReserveringSoort::VrijBesteedbaar, Money::fromCents(5000),
                                                                      Money::fromCents(1000), 0, Money::zero()});
        QCOMPARE(proef.ok(), allowed);
    }

    void historyOfTheVorm()
    {
        const auto leider = w.staff(w.teamleider, Role::Teamleider);
        const auto historie = services::Afspraken(*w.ctx).vormGeschiedenis(leider, QStringLiteral("T"));
        QVERIFY(historie.ok());
        QCOMPARE(historie.value->size(), 3); // the fixture's default and the two above
        QCOMPARE(historie.value->first().auteurNaam, QStringLiteral("tess"));
        QCOMPARE(historie.value->first().reden, QStringLiteral("beleid"));
        QCOMPARE(historie.value->first().afspraak.versie, 3);
        QCOMPARE(services::Afspraken(*w.ctx).vormGeschiedenis(leider, QStringLiteral("X")).error.code,
                 services::ErrorCode::NotFound);
        // The new default applies under the inwoner's own afspraken: Buffer has none of its own.
        const auto geldend = services::Afspraken(*w.ctx).geldend(w.staff(w.medewerkerA), w.buffer);
        QCOMPARE(rules::toString(geldend.value->modus), QStringLiteral("vrij"));
        QCOMPARE(rules::toString(geldend.value->scope), QStringLiteral("vorm"));
        const auto kleding = services::Afspraken(*w.ctx).geldend(w.staff(w.medewerkerA), w.kleding);
        QCOMPARE(rules::toString(kleding.value->scope), QStringLiteral("reservering"));
    }

    void proberenOnAMadeUpSituation_data()
    {
        QTest::addColumn<qint64>("beschikbaar");
        QTest::addColumn<qint64>("bedrag");
        QTest::addColumn<int>("eerderAantal");
        QTest::addColumn<qint64>("eerderBedrag");
        QTest::addColumn<QString>("uitkomst");
        QTest::newRow("within the limits") << qint64(5000) << qint64(2000) << 0 << qint64(0) << "vrij";
        QTest::newRow("above per withdrawal") << qint64(5000) << qint64(3000) << 0 << qint64(0) << "na_akkoord";
        QTest::newRow("week already used") << qint64(50000) << qint64(2000) << 4 << qint64(9000) << "na_akkoord";
        QTest::newRow("not enough in the pot") << qint64(1000) << qint64(2000) << 0 << qint64(0) << "onvoldoende_saldo";
    }
    void proberenOnAMadeUpSituation()
    {
        QFETCH(qint64, beschikbaar);
        QFETCH(qint64, bedrag);
        QFETCH(int, eerderAantal);
        QFETCH(qint64, eerderBedrag);
        QFETCH(QString, uitkomst);
        const qint64 afspraken = w.count(QStringLiteral("SELECT COUNT(*) FROM afspraken"));
        const qint64 auditVoor = w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        const auto r = services::AfspraakProef(*w.ctx).probeerVorm(
            w.staff(w.teamleider, Role::Teamleider), QStringLiteral("T"), vrijTot(2500),
            {ReserveringSoort::VrijBesteedbaar, Money::fromCents(beschikbaar), Money::fromCents(bedrag), eerderAantal,
             Money::fromCents(eerderBedrag)});
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.value->validatie.isEmpty());
        QCOMPARE(rules::toString(r.value->beoordeling->uitkomst), uitkomst);
        QCOMPARE(r.value->beschikbaar.cents(), beschikbaar);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM afspraken")), afspraken);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditVoor);
    }

    void badSituationIsRefused()
    {
        services::AfspraakProef proef(*w.ctx);
        const auto leider = w.staff(w.teamleider, Role::Teamleider);
        const services::VormSituatie nul{ReserveringSoort::VrijBesteedbaar, Money::fromCents(5000), Money::zero(), 0, Money::zero()};
        QCOMPARE(proef.probeerVorm(leider, QStringLiteral("T"), vrijTot(2500), nul).error.code, services::ErrorCode::Invalid);
        const services::VormSituatie zonderAantal{ReserveringSoort::VrijBesteedbaar, Money::fromCents(5000),
                                                  Money::fromCents(100), 0, Money::fromCents(100)};
        QCOMPARE(proef.probeerVorm(leider, QStringLiteral("T"), vrijTot(2500), zonderAantal).error.code,
                 services::ErrorCode::Invalid);
        rules::Afspraak ongeldig = vrijTot(20000); // per withdrawal above the week
        const auto r = proef.probeerVorm(leider, QStringLiteral("T"), ongeldig,
                                         {ReserveringSoort::VrijBesteedbaar, Money::fromCents(5000), Money::fromCents(100), 0,
                                          Money::zero()});
        QVERIFY(r.ok());
        QVERIFY(!r.value->validatie.isEmpty());
        QVERIFY(!r.value->beoordeling);
    }
};

QTEST_GUILESS_MAIN(TestVormAfspraken)
#include "tst_vormafspraken.moc"
