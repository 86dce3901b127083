// The control for the compile-fail cases: the same shapes written correctly compile, so a
// failure of the other cases is about Html, not about include paths or flags.
#include "base/Html.h"

regie::base::Html page(const QString &fromTheDatabase)
{
    using namespace regie::base::html_literals;
    return "<p>"_html + regie::base::Html::text(fromTheDatabase) + "</p>"_html;
}
