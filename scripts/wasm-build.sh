# Sourced by build-widget.sh and size-report.sh: how the wasm is built, on
# the pinned stable toolchain (rust-toolchain.toml) with stable flags only.
# Sets target_dir (the shipped modules' own target directory, so that their
# RUSTFLAGS do not rebuild the tests' target/) and exports RUSTFLAGS, then
# names wasm-opt and its flags.
target_dir=target/wasm-release
# RUSTFLAGS applies to the wasm target only (cargo is given --target), not to
# build scripts; WASM_RUSTFLAGS replaces it, for measuring a flag.
# -zstack-size (a stable linker argument): a 512 KiB stack (the default is
# 1 MiB; the widget's deepest call needs a few tens of KB) puts the static
# data below 1 MiB, where each of its addresses in the code is one byte
# shorter: -143 bytes gzip of the French page (73,622 -> 73,479). The stack
# stays first, so an overflow still traps. (-Cllvm-args=--inline-threshold=0,
# an LLVM-internal option the unstable build also used, saves 12 bytes more:
# not kept.)
export RUSTFLAGS="${WASM_RUSTFLAGS--Clink-arg=-zstack-size=524288}"
# wasm-opt after wasm-bindgen (binaryen from npm: node_modules/.bin/wasm-opt).
# --flatten --rereloop before -Oz lets binaryen rebuild the control flow
# smaller (-450 bytes gzip). --low-memory-unused: the low 1 KB of memory is
# the bottom of the 512 KiB stack, which Rust places first (the data segment
# starts above it), so only a stack overflow could reach it (-470 bytes gzip).
# --merge-similar-functions first, before the control flow is rebuilt: it
# merges functions that differ only in constants (the monomorphized copies
# of a generic, the shims of similar imports) into one with the constants as
# arguments; -Oz runs it later, where it finds less (-327 bytes gzip of the French page, 75,850 -> 75,523).
# --generate-global-effects (what each function may touch, for the passes
# after it), --rse and --local-cse (redundant sets and expressions) first:
# -146 bytes gzip. Not --traps-never-happen (-415): it would turn a bug that
# traps into one that goes on with wrong numbers. --strip-producers: the
# tools' names and versions, which no browser reads.
# The --enable flags are the features rustc 1.95 emits by default; binaryen
# rejects the module without them.
wasm_opt=node_modules/.bin/wasm-opt
wasm_opt_flags=(--merge-similar-functions --low-memory-unused --generate-global-effects --rse --local-cse
  --flatten --rereloop -Oz -Oz --converge --strip-producers
  --enable-bulk-memory --enable-sign-ext --enable-reference-types --enable-multivalue
  --enable-nontrapping-float-to-int --enable-mutable-globals)
