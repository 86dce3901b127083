// services::Overname: taking a household over from Allegro in one change, refusing a second
// link, following Allegro afterwards (lines and reserveringen ended, never deleted; loans
// paid off), ending budgetbeheer, and the contact an inwoner without budgetbeheer is shown.
#include "Fixture.h"

#include "services/InwonerLogin.h"
#include "services/Overname.h"

using namespace regie;
using namespace fixture;

namespace {

const QString kBsn = QStringLiteral("100000022");

services::AllegroHuishouden huishouden()
{
    services::AllegroHuishouden h;
    h.relatiecode = QStringLiteral("123456");
    h.vormCode = QStringLiteral("T");
    h.voornaam = QStringLiteral("Fatima");
    h.achternaam = QStringLiteral("El Amrani-Test");
    h.beheerIban = QStringLiteral("NL20INGB0001234567");
    h.eigenRekeningen = {{QStringLiteral("NL91ABNA0417164300"), QStringLiteral("Betaalrekening"), false}};
    h.reserveringen = {{QStringLiteral("1"), QStringLiteral("Boodschappen"), Money::fromCents(20'000)},
                       {QStringLiteral("2"), QStringLiteral("Kleding"), Money::fromCents(50'000)}};
    services::BudgetplanRegel huur;
    huur.omschrijving = QStringLiteral("Huur");
    huur.bedrag = Money::fromCents(65'000);
    huur.allegroVolgnummer = QStringLiteral("1");
    services::BudgetplanRegel sparen = huur;
    sparen.omschrijving = QStringLiteral("Kleding sparen");
    sparen.bedrag = Money::fromCents(2'500);
    sparen.allegroVolgnummer = QStringLiteral("2");
    h.regels = {huur, sparen};
    h.regelReservering = {QString(), QStringLiteral("2")};
    h.leningen = {services::Lening{QStringLiteral("Lening 323456-1"), Money::fromCents(160'000), Money::fromCents(120'000),
                                   Money::fromCents(4'692), Money(), 20, QDate(2025, 1, 1), QDate(2028, 1, 1)}};
    h.beheersaldo = Money::fromCents(90'000);
    services::BankTransactie begin;
    begin.datum = QDate(2026, 11, 1);
    begin.bedrag = Money::fromCents(90'000);
    begin.omschrijving = QStringLiteral("Beginsaldo");
    begin.bron = QStringLiteral("allegro");
    begin.externId = QStringLiteral("77");
    h.mutaties = {begin};
    return h;
}

} // namespace

class TestOvername : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        w_ = std::make_unique<World>();
        w_->build();
    }
    void neemtHetHeleHuishoudenOverInEenWijziging();
    void weigertEenTweedeKoppelingEnFouteInvoer();
    void volgtAllegroZonderIetsTeVerwijderen();
    void beeindigenLaatAlleenHetTeamZien();

private:
    services::Koppelverzoek verzoek() const
    {
        return {kBsn, QStringLiteral("123456"), w_->teamId, w_->medewerkerA, QStringLiteral("Aanmelding budgetbeheer")};
    }
    qint64 neemOver()
    {
        const auto made = services::Overname(*w_->ctx).neemOver(w_->staff(w_->medewerkerA), verzoek(), huishouden());
        if (!made.ok())
            qWarning("neemOver: %s", qPrintable(made.error.message));
        return made.ok() ? *made.value : 0;
    }
    Actor anders() const
    {
        Actor a = w_->staff(w_->medewerkerAnders);
        a.teamId = w_->teamZuid;
        return a;
    }
    std::unique_ptr<World> w_;
};

void TestOvername::neemtHetHeleHuishoudenOverInEenWijziging()
{
    const qint64 id = neemOver();
    QVERIFY(id > 0);
    auto o = services::Dossier(*w_->ctx).overzicht(w_->staff(w_->medewerkerA), id); // in caseload now
    REQUIRE_OK(o);
    QCOMPARE(o.value->achternaam, QStringLiteral("El Amrani-Test"));
    QCOMPARE(o.value->saldoBeheerrekening, Money::fromCents(90'000));
    QCOMPARE(o.value->nietGereserveerd, Money::fromCents(20'000));
    QCOMPARE(o.value->reserveringen.size(), qsizetype(2));
    QCOMPARE(o.value->reserveringen.at(1).saldo, Money::fromCents(50'000));
    QVERIFY(o.value->budgetplan);
    QCOMPARE(o.value->budgetplan->regels.size(), qsizetype(2));
    QCOMPARE(o.value->leningen.size(), qsizetype(1));
    QCOMPARE(o.value->leningen.at(0).openstaand, Money::fromCents(120'000));
    QString problem;
    QVERIFY2(ledger::Ledger(*w_->db).checkInvariants(id, &problem), qPrintable(problem));
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM eigen_rekeningen WHERE inwoner_id = %1 AND geverifieerd = 1").arg(id)), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM transacties WHERE inwoner_id = %1 AND extern_id = '77'").arg(id)), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM caseload WHERE inwoner_id = %1").arg(id)), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM users WHERE inwoner_id = %1 AND role = 'inwoner'").arg(id)), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'inwoner.overgenomen'")), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM inwoners WHERE id = %1 AND overname_reden = 'Aanmelding budgetbeheer'").arg(id)), 1);
    QVERIFY(services::actorVoorBsn(*w_->ctx, *Bsn::parse(kBsn)).has_value());
}

void TestOvername::weigertEenTweedeKoppelingEnFouteInvoer()
{
    QVERIFY(neemOver() > 0);
    services::Overname overname(*w_->ctx);
    const qint64 inwoners = w_->count(QStringLiteral("SELECT COUNT(*) FROM inwoners"));
    const Actor mdw = w_->staff(w_->medewerkerA);
    QCOMPARE(overname.neemOver(mdw, verzoek(), huishouden()).error.code, services::ErrorCode::Conflict);
    services::Koppelverzoek zelfdeRelatie = verzoek();
    zelfdeRelatie.bsn = QStringLiteral("100000034");
    QCOMPARE(overname.controleerKoppeling(mdw, zelfdeRelatie).error.code, services::ErrorCode::Conflict);
    services::Koppelverzoek fouteBsn = verzoek();
    fouteBsn.bsn = QStringLiteral("100000023");
    QCOMPARE(overname.controleerKoppeling(mdw, fouteBsn).error.code, services::ErrorCode::Invalid);
    services::Koppelverzoek anderTeam = verzoek();
    anderTeam.bsn = QStringLiteral("100000034");
    anderTeam.allegroRelatie = QStringLiteral("654321");
    QCOMPARE(overname.neemOver(anders(), anderTeam, huishouden()).error.code, services::ErrorCode::Forbidden);
    services::AllegroHuishouden teVeel = huishouden();
    teVeel.beheersaldo = Money::fromCents(60'000); // less than the reserveringen hold
    QCOMPARE(overname.neemOver(mdw, anderTeam, teVeel).error.code, services::ErrorCode::Invalid);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM inwoners")), inwoners); // nothing of it stayed
}

void TestOvername::volgtAllegroZonderIetsTeVerwijderen()
{
    const qint64 id = neemOver();
    QVERIFY(id > 0);
    services::Overname overname(*w_->ctx);
    auto zelfde = overname.werkBij(Actor::systeem(), id, huishouden());
    REQUIRE_OK(zelfde);
    QCOMPARE(zelfde.value->gewijzigd, 0);

    services::AllegroHuishouden nu = huishouden();
    nu.regels.removeFirst();          // Huur is gone in Allegro
    nu.regelReservering.removeFirst();
    nu.regels[0].bedrag = Money::fromCents(3'000);
    nu.reserveringen.removeFirst();   // Boodschappen ended; its 200,00 goes back to the free part
    nu.reserveringen.append({QStringLiteral("3"), QStringLiteral("Verjaardag"), Money::fromCents(3'000)});
    nu.leningen.clear();              // paid off
    const qint64 eventsVoor = w_->count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    auto bij = overname.werkBij(Actor::systeem(), id, nu);
    REQUIRE_OK(bij);
    QCOMPARE(bij.value->gewijzigd, 5); // line ended, line changed, reservering ended and added, loan
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM audit_events")) - eventsVoor, 5);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM budgetplan_regels WHERE inwoner_id = %1").arg(id)), 2);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM budgetplan_regels WHERE inwoner_id = %1 AND beeindigd_at IS NOT NULL").arg(id)), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM reserveringen WHERE inwoner_id = %1 AND actief = 0").arg(id)), 1);
    auto o = services::Dossier(*w_->ctx).overzicht(w_->staff(w_->medewerkerA), id);
    REQUIRE_OK(o);
    QCOMPARE(o.value->budgetplan->regels.size(), qsizetype(1));
    QCOMPARE(o.value->budgetplan->regels.at(0).bedrag, Money::fromCents(3'000));
    QCOMPARE(o.value->nietGereserveerd, Money::fromCents(40'000));
    QCOMPARE(o.value->leningen.at(0).openstaand, Money());
    QString problem;
    QVERIFY2(ledger::Ledger(*w_->db).checkInvariants(id, &problem), qPrintable(problem));
    QCOMPARE(overname.werkBij(Actor::systeem(), id, nu).value->gewijzigd, 0);
    QCOMPARE(overname.werkBij(w_->staff(w_->medewerkerA), id, nu).error.code, services::ErrorCode::Forbidden);
}

void TestOvername::beeindigenLaatAlleenHetTeamZien()
{
    const qint64 id = neemOver();
    QVERIFY(id > 0);
    services::Overname overname(*w_->ctx);
    QCOMPARE(overname.beeindig(anders(), id, QStringLiteral("Klaar")).error.code,
             services::ErrorCode::NotFound);
    QCOMPARE(overname.beeindig(w_->staff(w_->medewerkerA), id, QString()).error.code, services::ErrorCode::Invalid);
    REQUIRE_OK(overname.beeindig(w_->staff(w_->medewerkerA), id, QStringLiteral("Schulden opgelost")));
    QCOMPARE(overname.beeindig(w_->staff(w_->medewerkerA), id, QStringLiteral("Nog eens")).error.code,
             services::ErrorCode::Conflict);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'budgetbeheer.beeindigd'"
                                      " AND outcome = 'ok'")), 1);
    QCOMPARE(w_->count(QStringLiteral("SELECT COUNT(*) FROM inwoners WHERE id = %1 AND eind_reden = 'Schulden opgelost'").arg(id)), 1);
    QVERIFY(!services::actorVoorBsn(*w_->ctx, *Bsn::parse(kBsn)).has_value());
    const auto contact = services::contactBuitenBudgetbeheer(*w_->ctx, *Bsn::parse(kBsn));
    QVERIFY(contact.has_value());
    QCOMPARE(contact->naam, QStringLiteral("Team Noord"));
    QCOMPARE(contact->telefoon, QStringLiteral("030 286 00 00"));
    QVERIFY(!services::contactBuitenBudgetbeheer(*w_->ctx, *Bsn::parse(QStringLiteral("100000034"))).has_value());
}

QTEST_GUILESS_MAIN(TestOvername)
#include "tst_overname.moc"
