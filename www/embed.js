// Fills the embed guide's table of assumption attributes from the Rust core,
// so the guide cannot drift from the code. Text only, never markup.
// The API is its own module (the element's download does not hold it), so
// only this guide loads it.
import init, { assumptions, defaultScenario, shareLink } from './pkg/hire_or_share_api.js';

const kebab = (name) => name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);

await init();
const body = document.getElementById('assumption-attributes');
const defaults = defaultScenario('daf', 'fr').value ?? {};
for (const a of assumptions()) {
  const row = document.createElement('tr');
  const name = document.createElement('td');
  const code = document.createElement('code');
  code.textContent = kebab(a.field);
  name.append(code);
  const role = document.createElement('td');
  role.textContent = a.unitFr ? `${a.labelFr} (${a.unitFr}).` : `${a.labelFr}.`;
  const value = document.createElement('td');
  value.textContent = String(defaults[a.field] ?? '—');
  row.append(name, role, value);
  body.append(row);
}

// The embed builder: a live preview and the exact snippets for the settings,
// the element's and the iframe's. Their addresses are absolute, those of the
// site that serves this guide (and the calculator's files, with
// `Access-Control-Allow-Origin: *`): a snippet works where it is pasted.
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const frameSnippet = document.getElementById('frame-snippet');
const hostStatus = document.getElementById('host-status');
const escapeAttr = (v) => v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
const escapeText = (v) => v.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
// The folder this guide is served from, which holds the calculator's files.
const base = new URL('./', document.baseURI);
const at = (path) => new URL(path, base).href;

// What the element's tag holds: shown in its place by the browser until the
// loader runs (then the element draws its skeleton, in its shadow root), and
// for good if the loader never arrives (a server down, a header missing), so
// that a failed load is never a blank: it says so, and links to the
// calculator on its own site, on the same figures.
function fallback(english, page) {
  const [before, link, after] = english
    ? ['Loading the calculator… If it does not appear, ', 'open it on its own site', '.']
    : ['Chargement du calculateur… S\u2019il ne s\u2019affiche pas, ', 'ouvrez-le sur son site', '.'];
  return `${escapeText(before)}<a href="${escapeAttr(page)}">${escapeText(link)}</a>${escapeText(after)}`;
}

// The host's origin, for the iframe's `parent`: the frame posts its height to
// that origin only. Empty or not an http(s) address: none.
function hostOrigin() {
  const value = String(new FormData(form).get('host') ?? '').trim();
  if (!value) return { origin: null, status: 'Indiquez l\u2019adresse de votre site\u00a0: sans elle, l\u2019iframe ne prend la hauteur de son contenu que sur le site du calculateur.' };
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { origin: url.origin, status: '' };
  } catch {
    // Not an address: said below.
  }
  return { origin: null, status: `«\u00a0${value.slice(0, 80)}\u00a0» n\u2019est pas une adresse http(s), comme https://votre-site.example.` };
}

function settings() {
  const data = new FormData(form);
  const attrs = [['lang', data.get('lang')], ['preset', data.get('preset')]];
  if (data.get('theme')) attrs.push(['theme', data.get('theme')]);
  for (const name of ['gross-annual', 'day-rate', 'days-per-week']) {
    const value = String(data.get(name) ?? '').trim();
    if (value) attrs.push([name, value.slice(0, 40)]);
  }
  // A need profile: 24 periods of "60x4.5" at most, so a longer text is refused by the element.
  const need = String(data.get('need-profile') ?? '').trim();
  if (need) attrs.push(['need-profile', need.slice(0, 200)]);
  if (data.get('exit-when-need-ends')) attrs.push(['exit-when-need-ends', 'true']);
  for (const list of ['locked', 'hide']) {
    const values = data.getAll(list);
    if (values.length) attrs.push([list, values.join(',')]);
  }
  if (data.get('pin')) pin(attrs);
  return { attrs, accent: String(data.get('accent')) };
}

