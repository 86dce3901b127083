// An inwoner's own accounts as the medewerker keeps them (services::EigenRekeningen): only
// staff who may change the inwoner's afspraken add or end one; the IBAN is checked and stored
// encrypted with a look-up hash, never in full in a view or the audit trail; a withdrawal only
// goes to a verified account that has not ended; an account with a request waiting on it
// cannot be ended.

#include "Fixture.h"

#include "money/Iban.h"
#include "services/EigenRekeningen.h"
#include "services/Persoonsgegevens.h"

using namespace regie;

class TestEigenRekeningen : public QObject {
    Q_OBJECT

    fixture::World w;

    services::NieuweGeverifieerdeRekening rekening(const QString &iban) const
    {
        return {iban, QStringLiteral("Spaarrekening"), QStringLiteral("afschrift"), QStringLiteral("Afschrift op naam gezien")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        w.build();
        w.ctx->settings.maxOpenVerzoekenPerInwoner = 50;
    }

    void onlyOwnCaseloadAddsAccounts_data()
    {
        QTest::addColumn<qint64>("user");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("medewerker with the inwoner") << qint64(1) << int(Role::Medewerker) << true;
        QTest::newRow("medewerker of another team") << qint64(2) << int(Role::Medewerker) << false;
        QTest::newRow("beheerder") << qint64(3) << int(Role::Beheerder) << false;
        QTest::newRow("ketenpartner") << qint64(4) << int(Role::Ketenpartner) << false;
    }
    void onlyOwnCaseloadAddsAccounts()
    {
        QFETCH(qint64, user);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const qint64 ids[] = {0, w.medewerkerA, w.medewerkerAnders, 0, w.ketenpartner};
        const auto actor = w.staff(ids[user], static_cast<Role>(role));
        const QString iban = Iban::withCheckDigits(u"NL", QStringLiteral("INGB000000100%1").arg(user));
        const auto r = services::EigenRekeningen(*w.ctx).voegToe(actor, w.inwoner1, rekening(iban));
        QCOMPARE(r.ok(), allowed);
        if (!allowed)
            QCOMPARE(r.error.code, services::ErrorCode::NotFound); // nothing about the inwoner leaks
    }

    void ibanCheckedAndNeverShownInFull()
    {
        services::EigenRekeningen service(*w.ctx);
        const auto medewerker = w.staff(w.medewerkerA);
        const auto fout = service.voegToe(medewerker, w.inwoner1, rekening(QStringLiteral("NL91ABNA0417164301")));
        QCOMPARE(fout.error.code, services::ErrorCode::Invalid);
        QCOMPARE(fout.error.fields.first().field, QStringLiteral("iban"));
        auto zonderNotitie = rekening(QStringLiteral("NL39RABO0300065264"));
        zonderNotitie.notitie.clear();
        QCOMPARE(service.voegToe(medewerker, w.inwoner1, zonderNotitie).error.code, services::ErrorCode::Invalid);
        auto onbekend = rekening(QStringLiteral("NL39RABO0300065264"));
        onbekend.verificatie = QStringLiteral("telefoon");
        QCOMPARE(service.voegToe(medewerker, w.inwoner1, onbekend).error.code, services::ErrorCode::Invalid);

        const auto ok = service.voegToe(medewerker, w.inwoner1, rekening(QStringLiteral("nl39 rabo 0300 0652 64")));
        QVERIFY2(ok.ok(), qPrintable(ok.error.message));
        QCOMPARE(ok.value->ibanEind, QStringLiteral("5264"));
        QVERIFY(ok.value->bruikbaar);
        QCOMPARE(ok.value->geverifieerdDoor, QStringLiteral("anna"));
        QCOMPARE(ok.value->verificatie, QStringLiteral("afschrift"));
        // Encrypted at rest: the column holds no IBAN, and decrypts to the electronic form.
        storage::Sql q(*w.db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE id = :r"));
        q.bind(QStringLiteral(":r"), ok.value->id);
        QVERIFY(q.exec() && q.next());
        QVERIFY(!q.value(0).toByteArray().contains("RABO"));
        QCOMPARE(*services::Persoonsgegevens(w.cipher).tekst(services::VersleuteldVeld::EigenRekeningIban, q.value(0)),
                 QStringLiteral("NL39RABO0300065264"));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE details_json LIKE '%RABO%'")), qint64(0));
        QCOMPARE(w.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'eigen_rekening.toegevoegd'"
                                        " AND actor_user_id = %1").arg(w.medewerkerA)),
                 qint64(2)); // this one and the one of the _data row above
        // The same account twice is a conflict, not a second row.
        QCOMPARE(service.voegToe(medewerker, w.inwoner1, rekening(QStringLiteral("NL39RABO0300065264"))).error.code,
                 services::ErrorCode::Conflict);
    }

