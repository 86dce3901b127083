#include "services/Opslagcontrole.h"

#include "ledger/Ledger.h"
#include "services/Support.h"

namespace regie::services {

Result<Opslagverslag> Opslagcontrole::controleer(const Actor &actor)
{
    if (!magInrichten(actor))
        return forbidden<Opslagverslag>();
    Opslagverslag verslag;
    verslag.audit = audit::AuditLog::verify(ctx_.db);
    QList<qint64> ids;
    {
        storage::Sql q(ctx_.db, QStringLiteral("SELECT id FROM inwoners ORDER BY id LIMIT %1").arg(kMaxInwoners));
        if (!q.exec())
            return storageFailure<Opslagverslag>(q.error());
        while (q.next())
            ids.append(q.int64(0));
    }
    ledger::Ledger ledger(ctx_.db);
    for (const qint64 id : std::as_const(ids)) {
        ++verslag.inwoners;
        QString problem;
        if (!ledger.checkInvariants(id, &problem)) {
            ++verslag.grootboekFouten;
            if (verslag.eersteProbleem.isEmpty())
                verslag.eersteProbleem = problem;
        }
    }
    return Result<Opslagverslag>::success(verslag);
}

} // namespace regie::services
