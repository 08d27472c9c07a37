#!/usr/bin/env bash
# Fuzzes the Smithy IDL loader (`fuzz_targets/idl.rs`) for SECONDS (default 30):
#   bash codegen/fuzz/run.sh [SECONDS]
# Seeds: our corpus, and Smithy's IDL loader tests when ../shared is beside
# the checkout (read in place; new inputs go to a scratch directory). Uses the
# nightly toolchain when installed, else stable with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked --quiet
fi
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    toolchain=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi
corpus=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$corpus" "$log"' EXIT
cp fuzz/corpus/idl/*.smithy "$corpus"/
seeds=()
for d in ../../shared/smithy-idl/valid ../../shared/smithy-idl/invalid; do
    if [ -d "$d" ]; then seeds+=("$d"); fi
done
status=0
cargo "${toolchain[@]}" fuzz run idl "$corpus" "${seeds[@]}" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|Done )' "$log" || true
if [ "$status" -ne 0 ]; then
    tail -60 "$log" >&2
    echo "fuzz: failed (exit $status); crash inputs are in codegen/fuzz/artifacts/idl" >&2
    exit 1
fi
