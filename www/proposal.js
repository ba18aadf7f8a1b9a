// The proposal page (proposal.html): reads a pinned share link's scenario and
// the proposal's fields from the address (or its form), prices them with the
// JavaScript API (compare, shareLink, qrSvg: every figure and sentence from
// the core) and writes the one-page proposal, in French or English.
import init, { compare, presets, qrSvg, scenarioFromQuery, shareLink } from './pkg/hire_or_share_api.js';

// The address's parameters that are the proposal's, not the scenario's.
const FIELDS = ['client', 'provider', 'provider-logo', 'contact', 'valid-until', 'note', 'lang'];
// How long each field may be on the printed page (it holds one A4 page).
const MAX = { client: 80, provider: 80, contact: 120, note: 300 };
// How many sources the page lists (the lines with the largest amounts), and
// how long a title may be on paper: the link leads to every source in full.
const MAX_SOURCES = 4;
const MAX_TITLE = 100;

const TEXT = {
  fr: {
    title: 'Proposition — recruter ou partager un expert',
    navCalculator: 'Calculateur', navEmbed: 'Intégrer le calculateur', navProposal: 'Proposition',
    formTitle: 'Préparer une proposition',
    formLead: "Collez le lien copié dans le calculateur (« copier le lien »), remplissez l'en-tête, puis imprimez : la proposition tient sur une page A4. Tout reste dans l'adresse de cette page.",
    fLink: 'Lien du calculateur', fClient: 'Client', fProvider: 'Prestataire',
    fLogo: 'Logo (adresse de ce site ou data:)', fContact: 'Contact', fValid: "Valable jusqu'au",
    fLang: 'Langue',
    fOptions: 'Offres comparées au recrutement (par exemple shared-time:950x2,shared-time:1100x1.5)',
    fNote: 'Note (300 caractères au plus)', print: 'Imprimer la proposition',
    ignoredTitle: "Paramètres de l'adresse non lus :",
    logoRefused: "Logo ignoré : seule une image de ce site ou une adresse data:image est acceptée.",
    linkRefused: "Ce lien n'a pas de paramètres du calculateur (v=1&…).",
    pTitle: 'Proposition',
    pClient: 'Client', pIssued: "Date d'émission", pValid: "Valable jusqu'au",
    loading: 'Calcul en cours…',
    pOffers: 'Les offres face au recrutement', pCaveats: 'À savoir',
    pSources: 'Sources des principaux chiffres', pLink: 'Ce calcul, figé, en ligne :',
    pScan: 'Scannez pour ouvrir ce calcul',
    qrAlt: 'Code QR du lien vers ce calcul',
    cheapest: 'la moins chère',
    rowTerms: 'Conditions', rowAnnual: 'Coût annuel', rowFirstYear: 'Coût la première année',
    rowPerDay: 'Coût par jour de besoin', rowProfile: (m) => `Coût sur les ${m} mois du besoin`,
    rowBreakEven: 'Recruter devient moins cher au-delà de',
    reference: 'référence',
    terms: (rate, days) => `${rate} HT × ${days} j/sem.`,
    daysOnly: (days) => `${days} j/sem.`,
    breakEven: (days) => `${days} j/sem.`,
    sharedCheaperAtEveryNeed: 'jamais (moins cher à tout besoin)',
    hireCheaperAtEveryNeed: 'tout besoin (recruter coûte moins cher)',
    days: (days) => `${days} j/sem.`, headcount: (people) => `entreprise de ${people} salariés`,
    needProfile: (periods) => `besoin qui varie : ${periods}`,
    period: (m, d) => `${m} mois à ${d} j/sem.`, then: ', puis ',
    rules: (start, end) => `Règles sociales en vigueur du ${start} au ${end}.`,
    failed: "Le calcul n'a pas pu se faire",
    loadFailed: "Le module de calcul n'a pas pu être chargé.",
  },
  en: {
    title: 'Proposal — hire or share an expert',
    navCalculator: 'Calculator', navEmbed: 'Embed the calculator', navProposal: 'Proposal',
    formTitle: 'Prepare a proposal',
    formLead: "Paste the link copied from the calculator (“copy the link”), fill in the header, then print: the proposal fits on one A4 page. Everything stays in this page's address.",
    fLink: "Calculator's link", fClient: 'Client', fProvider: 'Provider',
    fLogo: 'Logo (an address on this site or data:)', fContact: 'Contact', fValid: 'Valid until',
    fLang: 'Language',
    fOptions: 'Offers compared with hiring (for example shared-time:950x2,shared-time:1100x1.5)',
    fNote: 'Note (300 characters at most)', print: 'Print the proposal',
    ignoredTitle: "Parameters of the address not read:",
    logoRefused: 'Logo ignored: only an image of this site or a data:image address is accepted.',
    linkRefused: "This link has no calculator parameters (v=1&…).",
    pTitle: 'Proposal',
    pClient: 'Client', pIssued: 'Date of issue', pValid: 'Valid until',
    loading: 'Computing…',
    pOffers: 'The offers against hiring', pCaveats: 'Good to know',
    pSources: 'Sources of the main figures', pLink: 'This computation, pinned, online:',
    pScan: 'Scan to open this computation',
    qrAlt: 'QR code of the link to this computation',
    cheapest: 'the cheapest',
    rowTerms: 'Terms', rowAnnual: 'Annual cost', rowFirstYear: 'First-year cost',
    rowPerDay: 'Cost per day of need', rowProfile: (m) => `Cost over the need's ${m} months`,
    rowBreakEven: 'Hiring becomes cheaper above',
    reference: 'reference',
    terms: (rate, days) => `${rate} excl. VAT × ${days} d/wk`,
    daysOnly: (days) => `${days} d/wk`,
    breakEven: (days) => `${days} d/wk`,
    sharedCheaperAtEveryNeed: 'never (cheaper at every need)',
    hireCheaperAtEveryNeed: 'any need (hiring is cheaper)',
    days: (days) => `${days} d/wk`, headcount: (people) => `a company of ${people} employees`,
    needProfile: (periods) => `a need that varies: ${periods}`,
    period: (m, d) => `${m} months at ${d} d/wk`, then: ', then ',
    rules: (start, end) => `Social rules in force from ${start} to ${end}.`,
    failed: 'The computation failed',
    loadFailed: 'The computing module could not be loaded.',
  },
};

