// The element's WebAssembly modules, one per language, as built into www/pkg
// by scripts/build-widget.sh: each holds the text of its own language and
// none of the other's (the core's `fr` and `en` features).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './browser.mjs';

const text = (lang) => readFileSync(join(repo, 'www', 'pkg', `hire_or_share_wasm_${lang}_bg.wasm`)).toString('utf8');

// Text from each layer: the widget's form, the core's labels, formulas,
// sources of the defaults, notices and error messages.
const french = ['Besoin, en jours par semaine', 'Allocations familiales', 'brut + {} de cotisations patronales',
  'Estimation\u00a0: 52 semaines', 'Peu de cadres dirigeants', "n'est pas compris entre", 'Saisissez un nombre entier.'];
const english = ['Need, in days a week', 'Family benefits', 'gross + {} employer contributions',
  'Estimate: 52 weeks', 'Few senior executives', 'is not between', 'Enter a whole number.'];

test('the French module has French text only, the English module English text only', () => {
  const fr = text('fr');
  const en = text('en');
  for (const s of french) {
    assert.ok(fr.includes(s), `French module lacks ${s}`);
    assert.ok(!en.includes(s), `English module has ${s}`);
  }
  for (const s of english) {
    assert.ok(en.includes(s), `English module lacks ${s}`);
    assert.ok(!fr.includes(s), `French module has ${s}`);
  }
  // Legal citations are French documents, quoted as they are in both.
  assert.ok(fr.includes('urssaf.fr — Plafonds de la Sécurité sociale 2026'));
  assert.ok(en.includes('urssaf.fr — Plafonds de la Sécurité sociale 2026'));
});

test('the editor of a need that varies is in each language\'s module, in its language only', () => {
  // One module per language, the editor included: opening it downloads nothing more.
  const fr = text('fr');
  const en = text('en');
  assert.ok(fr.includes('Ajouter une période') && !fr.includes('Add a period'));
  assert.ok(en.includes('Add a period') && !en.includes('Ajouter une période'));
  assert.ok(fr.includes('Un besoin qui varie'));
  assert.ok(en.includes('A need that varies'));
});
