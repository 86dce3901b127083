#include "services/UnitOfWork.h"

#include "audit/AuditLog.h"
#include "outbox/Outbox.h"

namespace regie::services {

Change::Change(ServiceContext &context, const Actor &actor) : ctx_(context), actor_(actor), now_(context.now()) {}

void Change::audit(const QString &action, const QString &subject, const QString &objectType, const QString &objectId,
                   const QJsonObject &details)
{
    audits_.append(PendingAudit{action, subject, objectType, objectId, details, false});
}

void Change::auditRefusal(const QString &action, const QString &subject, const QString &objectType,
                          const QString &objectId, const QJsonObject &details)
{
    audits_.append(PendingAudit{action, subject, objectType, objectId, details, true});
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
        const QLatin1String outcome = a.refused ? audit::kOutcomeGeweigerd : audit::kOutcomeOk;
        if (!audit::AuditLog::append(ctx_.db, actor_, a.action, outcome, a.subject, a.objectType, a.objectId,
                                     a.details, error))
            return false;
    }
    return true;
}

void Change::writeRefusals() const
{
    UnitOfWork work(ctx_);
    for (const PendingAudit &a : refusals_)
        work.recordRefusal(actor_, a.action, a.subject, a.objectType, a.objectId, a.details);
}

Result<bool> UnitOfWork::record(const Actor &actor, const QString &action, const QString &subject,
                                const QString &objectType, const QString &objectId, const QJsonObject &details)
{
    return run<bool>(actor, [&](Change &c) {
        c.audit(action, subject, objectType, objectId, details);
        return Result<bool>::success(true);
    });
}

// The one place besides run() that opens a write transaction: run() cannot carry a refusal,
// since a refused change rolls back and the refusal must stay.
void UnitOfWork::recordRefusal(const Actor &actor, const QString &action, const QString &subject,
                               const QString &objectType, const QString &objectId, const QJsonObject &details)
{
    storage::WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return;
    QString ignored;
    if (audit::AuditLog::append(ctx_.db, actor, action, audit::kOutcomeGeweigerd, subject, objectType, objectId,
                                details, &ignored))
        tx.commit();
}

void auditDenied(ServiceContext &ctx, const Actor &actor, const QString &action, const QString &subject,
                 const QString &objectType, const QString &objectId)
{
    UnitOfWork(ctx).recordRefusal(actor, action, subject, objectType, objectId);
}

} // namespace regie::services
