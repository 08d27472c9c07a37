$version: "2.0"

// A service whose model carries its own protocol tests, in two protocols:
// what `codegen protocol-tests` runs (codegen/tests/protocol_tests_cli.rs).
namespace example.greetings

use aws.protocols#awsJson1_0
use smithy.protocols#rpcv2Json
use smithy.test#httpRequestTests
use smithy.test#httpResponseTests

/// Greets people.
@awsJson1_0
@rpcv2Json
service Greetings {
    version: "2026-12-07"
    operations: [SayHello]
}

@httpRequestTests([
    {
        id: "SayHelloRpcV2Json"
        protocol: rpcv2Json
        method: "POST"
        uri: "/service/Greetings/operation/SayHello"
        headers: { "smithy-protocol": "rpc-v2-json", "Content-Type": "application/json" }
        body: "{\"name\": \"Ada\", \"times\": 2}"
        bodyMediaType: "application/json"
        params: { name: "Ada", times: 2 }
    }
    {
        id: "SayHelloAwsJson"
        protocol: awsJson1_0
        method: "POST"
        uri: "/"
        headers: { "X-Amz-Target": "Greetings.SayHello", "Content-Type": "application/x-amz-json-1.0" }
        body: "{\"name\": \"Ada\"}"
        bodyMediaType: "application/json"
        params: { name: "Ada" }
    }
])
@httpResponseTests([
    {
        id: "SayHelloAnswerRpcV2Json"
        protocol: rpcv2Json
        code: 200
        headers: { "smithy-protocol": "rpc-v2-json", "Content-Type": "application/json" }
        body: "{\"greeting\": \"Hello, Ada\"}"
        bodyMediaType: "application/json"
        params: { greeting: "Hello, Ada" }
    }
])
operation SayHello {
    input := {
        /// Who to greet.
        @required
        name: String

        /// How many times.
        times: Integer
    }
    output := {
        /// The greeting.
        greeting: String
    }
    errors: [NoSuchPerson]
}

/// Nobody by that name.
@error("client")
@httpResponseTests([
    {
        id: "NoSuchPersonAwsJson"
        protocol: awsJson1_0
        code: 400
        headers: { "Content-Type": "application/x-amz-json-1.0" }
        body: "{\"__type\": \"example.greetings#NoSuchPerson\", \"message\": \"who?\"}"
        bodyMediaType: "application/json"
        params: { message: "who?" }
    }
])
structure NoSuchPerson {
    message: String
}
