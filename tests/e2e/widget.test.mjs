// The calculator in a real browser (Debian's Chromium): the numbers on the
// page are the core's (checked against the CLI), errors stay next to their
// field, the page is accessible, honours its CSP and talks to no one else.
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

async function fill(page, label, value) {
  await widget(page).getByLabel(label, { exact: true }).fill(value);
}

test('the numbers on the page are the core’s, for a scenario set through the form', async () => {
  const { page, problems } = await env.open('/');
  await widget(page).and(page.locator('[data-ready]')).waitFor();

  // The default page: a DAF at one day a week.
  const daf = cliJson('compare', '--preset', 'daf', '--days-per-week', '1');
  assert.equal(await dataValue(page, 'break-even'), daf.breakEven.daysPerWeek);
  assert.equal(await dataValue(page, 'full-time-hire-annual'), daf.fullTimeHire.annualCost);
  assert.equal(await dataValue(page, 'shared-time-annual'), daf.sharedTime.annualCost);

  // Preset, salary, day rate, days.
  await widget(page).getByLabel('Expertise recherchée').selectOption('drh');
  await fill(page, "Salaire brut annuel d'un recrutement (€)", '90 000');
  await fill(page, "Tarif journalier de l'expert à temps partagé (HT) (€)", '1100');
  await fill(page, 'Besoin, en jours par semaine', '1,5');
  const drh = cliJson('compare', '--preset', 'drh', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5');
  await waitForValue(page, 'shared-time-annual', drh.sharedTime.annualCost);
  assert.equal(await dataValue(page, 'break-even'), drh.breakEven.daysPerWeek);
  assert.equal(await dataValue(page, 'full-time-hire-annual'), drh.fullTimeHire.annualCost);
  assert.equal(await dataValue(page, 'full-time-hire-first-year'), drh.fullTimeHire.firstYearCost);
  assert.equal(await dataValue(page, 'part-time-hire-annual'), drh.partTimeHire.annualCost);
  // The answer is the core's, as the CLI gives it, every option weighed;
  // the summary line that stays in view says its figure and the break-even.
  assert.equal(await dataValue(page, 'verdict'), drh.answer.figure);
  assert.equal(await widget(page).locator('.verdict').getAttribute('data-savings'), drh.savings.amount);
  const sentence = cliJson('compare', '--preset', 'drh', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5', '--lang', 'fr').answer.sentence;
  assert.equal(await widget(page).locator('.verdict').textContent(), sentence);
  assert.match(await widget(page).locator('.summary').textContent(), /^Le moins cher\s: .* · point mort\s: 3,\d\d\sjours par semaine$/u);
  // The changed fields are marked as such.
  assert.equal(await widget(page).locator('.field.changed').count(), 3);

  // A bad value: the error shows next to the field, by its label only; the
  // last result stays, marked as the one for the previous values.
  await fill(page, 'Besoin, en jours par semaine', '7');
  const error = widget(page).locator('#hos-daysPerWeek-error');
  await error.filter({ hasText: 'besoin en jours par semaine' }).waitFor();
  assert.doesNotMatch(await error.textContent(), /daysPerWeek/u);
  await widget(page).locator('.output.stale').waitFor();
  assert.match(await error.textContent(), /entre 0,5\sj\/sem\. et 5\sj\/sem\./u);
  assert.equal(await widget(page).locator('#hos-daysPerWeek').getAttribute('aria-invalid'), 'true');
  assert.equal(await dataValue(page, 'shared-time-annual'), drh.sharedTime.annualCost);
  await fill(page, "Salaire brut annuel d'un recrutement (€)", 'abc');
  assert.equal(await dataValue(page, 'shared-time-annual'), drh.sharedTime.annualCost);

  // Reset from the assumptions panel.
  await fill(page, 'Besoin, en jours par semaine', '1,5');
  await fill(page, "Salaire brut annuel d'un recrutement (€)", '90000');
  await widget(page).getByText('Hypothèses', { exact: true }).click();
  await fill(page, 'Semaines d\'intervention par an (semaines)', '40');
  const weeks40 = cliJson('compare', '--preset', 'drh', '--gross-annual', '90000', '--day-rate', '1100', '--days-per-week', '1.5', '--weeks-per-year', '40');
  await waitForValue(page, 'shared-time-annual', weeks40.sharedTime.annualCost);
  await widget(page).getByRole('button', { name: /Rétablir la valeur par défaut\s: Semaines/u }).click();
  await waitForValue(page, 'shared-time-annual', drh.sharedTime.annualCost);

  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(await problems.csp(), []);
});

test('accessible, responsive, and in English on request', async () => {
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  await page.screenshot({ path: join(artifacts, 'widget-1280.png'), fullPage: true });
  // Open every disclosure, "a need that varies" with its editor included:
  // the page must still fit a 360 px screen.
  await widget(page).locator('details > summary').evaluateAll((all) => all.forEach((s) => s.click()));
  await widget(page).locator('details.need-panel[open] #hos-needProfile-add').waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 360px`);
  await page.screenshot({ path: join(artifacts, 'widget-360.png'), fullPage: true });

  // Keyboard: from the top of the page, Tab reaches the role, then the salary
  // (on the page as it is when it opens).
  await page.reload();
  await page.locator('hire-or-share[data-ready]').waitFor();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => document.activeElement?.blur());
  const reached = [];
  while (!reached.includes('hos-grossAnnual') && reached.length < 12) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
      return inner?.id || inner?.tagName;
    }));
  }
  assert.ok(reached.includes('hos-role') && reached.at(-1) === 'hos-grossAnnual', reached.join(' '));
  await page.keyboard.type('7');
  await page.waitForFunction(() => document.querySelector('hire-or-share').shadowRoot.querySelector('#hos-grossAnnual').value.endsWith('7'));

  // English: the embed guide's example is in English.
  const en = await env.open('/embed.html');
  const english = en.page.locator('hire-or-share[lang="en"][preset="dsi"]');
  await english.and(en.page.locator('[data-ready]')).waitFor();
  assert.match(await english.locator('.verdict').textContent(), /^At \d/u);
  await english.getByLabel('Need, in days a week', { exact: true }).fill('9');
  await english.locator('#hos-daysPerWeek-error').filter({ hasText: 'is not between 0.5 days/week and 5 days/week' }).waitFor();

  // Nothing went wrong before the accessibility checks (axe itself sets inline styles).
  for (const p of [problems, en.problems]) {
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(p.foreignRequests, []);
    assert.deepEqual(await p.csp(), []);
  }
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(await axe(en.page), []);
});

test('budgets: time to an interactive widget and per-input update time', async () => {
  const { page } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const ready = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { readyMs: performance.now() - (nav?.startTime ?? 0) };
  });
  // 100 inputs on the salary field, each timed from the event to the DOM updated and laid out.
  const times = await page.evaluate(() => {
    const root = document.querySelector('hire-or-share').shadowRoot;
    const input = root.querySelector('#hos-grossAnnual');
    const out = [];
    for (let i = 0; i < 100; i += 1) {
      input.value = String(60000 + i * 500);
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void root.querySelector('.results').offsetHeight;
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  });
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  const figures = { readyMs: Math.round(ready.readyMs), inputP50Ms: +pct(50).toFixed(2), inputP95Ms: +pct(95).toFixed(2) };
  writeFileSync(join(artifacts, 'browser-timings.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('browser timings', figures);
  assert.ok(times.length === 100);
});

test('a share link round-trips the scenario; a tampered one is ignored field by field and runs nothing', async () => {
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const changes = [];
  await page.exposeFunction('__onChange', (detail) => changes.push(detail));
  await page.evaluate(() => document.querySelector('hire-or-share')
    .addEventListener('hire-or-share-change', (e) => window.__onChange(e.detail)));
  await widget(page).getByLabel('Expertise recherchée').selectOption('marketing');
  await fill(page, 'Besoin, en jours par semaine', '2,5');
  await fill(page, "Tarif journalier de l'expert à temps partagé (HT) (€)", '850');
  const expected = cliJson('compare', '--preset', 'marketing', '--days-per-week', '2.5', '--day-rate', '850');
  await waitForValue(page, 'shared-time-annual', expected.sharedTime.annualCost);
  // The change event carries the scenario, its link and the headline figures;
  // the API module, given that scenario, gives the full result.
  const last = changes.at(-1);
  assert.equal(last.scenario.dayRate, '850');
  assert.equal(last.scenario.role, 'marketing');
  assert.equal(last.link, 'v=1&role=marketing&days-per-week=2.5&day-rate=850');
  assert.equal(last.sharedTime.annualCost, expected.sharedTime.annualCost);
  assert.equal(last.fullTimeHire.firstYearCost, expected.fullTimeHire.firstYearCost);
  assert.equal(last.breakEven.daysPerWeek, expected.breakEven.daysPerWeek);
  assert.equal(last.savings.amount, expected.savings.amount);
  const full = await page.evaluate(async (scenario) => {
    const api = await import('/pkg/hire_or_share_api.js');
    await api.default();
    // The CLI's today (tests/e2e/browser.mjs): no test depends on the real clock.
    return api.compare(scenario, 'fr', '2026-07-01').value;
  }, last.scenario);
  // The API answers in the page's language; the CLI's reference is English.
  const { answer, ...figures } = full;
  const { answer: englishAnswer, ...expectedFigures } = expected;
  assert.deepEqual(figures, expectedFigures);
  assert.equal(answer.figure, englishAnswer.figure);
  assert.equal(answer.cheapest, englishAnswer.cheapest);
  assert.equal(answer.sentence, cliJson('compare', '--preset', 'marketing', '--days-per-week', '2.5', '--day-rate', '850', '--lang', 'fr').answer.sentence);

  await widget(page).getByRole('button', { name: 'Copier le lien' }).click();
  const link = await widget(page).locator('#hos-link').inputValue();
  // Pinned to its defaults and its rules' first day (the page's clock: 1 July 2026).
  assert.match(link, /\?v=1&role=marketing&defaults=2026-12c&days-per-week=2\.5&day-rate=850&date=2026-06-01$/u);
  const again = await env.open(new URL(link).pathname + new URL(link).search);
  await again.page.locator('hire-or-share[data-ready]').waitFor();
  assert.equal(await dataValue(again.page, 'shared-time-annual'), expected.sharedTime.annualCost);
  assert.equal(await dataValue(again.page, 'break-even'), expected.breakEven.daysPerWeek);

  // Tampered: script in a value, an unknown parameter, a value out of range.
  const evil = '/?v=1&role=drh&gross-annual=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&bogus=1&days-per-week=9&day-rate=1200';
  const tampered = await env.open(evil);
  let dialogs = 0;
  tampered.page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await tampered.page.locator('hire-or-share[data-ready]').waitFor();
  const notice = await widget(tampered.page).locator('.notice').textContent();
  for (const name of ['gross-annual', 'bogus', 'days-per-week']) assert.ok(notice.includes(name), notice);
  assert.equal(await widget(tampered.page).locator('.notice img').count(), 0);
  const drh = cliJson('compare', '--preset', 'drh', '--day-rate', '1200');
  assert.equal(await dataValue(tampered.page, 'shared-time-annual'), drh.sharedTime.annualCost);
  assert.equal(dialogs, 0);
  for (const p of [problems, again.problems, tampered.problems]) {
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(await p.csp(), []);
    assert.deepEqual(p.foreignRequests, []);
  }
});

test('locked fields cannot be edited, hidden ones are not shown, and the iframe takes its content’s height', async () => {
  const { page, problems } = await env.open('/frame.html?lang=en&preset=drh&day-rate=1200&locked=day-rate,days-per-week&hide=gross-annual');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  assert.equal(await w.locator('#hos-dayRate').getAttribute('readonly'), '');
  assert.equal(await w.locator('#hos-dayRate').inputValue(), '1200');
  assert.equal(await w.locator('#hos-daysPerWeek-range').isDisabled(), true);
  assert.equal(await w.locator('#hos-grossAnnual').isVisible(), false);
  await w.locator('#hos-dayRate').press('End');
  await page.keyboard.type('9');
  assert.equal(await w.locator('#hos-dayRate').inputValue(), '1200');
  const drh = cliJson('compare', '--preset', 'drh', '--day-rate', '1200');
  assert.equal(await dataValue(page, 'shared-time-annual'), drh.sharedTime.annualCost);
  // Set by the adviser, and said so (issue #27): a lock and the words in the
  // element's language, no default beside it, not marked as a change.
  const locked = await w.locator('#hos-dayRate').evaluate((input) => {
    const field = input.closest('.field');
    return {
      mark: getComputedStyle(field.querySelector('label'), '::after').content,
      hint: field.querySelector('.hint') && getComputedStyle(field.querySelector('.hint')).display,
      background: getComputedStyle(field).backgroundColor,
    };
  });
  assert.equal(locked.mark, '" 🔒 set by your adviser"');
  assert.equal(locked.hint, 'none');
  assert.equal(locked.background, 'rgba(0, 0, 0, 0)');
  const fr = await env.open('/frame.html?preset=drh&day-rate=1200&locked=day-rate');
  await fr.page.locator('hire-or-share[data-ready]').waitFor();
  const mark = await widget(fr.page).locator('#hos-dayRate').evaluate((input) =>
    getComputedStyle(input.closest('.field').querySelector('label'), '::after').content);
  assert.equal(mark, '" 🔒 fixé par votre conseiller"');

  const host = await env.open('/frame-demo.html', { width: 1000, height: 700 });
  const frame = host.page.frameLocator('iframe[data-hire-or-share]');
  await frame.locator('hire-or-share[data-ready]').waitFor();
  await host.page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-hire-or-share]');
    const inner = f.contentDocument?.documentElement;
    return inner && Math.abs(f.clientHeight - inner.scrollHeight) <= 2;
  });
  // Open the assumptions: the frame grows with its content.
  const before = await host.page.locator('iframe[data-hire-or-share]').evaluate((f) => f.clientHeight);
  await frame.locator('hire-or-share').getByText('Hypothèses', { exact: true }).click();
  await host.page.waitForFunction((h) => document.querySelector('iframe[data-hire-or-share]').clientHeight > h + 200, before);
  const scroll = await host.page.locator('iframe[data-hire-or-share]').evaluate((f) => f.contentDocument.documentElement.scrollHeight - f.clientHeight);
  assert.ok(scroll <= 2, `the iframe scrolls by ${scroll}px`);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(host.problems.consoleErrors, []);
  assert.deepEqual(host.problems.foreignRequests, []);
});

test('the printable version fits one A4 page with the inputs, the verdict, the chart and the sources', async () => {
  const { page, problems } = await env.open('/?v=1&role=drh&days-per-week=1.5&gross-annual=88000&workspace-annual=6000');
  await page.locator('hire-or-share[data-ready]').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const summary = await widget(page).locator('.print-summary').innerText();
  assert.match(summary, /Bureau et environnement de travail par an\s+6\s000 \(par défaut 11\s051\)/u);
  assert.match(summary, /Règles sociales\s+2026-06/u);
  const pdf = await page.pdf({ format: 'A4', path: join(artifacts, 'proposal.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
  assert.equal(pages, 1, `the proposal prints on ${pages} pages`);
  // A picture of the page, to look at.
  const { execFileSync } = await import('node:child_process');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', join(artifacts, 'proposal.pdf'), join(artifacts, 'proposal')]);
  assert.deepEqual(problems.consoleErrors, []);
});

test('the embed builder shows the live widget and the exact snippet', async () => {
  const { page, problems } = await env.open('/embed.html');
  const builder = page.locator('#builder');
  await builder.locator('select[name="lang"]').selectOption('en');
  await builder.locator('select[name="preset"]').selectOption('drh');
  await builder.locator('input[name="day-rate"]').fill('1150');
  await builder.locator('input[name="locked"][value="day-rate"]').check();
  // Pinned by default, for a proposal: one link with its defaults' version
  // and its rules' first day (the page's clock is 1 July 2026). The values
  // typed are read by the element first (builder.test.mjs).
  const current = page.locator('#snippet[data-state="current"]');
  await current.waitFor();
  const pinned = await page.locator('#snippet').textContent();
  assert.match(pinned, /<hire-or-share lang="en" locked="day-rate" link="v=1&amp;role=drh&amp;defaults=2026-12c&amp;day-rate=1150&amp;date=2026-06-01">Loading the calculator… If it does not appear, <a href="[^"]+">open it on its own site<\/a>\.<\/hire-or-share>/u);
  await page.locator('#preview hire-or-share[data-ready]').waitFor();
  assert.match(await page.locator('#preview hire-or-share .verdict').textContent(), /^At 1 day a week/u);
  await builder.locator('input[name="pin"]').uncheck();
  await current.waitFor();
  const snippet = await page.locator('#snippet').textContent();
  assert.match(snippet, /<hire-or-share lang="en" preset="drh" day-rate="1150" locked="day-rate">Loading the calculator… If it does not appear, <a href="[^"]+">open it on its own site<\/a>\.<\/hire-or-share>/u);
  const preview = page.locator('#preview hire-or-share');
  await preview.and(page.locator('[data-ready]')).waitFor();
  assert.equal(await preview.locator('#hos-dayRate').getAttribute('readonly'), '');
  assert.match(await preview.locator('.verdict').textContent(), /^At 1 day a week/u);
  const drh = cliJson('compare', '--preset', 'drh', '--day-rate', '1150');
  assert.equal(await preview.locator('[data-key="shared-time-annual"]').getAttribute('data-value'), drh.sharedTime.annualCost);
  // Markup typed in a value does not read: it stays text in its message, and
  // the snippet is the last one read, said to be so.
  await builder.locator('input[name="gross-annual"]').fill('"><img src=x onerror=alert(1)>');
  await page.locator('#snippet[data-state="stale"]').waitFor();
  assert.notEqual(await page.locator('#b-gross-annual-error').textContent(), '');
  assert.equal(await page.locator('#snippet').textContent(), snippet);
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
});

test('several expertises at once: the bundle the widget shows is the CLI’s', async () => {
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  await widget(page).getByLabel('Plusieurs expertises à la fois').check();
  await widget(page).getByLabel('Directeur des ressources humaines (DRH)', { exact: true }).fill('0,5');
  await widget(page).getByLabel('Directeur marketing', { exact: true }).fill('1');
  const { mkdtempSync, writeFileSync: write } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'hos-bundle-')), 'bundle.json');
  write(file, JSON.stringify({ scenarios: [
    { role: 'daf', daysPerWeek: '1' }, { role: 'drh', daysPerWeek: '0.5' }, { role: 'marketing', daysPerWeek: '1' },
  ] }));
  const expected = cliJson('compare', '--bundle', file);
  await waitForValue(page, 'bundle-shared', expected.sharedTime.annualCost);
  assert.equal(await dataValue(page, 'bundle-hire-each'), expected.hireEach.annualCost);
  assert.equal(await dataValue(page, 'bundle-generalist'), expected.generalist.annualCost);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('a page downloads the module of its language only; two languages on one page both work', async () => {
  const wasmRequests = (page) => {
    const seen = [];
    page.on('request', (req) => {
      if (/hire_or_share_wasm_\w+\.wasm$/u.test(req.url())) seen.push(new URL(req.url()).pathname);
    });
    return seen;
  };
  // Each page is counted from a reload, once its first load is done: a
  // request of the first load that starts after the listener would count twice.
  const fr = await env.open('/index.html');
  await widget(fr.page).and(fr.page.locator('[data-ready]')).waitFor();
  const frSeen = wasmRequests(fr.page);
  await fr.page.reload();
  await widget(fr.page).and(fr.page.locator('[data-ready]')).waitFor();
  assert.deepEqual(frSeen, ['/pkg/hire_or_share_wasm_fr_bg.wasm']);
  assert.match(await widget(fr.page).locator('.verdict').textContent(), /^À \d/u);

  // The embed guide has an English example and a French preview: the second
  // language gets its own module and its own copy of the glue.
  const both = await env.open('/embed.html');
  const english = both.page.locator('hire-or-share[lang="en"][preset="dsi"]');
  const french = both.page.locator('#preview hire-or-share');
  const ready = async () => {
    await english.and(both.page.locator('[data-ready]')).waitFor();
    await french.and(both.page.locator('[data-ready]')).waitFor();
  };
  await ready();
  const bothSeen = wasmRequests(both.page);
  await both.page.reload();
  await ready();
  assert.deepEqual(bothSeen.toSorted(), ['/pkg/hire_or_share_wasm_en_bg.wasm', '/pkg/hire_or_share_wasm_fr_bg.wasm']);
  assert.match(await english.locator('.verdict').textContent(), /^At \d/u);
  assert.match(await french.locator('.verdict').textContent(), /^À \d/u);
  // Each keeps its own state: an error in one leaves the other as it was.
  await english.getByLabel('Need, in days a week', { exact: true }).fill('9');
  await english.locator('#hos-daysPerWeek-error').filter({ hasText: 'is not between' }).waitFor();
  await french.getByLabel('Besoin, en jours par semaine', { exact: true }).fill('2');
  await french.locator('.verdict').filter({ hasText: /^À 2\sjours par semaine/u }).waitFor();
  for (const p of [fr.problems, both.problems]) {
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(await p.csp(), []);
  }
});
