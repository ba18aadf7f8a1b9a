# Sourced by build-widget.sh and size-report.sh: how the wasm is built.
# Sets target_dir and small_std (cargo arguments), and, unless SMALL_STD=0,
# the unstable flags that rebuild std for size (see build-widget.sh).
if [ "${SMALL_STD:-1}" = 1 ]; then
  target_dir=target/wasm-small-std
  small_std=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
  export RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Cllvm-args=--inline-threshold=0"
else
  target_dir=target
  small_std=()
fi
