//! The registry itself: its description and the account's settings.

use super::*;

/// The account settings ECR has, each with the values it takes (the first
/// is the default).
const ACCOUNT_SETTINGS: [(&str, &[&str]); 2] = [
    ("BASIC_SCAN_TYPE_VERSION", &["AWS_NATIVE", "CLAIR"]),
    (policies::POLICY_SCOPE, &["V2", "V1"]),
];

fn setting_values<E: From<ValidationException>>(name: &str) -> Result<&'static [&'static str], E> {
    ACCOUNT_SETTINGS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, values)| *values)
        .ok_or_else(|| {
            E::from(ValidationException {
                _meta: Default::default(),
                message: msg(format!(
                    "'{name}' is not an account setting; the settings are {}",
                    ACCOUNT_SETTINGS.map(|(n, _)| n).join(", ")
                )),
            })
        })
}

pub(super) async fn describe_registry(
    reg: &Registry,
    _input: DescribeRegistryRequest,
    cx: Context,
) -> Result<DescribeRegistryResponse, DescribeRegistryError> {
    reg.authorize_registry::<DescribeRegistryError>(&cx).await?;
    Ok(DescribeRegistryResponse {
        registry_id: Some(reg.settings.account_id.clone()),
        replication_configuration: Some(replication::current(reg).await?),
        _meta: Default::default(),
    })
}

pub(super) async fn get_account_setting(
    reg: &Registry,
    input: GetAccountSettingRequest,
    cx: Context,
) -> Result<GetAccountSettingResponse, GetAccountSettingError> {
    reg.authorize_registry::<GetAccountSettingError>(&cx)
        .await?;
    let values = setting_values::<GetAccountSettingError>(&input.name)?;
    let key = format!("account:{}", input.name);
    let value = reg.blocking(move |s| s.setting(&key)).await?;
    Ok(GetAccountSettingResponse {
        name: Some(input.name),
        value: Some(value.unwrap_or_else(|| values[0].to_owned())),
        _meta: Default::default(),
    })
}

pub(super) async fn put_account_setting(
    reg: &Registry,
    input: PutAccountSettingRequest,
    cx: Context,
) -> Result<PutAccountSettingResponse, PutAccountSettingError> {
    reg.authorize_registry::<PutAccountSettingError>(&cx)
        .await?;
    let values = setting_values::<PutAccountSettingError>(&input.name)?;
    if !values.contains(&input.value.as_str()) {
        return Err(PutAccountSettingError::ValidationException(
            ValidationException {
                _meta: Default::default(),
                message: msg(format!(
                    "'{}' is not a value of {}; it takes {}",
                    input.value,
                    input.name,
                    values.join(", ")
                )),
            },
        ));
    }
    let (key, value) = (format!("account:{}", input.name), input.value.clone());
    reg.blocking(move |s| s.put_setting(&key, &value)).await?;
    Ok(PutAccountSettingResponse {
        name: Some(input.name),
        value: Some(input.value),
        _meta: Default::default(),
    })
}
