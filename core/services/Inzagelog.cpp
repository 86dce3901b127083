#include "services/Inzagelog.h"

#include "audit/AuditLog.h"
#include "services/Support.h"

#include <QtCore/QHash>

namespace regie::services {

using storage::Sql;

namespace {

struct Herkomst {
    QString team, organisatie;
};

Herkomst herkomstVan(ServiceContext &ctx, qint64 userId)
{
    Sql q(ctx.db, QStringLiteral("SELECT COALESCE(t.naam, ''), COALESCE(u.organisatie, '') FROM users u"
                                 " LEFT JOIN teams t ON t.id = u.team_id WHERE u.id = :u"));
    q.bind(QStringLiteral(":u"), userId);
    if (!q.exec() || !q.next())
        return {};
    return Herkomst{q.text(0), q.text(1)};
}

} // namespace

Inzagelog::Inzagelog(ServiceContext &context) : ctx_(context) {}

Result<QList<InzageRegel>> Inzagelog::voorInwoner(const Actor &actor, qint64 inwonerId, int limit)
{
    // Only the inwoner: staff have their own audit viewer, and a ketenpartner must not learn
    // who else is involved.
    if (actor.role != Role::Inwoner || actor.inwonerId != inwonerId)
        return notFound<QList<InzageRegel>>();
    const QString pseudonym = inwonerPseudonym(ctx_, inwonerId);
    if (pseudonym.isEmpty())
        return notFound<QList<InzageRegel>>();
    const auto events = audit::AuditLog::toegangVoorInwoner(ctx_.db, pseudonym, qBound(1, limit, kMaxRegels));
    QHash<qint64, Herkomst> cache; // many events come from the same few people
    QList<InzageRegel> out;
    for (const audit::AuditEvent &e : events) {
        InzageRegel r;
        r.moment = e.at;
        r.rol = e.actorRole;
        r.actie = e.action;
        if (e.actorUserId) {
            if (!cache.contains(*e.actorUserId))
                cache.insert(*e.actorUserId, herkomstVan(ctx_, *e.actorUserId));
            const Herkomst &h = cache[*e.actorUserId];
            if (e.actorRole == Role::Ketenpartner)
                r.organisatie = h.organisatie;
            else
                r.team = h.team;
        }
        out.append(r);
    }
    return Result<QList<InzageRegel>>::success(out);
}

} // namespace regie::services
