#include "services/AuditInzage.h"

#include "audit/AuditActions.h"
#include "auth/Access.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QBuffer>
#include <QtCore/QJsonObject>

namespace regie::services {

namespace {

template <typename T>
Result<T> alleenTeamleiding()
{
    return Result<T>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen voor teamleiders en beheerders."));
}

QJsonObject describe(const audit::Filter &f)
{
    QJsonObject o;
    if (f.from)
        o.insert(QStringLiteral("van"), f.from->toString(Qt::ISODate));
    if (f.to)
        o.insert(QStringLiteral("tot"), f.to->toString(Qt::ISODate));
    if (f.actorUserId)
        o.insert(QStringLiteral("medewerker"), *f.actorUserId);
    if (!f.subject.isEmpty())
        o.insert(QStringLiteral("subject"), f.subject);
    if (!f.actions.isEmpty())
        o.insert(QStringLiteral("acties"), f.actions.join(u','));
    o.insert(QStringLiteral("bereik"), f.teamId ? QStringLiteral("team") : QStringLiteral("alles"));
    return o;
}

// Refuses the export once it grows past the bound, instead of filling memory.
class BoundedBuffer : public QBuffer {
public:
    explicit BoundedBuffer(qint64 maxBytes) : max_(maxBytes) {}
    bool overflowed = false;

protected:
    qint64 writeData(const char *data, qint64 len) override
    {
        if (size() + len > max_) {
            overflowed = true;
            return -1;
        }
        return QBuffer::writeData(data, len);
    }

private:
    qint64 max_;
};

// A teamleider reads the trail of their own team only: events about its inwoners and those
// done by its members. The beheerder reads the whole trail, and the event that records the
// reading says which of the two it was.
audit::Filter binnenBereik(const Actor &actor, audit::Filter filter)
{
    if (actor.role != Role::Beheerder)
        filter.teamId = actor.teamId;
    return filter;
}

} // namespace

AuditInzage::AuditInzage(ServiceContext &context) : ctx_(context) {}

bool AuditInzage::log(const Actor &actor, const QString &action, const QJsonObject &details)
{
    return UnitOfWork(ctx_).record(actor, action, QString(), QStringLiteral("audit"), QString(), details).ok();
}

Result<QList<audit::AuditEvent>> AuditInzage::zoek(const Actor &actor, const audit::Filter &gevraagd)
{
    if (!auth::magAuditExporteren(actor)) {
        auditDenied(ctx_, actor, audit::actions::AuditBekeken, QString(), QStringLiteral("audit"), QString());
        return alleenTeamleiding<QList<audit::AuditEvent>>();
    }
    const audit::Filter filter = binnenBereik(actor, gevraagd);
    if (!log(actor, audit::actions::AuditBekeken, describe(filter)))
        return storageFailure<QList<audit::AuditEvent>>(QStringLiteral("audit.bekeken"));
    return Result<QList<audit::AuditEvent>>::success(audit::AuditLog::query(ctx_.db, filter));
}

Result<QByteArray> AuditInzage::exporteer(const Actor &actor, const audit::Filter &gevraagd, AuditFormaat formaat)
{
    if (!auth::magAuditExporteren(actor)) {
        auditDenied(ctx_, actor, audit::actions::ExportAudit, QString(), QStringLiteral("audit"), QString());
        return alleenTeamleiding<QByteArray>();
    }
    const audit::Filter filter = binnenBereik(actor, gevraagd);
    QJsonObject details = describe(filter);
    details.insert(QStringLiteral("formaat"), formaat == AuditFormaat::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
    if (!log(actor, audit::actions::ExportAudit, details))
        return storageFailure<QByteArray>(QStringLiteral("export.audit"));
    BoundedBuffer buffer(kMaxExportBytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = formaat == AuditFormaat::Csv ? audit::AuditLog::exportCsv(ctx_.db, filter, buffer, &error)
                                                 : audit::AuditLog::exportJson(ctx_.db, filter, buffer, &error);
    if (buffer.overflowed)
        return Result<QByteArray>::failure(ErrorCode::Invalid, QStringLiteral("De export is te groot. Kies een kortere periode."),
                                           {FieldError{QStringLiteral("van"), QStringLiteral("Kies een kortere periode.")}});
    if (!ok)
        return storageFailure<QByteArray>(error);
    return Result<QByteArray>::success(buffer.data());
}

Result<audit::VerifyResult> AuditInzage::verifieer(const Actor &actor)
{
    if (!auth::magAuditExporteren(actor)) {
        auditDenied(ctx_, actor, audit::actions::AuditGeverifieerd, QString(), QStringLiteral("audit"), QString());
        return alleenTeamleiding<audit::VerifyResult>();
    }
    const audit::VerifyResult result = audit::AuditLog::verify(ctx_.db);
    log(actor, audit::actions::AuditGeverifieerd,
        QJsonObject{{QStringLiteral("intact"), result.intact}, {QStringLiteral("events"), result.eventsChecked}});
    return Result<audit::VerifyResult>::success(result);
}

} // namespace regie::services
