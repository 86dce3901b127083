// The demo loader against a real SQLite database through the real services: everything
// arrives, the ledger agrees with the generator to the cent, and a second run adds nothing.
// REGIE_DEMO_BENCH=1 loads a larger set and prints households per second.

#include "crypto/FieldCipher.h"
#include "crypto/Keyring.h"
#include "demo/Generator.h"
#include "demo/Loader.h"
#include "ledger/Ledger.h"
#include "services/Afspraken.h"
#include "services/Huishoudens.h"
#include "storage/Database.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace regie;
using namespace regie::demo;

namespace {

crypto::Keyring testKeyring()
{
    crypto::Keyring keyring;
    keyring.add(1, QByteArray(32, '\x5a'));
    return keyring;
}

struct Omgeving {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    crypto::Keyring keyring = testKeyring();
    crypto::FieldCipher cipher{keyring};
    std::unique_ptr<services::ServiceContext> ctx;

    bool open()
    {
        if (!dir.isValid())
            return false;
        storage::DatabaseConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        db = storage::Database::open(config, &error);
        if (!db || !db->migrate(&error)) {
            qWarning("database: %s", qPrintable(error));
            return false;
        }
        ctx = std::make_unique<services::ServiceContext>(services::ServiceContext{*db, cipher});
        return true;
    }

    qint64 getal(const QString &sql, qint64 bind = 0)
    {
        storage::Sql q(*db, sql);
        if (sql.contains(QLatin1String(":i")))
            q.bind(QStringLiteral(":i"), bind);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    // Row counts of every table the loader writes, to prove a rerun writes nothing.
    QList<qint64> tellingen()
    {
        QList<qint64> n;
        for (const char *tabel : {"teams", "vormen", "users", "redenen", "inwoners", "eigen_rekeningen",
                                  "reserveringen", "budgetplannen", "budgetplan_regels", "leningen", "afspraken",
                                  "caseload", "transacties", "ledger_transfers", "audit_events"})
            n.append(getal(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(tabel)));
        return n;
    }
};

GeneratorParams params(int inwoners, int maanden)
{
    GeneratorParams p;
    p.inwoners = inwoners;
    p.maanden = maanden;
    p.tot = QDate(2026, 11, 27);
    return p;
}

services::Result<LoadSummary> laad(Omgeving &o, const Dataset &d)
{
    Loader loader;
    return loader.laad(*o.ctx, d);
}

qint64 inwonerId(Omgeving &o, const Huishouden &h)
{
    storage::Sql q(*o.db, QStringLiteral("SELECT id FROM inwoners WHERE allegro_relatiecode = :r"));
    q.bind(QStringLiteral(":r"), h.relatiecode);
    return q.exec() && q.next() ? q.int64(0) : 0;
}

QList<qint64> reserveringIds(Omgeving &o, qint64 inwoner)
{
    storage::Sql q(*o.db, QStringLiteral("SELECT id FROM reserveringen WHERE inwoner_id = :i ORDER BY volgorde"));
    q.bind(QStringLiteral(":i"), inwoner);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.int64(0));
    }
    return ids;
}

} // namespace

class TestDemoLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void laadtAlles();
    void tweedeKeerNiets();
    void maaktHalveLadingAf();
    void snelheid();
};

void TestDemoLoader::laadtAlles()
{
    Omgeving o;
    QVERIFY(o.open());
    const Dataset d = genereer(params(5, 12));
    const auto r = laad(o, d);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const LoadSummary &s = *r.value;
    QCOMPARE(s.inwonersNieuw, 5);
    QCOMPARE(s.teams, d.teams.size());
    QCOMPARE(s.gebruikers, d.gebruikers.size());
    QCOMPARE(s.redenen, d.redenen.size());
    QCOMPARE(s.caseloads, 5);
    QCOMPARE(o.getal(QStringLiteral("SELECT COUNT(*) FROM users")), d.gebruikers.size() + 5);
    QCOMPARE(o.getal(QStringLiteral("SELECT COUNT(*) FROM caseload")), 5);
    QCOMPARE(o.getal(QStringLiteral("PRAGMA synchronous")), 2); // FULL again after the fast load

    ledger::Ledger ledger(*o.db);
    services::Afspraken afspraken(*o.ctx);
    for (const Huishouden &h : d.huishoudens) {
        const qint64 id = inwonerId(o, h);
        QVERIFY(id > 0);
        QString probleem;
        QVERIFY2(ledger.checkInvariants(id, &probleem), qPrintable(probleem));
        const auto algemeen = ledger.balance(*ledger.accountFor(id, ledger::AccountSoort::Algemeen));
        QCOMPARE(algemeen->postedCredit(), h.eindsaldoAlgemeen);
        const QList<qint64> ids = reserveringIds(o, id);
        QCOMPARE(ids.size(), h.reserveringen.size());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ledger.balance(*ledger.accountForReservering(ids[i]))->postedCredit(), h.eindsaldoReserveringen[i]);
        qint64 bank = 0;
        for (const Boeking &b : h.boekingen)
            bank += b.soort == Boeking::Soort::Bank ? 1 : 0;
        QCOMPARE(o.getal(QStringLiteral("SELECT COUNT(*) FROM transacties WHERE inwoner_id = :i"), id), bank);
        QCOMPARE(o.getal(QStringLiteral("SELECT COUNT(*) FROM budgetplannen WHERE inwoner_id = :i"), id), 1);
        QCOMPARE(o.getal(QStringLiteral("SELECT COUNT(*) FROM leningen WHERE inwoner_id = :i"), id), h.lening ? 1 : 0);
    }
    // The scenario reserveringen carry the afspraak the demo needs, under database ids.
    const Scenario *vrij = d.scenario(rules::Uitkomst::Vrij);
    const Scenario *verboden = d.scenario(rules::Uitkomst::NietToegestaan);
    QVERIFY(vrij && verboden);
    const auto a = afspraken.geldend(Actor::systeem(), reserveringIds(o, inwonerId(o, d.huishoudens[vrij->huishouden]))
                                                           .at(vrij->reservering));
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QCOMPARE(rules::toString(a.value->modus), rules::toString(rules::Modus::Vrij));
    QCOMPARE(rules::toString(a.value->scope), rules::toString(rules::Scope::Inwoner));
    const auto b = afspraken.geldend(Actor::systeem(),
                                     reserveringIds(o, inwonerId(o, d.huishoudens[verboden->huishouden])).at(verboden->reservering));
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(rules::toString(b.value->modus), rules::toString(rules::Modus::NietToegestaan));
}

