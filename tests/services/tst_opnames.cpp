// Every path of UC-SHV-001 through the real services on a real database.
#include "Fixture.h"

#include "outbox/Outbox.h"
#include "services/Werkvoorraad.h"

using namespace regie;
using fixture::World;

class TestOpnames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void vrijIsExecutedAtOnce();
    void neeCancelsAndChangesNothing();
    void naAkkoordHoldsAndQueues();
    void medewerkerApproves();
    void medewerkerRefusesWithStandardReason();
    void refusalNeedsReasonFromCatalogue();
    void nietToegestaanIsRefusedAutomatically();
    void gebondenReserveringIsRefused();
    void onvoldoendeSaldoOffersOptions();
    void weekLimitAfterEarlierOpnames();
    void inwonerWithdrawsWaitingRequest();
    void fourEyesNeedsSecondMedewerker();
    void doubleSubmitCreatesOneRequestAndOnePayment();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void otherInwonersReserveringIsNotFound();
    void waitingRequestsAreFlaggedThenExpire();
    void auditTrailCoversEverythingAndVerifies();
    void rulesRefusalLeavesRegieLikeAMedewerkersRefusal();
    void tooMuchOnTheAmountFormIsStoredAsRefused();
    void confirmChecksTheLimitAgain();
    void failedPaymentComesBackIntoThePotje();
    void failedPaymentNeedsAnExecutedRequest();
    void withoutCaseloadTheTeamleiderIsTold();
    void unansweredConceptsLapse();
    void promiseAndFlagComeFromOneSetting();

private:
    services::VerzoekView nieuwConcept(qint64 reservering, const QString &bedrag, const QString &key = {});
    std::unique_ptr<World> w;
    int keyCounter = 0;
};

void TestOpnames::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestOpnames::cleanup() { w.reset(); }

services::VerzoekView TestOpnames::nieuwConcept(qint64 reservering, const QString &bedrag, const QString &key)
{
    services::Opnames opnames(*w->ctx);
    services::OpnameInvoer in;
    in.reserveringId = reservering;
    in.bedragTekst = bedrag;
    in.idempotencyKey = key.isEmpty() ? QStringLiteral("form-%1").arg(++keyCounter) : key;
    auto r = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    if (!r.ok())
        qFatal("concept failed: %s", qPrintable(r.error.message));
    return *r.value;
}

void TestOpnames::vrijIsExecutedAtOnce()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("45,00"));
    QCOMPARE(c.status, VerzoekStatus::Concept);
    QCOMPARE(rules::toString(c.beoordeling.uitkomst), rules::toString(rules::Uitkomst::Vrij)); // the preview the check page shows
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000)); // nothing moved yet

    auto done = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY2(done.ok(), qPrintable(done.error.message));
    QCOMPARE(done.value->status, VerzoekStatus::Uitgevoerd);
    QVERIFY(done.value->verwachteBijschrijving.has_value());
    QVERIFY(done.value->bijschrijvingTekst.contains(QStringLiteral("op je rekening")));
    // Tuesday 10:00 before the cut-off: the money arrives the next working day.
    QCOMPARE(*done.value->verwachteBijschrijving, QDate(2026, 11, 25));
    const auto b = w->balanceOf(w->kleding);
    QCOMPARE(b.postedCredit().cents(), qint64(25500));
    QCOMPARE(b.pendingDebits().cents(), qint64(0));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'verzoek.uitgevoerd'")), qint64(1));
    ledger::Ledger l(*w->db);
    QString problem;
    QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
    bool saldoEvent = false;
    for (const auto &e : w->events)
        saldoEvent = saldoEvent || (e.kind == QLatin1String("saldo.gewijzigd") && e.inwonerId == w->inwoner1);
    QVERIFY(saldoEvent);
}

