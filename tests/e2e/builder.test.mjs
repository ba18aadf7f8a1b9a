// The embed builder (issue #27): it sets every field (the role, the place,
// the headcount, every assumption from the API's table), reads amounts as
// the element reads them ("950 €", "1 100", "1.100" in French), never drops
// the pinning silently (a value that reads two ways shows the element's
// question with its one-tap fix), takes two or three shared-time offers to
// compare (into the options and the proposal's link), follows the page's
// language (?lang=en), and is laid out right at 360 and 1280 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, launch, repo } from './browser.mjs';
import { compare, initSync } from '../../www/pkg/hire_or_share_api.js';

initSync({ module: readFileSync(join(repo, 'www', 'pkg', 'hire_or_share_api_bg.wasm')) });

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

// The builder's snippet once the values typed are read (the element reads
// them in the background; `data-state` says when it has).
async function current(page) {
  await page.locator('#snippet[data-state="current"]').waitFor();
  return page.locator('#snippet').textContent();
}

// The snippet pasted in a page of the site (its addresses are absolute);
// its element's value for `key`. Nothing it asks for fails.
async function pasted(env, snippet, key) {
  const { page } = await env.open('/site.css');
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => failed.push(String(e)));
  await page.route('**/__test/pasted.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Proposition</title></head><body>\n${snippet}\n</body></html>`,
  }));
  await page.goto(new URL('/__test/pasted.html', env.url).href);
  const element = page.locator('hire-or-share');
  await element.and(page.locator('[data-ready]')).waitFor();
  const value = await element.locator(`[data-key="${key}"]`).getAttribute('data-value');
  assert.deepEqual(failed, []);
  await page.close();
  return value;
}

test('the builder sets the headcount, the place and the mobility levy, reads “950 €”, “1 100” and “1.100”, and the snippet shows those figures', async () => {
  const { page, problems } = await env.open('/embed.html');
  const builder = page.locator('#builder');
  await current(page);
  await builder.locator('select[name="preset"]').selectOption('drh');
  await builder.locator('select[name="location"]').selectOption('paris');
  await builder.locator('input[name="headcount"]').fill('120');
  // Every assumption, in its collapsed section, grouped as the API groups them.
  await builder.getByText('Toutes les hypothèses').click();
  await builder.getByLabel('Taux du versement mobilité (%)').fill('2,95');
  await builder.locator('input[name="days-per-week"]').fill('2');
  await builder.locator('input[name="day-rate"]').fill('950 €');
  let snippet = await current(page);
  assert.match(snippet, /<hire-or-share lang="fr" link="v=1&amp;role=drh&amp;defaults=[^"]*&amp;headcount=120&amp;mobility-rate-percent=2\.95&amp;day-rate=950&amp;date=2026-06-01">/u);
  const scenario = { role: 'drh', location: 'paris', headcount: 120, mobilityRatePercent: '2.95', daysPerWeek: '2', dayRate: '950' };
  const expected = compare(scenario, 'fr', '2026-07-01').value;
  assert.equal(await pasted(env, snippet, 'full-time-hire-annual'), expected.fullTimeHire.annualCost);
  assert.equal(await pasted(env, snippet, 'shared-time-annual'), expected.sharedTime.annualCost);
  // The preview is the snippet's element.
  const preview = page.locator('#preview hire-or-share');
  await preview.locator('[data-key="shared-time-annual"]').and(page.locator(`[data-value="${expected.sharedTime.annualCost}"]`)).waitFor();

  // "1 100" (a space between thousands) and "1.100" (a French thousands
  // point) are 1 100 € a day.
  const at1100 = compare({ ...scenario, dayRate: '1100' }, 'fr', '2026-07-01').value;
  for (const text of ['1 100', '1.100', '1\u202f100\u00a0€']) {
    await builder.locator('input[name="day-rate"]').fill(text);
    snippet = await current(page);
    assert.match(snippet, /day-rate=1100&amp;/u, text);
  }
  assert.equal(await pasted(env, snippet, 'shared-time-annual'), at1100.sharedTime.annualCost);
  // The placeholders show what an empty field gets: the DRH's salary.
  assert.equal(await builder.locator('input[name="gross-annual"]').getAttribute('placeholder'), '82000');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
});

