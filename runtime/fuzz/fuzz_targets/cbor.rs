//! The CBOR decoder (rpcv2Cbor bodies) on any bytes: it answers a value or
//! an error, never panics, hangs or allocates beyond the input's size; what
//! it reads writes back as CBOR that reads again to the same value.

#![no_main]

use codegen_rt::codec::{self, cbor, Codec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = cbor::to_json(data) else {
        if data.is_empty() {
            // An empty body is an empty input to a server.
            return;
        }
        // The server's view of the same bytes: a typed SerializationException.
        let e = codec::decode_object(Codec::Cbor, data).unwrap_err();
        assert_eq!(e.code, "SerializationException");
        assert_eq!(e.status, 400);
        return;
    };
    let again = cbor::to_json(&cbor::value_to_vec(&value)).expect("written CBOR reads back");
    // Numbers may change form (a decimal fraction comes back as a double),
    // so compare what does not: the shape, the strings, the keys.
    fn shape(v: &serde_json::Value) -> String {
        match v {
            serde_json::Value::Number(_) => "n".into(),
            serde_json::Value::Array(a) => a.iter().map(shape).collect::<Vec<_>>().join(","),
            serde_json::Value::Object(m) => m
                .iter()
                .map(|(k, v)| format!("{k}:{}", shape(v)))
                .collect::<Vec<_>>()
                .join(","),
            other => other.to_string(),
        }
    }
    assert_eq!(shape(&value), shape(&again));
});
