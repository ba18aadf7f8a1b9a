#!/usr/bin/env bash
# Where the widget's bytes go: builds the wasm with its function names kept,
# runs it through wasm-bindgen and the shipped build's wasm-opt passes (with
# -g, which keeps the names), and prints, from twiggy (`cargo install
# twiggy`), the largest functions and the raw bytes by crate and module, as
# they ship: before wasm-opt, small savings can vanish or even reverse.
# `bash scripts/size.sh` gives the shipped total, gzipped.
#   bash scripts/size-report.sh [N]      (N largest functions, default 30)
# of the French module; MODULE_LANG=en for the English one.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v twiggy >/dev/null || { echo "twiggy is missing: cargo install twiggy" >&2; exit 1; }
top=${1:-30}
out=target/size-report
. scripts/wasm-build.sh
CARGO_PROFILE_RELEASE_STRIP=false cargo build -q --release --target wasm32-unknown-unknown -p hire-or-share-wasm \
  --target-dir "$target_dir-names" --no-default-features --features "widget,small-alloc,${MODULE_LANG:-fr}"
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" "$target_dir-names/wasm32-unknown-unknown/release/hire_or_share_wasm.wasm"
wasm="$out/hire_or_share_wasm_bg.wasm"
"$wasm_opt" -g "${wasm_opt_flags[@]}" -o "$wasm" "$wasm"
twiggy top -n 100000 -f csv "$wasm" > "$out/top.csv"
python3 - "$out/top.csv" "$top" <<'PY'
import collections, csv, re, sys
# The name sections are -g's, not shipped.
rows = [r for r in csv.DictReader(open(sys.argv[1])) if not r["Name"].startswith(('"function names"', '"data names"'))]
top = int(sys.argv[2])
print(f"largest {top} items (raw bytes, after wasm-opt):")
for r in rows[:top]:
    print(f"{int(r['ShallowSize']):>8}  {r['Name'][:110]}")
groups = collections.Counter()
for r in rows:
    name, size = re.sub(r"\[[0-9a-f]{16}\]", "", r["Name"]), int(r["ShallowSize"])
    # wasm-bindgen's shim for the export, into which wasm-opt inlines `mount`.
    name = name.replace("mount externref shim", "hire_or_share_wasm::widget::mount")
    m = re.search(r"(hire_or_share_wasm::widget::\w+|hire_or_share_wasm|hire_or_share::\w+|serde_json|serde_core|rust_decimal|dlmalloc|wasm_bindgen|js_sys|web_sys|core|alloc|std)\b", name)
    groups["data (strings, tables)" if name.startswith("data") else m.group(1) if m else "other"] += size
print("\nby crate and module (raw bytes, after wasm-opt):")
for name, size in groups.most_common():
    print(f"{size:>8}  {name}")
PY
