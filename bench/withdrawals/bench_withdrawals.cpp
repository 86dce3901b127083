// Durable withdrawals per second (concept + Ja, each its own fsync'ed transaction with the
// rule evaluation, ledger transfer, audit event, melding and outbox row) beside the raw
// SQLite rate of single-row commits on the same disk with the same settings, measured in
// the same run. The ratio says what the safety costs: a withdrawal is two commits, so a
// ratio near 0.5 means the overhead beyond durability itself is small.
//
//   bench_withdrawals [count=300]

#include "crypto/FieldCipher.h"
#include "crypto/Keyring.h"
#include "ledger/Ledger.h"
#include "services/Afspraken.h"
#include "services/Boekingen.h"
#include "services/Huishoudens.h"
#include "services/Opnames.h"
#include "services/Organisatie.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <cstdio>

using namespace regie;

namespace {

std::unique_ptr<storage::Database> openDb(const QString &path)
{
    storage::DatabaseConfig config;
    config.sqlitePath = path;
    QString error;
    auto db = storage::Database::open(config, &error);
    if (!db || !db->migrate(&error))
        qFatal("bench: %s", qPrintable(error));
    return db;
}

double rawCommitsPerSecond(const QString &path, int count)
{
    auto db = openDb(path);
    storage::Sql create(*db, QStringLiteral("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, v INTEGER)"));
    create.exec();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        storage::WriteTransaction tx(*db);
        storage::Sql insert(*db, QStringLiteral("INSERT INTO bench_raw (v) VALUES (:v)"));
        insert.bind(QStringLiteral(":v"), i);
        if (!insert.exec() || !tx.commit())
            qFatal("bench: raw insert failed");
    }
    return count * 1000.0 / double(qMax<qint64>(1, timer.elapsed()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? qMax(10, QString::fromLocal8Bit(argv[1]).toInt()) : 300;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    crypto::Keyring keyring;
    keyring.add(1, QByteArray(32, '\x07'));
    crypto::FieldCipher cipher(keyring);
    auto db = openDb(path);
    services::ServiceContext ctx(*db, cipher);
    services::Organisatie org(ctx);
    services::Huishoudens huis(ctx);
    services::Boekingen boek(ctx);
    const Actor sys = Actor::systeem();
    org.zetVorm(sys, QStringLiteral("T"), QStringLiteral("Totaal"), QStringLiteral("Bench"));
    const qint64 team = *org.maakTeam(sys, QStringLiteral("Bench"), QStringLiteral("0"), QStringLiteral("b@example.nl"),
                                     Money::zero()).value;
    services::NieuweInwoner n;
    n.bsn = QStringLiteral("111222333");
    n.voornaam = QStringLiteral("Bench");
    n.achternaam = QStringLiteral("Inwoner");
    n.vormCode = QStringLiteral("T");
    n.teamId = team;
    n.budgetbeheerStart = QDate(2025, 1, 1);
    n.beheerIban = QStringLiteral("NL91ABNA0417164300");
    n.eigenRekeningen = {{QStringLiteral("NL20INGB0001234567"), QStringLiteral("Eigen"), true}};
    const qint64 inwoner = *huis.maakInwoner(sys, n).value;
    services::NieuweReservering r;
    r.naam = QStringLiteral("Kleding");
    r.bedragPerPeriode = Money::fromCents(5000);
    const qint64 reservering = *huis.voegReserveringToe(sys, inwoner, r).value;
    boek.boekTransacties(sys, inwoner, {services::BankTransactie{QDate(2026, 1, 1), Money::fromCents(100000000),
                                                                 QStringLiteral("inkomen"), QStringLiteral("x"),
                                                                 QStringLiteral("inkomen"), QStringLiteral("bench"),
                                                                 QStringLiteral("1"), std::nullopt}});
    boek.stortInReservering(sys, reservering, Money::fromCents(100000000), QStringLiteral("s"));
    rules::Afspraak vrij;
    vrij.scope = rules::Scope::Vorm;
    vrij.modus = rules::Modus::Vrij;
    vrij.ingangsdatum = QDate(2020, 1, 1);
    services::Afspraken(ctx).zet(sys, {vrij, QStringLiteral("T"), 0, QStringLiteral("bench")});

    const double raw = rawCommitsPerSecond(path, count);

    Actor actor;
    actor.role = Role::Inwoner;
    actor.inwonerId = inwoner;
    services::Opnames opnames(ctx);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        services::OpnameInvoer invoer;
        invoer.reserveringId = reservering;
        invoer.bedrag = Money::fromCents(100 + i);
        invoer.idempotencyKey = QStringLiteral("bench-%1").arg(i);
        const auto c = opnames.maakConcept(actor, invoer);
        const auto done = c.ok() ? opnames.bevestig(actor, c.value->publicId) : c;
        if (!done.ok() || done.value->status != VerzoekStatus::Uitgevoerd)
            qFatal("bench: withdrawal %d failed", i);
    }
    const double withdrawals = count * 1000.0 / double(qMax<qint64>(1, timer.elapsed()));
    ledger::Ledger l(*db);
    QString problem;
    if (!l.checkInvariants(inwoner, &problem))
        qFatal("bench: ledger broken: %s", qPrintable(problem));

    std::printf("bench_withdrawals: %d durable withdrawals (2 commits each), SQLite WAL synchronous=FULL\n", count);
    std::printf("  raw single-row commits/s      %10.1f  (baseline, same file and settings)\n", raw);
    std::printf("  durable withdrawals/s         %10.1f\n", withdrawals);
    std::printf("  ratio withdrawals/raw commits %10.3f  (0.5 = only the cost of two commits)\n", withdrawals / raw);
    return 0;
}
