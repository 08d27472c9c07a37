//! Typed validation: `rt::Validate` for what a client sends (input builders
//! and the structures, unions, lists and maps they reach), checking the same
//! constraints, at the same paths, as a strict parse of the JSON form does;
//! and `rt::json::Input` for input builders (the members endpoint parameters
//! and host labels read).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{ident, ser_view};
use crate::lower::{
    Checks, CollectionKind, EndpointParamIr, HttpIr, Ir, MemberIr, PayloadKindIr, Presence,
    StructIr, Ty, UnionIr,
};

/// What gets a non-trivial `Validate`: the structures, unions and
/// collections reachable from an input whose checking does something.
#[derive(Default)]
struct Needs {
    structs: BTreeSet<usize>,
    unions: BTreeSet<usize>,
    collections: BTreeSet<String>,
}

impl Needs {
    fn ty(&self, t: &Ty) -> bool {
        match t {
            Ty::Enum(_) => true,
            Ty::Struct(r) => self.structs.contains(&r.index),
            Ty::Union(r) => self.unions.contains(&r.index),
            Ty::Boxed(inner) => self.ty(inner),
            Ty::List { func, .. } | Ty::Map { func, .. } => self.collections.contains(func),
            _ => false,
        }
    }

    fn member(&self, t: &Ty, c: &Checks) -> bool {
        !c.is_empty() || self.ty(t)
    }
}

/// The types reachable from the operations' inputs, then those of them
/// whose check does something (a fixpoint: a structure needs checking when
/// a member does).
fn needs(ir: &Ir) -> Needs {
    let colls: BTreeMap<&str, &CollectionKind> = ir
        .collections
        .iter()
        .map(|c| (c.func.as_str(), &c.kind))
        .collect();
    // Reachability.
    let mut reach = Needs::default();
    let mut stack: Vec<&Ty> = ir
        .structs
        .iter()
        .filter(|s| s.is_input)
        .flat_map(|s| s.members.iter().map(|m| &m.ty))
        .collect();
    while let Some(t) = stack.pop() {
        // Each type's contents are visited when it is first reached.
        match t {
            Ty::Struct(r) if reach.structs.insert(r.index) => {
                stack.extend(ir.structure(r).members.iter().map(|m| &m.ty));
            }
            Ty::Union(r) if reach.unions.insert(r.index) => {
                stack.extend(ir.union(r).variants.iter().map(|v| &v.ty));
            }
            Ty::Boxed(inner) => stack.push(inner),
            Ty::List { func, .. } | Ty::Map { func, .. }
                if reach.collections.insert(func.clone()) =>
            {
                match colls.get(func.as_str()) {
                    Some(CollectionKind::List { elem, .. }) => stack.push(elem),
                    Some(CollectionKind::Map { value, .. }) => stack.push(value),
                    None => {}
                }
            }
            _ => {}
        }
    }
    // Every reachable union is checked (a variant this model does not know
    // cannot be sent); the rest by fixpoint.
    let mut needs = Needs {
        unions: reach.unions.clone(),
        ..Needs::default()
    };
    loop {
        let mut changed = false;
        for &i in &reach.structs {
            if !needs.structs.contains(&i)
                && ir.structs[i]
                    .members
                    .iter()
                    .any(|m| needs.member(&m.ty, &m.checks))
            {
                needs.structs.insert(i);
                changed = true;
            }
        }
        for f in &reach.collections {
            let need = match colls.get(f.as_str()) {
                Some(CollectionKind::List { elem, checks, .. }) => needs.member(elem, checks),
                Some(CollectionKind::Map {
                    key_checks,
                    key_enum,
                    value,
                    checks,
                    ..
                }) => !key_checks.is_empty() || key_enum.is_some() || needs.member(value, checks),
                None => false,
            };
            if need && !needs.collections.contains(f) {
                needs.collections.insert(f.clone());
                changed = true;
            }
        }
        if !changed {
            return needs;
        }
    }
}

