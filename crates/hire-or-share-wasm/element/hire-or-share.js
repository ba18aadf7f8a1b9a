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

// The skeleton's own style, shared by every element of the page. Its height is
// the first view's (the French page's default scenario), measured at
// container widths 288 to 960 px and fitted by straight lines, one container
// layout each (the stylesheet's breakpoint, 40rem): 3,633 px at 288, 3,291 at
// 328, 3,068 at 380, 2,935 at 448, 2,805 from 568; 2,514 at 668, 2,388 at
// 736, 2,210 at 960, then the chart's half of the width. Re-measure it when
// the first view changes (tests/e2e/loading.test.mjs prints the difference).
// Its blocks take the colour of the text at 9%, which follows a dark theme.
const SKELETON = `:host{display:block;container-type:inline-size}
.sk-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.sk{--c:rgba(128,128,128,.18);--c:color-mix(in srgb,currentColor 9%,transparent);--b:rgba(128,128,128,.08);--b:color-mix(in srgb,currentColor 4%,transparent);display:grid;gap:1rem;align-content:start;overflow:hidden;
height:max(2805px,calc(3437px - 112cqi),calc(3813px - 196cqi),calc(4698px - 429cqi),calc(6095px - 855cqi))}
.sk *{display:block;box-sizing:border-box;border-radius:.5rem;background:var(--c)}
.sk div{background:none;display:grid;gap:1rem;align-content:start}
.sk .f{gap:.25rem;padding:.25rem}
.sk .l{height:1.25rem;width:min(14rem,70%);border-radius:.25rem}
.sk .i{height:2.75rem}
.sk .h{height:6.5rem;border-radius:0;background:repeating-linear-gradient(var(--c) 0 .8rem,transparent .8rem 1.35rem)}
.sk .f:last-child .h{height:3.2rem}
.sk .c{height:1.5rem;margin:.25rem;width:min(16rem,80%)}
.sk .d{height:3.125rem;background:none;border:2px solid var(--c)}
.sk .v{height:9.5rem}
.sk .a{display:flex;gap:.5rem}
.sk .a i{height:2.75rem;width:8rem}
.sk .g{height:12.9rem;border-radius:0;background:repeating-linear-gradient(var(--c) 0 1rem,transparent 1rem 1.625rem)}
.sk .k{height:20rem;padding:1rem;border-top:4px solid var(--c);background:repeating-linear-gradient(var(--c) 0 1rem,transparent 1rem 1.6rem) content-box 0 0/100% 10.6rem no-repeat,var(--b)}
.sk .t{aspect-ratio:2;background:repeating-linear-gradient(var(--c) 0 2px,transparent 2px 20%),var(--b)}
.sk .e{height:5.4rem;border-radius:0;background:repeating-linear-gradient(var(--c) 0 1rem,transparent 1rem 1.8rem)}
@container (min-width:40rem){
.sk{height:max(calc(3750px - 185cqi),calc(2969px - 79cqi),calc(1730px + 50cqi))}
.sk .m,.sk .s{grid-template-columns:repeat(3,1fr)}
.sk .m .f{height:12.8rem}
.sk .v{height:5.3rem}
.sk .g{height:4.9rem}
.sk .k{height:26.4rem}
.sk .e{height:1.45rem}}
@media (prefers-reduced-motion:no-preference){.sk{animation:sk 1.6s ease-in-out infinite}}
@keyframes sk{50%{opacity:.55}}`;
let skeletonSheet;

// The skeleton, for a page in `english` or in French: a hidden sentence for
// screen readers, and the blocks, hidden from them.
function skeleton(english) {
  const box = document.createElement('div');
  box.setAttribute('aria-busy', 'true');
  const field = '<div class="f"><i class="l"></i><i class="i"></i><i class="h"></i></div>';
  const bar = '<i class="d"></i>';
  box.innerHTML = `<p class="sk-sr">${english ? 'Loading the calculator…' : 'Chargement du calculateur…'}</p>`
    + `<div class="sk" aria-hidden="true"><div class="f"><i class="l"></i><i class="i"></i></div><i class="c"></i>`
    + `<div class="m">${field.repeat(3)}</div>${bar.repeat(2)}<i class="v"></i><div class="a"><i></i><i></i></div>`
    + `<i class="g"></i><div class="s"><i class="k"></i><i class="k"></i><i class="k"></i></div>`
    + `<i class="t"></i><i class="e"></i>${bar.repeat(7)}</div>`;
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
    this.#mounted?.unmount();
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