test('a field that does not read shows the element’s message, and the snippet is not silently unpinned', async () => {
  const { page, problems } = await env.open('/embed.html');
  const builder = page.locator('#builder');
  await builder.locator('input[name="day-rate"]').fill('950');
  const good = await current(page);
  assert.match(good, /link="v=1&amp;role=daf&amp;[^"]*day-rate=950/u);
  assert.equal(await builder.locator('input[name="pin"]').isChecked(), true);

  // "1,100" on a French page reads two ways: the element asks, and so does the builder.
  await builder.locator('input[name="day-rate"]').fill('1,100');
  await page.locator('#snippet[data-state="stale"]').waitFor();
  assert.match(await page.locator('#b-day-rate-error').textContent(), /Vouliez-vous dire 1\s100\s€/u);
  assert.equal(await builder.locator('input[name="day-rate"]').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#snippet-status').textContent(), /^Code non mis à jour\s: corrigez «\sTarif journalier HT \(€\)\s».*\(chiffres figés\)\.$/u);
  // The proposal's link, written from the same values, is marked with them.
  assert.equal(await page.locator('#proposal-link').getAttribute('data-shown'), 'stale');
  assert.match(await page.locator('#snippet-status').textContent(), /le lien de la proposition sont ceux des dernières valeurs lues/u);
  // The snippet is the last one read, still pinned, never an unpinned one.
  assert.equal(await page.locator('#snippet').textContent(), good);
  assert.equal(await builder.locator('input[name="pin"]').isChecked(), true);
  // The element's question, as the element words it, with its one-tap fix
  // beside the builder's field: the text and the value are the element's.
  const question = await page.evaluate(() => {
    const ask = document.querySelector('#reader hire-or-share').shadowRoot.getElementById('hos-dayRate-error');
    const fix = ask.querySelector('button.fix');
    return { text: ask.textContent, value: fix.dataset.value, label: fix.getAttribute('aria-label') };
  });
  assert.deepEqual(question, { text: 'Vouliez-vous dire 1\u202f100\u00a0€\u00a0?', value: '1100', label: 'Corriger en 1\u202f100\u00a0€' });
  assert.equal(await page.locator('#b-day-rate-error').textContent(), question.text);
  const fix = page.locator('#b-day-rate-error button.fix');
  assert.equal(await fix.count(), 1);
  assert.equal(await fix.textContent(), '1\u202f100\u00a0€');
  assert.equal(await fix.getAttribute('aria-label'), question.label);
  // One tap: the value in the builder's field, read again, the snippet pinned to 1 100.
  await fix.click();
  assert.equal(await builder.locator('input[name="day-rate"]').inputValue(), '1100');
  const fixed = await current(page);
  assert.match(fixed, /<hire-or-share lang="fr" link="v=1&amp;role=daf&amp;defaults=[^"]*&amp;day-rate=1100&amp;date=2026-06-01">/u);
  assert.equal(await page.locator('#b-day-rate-error').textContent(), '');
  assert.equal(await builder.locator('input[name="day-rate"]').getAttribute('aria-invalid'), null);
  assert.equal(await builder.locator('input[name="pin"]').isChecked(), true);
  assert.equal(await page.locator('#proposal-link').getAttribute('data-shown'), 'current');
  assert.match(await page.locator('#proposal-link').getAttribute('href'), /day-rate=1100/u);

  // An assumption that does not read: its section opens on its message.
  await builder.locator('input[name="day-rate"]').fill('950');
  await current(page);
  await builder.locator('input[name="headcount"]').fill('beaucoup');
  await page.locator('#snippet[data-state="stale"]').waitFor();
  assert.notEqual(await page.locator('#b-headcount-error').textContent(), '');
  await builder.locator('input[name="headcount"]').fill('');
  await current(page);
  await builder.getByText('Toutes les hypothèses').click();
  await builder.locator('input[name="trial-failure-percent"]').fill('trois');
  // Closed while in error, it opens again on the message.
  await page.locator('#snippet[data-state="stale"]').waitFor();
  await builder.getByText('Toutes les hypothèses').click();
  await builder.locator('input[name="trial-failure-percent"]').evaluate((i) => i.dispatchEvent(new Event('input', { bubbles: true })));
  await page.locator('#snippet[data-state="stale"]').waitFor();
  assert.equal(await page.locator('#builder-assumptions').getAttribute('open'), '');
  assert.ok(await page.locator('#b-trial-failure-percent-error').isVisible());
  assert.equal(await page.locator('#snippet').textContent(), good);
  // Unpinned, the values read are written as attributes, not as typed.
  await builder.locator('input[name="trial-failure-percent"]').fill('10');
  await builder.locator('input[name="pin"]').uncheck();
  assert.match(await current(page), /<hire-or-share lang="fr" preset="daf" day-rate="950" trial-failure-percent="10">/u);
  assert.deepEqual(problems.consoleErrors, []);
});

