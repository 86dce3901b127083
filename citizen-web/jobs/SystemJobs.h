#pragma once
// The work regie-server does on its own, every `jobs/interval`:
//   opnames.verwerkWachtende  waiting withdrawal requests are signalled to the team and,
//                             after too long, expire (services::Opnames, as the system actor)
//   sessies.opruimen          cookie sessions that expired without a further request are
//                             deleted and audited (sessie.verlopen, reden opgeruimd)
//   tokens.opruimen           staff tokens expired more than a day ago are deleted

#include "jobs/Scheduler.h"

#include "services/ServiceContext.h"

namespace regie::web {
class SessionStore;
class TokenStore;
}

namespace regie::web::jobs {

void addSystemJobs(Scheduler &scheduler, services::ServiceContext &services, SessionStore &sessions,
                   TokenStore &tokens);

} // namespace regie::web::jobs
