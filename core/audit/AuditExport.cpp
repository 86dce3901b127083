// Exports stream page by page (bounded memory) straight from the stored rows, so the exported
// bytes are the hashed bytes and an export can be verified without the database.

#include "audit/AuditInternal.h"
#include "storage/Database.h"

#include <QtCore/QIODevice>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

namespace regie::audit {
namespace {

constexpr int kExportPageSize = 1000;
// A line holds one event: details are capped at kMaxDetailsBytes, the other fields at a few
// hundred bytes each (escaping can double them).
constexpr qint64 kMaxJsonLineBytes = 4 * AuditLog::kMaxDetailsBytes;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writeAll(QIODevice &out, const QByteArray &bytes, QString *error)
{
    if (out.write(bytes) != bytes.size())
        return fail(error, QStringLiteral("could not write the audit export"));
    return true;
}

// Calls emit for every row of the filter, oldest first, page by page.
template <typename Emit>
bool forEachRow(storage::Database &db, const Filter &filter, QString *error, Emit emit)
{
    Filter page = filter;
    page.newestFirst = false;
    qint64 exported = 0;
    while (true) {
        QList<detail::StoredRow> rows;
        if (!detail::queryRows(db, page, kExportPageSize, &rows, error))
            return false;
        for (const detail::StoredRow &row : rows) {
            if (++exported > AuditLog::kMaxExportEvents)
                return fail(error, QStringLiteral("audit export too large: choose a shorter period"));
            if (!emit(row))
                return false;
        }
        if (rows.size() < kExportPageSize)
            return true;
        page.afterSeq = rows.constLast().seq;
    }
}

// A cell a spreadsheet would evaluate (=, +, -, @, and tab/CR which some programs strip first)
// gets a leading quote, so an exported value can never run as a formula.
QByteArray csvCell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar c = text.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            text.prepend(u'\'');
    }
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r');
    if (!quote)
        return text.toUtf8();
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(csvCell(cells.at(i)));
    }
    line.append("\r\n");
    return line;
}

QByteArray jsonLine(const detail::StoredRow &row)
{
    QByteArray out = "{\"seq\":" + QByteArray::number(row.seq) + ",\"at\":";
    detail::appendJsonString(out, row.at);
    out.append(",\"actor_user_id\":")
        .append(row.actorUserId ? QByteArray::number(*row.actorUserId) : QByteArray("null"));
    const std::pair<const char *, const QString *> fields[] = {
        {"actor_role", &row.actorRole}, {"action", &row.action}, {"outcome", &row.outcome},
        {"subject", &row.subject}, {"object_type", &row.objectType}, {"object_id", &row.objectId}};
    for (const auto &[key, value] : fields) {
        out.append(",\"").append(key).append("\":");
        detail::appendJsonString(out, *value);
    }
    out.append(",\"details\":");
    // Stored details are canonical JSON on one line. Anything else (a damaged row) is exported
    // as a string of the stored text, so the verifier still hashes exactly what was stored.
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(row.detailsJson, &parseError);
    if (parseError.error == QJsonParseError::NoError && parsed.isObject()
        && !row.detailsJson.contains('\n') && !row.detailsJson.contains('\r'))
        out.append(row.detailsJson);
    else
        detail::appendJsonString(out, QString::fromUtf8(row.detailsJson));
    out.append(",\"prev_hash\":");
    detail::appendJsonString(out, row.prevHash);
    out.append(",\"hash\":");
    detail::appendJsonString(out, row.hash);
    out.append('}');
    return out;
}

} // namespace

bool AuditLog::exportCsv(storage::Database &db, const Filter &filter, QIODevice &out, QString *error)
{
    if (!out.isWritable())
        return fail(error, QStringLiteral("audit export target is not writable"));
    const QStringList header = {
        QStringLiteral("seq"),     QStringLiteral("at"),          QStringLiteral("actor_user_id"),
        QStringLiteral("actor_role"), QStringLiteral("action"),   QStringLiteral("outcome"),
        QStringLiteral("subject"), QStringLiteral("object_type"), QStringLiteral("object_id"),
        QStringLiteral("details"), QStringLiteral("prev_hash"),   QStringLiteral("hash")};
    if (!writeAll(out, csvLine(header), error))
        return false;
    return forEachRow(db, filter, error, [&](const detail::StoredRow &row) {
        const QStringList cells = {
            QString::number(row.seq), row.at,
            row.actorUserId ? QString::number(*row.actorUserId) : QString(), row.actorRole,
            row.action, row.outcome, row.subject, row.objectType, row.objectId,
            QString::fromUtf8(row.detailsJson), row.prevHash, row.hash};
        return writeAll(out, csvLine(cells), error);
    });
}

bool AuditLog::exportJson(storage::Database &db, const Filter &filter, QIODevice &out, QString *error)
{
    if (!out.isWritable())
        return fail(error, QStringLiteral("audit export target is not writable"));
    if (!writeAll(out, "[", error))
        return false;
    bool first = true;
    const bool ok = forEachRow(db, filter, error, [&](const detail::StoredRow &row) {
        const QByteArray line = (first ? QByteArray("\n") : QByteArray(",\n")) + jsonLine(row);
        first = false;
        return writeAll(out, line, error);
    });
    return ok && writeAll(out, "\n]\n", error);
}

} // namespace regie::audit
