#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# nsis_wine_test.sh MAKENSIS WINE64 SCRIPT SOURCE: builds the installer as a 64-bit NSIS
# program and runs it under wine64 in a throwaway prefix, as a roll-out would: silently,
# with and without /SERVER=, then an upgrade, then the uninstaller. It checks what the
# installer promises (docs/WINDOWS.md): files, the machine-wide server key, the start-menu
# shortcut, the Apps & features entry, and that the uninstaller leaves none of them. The
# stage holds placeholder files under the program's names: this tests the installer, not
# regie-desk (there is no Windows build on these machines).
set -euo pipefail
makensis="$1"; wine="$2"; script="$3"; source="$4"
work="$(mktemp -d)"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wineserver="$(dirname "$wine")/wineserver"
cleanup() { "$wineserver" -k >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/stage"
echo "placeholder for regie-desk.exe" > "$work/stage/regie-desk.exe"
echo "placeholder for a Qt DLL" > "$work/stage/Qt6Core.dll"
installer="$work/regie-desk-0.1.0-installer.exe"
"$makensis" -V1 -DTARGET_AMD64 -DSTAGE="$work/stage" -DSOURCE="$source" -DVERSION=0.1.0 \
  -DOUTFILE="$installer" "$script"
timeout 300 "$wine" wineboot --init >/dev/null 2>&1

# Waits for every process of the prefix too: an uninstaller copies itself to %TEMP% and
# runs from there, as it does on Windows.
run() { local rc=0; timeout 300 "$wine" "$@" >/dev/null 2>&1 || rc=$?; timeout 300 "$wineserver" -w; echo "$rc"; }
reg_value() { # key value: prints the data of a registry value, empty when absent
  timeout 60 "$wine" reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1 == v { print $3 }'
}
settings='HKLM\Software\Gemeente Utrecht\regie-desk'
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\RegieDesk'
dir="$WINEPREFIX/drive_c/Program Files/Regie/Desk"
shortcut="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Regie Desk.lnk"

[ "$(run "$installer" /S)" = 2 ] || fail "silent install without /SERVER= did not exit with 2"
[ ! -e "$dir" ] || fail "silent install without /SERVER= installed files"
[ "$(run "$installer" /S /SERVER=http://regie.example.nl)" = 2 ] || fail "plain http to another host was accepted"

[ "$(run "$installer" /S /SERVER=https://regie.example.nl)" = 0 ] || fail "silent install failed"
[ -f "$dir/regie-desk.exe" ] && [ -f "$dir/Qt6Core.dll" ] && [ -f "$dir/uninstall.exe" ] || fail "files missing in $dir"
[ "$(reg_value "$settings" server)" = "https://regie.example.nl" ] || fail "server key: '$(reg_value "$settings" server)'"
[ -f "$shortcut" ] || fail "no start-menu shortcut for all users"
[ "$(reg_value "$uninstall_key" DisplayVersion)" = "0.1.0" ] || fail "no Apps & features entry"

# An upgrade without /SERVER= keeps the address and removes what the old version left.
echo "left by an older version" > "$dir/Qt5Old.dll"
[ "$(run "$installer" /S)" = 0 ] || fail "silent upgrade without /SERVER= failed"
[ "$(reg_value "$settings" server)" = "https://regie.example.nl" ] || fail "upgrade lost the server address"
[ ! -e "$dir/Qt5Old.dll" ] || fail "upgrade kept a file of the old version"
[ -f "$dir/regie-desk.exe" ] || fail "upgrade removed the program"

[ "$(run "$dir/uninstall.exe" /S)" = 0 ] || fail "uninstall failed"
[ ! -e "$dir" ] || fail "uninstall left $(ls "$dir")"
[ ! -e "$shortcut" ] || fail "uninstall left the shortcut"
[ -z "$(reg_value "$settings" server)" ] || fail "uninstall left the server key"
[ -z "$(reg_value "$uninstall_key" DisplayVersion)" ] || fail "uninstall left the Apps & features entry"
echo "nsis under wine64: refuses a roll-out without an address, installs, upgrades, uninstalls cleanly"
