#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there.
# Works on a fresh Debian 12 machine with rustup's Rust toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Rust: the toolchain pinned by rust-toolchain.toml (rustup installs it, with
# its components and target, when cargo first runs here; this does it up
# front), then the wasm target and the formatting and lint components, which
# rustup now checks on that toolchain (in case it was installed without them).
channel=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$channel-"; then
  log "installing the Rust toolchain $channel (rust-toolchain.toml)"
  rustup toolchain install "$channel" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding rustup component $component"
    rustup component add "$component"
  fi
done

# Debian packages: Chromium and its driver for browser tests, Node.js and npm for the end-to-end tests and the server,
# poppler-utils to look at the printed proposal as an image.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v gzip >/dev/null || missing+=(gzip)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (found: ${have:-none})"
  cargo install wasm-bindgen-cli --version "=$want" --locked
fi

# JavaScript test dependencies, pinned by package-lock.json.
if ! npm ls --depth=0 >/dev/null 2>&1; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
log "ready"
