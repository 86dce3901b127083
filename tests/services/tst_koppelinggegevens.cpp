// What the koppelingen read (services::KoppelingGegevens), on both engines: the right
// account's IBAN and nobody else's, the request behind a zaak with the BSN, the mail address
// only while it may be used, the payouts of a day, and the systeem/beheerder boundary.
#include "Fixture.h"

#include "services/KoppelingGegevens.h"

#include <QtTest/QtTest>

using namespace regie;
using fixture::World;
using services::ErrorCode;
using services::KoppelingGegevens;

class TestKoppelingGegevens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void onlySysteemAndBeheer();
    void eigenRekeningOfThatInwonerOnly();
    void bsnAndRelatiecode();
    void zaakVerzoekCarriesTheBsn();
    void mailAdresOnlyWhileItMayBeUsed();
    void uitgevoerdeOpnamesOfTheDay();

private:
    qint64 rekening(qint64 inwonerId)
    {
        return w->count(QStringLiteral("SELECT id FROM eigen_rekeningen WHERE inwoner_id = %1").arg(inwonerId));
    }
    void exec(const QString &sql)
    {
        storage::Sql q(*w->db, sql);
        QVERIFY2(q.exec(), qPrintable(q.error()));
    }
    // A withdrawal of `euro` from Kleding that the afspraken let through at once.
    QString opname(const QString &euro, const QString &key)
    {
        services::Opnames opnames(*w->ctx);
        services::OpnameInvoer in;
        in.reserveringId = w->kleding;
        in.bedragTekst = euro;
        in.idempotencyKey = key;
        const auto voorstel = opnames.maakConcept(w->inwoner(w->inwoner1), in);
        if (!voorstel.ok())
            return {};
        const auto done = opnames.bevestig(w->inwoner(w->inwoner1), voorstel.value->publicId);
        return done.ok() && done.value->status == VerzoekStatus::Uitgevoerd ? voorstel.value->publicId : QString();
    }
    std::unique_ptr<World> w;
};

void TestKoppelingGegevens::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestKoppelingGegevens::onlySysteemAndBeheer()
{
    KoppelingGegevens k(*w->ctx);
    const Actor medewerker = w->staff(w->medewerkerA);
    const Actor beheerder = w->staff(w->medewerkerA, Role::Beheerder);
    QCOMPARE(k.bsn(medewerker, w->inwoner1).error.code, ErrorCode::Forbidden);
    QCOMPARE(k.bsn(beheerder, w->inwoner1).error.code, ErrorCode::Forbidden); // only the senders need it
    QCOMPARE(k.eigenRekeningIban(beheerder, w->inwoner1, rekening(w->inwoner1)).error.code, ErrorCode::Forbidden);
    QCOMPARE(k.mailAdres(w->inwoner(w->inwoner1), {false, w->inwoner1}).error.code, ErrorCode::Forbidden);
    QCOMPARE(k.beheerIban(medewerker, w->inwoner1).error.code, ErrorCode::Forbidden);
    // Bank files are the beheerder's work too.
    QCOMPARE(k.beheerIban(beheerder, w->inwoner1).value->electronic(), QStringLiteral("NL91ABNA0417164300"));
    QVERIFY(k.wachtendeBerichten(beheerder).ok());
    QVERIFY(k.uitgevoerdeOpnames(beheerder, w->now.addDays(-1), w->now, 10).ok());
}

void TestKoppelingGegevens::eigenRekeningOfThatInwonerOnly()
{
    KoppelingGegevens k(*w->ctx);
    const Actor sys = Actor::systeem();
    QCOMPARE(k.eigenRekeningIban(sys, w->inwoner1, rekening(w->inwoner1)).value->electronic(),
             QStringLiteral("NL20INGB0001234567"));
    // Another inwoner's account reads as no account: a payload naming it sends nothing.
    QCOMPARE(k.eigenRekeningIban(sys, w->inwoner1, rekening(w->inwoner2)).error.code, ErrorCode::NotFound);
    exec(QStringLiteral("UPDATE eigen_rekeningen SET iban_enc = iban_enc || iban_enc WHERE inwoner_id = %1").arg(w->inwoner1));
    QCOMPARE(k.eigenRekeningIban(sys, w->inwoner1, rekening(w->inwoner1)).error.code, ErrorCode::Invalid);
}

void TestKoppelingGegevens::bsnAndRelatiecode()
{
    KoppelingGegevens k(*w->ctx);
    const Actor sys = Actor::systeem();
    QCOMPARE(k.bsn(sys, w->inwoner2).value->digits(), QStringLiteral("123456782"));
    QCOMPARE(k.bsn(sys, 999999).error.code, ErrorCode::NotFound);
    exec(QStringLiteral("UPDATE inwoners SET bsn_enc = NULL, allegro_relatiecode = '4711' WHERE id = %1").arg(w->inwoner2));
    QCOMPARE(k.bsn(sys, w->inwoner2).error.code, ErrorCode::NotFound); // anonymised: nothing to look up
    QCOMPARE(*k.relatiecode(sys, w->inwoner2).value, QStringLiteral("4711"));
    QCOMPARE(k.relatiecode(sys, 999999).error.code, ErrorCode::NotFound);
}

