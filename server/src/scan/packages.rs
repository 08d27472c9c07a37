//! What an image has installed: its layers read in order (gzip or plain
//! tar; whiteouts honoured), the topmost copy of each package database
//! (dpkg's `status` and `status.d/`, apk's `installed`, rpm's
//! `rpmdb.sqlite`) and of `os-release`, parsed.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// Which package manager installed a package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Manager {
    Dpkg,
    Apk,
    Rpm,
}

/// One installed package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub manager: Manager,
    pub name: String,
    pub version: String,
    /// The source package it was built from, which is what distributions'
    /// advisories name (dpkg's `Source`, apk's `o:`, rpm's `SOURCERPM`).
    pub source: Option<String>,
}

/// The operating system of an image (`os-release`'s `ID`, `VERSION_ID`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Os {
    pub id: String,
    pub version_id: String,
}

/// What a scan learns from the layers.
#[derive(Debug, Default)]
pub struct Contents {
    pub os: Option<Os>,
    pub packages: Vec<Package>,
    /// Layers that could not be read, and why.
    pub unreadable: Vec<String>,
}

/// The files a scan reads, and the most it reads of each.
const READ_LIMIT: u64 = 512 << 20;

fn wanted(path: &str) -> bool {
    matches!(
        path,
        "var/lib/dpkg/status"
            | "lib/apk/db/installed"
            | "var/lib/rpm/rpmdb.sqlite"
            | "usr/lib/sysimage/rpm/rpmdb.sqlite"
            | "etc/os-release"
            | "usr/lib/os-release"
    ) || path.starts_with("var/lib/dpkg/status.d/")
}

/// Reads the layers (blob files, base layer first) into the files a scan needs.
pub fn read_layers(layers: &[(String, &Path)]) -> (BTreeMap<String, Vec<u8>>, Vec<String>) {
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut unreadable = Vec::new();
    for (digest, path) in layers {
        if let Err(e) = read_layer(path, &mut files) {
            unreadable.push(format!("layer {digest}: {e}"));
        }
    }
    (files, unreadable)
}

fn read_layer(path: &Path, files: &mut BTreeMap<String, Vec<u8>>) -> std::io::Result<()> {
    let mut f = std::fs::File::open(path)?;
    let mut magic = [0u8; 4];
    let n = f.read(&mut magic)?;
    drop(f);
    let file = std::fs::File::open(path)?;
    let reader: Box<dyn Read> = match &magic[..n] {
        [0x1f, 0x8b, ..] => Box::new(flate2::read::GzDecoder::new(file)),
        [0x28, 0xb5, 0x2f, 0xfd] => {
            return Err(std::io::Error::other(
                "zstd-compressed layers are not read yet",
            ))
        }
        _ => Box::new(file),
    };
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries()? {
        let mut entry = entry?;
        let raw = entry.path()?.to_string_lossy().into_owned();
        let path = raw
            .trim_start_matches("./")
            .trim_start_matches('/')
            .to_owned();
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
        if name == ".wh..wh..opq" {
            // An opaque directory: what lower layers had in it is gone.
            let prefix = format!("{dir}/");
            files.retain(|p, _| !p.starts_with(&prefix));
            continue;
        }
        if let Some(hidden) = name.strip_prefix(".wh.") {
            let gone = if dir.is_empty() {
                hidden.to_owned()
            } else {
                format!("{dir}/{hidden}")
            };
            let prefix = format!("{gone}/");
            files.retain(|p, _| *p != gone && !p.starts_with(&prefix));
            continue;
        }
        if !entry.header().entry_type().is_file() || !wanted(&path) {
            continue;
        }
        let mut data = Vec::new();
        entry.by_ref().take(READ_LIMIT).read_to_end(&mut data)?;
        files.insert(path, data);
    }
    Ok(())
}

/// `os-release`: `KEY=value` lines, values maybe quoted.
pub fn os_release(text: &str) -> Os {
    let mut os = Os::default();
    for line in text.lines() {
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim().trim_matches('"').trim_matches('\'').to_owned();
        match k.trim() {
            "ID" => os.id = v,
            "VERSION_ID" => os.version_id = v,
            _ => {}
        }
    }
    os
}

/// dpkg's status file: stanzas of `Field: value`; packages whose `Status`
/// ends in `installed`.
pub fn dpkg_status(text: &str) -> Vec<Package> {
    let mut out = Vec::new();
    for stanza in text.split("\n\n") {
        let mut fields: BTreeMap<&str, &str> = BTreeMap::new();
        for line in stanza.lines() {
            if line.starts_with([' ', '\t']) {
                continue;
            }
            if let Some((k, v)) = line.split_once(':') {
                fields.insert(k.trim(), v.trim());
            }
        }
        let installed = fields
            .get("Status")
            .is_none_or(|s| s.ends_with(" installed"));
        let (Some(name), Some(version)) = (fields.get("Package"), fields.get("Version")) else {
            continue;
        };
        if !installed {
            continue;
        }
        // `Source: name (version)` when the source's version differs.
        let source = fields
            .get("Source")
            .and_then(|s| s.split_whitespace().next())
            .map(str::to_owned);
        out.push(Package {
            manager: Manager::Dpkg,
            name: (*name).to_owned(),
            version: (*version).to_owned(),
            source,
        });
    }
    out
}

