// Durable withdrawals per second beside the raw rate of single-row commits of the same
// store with the same settings, measured in the same run:
//  - confirmations: the inwoner's Ja on a concept made beforehand. This is the durable
//    withdrawal: one fsync'ed transaction with the rule evaluation, ledger transfer, audit
//    event and outbox row (the goal of issue 11: at least 0.5 of the raw commit rate);
//  - concept + Ja: the whole conversation, two commits (so about half the confirmation rate).
//
//   bench_withdrawals [count=300] [--postgres]
// --postgres runs on the PostgreSQL server named by REGIE_TEST_PG_PORT (user and password
// regie), as tests/postgres/with-postgres.sh starts it; bench/run.sh asks it for fsync on
// and the default synchronous_commit. FIGURE lines are read by bench/run.sh.

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

bool gPostgres = false;

std::unique_ptr<storage::Database> openDb(const QString &path)
{
    storage::DatabaseConfig config;
    config.sqlitePath = path;
    if (gPostgres) {
        config.driver = storage::Driver::Postgres;
        config.port = qEnvironmentVariableIntValue("REGIE_TEST_PG_PORT");
        config.password = QStringLiteral("regie");
    }
    QString error;
    auto db = storage::Database::open(config, &error);
    if (!db || !db->migrate(&error))
        qFatal("bench: %s", qPrintable(error));
    return db;
}

double rawCommitsPerSecond(const QString &path, int count)
{
    auto db = openDb(path);
    // DDL is not a prepared statement on PostgreSQL: run it as is.
    QSqlQuery(db->db()).exec(db->ddl(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_raw (id {{pk}}, v INTEGER)")));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        storage::WriteTransaction tx(*db);
        storage::Sql insert(*db, QStringLiteral("INSERT INTO bench_raw (v) VALUES (:v)"));
        insert.bind(QStringLiteral(":v"), i);
        if (!insert.exec() || !tx.commit())
            qFatal("bench: raw insert failed");
    }
    return count * 1e9 / double(qMax<qint64>(1, timer.nsecsElapsed()));
}

// One inwoner with `potjes` reserveringen holding plenty of money and a Vrij afspraak: every
// withdrawal is paid at once, the path with the most writes. Withdrawals go round the
// reserveringen, so each holds a month's worth of earlier opnames as in real use, not the
// thousands a single one would collect in this loop (each is read for the week and month
// limits).
std::pair<qint64, QList<qint64>> vulInwoner(services::ServiceContext &ctx, int potjes)
{
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
    boek.boekTransacties(sys, inwoner, {services::BankTransactie{QDate(2026, 1, 1), Money::fromCents(100000000),
                                                                 QStringLiteral("inkomen"), QStringLiteral("x"),
                                                                 QStringLiteral("inkomen"), QStringLiteral("bench"),
                                                                 QStringLiteral("1"), std::nullopt}});
    QList<qint64> reserveringen;
    for (int i = 0; i < potjes; ++i) {
        services::NieuweReservering r;
        r.naam = QStringLiteral("Potje %1").arg(i);
        r.bedragPerPeriode = Money::fromCents(5000);
        reserveringen.append(*huis.voegReserveringToe(sys, inwoner, r).value);
        boek.stortInReservering(sys, reserveringen.last(), Money::fromCents(100000000 / potjes),
                                QStringLiteral("s%1").arg(i));
    }
    rules::Afspraak vrij;
    vrij.scope = rules::Scope::Vorm;
    vrij.modus = rules::Modus::Vrij;
    vrij.ingangsdatum = QDate(2020, 1, 1);
    services::Afspraken(ctx).zet(sys, {vrij, QStringLiteral("T"), 0, QStringLiteral("bench")});
    return {inwoner, reserveringen};
}

// Opnames are made by the inwoner: the actor the pages use.
Actor inwonerActor(qint64 inwoner)
{
    Actor actor;
    actor.role = Role::Inwoner;
    actor.inwonerId = inwoner;
    return actor;
}

// Every withdrawal needs its own idempotency key: a key used before gives back the earlier
// request (a double submit), whose Ja then changes nothing and would time nothing.
services::OpnameInvoer invoer(const QList<qint64> &reserveringen, int i, const char *soort)
{
    static int volgnummer = 0;
    services::OpnameInvoer in;
    in.reserveringId = reserveringen.at((i + reserveringen.size()) % reserveringen.size());
    in.bedrag = Money::fromCents(100 + i);
    in.idempotencyKey = QStringLiteral("bench-%1-%2-%3").arg(QLatin1String(soort)).arg(i).arg(++volgnummer);
    return in;
}

void bevestigOfStop(services::Opnames &opnames, const Actor &actor, const QString &publicId, int i)
{
    const auto done = opnames.bevestig(actor, publicId);
    if (!done.ok() || done.value->status != VerzoekStatus::Uitgevoerd)
        qFatal("bench: withdrawal %d failed", i);
}

// A concept that is new, not an earlier one given back.
QString nieuwConcept(services::Opnames &opnames, const Actor &actor, const services::OpnameInvoer &in, int i)
{
    const auto c = opnames.maakConcept(actor, in);
    if (!c.ok() || c.value->status != VerzoekStatus::Concept)
        qFatal("bench: concept %d failed", i);
    return c.value->publicId;
}

// Concepts first (not timed), then `count` confirmations, each its own transaction.
double bevestigingenPerSeconde(services::Opnames &opnames, const Actor &actor, const QList<qint64> &reserveringen, int count)
{
    QStringList concepten;
    for (int i = 0; i < count; ++i) {
        concepten.append(nieuwConcept(opnames, actor, invoer(reserveringen, i, "b"), i));
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        bevestigOfStop(opnames, actor, concepten.at(i), i);
    return count * 1e9 / double(qMax<qint64>(1, timer.nsecsElapsed()));
}

// The whole conversation: concept, then Ja.
double opnamesPerSeconde(services::Opnames &opnames, const Actor &actor, const QList<qint64> &reserveringen, int count)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        bevestigOfStop(opnames, actor, nieuwConcept(opnames, actor, invoer(reserveringen, i, "c"), i), i);
    }
    return count * 1e9 / double(qMax<qint64>(1, timer.nsecsElapsed()));
}

