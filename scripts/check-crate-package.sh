#!/usr/bin/env bash
# Checks that the core crate is ready to publish (scripts/test.sh runs it):
# `cargo package -p hire-or-share --list` has its README and both licence
# files and no tests, test data or benchmarks; the crate's licence files are
# the repository's; its README's example is one of the crate documentation's
# examples (which run as doc tests), word for word.
set -euo pipefail
cd "$(dirname "$0")/.."

crate=crates/hire-or-share
list=$(cargo package -p hire-or-share --list --allow-dirty --locked --offline 2>/dev/null)
fail() { echo "cargo package -p hire-or-share: $*" >&2; printf '%s\n' "$list" >&2; exit 1; }

for file in Cargo.toml README.md LICENSE-MIT LICENSE-APACHE src/lib.rs; do
  grep -qx "$file" <<<"$list" || fail "$file is not in the package"
done
if grep -E '^(tests|benches)/|proptest-regressions|\.snap$|(^|/)cases/' <<<"$list"; then
  fail "tests, test data or benchmarks are in the package (the lines above)"
fi

for file in LICENSE-MIT LICENSE-APACHE; do
  cmp -s "$file" "$crate/$file" || { echo "$crate/$file differs from $file: copy it again" >&2; exit 1; }
done

# The README's ```rust block, within the crate docs (lib.rs's `//!` lines).
node --input-type=module - "$crate/README.md" "$crate/src/lib.rs" <<'JS'
import { readFileSync } from 'node:fs';
const [readme, lib] = process.argv.slice(2).map((p) => readFileSync(p, 'utf8'));
const example = /^```rust\n([\s\S]*?)^```$/m.exec(readme)?.[1];
const docs = lib.split('\n').filter((l) => l.startsWith('//!')).map((l) => l.replace(/^\/\/! ?/, '')).join('\n');
if (!example || !docs.includes(example)) {
  console.error(`${process.argv[2]}: its example is not one of the crate docs' examples (src/lib.rs), word for word`);
  process.exit(1);
}
JS
echo "the crate's package: $(wc -l <<<"$list") files, README and LICENSE-MIT/LICENSE-APACHE in, no tests or their data"
