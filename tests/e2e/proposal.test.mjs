// The proposal page (www/proposal.html, issue #27): a pinned link's scenario
// with a client, a provider, a need profile and offers side by side prints
// on one A4 page, body text at least 9 pt, the names and dates in the PDF's
// text, and a QR code that reads back as the pinned link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { artifacts, launch, repo } from './browser.mjs';
import { compare, initSync, qrSvg, shareLink } from '../../www/pkg/hire_or_share_api.js';

initSync({ module: readFileSync(join(repo, 'www', 'pkg', 'hire_or_share_api_bg.wasm')) });

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

// The sales person's case: an HR director two days a week at 950 € for a
// Paris client of 120 employees, a need that varies, two offers.
const scenario = {
  role: 'drh', daysPerWeek: 2, dayRate: 950, headcount: 120, location: 'paris',
  needProfile: '6x2,18x0.5', options: 'shared-time:950x2,shared-time:1100x1.5',
};
// The pinned query, as the element's "copy the link" writes it on 1 July 2026.
const pinned = shareLink(scenario, 'fr', '2026-07-01').value;
const proposal = {
  client: 'Boulangeries Martin SAS', provider: 'Temps Partagé Conseil',
  contact: 'Claire Dupont · 06 12 34 56 78 · claire@tpc.example', 'valid-until': '2026-07-31',
  note: 'Démarrage possible dès septembre, deux jours fixes par semaine.',
};
// A small logo as a data: URL (a blue square), which the CSP allows.
const logo = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#1f5fbf"/></svg>')}`;

const address = (extra = {}, query = pinned) =>
  `/proposal.html?${query}&${new URLSearchParams({ ...proposal, 'provider-logo': logo, ...extra })}`;

/** Opens the proposal and waits until it is computed. */
async function openProposal(path) {
  const opened = await env.open(path);
  await opened.page.locator('#proposal[data-ready]').waitFor();
  return opened;
}

/** The names of the offers' table's columns: each head's own text, without its badge. */
const columnNames = (page) => page.locator('#p-offers thead th:not(:first-child)')
  .evaluateAll((heads) => heads.map((th) => th.firstChild.textContent));

/** The QR codes found in a PNG: their text. */
function decodeQr(png) {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return code?.data ?? null;
}

/** Prints the page to an A4 PDF named `name` in target/e2e; returns its page count, text and a 150 dpi picture. */
async function print(page, name) {
  await page.emulateMedia({ media: 'print' });
  const path = join(artifacts, `${name}.pdf`);
  const pdf = await page.pdf({ format: 'A4', path, preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // A picture to look at (60 dpi), and one to read the QR code from (150 dpi).
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, join(artifacts, name)]);
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', path, join(artifacts, `${name}-150`)]);
  return { pages, text, picture: readFileSync(join(artifacts, `${name}-150.png`)) };
}

