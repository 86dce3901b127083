#!/usr/bin/env bash
# The whole use case on this machine: installs what is missing, builds, starts allegro-sim,
# zgw-sim and regie-server with demo data (embedded SQLite), and regie-desk when a display
# is available. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
./scripts/install-deps.sh build
# The same build as ./scripts/test.sh (build/ci, optimised with debug info): after the tests
# ran, the demo starts without building again. REGIE_DEMO_PRESET picks another preset.
preset="${REGIE_DEMO_PRESET:-ci}"
./scripts/build.sh "$preset"
bin="$root/build/$preset"
data="${REGIE_DEMO_DATA:-$root/demo-data}"
port="${REGIE_DEMO_PORT:-8080}"
mkdir -p "$data"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# variable, name, args...: starts a simulator on a free port and puts its URL in variable.
# Not called as $(start_sim ...): in that subshell the pid would never reach cleanup, and
# the simulator would outlive the demo.
start_sim() {
  local var="$1" name="$2"; shift 2
  local log="$data/$name.log" url
  "$bin/tools/$name/$name" --listen 127.0.0.1:0 "$@" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -n1 || true)
    [ -n "$url" ] && { printf -v "$var" '%s' "$url"; return 0; }
    sleep 0.1
  done
  echo "regie: $name did not start, see $log" >&2; exit 1
}
inwoners=5 # allegro-sim holds exactly the households regie-server's demo creates
start_sim allegro allegro-sim --data "$data/allegro-sim.sqlite" --seed-regie-demo "$inwoners"
zgw_secret="zgw-sim-demo-secret"
start_sim zgw zgw-sim --data "$data/zgw-sim.sqlite" --secret "$zgw_secret"

# Mail: a local catcher prints every mail Regie sends into mail.log (Python 3.11's smtpd,
# as on Debian 12); without it the mails wait in the outbox, visible to the beheerder.
mail_args=()
if python3 -W ignore -c 'import smtpd' 2>/dev/null; then
  smtp_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -W ignore -u -m smtpd -n -c DebuggingServer "127.0.0.1:$smtp_port" >"$data/mail.log" 2>&1 &
  pids+=($!)
  mail_args=(--smtp-host 127.0.0.1 --smtp-port "$smtp_port" --smtp-security none --smtp-from regie@utrecht.example)
fi

# The webhook secret makes regie-server register its notificaties abonnement with zgw-sim,
# so zaak changes made in the zaaksysteem reach Regie.
REGIE_ZGW_SECRET="$zgw_secret" REGIE_ZGW_WEBHOOK_SECRET="Bearer demo-webhook-$RANDOM$RANDOM" \
  "$bin/citizen-web/regie-server" --demo --demo-inwoners "$inwoners" \
  --data "$data" --listen "127.0.0.1:$port" --assets "$bin/assets" --public-origin "http://127.0.0.1:$port" \
  --allegro "$allegro/soap" --zgw "$zgw" --sync-interval 10s "${mail_args[@]}" >"$data/regie-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do # a first demo load takes a few seconds
  grep -q 'listening on' "$data/regie-server.log" && break
  kill -0 "${pids[-1]}" 2>/dev/null || { echo "regie: regie-server stopped, see $data/regie-server.log" >&2; exit 1; }
  sleep 0.1
done
echo
echo "Regie demo"
echo "  Inwoner portal:   http://127.0.0.1:$port/   (kies 'Inloggen als testpersoon')"
sed -n '/^Staff logins/,/^Inwoners/p' "$data/regie-server.log" | grep -v '^{' | sed 's/^/    /' || true
echo "  allegro-sim:      $allegro   (payment orders: $allegro/admin/orders)"
echo "  zgw-sim:          $zgw   (zaken: $zgw/admin/state)"
[ ${#mail_args[@]} -gt 0 ] && echo "  Mail:             every mail Regie sends is printed in $data/mail.log"
echo "  Data folder:      $data   (logs: *.log)"
echo "  docs/DEMO.md tells what to try."
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/desktop/regie-desk" ]; then
  "$bin/desktop/regie-desk" --server "http://127.0.0.1:$port" --demo &
  pids+=($!)
  echo "  regie-desk started (demo logins are shown in its login window)"
else
  echo "  No display: start regie-desk elsewhere with --server http://127.0.0.1:$port"
fi
echo "  Stop with Ctrl+C."
wait
