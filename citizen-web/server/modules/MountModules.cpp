#include "server/modules/MountModules.h"

#include "server/Server.h"

#if __has_include("pages/Pages.h")
#include "pages/Pages.h"
#define REGIE_HAVE_PAGES 1
#endif
#if __has_include("api/Api.h")
#include "api/Api.h"
#define REGIE_HAVE_API 1
#endif

namespace regie::web {

void mountModules(Server &server)
{
#ifdef REGIE_HAVE_PAGES
    pages::mount(server.router(), server.hooks());
#endif
#ifdef REGIE_HAVE_API
    api::mount(server.router());
#endif
    server.mountServerRoutes();
}

} // namespace regie::web
