#include "server/modules/MountModules.h"

#include "server/Server.h"

#if __has_include("pages/Pages.h")
#include "pages/Digid.h"
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
    // DigiD: the environment wins, then the [digid] settings (INI file or flags); without
    // either the routes explain in B1 that DigiD cannot be used now.
    std::optional<auth::oidc::ProviderConfig> digid = pages::digidConfigFromEnvironment();
    if (!digid && !server.config().digid.isEmpty()) {
        const QHash<QString, QString> &values = server.config().digid;
        digid = pages::digidConfigFromValues([&values](const char *key) { return values.value(QLatin1String(key)); });
    }
    pages::mountDigid(server.router(), digid);
#endif
#ifdef REGIE_HAVE_API
    api::mount(server.router());
#endif
    server.mountServerRoutes();
    // The login routes: the server limits their requests per client before any handler runs.
#ifdef REGIE_HAVE_PAGES
    server.throttlePerClient(QStringLiteral("GET"), QStringLiteral("/inloggen/digid"));
    server.throttlePerClient(QStringLiteral("GET"), QStringLiteral("/inloggen/digid/terug"));
    server.throttlePerClient(QStringLiteral("POST"), QStringLiteral("/inloggen/test"));
#endif
#ifdef REGIE_HAVE_API
    server.throttlePerClient(QStringLiteral("POST"), QStringLiteral("/api/v1/sessies"));
#endif
}

} // namespace regie::web