/// Statements checking `x` (a reference to a `t`) at path `p` (a
/// `&JsonPath`): its constraints, then what its type checks itself.
fn value_checks(needs: &Needs, t: &Ty, c: &Checks) -> TokenStream {
    let mut out = super::checks_on(t, c, &quote!(x), &quote!(p), true);
    if c.unique {
        // On the JSON form, as a strict parse compares elements.
        let view = ser_view(t, &quote!(x));
        out.extend(quote!(cx.unique(p, &rt::json::to_value(&#view));));
    }
    if needs.ty(t) {
        out.extend(match t {
            Ty::List { func, .. } | Ty::Map { func, .. } => {
                let f = format_ident!("val_{}", func);
                quote!(crate::json::#f(x, p, cx)?;)
            }
            _ => quote!(rt::Validate::validate(x, p, cx)?;),
        });
    }
    out
}

/// The checks of one member of `self` (`builder`: every field an `Option`,
/// required ones reported missing when unset).
fn member_checks(needs: &Needs, m: &MemberIr, builder: bool) -> TokenStream {
    let f = ident(&m.field);
    let wire = &m.wire;
    let body = value_checks(needs, &m.ty, &m.checks);
    let optional = builder || m.presence == Presence::Optional;
    let missing = builder && m.presence == Presence::Required && !m.ty.is_stream();
    match (body.is_empty(), optional, missing) {
        (true, _, false) => quote!(),
        (true, _, true) => quote! {
            if self.#f.is_none() {
                cx.missing(&path.field(#wire));
            }
        },
        (false, false, _) => quote! {
            {
                let (x, p) = (&self.#f, &path.field(#wire));
                #body
            }
        },
        (false, true, false) => quote! {
            if let Some(x) = &self.#f {
                let p = &path.field(#wire);
                #body
            }
        },
        (false, true, true) => quote! {
            match &self.#f {
                Some(x) => {
                    let p = &path.field(#wire);
                    #body
                }
                None => cx.missing(&path.field(#wire)),
            }
        },
    }
}

fn validate_impl(name: &proc_macro2::Ident, checks: &[TokenStream]) -> TokenStream {
    let (path, cx) = if checks.iter().all(TokenStream::is_empty) {
        (quote!(_path), quote!(_cx))
    } else {
        (quote!(path), quote!(cx))
    };
    quote! {
        impl rt::Validate for #name {
            fn validate(&self, #path: &rt::JsonPath, #cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
                #(#checks)*
                Ok(())
            }
        }
    }
}

fn structure(needs: &Needs, s: &StructIr, builder: bool) -> TokenStream {
    let checks: Vec<TokenStream> = s
        .members
        .iter()
        .map(|m| member_checks(needs, m, builder))
        .collect();
    let name = if builder {
        ident(&s.builder)
    } else {
        ident(&s.name)
    };
    validate_impl(&name, &checks)
}

fn union(needs: &Needs, u: &UnionIr) -> TokenStream {
    let name = ident(&u.name);
    let mut checked = false;
    let arms: Vec<TokenStream> = u
        .variants
        .iter()
        .map(|v| {
            let n = ident(&v.variant);
            let wire = &v.wire;
            if v.ty == Ty::Unit {
                return quote!(Self::#n => {});
            }
            let body = value_checks(needs, &v.ty, &v.checks);
            if body.is_empty() {
                quote!(Self::#n(_) => {})
            } else {
                checked = true;
                quote!(Self::#n(x) => {
                    let p = &path.field(#wire);
                    #body
                })
            }
        })
        .collect();
    let cx = if checked { quote!(cx) } else { quote!(_cx) };
    quote! {
        impl rt::Validate for #name {
            fn validate(&self, path: &rt::JsonPath, #cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
                match self {
                    #(#arms)*
                    Self::Unknown(name) => {
                        return Err(rt::DeError::at(path, format_args!(
                            "`{name}` is a union member this version of the model does not know, so it cannot be sent"
                        )));
                    }
                }
                Ok(())
            }
        }
    }
}

fn collection(needs: &Needs, func: &str, kind: &CollectionKind) -> TokenStream {
    let f = format_ident!("val_{}", func);
    match kind {
        CollectionKind::List {
            elem,
            checks,
            sparse,
        } => {
            let t = super::ty(elem);
            let body = value_checks(needs, elem, checks);
            let (item, each) = if *sparse {
                (
                    quote!(rt::Option<#t>),
                    quote! {
                        if let Some(x) = x {
                            let p = &path.index(i);
                            #body
                        }
                    },
                )
            } else {
                (quote!(#t), quote!(let p = &path.index(i); #body))
            };
            quote! {
                fn #f(items: &[#item], path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
                    for (i, x) in items.iter().enumerate() {
                        #each
                    }
                    Ok(())
                }
            }
        }
        CollectionKind::Map {
            key_checks,
            key_enum,
            value,
            checks,
            sparse,
        } => {
            let t = super::ty(value);
            let kc = super::key_checks(key_checks, key_enum.as_ref(), &quote!(k.as_str()));
            let body = value_checks(needs, value, checks);
            let (item, x) = if *sparse {
                (quote!(rt::Option<#t>), quote!(Some(x)))
            } else {
                (quote!(#t), quote!(x))
            };
            let each = if body.is_empty() {
                quote!()
            } else if *sparse {
                quote! {
                    if let #x = x {
                        let p = &path.key(k);
                        #body
                    }
                }
            } else {
                quote!(let p = &path.key(k); #body)
            };
            // Only the keys when the values have nothing to check (a value's
            // path names its key).
            let lp = if body.is_empty() {
                quote!(k in entries.keys())
            } else {
                quote!((k, x) in entries)
            };
            quote! {
                fn #f(entries: &rt::BTreeMap<rt::String, #item>, path: &rt::JsonPath, cx: &mut rt::JsonCtx) -> rt::DeResult<()> {
                    for #lp {
                        #kc
                        #each
                    }
                    Ok(())
                }
            }
        }
    }
}

/// The top-level members each input's endpoint parameters, host labels,
/// endpoint discovery ids and customizations read, by input structure.
fn read_members(ir: &Ir) -> BTreeMap<usize, BTreeSet<String>> {
    let mut out: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for op in &ir.operations {
        let set = out.entry(op.input.index).or_default();
        for c in &ir.service.customizations {
            match c {
                crate::lower::CustomizationIr::EndpointMember { operation, member }
                    if *operation == op.name =>
                {
                    set.insert(member.clone());
                }
                _ => {}
            }
        }
        for (_, p) in &op.endpoint_params {
            if let EndpointParamIr::Member(m) = p {
                set.insert(m.clone());
            }
        }
        set.extend(op.host_labels.iter().cloned());
        set.extend(op.discovery_ids.iter().cloned());
    }
    out
}

fn input_impl(s: &StructIr, read: Option<&BTreeSet<String>>, http: Option<&HttpIr>) -> TokenStream {
    let builder = ident(&s.builder);
    let msg = http.map(|h| &h.input);
    let bound: BTreeSet<&str> = msg
        .map(|m| m.bindings.iter().map(|b| b.key.as_str()).collect())
        .unwrap_or_default();
    let arms: Vec<TokenStream> = s
        .members
        .iter()
        .filter(|m| read.is_some_and(|r| r.contains(&m.wire)) || bound.contains(m.wire.as_str()))
        .map(|m| {
            let f = ident(&m.field);
            let wire = &m.wire;
            let v = super::ser(&m.ty, &quote!(v));
            quote!(#wire => self.#f.as_ref().map(|v| #v),)
        })
        .collect();
    let body = if arms.is_empty() {
        quote!(None)
    } else {
        quote! {
            match name {
                #(#arms)*
                _ => None,
            }
        }
    };
    let name = if arms.is_empty() {
        quote!(_name)
    } else {
        quote!(name)
    };
    // restJson1: the members left for the body, and the payload.
    let payload = msg.and_then(|m| m.payload.as_ref());
    let write_body = match msg {
        // Asked only when the body holds members (no payload).
        Some(m) if m.body && payload.is_none() && !bound.is_empty() => {
            let members: Vec<MemberIr> = s
                .members
                .iter()
                .filter(|m| !bound.contains(m.wire.as_str()))
                .cloned()
                .collect();
            let body = super::types::write_object(&members, true);
            quote! {
                fn write_body<S: rt::serde::Serializer>(&self, s: S) -> rt::Result<S::Ok, S::Error> {
                    #body
                }
            }
        }
        _ => quote!(),
    };
    let payload_fn = payload
        .filter(|p| !matches!(p.kind, PayloadKindIr::Stream | PayloadKindIr::Events))
        .and_then(|p| s.members.iter().find(|m| m.wire == p.key).map(|m| (p, m)))
        .map(|(p, m)| {
            let f = ident(&m.field);
            let bytes = match (p.kind, &m.ty) {
                (PayloadKindIr::Blob, _) => quote!(Ok(v.as_ref().to_vec())),
                (PayloadKindIr::Text, Ty::Enum(_)) => quote!(Ok(v.as_str().as_bytes().to_vec())),
                (PayloadKindIr::Text, _) => quote!(Ok(v.as_bytes().to_vec())),
                _ => {
                    let view = ser_view(&m.ty, &quote!(v));
                    quote!(rt::serde_json::to_vec(&#view))
                }
            };
            quote! {
                fn payload(&self) -> rt::Result<rt::Option<rt::Vec<u8>>, rt::serde_json::Error> {
                    self.#f.as_ref().map(|v| #bytes).transpose()
                }
            }
        });
    quote! {
        impl rt::json::Input for #builder {
            fn member(&self, #name: &str) -> rt::Option<rt::JsonValue> {
                #body
            }
            #write_body
            #payload_fn
        }
    }
}

/// `Validate` for inputs' builders and what they reach, `val_` functions
/// for their lists and maps, `Input` for the builders.
pub fn impls(ir: &Ir) -> TokenStream {
    let needs = needs(ir);
    let read = read_members(ir);
    let mut out = TokenStream::new();
    for (i, s) in ir.structs.iter().enumerate() {
        if needs.structs.contains(&i) {
            out.extend(structure(&needs, s, false));
        }
        if s.is_input {
            let http = ir
                .operations
                .iter()
                .find(|o| o.input.index == i)
                .filter(|_| ir.service.rest)
                .map(|o| &o.binding);
            out.extend(structure(&needs, s, true));
            out.extend(input_impl(s, read.get(&i), http));
        }
    }
    for (i, u) in ir.unions.iter().enumerate() {
        if needs.unions.contains(&i) {
            out.extend(union(&needs, u));
        }
    }
    for c in &ir.collections {
        if needs.collections.contains(&c.func) {
            out.extend(collection(&needs, &c.func, &c.kind));
        }
    }
    out
}
