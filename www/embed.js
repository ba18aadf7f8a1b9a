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

// The embed builder: a live preview and the exact snippet for the settings.
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const escapeAttr = (v) => v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

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

function render() {
  const { attrs, accent } = settings();
  const element = document.createElement('hire-or-share');
  for (const [name, value] of attrs) element.setAttribute(name, value);
  // The preview must not follow this guide's own address as a share link.
  element.setAttribute('ignore-url', '');
  element.style.setProperty('--hos-accent', accent);
  preview.replaceChildren(element);
  const attributes = attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
  const style = accent.toLowerCase() === '#0b5cad' ? '' : ` style="--hos-accent: ${escapeAttr(accent)}"`;
  snippet.textContent = '<script type="module" src="https://votre-site.example/hire-or-share.js"></script>\n'
    + `<hire-or-share${attributes}${style}></hire-or-share>`;
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('copy-snippet').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    status.textContent = 'Code copié.';
  } catch {
    status.textContent = 'Sélectionnez le code ci-dessus pour le copier.';
  }
});
render();
