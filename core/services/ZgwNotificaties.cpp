#include "services/ZgwNotificaties.h"

#include "audit/AuditLog.h"
#include "services/UnitOfWork.h"

namespace regie::services {
namespace {

// Not yet in audit/AuditActions.h; AuditLog accepts any well-formed code.
const QString kActionOntvangen = QStringLiteral("notificatie.ontvangen");

} // namespace

Result<bool> ZgwNotificaties::ontvang(const Actor &actor, const OntvangenNotificatie &n)
{
    if (actor.role != Role::Systeem)
        return Result<bool>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
    if (n.sleutel.isEmpty())
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("De notificatie heeft geen sleutel."));
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) {
        storage::Sql q(c.db(), QStringLiteral("INSERT INTO zgw_notificaties (key, received_at) VALUES (:k, :t)"
                                              " ON CONFLICT (key) DO NOTHING"));
        q.bind(QStringLiteral(":k"), n.sleutel).bind(QStringLiteral(":t"), storage::toDbTime(c.now()));
        if (!q.exec())
            return storageFailure<bool>(q.error());
        if (q.numRowsAffected() == 0)
            return Result<bool>::success(false);
        const QJsonObject details{{QStringLiteral("kanaal"), n.kanaal.left(50)},
                                  {QStringLiteral("resource"), n.resource.left(100)},
                                  {QStringLiteral("actie"), n.actie.left(100)},
                                  {QStringLiteral("sleutel"), audit::AuditLog::opaqueRef(QStringView(n.sleutel).left(16))}};
        c.audit(kActionOntvangen, QString(), QStringLiteral("zaak"),
                audit::AuditLog::opaqueRef(QStringView(n.zaakId).left(64)), details);
        return Result<bool>::success(true);
    });
}

} // namespace regie::services
