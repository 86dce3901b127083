#pragma once
// A consistent copy of the whole store while the server keeps writing, and the way back.
//   SQLite      VACUUM INTO: one read transaction, so the copy is the database as of one
//               commit (WAL lets writers go on meanwhile); the copy is compact and checked.
//   PostgreSQL  pg_dump --format=custom (one snapshot transaction); pg_restore into an empty
//               database. Both programs must be on PATH; the password goes in PGPASSWORD,
//               never on their command line.
// The copy holds encrypted personal data and the audit trail, not the key: back up the key
// file (or REGIE_MASTER_KEY) separately. Files are written owner-only.

#include "storage/Database.h"

#include <QtCore/QString>

namespace regie::storage {

// `target` must not exist yet. False with a message for the beheerder.
bool backup(Database &db, const QString &target, QString *error);
// Into `config`: for SQLite its sqlitePath must not exist yet; for PostgreSQL the database
// must be empty. Checks the SQLite copy's integrity first.
bool restore(const QString &file, const DatabaseConfig &config, QString *error);

} // namespace regie::storage