void figuur(const char *naam, double waarde, double raw, double doel)
{
    std::printf("FIGURE {\"name\":\"%s (%s)\",\"value\":%.1f,\"unit\":\"/s\",\"baseline_name\":\"raw commits/s\","
                "\"baseline\":%.1f,\"ratio\":%.4f,\"goal\":%.2f,\"goal_on\":\"ratio\"}\n",
                naam, gPostgres ? "PostgreSQL" : "SQLite", waarde, raw, waarde / raw, doel);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    gPostgres = args.removeAll(QStringLiteral("--postgres")) > 0;
    const int count = args.isEmpty() ? 300 : qMax(10, args.first().toInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    crypto::Keyring keyring;
    keyring.add(1, QByteArray(32, '\x07'));
    crypto::FieldCipher cipher(keyring);
    auto db = openDb(path);
    services::ServiceContext ctx(*db, cipher);
    const auto [inwoner, reserveringen] = vulInwoner(ctx, qMax(1, count / 25));
    const Actor actor = inwonerActor(inwoner);
    services::Opnames opnames(ctx);
    opnames.maakConcept(actor, invoer(reserveringen, -1, "warm")); // first use prepares the statements

    // Interleaved, best of two: a busy neighbour on the machine hits each figure alike.
    double raw = 0, bevestigingen = 0, opnamesRate = 0;
    for (int ronde = 0; ronde < 2; ++ronde) {
        raw = qMax(raw, rawCommitsPerSecond(path, count));
        bevestigingen = qMax(bevestigingen, bevestigingenPerSeconde(opnames, actor, reserveringen, count / 2));
        opnamesRate = qMax(opnamesRate, opnamesPerSeconde(opnames, actor, reserveringen, count / 2));
    }
    ledger::Ledger l(*db);
    QString problem;
    if (!l.checkInvariants(inwoner, &problem))
        qFatal("bench: ledger broken: %s", qPrintable(problem));

    std::printf("bench_withdrawals: %d durable withdrawals per figure, %s\n", count,
                gPostgres ? "PostgreSQL, fsync on" : "SQLite WAL synchronous=FULL");
    std::printf("  raw single-row commits/s      %10.1f  (baseline, same store and settings)\n", raw);
    std::printf("  confirmations (Ja)/s          %10.1f  ratio %.3f (one transaction each)\n", bevestigingen,
                bevestigingen / raw);
    std::printf("  concept + Ja/s                %10.1f  ratio %.3f (two transactions each)\n", opnamesRate,
                opnamesRate / raw);
    figuur("durable withdrawals: confirmations", bevestigingen, raw, 0.5);
    figuur("concept + confirmation", opnamesRate, raw, 0.25);
    return 0;
}
