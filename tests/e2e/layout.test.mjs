// Everything fits a 360 px phone and reads at 1280 px (issue #25): with every
// disclosure open, the need profile's chart shown, in French and in English,
// no element of the element's shadow root goes past the screen's edge unless
// inside a box that scrolls sideways, every chart label renders at least
// 12 px tall and inside its chart, and no heading, summary, table header,
// label, button or select cuts its text. A full-page picture of each, in
// target/e2e/, to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, launch, widget } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const text = {
  fr: { need: 'Un besoin qui varie', shape: 'Un projet de 6 mois à 2 jours, puis une demi-journée', verdict: /^À \d/u },
  en: { need: 'A need that varies', shape: 'A 6-month project at 2 days, then half a day', verdict: /^At \d/u },
};

/** Opens the demo at `width`×`height` in `lang`, the need profile's result shown and every disclosure open. */
async function openAll(width, height, lang) {
  const { page, problems } = await env.open('/', { width, height });
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  if (lang === 'en') {
    // The element follows its attributes: it remounts in English.
    await page.evaluate(() => document.querySelector('hire-or-share').setAttribute('lang', 'en'));
  }
  await page.waitForFunction(
    (source) => new RegExp(source, 'u').test(document.querySelector('hire-or-share').shadowRoot.querySelector('.verdict')?.textContent ?? ''),
    text[lang].verdict.source,
  );
  await w.getByText(text[lang].need, { exact: true }).click();
  await w.getByRole('button', { name: text[lang].shape }).click();
  await w.locator('[data-key="need-profile"]').waitFor();
  // Every disclosure, those inside others too.
  await page.evaluate(() => {
    const root = document.querySelector('hire-or-share').shadowRoot;
    for (const d of root.querySelectorAll('details:not([open])')) d.open = true;
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { page, problems };
}

/** What the page measures: elements past the screen's edge, chart labels, cut text. */
function measure() {
  const host = document.querySelector('hire-or-share');
  const root = host.shadowRoot;
  const viewport = document.documentElement.clientWidth;
  const name = (e) => `${e.tagName.toLowerCase()}${e.className?.baseVal ?? (e.className ? `.${String(e.className).split(' ').join('.')}` : '')} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
  const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const overflow = [];
  let widest = 0;
  for (const e of root.querySelectorAll('*')) {
    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
    let inside = false;
    for (let a = e.parentElement; a; a = a.parentElement) if (scrolls(a)) inside = true;
    if (inside) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    widest = Math.max(widest, r.right - viewport, -r.left);
    if (r.right > viewport + 0.5 || r.left < -0.5) overflow.push(`${name(e)}: ${Math.round(r.left)}–${Math.round(r.right)} of ${viewport}`);
  }
  const labels = [];
  const small = [];
  const clipped = [];
  for (const svg of root.querySelectorAll('svg.chart-svg')) {
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      // The font's size as rendered: its computed size in user units × the SVG's scale.
      const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
      labels.push(size);
      if (size < 12 || r.height < 12) small.push(`${name(t)}: ${size.toFixed(1)} px (box ${r.height.toFixed(1)} px)`);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        clipped.push(`${name(t)}: ${Math.round(r.left - box.left)}–${Math.round(r.right - box.left)} × ${Math.round(r.top - box.top)}–${Math.round(r.bottom - box.top)} in ${Math.round(box.width)} × ${Math.round(box.height)}`);
      }
    }
  }
  const cut = [];
  const canvas = document.createElement('canvas').getContext('2d');
  for (const e of root.querySelectorAll('h1, h2, h3, h4, summary, th, label, legend, button, select, caption, dt')) {
    const r = e.getBoundingClientRect();
    // Hidden, or seen by screen readers only (the column headers of a table shown as cards).
    if (r.width <= 1) continue;
    if (e.scrollWidth > e.clientWidth + 1) cut.push(`${name(e)}: ${e.scrollWidth} in ${e.clientWidth}`);
    const style = getComputedStyle(e);
    if (style.appearance === 'base-select') {
      // A select whose button the page styles wraps its text: none of it goes past the bottom.
      if (e.scrollHeight > e.clientHeight + 1) cut.push(`${name(e)}: ${e.scrollHeight} px high in ${e.clientHeight}`);
    } else if (e.tagName === 'SELECT') {
      // A select's scrollWidth does not see its text: its option measured, beside the room left by its padding and arrow.
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const shown = canvas.measureText(e.selectedOptions[0]?.textContent ?? '').width;
      const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      if (shown > room + 1) cut.push(`${name(e)}: its option ${Math.round(shown)} px in ${Math.round(room)}`);
    }
  }
  // Inside the boxes that scroll: how far the widest table goes past its box, and the tallest table.
  const wraps = [...root.querySelectorAll('.table-wrap')];
  const scrolled = Math.max(0, ...wraps.map((e) => e.scrollWidth - e.clientWidth));
  const tallest = Math.max(0, ...wraps.map((e) => e.getBoundingClientRect().height));
  return {
    overflow,
    scrolled,
    tallest: Math.round(tallest),
    widest: Math.round(widest),
    pageWidth: document.documentElement.scrollWidth - viewport,
    labels: labels.length,
    smallest: Math.min(...labels),
    largest: Math.max(...labels),
    small,
    clipped,
    cut,
  };
}

for (const [width, height] of [
  [360, 740],
  [1280, 800],
]) {
  for (const lang of ['fr', 'en']) {
    test(`${width} px, ${lang}: nothing past the screen, chart labels ≥ 12 px inside their chart, no text cut`, async (t) => {
      const { page, problems } = await openAll(width, height, lang);
      const m = await page.evaluate(measure);
      t.diagnostic(`tables: the widest ${m.scrolled} px wider than its box, the tallest ${m.tallest} px`);
      t.diagnostic(`widest overflow ${m.widest} px, page ${m.pageWidth} px wider than the screen; chart labels ${m.smallest.toFixed(1)}–${m.largest.toFixed(1)} px (${m.labels})`);
      await page.screenshot({ path: join(artifacts, `layout-${width}-${lang}.png`), fullPage: true });
      // The same page in parts of a screen's height at most 2,000 px, easier to look at.
      for (const f of readdirSync(artifacts).filter((f) => f.startsWith(`layout-${width}-${lang}-part`))) rmSync(join(artifacts, f));
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < full; y += 2000, part += 1) {
        const clip = { x: 0, y, width, height: Math.min(2000, full - y) };
        await page.screenshot({ path: join(artifacts, `layout-${width}-${lang}-part${part}.png`), fullPage: true, clip });
      }
      assert.deepEqual(m.overflow, [], 'past the screen');
      assert.ok(m.pageWidth <= 0, `the page scrolls sideways by ${m.pageWidth} px`);
      assert.ok(m.labels >= 20, `${m.labels} chart labels`);
      assert.deepEqual(m.small, [], 'chart labels under 12 px');
      assert.deepEqual(m.clipped, [], 'chart labels outside their chart');
      assert.deepEqual(m.cut, [], 'text cut');
      assert.deepEqual(problems.consoleErrors, []);
      await page.close();
    });
  }
}
