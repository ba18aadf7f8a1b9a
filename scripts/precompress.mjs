// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each file
// of www/ a browser downloads (html, JavaScript, CSS, wasm, JSON, SVG, text),
// with Node's zlib (no system package), for scripts/serve.mjs or any static
// server that serves precompressed files (Content-Encoding).
//
//   node scripts/precompress.mjs [--root www]
//
// Called by scripts/build-widget.sh after the build. It first deletes every
// .br and .gz under the root, so that none is left from a file since removed
// or changed, then writes them all again; a compressed copy no smaller than
// its original is not written (the server sends the original). The copies
// are generated (git-ignored, .gitignore); scripts/serve.mjs sends one only
// if it is at least as recent as its original, so that an original edited
// after the build is never shadowed by its stale copy.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The extensions worth compressing (images like PNG are compressed already). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.ts', '.md', '.txt', '.xml']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export async function precompress(root) {
  const all = [];
  for await (const file of files(root)) all.push(file);
  await Promise.all(all.filter((f) => /\.(br|gz)$/u.test(f)).map((f) => rm(f)));
  let raw = 0;
  let br = 0;
  let gz = 0;
  const done = await Promise.all(all.filter((f) => COMPRESSIBLE.has(extname(f))).map(async (file) => {
    const body = await readFile(file);
    const [b, g] = await Promise.all([
      // The parameters of scripts/size.sh: the bytes it counts are the ones served.
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip(body, { level: 9 }),
    ]);
    // Written after their original was read: their mtime is at least its.
    if (b.length < body.length) await writeFile(`${file}.br`, b);
    if (g.length < body.length) await writeFile(`${file}.gz`, g);
    raw += body.length;
    br += Math.min(b.length, body.length);
    gz += Math.min(g.length, body.length);
    return file;
  }));
  return { files: done.length, raw, br, gz };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--root');
  const root = resolve(i >= 0 ? args[i + 1] : fileURLToPath(new URL('../www', import.meta.url)));
  const { files: n, raw, br, gz } = await precompress(root);
  console.log(`precompressed ${n} files of ${relative(process.cwd(), root) || '.'}: ${raw} bytes, ${br} brotli 11, ${gz} gzip -9`);
}
