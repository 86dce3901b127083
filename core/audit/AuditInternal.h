#pragma once
// Shared between the audit .cpp files; not part of the module's interface.

#include "audit/AuditLog.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace regie::storage {
class Sql;
}

namespace regie::audit::detail {

// One audit_events row exactly as stored. Verification hashes these raw values (not values
// parsed and re-formatted), so that any change to the stored bytes is seen.
struct StoredRow {
    qint64 seq = 0;
    QString at;
    std::optional<qint64> actorUserId;
    QString actorRole;
    QString action;
    QString outcome;
    QString subject;
    QString objectType;
    QString objectId;
    QByteArray detailsJson; // canonical JSON text of the details object
    QString prevHash;
    QString hash;
};

// Column list matching readRow().
QString selectColumns();
StoredRow readRow(const storage::Sql &sql);
AuditEvent toEvent(const StoredRow &row);

QByteArray canonicalBytes(const StoredRow &row);
QString hashOf(const StoredRow &row); // over row.prevHash + canonicalBytes(row)
void appendJsonString(QByteArray &out, QStringView text);
// AuditLog::canonicalDetails, also telling whether a fraction was the reason for refusing.
std::optional<QByteArray> writeCanonicalDetails(const QJsonObject &details, QString *error,
                                                bool *fraction);

// Rows matching the filter, oldest first unless filter.newestFirst; limit already clamped.
bool queryRows(storage::Database &db, const Filter &filter, int limit, QList<StoredRow> *rows,
               QString *error);

} // namespace regie::audit::detail
