#pragma once
// Login of staff (medewerker, teamleider, beheerder) with username, password and a TOTP
// code, for the desktop app's POST /api/v1/sessies. The rules live here and write nothing:
// StaffLogin::beoordeel() reads the account and decides; services::MedewerkerLogin (the
// writer the HTTP handler calls) records the outcome (failure counter, lockout, the TOTP step
// used, the audit events) in one change, so another front end cannot forget one.
//
//   - password (scrypt) and TOTP (RFC 6238) must both match; which one failed is not told
//   - after kMaxMislukt failed attempts in a row the account is locked for kBlokkade;
//     a locked account is refused without looking at the password
//   - a TOTP time step is accepted once: the stored last step + 1 is the minimum next time
//   - every attempt is audited (by the service): login.gelukt or login.mislukt (+ account.geblokkeerd)
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

// What the checks decided about one attempt, before anything is written.
struct LoginBeoordeling {
    std::optional<Actor> actor;      // set: password and code match an active staff account
    qint64 totpStep = 0;             // the code's time step, to be stored as used (with actor)
    std::optional<qint64> userId;    // the account tried, when it exists
    // Failed attempts before this one; -1: the account is locked already and the counter stays.
    int eerderMislukt = 0;
    QString reden;                   // for the trail: invoer, onbekend, geblokkeerd, wachtwoord, ...
    QDateTime geblokkeerdTot;        // for reden "geblokkeerd"
};

class StaffLogin {
public:
    static constexpr int kMaxMislukt = 5;
    static constexpr std::chrono::minutes kBlokkade{15};
    static constexpr int kMaxUsernameChars = 100;
    static constexpr int kMaxTotpChars = 16;

    StaffLogin(storage::Database &db, const crypto::FieldCipher &cipher, std::function<QDateTime()> clock);

    // Reads the account and checks lockout, password and code; nullopt when the database
    // failed (nothing was decided).
    std::optional<LoginBeoordeling> beoordeel(const StaffLoginInvoer &invoer);

    // The actor for an existing session's user, read again (for token refresh): nullopt when
    // the account was deactivated, locked or is no longer staff since the login.
    std::optional<Actor> actorVoor(qint64 userId);

private:
    storage::Database &db_;
    const crypto::FieldCipher &cipher_;
    std::function<QDateTime()> clock_;
};

// Demo only: the TOTP secret of a demo staff account (crypto::demoTotpSecret, where
// regie-desk computes it too without linking this module). Never used for real accounts
// (those get crypto::generateTotpSecret()).
QByteArray demoTotpSecret(QStringView username);

} // namespace regie::auth
