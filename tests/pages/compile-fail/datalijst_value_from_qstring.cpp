// Must NOT compile: the value column of a data list is markup (an amount, a badge); a name
// from the database goes in as Html::text, never as a bare QString.
#include "pages/PageKit.h"

using namespace regie::web::pages;

Html rijen(const QString &fromTheDatabase)
{
    return dataLijst({{tr("Potje"), fromTheDatabase}});
}