void TestOpnames::neeCancelsAndChangesNothing()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("20"));
    auto r = opnames.annuleer(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY(r.ok());
    QCOMPARE(r.value->status, VerzoekStatus::Geannuleerd);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
    // Ja after Nee does nothing either.
    auto again = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY(again.ok());
    QCOMPARE(again.value->status, VerzoekStatus::Geannuleerd);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'verzoek.geannuleerd'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(0));
}

void TestOpnames::naAkkoordHoldsAndQueues()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80,00")); // above 50 per opname
    QCOMPARE(rules::toString(c.beoordeling.uitkomst), rules::toString(rules::Uitkomst::NaAkkoord));
    auto r = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY(r.ok());
    QCOMPARE(r.value->status, VerzoekStatus::WachtOpAkkoord);
    bool maxFired = false;
    for (const auto &reden : r.value->beoordeling.redenen)
        maxFired = maxFired || reden.code == QLatin1String(rules::code::kMaxPerOpname);
    QVERIFY(maxFired); // the inwoner is told why
    const auto b = w->balanceOf(w->kleding);
    QCOMPARE(b.postedCredit().cents(), qint64(30000)); // still there
    QCOMPARE(b.availableCredit().cents(), qint64(22000)); // but held
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'werkvoorraad.nieuw'")), qint64(2));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'verzoek.ingediend'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'zgw.zaak.aanmaken'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")), qint64(0));
    auto queue = opnames.werkvoorraad(w->staff(w->medewerkerA), {});
    QVERIFY(queue.ok());
    QCOMPARE(queue.value->size(), 1);
    QCOMPARE(queue.value->first().publicId, c.publicId);
    QVERIFY(!queue.value->first().inwonerNaam.isEmpty());
    auto other = opnames.werkvoorraad(w->staff(w->medewerkerAnders), {});
    QVERIFY(other.ok());
    QCOMPARE(other.value->size(), 0); // not in that medewerker's caseload
}

void TestOpnames::medewerkerApproves()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80,00"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    w->advance(3600);
    auto r = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {true, QStringLiteral("AKKOORD_STANDAARD"), QString()});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->status, VerzoekStatus::Uitgevoerd);
    QCOMPARE(r.value->besluiten.size(), 1);
    const auto b = w->balanceOf(w->kleding);
    QCOMPARE(b.postedCredit().cents(), qint64(22000));
    QCOMPARE(b.pendingDebits().cents(), qint64(0));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'zgw.zaak.afronden'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'besluit.akkoord'")), qint64(1));
    // Deciding again is a conflict, not a second payment.
    auto again = opnames.beslis(w->staff(w->medewerkerB), c.publicId, {true, QString(), QString()});
    QVERIFY(!again.ok());
    QCOMPARE(again.error.code, services::ErrorCode::Conflict);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")), qint64(1));
}

void TestOpnames::medewerkerRefusesWithStandardReason()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->buffer, QStringLiteral("100")); // vorm default: na akkoord
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    auto r = opnames.beslis(w->staff(w->medewerkerA), c.publicId,
                            {false, QStringLiteral("BUFFER_NODIG"), QStringLiteral("Bel me gerust.")});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->status, VerzoekStatus::Geweigerd);
    QCOMPARE(w->balanceOf(w->buffer).availableCredit().cents(), qint64(200000)); // hold released
    services::Dossier dossier(*w->ctx);
    auto meldingen = dossier.meldingen(w->inwoner(w->inwoner1));
    QVERIFY(meldingen.ok());
    bool told = false;
    for (const auto &m : *meldingen.value) {
        if (m.soort == QLatin1String("besluit.weigering")) {
            told = m.tekst.contains(QStringLiteral("onverwachte kosten")) && m.tekst.contains(QStringLiteral("Bel me gerust."));
        }
    }
    QVERIFY(told);
}

