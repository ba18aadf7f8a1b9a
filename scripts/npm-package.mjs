// Writes the npm package `hire-or-share` into target/npm/hire-or-share/
// (git-ignored, as all of target/) from what scripts/build-widget.sh built
// into www/, which calls it last:
//
//   hire-or-share.js, .css         the element's loader (its glue bundled in)
//                                  and stylesheet, as www/ serves them;
//   hire-or-share.d.ts             the element's types (hand-written:
//                                  crates/hire-or-share-wasm/npm/);
//   pkg/hire_or_share_wasm_fr_bg.wasm, _en_bg.wasm, hire_or_share_wasm.js
//                                  the element's module per language, and its
//                                  glue for a second language on one page;
//   pkg/hire_or_share_api.js, _bg.wasm, .d.ts, _bg.wasm.d.ts
//                                  the JavaScript API and its declarations;
//   package.json, README.md (crates/hire-or-share-wasm/npm/README.md),
//   LICENSE-MIT, LICENSE-APACHE.
//
// The layout is www/'s: the loader finds its stylesheet and its modules
// beside itself (`new URL('./pkg/…', import.meta.url)`), so the files keep
// their places relative to hire-or-share.js. The version is the workspace's
// (Cargo.toml, `[workspace.package]`).
//
//   node scripts/npm-package.mjs [OUT-DIR]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(repo, 'target', 'npm', 'hire-or-share'));
const www = join(repo, 'www');
const npmDir = join(repo, 'crates', 'hire-or-share-wasm', 'npm');

// The workspace's version, as Cargo reads it (no network: --no-deps).
const metadata = JSON.parse(
  execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1', '--offline'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  }),
);
const version = metadata.packages.find((p) => p.name === 'hire-or-share-wasm')?.version;
const license = metadata.packages.find((p) => p.name === 'hire-or-share-wasm')?.license;
if (!version || !license) throw new Error('cargo metadata: no version or license for hire-or-share-wasm');

// Package path ← source path.
const files = {
  'hire-or-share.js': join(www, 'hire-or-share.js'),
  'hire-or-share.css': join(www, 'hire-or-share.css'),
  'hire-or-share.d.ts': join(npmDir, 'hire-or-share.d.ts'),
  'pkg/hire_or_share_wasm_fr_bg.wasm': join(www, 'pkg', 'hire_or_share_wasm_fr_bg.wasm'),
  'pkg/hire_or_share_wasm_en_bg.wasm': join(www, 'pkg', 'hire_or_share_wasm_en_bg.wasm'),
  'pkg/hire_or_share_wasm.js': join(www, 'pkg', 'hire_or_share_wasm.js'),
  'pkg/hire_or_share_api.js': join(www, 'pkg', 'hire_or_share_api.js'),
  'pkg/hire_or_share_api_bg.wasm': join(www, 'pkg', 'hire_or_share_api_bg.wasm'),
  'pkg/hire_or_share_api.d.ts': join(www, 'pkg', 'hire_or_share_api.d.ts'),
  'pkg/hire_or_share_api_bg.wasm.d.ts': join(www, 'pkg', 'hire_or_share_api_bg.wasm.d.ts'),
  'README.md': join(npmDir, 'README.md'),
  'LICENSE-MIT': join(repo, 'LICENSE-MIT'),
  'LICENSE-APACHE': join(repo, 'LICENSE-APACHE'),
};

const element = { types: './hire-or-share.d.ts', default: './hire-or-share.js' };
const pkg = {
  name: 'hire-or-share',
  version,
  description:
    'Should a French SME hire a full-time expert or share one? The <hire-or-share> web element and the JavaScript API (WebAssembly): 2026 employer cost, shared-time cost and the break-even, every figure with its source.',
  license,
  type: 'module',
  // Importing the element defines it: a bundler must keep that import.
  sideEffects: ['./hire-or-share.js'],
  exports: {
    '.': element,
    './element': element,
    './hire-or-share.css': './hire-or-share.css',
    './api': { types: './pkg/hire_or_share_api.d.ts', default: './pkg/hire_or_share_api.js' },
    // The API's module, for Node: readFileSync it and give it to initSync.
    './api.wasm': './pkg/hire_or_share_api_bg.wasm',
    './pkg/*': './pkg/*',
    './package.json': './package.json',
  },
  types: './hire-or-share.d.ts',
  // README.md and package.json are always packed; LICENSE-* are not.
  files: ['hire-or-share.js', 'hire-or-share.css', 'hire-or-share.d.ts', 'pkg/', 'LICENSE-MIT', 'LICENSE-APACHE'],
  keywords: ['payroll', 'france', 'urssaf', 'employer-cost', 'break-even', 'web-component', 'wasm'],
};

rmSync(out, { recursive: true, force: true });
for (const [to, from] of Object.entries(files)) {
  if (!existsSync(from)) throw new Error(`${from} is missing: run bash scripts/build-widget.sh`);
  mkdirSync(dirname(join(out, to)), { recursive: true });
  copyFileSync(from, join(out, to));
}
writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

// Every target of `exports` is a file of the package.
const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
for (const target of targets) {
  if (!target.includes('*') && !existsSync(join(out, target))) throw new Error(`exports names ${target}, not in the package`);
}
console.log(`wrote the npm package hire-or-share@${version} to ${out}`);
