#!/usr/bin/env bash
# The one run command (README): set up, build, and start Werkpad with an empty encrypted
# store. Until the desktop window lands (issue: the desktop app), "start" means: create the
# store in the app's data folder if there is none (asks for a passphrase) and show its
# health with werkpadctl doctor.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
cargo build --release --locked -p werkpad-core --bin werkpadctl
ctl="$CARGO_TARGET_DIR/release/werkpadctl"
data_dir="${WERKPAD_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/nl.werkpad.desktop}"
if [ ! -f "$data_dir/store.json" ]; then
  "$ctl" --data-dir "$data_dir" init --coach "${WERKPAD_COACH:-${USER:-coach}}"
fi
"$ctl" --data-dir "$data_dir" doctor
