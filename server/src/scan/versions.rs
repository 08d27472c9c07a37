//! Version order of each package manager, as its own tools define it:
//! dpkg's (Debian policy 5.6.12), rpm's (`rpmvercmp`, with `~` and `^`) and
//! apk's (apk-tools: numbers, a letter, `_suffix`es, `-rN`).

use std::cmp::Ordering;

/// dpkg's character order: `~` first (before the end), letters, then the rest.
fn dpkg_order(c: Option<u8>) -> i32 {
    match c {
        None => 0,
        Some(b'~') => -1,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => i32::from(c),
        Some(c) => i32::from(c) + 256,
    }
}

/// dpkg's `verrevcmp`: non-digit runs by [`dpkg_order`], digit runs by value.
fn verrevcmp(a: &[u8], b: &[u8]) -> Ordering {
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        while a.get(i).is_some_and(|c| !c.is_ascii_digit())
            || b.get(j).is_some_and(|c| !c.is_ascii_digit())
        {
            let (x, y) = (dpkg_order(a.get(i).copied()), dpkg_order(b.get(j).copied()));
            if x != y {
                return x.cmp(&y);
            }
            i += 1;
            j += 1;
        }
        while a.get(i) == Some(&b'0') {
            i += 1;
        }
        while b.get(j) == Some(&b'0') {
            j += 1;
        }
        let mut first_diff = Ordering::Equal;
        while a.get(i).is_some_and(u8::is_ascii_digit) && b.get(j).is_some_and(u8::is_ascii_digit) {
            if first_diff == Ordering::Equal {
                first_diff = a[i].cmp(&b[j]);
            }
            i += 1;
            j += 1;
        }
        if a.get(i).is_some_and(u8::is_ascii_digit) {
            return Ordering::Greater;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            return Ordering::Less;
        }
        if first_diff != Ordering::Equal {
            return first_diff;
        }
    }
    Ordering::Equal
}

/// `[epoch:]upstream[-revision]`.
fn dpkg_parts(v: &str) -> (u64, &str, &str) {
    let (epoch, rest) = match v.split_once(':') {
        Some((e, r)) if e.bytes().all(|b| b.is_ascii_digit()) => (e.parse().unwrap_or(0), r),
        _ => (0, v),
    };
    match rest.rsplit_once('-') {
        Some((up, rev)) => (epoch, up, rev),
        None => (epoch, rest, ""),
    }
}

/// Compares two Debian package versions.
pub fn dpkg(a: &str, b: &str) -> Ordering {
    let (ea, ua, ra) = dpkg_parts(a.trim());
    let (eb, ub, rb) = dpkg_parts(b.trim());
    ea.cmp(&eb)
        .then_with(|| verrevcmp(ua.as_bytes(), ub.as_bytes()))
        .then_with(|| verrevcmp(ra.as_bytes(), rb.as_bytes()))
}

