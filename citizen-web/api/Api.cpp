#include "api/Api.h"

#include "api/ApiRoutes.h"

namespace regie::web::api {

void mount(Router &router)
{
    mountSessies(router);
    mountVerzoeken(router);
    mountInwoners(router);
    mountMeldingen(router);
    mountTeamleider(router);
    mountBeheer(router);
    mountInrichting(router);
    mountOpenApi(router);
}

} // namespace regie::web::api
