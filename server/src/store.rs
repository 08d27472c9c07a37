//! Durable storage: metadata in SQLite (WAL, `synchronous=FULL`), blobs
//! content-addressed on disk.
//!
//! Crash safety: a blob only appears under `blobs/` by an atomic rename of a
//! complete, fsynced file, and metadata rows that refer to a blob are committed
//! after the blob is in place. A crash can leave an unreferenced blob or upload
//! file behind (removed at the next start), never a partial blob that is visible
//! or a row that points at nothing.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

/// Storage failures: the caller answers them with `ServerException`.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("filesystem: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A repository row.
#[derive(Debug, Clone, PartialEq)]
pub struct Repo {
    pub name: String,
    pub created_at: f64,
    pub tag_mutability: String,
    pub scan_on_push: bool,
    pub encryption_type: String,
    pub kms_key: Option<String>,
}

/// An image row with its tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub digest: String,
    pub manifest: String,
    pub media_type: String,
    pub tags: Vec<String>,
    /// In archival storage (UpdateImageStorageClass): kept, not pullable.
    pub archived: bool,
}

/// An image as DescribeImages tells of it.
#[derive(Debug, Clone)]
pub struct ImageDetail {
    pub digest: String,
    pub manifest: String,
    pub media_type: String,
    pub tags: Vec<String>,
    /// Seconds since the epoch.
    pub pushed_at: f64,
    /// When a pull was last recorded, seconds since the epoch.
    pub last_pull: Option<f64>,
    /// `ACTIVE` or `ARCHIVED`.
    pub status: String,
    /// When it was last archived, and last restored.
    pub archived_at: Option<f64>,
    pub activated_at: Option<f64>,
    /// The image it refers to (its OCI 1.1 `subject`).
    pub subject: Option<String>,
    /// Its last scan.
    pub scan: Option<ScanRecord>,
}

/// An image's last scan, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanRecord {
    /// `IN_PROGRESS`, `COMPLETE`, `FAILED`, `UNSUPPORTED_IMAGE`.
    pub status: String,
    pub description: Option<String>,
    pub completed_at: Option<f64>,
    /// When the vulnerability database was last updated.
    pub source_updated_at: Option<f64>,
    /// The findings, a JSON array (a complete scan's).
    pub findings: Option<String>,
}

/// Where the copy of an image to one registry stands: (region, registry,
/// status, failure).
pub type Replica = (String, String, String, Option<String>);

/// How signing an image with one profile went: (profile, status, failure
/// code, failure reason).
pub type SigningRow = (String, String, Option<String>, Option<String>);

/// A manifest whose `subject` is an image (see [`Store::referrers`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Referrer {
    pub digest: String,
    pub manifest: String,
    pub media_type: String,
    /// `ACTIVE` or `ARCHIVED`.
    pub status: String,
}

/// What [`Store::set_storage_class`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum StorageClassChange {
    /// The image is now in the class asked for.
    Changed,
    /// The image was in that class already.
    Already,
    NoImage,
}

/// The columns of a [`CacheRule`], in the order `Store::rule_from_row` reads them.
const RULE_COLUMNS: &str =
    "prefix, url, created_at, updated_at, registry_kind, credential_arn, upstream_prefix";

/// A pull-through cache rule: repositories named `prefix/NAME` mirror
/// `upstream_prefix/NAME` (or `NAME`) of the registry at `url`.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheRule {
    pub prefix: String,
    pub url: String,
    pub created_at: f64,
    pub updated_at: f64,
    pub registry_kind: Option<String>,
    pub credential_arn: Option<String>,
    pub upstream_prefix: Option<String>,
}

impl CacheRule {
    /// The upstream repository that local repository `name` mirrors, if this rule covers it.
    pub fn upstream_repo(&self, name: &str) -> Option<String> {
        let rest = if self.prefix == "ROOT" {
            name
        } else {
            name.strip_prefix(self.prefix.trim_end_matches('/'))?
                .strip_prefix('/')?
        };
        if rest.is_empty() {
            return None;
        }
        Some(match self.upstream_prefix.as_deref() {
            Some(p) if p != "ROOT" => format!("{}/{rest}", p.trim_end_matches('/')),
            _ => rest.to_owned(),
        })
    }
}

/// Why an image could not be put.
#[derive(Debug, PartialEq)]
pub enum PutImageOutcome {
    Stored,
    /// The same manifest already carries this tag (or has no tag and exists).
    AlreadyExists,
    /// The tag names another image and the repository's tags are immutable.
    TagImmutable,
    /// These referenced layers are not in the repository.
    MissingLayers(Vec<String>),
}

pub struct Store {
    /// The one writer.
    db: Mutex<Connection>,
    /// Bumped each time the writer is released, and when another process is
    /// seen to have changed the database: what was read before may be stale.
    generation: AtomicU64,
    /// Watches for commits by other processes (`PRAGMA data_version`).
    watch: Mutex<Watch>,
    /// When the store was opened; `watch_checked` counts from here.
    opened: Instant,
    /// Nanoseconds after `opened` of the last look at `watch`.
    watch_checked: AtomicU64,
    /// `layer_state` answers of the current generation (the pull hot path:
    /// GetDownloadUrlForLayer asks about the same popular layers again and again).
    layer_cache: Mutex<LayerCache>,
    /// Readers: WAL lets them run beside the writer and each other.
    readers: Vec<Mutex<Connection>>,
    /// When each image's pull was last written (`record_pull`), so a busy
    /// image costs a write a minute, not one a pull.
    pulls_written: Mutex<std::collections::HashMap<(String, String), Instant>>,
    next_reader: std::sync::atomic::AtomicUsize,
    root: PathBuf,
}

/// A connection that only reads `PRAGMA data_version`, which SQLite changes
/// for each commit made by any other connection: this server's writer or
/// another process using the same directory.
struct Watch {
    conn: Connection,
    version: Option<i64>,
}

/// How often at most a `layer_state` call looks for commits by other
/// processes. The look costs file-lock system calls, too dear for every call
/// on the pull hot path; this server's own writes are seen at once.
const WATCH_INTERVAL: Duration = Duration::from_millis(1);

/// `layer_state` answers, valid while `generation` is the store's.
#[derive(Default)]
struct LayerCache {
    generation: u64,
    /// repository -> digest -> state.
    entries: HashMap<String, HashMap<String, LayerState>>,
    len: usize,
}

/// At most this many cached `layer_state` answers (then the cache starts over).
const LAYER_CACHE_MAX: usize = 16 * 1024;

/// The writer connection; releasing it invalidates what readers cached.
struct Writer<'a> {
    conn: std::sync::MutexGuard<'a, Connection>,
    generation: &'a AtomicU64,
}

impl std::ops::Deref for Writer<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl std::ops::DerefMut for Writer<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        // After whatever this writer committed: a reader that read the
        // generation before now will not trust what it cached.
        self.generation.fetch_add(1, Ordering::AcqRel);
    }
}

