#include "services/DemoLogins.h"

namespace regie::services {

using storage::Sql;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, username, display_name, role, COALESCE(inwoner_id, 0), COALESCE(team_id, 0) FROM users"
    " WHERE active = 1 AND demo = 1 AND role = :role AND (role <> 'inwoner' OR inwoner_id IS NOT NULL)");

DemoLogin readLogin(Sql &q)
{
    DemoLogin d;
    d.userId = q.int64(0);
    d.username = q.text(1);
    d.displayName = q.text(2);
    d.role = roleFromCode(q.text(3)).value_or(Role::Inwoner);
    d.inwonerId = q.int64(4);
    d.teamId = q.int64(5);
    return d;
}

} // namespace

Actor DemoLogin::actor() const
{
    Actor a;
    a.userId = userId;
    a.role = role;
    a.inwonerId = role == Role::Inwoner ? inwonerId : 0;
    a.teamId = teamId;
    a.displayName = displayName;
    return a;
}

DemoLogins::DemoLogins(ServiceContext &context) : ctx_(context) {}

Result<QList<DemoLogin>> DemoLogins::lijst(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return Result<QList<DemoLogin>>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen voor het systeem."));
    QList<DemoLogin> out;
    for (Role role : {Role::Inwoner, Role::Ketenpartner}) {
        Sql q(ctx_.db, kSelect + QStringLiteral(" ORDER BY id LIMIT :n"));
        q.bind(QStringLiteral(":role"), toCode(role)).bind(QStringLiteral(":n"), kMaxPerRole);
        if (!q.exec())
            return storageFailure<QList<DemoLogin>>(q.error());
        while (q.next())
            out.append(readLogin(q));
    }
    return Result<QList<DemoLogin>>::success(out);
}

Result<DemoLogin> DemoLogins::kies(const Actor &actor, qint64 userId)
{
    if (actor.role != Role::Systeem)
        return Result<DemoLogin>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen voor het systeem."));
    // Any active demo inwoner or ketenpartner, also beyond the short list on the page (a load
    // test logs in as thousands); a forged id of a medewerker or of an account the demo loader
    // did not make finds nothing.
    for (Role role : {Role::Inwoner, Role::Ketenpartner}) {
        Sql q(ctx_.db, kSelect + QStringLiteral(" AND id = :id"));
        q.bind(QStringLiteral(":role"), toCode(role)).bind(QStringLiteral(":id"), userId);
        if (!q.exec())
            return storageFailure<DemoLogin>(q.error());
        if (q.next())
            return Result<DemoLogin>::success(readLogin(q));
    }
    return notFound<DemoLogin>();
}

} // namespace regie::services
