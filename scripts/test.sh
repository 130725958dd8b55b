#!/usr/bin/env bash
# The one test command (README): set up (system packages, a running PostgreSQL), then
# formatting, lints and every test — Rust unit tests, the server against PostgreSQL, the
# sync journeys (two laptops, kill -9, server restarts), UI component tests, the locale
# check, and end-to-end tests on the real app window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
# One target directory outside the clone, so CI and repeated runs reuse the build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
# The server's tests and the sync journeys run against a real PostgreSQL.
DATABASE_URL="$(bash scripts/postgres.sh)"
export DATABASE_URL

echo "== ui: npm ci, typecheck, component tests, locale check, build"
(cd ui && npm ci --no-audit --no-fund && npm run typecheck && npm test && npm run check-locales && npm run build)

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked

echo "== end-to-end: the real app window under Xvfb"
cargo build --locked -p werkpad-app -p werkpad-server
bash scripts/e2e.sh "$CARGO_TARGET_DIR/debug/werkpad"
