#pragma once
// The inwoner and ketenpartner web pages of regie-server: server-rendered HTML5 with NL Design
// System (Utrecht) classes, no inline script or style, every form Post/Redirect/Get.
// docs/PAGES.md has the page map and the patterns.

#include "../server/Web.h"

class QTranslator;

namespace regie::web::pages {

// Registers every page route and fills hooks.errorPage (B1 pages for 401/403/404/413/422/500).
void mount(Router &router, PageHooks &hooks);

// English: a translator holding context "pages" (from translations/). Without one, a session
// that chose English still gets Dutch text. The translator must outlive the server.
void setEnglishTranslator(const QTranslator *translator);

} // namespace regie::web::pages
