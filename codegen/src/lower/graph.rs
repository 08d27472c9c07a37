//! Whole-IR passes over the type graph: boxing recursive members, marking
//! the types lenient parsing needs stand-ins for.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// The structure or union a member holds inline (not through a list or map).
fn inline_shape(t: &Ty) -> Option<&str> {
    match t {
        Ty::Struct(r) | Ty::Union(r) => Some(&r.name),
        _ => None,
    }
}

/// Boxes every member whose shape, held inline, contains (inline, at any
/// depth) the shape the member belongs to: such types would have infinite size.
pub(super) fn box_recursion(structs: &mut [StructIr], unions: &mut [UnionIr]) {
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for s in structs.iter() {
        let to = s.members.iter().filter_map(|m| inline_shape(&m.ty));
        edges.insert(s.name.clone(), to.map(str::to_owned).collect());
    }
    for u in unions.iter() {
        let to = u.variants.iter().filter_map(|v| inline_shape(&v.ty));
        edges.insert(u.name.clone(), to.map(str::to_owned).collect());
    }
    let reaches = |from: &str, target: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(n) = stack.pop() {
            if n == target {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    let boxed = |owner: &str, t: &mut Ty| {
        if inline_shape(t).is_some_and(|n| reaches(n, owner)) {
            *t = Ty::Boxed(Box::new(t.clone()));
        }
    };
    for s in structs.iter_mut() {
        for m in &mut s.members {
            boxed(&s.name, &mut m.ty);
        }
    }
    for u in unions.iter_mut() {
        for v in &mut u.variants {
            boxed(&u.name, &mut v.ty);
        }
    }
}

/// Types that are the target of a required member need a stand-in value for
/// lenient parsing; so do the required members of those, transitively. (Unions
/// and enums always fall back to their `Unknown` variant.)
pub(super) fn mark_fallbacks(structs: &mut [StructIr]) {
    fn required_structs(s: &StructIr) -> impl Iterator<Item = usize> + '_ {
        s.members
            .iter()
            .filter(|m| m.presence == Presence::Required)
            .filter_map(|m| match m.ty.named_kind() {
                Some((TypeKind::Struct, r)) => Some(r.index),
                _ => None,
            })
    }
    let mut work: Vec<usize> = structs.iter().flat_map(required_structs).collect();
    let mut needed: BTreeSet<usize> = BTreeSet::new();
    while let Some(i) = work.pop() {
        if needed.insert(i) {
            work.extend(structs.get(i).into_iter().flat_map(required_structs));
        }
    }
    for (i, s) in structs.iter_mut().enumerate() {
        s.needs_fallback = needed.contains(&i);
    }
}
