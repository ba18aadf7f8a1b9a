// Gives the imports of a wasm-bindgen module short names, in the wasm and in
// its JavaScript glue together: `./hire_or_share_wasm_bg.js` becomes `$` and
// `__wbg_setAttribute_9e7d603908f63705` becomes `$5`. The long names, with
// their hashes, are incompressible bytes in both files (about 2.0 KB gzip of
// the element's download). Run by scripts/build-widget.sh after wasm-opt,
// before the glue is minified:
//
//   node scripts/short-imports.mjs www/pkg/NAME.js www/pkg/NAME_bg.wasm
//
// Fails, changing nothing, if the glue does not name each import exactly once
// as a key of its imports object (a wasm-bindgen upgrade that changed it).
import { readFileSync, writeFileSync } from 'node:fs';

const [gluePath, wasmPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) {
  console.error('usage: node scripts/short-imports.mjs GLUE.js MODULE_bg.wasm');
  process.exit(2);
}
const fail = (message) => {
  console.error(`short-imports: ${message}`);
  process.exit(1);
};

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

// --- The wasm binary: unsigned LEB128 and names. ---
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}
const encodeName = (text) => Buffer.concat([encodeLeb(Buffer.byteLength(text)), Buffer.from(text, 'utf8')]);

// The end of an import's description, after its kind byte.
function skipDescription(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p];
    let next = leb(bytes, p + 1)[1];
    if (flags & 1) next = leb(bytes, next)[1];
    return next;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    default: return fail(`import kind ${kind} is not handled`);
  }
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
let at = 8;
const parts = [wasm.subarray(0, 8)];
const renames = new Map();
let moduleName;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  const end = start + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, start);
  const imports = [];
  for (let i = 0; i < count; i++) {
    let module;
    let name;
    [module, p] = readName(wasm, p);
    [name, p] = readName(wasm, p);
    const kind = wasm[p];
    const next = skipDescription(wasm, kind, p + 1);
    if (moduleName === undefined) moduleName = module;
    if (module !== moduleName) fail(`imports from two modules: ${moduleName}, ${module}`);
    imports.push({ name, description: wasm.subarray(p, next) });
    p = next;
  }
  // Short names by the imports' own names, not by their order in the module
  // (which wasm-opt may change from one build to another): the French and
  // English modules, which import the same functions, share one glue.
  for (const name of imports.map((i) => i.name).sort()) {
    if (renames.has(name)) fail(`import ${name} twice`);
    renames.set(name, `$${renames.size.toString(36)}`);
  }
  const entries = [encodeLeb(count)];
  for (const { name, description } of imports) {
    entries.push(encodeName('$'), encodeName(renames.get(name)), description);
  }
  if (p !== end) fail('the import section does not end where it says');
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeLeb(body.length), body);
  at = end;
}
if (moduleName === undefined) fail('no imports');

// --- The glue: each import is one key of one object, named once. ---
const once = (text, pattern, replacement, what) => {
  const found = text.match(new RegExp(pattern.source, 'g')) ?? [];
  if (found.length !== 1) fail(`${what} appears ${found.length} times in ${gluePath}, not once`);
  return text.replace(pattern, replacement);
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
for (const [name, short] of renames) {
  glue = once(glue, new RegExp(`(?<![\\w$])${escape(name)}(?=\\s*:)`, 'u'), short, `import ${name}`);
}
glue = once(glue, new RegExp(`"${escape(moduleName)}"(?=\\s*:)`, 'u'), '"$"', `module ${moduleName}`);

writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renames.size} imports of ${moduleName} renamed in ${wasmPath}`);
