// The number a person sees is the number they typed (issue #24, part 6), in
// a real browser: thousands separators are never read as decimal points
// (read as separators, or asked about with a one-tap fix), the result of
// the previous values is marked as such while a field does not read,
// messages name fields by their label only, and the link copied from an
// embedded calculator reopens on what the visitor saw.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, axe, cliJson, dataValue, launch, waitForValue, widget } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const FR = {
  salary: "Salaire brut annuel d'un recrutement (€)",
  rate: "Tarif journalier de l'expert à temps partagé (HT) (€)",
  days: 'Besoin, en jours par semaine',
};
const EN = {
  salary: 'Gross annual salary of a hire (€)',
  rate: 'Day rate of the shared-time expert (excl. VAT) (€)',
  days: 'Need, in days a week',
};

/** Types `value` in the field labelled `label` (as a paste does: the whole text, one input event). */
async function fill(page, label, value) {
  await widget(page).getByLabel(label, { exact: true }).fill(value);
}

/** The text of `locator` with its spaces (no-break, narrow) as plain ones. */
async function text(locator) {
  return (await locator.textContent()).replace(/\s/gu, ' ');
}

/** Waits until the result is current (not marked stale) and shows `expected`'s shared-time cost. */
async function resultFor(page, expected) {
  await waitForValue(page, 'shared-time-annual', expected.sharedTime.annualCost);
  await widget(page).locator('.output:not(.stale)').waitFor();
  assert.equal(await widget(page).locator('.stale-notice').isVisible(), false);
  assert.equal(await dataValue(page, 'full-time-hire-annual'), expected.fullTimeHire.annualCost);
}

test('French: 1.100 is 1 100 €, 1,100 asks with a fix, 90k, pasted amounts, and the result of the previous values is marked', async () => {
  const { page, problems } = await env.open('/');
  await widget(page).and(page.locator('[data-ready]')).waitFor();
  const w = widget(page);
  const rateError = w.locator('#hos-dayRate-error');

  // "1.100": the French thousands separator, read as one.
  await fill(page, FR.rate, '1.100');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--day-rate', '1100'));

  // "1,100": a decimal comma in French, but 1,10 € is no day rate: asked.
  const before = await dataValue(page, 'shared-time-annual');
  await fill(page, FR.rate, '1,100');
  await rateError.locator('button', { hasText: /1\s100\s€/u }).waitFor();
  assert.equal(await text(rateError), 'Vouliez-vous dire 1 100 € ?');
  assert.equal(await w.locator('#hos-dayRate').getAttribute('aria-invalid'), 'true');
  // The result is the previous one, and says so: notice, dimmed, named.
  const output = w.locator('.output');
  await w.locator('.output.stale').waitFor();
  assert.equal(await w.locator('.stale-notice').isVisible(), true);
  assert.match(await w.locator('.stale-notice').textContent(), /valeurs précédentes/u);
  assert.equal(await w.locator('.stale-notice').getAttribute('role'), 'status');
  assert.equal(await output.getAttribute('aria-label'), 'Résultat des valeurs précédentes');
  assert.equal(await dataValue(page, 'shared-time-annual'), before);
  assert.equal(await w.locator('.results').evaluate((e) => getComputedStyle(e).filter), 'grayscale(1)');
  await page.setViewportSize({ width: 360, height: 740 });
  await w.locator('#hos-dayRate').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'reading-question-fr-360.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 360px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await w.locator('#hos-dayRate').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'reading-question-fr-1280.png') });
  // Nothing went wrong before the accessibility check, whose own inline
  // styles the page's CSP refuses (as in widget.test.mjs): errors are
  // counted again from after it.
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  assert.deepEqual(await axe(page), []);
  problems.consoleErrors.length = 0;
  // One tap: the field holds 1100, the result is for it, the focus is back in the field.
  await rateError.getByRole('button', { name: 'Corriger en 1 100 €' }).click();
  assert.equal(await w.locator('#hos-dayRate').inputValue(), '1100');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--day-rate', '1100'));
  assert.equal(await page.evaluate(() => document.querySelector('hire-or-share').shadowRoot.activeElement?.id), 'hos-dayRate');
  assert.equal(await output.getAttribute('aria-label'), 'Résultat');

  // A day rate under 100 € is refused, with its range and the field's label only.
  await fill(page, FR.rate, '1,10');
  await rateError.filter({ hasText: 'tarif journalier HT' }).waitFor();
  assert.match(await text(rateError), /^tarif journalier HT : 1,10? € n'est pas compris entre 100 € et 100 000 €$/u);
  await w.locator('.output.stale').waitFor();

  // "90k", "90 k" and pasted amounts with no-break and narrow no-break spaces.
  await fill(page, FR.rate, '1\u202f100\u00a0€');
  await fill(page, FR.salary, '90k');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100'));
  await fill(page, FR.salary, '85 000,50');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '85000.50', '--day-rate', '1100'));
  await fill(page, FR.salary, '90 k');
  await fill(page, FR.days, '1.5');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5'));
  await fill(page, FR.days, '1,5');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5'));
  assert.equal(await w.locator('#hos-daysPerWeek-range').inputValue(), '1.5');

  // Not a number: an example that fits the field, no internal name.
  await fill(page, FR.salary, 'abc');
  const salaryError = w.locator('#hos-grossAnnual-error');
  await salaryError.filter({ hasText: 'par exemple' }).waitFor();
  assert.match(await text(salaryError), /^Saisissez un nombre, par exemple \d{2,3} \d{3}\.$/u);
  await fill(page, FR.days, 'x');
  assert.equal(await text(w.locator('#hos-daysPerWeek-error')), 'Saisissez un nombre, par exemple 1,5.');
  await fill(page, FR.salary, '90000');

  // Days the slider does not have: the slider shows no value of its own
  // (no thumb, the field's text as its spoken value), the result is marked.
  await fill(page, FR.days, '1,3');
  const daysError = w.locator('#hos-daysPerWeek-error');
  await daysError.filter({ hasText: 'besoin en jours par semaine' }).waitFor();
  assert.doesNotMatch(await daysError.textContent(), /daysPerWeek|\(/u);
  const slider = w.locator('#hos-daysPerWeek-range');
  assert.equal(await slider.getAttribute('data-unset'), '');
  assert.equal(await slider.getAttribute('aria-valuetext'), '1,3');
  await w.locator('.output.stale').waitFor();
  assert.match(await w.locator('.verdict').textContent(), /^À 1,5\s?jour par semaine/u);
  await page.setViewportSize({ width: 360, height: 740 });
  await w.locator('#hos-daysPerWeek').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'reading-stale-fr-360.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await w.locator('#hos-daysPerWeek').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'reading-stale-fr-1280.png') });
  // Fixed from the slider: the field follows it, the result is current.
  await slider.fill('2');
  assert.equal(await w.locator('#hos-daysPerWeek').inputValue(), '2');
  assert.equal(await slider.getAttribute('data-unset'), null);
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '2'));
  assert.match(await w.locator('.verdict').textContent(), /^À 2\s?jours/u);

  assert.deepEqual(problems.consoleErrors, []);
});

