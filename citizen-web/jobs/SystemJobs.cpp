#include "jobs/SystemJobs.h"

#include "server/SessionStore.h"
#include "server/TokenStore.h"
#include "services/Opnames.h"

namespace regie::web::jobs {

void addSystemJobs(Scheduler &scheduler, services::ServiceContext &services, SessionStore &sessions,
                   TokenStore &tokens, const SystemJobOptions &options)
{
    scheduler.add(QStringLiteral("opnames.verwerkWachtende"), [&services] {
        return services::Opnames(services).verwerkWachtende(Actor::systeem()).ok();
    });
    scheduler.add(QStringLiteral("opnames.vervalConcepten"), [&services] {
        return services::Opnames(services).vervalConcepten(Actor::systeem()).ok();
    });
    scheduler.add(QStringLiteral("bewaartermijn.verwerken"), [&services, options] {
        return services::Bewaartermijn(services)
            .verwerkIndienNodig(Actor::systeem(), options.bewaarMaanden, options.bewaarInterval)
            .ok();
    });
    scheduler.add(QStringLiteral("sessies.opruimen"), [&sessions] {
        sessions.purgeExpired();
        return true;
    });
    scheduler.add(QStringLiteral("tokens.opruimen"), [&tokens] {
        tokens.purgeExpired();
        return true;
    });
}

} // namespace regie::web::jobs