void TestOpnames::refusalNeedsReasonFromCatalogue()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->buffer, QStringLiteral("100"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    auto none = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {false, QString(), QString()});
    QCOMPARE(none.error.code, services::ErrorCode::Invalid);
    auto bogus = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {false, QStringLiteral("BESTAAT_NIET"), QString()});
    QCOMPARE(bogus.error.code, services::ErrorCode::Invalid);
    auto wrongKind = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {false, QStringLiteral("AKKOORD_STANDAARD"), QString()});
    QCOMPARE(wrongKind.error.code, services::ErrorCode::Invalid);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM besluiten")), qint64(0));
    auto view = opnames.bekijk(w->inwoner(w->inwoner1), c.publicId);
    QCOMPARE(view.value->status, VerzoekStatus::WachtOpAkkoord);
}

void TestOpnames::nietToegestaanIsRefusedAutomatically()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->verjaardagen, QStringLiteral("10"));
    QCOMPARE(rules::toString(c.beoordeling.uitkomst), rules::toString(rules::Uitkomst::NietToegestaan));
    auto r = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY(r.ok());
    QCOMPARE(r.value->status, VerzoekStatus::Afgewezen);
    QVERIFY(!r.value->beoordeling.samenvatting().isEmpty());
    QCOMPARE(w->balanceOf(w->verjaardagen).availableCredit().cents(), qint64(10000));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE code = 'opname'")), qint64(0));
}

void TestOpnames::gebondenReserveringIsRefused()
{
    const auto c = nieuwConcept(w->energie, QStringLiteral("10"));
    QCOMPARE(rules::toString(c.beoordeling.uitkomst), rules::toString(rules::Uitkomst::NietToegestaan));
    bool gebonden = false;
    for (const auto &reden : c.beoordeling.redenen)
        gebonden = gebonden || reden.code == QLatin1String(rules::code::kReserveringGebonden);
    QVERIFY(gebonden);
}

void TestOpnames::onvoldoendeSaldoOffersOptions()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("350,00"));
    QCOMPARE(rules::toString(c.beoordeling.uitkomst), rules::toString(rules::Uitkomst::OnvoldoendeSaldo));
    auto r = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QCOMPARE(r.value->status, VerzoekStatus::Afgewezen);
    // A1: the inwoner can call or mail the medewerker: the contact is right there.
    QCOMPARE(r.value->contact.telefoon, QStringLiteral("030 286 00 00"));
    QVERIFY(!r.value->contact.email.isEmpty());
    // ...or choose a lower amount: the preview says how much is free now.
    auto p = opnames.probeer(w->inwoner(w->inwoner1), w->kleding, Money::fromCents(35000));
    QVERIFY(p.ok());
    QCOMPARE(p.value->maxVrij->cents(), qint64(5000));
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
}

void TestOpnames::weekLimitAfterEarlierOpnames()
{
    services::Opnames opnames(*w->ctx);
    for (int i = 0; i < 2; ++i) {
        const auto c = nieuwConcept(w->kleding, QStringLiteral("50"));
        auto r = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
        QCOMPARE(r.value->status, VerzoekStatus::Uitgevoerd);
        w->advance(60);
    }
    const auto third = nieuwConcept(w->kleding, QStringLiteral("10"));
    QCOMPARE(rules::toString(third.beoordeling.uitkomst), rules::toString(rules::Uitkomst::NaAkkoord)); // 110 > 100 this week
    w->advance(7 * 24 * 3600); // next week the limit is fresh
    const auto later = nieuwConcept(w->kleding, QStringLiteral("10"));
    QCOMPARE(rules::toString(later.beoordeling.uitkomst), rules::toString(rules::Uitkomst::Vrij));
}

void TestOpnames::inwonerWithdrawsWaitingRequest()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    auto r = opnames.trekIn(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY(r.ok());
    QCOMPARE(r.value->status, VerzoekStatus::Ingetrokken);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
    auto late = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {true, QString(), QString()});
    QCOMPARE(late.error.code, services::ErrorCode::Conflict);
    auto twice = opnames.trekIn(w->inwoner(w->inwoner1), c.publicId);
    QCOMPARE(twice.error.code, services::ErrorCode::Conflict);
}

