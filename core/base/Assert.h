#pragma once
// Invariants that stay on. Q_ASSERT vanishes in release builds, which is exactly where a
// wrong euro would reach a real inwoner; REGIE_ASSERT fires in every build type. It is for
// programmer errors only (a state the code itself must never produce: a negative balance,
// a transition outside the lifecycle table, a hold posted twice). Operating errors (bad
// input, a peer that is down, a lost race) are handled and answered, never asserted.
//
// On failure it logs the expression and place (never values: they may be personal data)
// and aborts: a crash is better than a wrong euro. Tests may install a handler that
// throws instead, to show an assertion fires without ending the test process.

namespace regie::base {

using AssertionHandler = void (*)(const char *expression, const char *file, int line);

// Never returns: calls the installed handler (which must not return) or aborts.
[[noreturn]] void assertionFailed(const char *expression, const char *file, int line);

// For tests. Returns the previous handler; nullptr restores the default (log and abort).
AssertionHandler setAssertionHandler(AssertionHandler handler);

} // namespace regie::base

#define REGIE_ASSERT(condition)                                                              \
    (static_cast<bool>(condition)                                                            \
         ? void(0)                                                                           \
         : ::regie::base::assertionFailed(#condition, __FILE__, __LINE__))
