//! Settings the way the AWS tools resolve them: command-line options first,
//! then `AWS_*` environment variables, then the profile in `~/.aws/config` and
//! `~/.aws/credentials` (or `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use aws_credential_types::Credentials;
use ini::Ini;

use crate::error::CliError;

/// The global options that affect configuration.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub no_sign_request: bool,
    pub no_verify_ssl: bool,
    pub ca_bundle: Option<PathBuf>,
    pub read_timeout: Option<u64>,
    pub connect_timeout: Option<u64>,
}

/// Where a value of the environment comes from (the process, or a test's map).
pub trait Env {
    fn var(&self, name: &str) -> Option<String>;
}

/// The process environment; empty values count as unset.
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

/// The two shared files, parsed.
#[derive(Default)]
struct Profiles {
    config: Option<Ini>,
    credentials: Option<Ini>,
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

fn load_ini(path: &Path) -> Result<Option<Ini>, CliError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ini::load_from_str(&text).map(Some).map_err(|e| {
            CliError::Failure(format!(
                "Unable to parse config file: {}: {e}",
                path.display()
            ))
        }),
        Err(_) => Ok(None),
    }
}

impl Profiles {
    fn load(env: &dyn Env) -> Result<Self, CliError> {
        let config = env
            .var("AWS_CONFIG_FILE")
            .map(PathBuf::from)
            .or_else(|| home().map(|h| h.join(".aws/config")));
        let credentials = env
            .var("AWS_SHARED_CREDENTIALS_FILE")
            .map(PathBuf::from)
            .or_else(|| home().map(|h| h.join(".aws/credentials")));
        Ok(Self {
            config: config.as_deref().map(load_ini).transpose()?.flatten(),
            credentials: credentials.as_deref().map(load_ini).transpose()?.flatten(),
        })
    }

    /// `[profile name]` in the config file (`[default]` for the default one).
    fn config_section(&self, profile: &str) -> Option<&ini::Properties> {
        let ini = self.config.as_ref()?;
        let named = format!("profile {profile}");
        ini.section(Some(named.as_str())).or_else(|| {
            (profile == "default")
                .then(|| ini.section(Some("default")))
                .flatten()
        })
    }

    fn credentials_section(&self, profile: &str) -> Option<&ini::Properties> {
        self.credentials.as_ref()?.section(Some(profile))
    }

    fn exists(&self, profile: &str) -> bool {
        self.config_section(profile).is_some() || self.credentials_section(profile).is_some()
    }

    fn get(&self, profile: &str, key: &str) -> Option<String> {
        self.config_section(profile)
            .and_then(|s| s.get(key))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    fn credentials(&self, profile: &str) -> Option<Credentials> {
        let from = |s: &ini::Properties| {
            let akid = s.get("aws_access_key_id")?.trim();
            let secret = s.get("aws_secret_access_key")?.trim();
            let token = s.get("aws_session_token").map(|t| t.trim().to_owned());
            Some(Credentials::new(akid, secret, token, None, "profile"))
        };
        self.credentials_section(profile)
            .and_then(from)
            .or_else(|| self.config_section(profile).and_then(from))
    }
}

/// How the AWS CLI retries: `legacy` (5 attempts) unless `standard` or
/// `adaptive` (3 attempts), or the attempts given outright.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retries {
    pub max_attempts: u32,
    /// `adaptive` turns on client-side rate limiting; `legacy` and
    /// `standard` both retry as the SDKs' standard mode does.
    pub adaptive: bool,
}

/// Everything a call needs.
#[derive(Debug, Clone)]
pub struct Settings {
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    /// `AWS_USE_FIPS_ENDPOINT` / `use_fips_endpoint`.
    pub use_fips: bool,
    /// `AWS_USE_DUALSTACK_ENDPOINT` / `use_dualstack_endpoint`.
    pub use_dual_stack: bool,
    /// `None` with `--no-sign-request`; an error message when none were found.
    pub credentials: Result<Option<Credentials>, String>,
    pub retries: Retries,
    pub ca_bundle: Option<PathBuf>,
    pub verify_ssl: bool,
    pub read_timeout: Option<Duration>,
    pub connect_timeout: Option<Duration>,
    pub output: Option<String>,
    pub pager: Option<String>,
}

const NO_CREDENTIALS: &str =
    "Unable to locate credentials. You can configure credentials by running \"aws configure\".";

fn timeout(secs: Option<u64>) -> Option<Duration> {
    match secs {
        Some(0) => None,
        Some(s) => Some(Duration::from_secs(s)),
        None => Some(Duration::from_secs(60)),
    }
}

