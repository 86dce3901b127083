#pragma once
// What the server answers by itself when no handler does (no route, a refused guard or
// limit, a failed handler): problem+json with a plain Dutch detail under /api, and a
// plain built-in B1 page for the pages when the pages module set no error hook (or the
// hook failed). Built from the Html type, so no text can become markup.

#include "server/Web.h"

#include "base/Html.h"

namespace regie::web {

// RFC 9457 answer for a status the server gives itself; staff read the detail in regie-desk.
Response serverProblem(int status);
// The fallback page: a title, one sentence and a link to the start page.
base::Html fallbackPage(int status);

} // namespace regie::web
