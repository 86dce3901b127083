#include "audit/AuditInternal.h"
#include "storage/Database.h"

namespace regie::audit {
namespace detail {

bool queryRows(storage::Database &db, const Filter &filter, int limit, QList<StoredRow> *rows,
               QString *error)
{
    if (filter.actions.size() > AuditLog::kMaxFilterActions) {
        if (error)
            *error = QStringLiteral("too many actions in the audit filter");
        return false;
    }
    QStringList where;
    if (filter.from)
        where << QStringLiteral("at >= :from");
    if (filter.to)
        where << QStringLiteral("at < :to");
    if (filter.actorUserId)
        where << QStringLiteral("actor_user_id = :uid");
    if (!filter.subject.isEmpty())
        where << QStringLiteral("subject = :subject");
    if (!filter.outcome.isEmpty())
        where << QStringLiteral("outcome = :outcome");
    if (filter.afterSeq)
        where << QStringLiteral("seq > :after");
    if (filter.beforeSeq)
        where << QStringLiteral("seq < :before");
    if (filter.teamId)
        where << QStringLiteral("(subject IN (SELECT public_id FROM inwoners WHERE team_id = :inwteam)"
                                " OR actor_user_id IN (SELECT id FROM users WHERE team_id = :userteam))");
    // Placeholder names that are not prefixes of each other: with ":team" beside ":team2" the
    // team filter let every team's events through on SQLite under Qt 6.4 (tst_account_security,
    // teamleiderReadsOwnTeamOnly); ":a1_" and ":a10_" keep the action list clear of the same.
    QStringList placeholders;
    for (qsizetype i = 0; i < filter.actions.size(); ++i)
        placeholders << QStringLiteral(":a%1_").arg(i);
    if (!placeholders.isEmpty())
        where << QStringLiteral("action IN (") + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');

    QString statement = QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM audit_events");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq");
    statement += QStringLiteral(" LIMIT ") + QString::number(limit);

    storage::Sql sql(db, statement);
    if (filter.from)
        sql.bind(QStringLiteral(":from"), storage::toDbTime(*filter.from));
    if (filter.to)
        sql.bind(QStringLiteral(":to"), storage::toDbTime(*filter.to));
    if (filter.actorUserId)
        sql.bind(QStringLiteral(":uid"), *filter.actorUserId);
    if (!filter.subject.isEmpty())
        sql.bind(QStringLiteral(":subject"), filter.subject);
    if (!filter.outcome.isEmpty())
        sql.bind(QStringLiteral(":outcome"), filter.outcome);
    if (filter.afterSeq)
        sql.bind(QStringLiteral(":after"), *filter.afterSeq);
    if (filter.beforeSeq)
        sql.bind(QStringLiteral(":before"), *filter.beforeSeq);
    if (filter.teamId)
        sql.bind(QStringLiteral(":inwteam"), *filter.teamId).bind(QStringLiteral(":userteam"), *filter.teamId);
    for (qsizetype i = 0; i < filter.actions.size(); ++i)
        sql.bind(placeholders.at(i), filter.actions.at(i));
    if (!sql.exec()) {
        if (error)
            *error = sql.error();
        return false;
    }
    while (sql.next())
        rows->append(readRow(sql));
    return true;
}

} // namespace detail

QList<AuditEvent> AuditLog::query(storage::Database &db, const Filter &filter)
{
    QList<detail::StoredRow> rows;
    const int limit = std::clamp(filter.limit, 1, kMaxQueryLimit);
    QList<AuditEvent> events;
    if (!detail::queryRows(db, filter, limit, &rows, nullptr))
        return events;
    events.reserve(rows.size());
    for (const detail::StoredRow &row : rows)
        events.append(detail::toEvent(row));
    return events;
}

QList<AuditEvent> AuditLog::toegangVoorInwoner(storage::Database &db, const QString &subject,
                                               int limit)
{
    QList<AuditEvent> events;
    if (subject.isEmpty())
        return events;
    // Only what others did: the inwoner's own actions and the system's bookkeeping are not
    // "someone looked at my data". Refused attempts read nothing and are left out here; the
    // full trail keeps them.
    storage::Sql sql(db, QStringLiteral("SELECT ") + detail::selectColumns() + QStringLiteral(
        " FROM audit_events WHERE subject = :subject AND outcome = :ok"
        " AND actor_role IN (:r1, :r2, :r3, :r4) ORDER BY seq DESC LIMIT ")
        + QString::number(std::clamp(limit, 1, kMaxQueryLimit)));
    sql.bind(QStringLiteral(":subject"), subject)
        .bind(QStringLiteral(":ok"), QString(kOutcomeOk))
        .bind(QStringLiteral(":r1"), toCode(Role::Medewerker))
        .bind(QStringLiteral(":r2"), toCode(Role::Teamleider))
        .bind(QStringLiteral(":r3"), toCode(Role::Beheerder))
        .bind(QStringLiteral(":r4"), toCode(Role::Ketenpartner));
    if (!sql.exec())
        return events;
    while (sql.next())
        events.append(detail::toEvent(detail::readRow(sql)));
    return events;
}

} // namespace regie::audit