impl Settings {
    /// Resolves every setting for `o` against `env` and the shared files.
    pub fn resolve(o: &Overrides, env: &dyn Env) -> Result<Self, CliError> {
        let files = Profiles::load(env)?;
        let explicit_profile = o.profile.clone();
        let profile = explicit_profile
            .clone()
            .or_else(|| env.var("AWS_PROFILE"))
            .or_else(|| env.var("AWS_DEFAULT_PROFILE"))
            .unwrap_or_else(|| "default".to_owned());
        if profile != "default" && !files.exists(&profile) {
            return Err(CliError::Failure(format!(
                "The config profile ({profile}) could not be found"
            )));
        }
        let get = |key: &str| files.get(&profile, key);

        let region = o
            .region
            .clone()
            .or_else(|| env.var("AWS_REGION"))
            .or_else(|| env.var("AWS_DEFAULT_REGION"))
            .or_else(|| get("region"));

        let ignore = env
            .var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
            .or_else(|| get("ignore_configured_endpoint_urls"))
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let configured_endpoints = !ignore;
        let endpoint_url = o.endpoint_url.clone().or_else(|| {
            configured_endpoints
                .then(|| {
                    env.var("AWS_ENDPOINT_URL_ECR")
                        .or_else(|| env.var("AWS_ENDPOINT_URL"))
                        .or_else(|| get("endpoint_url"))
                })
                .flatten()
        });

        let flag = |var: &str, key: &str| {
            env.var(var)
                .or_else(|| get(key))
                .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        };
        let use_fips = flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint");
        let use_dual_stack = flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint");

        let credentials = if o.no_sign_request {
            Ok(None)
        } else {
            // As botocore: `--profile` given on the command line wins over
            // credentials in the environment.
            let from_env = || {
                let akid = env.var("AWS_ACCESS_KEY_ID")?;
                let secret = env.var("AWS_SECRET_ACCESS_KEY")?;
                Some(Credentials::new(
                    akid,
                    secret,
                    env.var("AWS_SESSION_TOKEN"),
                    None,
                    "environment",
                ))
            };
            let found = if explicit_profile.is_some() {
                files.credentials(&profile)
            } else {
                from_env().or_else(|| files.credentials(&profile))
            };
            found.map(Some).ok_or_else(|| NO_CREDENTIALS.to_owned())
        };

        let mode = env
            .var("AWS_RETRY_MODE")
            .or_else(|| get("retry_mode"))
            .unwrap_or_else(|| "legacy".to_owned());
        let attempts = env.var("AWS_MAX_ATTEMPTS").or_else(|| get("max_attempts"));
        let max_attempts = match attempts {
            Some(a) => a.parse::<u32>().map_err(|_| {
                CliError::Failure(format!(
                    "Invalid value for max_attempts: {a} (must be a positive integer)"
                ))
            })?,
            None if mode == "legacy" => 5,
            None => 3,
        }
        .max(1);

        let ca_bundle = o
            .ca_bundle
            .clone()
            .or_else(|| env.var("AWS_CA_BUNDLE").map(PathBuf::from))
            .or_else(|| get("ca_bundle").map(PathBuf::from));

        Ok(Self {
            region,
            endpoint_url,
            use_fips,
            use_dual_stack,
            credentials,
            retries: Retries {
                max_attempts,
                adaptive: mode.eq_ignore_ascii_case("adaptive"),
            },
            ca_bundle,
            verify_ssl: !o.no_verify_ssl,
            read_timeout: timeout(o.read_timeout),
            connect_timeout: timeout(o.connect_timeout),
            output: env.var("AWS_DEFAULT_OUTPUT").or_else(|| get("output")),
            pager: env.var("AWS_PAGER").or_else(|| get("cli_pager")),
        })
    }

    /// The generated client's configuration. Fails like the AWS CLI without a
    /// region or without credentials.
    pub fn client_config(&self) -> Result<ecr_client_sdk::Config, CliError> {
        let region = self.region.clone().ok_or_else(|| {
            CliError::Setup(
                "You must specify a region. You can also configure your region by running \"aws configure\"."
                    .to_owned(),
            )
        })?;
        let mut config = ecr_client_sdk::Config::new()
            .region(region)
            .max_attempts(self.retries.max_attempts)
            .retry_mode(if self.retries.adaptive {
                codegen_rt::client::RetryMode::Adaptive
            } else {
                codegen_rt::client::RetryMode::Standard
            })
            .read_timeout(self.read_timeout)
            .connect_timeout(self.connect_timeout)
            .accept_invalid_certs(!self.verify_ssl)
            .use_fips(self.use_fips)
            .use_dual_stack(self.use_dual_stack);
        if let Some(url) = &self.endpoint_url {
            config = config.endpoint_url(url.trim_end_matches('/'));
        }
        match &self.credentials {
            Ok(Some(c)) => config = config.credentials_provider(c.clone()),
            Ok(None) => config = config.sign_requests(false),
            Err(m) => return Err(CliError::Setup(m.clone())),
        }
        if let Some(path) = &self.ca_bundle {
            let pem = std::fs::read(path).map_err(|e| {
                CliError::Failure(format!(
                    "Could not read the CA bundle {}: {e}",
                    path.display()
                ))
            })?;
            config = config.ca_bundle(pem);
        }
        Ok(config)
    }

