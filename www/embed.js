// The embed guide and its builder, in French and in English.
//
// 1. The page's language: `?lang=en` (or the switch in the header, or the
//    builder's language select) shows the guide's English blocks
//    (`data-l="en"`, embed.css) and writes the builder's labels in English.
// 2. The guide's table of assumption attributes, from the Rust core (the API),
//    so the guide cannot drift from the code. Text only, never markup.
// 3. The builder: its form is built from the API's own tables (the presets,
//    every assumption with its label, unit and group, and the core's table of
//    every scenario field, `fields()`, for those the assumptions do not
//    list: cadre, horizon, options…); what the adviser types
//    is read by the element itself (a hidden <hire-or-share>, whose reader
//    takes "950 €", "1 100", "90k"…), and the snippet pins what it read.
//    Where the element asks ("Vouliez-vous dire 1 100 € ?"), the builder
//    shows its question with a button that puts its value in the field.
//    Two or three shared-time offers (a day rate and days each, read the
//    same way) go into the scenario's `options`, the snippet's and the
//    proposal's link (proposal.html compares them side by side).
//
// The API is its own module (the element's download does not hold it), so
// only this guide loads it.
import init, { assumptions, compare, defaultScenario, fields, presets, shareLink } from './pkg/hire_or_share_api.js';

await init();

const kebab = (name) => name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
const camel = (name) => name.replace(/-([a-z])/gu, (_, c) => c.toUpperCase());
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (v === true) node.setAttribute(k, '');
    else if (v !== false && v != null) node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
};

// ---------------------------------------------------------------------------
// 1. The page's language.

