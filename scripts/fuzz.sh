#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build/fuzz) and runs each for a while on its seed
# corpus in tests/fuzz/corpus/<target>. New inputs go to build/fuzz/work/<target>, never into
# the source tree; a crash leaves build/fuzz/work/<target>-crash-* and fails the run.
#   ./scripts/fuzz.sh [seconds per target]      (default 20; CI runs it from scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
targets=(camt053 pain001 zgw money oidc allegro_parser)
if ! command -v clang++ >/dev/null 2>&1; then
  echo "regie: fuzz: clang++ is missing (apt-get install clang)" >&2
  exit 1
fi
if command -v ccache >/dev/null 2>&1 && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$PWD")}"
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${REGIE_JOBS:-$(nproc)}" --target $(printf 'fuzz_%s ' "${targets[@]}")
status=0
for t in "${targets[@]}"; do
  corpus="tests/fuzz/corpus/${t%_parser}"
  work="build/fuzz/work/$t"
  rm -rf "$work" && mkdir -p "$work"
  bin=$(find build/fuzz/tests -type f -name "fuzz_$t" | head -n 1)
  # -fork would hide the stack of a crash; one process, bounded in time, memory and per input.
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/work/$t-" "$work" "$corpus" >"build/fuzz/work/$t.log" 2>&1; then
    echo "regie: fuzz_$t: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "build/fuzz/work/$t.log" | grep -o '[0-9]*$') runs in ${seconds} s, no crash"
  else
    echo "regie: fuzz_$t FAILED, see build/fuzz/work/$t.log and build/fuzz/work/$t-*" >&2
    tail -n 40 "build/fuzz/work/$t.log" >&2
    status=1
  fi
done
exit $status