    /// The URL requests go to, for messages.
    pub fn endpoint_for_messages(&self) -> String {
        match (&self.endpoint_url, &self.region) {
            (Some(u), _) => format!("{}/", u.trim_end_matches('/')),
            (None, Some(r)) => format!("https://api.ecr.{r}.amazonaws.com/"),
            (None, None) => "https://api.ecr.amazonaws.com/".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct MapEnv(HashMap<&'static str, String>);

    impl Env for MapEnv {
        fn var(&self, name: &str) -> Option<String> {
            self.0.get(name).cloned()
        }
    }

    fn files(dir: &Path, config: &str, credentials: &str) -> MapEnv {
        let c = dir.join("config");
        let k = dir.join("credentials");
        std::fs::write(&c, config).unwrap();
        std::fs::write(&k, credentials).unwrap();
        MapEnv(HashMap::from([
            ("AWS_CONFIG_FILE", c.display().to_string()),
            ("AWS_SHARED_CREDENTIALS_FILE", k.display().to_string()),
        ]))
    }

    #[test]
    fn precedence_flags_env_profile() {
        let dir = tempfile::tempdir().unwrap();
        let mut env = files(
            dir.path(),
            "[default]\nregion = eu-west-1\n\n[profile dev]\nregion = ap-south-1\nretry_mode = standard\nendpoint_url = http://127.0.0.1:9\n",
            "[default]\naws_access_key_id = AKDEFAULT\naws_secret_access_key = s1\n\n[dev]\naws_access_key_id = AKDEV\naws_secret_access_key = s2\n",
        );
        let s = Settings::resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.region.as_deref(), Some("eu-west-1"));
        assert_eq!(s.retries.max_attempts, 5);
        assert_eq!(s.credentials.unwrap().unwrap().access_key_id(), "AKDEFAULT");
        assert_eq!(s.endpoint_url, None);

        env.0.insert("AWS_PROFILE", "dev".into());
        env.0.insert("AWS_ACCESS_KEY_ID", "AKENV".into());
        env.0.insert("AWS_SECRET_ACCESS_KEY", "s3".into());
        let s = Settings::resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.region.as_deref(), Some("ap-south-1"));
        assert_eq!(s.retries.max_attempts, 3);
        assert_eq!(s.endpoint_url.as_deref(), Some("http://127.0.0.1:9"));
        // AWS_PROFILE does not override credentials in the environment...
        assert_eq!(s.credentials.unwrap().unwrap().access_key_id(), "AKENV");
        // ...but --profile does.
        let o = Overrides {
            profile: Some("dev".into()),
            region: Some("us-east-2".into()),
            ..Overrides::default()
        };
        env.0.insert("AWS_DEFAULT_REGION", "ca-central-1".into());
        env.0
            .insert("AWS_ENDPOINT_URL_ECR", "http://127.0.0.1:7".into());
        let s = Settings::resolve(&o, &env).unwrap();
        assert_eq!(s.credentials.unwrap().unwrap().access_key_id(), "AKDEV");
        assert_eq!(s.region.as_deref(), Some("us-east-2"));
        assert_eq!(s.endpoint_url.as_deref(), Some("http://127.0.0.1:7"));

        let o = Overrides {
            profile: Some("nope".into()),
            ..Overrides::default()
        };
        let e = Settings::resolve(&o, &env).unwrap_err();
        assert_eq!(
            e.to_string(),
            "The config profile (nope) could not be found"
        );
    }

    #[test]
    fn no_region_and_no_credentials_fail_like_the_aws_cli() {
        let dir = tempfile::tempdir().unwrap();
        let env = files(dir.path(), "", "");
        let s = Settings::resolve(&Overrides::default(), &env).unwrap();
        let e = s.client_config().unwrap_err();
        assert!(
            e.to_string().starts_with("You must specify a region."),
            "{e}"
        );
        let o = Overrides {
            region: Some("us-east-1".into()),
            ..Overrides::default()
        };
        let e = Settings::resolve(&o, &env)
            .unwrap()
            .client_config()
            .unwrap_err();
        assert!(
            e.to_string().starts_with("Unable to locate credentials."),
            "{e}"
        );
        let o = Overrides {
            region: Some("us-east-1".into()),
            no_sign_request: true,
            ..Overrides::default()
        };
        assert!(Settings::resolve(&o, &env).unwrap().client_config().is_ok());
    }
}
