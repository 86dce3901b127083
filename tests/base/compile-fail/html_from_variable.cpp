// Must NOT compile: Html is only made from a literal in the source, never from a char
// pointer that could hold anything at run time.
#include "base/Html.h"

regie::base::Html page(const char *fromAPeer)
{
    return regie::base::Html(fromAPeer);
}
