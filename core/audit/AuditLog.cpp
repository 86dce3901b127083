#include "audit/AuditLog.h"

#include "audit/AuditActions.h"
#include "audit/AuditInternal.h"
#include "storage/Database.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QMutex>

namespace regie::audit {
namespace {

// A row in settings that every appender locks first. On SQLite BEGIN IMMEDIATE already lets one
// writer in at a time; on PostgreSQL two transactions could otherwise both read the same last
// event and fork the chain. Locking the newest audit row itself is not enough there: a waiter
// that wakes up under READ COMMITTED gets that same (unchanged) row back, not the new head.
const QString kAppendLockKey = QStringLiteral("audit.append_lock");

QMutex &clockMutex()
{
    static QMutex mutex;
    return mutex;
}

std::function<QDateTime()> &clockSlot()
{
    static std::function<QDateTime()> clock;
    return clock;
}

QDateTime now()
{
    std::function<QDateTime()> clock;
    {
        QMutexLocker lock(&clockMutex());
        clock = clockSlot();
    }
    return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool validField(const QString &value)
{
    return value.size() <= AuditLog::kMaxFieldLength && QStringView(value).isValidUtf16();
}

bool validateEvent(const QString &action, const QString &outcome, const QString &subject,
                   const QString &objectType, const QString &objectId, QString *error)
{
    if (!actions::isWellFormed(action))
        return fail(error, QStringLiteral("audit action code is not well-formed"));
    if (outcome != kOutcomeOk && outcome != kOutcomeGeweigerd && outcome != kOutcomeFout)
        return fail(error, QStringLiteral("audit outcome must be ok, geweigerd or fout"));
    if (!validField(subject) || !validField(objectType) || !validField(objectId))
        return fail(error, QStringLiteral("audit subject or object too long or invalid"));
    return true;
}

bool lockAppend(storage::Database &db, QString *error)
{
    const QString select = QStringLiteral("SELECT value FROM settings WHERE key = :k") + db.lockClause();
    storage::Sql lock(db, select);
    lock.bind(QStringLiteral(":k"), kAppendLockKey);
    if (!lock.exec())
        return fail(error, lock.error());
    if (lock.next())
        return true;
    // First append ever: create the lock row (a concurrent creator is absorbed by ON CONFLICT),
    // then lock it.
    storage::Sql create(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                           "ON CONFLICT (key) DO NOTHING"));
    create.bind(QStringLiteral(":k"), kAppendLockKey).bind(QStringLiteral(":v"), QStringLiteral("-"));
    if (!create.exec())
        return fail(error, create.error());
    storage::Sql relock(db, select);
    relock.bind(QStringLiteral(":k"), kAppendLockKey);
    if (!relock.exec() || !relock.next())
        return fail(error, QStringLiteral("audit append lock unavailable"));
    return true;
}

bool insertRow(storage::Database &db, const detail::StoredRow &row, QString *error)
{
    storage::Sql insert(db, QStringLiteral(
        "INSERT INTO audit_events (seq, at, actor_user_id, actor_role, action, outcome, subject,"
        " object_type, object_id, details_json, prev_hash, hash) VALUES (:seq, :at, :uid, :role,"
        " :action, :outcome, :subject, :otype, :oid, :details, :prev, :hash)"));
    insert.bind(QStringLiteral(":seq"), row.seq)
        .bind(QStringLiteral(":at"), row.at)
        .bind(QStringLiteral(":uid"), storage::nullable(row.actorUserId))
        .bind(QStringLiteral(":role"), row.actorRole)
        .bind(QStringLiteral(":action"), row.action)
        .bind(QStringLiteral(":outcome"), row.outcome)
        .bind(QStringLiteral(":subject"), row.subject.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.subject))
        .bind(QStringLiteral(":otype"), row.objectType.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.objectType))
        .bind(QStringLiteral(":oid"), row.objectId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.objectId))
        .bind(QStringLiteral(":details"), QString::fromUtf8(row.detailsJson))
        .bind(QStringLiteral(":prev"), row.prevHash)
        .bind(QStringLiteral(":hash"), row.hash);
    if (!insert.exec())
        return fail(error, insert.error());
    return true;
}

} // namespace

