#pragma once
// Showing that a REGIE_ASSERT fires, in the optimised test build too, without ending the test
// process: a handler that throws instead of aborting, for the duration of one call. The
// other technique, running a forged state in a child process and seeing it abort, is in
// tests/base/tst_assert.cpp and tests/services/tst_ledger.cpp.

#include "base/Assert.h"

#include <QtCore/QString>

#include <stdexcept>

namespace regie::testsupport {

struct AssertionFired : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void throwingHandler(const char *expression, const char *, int)
{
    throw AssertionFired(expression);
}

// Runs `call` with the throwing handler installed. Returns the expression of the assertion
// that fired, or an empty string when none did.
template <typename Call>
QString assertionFiredBy(Call &&call)
{
    const auto previous = base::setAssertionHandler(&throwingHandler);
    QString fired;
    try {
        call();
    } catch (const AssertionFired &e) {
        fired = QString::fromLatin1(e.what());
    }
    base::setAssertionHandler(previous);
    return fired;
}

} // namespace regie::testsupport
