//! The generated S3 client: `list` makes one ListBuckets call; `stream FILE`
//! puts FILE as one object (streamed from disk, `aws-chunked` with a CRC32
//! trailer) and gets it back (streamed, counted), printing both rates.
//! Region, endpoint and credentials come from the usual AWS_* variables.
use s3_client_sdk::s3_types::model::ChecksumAlgorithm;
use s3_client_sdk::{ByteStream, Client, Config, Credentials};
use std::time::Instant;

fn main() {
    let var = |k: &str| std::env::var(k).ok();
    let mut config = Config::from_env().expect("configuration").force_path_style(true);
    if let (Some(id), Some(secret)) = (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY")) {
        let creds = Credentials::new(id, secret, var("AWS_SESSION_TOKEN"), None, "env");
        config = config.credentials_provider(creds);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let client = Client::new(config);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let fail = |e: &dyn std::fmt::Display| -> ! {
        eprintln!("error: {e}");
        std::process::exit(1)
    };
    runtime.block_on(async {
        match args.first().map(String::as_str) {
            Some("stream") => {
                let file = &args[1];
                let len = std::fs::metadata(file).expect("the file").len();
                client.create_bucket().bucket("lean").send().await.unwrap_or_else(|e| fail(&e));
                let start = Instant::now();
                let body = ByteStream::from_path(file).await.expect("the file");
                client
                    .put_object()
                    .bucket("lean")
                    .key("big")
                    .content_length(len as i64)
                    .checksum_algorithm(ChecksumAlgorithm::Crc32)
                    .body(body)
                    .send()
                    .await
                    .unwrap_or_else(|e| fail(&e));
                let up = start.elapsed().as_secs_f64();
                let start = Instant::now();
                let mut got = client
                    .get_object()
                    .bucket("lean")
                    .key("big")
                    .send()
                    .await
                    .unwrap_or_else(|e| fail(&e));
                let mut n = 0u64;
                while let Some(chunk) = got.body.next().await {
                    n += chunk.unwrap_or_else(|e| fail(&e)).len() as u64;
                }
                let down = start.elapsed().as_secs_f64();
                assert_eq!(n, len, "the whole object came back");
                let mb = len as f64 / 1e6;
                println!("up {:.0} MB/s, down {:.0} MB/s", mb / up, mb / down);
            }
            _ => match client.list_buckets().send().await {
                Ok(out) => println!("{} buckets", out.buckets.unwrap_or_default().len()),
                Err(e) => fail(&e),
            },
        }
    });
}
