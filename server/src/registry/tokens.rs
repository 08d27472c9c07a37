//! Authorization tokens for `docker login` and the `/v2/` API.

use super::*;

pub(super) async fn get_authorization_token(
    reg: &Registry,
    input: GetAuthorizationTokenRequest,
    cx: Context,
) -> Result<GetAuthorizationTokenResponse, GetAuthorizationTokenError> {
    reg.authorize_registry::<GetAuthorizationTokenError>(&cx)
        .await?;
    let registries = input
        .registry_ids
        .unwrap_or_else(|| vec![reg.settings.account_id.clone()]);
    let host = host_of(&cx);
    let expires = SystemTime::now() + Duration::from_secs(12 * 3600);
    let mut data = Vec::new();
    for r in registries {
        if r != reg.settings.account_id {
            return Err(invalid(format!(
                "Invalid parameter at 'registryIds': unknown registry '{r}'"
            )));
        }
        // The password is a pre-signed URL of the registry root (base64),
        // signed with the caller's key: it proves who got it, and expires.
        let signer = cx
            .caller
            .as_deref()
            .and_then(|akid| Some((akid, reg.settings.keys.secret(akid)?)))
            .or_else(|| reg.settings.keys.first())
            .ok_or_else(|| server_error::<GetAuthorizationTokenError>("no key to sign with"))?;
        let password = auth::presign_as(
            signer,
            &reg.settings.region,
            &host,
            "/v2/",
            Duration::from_secs(12 * 3600),
            SystemTime::now(),
        )
        .map_err(server_error::<GetAuthorizationTokenError>)?;
        data.push(AuthorizationData {
            // Clients split the token at its first and only ':' (the AWS
            // CLI insists on exactly one), so the URL goes in base64.
            authorization_token: Some(base64::encode(format!("AWS:{}", base64::encode(password)))),
            expires_at: Some(DateTime::from(expires)),
            proxy_endpoint: Some(format!("http://{host}")),
        });
    }
    Ok(GetAuthorizationTokenResponse {
        _meta: Default::default(),
        authorization_data: Some(data),
    })
}
