#!/usr/bin/env bash
# Every test suite, from a clean clone: installs what is missing, builds once (build/ci, the
# build ./scripts/demo.sh uses too) and runs all CTest suites (unit, integration with the simulators, server/API over HTTP, GUI
# offscreen, keychain in a D-Bus session, browser tests in headless chromium).
# Long fuzz and soak runs are separate commands (docs/TESTING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
./scripts/install-deps.sh test
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./scripts/build.sh ci
built=$(date +%s)
echo "regie: build took $((built - start)) s"
status=0
ctest --preset ci -j "${REGIE_TEST_JOBS:-2}" --timeout 900 || status=$?
end=$(date +%s)
echo "regie: tests took $((end - built)) s, total $((end - start)) s"
exit $status
