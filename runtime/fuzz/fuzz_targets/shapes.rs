//! An XML description with every kind of member (attribute, nested and
//! recursive structure, wrapped and flattened lists, maps, a union, every
//! scalar), shared by the XML and query-form targets.

use codegen_rt::binding::Scalar;
use codegen_rt::codec::xml::{Entry, Item, Member, Shape, Ty};
use codegen_rt::TimestampFormat;

const fn member(key: &'static str, attribute: bool, flattened: bool, ty: Ty) -> Member {
    Member {
        key,
        name: key,
        query: key,
        attribute,
        flattened,
        ns: None,
        ty,
    }
}

const STRING: Ty = Ty::Scalar(Scalar::String);

pub static CHOICE: Shape = Shape {
    name: "Choice",
    ns: None,
    members: &[
        member("s", false, false, STRING),
        member("n", false, false, Ty::Scalar(Scalar::Integer)),
    ],
    union: true,
};

pub static ROOT: Shape = Shape {
    name: "Root",
    ns: None,
    members: &[
        member("id", true, false, Ty::Scalar(Scalar::Integer)),
        member("s", false, false, STRING),
        member("b", false, false, Ty::Scalar(Scalar::Bool)),
        member("f", false, false, Ty::Scalar(Scalar::Float)),
        member("big", false, false, Ty::Scalar(Scalar::Big)),
        member("blob", false, false, Ty::Scalar(Scalar::Blob)),
        member(
            "t",
            false,
            false,
            Ty::Scalar(Scalar::Timestamp {
                text: TimestampFormat::DateTime,
                json: TimestampFormat::DateTime,
            }),
        ),
        member(
            "e",
            false,
            false,
            Ty::Scalar(Scalar::Timestamp {
                text: TimestampFormat::EpochSeconds,
                json: TimestampFormat::EpochSeconds,
            }),
        ),
        member("kids", false, false, Ty::List(&Item { name: "member", ns: None, ty: Ty::Struct(&ROOT) })),
        member("flat", false, true, Ty::List(&Item { name: "member", ns: None, ty: STRING })),
        member(
            "map",
            false,
            false,
            Ty::Map(&Entry {
                key: Item { name: "key", ns: None, ty: STRING },
                value: Item { name: "value", ns: None, ty: Ty::Scalar(Scalar::Bool) },
            }),
        ),
        member(
            "fmap",
            false,
            true,
            Ty::Map(&Entry {
                key: Item { name: "k", ns: None, ty: STRING },
                value: Item { name: "v", ns: None, ty: Ty::List(&Item { name: "i", ns: None, ty: STRING }) },
            }),
        ),
        member("u", false, false, Ty::Struct(&CHOICE)),
    ],
    union: false,
};
