#!/usr/bin/env bash
# Installs what building and testing Werkpad needs on Debian 12: system packages (only the
# missing ones) and a Rust toolchain when there is none. Safe to run again.
set -euo pipefail

APT_PACKAGES=(
  # C toolchain and perl/make for the vendored OpenSSL inside SQLCipher
  build-essential pkg-config perl make
  # OS keyring: Secret Service client library; a headless keyring daemon for tests
  libdbus-1-dev dbus dbus-x11 gnome-keyring
  # looking at PDFs and screenshots
  poppler-utils
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  # Debian's own rustc is too old for sqlx 0.9 (needs 1.94).
  echo "setup: installing Rust with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
