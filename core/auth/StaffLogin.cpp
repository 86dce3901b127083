#include "auth/StaffLogin.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "crypto/Hash.h"
#include "crypto/Password.h"
#include "crypto/Totp.h"

#include <QtCore/QJsonObject>

namespace regie::auth {

using storage::Sql;
using storage::WriteTransaction;

namespace {

struct UserRow {
    qint64 id = 0;
    Role role = Role::Systeem;
    qint64 teamId = 0;
    QString displayName;
    QString passwordHash;
    QByteArray totpSecretEnc;
    std::optional<qint64> totpLastStep;
    int failedLogins = 0;
    QDateTime lockedUntil;
    bool active = false;
};

const QString kUserSelect = QStringLiteral(
    "SELECT id, role, team_id, display_name, password_hash, totp_secret_enc, totp_last_step,"
    " failed_logins, locked_until, active FROM users");

UserRow readUser(Sql &q)
{
    UserRow u;
    u.id = q.int64(0);
    u.role = roleFromCode(q.text(1)).value_or(Role::Systeem);
    u.teamId = q.isNull(2) ? 0 : q.int64(2);
    u.displayName = q.text(3);
    u.passwordHash = q.text(4);
    u.totpSecretEnc = q.value(5).toByteArray();
    if (!q.isNull(6))
        u.totpLastStep = q.int64(6);
    u.failedLogins = static_cast<int>(q.int64(7));
    if (!q.isNull(8))
        u.lockedUntil = storage::fromDbTime(q.text(8));
    u.active = q.int64(9) != 0;
    return u;
}

bool isStaffRole(Role role)
{
    return role == Role::Medewerker || role == Role::Teamleider || role == Role::Beheerder;
}

// A real scrypt hash of a random password: verifying against it costs what a real check
// costs, so an unknown username answers no faster than a known one.
const QString &dummyHash()
{
    static const QString hash = crypto::hashPassword(QStringLiteral("dummy-password-never-matches-Q9!"));
    return hash;
}

Actor actorOf(const UserRow &u)
{
    Actor a;
    a.userId = u.id;
    a.role = u.role;
    a.teamId = u.teamId;
    a.displayName = u.displayName;
    return a;
}

Actor auditActor(std::optional<qint64> userId)
{
    Actor a = Actor::systeem();
    if (userId)
        a.userId = *userId;
    return a;
}

} // namespace

StaffLogin::StaffLogin(storage::Database &db, const crypto::FieldCipher &cipher, std::function<QDateTime()> clock)
    : db_(db), cipher_(cipher), clock_(std::move(clock))
{
}

StaffLoginUitkomst StaffLogin::login(const StaffLoginInvoer &invoer)
{
    const QString username = invoer.username.trimmed();
    if (username.isEmpty() || username.size() > kMaxUsernameChars || invoer.totpCode.size() > kMaxTotpChars
        || invoer.password.toUtf8().size() > crypto::kMaxPasswordUtf8Bytes)
        return mislukt(std::nullopt, 0, QStringLiteral("invoer"));

    Sql q(db_, kUserSelect + QStringLiteral(" WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    if (!q.exec())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    if (!q.next()) {
        crypto::verifyPassword(invoer.password, dummyHash());
        return mislukt(std::nullopt, 0, QStringLiteral("onbekend"));
    }
    const UserRow user = readUser(q);
    const QDateTime now = clock_();
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        StaffLoginUitkomst out = mislukt(user.id, -1, QStringLiteral("geblokkeerd"));
        out.fout = out.fout == LoginFout::Storing ? LoginFout::Storing : LoginFout::Geblokkeerd;
        out.geblokkeerdTot = user.lockedUntil;
        return out;
    }
    bool passwordOk = false;
    if (user.passwordHash.isEmpty())
        crypto::verifyPassword(invoer.password, dummyHash()); // same cost, never a match
    else
        passwordOk = crypto::verifyPassword(invoer.password, user.passwordHash);
    if (!passwordOk || !user.active || !isStaffRole(user.role))
        return mislukt(user.id, user.failedLogins, passwordOk ? QStringLiteral("geen_toegang") : QStringLiteral("wachtwoord"));

    const auto secret = user.totpSecretEnc.isEmpty()
                            ? std::nullopt
                            : cipher_.decrypt(user.totpSecretEnc, QByteArrayLiteral("users.totp_secret"));
    if (!secret)
        return mislukt(user.id, user.failedLogins, QStringLiteral("geen_tweede_factor"));
    const auto step = crypto::verifyTotp(*secret, invoer.totpCode, now, 1, user.totpLastStep.value_or(-1) + 1);
    if (!step)
        return mislukt(user.id, user.failedLogins, QStringLiteral("code"));

    WriteTransaction tx(db_);
    if (!tx.isOpen())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    // The step condition makes two simultaneous logins with one code race safely: one wins.
    Sql ok(db_, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, totp_last_step = :s"
                               " WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :s)"));
    ok.bind(QStringLiteral(":s"), *step).bind(QStringLiteral(":id"), user.id);
    QString error;
    if (!ok.exec())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    if (ok.numRowsAffected() != 1) {
        tx.rollback();
        return mislukt(user.id, user.failedLogins, QStringLiteral("code"));
    }
    const Actor actor = actorOf(user);
    if (!audit::AuditLog::append(db_, actor, audit::actions::LoginGelukt, audit::kOutcomeOk, QString(),
                                 QStringLiteral("user"), QString::number(user.id),
                                 QJsonObject{{QStringLiteral("kanaal"), QStringLiteral("api")}}, &error)
        || !tx.commit())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    return StaffLoginUitkomst{actor, LoginFout::Geen, {}};
}

