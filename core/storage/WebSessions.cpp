#include "storage/WebSessions.h"

namespace regie::storage {
namespace {

QVariant optionalId(qint64 id) { return nullable(id > 0 ? std::optional<qint64>(id) : std::nullopt); }

// Columns 0..3 of every owner read: id_hash, role, user_id, inwoner_id, team_id.
const QString kOwnerColumns = QStringLiteral("SELECT id_hash, role, user_id, inwoner_id, team_id FROM web_sessions");

std::optional<QList<SessionOwner>> ownersOf(Sql &q, int limit)
{
    if (!q.exec())
        return std::nullopt;
    QList<SessionOwner> owners;
    while (owners.size() < limit && q.next()) {
        SessionOwner o;
        o.idHash = q.text(0);
        o.actor.role = roleFromCode(q.text(1)).value_or(Role::Systeem);
        o.actor.userId = q.int64(2);
        o.actor.inwonerId = q.int64(3);
        o.actor.teamId = q.int64(4);
        owners.append(o);
    }
    return owners;
}

} // namespace

std::optional<SessionRow> WebSessions::find(const QString &idHash)
{
    Sql q(db_, QStringLiteral("SELECT s.user_id, s.inwoner_id, s.role, s.team_id, s.csrf_token, s.created_at,"
                              " s.last_seen_at, s.language, s.demo_login, s.flash, u.display_name FROM web_sessions s"
                              " LEFT JOIN users u ON u.id = s.user_id WHERE s.id_hash = :h"
                              // `active` is checked on every request: a deactivated account's
                              // session is no session, even before it is removed.
                              " AND (s.user_id IS NULL OR u.active = 1)"));
    q.bind(QStringLiteral(":h"), idHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::optional<Role> role = roleFromCode(q.text(2));
    if (!role)
        return std::nullopt;
    SessionRow row;
    row.idHash = idHash;
    row.actor.userId = q.int64(0);
    row.actor.inwonerId = q.int64(1);
    row.actor.role = *role;
    row.actor.teamId = q.int64(3);
    row.actor.displayName = q.text(10);
    row.csrfToken = q.text(4);
    row.createdAt = fromDbTime(q.text(5));
    row.lastSeenAt = fromDbTime(q.text(6));
    row.language = q.text(7);
    row.demoLogin = q.int64(8) != 0;
    row.flash = q.text(9);
    return row;
}

bool WebSessions::insert(const SessionRow &row, QString *error)
{
    Sql q(db_, QStringLiteral("INSERT INTO web_sessions (id_hash, user_id, inwoner_id, role, team_id, csrf_token,"
                              " created_at, last_seen_at, language, demo_login)"
                              " VALUES (:h, :u, :i, :r, :t, :c, :created, :seen, :l, :d)"));
    q.bind(QStringLiteral(":h"), row.idHash)
        .bind(QStringLiteral(":u"), optionalId(row.actor.userId))
        .bind(QStringLiteral(":i"), optionalId(row.actor.inwonerId))
        .bind(QStringLiteral(":r"), toCode(row.actor.role))
        .bind(QStringLiteral(":t"), optionalId(row.actor.teamId))
        .bind(QStringLiteral(":c"), row.csrfToken)
        .bind(QStringLiteral(":created"), toDbTime(row.createdAt))
        .bind(QStringLiteral(":seen"), toDbTime(row.lastSeenAt))
        .bind(QStringLiteral(":l"), row.language)
        .bind(QStringLiteral(":d"), row.demoLogin ? 1 : 0);
    if (q.exec())
        return true;
    *error = q.error();
    return false;
}

int WebSessions::remove(const QString &idHash, QString *error)
{
    Sql q(db_, QStringLiteral("DELETE FROM web_sessions WHERE id_hash = :h"));
    q.bind(QStringLiteral(":h"), idHash);
    if (q.exec())
        return q.numRowsAffected();
    *error = q.error();
    return -1;
}

bool WebSessions::touch(const QString &idHash, const QDateTime &lastSeenAt, QString *error)
{
    Sql q(db_, QStringLiteral("UPDATE web_sessions SET last_seen_at = :t WHERE id_hash = :h"));
    q.bind(QStringLiteral(":t"), toDbTime(lastSeenAt)).bind(QStringLiteral(":h"), idHash);
    if (q.exec())
        return true;
    *error = q.error();
    return false;
}

bool WebSessions::saveState(const QString &idHash, const QString &flash, const QString &language, QString *error)
{
    Sql q(db_, QStringLiteral("UPDATE web_sessions SET flash = :f, language = :l WHERE id_hash = :h"));
    q.bind(QStringLiteral(":f"), flash).bind(QStringLiteral(":l"), language).bind(QStringLiteral(":h"), idHash);
    if (q.exec())
        return true;
    *error = q.error();
    return false;
}

std::optional<QList<SessionOwner>> WebSessions::ofPerson(qint64 userId, qint64 inwonerId)
{
    Sql q(db_, kOwnerColumns + QStringLiteral(" WHERE (user_id = :u AND :u2 > 0) OR (inwoner_id = :i AND :i2 > 0)"
                                              " LIMIT :n"));
    q.bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":u2"), userId)
        .bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":i2"), inwonerId)
        .bind(QStringLiteral(":n"), kMaxRows);
    return ownersOf(q, kMaxRows);
}

std::optional<QList<SessionOwner>> WebSessions::expired(const QDateTime &idleSince, const QDateTime &startedBefore,
                                                        int maxRows)
{
    const int bounded = qBound(0, maxRows, kMaxRows);
    Sql q(db_, kOwnerColumns + QStringLiteral(" WHERE last_seen_at <= :idle OR created_at <= :started LIMIT :n"));
    q.bind(QStringLiteral(":idle"), toDbTime(idleSince))
        .bind(QStringLiteral(":started"), toDbTime(startedBefore))
        .bind(QStringLiteral(":n"), bounded);
    return ownersOf(q, bounded);
}

} // namespace regie::storage