void AuditLog::setClock(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&clockMutex());
    clockSlot() = std::move(clock);
}

bool AuditLog::append(storage::Database &db, const Actor &actor, const QString &action,
                      const QString &outcome, const QString &subject, const QString &objectType,
                      const QString &objectId, const QJsonObject &details, QString *error)
{
    if (!validateEvent(action, outcome, subject, objectType, objectId, error)
        || !checkNoPersonalData(subject, objectId, details, error))
        return false;
    bool fraction = false;
    const std::optional<QByteArray> detailsJson = detail::writeCanonicalDetails(details, error, &fraction);
    if (!detailsJson) {
        // A fraction is a programmer error (money is cents, never double); size and depth are
        // input errors the caller handles.
        Q_ASSERT_X(!fraction, "AuditLog::append", "audit details must not contain floating-point numbers");
        return false;
    }
    // The append must be part of the caller's transaction (Database::inTransaction asks the engine).
    if (!db.inTransaction()) {
        Q_ASSERT_X(false, "AuditLog::append", "must run inside the caller's WriteTransaction");
        return fail(error, QStringLiteral("audit append outside a write transaction"));
    }
    if (!lockAppend(db, error))
        return false;

    const Checkpoint last = head(db);
    if (last.hash.isEmpty())
        return fail(error, QStringLiteral("audit head unreadable"));
    detail::StoredRow row;
    row.seq = last.seq + 1;
    const QDateTime at = now();
    if (!at.isValid())
        return fail(error, QStringLiteral("audit clock returned an invalid time"));
    row.at = storage::toDbTime(at);
    row.actorUserId = actor.userId > 0 ? std::optional<qint64>(actor.userId) : std::nullopt;
    row.actorRole = toCode(actor.role);
    row.action = action;
    row.outcome = outcome;
    row.subject = subject;
    row.objectType = objectType;
    row.objectId = objectId;
    row.detailsJson = *detailsJson;
    row.prevHash = last.hash;
    row.hash = detail::hashOf(row);
    return insertRow(db, row, error);
}

Checkpoint AuditLog::head(storage::Database &db)
{
    storage::Sql last(db, QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!last.exec())
        return Checkpoint{0, QString()};
    if (!last.next())
        return Checkpoint{0, genesisHash()};
    return Checkpoint{last.int64(0), last.text(1)};
}

QString AuditLog::headHash(storage::Database &db) { return head(db).hash; }

namespace detail {

QString selectColumns()
{
    return QStringLiteral("seq, at, actor_user_id, actor_role, action, outcome, subject, object_type,"
                          " object_id, details_json, prev_hash, hash");
}

StoredRow readRow(const storage::Sql &sql)
{
    StoredRow row;
    row.seq = sql.int64(0);
    row.at = sql.text(1);
    if (!sql.isNull(2))
        row.actorUserId = sql.int64(2);
    row.actorRole = sql.text(3);
    row.action = sql.text(4);
    row.outcome = sql.text(5);
    row.subject = sql.text(6);
    row.objectType = sql.text(7);
    row.objectId = sql.text(8);
    row.detailsJson = sql.text(9).toUtf8();
    row.prevHash = sql.text(10);
    row.hash = sql.text(11);
    return row;
}

AuditEvent toEvent(const StoredRow &row)
{
    AuditEvent event;
    event.seq = row.seq;
    event.at = storage::fromDbTime(row.at);
    event.actorUserId = row.actorUserId;
    event.actorRole = roleFromCode(row.actorRole).value_or(Role::Systeem);
    event.action = row.action;
    event.outcome = row.outcome;
    event.subject = row.subject;
    event.objectType = row.objectType;
    event.objectId = row.objectId;
    event.details = QJsonDocument::fromJson(row.detailsJson).object();
    event.prevHash = row.prevHash;
    event.hash = row.hash;
    return event;
}

} // namespace detail
} // namespace regie::audit
