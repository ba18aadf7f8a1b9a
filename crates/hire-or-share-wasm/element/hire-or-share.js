// <hire-or-share>: the calculator as one custom element.
//
//   <script type="module" src="hire-or-share.js"></script>
//   <hire-or-share lang="fr" preset="daf" days-per-week="1"></hire-or-share>
//
// This file only defines the element; the form, the state and the rendering
// are Rust (crates/hire-or-share-wasm), drawn into an open shadow root. The
// stylesheet is loaded from beside this file; theme it with --hos-* custom
// properties (see embed.html).
//
// The WebAssembly module comes in one build per language (French, English),
// each with the text of its language only; an element loads the one for its
// `lang`, once for the whole page. The editor of a need that varies is in a
// second build per language (with `_profile` in its name), loaded only when
// a visitor opens "a need that varies", or when the element's attributes or
// link bring a profile: the first download stays small (README, Measuring).
//
// This is the source: scripts/build-widget.sh bundles it with wasm-bindgen's
// glue, minified, into www/hire-or-share.js (one module to download), and
// minifies hire-or-share.css beside it. URLs below are relative to that
// built file, which sits beside www/pkg.
import init, { mount } from '../../../www/pkg/hire_or_share_wasm.js';

const modules = {};
let bundled;

// `mount` from the module for `lang` ('fr' or 'en'), with the profile's
// editor or not. The bundled glue holds the first language the page asks
// for without it; any other module gets its own copy of its glue (a module
// instance holds one wasm instance).
function load(lang, profile) {
  const name = profile ? '_profile' : '';
  return (modules[lang + name] ??= (async () => {
    const wasm = new URL(`./pkg/hire_or_share_wasm_${lang}${name}_bg.wasm`, import.meta.url);
    if (!profile && (bundled ??= lang) === lang) {
      await init({ module_or_path: wasm });
      return mount;
    }
    const glue = await import(new URL(`./pkg/hire_or_share_wasm${name}.js?${lang}`, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
    return glue.mount;
  })());
}

const sheet = (name) => {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL(`./${name}.css`, import.meta.url).href;
  return style;
};

class HireOrShare extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = sheet('hire-or-share');
    root.append(style);
    const attributes = {};
    for (const { name, value } of this.attributes) attributes[name] = value;
    const lang = this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'fr';
    // As the Rust side reads it: any tag starting with "en" is English.
    const code = /^\s*en/i.test(lang) ? 'en' : 'fr';
    // A share link (?v=1&…) in the page's address restores its scenario,
    // unless the element says otherwise (ignore-url). `link` gives one
    // directly, for a page whose address has none: a link in the address
    // wins over it, as it is what "copy the link" gave a visitor of this
    // page, and it must reopen on what they saw, not on the page's `link`.
    const address = this.hasAttribute('ignore-url') ? '' : window.location.search;
    let link = /[?&]v=/.test(address) ? address : (this.getAttribute('link') ?? address);
    // Today's local date: a scenario with no date gets today's rules, and a
    // notice past the last period the module knows.
    const now = new Date();
    const today = new Date(now - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
    // The scenario of each result, as a link: the element with the editor
    // starts from the last one. An event of the same name without a link
    // (a host's own) changes nothing and throws nothing.
    this.addEventListener('hire-or-share-change', (e) => {
      if (typeof e.detail?.link === 'string') link = e.detail.link;
    });
    let profile;
    // The element, with the editor of a need that varies or without it, in
    // place of what the shadow root holds.
    const start = async (editor) => {
      const mount = await load(code, (profile = editor));
      root.replaceChildren(style);
      if (editor) root.append(sheet('hire-or-share-profile'));
      mount(root, attributes, lang, link, today);
    };
    await start('need-profile' in attributes || /need-profile=/.test(link));
    // Opening "a need that varies" without the editor: the element with it
    // takes this one's place, on the same scenario, the disclosure open and
    // its title focused.
    root.addEventListener('click', (e) => {
      if (!profile && e.target.closest?.('.need-panel>summary')) {
        start(true).then(() => root.querySelector('.need-panel>summary').focus());
      }
    });
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('hire-or-share-ready', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('hire-or-share')) customElements.define('hire-or-share', HireOrShare);
