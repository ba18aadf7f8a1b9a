#!/usr/bin/env bash
# Builds the WebAssembly modules into www/pkg, each Rust → wasm →
# wasm-bindgen → wasm-opt (-Oz, see below), with wasm-bindgen's JavaScript glue
# minified by esbuild (npm ci installs it), then the element's loader and
# stylesheet into www/:
#   hire_or_share_wasm_fr_bg.wasm     the <hire-or-share> element, the editor of
#   hire_or_share_wasm_en_bg.wasm     a need that varies included (features
#                                     `widget`, `small-alloc` and `fr` or `en`),
#                                     one module per language: a page downloads
#                                     the text of its own language only;
#   hire_or_share_wasm.js             their glue, the same for both (checked),
#                                     bundled into the loader; this copy serves
#                                     a second language on the same page;
#   hire_or_share_api.js + _bg.wasm   the JavaScript API (feature `api`, both
#                                     languages): compare, employerCost,
#                                     defaultScenario, presets…
# and last the npm package in target/npm/hire-or-share/ (scripts/npm-package.mjs).
#
# Stable Rust only, the toolchain pinned by rust-toolchain.toml: the prebuilt
# standard library, the release profile of Cargo.toml (opt-level "z", LTO,
# panic=abort) and the stable flags of scripts/wasm-build.sh, in its own
# target directory (target/wasm-release).
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/wasm-build.sh

esbuild=node_modules/.bin/esbuild
# binaryen's wasm-opt from npm (package-lock.json pins it; wasm-build.sh names
# it and its flags): Debian 12's binaryen is version 108, and 132 makes the
# element 0.4 KB gzip smaller.
for tool in "$esbuild" "$wasm_opt"; do
  [ -x "$tool" ] || { echo "$tool is missing: run bash scripts/setup.sh (npm ci)" >&2; exit 1; }
done
rm -rf www/pkg && mkdir -p www/pkg

# build FEATURES DIR NAME [WASM-BINDGEN FLAGS…]: one module, DIR/NAME.js and
# DIR/NAME_bg.wasm.
# PROFILE (default release, the element's: size first) picks the Cargo
# profile; with `api`, wasm-opt optimizes for speed (-O3) rather than size.
build() {
  local dir=$2 name=$3 profile=${PROFILE:-release}
  local flags=("${wasm_opt_flags[@]}")
  [ "$profile" = release ] || flags=(-O3 --strip-producers --enable-bulk-memory --enable-sign-ext
    --enable-reference-types --enable-multivalue --enable-nontrapping-float-to-int
    --enable-mutable-globals)
  cargo build --profile "$profile" --target wasm32-unknown-unknown -p hire-or-share-wasm \
    --target-dir "$target_dir" --no-default-features --features "$1"
  wasm-bindgen --target web "${@:4}" --out-dir "$dir" --out-name "$name" \
    "$target_dir/wasm32-unknown-unknown/$profile/hire_or_share_wasm.wasm"
  "$wasm_opt" "${flags[@]}" \
    -o "$dir/${name}_bg.wasm" "$dir/${name}_bg.wasm"
  # The glue is generated, and downloaded with the module: minified, as an ES
  # module whose exports keep their names (esbuild renames only local names).
  "$esbuild" "$dir/$name.js" --minify --format=esm --log-level=warning \
    --allow-overwrite --outfile="$dir/$name.js"
  echo "built $dir/$name ($(wc -c < "$dir/${name}_bg.wasm") bytes of wasm)"
}

# The element, once per language. The two modules differ only in their text,
# so they import the same functions and wasm-bindgen writes the same glue:
# one copy serves both, and the build stops if they ever differ.
langs=$(mktemp -d)
trap 'rm -rf "$langs"' EXIT
# The element's glue without what its loader never uses: the fallback for
# browsers without TextEncoder's encodeInto (every browser with custom
# elements and Intl has it), and a default path to the module (the loader
# always gives the module of its language): -55 bytes gzip of each page.
for lang in fr en; do
  build "widget,small-alloc,$lang" "$langs/$lang" hire_or_share_wasm \
    --encode-into always --omit-default-module-path
  mv "$langs/$lang/hire_or_share_wasm_bg.wasm" "www/pkg/hire_or_share_wasm_${lang}_bg.wasm"
done
if ! cmp -s "$langs/fr/hire_or_share_wasm.js" "$langs/en/hire_or_share_wasm.js"; then
  echo "the French and English modules' glue differ: the loader cannot serve both with one" >&2
  exit 1
fi
cp "$langs/fr/hire_or_share_wasm.js" "$langs/fr/hire_or_share_wasm.d.ts" www/pkg/
# The API is for programs, which feel its time, not its bytes: built for
# speed (the `api` profile of Cargo.toml, opt-level 3; scripts/bench.mjs).
PROFILE=api build api www/pkg hire_or_share_api

# The element's loader, bundled with its glue into one minified module, and
# its stylesheet, minified: www/hire-or-share.js and www/hire-or-share.css,
# from crates/hire-or-share-wasm/element/.
"$esbuild" crates/hire-or-share-wasm/element/hire-or-share.js --bundle --minify --format=esm \
  --log-level=warning --outfile=www/hire-or-share.js
"$esbuild" crates/hire-or-share-wasm/element/hire-or-share.css --minify --log-level=warning \
  --outfile=www/hire-or-share.css
echo "built www/hire-or-share.js and www/hire-or-share.css"

# FILE.br (brotli 11) and FILE.gz (gzip -9) beside each file of www/ a page
# downloads, all rewritten (stale ones deleted first), for scripts/serve.mjs
# or any server that sends precompressed files with Content-Encoding.
node scripts/precompress.mjs

# The npm package `hire-or-share` (the element, the API, their types, wasm and
# stylesheet, a README and the licences), from the files above, into
# target/npm/hire-or-share/ (git-ignored): scripts/npm-package.mjs.
node scripts/npm-package.mjs
