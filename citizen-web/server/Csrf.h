#pragma once
// Cross-site request checks. A state-changing request (and every cookie WebSocket) must come
// from our own origin: an Origin that is not ours or "null", or Sec-Fetch-Site: cross-site,
// is refused. On a cookie session the form must also carry the session's token.

#include "server/Config.h"
#include "server/Web.h"

namespace regie::web {

bool safeMethod(const QString &method); // GET, HEAD, OPTIONS
bool foreignOrigin(const Request &request, const Config &config);
// The form field "csrf" equals the session's token (constant-time compare).
bool csrfTokenMatches(const Request &request, const Session &session);

} // namespace regie::web
