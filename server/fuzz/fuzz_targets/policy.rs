//! Repository and registry policy documents (SetRepositoryPolicy,
//! PutRegistryPolicy, templates): parsed, and evaluated when they parse;
//! never a panic.
#![no_main]

use std::collections::BTreeMap;

use ecr_server::policy::{Policy, Request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(policy) = Policy::parse(text) else { return };
    let mut context = BTreeMap::new();
    context.insert("aws:sourceip".to_owned(), vec!["127.0.0.1".to_owned()]);
    context.insert("aws:principalarn".to_owned(), vec!["arn:aws:iam::123456789012:user/a".to_owned()]);
    let _ = policy.evaluate(&Request {
        principal: "arn:aws:iam::123456789012:user/a",
        account: "123456789012",
        action: "ecr:PutImage",
        resource: "arn:aws:ecr:us-east-1:123456789012:repository/web",
        context: &context,
    });
});
