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
// each with the text of its language only, the editor of a need that varies
// included; an element loads the one for its `lang`, once for the whole page.
//
// The element follows its attributes: a change remounts it on the new ones
// (a host or a framework setting `days-per-week` sees the result follow). It
// releases everything when it leaves the page: its listeners, on the shadow
// root and the window, and its state (`Mounted.unmount`).
//
// This is the source: scripts/build-widget.sh bundles it with wasm-bindgen's
// glue, minified, into www/hire-or-share.js (one module to download), and
// minifies hire-or-share.css beside it. URLs below are relative to that
// built file, which sits beside www/pkg.
import init, { mount } from '../../../www/pkg/hire_or_share_wasm.js';

const modules = {};
let bundled;

// `mount` from the module for `lang` ('fr' or 'en'). The bundled glue holds
// the first language the page asks for; the other gets its own copy of its
// glue (a module instance holds one wasm instance).
function load(lang) {
  return (modules[lang] ??= (async () => {
    const wasm = new URL(`./pkg/hire_or_share_wasm_${lang}_bg.wasm`, import.meta.url);
    if ((bundled ??= lang) === lang) {
      await init({ module_or_path: wasm });
      return mount;
    }
    const glue = await import(new URL(`./pkg/hire_or_share_wasm.js?${lang}`, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
    return glue.mount;
  })());
}

class HireOrShare extends HTMLElement {
  #mounted;
  #observer;

  async connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!root.firstChild) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL('./hire-or-share.css', import.meta.url).href;
      root.append(style);
    }
    this.#observer ??= new MutationObserver((changes) => {
      if (changes.some((c) => c.attributeName !== 'data-ready')) this.#start();
    });
    this.#observer.observe(this, { attributes: true });
    await this.#start();
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('hire-or-share-ready', { bubbles: true, composed: true }));
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#mounted?.unmount();
    this.#mounted = undefined;
  }

  // Mounts the calculator on the element's attributes, in place of what it
  // showed; `data-ready`, the loader's own, is not one.
  async #start() {
    const attributes = {};
    for (const { name, value } of this.attributes) {
      if (name !== 'data-ready') attributes[name] = value;
    }
    const lang = this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'fr';
    // As the Rust side reads it: any tag starting with "en" is English.
    const mountIn = await load(/^\s*en/i.test(lang) ? 'en' : 'fr');
    // Disconnected while the module loaded: nothing to mount.
    if (!this.isConnected) return;
    // A share link (?v=1&…) in the page's address restores its scenario,
    // unless the element says otherwise (ignore-url). `link` gives one
    // directly, for a page whose address has none: a link in the address
    // wins over it, as it is what "copy the link" gave a visitor of this
    // page, and it must reopen on what they saw, not on the page's `link`.
    const address = this.hasAttribute('ignore-url') ? '' : window.location.search;
    const link = /[?&]v=/.test(address) ? address : (this.getAttribute('link') ?? address);
    // Today's local date: a scenario with no date gets today's rules, and a
    // notice past the last period the module knows.
    const now = new Date();
    const today = new Date(now - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
    const root = this.shadowRoot;
    this.#mounted?.unmount();
    root.replaceChildren(root.firstChild);
    this.#mounted = mountIn(root, attributes, lang, link, today);
  }
}

if (!customElements.get('hire-or-share')) customElements.define('hire-or-share', HireOrShare);
