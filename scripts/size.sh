#!/usr/bin/env bash
# Measures what a visitor downloads for the widget: wasm, JavaScript and CSS,
# raw and gzip -9, from the last build (bash scripts/build-widget.sh).
# Prints one line per file and the total; BUDGET_KB (default 70) is reported
# against, and enforced only when ENFORCE_BUDGET=1.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${BUDGET_KB:-70}
files=(www/pkg/hire_or_share_wasm_bg.wasm www/pkg/hire_or_share_wasm.js www/hire-or-share.js www/hire-or-share.css)
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
printf '{"rawBytes": %d, "gzipBytes": %d, "budgetBytes": %d}\n' "$total_raw" "$total_gz" "$((budget_kb * 1000))" > target/widget-size.json
if [ "$total_gz" -gt $((budget_kb * 1000)) ]; then
  echo "widget transfer is over budget by $((total_gz - budget_kb * 1000)) bytes (gzip -9)"
  [ "${ENFORCE_BUDGET:-0}" = 1 ] && exit 1
fi
exit 0
