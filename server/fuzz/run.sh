#!/usr/bin/env bash
# Fuzzes the registry's request path, each target for SECONDS (default 20):
#   bash server/fuzz/run.sh [SECONDS] [TARGET...]
# Targets: api_body (the awsJson body of every ECR input: parse + validation),
# sigv4 (Authorization header, pre-signed query, /v2/ credentials), range
# (Range, Content-Range), manifest (manifest JSON), v2_routing (/v2/ paths),
# upstream (an upstream's challenges and redirects, the secrets file), policy
# (repository and registry policy documents), image_contents (what a scan reads
# from layers: tar, package databases, versions).
# Uses the nightly toolchain when installed, else stable with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(api_body sigv4 range manifest v2_routing upstream policy image_contents)
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
# Seeds: a well-formed input of each kind (new inputs go to the scratch corpus).
seed() { mkdir -p "$scratch/$1"; printf '%b' "$3" > "$scratch/$1/$2"; }
d=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
seed api_body gdufl '\x0b{"repositoryName":"team/web","layerDigest":"'$d'"}'
seed api_body put '\x0e{"repositoryName":"team/web","imageManifest":"{}","imageTag":"v1"}'
seed api_body bgi '\x02{"repositoryName":"web","imageIds":[{"imageTag":"v1"},{"imageDigest":"'$d'"}]}'
seed api_body ulp '\x0f{"repositoryName":"web","uploadId":"u","partFirstByte":0,"partLastByte":3,"layerPartBlob":"YWJjZA=="}'
seed api_body rule '\x04{"ecrRepositoryPrefix":"hub","upstreamRegistryUrl":"registry-1.docker.io"}'
seed sigv4 header 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261110/us-east-1/ecr/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20261110%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261110T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=00'
seed sigv4 signed '/repos/web\ncontent-type: application/x-amz-json-1.1\nx-amz-target:  Svc.Op\nx-amz-meta-a: a  b\nx-amz-meta-a: c\n\n{"repositoryName":"web"}'
seed sigv4 signed_query '/a/../b%2Fc?x=1&y=a+b\nx-amz-target: Svc.Op\n\n{}'
seed sigv4 basic 'Basic QVdTOmFIUjBjRG92TDJndmRqSXZQMWd0UVcxNkxVUmhkR1U5TVE9PQ=='
seed range a '\x00\x10\x00\x00\x00\x00\x00\x00bytes=0-99'
seed range b '\x00\x10\x00\x00\x00\x00\x00\x00bytes=-5'
seed manifest m '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"digest":"'$d'","size":2},"layers":[{"digest":"'$d'","size":1}]}'
seed manifest i '{"schemaVersion":2,"manifests":[{"digest":"'$d'"}]}'
seed v2_routing m 'team/web/manifests/v1'
seed v2_routing u 'team/web/blobs/uploads/1234'
seed upstream bearer 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"\n/v2/library/alpine/blobs/'$d'?x=1\n{"arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub":{"username":"u","accessToken":"t"}}'
seed upstream redirect 'https://registry-1.docker.io/v2/x/blobs/'$d'\nhttps://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/01/x/data?verify=1\n{}'
seed policy allow '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":["123456789012"]},"NotAction":"ecr:Batch*","Resource":"arn:aws:ecr:*:*:repository/w*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"ForAnyValue:StringLike":{"aws:PrincipalArn":"*"}}}]}'
seed image_contents dpkg 'Package: libc6\nStatus: install ok installed\nSource: glibc\nVersion: 2.36-9+deb12u4\n\nP:musl\nV:1.2.4-r2\no:musl\n'
# One build of every target (quiet unless it fails).
cargo "${toolchain[@]}" fuzz build >"$scratch/build.log" 2>&1 || { tail -60 "$scratch/build.log" >&2; exit 1; }
for t in "${targets[@]}"; do
    log="$scratch/$t.log"
    status=0
    cargo "${toolchain[@]}" fuzz run "$t" "$scratch/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
    echo "$t: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions in ${secs}s"
    if [ "$status" -ne 0 ]; then
        tail -60 "$log" >&2
        echo "fuzz: $t failed (exit $status); crash inputs are in server/fuzz/artifacts/$t" >&2
        exit 1
    fi
done
