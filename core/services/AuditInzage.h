#pragma once
// The audit trail as teamleiders and beheerders read it: a filtered list, an export (CSV or
// JSON with hashes) and the verification of the whole chain. Reading the trail is itself
// audited (audit.bekeken, export.audit, audit.geverifieerd), in the same trail, with its
// `bereik`: a teamleider reads and exports only events about the own team's inwoners or done
// by its members ("team"); the beheerder reads the whole trail ("alles").

#include "audit/AuditLog.h"
#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace regie::services {

enum class AuditFormaat { Csv, Json };

class AuditInzage {
public:
    // Exports are built in memory for an HTTP response: a bound on their size.
    static constexpr qint64 kMaxExportBytes = 64LL * 1024 * 1024;

    explicit AuditInzage(ServiceContext &context);

    Result<QList<audit::AuditEvent>> zoek(const Actor &actor, const audit::Filter &filter);
    Result<QByteArray> exporteer(const Actor &actor, const audit::Filter &filter, AuditFormaat formaat);
    Result<audit::VerifyResult> verifieer(const Actor &actor);

private:
    bool log(const Actor &actor, const QString &action, const QJsonObject &details);
    ServiceContext &ctx_;
};

} // namespace regie::services
