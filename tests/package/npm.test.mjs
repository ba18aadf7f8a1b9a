// The npm package written by scripts/build-widget.sh (scripts/npm-package.mjs)
// into target/npm/hire-or-share/: what `npm pack` puts in it, then the packed
// tarball installed into an empty project, where Node imports the API through
// the package's exports and runs `compare` (initSync on the wasm's bytes),
// and Chromium shows the element from the installed files, in both languages.
// The figures are the CLI's (target/debug/hire-or-share, built by test.sh
// before this step, or HOS_CLI).
//
//   node --test tests/package/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(repo, 'target', 'npm', 'hire-or-share');
const TODAY = '2026-07-01';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', ...opts });
// npm with nothing to fetch: no registry, audit or funding requests.
const npm = (args, cwd) =>
  run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd });

/** The CLI's comparison of `args`, as JSON, on TODAY's rules. */
function cliJson(...args) {
  let cli = process.env.HOS_CLI ?? join(repo, 'target', 'debug', 'hire-or-share');
  if (!existsSync(cli)) {
    run('cargo', ['build', '-q', '--locked', '-p', 'hire-or-share-cli'], { cwd: repo, stdio: 'inherit' });
    cli = join(repo, 'target', 'debug', 'hire-or-share');
  }
  const env = { ...process.env, HIRE_OR_SHARE_TODAY: TODAY };
  return JSON.parse(run(cli, [...args, '--format', 'json'], { env }));
}

let work; // a temporary directory: the tarball and the consumer project
let consumer;

before(() => {
  assert.ok(existsSync(join(folder, 'package.json')), `${folder} is missing: run bash scripts/build-widget.sh`);
  work = mkdtempSync(join(tmpdir(), 'hos-npm-'));
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], folder));
  npm(['install', '--no-package-lock', join(work, packed.filename)], consumer);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack --dry-run lists the element, the API, the types, the wasm, the CSS and the licences', () => {
  const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json'], folder));
  const files = packed.files.map((f) => f.path).sort();
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE-MIT',
    'LICENSE-APACHE',
    'hire-or-share.js', // the element's loader, its glue bundled in
    'hire-or-share.css',
    'hire-or-share.d.ts', // the element's types
    'pkg/hire_or_share_wasm_fr_bg.wasm',
    'pkg/hire_or_share_wasm_en_bg.wasm',
    'pkg/hire_or_share_wasm.js', // the glue for a second language on one page
    'pkg/hire_or_share_api.js',
    'pkg/hire_or_share_api_bg.wasm',
    'pkg/hire_or_share_api.d.ts',
  ]) {
    assert.ok(files.includes(file), `${file} is not in the package: ${files.join(', ')}`);
  }
  assert.deepEqual(
    files.filter((f) => /\.(br|gz)$/.test(f)),
    [],
    'no precompressed copies',
  );

  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const cargo = JSON.parse(run('cargo', ['metadata', '--no-deps', '--format-version', '1', '--offline'], { cwd: repo }));
  const workspaceVersion = cargo.packages.find((p) => p.name === 'hire-or-share').version;
  assert.equal(pkg.name, 'hire-or-share');
  assert.equal(pkg.version, workspaceVersion, "the workspace's version (Cargo.toml)");
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.types, './hire-or-share.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './hire-or-share.d.ts', default: './hire-or-share.js' });
  assert.deepEqual(pkg.exports['./api'], { types: './pkg/hire_or_share_api.d.ts', default: './pkg/hire_or_share_api.js' });
  // Every file `exports` names is packed.
  for (const target of Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))) {
    if (!target.includes('*')) assert.ok(files.includes(target.slice(2)), `exports' ${target} is not packed`);
  }
  // The element's types name the API's declarations by a path in the package.
  assert.match(readFileSync(join(folder, 'hire-or-share.d.ts'), 'utf8'), /from '\.\/pkg\/hire_or_share_api\.js'/);
});

