#!/usr/bin/env python3
"""Writes rpc-eventstreams.json: our eventStreamTests cases for awsJson1_1 and
rpcv2Cbor, applied to the Ticker service of codegen/tests/models/events-rpc.smithy.
Events are given by their headers and body (the runner frames them); CBOR bodies
are encoded here (definite-length maps, tag-1 timestamps, byte-string blobs).

    python3 protocol-tests/models/rpc-eventstreams.py protocol-tests/models/rpc-eventstreams.json
"""
import json, struct, base64, sys

def head(major, n):
    if n < 24: return bytes([major<<5 | n])
    if n < 256: return bytes([major<<5 | 24, n])
    if n < 65536: return bytes([major<<5 | 25]) + struct.pack('>H', n)
    if n < 2**32: return bytes([major<<5 | 26]) + struct.pack('>I', n)
    return bytes([major<<5 | 27]) + struct.pack('>Q', n)

class Ts(int): pass
class B(bytes): pass

def cbor(v):
    if isinstance(v, Ts): return bytes([0xc1]) + cbor(int(v))
    if isinstance(v, bool): return bytes([0xf5 if v else 0xf4])
    if isinstance(v, int): return head(0, v) if v >= 0 else head(1, -1-v)
    if isinstance(v, float): return bytes([0xfb]) + struct.pack('>d', v)
    if isinstance(v, B): return head(2, len(v)) + bytes(v)
    if isinstance(v, str): b = v.encode(); return head(3, len(b)) + b
    if isinstance(v, dict):
        out = head(5, len(v))
        for k, x in v.items(): out += cbor(k) + cbor(x)
        return out
    raise TypeError(v)

def jsonable(v):
    """A value as a JSON body writes it (blobs base64)."""
    if isinstance(v, B): return base64.b64encode(bytes(v)).decode()
    if isinstance(v, dict): return {k: jsonable(x) for k, x in v.items()}
    return int(v) if isinstance(v, Ts) else v

def param(v):
    """A value as protocol-test params give it (blobs as their text)."""
    if isinstance(v, B): return bytes(v).decode()
    if isinstance(v, dict): return {k: param(x) for k, x in v.items()}
    return int(v) if isinstance(v, Ts) else v

PROTOCOLS = {
    "awsJson1_1": dict(id="aws.protocols#awsJson1_1", ct="application/json",
        uri=lambda op: "/",
        headers=lambda op, streams_in, streams_out: {"X-Amz-Target": f"Ticker.{op}",
            "Content-Type": "application/vnd.amazon.eventstream" if streams_in else "application/x-amz-json-1.1"}),
    "rpcv2Cbor": dict(id="smithy.protocols#rpcv2Cbor", ct="application/cbor",
        uri=lambda op: f"/service/Ticker/operation/{op}",
        headers=lambda op, streams_in, streams_out: {"smithy-protocol": "rpc-v2-cbor",
            "Content-Type": "application/vnd.amazon.eventstream" if streams_in else "application/cbor",
            "Accept": "application/vnd.amazon.eventstream" if streams_out else "application/cbor"}),
}

def body(p, members):
    if p == "rpcv2Cbor":
        return {"body": base64.b64encode(cbor(members)).decode(), "bodyMediaType": "application/cbor"}
    return {"body": json.dumps(jsonable(members), separators=(",", ":")), "bodyMediaType": "application/json"}

def initial(p, kind, members):
    return dict(type=kind, headers={":message-type": {"string": "event"},
        ":event-type": {"string": f"initial-{kind}"},
        ":content-type": {"string": PROTOCOLS[p]["ct"]}}, **body(p, members))

def event(p, kind, member, fields, header_fields):
    hs = {":message-type": {"string": "event"}, ":event-type": {"string": member},
          ":content-type": {"string": PROTOCOLS[p]["ct"]}}
    hs.update(header_fields)
    params = {member: param(fields)}
    for k, v in header_fields.items():
        params[member][k] = list(v.values())[0]
    payload = {k: v for k, v in fields.items()}
    return dict(type=kind, params=params, headers=hs, **body(p, payload))

