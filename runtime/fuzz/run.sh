#!/usr/bin/env bash
# Fuzzes the runtime's parsers of outside input for SECONDS (default 20):
#   bash runtime/fuzz/run.sh [SECONDS]
# Targets: cbor (rpcv2Cbor bodies: any bytes read, refused with a typed
# SerializationException, or written back and read again); xml (restXml
# bodies, query responses: read through a description, written back, read
# again to the same value); query (awsQuery / ec2Query forms, likewise);
# aws_chunked (S3's streamed upload bodies: decoded or refused, re-encoded
# with a trailing checksum and decoded again to the same bytes); event_stream
# (event-stream frames: read in pieces, converted to events and back);
# event_stream_server (frames as the request body of generated servers'
# streaming operations, restJson1, awsJson and rpcv2Cbor: always answered,
# 4xx or whole frames, never a panic).
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
# A document with every kind of member, entities, CDATA and a comment.
seed xml every '<?xml version="1.0"?>\n<Root id="7"><s>a &amp; b &#x41;<![CDATA[<c>]]></s><b>true</b><f>NaN</f><big>123456789012345678901234567890</big><blob>dmFsdWU=</blob><t>2019-12-16T22:48:18-01:00</t><e>1.5</e><kids><member><s>x</s><kids/></member></kids><flat>p</flat><flat>q</flat><map><entry><key>k</key><value>false</value></entry></map><fmap><k>a</k><v><i>1</i></v></fmap><u><n>3</n></u><!-- c --></Root>'
seed xml doctype '<!DOCTYPE r [<!ENTITY a "aaaa">]><Root><s>&a;</s></Root>'
# Forms in both dialects' shapes.
seed query every 'Action=Op&Version=1&s=a%20b&b=true&kids.member.1.s=x&kids.member.2.kids=&flat.1=p&flat.2=q&map.entry.1.key=k&map.entry.1.value=true&fmap.1.k=a&fmap.1.v.i.1=z&u.n=3&t=2019-12-16T22%3A48%3A18Z'
seed query ec2 'Action=Op&kids.1.s=x&kids.2.flat.1=y&fmap.1.k=a&fmap.1.v.1=b'
# A signed chunk, an unsigned one and a trailer.
seed aws_chunked every '\x057;chunk-signature=00\r\nhello w\r\n3\r\norl\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n'
# Two of restJson1's suite frames: a header event and a modeled exception.
suite_frames='\x00\x00\x00\x4b\x00\x00\x00\x3b\xfb\x0a\x5f\x15\x0d\x3a\x6d\x65\x73\x73\x61\x67\x65\x2d\x74\x79\x70\x65\x07\x00\x05\x65\x76\x65\x6e\x74\x0b\x3a\x65\x76\x65\x6e\x74\x2d\x74\x79\x70\x65\x07\x00\x07\x68\x65\x61\x64\x65\x72\x73\x0d\x62\x6f\x6f\x6c\x65\x61\x6e\x48\x65\x61\x64\x65\x72\x00\xb8\x27\xd5\xac\x00\x00\x00\x74\x00\x00\x00\x53\x9b\x12\x99\x28\x0d\x3a\x6d\x65\x73\x73\x61\x67\x65\x2d\x74\x79\x70\x65\x07\x00\x09\x65\x78\x63\x65\x70\x74\x69\x6f\x6e\x0f\x3a\x65\x78\x63\x65\x70\x74\x69\x6f\x6e\x2d\x74\x79\x70\x65\x07\x00\x05\x65\x72\x72\x6f\x72\x0d\x3a\x63\x6f\x6e\x74\x65\x6e\x74\x2d\x74\x79\x70\x65\x07\x00\x10\x61\x70\x70\x6c\x69\x63\x61\x74\x69\x6f\x6e\x2f\x6a\x73\x6f\x6e\x7b\x22\x6d\x65\x73\x73\x61\x67\x65\x22\x3a\x22\x66\x6f\x6f\x22\x7d\x3b\x9a\xd5\x2f'
seed event_stream suite "\x02$suite_frames"
# The same frames through each generated server (the first byte picks the
# operation and the chunk size): restJson1's Chat, awsJson's Publish, rpcv2Cbor's Echo.
for pick in 00 01 02 41 82; do seed event_stream_server "suite$pick" "\x$pick$suite_frames"; done
cargo "${toolchain[@]}" fuzz build >"$scratch/build.log" 2>&1 || { tail -60 "$scratch/build.log" >&2; exit 1; }
for t in cbor xml query aws_chunked event_stream event_stream_server; do
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
