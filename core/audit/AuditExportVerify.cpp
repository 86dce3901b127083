// Offline verification of an exportJson() file: the same checks as verify(), driven by the
// file alone, one line (one event) at a time. The export layout is part of the contract: "["
// on the first line, one event object per line (a trailing comma allowed), "]" on the last.

#include "audit/AuditInternal.h"

#include <QtCore/QCborValue>
#include <QtCore/QHash>
#include <QtCore/QIODevice>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

namespace regie::audit {
namespace {

constexpr qint64 kMaxLineBytes = 8 * AuditLog::kMaxDetailsBytes;
// Recent hashes remembered to tell an insertion from an edit; bounded so memory stays flat.
constexpr qsizetype kRecentHashes = 4096;

VerifyResult broken(VerifyResult result, qint64 seq, const QString &problem)
{
    result.intact = false;
    result.firstBadSeq = seq;
    result.problem = problem;
    return result;
}

std::optional<qint64> integerOf(const QJsonValue &value)
{
    const QCborValue number = QCborValue::fromJsonValue(value);
    if (!value.isDouble() || !number.isInteger())
        return std::nullopt;
    return number.toInteger();
}

std::optional<detail::StoredRow> rowFromJson(const QJsonObject &object)
{
    detail::StoredRow row;
    const std::optional<qint64> seq = integerOf(object.value(QLatin1String("seq")));
    const QJsonValue user = object.value(QLatin1String("actor_user_id"));
    const QJsonValue details = object.value(QLatin1String("details"));
    if (!seq || !(user.isNull() || integerOf(user)))
        return std::nullopt;
    row.seq = *seq;
    if (!user.isNull())
        row.actorUserId = integerOf(user);
    const std::pair<const char *, QString *> fields[] = {
        {"at", &row.at}, {"actor_role", &row.actorRole}, {"action", &row.action},
        {"outcome", &row.outcome}, {"subject", &row.subject}, {"object_type", &row.objectType},
        {"object_id", &row.objectId}, {"prev_hash", &row.prevHash}, {"hash", &row.hash}};
    for (const auto &[key, target] : fields) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return std::nullopt;
        *target = value.toString();
    }
    if (details.isObject()) {
        const std::optional<QByteArray> canonical = AuditLog::canonicalDetails(details.toObject(), nullptr);
        if (!canonical)
            return std::nullopt;
        row.detailsJson = *canonical;
    } else if (details.isString()) {
        row.detailsJson = details.toString().toUtf8(); // a damaged row, exported as stored
    } else {
        return std::nullopt;
    }
    return row;
}

class ExportVerifier {
public:
    explicit ExportVerifier(const ExportCheck &check) : check_(check) {}
    // nullopt: keep going.
    std::optional<VerifyResult> take(const detail::StoredRow &row, const detail::StoredRow *next);
    VerifyResult finish(bool closed) const;
    VerifyResult result;

private:
    void remember(const detail::StoredRow &row);
    const ExportCheck &check_;
    QHash<QString, qint64> recent_;
    QList<QString> recentOrder_;
};

std::optional<VerifyResult> ExportVerifier::take(const detail::StoredRow &row,
                                                 const detail::StoredRow *next)
{
    const bool firstEvent = !result.lastSeq;
    const qint64 previousSeq = result.lastSeq.value_or(0);
    if (!firstEvent && row.seq <= previousSeq)
        return broken(result, row.seq, QStringLiteral("reordered"));
    if (!firstEvent && row.seq > previousSeq + 1 && check_.contiguous) {
        const bool missingComesNext = next && next->seq == previousSeq + 1;
        return broken(result, previousSeq + 1,
                      missingComesNext ? QStringLiteral("reordered") : QStringLiteral("deleted"));
    }
    const bool consistent = detail::hashOf(row) == row.hash;
    std::optional<QString> expectedPrev;
    if (firstEvent && !check_.firstPrevHash.isEmpty())
        expectedPrev = check_.firstPrevHash;
    else if (!firstEvent && row.seq == previousSeq + 1)
        expectedPrev = result.lastHash;
    const bool linked = !expectedPrev || row.prevHash == *expectedPrev;
    if (!linked && consistent) {
        const auto seen = recent_.constFind(row.prevHash);
        if (seen != recent_.constEnd() && *seen < row.seq - 1)
            return broken(result, *seen + 1, QStringLiteral("inserted"));
    }
    if (!linked || !consistent)
        return broken(result, row.seq, QStringLiteral("edited"));
    ++result.eventsChecked;
    result.lastSeq = row.seq;
    result.lastHash = row.hash;
    remember(row);
    return std::nullopt;
}

void ExportVerifier::remember(const detail::StoredRow &row)
{
    recent_.insert(row.hash, row.seq);
    recentOrder_.append(row.hash);
    if (recentOrder_.size() > kRecentHashes)
        recent_.remove(recentOrder_.takeFirst());
}

VerifyResult ExportVerifier::finish(bool closed) const
{
    const qint64 next = result.lastSeq.value_or(0) + 1;
    if (!closed)
        return broken(result, next, QStringLiteral("truncated"));
    const QString reached = result.lastSeq ? result.lastHash : check_.firstPrevHash;
    if (!check_.lastHash.isEmpty() && reached != check_.lastHash)
        return broken(result, next, QStringLiteral("truncated"));
    return result;
}

struct Item {
    enum Kind { Event, End, EndOfFile, Malformed } kind = Malformed;
    detail::StoredRow row;
};

Item readItem(QIODevice &in)
{
    Item item;
    if (in.atEnd()) {
        item.kind = Item::EndOfFile;
        return item;
    }
    QByteArray line = in.readLine(kMaxLineBytes);
    if (line.size() >= kMaxLineBytes - 1 && !line.endsWith('\n'))
        return item; // longer than any event can be
    line = line.trimmed();
    if (line == "]") {
        item.kind = Item::End;
        return item;
    }
    if (line.endsWith(','))
        line.chop(1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return item;
    if (std::optional<detail::StoredRow> row = rowFromJson(document.object())) {
        item.kind = Item::Event;
        item.row = std::move(*row);
    }
    return item;
}

} // namespace

VerifyResult AuditLog::verifyExportedJson(QIODevice &in, const ExportCheck &check)
{
    ExportVerifier verifier(check);
    if (in.readLine(16).trimmed() != "[")
        return broken(verifier.result, 0, QStringLiteral("malformed"));
    // One event of look-ahead tells a swap (the missing event comes next) from a deletion.
    // Every round consumes a line, so the loop ends with the input.
    Item current = readItem(in);
    while (true) {
        switch (current.kind) {
        case Item::End:
            return verifier.finish(true);
        case Item::EndOfFile:
            return verifier.finish(false);
        case Item::Malformed:
            return broken(verifier.result, verifier.result.lastSeq.value_or(0) + 1,
                          QStringLiteral("malformed"));
        case Item::Event:
            break;
        }
        Item following = readItem(in);
        const detail::StoredRow *next = following.kind == Item::Event ? &following.row : nullptr;
        if (std::optional<VerifyResult> stop = verifier.take(current.row, next))
            return *stop;
        current = std::move(following);
    }
}

} // namespace regie::audit