// The builder's and the page's own words, French then English. The fields'
// labels that the API has (presets, assumptions) are not here.
const WORDS = {
  title: ['Intégrer le calculateur « recruter ou partager » — guide', 'Embedding the “hire or share” calculator — guide'],
  pages: ['Pages', 'Pages'],
  languages: ['Langue de la page', 'Language of the page'],
  preview: ['Aperçu', 'Preview'],
  preset: ['Expertise', 'Expertise'],
  lang: ['Langue', 'Language'],
  theme: ['Thème', 'Theme'],
  themeSystem: ['Celui du système', 'The system’s'],
  themeLight: ['Clair', 'Light'],
  themeDark: ['Sombre', 'Dark'],
  location: ['Lieu de l’entreprise', 'Where the company is'],
  locationDefault: ['Par défaut\u00a0: ', 'Default: '],
  'days-per-week': ['Jours par semaine', 'Days a week'],
  'day-rate': ['Tarif journalier HT (€)', 'Day rate excl. VAT (€)'],
  'gross-annual': ['Salaire brut annuel (€)', 'Gross annual salary (€)'],
  'need-profile': ['Besoin qui varie (mois x jours, par exemple 6x2,18x0.5)', 'A need that varies (months x days, e.g. 6x2,18x0.5)'],
  shape1: ['Un projet de 6 mois à 2 jours, puis une demi-journée', 'A 6-month project at 2 days, then half a day'],
  shape2: ['Un démarrage de 3 mois à 3 jours, puis 1 jour', 'A 3-month start at 3 days, then 1 day'],
  shape3: ['Un an à 1 jour, puis plus rien', 'A year at 1 day, then nothing'],
  host: ['Adresse de votre site, pour l’iframe', 'Your site’s address, for the iframe'],
  accent: ['Couleur principale', 'Main colour'],
  pin: ['figer les chiffres (pour une proposition)\u00a0: les règles sociales et les hypothèses d’aujourd’hui, même après leur mise à jour',
    'pin the figures (for a proposal): today’s social rules and assumptions, even after they are updated'],
  lockLegend: ['Verrouiller (affiché, non modifiable)', 'Lock (shown, not editable)'],
  hideLegend: ['Masquer', 'Hide'],
  lockAssumptions: ['les hypothèses modifiées', 'the assumptions you changed'],
  assumptionsSummary: ['Toutes les hypothèses', 'Every assumption'],
  assumptionsHint: ['Laissez un champ vide pour sa valeur par défaut, affichée en grisé (celle de l’expertise et du lieu choisis).',
    'Leave a field empty for its default, shown greyed (that of the expertise and the place chosen).'],
  company: ['L’entreprise', 'The company'],
  hire: ['Le recrutement', 'The hire'],
  shared: ['Le temps partagé', 'Shared time'],
  other: ['Autres', 'Other'],
  more: ['Le calcul', 'The calculation'],
  boolDefault: ['Par défaut', 'Default'],
  yes: ['oui', 'yes'],
  no: ['non', 'no'],
  reading: ['Lecture des valeurs…', 'Reading the values…'],
  current: ['', ''],
  stale: ['Code non mis à jour\u00a0: corrigez ', 'Code not updated: correct '],
  staleAfter: ['. Le code ci-dessous et le lien de la proposition sont ceux des dernières valeurs lues', '. The code below and the proposal’s link are those of the last values read'],
  stalePinned: [' (chiffres figés).', ' (figures pinned).'],
  staleUnpinned: [' (chiffres non figés).', ' (figures not pinned).'],
  staleNone: ['. Aucun code tant que les valeurs ne se lisent pas.', '. No code until the values read.'],
  copied: ['Code copié.', 'Code copied.'],
  copyFailed: ['Sélectionnez le code ci-dessus pour le copier.', 'Select the code above to copy it.'],
  hostNone: ['Indiquez l’adresse de votre site\u00a0: sans elle, l’iframe ne prend la hauteur de son contenu que sur le site du calculateur.',
    'Give your site’s address: without it, the iframe takes its content’s height on the calculator’s site only.'],
  hostBad: [' n’est pas une adresse http(s), comme https://votre-site.example.', ' is not an http(s) address, such as https://your-site.example.'],
  frameTitle: ['Calculateur\u00a0: recruter ou partager un expert', 'Calculator: hire or share an expert'],
  fallbackBefore: ['Chargement du calculateur… S\u2019il ne s\u2019affiche pas, ', 'Loading the calculator… If it does not appear, '],
  fallbackLink: ['ouvrez-le sur son site', 'open it on its own site'],
  offers: ['Offres de temps partagé face au recrutement (trois au plus)', 'Shared-time offers against hiring (three at most)'],
  offersHint: ['Un tarif journalier et des jours par semaine par offre, tapés comme on les écrit («\u00a01\u00a0100\u00a0€\u00a0», «\u00a01,5\u00a0»)\u00a0: '
    + 'elles vont dans le lien de la proposition et dans l’attribut options du code. Le calculateur intégré ne chiffre pas encore '
    + 'plusieurs offres (il le dit à ses visiteurs)\u00a0: la proposition imprimable et l’API JavaScript les comparent côte à côte.',
  'A day rate and days a week for each offer, typed as people write them (“1,100 €”, “1.5”): '
    + 'they go into the proposal’s link and the code’s options attribute. The embedded calculator does not price several '
    + 'offers yet (it tells its visitors so): the printable proposal and the JavaScript API compare them side by side.'],
  offer: ['Offre ', 'Offer '],
  offerAdd: ['Ajouter une offre', 'Add an offer'],
  offerRemove: ['Retirer', 'Remove'],
  offerRemoveLabel: ['Retirer l’offre ', 'Remove offer '],
};
// The places, as the core labels them (Defaults::current().locations; the
// API has no table of them).
const LOCATIONS = [
  ['paris', 'Paris et petite couronne', 'Paris and the inner suburbs'],
  ['ile-de-france', 'Reste de l\u2019Île-de-France', 'Rest of Île-de-France'],
  ['large-city', 'Grande ville hors Île-de-France (Lyon, Marseille, Lille…)', 'A large city outside Île-de-France (Lyon, Marseille, Lille…)'],
  ['elsewhere', 'Ailleurs', 'Elsewhere'],
];

const langParam = new URLSearchParams(window.location.search).get('lang');
let pageLang = langParam === 'en' ? 'en' : 'fr';
const en = () => pageLang === 'en';
const w = (key, lang = pageLang) => WORDS[key][lang === 'en' ? 1 : 0];
const byLang = (fr, english) => (en() ? english : fr);

