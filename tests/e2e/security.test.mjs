// The page cannot be turned against its host: script in attributes, share
// links and the iframe's address stays text; bad values stay next to their
// field; no storage, no cookie, no request elsewhere; the iframe's messages
// go to its parent and the host keeps only well-formed ones.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliJson, launch, repo } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '</style><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '\u202e<b onmouseover=window.__pwned=1>x</b>',
  '%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  '"onfocus="window.__pwned=1" autofocus="',
];

async function assertInert(opened, label) {
  const { page, problems } = opened;
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await page.waitForTimeout(50);
  const state = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('hire-or-share')].map((e) => e.shadowRoot).filter(Boolean)];
    return {
      pwned: window.__pwned === 1,
      injected: roots.reduce((n, r) => n + r.querySelectorAll('script:not([src]), img, svg:not(.chart-svg):not(.chart-svg *), iframe, b, a[href^="javascript"]').length, 0),
      cookie: document.cookie,
      storage: localStorage.length + sessionStorage.length,
    };
  });
  assert.equal(state.pwned, false, `${label}: a payload ran`);
  assert.equal(state.injected, 0, `${label}: markup was injected`);
  assert.equal(state.cookie, '', `${label}: a cookie was set`);
  assert.equal(state.storage, 0, `${label}: storage was used`);
  assert.equal(dialogs, 0, `${label}: a dialog opened`);
  assert.deepEqual(problems.foreignRequests, [], label);
  assert.deepEqual(await problems.csp(), [], `${label}: CSP violation`);
}

test('script given through attributes, share links and the iframe address never runs', async () => {
  for (const [i, payload] of PAYLOADS.entries()) {
    const encoded = encodeURIComponent(payload);
    // A share link.
    const link = await env.open(`/?v=1&role=drh&gross-annual=${encoded}&${encoded}=1&day-rate=${encoded}`);
    await link.page.locator('hire-or-share[data-ready]').waitFor();
    const notice = await link.page.locator('hire-or-share').locator('.notice').textContent();
    assert.ok(notice.includes('gross-annual'), notice);
    await assertInert(link, `link ${i}`);
    await link.page.close();
    // The iframe's address.
    const frame = await env.open(`/frame.html?preset=${encoded}&lang=${encoded}&theme=${encoded}&locked=${encoded}&hide=${encoded}&days-per-week=${encoded}`);
    await frame.page.locator('hire-or-share[data-ready]').waitFor();
    await assertInert(frame, `frame ${i}`);
    await frame.page.close();
  }
  // Attributes: a host page that copies untrusted text into the element.
  const host = await env.open('/embed.html');
  await host.page.locator('hire-or-share[data-ready]').first().waitFor();
  for (const [i, payload] of PAYLOADS.entries()) {
    await host.page.evaluate((p) => {
      const el = document.createElement('hire-or-share');
      for (const name of ['gross-annual', 'day-rate', 'days-per-week', 'preset', 'locked', 'hide', 'theme']) el.setAttribute(name, p);
      el.setAttribute('ignore-url', '');
      el.dataset.payload = 'yes';
      document.body.append(el);
    }, payload);
    await host.page.locator('hire-or-share[data-payload][data-ready]').last().waitFor();
    const shown = await host.page.locator('hire-or-share[data-payload]').last().locator('#hos-grossAnnual').inputValue();
    assert.equal(shown, payload, `attribute ${i} is shown as text`);
  }
  await assertInert(host, 'attributes');
});

test('every bad input of the table shows its error next to its field and keeps the last result', async () => {
  const table = JSON.parse(readFileSync(join(repo, 'tests', 'bad-inputs.json'), 'utf8'));
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = page.locator('hire-or-share');
  await w.getByText('Hypothèses', { exact: true }).click();
  const before = await w.locator('[data-key="shared-time-annual"]').getAttribute('data-value');
  let typed = 0;
  for (const c of table) {
    const entries = Object.entries(c.scenario);
    if (entries.length !== 1) continue;
    const [[field, value]] = entries;
    // What a person can type: text in a text field.
    const input = w.locator(`#hos-${field}`);
    if ((await input.count()) === 0 || (await input.getAttribute('type')) !== 'text') continue;
    if (typeof value === 'object' && value !== null) continue;
    const text = value === null ? 'null' : String(value);
    await input.fill(text);
    const error = w.locator(`#hos-${field}-error`);
    assert.notEqual((await error.textContent()).trim(), '', `${c.name}: no error shown`);
    assert.equal(await input.getAttribute('aria-invalid'), 'true', c.name);
    assert.equal(await w.locator('[data-key="shared-time-annual"]').getAttribute('data-value'), before, `${c.name}: the result changed`);
    // Back to the default, by the reset button when there is one.
    const reset = w.locator(`.field:has(#hos-${field}) .reset`);
    if (await reset.count()) await reset.click(); else await input.fill(field === 'grossAnnual' ? '85000' : field === 'dayRate' ? '1000' : field === 'needProfile' ? '' : '1');
    typed += 1;
  }
  assert.ok(typed >= 30, `only ${typed} cases typed`);
  assert.deepEqual(problems.consoleErrors, []);
  const daf = cliJson('compare', '--preset', 'daf');
  assert.equal(await w.locator('[data-key="shared-time-annual"]').getAttribute('data-value'), daf.sharedTime.annualCost);
});

test('the host keeps only well-formed height messages from its own iframe', async () => {
  const { page, problems } = await env.open('/frame-demo.html', { width: 1000, height: 700 });
  const frame = page.frameLocator('iframe[data-hire-or-share]');
  await frame.locator('hire-or-share[data-ready]').waitFor();
  await page.waitForFunction(() => document.querySelector('iframe[data-hire-or-share]').style.height !== '');
  const height = await page.locator('iframe[data-hire-or-share]').evaluate((f) => f.style.height);
  // Forged: from the host window itself, of the wrong shape, absurd heights.
  await page.evaluate(() => {
    window.postMessage({ type: 'hire-or-share:height', height: 5000 }, '*');
    window.postMessage('hire-or-share:height', '*');
  });
  await frame.locator('body').evaluate(() => {
    window.parent.postMessage({ type: 'hire-or-share:height', height: 1e9 }, '*');
    window.parent.postMessage({ type: 'hire-or-share:height', height: 'x' }, '*');
    window.parent.postMessage({ type: 'other', height: 300 }, '*');
  });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('iframe[data-hire-or-share]').evaluate((f) => f.style.height), height);
  assert.deepEqual(problems.consoleErrors, []);
});
