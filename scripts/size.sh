#!/usr/bin/env bash
# Measures what a visitor downloads for the widget: wasm, JavaScript and CSS,
# raw and gzip -9, from the last build (bash scripts/build-widget.sh), for a
# French page and for an English one (one wasm module per language).
# Prints one line per file, each page's total, and the larger one.
#
# The budget, 76 KB gzip -9 (76 000 bytes, issues #5, #8 and #15), is enforced:
# the script fails above it, after printing the figures. Where the bytes go
# when it does: bash scripts/size-report.sh (README, Measuring).
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${BUDGET_KB:-76}
# What one page downloads: the loader (with the glue), the stylesheet, and the
# module of its language. The larger of the two languages is the figure.
shared=(www/hire-or-share.js www/hire-or-share.css)
total_raw=0
total_gz=0
langs_json=""
for lang in fr en; do
  raw_sum=0
  gz_sum=0
  for f in "www/pkg/hire_or_share_wasm_${lang}_bg.wasm" "${shared[@]}"; do
    [ -f "$f" ] || { echo "missing $f: run bash scripts/build-widget.sh" >&2; exit 1; }
    raw=$(wc -c < "$f")
    gz=$(gzip -9c "$f" | wc -c)
    raw_sum=$((raw_sum + raw))
    gz_sum=$((gz_sum + gz))
    printf '%-40s %9d bytes %9d gzip -9\n' "$f" "$raw" "$gz"
  done
  printf '%-40s %9d bytes %9d gzip -9\n' "page in lang=$lang" "$raw_sum" "$gz_sum"
  langs_json="$langs_json\"$lang\": {\"rawBytes\": $raw_sum, \"gzipBytes\": $gz_sum}, "
  if [ "$gz_sum" -gt "$total_gz" ]; then
    total_raw=$raw_sum
    total_gz=$gz_sum
  fi
done
# What opening "a need that varies" downloads after that (the element with
# its editor: its module, glue and stylesheet), measured and not budgeted:
# it is never part of the first view (README, Measuring).
profile_json=""
for lang in fr en; do
  sum=0
  for f in "www/pkg/hire_or_share_wasm_${lang}_profile_bg.wasm" www/pkg/hire_or_share_wasm_profile.js www/hire-or-share-profile.css; do
    [ -f "$f" ] || { echo "missing $f: run bash scripts/build-widget.sh" >&2; exit 1; }
    sum=$((sum + $(gzip -9c "$f" | wc -c)))
  done
  printf '%-40s %9s       %9d gzip -9 (on opening, not budgeted)\n' "need editor in lang=$lang" "" "$sum"
  profile_json="$profile_json\"$lang\": $sum, "
done
printf '%-40s %9d bytes %9d gzip -9 (budget %d KB = %d)\n' "widget transfer (larger language)" "$total_raw" "$total_gz" "$budget_kb" "$((budget_kb * 1000))"
mkdir -p target
printf '{%s"needEditorGzipBytes": {%s}, "rawBytes": %d, "gzipBytes": %d, "budgetBytes": %d}\n' "$langs_json" "${profile_json%, }" "$total_raw" "$total_gz" "$((budget_kb * 1000))" > target/widget-size.json
if [ "$total_gz" -gt $((budget_kb * 1000)) ]; then
  echo "widget transfer is over its budget by $((total_gz - budget_kb * 1000)) bytes (gzip -9); find the bytes with bash scripts/size-report.sh (README, Measuring)" >&2
  exit 1
fi
echo "widget transfer is within its budget, $((budget_kb * 1000 - total_gz)) bytes to spare (gzip -9)"
