// Must NOT compile: text cannot be appended to markup without saying how (Html::text escapes
// it; p() and the other builders take text and escape it themselves).
#include "pages/PageKit.h"

using namespace regie::web::pages;

Html regel(const QString &fromTheDatabase)
{
    return p(link(QStringLiteral("/overzicht"), tr("Overzicht")) + fromTheDatabase);
}
