// For the page that hosts the calculator in an iframe, on its own site or on
// another (the embed builder writes this, with the host's origin in `parent`):
//   <iframe src="https://calc.example/frame.html?preset=daf&parent=https://host.example"
//           data-hire-or-share title="Calculateur : recruter ou partager un expert"></iframe>
//   <script type="module" src="https://calc.example/frame-host.js"></script>
// Sizes each such iframe to its content: the frame posts its height to the
// origin named by `parent` only. Only messages from the iframe's own window,
// of the origin of its address (the calculator's), of the expected shape and
// a sane height, are used.
//
// The iframes are also given a full width and no border, at no specificity
// (`:where`), so that any rule of the host's stylesheet wins; from a
// constructed stylesheet, which a strict `style-src 'self'` allows, where a
// `style` attribute in the snippet would be refused.
const frames = () => [...document.querySelectorAll('iframe[data-hire-or-share]')];

const sheet = new CSSStyleSheet();
sheet.replaceSync(':where(iframe[data-hire-or-share]){display:block;width:100%;border:0}');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

window.addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (event.origin !== new URL(frame.src, document.baseURI).origin) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || data.type !== 'hire-or-share:height') return;
  const height = Number(data.height);
  if (!Number.isFinite(height) || height < 100 || height > 20000) return;
  frame.style.height = `${Math.ceil(height)}px`;
});
