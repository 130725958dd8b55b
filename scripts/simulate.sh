#!/usr/bin/env bash
# The seeded sync simulation (tests/sim) over N seeds against the real server and a real
# PostgreSQL: prints one line per seed and seeds × steps × invariants checked at the end.
#
#   scripts/simulate.sh 200                 # seeds 1..200, 150 steps each
#   scripts/simulate.sh 50 --from 1000 --steps 300
#   scripts/simulate.sh --seed 256 --steps 300 --verbose   # one seed again, every step
#
# Needs what the test command sets up (scripts/setup.sh); uses the PostgreSQL on
# 127.0.0.1:5432 or DATABASE_URL, making and dropping one database per seed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
DATABASE_URL="${DATABASE_URL:-$(bash scripts/postgres.sh)}"
export DATABASE_URL
cargo build --locked --quiet -p werkpad-journeys --bin werkpad-simulate
exec "$CARGO_TARGET_DIR/debug/werkpad-simulate" "$@"
