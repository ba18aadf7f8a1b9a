#!/usr/bin/env bash
# Builds the widget: Rust → wasm → wasm-bindgen (www/pkg) → wasm-opt -Oz.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --target wasm32-unknown-unknown -p hire-or-share-wasm
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg \
  target/wasm32-unknown-unknown/release/hire_or_share_wasm.wasm
# The features rustc 1.95 emits by default; binaryen rejects the module without them.
wasm-opt -Oz \
  --enable-bulk-memory --enable-sign-ext --enable-reference-types --enable-multivalue \
  --enable-nontrapping-float-to-int --enable-mutable-globals \
  -o www/pkg/hire_or_share_wasm_bg.wasm www/pkg/hire_or_share_wasm_bg.wasm
echo "built www/pkg ($(wc -c < www/pkg/hire_or_share_wasm_bg.wasm) bytes of wasm)"
