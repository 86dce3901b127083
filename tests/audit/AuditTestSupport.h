#pragma once
// A throwaway migrated SQLite database and a deterministic event stream for the audit tests.

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <atomic>
#include <memory>

namespace regie::audit::test {

inline const QDateTime kEpoch = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);

// Each call one second later: events get distinct, predictable times.
inline void useSteppingClock()
{
    auto tick = std::make_shared<std::atomic<qint64>>(0);
    AuditLog::setClock([tick] { return kEpoch.addSecs(tick->fetch_add(1)); });
}

// SQLite in a temporary folder; PostgreSQL instead when REGIE_TEST_PG_PORT is set (database,
// user and password "regie" on 127.0.0.1, see PLATFORM.md). The PostgreSQL schema is wiped
// for every test, so point it at a throwaway database only.
struct TempDatabase {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;

    storage::DatabaseConfig config() const
    {
        storage::DatabaseConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("regie.sqlite"));
        const int pgPort = qEnvironmentVariableIntValue("REGIE_TEST_PG_PORT");
        if (pgPort > 0) {
            config.driver = storage::Driver::Postgres;
            config.port = pgPort;
            config.password = QStringLiteral("regie");
        }
        return config;
    }

    bool open()
    {
        QString error;
        db = storage::Database::open(config(), &error);
        if (db && db->driver() == storage::Driver::Postgres
            && !(exec(QStringLiteral("DROP SCHEMA public CASCADE")) && exec(QStringLiteral("CREATE SCHEMA public"))))
            return false;
        return db && db->migrate(&error);
    }

    bool exec(const QString &statement)
    {
        QSqlQuery query(db->db());
        return query.exec(statement);
    }
};

inline Actor actorFor(int i)
{
    Actor actor;
    switch (i % 5) {
    case 0: actor.role = Role::Inwoner; actor.userId = 100 + i % 3; break;
    case 1: actor.role = Role::Medewerker; actor.userId = 10; break;
    case 2: actor.role = Role::Ketenpartner; actor.userId = 20; break;
    case 3: actor.role = Role::Teamleider; actor.userId = 11; break;
    default: actor = Actor::systeem(); break;
    }
    return actor;
}

inline QString subjectFor(int i) { return QStringLiteral("inw-%1").arg(i % 3); }

// Appends event number i (1-based, its seq on an empty trail) in the open transaction.
inline bool appendNumberedInTransaction(storage::Database &db, int i, QString *error = nullptr)
{
    const QStringList actionCycle = {QString(actions::DossierBekeken), QString(actions::VerzoekIngediend),
                                     QString(actions::BesluitAkkoord), QString(actions::AfspraakGewijzigd)};
    QJsonObject details{{QStringLiteral("n"), i},
                        {QStringLiteral("bedrag_cents"), qint64(1000) * i},
                        {QStringLiteral("reden_code"), QStringLiteral("code-%1").arg(i % 4)}};
    const QString outcome = i % 7 == 0 ? QString(kOutcomeGeweigerd) : QString(kOutcomeOk);
    return AuditLog::append(db, actorFor(i), actionCycle.at(i % actionCycle.size()), outcome,
                            subjectFor(i), QStringLiteral("verzoek"), QStringLiteral("v-%1").arg(i),
                            details, error);
}

// The same in its own transaction, as a service call would.
inline bool appendNumbered(storage::Database &db, int i, QString *error = nullptr)
{
    storage::WriteTransaction tx(db);
    return tx.isOpen() && appendNumberedInTransaction(db, i, error) && tx.commit();
}

// Events 1..count: the first few each in their own transaction, the rest in one (many events
// in one transaction must chain just as well, and the tests stay fast with synchronous=FULL).
inline bool appendMany(storage::Database &db, int count)
{
    constexpr int kSeparate = 5;
    for (int i = 1; i <= std::min(count, kSeparate); ++i) {
        if (!appendNumbered(db, i))
            return false;
    }
    storage::WriteTransaction tx(db);
    if (!tx.isOpen())
        return false;
    for (int i = kSeparate + 1; i <= count; ++i) {
        if (!appendNumberedInTransaction(db, i))
            return false;
    }
    return tx.commit();
}

} // namespace regie::audit::test
