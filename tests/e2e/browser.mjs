// Shared helpers of the end-to-end tests: Debian's Chromium through
// playwright-core, the static server, and the CLI as the reference.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const artifacts = join(repo, 'target', 'e2e');
mkdirSync(artifacts, { recursive: true });

const cli = process.env.HOS_CLI ?? join(repo, 'target', 'debug', 'hire-or-share');

/** Runs the `hire-or-share` CLI and parses its JSON output. */
export function cliJson(...args) {
  // Today's date is set: no test depends on the real clock.
  const env = { ...process.env, HIRE_OR_SHARE_TODAY: '2026-07-01' };
  return JSON.parse(execFileSync(cli, [...args, '--format', 'json'], { encoding: 'utf8', env }));
}

/** Starts the server and a fresh headless Chromium; returns what a test needs. */
export async function launch() {
  const { server, url } = await startServer({
    extra: {
      '/__test/axe.min.js': join(repo, 'node_modules', 'axe-core', 'axe.min.js'),
      // A host page whose element has a `link` attribute (reading.test.mjs).
      '/__test/proposal.html': join(repo, 'tests', 'e2e', 'fixtures', 'proposal.html'),
    },
  });
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hos-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const origin = new URL(url).origin;
  /** Opens `path` (with the page's clock at `clock` if given) and records console errors, page errors and requests to other origins. */
  async function open(path, { width = 1280, height = 900, clock = '2026-07-01T10:00:00' } = {}) {
    const page = await browser.newPage();
    // The page's clock: fixed, so that no test depends on the real one.
    await page.clock.setFixedTime(new Date(clock));
    await page.setViewportSize({ width, height });
    const problems = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (u.protocol !== 'data:' && u.origin !== origin) problems.foreignRequests.push(req.url());
    });
    await page.goto(new URL(path, url).href);
    problems.csp = () => page.evaluate(() => window.__cspViolations);
    return { page, problems };
  }
  async function close() {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  return { url, open, close };
}

/** The page's `<hire-or-share>` element. */
export const widget = (page) => page.locator('hire-or-share');

/** The `data-value` of the element's first `[data-key=key]`. */
export const dataValue = (page, key) => widget(page).locator(`[data-key="${key}"]`).first().getAttribute('data-value');

/** Waits until the element's shadow DOM shows `value` under `key`. */
export async function waitForValue(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => document.querySelector('hire-or-share')?.shadowRoot?.querySelector(`[data-key="${k}"]`)?.dataset.value === v,
    [key, value],
  );
}

/** Runs axe-core in the page (served from the same origin) and returns its violations. */
export async function axe(page) {
  await page.evaluate(async () => {
    if (window.axe) return;
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/__test/axe.min.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
