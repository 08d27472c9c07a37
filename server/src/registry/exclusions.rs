//! Pull-time update exclusions: principals (scanners, mirrors) whose pulls
//! are not recorded as images' last pull times, so that lifecycle rules and
//! people reading `lastRecordedPullTime` see real use only.

use super::*;

/// At most this many principals, as in ECR.
const MAX_EXCLUSIONS: usize = 100;

pub(super) async fn register_pull_time_update_exclusion(
    reg: &Registry,
    input: RegisterPullTimeUpdateExclusionRequest,
    cx: Context,
) -> Result<RegisterPullTimeUpdateExclusionResponse, RegisterPullTimeUpdateExclusionError> {
    type E = RegisterPullTimeUpdateExclusionError;
    reg.authorize_registry::<E>(&cx).await?;
    let p = input.principal_arn.clone();
    match reg
        .blocking(move |s| s.exclude_pulls(&p, MAX_EXCLUSIONS))
        .await?
    {
        Ok(at) => Ok(RegisterPullTimeUpdateExclusionResponse {
            principal_arn: Some(input.principal_arn),
            created_at: Some(DateTime::from_secs_f64(at)),
            _meta: Default::default(),
        }),
        Err(true) => Err(E::ExclusionAlreadyExistsException(
            ExclusionAlreadyExistsException {
                _meta: Default::default(),
                message: msg(format!(
                    "The principal '{}' is already excluded from pull time updates",
                    input.principal_arn
                )),
            },
        )),
        Err(false) => Err(E::LimitExceededException(LimitExceededException {
            _meta: Default::default(),
            message: msg(format!(
                "A registry excludes at most {MAX_EXCLUSIONS} principals from pull time updates"
            )),
        })),
    }
}

pub(super) async fn deregister_pull_time_update_exclusion(
    reg: &Registry,
    input: DeregisterPullTimeUpdateExclusionRequest,
    cx: Context,
) -> Result<DeregisterPullTimeUpdateExclusionResponse, DeregisterPullTimeUpdateExclusionError> {
    type E = DeregisterPullTimeUpdateExclusionError;
    reg.authorize_registry::<E>(&cx).await?;
    let p = input.principal_arn.clone();
    if !reg.blocking(move |s| s.include_pulls(&p)).await? {
        return Err(E::ExclusionNotFoundException(ExclusionNotFoundException {
            _meta: Default::default(),
            message: msg(format!(
                "The principal '{}' is not excluded from pull time updates",
                input.principal_arn
            )),
        }));
    }
    Ok(DeregisterPullTimeUpdateExclusionResponse {
        principal_arn: Some(input.principal_arn),
        _meta: Default::default(),
    })
}

pub(super) async fn list_pull_time_update_exclusions(
    reg: &Registry,
    input: ListPullTimeUpdateExclusionsRequest,
    cx: Context,
) -> Result<ListPullTimeUpdateExclusionsResponse, ListPullTimeUpdateExclusionsError> {
    type E = ListPullTimeUpdateExclusionsError;
    reg.authorize_registry::<E>(&cx).await?;
    let all: Vec<String> = reg
        .blocking(|s| s.pull_exclusions())
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let (page, next_token) =
        index_page::<_, E>(&all, input.next_token.as_deref(), input.max_results)?;
    Ok(ListPullTimeUpdateExclusionsResponse {
        pull_time_update_exclusions: Some(page.to_vec()),
        next_token,
        _meta: Default::default(),
    })
}
