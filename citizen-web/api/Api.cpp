#include "api/Api.h"

#include "api/ApiRoutes.h"

namespace regie::web::api {

void mount(Router &router)
{
    mountSessies(router);
    mountVerzoeken(router);
    mountInwoners(router);
    mountHuishoudens(router);
    mountMeldingen(router);
    mountTeamleider(router);
    mountBeheer(router);
    mountBewaartermijn(router);
    mountInrichting(router);
    mountOpenApi(router);
}

} // namespace regie::web::api
