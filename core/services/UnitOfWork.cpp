#include "services/UnitOfWork.h"

#include "audit/AuditLog.h"
#include "outbox/Outbox.h"
#include "services/Support.h"

namespace regie::services {

Change::Change(ServiceContext &context, const Actor &actor) : ctx_(context), actor_(actor), now_(context.now()) {}

void Change::audit(const QString &action, const QString &subject, const QString &objectType, const QString &objectId,
                   const QJsonObject &details)
{
    audits_.append(PendingAudit{action, subject, objectType, objectId, details});
}

void Change::outbox(const QString &topic, const QString &idempotencyKey, const QJsonObject &payload)
{
    messages_.append(PendingMessage{topic, idempotencyKey, payload});
}

bool Change::flush(QString *error) const
{
    for (const PendingMessage &m : messages_) {
        if (!outbox::enqueue(ctx_.db, m.topic, m.key, m.payload, now_, error))
            return false;
    }
    for (const PendingAudit &a : audits_) {
        if (!audit::AuditLog::append(ctx_.db, actor_, a.action, audit::kOutcomeOk, a.subject, a.objectType,
                                     a.objectId, a.details, error))
            return false;
    }
    return true;
}

void Change::writeRefusals() const
{
    for (const PendingAudit &a : refusals_)
        auditDenied(ctx_, actor_, a.action, a.subject, a.objectType, a.objectId);
}

} // namespace regie::services
