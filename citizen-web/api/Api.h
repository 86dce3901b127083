#pragma once
// The staff JSON API under /api/v1 for regie-desk (docs/API.md). Follows the Logius REST API
// Design Rules: plural Dutch nouns, JSON bodies, amounts as integer cents (bedragCents),
// errors as application/problem+json, an API-Version header on every answer (set by the
// server for /api paths), paging with
// page/pageSize (at most 100) and _links, filters and sort on lists. The description is
// citizen-web/api/openapi.json, served at GET /api/v1/openapi.json.
//
// Handlers only translate HTTP to core service calls (regie::services, auth::StaffLogin):
// access checks, four eyes and the audit trail live in the services.

#include "server/Web.h"

namespace regie::web::api {

inline constexpr QLatin1String kPrefix{"/api/v1"};

void mount(Router &router);

} // namespace regie::web::api
