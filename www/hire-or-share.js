// <hire-or-share>: the calculator as one custom element.
//
//   <script type="module" src="hire-or-share.js"></script>
//   <hire-or-share lang="fr" gross-annual="55000"></hire-or-share>
//
// This file only defines the element; rendering and state are Rust (see
// crates/hire-or-share-wasm). The stylesheet is loaded from beside this file.
import init, { mount } from './pkg/hire_or_share_wasm.js';

const ready = init();

class HireOrShare extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('./hire-or-share.css', import.meta.url).href;
    root.append(style);
    await ready;
    mount(root, this.getAttribute('gross-annual') ?? undefined, this.getAttribute('lang') ?? document.documentElement.lang);
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('hire-or-share-ready', { bubbles: true }));
  }
}

if (!customElements.get('hire-or-share')) customElements.define('hire-or-share', HireOrShare);