/// apk's installed database: records of `X:value` lines (`P` name, `V`
/// version, `o` origin).
pub fn apk_installed(text: &str) -> Vec<Package> {
    let mut out = Vec::new();
    for record in text.split("\n\n") {
        let (mut name, mut version, mut origin) = (None, None, None);
        for line in record.lines() {
            match line.split_once(':') {
                Some(("P", v)) => name = Some(v),
                Some(("V", v)) => version = Some(v),
                Some(("o", v)) => origin = Some(v),
                _ => {}
            }
        }
        if let (Some(n), Some(v)) = (name, version) {
            out.push(Package {
                manager: Manager::Apk,
                name: n.to_owned(),
                version: v.to_owned(),
                source: origin.map(str::to_owned),
            });
        }
    }
    out
}

/// One tag of an RPM header blob: its strings (a string or string array)
/// or its first 32-bit number.
enum TagValue {
    Text(String),
    Number(u32),
}

/// The tags an RPM header blob (as `rpmdb.sqlite` stores it: index count,
/// data length, index entries, data) holds among `wanted`.
fn rpm_header(blob: &[u8], wanted: &[u32]) -> Option<BTreeMap<u32, TagValue>> {
    let be = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(blob.get(at..at + 4)?.try_into().ok()?))
    };
    let (entries, data_len) = (be(0)? as usize, be(4)? as usize);
    let data_at = 8usize.checked_add(entries.checked_mul(16)?)?;
    let data = blob.get(data_at..data_at.checked_add(data_len)?)?;
    let mut out = BTreeMap::new();
    for e in 0..entries {
        let at = 8 + e * 16;
        let (tag, kind, offset) = (be(at)?, be(at + 4)?, be(at + 8)? as usize);
        if !wanted.contains(&tag) {
            continue;
        }
        let value = match kind {
            // STRING, STRING_ARRAY (first), I18NSTRING (first).
            6 | 8 | 9 => {
                let rest = data.get(offset..)?;
                let end = rest.iter().position(|b| *b == 0)?;
                TagValue::Text(String::from_utf8_lossy(&rest[..end]).into_owned())
            }
            // INT32.
            4 => TagValue::Number(u32::from_be_bytes(
                data.get(offset..offset + 4)?.try_into().ok()?,
            )),
            _ => continue,
        };
        out.insert(tag, value);
    }
    Some(out)
}

/// The package an RPM header blob describes; `None` for a damaged header,
/// one without a name and version, or a key (`gpg-pubkey`).
pub fn rpm_package(blob: &[u8]) -> Option<Package> {
    let tags = rpm_header(blob, &[1000, 1001, 1002, 1003, 1044])?;
    let text = |t: u32| match tags.get(&t) {
        Some(TagValue::Text(s)) => Some(s.clone()),
        _ => None,
    };
    let (name, version) = (text(1000)?, text(1001)?);
    if name == "gpg-pubkey" {
        return None;
    }
    let mut evr = version;
    if let Some(release) = text(1002) {
        evr = format!("{evr}-{release}");
    }
    if let Some(TagValue::Number(epoch)) = tags.get(&1003) {
        evr = format!("{epoch}:{evr}");
    }
    // `name-version-release.src.rpm`: the name is what precedes the last two dashes.
    let source = text(1044).and_then(|s| {
        let stem = s.strip_suffix(".src.rpm").unwrap_or(&s).to_owned();
        let (rest, _release) = stem.rsplit_once('-')?;
        let (name, _version) = rest.rsplit_once('-')?;
        Some(name.to_owned())
    });
    Some(Package {
        manager: Manager::Rpm,
        name,
        version: evr,
        source,
    })
}

/// The packages of an `rpmdb.sqlite` (its `Packages` table of header blobs).
pub fn rpm_db(path: &Path) -> Result<Vec<Package>, String> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| e.to_string())?;
    let mut q = conn
        .prepare("SELECT blob FROM Packages")
        .map_err(|e| e.to_string())?;
    let blobs = q
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for blob in blobs {
        let blob = blob.map_err(|e| e.to_string())?;
        out.extend(rpm_package(&blob));
    }
    Ok(out)
}

