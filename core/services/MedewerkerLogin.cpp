#include "services/MedewerkerLogin.h"

#include "audit/AuditActions.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonObject>

namespace regie::services {

using auth::LoginFout;
using auth::StaffLoginUitkomst;
using storage::Sql;

namespace {

StaffLoginUitkomst storing() { return StaffLoginUitkomst{std::nullopt, LoginFout::Storing}; }

// The failed attempts are recorded under the account tried (the system when it is unknown).
Actor pogingVan(std::optional<qint64> userId)
{
    Actor a = Actor::systeem();
    if (userId)
        a.userId = *userId;
    return a;
}

// Raises the account's counter and this client's. The client waits StaffLogin::terugval()
// from its kMaxMislukt-th failure in a row; the whole account is held only after
// kMaxMisluktAccount failures in a row from any clients. Returns whether the account (not
// just the client) is now held.
std::optional<bool> telMislukt(Change &c, const auth::LoginBeoordeling &b, QString *error)
{
    using auth::StaffLogin;
    const QDateTime now = c.now();
    const int account = b.eerderMislukt + 1;
    const bool houdAccount = account % StaffLogin::kMaxMisluktAccount == 0;
    Sql user(c.db(), houdAccount ? QStringLiteral("UPDATE users SET failed_logins = :n, locked_until = :t WHERE id = :id")
                                 : QStringLiteral("UPDATE users SET failed_logins = :n WHERE id = :id"));
    user.bind(QStringLiteral(":n"), account).bind(QStringLiteral(":id"), *b.userId);
    if (houdAccount)
        user.bind(QStringLiteral(":t"), storage::toDbTime(now.addSecs(std::chrono::seconds(StaffLogin::kBlokkade).count())));
    const int client = b.eerderMisluktClient + 1;
    const qint64 wacht = StaffLogin::terugval(client).count();
    Sql upsert(c.db(), QStringLiteral("INSERT INTO login_terugval (user_id, client, mislukt, tot, laatst_at)"
                                      " VALUES (:u, :c, :n, :t, :at) ON CONFLICT (user_id, client)"
                                      " DO UPDATE SET mislukt = excluded.mislukt, tot = excluded.tot, laatst_at = excluded.laatst_at"));
    upsert.bind(QStringLiteral(":u"), *b.userId).bind(QStringLiteral(":c"), b.client).bind(QStringLiteral(":n"), client)
        .bind(QStringLiteral(":t"), wacht > 0 ? QVariant(storage::toDbTime(now.addSecs(wacht))) : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":at"), storage::toDbTime(now));
    // Rows of clients not seen for a day go: the table stays bounded under a spread attack.
    Sql vergeet(c.db(), QStringLiteral("DELETE FROM login_terugval WHERE user_id = :u AND laatst_at < :oud"));
    vergeet.bind(QStringLiteral(":u"), *b.userId)
        .bind(QStringLiteral(":oud"), storage::toDbTime(now.addSecs(-std::chrono::seconds(StaffLogin::kVergeet).count())));
    for (Sql *q : {&user, &upsert, &vergeet}) {
        if (!q->exec()) {
            *error = q->error();
            return std::nullopt;
        }
    }
    return houdAccount;
}

// A good login forgets this client's failures and the account's run of failures.
bool wisMislukt(Change &c, qint64 userId, const QString &client, QString *error)
{
    Sql q(c.db(), QStringLiteral("DELETE FROM login_terugval WHERE user_id = :u AND client = :c"));
    q.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":c"), client);
    if (!q.exec()) {
        *error = q.error();
        return false;
    }
    return true;
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
        QString error;
        if (!wisMislukt(c, actor.userId, beoordeling->client, &error))
            return storageFailure<bool>(error);
        c.audit(audit::actions::LoginGelukt, QString(), QStringLiteral("user"), QString::number(actor.userId),
                QJsonObject{{QStringLiteral("kanaal"), QStringLiteral("api")}});
        return Result<bool>::success(true);
    });
    if (done.ok())
        return StaffLoginUitkomst{actor, LoginFout::Geen};
    if (done.error.code != ErrorCode::Conflict)
        return storing();
    auth::LoginBeoordeling herhaald = *beoordeling;
    herhaald.reden = QStringLiteral("code");
    return mislukt(herhaald);
}

StaffLoginUitkomst MedewerkerLogin::mislukt(const auth::LoginBeoordeling &b)
{
    const QString objectId = b.userId ? QString::number(*b.userId) : QString();
    const auto done = UnitOfWork(ctx_).run<bool>(pogingVan(b.userId), [&](Change &c) -> Result<bool> {
        bool accountGehouden = false;
        if (b.userId && b.eerderMislukt >= 0) {
            QString error;
            const auto gehouden = telMislukt(c, b, &error);
            if (!gehouden)
                return storageFailure<bool>(error);
            accountGehouden = *gehouden;
        }
        c.auditRefusal(audit::actions::LoginMislukt, QString(), QStringLiteral("user"), objectId,
                       QJsonObject{{QStringLiteral("reden"), b.reden}});
        if (accountGehouden)
            c.audit(audit::actions::AccountGeblokkeerd, QString(), QStringLiteral("user"), objectId,
                    QJsonObject{{QStringLiteral("minuten"), qint64(auth::StaffLogin::kBlokkade.count())}});
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return storing();
    return StaffLoginUitkomst{std::nullopt, LoginFout::Ongeldig};
}

} // namespace regie::services
