$version: "2.0"

// Auth schemes other than SigV4, resolved as Smithy resolves them: the
// service's @auth order (bearer, then API key, then Basic), an operation's
// own @auth, @optionalAuth, and @auth([]) for none.
namespace example.gatekeeper

use aws.protocols#restJson1

/// Answers who the caller is, under whichever scheme the caller used.
@restJson1
@httpBearerAuth
@httpApiKeyAuth(name: "x-api-key", in: "header")
@httpBasicAuth
@auth([httpBearerAuth, httpApiKeyAuth, httpBasicAuth])
@title("Gatekeeper")
service Gatekeeper {
    version: "2026-12-07"
    operations: [WhoAmI, Ping, Health, KeyOnly]
}

/// Who the service took the caller for.
@readonly
@http(method: "GET", uri: "/whoami")
operation WhoAmI {
    output: Caller
}

/// Works with or without credentials.
@readonly
@optionalAuth
@http(method: "GET", uri: "/ping")
operation Ping {
    output: Caller
}

/// Needs no credentials and sends none.
@readonly
@auth([])
@http(method: "GET", uri: "/health")
operation Health {
    output: Caller
}

/// Only an API key will do.
@readonly
@auth([httpApiKeyAuth])
@http(method: "GET", uri: "/key-only")
operation KeyOnly {
    output: Caller
}

/// The caller's identity, if any.
structure Caller {
    /// The identity the service's authenticator returned.
    caller: String

    /// The `Authorization` header as it arrived, if any.
    authorization: String
}
