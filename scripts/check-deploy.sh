#!/bin/sh
# Check deploy/ as far as this machine can: the text checks of
# crates/server/tests/deploy_files.rs, then systemd's own verification of the unit when
# systemd-analyze is installed (its exposure score offline), then `docker compose config`
# when a Docker client is installed. No image is built or pulled here.
set -eu
cd "$(dirname "$0")/.."
cargo test -q -p werkpad-server --test deploy_files
if command -v systemd-analyze >/dev/null; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # verify wants the binary to exist: point ExecStart at a stand-in.
    printf '#!/bin/sh\n' >"$tmp/werkpad-server" && chmod +x "$tmp/werkpad-server"
    sed "s|/usr/local/bin/werkpad-server|$tmp/werkpad-server|" deploy/werkpad-server.service \
        >"$tmp/werkpad-server.service"
    systemd-analyze verify "$tmp/werkpad-server.service"
    systemd-analyze security --offline=true --threshold=20 "$tmp/werkpad-server.service" | tail -1
else
    echo "systemd-analyze not installed: unit not verified by systemd"
fi
if command -v docker >/dev/null && docker compose version >/dev/null 2>&1; then
    WERKPAD_DB_PASSWORD=check docker compose -f deploy/compose.yaml config -q && echo "compose.yaml: valid"
else
    echo "docker compose not installed: compose.yaml not validated by Docker"
fi