// Every [data-w] element's text, and [data-w-aria]'s label, in the page's language.
function relabel() {
  document.documentElement.lang = pageLang;
  document.title = w('title');
  for (const node of document.querySelectorAll('[data-w]')) node.textContent = w(node.dataset.w);
  for (const node of document.querySelectorAll('[data-w-aria]')) node.setAttribute('aria-label', w(node.dataset.wAria));
  for (const link of document.querySelectorAll('.lang-switch a')) {
    if (link.hreflang === pageLang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

// ---------------------------------------------------------------------------
// 2. The guide's table of assumption attributes.

const TABLE = assumptions();
const dafDefaults = defaultScenario('daf', 'fr').value ?? {};
function fillAttributeTable() {
  const body = document.getElementById('assumption-attributes');
  body.replaceChildren(...TABLE.map((a) => {
    const [label, unit] = en() ? [a.labelEn, a.unitEn] : [a.labelFr, a.unitFr];
    return el('tr', {},
      el('td', {}, el('code', { text: kebab(a.field) })),
      el('td', { text: unit ? `${label} (${unit}).` : `${label}.` }),
      el('td', { text: String(dafDefaults[a.field] ?? '—') }));
  }));
}

// ---------------------------------------------------------------------------
// 3. The builder.

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const reader = document.getElementById('reader');
const snippet = document.getElementById('snippet');
const snippetStatus = document.getElementById('snippet-status');
const frameSnippet = document.getElementById('frame-snippet');
const hostStatus = document.getElementById('host-status');
const escapeAttr = (v) => v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
const escapeText = (v) => v.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
// The folder this guide is served from, which holds the calculator's files.
const base = new URL('./', document.baseURI);
const at = (path) => new URL(path, base).href;
const PRESETS = presets();

// The scenario's fields of the builder, in the order of the snippet's
// attributes: `attr` is the element's attribute (kebab-case), `field` the
// API's name. Labels: the API's where it has one (`api`), else WORDS.
const byField = new Map(TABLE.map((a) => [a.field, a]));
const MAIN = [
  { attr: 'preset', field: 'role', kind: 'preset', lock: true, hide: true, short: ['expertise', 'expertise'] },
  { attr: 'location', field: 'location', kind: 'location', lock: true, hide: true, short: ['lieu', 'place'] },
  { attr: 'headcount', field: 'headcount', kind: 'number', api: byField.get('headcount'), lock: true, hide: true, short: ['effectif', 'headcount'] },
  { attr: 'gross-annual', field: 'grossAnnual', kind: 'number', lock: true, hide: true, short: ['salaire', 'salary'] },
  { attr: 'day-rate', field: 'dayRate', kind: 'number', lock: true, hide: true, short: ['tarif', 'day rate'] },
  { attr: 'days-per-week', field: 'daysPerWeek', kind: 'number', lock: true, short: ['jours', 'days'] },
  { attr: 'need-profile', field: 'needProfile', kind: 'need', lock: true, short: ['besoin qui varie', 'need that varies'] },
];
const promoted = new Set(MAIN.map((f) => f.field));
// Every other assumption, as the API lists and groups them.
const MORE = TABLE.filter((a) => !promoted.has(a.field)).map((a) => ({
  attr: kebab(a.field), field: a.field, kind: a.value === 'true' || a.value === 'false' ? 'bool' : 'number', api: a,
}));
// Every other scenario field, from the core's table of fields: a control of
// its kind, its label the core's. Not the date and the version of the
// defaults, which pinning sets.
const listed = new Set([...promoted, ...MORE.map((f) => f.field), 'date', 'defaults']);
const KINDS = { switch: 'bool', optionalSwitch: 'bool', wholeNumber: 'number', decimal: 'number', text: 'text' };
const REST = fields().value.filter((i) => !listed.has(i.json)).map((i) => ({
  attr: i.flag, field: i.json, kind: typeof i.kind === 'string' ? (KINDS[i.kind] ?? 'text') : 'choice',
  choices: i.kind.choice ?? null, info: i,
}));
const FIELDS = [...MAIN, ...MORE, ...REST];
const SETTINGS = new Set(['lang', 'theme', 'locked', 'hide']);

const labelOf = (f, lang = pageLang) => {
  if (f.of) return w(f.of, lang);
  if (f.info) {
    const label = lang === 'en' ? f.info.labelEn : f.info.labelFr;
    return label.charAt(0).toUpperCase() + label.slice(1);
  }
  if (!f.api) return w(f.attr === 'preset' ? 'preset' : f.attr, lang);
  const [label, unit] = lang === 'en' ? [f.api.labelEn, f.api.unitEn] : [f.api.labelFr, f.api.unitFr];
  return unit ? `${label} (${unit})` : label;
};

// One field: its label, its control, its error (the element's message).
function fieldBox(f) {
  const id = `b-${f.attr}`;
  let control;
  if (f.kind === 'preset') {
    control = el('select', { id, name: f.attr });
    for (const p of PRESETS) control.append(el('option', { value: p.role }));
  } else if (f.kind === 'location') {
    control = el('select', { id, name: f.attr }, el('option', { value: '' }));
    for (const [key] of LOCATIONS) control.append(el('option', { value: key }));
  } else if (f.kind === 'choice') {
    control = el('select', { id, name: f.attr }, el('option', { value: '' }));
    for (const key of f.choices) control.append(el('option', { value: key, text: key }));
  } else if (f.kind === 'bool') {
    control = el('select', { id, name: f.attr }, el('option', { value: '' }), el('option', { value: 'true' }), el('option', { value: 'false' }));
  } else {
    control = el('input', {
      id, name: f.attr, autocomplete: 'off', spellcheck: 'false',
      inputmode: f.kind === 'number' ? 'decimal' : null, list: f.kind === 'need' ? 'need-shapes' : null,
    });
  }
  control.setAttribute('aria-describedby', `${id}-error`);
  f.control = control;
  f.label = el('label', { for: id });
  f.error = el('p', { class: 'field-error', id: `${id}-error` });
  return el('div', { class: `field field-${f.kind}` }, f.label, control, f.error);
}

const checkbox = (name, value, key, extra = {}) => el('label', { class: 'check' },
  el('input', { type: 'checkbox', name, value, ...extra }), el('span', { 'data-w': key }));

function buildForm() {
  const main = el('div', { class: 'builder-grid' });
  const setting = (key, control) => el('div', { class: 'field' }, el('label', { for: control.id, 'data-w': key }), control);
  const langSelect = el('select', { id: 'b-lang', name: 'lang' },
    el('option', { value: 'fr', lang: 'fr', text: 'Français' }), el('option', { value: 'en', lang: 'en', text: 'English' }));
  const theme = el('select', { id: 'b-theme', name: 'theme' },
    el('option', { value: '', 'data-w': 'themeSystem' }), el('option', { value: 'light', 'data-w': 'themeLight' }),
    el('option', { value: 'dark', 'data-w': 'themeDark' }));
  main.append(fieldBox(MAIN[0]), setting('lang', langSelect), setting('theme', theme), ...MAIN.slice(1).map(fieldBox));
  const shapes = el('datalist', { id: 'need-shapes' },
    el('option', { value: '6x2,18x0.5', 'data-w': 'shape1' }), el('option', { value: '3x3,9x1', 'data-w': 'shape2' }),
    el('option', { value: '12x1,12x0', 'data-w': 'shape3' }));
  main.append(shapes,
    setting('host', el('input', { id: 'b-host', name: 'host', type: 'url', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://votre-site.example' })),
    setting('accent', el('input', { id: 'b-accent', name: 'accent', type: 'color', value: '#0b5cad' })));

  // Every assumption, grouped as the API groups them, collapsed.
  const groups = el('div', { class: 'builder-groups' });
  for (const group of ['company', 'hire', 'shared', 'other']) {
    const fields = [...MORE.filter((f) => f.api.group === group), ...REST.filter((f) => f.info.group === group)];
    if (!fields.length) continue;
    groups.append(el('fieldset', { class: 'builder-grid' }, el('legend', { 'data-w': group }), ...fields.map(fieldBox)));
  }
  // The fields the defaults do not group (cadre, the horizon, the options…).
  const ungrouped = REST.filter((f) => !f.info.group);
  if (ungrouped.length) groups.append(el('fieldset', { class: 'builder-grid' }, el('legend', { 'data-w': 'more' }), ...ungrouped.map(fieldBox)));
  const more = el('details', { class: 'builder-more', id: 'builder-assumptions' },
    el('summary', { 'data-w': 'assumptionsSummary' }), el('p', { class: 'hint', 'data-w': 'assumptionsHint' }), groups);

  const lock = el('fieldset', { class: 'checks' }, el('legend', { 'data-w': 'lockLegend' }),
    ...MAIN.filter((f) => f.lock).map((f) => checkbox('locked', f.attr, `short-${f.attr}`)),
    checkbox('lock-assumptions', 'true', 'lockAssumptions'));
  const hide = el('fieldset', { class: 'checks' }, el('legend', { 'data-w': 'hideLegend' }),
    ...MAIN.filter((f) => f.hide).map((f) => checkbox('hide', f.attr, `short-${f.attr}`)));
  for (const f of MAIN) WORDS[`short-${f.attr}`] = f.short;
  const pin = el('div', { class: 'builder-pin' }, checkbox('pin', 'true', 'pin', { checked: true }));
  const offerBox = el('fieldset', { class: 'builder-offers', id: 'builder-offers' }, el('legend', { 'data-w': 'offers' }),
    el('p', { class: 'hint', 'data-w': 'offersHint' }), offerList,
    el('p', {}, el('button', { type: 'button', id: 'offer-add', 'data-w': 'offerAdd' })));
  form.replaceChildren(main, offerBox, more, pin, lock, hide);
  offerBox.querySelector('#offer-add').addEventListener('click', () => {
    const row = addOffer();
    row.fields[0].control.focus();
  });
}

// The offers side by side (two or three shared-time offers against the
// recruit): each a row of a day rate and days a week, typed as people write
// them and read by a hidden element of their own (see `read`), written into
// the scenario's `options` as `shared-time:1100x1.5`. An empty field of a
// row is the builder's own (its day rate, its days).
const MAX_OFFERS = 3;
const offerList = el('div', { class: 'offer-list' });
const offers = [];
let offerSerial = 0;
function addOffer() {
  if (offers.length >= MAX_OFFERS) return offers[offers.length - 1];
  const n = ++offerSerial;
  const row = { fields: [] };
  for (const [attr, field] of [['day-rate', 'dayRate'], ['days-per-week', 'daysPerWeek']]) {
    const f = { attr: `offer-${n}-${attr}`, field, kind: 'number', of: attr };
    fieldBox(f);
    row.fields.push(f);
  }
  row.legend = el('legend');
  row.remove = el('button', { type: 'button', class: 'offer-remove' });
  row.remove.addEventListener('click', () => {
    offers.splice(offers.indexOf(row), 1);
    row.box.remove();
    labelOffers();
    document.getElementById('offer-add').focus();
    read();
  });
  row.box = el('fieldset', { class: 'offer builder-grid' }, row.legend,
    ...row.fields.map((f) => f.control.parentNode), el('div', { class: 'field offer-actions' }, row.remove));
  offers.push(row);
  offerList.append(row.box);
  labelOffers();
  return row;
}
const offerFields = () => offers.flatMap((row) => row.fields);
// Each row's name by its place, its labels, and as placeholders what an
// empty field gets: the builder's day rate and days, as read.
function labelOffers() {
  offers.forEach((row, i) => {
    row.legend.textContent = `${w('offer')}${i + 1}`;
    row.remove.textContent = w('offerRemove');
    row.remove.setAttribute('aria-label', `${w('offerRemoveLabel')}${i + 1}`);
    for (const f of row.fields) {
      f.label.textContent = labelOf(f);
      const value = lastScenario?.[f.field];
      f.control.placeholder = value == null ? '' : shown(value);
    }
  });
  const add = document.getElementById('offer-add');
  if (add) add.hidden = offers.length >= MAX_OFFERS;
}

// The labels, options and placeholders in the page's language; `scenario`:
// the values the element read last (the defaults shown in empty fields).
let lastScenario = null;
function labelForm() {
  form.elements.host.placeholder = byLang('https://votre-site.example', 'https://your-site.example');
  for (const f of FIELDS) {
    f.label.textContent = labelOf(f);
    if (f.kind === 'preset') {
      for (const option of f.control.options) {
        const p = PRESETS.find((x) => x.role === option.value);
        option.textContent = en() ? p.labelEn : p.labelFr;
      }
    } else if (f.kind === 'location') {
      for (const option of f.control.options) {
        const zone = LOCATIONS.find(([key]) => key === (option.value || (lastScenario?.location ?? 'paris')));
        const name = zone ? zone[en() ? 2 : 1] : '';
        option.textContent = option.value ? name : `${w('locationDefault')}${name}`;
      }
    }
  }
  showDefaults();
  labelOffers();
}

// Each empty field shows the value it gets: the element's reading of the
// scenario (the role's preset, the place's levy and office…).
const shown = (value) => (en() ? String(value) : String(value).replace('.', ','));
function showDefaults() {
  const fallback = defaultScenario(form.elements.preset.value, 'fr').value ?? {};
  const values = lastScenario ?? fallback;
  for (const f of FIELDS) {
    const value = values[f.field];
    if (f.kind === 'number') f.control.placeholder = value == null ? '' : shown(value);
    if (f.kind === 'choice') {
      f.control.options[0].textContent = value == null || value === '' ? w('boolDefault') : `${w('boolDefault')} (${value})`;
    }
    if (f.kind === 'bool') {
      // A switch left to follow another field (the payroll tax) has no value of its own.
      const own = value === true || value === false || value === 'true' || value === 'false';
      f.control.options[0].textContent = own ? `${w('boolDefault')} (${w(String(value) === 'true' ? 'yes' : 'no')})` : w('boolDefault');
      for (const [i, key] of [[1, 'yes'], [2, 'no']]) f.control.options[i].textContent = w(key);
    }
  }
}

// What the adviser set: each field's text as typed, in the builder's order.
function typed() {
  const out = [];
  for (const f of FIELDS) {
    const value = f.control.value.trim();
    if (value) out.push([f, f.kind === 'need' || f.kind === 'text' ? value.slice(0, 200) : value.slice(0, 60)]);
  }
  return out;
}

// The display settings: language, theme, fields locked and hidden.
function settings(changed) {
  const data = new FormData(form);
  const attrs = [['lang', data.get('lang')]];
  if (data.get('theme')) attrs.push(['theme', data.get('theme')]);
  const locked = data.getAll('locked');
  if (data.get('lock-assumptions')) {
    for (const [f] of changed) if ((f.api || f.info) && !promoted.has(f.field)) locked.push(f.attr);
  }
  if (locked.length) attrs.push(['locked', locked.join(',')]);
  if (data.getAll('hide').length) attrs.push(['hide', data.getAll('hide').join(',')]);
  return attrs;
}

// The host's origin, for the iframe's `parent`: the frame posts its height to
// that origin only. Empty or not an http(s) address: none.
function hostOrigin() {
  const value = String(form.elements.host.value).trim();
  if (!value) return { origin: null, status: w('hostNone') };
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { origin: url.origin, status: '' };
  } catch {
    // Not an address: said below.
  }
  return { origin: null, status: `«\u00a0${value.slice(0, 80)}\u00a0»${w('hostBad')}` };
}

// What the element's tag holds: shown in its place by the browser until the
// loader runs, and for good if the loader never arrives, so that a failed
// load is never a blank: it says so, and links to the calculator on its own
// site, on the same figures.
function fallback(lang, page) {
  return `${escapeText(w('fallbackBefore', lang))}<a href="${escapeAttr(page)}">${escapeText(w('fallbackLink', lang))}</a>.`;
}

// Reading. What the adviser typed goes, as typed, to a hidden element in the
// builder's language: the element reads it as it reads a visitor's typing
// (widget/number.rs: "950 €", "1 100", "1.100" in French, "90k"…) and tells
// the scenario it read in its `hire-or-share-change` event, every value in
// plain text; a field it cannot read has its message in the element
// (`#hos-<field>-error`, `aria-invalid`), and no event comes. The snippet is
// written from the values read only: a field that does not read shows the
// element's message here, and the snippet stays the last one written, said
// to be so. The API's strict reading is the fallback for a message (a field
// the element has no control for).
let reading = null;
let last = null; // The last snippet written: { attrs, pinned, accent, query }.

//
// Each offer (two or three shared-time offers side by side) is read the
// same way, by a hidden element of its own: the builder's fields with the
// offer's day rate and days in place of the builder's; the `dayRate` and
// `daysPerWeek` it reads are the offer's. The snippet waits for every one.
function read() {
  const changed = typed();
  const lang = form.elements.lang.value;
  const state = { lang, pending: 0, main: null, offers: [] };
  const mount = (fields) => {
    const element = document.createElement('hire-or-share');
    element.setAttribute('lang', lang);
    element.setAttribute('ignore-url', '');
    if (!fields.some(([f]) => f.attr === 'preset')) element.setAttribute('preset', form.elements.preset.value);
    for (const [f, value] of fields) element.setAttribute(f.of ?? f.attr, value);
    const one = { element, changed: fields, lang, detail: null };
    let ready = false;
    element.addEventListener('hire-or-share-change', (e) => { one.detail = e.detail; });
    element.addEventListener('hire-or-share-ready', () => {
      if (ready) return;
      ready = true;
      state.pending -= 1;
      if (reading === state && state.pending === 0) done(state);
    });
    state.pending += 1;
    return one;
  };
  state.main = mount(changed);
  const shared = changed.filter(([f]) => f.attr !== 'day-rate' && f.attr !== 'days-per-week' && f.field !== 'options');
  for (const row of offers) {
    const own = row.fields.map((f) => [f, f.control.value.trim().slice(0, 60)]).filter(([, v]) => v);
    if (own.length) state.offers.push(mount([...shared, ...own]));
  }
  // An offer's reading names its own fields only.
  for (const offer of state.offers) offer.own = offer.changed.filter(([f]) => f.of);
  reading = state;
  reader.replaceChildren(state.main.element, ...state.offers.map((o) => o.element));
  setState('reading');
}

// The element's message for each field it could not read, and its
// question when the field reads two ways (the `ask` class of its error, with
// a `button.fix` for each value it offers: widget/view.rs, `ask`).
function unread(state, fields = state.changed, fallback = true) {
  const root = state.element.shadowRoot;
  const errors = [];
  for (const [f, value] of fields) {
    const input = root?.querySelector(`[name="${f.field}"][aria-invalid="true"]`);
    if (!input) continue;
    const message = root.getElementById(`hos-${f.field}-error`);
    errors.push([f, message?.textContent.trim() || value, message?.classList.contains('ask') ? message : null]);
  }
  if (!errors.length && fallback) {
    // The core's own message, by the field it names.
    const scenario = Object.fromEntries(fields.map(([f, v]) => [f.field, v]));
    const error = compare(scenario, state.lang).error;
    const f = fields.find(([x]) => x.field === error?.field)?.[0] ?? FIELDS.find((x) => x.field === error?.field)
      ?? fields[0]?.[0] ?? FIELDS[0];
    errors.push([f, error?.message ?? '']);
  }
  return errors;
}

function done(state) {
  for (const f of [...FIELDS, ...offerFields()]) {
    f.error.textContent = '';
    f.error.classList.remove('ask');
    f.control.removeAttribute('aria-invalid');
  }
  const { main } = state;
  // An offer's own field that does not read, whatever the builder's fields do.
  const offerErrors = state.offers.flatMap((o) => (o.detail ? [] : unread(o, o.own, false)));
  if (!main.detail) return refuse([...unread(main), ...offerErrors]);
  const scenario = main.detail.scenario;
  lastScenario = scenario;
  labelForm();
  // An offer that did not read for another reason: the core's message.
  for (const o of state.offers) {
    if (!o.detail && !offerErrors.some(([f]) => o.own.some(([x]) => x === f))) offerErrors.push(...unread(o, o.own));
  }
  if (offerErrors.length) return refuse(offerErrors);
  // The values read, in plain text, of the fields the adviser set; a field
  // the element does not hold (the options) as typed.
  const values = main.changed.map(([f, typedValue]) => [f, String(scenario[f.field] ?? (f.info ? typedValue : ''))]);
  // The offers, as read, after the options typed (if any).
  const offered = state.offers.map((o) => `shared-time:${o.detail.scenario.dayRate}x${o.detail.scenario.daysPerWeek}`);
  if (offered.length) {
    const optionsField = FIELDS.find((f) => f.field === 'options');
    const typedOptions = values.find(([f]) => f === optionsField);
    if (typedOptions) typedOptions[1] = [typedOptions[1], ...offered].join(',');
    else values.push([optionsField, offered.join(',')]);
  }
  const role = String(scenario.role);
  const attrs = settings(main.changed);
  const pinned = form.elements.pin.checked;
  // The pinned link, for the snippet when pinned, and always for the proposal.
  const outcome = shareLink(Object.fromEntries([['role', role], ...values.map(([f, v]) => [f.field, v])]), state.lang);
  let query;
  if (pinned) {
    if (outcome.error) {
      const f = FIELDS.find((x) => x.field === outcome.error.field) ?? FIELDS[0];
      return refuse([[f, outcome.error.message]]);
    }
    query = outcome.value;
    attrs.push(['link', query]);
  } else {
    const plain = values.filter(([f]) => f.attr !== 'preset').map(([f, v]) => [f.attr, v]);
    query = ['v=1', `role=${encodeURIComponent(role)}`, ...plain.map(([n, v]) => `${n}=${encodeURIComponent(v)}`)].join('&');
    const order = [attrs[0], ['preset', role], ...attrs.slice(1).filter(([n]) => n === 'theme'), ...plain,
      ...attrs.filter(([n]) => n === 'locked' || n === 'hide')];
    attrs.splice(0, attrs.length, ...order);
  }
  const proposal = outcome.value ?? query;
  last = { attrs, pinned, accent: form.elements.accent.value, query, proposal, lang: state.lang };
  write();
  setState('current');
}

// A field that does not read: its message beside it (the assumptions opened
// if it is one of them), and the snippet marked as not updated.
function refuse(errors) {
  for (const [f, message, ask] of errors) {
    if (ask) question(f, ask);
    else f.error.textContent = message;
    f.control.setAttribute('aria-invalid', 'true');
    if (f.control.closest('details')) f.control.closest('details').open = true;
  }
  const names = errors.map(([f]) => `«\u00a0${nameOf(f)}\u00a0»`).join(', ');
  const after = !last ? w('staleNone') : `${w('staleAfter')}${w(last.pinned ? 'stalePinned' : 'staleUnpinned')}`;
  snippetStatus.textContent = `${w('stale')}${names}${after}`;
  setState('stale');
}

// A field's name in a message: an offer's with its row's.
function nameOf(f) {
  const row = offers.findIndex((r) => r.fields.includes(f));
  return row < 0 ? labelOf(f) : `${w('offer')}${row + 1}, ${labelOf(f).charAt(0).toLowerCase()}${labelOf(f).slice(1)}`;
}

// The element's question beside the builder's field, as the element words
// it: its text, and for each value it offers a button of the builder that
// puts that value in the field and reads again. Text only: each of the
// element's text nodes and buttons is copied by its text.
function question(f, ask) {
  f.error.classList.add('ask');
  f.error.replaceChildren(...[...ask.childNodes].map((node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || !node.matches('button.fix[data-value]')) return document.createTextNode(node.textContent);
    const fix = el('button', { type: 'button', class: 'fix', 'data-value': node.dataset.value, text: node.textContent });
    const label = node.getAttribute('aria-label');
    if (label) fix.setAttribute('aria-label', label);
    fix.addEventListener('click', () => {
      // As the element writes a value it fixes: in the reading's language.
      f.control.value = form.elements.lang.value === 'en' ? fix.dataset.value : fix.dataset.value.replace('.', ',');
      f.control.focus();
      read();
    });
    return fix;
  }));
}

function setState(state) {
  form.dataset.state = state;
  // The proposal's link is written from the same values as the snippets.
  for (const node of [snippet, frameSnippet, document.getElementById('proposal-link')]) {
    node.dataset.state = state;
    // While a reading runs, the snippet stays marked as it was.
    if (state !== 'reading') node.dataset.shown = state;
  }
  if (state === 'current') snippetStatus.textContent = '';
}

// The snippets and the preview, from the last values read.
function write() {
  const { origin, status } = hostOrigin();
  hostStatus.textContent = status;
  if (!last) return;
  const { attrs, accent, query, proposal, lang } = last;
  // The printable proposal of these figures, pinned, offers side by side.
  document.getElementById('proposal-link').href = `proposal.html?${proposal}${lang === 'en' ? '&lang=en' : ''}`;
  const attributes = attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
  const style = accent.toLowerCase() === '#0b5cad' ? '' : ` style="--hos-accent: ${escapeAttr(accent)}"`;
  snippet.textContent = `<script type="module" src="${escapeAttr(at('hire-or-share.js'))}"></script>\n`
    + `<hire-or-share${attributes}${style}>${fallback(lang, at(`./?${query}`))}</hire-or-share>`;
  // The iframe: the settings, the scenario's link and the host's origin in
  // its address; frame-host.js sizes it to its content.
  const settingsQuery = attrs.filter(([n]) => SETTINGS.has(n)).map(([n, v]) => `${n}=${encodeURIComponent(v)}`);
  const frameQuery = [...settingsQuery, query, ...(origin ? [`parent=${encodeURIComponent(origin)}`] : [])].join('&');
  frameSnippet.textContent = `<iframe src="${escapeAttr(at(`frame.html?${frameQuery}`))}" data-hire-or-share title="${escapeAttr(w('frameTitle', lang))}"></iframe>\n`
    + `<script type="module" src="${escapeAttr(at('frame-host.js'))}"></script>`;
  // The preview is the snippet's element: its attributes, as they change
  // (the element mounts again on them, its stylesheet kept).
  let element = preview.querySelector('hire-or-share');
  if (!element) {
    element = document.createElement('hire-or-share');
    preview.replaceChildren(element);
  }
  const wanted = new Map([...attrs, ['ignore-url', '']]);
  for (const { name } of [...element.attributes]) {
    if (!wanted.has(name) && name !== 'data-ready' && name !== 'style') element.removeAttribute(name);
  }
  for (const [n, v] of wanted) if (element.getAttribute(n) !== v) element.setAttribute(n, v);
  if (element.style.getPropertyValue('--hos-accent') !== accent) element.style.setProperty('--hos-accent', accent);
}

// The page's language: the guide's text, the builder's labels, the address.
function setLang(lang, { fromBuilder = false } = {}) {
  pageLang = lang === 'en' ? 'en' : 'fr';
  relabel();
  fillAttributeTable();
  labelForm();
  introSnippet();
  const url = new URL(window.location.href);
  url.searchParams.set('lang', pageLang);
  window.history.replaceState(null, '', url);
  hostStatus.textContent = hostOrigin().status;
  if (!fromBuilder && form.elements.lang.value !== pageLang) {
    form.elements.lang.value = pageLang;
    read();
  }
}

// The guide's first example, with this site's addresses.
function introSnippet() {
  document.getElementById('intro-snippet').textContent = `<script type="module" src="${at('hire-or-share.js')}"></script>\n`
    + `<hire-or-share lang="${pageLang}" preset="daf" days-per-week="1">${fallback(pageLang, at('./'))}</hire-or-share>`;
}

buildForm();
form.elements.lang.value = pageLang;
setLang(pageLang);

form.addEventListener('input', (e) => {
  if (e.target.name === 'lang') setLang(e.target.value, { fromBuilder: true });
  if (e.target.name === 'host' || e.target.name === 'accent') {
    if (last) last.accent = form.elements.accent.value;
    write();
    return;
  }
  read();
});
form.addEventListener('submit', (e) => e.preventDefault());
for (const link of document.querySelectorAll('.lang-switch a')) {
  link.addEventListener('click', (e) => {
    e.preventDefault();
    setLang(link.hreflang);
  });
}
for (const [button, code] of [['copy-snippet', snippet], ['copy-frame-snippet', frameSnippet]]) {
  document.getElementById(button).addEventListener('click', async () => {
    const status = document.getElementById(`${button}-status`);
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = w('copied');
    } catch {
      status.textContent = w('copyFailed');
    }
  });
}
read();
