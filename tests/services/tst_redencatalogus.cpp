// The reason catalogue as staff maintain it (services::Organisatie): who may change it, that
// an edit is a new version while a decision keeps the version it was made with, that a
// reason is retired rather than deleted (and can then no longer be chosen), and that each
// change is audited with its author. Also the teams' contact details for inwoners.

#include "Fixture.h"

#include "audit/AuditActions.h"
#include "services/Beheer.h"
#include "services/Besluiten.h"
#include "services/Opnames.h"

using namespace regie;

class TestRedenCatalogus : public QObject {
    Q_OBJECT

    fixture::World w;

    static services::Reden buffer(const QString &b1, const QString &medewerker)
    {
        return services::Reden{QStringLiteral("BUFFER_NODIG"), QStringLiteral("weigering"), b1, medewerker};
    }

    QString waitingRequest(qint64 reservering, qint64 cents)
    {
        services::Opnames opnames(*w.ctx);
        services::OpnameInvoer invoer;
        invoer.reserveringId = reservering;
        invoer.bedrag = Money::fromCents(cents);
        invoer.idempotencyKey = newKey();
        const auto ontwerp = opnames.maakConcept(w.inwoner(w.inwoner1), invoer);
        if (!ontwerp.ok())
            return {};
        const auto sent = opnames.bevestig(w.inwoner(w.inwoner1), ontwerp.value->publicId);
        return sent.ok() ? ontwerp.value->publicId : QString();
    }
    static QString newKey()
    {
        static int n = 0;
        return QStringLiteral("reden-%1").arg(++n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        w.build();
        w.ctx->settings.maxOpenVerzoekenPerInwoner = 50;
    }

    void onlyTeamleiderAndBeheerderChangeIt_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("medewerker") << int(Role::Medewerker) << false;
        QTest::newRow("ketenpartner") << int(Role::Ketenpartner) << false;
        QTest::newRow("inwoner") << int(Role::Inwoner) << false;
        QTest::newRow("teamleider") << int(Role::Teamleider) << true;
        QTest::newRow("beheerder") << int(Role::Beheerder) << true;
    }
    void onlyTeamleiderAndBeheerderChangeIt()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        services::Organisatie org(*w.ctx);
        const auto actor = w.staff(w.teamleider, static_cast<Role>(role));
        const services::Reden nieuw{QStringLiteral("TEST_") + QString::number(role), QStringLiteral("akkoord"),
                                    QStringLiteral("Je verzoek is goed."), QStringLiteral("Test")};
        const auto r = org.zetReden(actor, nieuw, QStringLiteral("proef"));
        QCOMPARE(r.ok(), allowed);
        if (!allowed)
            QCOMPARE(r.error.code, services::ErrorCode::Forbidden);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("soort");
        QTest::addColumn<QString>("b1");
        QTest::addColumn<QString>("waarom");
        QTest::newRow("lowercase code") << "buffer" << "weigering" << "Tekst." << "x";
        QTest::newRow("unknown soort") << "NIEUW_A" << "misschien" << "Tekst." << "x";
        QTest::newRow("no B1 text") << "NIEUW_B" << "weigering" << " " << "x";
        QTest::newRow("no reason for the change") << "NIEUW_C" << "weigering" << "Tekst." << "";
        QTest::newRow("soort of existing reason") << "BUFFER_NODIG" << "akkoord" << "Tekst." << "x";
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, soort);
        QFETCH(QString, b1);
        QFETCH(QString, waarom);
        const qint64 before = w.count(QStringLiteral("SELECT COUNT(*) FROM reden_versies"));
        const auto r = services::Organisatie(*w.ctx).zetReden(w.staff(w.teamleider, Role::Teamleider),
                                                              {code, soort, b1, QStringLiteral("Medewerkertekst")}, waarom);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, services::ErrorCode::Invalid);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM reden_versies")), before);
    }

    // The decision keeps the B1 text of the version it was made with.
    void editIsNewVersionAndDecisionsKeepTheirs()
    {
        services::Organisatie org(*w.ctx);
        const auto leider = w.staff(w.teamleider, Role::Teamleider);
        const QString eerst = waitingRequest(w.buffer, 2000);
        QVERIFY(!eerst.isEmpty());
        services::BesluitInvoer weigering;
        weigering.redenCode = QStringLiteral("BUFFER_NODIG");
        REQUIRE_OK(services::Opnames(*w.ctx).beslis(w.staff(w.medewerkerA), eerst, weigering));

        REQUIRE_OK(org.zetReden(leider, buffer(QStringLiteral("Dit geld is voor onverwachte kosten."), QStringLiteral("Buffer blijft staan (nieuw)")), QStringLiteral("duidelijker")));
        const auto versies = org.redenVersies(leider, QStringLiteral("BUFFER_NODIG"));
        QVERIFY(versies.ok());
        QCOMPARE(versies.value->size(), 2);
        QCOMPARE(versies.value->first().versie, 2);
        QCOMPARE(versies.value->first().auteur, QStringLiteral("tess"));
        QCOMPARE(versies.value->first().waarom, QStringLiteral("duidelijker"));
        // The same texts again change nothing.
        REQUIRE_OK(org.zetReden(leider, buffer(QStringLiteral("Dit geld is voor onverwachte kosten."), QStringLiteral("Buffer blijft staan (nieuw)")), QStringLiteral("nogmaals")));
        QCOMPARE(org.redenVersies(leider, QStringLiteral("BUFFER_NODIG")).value->size(), 2);

        const auto oud = services::Opnames(*w.ctx).bekijk(w.inwoner(w.inwoner1), eerst);
        QVERIFY(oud.ok());
        QCOMPARE(oud.value->besluiten.first().redenTekstB1, QStringLiteral("Je hebt dit geld nodig voor onverwachte kosten."));
        const QString later = waitingRequest(w.buffer, 2100);
        REQUIRE_OK(services::Opnames(*w.ctx).beslis(w.staff(w.medewerkerA), later, weigering));
        const auto nieuw = services::Opnames(*w.ctx).bekijk(w.inwoner(w.inwoner1), later);
        QCOMPARE(nieuw.value->besluiten.first().redenTekstB1, QStringLiteral("Dit geld is voor onverwachte kosten."));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'reden.gewijzigd'"
                                        " AND object_id = 'BUFFER_NODIG' AND actor_user_id = %1").arg(w.teamleider)),
                 qint64(1));
    }

    void retiredIsKeptButCannotBeChosen()
    {
        services::Organisatie org(*w.ctx);
        const auto beheerder = w.staff(w.teamleider, Role::Beheerder);
        QCOMPARE(org.trekRedenIn(beheerder, QStringLiteral("BUFFER_NODIG"), QString()).error.code,
                 services::ErrorCode::Invalid);
        const auto ingetrokken = org.trekRedenIn(beheerder, QStringLiteral("BUFFER_NODIG"), QStringLiteral("niet meer nodig"));
        QVERIFY(ingetrokken.ok());
        QVERIFY(!ingetrokken.value->actief);
        QCOMPARE(org.trekRedenIn(beheerder, QStringLiteral("BUFFER_NODIG"), QStringLiteral("weer")).error.code,
                 services::ErrorCode::NotFound);
        const auto catalogus = org.redenCatalogus(beheerder);
        QVERIFY(std::any_of(catalogus.value->begin(), catalogus.value->end(),
                            [](const services::RedenRegel &r) { return r.code == QLatin1String("BUFFER_NODIG") && !r.actief; }));
        const auto keuze = services::Besluiten(*w.ctx).redenen(w.staff(w.medewerkerA), QStringLiteral("weigering"));
        QVERIFY(std::none_of(keuze.value->begin(), keuze.value->end(),
                             [](const services::RedenView &r) { return r.code == QLatin1String("BUFFER_NODIG"); }));
        const QString id = waitingRequest(w.buffer, 1500);
        services::BesluitInvoer weigering;
        weigering.redenCode = QStringLiteral("BUFFER_NODIG");
        QCOMPARE(services::Opnames(*w.ctx).beslis(w.staff(w.medewerkerA), id, weigering).error.code,
                 services::ErrorCode::Invalid);
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'reden.ingetrokken'")), qint64(1));
        // A new version takes it back into use.
        REQUIRE_OK(org.zetReden(beheerder, buffer(QStringLiteral("Dit geld blijft staan."), QStringLiteral("Buffer")), QStringLiteral("toch nodig")));
        const auto terug = org.redenCatalogus(beheerder);
        QVERIFY(std::any_of(terug.value->begin(), terug.value->end(),
                            [](const services::RedenRegel &r) { return r.code == QLatin1String("BUFFER_NODIG") && r.actief; }));
    }

    void teamContactForInwoners()
    {
        services::Beheer beheer(*w.ctx);
        const auto beheerder = w.staff(0, Role::Beheerder);
        services::TeamWijziging wijziging;
        wijziging.openingstijden = QStringLiteral("maandag tot en met vrijdag 9.00 tot 17.00 uur");
        wijziging.telefoon = QStringLiteral("030 286 99 99");
        const auto team = beheer.wijzigTeam(beheerder, w.teamId, wijziging);
        QVERIFY(team.ok());
        QCOMPARE(team.value->openingstijden, *wijziging.openingstijden);
        QCOMPARE(team.value->telefoon, QStringLiteral("030 286 99 99"));
        QCOMPARE(beheer.wijzigTeam(w.staff(w.teamleider, Role::Teamleider), w.teamId, wijziging).error.code,
                 services::ErrorCode::Forbidden);
        const auto nieuw = beheer.maakTeam(beheerder, QStringLiteral("Team Oost"), QStringLiteral("030 1"),
                                           QStringLiteral("oost@example.nl"), Money::fromCents(50000),
                                           QStringLiteral("dinsdag 9.00 tot 12.00 uur"));
        QVERIFY(nieuw.ok());
        QCOMPARE(nieuw.value->openingstijden, QStringLiteral("dinsdag 9.00 tot 12.00 uur"));
    }
};

QTEST_GUILESS_MAIN(TestRedenCatalogus)
#include "tst_redencatalogus.moc"
