#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# Gives every source file in git the licence header that Dutch government software
# publishes with (SPDX-License-Identifier: EUPL-1.2 and an SPDX-FileCopyrightText line),
# where it lacks one. Idempotent: a file that names an SPDX-License-Identifier in its first
# lines is left as it is, so running it twice changes nothing the second time.
#
#   scripts/spdx-headers.sh [--root DIR]              add the header where it is missing
#   scripts/spdx-headers.sh [--root DIR] --check      change nothing; list the files without
#                                                     it and exit 1 when there are any
#   scripts/spdx-headers.sh [--root DIR] [--check] FILE...   only these files (relative to DIR)
#
# DIR defaults to the checkout this script lives in. REGIE_COPYRIGHT_YEAR and
# REGIE_COPYRIGHT_OWNER change the copyright line (default: this year, Gemeente Utrecht).
set -euo pipefail

licence="EUPL-1.2"
owner="${REGIE_COPYRIGHT_OWNER:-Gemeente Utrecht}"
year="${REGIE_COPYRIGHT_YEAR:-$(date +%Y)}"
header_lines=8 # a header further down than this does not count: it must be at the top

root="$(cd "$(dirname "$0")/.." && pwd)"
check=0
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --root) root="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "spdx-headers: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1") ;;
  esac
  shift
done
cd "$root"

# The comment syntax of a source file, or nothing for files that are not source code
# (data, fixtures, translations, images, documentation).
comment_style() {
  case "$1" in
    */node_modules/*|node_modules/*|tests/fuzz/corpus/*) ;;
    *.cpp|*.cc|*.c|*.h|*.hpp|*.js|*.mjs|*.rc) echo "//" ;;
    *.css) echo "/*" ;;
    CMakeLists.txt|*/CMakeLists.txt|*.cmake|*.sh|*.py|*.nsi|*.nsh|*.yml|*.yaml) echo "#" ;;
  esac
}

# No pipe into grep -q: grep ending early would give head a SIGPIPE, which pipefail turns
# into "no header" on a file that has one.
has_header() { local top; top=$(head -n "$header_lines" "$1"); [[ $top == *SPDX-License-Identifier:* ]]; }

header_for() {
  case "$1" in
    "/*") printf '/* SPDX-License-Identifier: %s */\n/* SPDX-FileCopyrightText: %s %s */\n' "$licence" "$year" "$owner" ;;
    *) printf '%s SPDX-License-Identifier: %s\n%s SPDX-FileCopyrightText: %s %s\n' "$1" "$licence" "$1" "$year" "$owner" ;;
  esac
}

# Writes the header above the file's text, below a #! line and a Python coding line, and
# keeps the file's mode (scripts stay executable).
add_header() {
  local file="$1" style="$2" keep=0 tmp
  head -n 1 "$file" | grep -q '^#!' && keep=1
  [ "$keep" -eq 1 ] && sed -n '2p' "$file" | grep -q 'coding[:=]' && keep=2
  tmp="$(mktemp)"
  {
    [ "$keep" -gt 0 ] && head -n "$keep" "$file"
    header_for "$style"
    # A blank line between the header and the text, unless the text already starts with one.
    [ -n "$(sed -n "$((keep + 1))p" "$file")" ] && echo
    tail -n "+$((keep + 1))" "$file"
  } >"$tmp"
  cat "$tmp" >"$file"
  rm -f "$tmp"
}

if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(git ls-files)
fi

missing=0
changed=0
for f in "${files[@]}"; do
  style="$(comment_style "$f")"
  [ -n "$style" ] && [ -f "$f" ] && [ -s "$f" ] || continue
  has_header "$f" && continue
  if [ "$check" -eq 1 ]; then
    echo "no SPDX header: $f"
    missing=$((missing + 1))
  else
    add_header "$f" "$style"
    changed=$((changed + 1))
  fi
done

if [ "$check" -eq 1 ]; then
  if [ "$missing" -gt 0 ]; then
    echo "spdx-headers: $missing source files lack the licence header; run scripts/spdx-headers.sh" >&2
    exit 1
  fi
  echo "spdx-headers: every source file has its licence header"
else
  echo "spdx-headers: header added to $changed files"
fi
