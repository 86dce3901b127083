// End to end: Regie's outbox, Allegro sync and bank files against allegro-sim and zgw-sim
// running as child processes. Time only moves forward through World::warpSeconds, so
// backoff delays do not make the test slow.
#include "Harness.h"

#include "integrations/runtime/Bankbestanden.h"
#include "integrations/runtime/Koppelingen.h"
#include "ledger/Ledger.h"
#include "outbox/Outbox.h"
#include "services/Koppelingen.h"

#include <QtCore/QFile>
#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>

using namespace regie;
using namespace harness;

namespace {

constexpr int kHouseholds = 4;

QString sqlQuote(const QString &s) { return QLatin1Char('\'') + QString(s).replace(u'\'', QStringLiteral("''")) + u'\''; }

} // namespace

class TestKoppelingen : public QObject {
    Q_OBJECT

private:
    Sims sims;
    World world;
    World::Connection worker;           // the dispatcher's and the sync's own connection
    std::unique_ptr<integrations::SenderSet> senders;
    std::unique_ptr<integrations::OutboxDispatcher> dispatcher;
    std::unique_ptr<allegro::AllegroClient> syncClient;
    std::unique_ptr<integrations::AllegroSync> sync;
    int seq = 0;

    QJsonArray ordersFor(const QString &publicId)
    {
        QJsonArray out;
        for (const QJsonValue &o : sims.orders()) {
            if (o.toObject().value(QStringLiteral("referentie")).toString() == QStringLiteral("REGIE-") + publicId)
                out.append(o);
        }
        return out;
    }
    QJsonObject zaakFor(const QString &publicId)
    {
        const qint64 id = world.count(QStringLiteral("SELECT id FROM verzoeken WHERE public_id = ") + sqlQuote(publicId));
        const QString identificatie = zgw::ZaakFlow::identificatieFor(id);
        for (const QJsonValue &z : sims.zaken()) {
            if (z.toObject().value(QStringLiteral("zaak")).toObject().value(QStringLiteral("identificatie")).toString() == identificatie)
                return z.toObject();
        }
        return {};
    }
    qint64 open() { return world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'nieuw'")); }
    // Drains with time jumps past every backoff, bounded.
    void drainAll(int rounds = 40)
    {
        for (int i = 0; i < rounds && open() > 0; ++i) {
            dispatcher->drain();
            if (open() > 0)
                world.warpSeconds += 3700;
        }
    }
    QString approve(qint64 cents, int household = 0)
    {
        return world.verzoek(world.inwoners.at(household), 1, cents, true, ++seq);
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
        syncClient = std::make_unique<allegro::AllegroClient>(config.allegro);
        sync = std::make_unique<integrations::AllegroSync>(*worker.ctx, *syncClient, config.sync);
        // The first sync fills the ledger from Allegro: statements and reservering balances.
        const auto first = sync->syncOnce();
        QCOMPARE(first.bijgewerkt, kHouseholds);
        QCOMPARE(first.geboekt, 3 * kHouseholds); // three demo mutaties per household
        QVERIFY(first.correcties >= 4 * kHouseholds - 1);
        QCOMPARE(first.leningen, 2); // households 0 and 3 have a Kredietbank loan
        // Leefgeld of household 0 in allegro-sim: 5000 + 12550 = 175.50
        QCOMPARE(world.count(QStringLiteral("SELECT credits_posted_cents - debits_posted_cents FROM ledger_accounts"
                                            " WHERE reservering_id = %1").arg(world.reserveringen[world.inwoners[0]][1])),
                 qint64(17550));
        const auto again = sync->syncOnce();
        QCOMPARE(again.geboekt, 0);
        QCOMPARE(again.correcties, 0);
    }

    // (a) approved: one payment order, a closed zaak with resultaat Toegekend.
    void approvedEndsAsOneOrderAndClosedZaak()
    {
        const QString id = approve(1234);
        QVERIFY(!id.isEmpty());
        drainAll();
        QCOMPARE(open(), qint64(0));
        const QJsonArray orders = ordersFor(id);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().toObject().value(QStringLiteral("bedragCents")).toInteger(), qint64(1234));
        QCOMPARE(orders.first().toObject().value(QStringLiteral("iban")).toString(), demoIban(20'000));
        const QJsonObject zaak = zaakFor(id);
        QVERIFY(!zaak.isEmpty());
        QCOMPARE(zaak.value(QStringLiteral("resultaten")).toArray().size(), 1);
        QVERIFY(!zaak.value(QStringLiteral("zaak")).toObject().value(QStringLiteral("einddatum")).toString().isEmpty());
        QVERIFY(!world.text(QStringLiteral("SELECT zaak_url FROM verzoeken WHERE public_id = ") + sqlQuote(id)).isEmpty());
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM extern_referenties e JOIN verzoeken v ON v.id = e.verzoek_id"
                                            " WHERE v.public_id = %1").arg(sqlQuote(id))),
                 qint64(4)); // order, bericht, zaak, resultaat

