#include "services/Installatie.h"

namespace regie::services {

using storage::Sql;

Result<bool> Installatie::heeftGegevens(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return forbidden<bool>();
    Sql q(ctx_.db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM inwoners) OR EXISTS (SELECT 1 FROM users)"));
    if (!q.exec() || !q.next())
        return storageFailure<bool>(q.error());
    return Result<bool>::success(q.value(0).toBool());
}

Result<Contact> Installatie::eersteTeam(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return forbidden<Contact>();
    Sql q(ctx_.db, QStringLiteral("SELECT naam, telefoon, email FROM teams ORDER BY id LIMIT 1"));
    if (!q.exec())
        return storageFailure<Contact>(q.error());
    if (!q.next())
        return notFound<Contact>();
    return Result<Contact>::success(Contact{q.text(0), q.text(1), q.text(2)});
}

} // namespace regie::services