void TestOpnames::fourEyesNeedsSecondMedewerker()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->buffer, QStringLiteral("600")); // team limit 500
    auto sent = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QVERIFY(sent.value->vierOgen);
    auto first = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {true, QString(), QString()});
    QVERIFY(first.ok());
    QCOMPARE(first.value->status, VerzoekStatus::WachtOpTweedeAkkoord);
    QCOMPARE(w->balanceOf(w->buffer).postedCredit().cents(), qint64(200000)); // no money moved yet
    auto same = opnames.beslis(w->staff(w->medewerkerA), c.publicId, {true, QString(), QString()});
    QCOMPARE(same.error.code, services::ErrorCode::Conflict);
    auto second = opnames.beslis(w->staff(w->medewerkerB), c.publicId, {true, QString(), QString()});
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QCOMPARE(second.value->status, VerzoekStatus::Uitgevoerd);
    QCOMPARE(second.value->besluiten.size(), 2);
    QCOMPARE(w->balanceOf(w->buffer).postedCredit().cents(), qint64(140000));
}

void TestOpnames::doubleSubmitCreatesOneRequestAndOnePayment()
{
    services::Opnames opnames(*w->ctx);
    const auto a = nieuwConcept(w->kleding, QStringLiteral("30"), QStringLiteral("same-form"));
    const auto b = nieuwConcept(w->kleding, QStringLiteral("30"), QStringLiteral("same-form"));
    QCOMPARE(a.publicId, b.publicId);
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), a.publicId).ok());
    auto again = opnames.bevestig(w->inwoner(w->inwoner1), a.publicId);
    QCOMPARE(again.value->status, VerzoekStatus::Uitgevoerd);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM verzoeken")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE code = 'opname'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(1));
    QCOMPARE(w->balanceOf(w->kleding).postedCredit().cents(), qint64(27000));
}

void TestOpnames::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("bedrag");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-5");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("three decimals") << QStringLiteral("12,345");
    QTest::newRow("huge") << QStringLiteral("99999999999999");
}

void TestOpnames::badInputChangesNothing()
{
    QFETCH(QString, bedrag);
    services::Opnames opnames(*w->ctx);
    const qint64 auditBefore = w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    services::OpnameInvoer in;
    in.reserveringId = w->kleding;
    in.bedragTekst = bedrag;
    in.idempotencyKey = QStringLiteral("bad");
    auto r = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, services::ErrorCode::Invalid);
    QVERIFY(!r.error.fields.isEmpty());
    QCOMPARE(r.error.fields.first().field, QStringLiteral("bedrag"));
    QVERIFY(!r.error.fields.first().message.isEmpty());
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM verzoeken")), qint64(0));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
}

