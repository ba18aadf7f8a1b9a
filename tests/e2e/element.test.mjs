// The element as a phone user and a host page meet it (issue #25): one
// answer at the top that weighs every option (part-time with its legal
// condition), a summary that stays in view while typing, attributes followed
// after mounting, memory released when the element leaves the page, forged
// events ignored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, cliJson, launch, widget } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** The CFO of the issue: 90,000 €, 1,100 € a day, two days a week, as typed. */
async function cfo(page, lang) {
  const w = widget(page);
  await w.locator('#hos-grossAnnual').fill(lang === 'fr' ? '90 000' : '90,000');
  await w.locator('#hos-dayRate').fill(lang === 'fr' ? '1 100' : '1,100');
  await w.locator('#hos-daysPerWeek').fill('2');
}

/** The page's element, in `lang`. */
async function inLang(page, lang) {
  await page.locator('hire-or-share[data-ready]').waitFor();
  if (lang === 'en') {
    await page.evaluate(() => document.querySelector('hire-or-share').setAttribute('lang', 'en'));
    await widget(page).locator('.verdict').filter({ hasText: /^At / }).waitFor();
  }
}

test('the answer weighs every option: part-time with its legal condition, at 360 and 1280 px, in French and English', async () => {
  const words = {
    fr: [/un recrutement à temps partiel coûte le moins cher/u, /L3123-7 et L3123-19/u, /en dessous, le temps partagé coûte moins cher/u],
    en: [/a part-time hire costs the least/u, /L3123-7 and L3123-19/u, /below it, shared time costs less/u],
  };
  for (const lang of ['fr', 'en']) {
    for (const width of [360, 1280]) {
      const { page, problems } = await env.open('/', { width, height: 800 });
      await inLang(page, lang);
      await cfo(page, lang);
      const expected = cliJson('compare', '--preset', 'daf', '--gross-annual', '90000', '--day-rate', '1100',
        '--days-per-week', '2', '--lang', lang).answer;
      const answer = widget(page).locator('.verdict');
      await answer.filter({ hasText: expected.sentence }).waitFor();
      assert.equal(expected.cheapest, 'partTimeHire');
      const [cheapest, condition, explained] = words[lang];
      assert.match(await answer.textContent(), cheapest);
      assert.match(await answer.textContent(), condition);
      // One break-even, explained; the second with its reason.
      const breakEven = widget(page).locator('[data-key="break-even"]');
      assert.equal(await breakEven.textContent(), expected.breakEven.sentence);
      assert.match(await breakEven.textContent(), explained);
      await page.screenshot({ path: join(artifacts, `answer-${width}-${lang}.png`) });
      assert.deepEqual(problems.consoleErrors, []);
      await page.close();
    }
  }
});

test('with a need that varies, the answer is over the profile, in French and English', async () => {
  for (const [lang, start] of [['fr', /^Sur la durée du profil de besoin \(24\smois\), /u], ['en', /^Over the need profile \(24 months\), /u]]) {
    const { page, problems } = await env.open('/', { width: 360, height: 800 });
    await inLang(page, lang);
    await page.evaluate(() => document.querySelector('hire-or-share').setAttribute('need-profile', '6x2,18x0.5'));
    const expected = cliJson('compare', '--preset', 'daf', '--need', '6x2,18x0.5', '--lang', lang).answer;
    await widget(page).locator('.verdict').filter({ hasText: expected.sentence }).waitFor();
    assert.match(expected.sentence, start);
    // The profile's break-even comes second, with its reason.
    assert.equal(await widget(page).locator('[data-key="second-break-even"]').textContent(), expected.secondBreakEven.sentence);
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  }
});