// A proposal's figures, pinned: the scenario's fields go into one `link`
// attribute that names its version of the defaults and its rules' first day
// (from Rust: shareLink), so the element opens on the same figures after a
// new year's rules or new defaults. A value the core refuses stays an
// attribute, so that the preview shows its error next to its field.
function pin(attrs) {
  const settings = new Set(['lang', 'theme', 'locked', 'hide']);
  const camel = (name) => name.replace(/-([a-z])/gu, (_, c) => c.toUpperCase());
  const scenario = {};
  for (const [name, value] of attrs) {
    if (!settings.has(name)) scenario[name === 'preset' ? 'role' : camel(name)] = value;
  }
  const { value: query } = shareLink(scenario, String(attrs[0][1]));
  if (query === undefined) return;
  const kept = attrs.filter(([name]) => settings.has(name));
  attrs.splice(0, attrs.length, ...kept, ['link', query]);
}

// The share-link query of the settings' scenario: the pinned link, else the
// scenario's attributes (the link reader takes the same names).
function scenarioQuery(attrs) {
  const pinned = attrs.find(([name]) => name === 'link');
  if (pinned) return pinned[1];
  const settings = new Set(['lang', 'theme', 'locked', 'hide']);
  const pairs = attrs.filter(([name]) => !settings.has(name));
  return ['v=1', ...pairs.map(([n, v]) => `${n}=${encodeURIComponent(v)}`)].join('&');
}

function render() {
  const { attrs, accent } = settings();
  const element = document.createElement('hire-or-share');
  for (const [name, value] of attrs) element.setAttribute(name, value);
  // The preview must not follow this guide's own address as a share link.
  element.setAttribute('ignore-url', '');
  element.style.setProperty('--hos-accent', accent);
  preview.replaceChildren(element);
  const english = attrs[0][1] === 'en';
  const query = scenarioQuery(attrs);
  const attributes = attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
  const style = accent.toLowerCase() === '#0b5cad' ? '' : ` style="--hos-accent: ${escapeAttr(accent)}"`;
  snippet.textContent = `<script type="module" src="${escapeAttr(at('hire-or-share.js'))}"></script>\n`
    + `<hire-or-share${attributes}${style}>${fallback(english, at(`./?${query}`))}</hire-or-share>`;
  // The iframe: the settings, the scenario's link and the host's origin in
  // its address; frame-host.js sizes it to its content.
  const { origin, status } = hostOrigin();
  hostStatus.textContent = status;
  const settingsQuery = attrs
    .filter(([name]) => ['lang', 'theme', 'locked', 'hide'].includes(name))
    .map(([n, v]) => `${n}=${encodeURIComponent(v)}`);
  const frameQuery = [...settingsQuery, query, ...(origin ? [`parent=${encodeURIComponent(origin)}`] : [])].join('&');
  const title = english ? 'Calculator: hire or share an expert' : 'Calculateur\u00a0: recruter ou partager un expert';
  frameSnippet.textContent = `<iframe src="${escapeAttr(at(`frame.html?${frameQuery}`))}" data-hire-or-share title="${escapeAttr(title)}"></iframe>\n`
    + `<script type="module" src="${escapeAttr(at('frame-host.js'))}"></script>`;
}

// The guide's first example, with this site's addresses.
document.getElementById('intro-snippet').textContent = `<script type="module" src="${at('hire-or-share.js')}"></script>\n`
  + `<hire-or-share lang="fr" preset="daf" days-per-week="1">${fallback(false, at('./'))}</hire-or-share>`;

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (e) => e.preventDefault());
for (const [button, code] of [['copy-snippet', snippet], ['copy-frame-snippet', frameSnippet]]) {
  document.getElementById(button).addEventListener('click', async () => {
    const status = document.getElementById(`${button}-status`);
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = 'Code copié.';
    } catch {
      status.textContent = 'Sélectionnez le code ci-dessus pour le copier.';
    }
  });
}
render();
