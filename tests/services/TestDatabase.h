#pragma once
// The database a test suite runs on: a SQLite file, or with REGIE_TEST_PG_PORT (set by
// tests/postgres/with-postgres.sh) the throwaway PostgreSQL, so the same suite proves both
// engines. Shared by the services fixture and the integrations harness.

#include "storage/Database.h"

#include <QtSql/QSqlQuery>

namespace regie::testdb {

inline bool onPostgres() { return qEnvironmentVariableIsSet("REGIE_TEST_PG_PORT"); }

inline storage::DatabaseConfig config(const QString &sqlitePath)
{
    storage::DatabaseConfig c;
    c.sqlitePath = sqlitePath;
    if (onPostgres()) {
        c.driver = storage::Driver::Postgres;
        c.port = qEnvironmentVariableIntValue("REGIE_TEST_PG_PORT");
        c.password = QStringLiteral("regie");
    }
    return c;
}

// One PostgreSQL database serves the whole run: each test world starts from an empty schema.
// A no-op on SQLite, where every world has its own file.
inline bool startEmpty(storage::Database &db)
{
    if (!onPostgres())
        return true;
    QSqlQuery reset(db.db());
    return reset.exec(QStringLiteral("DROP SCHEMA public CASCADE")) && reset.exec(QStringLiteral("CREATE SCHEMA public"));
}

} // namespace regie::testdb
