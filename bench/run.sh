#!/usr/bin/env bash
# The benchmark table of issue 11: every figure beside its baseline from the same run, its
# goal, and pass/fail; exits non-zero when a figure misses its goal. See bench/run.py and
# docs/PERFORMANCE.md.
#   bench/run.sh --quick [--build build/ci]   (CI: ctest -L bench)
#   bench/run.sh --full  [--build build/ci]
exec python3 "$(dirname "$0")/run.py" "$@"
