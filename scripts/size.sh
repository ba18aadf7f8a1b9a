#!/usr/bin/env bash
# Measures what a visitor downloads for the widget: wasm, JavaScript and CSS,
# raw and gzip -9, from the last build (bash scripts/build-widget.sh).
# Prints one line per file and the total.
#
# Two limits:
# - the budget, 70 KB (issue #5): reported against; enforced only with
#   ENFORCE_BUDGET=1, because the widget is still over it;
# - the ceiling: the size reached so far, plus about 1 %. Always enforced, so
#   the size can only go down until the budget is met. Lower it when bytes are
#   cut; never raise it without saying why on the issue.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${BUDGET_KB:-70}
ceiling_bytes=${CEILING_BYTES:-94000}
files=(www/pkg/hire_or_share_wasm_bg.wasm www/hire-or-share.js www/hire-or-share.css)
total_raw=0
total_gz=0
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "missing $f: run bash scripts/build-widget.sh" >&2; exit 1; }
  raw=$(wc -c < "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-40s %9d bytes %9d gzip -9\n' "$f" "$raw" "$gz"
done
printf '%-40s %9d bytes %9d gzip -9 (budget %d KB = %d)\n' "widget transfer" "$total_raw" "$total_gz" "$budget_kb" "$((budget_kb * 1000))"
mkdir -p target
printf '{"rawBytes": %d, "gzipBytes": %d, "budgetBytes": %d, "ceilingBytes": %d}\n' "$total_raw" "$total_gz" "$((budget_kb * 1000))" "$ceiling_bytes" > target/widget-size.json
if [ "$total_gz" -gt "$ceiling_bytes" ]; then
  echo "widget transfer grew past its ceiling: $total_gz > $ceiling_bytes bytes (gzip -9); find the bytes with twiggy (README, Measuring)" >&2
  exit 1
fi
if [ "$total_gz" -gt $((budget_kb * 1000)) ]; then
  echo "widget transfer is over budget by $((total_gz - budget_kb * 1000)) bytes (gzip -9)"
  [ "${ENFORCE_BUDGET:-0}" = 1 ] && exit 1
fi
exit 0
