//! One DescribeRepositories call with the generated ECR client.
//! Region, endpoint and credentials come from the usual AWS_* variables.
use ecr_client_sdk::{Client, Config, Credentials};

fn main() {
    let var = |k: &str| std::env::var(k).ok();
    let mut config = Config::from_env().expect("configuration");
    if let (Some(id), Some(secret)) = (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY")) {
        let creds = Credentials::new(id, secret, var("AWS_SESSION_TOKEN"), None, "env");
        config = config.credentials_provider(creds);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let client = Client::new(config);
    match runtime.block_on(client.describe_repositories().send()) {
        Ok(out) => println!("{} repositories", out.repositories.unwrap_or_default().len()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
