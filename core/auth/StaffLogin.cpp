#include "auth/StaffLogin.h"

#include "crypto/Hash.h"
#include "crypto/Password.h"
#include "crypto/Totp.h"

#include <algorithm>

namespace regie::auth {

using storage::Sql;

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

LoginBeoordeling mislukt(std::optional<qint64> userId, int eerderMislukt, const QString &reden)
{
    LoginBeoordeling out;
    out.userId = userId;
    out.eerderMislukt = eerderMislukt;
    out.reden = reden;
    return out;
}

struct ClientStand {
    int mislukt = 0;
    QDateTime tot; // the back-off's end; invalid: none
};

std::optional<ClientStand> leesClient(storage::Database &db, qint64 userId, const QString &client)
{
    Sql q(db, QStringLiteral("SELECT mislukt, tot FROM login_terugval WHERE user_id = :u AND client = :c"));
    q.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":c"), client);
    if (!q.exec())
        return std::nullopt;
    ClientStand out;
    if (q.next()) {
        out.mislukt = static_cast<int>(q.int64(0));
        if (!q.isNull(1))
            out.tot = storage::fromDbTime(q.text(1));
    }
    return out;
}

bool wachtNog(const QDateTime &tot, const QDateTime &now) { return tot.isValid() && tot > now; }

} // namespace

std::chrono::seconds StaffLogin::terugval(int mislukt)
{
    if (mislukt < kMaxMislukt)
        return std::chrono::seconds(0);
    const int verdubbelingen = std::min(mislukt - kMaxMislukt, 10); // 60 s << 10 is past the cap
    return std::min<std::chrono::seconds>(kTerugval * (1 << verdubbelingen), kBlokkade);
}

QString StaffLogin::clientRef(const QString &client)
{
    return QString::fromLatin1(crypto::sha256(client.toUtf8()).toHex().left(32));
}

StaffLogin::StaffLogin(storage::Database &db, const crypto::FieldCipher &cipher, std::function<QDateTime()> clock)
    : db_(db), cipher_(cipher), clock_(std::move(clock))
{
}

std::optional<LoginBeoordeling> StaffLogin::beoordeel(const StaffLoginInvoer &invoer)
{
    const QString username = invoer.username.trimmed();
    if (username.isEmpty() || username.size() > kMaxUsernameChars || invoer.totpCode.size() > kMaxTotpChars
        || invoer.password.toUtf8().size() > crypto::kMaxPasswordUtf8Bytes)
        return mislukt(std::nullopt, 0, QStringLiteral("invoer"));

    Sql q(db_, kUserSelect + QStringLiteral(" WHERE username = :u"));
    q.bind(QStringLiteral(":u"), username);
    if (!q.exec())
        return std::nullopt;
    if (!q.next()) {
        crypto::verifyPassword(invoer.password, dummyHash());
        return mislukt(std::nullopt, 0, QStringLiteral("onbekend"));
    }
    const UserRow user = readUser(q);
    const QDateTime now = clock_();
    const QString client = clientRef(invoer.client);
    const std::optional<ClientStand> stand = leesClient(db_, user.id, client);
    if (!stand)
        return std::nullopt;
    if (wachtNog(stand->tot, now) || wachtNog(user.lockedUntil, now)) {
        crypto::verifyPassword(invoer.password, dummyHash()); // the same work as any refusal
        LoginBeoordeling out = mislukt(user.id, -1, QStringLiteral("terugval"));
        out.client = client;
        return out;
    }
    bool passwordOk = false;
    if (user.passwordHash.isEmpty())
        crypto::verifyPassword(invoer.password, dummyHash()); // same cost, never a match
    else
        passwordOk = crypto::verifyPassword(invoer.password, user.passwordHash);
    const auto fout = [&](const QString &reden) {
        LoginBeoordeling out = mislukt(user.id, user.failedLogins, reden);
        out.eerderMisluktClient = stand->mislukt;
        out.client = client;
        return out;
    };
    if (!passwordOk || !user.active || !isStaffRole(user.role))
        return fout(passwordOk ? QStringLiteral("geen_toegang") : QStringLiteral("wachtwoord"));

    const auto secret = user.totpSecretEnc.isEmpty()
                            ? std::nullopt
                            : cipher_.decrypt(user.totpSecretEnc, QByteArrayLiteral("users.totp_secret"));
    if (!secret)
        return fout(QStringLiteral("geen_tweede_factor"));
    const auto step = crypto::verifyTotp(*secret, invoer.totpCode, now, 1, user.totpLastStep.value_or(-1) + 1);
    if (!step)
        return fout(QStringLiteral("code"));
    LoginBeoordeling out = fout(QString());
    out.actor = actorOf(user);
    out.totpStep = *step;
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
