$version: "2.0"
$operationInputSuffix: "Request"

metadata tags = ["a", "b"]
metadata "quoted key" = { nested: [1, -2.5e3, true, null] }

namespace example.seed

use smithy.api#String

/// A service.
@title("Seed")
service Seed {
    version: "2024-01-01"
    operations: [Get]
    resources: [Thing]
}

resource Thing {
    identifiers: { id: Id }
    properties: { name: String }
    read: Get
}

@readonly
operation Get {
    input := for Thing with [Common] {
        @required
        $id
    }
    output := {
        name: String = "x"
    }
    errors: [Oops]
}

@mixin
structure Common {
    /// Doc on a mixin member.
    trace: String
}

@error("client")
structure Oops {
    message: String
}

@pattern("^[a-z]+$")
@length(min: 1, max: 64)
string Id

enum Color {
    RED
    GREEN = "green"
}

intEnum Level {
    LOW = 1
    HIGH = 2
}

list Names {
    member: String
}

map Index {
    key: String
    value: Names
}

union Choice {
    a: String
    b: Level
}

@documentation("""
    Text block
      indented \
    continued""")
string Doc

apply Oops$message @documentation("applied")
apply Color {
    @deprecated
    @tags(["t"])
}
