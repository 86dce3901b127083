#pragma once
// The work regie-server does on its own, every `jobs/interval`:
//   opnames.verwerkWachtende  waiting withdrawal requests are signalled to the team and,
//                             after too long, expire (services::Opnames, as the system actor)
//   opnames.vervalConcepten   concepts nobody said Ja or Nee to within conceptVervaltNaUren
//                             lapse (verlopen), so they leave the inwoner's open requests
//   bewaartermijn.verwerken   retention (services::Bewaartermijn): once per `retention/interval`
//                             the dossiers whose budgetbeheer ended more than
//                             `retention/months` ago are anonymised; each run is audited
//   sessies.opruimen          cookie sessions that expired without a further request are
//                             deleted and audited (sessie.verlopen, reden opgeruimd)
//   tokens.opruimen           staff tokens expired more than a day ago are deleted

#include "jobs/Scheduler.h"

#include "services/Bewaartermijn.h"
#include "services/ServiceContext.h"

#include <chrono>

namespace regie::web {
class SessionStore;
class TokenStore;
}

namespace regie::web::jobs {

struct SystemJobOptions {
    int bewaarMaanden = services::Bewaartermijn::kStandaardBewaarMaanden;
    std::chrono::seconds bewaarInterval{24 * 3600};
};

void addSystemJobs(Scheduler &scheduler, services::ServiceContext &services, SessionStore &sessions,
                   TokenStore &tokens, const SystemJobOptions &options = {});

} // namespace regie::web::jobs
