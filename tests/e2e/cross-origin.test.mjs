// The builder's snippets pasted on another site (issue #27): the widget is
// served on one port (scripts/serve.mjs), a host page on another (a small
// server here, with a strict CSP that names the widget's origin, as the guide
// says). The element becomes ready; the iframe takes its content's height,
// its frame posting to the host's origin only, and is refused by a site its
// `frame-ancestors` does not name; a failed load shows the snippet's
// fallback text, never a blank. The widget's files carry
// `Access-Control-Allow-Origin: *`, its pages do not.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

let widgetServer;
let hostServer;
let browser;
let W; // the widget's origin
let H; // the host's origin
let dead; // an origin where nothing listens
// The host's pages, by path: { html, origins } (the origins its CSP allows).
const pages = new Map();

const listen = (server) => new Promise((resolve) => {
  server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
});
const close = (server) => new Promise((resolve) => {
  server.close(resolve);
});

// A strict CSP for a host page that shows the calculator from `origins`.
const hostCsp = (origins) => [
  "default-src 'none'",
  `script-src 'self' ${origins.join(' ')} 'wasm-unsafe-eval'`,
  `style-src 'self' ${origins.join(' ')}`,
  `connect-src ${origins.join(' ')}`,
  `frame-src ${origins.join(' ')}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const hostPage = (body) => `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Un site hôte</title>
  <link rel="icon" href="data:,">
</head>
<body>
  <h1>Un cabinet de temps partagé</h1>
${body}
</body>
</html>`;

before(async () => {
  hostServer = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    // The loader alone, without its modules (pkg/ is not served here).
    if (path === '/lone/hire-or-share.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('www/hire-or-share.js'));
      return;
    }
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': hostCsp(page.origins),
      'cache-control': 'no-store',
    }).end(page.html);
  });
  H = await listen(hostServer);
  // The frame may be shown by the host's site only.
  ({ server: widgetServer } = await startServer({ frameAncestors: H }));
  W = `http://127.0.0.1:${widgetServer.address().port}`;
  // A port with nothing behind it: one just freed.
  const nothing = createServer();
  dead = await listen(nothing);
  await close(nothing);
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hos-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close();
  if (widgetServer) await close(widgetServer);
  if (hostServer) await close(hostServer);
});

/** Opens `url` with a fixed clock; records console errors, CSP violations and the origins requested. */
async function open(url, { width = 1000, height = 800 } = {}) {
  const page = await browser.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T10:00:00'));
  await page.setViewportSize({ width, height });
  const problems = { consoleErrors: [], origins: new Set() };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol !== 'data:') problems.origins.add(u.origin);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  problems.csp = () => page.evaluate(() => window.__cspViolations);
  return { page, problems };
}

// The builder's two snippets, for a DRH at 950 € a day, pinned (the
// default), with the host's origin given for the iframe; and the figure its
// preview shows.
let snippets;
async function builderSnippets() {
  if (snippets) return snippets;
  const { page, problems } = await open(`${W}/embed.html`);
  const builder = page.locator('#builder');
  await builder.locator('select[name="preset"]').selectOption('drh');
  await builder.locator('input[name="day-rate"]').fill('950');
  await builder.locator('input[name="host"]').fill(`${H}/une/page.html`);
  await page.locator('#snippet[data-state="current"]').waitFor();
  await page.locator('#preview hire-or-share[data-ready]').waitFor();
  snippets = {
    element: await page.locator('#snippet').textContent(),
    frame: await page.locator('#frame-snippet').textContent(),
    intro: await page.locator('#intro-snippet').textContent(),
    shared: await page.locator('#preview hire-or-share [data-key="shared-time-annual"]').getAttribute('data-value'),
  };
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  await page.close();
  return snippets;
}

test('the widget’s files are shared with other origins, its pages are not; frame.html names its ancestors', async () => {
  for (const path of ['/hire-or-share.js', '/hire-or-share.css', '/frame-host.js', '/pkg/hire_or_share_wasm.js',
    '/pkg/hire_or_share_wasm_fr_bg.wasm', '/pkg/hire_or_share_wasm_en_bg.wasm', '/pkg/hire_or_share_api.js',
    '/pkg/hire_or_share_api_bg.wasm']) {
    const res = await fetch(`${W}${path}`, { headers: { 'accept-encoding': 'br', origin: H } });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
    if (path.endsWith('.wasm')) assert.equal(res.headers.get('content-type'), 'application/wasm', path);
    await res.arrayBuffer();
  }
  for (const path of ['/', '/embed.html', '/frame.html', '/site.css']) {
    const res = await fetch(`${W}${path}`);
    assert.equal(res.headers.get('access-control-allow-origin'), null, path);
    const ancestors = res.headers.get('content-security-policy').match(/frame-ancestors ([^;]+)/u)?.[1];
    assert.equal(ancestors, path === '/frame.html' ? H : "'self'", path);
    await res.arrayBuffer();
  }
});

