#pragma once
// The audit trail: every action of every person (and of the system), append-only and
// hash-chained, so that any later edit, deletion, reordering or insertion of an event is
// found by verify(). docs/AUDIT.md describes the hashing scheme and what it can and cannot
// prove.
//
// Events name the inwoner only by public_id (a pseudonym) and never carry BSN, IBAN, names or
// contact details: the trail outlives the erasure of personal data and must still verify
// afterwards, and it is read by many roles.

#include "domain/Domain.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace regie::storage {
class Database;
}

namespace regie::audit {

inline constexpr QLatin1String kOutcomeOk{"ok"};
inline constexpr QLatin1String kOutcomeGeweigerd{"geweigerd"};
inline constexpr QLatin1String kOutcomeFout{"fout"};

struct AuditEvent {
    qint64 seq = 0;
    QDateTime at;
    std::optional<qint64> actorUserId; // empty for the system
    Role actorRole = Role::Systeem;
    QString action;     // a code from audit/AuditActions.h, e.g. "verzoek.ingediend"
    QString outcome;    // "ok" | "geweigerd" | "fout"
    QString subject;    // inwoner public_id (pseudonym) or empty
    QString objectType; // e.g. "verzoek", "afspraak"
    QString objectId;
    QJsonObject details; // integers, strings, booleans only; no personal data
    QString prevHash;
    QString hash;
};

struct VerifyResult {
    bool intact = true;
    qint64 eventsChecked = 0;
    std::optional<qint64> firstBadSeq;
    // "edited" | "deleted" | "reordered" | "inserted" | "truncated" | "rewritten" | "malformed"
    // | "database" (the check itself could not run); empty when intact.
    QString problem;
    // The last event that verified, so a caller can store it as the next checkpoint.
    std::optional<qint64> lastSeq;
    QString lastHash;
};

// A published (seq, hash) pair: whoever holds it can later prove the trail up to seq was not
// rewritten or cut off.
struct Checkpoint {
    qint64 seq = 0;  // 0: empty trail
    QString hash;    // the genesis hash for an empty trail
};

struct Filter {
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    std::optional<qint64> actorUserId;
    QString subject;
    QStringList actions; // any of these; empty = all (at most kMaxFilterActions)
    QString outcome;
    int limit = 1000;    // clamped to 1..kMaxQueryLimit; exports page past it themselves
    std::optional<qint64> afterSeq;  // keyset paging, oldest first
    std::optional<qint64> beforeSeq; // keyset paging, newest first
    bool newestFirst = false;
    // Only events about an inwoner of this team or done by one of its members (a
    // teamleider's view of the trail). nullopt: the whole trail.
    std::optional<qint64> teamId;
};

// Offline check of an export made by exportJson().
struct ExportCheck {
    // The prev_hash the first exported event must carry (from a checkpoint or from the end of
    // the previous export). Empty: trust the first event's own prev_hash.
    QString firstPrevHash;
    // The hash the last exported event must carry. Empty: not checked (a cut-off tail of the
    // file is then undetectable).
    QString lastHash;
    // A period export (only from/to in the filter) holds every event in its range, so a gap
    // in seq is a deletion. Exports filtered on subject, actor or action have gaps by nature:
    // set false and only each event's own hash and the links between neighbours are checked.
    bool contiguous = true;
};

class AuditLog {
public:
    static constexpr int kMaxQueryLimit = 10000;
    static constexpr int kMaxFilterActions = 50;
    static constexpr qint64 kMaxExportEvents = 2000000;
    static constexpr int kMaxDetailsBytes = 16 * 1024;
    static constexpr int kMaxDetailsDepth = 8;
    static constexpr int kMaxFieldLength = 128;

    // Appends one event. MUST run inside the caller's open storage::WriteTransaction, so the
    // event commits or rolls back together with the change it describes; outside a
    // transaction it asserts (debug) and returns false. Returns false with a message free of
    // personal data when the event is malformed or its details look like personal data
    // (BSN, IBAN, e-mail address, or a key such as "naam"); the caller must then roll back.
    // Details must not contain floating-point numbers (a programmer error: asserts).
    static bool append(storage::Database &db, const Actor &actor, const QString &action,
                       const QString &outcome, const QString &subject, const QString &objectType,
                       const QString &objectId, const QJsonObject &details, QString *error);

    // The clock that stamps events; tests set a fixed one. nullptr restores the real clock.
    static void setClock(std::function<QDateTime()> clock);

    // Walks the events in seq order in bounded pages, recomputing every hash and link; stops
    // at the first break and names it. fromSeq defaults to 1 (the genesis event).
    static VerifyResult verify(storage::Database &db, std::optional<qint64> fromSeq = {},
                               std::optional<qint64> toSeq = {});
    // verify() from just after a checkpoint: the chain is anchored on start.hash instead of on
    // the stored event start.seq (which may have been archived).
    static VerifyResult verifyFromCheckpoint(storage::Database &db, const Checkpoint &start,
                                             std::optional<qint64> toSeq = {});
    // verify() up to seq, plus: event seq exists and carries exactly this hash. Finds a cut-off
    // tail and a rewritten history, which a chain alone cannot show.
    static VerifyResult verifyAgainstCheckpoint(storage::Database &db, qint64 seq,
                                                const QString &hash);
    static Checkpoint head(storage::Database &db);
    static QString headHash(storage::Database &db);

    static QList<AuditEvent> query(storage::Database &db, const Filter &filter);
    // "Wie heeft mijn gegevens bekeken": successful events about this inwoner by staff and
    // ketenpartners (not by the inwoner, not by the system), newest first.
    static QList<AuditEvent> toegangVoorInwoner(storage::Database &db, const QString &subject,
                                                int limit = 100);

    // RFC 4180 CSV (UTF-8, CRLF, header row); cells that a spreadsheet would run as a formula
    // are prefixed with a quote.
    static bool exportCsv(storage::Database &db, const Filter &filter, QIODevice &out,
                          QString *error);
    // A JSON array, one event per line, with prev_hash and hash so verifyExportedJson() can
    // check it without the database.
    static bool exportJson(storage::Database &db, const Filter &filter, QIODevice &out,
                           QString *error);
    static VerifyResult verifyExportedJson(QIODevice &in, const ExportCheck &check = {});

    // ---- The hashing scheme, public so other tools can verify offline ------------------
    static QString genesisHash(); // 64 zeros
    // The canonical byte form of an event (all fields except prev_hash and hash). Details that
    // canonicalDetails() refuses come out empty, so their hash matches no stored event.
    static QByteArray canonicalForm(const AuditEvent &event);
    // SHA-256 hex over prev_hash + canonicalForm(event).
    static QString computeHash(const AuditEvent &event);
    // Canonical compact JSON of details (keys sorted, integers only); nullopt with a reason
    // for doubles, too deep or too large input.
    static std::optional<QByteArray> canonicalDetails(const QJsonObject &details, QString *error);
    // The personal-data guard applied by append(). True when clean.
    static bool checkNoPersonalData(const QString &subject, const QString &objectId,
                                    const QJsonObject &details, QString *error);
    // A technical reference (a hash, a token's hash, a UUID) in a form the guard never
    // mistakes for a BSN or IBAN: every digit 0-9 becomes a letter g-p, everything else stays.
    // Unique and reversible, so the reference still identifies its object. A hash's digits
    // are random, so about one in a few hundred 12-character hex refs held nine digits in a
    // row passing the 11-proef, and the guard refused that event.
    static QString opaqueRef(QStringView reference);
};

} // namespace regie::audit