void TestDemoLoader::tweedeKeerNiets()
{
    Omgeving o;
    QVERIFY(o.open());
    const Dataset d = genereer(params(5, 6));
    QVERIFY(laad(o, d).ok());
    const QList<qint64> eerst = o.tellingen();
    const auto r = laad(o, d);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->inwonersAlGeladen, 5);
    QCOMPARE(r.value->inwonersNieuw, 0);
    QCOMPARE(r.value->teams + r.value->vormen + r.value->gebruikers + r.value->redenen + r.value->afspraken
                 + r.value->caseloads,
             0);
    QCOMPARE(r.value->transactiesGeboekt + r.value->stortingen, qint64{0});
    QCOMPARE(o.tellingen(), eerst);
}

// A load cut short (here: the first household only half set up, and two households not at
// all) is completed without duplicates.
void TestDemoLoader::maaktHalveLadingAf()
{
    Omgeving o;
    QVERIFY(o.open());
    const Dataset d = genereer(params(5, 6));
    QVERIFY(laad(o, genereer(params(2, 6))).ok()); // households are the same whatever the count
    services::Huishoudens huis(*o.ctx);
    const Huishouden &half = d.huishoudens[2];
    services::NieuweInwoner invoer = half.inwoner;
    invoer.teamId = o.getal(QStringLiteral("SELECT MIN(id) FROM teams")) + half.team;
    const auto id = huis.maakInwoner(Actor::systeem(), invoer);
    QVERIFY2(id.ok(), qPrintable(id.error.message));
    QVERIFY(huis.voegReserveringToe(Actor::systeem(), *id.value, half.reserveringen.first()).ok());

    const auto r = laad(o, d);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value->inwonersAlGeladen, 2);
    QCOMPARE(r.value->inwonersNieuw, 3);
    QCOMPARE(reserveringIds(o, *id.value).size(), half.reserveringen.size());
    QCOMPARE(o.getal(QStringLiteral("SELECT COUNT(*) FROM inwoners")), 5);
    ledger::Ledger ledger(*o.db);
    QCOMPARE(ledger.balance(*ledger.accountFor(*id.value, ledger::AccountSoort::Algemeen))->postedCredit(),
             half.eindsaldoAlgemeen);
}

void TestDemoLoader::snelheid()
{
    const bool groot = qEnvironmentVariableIntValue("REGIE_DEMO_BENCH") == 1;
    const int inwoners = groot ? 200 : 10;
    Omgeving o;
    QVERIFY(o.open());
    const Dataset d = genereer(params(inwoners, 24));
    const auto r = laad(o, d);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const LoadSummary &s = *r.value;
    QCOMPARE(s.inwonersNieuw, inwoners);
    const double seconden = static_cast<double>(std::max<qint64>(1, s.duurMs)) / 1000.0;
    qInfo("loaded %d households x 24 months (%lld bank lines, %lld allocations) in %.1f s: %.2f households/s",
          inwoners, static_cast<long long>(s.transactiesGeboekt), static_cast<long long>(s.stortingen), seconden,
          inwoners / seconden);
    QElapsedTimer klok;
    klok.start();
    const auto tweede = laad(o, d);
    QVERIFY(tweede.ok());
    QCOMPARE(tweede.value->inwonersAlGeladen, inwoners);
    qInfo("second run (nothing to do): %lld ms", static_cast<long long>(klok.elapsed()));
}

QTEST_GUILESS_MAIN(TestDemoLoader)
#include "tst_demo_loader.moc"