// eerderMislukt < 0: the account is already locked, the counter stays as it is.
StaffLoginUitkomst StaffLogin::mislukt(std::optional<qint64> userId, int eerderMislukt, const QString &reden)
{
    StaffLoginUitkomst out{std::nullopt, LoginFout::Ongeldig, {}};
    WriteTransaction tx(db_);
    if (!tx.isOpen())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    QString error;
    const Actor actor = auditActor(userId);
    bool blokkeer = false;
    if (userId && eerderMislukt >= 0) {
        const int count = eerderMislukt + 1;
        blokkeer = count >= kMaxMislukt;
        const QDateTime until = clock_().addSecs(std::chrono::seconds(kBlokkade).count());
        Sql q(db_, blokkeer ? QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = :t WHERE id = :id")
                            : QStringLiteral("UPDATE users SET failed_logins = :n WHERE id = :id"));
        q.bind(QStringLiteral(":id"), *userId);
        if (blokkeer)
            q.bind(QStringLiteral(":t"), storage::toDbTime(until));
        else
            q.bind(QStringLiteral(":n"), count);
        if (!q.exec())
            return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
        if (blokkeer) {
            out.fout = LoginFout::Geblokkeerd;
            out.geblokkeerdTot = until;
        }
    }
    const QString objectId = userId ? QString::number(*userId) : QString();
    if (!audit::AuditLog::append(db_, actor, audit::actions::LoginMislukt, audit::kOutcomeGeweigerd, QString(),
                                 QStringLiteral("user"), objectId, QJsonObject{{QStringLiteral("reden"), reden}}, &error))
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    if (blokkeer
        && !audit::AuditLog::append(db_, actor, audit::actions::AccountGeblokkeerd, audit::kOutcomeOk, QString(),
                                    QStringLiteral("user"), objectId,
                                    QJsonObject{{QStringLiteral("minuten"), qint64(kBlokkade.count())}}, &error))
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    if (!tx.commit())
        return StaffLoginUitkomst{std::nullopt, LoginFout::Storing, {}};
    return out;
}

std::optional<Actor> StaffLogin::actorVoor(qint64 userId)
{
    Sql q(db_, kUserSelect + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const UserRow user = readUser(q);
    if (!user.active || !isStaffRole(user.role) || (user.lockedUntil.isValid() && user.lockedUntil > clock_()))
        return std::nullopt;
    return actorOf(user);
}

QByteArray demoTotpSecret(QStringView username) { return crypto::demoTotpSecret(username); }

} // namespace regie::auth
