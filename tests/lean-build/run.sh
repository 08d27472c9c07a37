#!/usr/bin/env bash
# The lean-build comparison: the same one-call program on our generated
# client and on the AWS SDK for Rust (+ aws-config), each built from clean in
# release mode, one after the other in this run. Prints build times, binary
# sizes, crate counts and their ratios.
#
#   bash tests/lean-build/run.sh [ecr|s3]   # work in target/lean-build
#   LEAN_BUILD_DIR=/tmp/lb bash tests/lean-build/run.sh s3
#
# ecr (the default): DescribeRepositories on generated/ecr-client-sdk vs
# aws-sdk-ecr; with the registry binary built (cargo build -p ecr-server) both
# programs then run against it.
# s3: ListBuckets on a client generated from S3's full model
# (../shared/models/aws/s3.json when it is there, else the projection
# codegen/tests/models/aws-s3.json, as the output says) vs aws-sdk-s3; then
# both stream a 1 GiB file up and down (PutObject, GetObject) through the
# same local server (the generated S3 server `s3-sink`, which verifies
# SigV4, decodes aws-chunked and discards), twice each, taking turns.
#
# Dependencies are fetched (and the model generated) before the clocks
# start; each build gets an empty target directory; both use the default
# release profile and all cores (`nproc`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
service=${1:-ecr}
work=${LEAN_BUILD_DIR:-$repo/target/lean-build}/$service
rm -rf "$work"
mkdir -p "$work/ours/src" "$work/aws/src"
case $service in
ecr)
    ours_dep="ecr-client-sdk = { path = \"$repo/generated/ecr-client-sdk\" }"
    aws_dep='aws-sdk-ecr = "1"'
    src=$here
    ;;
s3)
    model=$repo/../shared/models/aws/s3.json
    if [ -f "$model" ]; then
        echo "lean-build: our client generated from S3's full model ($model)"
    else
        model=$repo/codegen/tests/models/aws-s3.json
        echo "lean-build: no ../shared/models/aws/s3.json; our client generated from the projection $model (fewer operations than aws-sdk-s3)"
    fi
    (cd "$repo" && cargo run -q -p codegen -- --quiet --model "$model" --out "$work/gen")
    ours_dep="s3-client-sdk = { path = \"$work/gen/s3-client-sdk\" }"
    aws_dep='aws-sdk-s3 = "1"'
    src=$here/s3
    ;;
*)
    echo "usage: run.sh [ecr|s3]" >&2
    exit 2
    ;;
esac

cat > "$work/ours/Cargo.toml" <<TOML
[package]
name = "lean-ours"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
$ours_dep
tokio = { version = "1", default-features = false, features = ["rt"] }

[workspace]
TOML
cat > "$work/aws/Cargo.toml" <<TOML
[package]
name = "lean-aws"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
aws-config = "1"
$aws_dep
tokio = { version = "1", default-features = false, features = ["rt"] }

[workspace]
TOML
cp "$src/ours.rs" "$work/ours/src/main.rs"
cp "$src/aws.rs" "$work/aws/src/main.rs"

for p in ours aws; do
    (cd "$work/$p" && cargo fetch -q)
done

build() {
    local p=$1
    local start end
    start=$(date +%s.%N)
    (cd "$work/$p" && CARGO_TARGET_DIR="$work/$p/target" cargo build -q --release)
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "lean-build: $(nproc) cores, $(rustc --version)"
t_ours=$(build ours)
t_aws=$(build aws)
s_ours=$(stat -c %s "$work/ours/target/release/lean-ours")
s_aws=$(stat -c %s "$work/aws/target/release/lean-aws")
n_ours=$(cd "$work/ours" && cargo tree -e normal --prefix none | sort -u | wc -l)
n_aws=$(cd "$work/aws" && cargo tree -e normal --prefix none | sort -u | wc -l)
mb() { echo "scale=1; $1 / 1048576" | bc; }
printf '%-28s %10s %10s %8s\n' "" "ours" "aws-sdk" "ratio"
printf '%-28s %9.1fs %9.1fs %7.2fx\n' "release build from clean" "$t_ours" "$t_aws" "$(echo "scale=4; $t_ours / $t_aws" | bc)"
printf '%-28s %8sMB %8sMB %7.2fx\n' "binary size" "$(mb "$s_ours")" "$(mb "$s_aws")" "$(echo "scale=4; $s_ours / $s_aws" | bc)"
printf '%-28s %10s %10s\n' "crates in the build" "$n_ours" "$n_aws"

if [ "$service" = s3 ]; then
    (cd "$repo" && cargo build -q --release -p e2e-tests --bin s3-sink)
    data=$(mktemp -d)
    head -c 1073741824 /dev/urandom >"$data/object.bin"
    key=AKIDLEANBUILD secret=lean-build-secret
    "$repo/target/release/s3-sink" --listen 127.0.0.1:0 \
        --access-key-id "$key" --secret-access-key "$secret" >"$data/log" 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
    for _ in $(seq 100); do
        grep -q listening "$data/log" 2>/dev/null && break
        sleep 0.1
    done
    export AWS_ENDPOINT_URL=$(sed -n 's/^listening on //p' "$data/log") AWS_REGION=us-east-1 \
        AWS_ACCESS_KEY_ID=$key AWS_SECRET_ACCESS_KEY=$secret \
        AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
    echo "ours, ListBuckets against s3-sink: $("$work/ours/target/release/lean-ours")"
    echo "aws-sdk-s3, ListBuckets against s3-sink: $("$work/aws/target/release/lean-aws")"
    for round in 1 2; do
        echo "1 GiB through s3-sink, round $round: ours $("$work/ours/target/release/lean-ours" stream "$data/object.bin")"
        echo "1 GiB through s3-sink, round $round: aws-sdk-s3 $("$work/aws/target/release/lean-aws" stream "$data/object.bin")"
    done
    exit 0
fi

server=""
for b in "$repo/target/release/ecr-server" "$repo/target/debug/ecr-server"; do
    if [ -x "$b" ]; then server=$b; break; fi
done
if [ -z "$server" ]; then
    echo "lean-build: no ecr-server binary (cargo build -p ecr-server); not running the programs"
    exit 0
fi
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
key=AKIDLEANBUILD secret=lean-build-secret
"$server" --listen "127.0.0.1:$port" --data-dir "$data/store" \
    --access-key-id "$key" --secret-access-key "$secret" >"$data/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
export AWS_ENDPOINT_URL="http://127.0.0.1:$port" AWS_REGION=us-east-1 \
    AWS_ACCESS_KEY_ID=$key AWS_SECRET_ACCESS_KEY=$secret \
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
echo "ours against the registry: $("$work/ours/target/release/lean-ours")"
echo "aws-sdk-ecr against the registry: $("$work/aws/target/release/lean-aws")"
