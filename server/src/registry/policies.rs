//! Repository and registry policies: stored, validated as IAM policy
//! documents ([`crate::policy`]) and enforced on the ECR API and on `/v2/`
//! for the principals of the registry's access keys.
//!
//! The decision is IAM's for a resource in the registry's account: a
//! statement that denies wins; a caller of the registry's own account is
//! otherwise allowed (its identity policies are not modelled); a caller of
//! another account needs a statement that allows. The registry policy
//! counts for every action when the account setting `REGISTRY_POLICY_SCOPE`
//! is `V2` (the default), and only for the replication and pull-through
//! actions when it is `V1`, as in ECR.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

use codegen_rt::error::Unhandled;

use super::*;
use crate::policy::{Decision, Policy, Request};

/// The actions a `V1` registry policy covers.
const V1_ACTIONS: [&str; 3] = [
    "ecr:ReplicateImage",
    "ecr:BatchImportUpstreamImage",
    "ecr:CreateRepository",
];

/// The setting that holds the registry policy.
const REGISTRY_POLICY: &str = "registry_policy";
/// The account setting of the registry policy's scope.
pub(super) const POLICY_SCOPE: &str = "REGISTRY_POLICY_SCOPE";

/// The policies in force, parsed once per change of the store.
#[derive(Default)]
pub(super) struct Policies {
    registry: Option<Policy>,
    /// `REGISTRY_POLICY_SCOPE` is `V1`.
    scope_v1: bool,
    repos: HashMap<String, Policy>,
    /// Principals whose pulls are not recorded (see `exclusions`).
    pub(super) pull_exclusions: std::collections::BTreeSet<String>,
}

/// [`Policies`] and the store generation they were read at.
#[derive(Default)]
pub(super) struct PolicyCache(std::sync::Mutex<Option<(u64, Arc<Policies>)>>);

/// Who is asking, and from where.
pub struct Caller<'a> {
    /// The access key id the request was signed with (`None`: signatures
    /// are not checked, the caller is the account itself).
    pub key: Option<&'a str>,
    /// The client's address, for `aws:SourceIp` conditions.
    pub source_ip: Option<IpAddr>,
}

impl<'a> Caller<'a> {
    /// The holder of access key `key`, calling from the address the server
    /// left in the request's `extensions` ([`crate::app::Peer`]).
    pub fn new(key: Option<&'a str>, extensions: &http::Extensions) -> Self {
        Self {
            key,
            source_ip: extensions.get::<crate::app::Peer>().map(|p| p.0.ip()),
        }
    }

    /// The caller of an ECR API request.
    pub fn of(cx: &'a Context) -> Self {
        Self::new(cx.caller.as_deref(), &cx.parts.extensions)
    }
}

fn policy_invalid<E: From<InvalidParameterException>>(which: &str, why: &str) -> E {
    invalid(format!(
        "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid {which} policy provided' ({why})"
    ))
}

impl Registry {
    /// The principal an access key stands for (`--principal`), else the
    /// account's root; and its account.
    pub(super) fn principal_of(&self, key: Option<&str>) -> (String, String) {
        let root = || format!("arn:aws:iam::{}:root", self.settings.account_id);
        let arn = key
            .and_then(|k| self.settings.principals.get(k))
            .cloned()
            .unwrap_or_else(root);
        let account = arn
            .split(':')
            .nth(4)
            .filter(|a| !a.is_empty())
            .unwrap_or(&self.settings.account_id)
            .to_owned();
        (arn, account)
    }

    /// The ARN of repository `name`.
    pub fn repository_arn(&self, name: &str) -> String {
        format!(
            "arn:aws:ecr:{}:{}:repository/{name}",
            self.settings.region, self.settings.account_id
        )
    }

    /// The policies and pull exclusions in force (read again after each
    /// change of the store).
    pub(super) async fn policies(&self) -> Result<Arc<Policies>, String> {
        let generation = self.store.generation();
        {
            let cached = self
                .policy_cache
                .0
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if let Some((g, p)) = &*cached {
                if *g == generation {
                    return Ok(Arc::clone(p));
                }
            }
        }
        let (registry, scope, repos, excluded) = self
            .run(|s| {
                Ok((
                    s.setting(REGISTRY_POLICY)?,
                    s.setting(&format!("account:{POLICY_SCOPE}"))?,
                    s.repo_policies()?,
                    s.pull_exclusions()?,
                ))
            })
            .await?;
        // Stored policies were validated when they were set.
        let policies = Arc::new(Policies {
            registry: registry.and_then(|t| Policy::parse(&t).ok()),
            scope_v1: scope.as_deref() == Some("V1"),
            repos: repos
                .into_iter()
                .filter_map(|(r, t)| Policy::parse(&t).ok().map(|p| (r, p)))
                .collect(),
            pull_exclusions: excluded.into_iter().map(|(p, _)| p).collect(),
        });
        *self
            .policy_cache
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some((generation, Arc::clone(&policies)));
        Ok(policies)
    }