test('on a phone, the summary stays in view while the form is edited', async () => {
  for (const lang of ['fr', 'en']) {
    const path = lang === 'fr' ? '/' : '/?lang=en';
    const { page, problems } = await env.open(path, { width: 360, height: 740 });
    await page.locator('hire-or-share[data-ready]').waitFor();
    const w = widget(page);
    if (lang === 'en') await page.evaluate(() => document.querySelector('hire-or-share').setAttribute('lang', 'en'));
    await w.locator('.summary').filter({ hasText: lang === 'fr' ? /^Le moins cher/u : /^Cheapest/u }).waitFor();
    const inView = () => w.locator('.summary').evaluate((s) => {
      const r = s.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 0.5 && r.height > 0;
    });
    // Typing in the salary, the day rate and, in the assumptions, the headcount:
    // each time the summary is on screen, with the new figure.
    const salary = w.locator('#hos-grossAnnual');
    await salary.fill('120000');
    assert.ok(await inView(), 'the summary is in view while typing the salary');
    const before = await w.locator('.summary').textContent();
    await salary.fill('60000');
    await w.locator('.summary').filter({ hasNotText: before }).waitFor();
    assert.ok(await inView());
    // An assumption, as a person reaches it: the panel opened, the field
    // focused (the browser scrolls it into view), then typed in.
    await w.locator('details.assumptions > summary').click();
    const previous = await w.locator('.summary').textContent();
    await w.locator('#hos-headcount').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('250');
    await w.locator('.summary').filter({ hasNotText: previous }).waitFor();
    assert.ok(await inView(), 'the summary is in view while typing an assumption');
    // It does not hide the field being typed in.
    const covered = await page.evaluate(() => {
      const root = document.querySelector('hire-or-share').shadowRoot;
      const s = root.querySelector('.summary').getBoundingClientRect();
      const f = root.querySelector('#hos-headcount').getBoundingClientRect();
      return f.bottom > s.top && f.top < s.bottom;
    });
    assert.equal(covered, false, 'the field being typed in is not under the summary');
    await page.screenshot({ path: join(artifacts, `summary-360-${lang}.png`) });
    // Once the result is in view, the summary is in its place above it, not
    // over it.
    await w.locator('.output').scrollIntoViewIfNeeded();
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  }
});

test('the element follows its attributes after mounting', async () => {
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  const expected = cliJson('compare', '--preset', 'drh', '--days-per-week', '2');
  await page.evaluate(() => {
    const e = document.querySelector('hire-or-share');
    e.setAttribute('preset', 'drh');
    e.setAttribute('days-per-week', '2');
  });
  await w.locator(`[data-key="shared-time-annual"][data-value="${expected.sharedTime.annualCost}"]`).waitFor();
  assert.equal(await w.locator('#hos-role').inputValue(), 'drh');
  assert.equal(await w.locator('#hos-daysPerWeek').inputValue(), '2');
  // A bad attribute set later is said, as at the start.
  await page.evaluate(() => document.querySelector('hire-or-share').setAttribute('preset', 'drhh'));
  await w.locator('.notice').filter({ hasText: 'drhh' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
});

test('an element removed from the page releases what it held: 500 mounts leave memory flat', async () => {
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  // After a garbage collection: the nodes JavaScript can still reach (the
  // page's own counter of DOM nodes lags behind the collector), and the
  // window's listeners (each element listens to its beforeprint).
  const counters = async () => {
    // Pending tasks of the last mount settled, then two collections: an
    // object freed by the first can hold others until the second.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'Node.prototype' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result: count } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true,
    });
    const { result: win } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId });
    return { nodes: count.value, windowListeners: listeners.length };
  };
  const mountMany = (n) => page.evaluate(async (n) => {
    for (let i = 0; i < n; i += 1) {
      const e = document.createElement('hire-or-share');
      e.setAttribute('ignore-url', '');
      document.body.append(e);
      // Ready: mounted, its listeners on its root and the window.
      while (!e.hasAttribute('data-ready')) await new Promise((r) => setTimeout(r, 0));
      e.remove();
    }
  }, n);
  await mountMany(20);
  const start = await counters();
  await mountMany(500);
  const end = await counters();
  // The page's element alone still listens; no node of a removed one is left.
  assert.ok(end.nodes - start.nodes <= 5, `${start.nodes} → ${end.nodes} nodes`);
  assert.equal(end.windowListeners, start.windowListeners, 'the window keeps no listener of a removed element');
  assert.deepEqual(problems.consoleErrors, []);
});

test('a forged change event, with or without a link, changes nothing', async () => {
  const { page, problems } = await env.open('/');
  await page.locator('hire-or-share[data-ready]').waitFor();
  const w = widget(page);
  const before = await w.locator('[data-key="shared-time-annual"]').getAttribute('data-value');
  await page.evaluate(() => {
    const e = document.querySelector('hire-or-share');
    e.dispatchEvent(new CustomEvent('hire-or-share-change'));
    e.dispatchEvent(new CustomEvent('hire-or-share-change', { detail: { link: 'v=1&role=drh&days-per-week=4' } }));
  });
  await page.waitForTimeout(300);
  assert.equal(await w.locator('#hos-role').inputValue(), 'daf');
  assert.equal(await w.locator('[data-key="shared-time-annual"]').getAttribute('data-value'), before);
  assert.deepEqual(problems.consoleErrors, []);
});
