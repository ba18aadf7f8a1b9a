#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, native tests, wasm tests in
# Node and headless Chromium, the widget build, and the browser end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

start=$SECONDS
step() {
  local name=$1
  shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local t0=$SECONDS
  "$@"
  printf '\033[1m<== %s: ok (%ss)\033[0m\n' "$name" "$((SECONDS - t0))"
}

step "rustfmt" cargo fmt --all --check
step "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)" cargo clippy -p hire-or-share-wasm --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
# The shipped modules are built one feature at a time: lint each as it ships.
step "clippy (wasm32, the element's French module)" cargo clippy -p hire-or-share-wasm --target wasm32-unknown-unknown --all-targets --locked --no-default-features --features widget,small-alloc,fr -- -D warnings
step "clippy (wasm32, the element's English module)" cargo clippy -p hire-or-share-wasm --target wasm32-unknown-unknown --all-targets --locked --no-default-features --features widget,small-alloc,en -- -D warnings
step "clippy (wasm32, the API's module)" cargo clippy -p hire-or-share-wasm --target wasm32-unknown-unknown --all-targets --locked --no-default-features --features api -- -D warnings
step "native tests (unit, integration, doc)" cargo test --workspace --locked
step "the core's documentation builds without a warning" env RUSTDOCFLAGS="-D warnings" cargo doc -p hire-or-share --no-deps --locked
step "pinned links across a new period and defaults version (the test-only feature test-period, METHODOLOGY.md 9)" cargo test -p hire-or-share --locked --features test-period --test pinned -- --include-ignored
step "the core as the element builds it (one language, no need profile, no list of options)" bash -c 'cargo test -p hire-or-share --lib --locked --no-default-features --features fr -- lang_tests without_need_profiles without_options && cargo test -p hire-or-share --lib --locked --no-default-features --features en -- lang_tests without_need_profiles without_options'
step "the crate's package (cargo package --list: README and licence files, no tests or their data)" bash scripts/check-crate-package.sh
step "wasm tests (API in Node, widget in Chromium; the element's allocator)" cargo test -p hire-or-share-wasm --target wasm32-unknown-unknown --locked --features small-alloc
step "wasm tests (API in Chromium)" env WASM_BINDGEN_USE_BROWSER=1 cargo test -p hire-or-share-wasm --target wasm32-unknown-unknown --locked --test api
step "widget build" bash scripts/build-widget.sh
step "widget transfer size (100,000 bytes brotli 11 budget, enforced; gzip -9 printed)" bash scripts/size.sh
step "CLI build for the end-to-end reference" cargo build -p hire-or-share-cli --locked
step "the npm package (npm pack --dry-run; the packed API in Node with initSync; the element from it in Chromium)" node --test --test-reporter=spec tests/package/
step "browser end-to-end tests" node --test --test-reporter=spec tests/e2e/
printf '\nall tests passed in %ss\n' "$((SECONDS - start))"
