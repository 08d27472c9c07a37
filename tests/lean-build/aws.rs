//! One DescribeRepositories call with aws-sdk-ecr, configured by aws-config
//! from the usual AWS_* variables.
fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let config = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
        let client = aws_sdk_ecr::Client::new(&config);
        match client.describe_repositories().send().await {
            Ok(out) => println!("{} repositories", out.repositories().len()),
            Err(e) => {
                eprintln!("error: {}", aws_sdk_ecr::error::DisplayErrorContext(&e));
                std::process::exit(1);
            }
        }
    });
}
