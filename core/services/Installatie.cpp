#include "services/Installatie.h"

#include "audit/AuditActions.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonObject>

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

namespace {

Result<Opslagsoort> leesSoort(storage::Database &db)
{
    Sql q(db, QStringLiteral("SELECT demo FROM opslag WHERE id = 1"));
    if (!q.exec())
        return storageFailure<Opslagsoort>(q.error());
    if (!q.next())
        return Result<Opslagsoort>::success(Opslagsoort::Onbepaald);
    return Result<Opslagsoort>::success(q.int64(0) != 0 ? Opslagsoort::Demo : Opslagsoort::Echt);
}

} // namespace

Result<Opslagsoort> Installatie::soort(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return forbidden<Opslagsoort>();
    return leesSoort(ctx_.db);
}

Result<Opslagsoort> Installatie::legSoortVast(const Actor &actor, bool demo)
{
    if (actor.role != Role::Systeem)
        return forbidden<Opslagsoort>();
    const Opslagsoort gevraagd = demo ? Opslagsoort::Demo : Opslagsoort::Echt;
    return UnitOfWork(ctx_).run<Opslagsoort>(actor, [&](Change &c) -> Result<Opslagsoort> {
        const auto nu = leesSoort(c.db());
        if (!nu.ok() || *nu.value == gevraagd)
            return nu;
        if (*nu.value != Opslagsoort::Onbepaald)
            return Result<Opslagsoort>::failure(ErrorCode::Conflict, QStringLiteral("De soort opslag ligt al vast."));
        Sql leeg(c.db(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM inwoners) OR EXISTS (SELECT 1 FROM users)"));
        if (!leeg.exec() || !leeg.next())
            return storageFailure<Opslagsoort>(leeg.error());
        if (leeg.value(0).toBool())
            return Result<Opslagsoort>::failure(ErrorCode::Conflict, QStringLiteral("De opslag heeft al gegevens."));
        Sql insert(c.db(), QStringLiteral("INSERT INTO opslag (id, demo, vastgelegd_at) VALUES (1, :d, :t)"));
        insert.bind(QStringLiteral(":d"), demo ? 1 : 0).bind(QStringLiteral(":t"), storage::toDbTime(c.now()));
        if (!insert.exec())
            return storageFailure<Opslagsoort>(insert.error());
        c.audit(audit::actions::OpslagVastgelegd, QString(), QStringLiteral("opslag"), QString(),
                QJsonObject{{QStringLiteral("demo"), demo}});
        return Result<Opslagsoort>::success(gevraagd);
    });
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
