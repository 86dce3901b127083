#include "base/Assert.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace regie::base {

namespace {
std::atomic<AssertionHandler> g_handler{nullptr};
} // namespace

void assertionFailed(const char *expression, const char *file, int line)
{
    if (AssertionHandler handler = g_handler.load()) {
        handler(expression, file, line);
        // A handler that returns breaks the contract; do not carry on in a broken state.
    }
    // stderr directly: the logging machinery may itself be what is broken.
    std::fprintf(stderr, "regie: invariant failed: %s (%s:%d)\n", expression, file, line);
    std::fflush(stderr);
    std::abort();
}

AssertionHandler setAssertionHandler(AssertionHandler handler) { return g_handler.exchange(handler); }

} // namespace regie::base