test('the builder writes the absolute addresses of the site that serves it, and a fallback inside the tag', async () => {
  const { element, frame, intro } = await builderSnippets();
  assert.doesNotMatch(element + frame + intro, /votre-site\.example/u);
  assert.match(element, new RegExp(`^<script type="module" src="${W}/hire-or-share\\.js"></script>\\n<hire-or-share lang="fr" link="v=1&amp;role=drh&amp;[^"]*day-rate=950[^"]*">Chargement du calculateur… S’il ne s’affiche pas, <a href="${W}/\\?v=1&amp;role=drh&amp;[^"]*">ouvrez-le sur son site</a>\\.</hire-or-share>$`, 'u'));
  assert.match(frame, new RegExp(`^<iframe src="${W}/frame\\.html\\?lang=fr&amp;v=1&amp;role=drh&amp;[^"]*&amp;parent=${encodeURIComponent(H)}" data-hire-or-share title="[^"]+"></iframe>\\n<script type="module" src="${W}/frame-host\\.js"></script>$`, 'u'));
  assert.match(intro, new RegExp(`^<script type="module" src="${W}/hire-or-share\\.js"></script>`, 'u'));
});

test('the element’s snippet, pasted on another site under a strict CSP, becomes ready (and a second language too)', async () => {
  const { element, shared } = await builderSnippets();
  pages.set('/element.html', {
    html: hostPage(`${element}\n  <h2>In English</h2>\n  <hire-or-share lang="en" preset="dsi"></hire-or-share>`),
    origins: [W],
  });
  const { page, problems } = await open(`${H}/element.html`);
  const pasted = page.locator('hire-or-share').first();
  await pasted.and(page.locator('[data-ready]')).waitFor();
  assert.match(await pasted.locator('.verdict').textContent(), /^À \d/u);
  // The same figures as the builder's preview: the pinned link.
  assert.equal(await pasted.locator('[data-key="shared-time-annual"]').getAttribute('data-value'), shared);
  // The fallback (light DOM, which the shadow root does not show) is not
  // drawn once the element is defined.
  assert.equal(await pasted.locator(':scope > a').count(), 1);
  assert.equal(await pasted.locator(':scope > a').isVisible(), false);
  const english = page.locator('hire-or-share[lang="en"]');
  await english.and(page.locator('[data-ready]')).waitFor();
  assert.match(await english.locator('.verdict').textContent(), /^At \d/u);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  assert.deepEqual([...problems.origins].toSorted(), [H, W].toSorted());
});

// The iframe's height and its frame document's (read in the frame itself,
// of another origin).
async function heights(page) {
  const frame = page.frames().find((f) => f.url().startsWith(`${W}/frame.html`));
  const inner = frame ? await frame.evaluate(() => document.documentElement.scrollHeight) : null;
  const outer = await page.locator('iframe[data-hire-or-share]').evaluate((f) => f.clientHeight);
  return { inner, outer };
}

test('the iframe’s snippet, pasted on another site, takes its content’s height, posted to the host’s origin only', async () => {
  const { frame } = await builderSnippets();
  pages.set('/frame.html', { html: hostPage(frame), origins: [W] });
  const { page, problems } = await open(`${H}/frame.html`);
  const inside = page.frameLocator('iframe[data-hire-or-share]');
  await inside.locator('hire-or-share[data-ready]').waitFor();
  const fits = async () => {
    const { inner, outer } = await heights(page);
    return inner !== null && outer > 150 && Math.abs(outer - inner) <= 2;
  };
  const deadline = Date.now() + 10_000;
  while (!(await fits()) && Date.now() < deadline) await page.waitForTimeout(100);
  const first = await heights(page);
  assert.ok(await fits(), `the iframe is ${first.outer}px tall, its content ${first.inner}px`);
  // Full width, no border, from frame-host.js's stylesheet.
  const box = await page.locator('iframe[data-hire-or-share]').evaluate((f) => {
    const s = getComputedStyle(f);
    return { width: f.getBoundingClientRect().width, body: document.body.clientWidth, border: s.borderTopWidth };
  });
  assert.ok(box.width >= box.body - 1, `the iframe is ${box.width}px wide in ${box.body}px`);
  assert.equal(box.border, '0px');
  // Open the assumptions: the iframe grows with its content.
  await inside.locator('hire-or-share').getByText('Hypothèses', { exact: true }).click();
  await page.waitForFunction((h) => document.querySelector('iframe[data-hire-or-share]').clientHeight > h + 200, first.outer);
  const grown = await heights(page);
  assert.ok(Math.abs(grown.outer - grown.inner) <= 2, `the iframe is ${grown.outer}px tall, its content ${grown.inner}px`);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  assert.deepEqual([...problems.origins].toSorted(), [H, W].toSorted());

  // Named another parent, the frame's height never reaches this host.
  pages.set('/other-parent.html', {
    html: hostPage(frame.replace(`parent=${encodeURIComponent(H)}`, `parent=${encodeURIComponent('https://elsewhere.example')}`)),
    origins: [W],
  });
  const other = await open(`${H}/other-parent.html`);
  await other.page.frameLocator('iframe[data-hire-or-share]').locator('hire-or-share[data-ready]').waitFor();
  await other.page.waitForTimeout(500);
  assert.equal((await heights(other.page)).outer, 150);
});

