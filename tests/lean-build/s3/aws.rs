//! aws-sdk-s3, configured by aws-config from the usual AWS_* variables:
//! `list` makes one ListBuckets call; `stream FILE` puts FILE as one object
//! (streamed from disk; the SDK's default CRC32) and gets it back
//! (streamed, counted), printing both rates.
use aws_sdk_s3::primitives::ByteStream;
use std::time::Instant;

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let args: Vec<String> = std::env::args().skip(1).collect();
    runtime.block_on(async {
        let shared = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
        let config = aws_sdk_s3::config::Builder::from(&shared)
            .force_path_style(true)
            .build();
        let client = aws_sdk_s3::Client::from_conf(config);
        let fail = |e: String| -> ! {
            eprintln!("error: {e}");
            std::process::exit(1)
        };
        let ctx = |e: &dyn std::error::Error| format!("{e:?}");
        match args.first().map(String::as_str) {
            Some("stream") => {
                let file = &args[1];
                let len = std::fs::metadata(file).expect("the file").len();
                if let Err(e) = client.create_bucket().bucket("lean").send().await {
                    fail(ctx(&e));
                }
                let start = Instant::now();
                let body = ByteStream::from_path(file).await.expect("the file");
                if let Err(e) = client
                    .put_object()
                    .bucket("lean")
                    .key("big")
                    .content_length(len as i64)
                    .body(body)
                    .send()
                    .await
                {
                    fail(ctx(&e));
                }
                let up = start.elapsed().as_secs_f64();
                let start = Instant::now();
                let got = match client.get_object().bucket("lean").key("big").send().await {
                    Ok(g) => g,
                    Err(e) => fail(ctx(&e)),
                };
                let mut body = got.body;
                let mut n = 0u64;
                while let Some(chunk) = body.next().await {
                    match chunk {
                        Ok(c) => n += c.len() as u64,
                        Err(e) => fail(ctx(&e)),
                    }
                }
                let down = start.elapsed().as_secs_f64();
                assert_eq!(n, len, "the whole object came back");
                let mb = len as f64 / 1e6;
                println!("up {:.0} MB/s, down {:.0} MB/s", mb / up, mb / down);
            }
            _ => match client.list_buckets().send().await {
                Ok(out) => println!("{} buckets", out.buckets().len()),
                Err(e) => fail(ctx(&e)),
            },
        }
    });
}
