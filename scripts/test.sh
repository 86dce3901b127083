#!/usr/bin/env bash
# Every test suite, from a clean clone: installs what is missing, builds once (build/ci, the
# build ./scripts/demo.sh uses too) and runs all CTest suites (unit, integration with the simulators, server/API over HTTP, GUI
# offscreen, keychain in a D-Bus session, browser tests in headless chromium).
#
#   ./scripts/test.sh             what CI runs (.ci/run): every suite in build/ci; then every
#                                 fuzz target for a short time on its committed corpus
#                                 (build/fuzz, scripts/fuzz.sh). With REGIE_CI_SANITIZE=1 also
#                                 the core (ledger included), server and security suites under
#                                 AddressSanitizer + UndefinedBehaviorSanitizer (build/asan):
#                                 off by default until that phase has had a whole green run
#                                 (docs/SECURITY.md, "Sanitizers")
#   ./scripts/test.sh --sanitize  the WHOLE suite under ASan + UBSan (build/asan) and the
#                                 concurrency suites under ThreadSanitizer (build/tsan)
#   ./scripts/test.sh --plain     only the build/ci suites (while iterating)
# Long fuzz and soak runs are separate commands (docs/TESTING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-ci}"
case "$mode" in
  ci|--ci) mode=ci ;;
  --sanitize) mode=sanitize ;;
  --plain) mode=plain ;;
  *) echo "usage: $0 [--sanitize|--plain]" >&2; exit 2 ;;
esac
start=$(date +%s)
./scripts/install-deps.sh test
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
jobs="${REGIE_TEST_JOBS:-2}"
if command -v ccache >/dev/null 2>&1 && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$PWD")}"
fi
status=0
phase() { echo "regie: $1 took $(( $(date +%s) - $2 )) s (total $(( $(date +%s) - start )) s)"; }

# The suites matching a ctest selection, built in a sanitizer build dir and run there. Only
# the test binaries (and what they depend on, regie-server for the security suite) are
# built. compile_fail_* tests check the compiler, not the code at run time: left out.
sanitized() { # preset, ctest selection...
  local preset="$1"; shift
  local t0; t0=$(date +%s)
  cmake --preset "$preset" >/dev/null
  local targets
  targets=$(ctest --test-dir "build/$preset" -N "$@" -E '^compile_fail' | awk '/Test +#/ {print $3}' \
            | grep -E '^(tst_|bench_)' | sed 's/_postgres$//' | sort -u)
  # shellcheck disable=SC2086
  cmake --build --preset "$preset" -j "${REGIE_JOBS:-$(nproc)}" --target $targets
  phase "$preset build" "$t0"
  t0=$(date +%s)
  ctest --preset "$preset" -j "$jobs" --timeout 1800 "$@" -E '^compile_fail' || status=$?
  phase "$preset tests" "$t0"
}

if [ "$mode" != sanitize ]; then
  ./scripts/build.sh ci
  phase "build" "$start"
  t0=$(date +%s)
  ctest --preset ci -j "$jobs" --timeout 900 || status=$?
  phase "tests" "$t0"
fi
if [ "$mode" = ci ]; then
  [ "${REGIE_CI_SANITIZE:-0}" = 1 ] && sanitized asan -L '^(core|server|security)$'
  t0=$(date +%s)
  ./scripts/fuzz.sh "${REGIE_FUZZ_SECONDS:-20}" || status=$?
  phase "fuzzing" "$t0"
fi
if [ "$mode" = sanitize ]; then
  t0=$(date +%s)
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "${REGIE_JOBS:-$(nproc)}"
  phase "asan build" "$t0"
  t0=$(date +%s)
  ctest --preset asan -j "$jobs" --timeout 1800 -E '^compile_fail' || status=$?
  phase "asan tests" "$t0"
  sanitized tsan -R '^(tst_concurrency|tst_auditchain|tst_koppelingen|tst_mail_outbox)$'
fi
echo "regie: $mode run took $(( $(date +%s) - start )) s, status $status"
exit $status