/// The OS and packages in the files read from the layers.
pub fn contents(files: &BTreeMap<String, Vec<u8>>, unreadable: Vec<String>) -> Contents {
    let mut c = Contents {
        unreadable,
        ..Contents::default()
    };
    let os = files
        .get("etc/os-release")
        .or_else(|| files.get("usr/lib/os-release"));
    c.os = os.map(|t| os_release(&String::from_utf8_lossy(t)));
    for (path, data) in files {
        let text = || String::from_utf8_lossy(data);
        if path == "var/lib/dpkg/status" || path.starts_with("var/lib/dpkg/status.d/") {
            c.packages.extend(dpkg_status(&text()));
        } else if path == "lib/apk/db/installed" {
            c.packages.extend(apk_installed(&text()));
        } else if path.ends_with("rpmdb.sqlite") {
            let read = tempfile_with(data).and_then(|f| rpm_db(f.path()));
            match read {
                Ok(p) => c.packages.extend(p),
                Err(e) => c.unreadable.push(format!("{path}: {e}")),
            }
        }
    }
    c.packages
        .sort_by(|a, b| (a.manager, &a.name, &a.version).cmp(&(b.manager, &b.name, &b.version)));
    c.packages.dedup();
    c
}

/// The rpm database as a file SQLite can open.
fn tempfile_with(data: &[u8]) -> Result<tempfile::NamedTempFile, String> {
    let mut f = tempfile::NamedTempFile::new().map_err(|e| e.to_string())?;
    std::io::Write::write_all(&mut f, data).map_err(|e| e.to_string())?;
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dpkg_stanzas() {
        let status = "Package: libssl3\nStatus: install ok installed\nSource: openssl\nVersion: 3.0.11-1~deb12u2\nDescription: x\n more\n\nPackage: gone\nStatus: deinstall ok config-files\nVersion: 1\n\nPackage: bash\nStatus: install ok installed\nVersion: 5.2.15-2+b2\nSource: bash (5.2.15-2)\n";
        let p = dpkg_status(status);
        assert_eq!(p.len(), 2);
        assert_eq!(
            (p[0].name.as_str(), p[0].source.as_deref()),
            ("libssl3", Some("openssl"))
        );
        assert_eq!(
            (p[1].version.as_str(), p[1].source.as_deref()),
            ("5.2.15-2+b2", Some("bash"))
        );
    }

    #[test]
    fn apk_records() {
        let db = "C:Q1x\nP:libcrypto3\nV:3.1.4-r1\no:openssl\n\nP:musl\nV:1.2.4-r2\no:musl\n";
        let p = apk_installed(db);
        assert_eq!(p.len(), 2);
        assert_eq!(
            (
                p[0].name.as_str(),
                p[0].version.as_str(),
                p[0].source.as_deref()
            ),
            ("libcrypto3", "3.1.4-r1", Some("openssl"))
        );
    }

    #[test]
    fn os_release_values() {
        let os = os_release("NAME=\"Debian GNU/Linux\"\nID=debian\nVERSION_ID=\"12\"\n");
        assert_eq!((os.id.as_str(), os.version_id.as_str()), ("debian", "12"));
    }

    /// A header blob as rpm writes it, for the tags given.
    pub fn rpm_blob(tags: &[(u32, &str)], epoch: Option<u32>) -> Vec<u8> {
        let mut index = Vec::new();
        let mut data = Vec::new();
        let mut count = 0u32;
        if let Some(e) = epoch {
            while data.len() % 4 != 0 {
                data.push(0);
            }
            index.extend(
                [1003u32, 4, data.len() as u32, 1]
                    .iter()
                    .flat_map(|v| v.to_be_bytes()),
            );
            data.extend(e.to_be_bytes());
            count += 1;
        }
        for (tag, text) in tags {
            index.extend(
                [*tag, 6, data.len() as u32, 1]
                    .iter()
                    .flat_map(|v| v.to_be_bytes()),
            );
            data.extend(text.as_bytes());
            data.push(0);
            count += 1;
        }
        let mut blob = Vec::new();
        blob.extend(count.to_be_bytes());
        blob.extend((data.len() as u32).to_be_bytes());
        blob.extend(index);
        blob.extend(data);
        blob
    }

    #[test]
    fn rpm_headers() {
        let blob = rpm_blob(
            &[
                (1000, "openssl-libs"),
                (1001, "3.0.7"),
                (1002, "18.el9"),
                (1044, "openssl-3.0.7-18.el9.src.rpm"),
            ],
            Some(1),
        );
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("rpmdb.sqlite");
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)",
        )
        .unwrap();
        conn.execute("INSERT INTO Packages (blob) VALUES (?1)", [&blob])
            .unwrap();
        conn.execute(
            "INSERT INTO Packages (blob) VALUES (?1)",
            [&b"\x00\x00\x00\xff\x00\x00\x00\x01"[..]],
        )
        .unwrap();
        drop(conn);
        let p = rpm_db(&db).unwrap();
        assert_eq!(p.len(), 1, "a damaged header is skipped");
        assert_eq!(
            (
                p[0].name.as_str(),
                p[0].version.as_str(),
                p[0].source.as_deref()
            ),
            ("openssl-libs", "1:3.0.7-18.el9", Some("openssl"))
        );
    }
}
