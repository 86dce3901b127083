// The canonical form and the hash: the part of the audit trail that must never change, because
// every stored hash depends on it byte for byte. tst_audit pins it with a golden vector.

#include "audit/AuditInternal.h"
#include "storage/Database.h"

#include <QtCore/QCborValue>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>

#include <algorithm>

namespace regie::audit {
namespace detail {
namespace {

void appendKey(QByteArray &out, const char *key)
{
    out.append('"').append(key).append("\":");
}

class DetailsWriter {
public:
    bool write(const QJsonValue &value, int depth);
    QByteArray out;
    QString error;
    bool sawFraction = false;

private:
    bool writeObject(const QJsonObject &object, int depth);
    bool writeArray(const QJsonArray &array, int depth);
    bool fail(const QString &reason)
    {
        error = reason;
        return false;
    }
};

bool DetailsWriter::write(const QJsonValue &value, int depth)
{
    if (depth > AuditLog::kMaxDetailsDepth)
        return fail(QStringLiteral("audit details nested too deeply"));
    if (out.size() > AuditLog::kMaxDetailsBytes)
        return fail(QStringLiteral("audit details too large"));
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return true;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return true;
    case QJsonValue::Double: {
        // Qt keeps integral numbers as integers; anything else is a fraction, which has no
        // single decimal spelling and therefore no canonical form. Money is cents (qint64).
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (!number.isInteger()) {
            sawFraction = true;
            return fail(QStringLiteral("audit details contain a floating-point number"));
        }
        out.append(QByteArray::number(number.toInteger()));
        return true;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (!QStringView(text).isValidUtf16())
            return fail(QStringLiteral("audit details contain invalid text"));
        appendJsonString(out, text);
        return true;
    }
    case QJsonValue::Array:
        return writeArray(value.toArray(), depth + 1);
    case QJsonValue::Object:
        return writeObject(value.toObject(), depth + 1);
    case QJsonValue::Undefined:
        break;
    }
    return fail(QStringLiteral("audit details contain an undefined value"));
}

bool DetailsWriter::writeObject(const QJsonObject &object, int depth)
{
    // Sorted by UTF-16 code units, as RFC 8785 (JCS) does, so other languages can reproduce it.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    out.append('{');
    bool first = true;
    for (const QString &key : keys) {
        if (!QStringView(key).isValidUtf16())
            return fail(QStringLiteral("audit details contain an invalid key"));
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, key);
        out.append(':');
        if (!write(object.value(key), depth))
            return false;
    }
    out.append('}');
    return true;
}

bool DetailsWriter::writeArray(const QJsonArray &array, int depth)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue &element : array) {
        if (!first)
            out.append(',');
        first = false;
        if (!write(element, depth))
            return false;
    }
    out.append(']');
    return true;
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80) {
            // A run of non-ASCII characters goes out literally as UTF-8 (pairs kept together).
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).unicode() >= 0x80)
                ++end;
            out.append(text.mid(i, end - i).toUtf8());
            i = end;
            continue;
        }
        ++i;
        switch (u) {
        case u'"': out.append("\\\""); continue;
        case u'\\': out.append("\\\\"); continue;
        case u'\b': out.append("\\b"); continue;
        case u'\f': out.append("\\f"); continue;
        case u'\n': out.append("\\n"); continue;
        case u'\r': out.append("\\r"); continue;
        case u'\t': out.append("\\t"); continue;
        default: break;
        }
        if (u < 0x20)
            out.append("\\u00").append(hex[(u >> 4) & 0xF]).append(hex[u & 0xF]);
        else
            out.append(static_cast<char>(u));
    }
    out.append('"');
}

QByteArray canonicalBytes(const StoredRow &row)
{
    // Keys in sorted order; the same bytes as RFC 8785 would give for this object.
    QByteArray out;
    out.reserve(256 + row.detailsJson.size());
    out.append('{');
    appendKey(out, "action");
    appendJsonString(out, row.action);
    out.append(',');
    appendKey(out, "actor_role");
    appendJsonString(out, row.actorRole);
    out.append(',');
    appendKey(out, "actor_user_id");
    out.append(row.actorUserId ? QByteArray::number(*row.actorUserId) : QByteArray("null"));
    out.append(',');
    appendKey(out, "at");
    appendJsonString(out, row.at);
    out.append(',');
    appendKey(out, "details");
    out.append(row.detailsJson);
    out.append(',');
    appendKey(out, "object_id");
    appendJsonString(out, row.objectId);
    out.append(',');
    appendKey(out, "object_type");
    appendJsonString(out, row.objectType);
    out.append(',');
    appendKey(out, "outcome");
    appendJsonString(out, row.outcome);
    out.append(',');
    appendKey(out, "seq");
    out.append(QByteArray::number(row.seq));
    out.append(',');
    appendKey(out, "subject");
    appendJsonString(out, row.subject);
    out.append('}');
    return out;
}

QString hashOf(const StoredRow &row)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(row.prevHash.toLatin1());
    sha.addData(canonicalBytes(row));
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace detail

QString AuditLog::genesisHash() { return QString(64, u'0'); }

namespace detail {

std::optional<QByteArray> writeCanonicalDetails(const QJsonObject &details, QString *error,
                                                bool *fraction)
{
    DetailsWriter writer;
    const bool ok = writer.write(QJsonValue(details), 0) && writer.out.size() <= AuditLog::kMaxDetailsBytes;
    if (fraction)
        *fraction = writer.sawFraction;
    if (!ok) {
        if (error)
            *error = writer.error.isEmpty() ? QStringLiteral("audit details too large") : writer.error;
        return std::nullopt;
    }
    return writer.out;
}

} // namespace detail

std::optional<QByteArray> AuditLog::canonicalDetails(const QJsonObject &details, QString *error)
{
    return detail::writeCanonicalDetails(details, error, nullptr);
}

QByteArray AuditLog::canonicalForm(const AuditEvent &event)
{
    detail::StoredRow row;
    row.seq = event.seq;
    row.at = storage::toDbTime(event.at);
    row.actorUserId = event.actorUserId;
    row.actorRole = toCode(event.actorRole);
    row.action = event.action;
    row.outcome = event.outcome;
    row.subject = event.subject;
    row.objectType = event.objectType;
    row.objectId = event.objectId;
    row.detailsJson = canonicalDetails(event.details, nullptr).value_or(QByteArray());
    return detail::canonicalBytes(row);
}

QString AuditLog::computeHash(const AuditEvent &event)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(event.prevHash.toLatin1());
    sha.addData(canonicalForm(event));
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace regie::audit