const $ = (id) => document.getElementById(id);
const form = $('proposal-form');

/** The page's language: `lang=en` or French. */
const langOf = (params) => (params.get('lang') === 'en' ? 'en' : 'fr');
const locale = (lang) => (lang === 'en' ? 'en-GB' : 'fr-FR');

/** A field of the proposal, trimmed and cut to its length on paper. */
function field(params, name) {
  const value = (params.get(name) ?? '').trim();
  return MAX[name] ? value.slice(0, MAX[name]) : value;
}

/** The scenario's part of the address: every parameter but the proposal's. */
function scenarioQuery(params) {
  const rest = new URLSearchParams(params);
  for (const name of FIELDS) rest.delete(name);
  return rest.toString();
}

const money = (lang, amount) =>
  new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
    .format(Number(amount));
const number = (lang, value) => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(Number(value));

/** `YYYY-MM-DD` as "1 juillet 2026" / "1 July 2026"; other text as it is. */
function dateWords(lang, text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text ?? '');
  if (!m) return text ?? '';
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (date.getMonth() !== Number(m[2]) - 1) return text;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Today on the page's clock, `YYYY-MM-DD`. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A logo's address if it may be shown: an image of this site or a data:image URL. */
function logoSource(text) {
  if (!text) return '';
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/iu.test(text)) return text;
  try {
    const url = new URL(text, location.href);
    return url.origin === location.origin && !text.startsWith('data:') ? url.href : null;
  } catch {
    return null;
  }
}

/** A new element with its class and text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The texts of the page's static parts in `lang`. */
function translate(lang) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-t]')) {
    const text = t[node.dataset.t];
    if (typeof text === 'string') node.textContent = text;
  }
  $('p-qr').alt = t.qrAlt;
}

/** The form's fields from the address. */
function fillForm(params) {
  for (const name of FIELDS) {
    const input = form.elements.namedItem(name);
    if (input && document.activeElement !== input) input.value = params.get(name) ?? (name === 'lang' ? 'fr' : '');
  }
  const options = form.elements.namedItem('options');
  if (document.activeElement !== options) options.value = params.get('options') ?? '';
}

/** The options the table shows, as the scenario's `options` for the core: the recruit first, the
 * part-time hire when the headline weighs it against the offers, then the link's list (the offers).
 * `null` when the core's comparison already holds each of them (today's three, or a list that names them). */
function tableOptions(value) {
  const listed = value.scenario.options;
  if (!listed?.length) return null;
  const has = (kind) => listed.some((o) => o.kind === kind);
  const named = [value.answer.cheapest, value.answer.runnerUp].includes('partTimeHire');
  const missing = [...(has('fullTimeHire') ? [] : ['fullTimeHire']), ...(named && !has('partTimeHire') ? ['partTimeHire'] : [])];
  return missing.length ? [...missing.map((kind) => ({ kind })), ...listed] : null;
}

/** The columns of the offers' table, each an option of the core's comparison (its name, its figures):
 * the recruit first, then the others in the list's order. */
function columns(value) {
  const cheapest = value.options[value.cheapestOption];
  const recruit = value.options.filter((o) => o.kind === 'fullTimeHire');
  return [...recruit, ...value.options.filter((o) => o.kind !== 'fullTimeHire')]
    .map((option) => ({ option, cheapest: option === cheapest }));
}

