// The control for the pages' compile-fail cases: the same shapes written the way the kit
// wants compile, so a failure of the other cases is about Html, not about include paths,
// definitions or flags.
#include "pages/PageKit.h"

using namespace regie::web::pages;

Pagina pagina(const QString &fromTheDatabase)
{
    const Html inhoud = h1(tr("Je potjes")) + p(fromTheDatabase) + p(link(QStringLiteral("/overzicht"), fromTheDatabase))
                        + dataLijst({{tr("Potje"), Html::text(fromTheDatabase)}});
    return Pagina{tr("Overzicht"), inhoud};
}
