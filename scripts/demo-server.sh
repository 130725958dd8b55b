#!/usr/bin/env bash
# A local Werkpad server for trying sync on this machine: PostgreSQL (scripts/postgres.sh),
# a database "werkpad_demo", a jobcoach "coach" with password "werkpad-demo-wachtwoord",
# plain HTTP on 127.0.0.1:8080 (loopback only). In the app: Instellingen → Server →
# http://127.0.0.1:8080, user "coach".
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
cluster="$(bash scripts/postgres.sh)"
psql "$cluster" -qtc "SELECT 1 FROM pg_database WHERE datname = 'werkpad_demo'" | grep -q 1 \
  || psql "$cluster" -qc "CREATE DATABASE werkpad_demo"
export DATABASE_URL="${cluster%/*}/werkpad_demo"
cargo build --release --locked -p werkpad-server
server="$CARGO_TARGET_DIR/release/werkpad-server"
"$server" migrate
printf '%s' "werkpad-demo-wachtwoord" | "$server" user add coach --role jobcoach \
  --display-name "Demo Coach" --password-stdin 2>/dev/null || true
exec "$server" serve --listen 127.0.0.1:8080