test('a proposal with a need profile and two offers prints on one A4 page with its names, dates and QR code', async () => {
  const { page, problems } = await openProposal(address());
  const link = `${new URL('./', env.url).href}?${pinned}`;
  // The page's link is the pinned one, and its QR code is the API's of it.
  assert.equal(await page.locator('#p-link').innerText(), link);
  const src = await page.locator('#p-qr').getAttribute('src');
  assert.equal(src, `data:image/svg+xml,${encodeURIComponent(qrSvg(link))}`);
  assert.equal(decodeQr(await page.locator('#p-qr').screenshot()), link);
  // The headline is the core's: over the need profile, and the offers' sentence.
  const sentence = await page.locator('#p-sentence').innerText();
  assert.match(sentence, /24 mois|besoin/u, sentence);
  assert.ok(await page.locator('#p-options-sentence').isVisible());
  // The recruit, the part-time hire the headline weighs them against, and the two offers,
  // side by side, with the profile's total and the break-even.
  const heads = (await page.locator('#p-offers thead th').allInnerTexts()).map((h) => h.replace(/\s+/gu, ' '));
  assert.deepEqual(heads.slice(1, 3), ['Recrutement à temps plein', 'Recrutement à temps partiel']);
  assert.match(heads[3], /^Temps partagé, 950 € × 2 j\/sem\. la moins chère$/u);
  assert.match(heads[4], /^Temps partagé, 1 100 € × 1,5 j\/sem\.$/u);
  // Every column's name is the core's: the labels of the API's options, the recruit and the
  // part-time hire listed before the link's two offers.
  const listed = compare({ ...scenario, options: `full-time-hire,part-time-hire,${scenario.options}` }, 'fr', '2026-07-01').value;
  assert.deepEqual(await columnNames(page), listed.options.map((o) => o.labelFr));
  assert.deepEqual(listed.options.map((o) => o.labelFr).slice(0, 2), ['Recrutement à temps plein', 'Recrutement à temps partiel']);
  const rows = await page.locator('#p-offers tbody th').allInnerTexts();
  assert.deepEqual(rows, ['Conditions', 'Coût annuel', 'Coût la première année', 'Coût par jour de besoin',
    'Coût sur les 24 mois du besoin', 'Recruter devient moins cher au-delà de']);
  assert.ok(await page.locator('#p-logo').isVisible());

  // Print: body and table text at least 9 pt (12 px).
  await page.emulateMedia({ media: 'print' });
  const sizes = await page.evaluate(() => [...document.querySelectorAll(
    '#proposal p, #proposal td, #proposal th, #proposal li, #proposal dd, #proposal dt, #proposal figcaption')]
    .filter((node) => node.offsetParent !== null)
    .map((node) => [node.id || node.tagName, Number.parseFloat(getComputedStyle(node).fontSize)]));
  const bodySize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
  assert.ok(bodySize >= 12, `body text ${bodySize}px`);
  for (const [what, size] of sizes) assert.ok(size >= 12, `${what}: ${size}px, under 9 pt`);
  assert.equal(await page.locator('#proposal-form').isVisible(), false, 'the form is not printed');

  const { pages, text, picture } = await print(page, 'proposal-page-fr');
  assert.equal(pages, 1, `the proposal prints on ${pages} pages`);
  const flat = text.replace(/\s+/gu, ' ');
  for (const expected of ['Boulangeries Martin SAS', 'Temps Partagé Conseil', 'claire@tpc.example',
    "Date d'émission", '1 juillet 2026', "Valable jusqu'au", '31 juillet 2026', 'Démarrage possible dès septembre',
    'Sources des principaux chiffres', 'Règles sociales en vigueur du']) {
    assert.ok(flat.includes(expected), `the PDF's text has no "${expected}"`);
  }
  // The printed QR code reads back as the pinned link.
  assert.equal(decodeQr(picture), link);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await problems.csp(), []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('in English, with the three usual options, the 24-hour rule of part-time is among the caveats, on one page', async () => {
  const today3 = shareLink({ role: 'drh', daysPerWeek: 2, dayRate: 950, headcount: 120, location: 'paris' }, 'en', '2026-07-01').value;
  const { page, problems } = await openProposal(address({ lang: 'en' }, today3));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const heads = await page.locator('#p-offers thead th').allInnerTexts();
  assert.equal(heads.length, 4, heads.join(' | '));
  // Today's three, each named by the core in English.
  const three = compare({ role: 'drh', daysPerWeek: 2, dayRate: 950, headcount: 120, location: 'paris' }, 'en', '2026-07-01').value;
  assert.deepEqual(await columnNames(page), three.options.map((o) => o.labelEn));
  assert.deepEqual(await columnNames(page), ['Full-time hire', 'Part-time hire', 'Shared time']);
  const caveats = await page.locator('#p-caveats').innerText();
  assert.match(caveats, /24 hours/u, caveats);
  const { pages, text, picture } = await print(page, 'proposal-page-en');
  assert.equal(pages, 1, `the proposal prints on ${pages} pages`);
  const flat = text.replace(/\s+/gu, ' ');
  for (const expected of ['Boulangeries Martin SAS', 'Date of issue', '1 July 2026', 'Valid until', '31 July 2026', '24 hours']) {
    assert.ok(flat.includes(expected), `the PDF's text has no "${expected}"`);
  }
  assert.equal(decodeQr(picture), `${new URL('./', env.url).href}?${today3}`);
  assert.deepEqual(problems.consoleErrors, []);
});

for (const lang of ['fr', 'en']) {
  test(`the longest proposal (four offers, a need profile, the longest note and names) still prints on one page (${lang})`, async () => {
    const options = 'part-time-hire,shared-time:950x2,shared-time:1100x1.5,freelance:900x2';
    const four = shareLink({ ...scenario, options }, lang, '2026-07-01').value;
    const long = {
      lang, client: 'C'.repeat(80), provider: 'P'.repeat(80), contact: 'x'.repeat(120), note: 'Une note longue. '.repeat(20),
    };
    const { page } = await openProposal(address(long, four));
    assert.equal(await page.locator('#p-offers thead th').count(), 6);
    const listed = compare({ ...scenario, options: `full-time-hire,${options}` }, lang, '2026-07-01').value;
    assert.deepEqual(await columnNames(page), listed.options.map((o) => (lang === 'en' ? o.labelEn : o.labelFr)));
    const { pages, picture } = await print(page, `proposal-page-long-${lang}`);
    assert.equal(pages, 1, `the longest proposal prints on ${pages} pages`);
    assert.equal(decodeQr(picture), `${new URL('./', env.url).href}?${four}`);
  });
}

test('the form writes the proposal into the address; a logo from another site is refused', async () => {
  const { page, problems } = await openProposal(`/proposal.html?${pinned}`);
  await page.locator('input[name="client"]').fill('Atelier Durand');
  await page.locator('input[name="provider-logo"]').fill('https://elsewhere.example/logo.png');
  await page.locator('select[name="lang"]').selectOption('en');
  const url = new URL(await page.evaluate(() => location.href));
  assert.equal(url.searchParams.get('client'), 'Atelier Durand');
  assert.equal(url.searchParams.get('lang'), 'en');
  assert.equal(await page.locator('#p-client').innerText(), 'Atelier Durand');
  assert.equal(await page.locator('#p-logo').isVisible(), false);
  assert.match(await page.locator('#form-status').innerText(), /Logo ignored/u);
  // Pasting another link from the calculator replaces the scenario, not the proposal's fields.
  await page.locator('input[name="link"]').fill(`${env.url}/?v=1&role=daf&days-per-week=1`);
  const after = new URL(await page.evaluate(() => location.href)).searchParams;
  assert.equal(after.get('role'), 'daf');
  assert.equal(after.get('client'), 'Atelier Durand');
  assert.equal(after.get('need-profile'), null);
  assert.match(await page.locator('#p-link').innerText(), /role=daf/u);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('the page names no option itself: every column’s name comes from the core', () => {
  // Its code without its comments.
  const source = readFileSync(join(repo, 'www', 'proposal.js'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
  assert.doesNotMatch(source, /temps plein|temps partiel|Temps partagé|CDI|full-time hire|part-time hire|permanent hire|Shared time/iu);
});