test('the builder has a control for every field of the core’s table: cadre, the horizon, the payroll tax…, and the horizon reaches the link', async () => {
  const { page, problems } = await env.open('/embed.html');
  const builder = page.locator('#builder');
  await current(page);
  await builder.getByText('Toutes les hypothèses').click();
  assert.equal(await builder.locator('select[name="cadre"]').count(), 1);
  assert.equal(await builder.locator('select[name="salary-tax"]').count(), 1);
  assert.equal(await builder.locator('input[name="horizon-years"]').count(), 1);
  await builder.locator('input[name="horizon-years"]').fill('5');
  assert.match(await current(page), /link="v=1&amp;role=daf&amp;[^"]*horizon-years=5/u);
  assert.deepEqual(problems.consoleErrors, []);
});

test('two offers side by side, typed as people write them, reach the snippet’s options, the proposal’s link and the proposal', async () => {
  const { page, problems } = await env.open('/embed.html');
  const builder = page.locator('#builder');
  await current(page);
  await builder.locator('select[name="preset"]').selectOption('drh');
  await builder.locator('input[name="day-rate"]').fill('950');
  await builder.locator('input[name="days-per-week"]').fill('2');
  await current(page);
  // The builder says the embedded element does not price them.
  assert.match(await page.locator('#builder-offers .hint').textContent(), /ne chiffre pas encore plusieurs offres.*la proposition imprimable et l’API JavaScript/u);
  const add = page.locator('#offer-add');
  await add.click();
  await add.click();
  const rates = builder.locator('.offer input[name$="-day-rate"]');
  const days = builder.locator('.offer input[name$="-days-per-week"]');
  assert.equal(await builder.locator('.offer legend').allTextContents().then((l) => l.join('|')), 'Offre 1|Offre 2');
  // An empty field is the builder's own: its placeholder says so.
  assert.equal(await rates.nth(0).getAttribute('placeholder'), '950');
  await rates.nth(0).fill('950 €');
  await days.nth(0).fill('2');
  await rates.nth(1).fill('1\u202f100\u00a0€');
  await days.nth(1).fill('1,5');
  const snippet = await current(page);
  assert.match(snippet, /<hire-or-share lang="fr" link="v=1&amp;role=drh&amp;[^"]*&amp;options=shared-time%3A950x2%2Cshared-time%3A1100x1\.5&amp;date=2026-06-01">/u);
  // An offer that reads two ways: the element's question under it, its fix, and the same options.
  await rates.nth(1).fill('1,100');
  await page.locator('#snippet[data-state="stale"]').waitFor();
  assert.equal(await builder.locator('.offer .field-error.ask').textContent(), 'Vouliez-vous dire 1\u202f100\u00a0€\u00a0?');
  assert.match(await page.locator('#snippet-status').textContent(), /corrigez «\u00a0Offre 2, tarif journalier HT \(€\)\u00a0»/u);
  assert.equal(await page.locator('#snippet').textContent(), snippet);
  await builder.locator('.offer button.fix').click();
  assert.equal(await rates.nth(1).inputValue(), '1100');
  assert.equal(await current(page), snippet);
  // A third offer, and no fourth.
  await add.click();
  assert.equal(await add.isVisible(), false);
  await rates.nth(2).fill('800');
  await days.nth(2).fill('3');
  assert.match(await current(page), /options=shared-time%3A950x2%2Cshared-time%3A1100x1\.5%2Cshared-time%3A800x3&amp;/u);
  await builder.getByRole('button', { name: 'Retirer l’offre 3' }).click();
  assert.equal(await add.isVisible(), true);
  assert.equal(await current(page), snippet);
  // Unpinned: the options attribute, as read.
  await builder.locator('input[name="pin"]').uncheck();
  assert.match(await current(page), /<hire-or-share lang="fr" preset="drh" day-rate="950" days-per-week="2" options="shared-time:950x2,shared-time:1100x1\.5">/u);
  // The proposal's link is pinned either way, and the proposal shows the two offers against the recruit.
  const href = await page.locator('#proposal-link').getAttribute('href');
  assert.match(href, /^proposal\.html\?v=1&role=drh&defaults=[^&]+&[^#]*options=shared-time%3A950x2%2Cshared-time%3A1100x1\.5&date=2026-06-01$/u);
  await page.locator('#proposal-link').click();
  await page.locator('#proposal[data-ready]').waitFor();
  const heads = await page.locator('#p-offers thead th:not(:first-child)').evaluateAll((ths) => ths.map((th) => th.firstChild.textContent));
  const expected = compare({ role: 'drh', dayRate: '950', daysPerWeek: '2',
    options: 'full-time-hire,part-time-hire,shared-time:950x2,shared-time:1100x1.5' }, 'fr', '2026-07-01').value;
  assert.deepEqual(heads, expected.options.map((o) => o.labelFr));
  assert.deepEqual(heads.slice(-2).map((h) => h.replace(/\s/gu, ' ')), ['Temps partagé, 950 € × 2 j/sem.', 'Temps partagé, 1 100 € × 1,5 j/sem.']);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
});

test('the guide and the builder in English: ?lang=en, and the builder’s language select', async () => {
  const { page, problems } = await env.open('/embed.html?lang=en');
  const builder = page.locator('#builder');
  const snippet = await current(page);
  assert.match(snippet, /<hire-or-share lang="en" link="v=1&amp;role=daf&amp;[^"]*">Loading the calculator…/u);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.title(), /^Embedding/u);
  // No French in the builder's labels and legends (a spot check of words
  // only French has), nor in the page's visible text around it.
  const labels = (await builder.locator('label, legend, summary, option').allTextContents()).map((l) => l.trim());
  assert.ok(labels.length > 40, String(labels.length));
  const french = /\b(Salaire|Tarif|Jours par semaine|Lieu|Effectif|Verrouiller|Masquer|figer|hypothèses|semaine|entreprise|Par défaut|Thème)\b/iu;
  assert.deepEqual(labels.filter((l) => french.test(l) && l !== 'Français'), []);
  assert.ok(labels.includes('Every assumption'), labels.join('|'));
  assert.ok(labels.some((l) => l.startsWith('Mobility levy rate')));
  const visible = await page.locator('main').innerText();
  assert.doesNotMatch(visible, /Composer votre intégration|Code à copier|Depuis un autre site|Tous les attributs/u);
  // English reading: "1.100" asks, in the element's English, and its fix pins 1 100.
  await builder.locator('input[name="day-rate"]').fill('1.100');
  await page.locator('#snippet[data-state="stale"]').waitFor();
  assert.equal(await page.locator('#b-day-rate-error').textContent(), 'Did you mean 1,100\u00a0€?');
  await page.locator('#b-day-rate-error').getByRole('button', { name: 'Change to 1,100\u00a0€' }).click();
  assert.match(await current(page), /lang="en" link="[^"]*day-rate=1100/u);
  // "1,100" is 1 100 € a day.
  await builder.locator('input[name="day-rate"]').fill('1,100');
  assert.match(await current(page), /lang="en" link="[^"]*day-rate=1100/u);
  // The builder's language select drives the page's text and the snippet's lang.
  await builder.locator('select[name="lang"]').selectOption('fr');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('heading', { name: 'Composer votre intégration' }).waitFor();
  // Read again in French, "1,100" asks.
  await page.locator('#snippet[data-state="stale"]').waitFor();
  await builder.locator('input[name="day-rate"]').fill('1100');
  assert.match(await current(page), /<hire-or-share lang="fr" link="[^"]*day-rate=1100/u);
  // And the header's switch.
  await page.locator('.lang-switch a[hreflang="en"]').click();
  assert.match(await current(page), /<hire-or-share lang="en" /u);
  assert.equal(await builder.locator('label[for="b-day-rate"]').textContent(), 'Day rate excl. VAT (€)');
  assert.match(page.url(), /[?&]lang=en/u);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
});