test("Node imports the installed package's API through its exports and runs compare with initSync", () => {
  const reference = cliJson('compare', '--preset', 'daf');
  // A script of the consumer project, as the package's README shows it.
  writeFileSync(
    join(consumer, 'use.mjs'),
    `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import init, { initSync, compare, employerCost, version } from 'hire-or-share/api';

// The default init() fetches the wasm by its file: URL, which Node's fetch refuses.
const initError = await init().then(() => null, (e) => String(e.cause?.message ?? e.message));

const wasm = fileURLToPath(import.meta.resolve('hire-or-share/api.wasm'));
initSync({ module: readFileSync(wasm) });
const { value, error } = compare({ role: 'daf' }, 'en', '${TODAY}');
const bad = compare({ role: 'daf', dayRate: '50' }, 'en', '${TODAY}');
console.log(JSON.stringify({
  initError,
  element: import.meta.resolve('hire-or-share'),
  css: import.meta.resolve('hire-or-share/hire-or-share.css'),
  error,
  fullTimeHire: value.fullTimeHire.annualCost,
  sharedTime: value.sharedTime.annualCost,
  breakEven: value.breakEven.daysPerWeek,
  badField: bad.error?.field,
  employerCost: employerCost({ grossAnnual: '55000', headcount: 50, date: '${TODAY}' }, 'en').value.totalEmployerCost,
  version: version(),
}));
`,
  );
  const out = JSON.parse(run(process.execPath, ['use.mjs'], { cwd: consumer }));
  const installed = join(consumer, 'node_modules', 'hire-or-share');
  assert.equal(out.error, undefined);
  assert.match(out.fullTimeHire, /^[1-9]\d{4,}\.\d\d$/, 'a real amount, in euros and cents');
  assert.equal(out.fullTimeHire, reference.fullTimeHire.annualCost, "the DAF's full-time hire, a year: the CLI's figure");
  assert.equal(out.sharedTime, reference.sharedTime.annualCost);
  assert.equal(out.breakEven, reference.breakEven.daysPerWeek);
  assert.equal(out.badField, 'dayRate', 'an input error comes back as data');
  const cost = cliJson('employer-cost', '--gross-annual', '55000', '--headcount', '50');
  assert.equal(out.employerCost, cost.totalEmployerCost);
  assert.ok(out.version.length > 0);
  assert.equal(out.element, `file://${join(installed, 'hire-or-share.js')}`);
  assert.equal(out.css, `file://${join(installed, 'hire-or-share.css')}`);
  // What the README says of `await init()` in Node.
  assert.match(out.initError ?? '', /not implemented|fetch failed/);
});

test("the installed package's element becomes ready in Chromium, in French and English, with the CLI's figure", async () => {
  const reference = cliJson('compare', '--preset', 'daf');
  // A host page in the consumer project, loading the element from node_modules.
  writeFileSync(
    join(consumer, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script type="module" src="/node_modules/hire-or-share/hire-or-share.js"></script>
<hire-or-share lang="en" preset="daf"></hire-or-share>
<hire-or-share lang="fr" preset="daf"></hire-or-share>
</html>`,
  );
  const { server, url } = await startServer({ root: consumer });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const errors = [];
    const missing = [];
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`));
    await page.goto(url);
    await page.locator('hire-or-share[lang="en"][data-ready]').waitFor();
    await page.locator('hire-or-share[lang="fr"][data-ready]').waitFor();
    for (const lang of ['en', 'fr']) {
      const shown = await page
        .locator(`hire-or-share[lang="${lang}"]`)
        .locator('[data-key="full-time-hire-annual"]')
        .first()
        .getAttribute('data-value');
      assert.equal(shown, reference.fullTimeHire.annualCost, `the ${lang} element's full-time hire`);
    }
    for (const file of ['hire-or-share.css', 'pkg/hire_or_share_wasm_en_bg.wasm', 'pkg/hire_or_share_wasm_fr_bg.wasm', 'pkg/hire_or_share_wasm.js']) {
      assert.ok(
        requested.some((p) => p === `/node_modules/hire-or-share/${file}`),
        `${file} loaded from the package: ${requested.join(', ')}`,
      );
    }
    assert.deepEqual(missing, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
});
