#!/bin/sh
# Builds regie-server's static files into OUTDIR (served under /assets/):
#   OUTDIR/utrecht/index.css   NL Design System component library (EUPL-1.2)
#   OUTDIR/utrecht/tokens.css  Utrecht design tokens (all rights reserved, gemeente Utrecht:
#                              fetched from npm at build time, never committed)
#   OUTDIR/fonts/noto-sans.css + OUTDIR/fonts/files/*.woff2   Noto Sans (OFL-1.1)
#   OUTDIR/regie.css, OUTDIR/regie.js   our own sources from src/
# npm ci uses whatever registry the machine is configured for and prefers its cache, so a
# second build works offline.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
out=$1

# node_modules lives beside package.json; a lock-file change forces a clean install.
stamp="$here/node_modules/.regie-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
    (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline)
    cp "$here/package-lock.json" "$stamp"
fi

nm="$here/node_modules"
mkdir -p "$out/utrecht" "$out/fonts/files"
cp "$nm/@utrecht/component-library-css/dist/index.css" "$out/utrecht/index.css"
cp "$nm/@utrecht/design-tokens/dist/index.css" "$out/utrecht/tokens.css"

# Only the variable-weight faces (upright and italic); the width axis is not used.
font="$nm/@fontsource-variable/noto-sans"
cat "$font/index.css" "$font/wght-italic.css" > "$out/fonts/noto-sans.css"
for f in "$font"/files/noto-sans-*-wght-normal.woff2 "$font"/files/noto-sans-*-wght-italic.woff2; do
    cp "$f" "$out/fonts/files/"
done
cp "$font/LICENSE" "$out/fonts/LICENSE-noto-sans.txt"

cp "$here/src/regie.css" "$out/regie.css"
cp "$here/src/regie.js" "$out/regie.js"
echo "regie assets in $out"
