// Loading (issue #25, "ready at once, nothing jumps"): the server sends the
// build's precompressed copies by Accept-Encoding, and the calculator keeps
// its place with a skeleton until it is ready, so that the page does not
// move on a slow line (layout shifts measured by the browser itself).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { artifacts, repo } from './browser.mjs';

let server;
let url;
let browser;
before(async () => {
  ({ server, url } = await startServer());
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
});

/** A GET (or HEAD) on `base`, its body as sent (not decoded). */
function get(base, path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('the server sends the brotli or gzip copy the request accepts, each the original once decoded', async () => {
  const files = {
    '/': 'index.html',
    '/embed.html': 'embed.html',
    '/site.css': 'site.css',
    '/hire-or-share.js': 'hire-or-share.js',
    '/hire-or-share.css': 'hire-or-share.css',
    '/pkg/hire_or_share_wasm_fr_bg.wasm': 'pkg/hire_or_share_wasm_fr_bg.wasm',
    '/pkg/hire_or_share_wasm_en_bg.wasm': 'pkg/hire_or_share_wasm_en_bg.wasm',
    '/pkg/hire_or_share_wasm.js': 'pkg/hire_or_share_wasm.js',
  };
  for (const [path, file] of Object.entries(files)) {
    const original = readFileSync(join(repo, 'www', file));
    const plain = await get(url, path);
    assert.equal(plain.status, 200, path);
    assert.equal(plain.headers['content-encoding'], undefined, path);
    assert.ok(plain.body.equals(original), path);
    assert.equal(Number(plain.headers['content-length']), original.length, path);
    assert.equal(plain.headers.vary, 'Accept-Encoding', path);
    assert.equal(plain.headers['cache-control'], 'no-cache', path);
    assert.ok(plain.headers.etag && plain.headers['last-modified'], path);
    assert.match(plain.headers['content-security-policy'], /default-src 'none'/u, path);
    for (const [accept, encoding, decode] of [
      ['br', 'br', zlib.brotliDecompressSync],
      ['gzip, deflate, br, zstd', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
      ['br;q=0, gzip', 'gzip', zlib.gunzipSync],
    ]) {
      const res = await get(url, path, { 'accept-encoding': accept });
      assert.equal(res.headers['content-encoding'], encoding, `${path} (${accept})`);
      assert.equal(res.headers['content-type'], plain.headers['content-type'], path);
      assert.equal(Number(res.headers['content-length']), res.body.length, path);
      assert.ok(res.body.length < original.length, `${path}: ${encoding} ${res.body.length} < ${original.length}`);
      assert.equal(res.headers.vary, 'Accept-Encoding', path);
      assert.notEqual(res.headers.etag, plain.headers.etag, `${path}: one ETag per encoding`);
      assert.ok(decode(res.body).equals(original), `${path} (${accept}) decodes to the original`);
      // Revalidation: the same version in the same encoding is a 304.
      const again = await get(url, path, { 'accept-encoding': accept, 'if-none-match': res.headers.etag });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0, path);
    }
    const head = await get(url, path, { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.headers['content-encoding'], 'br', path);
    assert.equal(head.body.length, 0, path);
  }
});

test('a copy older than its original is never sent: the original is', async () => {
  const root = mkdtempSync(join(tmpdir(), 'hos-stale-'));
  writeFileSync(join(root, 'a.js'), 'export const a = 2;\n'.repeat(50));
  writeFileSync(join(root, 'a.js.br'), zlib.brotliCompressSync('export const a = 1;\n'.repeat(50)));
  writeFileSync(join(root, 'a.js.gz'), zlib.gzipSync('export const a = 1;\n'.repeat(50)));
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(root, 'a.js.br'), past, past);
  utimesSync(join(root, 'a.js.gz'), past, past);
  const stale = await startServer({ root });
  try {
    for (const accept of ['br', 'gzip']) {
      const res = await get(stale.url, '/a.js', { 'accept-encoding': accept });
      assert.equal(res.headers['content-encoding'], undefined, accept);
      assert.equal(res.body.toString(), 'export const a = 2;\n'.repeat(50));
    }
  } finally {
    await new Promise((r) => stale.server.close(r));
  }
});

// A page on a slow line: 4x slower CPU, a slow 4G network (Lighthouse's
// mobile figures), the wasm held back 1.5 s more.
async function slowPage(width, height, hold) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(String(err)));
  // Every layout shift from the navigation on, as the browser scores them.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.__shifts.push({ value: e.value, at: Math.round(e.startTime), sources: e.sources.map((s) => s.node?.nodeName ?? '?') });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const wasm = { requests: [], served: false };
  await page.route('**/*.wasm', async (route) => {
    wasm.requests.push(new URL(route.request().url()).pathname);
    await hold();
    wasm.served = true;
    await route.continue();
  });
  return { context, page, problems, wasm };
}

