# Sourced by build-widget.sh and size-report.sh: how the wasm is built.
# Sets target_dir and small_std (cargo arguments), and, unless SMALL_STD=0,
# the unstable flags that rebuild std for size (see build-widget.sh).
if [ "${SMALL_STD:-1}" = 1 ]; then
  target_dir=target/wasm-small-std
  small_std=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
  # -zstack-size: a 512 KiB stack (the default is 1 MiB; the widget's
  # deepest call needs a few tens of KB) puts the static data below 1 MiB,
  # where each of its addresses in the code is one byte shorter (-110 bytes
  # gzip). The stack stays first, so an overflow still traps.
  export RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Cllvm-args=--inline-threshold=0 -Clink-arg=-zstack-size=524288"
else
  target_dir=target
  small_std=()
fi

# wasm-opt after wasm-bindgen (binaryen from npm: node_modules/.bin/wasm-opt).
# --flatten --rereloop before -Oz lets binaryen rebuild the control flow
# smaller (-450 bytes gzip). --low-memory-unused: the low 1 KB of memory is
# the bottom of the 1 MiB stack, which Rust places first (the data segment
# starts at 1 MiB), so only a stack overflow could reach it (-470 bytes gzip).
# --generate-global-effects (what each function may touch, for the passes
# after it), --rse and --local-cse (redundant sets and expressions) first:
# -146 bytes gzip. Not --traps-never-happen (-415): it would turn a bug that
# traps into one that goes on with wrong numbers. --strip-producers: the
# tools' names and versions, which no browser reads.
# The --enable flags are the features rustc 1.95 emits by default; binaryen
# rejects the module without them.
wasm_opt=node_modules/.bin/wasm-opt
wasm_opt_flags=(--low-memory-unused --generate-global-effects --rse --local-cse
  --flatten --rereloop -Oz -Oz --converge --strip-producers
  --enable-bulk-memory --enable-sign-ext --enable-reference-types --enable-multivalue
  --enable-nontrapping-float-to-int --enable-mutable-globals)
