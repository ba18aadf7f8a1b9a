// The calculator for sites that accept no script: in an iframe, with the same
// settings as the element's attributes in the frame's address
// (frame.html?lang=en&preset=drh&days-per-week=1.5&locked=day-rate&theme=dark).
// The frame tells its parent its height, and only its parent, so the host can
// size the iframe and never show a scrollbar (see frame-host.js).
import './hire-or-share.js';

const params = new URLSearchParams(window.location.search);
const element = document.createElement('hire-or-share');
// Settings become attributes (text only); scenario values go through the
// share-link reader, which ignores and lists bad ones one by one.
for (const name of ['lang', 'theme', 'locked', 'hide']) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value.slice(0, 200));
}
if (params.get('lang')) document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'fr';
element.setAttribute('link', `v=1&${window.location.search.slice(1)}`);
document.getElementById('slot').append(element);

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'hire-or-share:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(document.body);
  element.addEventListener('hire-or-share-ready', report);
}
