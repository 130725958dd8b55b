#!/usr/bin/env bash
# Makes sure a PostgreSQL answers on 127.0.0.1:5432 for the server and its tests: the one
# already there (the project machines run PostgreSQL 15 with trust auth for user postgres),
# or else Debian's, installed and started here. Prints the DATABASE_URL to use.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "postgres: installing postgresql" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql postgresql-client >&2
fi
if ! answers; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
  if [ -z "$version" ]; then
    echo "postgres: installing postgresql" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
    version=$(ls /etc/postgresql | sort -n | tail -1)
  fi
  conf=/etc/postgresql/$version/main
  # Local tests connect over TCP as user postgres without a password: trust, loopback only.
  if ! $SUDO grep -q "werkpad-tests" "$conf/pg_hba.conf"; then
    $SUDO sed -i '1i host all postgres 127.0.0.1/32 trust # werkpad-tests' "$conf/pg_hba.conf"
  fi
  $SUDO sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf/postgresql.conf"
  echo "postgres: starting cluster $version/main" >&2
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
  for _ in $(seq 1 30); do answers && break; sleep 1; done
fi
answers || { echo "postgres: nothing answers on 127.0.0.1:5432" >&2; exit 1; }
echo "postgres://postgres@127.0.0.1:5432/postgres"
