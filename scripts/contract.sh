#!/usr/bin/env bash
# Regenerates ui/src/api/contract.gen.ts (the IPC contract as TypeScript) from the Rust types
# (src-tauri/src/contract.rs). `cargo test` fails while the committed file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
WERKPAD_UPDATE_CONTRACT=1 cargo test -q --locked -p werkpad-app --lib contract::
echo "ui/src/api/contract.gen.ts written"
