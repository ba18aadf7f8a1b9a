// The calculator for sites that accept no script: in an iframe, with the same
// settings as the element's attributes in the frame's address
// (frame.html?lang=en&preset=drh&days-per-week=1.5&locked=day-rate&theme=dark,
// or a pinned share link's parameters: frame.html?lang=en&v=1&role=drh&…).
// The frame tells its parent its height, so the host can size the iframe and
// never show a scrollbar (see frame-host.js). It tells it to one origin only:
// the host's, given in the address (`parent=https://host.example`, what the
// embed builder writes), else its own (a page of the calculator's own site);
// a parent of another origin never receives it.
import './hire-or-share.js';

const query = window.location.search.slice(1);
const params = new URLSearchParams(query);
const element = document.createElement('hire-or-share');
// Settings become attributes (text only); scenario values go through the
// share-link reader, which ignores and lists bad ones one by one.
for (const name of ['lang', 'theme', 'locked', 'hide']) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value.slice(0, 200));
}
if (params.get('lang')) document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'fr';
// The link: the address's parameters but `parent`, which is the frame's own,
// with the link's version unless the address gives it.
const parts = query.split('&').filter((part) => part && !/^parent(=|$)/u.test(part));
if (!parts.some((part) => /^v(=|$)/u.test(part))) parts.unshift('v=1');
element.setAttribute('link', parts.join('&'));
document.getElementById('slot').append(element);

// The host's origin: an http(s) origin from `parent`, else this frame's own.
function hostOrigin() {
  try {
    const url = new URL(params.get('parent') ?? '');
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
  } catch {
    // Not a URL: this frame's own origin.
  }
  return window.location.origin;
}

if (window.parent !== window) {
  const target = hostOrigin();
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      // Dropped by the browser when the parent is not of `target`'s origin.
      window.parent.postMessage({ type: 'hire-or-share:height', height }, target);
    }
  };
  new ResizeObserver(report).observe(document.body);
  element.addEventListener('hire-or-share-ready', report);
}