    /// Whether `caller` may do `action` (`ecr:PutImage`) to repository
    /// `repo` (`None`: the registry itself); the refusal is ECR's
    /// `AccessDeniedException`, saying who, what and why.
    pub async fn authorize(
        &self,
        caller: &Caller<'_>,
        action: &str,
        repo: Option<&str>,
    ) -> Result<(), Unhandled> {
        let policies = self
            .policies()
            .await
            .map_err(|e| Unhandled::new(500, "ServerException", e))?;
        let (principal, account) = self.principal_of(caller.key);
        let own = account == self.settings.account_id;
        let repo_policy = repo.and_then(|r| policies.repos.get(r));
        let registry_policy = policies
            .registry
            .as_ref()
            .filter(|_| !policies.scope_v1 || V1_ACTIONS.contains(&action));
        if (own || action == "ecr:GetAuthorizationToken")
            && repo_policy.is_none()
            && registry_policy.is_none()
        {
            return Ok(());
        }
        let resource = repo.map_or_else(|| "*".to_owned(), |r| self.repository_arn(r));
        let mut context = BTreeMap::new();
        context.insert("aws:principalarn".to_owned(), vec![principal.clone()]);
        context.insert("aws:principalaccount".to_owned(), vec![account.clone()]);
        if let Some(name) = principal.split_once(":user/").map(|(_, n)| n) {
            context.insert("aws:username".to_owned(), vec![name.to_owned()]);
        }
        if let Some(ip) = caller.source_ip {
            context.insert("aws:sourceip".to_owned(), vec![ip.to_string()]);
        }
        context.insert("aws:securetransport".to_owned(), vec!["false".to_owned()]);
        let request = Request {
            principal: &principal,
            account: &account,
            action,
            resource: &resource,
            context: &context,
        };
        let decisions: Vec<Decision> = [repo_policy, registry_policy]
            .into_iter()
            .flatten()
            .map(|p| p.evaluate(&request))
            .collect();
        // A token is the caller's own account's business (its identity
        // policies), whichever registry it then pulls from.
        let own_business = action == "ecr:GetAuthorizationToken";
        let why = if decisions.contains(&Decision::Deny) {
            "with an explicit deny in a resource-based policy".to_owned()
        } else if own || own_business || decisions.contains(&Decision::Allow) {
            return Ok(());
        } else {
            format!("because no resource-based policy allows the {action} action")
        };
        tracing::info!(%principal, action, %resource, "denied by policy");
        Err(Unhandled::new(
            400,
            "AccessDeniedException",
            format!("User: {principal} is not authorized to perform: {action} on resource: {resource} {why}"),
        ))
    }
}

pub(super) async fn get_repository_policy(
    reg: &Registry,
    input: GetRepositoryPolicyRequest,
    cx: Context,
) -> Result<GetRepositoryPolicyResponse, GetRepositoryPolicyError> {
    let repo = reg
        .repo::<GetRepositoryPolicyError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let r = repo.name.clone();
    match reg.blocking(move |s| s.repo_policy(&r)).await? {
        Some(text) => Ok(GetRepositoryPolicyResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            repository_name: Some(repo.name),
            policy_text: Some(text),
            _meta: Default::default(),
        }),
        None => Err(no_repository_policy(reg, &repo.name)),
    }
}

fn no_repository_policy<E: From<RepositoryPolicyNotFoundException>>(
    reg: &Registry,
    repo: &str,
) -> E {
    E::from(RepositoryPolicyNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "Repository policy does not exist for the repository with name '{repo}' in the registry with id '{}'",
            reg.settings.account_id
        )),
    })
}

