#!/usr/bin/env bash
# Builds the widget: Rust → wasm → wasm-bindgen (www/pkg) → wasm-opt -Oz --converge, and
# minifies wasm-bindgen's JavaScript glue with esbuild (npm ci installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --target wasm32-unknown-unknown -p hire-or-share-wasm
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg \
  target/wasm32-unknown-unknown/release/hire_or_share_wasm.wasm
# The features rustc 1.95 emits by default; binaryen rejects the module without them.
wasm-opt -Oz --converge \
  --enable-bulk-memory --enable-sign-ext --enable-reference-types --enable-multivalue \
  --enable-nontrapping-float-to-int --enable-mutable-globals \
  -o www/pkg/hire_or_share_wasm_bg.wasm www/pkg/hire_or_share_wasm_bg.wasm
# The glue is generated, and downloaded with the widget: minified, as an ES
# module whose exports keep their names (esbuild renames only local names).
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || { echo "esbuild is missing: run bash scripts/setup.sh (npm ci)" >&2; exit 1; }
"$esbuild" www/pkg/hire_or_share_wasm.js --minify --format=esm --log-level=warning \
  --allow-overwrite --outfile=www/pkg/hire_or_share_wasm.js
echo "built www/pkg ($(wc -c < www/pkg/hire_or_share_wasm_bg.wasm) bytes of wasm)"
