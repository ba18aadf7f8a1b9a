// The law as it stands in the element (issue #24): where the company is sets
// the mobility levy, the transit pass and the office cost (each still
// editable, each with its source); the taxe sur les salaires follows VAT or
// is set apart; the DAF's AT/MP support-function switch. Every figure is the
// CLI's to the cent, at 360 px and 1280 px, with screenshots to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, axe, cliJson, dataValue, launch, waitForValue, widget } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Opens the assumptions and returns the page, its element and its problems. */
async function open(path, width) {
  const { page, problems } = await env.open(path, { width, height: 900 });
  await page.locator('hire-or-share[data-ready]').first().waitFor();
  await widget(page).locator('details.assumptions > summary').click();
  return { page, element: widget(page), problems };
}

for (const width of [360, 1280]) {
  test(`where the company is sets its values, at ${width} px`, async () => {
    const { page, element, problems } = await open('/', width);
    // Paris by default: the three values agree (the levy at 3.20 %).
    const zone = element.getByLabel('Lieu de l\'entreprise', { exact: true });
    assert.equal(await zone.inputValue(), 'paris');
    assert.equal(await element.locator('#hos-mobilityRatePercent').inputValue(), '3,20');
    const paris = cliJson('compare', '--role', 'daf');
    assert.equal(await dataValue(page, 'full-time-hire-annual'), paris.fullTimeHire.annualCost);
    // Elsewhere: no levy, no pass, a regional office, each with its source.
    await zone.selectOption('elsewhere');
    const elsewhere = cliJson('compare', '--role', 'daf', '--location', 'elsewhere');
    await waitForValue(page, 'full-time-hire-annual', elsewhere.fullTimeHire.annualCost);
    assert.equal(await element.locator('#hos-mobilityRatePercent').inputValue(), '0');
    assert.equal(await element.locator('#hos-transportPassMonthly').inputValue(), '0');
    assert.equal(await element.locator('#hos-workspaceAnnual').inputValue(), '6000');
    assert.match(await element.locator('#hos-workspaceAnnual-hint').textContent(), /Buzzy Ratios 2019/u);
    // A value typed after the zone wins, and the link carries both.
    await element.locator('#hos-workspaceAnnual').fill('5 000');
    writeFileSync(join(artifacts, 'law-office.json'), '{ "workspaceAnnual": "5000" }');
    const typed = cliJson('compare', '--role', 'daf', '--location', 'elsewhere', '--scenario', join(artifacts, 'law-office.json'));
    await waitForValue(page, 'full-time-hire-annual', typed.fullTimeHire.annualCost);
    await element.locator('[data-action="share"]').click();
    const link = await element.locator('#hos-link').inputValue();
    assert.match(link, /location=elsewhere/u);
    assert.match(link, /workspace-annual=5000/u);
    await page.screenshot({ path: join(artifacts, `law-location-${width}.png`), fullPage: true });
    // The link reopens on the same figures.
    const again = await env.open(new URL(link).pathname + new URL(link).search, { width });
    await again.page.locator('hire-or-share[data-ready]').first().waitFor();
    assert.equal(await dataValue(again.page, 'full-time-hire-annual'), typed.fullTimeHire.annualCost);
    await again.page.close();
    // Nothing wider than the screen, and one control per id.
    const ids = await page.evaluate(() => [...document.querySelector('hire-or-share').shadowRoot.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
    assert.deepEqual(await problems.csp(), []);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

test('the taxe sur les salaires follows VAT unless set apart; the DAF under 20 employees gets the support-function rate', async () => {
  const { page, element, problems } = await open('/?v=1&role=drh', 1280);
  const vat = element.locator('#hos-vatRecoverable');
  await vat.uncheck();
  const taxed = cliJson('compare', '--role', 'drh', '--vat-recoverable', 'false');
  await waitForValue(page, 'full-time-hire-annual', taxed.fullTimeHire.annualCost);
  const lines = taxed.fullTimeHire.employerCost.lines.filter((l) => l.id.startsWith('taxe_salaires'));
  assert.equal(lines.reduce((sum, l) => sum + Number(l.amount), 0).toFixed(2), '9950.87');
  await element.getByLabel('Taxe sur les salaires', { exact: true }).selectOption('false');
  const untaxed = cliJson('compare', '--role', 'drh', '--vat-recoverable', 'false', '--salary-tax', 'false');
  await waitForValue(page, 'full-time-hire-annual', untaxed.fullTimeHire.annualCost);
  await page.screenshot({ path: join(artifacts, 'law-salary-tax-1280.png'), fullPage: true });
  // 10 employees: the DRH's support-function rate, switched on by default.
  await element.locator('#hos-headcount').fill('10');
  const support = element.locator('#hos-atMpSupportFunction');
  assert.equal(await support.isChecked(), true);
  const small = cliJson('compare', '--role', 'drh', '--vat-recoverable', 'false', '--salary-tax', 'false', '--headcount', '10');
  await waitForValue(page, 'full-time-hire-annual', small.fullTimeHire.annualCost);
  const atMp = small.fullTimeHire.employerCost.lines.find((l) => l.id === 'at_mp');
  assert.equal(atMp.rate, '0.64');
  await support.uncheck();
  const off = cliJson('compare', '--role', 'drh', '--vat-recoverable', 'false', '--salary-tax', 'false', '--headcount', '10', '--at-mp-support-function', 'false');
  await waitForValue(page, 'full-time-hire-annual', off.fullTimeHire.annualCost);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  await page.close();
});

for (const width of [360, 1280]) {
  test(`an association's allowance left by its other staff comes off the taxe sur les salaires, typed as people type it, at ${width} px`, async () => {
    const { page, element, problems } = await open('/?v=1&role=drh', width);
    await element.locator('#hos-vatRecoverable').uncheck();
    const field = element.locator('#hos-salaryTaxAllowance');
    // Its label, its default and its source beside it.
    assert.match(await element.locator('label[for="hos-salaryTaxAllowance"]').textContent(), /Abattement des associations/);
    assert.match(await element.locator('#hos-salaryTaxAllowance-hint').textContent(), /1679 A/);
    await field.fill('5 000');
    const allowed = cliJson('compare', '--role', 'drh', '--vat-recoverable', 'false', '--salary-tax-allowance', '5000');
    const line = allowed.fullTimeHire.employerCost.lines.find((l) => l.id === 'taxe_salaires_abattement');
    assert.equal(line.amount, '-5000.00');
    await waitForValue(page, 'full-time-hire-annual', allowed.fullTimeHire.annualCost);
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, `law-salary-tax-allowance-${width}.png`) });
    // Beyond the 2026 allowance: refused by its label and range, the result marked stale.
    await field.fill('30 000');
    const error = element.locator('#hos-salaryTaxAllowance-error');
    await error.filter({ hasText: /24\s256/ }).waitFor();
    assert.match(await error.textContent(), /^abattement des associations restant sur la taxe sur les salaires\s:\s30\s000\s€ n'est pas compris entre 0\s€ et 24\s256\s€/);
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });
}

for (const width of [360, 1280]) {
  test(`each option's cost per day of need and its first year as cash then valued time, at ${width} px`, async () => {
    const { page, element, problems } = await open('/', width);
    const daf = cliJson('compare', '--role', 'daf');
    for (const [key, option] of [['full-time-hire', daf.fullTimeHire], ['shared-time', daf.sharedTime], ['part-time-hire', daf.partTimeHire]]) {
      assert.equal(await dataValue(page, `${key}-per-day-of-need`), option.costPerDayOfNeed);
      assert.equal(await dataValue(page, `${key}-first-year-cash`), option.firstYearCash);
      assert.equal(await dataValue(page, `${key}-first-year-valued`), option.firstYearValuedTime);
    }
    // On one basis, the hire's cost per day of need is its break-even day rate.
    assert.equal(daf.fullTimeHire.costPerDayOfNeed, daf.breakEven.dayRate);
    const note = await element.locator('.card.full-time-hire .note').textContent();
    assert.match(note.replace(/\s/gu, ' '), /212 jours travaillés par an, pour 45 jours de besoin/u);
    // The usual exit of a cadre and a firm's guarantee, switched on.
    await element.locator('#hos-includeExitCost').check();
    await element.locator('#hos-ruptureConventionnelle').check();
    await element.locator('#hos-recruitmentGuarantee').check();
    const both = cliJson('compare', '--role', 'daf', '--include-exit-cost', 'true', '--rupture-conventionnelle', 'true', '--recruitment-guarantee', 'true');
    await waitForValue(page, 'full-time-hire-annual', both.fullTimeHire.annualCost);
    await element.locator('.cards').screenshot({ path: join(artifacts, `law-cards-${width}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

test('a host\'s event of the same name without a link throws nothing in the element', async () => {
  const { page, problems } = await env.open('/', { width: 1280 });
  await page.locator('hire-or-share[data-ready]').first().waitFor();
  await page.evaluate(() => {
    const el = document.querySelector('hire-or-share');
    el.dispatchEvent(new CustomEvent('hire-or-share-change'));
    el.dispatchEvent(new CustomEvent('hire-or-share-change', { detail: { link: 42 } }));
  });
  await widget(page).locator('#hos-dayRate').fill('1200');
  await waitForValue(page, 'shared-time-annual', cliJson('compare', '--role', 'daf', '--day-rate', '1200').sharedTime.annualCost);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('"print" opens the details with no error, the browser firing beforeprint from within it', async () => {
  const { page, problems } = await env.open('/', { width: 1280 });
  await page.locator('hire-or-share[data-ready]').first().waitFor();
  // As a browser does: print() fires beforeprint at once, then prints.
  await page.evaluate(() => {
    window.print = () => window.dispatchEvent(new Event('beforeprint'));
  });
  await widget(page).locator('[data-action="print"]').click();
  assert.equal(await widget(page).locator('details.breakdown:not([open])').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