pub(super) async fn set_repository_policy(
    reg: &Registry,
    input: SetRepositoryPolicyRequest,
    cx: Context,
) -> Result<SetRepositoryPolicyResponse, SetRepositoryPolicyError> {
    let repo = reg
        .repo::<SetRepositoryPolicyError>(&cx, input.registry_id.as_deref(), &input.repository_name)
        .await?;
    let policy = Policy::parse(&input.policy_text)
        .map_err(|why| policy_invalid::<SetRepositoryPolicyError>("repository", &why))?;
    if !input.force {
        // A policy that would keep its author from setting the next one
        // needs `force`, as in ECR.
        let (principal, account) = reg.principal_of(cx.caller.as_deref());
        let resource = reg.repository_arn(&repo.name);
        let context = BTreeMap::new();
        let locked_out = policy.evaluate(&Request {
            principal: &principal,
            account: &account,
            action: "ecr:SetRepositoryPolicy",
            resource: &resource,
            context: &context,
        }) == Decision::Deny;
        if locked_out {
            return Err(invalid(format!(
                "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'The policy denies {principal} ecr:SetRepositoryPolicy on this repository; set it with force to lock yourself out'"
            )));
        }
    }
    let (r, text) = (repo.name.clone(), input.policy_text.clone());
    if !reg.blocking(move |s| s.set_repo_policy(&r, &text)).await? {
        return Err(repo_not_found(&repo.name, &reg.settings.account_id));
    }
    Ok(SetRepositoryPolicyResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        repository_name: Some(repo.name),
        policy_text: Some(input.policy_text),
        _meta: Default::default(),
    })
}

pub(super) async fn delete_repository_policy(
    reg: &Registry,
    input: DeleteRepositoryPolicyRequest,
    cx: Context,
) -> Result<DeleteRepositoryPolicyResponse, DeleteRepositoryPolicyError> {
    let repo = reg
        .repo::<DeleteRepositoryPolicyError>(
            &cx,
            input.registry_id.as_deref(),
            &input.repository_name,
        )
        .await?;
    let r = repo.name.clone();
    match reg.blocking(move |s| s.delete_repo_policy(&r)).await? {
        Some(text) => Ok(DeleteRepositoryPolicyResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            repository_name: Some(repo.name),
            policy_text: Some(text),
            _meta: Default::default(),
        }),
        None => Err(no_repository_policy(reg, &repo.name)),
    }
}

fn no_registry_policy<E: From<RegistryPolicyNotFoundException>>(reg: &Registry) -> E {
    E::from(RegistryPolicyNotFoundException {
        _meta: Default::default(),
        message: msg(format!(
            "Registry policy does not exist in the registry with id '{}'",
            reg.settings.account_id
        )),
    })
}

pub(super) async fn get_registry_policy(
    reg: &Registry,
    _input: GetRegistryPolicyRequest,
    cx: Context,
) -> Result<GetRegistryPolicyResponse, GetRegistryPolicyError> {
    reg.authorize(&Caller::of(&cx), "ecr:GetRegistryPolicy", None)
        .await?;
    match reg.blocking(|s| s.setting(REGISTRY_POLICY)).await? {
        Some(text) => Ok(GetRegistryPolicyResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            policy_text: Some(text),
            _meta: Default::default(),
        }),
        None => Err(no_registry_policy(reg)),
    }
}

pub(super) async fn put_registry_policy(
    reg: &Registry,
    input: PutRegistryPolicyRequest,
    cx: Context,
) -> Result<PutRegistryPolicyResponse, PutRegistryPolicyError> {
    reg.authorize(&Caller::of(&cx), "ecr:PutRegistryPolicy", None)
        .await?;
    Policy::parse(&input.policy_text)
        .map_err(|why| policy_invalid::<PutRegistryPolicyError>("registry", &why))?;
    let text = input.policy_text.clone();
    reg.blocking(move |s| s.put_setting(REGISTRY_POLICY, &text))
        .await?;
    Ok(PutRegistryPolicyResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        policy_text: Some(input.policy_text),
        _meta: Default::default(),
    })
}

pub(super) async fn delete_registry_policy(
    reg: &Registry,
    _input: DeleteRegistryPolicyRequest,
    cx: Context,
) -> Result<DeleteRegistryPolicyResponse, DeleteRegistryPolicyError> {
    reg.authorize(&Caller::of(&cx), "ecr:DeleteRegistryPolicy", None)
        .await?;
    match reg.blocking(|s| s.delete_setting(REGISTRY_POLICY)).await? {
        Some(text) => Ok(DeleteRegistryPolicyResponse {
            registry_id: Some(reg.settings.account_id.clone()),
            policy_text: Some(text),
            _meta: Default::default(),
        }),
        None => Err(no_registry_policy(reg)),
    }
}
