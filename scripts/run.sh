#!/usr/bin/env bash
# The one run command (README): set up, build the UI and the app, and start Werkpad. On the
# first start the app asks the coach for a name and a passphrase and creates an empty,
# encrypted store in the app's data folder ($XDG_DATA_HOME/nl.werkpad.desktop, or
# WERKPAD_DATA_DIR). Needs a desktop session (DISPLAY or WAYLAND_DISPLAY).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
(cd ui && npm ci --no-audit --no-fund && npm run build)
cargo build --release --locked -p werkpad-app -p werkpad-cli
exec "$CARGO_TARGET_DIR/release/werkpad" "$@"
