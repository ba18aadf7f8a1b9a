// Types of the <hire-or-share> element's module (`hire-or-share`, also
// `hire-or-share/element`). Importing it defines the custom element; it
// exports no value. Hand-written: the loader is JavaScript
// (crates/hire-or-share-wasm/element/hire-or-share.js); the event's detail
// is the API's `ChangeDetail`, generated with the API's declarations.
import type { ChangeDetail } from './pkg/hire_or_share_api.js';

export type { ChangeDetail };

/** The `<hire-or-share>` element. Its scenario is set through kebab-case attributes (`preset`, `days-per-week`, `link`…). */
export interface HireOrShareElement extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'hire-or-share': HireOrShareElement;
  }
  interface HTMLElementEventMap {
    /** Every new result: the scenario (every field as text), its share-link query and the headline figures. */
    'hire-or-share-change': CustomEvent<ChangeDetail>;
    /** The element is ready (its `data-ready` attribute is set). */
    'hire-or-share-ready': CustomEvent<null>;
  }
}
