// A small static server for www/, bound to 127.0.0.1 only.
//
//   node scripts/serve.mjs [--port 8080] [--root www] [--frame-ancestors '*']
//
// It sends `.wasm` as application/wasm and a strict Content-Security-Policy,
// and is imported by the end-to-end tests (startServer).
//
// Compression: the build writes FILE.br and FILE.gz beside each file
// (scripts/precompress.mjs); a request whose Accept-Encoding takes br (or
// else gzip) gets that copy, with Content-Encoding, the original's
// Content-Type, the copy's Content-Length and `Vary: Accept-Encoding`. A copy
// older than its original (the original edited since the build) is never
// sent: the original is.
//
// Caching: `Cache-Control: no-cache` on everything, with an ETag and
// Last-Modified, so that a browser keeps each file but asks each time whether
// it changed (a 304 without a body when not). The names are not hashed:
// a long max-age (what Lighthouse's "efficient cache policy" audit asks for,
// a diagnostic outside the score, which passes over `no-cache` responses)
// would keep a visitor on an old loader, glue or module for that long after
// an update, or on an old loader with a new module, which must match it.
//
// Other origins (issue #27): the widget's files (the loader, its stylesheet,
// pkg/ with the glue, the wasm modules and the API, frame-host.js) are sent
// with `Access-Control-Allow-Origin: *`, so that a page of another site loads
// the element from here (a module script, and the wasm the loader fetches,
// are requested in CORS mode). The pages are not. frame.html may be framed by
// the origins of `frameAncestors` (`--frame-ancestors "https://a.example
// https://b.example"`; by default any, `*`), every other page by this origin
// only: the `frame-ancestors` directive, which a <meta> CSP cannot carry.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "frame-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The files another site's page loads to show the calculator: these are
// sent with `Access-Control-Allow-Origin: *`.
const SHARED = new Set(['/hire-or-share.js', '/hire-or-share.css', '/frame-host.js']);
export const sharedAcrossOrigins = (path) => SHARED.has(path) || path.startsWith('/pkg/');

// The encodings the client accepts, by the server's preference (br, then
// gzip): those whose q-value is above 0, directly or through `*`.
export function acceptedEncodings(header = '') {
  const q = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name) => q.get(name) ?? q.get('*') ?? 0;
  return [['br', '.br'], ['gzip', '.gz']]
    .filter(([name]) => weight(name) > 0)
    .sort(([a], [b]) => weight(b) - weight(a));
}

// The file's precompressed copy for this request, if it has one no older
// than the file: { path, size, encoding, suffix }, or null.
async function compressedCopy(file, original, acceptEncoding) {
  for (const [encoding, suffix] of acceptedEncodings(acceptEncoding)) {
    const copy = await stat(file + suffix).catch(() => null);
    if (copy?.isFile() && copy.mtimeMs >= original.mtimeMs) return { path: file + suffix, size: copy.size, encoding, suffix };
  }
  return null;
}

// Whether the request's validators match: If-None-Match first (any of its
// tags, or *), else If-Modified-Since (to the second).
function notModified(req, etag, mtimeMs) {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//u, '') === etag);
  }
  const ims = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(ims) && Math.floor(mtimeMs / 1000) * 1000 <= ims;
}

/**
 * Starts the server; resolves to { server, url } once it listens.
 * `extra` maps URL paths to files outside the root (the tests serve axe-core
 * from the same origin this way, since the pages allow no other script).
 */
export function startServer({ root = fileURLToPath(new URL('../www', import.meta.url)), port = 0, extra = {}, frameAncestors = '*' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      const mapped = Object.hasOwn(extra, path) ? extra[path] : null;
      let file = mapped ?? normalize(join(base, path));
      if (!mapped && file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) throw new Error('not found');
      const copy = await compressedCopy(file, info, req.headers['accept-encoding']);
      // One tag per file version and encoding: the size and time of the
      // original, and the encoding sent.
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${copy ? copy.suffix : ''}"`;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': `${CSP}; frame-ancestors ${path === '/frame.html' ? frameAncestors : "'self'"}`,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
        etag,
        'last-modified': new Date(info.mtimeMs).toUTCString(),
        vary: 'Accept-Encoding',
      };
      if (sharedAcrossOrigins(path)) headers['access-control-allow-origin'] = '*';
      if (notModified(req, etag, info.mtimeMs)) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = req.method === 'HEAD' ? undefined : await readFile(copy ? copy.path : file);
      if (copy) headers['content-encoding'] = copy.encoding;
      headers['content-length'] = copy ? copy.size : info.size;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { url } = await startServer({
    port: Number(opt('port', 8080)),
    root: opt('root', undefined),
    frameAncestors: opt('frame-ancestors', undefined),
  });
  console.log(`hire-or-share demo: ${url}  (Ctrl-C to stop)`);
}