/// What GetDownloadUrlForLayer needs to know, from one query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerState {
    pub repository_exists: bool,
    pub size: Option<u64>,
    pub referenced: bool,
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn fsync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS repositories (
    name TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    tag_mutability TEXT NOT NULL,
    scan_on_push INTEGER NOT NULL,
    encryption_type TEXT NOT NULL,
    kms_key TEXT
);
CREATE TABLE IF NOT EXISTS layers (
    repo TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
    digest TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (repo, digest)
);
CREATE INDEX IF NOT EXISTS layers_by_digest ON layers(digest);
CREATE TABLE IF NOT EXISTS uploads (
    id TEXT PRIMARY KEY,
    repo TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
    received INTEGER NOT NULL,
    updated_at REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS images (
    repo TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
    digest TEXT NOT NULL,
    manifest TEXT NOT NULL,
    media_type TEXT NOT NULL,
    pushed_at REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'ACTIVE',
    archived_at REAL,
    activated_at REAL,
    PRIMARY KEY (repo, digest)
);
CREATE TABLE IF NOT EXISTS image_layers (
    repo TEXT NOT NULL,
    image TEXT NOT NULL,
    layer TEXT NOT NULL,
    PRIMARY KEY (repo, image, layer),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS image_layers_by_layer ON image_layers(repo, layer);
CREATE TABLE IF NOT EXISTS cache_rules (
    prefix TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    registry_kind TEXT,
    credential_arn TEXT,
    upstream_prefix TEXT
);
CREATE TABLE IF NOT EXISTS tags (
    repo TEXT NOT NULL,
    tag TEXT NOT NULL,
    image TEXT NOT NULL,
    PRIMARY KEY (repo, tag),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS lifecycle_policies (
    repo TEXT PRIMARY KEY REFERENCES repositories(name) ON DELETE CASCADE,
    text TEXT NOT NULL,
    last_evaluated REAL
);
CREATE TABLE IF NOT EXISTS repo_tags (
    repo TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (repo, key)
);
CREATE TABLE IF NOT EXISTS pulls (
    repo TEXT NOT NULL,
    image TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (repo, image),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS referrers (
    repo TEXT NOT NULL,
    subject TEXT NOT NULL,
    image TEXT NOT NULL,
    PRIMARY KEY (repo, subject, image),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS scans (
    repo TEXT NOT NULL,
    image TEXT NOT NULL,
    status TEXT NOT NULL,
    description TEXT,
    completed_at REAL,
    source_updated_at REAL,
    findings TEXT,
    PRIMARY KEY (repo, image),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS replications (
    repo TEXT NOT NULL,
    image TEXT NOT NULL,
    region TEXT NOT NULL,
    registry TEXT NOT NULL,
    status TEXT NOT NULL,
    failure TEXT,
    PRIMARY KEY (repo, image, region, registry),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS signings (
    repo TEXT NOT NULL,
    image TEXT NOT NULL,
    profile TEXT NOT NULL,
    status TEXT NOT NULL,
    failure_code TEXT,
    failure_reason TEXT,
    PRIMARY KEY (repo, image, profile),
    FOREIGN KEY (repo, image) REFERENCES images(repo, digest) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS pull_exclusions (
    principal TEXT PRIMARY KEY,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS repo_policies (
    repo TEXT PRIMARY KEY REFERENCES repositories(name) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS creation_templates (
    prefix TEXT PRIMARY KEY,
    template TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS upstream_checks (
    repo TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    checked_at REAL NOT NULL,
    PRIMARY KEY (repo, tag)
);
";

/// Columns added since the first release, with their declarations and
/// whether rows there before start at the time of the open (so what was
/// there gets a whole grace period before garbage collection); a store made
/// before gets them at open.
const ADDED_COLUMNS: [(&str, &str, &str, bool); 5] = [
    ("layers", "added_at", "REAL NOT NULL DEFAULT 0", true),
    ("uploads", "updated_at", "REAL NOT NULL DEFAULT 0", true),
    ("images", "status", "TEXT NOT NULL DEFAULT 'ACTIVE'", false),
    ("images", "archived_at", "REAL", false),
    ("images", "activated_at", "REAL", false),
];

/// Adds the [`ADDED_COLUMNS`] a store made by an older release lacks.
fn migrate(conn: &Connection) -> Result<()> {
    for (table, column, decl, stamp) in ADDED_COLUMNS {
        let has: bool = conn
            .prepare(&format!(
                "SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"
            ))?
            .exists([column])?;
        if !has {
            conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {decl};"))?;
            if stamp {
                conn.execute(&format!("UPDATE {table} SET {column} = ?1"), [now()])?;
            }
        }
    }
    Ok(())
}

/// What one garbage collection removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Collected {
    /// Layers no image of their repository references, past the grace period.
    pub layers: u64,
    /// Blob files no repository has as a layer any more.
    pub blobs: u64,
    /// Their bytes.
    pub bytes: u64,
    /// Uploads untouched for the grace period, and upload files without an upload.
    pub uploads: u64,
}

/// What [`Store::delete_layer`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum LayerDeletion {
    Deleted,
    /// The repository has no such layer.
    Unknown,
    /// An image of the repository references it (this one).
    Referenced(String),
}

/// Fetch files of processes that no longer run are removed at open, and
/// any older than this (a process that gave up, or another host sharing
/// the directory).
const ABANDONED_FETCH: Duration = Duration::from_secs(3600);

/// Whether the process that named a fetch file (`PID-UUID`, see
/// [`Store::temp_file`]) still runs: this one, or (on Linux) another
/// with that process id.
fn writer_alive(name: &str) -> bool {
    let Some(pid) = name
        .split_once('-')
        .and_then(|(p, _)| p.parse::<u32>().ok())
    else {
        return false;
    };
    pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists()
}

/// How often at most an image's pull time is written.
const PULL_WRITE_INTERVAL: Duration = Duration::from_secs(60);

/// Past this many remembered pulls, those older than [`PULL_WRITE_INTERVAL`] are forgotten.
const PULLS_REMEMBERED: usize = 4096;

/// At most this many files are looked at per write lock while removing
/// orphans, so pushes wait for one short batch, never for a whole sweep.
const GC_BATCH: usize = 64;

/// Deletes image `digest` of `repo` and, as ECR does, the artifacts that
/// refer to it (signatures, SBOMs: OCI 1.1 referrers), theirs in turn, and
/// so on; tags, pulls and layer references go with them.
fn delete_with_referrers(tx: &rusqlite::Transaction<'_>, repo: &str, digest: &str) -> Result<()> {
    let mut doomed = vec![digest.to_owned()];
    while let Some(d) = doomed.pop() {
        let mut q =
            tx.prepare_cached("SELECT image FROM referrers WHERE repo = ?1 AND subject = ?2")?;
        let referrers = q.query_map(params![repo, d], |r| r.get::<_, String>(0))?;
        for r in referrers {
            doomed.push(r?);
        }
        tx.execute(
            "DELETE FROM images WHERE repo = ?1 AND digest = ?2",
            params![repo, d],
        )?;
    }
    Ok(())
}

/// Indexes the subjects of images stored before the index existed.
fn index_referrers(conn: &Connection) -> Result<()> {
    let mut rows = Vec::new();
    {
        let mut q = conn.prepare(
            "SELECT repo, digest, manifest FROM images WHERE manifest LIKE '%\"subject\"%'",
        )?;
        let mut it = q.query([])?;
        while let Some(r) = it.next()? {
            let (repo, digest, manifest): (String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?);
            if let Some(subject) = crate::media::subject_of(&manifest) {
                rows.push((repo, subject, digest));
            }
        }
    }
    for (repo, subject, digest) in rows {
        conn.execute(
            "INSERT OR IGNORE INTO referrers VALUES (?1, ?2, ?3)",
            params![repo, subject, digest],
        )?;
    }
    Ok(())
}

impl Store {
    /// Opens (creating) the store under `root`, and removes what an interrupted
    /// run left unreferenced.
    pub fn open(root: &Path) -> Result<Self> {
        fs::create_dir_all(root.join("blobs"))?;
        fs::create_dir_all(root.join("uploads"))?;
        fs::create_dir_all(root.join("tmp"))?;
        let conn = Connection::open(root.join("registry.db"))?;
        conn.execute_batch(SCHEMA)?;
        migrate(&conn)?;
        index_referrers(&conn)?;
        let readers = (0..4)
            .map(|_| {
                let r = Connection::open(root.join("registry.db"))?;
                r.execute_batch("PRAGMA foreign_keys = ON;")?;
                Ok(Mutex::new(r))
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let watch = Connection::open(root.join("registry.db"))?;
        let store = Self {
            db: Mutex::new(conn),
            generation: AtomicU64::new(0),
            watch: Mutex::new(Watch {
                conn: watch,
                version: None,
            }),
            opened: Instant::now(),
            watch_checked: AtomicU64::new(0),
            layer_cache: Mutex::new(LayerCache::default()),
            readers,
            pulls_written: Mutex::default(),
            next_reader: std::sync::atomic::AtomicUsize::new(0),
            root: root.to_path_buf(),
        };
        store.remove_orphans(ABANDONED_FETCH)?;
        Ok(store)
    }

    fn db(&self) -> Writer<'_> {
        // A panic while holding the lock cannot leave SQLite inconsistent
        // (transactions roll back), so a poisoned lock is still usable.
        Writer {
            conn: self.db.lock().unwrap_or_else(|e| e.into_inner()),
            generation: &self.generation,
        }
    }

    /// A reader connection: a free one if there is one, else the next in turn.
    fn reader(&self) -> std::sync::MutexGuard<'_, Connection> {
        for r in &self.readers {
            if let Ok(guard) = r.try_lock() {
                return guard;
            }
        }
        let i = self
            .next_reader
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            % self.readers.len();
        self.readers[i].lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bumps the generation if another process has committed since the last
    /// look, looking at most once per [`WATCH_INTERVAL`].
    fn watch_other_processes(&self) {
        let now = u64::try_from(self.opened.elapsed().as_nanos()).unwrap_or(u64::MAX);
        let last = self.watch_checked.load(Ordering::Acquire);
        if now.saturating_sub(last) < WATCH_INTERVAL.as_nanos() as u64 {
            return;
        }
        // Someone else is looking right now.
        let Ok(mut watch) = self.watch.try_lock() else {
            return;
        };
        let version = watch
            .conn
            .prepare_cached("PRAGMA data_version")
            .and_then(|mut q| q.query_row([], |r| r.get::<_, i64>(0)))
            .ok();
        // An unreadable version counts as a change.
        if version.is_none() || version != watch.version {
            watch.version = version;
            self.generation.fetch_add(1, Ordering::AcqRel);
        }
        self.watch_checked.store(now, Ordering::Release);
    }

    /// Whether `repo` exists, the size of its layer `digest`, and whether an image references it.
    /// Answers come from a cache until the next write by this server, or for
    /// at most [`WATCH_INTERVAL`] after a write by another process.
    pub fn layer_state(&self, repo: &str, digest: &str) -> Result<LayerState> {
        self.watch_other_processes();
        // Read before the query: a write committed after this makes the answer stale.
        let generation = self.generation.load(Ordering::Acquire);
        {
            let cache = self.layer_cache.lock().unwrap_or_else(|e| e.into_inner());
            if cache.generation == generation {
                if let Some(state) = cache.entries.get(repo).and_then(|m| m.get(digest)) {
                    return Ok(*state);
                }
            }
        }
        let state = self.query_layer_state(repo, digest)?;
        let mut cache = self.layer_cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.generation < generation || cache.len >= LAYER_CACHE_MAX {
            *cache = LayerCache {
                generation: generation.max(cache.generation),
                ..LayerCache::default()
            };
        }
        if cache.generation == generation {
            cache
                .entries
                .entry(repo.to_owned())
                .or_default()
                .insert(digest.to_owned(), state);
            cache.len += 1;
        }
        Ok(state)
    }

    fn query_layer_state(&self, repo: &str, digest: &str) -> Result<LayerState> {
        let db = self.reader();
        let mut q = db.prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM repositories WHERE name = ?1),
                    (SELECT size FROM layers WHERE repo = ?1 AND digest = ?2),
                    EXISTS(SELECT 1 FROM image_layers WHERE repo = ?1 AND layer = ?2)",
        )?;
        Ok(q.query_row(params![repo, digest], |r| {
            Ok(LayerState {
                repository_exists: r.get(0)?,
                size: r.get::<_, Option<i64>>(1)?.map(|n| n as u64),
                referenced: r.get(2)?,
            })
        })?)
    }

    /// Where the blob with `digest` lives.
    pub fn blob_path(&self, digest: &str) -> PathBuf {
        let (algo, hex) = digest.split_once(':').unwrap_or(("unknown", digest));
        self.root.join("blobs").join(algo).join(hex)
    }

    fn upload_path(&self, id: &str) -> PathBuf {
        self.root.join("uploads").join(id)
    }

    /// Online garbage collection, safe beside pushes and pulls by this or
    /// any other process on the same directory:
    /// - layers that no image of their repository references and that were
    ///   added (uploaded, mounted, fetched) longer than `grace` ago stop being
    ///   layers of the repository (a push uploads its layers before its
    ///   manifest: the grace is the time it has to send the manifest);
    /// - uploads untouched for `grace` are ended;
    /// - blob files no repository has as a layer, upload files with no upload
    ///   and fetch files older than `grace` are removed.
    ///
    /// Each step holds the database's write lock only briefly (one statement,
    /// or one batch of [`GC_BATCH`] files): no pause of the whole registry.
    pub fn collect_garbage(&self, grace: Duration) -> Result<Collected> {
        let before = now() - grace.as_secs_f64();
        let (layers, stale) = {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let layers = tx.execute(
                "DELETE FROM layers WHERE added_at < ?1 AND NOT EXISTS (
                    SELECT 1 FROM image_layers i WHERE i.repo = layers.repo AND i.layer = layers.digest)",
                [before],
            )?;
            let stale = tx.execute("DELETE FROM uploads WHERE updated_at < ?1", [before])?;
            tx.commit()?;
            (layers as u64, stale as u64)
        };
        let mut collected = self.remove_orphans(grace)?;
        collected.layers = layers;
        collected.uploads += stale;
        Ok(collected)
    }

    /// Removes blob files no layer row names, upload files no upload row
    /// names, and fetch files older than `fetch_age`. A file is removed under the write
    /// lock after its row was found missing under that lock: whoever adds a
    /// row adds the file under the same lock ([`Store::adopt`],
    /// [`Store::new_upload`]), so nothing referenced is ever removed.
    fn remove_orphans(&self, fetch_age: Duration) -> Result<Collected> {
        let mut collected = Collected::default();
        let mut blobs = Vec::new();
        for algo in fs::read_dir(self.root.join("blobs"))?.flatten() {
            for blob in fs::read_dir(algo.path())?.flatten() {
                let digest = format!(
                    "{}:{}",
                    algo.file_name().to_string_lossy(),
                    blob.file_name().to_string_lossy()
                );
                blobs.push((digest, blob.path()));
            }
        }
        let known: std::collections::BTreeSet<String> = {
            let db = self.reader();
            let mut q = db.prepare("SELECT DISTINCT digest FROM layers")?;
            let rows = q.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        blobs.retain(|(d, _)| !known.contains(d));
        for batch in blobs.chunks(GC_BATCH) {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            for (digest, path) in batch {
                let used = tx
                    .prepare_cached("SELECT 1 FROM layers WHERE digest = ?1")?
                    .exists([digest])?;
                if !used {
                    let size = fs::metadata(path).map_or(0, |m| m.len());
                    if fs::remove_file(path).is_ok() {
                        collected.blobs += 1;
                        collected.bytes += size;
                    }
                }
            }
            tx.commit()?;
        }
        let mut files = Vec::new();
        for f in fs::read_dir(self.root.join("uploads"))?.flatten() {
            files.push((f.file_name().to_string_lossy().into_owned(), f.path()));
        }
        for batch in files.chunks(GC_BATCH) {
            let mut db = self.db();
            let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            for (id, path) in batch {
                let open = tx
                    .prepare_cached("SELECT 1 FROM uploads WHERE id = ?1")?
                    .exists([id])?;
                if !open && fs::remove_file(path).is_ok() {
                    collected.uploads += 1;
                }
            }
            tx.commit()?;
        }
        for f in fs::read_dir(self.root.join("tmp"))?.flatten() {
            let age = f.metadata().and_then(|m| m.modified()).ok();
            let old = age
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|a| a > fetch_age);
            if old || !writer_alive(&f.file_name().to_string_lossy()) {
                let _ = fs::remove_file(f.path());
            }
        }
        Ok(collected)
    }

    /// Removes layer `digest` from `repo` (`DELETE /v2/<name>/blobs/<digest>`)
    /// unless an image of the repository references it; the blob file goes
    /// with the next garbage collection if no other repository has it.
    pub fn delete_layer(&self, repo: &str, digest: &str) -> Result<LayerDeletion> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let image: Option<String> = tx
            .query_row(
                "SELECT image FROM image_layers WHERE repo = ?1 AND layer = ?2 LIMIT 1",
                params![repo, digest],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(image) = image {
            return Ok(LayerDeletion::Referenced(image));
        }
        let n = tx.execute(
            "DELETE FROM layers WHERE repo = ?1 AND digest = ?2",
            params![repo, digest],
        )?;
        tx.commit()?;
        Ok(if n == 1 {
            LayerDeletion::Deleted
        } else {
            LayerDeletion::Unknown
        })
    }

    fn repo_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Repo> {
        Ok(Repo {
            name: r.get(0)?,
            created_at: r.get(1)?,
            tag_mutability: r.get(2)?,
            scan_on_push: r.get(3)?,
            encryption_type: r.get(4)?,
            kms_key: r.get(5)?,
        })
    }

    /// Creates a repository; `None` when the name is taken.
    pub fn create_repository(
        &self,
        name: &str,
        tag_mutability: &str,
        scan_on_push: bool,
        encryption_type: &str,
        kms_key: Option<&str>,
    ) -> Result<Option<Repo>> {
        let db = self.db();
        let created_at = now();
        let n = db.execute(
            "INSERT OR IGNORE INTO repositories VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                name,
                created_at,
                tag_mutability,
                scan_on_push,
                encryption_type,
                kms_key
            ],
        )?;
        Ok((n == 1).then(|| Repo {
            name: name.to_owned(),
            created_at,
            tag_mutability: tag_mutability.to_owned(),
            scan_on_push,
            encryption_type: encryption_type.to_owned(),
            kms_key: kms_key.map(str::to_owned),
        }))
    }

    /// Moves image `digest` of `repo` to archival storage (`archive`) or
    /// back to standard storage, recording when.
    pub fn set_storage_class(
        &self,
        repo: &str,
        digest: &str,
        archive: bool,
    ) -> Result<StorageClassChange> {
        let db = self.db();
        let status: Option<String> = db
            .query_row(
                "SELECT status FROM images WHERE repo = ?1 AND digest = ?2",
                params![repo, digest],
                |r| r.get(0),
            )
            .optional()?;
        let Some(status) = status else {
            return Ok(StorageClassChange::NoImage);
        };
        if (status == "ARCHIVED") == archive {
            return Ok(StorageClassChange::Already);
        }
        let sql = if archive {
            "UPDATE images SET status = 'ARCHIVED', archived_at = ?3 WHERE repo = ?1 AND digest = ?2"
        } else {
            "UPDATE images SET status = 'ACTIVE', activated_at = ?3 WHERE repo = ?1 AND digest = ?2"
        };
        db.execute(sql, params![repo, digest, now()])?;
        Ok(StorageClassChange::Changed)
    }

    /// Principals whose pulls are not recorded, with when they were
    /// excluded, by principal.
    pub fn pull_exclusions(&self) -> Result<Vec<(String, f64)>> {
        let db = self.reader();
        let mut q =
            db.prepare("SELECT principal, created_at FROM pull_exclusions ORDER BY principal")?;
        let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Excludes `principal`'s pulls from being recorded: when, or
    /// `Err(true)` when it already was, `Err(false)` when `max` principals are.
    pub fn exclude_pulls(
        &self,
        principal: &str,
        max: usize,
    ) -> Result<std::result::Result<f64, bool>> {
        let db = self.db();
        let known = db
            .query_row(
                "SELECT 1 FROM pull_exclusions WHERE principal = ?1",
                [principal],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if known {
            return Ok(Err(true));
        }
        let n: i64 = db.query_row("SELECT COUNT(*) FROM pull_exclusions", [], |r| r.get(0))?;
        if usize::try_from(n).unwrap_or(usize::MAX) >= max {
            return Ok(Err(false));
        }
        let at = now();
        db.execute(
            "INSERT INTO pull_exclusions VALUES (?1, ?2)",
            params![principal, at],
        )?;
        Ok(Ok(at))
    }

    /// Records `principal`'s pulls again; `false` when they were not excluded.
    pub fn include_pulls(&self, principal: &str) -> Result<bool> {
        Ok(self.db().execute(
            "DELETE FROM pull_exclusions WHERE principal = ?1",
            [principal],
        )? == 1)
    }

    /// Records how signing image `digest` of `repo` with `profile` went.
    pub fn put_signing(
        &self,
        repo: &str,
        digest: &str,
        profile: &str,
        status: &str,
        code: Option<&str>,
        reason: Option<&str>,
    ) -> Result<bool> {
        let n = self.db().execute(
            "INSERT OR REPLACE INTO signings
             SELECT repo, digest, ?3, ?4, ?5, ?6 FROM images WHERE repo = ?1 AND digest = ?2",
            params![repo, digest, profile, status, code, reason],
        )?;
        Ok(n == 1)
    }

    /// How signing image `digest` of `repo` went, per profile: (profile,
    /// status, failure code, failure reason).
    pub fn signings(&self, repo: &str, digest: &str) -> Result<Vec<SigningRow>> {
        let db = self.reader();
        let mut q = db.prepare(
            "SELECT profile, status, failure_code, failure_reason FROM signings
             WHERE repo = ?1 AND image = ?2 ORDER BY profile",
        )?;
        let rows = q.query_map(params![repo, digest], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records where the copy of image `digest` of `repo` to a registry stands.
    pub fn put_replication(
        &self,
        repo: &str,
        digest: &str,
        region: &str,
        registry: &str,
        status: &str,
        failure: Option<&str>,
    ) -> Result<bool> {
        let n = self.db().execute(
            "INSERT OR REPLACE INTO replications
             SELECT repo, digest, ?3, ?4, ?5, ?6 FROM images WHERE repo = ?1 AND digest = ?2",
            params![repo, digest, region, registry, status, failure],
        )?;
        Ok(n == 1)
    }

    /// The copies of image `digest` of `repo`.
    pub fn replications(&self, repo: &str, digest: &str) -> Result<Vec<Replica>> {
        let db = self.reader();
        let mut q = db.prepare(
            "SELECT region, registry, status, failure FROM replications
             WHERE repo = ?1 AND image = ?2 ORDER BY region, registry",
        )?;
        let rows = q.query_map(params![repo, digest], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records the state of image `digest`'s scan; `false` when the image is gone.
    pub fn put_scan(&self, repo: &str, digest: &str, scan: &ScanRecord) -> Result<bool> {
        let n = self.db().execute(
            "INSERT OR REPLACE INTO scans
             SELECT repo, digest, ?3, ?4, ?5, ?6, ?7 FROM images WHERE repo = ?1 AND digest = ?2",
            params![
                repo,
                digest,
                scan.status,
                scan.description,
                scan.completed_at,
                scan.source_updated_at,
                scan.findings
            ],
        )?;
        Ok(n == 1)
    }

    /// Image `digest`'s last scan.
    pub fn scan(&self, repo: &str, digest: &str) -> Result<Option<ScanRecord>> {
        Ok(self
            .reader()
            .query_row(
                "SELECT status, description, completed_at, source_updated_at, findings
                 FROM scans WHERE repo = ?1 AND image = ?2",
                params![repo, digest],
                |r| {
                    Ok(ScanRecord {
                        status: r.get(0)?,
                        description: r.get(1)?,
                        completed_at: r.get(2)?,
                        source_updated_at: r.get(3)?,
                        findings: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Sets whether images pushed to `repo` are scanned.
    pub fn set_scan_on_push(&self, repo: &str, on: bool) -> Result<bool> {
        let n = self.db().execute(
            "UPDATE repositories SET scan_on_push = ?2 WHERE name = ?1",
            params![repo, on],
        )?;
        Ok(n == 1)
    }

    /// A registry-wide setting (account settings, the registry policy, the
    /// scanning configuration), as stored.
    pub fn setting(&self, name: &str) -> Result<Option<String>> {
        Ok(self
            .reader()
            .query_row("SELECT value FROM settings WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a registry-wide setting.
    pub fn put_setting(&self, name: &str, value: &str) -> Result<()> {
        self.db().execute(
            "INSERT INTO settings VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![name, value],
        )?;
        Ok(())
    }

    /// Removes a registry-wide setting; what it was, if it was set.
    pub fn delete_setting(&self, name: &str) -> Result<Option<String>> {
        Ok(self
            .db()
            .query_row(
                "DELETE FROM settings WHERE name = ?1 RETURNING value",
                [name],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// A repository's access policy.
    pub fn repo_policy(&self, repo: &str) -> Result<Option<String>> {
        Ok(self
            .reader()
            .query_row(
                "SELECT text FROM repo_policies WHERE repo = ?1",
                [repo],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Sets a repository's access policy; `false` when there is no such repository.
    pub fn set_repo_policy(&self, repo: &str, text: &str) -> Result<bool> {
        let db = self.db();
        if db
            .query_row("SELECT 1 FROM repositories WHERE name = ?1", [repo], |_| {
                Ok(())
            })
            .optional()?
            .is_none()
        {
            return Ok(false);
        }
        db.execute(
            "INSERT INTO repo_policies VALUES (?1, ?2) ON CONFLICT (repo) DO UPDATE SET text = excluded.text",
            params![repo, text],
        )?;
        Ok(true)
    }

    /// Removes a repository's access policy; what it was, if it had one.
    pub fn delete_repo_policy(&self, repo: &str) -> Result<Option<String>> {
        Ok(self
            .db()
            .query_row(
                "DELETE FROM repo_policies WHERE repo = ?1 RETURNING text",
                [repo],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every repository policy, by repository.
    pub fn repo_policies(&self) -> Result<Vec<(String, String)>> {
        let db = self.reader();
        let mut q = db.prepare("SELECT repo, text FROM repo_policies")?;
        let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The number of the store's state: it changes after every write, by
    /// this server or (seen within [`WATCH_INTERVAL`]) another process. What
    /// was derived from the store at one number holds until it changes.
    pub fn generation(&self) -> u64 {
        self.watch_other_processes();
        self.generation.load(Ordering::Acquire)
    }

    /// Repository creation templates (prefix, the template as JSON, created
    /// and updated times), by prefix.
    pub fn templates(&self) -> Result<Vec<(String, String, f64, f64)>> {
        let db = self.reader();
        let mut q = db.prepare("SELECT prefix, template, created_at, updated_at FROM creation_templates ORDER BY prefix")?;
        let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Creates (`update` false; `false` when the prefix has one) or replaces
    /// (`update` true; `false` when it has none) the template of `prefix`.
    pub fn put_template(&self, prefix: &str, template: &str, update: bool) -> Result<bool> {
        let at = now();
        let n = if update {
            self.db().execute(
                "UPDATE creation_templates SET template = ?2, updated_at = ?3 WHERE prefix = ?1",
                params![prefix, template, at],
            )?
        } else {
            self.db().execute(
                "INSERT OR IGNORE INTO creation_templates VALUES (?1, ?2, ?3, ?3)",
                params![prefix, template, at],
            )?
        };
        Ok(n == 1)
    }

    /// Deletes the template of `prefix`; what it was, if there was one.
    pub fn delete_template(&self, prefix: &str) -> Result<Option<(String, f64, f64)>> {
        Ok(self
            .db()
            .query_row(
                "DELETE FROM creation_templates WHERE prefix = ?1 RETURNING template, created_at, updated_at",
                [prefix],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }

    /// A repository's lifecycle policy and when it was last applied.
    pub fn lifecycle_policy(&self, repo: &str) -> Result<Option<(String, Option<f64>)>> {
        let db = self.reader();
        Ok(db
            .query_row(
                "SELECT text, last_evaluated FROM lifecycle_policies WHERE repo = ?1",
                [repo],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Sets (replacing) a repository's lifecycle policy.
    pub fn put_lifecycle_policy(&self, repo: &str, text: &str) -> Result<()> {
        let db = self.db();
        db.execute(
            "INSERT OR REPLACE INTO lifecycle_policies VALUES (?1, ?2, NULL)",
            params![repo, text],
        )?;
        Ok(())
    }

    /// Removes a repository's lifecycle policy, answering what it was.
    pub fn delete_lifecycle_policy(&self, repo: &str) -> Result<Option<(String, Option<f64>)>> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let old: Option<(String, Option<f64>)> = tx
            .query_row(
                "SELECT text, last_evaluated FROM lifecycle_policies WHERE repo = ?1",
                [repo],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        tx.execute("DELETE FROM lifecycle_policies WHERE repo = ?1", [repo])?;
        tx.commit()?;
        Ok(old)
    }

    /// Every repository with a lifecycle policy, and the policy.
    pub fn lifecycle_policies(&self) -> Result<Vec<(String, String)>> {
        let db = self.reader();
        let mut q = db.prepare("SELECT repo, text FROM lifecycle_policies ORDER BY repo")?;
        let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Records that a repository's policy was applied now.
    pub fn lifecycle_evaluated(&self, repo: &str) -> Result<()> {
        let db = self.db();
        db.execute(
            "UPDATE lifecycle_policies SET last_evaluated = ?2 WHERE repo = ?1",
            params![repo, now()],
        )?;
        Ok(())
    }

    /// A repository's tags, by key.
    pub fn repo_tags(&self, repo: &str) -> Result<Vec<(String, String)>> {
        let db = self.reader();
        let mut q = db.prepare("SELECT key, value FROM repo_tags WHERE repo = ?1 ORDER BY key")?;
        let rows = q.query_map([repo], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Adds or changes a repository's tags, unless it would then have more
    /// than `max`: the number it has after (`Err`-free), or `None` when too
    /// many. One transaction.
    pub fn tag_repo(
        &self,
        repo: &str,
        tags: &[(String, String)],
        max: usize,
    ) -> Result<Option<usize>> {
        let mut db = self.db();
        let tx = db.transaction()?;
        for (k, v) in tags {
            tx.execute(
                "INSERT OR REPLACE INTO repo_tags VALUES (?1, ?2, ?3)",
                params![repo, k, v],
            )?;
        }
        let n: i64 = tx.query_row(
            "SELECT COUNT(*) FROM repo_tags WHERE repo = ?1",
            [repo],
            |r| r.get(0),
        )?;
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        if n > max {
            return Ok(None);
        }
        tx.commit()?;
        Ok(Some(n))
    }

    /// Removes tags from a repository by key.
    pub fn untag_repo(&self, repo: &str, keys: &[String]) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        for k in keys {
            tx.execute(
                "DELETE FROM repo_tags WHERE repo = ?1 AND key = ?2",
                params![repo, k],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Sets a repository's tag mutability: whether the repository exists.
    pub fn set_tag_mutability(&self, name: &str, tag_mutability: &str) -> Result<bool> {
        let db = self.db();
        let n = db.execute(
            "UPDATE repositories SET tag_mutability = ?2 WHERE name = ?1",
            params![name, tag_mutability],
        )?;
        Ok(n == 1)
    }

    pub fn repository(&self, name: &str) -> Result<Option<Repo>> {
        let db = self.reader();
        let mut q = db.prepare_cached("SELECT * FROM repositories WHERE name = ?1")?;
        Ok(q.query_row([name], Self::repo_from_row).optional()?)
    }

    /// Repositories in name order after `after`, at most `limit`.
    pub fn repositories(&self, after: Option<&str>, limit: usize) -> Result<Vec<Repo>> {
        let db = self.reader();
        let mut q =
            db.prepare("SELECT * FROM repositories WHERE name > ?1 ORDER BY name LIMIT ?2")?;
        let rows = q
            .query_map(
                params![after.unwrap_or(""), limit as i64],
                Self::repo_from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Deletes a repository: `Ok(Err(()))` when it holds images and `force` is off.
    pub fn delete_repository(
        &self,
        name: &str,
        force: bool,
    ) -> Result<std::result::Result<(), ()>> {
        {
            let mut db = self.db();
            let tx = db.transaction()?;
            let images: i64 =
                tx.query_row("SELECT COUNT(*) FROM images WHERE repo = ?1", [name], |r| {
                    r.get(0)
                })?;
            if images > 0 && !force {
                return Ok(Err(()));
            }
            tx.execute("DELETE FROM tags WHERE repo = ?1", [name])?;
            tx.execute("DELETE FROM image_layers WHERE repo = ?1", [name])?;
            tx.execute("DELETE FROM repositories WHERE name = ?1", [name])?;
            tx.commit()?;
        }
        self.remove_orphans(Duration::MAX)?;
        Ok(Ok(()))
    }

    /// Starts an upload into `repo`.
    pub fn new_upload(&self, repo: &str) -> Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        // The file is made under the write lock with its row (see `remove_orphans`).
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        File::create(self.upload_path(&id))?.sync_all()?;
        tx.execute(
            "INSERT INTO uploads (id, repo, received, updated_at) VALUES (?1, ?2, 0, ?3)",
            params![id, repo, now()],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Bytes received so far by upload `id` of `repo`; `None` if there is no such upload.
    pub fn upload_received(&self, repo: &str, id: &str) -> Result<Option<u64>> {
        Ok(self
            .db()
            .query_row(
                "SELECT received FROM uploads WHERE id = ?1 AND repo = ?2",
                params![id, repo],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .map(|n| n as u64))
    }

    /// Appends `data` at offset `at` (which must be what was received so far).
    pub fn append_part(&self, id: &str, at: u64, data: &[u8]) -> Result<u64> {
        let mut f = OpenOptions::new().write(true).open(self.upload_path(id))?;
        // Bytes past `received` are from a write whose row update never committed.
        f.set_len(at)?;
        f.seek(SeekFrom::Start(at))?;
        f.write_all(data)?;
        f.sync_all()?;
        let received = at + data.len() as u64;
        self.record_received(id, received)?;
        Ok(received)
    }

    /// The digest and size of what upload `id` received.
    pub fn hash_upload(&self, id: &str, received: u64) -> Result<String> {
        let mut f = File::open(self.upload_path(id))?.take(received);
        let mut h = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
        Ok(format!("sha256:{}", hex::encode(h.finalize())))
    }

    /// Whether `repo` has layer `digest` (its size).
    pub fn layer(&self, repo: &str, digest: &str) -> Result<Option<u64>> {
        let db = self.reader();
        let mut q = db.prepare_cached("SELECT size FROM layers WHERE repo = ?1 AND digest = ?2")?;
        Ok(q.query_row(params![repo, digest], |r| r.get::<_, i64>(0))
            .optional()?
            .map(|n| n as u64))
    }

    /// Moves a verified upload into the blob store and records the layer.
    /// `Ok(false)` when the repository already had the layer.
    pub fn finish_upload(&self, repo: &str, id: &str, digest: &str, size: u64) -> Result<bool> {
        if self.layer(repo, digest)?.is_some() {
            return Ok(false);
        }
        self.adopt(repo, &self.upload_path(id), digest, size, Some(id))?;
        Ok(true)
    }

    /// Moves the verified, complete file `src` into the blob store as layer
    /// `digest` of `repo` (and ends upload `upload`, if it came from one).
    /// The blob is fsynced and renamed into place before the row commits.
    pub fn adopt(
        &self,
        repo: &str,
        src: &Path,
        digest: &str,
        size: u64,
        upload: Option<&str>,
    ) -> Result<()> {
        let dst = self.blob_path(digest);
        let dir = dst.parent().map(Path::to_path_buf).unwrap_or_default();
        fs::create_dir_all(&dir)?;
        OpenOptions::new().write(true).open(src)?.set_len(size)?;
        File::open(src)?.sync_all()?;
        // The blob is put in place under the write lock with its row, so a
        // garbage collection never sees the file without the row (see `remove_orphans`).
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if dst.exists() {
            fs::remove_file(src)?;
        } else {
            fs::rename(src, &dst)?;
        }
        fsync_dir(&dir)?;
        if let Some(parent) = src.parent() {
            fsync_dir(parent)?;
        }
        tx.execute(
            "INSERT INTO layers (repo, digest, size, added_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (repo, digest) DO UPDATE SET added_at = excluded.added_at",
            params![repo, digest, size as i64, now()],
        )?;
        if let Some(id) = upload {
            tx.execute("DELETE FROM uploads WHERE id = ?1", [id])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The file upload `id` writes to (append, then [`Store::record_received`]).
    pub fn upload_file(&self, id: &str) -> PathBuf {
        self.upload_path(id)
    }

    /// Records that upload `id` now holds `received` bytes (after they were fsynced).
    pub fn record_received(&self, id: &str, received: u64) -> Result<()> {
        self.db().execute(
            "UPDATE uploads SET received = ?1, updated_at = ?3 WHERE id = ?2",
            params![received as i64, id, now()],
        )?;
        Ok(())
    }

    /// Ends upload `id` of `repo` without a blob; `false` when there was none.
    pub fn cancel_upload(&self, repo: &str, id: &str) -> Result<bool> {
        let n = self.db().execute(
            "DELETE FROM uploads WHERE id = ?1 AND repo = ?2",
            params![id, repo],
        )?;
        if n == 1 {
            let _ = fs::remove_file(self.upload_path(id));
        }
        Ok(n == 1)
    }

    /// A fresh path under `tmp/` (emptied at every start) for a file being fetched.
    /// The file is named after this process, so that another process
    /// opening the store knows whether its writer is still alive.
    pub fn temp_file(&self) -> PathBuf {
        self.root
            .join("tmp")
            .join(format!("{}-{}", std::process::id(), uuid::Uuid::new_v4()))
    }

    /// Makes layer `digest` of repository `from` a layer of `to` too (a
    /// cross-repository mount; blobs are shared by content). Its size, or
    /// `None` when `from` does not have it.
    pub fn link_layer(&self, to: &str, from: &str, digest: &str) -> Result<Option<u64>> {
        let db = self.db();
        let size: Option<i64> = db
            .query_row(
                "SELECT size FROM layers WHERE repo = ?1 AND digest = ?2",
                params![from, digest],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(size) = size {
            db.execute(
                "INSERT INTO layers (repo, digest, size, added_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (repo, digest) DO UPDATE SET added_at = excluded.added_at",
                params![to, digest, size, now()],
            )?;
        }
        Ok(size.map(|n| n as u64))
    }

    /// The tags of `repo` in order after `after`, at most `limit`.
    pub fn tags(&self, repo: &str, after: Option<&str>, limit: usize) -> Result<Vec<String>> {
        let db = self.reader();
        let mut q = db.prepare_cached(
            "SELECT tag FROM tags WHERE repo = ?1 AND tag > ?2 ORDER BY tag LIMIT ?3",
        )?;
        let rows = q
            .query_map(params![repo, after.unwrap_or(""), limit as i64], |r| {
                r.get(0)
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Creates a pull-through cache rule; `false` when its prefix is taken.
    pub fn create_rule(&self, rule: &CacheRule) -> Result<bool> {
        let n = self.db().execute(
            "INSERT OR IGNORE INTO cache_rules VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                rule.prefix,
                rule.url,
                rule.created_at,
                rule.updated_at,
                rule.registry_kind,
                rule.credential_arn,
                rule.upstream_prefix
            ],
        )?;
        Ok(n == 1)
    }

    /// All pull-through cache rules, by prefix.
    pub fn rules(&self) -> Result<Vec<CacheRule>> {
        let db = self.reader();
        let mut q = db.prepare_cached(&format!(
            "SELECT {RULE_COLUMNS} FROM cache_rules ORDER BY prefix"
        ))?;
        let rows = q
            .query_map([], Self::rule_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    fn rule_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CacheRule> {
        Ok(CacheRule {
            prefix: r.get(0)?,
            url: r.get(1)?,
            created_at: r.get(2)?,
            updated_at: r.get(3)?,
            registry_kind: r.get(4)?,
            credential_arn: r.get(5)?,
            upstream_prefix: r.get(6)?,
        })
    }

    /// Deletes the rule with `prefix` (one statement: of two deletes, one
    /// gets the rule); the rule, or `None` when there was none.
    pub fn delete_rule(&self, prefix: &str) -> Result<Option<CacheRule>> {
        Ok(self
            .db()
            .query_row(
                &format!("DELETE FROM cache_rules WHERE prefix = ?1 RETURNING {RULE_COLUMNS}"),
                [prefix],
                Self::rule_from_row,
            )
            .optional()?)
    }

    /// Gives the rule with `prefix` other upstream credentials (`None`:
    /// none); the rule as it now is, or `None` when there is no such rule.
    pub fn update_rule_credentials(
        &self,
        prefix: &str,
        credential_arn: Option<&str>,
    ) -> Result<Option<CacheRule>> {
        Ok(self
            .db()
            .query_row(
                &format!(
                    "UPDATE cache_rules SET credential_arn = ?2, updated_at = ?3 WHERE prefix = ?1 RETURNING {RULE_COLUMNS}"
                ),
                params![prefix, credential_arn, now()],
                Self::rule_from_row,
            )
            .optional()?)
    }

    /// Whether tag `tag` of pull-through cache repository `repo` was
    /// compared with the upstream less than `window` ago.
    pub fn upstream_checked_within(&self, repo: &str, tag: &str, window: Duration) -> Result<bool> {
        let at: Option<f64> = self
            .reader()
            .query_row(
                "SELECT checked_at FROM upstream_checks WHERE repo = ?1 AND tag = ?2",
                params![repo, tag],
                |r| r.get(0),
            )
            .optional()?;
        Ok(at.is_some_and(|at| now() - at < window.as_secs_f64()))
    }

    /// Records that tag `tag` of `repo` was compared with the upstream now.
    pub fn mark_upstream_checked(&self, repo: &str, tag: &str) -> Result<()> {
        self.db().execute(
            "INSERT OR REPLACE INTO upstream_checks VALUES (?1, ?2, ?3)",
            params![repo, tag, now()],
        )?;
        Ok(())
    }

    /// Whether some image of `repo` references layer `digest`.
    pub fn layer_referenced(&self, repo: &str, digest: &str) -> Result<bool> {
        let n: i64 = self.reader().query_row(
            "SELECT COUNT(*) FROM image_layers WHERE repo = ?1 AND layer = ?2",
            params![repo, digest],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    fn tags_of(db: &Connection, repo: &str, digest: &str) -> rusqlite::Result<Vec<String>> {
        let mut q =
            db.prepare("SELECT tag FROM tags WHERE repo = ?1 AND image = ?2 ORDER BY tag")?;
        let tags = q.query_map(params![repo, digest], |r| r.get(0))?.collect();
        tags
    }

    /// Stores an image (manifest `manifest` with digest `digest`) referencing `layers`, tagged `tag`.
    /// With `require_layers` (a push) every layer must be in the repository; a
    /// pull-through cache stores manifests before the layers they reference.
    #[allow(clippy::too_many_arguments)]
    pub fn put_image(
        &self,
        repo: &Repo,
        digest: &str,
        manifest: &str,
        media_type: &str,
        tag: Option<&str>,
        layers: &[String],
        require_layers: bool,
    ) -> Result<PutImageOutcome> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let mut missing = Vec::new();
        for l in layers.iter().filter(|_| require_layers) {
            let n: i64 = tx.query_row(
                "SELECT COUNT(*) FROM layers WHERE repo = ?1 AND digest = ?2",
                params![repo.name, l],
                |r| r.get(0),
            )?;
            if n == 0 {
                missing.push(l.clone());
            }
        }
        if !missing.is_empty() {
            return Ok(PutImageOutcome::MissingLayers(missing));
        }
        let exists: i64 = tx.query_row(
            "SELECT COUNT(*) FROM images WHERE repo = ?1 AND digest = ?2",
            params![repo.name, digest],
            |r| r.get(0),
        )?;
        let current: Option<String> = match tag {
            Some(t) => tx
                .query_row(
                    "SELECT image FROM tags WHERE repo = ?1 AND tag = ?2",
                    params![repo.name, t],
                    |r| r.get(0),
                )
                .optional()?,
            None => None,
        };
        match (&current, tag) {
            (Some(c), Some(_)) if c == digest => return Ok(PutImageOutcome::AlreadyExists),
            (Some(_), Some(_)) if repo.tag_mutability.starts_with("IMMUTABLE") => {
                return Ok(PutImageOutcome::TagImmutable)
            }
            (None, None) if exists > 0 => return Ok(PutImageOutcome::AlreadyExists),
            _ => {}
        }
        if exists == 0 {
            tx.execute(
                "INSERT INTO images (repo, digest, manifest, media_type, pushed_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![repo.name, digest, manifest, media_type, now()],
            )?;
            for l in layers {
                tx.execute(
                    "INSERT OR IGNORE INTO image_layers VALUES (?1, ?2, ?3)",
                    params![repo.name, digest, l],
                )?;
            }
            if let Some(subject) = crate::media::subject_of(manifest) {
                tx.execute(
                    "INSERT OR IGNORE INTO referrers VALUES (?1, ?2, ?3)",
                    params![repo.name, subject, digest],
                )?;
            }
        }
        if let Some(t) = tag {
            tx.execute(
                "INSERT OR REPLACE INTO tags VALUES (?1, ?2, ?3)",
                params![repo.name, t, digest],
            )?;
        }
        tx.commit()?;
        Ok(PutImageOutcome::Stored)
    }

    /// Whether a pull of an image (its manifest fetched) is to be written
    /// ([`Store::write_pull`]): at most once a minute per image, as ECR
    /// records pull times coarsely. Cheap: no database.
    pub fn pull_due(&self, repo: &str, digest: &str) -> bool {
        let mut written = self.pulls_written.lock().unwrap_or_else(|e| e.into_inner());
        let key = (repo.to_owned(), digest.to_owned());
        if written
            .get(&key)
            .is_some_and(|at| at.elapsed() < PULL_WRITE_INTERVAL)
        {
            return false;
        }
        // Entries older than the minute decide nothing: dropped once the
        // map grows, so it holds at most the images pulled in the last minute.
        if written.len() >= PULLS_REMEMBERED {
            written.retain(|_, at| at.elapsed() < PULL_WRITE_INTERVAL);
        }
        written.insert(key, Instant::now());
        true
    }

    /// Records that an image was pulled now.
    pub fn write_pull(&self, repo: &str, digest: &str) -> Result<()> {
        let db = self.db();
        db.execute(
            "INSERT OR REPLACE INTO pulls
             SELECT repo, digest, ?3 FROM images WHERE repo = ?1 AND digest = ?2",
            params![repo, digest, now()],
        )?;
        Ok(())
    }

    /// Every image of `repo` with its tags, push time and last pull,
    /// oldest push first.
    pub fn image_details(&self, repo: &str) -> Result<Vec<ImageDetail>> {
        let db = self.reader();
        let mut q = db.prepare(
            "SELECT i.digest, i.manifest, i.media_type, i.pushed_at, p.at,
                    (SELECT group_concat(t.tag, char(10)) FROM
                        (SELECT tag FROM tags WHERE repo = i.repo AND image = i.digest ORDER BY tag) t),
                    i.status, i.archived_at, i.activated_at,
                    (SELECT subject FROM referrers WHERE repo = i.repo AND image = i.digest),
                    s.status, s.description, s.completed_at, s.source_updated_at, s.findings
             FROM images i LEFT JOIN pulls p ON p.repo = i.repo AND p.image = i.digest
             LEFT JOIN scans s ON s.repo = i.repo AND s.image = i.digest
             WHERE i.repo = ?1 ORDER BY i.pushed_at, i.digest",
        )?;
        let rows = q.query_map([repo], |r| {
            let tags: Option<String> = r.get(5)?;
            Ok(ImageDetail {
                digest: r.get(0)?,
                manifest: r.get(1)?,
                media_type: r.get(2)?,
                pushed_at: r.get(3)?,
                last_pull: r.get(4)?,
                status: r.get(6)?,
                archived_at: r.get(7)?,
                activated_at: r.get(8)?,
                subject: r.get(9)?,
                scan: match r.get::<_, Option<String>>(10)? {
                    Some(status) => Some(ScanRecord {
                        status,
                        description: r.get(11)?,
                        completed_at: r.get(12)?,
                        source_updated_at: r.get(13)?,
                        findings: r.get(14)?,
                    }),
                    None => None,
                },
                tags: tags
                    .map(|t| t.split('\n').map(str::to_owned).collect())
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The manifests of `repo` whose `subject` is `subject`: digest,
    /// manifest, media type, oldest first.
    pub fn referrers(&self, repo: &str, subject: &str) -> Result<Vec<Referrer>> {
        let db = self.reader();
        let mut q = db.prepare(
            "SELECT i.digest, i.manifest, i.media_type, i.status FROM referrers r
             JOIN images i ON i.repo = r.repo AND i.digest = r.image
             WHERE r.repo = ?1 AND r.subject = ?2 ORDER BY i.pushed_at, i.digest",
        )?;
        let rows = q.query_map(params![repo, subject], |r| {
            Ok(Referrer {
                digest: r.get(0)?,
                manifest: r.get(1)?,
                media_type: r.get(2)?,
                status: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The image named by digest, or by tag.
    pub fn image(
        &self,
        repo: &str,
        digest: Option<&str>,
        tag: Option<&str>,
    ) -> Result<Option<Image>> {
        let mut reader = self.reader();
        // One snapshot for the tag, the manifest and its tags.
        let db = reader.transaction()?;
        let digest: Option<String> = match (digest, tag) {
            (Some(d), _) => Some(d.to_owned()),
            (None, Some(t)) => db
                .query_row(
                    "SELECT image FROM tags WHERE repo = ?1 AND tag = ?2",
                    params![repo, t],
                    |r| r.get(0),
                )
                .optional()?,
            (None, None) => None,
        };
        let Some(digest) = digest else {
            return Ok(None);
        };
        let row: Option<(String, String, String)> = db
            .query_row(
                "SELECT manifest, media_type, status FROM images WHERE repo = ?1 AND digest = ?2",
                params![repo, digest],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((manifest, media_type, status)) = row else {
            return Ok(None);
        };
        let tags = Self::tags_of(&db, repo, &digest)?;
        if tag.is_some_and(|t| !tags.iter().any(|x| x == t)) {
            return Ok(None);
        }
        Ok(Some(Image {
            digest,
            manifest,
            media_type,
            tags,
            archived: status == "ARCHIVED",
        }))
    }

    /// (digest, tag) pairs in order, one per tag plus one per untagged image.
    pub fn image_ids(&self, repo: &str) -> Result<Vec<(String, Option<String>)>> {
        let db = self.reader();
        let mut q = db.prepare(
            "SELECT i.digest, t.tag FROM images i LEFT JOIN tags t ON t.repo = i.repo AND t.image = i.digest
             WHERE i.repo = ?1 ORDER BY i.pushed_at, i.digest, t.tag",
        )?;
        let rows = q
            .query_map([repo], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Removes a tag, or a whole image; an image whose last tag goes is deleted.
    /// Returns the (digest, tag) removed, `None` when nothing matched.
    pub fn delete_image(
        &self,
        repo: &str,
        digest: Option<&str>,
        tag: Option<&str>,
    ) -> Result<Option<(String, Option<String>)>> {
        let removed = {
            let mut db = self.db();
            let tx = db.transaction()?;
            let target: Option<String> = match (digest, tag) {
                (_, Some(t)) => tx
                    .query_row(
                        "SELECT image FROM tags WHERE repo = ?1 AND tag = ?2",
                        params![repo, t],
                        |r| r.get(0),
                    )
                    .optional()?
                    .filter(|d| digest.is_none_or(|want| want == d)),
                (Some(d), None) => tx
                    .query_row(
                        "SELECT digest FROM images WHERE repo = ?1 AND digest = ?2",
                        params![repo, d],
                        |r| r.get(0),
                    )
                    .optional()?,
                (None, None) => None,
            };
            let Some(target) = target else {
                return Ok(None);
            };
            if let Some(t) = tag {
                tx.execute(
                    "DELETE FROM tags WHERE repo = ?1 AND tag = ?2",
                    params![repo, t],
                )?;
                let left: i64 = tx.query_row(
                    "SELECT COUNT(*) FROM tags WHERE repo = ?1 AND image = ?2",
                    params![repo, target],
                    |r| r.get(0),
                )?;
                if left == 0 {
                    delete_with_referrers(&tx, repo, &target)?;
                }
            } else {
                delete_with_referrers(&tx, repo, &target)?;
            }
            tx.commit()?;
            (target, tag.map(str::to_owned))
        };
        Ok(Some(removed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::digest_of;

    #[test]
    fn upload_finish_and_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .create_repository("web", "MUTABLE", false, "AES256", None)
            .unwrap()
            .unwrap();
        assert!(store
            .create_repository("web", "MUTABLE", false, "AES256", None)
            .unwrap()
            .is_none());
        let id = store.new_upload("web").unwrap();
        assert_eq!(store.append_part(&id, 0, b"hello ").unwrap(), 6);
        assert_eq!(store.append_part(&id, 6, b"world").unwrap(), 11);
        let digest = store.hash_upload(&id, 11).unwrap();
        assert_eq!(digest, digest_of(b"hello world"));
        assert!(store.finish_upload("web", &id, &digest, 11).unwrap());
        assert_eq!(fs::read(store.blob_path(&digest)).unwrap(), b"hello world");
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.layer("web", &digest).unwrap(), Some(11));
        assert!(store.blob_path(&digest).exists());
    }

    /// The layer-state cache never answers what a write has changed.
    #[test]
    fn layer_states_follow_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let state = |r: &str, d: &str| {
            // Twice: the second answer comes from the cache.
            let first = store.layer_state(r, d).unwrap();
            assert_eq!(store.layer_state(r, d).unwrap(), first);
            (first.repository_exists, first.size, first.referenced)
        };
        let digest = digest_of(b"layer");
        assert_eq!(state("web", &digest), (false, None, false));
        store
            .create_repository("web", "MUTABLE", false, "AES256", None)
            .unwrap()
            .unwrap();
        assert_eq!(state("web", &digest), (true, None, false));
        let id = store.new_upload("web").unwrap();
        store.append_part(&id, 0, b"layer").unwrap();
        assert!(store.finish_upload("web", &id, &digest, 5).unwrap());
        assert_eq!(state("web", &digest), (true, Some(5), false));
        let repo = store.repository("web").unwrap().unwrap();
        let manifest = format!(r#"{{"layers":[{{"digest":"{digest}"}}]}}"#);
        let image = digest_of(manifest.as_bytes());
        store
            .put_image(
                &repo,
                &image,
                &manifest,
                "m",
                Some("v1"),
                std::slice::from_ref(&digest),
                true,
            )
            .unwrap();
        assert_eq!(state("web", &digest), (true, Some(5), true));
        store.delete_image("web", Some(&image), None).unwrap();
        assert_eq!(state("web", &digest), (true, Some(5), false));
        store.delete_repository("web", true).unwrap().unwrap();
        assert_eq!(state("web", &digest), (false, None, false));
    }

    /// Nor, after at most `WATCH_INTERVAL`, what another process has changed in `registry.db`.
    #[test]
    fn layer_states_follow_writes_by_other_processes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .create_repository("web", "MUTABLE", false, "AES256", None)
            .unwrap()
            .unwrap();
        let digest = digest_of(b"layer");
        let id = store.new_upload("web").unwrap();
        store.append_part(&id, 0, b"layer").unwrap();
        assert!(store.finish_upload("web", &id, &digest, 5).unwrap());
        for _ in 0..2 {
            assert_eq!(store.layer_state("web", &digest).unwrap().size, Some(5));
        }
        let other = Connection::open(dir.path().join("registry.db")).unwrap();
        other
            .execute("UPDATE layers SET size = 6 WHERE digest = ?1", [&digest])
            .unwrap();
        std::thread::sleep(WATCH_INTERVAL * 2);
        assert_eq!(store.layer_state("web", &digest).unwrap().size, Some(6));
        other.execute_batch("DROP TABLE image_layers").unwrap();
        std::thread::sleep(WATCH_INTERVAL * 2);
        assert!(
            store.layer_state("web", &digest).is_err(),
            "a damaged schema is an error, not a cached answer"
        );
    }

    #[test]
    fn garbage_is_collected_at_open() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let orphan = store.blob_path("sha256:00");
        fs::create_dir_all(orphan.parent().unwrap()).unwrap();
        fs::write(&orphan, b"x").unwrap();
        fs::write(dir.path().join("uploads/stray"), b"x").unwrap();
        drop(store);
        Store::open(dir.path()).unwrap();
        assert!(!orphan.exists());
        assert!(!dir.path().join("uploads/stray").exists());
    }

    /// Pull times are written at most once a minute per image, and what is
    /// remembered for that does not grow with the images ever pulled.
    #[test]
    fn remembered_pulls_stay_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert!(store.pull_due("web", "sha256:a"));
        assert!(!store.pull_due("web", "sha256:a"), "once a minute");
        // Pulls from more than a minute ago (backdated) are forgotten once the map is full.
        {
            let mut written = store.pulls_written.lock().unwrap();
            let old = Instant::now() - PULL_WRITE_INTERVAL - Duration::from_secs(1);
            for i in 0..PULLS_REMEMBERED {
                written.insert(("web".into(), format!("sha256:old{i}")), old);
            }
        }
        assert!(store.pull_due("web", "sha256:new"));
        let written = store.pulls_written.lock().unwrap();
        assert_eq!(written.len(), 2, "the recent pull and the new one");
        assert!(written.contains_key(&("web".to_owned(), "sha256:a".to_owned())));
    }

    /// A store made before layers and uploads had their times gets them at
    /// open, starting then: what it holds gets a whole grace period.
    #[test]
    fn an_older_store_is_migrated_and_keeps_its_layers() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .create_repository("web", "MUTABLE", false, "AES256", None)
            .unwrap()
            .unwrap();
        let digest = digest_of(b"layer");
        let id = store.new_upload("web").unwrap();
        store.append_part(&id, 0, b"layer").unwrap();
        assert!(store.finish_upload("web", &id, &digest, 5).unwrap());
        let open = store.new_upload("web").unwrap();
        drop(store);
        // Back to the first schema: no time columns.
        let old = Connection::open(dir.path().join("registry.db")).unwrap();
        old.execute_batch(
            "ALTER TABLE layers DROP COLUMN added_at; ALTER TABLE uploads DROP COLUMN updated_at;",
        )
        .unwrap();
        drop(old);
        let store = Store::open(dir.path()).unwrap();
        let hour = Duration::from_secs(3600);
        assert_eq!(store.collect_garbage(hour).unwrap(), Collected::default());
        assert_eq!(store.layer("web", &digest).unwrap(), Some(5));
        assert_eq!(store.upload_received("web", &open).unwrap(), Some(0));
        // With no grace left, the unreferenced layer, its blob and the upload go.
        let c = store.collect_garbage(Duration::ZERO).unwrap();
        assert_eq!((c.layers, c.blobs, c.bytes, c.uploads), (1, 1, 5, 2));
        assert_eq!(store.layer("web", &digest).unwrap(), None);
        assert!(!store.blob_path(&digest).exists());
        assert_eq!(store.upload_received("web", &open).unwrap(), None);
    }
}
