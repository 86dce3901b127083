#pragma once
// "host=db port=5432 dbname=regie user=regie password='a b'" (libpq style) -> the
// PostgreSQL DatabaseConfig; shared by regie-server's database/postgres setting and
// regie-admin, so both accept the same words.

#include "storage/Database.h"

namespace regie::storage {

bool parseConninfo(const QString &text, DatabaseConfig *out, QString *error);

} // namespace regie::storage
