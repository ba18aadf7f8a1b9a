// A need that varies in a real browser: the element without the editor is
// what a page downloads first; opening "a need that varies" (here with the
// keyboard) brings the element with it, on the same scenario; the totals are
// the CLI's to the cent as periods are added, changed and removed; a bad
// period shows its error and keeps the last result; a share link carries the
// profile and opens on the editor at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, axe, cliJson, dataValue as value, launch, waitForValue, widget } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** The profile's totals on the page are the CLI's for `need` (and `args`). */
async function assertTotals(page, need, ...args) {
  const p = cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--need', need, ...args).needProfile;
  await waitForValue(page, 'need-shared-time', p.total.sharedTime);
  assert.equal(await value(page, 'need-full-time-hire'), p.total.fullTimeHire, need);
  assert.equal(await value(page, 'need-part-time-hire'), p.total.partTimeHire, need);
  assert.equal(await value(page, 'need-average'), p.averageDaysPerWeek, need);
  // The profile's break-even is the answer's second, with its reason.
  assert.equal(await value(page, 'second-break-even'), p.breakEvenDaysPerWeek, need);
  return p;
}

/** The element in the shadow root that has the focus: its id or its text. */
const focused = (page) =>
  page.evaluate(() => {
    const active = document.querySelector('hire-or-share').shadowRoot.activeElement;
    return active?.id || active?.textContent;
  });

test('a need that varies: opened at once, edited with the keyboard, the CLI’s totals', async () => {
  const { page, problems } = await env.open('/', { width: 360, height: 800 });
  const modules = [];
  page.on('request', (r) => modules.push(new URL(r.url()).pathname));
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  // The editor is in the page's module: the disclosure is closed, nothing
  // is left to download.
  assert.equal(await w.locator('details.need-panel[open]').count(), 0);
  await w.getByLabel("Salaire brut annuel d'un recrutement (€)", { exact: true }).fill('90000');

  // Opened with the keyboard, at once, with nothing more to download: the
  // salary typed kept, the disclosure open and its title focused.
  await w.getByText('Un besoin qui varie', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await w.locator('details.need-panel[open] #hos-needProfile-add').waitFor();
  assert.equal(await focused(page), 'Un besoin qui varie');
  assert.deepEqual(modules.filter((m) => m.endsWith('.wasm')), []);
  assert.equal(await w.locator('#hos-grossAnnual').inputValue(), '90000');
  assert.equal(await w.locator('[data-key="need-profile"]').count(), 0);

  // A starting shape, chosen with the keyboard.
  await w.getByRole('button', { name: 'Un projet de 6 mois à 2 jours, puis une demi-journée' }).focus();
  await page.keyboard.press('Enter');
  const first = await assertTotals(page, '6x2,18x0.5');
  assert.equal(await w.locator('#hos-need-months-2').inputValue(), '18');
  assert.equal(await w.locator('#hos-need-days-2').inputValue(), '0,5');
  // The one answer at the top speaks of the profile, not of a constant need.
  assert.match(await w.locator('.verdict').textContent(), /^Sur la durée du profil de besoin \(24\smois\), le temps partagé coûte le moins cher/u);
  // The chart: the need's step line and each option's cumulative cost.
  const chart = w.locator('.need-chart svg');
  assert.equal(await chart.locator('polyline').count(), 4);
  assert.match(await chart.locator('desc').textContent(), /Sur 24 mois/u);
  const periods = w.locator('.need-periods tbody tr');
  assert.equal(await periods.count(), 3);

  // A period's days, typed: the totals follow.
  await w.locator('#hos-need-days-2').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  const second = await assertTotals(page, '6x2,18x1');
  assert.notEqual(second.total.sharedTime, first.total.sharedTime);
  assert.equal(second.total.fullTimeHire, first.total.fullTimeHire, 'the full-time hire does not follow the need');

  // Added, with the keyboard: the new period's months take the focus.
  await w.getByRole('button', { name: 'Ajouter une période' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'hos-need-months-3');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await assertTotals(page, '6x2,18x1,12x0');

  // A bad period: its error names the field by its label and the period,
  // the last result stays.
  await w.locator('#hos-need-days-2').fill('7');
  const error = w.locator('#hos-needProfile-error');
  await error.filter({ hasText: 'période 2' }).waitFor();
  assert.match(await error.textContent(), /^besoin qui varie, période 2\s:/u);
  assert.doesNotMatch(await error.textContent(), /needProfile/u);
  assert.match(await error.textContent(), /entre 0\sj\/sem\. et 5\sj\/sem\./u);
  assert.equal(await w.locator('#hos-needProfile').getAttribute('aria-invalid'), 'true');
  await assertTotals(page, '6x2,18x1,12x0');
  await w.locator('#hos-need-days-2').fill('1');

  // Removed: the next period, numbered anew, takes the focus.
  await w.getByRole('button', { name: 'Retirer la période 1' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'hos-need-months-1');
  assert.equal(await w.locator('#hos-need-months-1').inputValue(), '18');
  await assertTotals(page, '18x1,12x0');

  // Ended when the need stops: notice and severance, as the CLI has them.
  await w.getByLabel(/Fin du contrat quand le besoin s'arrête/u).check();
  await assertTotals(page, '18x1,12x0', '--exit-when-need-ends');

  // It fits a phone's width, is accessible, and stays on its origin.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await w.locator('details.need-panel').screenshot({ path: join(artifacts, 'need-editor-360.png') });
  await w.locator('[data-key="need-profile"]').screenshot({ path: join(artifacts, 'need-result-360.png') });
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(await problems.csp(), []);
  // Last: axe's own styles are what the page's CSP refuses.
  assert.deepEqual(await axe(page), []);
});

test('a share link carries the profile and opens on the editor, with the same totals', async () => {
  const { page, problems } = await env.open('/?v=1&role=daf&gross-annual=90000&need-profile=6x2,18x0.5');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  await w.locator('details.need-panel[open] #hos-needProfile').waitFor();
  const p = await assertTotals(page, '6x2,18x0.5');
  assert.equal(await w.locator('#hos-need-days-2').inputValue(), '0,5');
  // Each result tells the page its scenario, profile included.
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.querySelector('hire-or-share');
        el.addEventListener('hire-or-share-change', (e) => resolve(e.detail), { once: true });
        const days = el.shadowRoot.querySelector('#hos-need-days-1');
        days.value = '3';
        days.dispatchEvent(new Event('input', { bubbles: true }));
      }),
  );
  assert.equal(detail.scenario.needProfile, '6x3,18x0.5');
  assert.match(detail.link, /need-profile=6x3%2C18x0\.5|need-profile=6x3,18x0\.5/u);
  await assertTotals(page, '6x3,18x0.5');

  // The copied link opens on the same figures, pinned.
  await w.getByRole('button', { name: 'Copier le lien' }).click();
  const link = await w.locator('#hos-link').inputValue();
  assert.match(link, /need-profile=/u);
  const second = await env.open(new URL(link).pathname + new URL(link).search);
  await second.page.locator('hire-or-share[data-ready]').waitFor();
  await waitForValue(second.page, 'need-shared-time', cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--need', '6x3,18x0.5').needProfile.total.sharedTime);
  // The printed page names the profile.
  assert.match(await w.locator('.print-summary').textContent(), /6 × 3, 18 × 0,5/u);
  assert.ok(p.total.sharedTime);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(second.problems.consoleErrors, []);
});
