#!/usr/bin/env bash
# End-to-end tests on the real app window: Xvfb + tauri-driver + WebKitWebDriver, driven by
# webdriverio from ui/e2e with node's test runner. Usage: scripts/e2e.sh PATH/TO/werkpad
#
# The app keeps its keys in the OS keyring. The tests get a private D-Bus session with an
# unlocked GNOME keyring whose files live in a temp folder. Without it the keyring library
# autolaunches a bus, gnome-keyring is activated with no login keyring and waits for a
# password prompt nobody answers: the first start never finishes.
set -euo pipefail
app="$(realpath "$1")"
cd "$(dirname "$0")/../ui"
export WERKPAD_APP_BIN="$app"
export WERKPAD_SCREENSHOTS="${WERKPAD_SCREENSHOTS:-$(realpath ../docs/screenshots)}"
mkdir -p "$WERKPAD_SCREENSHOTS"
log="$(mktemp)"
keyrings="$(mktemp -d)"
# Printing opens the system viewer and saving opens a native dialog; neither can be driven
# over WebDriver, so the app is told to skip the viewer and save into a temp folder.
export WERKPAD_OPEN_COMMAND=true
WERKPAD_SAVE_DIR="$(mktemp -d)"
export WERKPAD_SAVE_DIR
trap 'rm -rf "$keyrings" "$WERKPAD_SAVE_DIR"' EXIT
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
' "$log" "$keyrings" || { echo "--- tauri-driver log"; tail -50 "$log"; exit 1; }
