#!/usr/bin/env bash
# Fuzzes the runtime's parsers of outside input for SECONDS (default 20):
#   bash runtime/fuzz/run.sh [SECONDS]
# Targets: cbor (rpcv2Cbor bodies: any bytes read, refused with a typed
# SerializationException, or written back and read again).
# Uses the nightly toolchain when installed, else stable with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-20}
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked --quiet
fi
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    toolchain=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
seed() { mkdir -p "$scratch/$1"; printf '%b' "$3" > "$scratch/$1/$2"; }
# A map with every kind of item: text, bytes, f16, indefinite string, tag 1, a list.
seed cbor every '\xa2\x61a\x85\x01\x21\xf9\x3e\x00\x42\x01\x02\x7f\x61x\xff\x61b\xc1\x19\x03\xe8'
# Indefinite map and array, NaN, a bignum, a decimal fraction.
seed cbor indef '\xbf\x61a\x9f\xf9\x7e\x00\xc2\x49\x01\x00\x00\x00\x00\x00\x00\x00\x00\xc4\x82\x22\x19\xc3\xff\xff\xff'
# Nested maps (a structure in a structure), an empty map.
seed cbor nested '\xa1\x66nested\xa2\x63foo\x63bar\x65inner\xa0'
cargo "${toolchain[@]}" fuzz build >"$scratch/build.log" 2>&1 || { tail -60 "$scratch/build.log" >&2; exit 1; }
for t in cbor; do
    log="$scratch/$t.log"
    status=0
    cargo "${toolchain[@]}" fuzz run "$t" "$scratch/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
    echo "$t: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions in ${secs}s"
    if [ "$status" -ne 0 ]; then
        tail -60 "$log" >&2
        echo "fuzz: $t failed (exit $status); crash inputs are in runtime/fuzz/artifacts/$t" >&2
        exit 1
    fi
done