        // A crash after the remote call but before the commit: the message is sent again.
        QVERIFY(world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'nieuw'")) == 0);
        storage::Sql reset(*world.db, QStringLiteral("UPDATE outbox SET status = 'nieuw', done_at = NULL"
                                                     " WHERE payload_json LIKE :p"));
        reset.bind(QStringLiteral(":p"), QString(QStringLiteral("%") + id + QStringLiteral("%")));
        QVERIFY(reset.exec());
        drainAll();
        QCOMPARE(ordersFor(id).size(), 1);
        QCOMPARE(zaakFor(id).value(QStringLiteral("resultaten")).toArray().size(), 1);
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'betaalopdracht.aangemaakt'"
                                            " AND object_id = %1").arg(sqlQuote(id))),
                 qint64(1));
    }

    // (a) refused: a zaak with resultaat Afgewezen and no order.
    void refusedEndsAsZaakWithoutOrder()
    {
        const QString id = world.verzoek(world.inwoners.at(1), 1, 2500, false, ++seq);
        QVERIFY(!id.isEmpty());
        drainAll();
        QCOMPARE(ordersFor(id).size(), 0);
        const QJsonObject zaak = zaakFor(id);
        const QJsonArray resultaten = zaak.value(QStringLiteral("resultaten")).toArray();
        QCOMPARE(resultaten.size(), 1);
        const QString type = resultaten.first().toObject().value(QStringLiteral("resultaattype")).toString();
        bool afgewezen = false;
        // The resultaattype is the catalogue's "Afgewezen".
        zgw::ZgwClient client(sims.config(world.path()).zgw);
        const auto types = client.listResultaatTypen(QUrl(sims.zgw.origin() + kZaaktypePath));
        QVERIFY(types.isOk());
        for (const auto &t : *types.value)
            afgewezen = afgewezen || (t.url.toString().endsWith(QUrl(type).path()) && t.omschrijving == QLatin1String("Afgewezen"));
        QVERIFY(afgewezen);
    }

    // (b) Allegro down for a while, then back: nothing lost, nothing twice.
    void allegroDownThenBack()
    {
        sims.allegroFaults({{QStringLiteral("down"), true}});
        const QString id = approve(500, 2);
        dispatcher->drain();
        QCOMPARE(ordersFor(id).size(), 0);
        const QString error = world.text(QStringLiteral("SELECT last_error FROM outbox WHERE idempotency_key = ")
                                         + sqlQuote(QStringLiteral("betaal:") + id));
        QVERIFY2(error.contains(QLatin1String("Network")), qPrintable(error));
        QCOMPARE(world.text(QStringLiteral("SELECT status FROM verzoeken WHERE public_id = ") + sqlQuote(id)),
                 QStringLiteral("uitgevoerd"));
        world.warpSeconds += 10;
        dispatcher->drain(); // still down: another attempt, another backoff
        sims.allegroFaults({{QStringLiteral("down"), false}});
        drainAll();
        QCOMPARE(ordersFor(id).size(), 1);
        QCOMPARE(open(), qint64(0));
    }

    // (b) flapping: 30% of the calls fail in different ways.
    void flapping()
    {
        sims.allegroFaults({{QStringLiteral("failRate"), 0.15}, {QStringLiteral("soapFaultRate"), 0.1},
                            {QStringLiteral("dropRate"), 0.05}});
        sims.zgwFaults({{QStringLiteral("failRate"), 0.1}}); // a zaak step is ~7 calls
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids.append(approve(100 + i, i % kHouseholds));
        drainAll(80);
        sims.allegroFaults({{QStringLiteral("failRate"), 0}, {QStringLiteral("soapFaultRate"), 0}, {QStringLiteral("dropRate"), 0}});
        sims.zgwFaults({{QStringLiteral("failRate"), 0}});
        drainAll();
        QCOMPARE(open(), qint64(0));
        QCOMPARE(world.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'mislukt'")), qint64(0));
        for (const QString &id : ids) {
            QCOMPARE(ordersFor(id).size(), 1);
            QCOMPARE(zaakFor(id).value(QStringLiteral("resultaten")).toArray().size(), 1);
        }
    }

    // (b) slow: Allegro answers after 5 s, the client gives up after 1 s; the order was
    // stored, so the repeat must return it instead of paying twice.
    void slowAllegro()
    {
        sims.allegroFaults({{QStringLiteral("slowMs"), 5000}});
        const QString id = approve(777, 3);
        dispatcher->drain();
        QVERIFY(world.text(QStringLiteral("SELECT last_error FROM outbox WHERE idempotency_key = ")
                           + sqlQuote(QStringLiteral("betaal:") + id)).contains(QLatin1String("Timeout")));
        sims.allegroFaults({{QStringLiteral("slowMs"), 0}});
        QCOMPARE(ordersFor(id).size(), 1); // arrived although the client saw a timeout
        drainAll();
        QCOMPARE(ordersFor(id).size(), 1);
        QCOMPARE(open(), qint64(0));
    }

    // (b) the zaaksysteem refuses (403): mislukt at once with a reason; after the fix the
    // beheerder's "opnieuw" sends it.
    void zaaksysteemRejects()
    {
        sims.zgwFaults({{QStringLiteral("rejectAll"), true}});
        const QString id = approve(300, 0);
        dispatcher->drain();
        const QString key = QStringLiteral("zaak:") + id;
        QCOMPARE(world.text(QStringLiteral("SELECT status FROM outbox WHERE idempotency_key = ") + sqlQuote(key)),
                 QStringLiteral("mislukt"));
        const QString reason = world.text(QStringLiteral("SELECT last_error FROM outbox WHERE idempotency_key = ") + sqlQuote(key));
        QVERIFY2(reason.contains(QLatin1String("403")), qPrintable(reason));
        QVERIFY(!reason.contains(demoBsn(0)));
        QCOMPARE(ordersFor(id).size(), 1); // Allegro was not affected
        sims.zgwFaults({{QStringLiteral("rejectAll"), false}});
        services::Koppelingen beheer(*world.ctx);
        const qint64 outboxId = world.count(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ") + sqlQuote(key));
        QVERIFY(!beheer.opnieuwVersturen(world.inwoner(world.inwoners[0]), outboxId).ok());
        QVERIFY(beheer.opnieuwVersturen(world.staff(world.beheerder, Role::Beheerder), outboxId).ok());
        // The afronden message may have failed the same way.
        for (const auto &m : outbox::list(*world.db, QStringLiteral("mislukt"), 100))
            QVERIFY(beheer.opnieuwVersturen(world.staff(world.beheerder, Role::Beheerder), m.id).ok());
        drainAll();
        QCOMPARE(world.text(QStringLiteral("SELECT status FROM outbox WHERE idempotency_key = ") + sqlQuote(key)),
                 QStringLiteral("verzonden"));
        QCOMPARE(zaakFor(id).value(QStringLiteral("resultaten")).toArray().size(), 1);
    }

    // (d) a mutatie added in Allegro appears within interval + 1 s, with saldo.gewijzigd.
    void syncPicksUpNewMutatie()
    {
        const qint64 inwonerId = world.inwoners.at(2);
        world.events.clear();
        sync->start();
        const QJsonObject added = sims.allegro.admin("POST", QStringLiteral("/admin/mutaties"),
                                                     {{QStringLiteral("relatieCode"), 100'003},
                                                      {QStringLiteral("bedragCents"), 4321},
                                                      {QStringLiteral("bij"), true},
                                                      {QStringLiteral("omschrijving"), QStringLiteral("Toeslag")}})
                                      .object();
        const QString volgnummer = QString::number(added.value(QStringLiteral("volgnummerMutatie")).toInteger());
        QVERIFY(volgnummer != QLatin1String("0"));
        const auto seen = [&] {
            return world.count(QStringLiteral("SELECT COUNT(*) FROM transacties WHERE bron = 'allegro' AND inwoner_id = %1"
                                              " AND extern_id = %2").arg(inwonerId).arg(sqlQuote(volgnummer))) == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(), 500 + 1000);
        sync->stop();
        bool published = false;
        for (const auto &e : world.events)
            published = published || (e.kind == QLatin1String("saldo.gewijzigd") && e.inwonerId == inwonerId);
        QVERIFY(published);
    }

    // (d) the status tells the truth when Allegro is down, and recovers.
    void syncStatusWhenAllegroDown()
    {
        const auto before = sync->status();
        QVERIFY(before.allegroBereikbaar);
        QVERIFY(before.tekstVoorInwoner(world.now()).isEmpty());
        QSignalSpy spy(sync.get(), &integrations::AllegroSync::statusChanged);
        sims.allegroFaults({{QStringLiteral("down"), true}});
        const auto cycle = sync->syncOnce();
        QVERIFY(cycle.allegroOnbereikbaar);
        const auto down = sync->status();
        QVERIFY(!down.allegroBereikbaar);
        QCOMPARE(down.opeenvolgendeFouten, 1);
        QCOMPARE(down.laatsteSucces, before.laatsteSucces);
        QVERIFY(sync->nextDelayMs() > 500);
        const QDateTime stand = storage::fromDbTime(
            world.text(QStringLiteral("SELECT saldo_bijgewerkt_at FROM inwoners WHERE id = %1").arg(world.inwoners[0])));
        const QString tekst = down.tekstVoorInwoner(stand);
        QVERIFY2(tekst.startsWith(QLatin1String("We konden je gegevens niet ophalen. De cijfers zijn van ")), qPrintable(tekst));
        QCOMPARE(spy.count(), 1);
        // Another process (the server) reads the same status from the database.
        const auto stored = services::Koppelingen(*world.ctx).syncStatus(world.inwoner(world.inwoners[0]));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value->value(QStringLiteral("allegroBereikbaar")).toBool(), false);
        sims.allegroFaults({{QStringLiteral("down"), false}});
        QVERIFY(!sync->syncOnce().allegroOnbereikbaar);
        QCOMPARE(sync->status().opeenvolgendeFouten, 0);
        QVERIFY(sync->status().tekstVoorInwoner(stand).isEmpty());
    }

    // After all the traffic above, Regie's reserveringen equal Allegro's again.
    void reconciledWithAllegro()
    {
        drainAll();
        sync->syncOnce();
        const auto cycle = sync->syncOnce();
        QCOMPARE(cycle.correcties, 0);
        for (qint64 inwonerId : world.inwoners) {
            ledger::Ledger ledger(*world.db);
            QString problem;
            QVERIFY2(ledger.checkInvariants(inwonerId, &problem), qPrintable(problem));
        }
    }

    // (e) CAMT import: duplicates across files recognised, a bad file refused whole.
    void camtImport()
    {
        services::Huishoudens huis(*world.ctx);
        services::Boekingen boek(*world.ctx);
        services::NieuweInwoner n;
        n.bsn = demoBsn(500);
        n.voornaam = QStringLiteral("Camt");
        n.achternaam = QStringLiteral("Test");
        n.vormCode = QStringLiteral("T");
        n.teamId = world.teamId;
        n.budgetbeheerStart = QDate(2025, 1, 1);
        n.beheerIban = QStringLiteral("NL44RABO0123456789"); // the account of the test statements
        n.eigenRekeningen = {{demoIban(30'000), QStringLiteral("Mijn rekening"), true}};
        const auto id = huis.maakInwoner(Actor::systeem(), n);
        QVERIFY(id.ok());
        services::BankTransactie start{QDate(2025, 3, 1), Money::fromCents(100'000), QStringLiteral("Beginsaldo"), QString(),
                                       QStringLiteral("test"), QStringLiteral("test"), QStringLiteral("begin"), std::nullopt};
        QVERIFY(boek.boekTransacties(Actor::systeem(), *id.value, {start}).ok());
        const QString data = QStringLiteral(REGIE_SOURCE_DIR "/tests/sepa/data/");
        integrations::Bankbestanden bank(*world.ctx);
        const Actor beheerder = world.staff(world.beheerder, Role::Beheerder);
        const QString countCamt = QStringLiteral("SELECT COUNT(*) FROM transacties WHERE bron = 'camt' AND inwoner_id = %1").arg(*id.value);

        QVERIFY(!bank.importeerCamtBestand(world.inwoner(*id.value), *id.value, data + QStringLiteral("rabo_0303_0304.xml")).ok());
        const auto first = bank.importeerCamtBestand(beheerder, *id.value, data + QStringLiteral("rabo_0303_0304.xml"));
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QVERIFY(first.value->geboekt > 0);
        const qint64 afterFirst = world.count(countCamt);
        const auto repeat = bank.importeerCamtBestand(beheerder, *id.value, data + QStringLiteral("rabo_0303_0304.xml"));
        QVERIFY(repeat.ok());
        QCOMPARE(repeat.value->geboekt, 0);
        QCOMPARE(repeat.value->alBekend, first.value->geboekt);
        const auto second = bank.importeerCamtBestand(beheerder, *id.value, data + QStringLiteral("rabo_0304_0305.xml"));
        QVERIFY(second.ok());
        QVERIFY2(second.value->alBekend >= 1, "the overlapping day must be recognised");
        QCOMPARE(world.count(countCamt), afterFirst + second.value->geboekt);

        // Another account's statement, and a statement whose balances do not add up.
        QVERIFY(!bank.importeerCamtBestand(beheerder, *id.value, data + QStringLiteral("ing_day.xml")).ok());
        QFile good(data + QStringLiteral("rabo_0303_0304.xml"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray bad = good.readAll();
        bad.replace("<Amt Ccy=\"EUR\">310.00</Amt>", "<Amt Ccy=\"EUR\">311.00</Amt>");
        const qint64 before = world.count(countCamt);
        const auto refused = bank.importeerCamt(beheerder, *id.value, bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.message.startsWith(QLatin1String("Het bestand is afgekeurd")));
        QCOMPARE(world.count(countCamt), before);
        QVERIFY(world.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'bankbestand.verwerkt'")) >= 4);
    }

    // (e) pain.001 per day of the executed withdrawals (the warps spread them over days),
    // each file valid against the XSD, together holding every executed withdrawal once.
    void pain001ExportValidates()
    {
        integrations::Bankbestanden bank(*world.ctx);
        QSet<QDate> days;
        storage::Sql q(*world.db, QStringLiteral("SELECT afgerond_at FROM verzoeken WHERE status = 'uitgevoerd'"));
        QVERIFY(q.exec());
        while (q.next())
            days.insert(storage::fromDbTime(q.text(0)).toTimeZone(QTimeZone("Europe/Amsterdam")).date());
        QVERIFY(!days.isEmpty());
        qint64 total = 0;
        QByteArray all;
        for (const QDate &day : days) {
            const auto exported = bank.exporteerPain001(world.staff(world.beheerder, Role::Beheerder), day,
                                                        sims.config(world.path()).gemeente);
            QVERIFY2(exported.ok(), qPrintable(exported.error.message));
            total += exported.value->betalingen;
            all += exported.value->xml;
            const QString file = world.dir.filePath(QStringLiteral("pain-%1.xml").arg(day.toString(Qt::ISODate)));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(exported.value->xml);
            out.close();
            QProcess lint;
            lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                                   QStringLiteral(REGIE_SHARED_DIR "/specs/sepa/pain.001.001.03.xsd"), file});
            QVERIFY(lint.waitForFinished(30000));
            QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
        }
        QCOMPARE(total, world.count(QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE status = 'uitgevoerd'")));
        storage::Sql ids(*world.db, QStringLiteral("SELECT public_id FROM verzoeken WHERE status = 'uitgevoerd'"));
        QVERIFY(ids.exec());
        while (ids.next()) {
            const QByteArray e2e = "<EndToEndId>" + integrations::sepaReferentie(QStringLiteral("REGIE-") + ids.text(0)).toUtf8()
                                   + "</EndToEndId>";
            QCOMPARE(all.count(e2e), qsizetype(1));
        }
        QVERIFY(!bank.exporteerPain001(world.inwoner(world.inwoners[0]), *days.begin(), sims.config(world.path()).gemeente).ok());
    }

    // The runtime API the server embeds: both threads start and stop cleanly.
    void runtimeStartsAndStops()
    {
        integrations::Koppelingen runtime;
        QSignalSpy status(&runtime, &integrations::Koppelingen::syncStatusChanged);
        QVERIFY(runtime.start(sims.config(world.path()), *world.cipher, world.path()));
        QVERIFY(runtime.isRunning());
        QVERIFY(status.wait(10000));
        QVERIFY(runtime.syncStatus().laatstePoging.isValid());
        runtime.stop();
        QVERIFY(!runtime.isRunning());
    }

    void cleanupTestCase()
    {
        sync.reset();
        syncClient.reset();
        dispatcher.reset();
        senders.reset();
    }
};

QTEST_GUILESS_MAIN(TestKoppelingen)
#include "tst_koppelingen.moc"
