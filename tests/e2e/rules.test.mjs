// The rules a scenario with no date gets from the page's clock (issue #17):
// past the last period the module knows, the last one, and a visible notice
// that says so; within it, today's rules and no notice. The clock is set:
// no test depends on the real one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

const notice = (page) => page.locator('hire-or-share').locator('.rules-notice');

test('past the last known period, the widget says which rules it uses', async () => {
  const { page, problems } = await env.open('/', { clock: '2027-01-05T10:00:00' });
  await page.locator('hire-or-share[data-ready]').first().waitFor();
  const text = (await notice(page).first().textContent()).replace(/\u00a0/gu, ' ');
  assert.match(text, /^Les paramètres 2027 \(plafond de la sécurité sociale, SMIC/u);
  assert.match(text, /calcul avec les règles du 1er juin 2026/u);
  assert.ok(await notice(page).first().isVisible());
  // The printed page keeps it: it is part of the result.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await notice(page).first().isVisible());
  assert.deepEqual(problems.consoleErrors, []);

  const inside = await env.open('/', { clock: '2026-07-01T10:00:00' });
  await inside.page.locator('hire-or-share[data-ready]').first().waitFor();
  assert.equal(await notice(inside.page).count(), 0);
});
