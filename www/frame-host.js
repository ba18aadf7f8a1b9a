// For the page that hosts the calculator in an iframe:
//   <iframe src="https://calc.example/frame.html?preset=daf" data-hire-or-share
//           title="Calculateur recruter ou partager" style="width:100%;border:0"></iframe>
//   <script src="https://calc.example/frame-host.js" type="module"></script>
// Sizes each such iframe to its content. Only messages from the iframe's own
// window and origin, of the expected shape and a sane height, are used.
const frames = () => [...document.querySelectorAll('iframe[data-hire-or-share]')];

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
