//! The types crate's `xml` module (XML protocols only): every structure's
//! and union's XML description (`rt::codec::xml::Shape`) and each
//! operation's roots (`rt::codec::message::XmlOp`), which the runtime reads
//! and writes XML bodies and query forms through.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::lower::{Ir, XmlItemIr, XmlMemberIr, XmlOpIr, XmlRootIr, XmlTyIr};

fn ns(n: &Option<(String, Option<String>)>) -> TokenStream {
    match n {
        None => quote!(None),
        Some((uri, prefix)) => {
            let prefix = match prefix {
                Some(p) => quote!(Some(#p)),
                None => quote!(None),
            };
            quote!(Some(rt::codec::xml::Ns { uri: #uri, prefix: #prefix }))
        }
    }
}

/// A reference to a description static (the runtime's for `Unit`).
fn shape_ref(name: &str) -> TokenStream {
    if name == crate::lower::XML_UNIT {
        quote!(&rt::codec::xml::UNIT)
    } else {
        let n = ident(name);
        quote!(&#n)
    }
}

fn item(i: &XmlItemIr) -> TokenStream {
    let (name, n, t) = (&i.name, ns(&i.ns), ty(&i.ty));
    quote!(rt::codec::xml::Item { name: #name, ns: #n, ty: #t })
}

fn ty(t: &XmlTyIr) -> TokenStream {
    match t {
        XmlTyIr::Scalar(s) => {
            let s = super::http::scalar(*s);
            quote!(rt::codec::xml::Ty::Scalar(#s))
        }
        XmlTyIr::List(i) => {
            let i = item(i);
            quote!(rt::codec::xml::Ty::List(&#i))
        }
        XmlTyIr::Map(k, v) => {
            let (k, v) = (item(k), item(v));
            quote!(rt::codec::xml::Ty::Map(&rt::codec::xml::Entry { key: #k, value: #v }))
        }
        XmlTyIr::Struct(s) => {
            let r = shape_ref(s);
            quote!(rt::codec::xml::Ty::Struct(#r))
        }
    }
}

fn member(m: &XmlMemberIr) -> TokenStream {
    let (key, name, query) = (&m.key, &m.name, &m.query);
    let (attribute, flattened) = (m.attribute, m.flattened);
    let (n, t) = (ns(&m.ns), ty(&m.ty));
    quote! {
        rt::codec::xml::Member {
            key: #key,
            name: #name,
            query: #query,
            attribute: #attribute,
            flattened: #flattened,
            ns: #n,
            ty: #t,
        }
    }
}

fn root(r: &XmlRootIr) -> TokenStream {
    let (name, n, shape) = (&r.name, ns(&r.ns), shape_ref(&r.shape));
    quote!(rt::codec::message::Root { name: #name, ns: #n, shape: #shape })
}

fn op(static_name: &str, name: &str, x: &XmlOpIr) -> TokenStream {
    let n = ident(static_name);
    let doc = format!(" `{name}`: the roots of its XML bodies.");
    let (input, output, service_ns) = (root(&x.input), root(&x.output), ns(&x.ns));
    let (version, unwrapped, bare) = (&x.version, x.unwrapped_output, x.bare_errors);
    quote! {
        #[doc = #doc]
        pub static #n: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
            input: #input,
            output: #output,
            ns: #service_ns,
            version: #version,
            unwrapped_output: #unwrapped,
            bare_errors: #bare,
        };
    }
}

/// `xml.rs` of the types crate; `None` when the service speaks no XML
/// protocol.
pub fn module(ir: &Ir) -> Option<TokenStream> {
    if ir.xml.is_empty() {
        return None;
    }
    let shapes = ir.xml.iter().map(|s| {
        let n = ident(&s.static_name);
        let doc = format!(" `{}` as XML sees it.", s.id);
        let (name, sns, union) = (&s.name, ns(&s.ns), s.union);
        let members = s.members.iter().map(member);
        quote! {
            #[doc = #doc]
            pub static #n: rt::codec::xml::Shape = rt::codec::xml::Shape {
                name: #name,
                ns: #sns,
                members: &[#(#members),*],
                union: #union,
            };
        }
    });
    let ops = ir.operations.iter().filter_map(|o| {
        let x = o.binding.xml.as_ref()?;
        Some(op(&o.binding.static_name, &o.name, x))
    });
    Some(quote! {
        //! XML descriptions: element and attribute names, namespaces,
        //! flattening and query keys of every structure, and the roots of
        //! each operation's bodies.

        use ::codegen_rt as rt;

        #(#shapes)*

        #(#ops)*
    })
}
