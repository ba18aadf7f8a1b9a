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
// root and the window, and its state (`Mounted.free`).
//
// Until the module is ready, the element shows a skeleton: grey blocks shaped
// like the form and the answer, as tall as the first view they stand for,
// drawn synchronously when the element connects, from a constructed
// stylesheet (no request, and allowed by `style-src 'self'`). The answer
// replaces it once both the module and hire-or-share.css are in, so nothing
// moves on the way. Before this script runs, the host page reserves the place
// itself (see embed.html): `hire-or-share:not([data-ready]) { display: block;
// min-height: 100vh; }` (the calculator is taller than a screen).
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

// The skeleton's own style, shared by every element of the page: a title's
// bar, then fields' bars, in the colour of the text at 9% (which follows a
// dark theme), as tall as the first view or a little taller, never shorter.
// That height is the French page's default scenario's, measured on 8
// December 2026 at container widths 288 to 960 px (4,610 px at 288, 4,219 at
// 328, 3,900 at 380, 3,533 at 488, 3,379 at 608; 3,229 at 648, 2,930 at 736,
// 2,627 at 868, 2,450 from 960) and bounded above by straight lines, one set
// per container layout (the stylesheet's breakpoint, 40rem). Measure it again
// when the first view changes (tests/e2e/loading.test.mjs prints both).
const SKELETON = `:host{display:block;container-type:inline-size}
.sk-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sk{--c:color-mix(in srgb,currentColor 9%,transparent);
height:max(3385px,calc(7446px - 983cqi),calc(5128px - 317cqi),calc(4272px - 150cqi));
background:linear-gradient(var(--c) 0 0) 0 0/min(14rem,70%) 1.25rem no-repeat,
repeating-linear-gradient(var(--c) 0 2.75rem,transparent 2.75rem 4.5rem,var(--c) 4.5rem 5.75rem,transparent 5.75rem 7rem) 0 2rem/100% calc(100% - 2rem) no-repeat}
@container (min-width:40rem){.sk{height:max(calc(5422px - 337.5cqi),calc(5146px - 300cqi),calc(4260px - 187.5cqi))}}
@media (prefers-reduced-motion:no-preference){.sk{animation:sk 1.6s ease-in-out infinite}}
@keyframes sk{50%{opacity:.55}}`;
let skeletonSheet;

// The skeleton, for a page in `english` or in French: a hidden sentence for
// screen readers, and the blocks, hidden from them.
function skeleton(english) {
  const box = document.createElement('div');
  box.setAttribute('aria-busy', 'true');
  const said = document.createElement('p');
  said.className = 'sk-sr';
  said.textContent = english ? 'Loading the calculator…' : 'Chargement du calculateur…';
  const blocks = document.createElement('div');
  blocks.className = 'sk';
  blocks.setAttribute('aria-hidden', 'true');
  box.append(said, blocks);
  return box;
}

// As the Rust side reads it: any tag starting with "en" is English.
const isEnglish = (lang) => /^\s*en/i.test(lang);

class HireOrShare extends HTMLElement {
  #mounted;
  #observer;
  #style;
  #styled;

  async connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!root.firstChild) {
      // The stylesheet, then the skeleton until it and the module are in:
      // the answer drawn before its style would move as the style arrives.
      const style = (this.#style = document.createElement('link'));
      this.#styled = new Promise((resolve) => {
        style.onload = style.onerror = resolve;
      });
      style.rel = 'stylesheet';
      style.href = new URL('./hire-or-share.css', import.meta.url).href;
      if (!skeletonSheet) {
        skeletonSheet = new CSSStyleSheet();
        skeletonSheet.replaceSync(SKELETON);
      }
      root.adoptedStyleSheets = [skeletonSheet];
      root.append(style, skeleton(isEnglish(this.#lang())));
    }
    this.#observer ??= new MutationObserver((changes) => {
      if (changes.some((c) => c.attributeName !== 'data-ready')) this.#start();
    });
    this.#observer.observe(this, { attributes: true });
    try {
      await this.#start();
    } catch {
      // The module did not load: the tag's own content (the embed snippet's
      // message and link), or failing that a sentence, never a blank.
      const slot = document.createElement('slot');
      slot.textContent = isEnglish(this.#lang())
        ? 'The calculator could not load.'
        : 'Le calculateur n’a pas pu se charger.';
      root.replaceChildren(slot);
      return;
    }
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('hire-or-share-ready', { bubbles: true, composed: true }));
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#mounted?.free();
    this.#mounted = undefined;
  }

  // Mounts the calculator on the element's attributes, in place of what it
  // showed; `data-ready`, the loader's own, is not one.
  async #start() {
    const attributes = {};
    for (const { name, value } of this.attributes) {
      if (name !== 'data-ready') attributes[name] = value;
    }
    const lang = this.#lang();
    const [mountIn] = await Promise.all([load(isEnglish(lang) ? 'en' : 'fr'), this.#styled]);
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
    this.#mounted?.free();
    // All but the stylesheet, which stays in place (taken out and put back,
    // it would be requested again).
    while (root.lastChild !== this.#style) root.lastChild.remove();
    this.#mounted = mountIn(root, attributes, lang, link, today);
  }

  #lang() {
    return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'fr';
  }
}

if (!customElements.get('hire-or-share')) customElements.define('hire-or-share', HireOrShare);
