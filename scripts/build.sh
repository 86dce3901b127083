#!/usr/bin/env bash
# One build of everything (server, desktop, tools, tests, benchmarks, web assets) into
# build/<preset>. The default, build/ci (RelWithDebInfo), is shared by ./scripts/demo.sh and
# ./scripts/test.sh, so a fresh machine builds once whichever of the two runs first.
set -euo pipefail
preset="${1:-ci}"
cd "$(dirname "$0")/.."
jobs="${REGIE_JOBS:-$(nproc)}"
# A compiler cache, when the machine has one, makes a second checkout's build cheap.
if command -v ccache >/dev/null 2>&1 && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$PWD")}"
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
