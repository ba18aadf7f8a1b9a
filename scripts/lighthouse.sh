#!/usr/bin/env bash
# Lighthouse on the demo page, as a phone sees it: the default mobile profile
# (form factor mobile, simulated throttling: slow 4G, 4x CPU), against
# www/ served by scripts/serve.mjs (precompressed files, cache headers, CSP)
# on a free port of 127.0.0.1, with Debian's Chromium.
#
#   bash scripts/lighthouse.sh            # after bash scripts/build-widget.sh
#   LIGHTHOUSE_RUNS=1 bash scripts/lighthouse.sh
#   LIGHTHOUSE_URL_PATH=embed.html bash scripts/lighthouse.sh
#
# It runs Lighthouse LIGHTHOUSE_RUNS times (3 by default), prints each run's
# scores and metrics and their median, writes each run's JSON report and a
# summary.json (the medians) to target/lighthouse/, and fails if the median
# performance is below LIGHTHOUSE_MIN_PERF (98 by default), CLS above 0.01,
# or accessibility, best practices or SEO below 100.
#
# Lighthouse (12.2.3 exactly, 146 npm packages, 110 MB) is installed on first
# use into target/lighthouse/tool, not into package.json: `npm ci`, which
# scripts/test.sh and CI run, stays as small as it was, and this check is not
# part of the test run (simulated throttling makes it a measurement, not a
# test).
set -euo pipefail
cd "$(dirname "$0")/.."

version=12.2.3
out=target/lighthouse
tool=$out/tool
runs=${LIGHTHOUSE_RUNS:-3}
min_perf=${LIGHTHOUSE_MIN_PERF:-98}
chrome=${CHROME_PATH:-/usr/bin/chromium}

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
  echo "Lighthouse $version needs Node 18 or later (found $(node --version))" >&2
  exit 1
fi
[ -x "$chrome" ] || { echo "no Chromium at $chrome (bash scripts/setup.sh installs it)" >&2; exit 1; }
[ -f www/hire-or-share.js ] && [ -d www/pkg ] || { echo "build the widget first: bash scripts/build-widget.sh" >&2; exit 1; }

have=$(node -p "require('./$tool/node_modules/lighthouse/package.json').version" 2>/dev/null || true)
if [ "$have" != "$version" ]; then
  echo "installing lighthouse@$version into $tool (found: ${have:-none})"
  mkdir -p "$tool"
  npm install --prefix "$tool" --no-save --no-audit --no-fund --loglevel=error "lighthouse@$version"
fi

mkdir -p "$out"
# The demo server on a free port; its first line of output gives the URL.
log=$(mktemp)
node scripts/serve.mjs --port 0 > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  url=$(sed -n 's/^hire-or-share demo: \(http[^ ]*\).*/\1/p' "$log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the server did not start" >&2; exit 1; }
url="$url${LIGHTHOUSE_URL_PATH:-}"

reports=()
for i in $(seq "$runs"); do
  report="$out/run-$i.json"
  echo "lighthouse $version, run $i of $runs: $url"
  CHROME_PATH="$chrome" "$tool/node_modules/.bin/lighthouse" "$url" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$report" --quiet
  reports+=("$report")
done

node - "$min_perf" "$out/summary.json" "${reports[@]}" <<'EOF'
const { readFileSync, writeFileSync } = require('node:fs');
const [minPerf, summaryPath, ...paths] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rows = paths.map((p) => {
  const r = JSON.parse(readFileSync(p, 'utf8'));
  const score = (c) => Math.round(r.categories[c].score * 100);
  const value = (a) => r.audits[a].numericValue;
  const failed = Object.values(r.categories).flatMap((c) => c.auditRefs
    .filter((ref) => ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1)
    .map((ref) => `${c.id}: ${ref.id} (${r.audits[ref.id].displayValue ?? r.audits[ref.id].score})`));
  return {
    report: p, performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), seo: score('seo'),
    cls: value('cumulative-layout-shift'), lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'), fcpMs: value('first-contentful-paint'),
    siMs: value('speed-index'), failed,
  };
});
const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'cls', 'lcpMs', 'tbtMs', 'fcpMs', 'siMs'];
const fmt = (k, v) => (k === 'cls' ? v.toFixed(3) : k.endsWith('Ms') ? `${Math.round(v)} ms` : String(v));
for (const row of rows) {
  console.log(`${row.report}: ${keys.map((k) => `${k} ${fmt(k, row[k])}`).join(', ')}`);
  for (const f of row.failed) console.log(`  not passed: ${f}`);
}
const med = Object.fromEntries(keys.map((k) => [k, median(rows.map((r) => r[k]))]));
console.log(`median of ${rows.length}: ${keys.map((k) => `${k} ${fmt(k, med[k])}`).join(', ')}`);
writeFileSync(summaryPath, JSON.stringify({ lighthouse: '12.2.3', date: new Date().toISOString(), median: med, runs: rows }, null, 2) + '\n');
const problems = [];
if (med.performance < Number(minPerf)) problems.push(`performance ${med.performance} < ${minPerf}`);
if (med.cls > 0.01) problems.push(`CLS ${med.cls} > 0.01`);
for (const k of ['accessibility', 'bestPractices', 'seo']) if (med[k] < 100) problems.push(`${k} ${med[k]} < 100`);
if (problems.length) {
  console.error(`lighthouse: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('lighthouse: ok');
EOF
