#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# version_header_test.sh CMAKE SCRIPT: runs cmake/RegieVersionHeader.cmake on a scratch git
# repository and checks what it writes: the commit, the dirty flag, an unchanged file when
# nothing changed (so a build recompiles nothing), the commit given from outside, and a
# refusal of a commit that is not hexadecimal.
set -euo pipefail
cmake="$1"; script="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
repo="$work/repo"; out="$work/VersionInfo.h"
fail() { echo "FAIL: $*"; echo "--- header:"; cat "$out" 2>/dev/null || true; exit 1; }
gen() { "$cmake" -DSOURCE_DIR="$repo" -DOUTPUT="$out" -DVERSION=1.2.3 "$@" -P "$script"; }

mkdir -p "$repo" && cd "$repo"
git init -q && git config user.email t@example.invalid && git config user.name t
echo one > file.txt && git add file.txt && git commit -qm one
head="$(git rev-parse HEAD)"

gen
grep -q "#define REGIE_GIT_COMMIT \"$head\"" "$out" || fail "clean checkout: commit"
grep -q '#define REGIE_GIT_DIRTY 0' "$out" || fail "clean checkout: dirty flag"
grep -q '#define REGIE_VERSION_NUMBER "1.2.3"' "$out" || fail "version string"
grep -q '#define REGIE_VERSION_MINOR 2' "$out" || fail "version minor"

touch -d '2000-01-01' "$out"
gen
[ "$(stat -c %Y "$out")" = "$(date -d 2000-01-01 +%s)" ] || fail "rewritten although nothing changed"

echo two > file.txt
gen
grep -q '#define REGIE_GIT_DIRTY 1' "$out" || fail "edited tracked file: dirty flag"
git checkout -q file.txt
echo new > untracked.txt
gen
grep -q '#define REGIE_GIT_DIRTY 1' "$out" || fail "new source file not yet in git: dirty flag"
rm untracked.txt

rm -rf "$repo/.git"
gen
grep -q '#define REGIE_GIT_COMMIT ""' "$out" || fail "no git: commit should be empty"
gen -DCOMMIT=0123abc
grep -q '#define REGIE_GIT_COMMIT "0123abc"' "$out" || fail "commit given from outside"
if gen -DCOMMIT='x"; evil' 2>/dev/null; then fail "accepted a commit that is not hexadecimal"; fi
echo "version header: all cases pass"
