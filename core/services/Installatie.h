#pragma once
// What regie-server reads about its installation when it starts: whether the data folder
// already holds data (the demo loads only into an empty one), whether the store is a demo,
// and the first team's contact details as the default for pages that name the team. For
// the systeem actor only.
//
// Demo is a property of the store, fixed at its first start (legSoortVast): a store made as
// a demo stays one (banner on every page, the test login), a real store never becomes one,
// so `--demo` on real data is refused instead of opening a test login onto it.

#include "domain/Domain.h"
#include "services/Opnames.h"
#include "services/ServiceContext.h"

namespace regie::services {

enum class Opslagsoort { Onbepaald, Echt, Demo };

class Installatie {
public:
    explicit Installatie(ServiceContext &context) : ctx_(context) {}

    Result<Opslagsoort> soort(const Actor &actor);
    // Fixes the store's kind when it is still Onbepaald and an empty store (audited as
    // opslag.vastgelegd); Conflict when it was fixed otherwise or a store without a kind
    // already holds people. Returns the kind it has now.
    Result<Opslagsoort> legSoortVast(const Actor &actor, bool demo);

    // True when there is any inwoner or user.
    Result<bool> heeftGegevens(const Actor &actor);
    // The team created first; NotFound when there is none yet.
    Result<Contact> eersteTeam(const Actor &actor);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
