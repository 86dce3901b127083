#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# spdx_headers_test.sh SCRIPT: runs scripts/spdx-headers.sh on a scratch git repository with
# one file of each kind and checks that --check finds exactly the source files without a
# header, that adding puts the header in the right place for each comment syntax (below a
# #! line, scripts stay executable, the text below is unchanged), that a second run changes
# nothing, and that --check then passes.
set -euo pipefail
script="$1"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
export REGIE_COPYRIGHT_YEAR=2026 REGIE_COPYRIGHT_OWNER="Gemeente Utrecht"

git init -q && git config user.email t@example.invalid && git config user.name t
mkdir -p src tools web tests/fuzz/corpus/money
printf '#pragma once\nint f();\n' > src/f.h
printf '// what it does\nint f() { return 1; }\n' > src/f.cpp
printf '#!/bin/sh\necho hi\n' > tools/run.sh && chmod +x tools/run.sh
printf '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nprint(1)\n' > tools/gen.py
printf 'body { color: red; }\n' > web/site.css
printf 'add_library(x f.cpp)\n' > src/CMakeLists.txt
printf '// SPDX-License-Identifier: MIT\n// third-party code keeps its own licence\n' > src/vendored.h
printf '{"a": 1}\n' > data.json
printf '# Title\n' > README.md
printf '12,34\n' > tests/fuzz/corpus/money/seed_1
git add -A && git commit -qm files

expected="src/CMakeLists.txt
src/f.cpp
src/f.h
tools/gen.py
tools/run.sh
web/site.css"
if "$script" --root "$work" --check > check.out 2>&1; then fail "--check passed with files lacking a header"; fi
found="$(sed -n 's/^no SPDX header: //p' check.out | sort)"
[ "$found" = "$expected" ] || fail "--check listed: $found"

mkdir before && cp -r src tools web before/
"$script" --root "$work" > add.out
grep -q 'header added to 6 files' add.out || fail "add: $(cat add.out)"

[ "$(head -n 2 src/f.cpp)" = "// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Gemeente Utrecht" ] || fail "C++ header: $(head -n 2 src/f.cpp)"
[ -z "$(sed -n 3p src/f.cpp)" ] || fail "no blank line below the C++ header"
[ "$(tail -n +4 src/f.cpp)" = "$(cat before/src/f.cpp)" ] || fail "C++ text below the header changed"
[ "$(head -n 1 tools/run.sh)" = '#!/bin/sh' ] || fail "shebang moved"
[ "$(sed -n 2p tools/run.sh)" = '# SPDX-License-Identifier: EUPL-1.2' ] || fail "shell header"
[ -x tools/run.sh ] || fail "script lost its executable bit"
[ "$(sed -n 2p tools/gen.py)" = '# -*- coding: utf-8 -*-' ] || fail "coding line moved"
[ "$(sed -n 3p tools/gen.py)" = '# SPDX-License-Identifier: EUPL-1.2' ] || fail "python header"
[ "$(head -n 1 web/site.css)" = '/* SPDX-License-Identifier: EUPL-1.2 */' ] || fail "css header"
[ "$(head -n 1 src/CMakeLists.txt)" = '# SPDX-License-Identifier: EUPL-1.2' ] || fail "cmake header"
grep -q 'MIT' src/vendored.h && ! grep -q EUPL src/vendored.h || fail "a file with its own SPDX line was changed"
[ "$(cat data.json)" = '{"a": 1}' ] && [ "$(cat README.md)" = '# Title' ] || fail "a file that is not source changed"
[ "$(cat tests/fuzz/corpus/money/seed_1)" = '12,34' ] || fail "a fuzz seed changed"

sums="$(git ls-files | xargs md5sum)"
"$script" --root "$work" | grep -q 'header added to 0 files' || fail "second run added headers"
[ "$(git ls-files | xargs md5sum)" = "$sums" ] || fail "second run changed files"
"$script" --root "$work" --check > /dev/null || fail "--check fails after adding"
echo "spdx headers: all cases pass"
