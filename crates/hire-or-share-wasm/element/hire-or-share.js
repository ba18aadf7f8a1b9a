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
// `lang`, once for the whole page.
//
// This is the source: scripts/build-widget.sh bundles it with wasm-bindgen's
// glue, minified, into www/hire-or-share.js (one module to download), and
// minifies hire-or-share.css beside it. URLs below are relative to that
// built file, which sits beside www/pkg.
import init, { mount } from '../../../www/pkg/hire_or_share_wasm.js';

const modules = {};
let bundled;

// `mount` from the module for `lang` ('fr' or 'en'). The bundled glue holds
// the first language the page asks for; a second language on the same page
// gets its own copy of the glue (a module instance holds one wasm instance).
function load(lang) {
  modules[lang] ??= (async () => {
    const wasm = new URL(`./pkg/hire_or_share_wasm_${lang}_bg.wasm`, import.meta.url);
    if ((bundled ??= lang) === lang) {
      await init({ module_or_path: wasm });
      return mount;
    }
    const glue = await import(new URL(`./pkg/hire_or_share_wasm.js?${lang}`, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
    return glue.mount;
  })();
  return modules[lang];
}

class HireOrShare extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('./hire-or-share.css', import.meta.url).href;
    root.append(style);
    const attributes = {};
    for (const { name, value } of this.attributes) attributes[name] = value;
    const lang = this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'fr';
    // As the Rust side reads it: any tag starting with "en" is English.
    const mount = await load(/^\s*en/i.test(lang) ? 'en' : 'fr');
    // A share link (?v=1&…) in the page's address restores its scenario,
    // unless the element says otherwise (ignore-url); `link` gives one directly.
    const query = this.getAttribute('link') ?? (this.hasAttribute('ignore-url') ? undefined : window.location.search);
    // Today's local date: a scenario with no date gets today's rules, and a
    // notice past the last period the module knows.
    const now = new Date();
    const today = new Date(now - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
    mount(root, attributes, lang, query, today);
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('hire-or-share-ready', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('hire-or-share')) customElements.define('hire-or-share', HireOrShare);
