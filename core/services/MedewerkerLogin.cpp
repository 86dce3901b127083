#include "services/MedewerkerLogin.h"

#include "audit/AuditActions.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonObject>

namespace regie::services {

using auth::LoginFout;
using auth::StaffLoginUitkomst;
using storage::Sql;

namespace {

StaffLoginUitkomst storing() { return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}}; }

// The failed attempts are recorded under the account tried (the system when it is unknown).
Actor pogingVan(std::optional<qint64> userId)
{
    Actor a = Actor::systeem();
    if (userId)
        a.userId = *userId;
    return a;
}

// Raises the counter, or locks the account when this failure is one too many. Returns the
// end of the lockout, invalid when the account stays open.
std::optional<QDateTime> telMislukt(Change &c, qint64 userId, int eerderMislukt, QString *error)
{
    const int count = eerderMislukt + 1;
    const bool blokkeer = count >= auth::StaffLogin::kMaxMislukt;
    const QDateTime until = c.now().addSecs(std::chrono::seconds(auth::StaffLogin::kBlokkade).count());
    Sql q(c.db(), blokkeer ? QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = :t WHERE id = :id")
                           : QStringLiteral("UPDATE users SET failed_logins = :n WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (blokkeer)
        q.bind(QStringLiteral(":t"), storage::toDbTime(until));
    else
        q.bind(QStringLiteral(":n"), count);
    if (!q.exec()) {
        *error = q.error();
        return std::nullopt;
    }
    return blokkeer ? until : QDateTime();
}

} // namespace

MedewerkerLogin::MedewerkerLogin(ServiceContext &context) : ctx_(context) {}

StaffLoginUitkomst MedewerkerLogin::login(const auth::StaffLoginInvoer &invoer)
{
    const auto beoordeling = auth::StaffLogin(ctx_.db, ctx_.cipher, ctx_.clock).beoordeel(invoer);
    if (!beoordeling)
        return storing();
    if (!beoordeling->actor)
        return mislukt(*beoordeling);
    const Actor &actor = *beoordeling->actor;
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        // The step condition makes two simultaneous logins with one code race safely: one wins.
        Sql ok(c.db(), QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, totp_last_step = :s"
                                      " WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :s)"));
        ok.bind(QStringLiteral(":s"), beoordeling->totpStep).bind(QStringLiteral(":id"), actor.userId);
        if (!ok.exec())
            return storageFailure<bool>(ok.error());
        if (ok.numRowsAffected() != 1)
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("code already used"));
        c.audit(audit::actions::LoginGelukt, QString(), QStringLiteral("user"), QString::number(actor.userId),
                QJsonObject{{QStringLiteral("kanaal"), QStringLiteral("api")}});
        return Result<bool>::success(true);
    });
    if (done.ok())
        return StaffLoginUitkomst{actor, LoginFout::Geen, {}};
    if (done.error.code != ErrorCode::Conflict)
        return storing();
    auth::LoginBeoordeling herhaald = *beoordeling;
    herhaald.reden = QStringLiteral("code");
    return mislukt(herhaald);
}

StaffLoginUitkomst MedewerkerLogin::mislukt(const auth::LoginBeoordeling &b)
{
    const QString objectId = b.userId ? QString::number(*b.userId) : QString();
    QDateTime geblokkeerdTot = b.geblokkeerdTot;
    const auto done = UnitOfWork(ctx_).run<bool>(pogingVan(b.userId), [&](Change &c) -> Result<bool> {
        if (b.userId && b.eerderMislukt >= 0) {
            QString error;
            const auto until = telMislukt(c, *b.userId, b.eerderMislukt, &error);
            if (!until)
                return storageFailure<bool>(error);
            geblokkeerdTot = *until;
        }
        c.auditRefusal(audit::actions::LoginMislukt, QString(), QStringLiteral("user"), objectId,
                       QJsonObject{{QStringLiteral("reden"), b.reden}});
        if (geblokkeerdTot.isValid() && b.eerderMislukt >= 0)
            c.audit(audit::actions::AccountGeblokkeerd, QString(), QStringLiteral("user"), objectId,
                    QJsonObject{{QStringLiteral("minuten"), qint64(auth::StaffLogin::kBlokkade.count())}});
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return storing();
    if (geblokkeerdTot.isValid())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Geblokkeerd, geblokkeerdTot};
    return StaffLoginUitkomst{std::nullopt, LoginFout::Ongeldig, {}};
}

} // namespace regie::services
