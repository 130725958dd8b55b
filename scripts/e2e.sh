#!/usr/bin/env bash
# End-to-end tests on the real app window: Xvfb + tauri-driver + WebKitWebDriver, driven by
# webdriverio from ui/e2e with node's test runner. Usage: scripts/e2e.sh PATH/TO/werkpad
#
# The app keeps its keys in the OS keyring. The tests get a private D-Bus session with an
# unlocked GNOME keyring whose files live in a temp folder. Without it the keyring library
# autolaunches a bus, gnome-keyring is activated with no login keyring and waits for a
# password prompt nobody answers: the first start never finishes.
#
# The sync tests need a real server: werkpad-server from the same target folder as the app
# runs on a free loopback port against a temporary PostgreSQL database (scripts/postgres.sh),
# with one jobcoach and the demo reference data of assets/reference. The tests get
# WERKPAD_E2E_SERVER, _USER, _PASSWORD and _DATABASE_URL; the server is stopped and the
# database dropped on exit.
set -euo pipefail
app="$(realpath "$1")"
root="$(cd "$(dirname "$0")/.." && pwd)"
server_bin="$(dirname "$app")/werkpad-server"
if [ ! -x "$server_bin" ]; then
  echo "e2e: $server_bin is missing: build it into the same target folder as the app" >&2
  echo "e2e:   cargo test --workspace --no-run (builds both, with the features of the tests)" >&2
  exit 1
fi
cd "$root/ui"
export WERKPAD_APP_BIN="$app"
export WERKPAD_SCREENSHOTS="${WERKPAD_SCREENSHOTS:-$(realpath ../docs/screenshots)}"
mkdir -p "$WERKPAD_SCREENSHOTS"
log="$(mktemp)"
server_log="$(mktemp)"
keyrings="$(mktemp -d)"
# Printing opens the system viewer and saving opens a native dialog; neither can be driven
# over WebDriver, so the app is told to skip the viewer and save into a temp folder.
export WERKPAD_OPEN_COMMAND=true
WERKPAD_SAVE_DIR="$(mktemp -d)"
export WERKPAD_SAVE_DIR

# --- the server: a database of its own, a jobcoach, the demo reference data
cluster="$(bash "$root/scripts/postgres.sh")"
db="werkpad_e2e_$$"
db_url="${cluster%/*}/$db"
server_pid=""
finish() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  psql "$cluster" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 \
    || echo "e2e: could not drop database $db" >&2
  rm -rf "$keyrings" "$WERKPAD_SAVE_DIR" "$log" "$server_log"
}
trap finish EXIT
psql "$cluster" -qc "CREATE DATABASE $db" >/dev/null
server() { DATABASE_URL="$db_url" "$server_bin" "$@" 2>>"$server_log"; }
fail_server() { echo "e2e: $1"; echo "--- werkpad-server log"; tail -50 "$server_log"; exit 1; }
server migrate >/dev/null || fail_server "werkpad-server migrate failed"
export WERKPAD_E2E_USER=petra
export WERKPAD_E2E_PASSWORD=e2e-wachtwoord-$$-$RANDOM
printf '%s' "$WERKPAD_E2E_PASSWORD" \
  | server user add "$WERKPAD_E2E_USER" --role jobcoach --display-name "Petra de Vries" --password-stdin >/dev/null \
  || fail_server "werkpad-server user add failed"
reference="$root/assets/reference"
server reference import isco-groups "$reference/demo-isco-groups.csv" --release "Demo ISCO-08" \
  && server reference import esco-occupations "$reference/demo-occupations.csv" --release "Demo ESCO" \
  && server reference import pc4 "$reference/demo-pc4.csv" --release "Demo PC4" \
  || fail_server "werkpad-server reference import failed"
port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
DATABASE_URL="$db_url" "$server_bin" serve --listen "127.0.0.1:$port" >>"$server_log" 2>&1 &
server_pid=$!
export WERKPAD_E2E_SERVER="http://127.0.0.1:$port"
export WERKPAD_E2E_DATABASE_URL="$db_url"
for _ in $(seq 1 300); do
  curl -fsS "$WERKPAD_E2E_SERVER/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || fail_server "werkpad-server serve stopped"
  sleep 0.1
done
curl -fsS "$WERKPAD_E2E_SERVER/health" >/dev/null 2>&1 || fail_server "werkpad-server did not answer on /health"
echo "e2e: werkpad-server on $WERKPAD_E2E_SERVER, database $db"

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  log="$0" keyrings="$1"
  # A private session bus (its chatter goes to the log, not the test output).
  { read -r address; read -r bus; } < <(dbus-daemon --session --fork --print-address=1 --print-pid=1 2>>"$log")
  export DBUS_SESSION_BUS_ADDRESS="$address"
  echo -n werkpad-e2e | XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>>"$log"
  tauri-driver --port 4444 --native-port 4445 >>"$log" 2>&1 &
  driver=$!
  trap "kill $driver $bus 2>/dev/null || true" EXIT
  for _ in $(seq 1 100); do (echo >/dev/tcp/127.0.0.1/4444) 2>/dev/null && break; sleep 0.1; done
  node --test --test-concurrency=1 e2e/
' "$log" "$keyrings" || {
  echo "--- tauri-driver log"; tail -50 "$log"
  echo "--- werkpad-server log"; tail -50 "$server_log"
  exit 1
}
