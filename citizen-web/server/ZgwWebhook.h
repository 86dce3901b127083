#pragma once
// POST /api/v1/notificaties: the ZGW Notificaties API calls this when a zaak changes.
// The caller is authenticated by the Authorization value we gave in the abonnement
// (Config::zgwWebhookSecret, compared in constant time). Notifications may be delivered
// more than once: each is recorded by its key (zgw_notificaties) and audited once; a
// redelivery is answered 204 without doing anything again.

#include "server/Web.h"

namespace regie::web {

inline constexpr char kZgwWebhookPath[] = "/api/v1/notificaties";

void mountZgwWebhook(Router &router);

} // namespace regie::web
