#pragma once
// The writing half of staff login: records what auth::StaffLogin decided about an attempt, in
// one change. A failure raises the account's counter and the client's (login_terugval: the
// client backs off after StaffLogin::kMaxMislukt in a row; the account is held only after
// kMaxMisluktAccount from any clients) with login.mislukt (+ account.geblokkeerd); a success
// clears both, stores the TOTP step as used (so the code cannot be replayed) and audits
// login.gelukt. The HTTP handler calls login() and then issues tokens.

#include "auth/StaffLogin.h"
#include "services/ServiceContext.h"

namespace regie::services {

class MedewerkerLogin {
public:
    explicit MedewerkerLogin(ServiceContext &context);

    auth::StaffLoginUitkomst login(const auth::StaffLoginInvoer &invoer);

private:
    auth::StaffLoginUitkomst mislukt(const auth::LoginBeoordeling &beoordeling);

    ServiceContext &ctx_;
};

} // namespace regie::services
