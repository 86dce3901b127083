#!/bin/sh
# expect-fail.sh <source> <compiler> <flags...>
# Passes when the compiler refuses <source> with an error that names Html (so it failed for
# the reason the case is about, not for a missing header or a typo).
src="$1"; shift
out=$("$@" "$src" 2>&1) && { echo "compiled, but must not: $src"; exit 1; }
echo "$out" | grep -q "Html" || { echo "failed for another reason:"; echo "$out"; exit 1; }
echo "refused as expected: $(basename "$src")"
