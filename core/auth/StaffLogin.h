#pragma once
// Login of staff (medewerker, teamleider, beheerder) with username, password and a TOTP
// code, for the desktop app's POST /api/v1/sessies. The rules live here and write nothing:
// StaffLogin::beoordeel() reads the account and decides; services::MedewerkerLogin (the
// writer the HTTP handler calls) records the outcome (failure counter, lockout, the TOTP step
// used, the audit events) in one change, so another front end cannot forget one.
//
//   - password (scrypt) and TOTP (RFC 6238) must both match; which one failed is not told
//   - back-off, not a lock: after kMaxMislukt failed attempts in a row from one client (the
//     server's client key) that client waits kTerugval, doubling with every further failure
//     up to kBlokkade, for that account only. Another client is not held up, so nobody can
//     lock a named user out by failing on purpose. Only a flood from many clients
//     (kMaxMisluktAccount in a row on one account) holds the whole account for kBlokkade.
//   - during a back-off the attempt is refused without looking at the password, with the
//     same answer and the same scrypt work as a wrong password or an unknown user: the answer
//     tells nobody whether a user name exists or is being attacked
//   - a TOTP time step is accepted once: the stored last step + 1 is the minimum next time
//   - every attempt is audited (by the service): login.gelukt or login.mislukt (+ account.geblokkeerd)

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
    QString client; // who tries, as the server counts clients (behind the proxy: the proxy's client)
};

enum class LoginFout {
    Geen,
    Ongeldig,     // unknown user, wrong password, wrong/reused code or a back-off: one answer for all
    Storing       // the database failed; nothing was decided
};

struct StaffLoginUitkomst {
    std::optional<Actor> actor;  // set iff fout == Geen
    LoginFout fout = LoginFout::Ongeldig;
};

// What the checks decided about one attempt, before anything is written.
struct LoginBeoordeling {
    std::optional<Actor> actor;      // set: password and code match an active staff account
    qint64 totpStep = 0;             // the code's time step, to be stored as used (with actor)
    std::optional<qint64> userId;    // the account tried, when it exists
    // Failed attempts in a row before this one, on the account and from this client;
    // -1: a back-off holds, and the counters stay as they are.
    int eerderMislukt = 0;
    int eerderMisluktClient = 0;
    QString client;                  // StaffLogin::clientRef() of the client
    QString reden;                   // for the trail: invoer, onbekend, terugval, wachtwoord, ...
};

class StaffLogin {
public:
    static constexpr int kMaxMislukt = 5;                  // from one client, before the back-off
    static constexpr std::chrono::seconds kTerugval{60};   // the first back-off; doubles after
    static constexpr std::chrono::minutes kBlokkade{15};   // the longest back-off
    static constexpr int kMaxMisluktAccount = 100;         // in a row on one account, from any clients
    // Back-off rows older than this are forgotten (bounds the table under a spread attack).
    static constexpr std::chrono::hours kVergeet{24};

    // The back-off after `mislukt` failures in a row from one client (0 s below kMaxMislukt).
    static std::chrono::seconds terugval(int mislukt);
    // How a client is stored: a hash, the address itself is not kept.
    static QString clientRef(const QString &client);
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
