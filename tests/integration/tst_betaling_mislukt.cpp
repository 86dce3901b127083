// A payout that does not work, end to end through the real SOAP client against allegro-sim
// (a child process): Allegro refuses the order for good, or it stays undelivered past
// betaalopdrachtAnnulerenNaUren and is cancelled. The money comes back into the potje once,
// the request says "niet gelukt" to the inwoner and sits in the medewerker's werkvoorraad;
// an order Allegro did execute is never reversed, and nothing is ever paid twice.
#include "Harness.h"

#include "audit/AuditLog.h"
#include "ledger/Ledger.h"
#include "outbox/Outbox.h"
#include "services/Werkvoorraad.h"

using namespace regie;
using namespace harness;

namespace {

constexpr int kHouseholds = 2;

QString sqlQuote(const QString &s) { return QLatin1Char('\'') + QString(s).replace(u'\'', QStringLiteral("''")) + u'\''; }

} // namespace

class TestBetalingMislukt : public QObject {
    Q_OBJECT

private:
    Sims sims;
    World world;
    World::Connection worker;
    std::unique_ptr<integrations::SenderSet> senders;
    std::unique_ptr<integrations::OutboxDispatcher> dispatcher;
    int seq = 0;

    int ordersFor(const QString &publicId)
    {
        int n = 0;
        for (const QJsonValue &o : sims.orders())
            n += o.toObject().value(QStringLiteral("referentie")).toString() == QStringLiteral("REGIE-") + publicId;
        return n;
    }
    QString status(const QString &publicId)
    {
        return world.text(QStringLiteral("SELECT status FROM verzoeken WHERE public_id = ") + sqlQuote(publicId));
    }
    QString outboxStatus(const QString &publicId, QString *error = nullptr)
    {
        const QString where = QStringLiteral(" FROM outbox WHERE idempotency_key = ") + sqlQuote(QStringLiteral("betaal:") + publicId);
        if (error)
            *error = world.text(QStringLiteral("SELECT last_error") + where);
        return world.text(QStringLiteral("SELECT status") + where);
    }
    qint64 potje(qint64 reservering)
    {
        ledger::Ledger ledger(*world.db);
        return ledger.balance(*ledger.accountForReservering(reservering))->availableCredit().cents();
    }
    void checkLedger(qint64 inwoner)
    {
        QString problem;
        QVERIFY2(ledger::Ledger(*world.db).checkInvariants(inwoner, &problem), qPrintable(problem));
    }
    bool inWerkvoorraad(const QString &publicId)
    {
        const auto lijst = services::Werkvoorraad(*world.ctx).lijst(world.staff(world.medewerker), {});
        for (const auto &regel : lijst.value->regels) {
            if (regel.publicId == publicId && regel.status == VerzoekStatus::NietGelukt)
                return true;
        }
        return false;
    }
    qint64 meldingen(const QString &soort, const QString &publicId)
    {
        return world.count(QStringLiteral("SELECT COUNT(*) FROM meldingen m JOIN verzoeken v ON v.id = m.verzoek_id"
                                          " WHERE m.soort = %1 AND v.public_id = %2")
                               .arg(sqlQuote(soort), sqlQuote(publicId)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sims.start(kHouseholds));
        QVERIFY(world.build(kHouseholds));
        worker = world.connect();
        const auto config = sims.config(world.path(), 1000);
        senders = std::make_unique<integrations::SenderSet>(*worker.ctx, config);
        dispatcher = std::make_unique<integrations::OutboxDispatcher>(*worker.ctx, config.dispatcher);
        senders->attach(*dispatcher);
        allegro::AllegroClient client(config.allegro);
        integrations::AllegroSync sync(*worker.ctx, client, config.sync);
        QCOMPARE(sync.syncOnce().bijgewerkt, kHouseholds); // the ledger holds what Allegro holds
    }

    // Allegro refuses the order for good: not enough in the reservering any more.
    void refusedForGoodComesBack()
    {
        const qint64 inwoner = world.inwoners.at(0);
        const qint64 leefgeld = world.reserveringen[inwoner][1];
        const qint64 voor = potje(leefgeld);
        const QString id = world.verzoek(inwoner, 1, 4000, true, ++seq);
        QVERIFY(!id.isEmpty());
        QCOMPARE(status(id), QStringLiteral("uitgevoerd"));
        QCOMPARE(potje(leefgeld), voor - 4000);
        // Meanwhile Allegro paid the reservering out by other means (allegro-sim's admin).
        int httpStatus = 0;
        sims.allegro.admin("POST", QStringLiteral("/admin/mutaties"),
                           {{QStringLiteral("relatieCode"), 100'001}, {QStringLiteral("bedragCents"), qint64(17550)},
                            {QStringLiteral("bij"), false}, {QStringLiteral("nummerReservering"), 2},
                            {QStringLiteral("omschrijving"), QStringLiteral("Handmatig")}},
                           &httpStatus);
        QCOMPARE(httpStatus, 201);

        const auto round = dispatcher->drain();
        QVERIFY(round.gaveUp >= 1);
        QCOMPARE(ordersFor(id), 0);
        QCOMPARE(status(id), QStringLiteral("niet_gelukt"));
        QString error;
        QCOMPARE(outboxStatus(id, &error), QStringLiteral("mislukt"));
        QVERIFY2(error.contains(QLatin1String("Onvoldoende saldo")) && error.contains(QLatin1String("teruggeboekt")),
                 qPrintable(error));
        QCOMPARE(potje(leefgeld), voor); // whole again
        checkLedger(inwoner);
        QCOMPARE(meldingen(QStringLiteral("verzoek.niet_gelukt"), id), qint64(1));
        QVERIFY(world.text(QStringLiteral("SELECT titel FROM meldingen WHERE soort = 'verzoek.niet_gelukt'"))
                    .contains(QLatin1String("niet naar je rekening")));
        QVERIFY(inWerkvoorraad(id));

        // The beheerder's "opnieuw versturen" cannot pay it after all: the request is no
        // longer uitgevoerd, so the sender refuses before calling Allegro.
        const qint64 outboxId = world.count(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ")
                                            + sqlQuote(QStringLiteral("betaal:") + id));
        QVERIFY(outbox::retryNow(*world.db, outboxId, world.now()));
        sims.allegro.admin("POST", QStringLiteral("/admin/mutaties"),
                           {{QStringLiteral("relatieCode"), 100'001}, {QStringLiteral("bedragCents"), qint64(50000)},
                            {QStringLiteral("bij"), true}, {QStringLiteral("nummerReservering"), 2}});
        dispatcher->drain();
        QCOMPARE(ordersFor(id), 0);
        QCOMPARE(outboxStatus(id, &error), QStringLiteral("mislukt"));
        QVERIFY2(error.contains(QLatin1String("niet meer uitgevoerd")), qPrintable(error));
        QCOMPARE(potje(leefgeld), voor);
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE code = 'opname_terug'")), qint64(1));
    }

    // Allegro unreachable for longer than betaalopdrachtAnnulerenNaUren: cancelled, reversed,
    // and a late copy of the order can no longer pay.
    void undeliveredIsCancelledThenReversed()
    {
        const qint64 inwoner = world.inwoners.at(1);
        const qint64 leefgeld = world.reserveringen[inwoner][1];
        const qint64 voor = potje(leefgeld);
        sims.allegroFaults({{QStringLiteral("down"), true}});
        const QString id = world.verzoek(inwoner, 1, 2500, true, ++seq);
        QVERIFY(!id.isEmpty());
        for (int hour = 0; hour < 30; ++hour) { // a day of failed attempts, never given up
            dispatcher->drain();
            world.warpSeconds += 3600;
        }
        QCOMPARE(outboxStatus(id), QStringLiteral("nieuw"));
        QCOMPARE(status(id), QStringLiteral("uitgevoerd"));
        QCOMPARE(potje(leefgeld), voor - 2500); // no word from Allegro: nothing given back yet
        sims.allegroFaults({{QStringLiteral("down"), false}});
        dispatcher->drain();
        QCOMPARE(status(id), QStringLiteral("niet_gelukt"));
        QCOMPARE(ordersFor(id), 0);
        QCOMPARE(potje(leefgeld), voor);
        checkLedger(inwoner);
        QVERIFY(inWerkvoorraad(id));

        // The order itself arrives after all (it was in transit): Allegro refuses it.
        allegro::AllegroClient client(sims.config(world.path()).allegro);
        allegro::EenmaligeOpdrachtRequest late;
        late.aRelatieCode = 100'002;
        late.aNummerReservering = 2;
        late.aBedrag = Money::fromCents(2500);
        late.aIBAN = demoIban(20'001);
        late.aOmschrijving = QStringLiteral("te laat");
        late.aReferentie = QStringLiteral("REGIE-") + id;
        const auto refused = client.callBlocking(allegro::assumed::kMaakEenmaligeOpdracht, late);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.faultString.contains(QLatin1String("geannuleerd")));
        QCOMPARE(integrations::classifyAllegro(refused.error).kind, integrations::SendOutcome::Kind::Permanent);
        QCOMPARE(ordersFor(id), 0);
    }

    // Allegro took the order but the answer never came back; when the cancel finds it paid,
    // it is recorded as delivered and nothing is reversed.
    void executedIsNeverReversed()
    {
        const qint64 inwoner = world.inwoners.at(1);
        const qint64 leefgeld = world.reserveringen[inwoner][1];
        const qint64 voor = potje(leefgeld);
        sims.allegroFaults({{QStringLiteral("slowMs"), 3000}}); // the client gives up after 1 s
        const QString id = world.verzoek(inwoner, 1, 1500, true, ++seq);
        QVERIFY(!id.isEmpty());
        dispatcher->drain();
        QCOMPARE(ordersFor(id), 1); // stored by Allegro, unknown to Regie
        QCOMPARE(outboxStatus(id), QStringLiteral("nieuw"));
        sims.allegroFaults({{QStringLiteral("slowMs"), 0}});
        world.warpSeconds += 25 * 3600;
        dispatcher->drain();
        QCOMPARE(outboxStatus(id), QStringLiteral("verzonden"));
        QCOMPARE(status(id), QStringLiteral("uitgevoerd"));
        QCOMPARE(ordersFor(id), 1);
        QCOMPARE(potje(leefgeld), voor - 1500);
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'betaalopdracht.aangemaakt'"
                                            " AND object_id = %1").arg(sqlQuote(id))),
                 qint64(1));
        checkLedger(inwoner);
        QVERIFY(audit::AuditLog::verify(*world.db).intact);
    }

    void cleanupTestCase()
    {
        dispatcher.reset();
        senders.reset();
    }
};

QTEST_GUILESS_MAIN(TestBetalingMislukt)
#include "tst_betaling_mislukt.moc"
