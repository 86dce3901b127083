#pragma once
// What regie-server reads about its installation when it starts: whether the data folder
// already holds data (the demo loads only into an empty one), and the first team's contact
// details as the default for pages that name the team. Reads only, for the systeem actor.

#include "domain/Domain.h"
#include "services/Opnames.h"
#include "services/ServiceContext.h"

namespace regie::services {

class Installatie {
public:
    explicit Installatie(ServiceContext &context) : ctx_(context) {}

    // True when there is any inwoner or user.
    Result<bool> heeftGegevens(const Actor &actor);
    // The team created first; NotFound when there is none yet.
    Result<Contact> eersteTeam(const Actor &actor);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
