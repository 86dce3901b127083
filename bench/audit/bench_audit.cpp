// What the hash chain costs. Appends are compared with plain single-row inserts of the same
// columns into a similar table, both committed per event (as a service call does; with
// synchronous=FULL the fsync dominates) and both batched in one transaction (the CPU cost of
// hashing, locking and the head look-up). verify() is compared with a plain scan that reads
// the same rows. Only ratios are meaningful across machines.
//
// Usage: bench_audit [events-per-batch-run, default 20000]

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>

#include <cstdio>

using namespace regie;

namespace {

constexpr int kCommittedEvents = 300;

// Rates are timing figures, not money: double is right here.
double perSecond(qint64 count, qint64 elapsedMs)
{
    return static_cast<double>(count) * 1000.0 / static_cast<double>(std::max<qint64>(1, elapsedMs));
}

QJsonObject detailsFor(int i)
{
    return QJsonObject{{QStringLiteral("bedrag_cents"), qint64(1000) * i},
                       {QStringLiteral("reden_code"), QStringLiteral("saldo_te_laag")},
                       {QStringLiteral("stap"), i % 3}};
}

Actor medewerker()
{
    Actor actor;
    actor.role = Role::Medewerker;
    actor.userId = 10;
    return actor;
}

bool plainInsert(storage::Database &db, int i)
{
    storage::Sql insert(db, QStringLiteral(
        "INSERT INTO bench_plain (at, actor_user_id, actor_role, action, outcome, subject,"
        " object_type, object_id, details_json) VALUES (:at, :uid, :role, :action, :outcome,"
        " :subject, :otype, :oid, :details)"));
    insert.bind(QStringLiteral(":at"), storage::toDbTime(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":uid"), qint64(10))
        .bind(QStringLiteral(":role"), QStringLiteral("medewerker"))
        .bind(QStringLiteral(":action"), QString(audit::actions::DossierBekeken))
        .bind(QStringLiteral(":outcome"), QStringLiteral("ok"))
        .bind(QStringLiteral(":subject"), QStringLiteral("inw-%1").arg(i % 100))
        .bind(QStringLiteral(":otype"), QStringLiteral("dossier"))
        .bind(QStringLiteral(":oid"), QString::number(i))
        .bind(QStringLiteral(":details"), QStringLiteral("{\"bedrag_cents\":%1,\"reden_code\":\"saldo_te_laag\",\"stap\":%2}")
                                              .arg(qint64(1000) * i).arg(i % 3));
    return insert.exec();
}

bool auditAppend(storage::Database &db, int i)
{
    QString error;
    return audit::AuditLog::append(db, medewerker(), audit::actions::DossierBekeken,
                                   audit::kOutcomeOk, QStringLiteral("inw-%1").arg(i % 100),
                                   QStringLiteral("dossier"), QString::number(i), detailsFor(i), &error);
}

// Events per second for `count` calls of write(db, i), each committed on its own or all in one.
template <typename Write>
double rate(storage::Database &db, int count, bool commitEach, Write write)
{
    QElapsedTimer timer;
    timer.start();
    if (commitEach) {
        for (int i = 0; i < count; ++i) {
            storage::WriteTransaction tx(db);
            if (!tx.isOpen() || !write(db, i) || !tx.commit())
                return -1;
        }
    } else {
        storage::WriteTransaction tx(db);
        for (int i = 0; i < count; ++i) {
            if (!write(db, i))
                return -1;
        }
        if (!tx.commit())
            return -1;
    }
    return perSecond(count, timer.elapsed());
}

double scanRate(storage::Database &db)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    qint64 bytes = 0;
    storage::Sql scan(db, QStringLiteral("SELECT seq, at, actor_user_id, actor_role, action, outcome,"
                                         " subject, object_type, object_id, details_json, prev_hash, hash"
                                         " FROM audit_events ORDER BY seq"));
    if (!scan.exec())
        return -1;
    while (scan.next()) {
        ++rows;
        bytes += scan.text(9).size() + scan.text(11).size();
    }
    return bytes > 0 ? perSecond(rows, timer.elapsed()) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int batch = argc > 1 ? std::clamp(QString::fromLocal8Bit(argv[1]).toInt(), 1000, 1000000) : 20000;
    QTemporaryDir dir;
    storage::DatabaseConfig config;
    config.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    std::unique_ptr<storage::Database> db = storage::Database::open(config, &error);
    if (!db || !db->migrate(&error)) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery create(db->db());
    if (!create.exec(db->ddl(QStringLiteral(
            "CREATE TABLE bench_plain (seq {{pk}}, at TEXT NOT NULL, actor_user_id {{bigint}},"
            " actor_role TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL, subject TEXT,"
            " object_type TEXT, object_id TEXT, details_json TEXT NOT NULL)")))) {
        std::fprintf(stderr, "cannot create the baseline table\n");
        return 1;
    }

    QTextStream out(stdout);
    const double plainCommitted = rate(*db, kCommittedEvents, true, plainInsert);
    const double auditCommitted = rate(*db, kCommittedEvents, true, auditAppend);
    out << "one transaction per event (" << kCommittedEvents << " events, SQLite synchronous=FULL)\n"
        << "  plain insert: " << qRound(plainCommitted) << " /s, audit append: " << qRound(auditCommitted)
        << " /s, ratio append/plain " << QString::number(auditCommitted / plainCommitted, 'f', 2) << "\n";

    const double plainBatched = rate(*db, batch, false, plainInsert);
    const double auditBatched = rate(*db, batch, false, auditAppend);
    out << "one transaction for " << batch << " events\n"
        << "  plain insert: " << qRound(plainBatched) << " /s, audit append: " << qRound(auditBatched)
        << " /s, ratio append/plain " << QString::number(auditBatched / plainBatched, 'f', 2) << "\n";

    const double scanned = scanRate(*db);
    QElapsedTimer timer;
    timer.start();
    const audit::VerifyResult result = audit::AuditLog::verify(*db);
    const double verified = perSecond(result.eventsChecked, timer.elapsed());
    out << "verify() over " << result.eventsChecked << " events (intact: " << (result.intact ? "yes" : "NO") << ")\n"
        << "  plain scan: " << qRound(scanned) << " /s, verify: " << qRound(verified)
        << " /s, ratio verify/scan " << QString::number(verified / scanned, 'f', 2) << "\n";
    return result.intact && plainCommitted > 0 && auditCommitted > 0 && plainBatched > 0 && auditBatched > 0 ? 0 : 1;
}
