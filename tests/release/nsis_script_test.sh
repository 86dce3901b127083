#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# nsis_script_test.sh MAKENSIS SCRIPT SOURCE: compiles the Windows installer script with
# warnings as errors. The stage holds one placeholder file under the program's name: this
# checks the script, not the program (no Windows build exists on these machines). A stage
# without regie-desk.exe must be refused.
set -euo pipefail
makensis="$1"; script="$2"; source="$3"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stage" "$work/empty"
echo "placeholder: the script check needs a file of this name" > "$work/stage/regie-desk.exe"

"$makensis" -V2 -WX -DSTAGE="$work/stage" -DSOURCE="$source" -DVERSION=0.1.0 \
  -DOUTFILE="$work/regie-desk-0.1.0-installer.exe" "$script"
[ -s "$work/regie-desk-0.1.0-installer.exe" ] || { echo "FAIL: no installer written"; exit 1; }

if "$makensis" -V1 -DSTAGE="$work/empty" -DSOURCE="$source" -DVERSION=0.1.0 \
     -DOUTFILE="$work/empty-installer.exe" "$script" > "$work/empty.log" 2>&1; then
  echo "FAIL: a stage without regie-desk.exe was accepted"; exit 1
fi
grep -q 'regie-desk.exe is missing' "$work/empty.log" || { echo "FAIL: refused for another reason:"; cat "$work/empty.log"; exit 1; }
echo "nsis script: compiles, and refuses an incomplete stage"