test('a site that frame-ancestors does not name cannot show the iframe', async () => {
  const { frame } = await builderSnippets();
  // The same page, from `localhost`: another origin than the one named.
  const elsewhere = H.replace('127.0.0.1', 'localhost');
  pages.set('/refused.html', { html: hostPage(frame), origins: [W] });
  const { page } = await open(`${elsewhere}/refused.html`);
  await page.waitForTimeout(1000);
  const shown = page.frames().some((f) => f !== page.mainFrame() && f.url().startsWith(`${W}/frame.html`));
  assert.equal(shown, false, 'the frame loaded');
  assert.equal(await page.frameLocator('iframe[data-hire-or-share]').locator('hire-or-share').count(), 0);
});

test('a failed load shows the snippet’s fallback text and its link to the calculator, not a blank', async () => {
  const { element, shared } = await builderSnippets();
  const broken = element.replace(`src="${W}/hire-or-share.js"`, `src="${dead}/hire-or-share.js"`);
  assert.notEqual(broken, element);
  pages.set('/failed.html', { html: hostPage(broken), origins: [W, dead] });
  const { page } = await open(`${H}/failed.html`);
  await page.waitForLoadState('load');
  const tag = page.locator('hire-or-share');
  assert.equal(await page.evaluate(() => customElements.get('hire-or-share')), undefined);
  assert.match(await tag.innerText(), /^Chargement du calculateur… S’il ne s’affiche pas, ouvrez-le sur son site\.$/u);
  const box = await tag.boundingBox();
  assert.ok(box && box.height > 10 && box.width > 100, `the fallback's box: ${JSON.stringify(box)}`);
  // Its link opens the calculator on its own site, on the same figures.
  const link = tag.getByRole('link', { name: 'ouvrez-le sur son site' });
  assert.ok((await link.getAttribute('href')).startsWith(`${W}/?v=1&`));
  await link.click();
  await page.waitForURL(`${W}/**`);
  await page.locator('hire-or-share[data-ready]').waitFor();
  assert.equal(await page.locator('hire-or-share [data-key="shared-time-annual"]').getAttribute('data-value'), shared);
});

test('a loader whose module fails to load shows the tag’s fallback, or a sentence, in place of the skeleton', async () => {
  const { element } = await builderSnippets();
  const lone = element.replace(`src="${W}/hire-or-share.js"`, `src="${H}/lone/hire-or-share.js"`);
  assert.notEqual(lone, element);
  pages.set('/lone.html', { html: hostPage(`${lone}\n<hire-or-share lang="en" id="bare"></hire-or-share>`), origins: [W] });
  const { page } = await open(`${H}/lone.html`);
  await page.waitForLoadState('load');
  // The element is defined, its module never arrives: its shadow root shows
  // the light DOM through a slot, the skeleton gone.
  await page.waitForFunction(() => [...document.querySelectorAll('hire-or-share')]
    .every((el) => el.shadowRoot?.querySelector('slot')));
  const first = page.locator('hire-or-share').first();
  assert.match(await first.innerText(), /ouvrez-le sur son site/u);
  const box = await first.boundingBox();
  assert.ok(box && box.height > 10, `the fallback's box: ${JSON.stringify(box)}`);
  assert.equal(await first.evaluate((el) => el.shadowRoot.querySelector('.sk')), null);
  assert.equal(await first.getAttribute('data-ready'), null);
  // A tag with no content of its own says so in its language.
  const bare = page.locator('#bare');
  assert.equal(await bare.evaluate((el) => el.shadowRoot.querySelector('slot').textContent), 'The calculator could not load.');
  assert.ok((await bare.boundingBox()).height > 10);
});