void TestOpnames::otherInwonersReserveringIsNotFound()
{
    services::Opnames opnames(*w->ctx);
    services::OpnameInvoer in;
    in.reserveringId = w->anderKleding;
    in.bedragTekst = QStringLiteral("10");
    in.idempotencyKey = QStringLiteral("x");
    auto r = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QCOMPARE(r.error.code, services::ErrorCode::NotFound);
    in.reserveringId = 999999; // does not exist: the same answer
    auto missing = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QCOMPARE(missing.error.code, services::ErrorCode::NotFound);
    QCOMPARE(missing.error.message, r.error.message);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM verzoeken")), qint64(0));
    QVERIFY(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE outcome = 'geweigerd'")) >= 1);
    // Someone else's request id: not found either.
    const auto mine = nieuwConcept(w->kleding, QStringLiteral("5"));
    auto peek = opnames.bekijk(w->inwoner(w->inwoner2), mine.publicId);
    QCOMPARE(peek.error.code, services::ErrorCode::NotFound);
    auto cancel = opnames.annuleer(w->inwoner(w->inwoner2), mine.publicId);
    QCOMPARE(cancel.error.code, services::ErrorCode::NotFound);
    services::Dossier dossier(*w->ctx);
    QCOMPARE(dossier.overzicht(w->inwoner(w->inwoner1), w->inwoner2).error.code, services::ErrorCode::NotFound);
}

void TestOpnames::waitingRequestsAreFlaggedThenExpire()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    w->advance(49 * 3600);
    auto r = opnames.verwerkWachtende(Actor::systeem());
    QCOMPARE(*r.value, 0);
    QVERIFY(opnames.bekijk(w->inwoner(w->inwoner1), c.publicId).value->gesignaleerd);
    QCOMPARE(opnames.verwerkWachtende(w->inwoner(w->inwoner1)).error.code, services::ErrorCode::Forbidden);
    w->advance(15 * 24 * 3600);
    r = opnames.verwerkWachtende(Actor::systeem());
    QCOMPARE(*r.value, 1);
    QCOMPARE(opnames.bekijk(w->inwoner(w->inwoner1), c.publicId).value->status, VerzoekStatus::Verlopen);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
}

void TestOpnames::auditTrailCoversEverythingAndVerifies()
{
    services::Opnames opnames(*w->ctx);
    const auto a = nieuwConcept(w->kleding, QStringLiteral("20"));
    opnames.bevestig(w->inwoner(w->inwoner1), a.publicId);
    const auto b = nieuwConcept(w->buffer, QStringLiteral("40"));
    opnames.bevestig(w->inwoner(w->inwoner1), b.publicId);
    opnames.bekijk(w->staff(w->medewerkerA), b.publicId);
    opnames.beslis(w->staff(w->medewerkerA), b.publicId, {true, QString(), QString()});
    for (const char *action : {"verzoek.aangemaakt", "verzoek.uitgevoerd", "verzoek.ingediend", "verzoek.bekeken",
                               "besluit.akkoord", "afspraak.aangemaakt", "inwoner.aangemaakt"}) {
        QVERIFY2(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(QLatin1String(action))) > 0,
                 action);
    }
    // No personal data in the trail.
    storage::Sql q(*w->db, QStringLiteral("SELECT details_json, subject FROM audit_events"));
    QVERIFY(q.exec());
    while (q.next()) {
        QVERIFY(!q.text(0).contains(QStringLiteral("111222333")));
        QVERIFY(!q.text(0).contains(QStringLiteral("NL20INGB")));
        QVERIFY(!q.text(1).contains(QStringLiteral("Test")));
    }
    const auto verify = audit::AuditLog::verify(*w->db);
    QVERIFY(verify.intact);
    QVERIFY(verify.eventsChecked > 20);
}

void TestOpnames::rulesRefusalLeavesRegieLikeAMedewerkersRefusal()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->verjaardagen, QStringLiteral("10"));
    auto r = opnames.bevestig(w->inwoner(w->inwoner1), c.publicId);
    QCOMPARE(r.value->status, VerzoekStatus::Afgewezen);
    // Seed, postconditie 1b: "afgewezen met motivatie ..., inclusief verwerking in Allegro".
    const QString zaak = QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'zgw.zaak.afronden'"
                                        " AND idempotency_key = 'zaak-einde:%1' AND payload_json LIKE '%afgewezen%'")
                             .arg(c.publicId);
    QCOMPARE(w->count(zaak), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.bericht'"
                                     " AND idempotency_key = 'bericht:%1'").arg(c.publicId)),
             qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'allegro.betaalopdracht'")), qint64(0));
    // Ja twice: still one of each.
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic <> 'mail'")), qint64(2));
}

