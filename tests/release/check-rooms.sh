#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# The rooms of docs/ARCHITECTURE.md, held in CI: SQL only behind the services (none in
# regie-server, the koppelingen runtime, the demo loader or the desktop), and one way to
# write a change (no WriteTransaction opened by hand in core/services or core/auth outside
# the unit of work). Usage: check-rooms.sh <source root>
set -euo pipefail
root=${1:?source root}
cd "$root"
fail=0
sql='"[^"]*\b(SELECT [^"]*FROM|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM)\b'
hits=$(grep -rnE "$sql" citizen-web core/integrations core/demo desktop tools/regie-demo tools/regie-koppelingen \
         --include='*.cpp' --include='*.h' 2>/dev/null | grep -v '/node_modules/' || true)
if [ -n "$hits" ]; then
  echo "SQL outside core/storage, services, ledger, audit, outbox and auth:"; echo "$hits"; fail=1
fi
tx=$(grep -rn 'WriteTransaction [a-z]*(' core/services core/auth --include='*.cpp' --include='*.h' \
       | grep -v -E '^core/services/UnitOfWork\.(cpp|h):' || true)
if [ -n "$tx" ]; then
  echo "WriteTransaction opened by hand (use services::UnitOfWork):"; echo "$tx"; fail=1
fi
[ $fail -eq 0 ] && echo "rooms: ok"
exit $fail