/// rpm's `rpmvercmp` on one part (version or release).
fn rpmvercmp(a: &str, b: &str) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    let separator = |c: u8| !c.is_ascii_alphanumeric() && c != b'~' && c != b'^';
    loop {
        while a.get(i).is_some_and(|&c| separator(c)) {
            i += 1;
        }
        while b.get(j).is_some_and(|&c| separator(c)) {
            j += 1;
        }
        let (ta, tb) = (a.get(i) == Some(&b'~'), b.get(j) == Some(&b'~'));
        if ta || tb {
            if !ta {
                return Ordering::Greater;
            }
            if !tb {
                return Ordering::Less;
            }
            i += 1;
            j += 1;
            continue;
        }
        let (ca, cb) = (a.get(i) == Some(&b'^'), b.get(j) == Some(&b'^'));
        if ca || cb {
            if i >= a.len() {
                return Ordering::Less;
            }
            if j >= b.len() {
                return Ordering::Greater;
            }
            if !ca {
                return Ordering::Greater;
            }
            if !cb {
                return Ordering::Less;
            }
            i += 1;
            j += 1;
            continue;
        }
        if i >= a.len() || j >= b.len() {
            break;
        }
        let numeric = a[i].is_ascii_digit();
        let run = |s: &[u8], mut k: usize| {
            let start = k;
            while s.get(k).is_some_and(|c| {
                if numeric {
                    c.is_ascii_digit()
                } else {
                    c.is_ascii_alphabetic()
                }
            }) {
                k += 1;
            }
            (start, k)
        };
        let (sa, ea) = run(a, i);
        let (sb, eb) = run(b, j);
        if sb == eb {
            // Segments of different kinds: a number is newer than letters.
            return if numeric {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
        let (mut x, mut y) = (&a[sa..ea], &b[sb..eb]);
        let order = if numeric {
            while x.first() == Some(&b'0') {
                x = &x[1..];
            }
            while y.first() == Some(&b'0') {
                y = &y[1..];
            }
            x.len().cmp(&y.len()).then_with(|| x.cmp(y))
        } else {
            x.cmp(y)
        };
        if order != Ordering::Equal {
            return order;
        }
        i = ea;
        j = eb;
    }
    match (i >= a.len(), j >= b.len()) {
        (true, true) => Ordering::Equal,
        (false, _) => Ordering::Greater,
        (true, false) => Ordering::Less,
    }
}

/// `[epoch:]version[-release]`.
fn rpm_parts(v: &str) -> (u64, &str, Option<&str>) {
    let (epoch, rest) = match v.split_once(':') {
        Some((e, r)) if e.bytes().all(|b| b.is_ascii_digit()) => (e.parse().unwrap_or(0), r),
        _ => (0, v),
    };
    match rest.rsplit_once('-') {
        Some((ver, rel)) => (epoch, ver, Some(rel)),
        None => (epoch, rest, None),
    }
}

/// Compares two RPM versions (`epoch:version-release`); a release left
/// out of either side is not compared.
pub fn rpm(a: &str, b: &str) -> Ordering {
    let (ea, va, ra) = rpm_parts(a.trim());
    let (eb, vb, rb) = rpm_parts(b.trim());
    ea.cmp(&eb)
        .then_with(|| rpmvercmp(va, vb))
        .then_with(|| match (ra, rb) {
            (Some(x), Some(y)) => rpmvercmp(x, y),
            _ => Ordering::Equal,
        })
}

/// apk's suffixes in order; a version without one sits between `rc` and `cvs`.
const APK_SUFFIXES: [&str; 9] = ["alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg"];

fn apk_suffix_rank(s: &str) -> usize {
    if s == "p" {
        return APK_SUFFIXES.len();
    }
    APK_SUFFIXES.iter().position(|x| *x == s).unwrap_or(4)
}

/// An apk version in parts: numbers, an optional letter, suffixes (rank,
/// number), and the `-rN` revision.
type ApkParts = (Vec<u64>, Option<char>, Vec<(usize, u64)>, u64);

fn apk_parts(v: &str) -> ApkParts {
    let (v, revision) = match v.rsplit_once("-r") {
        Some((v, r)) if r.bytes().all(|b| b.is_ascii_digit()) && !r.is_empty() => {
            (v, r.parse().unwrap_or(0))
        }
        _ => (v, 0),
    };
    let mut pieces = v.split('_');
    let main = pieces.next().unwrap_or_default();
    let (digits, letter) = match main.chars().last() {
        Some(c) if c.is_ascii_alphabetic() => (&main[..main.len() - 1], Some(c)),
        _ => (main, None),
    };
    let numbers = digits.split('.').map(|n| n.parse().unwrap_or(0)).collect();
    let suffixes = pieces
        .map(|s| {
            let name: String = s.chars().take_while(char::is_ascii_alphabetic).collect();
            let n = s[name.len()..].parse().unwrap_or(0);
            (apk_suffix_rank(&name), n)
        })
        .collect();
    (numbers, letter, suffixes, revision)
}

/// Compares two Alpine package versions.
pub fn apk(a: &str, b: &str) -> Ordering {
    let (na, la, sa, ra) = apk_parts(a.trim());
    let (nb, lb, sb, rb) = apk_parts(b.trim());
    let numbers = {
        let mut o = Ordering::Equal;
        for k in 0..na.len().max(nb.len()) {
            match (na.get(k), nb.get(k)) {
                (Some(x), Some(y)) => o = x.cmp(y),
                (Some(_), None) => o = Ordering::Greater,
                (None, Some(_)) => o = Ordering::Less,
                (None, None) => {}
            }
            if o != Ordering::Equal {
                break;
            }
        }
        o
    };
    let none = (
        APK_SUFFIXES.iter().position(|s| s.is_empty()).unwrap_or(4),
        0,
    );
    let suffixes = {
        let mut o = Ordering::Equal;
        for k in 0..sa.len().max(sb.len()) {
            o = sa.get(k).unwrap_or(&none).cmp(sb.get(k).unwrap_or(&none));
            if o != Ordering::Equal {
                break;
            }
        }
        o
    };
    numbers
        .then_with(|| la.cmp(&lb))
        .then_with(|| suffixes)
        .then_with(|| ra.cmp(&rb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Ordering::{Equal, Greater, Less};

    #[test]
    fn dpkg_order() {
        for (a, b, o) in [
            ("1.0", "1.0", Equal),
            ("1.0~rc1", "1.0", Less),
            ("1.0", "1.0+b1", Less),
            ("1:0.9", "2.0", Greater),
            ("3.0.11-1~deb12u1", "3.0.13-1~deb12u1", Less),
            ("3.0.13-1~deb12u1", "3.0.13-1", Less),
            ("2.36-9+deb12u4", "2.36-9+deb12u10", Less),
            ("1.2.3-1", "1.2.3-1", Equal),
            ("1.02", "1.2", Equal),
            ("1.0a", "1.0", Greater),
            ("1.0~~", "1.0~", Less),
        ] {
            assert_eq!(dpkg(a, b), o, "{a} vs {b}");
            assert_eq!(dpkg(b, a), o.reverse(), "{b} vs {a}");
        }
    }

    #[test]
    fn rpm_order() {
        for (a, b, o) in [
            ("1.0-1", "1.0-1", Equal),
            ("3.0.7-18.el9", "3.0.7-24.el9", Less),
            ("1.0~rc1-1", "1.0-1", Less),
            ("1.0^git1-1", "1.0-1", Greater),
            ("1:1.0-1", "2.0-1", Greater),
            ("1.10-1", "1.9-1", Greater),
            ("1.0a-1", "1.0-1", Greater),
            ("2.0", "2.0-5", Equal),
            ("1.0.1", "1.0a", Greater),
        ] {
            assert_eq!(rpm(a, b), o, "{a} vs {b}");
            assert_eq!(rpm(b, a), o.reverse(), "{b} vs {a}");
        }
    }

    #[test]
    fn apk_order() {
        for (a, b, o) in [
            ("3.1.4-r0", "3.1.4-r1", Less),
            ("3.1.4-r5", "3.1.5-r0", Less),
            ("1.2.3_rc1-r0", "1.2.3-r0", Less),
            ("1.2.3_p1-r0", "1.2.3-r0", Greater),
            ("1.2a-r0", "1.2-r0", Greater),
            ("1.10-r0", "1.9-r0", Greater),
            ("1.2.3_alpha2", "1.2.3_beta1", Less),
            ("2.0", "2.0", Equal),
        ] {
            assert_eq!(apk(a, b), o, "{a} vs {b}");
            assert_eq!(apk(b, a), o.reverse(), "{b} vs {a}");
        }
    }
}