test('laid out at 360 and 1280 px: no horizontal overflow, each checkbox on its label’s line, the snippet inside its box', async () => {
  for (const lang of ['fr', 'en']) {
    for (const width of [360, 1280]) {
      const { page } = await env.open(`/embed.html?lang=${lang}`, { width, height: 900 });
      await current(page);
      await page.locator('#preview hire-or-share[data-ready]').waitFor();
      // Two offers, one of them asking which value was meant.
      await page.locator('#offer-add').click();
      await page.locator('#offer-add').click();
      await page.locator('.offer input[name$="-day-rate"]').nth(0).fill('950');
      await page.locator('.offer input[name$="-day-rate"]').nth(1).fill(lang === 'en' ? '1.100' : '1,100');
      await page.locator('.offer .field-error.ask').waitFor();
      await page.locator('#builder summary').click();
      const overflow = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
      assert.ok(overflow[0] <= overflow[1], `${lang} ${width}: ${overflow}`);
      // Each checkbox beside its label's text, on its first line.
      const boxes = await page.locator('#builder label.check').evaluateAll((labels) => labels.map((label) => {
        const box = label.querySelector('input').getBoundingClientRect();
        const text = label.querySelector('span').getClientRects()[0];
        return { name: label.textContent.trim().slice(0, 30), box: [box.top, box.bottom, box.right], text: [text.top, text.bottom, text.left] };
      }));
      assert.ok(boxes.length >= 10, String(boxes.length));
      for (const { name, box, text } of boxes) {
        assert.ok(box[0] < text[1] && text[0] < box[1], `${lang} ${width} "${name}": not on one line ${box} ${text}`);
        assert.ok(box[2] <= text[2] + 1, `${lang} ${width} "${name}": the box is not before its text`);
      }
      // The snippet wraps inside its box: nothing wider than it.
      const pre = await page.locator('pre:has(#snippet)').evaluate((p) => [p.scrollWidth, p.clientWidth]);
      assert.ok(pre[0] <= pre[1], `${lang} ${width}: snippet ${pre}`);
      await page.locator('#builder').screenshot({ path: join(artifacts, `builder-${lang}-${width}.png`) });
      await page.screenshot({ path: join(artifacts, `embed-${lang}-${width}.png`) });
      await page.close();
    }
  }
});
