#pragma once
// One mount function per resource group; Api.cpp calls them all.

#include "server/Web.h"

namespace regie::web::api {

void mountSessies(Router &router);
void mountVerzoeken(Router &router);
void mountInwoners(Router &router);
void mountHuishoudens(Router &router);
void mountMeldingen(Router &router);
void mountTeamleider(Router &router);
void mountBeheer(Router &router);
void mountBewaartermijn(Router &router);
void mountInrichting(Router &router);
void mountOpenApi(Router &router);

} // namespace regie::web::api
