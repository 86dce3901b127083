#pragma once
// The people a visitor can pick on the demo login page (a demo store): inwoners with a login
// and ketenpartners, and only accounts the demo loader made (users.demo, which is set only in
// a store created as a demo). Only the system may ask, so this list can never be fetched with
// a real session; the page asks as Actor::systeem() and only when the store is a demo.

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace regie::services {

struct DemoLogin {
    qint64 userId = 0;
    QString username, displayName;
    Role role = Role::Inwoner;
    qint64 inwonerId = 0; // for Role::Inwoner
    qint64 teamId = 0;
    Actor actor() const; // the Actor a session for this user acts as
};

class DemoLogins {
public:
    static constexpr int kMaxPerRole = 25; // the page is a short pick list, not a directory

    explicit DemoLogins(ServiceContext &context);
    // Active demo inwoner and ketenpartner users, inwoners first. Forbidden for anyone but the system.
    Result<QList<DemoLogin>> lijst(const Actor &actor);
    // An active demo inwoner (with a dossier) or ketenpartner user, also one beyond lijst()'s
    // first kMaxPerRole; NotFound for anyone else (staff and real accounts cannot be picked).
    Result<DemoLogin> kies(const Actor &actor, qint64 userId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