for (const [width, height] of [[360, 740], [1280, 800]]) {
  test(`at ${width}×${height} on a slow line, the skeleton keeps the place: layout shifts ≤ 0.01 until ready`, async (t) => {
    const { context, page, problems, wasm } = await slowPage(width, height, () => sleep(1500));
    try {
      await page.goto(url, { waitUntil: 'commit' });
      const host = page.locator('hire-or-share');
      // The skeleton, before the wasm arrives: busy, with its sentence.
      await host.locator('.sk').waitFor();
      assert.equal(wasm.served, false, 'the skeleton shows before the module arrives');
      assert.equal(await host.getAttribute('data-ready'), null);
      assert.equal(await host.locator('[aria-busy="true"]').count(), 1);
      assert.equal(await host.getByText('Chargement du calculateur…').count(), 1);
      const skeleton = await host.evaluate((e) => e.getBoundingClientRect().height);
      await page.locator('hire-or-share[data-ready]').waitFor({ timeout: 60_000 });
      assert.equal(await host.locator('.sk').count(), 0, 'the skeleton is gone once ready');
      const ready = await host.evaluate((e) => e.getBoundingClientRect().height);
      // Shifts are reported after the frame that makes them.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await sleep(500);
      const shifts = await page.evaluate(() => window.__shifts);
      const sum = shifts.reduce((s, e) => s + e.value, 0);
      t.diagnostic(`height: skeleton ${skeleton.toFixed(0)} px, ready ${ready.toFixed(0)} px; layout shift ${sum.toFixed(4)} ${JSON.stringify(shifts)}`);
      assert.ok(sum <= 0.01, `layout shift ${sum} > 0.01: ${JSON.stringify(shifts)}`);
      // The preload of index.html and the loader's fetch are one download.
      assert.deepEqual(wasm.requests, ['/pkg/hire_or_share_wasm_fr_bg.wasm']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('the skeleton, as it looks at 360 and 1280 px (target/e2e/skeleton-*.png), in the page’s language', async () => {
  for (const width of [360, 1280]) {
    let release;
    const released = new Promise((r) => (release = r));
    const { context, page, problems } = await slowPage(width, 800, () => released);
    try {
      await page.goto(url, { waitUntil: 'commit' });
      const host = page.locator('hire-or-share');
      await host.locator('.sk').waitFor();
      await host.screenshot({ path: join(artifacts, `skeleton-${width}.png`), animations: 'disabled' });
      release();
      await page.locator('hire-or-share[data-ready]').waitFor({ timeout: 60_000 });
      assert.deepEqual(problems, []);
    } finally {
      release();
      await context.close();
    }
  }
  // An English element says so in English.
  let release;
  const released = new Promise((r) => (release = r));
  const { context, page } = await slowPage(1280, 800, () => released);
  try {
    await page.goto(new URL('embed.html', url).href, { waitUntil: 'commit' });
    const english = page.locator('hire-or-share[lang="en"]');
    await english.locator('.sk').waitFor();
    assert.equal(await english.getByText('Loading the calculator…').count(), 1);
    release();
    await english.and(page.locator('[data-ready]')).waitFor({ timeout: 60_000 });
  } finally {
    release();
    await context.close();
  }
});
