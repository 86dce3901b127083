#include "services/Support.h"

#include "audit/AuditLog.h"
#include "crypto/Random.h"

namespace regie::services {

using storage::Sql;

bool auditInTx(ServiceContext &ctx, const Actor &actor, const QString &action, const QString &subject,
               const QString &objectType, const QString &objectId, const QJsonObject &details,
               QString *error)
{
    return audit::AuditLog::append(ctx.db, actor, action, QStringLiteral("ok"), subject, objectType,
                                   objectId, details, error);
}

QString inwonerPseudonym(ServiceContext &ctx, qint64 inwonerId)
{
    Sql q(ctx.db, QStringLiteral("SELECT public_id FROM inwoners WHERE id = :id"));
    q.bind(QStringLiteral(":id"), inwonerId);
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

std::optional<qint64> inwonerIdVoorPseudonym(ServiceContext &ctx, const QString &pseudonym)
{
    if (pseudonym.isEmpty())
        return std::nullopt;
    Sql q(ctx.db, QStringLiteral("SELECT id FROM inwoners WHERE public_id = :p"));
    q.bind(QStringLiteral(":p"), pseudonym.left(64));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.int64(0);
}

std::optional<qint64> inwonerIdForReservering(ServiceContext &ctx, qint64 reserveringId)
{
    Sql q(ctx.db, QStringLiteral("SELECT inwoner_id FROM reserveringen WHERE id = :id"));
    q.bind(QStringLiteral(":id"), reserveringId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.int64(0);
}

bool checkAccess(ServiceContext &ctx, const Actor &actor, auth::Action action, qint64 inwonerId,
                 const QString &auditAction, const QString &objectType, const QString &objectId)
{
    if (auth::mag(ctx.db, actor, action, inwonerId))
        return true;
    auditDenied(ctx, actor, auditAction, inwonerPseudonym(ctx, inwonerId), objectType, objectId);
    return false;
}

QString newPublicId(int bytes) { return crypto::randomToken(bytes); }

// Who hears about this inwoner's requests: the active medewerkers with the inwoner in their
// caseload; when there are none (a caseload not assigned yet, a medewerker who left), the
// active teamleiders of the inwoner's team, so a request never waits unseen.
QList<qint64> verzoekOntvangers(storage::Database &db, qint64 inwonerId)
{
    QList<qint64> out;
    Sql q(db, QStringLiteral("SELECT c.medewerker_id FROM caseload c JOIN users u ON u.id = c.medewerker_id"
                             " WHERE c.inwoner_id = :i AND u.active = 1 ORDER BY c.medewerker_id"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (q.exec()) {
        while (q.next())
            out.append(q.int64(0));
    }
    if (!out.isEmpty())
        return out;
    Sql leiders(db, QStringLiteral("SELECT u.id FROM users u JOIN inwoners i ON i.team_id = u.team_id"
                                   " WHERE i.id = :i AND u.role = 'teamleider' AND u.active = 1 ORDER BY u.id"));
    leiders.bind(QStringLiteral(":i"), inwonerId);
    if (leiders.exec()) {
        while (leiders.next())
            out.append(leiders.int64(0));
    }
    return out;
}


} // namespace regie::services