/** One option's break-even, in words. */
function breakEvenWords(t, lang, option) {
  if (option.kind === 'fullTimeHire') return t.reference;
  const threshold = option.breakEven;
  if (!threshold) return '—';
  if (threshold.daysPerWeek !== undefined) return t.breakEven(number(lang, threshold.daysPerWeek));
  return t[threshold.none] ?? '—';
}

/** The offers side by side against the recruit. */
function offersTable(t, lang, value) {
  const cols = columns(value);
  const table = $('p-offers');
  table.replaceChildren();
  const head = el('tr');
  head.append(el('th', '', ''));
  for (const { option, cheapest } of cols) {
    const th = el('th', cheapest ? 'cheapest' : '', lang === 'en' ? option.labelEn : option.labelFr);
    th.scope = 'col';
    if (cheapest) th.append(el('span', 'badge', t.cheapest));
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const months = value.needProfile?.months;
  const rows = [
    [t.rowTerms, (o) => (o.dayRate ? t.terms(money(lang, o.dayRate), number(lang, o.daysPerWeek)) : t.daysOnly(number(lang, o.daysPerWeek)))],
    [t.rowAnnual, (o) => money(lang, o.annualCost)],
    [t.rowFirstYear, (o) => money(lang, o.firstYearCost)],
    [t.rowPerDay, (o) => money(lang, o.costPerDayOfNeed)],
    ...(months ? [[t.rowProfile(months), (o) => (o.needProfileTotal ? money(lang, o.needProfileTotal) : '—')]] : []),
    [t.rowBreakEven, (o) => breakEvenWords(t, lang, o)],
  ];
  const tbody = el('tbody');
  for (const [label, cell] of rows) {
    const tr = el('tr');
    const th = el('th', '', label);
    th.scope = 'row';
    tr.append(th);
    for (const { option, cheapest } of cols) tr.append(el('td', cheapest ? 'cheapest' : '', cell(option)));
    tbody.append(tr);
  }
  table.append(thead, tbody);
}

/** The caveats: the 24-hour rule when part-time is an option, each option's warnings, the need profile's and the rules'. */
function caveats(lang, compared) {
  const { value } = compared;
  const seen = new Set();
  const list = [];
  const add = (text, prefix = '') => {
    if (text && !seen.has(text)) {
      seen.add(text);
      list.push(prefix ? `${prefix}${lang === 'en' ? ': ' : '\u00a0: '}${text}` : text);
    }
  };
  // The 24-hour rule of part-time: in the headline's sentence when it weighs part-time, else here.
  const condition = value.answer.partTimeCondition?.text;
  if (condition && !value.answer.sentence.includes(condition)) add(condition[0].toUpperCase() + condition.slice(1));
  for (const option of value.options) {
    const label = lang === 'en' ? option.labelEn : option.labelFr;
    for (const w of option.warnings ?? []) add(w[lang], label);
  }
  for (const w of value.needProfile?.warnings ?? []) add(w[lang]);
  for (const n of compared.notices ?? []) add(n[lang]);
  if (compared.today?.value) add(compared.today.value.note);
  const ul = $('p-caveats');
  ul.replaceChildren(...list.map((text) => el('li', '', text)));
  ul.closest('section').hidden = list.length === 0;
}

/** `text` cut to MAX_TITLE characters at a word, with an ellipsis. */
function short(text) {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TITLE).replace(/[\s,;:(]+$/u, '')}…`;
}

/** The sources of the main figures: the cost lines with the largest amounts, one line per source. */
function sources(lang, value) {
  const lines = [...value.fullTimeHire.lines, ...value.options.flatMap((o) => o.lines ?? [])]
    .filter((line) => line.source)
    .sort((a, b) => Math.abs(Number(b.amount)) - Math.abs(Number(a.amount)));
  const bySource = new Map();
  for (const line of lines) {
    if (bySource.size >= MAX_SOURCES) break;
    const key = line.source.url || line.source.title;
    if (!bySource.has(key)) bySource.set(key, line.source);
  }
  const items = [...bySource.values()].map((source) => {
    const li = el('li', '', short((lang === 'en' && source.titleEn) || source.title));
    if (source.url) li.append(' — ', el('span', 'url', source.url));
    return li;
  });
  $('p-sources').replaceChildren(...items);
}

/** The need in one line: the role, the days or the profile, the headcount. */
function needLine(t, lang, value) {
  const s = value.scenario;
  const preset = presets().find((p) => p.role === s.role);
  const role = preset ? (lang === 'en' ? preset.labelEn : preset.labelFr) : s.role;
  const need = s.needProfile?.length
    ? t.needProfile(s.needProfile.map((p) => t.period(p.months, number(lang, p.daysPerWeek))).join(t.then))
    : t.days(number(lang, s.daysPerWeek));
  return `${role} · ${need} · ${t.headcount(s.headcount)}`;
}

/** The header: provider, logo, contact, client, dates. */
function header(t, lang, params) {
  $('p-provider').textContent = field(params, 'provider');
  $('p-contact').textContent = field(params, 'contact');
  $('p-client').textContent = field(params, 'client');
  $('p-issued').textContent = dateWords(lang, today());
  const valid = field(params, 'valid-until');
  $('p-valid').textContent = dateWords(lang, valid);
  $('p-valid-row').hidden = !valid;
  const note = field(params, 'note');
  $('p-note').textContent = note;
  $('p-note').hidden = !note;
  const logo = logoSource(field(params, 'provider-logo'));
  const img = $('p-logo');
  img.hidden = !logo;
  if (logo) img.src = logo;
  else img.removeAttribute('src');
  $('form-status').textContent = logo === null ? t.logoRefused : '';
}

/** The parameters of the address that were not read, on screen only. */
function showIgnored(lang, ignored) {
  $('ignored').hidden = ignored.length === 0;
  const colon = lang === 'en' ? ': ' : '\u00a0: ';
  $('ignored-list').replaceChildren(...ignored.map((i) => el('li', '', `${i.name}${colon}${i.message}`)));
}

/** The pinned link on this site's calculator, and its QR code. */
function pinnedLink(scenario, lang) {
  const query = shareLink(scenario, lang, today());
  if (query.error) return null;
  return `${new URL('./', location.href).href}?${query.value}`;
}

/** The whole proposal from the address. */
function render() {
  const params = new URLSearchParams(location.search);
  const lang = langOf(params);
  const t = TEXT[lang];
  translate(lang);
  fillForm(params);
  header(t, lang, params);
  const linked = scenarioFromQuery(scenarioQuery(params), lang).value;
  showIgnored(lang, linked.ignored);
  let compared = compare(linked.scenario, lang, today());
  // Every column an option of the core's comparison, named by the core: the recruit and the
  // part-time hire added to the link's list when it leaves them out. The link stays the link's.
  const listed = compared.value && tableOptions(compared.value);
  if (listed) compared = compare({ ...linked.scenario, options: listed }, lang, today());
  const article = $('proposal');
  if (compared.error) {
    $('p-sentence').textContent = `${t.failed} (${compared.error.field})${lang === 'en' ? ': ' : '\u00a0: '}${compared.error.message}`;
    article.setAttribute('aria-busy', 'false');
    return;
  }
  const { value } = compared;
  $('p-sentence').textContent = value.answer.sentence;
  $('p-options-sentence').textContent = value.answer.optionsSentence ?? '';
  $('p-options-sentence').hidden = !value.answer.optionsSentence;
  $('p-need').textContent = needLine(t, lang, value);
  offersTable(t, lang, value);
  caveats(lang, compared);
  sources(lang, value);
  $('p-period').textContent = t.rules(dateWords(lang, value.period.start), dateWords(lang, value.period.end));
  const link = pinnedLink(linked.scenario, lang);
  const a = $('p-link');
  a.textContent = link ?? '';
  if (link) a.href = link;
  const svg = link ? qrSvg(link) : '';
  const qr = $('p-qr');
  qr.hidden = !svg;
  qr.src = svg ? `data:image/svg+xml,${encodeURIComponent(svg)}` : '';
  qr.dataset.link = link ?? '';
  article.setAttribute('aria-busy', 'false');
  article.dataset.ready = '';
}

/** A form's change, written into the address (replacing the entry) and rendered. */
function onInput(event) {
  const input = event.target;
  const params = new URLSearchParams(location.search);
  if (input.name === 'link') {
    const text = input.value.trim();
    if (!text) return;
    const query = text.includes('?') ? text.slice(text.indexOf('?') + 1).split('#')[0] : text;
    const linked = new URLSearchParams(query);
    if (!linked.has('v')) {
      $('form-status').textContent = TEXT[langOf(params)].linkRefused;
      return;
    }
    for (const name of [...params.keys()]) if (!FIELDS.includes(name)) params.delete(name);
    for (const [name, value] of linked) if (!FIELDS.includes(name)) params.append(name, value);
  } else if (input.value.trim()) {
    params.set(input.name, input.value);
  } else {
    params.delete(input.name);
  }
  history.replaceState(null, '', `${location.pathname}?${params}`);
  render();
}

try {
  await init();
  form.addEventListener('input', onInput);
  $('print').addEventListener('click', () => window.print());
  render();
} catch (error) {
  $('p-sentence').textContent = TEXT[langOf(new URLSearchParams(location.search))].loadFailed;
  throw error;
}