void TestOpnames::tooMuchOnTheAmountFormIsStoredAsRefused()
{
    services::Opnames opnames(*w->ctx);
    services::OpnameInvoer in;
    in.reserveringId = w->kleding;
    in.bedragTekst = QStringLiteral("350");
    in.idempotencyKey = QStringLiteral("form-a1");
    in.afwijzenBijTekort = true;
    auto r = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->status, VerzoekStatus::Afgewezen);
    QCOMPARE(rules::toString(r.value->beoordeling.uitkomst), rules::toString(rules::Uitkomst::OnvoldoendeSaldo));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE topic = 'zgw.zaak.afronden'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'verzoek.afgewezen'")), qint64(1));
    QVERIFY(opnames.vanInwoner(w->inwoner(w->inwoner1), w->inwoner1).value->size() >= 1);
    // The same form sent again is the same request, not a second refusal.
    auto again = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QCOMPARE(again.value->publicId, r.value->publicId);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM verzoeken")), qint64(1));
    // An amount that fits is still a concept: nothing is sent before the inwoner says Ja.
    in.bedragTekst = QStringLiteral("80");
    in.idempotencyKey = QStringLiteral("form-a1-b");
    auto ok = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QCOMPARE(ok.value->status, VerzoekStatus::Concept);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
}

void TestOpnames::confirmChecksTheLimitAgain()
{
    w->ctx->settings.maxOpenVerzoekenPerInwoner = 2;
    services::Opnames opnames(*w->ctx);
    // Three concepts made while nothing waits yet, then confirmed one after the other.
    QList<services::VerzoekView> concepts;
    for (int i = 0; i < 3; ++i)
        concepts.append(nieuwConcept(w->kleding, QStringLiteral("60")));
    QCOMPARE(opnames.bevestig(w->inwoner(w->inwoner1), concepts[0].publicId).value->status, VerzoekStatus::WachtOpAkkoord);
    QCOMPARE(opnames.bevestig(w->inwoner(w->inwoner1), concepts[1].publicId).value->status, VerzoekStatus::WachtOpAkkoord);
    auto third = opnames.bevestig(w->inwoner(w->inwoner1), concepts[2].publicId);
    QCOMPARE(third.error.code, services::ErrorCode::Conflict);
    QCOMPARE(opnames.bekijk(w->inwoner(w->inwoner1), concepts[2].publicId).value->status, VerzoekStatus::Concept);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000 - 2 * 6000));
}

void TestOpnames::failedPaymentComesBackIntoThePotje()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("45"));
    QCOMPARE(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).value->status, VerzoekStatus::Uitgevoerd);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(25500));
    auto r = opnames.betalingMislukt(Actor::systeem(), c.publicId, QStringLiteral("rekening geblokkeerd"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(*r.value);
    QCOMPARE(opnames.bekijk(w->inwoner(w->inwoner1), c.publicId).value->status, VerzoekStatus::NietGelukt);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000)); // whole again
    ledger::Ledger l(*w->db);
    QString problem;
    QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'verzoek.niet_gelukt'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'werkvoorraad.niet_gelukt'")), qint64(2));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'verzoek.niet_gelukt'")), qint64(1));
    // The medewerker sees it in the werkvoorraad without asking for it.
    const auto queue = services::Werkvoorraad(*w->ctx).lijst(w->staff(w->medewerkerA), {});
    QVERIFY(queue.ok());
    bool inQueue = false;
    for (const auto &regel : queue.value->regels)
        inQueue = inQueue || (regel.publicId == c.publicId && regel.status == VerzoekStatus::NietGelukt);
    QVERIFY(inQueue);
    // Told twice (a retry of the dispatcher): nothing is booked twice.
    const auto twice = opnames.betalingMislukt(Actor::systeem(), c.publicId, QStringLiteral("nog eens"));
    QVERIFY(twice.ok() && !*twice.value);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE code = 'opname_terug'")), qint64(1));
    // Only the system may say so.
    const auto d = nieuwConcept(w->kleding, QStringLiteral("10"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), d.publicId).ok());
    QVERIFY(!opnames.betalingMislukt(w->inwoner(w->inwoner1), d.publicId, QString()).ok());
    QVERIFY(!opnames.betalingMislukt(w->staff(w->medewerkerA), d.publicId, QString()).ok());
    QCOMPARE(opnames.bekijk(w->inwoner(w->inwoner1), d.publicId).value->status, VerzoekStatus::Uitgevoerd);
}