test('English: 1,100 is 1,100 €, 1.100 asks with a fix, 90k and pasted amounts', async () => {
  const { page, problems } = await env.open('/frame.html?lang=en');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  const rateError = w.locator('#hos-dayRate-error');

  await fill(page, EN.rate, '1,100');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--day-rate', '1100'));

  await fill(page, EN.rate, '1.100');
  await rateError.locator('button').waitFor();
  assert.equal(await text(rateError), 'Did you mean 1,100 €?');
  await w.locator('.output.stale').waitFor();
  assert.match(await w.locator('.stale-notice').textContent(), /previous values/u);
  await page.setViewportSize({ width: 360, height: 740 });
  await w.locator('#hos-dayRate').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'reading-question-en-360.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await rateError.getByRole('button', { name: 'Change to 1,100 €' }).click();
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--day-rate', '1100'));

  await fill(page, EN.rate, '1 100 €');
  await fill(page, EN.salary, '90 k');
  await fill(page, EN.days, '1.5');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5'));
  await fill(page, EN.days, '1,5');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5'));
  await fill(page, EN.salary, '85 000,50');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '85000.50', '--day-rate', '1100', '--days-per-week', '1.5'));
  await fill(page, EN.salary, '90000');
  await fill(page, EN.rate, '1\u00a0100\u00a0€');
  await resultFor(page, cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5'));

  // Out of range: the label, not the JSON name; the example fits the field.
  await fill(page, EN.days, '9');
  const daysError = w.locator('#hos-daysPerWeek-error');
  await daysError.filter({ hasText: 'is not between' }).waitFor();
  assert.match(await text(daysError), /^days a week needed: 9 days\/week is not between/u);
  await fill(page, EN.salary, 'ninety');
  await w.locator('#hos-grossAnnual-error').filter({ hasText: 'for example' }).waitFor();
  assert.match(await text(w.locator('#hos-grossAnnual-error')), /^Enter a number, for example \d{2,3},\d{3}\.$/u);
  assert.deepEqual(problems.consoleErrors, []);
});

test('an embedded calculator with a link attribute: the copied link reopens on what the visitor saw', async () => {
  const { page, problems } = await env.open('/__test/proposal.html');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  const pinned = await dataValue(page, 'full-time-hire-annual');
  await w.getByText('Hypothèses', { exact: true }).click();
  await fill(page, "Effectif de l'entreprise (salariés)", '120');
  await page.waitForFunction((v) => document.querySelector('hire-or-share').shadowRoot
    .querySelector('[data-key="full-time-hire-annual"]')?.dataset.value !== v, pinned);
  const seen = await dataValue(page, 'full-time-hire-annual');
  const shared = await dataValue(page, 'shared-time-annual');

  await w.getByRole('button', { name: 'Copier le lien' }).click();
  const link = new URL(await w.locator('#hos-link').inputValue());
  assert.equal(link.pathname, '/__test/proposal.html');
  assert.equal(link.searchParams.get('headcount'), '120');
  assert.equal(link.searchParams.get('day-rate'), '1150');

  const again = await env.open(link.pathname + link.search);
  await again.page.locator('hire-or-share[data-ready]').waitFor();
  const reopened = widget(again.page);
  assert.equal(await reopened.locator('#hos-headcount').inputValue(), '120');
  assert.equal(await reopened.locator('#hos-dayRate').inputValue(), '1150');
  assert.equal(await dataValue(again.page, 'full-time-hire-annual'), seen);
  assert.equal(await dataValue(again.page, 'shared-time-annual'), shared);
  // The page without the link still opens on its own `link`.
  assert.notEqual(seen, pinned);
  for (const p of [problems, again.problems]) {
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(await p.csp(), []);
  }
});
