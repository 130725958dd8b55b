#!/usr/bin/env bash
# The one test command (README): set up (system packages, a running PostgreSQL), then
# formatting, lints and every test — Rust unit tests, the server against PostgreSQL, the
# sync journeys (two laptops, kill -9, server restarts), UI component tests, the locale
# check, and end-to-end tests on the real app window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says when it began, so a slow CI run shows where the time went.
step() { echo "== $1 ($(date -u +%H:%M:%S))"; }
step "setup: system packages, Rust, tauri-driver"
bash scripts/setup.sh
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
# One target directory outside the clone, so CI and repeated runs reuse the build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
# The server's tests and the sync journeys run against a real PostgreSQL.
DATABASE_URL="$(bash scripts/postgres.sh)"
export DATABASE_URL

step "ui: npm ci, typecheck, component tests, locale check, build"
(cd ui && npm ci --no-audit --no-fund && npm run typecheck && npm test && npm run check-locales && npm run build)

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "cargo test"
# Also builds the binaries the end-to-end suite runs (werkpad, werkpad-server: both have
# integration tests), with the same features as the tests: no second build below.
cargo test --workspace --locked

step "end-to-end: the real app window under Xvfb"
bash scripts/e2e.sh "$CARGO_TARGET_DIR/debug/werkpad"
step "done"
