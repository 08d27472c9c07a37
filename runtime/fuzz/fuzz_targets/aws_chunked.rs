//! The `aws-chunked` decoder (S3's streamed uploads) on any bytes, fed in
//! pieces of any size: it answers the decoded bytes or an error, never
//! panics or holds more than a chunk; what it decodes, encoded again,
//! decodes to the same bytes.

#![no_main]

use bytes::Bytes;
use codegen_rt::aws_chunked::{decode, encode, Decoding, Encoding};
use codegen_rt::stream::{BoxError, ByteStream};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&cut, body)) = data.split_first() else {
        return;
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let size = usize::from(cut).max(1);
    let pieces: Vec<Result<Bytes, BoxError>> = body
        .chunks(size)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let decoded = rt.block_on(
        decode(ByteStream::from_chunks(pieces.into_iter()), Decoding::default()).collect(),
    );
    let Ok(decoded) = decoded else {
        return;
    };
    assert!(decoded.len() <= body.len(), "decoding never adds bytes");
    let again = rt
        .block_on(async {
            let encoded = encode(
                ByteStream::from(decoded.clone()),
                Encoding {
                    signer: None,
                    checksum: Some("crc32".to_owned()),
                    chunk_size: 8192,
                },
            )
            .collect()
            .await?;
            let decoding = Decoding {
                trailer: Some("x-amz-checksum-crc32".to_owned()),
                decoded_length: Some(decoded.len() as u64),
                ..Decoding::default()
            };
            decode(ByteStream::from(encoded), decoding).collect().await
        })
        .expect("an encoding decodes");
    assert_eq!(again, decoded);
});
