// verify(): one pass over the chain in seq order, in pages, so memory stays flat on millions of
// events. Each event is checked three ways: its seq follows the previous one (no gap), its
// stored hash matches the hash recomputed from its stored fields (not edited), and its
// prev_hash is the previous event's hash (linked). At the first failure a few targeted
// look-ups decide what kind of tampering explains it best, and which event to name.

#include "audit/AuditInternal.h"
#include "storage/Database.h"

#include <limits>

namespace regie::audit {
namespace {

constexpr int kPageSize = 2000;
// How far a renumbered event is searched for its original seq after a deletion.
constexpr qint64 kMaxRenumberShift = 8;

VerifyResult broken(VerifyResult result, qint64 seq, const QString &problem)
{
    result.intact = false;
    result.firstBadSeq = seq;
    result.problem = problem;
    return result;
}

std::optional<qint64> seqOfHash(storage::Database &db, const QString &hash)
{
    if (hash == AuditLog::genesisHash())
        return qint64(0); // the genesis "event" before seq 1
    storage::Sql find(db, QStringLiteral("SELECT seq FROM audit_events WHERE hash = :h"));
    find.bind(QStringLiteral(":h"), hash);
    if (!find.exec() || !find.next())
        return std::nullopt;
    return find.int64(0);
}

std::optional<QString> prevHashAt(storage::Database &db, qint64 seq)
{
    storage::Sql find(db, QStringLiteral("SELECT prev_hash FROM audit_events WHERE seq = :s"));
    find.bind(QStringLiteral(":s"), seq);
    if (!find.exec() || !find.next())
        return std::nullopt;
    return find.text(0);
}

std::optional<QString> hashAt(storage::Database &db, qint64 seq)
{
    if (seq == 0)
        return AuditLog::genesisHash();
    storage::Sql find(db, QStringLiteral("SELECT hash FROM audit_events WHERE seq = :s"));
    find.bind(QStringLiteral(":s"), seq);
    if (!find.exec() || !find.next())
        return std::nullopt;
    return find.text(0);
}

bool consistentAsSeq(detail::StoredRow row, qint64 seq)
{
    row.seq = seq;
    return detail::hashOf(row) == row.hash;
}

// The event at row.seq is not linked to its predecessor (whose hash is expectedPrev).
VerifyResult classifyBrokenLink(storage::Database &db, const VerifyResult &sofar,
                                const detail::StoredRow &row, bool consistent,
                                const QString &expectedPrev)
{
    const std::optional<qint64> target = seqOfHash(db, row.prevHash);
    if (target && *target >= row.seq)
        return broken(sofar, row.seq, QStringLiteral("reordered")); // points forward
    if (target && *target < row.seq - 1)
        return broken(sofar, *target + 1, QStringLiteral("inserted")); // events slipped in before it
    if (!consistent) {
        for (qint64 shift = 1; shift <= kMaxRenumberShift; ++shift) {
            if (consistentAsSeq(row, row.seq + shift))
                return broken(sofar, row.seq, QStringLiteral("deleted")); // removed, rest renumbered
        }
        return broken(sofar, row.seq, QStringLiteral("edited"));
    }
    // Intact itself, but pointing at a hash that no longer exists.
    const std::optional<QString> nextPrev = prevHashAt(db, row.seq + 1);
    if (nextPrev && *nextPrev == expectedPrev)
        return broken(sofar, row.seq, QStringLiteral("inserted")); // its successor skips it
    if (nextPrev && *nextPrev != row.hash)
        return broken(sofar, row.seq, QStringLiteral("edited")); // rewritten with a new hash
    return broken(sofar, row.seq - 1, QStringLiteral("edited")); // its predecessor was replaced
}

// The walk shared by verify() and verifyFromCheckpoint(): events first..last, the first of
// which must link to expectedPrev (nullopt: the event before first is missing).
VerifyResult walk(storage::Database &db, qint64 first, qint64 last, std::optional<QString> expectedPrev)
{
    VerifyResult result;
    qint64 expectedSeq = first;
    while (expectedSeq <= last) {
        storage::Sql page(db, QStringLiteral("SELECT ") + detail::selectColumns()
                                  + QStringLiteral(" FROM audit_events WHERE seq >= :from AND seq <= :to"
                                                   " ORDER BY seq LIMIT ")
                                  + QString::number(kPageSize));
        page.bind(QStringLiteral(":from"), expectedSeq).bind(QStringLiteral(":to"), last);
        if (!page.exec())
            return broken(result, expectedSeq, QStringLiteral("database"));
        int rows = 0;
        while (page.next()) {
            ++rows;
            const detail::StoredRow row = detail::readRow(page);
            if (!expectedPrev)
                return broken(result, first - 1, QStringLiteral("deleted"));
            if (row.seq != expectedSeq)
                return broken(result, expectedSeq, QStringLiteral("deleted"));
            const bool consistent = detail::hashOf(row) == row.hash;
            const bool linked = row.prevHash == *expectedPrev;
            if (!consistent && linked)
                return broken(result, row.seq, QStringLiteral("edited"));
            if (!linked)
                return classifyBrokenLink(db, result, row, consistent, *expectedPrev);
            ++result.eventsChecked;
            result.lastSeq = row.seq;
            result.lastHash = row.hash;
            expectedPrev = row.hash;
            ++expectedSeq;
        }
        if (rows < kPageSize)
            break; // past the newest event; every page moved expectedSeq forward
    }
    if (!result.lastSeq && expectedPrev)
        result.lastHash = *expectedPrev; // empty range: the hash it starts from
    return result;
}

} // namespace

VerifyResult AuditLog::verify(storage::Database &db, std::optional<qint64> fromSeq,
                              std::optional<qint64> toSeq)
{
    const qint64 first = std::max<qint64>(1, fromSeq.value_or(1));
    return walk(db, first, toSeq.value_or(std::numeric_limits<qint64>::max()), hashAt(db, first - 1));
}

VerifyResult AuditLog::verifyFromCheckpoint(storage::Database &db, const Checkpoint &start,
                                            std::optional<qint64> toSeq)
{
    return walk(db, start.seq + 1, toSeq.value_or(std::numeric_limits<qint64>::max()), start.hash);
}

VerifyResult AuditLog::verifyAgainstCheckpoint(storage::Database &db, qint64 seq,
                                               const QString &hash)
{
    VerifyResult result = verify(db, qint64(1), seq);
    if (!result.intact)
        return result;
    const qint64 reached = result.lastSeq.value_or(0);
    if (reached < seq)
        return broken(result, reached + 1, QStringLiteral("truncated"));
    const QString reachedHash = reached == 0 ? genesisHash() : result.lastHash;
    if (reachedHash != hash)
        return broken(result, seq, QStringLiteral("rewritten"));
    return result;
}

} // namespace regie::audit
