#include "services/InwonerMeldingen.h"

#include "audit/AuditActions.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

namespace regie::services {

using storage::Sql;

InwonerMeldingen::InwonerMeldingen(ServiceContext &context) : ctx_(context) {}

Result<QList<MeldingView>> InwonerMeldingen::lijst(const Actor &actor, qint64 inwonerId, int limit)
{
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("meldingen"), QString()))
        return notFound<QList<MeldingView>>();
    Sql q(ctx_.db, QStringLiteral("SELECT m.id, m.soort, m.titel, m.tekst, v.public_id, m.created_at, m.gelezen_at"
                                  " FROM meldingen m LEFT JOIN verzoeken v ON v.id = m.verzoek_id"
                                  " WHERE m.inwoner_id = :i ORDER BY m.created_at DESC, m.id DESC LIMIT :n"));
    q.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":n"), qBound(1, limit, kMaxMeldingen));
    if (!q.exec())
        return storageFailure<QList<MeldingView>>(q.error());
    QList<MeldingView> out;
    while (q.next())
        out.append(MeldingView{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), storage::fromDbTime(q.text(5)),
                               !q.isNull(6)});
    // The inwoner reading their own messages is not an inzage; anyone else is.
    if (actor.role != Role::Inwoner && actor.role != Role::Systeem) {
        const auto logged = UnitOfWork(ctx_).record(actor, audit::actions::DossierBekeken,
                                                    inwonerPseudonym(ctx_, inwonerId), QStringLiteral("meldingen"), {});
        if (!logged.ok())
            return Result<QList<MeldingView>>::from(logged);
    }
    return Result<QList<MeldingView>>::success(out);
}

} // namespace regie::services
