// The rules a scenario with no date gets from the page's clock (issue #17):
// past the last period the module knows, the last one, and a visible notice
// that says so; within it, today's rules and no notice. The clock is set:
// no test depends on the real one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, cliJson, launch } from './browser.mjs';

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

// A proposal's link pinned to the January rules, opened in July: the link's
// figures to the cent, today's said under them, and a keyboard switch to
// today's; the new link is pinned to today's rules.
test('a pinned link keeps its figures, says today\'s and switches to them', async () => {
  // 10 employees: the December defaults ask for the DRH's AT/MP support-function
  // rate (issue #24), which the November ones did not.
  const query = 'v=1&role=drh&defaults=2026-11&gross-annual=30000&headcount=10&date=2026-01-01';
  const { page, problems } = await env.open(`/?${query}`, { clock: '2026-07-01T10:00:00' });
  const element = page.locator('hire-or-share');
  await page.locator('hire-or-share[data-ready]').first().waitFor();
  const verdict = element.locator('[data-key="verdict"]').first();
  const pinned = cliJson('compare', '--role', 'drh', '--gross-annual', '30000', '--headcount', '10', '--at-mp-support-function', 'false', '--date', '2026-01-01');
  const today = cliJson('compare', '--role', 'drh', '--gross-annual', '30000', '--headcount', '10');
  assert.equal(await verdict.getAttribute('data-savings'), pinned.savings.amount);
  assert.notEqual(pinned.savings.amount, today.savings.amount);
  const note = element.locator('.pinned');
  const text = (await note.textContent()).replace(/[\u00a0\u202f]/gu, ' ');
  assert.match(text, /^Calculé avec les règles du 1er janvier 2026 et les hypothèses de novembre 2026\. Avec les règles et hypothèses en vigueur aujourd'hui : 11 278,78 € de moins par an \(écart -432,00 €\)\./u);
  assert.ok(await note.isVisible());
  await element.getByRole('button', { name: 'Voir les chiffres d\'aujourd\'hui' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (v) => document.querySelector('hire-or-share')?.shadowRoot?.querySelector('[data-key="verdict"]')?.dataset.savings === v,
    today.savings.amount,
  );
  assert.equal(await note.count(), 0);
  // Copying the link now pins today's rules, and keeps the salary.
  await element.locator('[data-action="share"]').click();
  const link = await element.locator('#hos-link').inputValue();
  assert.match(link, /\?v=1&role=drh&defaults=2026-12c&gross-annual=30000&headcount=10&date=2026-06-01$/u);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  // Last: axe's own styles are inline, which the page's policy refuses.
  await page.goto(page.url().replace(/\?.*$/u, `?${query}`));
  await page.locator('hire-or-share[data-ready]').first().waitFor();
  await note.waitFor();
  assert.deepEqual(await axe(page), []);
});
