// Fills the embed guide's table of assumption attributes from the Rust core,
// so the guide cannot drift from the code. Text only, never markup.
import { assumptions, defaultScenario } from './pkg/hire_or_share_wasm.js';
import { ready } from './hire-or-share.js';

const kebab = (name) => name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);

// The module must be initialized once per page: wait for the element's own start.
await ready;
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
