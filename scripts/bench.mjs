// Times the same employer-cost work through the widget's wasm and through the
// official French rules (modele-social evaluated by publicodes) in one Node
// process, over the same salaries; reports median and p95 per evaluation and
// the ratio, checks the two agree, times one call of each of the API's
// functions against the same work in native Rust (the example native_calls,
// built with the bench profile) with their ratio, and writes
// target/bench-node.json.
//
//   npm run bench             (after bash scripts/build-widget.sh)
//   SALARIES=200 npm run bench   (fewer salaries: the official engine is slow)
//   API_PKG=other/pkg npm run bench   (another build of the API module)
//   NATIVE=0 npm run bench     (no native side: no cargo run)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Engine from 'publicodes';
import rules from 'modele-social';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = process.env.API_PKG ?? `${root}/www/pkg`;
const api = await import(pathToFileURL(`${pkg}/hire_or_share_api.js`).href);
api.initSync({ module: readFileSync(`${pkg}/hire_or_share_api_bg.wasm`) });
const { employerCost, employerCostTotals } = api;

const count = Number(process.env.SALARIES ?? 1000);
// Salaries from the SMIC to 8 PASS, spread evenly, to the cent.
const salaries = Array.from({ length: count }, (_, i) => (22404.2 + (384480 - 22404.2) * (i / (count - 1))).toFixed(2));
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { medianMs: at(0.5), p95Ms: at(0.95) };
};

// The wasm: warm up, then time each evaluation.
const wasmTimes = [];
const wasmTotals = [];
for (let round = 0; round < 2; round += 1) {
  for (const gross of salaries) {
    const t0 = performance.now();
    const out = employerCost({ grossAnnual: gross, headcount: 50, date: '2026-07-01' }, 'en');
    const t1 = performance.now();
    if (round === 1) {
      wasmTimes.push(t1 - t0);
      wasmTotals.push(Number(out.value.totalEmployerCost));
    }
  }
}

// The computation alone through wasm: all the salaries in one call, 41 times
// (each round lasts a few ms, so the median shrugs off a burst of load), the time
// divided by their number (no line-by-line result to carry back to JavaScript).
const batchRounds = [];
for (let round = 0; round < 41; round += 1) {
  const t0 = performance.now();
  const totals = employerCostTotals(salaries, 50);
  batchRounds.push((performance.now() - t0) / salaries.length);
  if (totals.length !== salaries.length || totals.includes('error')) throw new Error('batch failed');
}
const batch = stats(batchRounds);

// One call of each API function, as a program makes it: the input object in,
// the result object out (what crosses the boundary included). Each call timed
// alone, after one round of warm-up; a few hundred inputs each.
const perCall = (inputs, call) => {
  const times = [];
  for (let round = 0; round < 2; round += 1) {
    for (const input of inputs) {
      const t0 = performance.now();
      const out = call(input);
      const t1 = performance.now();
      if (out?.error) throw new Error(`API call failed: ${JSON.stringify(out.error)}`);
      if (round === 1) times.push(t1 - t0);
    }
  }
  return stats(times);
};
const some = salaries.filter((_, i) => i % Math.max(1, Math.floor(count / 250)) === 0);
const roles = ['daf', 'dsi', 'drh', 'marketing'];
const apiCalls = {
  employerCost: stats(wasmTimes),
  compare: perCall(some.map((gross, i) => ({ role: roles[i % 4], daysPerWeek: '1.5', grossAnnual: gross })), (s) => api.compare(s, 'en', '2026-07-01')),
  compareBundle: perCall(
    some.map((gross) => ({
      scenarios: [{ role: 'daf', daysPerWeek: '1', grossAnnual: gross }, { role: 'drh', daysPerWeek: '0.5' }, { role: 'dsi', daysPerWeek: 2 }],
      generalistGrossAnnual: '95000',
    })),
    (b) => api.compareBundle(b, 'en'),
  ),
  defaultScenario: perCall(Array.from({ length: 1000 }, (_, i) => roles[i % 4]), (role) => api.defaultScenario(role, 'en')),
  presets: perCall(Array.from({ length: 1000 }, () => null), () => api.presets()),
};

// The same calls in native Rust (crates/hire-or-share-wasm/examples/native_calls.rs:
// the same work, 250 salaries from the SMIC to 8 PASS), and the ratio of
// medians JS / native: the goal is at most 3.
const native = process.env.NATIVE === '0' ? null : JSON.parse(execFileSync(
  'cargo', ['run', '--profile', 'bench', '--quiet', '-p', 'hire-or-share-wasm', '--example', 'native_calls'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
));
const nativeVsJs = native && Object.fromEntries(['compare', 'employerCost'].map((name) => [name, {
  nativeMedianMs: native[name].medianMs,
  jsMedianMs: apiCalls[name].medianMs,
  ratio: Number((apiCalls[name].medianMs / native[name].medianMs).toFixed(1)),
}]));

// The official engine, same salaries.
const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
const officialTimes = [];
let largestGap = 0;
salaries.forEach((gross, i) => {
  const t0 = performance.now();
  engine.setSituation({
    'salarié . contrat . salaire brut': `${gross} €/an`,
    'salarié . contrat . statut cadre': 'oui',
    'entreprise . salariés . effectif': '50 employé',
    'salarié . contrat': "'CDI'",
  });
  const value = engine.evaluate('salarié . coût total employeur').nodeValue;
  const t1 = performance.now();
  officialTimes.push(t1 - t0);
  // The engine answers per month by default for this rule: bring it to a year.
  const yearly = engine.evaluate({ valeur: 'salarié . coût total employeur', unité: '€/an' }).nodeValue ?? value * 12;
  largestGap = Math.max(largestGap, Math.abs(yearly - wasmTotals[i]));
});

const wasm = stats(wasmTimes);
const official = stats(officialTimes);
const result = {
  salaries: count,
  wasmApiCall: wasm,
  wasmComputation: { medianMs: batch.medianMs, p95Ms: batch.p95Ms },
  official,
  ratioMedianApiCall: Math.round(official.medianMs / wasm.medianMs),
  ratioMedianComputation: Math.round(official.medianMs / batch.medianMs),
  apiCalls,
  nativeVsJs,
  largestGapEuros: Number(largestGap.toFixed(3)),
  node: process.version,
};
mkdirSync(`${root}/target`, { recursive: true });
writeFileSync(`${root}/target/bench-node.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
for (const [name, r] of Object.entries(nativeVsJs ?? {})) {
  console.log(`${name}: native ${(r.nativeMedianMs * 1000).toFixed(1)} µs, JS ${(r.jsMedianMs * 1000).toFixed(1)} µs, ratio ${r.ratio} (goal ≤ 3)`);
}
