// The demo page in a real browser: the wasm loads, the numbers on the page
// are the core's (checked against the CLI), nothing errors, nothing leaves
// the origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, cliJson, launch } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const value = (page, key) =>
  page.locator('hire-or-share').locator(`dd[data-key="${key}"]`).getAttribute('data-value');

test('the demo page shows the employer cost the core computes, and updates on input', async () => {
  const { page, problems } = await env.open('/');
  const widget = page.locator('hire-or-share[data-ready]');
  await widget.waitFor();

  const expected = cliJson('employer-cost', '--gross-annual', '55000');
  assert.equal(await value(page, 'total-employer-cost'), expected.totalEmployerCost);
  assert.equal(await value(page, 'net-before-income-tax'), expected.netBeforeIncomeTax);
  // Shown formatted for French readers.
  const shown = await page.locator('hire-or-share dd[data-key="total-employer-cost"]').textContent();
  assert.match(shown, /^\d{2}\s\d{3}\s€$/u);

  const input = page.getByLabel('Salaire brut annuel (€)');
  await input.fill('80000');
  const expected80 = cliJson('employer-cost', '--gross-annual', '80000');
  await page.waitForFunction(
    (v) => document.querySelector('hire-or-share').shadowRoot
      .querySelector('dd[data-key="total-employer-cost"]').dataset.value === v,
    expected80.totalEmployerCost,
  );

  // A bad value shows the field error and keeps the last result.
  await input.fill('-5');
  const error = page.locator('hire-or-share #gross-annual-error');
  await assert.doesNotReject(error.filter({ hasText: 'grossAnnual' }).waitFor());
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal(await value(page, 'total-employer-cost'), expected80.totalEmployerCost);

  await page.screenshot({ path: join(artifacts, 'demo-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: join(artifacts, 'demo-360.png'), fullPage: true });

  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});