void TestKoppelingGegevens::zaakVerzoekCarriesTheBsn()
{
    const QString id = opname(QStringLiteral("40"), QStringLiteral("z1"));
    QVERIFY(!id.isEmpty());
    KoppelingGegevens k(*w->ctx);
    const auto v = k.zaakVerzoek(Actor::systeem(), id);
    QVERIFY2(v.ok(), qPrintable(v.error.message));
    QCOMPARE(v.value->publicId, id);
    QCOMPARE(v.value->bsn.digits(), QStringLiteral("111222333"));
    QCOMPARE(v.value->bedrag, Money::fromCents(4000));
    QCOMPARE(v.value->reservering, QStringLiteral("Kleding"));
    QCOMPARE(v.value->ontvangen, w->now);
    QCOMPARE(v.value->afgerond, w->now);
    QVERIFY(v.value->zaakUrl.isEmpty());
    QCOMPARE(k.zaakVerzoek(Actor::systeem(), QStringLiteral("bestaat-niet")).error.code, ErrorCode::NotFound);
    QVERIFY(*k.isEigenBetaling(Actor::systeem(), id).value);
    QVERIFY(!*k.isEigenBetaling(Actor::systeem(), QStringLiteral("bestaat-niet")).value);
    exec(QStringLiteral("UPDATE inwoners SET bsn_enc = NULL WHERE id = %1").arg(w->inwoner1));
    QCOMPARE(k.zaakVerzoek(Actor::systeem(), id).error.code, ErrorCode::Invalid);
}

void TestKoppelingGegevens::mailAdresOnlyWhileItMayBeUsed()
{
    KoppelingGegevens k(*w->ctx);
    const Actor sys = Actor::systeem();
    exec(QStringLiteral("UPDATE inwoners SET email = ' inwoner@example.nl ', wil_mail = 1 WHERE id = %1").arg(w->inwoner1));
    exec(QStringLiteral("UPDATE users SET email = 'anna@example.nl' WHERE id = %1").arg(w->medewerkerA));
    QCOMPARE(*k.mailAdres(sys, {false, w->inwoner1}).value, QStringLiteral("inwoner@example.nl"));
    QCOMPARE(*k.mailAdres(sys, {true, w->medewerkerA}).value, QStringLiteral("anna@example.nl"));
    exec(QStringLiteral("UPDATE inwoners SET wil_mail = 0 WHERE id = %1").arg(w->inwoner1));
    exec(QStringLiteral("UPDATE users SET active = 0 WHERE id = %1").arg(w->medewerkerA));
    QCOMPARE(*k.mailAdres(sys, {false, w->inwoner1}).value, QString());
    QCOMPARE(*k.mailAdres(sys, {true, w->medewerkerA}).value, QString());
    QCOMPARE(*k.mailAdres(sys, {true, 999999}).value, QString());
    QCOMPARE(*k.mailAdres(sys, {false, 0}).value, QString());
}

void TestKoppelingGegevens::uitgevoerdeOpnamesOfTheDay()
{
    KoppelingGegevens k(*w->ctx);
    const Actor sys = Actor::systeem();
    const qint64 wachtend = *k.wachtendeBerichten(sys).value;
    const QString eerste = opname(QStringLiteral("40"), QStringLiteral("d1"));
    w->advance(60);
    const QString tweede = opname(QStringLiteral("10"), QStringLiteral("d2"));
    QVERIFY(!eerste.isEmpty() && !tweede.isEmpty());
    QVERIFY(*k.wachtendeBerichten(sys).value > wachtend); // each payout waits in the outbox
    const auto dag = k.uitgevoerdeOpnames(sys, w->now.addSecs(-3600), w->now.addSecs(3600), 10);
    QVERIFY2(dag.ok(), qPrintable(dag.error.message));
    QCOMPARE(dag.value->size(), 2);
    QCOMPARE(dag.value->at(0).publicId, eerste);
    QCOMPARE(dag.value->at(0).bedrag, Money::fromCents(4000));
    QCOMPARE(dag.value->at(0).iban.electronic(), QStringLiteral("NL20INGB0001234567"));
    QCOMPARE(dag.value->at(0).voornaam + u' ' + dag.value->at(0).achternaam, QStringLiteral("Test Een"));
    QCOMPARE(dag.value->at(0).reservering, QStringLiteral("Kleding"));
    QCOMPARE(dag.value->at(1).publicId, tweede);
    QCOMPARE(k.uitgevoerdeOpnames(sys, w->now.addSecs(-3600), w->now.addSecs(3600), 1).value->size(), 1);
    QVERIFY(k.uitgevoerdeOpnames(sys, w->now.addSecs(1), w->now.addSecs(3600), 10).value->isEmpty());
}

QTEST_GUILESS_MAIN(TestKoppelingGegevens)
#include "tst_koppelinggegevens.moc"
