#pragma once
// Login of staff (medewerker, teamleider, beheerder) with username, password and a TOTP
// code, for the desktop app's POST /api/v1/sessies. The HTTP handler only calls login() and
// then issues tokens: every rule (lockout, TOTP replay, who may log in) and every audit event
// lives here, so another front end cannot forget one.
//
//   - password (scrypt) and TOTP (RFC 6238) must both match; which one failed is not told
//   - after kMaxMislukt failed attempts in a row the account is locked for kBlokkade;
//     a locked account is refused without looking at the password
//   - a TOTP time step is accepted once: the stored last step + 1 is the minimum next time
//   - every attempt is audited: login.gelukt or login.mislukt (+ account.geblokkeerd)
//   - unknown usernames cost the same scrypt work as known ones (no enumeration by timing)

#include "crypto/FieldCipher.h"
#include "domain/Domain.h"
#include "storage/Database.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <chrono>
#include <functional>
#include <optional>

namespace regie::auth {

struct StaffLoginInvoer {
    QString username;
    QString password;
    QString totpCode;
};

enum class LoginFout {
    Geen,
    Ongeldig,     // unknown user, wrong password or wrong/reused code: one answer for all
    Geblokkeerd,  // too many failures; see StaffLoginUitkomst::geblokkeerdTot
    Storing       // the database failed; nothing was decided
};

struct StaffLoginUitkomst {
    std::optional<Actor> actor;  // set iff fout == Geen
    LoginFout fout = LoginFout::Ongeldig;
    QDateTime geblokkeerdTot;    // for Geblokkeerd
};

class StaffLogin {
public:
    static constexpr int kMaxMislukt = 5;
    static constexpr std::chrono::minutes kBlokkade{15};
    static constexpr int kMaxUsernameChars = 100;
    static constexpr int kMaxTotpChars = 16;

    StaffLogin(storage::Database &db, const crypto::FieldCipher &cipher, std::function<QDateTime()> clock);

    StaffLoginUitkomst login(const StaffLoginInvoer &invoer);

    // The actor for an existing session's user, read again (for token refresh): nullopt when
    // the account was deactivated, locked or is no longer staff since the login.
    std::optional<Actor> actorVoor(qint64 userId);

private:
    StaffLoginUitkomst mislukt(std::optional<qint64> userId, int eerderMislukt, const QString &reden);

    storage::Database &db_;
    const crypto::FieldCipher &cipher_;
    std::function<QDateTime()> clock_;
};

// Demo only: the TOTP secret of a demo staff account (crypto::demoTotpSecret, where
// regie-desk computes it too without linking this module). Never used for real accounts
// (those get crypto::generateTotpSecret()).
QByteArray demoTotpSecret(QStringView username);

} // namespace regie::auth
