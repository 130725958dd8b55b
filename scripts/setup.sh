#!/usr/bin/env bash
# Installs what building, running and testing Werkpad needs on Debian 12: system packages
# (only the missing ones), Node.js >= 20, a Rust toolchain, tauri-driver. Safe to run again.
set -euo pipefail

APT_PACKAGES=(
  # C toolchain and perl/make for the vendored OpenSSL inside SQLCipher
  build-essential pkg-config perl make curl wget file
  # OS keyring: Secret Service client library; a headless keyring daemon for tests
  libdbus-1-dev dbus dbus-x11 gnome-keyring
  # Tauri v2 on Linux (WebKitGTK 4.1)
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  # the real window under Xvfb, its WebDriver, screenshots
  xvfb xauth webkit2gtk-driver imagemagick x11-utils
  # looking at PDFs
  poppler-utils
)

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js $(node --version) is too old; Vite 8 needs Node 20.19 or newer." >&2
  echo "       Install Node 20 (e.g. from NodeSource) and run this again." >&2
  exit 1
fi

if ! command -v cargo >/dev/null 2>&1; then
  # Debian's own rustc is too old for sqlx 0.9 (needs 1.94).
  echo "setup: installing Rust with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --locked --version 2.1.0
fi
