#!/usr/bin/env bash
# One build of everything (server, desktop, tools, tests, benchmarks, web assets) into
# build/<preset>, reused by the demo and by every test suite.
set -euo pipefail
preset="${1:-release}"
cd "$(dirname "$0")/.."
jobs="${REGIE_JOBS:-$(nproc)}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
