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

} // namespace regie::services
