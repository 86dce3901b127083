// Must NOT compile: a runtime string cannot become markup. Built by tests/base/CMakeLists.txt
// with try_compile-like ctest step that expects the compiler to fail.
#include "base/Html.h"

regie::base::Html page(const QString &fromTheDatabase)
{
    using namespace regie::base::html_literals;
    return "<p>"_html + fromTheDatabase + "</p>"_html; // text is not Html
}