    void endedAccountIsNoLongerPaidTo()
    {
        services::EigenRekeningen service(*w.ctx);
        const auto medewerker = w.staff(w.medewerkerA);
        const auto lijst = service.lijst(medewerker, w.inwoner1);
        QVERIFY(lijst.ok());
        const auto nieuw = std::find_if(lijst.value->begin(), lijst.value->end(),
                                        [](const services::EigenRekeningView &r) { return r.ibanEind == QLatin1String("5264"); });
        QVERIFY(nieuw != lijst.value->end());

        // A request waiting on the account: it cannot be ended yet.
        services::Opnames opnames(*w.ctx);
        services::OpnameInvoer invoer;
        invoer.reserveringId = w.buffer;
        invoer.bedrag = Money::fromCents(2500);
        invoer.eigenRekeningId = nieuw->id;
        invoer.idempotencyKey = QStringLiteral("rekening-1");
        const auto ontwerp = opnames.maakConcept(w.inwoner(w.inwoner1), invoer);
        QVERIFY2(ontwerp.ok(), qPrintable(ontwerp.error.message));
        QCOMPARE(ontwerp.value->rekeningEind, QStringLiteral("5264"));
        QCOMPARE(service.beeindig(medewerker, w.inwoner1, nieuw->id, QStringLiteral("rekening opgeheven")).error.code,
                 services::ErrorCode::Conflict);
        REQUIRE_OK(opnames.annuleer(w.inwoner(w.inwoner1), ontwerp.value->publicId));

        QCOMPARE(service.beeindig(medewerker, w.inwoner1, nieuw->id, QString()).error.code, services::ErrorCode::Invalid);
        QCOMPARE(service.beeindig(w.staff(w.medewerkerAnders), w.inwoner1, nieuw->id, QStringLiteral("x")).error.code,
                 services::ErrorCode::NotFound);
        const auto beeindigd = service.beeindig(medewerker, w.inwoner1, nieuw->id, QStringLiteral("rekening opgeheven"));
        QVERIFY(beeindigd.ok());
        QVERIFY(!beeindigd.value->bruikbaar);
        QVERIFY(beeindigd.value->beeindigdOp.isValid());
        // The inwoner can no longer send money there, also not by naming it.
        invoer.idempotencyKey = QStringLiteral("rekening-2");
        const auto geweigerd = opnames.maakConcept(w.inwoner(w.inwoner1), invoer);
        QVERIFY(!geweigerd.ok());
        QCOMPARE(geweigerd.error.fields.first().field, QStringLiteral("rekening"));
        // Taken into use again after a new verification: the same row.
        const auto weer = service.voegToe(medewerker, w.inwoner1, rekening(QStringLiteral("NL39RABO0300065264")));
        QVERIFY(weer.ok());
        QCOMPARE(weer.value->id, nieuw->id);
        QVERIFY(weer.value->bruikbaar);
        QVERIFY(!weer.value->beeindigdOp.isValid());
    }
};

QTEST_GUILESS_MAIN(TestEigenRekeningen)
#include "tst_eigenrekeningen.moc"