def exception(p, member, fields):
    hs = {":message-type": {"string": "exception"}, ":exception-type": {"string": member},
          ":content-type": {"string": PROTOCOLS[p]["ct"]}}
    return dict(type="response", params={member: param(fields)}, headers=hs, **body(p, fields))

cases = {"Subscribe": [], "Publish": [], "Echo": []}
for p, d in PROTOCOLS.items():
    req = lambda op, si, so, members: dict(method="POST", uri=d["uri"](op), headers=d["headers"](op, si, so),
        **({} if si else body(p, members)))
    resp = dict(code=200, headers={"Content-Type": "application/vnd.amazon.eventstream"})
    quote = event(p, "response", "quote", {"price": 1.5, "at": Ts(1700000001), "raw": B(b"ok")},
                  {"symbol": {"string": "ACME"}})
    cases["Subscribe"].append(dict(
        id=f"{p}SubscribeOpensWithInitialResponse", protocol=d["id"],
        documentation="The output stream opens with the output's other members as an initial-response event; the input is the request body.",
        initialRequestParams={"symbol": "ACME", "limit": 1},
        initialRequest=req("Subscribe", False, True, {"symbol": "ACME", "limit": 1}),
        initialRequestShape="smithy.test#InitialHttpRequest",
        initialResponseParams={"subscriptionId": "sub-1", "startedAt": 1700000000},
        initialResponse=resp, initialResponseShape="smithy.test#InitialHttpResponse",
        events=[initial(p, "response", {"subscriptionId": "sub-1", "startedAt": Ts(1700000000)}), quote]))
    cases["Subscribe"].append(dict(
        id=f"{p}SubscribeEndsWithModeledException", protocol=d["id"],
        documentation="An initial-response with no members, a quote, then a modeled exception that ends the stream.",
        initialRequestParams={"symbol": "ACME"},
        initialRequest=req("Subscribe", False, True, {"symbol": "ACME"}),
        initialRequestShape="smithy.test#InitialHttpRequest",
        initialResponse=resp, initialResponseShape="smithy.test#InitialHttpResponse",
        events=[initial(p, "response", {}), quote, exception(p, "halted", {"message": "stop"})],
        expectation={"failure": {"errorId": "example.ticker#TradingHalted"}}))
    trade = event(p, "request", "trade", {"volume": 5, "at": Ts(1700000001), "note": B(b"hi")},
                  {"seq": {"long": 0}})
    cases["Publish"].append(dict(
        id=f"{p}PublishOpensWithInitialRequest", protocol=d["id"],
        documentation="The input stream opens with the input's other members as an initial-request event.",
        initialRequestParams={"feed": "nyse", "openedAt": 1700000000},
        initialRequest=req("Publish", True, False, None),
        initialRequestShape="smithy.test#InitialHttpRequest",
        events=[initial(p, "request", {"feed": "nyse", "openedAt": Ts(1700000000)}), trade]))
    reply = event(p, "response", "trade", {"volume": 10, "note": B(b"re:hi")}, {"seq": {"long": 0}})
    cases["Echo"].append(dict(
        id=f"{p}EchoOpensBothStreams", protocol=d["id"],
        documentation="Both streams open with their initial messages, then carry one trade each way.",
        initialRequestParams={"label": "re:"},
        initialRequest=req("Echo", True, True, None),
        initialRequestShape="smithy.test#InitialHttpRequest",
        initialResponseParams={"label": "re:"},
        initialResponse=resp, initialResponseShape="smithy.test#InitialHttpResponse",
        events=[initial(p, "request", {"label": "re:"}), trade,
                initial(p, "response", {"label": "re:"}), reply]))

model = {"smithy": "2.0", "shapes": {}}
for name, cs in cases.items():
    model["shapes"][f"example.ticker#{name}"] = {"type": "apply", "traits": {"smithy.test#eventStreamTests": cs}}
json.dump(model, open(sys.argv[1], "w"), indent=2)
open(sys.argv[1], "a").write("\n")
