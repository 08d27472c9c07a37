//! The macros generated crates define their enums with: the enum with an
//! `Unknown` variant (clients keep values newer than their model; servers
//! refuse them), its wire values, conversions and JSON codec. A trailing
//! `internal = [values];` names values the model marks `@internal`: they are
//! left out of the values a validation message lists.

/// A string enum: `Variant = "wire value",` per value. `sensitive;` first
/// makes `Debug` print no value.
#[macro_export]
macro_rules! string_enum {
    (sensitive; $(#[$meta:meta])* pub enum $name:ident { $($body:tt)* } $(internal = [$($internal:literal),*];)?) => {
        $crate::string_enum!(@define $(#[$meta])* $name { $($body)* } [$($($internal),*)?]);
        $crate::string_enum!(@redacted $name);
    };
    ($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* } $(internal = [$($internal:literal),*];)?) => {
        $crate::string_enum!(@define #[derive(Debug)] $(#[$meta])* $name { $($body)* } [$($($internal),*)?]);
    };
    (@redacted $name:ident) => {
        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(concat!(stringify!($name), "(*** Sensitive Data Redacted ***)"))
            }
        }
    };
    (
        @define $(#[$meta:meta])* $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )*
        } [$($internal:literal),*]
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the model does not know.
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every value the model defines.
            pub const VALUES: &'static [&'static str] = &[$($value),*];

            /// The values the model marks `@internal`.
            pub const INTERNAL: &'static [&'static str] = &[$($internal),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unknown(v) => v,
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(v: &str) -> Self {
                match v {
                    $( $value => Self::$variant, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(v: ::std::string::String) -> Self {
                Self::from(v.as_str())
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::json::ToJson for $name {
            fn write_json<S: $crate::serde::Serializer>(
                &self,
                s: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl $crate::json::Validate for $name {
            fn validate(
                &self,
                path: &$crate::json::Path<'_>,
                cx: &mut $crate::json::Ctx,
            ) -> ::std::result::Result<(), $crate::json::DeError> {
                if let Self::Unknown(_) = self {
                    cx.enum_value(path, Self::VALUES, Self::INTERNAL);
                }
                Ok(())
            }
        }

        impl $crate::json::FromJson for $name {
            fn from_json(
                v: &$crate::serde_json::Value,
                path: &$crate::json::Path<'_>,
                cx: &mut $crate::json::Ctx,
            ) -> ::std::result::Result<Self, $crate::json::DeError> {
                let text = <::std::string::String as $crate::json::FromJson>::from_json(v, path, cx)?;
                let value = Self::from(text);
                $crate::json::Validate::validate(&value, path, cx)?;
                Ok(value)
            }
        }

        impl $crate::json::Fallback for $name {
            fn fallback() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }
    };
}

/// An integer enum (`intEnum`): `Variant = 1,` per value. `sensitive;` first
/// makes `Debug` print no value.
#[macro_export]
macro_rules! int_enum {
    (sensitive; $(#[$meta:meta])* pub enum $name:ident { $($body:tt)* } $(internal = [$($internal:literal),*];)?) => {
        $crate::int_enum!(@define $(#[$meta])* $name { $($body)* } [$($($internal),*)?]);
        $crate::string_enum!(@redacted $name);
    };
    ($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* } $(internal = [$($internal:literal),*];)?) => {
        $crate::int_enum!(@define #[derive(Debug)] $(#[$meta])* $name { $($body)* } [$($($internal),*)?]);
    };
    (
        @define $(#[$meta:meta])* $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )*
        } [$($internal:literal),*]
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version of the model does not know.
            Unknown(i32),
        }

        impl $name {
            /// Every value the model defines.
            pub const VALUES: &'static [i32] = &[$($value),*];

            /// The value as sent on the wire.
            pub fn value(&self) -> i32 {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unknown(v) => *v,
                }
            }
        }

        impl ::std::convert::From<i32> for $name {
            fn from(v: i32) -> Self {
                match v {
                    $( $value => Self::$variant, )*
                    other => Self::Unknown(other),
                }
            }
        }

        impl $crate::json::ToJson for $name {
            fn write_json<S: $crate::serde::Serializer>(
                &self,
                s: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_i32(self.value())
            }
        }

        impl $crate::json::Validate for $name {
            fn validate(
                &self,
                path: &$crate::json::Path<'_>,
                cx: &mut $crate::json::Ctx,
            ) -> ::std::result::Result<(), $crate::json::DeError> {
                if let Self::Unknown(_) = self {
                    cx.enum_value(path, &[$(stringify!($value)),*], &[$(stringify!($internal)),*]);
                }
                Ok(())
            }
        }

        impl $crate::json::FromJson for $name {
            fn from_json(
                v: &$crate::serde_json::Value,
                path: &$crate::json::Path<'_>,
                cx: &mut $crate::json::Ctx,
            ) -> ::std::result::Result<Self, $crate::json::DeError> {
                let value = Self::from(<i32 as $crate::json::FromJson>::from_json(v, path, cx)?);
                $crate::json::Validate::validate(&value, path, cx)?;
                Ok(value)
            }
        }

        impl $crate::json::Fallback for $name {
            fn fallback() -> Self {
                Self::Unknown(0)
            }
        }
    };
}
