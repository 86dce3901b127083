#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht

# Renders the app icon from its SVG sources into the PNG sizes and the Windows .ico that
# are committed beside them (run after changing an SVG; needs librsvg2-bin and icoutils).
# 16 and 24 px come from regie-small.svg: at those sizes the full drawing blurs.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  source=regie.svg
  [ "$size" -le 24 ] && source=regie-small.svg
  rsvg-convert --width "$size" --height "$size" "$source" --output "icons/regie-$size.png"
done
# Windows shows 16 to 256 px from the .ico; 256 is stored PNG-compressed (-r), as Vista+ expects.
icotool --create --output windows/regie.ico \
  icons/regie-16.png icons/regie-24.png icons/regie-32.png icons/regie-48.png \
  icons/regie-64.png icons/regie-128.png --raw=icons/regie-256.png
echo "regie: icons written to resources/icons and resources/windows/regie.ico"
