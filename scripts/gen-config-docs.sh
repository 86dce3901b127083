#!/usr/bin/env bash
# Rewrites docs/CONFIGURATION.md and installer/regie.ini.example from the settings table
# (core/config/Settings.cpp). tests/config/tst_settings fails until they match the table.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"
cmake --build "$build" --target tst_settings >/dev/null
REGIE_WRITE_CONFIG_DOCS=1 QT_QPA_PLATFORM=offscreen "$build/tests/config/tst_settings" referenceAndExampleAreCurrent