void TestOpnames::failedPaymentNeedsAnExecutedRequest()
{
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80")); // waits for a medewerker
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    auto r = opnames.betalingMislukt(Actor::systeem(), c.publicId, QString());
    QCOMPARE(r.error.code, services::ErrorCode::Conflict);
    QCOMPARE(w->balanceOf(w->kleding).postedCredit().cents(), qint64(30000));
    QCOMPARE(opnames.betalingMislukt(Actor::systeem(), QStringLiteral("bestaat-niet"), QString()).error.code,
             services::ErrorCode::NotFound);
}

void TestOpnames::withoutCaseloadTheTeamleiderIsTold()
{
    storage::Sql weg(*w->db, QStringLiteral("DELETE FROM caseload WHERE inwoner_id = :i"));
    weg.bind(QStringLiteral(":i"), w->inwoner1);
    QVERIFY(weg.exec());
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'werkvoorraad.nieuw' AND user_id = %1")
                          .arg(w->teamleider)),
             qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE soort = 'werkvoorraad.nieuw'")), qint64(1));
}

void TestOpnames::unansweredConceptsLapse()
{
    services::Opnames opnames(*w->ctx);
    const auto old = nieuwConcept(w->kleding, QStringLiteral("20"));
    w->advance(25 * 3600);
    const auto fresh = nieuwConcept(w->kleding, QStringLiteral("20"));
    QCOMPARE(opnames.vervalConcepten(w->inwoner(w->inwoner1)).error.code, services::ErrorCode::Forbidden);
    auto r = opnames.vervalConcepten(Actor::systeem());
    QCOMPARE(*r.value, 1);
    QCOMPARE(opnames.bekijk(w->inwoner(w->inwoner1), old.publicId).value->status, VerzoekStatus::Verlopen);
    QCOMPARE(opnames.bekijk(w->inwoner(w->inwoner1), fresh.publicId).value->status, VerzoekStatus::Concept);
    // Ja on a lapsed concept changes nothing.
    QCOMPARE(opnames.bevestig(w->inwoner(w->inwoner1), old.publicId).value->status, VerzoekStatus::Verlopen);
    QCOMPARE(w->balanceOf(w->kleding).availableCredit().cents(), qint64(30000));
}

void TestOpnames::promiseAndFlagComeFromOneSetting()
{
    w->ctx->settings.behandelWerkdagen = 3;
    QCOMPARE(services::behandelTermijnTekst(w->ctx->settings), QStringLiteral("binnen 3 werkdagen"));
    services::Opnames opnames(*w->ctx);
    const auto c = nieuwConcept(w->kleding, QStringLiteral("80"));
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.publicId).ok());
    w->advance(49 * 3600); // Thursday: within three working days
    QVERIFY(opnames.verwerkWachtende(Actor::systeem()).ok());
    QVERIFY(!opnames.bekijk(w->inwoner(w->inwoner1), c.publicId).value->gesignaleerd);
    w->advance(24 * 3600); // Friday after 10:00: three working days have passed
    QVERIFY(opnames.verwerkWachtende(Actor::systeem()).ok());
    QVERIFY(opnames.bekijk(w->inwoner(w->inwoner1), c.publicId).value->gesignaleerd);
    w->ctx->settings.behandelWerkdagen = 1;
    QCOMPARE(services::behandelTermijnTekst(w->ctx->settings), QStringLiteral("binnen 1 werkdag"));
}

QTEST_GUILESS_MAIN(TestOpnames)
#include "tst_opnames.moc"
