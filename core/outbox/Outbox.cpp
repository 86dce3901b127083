#include "outbox/Outbox.h"

#include <QtCore/QJsonDocument>

namespace regie::outbox {

using storage::Sql;

namespace {

Message readMessage(Sql &q)
{
    Message m;
    m.id = q.int64(QStringLiteral("id"));
    m.topic = q.text(QStringLiteral("topic"));
    m.idempotencyKey = q.text(QStringLiteral("idempotency_key"));
    m.payload = QJsonDocument::fromJson(q.text(QStringLiteral("payload_json")).toUtf8()).object();
    m.status = q.text(QStringLiteral("status"));
    m.attempts = static_cast<int>(q.int64(QStringLiteral("attempts")));
    m.nextAttemptAt = storage::fromDbTime(q.text(QStringLiteral("next_attempt_at")));
    m.lastError = q.text(QStringLiteral("last_error"));
    m.createdAt = storage::fromDbTime(q.text(QStringLiteral("created_at")));
    return m;
}

const QString kColumns = QStringLiteral(
    "id, topic, idempotency_key, payload_json, status, attempts, next_attempt_at, last_error, created_at");

} // namespace

qint64 backoffSeconds(int attempts)
{
    const int exponent = qBound(0, attempts, 12);
    return qMin<qint64>(qint64(1) << exponent, 3600);
}

std::optional<qint64> enqueue(storage::Database &db, const QString &topic, const QString &idempotencyKey,
                              const QJsonObject &payload, const QDateTime &now, QString *error)
{
    Sql existing(db, QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = :k"));
    existing.bind(QStringLiteral(":k"), idempotencyKey);
    if (!existing.exec()) {
        if (error)
            *error = existing.error();
        return std::nullopt;
    }
    if (existing.next())
        return existing.int64(0);
    Sql insert(db, QStringLiteral("INSERT INTO outbox (topic, idempotency_key, payload_json, status,"
                                  " attempts, next_attempt_at, created_at)"
                                  " VALUES (:topic, :k, :p, 'nieuw', 0, :t, :t) RETURNING id"));
    insert.bind(QStringLiteral(":topic"), topic)
        .bind(QStringLiteral(":k"), idempotencyKey)
        .bind(QStringLiteral(":p"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":t"), storage::toDbTime(now));
    if (!insert.exec() || !insert.next()) {
        if (error)
            *error = insert.error();
        return std::nullopt;
    }
    return insert.int64(0);
}

QList<Message> due(storage::Database &db, const QDateTime &now, int limit)
{
    QList<Message> out;
    Sql q(db, QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM outbox WHERE status = 'nieuw' AND next_attempt_at <= :t"
                                   " AND (claimed_until IS NULL OR claimed_until < :t2)"
                                   " ORDER BY next_attempt_at, id LIMIT :n"));
    q.bind(QStringLiteral(":t"), storage::toDbTime(now))
        .bind(QStringLiteral(":t2"), storage::toDbTime(now))
        .bind(QStringLiteral(":n"), qBound(1, limit, 1000));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

bool claim(storage::Database &db, qint64 id, const QString &claimant, const QDateTime &now, const QDateTime &until)
{
    // One statement: PostgreSQL locks the row and checks the WHERE again after waiting for
    // another claimer; SQLite has one writer at a time. Whoever comes second changes nothing.
    Sql q(db, QStringLiteral("UPDATE outbox SET claimed_by = :c, claimed_until = :u"
                             " WHERE id = :id AND status = 'nieuw' AND next_attempt_at <= :t1"
                             " AND (claimed_until IS NULL OR claimed_until < :t2)"));
    const QString t = storage::toDbTime(now);
    q.bind(QStringLiteral(":c"), claimant)
        .bind(QStringLiteral(":u"), storage::toDbTime(until))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":t1"), t)
        .bind(QStringLiteral(":t2"), t);
    return q.exec() && q.numRowsAffected() == 1;
}

bool markSent(storage::Database &db, qint64 id, const QDateTime &now)
{
    Sql q(db, QStringLiteral("UPDATE outbox SET status = 'verzonden', done_at = :t, last_error = NULL"
                             " WHERE id = :id AND status = 'nieuw'"));
    q.bind(QStringLiteral(":t"), storage::toDbTime(now)).bind(QStringLiteral(":id"), id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool markFailed(storage::Database &db, qint64 id, const QString &error, const QDateTime &now, int maxAttempts)
{
    Sql read(db, QStringLiteral("SELECT attempts FROM outbox WHERE id = :id"));
    read.bind(QStringLiteral(":id"), id);
    if (!read.exec() || !read.next())
        return false;
    const int attempts = static_cast<int>(read.int64(0)) + 1;
    const bool giveUp = attempts >= maxAttempts;
    Sql q(db, QStringLiteral("UPDATE outbox SET attempts = :a, last_error = :e, status = :s,"
                             " next_attempt_at = :n, claimed_by = NULL, claimed_until = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":a"), attempts)
        .bind(QStringLiteral(":e"), error.left(500))
        .bind(QStringLiteral(":s"), giveUp ? QStringLiteral("mislukt") : QStringLiteral("nieuw"))
        .bind(QStringLiteral(":n"), storage::toDbTime(now.addSecs(backoffSeconds(attempts))))
        .bind(QStringLiteral(":id"), id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool retryNow(storage::Database &db, qint64 id, const QDateTime &now)
{
    Sql q(db, QStringLiteral("UPDATE outbox SET status = 'nieuw', attempts = 0, next_attempt_at = :t"
                             " WHERE id = :id AND status = 'mislukt'"));
    q.bind(QStringLiteral(":t"), storage::toDbTime(now)).bind(QStringLiteral(":id"), id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<Message> list(storage::Database &db, const QString &status, int limit)
{
    QList<Message> out;
    Sql q(db, QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM outbox WHERE status = :s ORDER BY id DESC LIMIT :n"));
    q.bind(QStringLiteral(":s"), status).bind(QStringLiteral(":n"), qBound(1, limit, 1000));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

} // namespace regie::outbox
