// Must NOT compile: a page's content is markup, and text is not markup. A QString (here one
// that holds markup built by hand, as the pages did before the Html type) cannot be a page.
#include "pages/PageKit.h"

using namespace regie::web::pages;

Pagina pagina(const QString &fromTheDatabase)
{
    const QString inhoud = QStringLiteral("<p class=\"utrecht-paragraph\">") + fromTheDatabase + QStringLiteral("</p>");
    return Pagina{tr("Overzicht"), inhoud};
}
