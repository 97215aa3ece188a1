//! What unknot keeps on disk — the engine's state (`state.json`, replaced
//! atomically) and the break history (`history.jsonl`, append-only) — and the
//! pure streak and stats arithmetic over that history, plus `unknot stats`.
//! The file formats and rules are written down in docs/history.md.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ffi::OsString;
use std::fmt;
use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::{DirBuilderExt as _, FileExt as _, OpenOptionsExt as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::cli::EXIT_FAILURE;
use crate::config::Config;
use crate::engine::{EngineState, ExerciseOutcome, HistoryEvent, STATE_VERSION};
use crate::routine::Timeline;

/// The engine's persistent state.
pub const STATE_FILE: &str = "state.json";
/// The break history, one JSON record per line.
pub const HISTORY_FILE: &str = "history.jsonl";
/// Held with an exclusive `flock` by whoever writes either file.
pub const LOCK_FILE: &str = "lock";
/// Where `save_state` writes before renaming. One fixed name is enough: only
/// the lock holder writes it, and a leftover from a killed writer is simply
/// truncated by the next save.
const STATE_TEMP_FILE: &str = "state.json.tmp";

/// The `"v"` every history record is written with.
pub const RECORD_VERSION: u32 = 1;
/// The `"version"` of `unknot stats --json` output.
pub const STATS_JSON_VERSION: u32 = 1;

// ---- errors ----

/// Why reading or writing the state folder failed. Every I/O error names the
/// file and what unknot was doing with it.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "cannot find a folder for unknot's state: set XDG_STATE_HOME to an absolute path, or HOME"
    )]
    NoStateDir,
    #[error("{}: cannot {action}: {source}", .path.display())]
    Io {
        path: PathBuf,
        /// What unknot was doing, as a verb phrase ("append to the history").
        action: &'static str,
        source: io::Error,
    },
    /// Serializing our own types failed; only possible with a bug in a
    /// `Serialize` impl, but it is still a value, not a panic.
    #[error("{}: cannot encode what to write: {source}", .path.display())]
    Encode {
        path: PathBuf,
        source: serde_json::Error,
    },
}

fn io_err(path: &Path, action: &'static str) -> impl FnOnce(io::Error) -> HistoryError {
    let path = path.to_path_buf();
    move |source| HistoryError::Io {
        path,
        action,
        source,
    }
}

// ---- the folder ----

/// `$XDG_STATE_HOME/unknot`, or `$HOME/.local/state/unknot` when
/// `XDG_STATE_HOME` is unset, empty or relative (the XDG spec says to ignore
/// relative values).
pub fn state_dir() -> Result<PathBuf, HistoryError> {
    state_dir_from(std::env::var_os("XDG_STATE_HOME"), std::env::var_os("HOME"))
}

fn state_dir_from(xdg: Option<OsString>, home: Option<OsString>) -> Result<PathBuf, HistoryError> {
    let base = match xdg.map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => {
            let home = home
                .filter(|h| !h.is_empty())
                .ok_or(HistoryError::NoStateDir)?;
            PathBuf::from(home).join(".local").join("state")
        }
    };
    Ok(base.join("unknot"))
}

/// Creates `dir` (private to the user) if it is missing. A new folder's
/// parent is synced so that the folder itself survives a power loss.
fn ensure_dir(dir: &Path) -> Result<(), HistoryError> {
    if dir.is_dir() {
        return Ok(());
    }
    DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io_err(dir, "create the state folder"))?;
    if let Some(parent) = dir.parent() {
        sync_dir(parent)?;
    }
    Ok(())
}

/// Makes a rename or a new file in `dir` durable.
fn sync_dir(dir: &Path) -> Result<(), HistoryError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir, "sync the folder"))
}

/// An exclusive `flock` on `$dir/lock`, released when dropped (the file is
/// closed). `flock` locks belong to the open file, so two handles in one
/// process exclude each other as well as two processes do.
struct DirLock {
    _file: File,
}

fn lock_dir(dir: &Path) -> Result<DirLock, HistoryError> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(io_err(&path, "open the lock file"))?;
    file.lock().map_err(io_err(&path, "lock"))?;
    Ok(DirLock { _file: file })
}

// ---- state.json ----

/// What `load_state` found.
#[derive(Debug, Default)]
pub struct StateLoad {
    /// `None` when there was no state, or it was moved aside: start afresh.
    pub state: Option<EngineState>,
    /// Set when `state.json` could not be used; the caller tells the user once.
    pub moved_aside: Option<MovedAside>,
}

/// A `state.json` that was renamed out of the way instead of being used.
/// `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedAside {
    pub from: PathBuf,
    /// `state.json.corrupt-<timestamp>` next to it, with the same bytes.
    pub to: PathBuf,
    pub reason: AsideReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsideReason {
    /// Not JSON, or not an engine state; the parser's message.
    Corrupt(String),
    /// Written by a newer unknot; guessing what it means could do harm.
    NewerVersion { found: u64, known: u32 },
}

impl fmt::Display for MovedAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.reason {
            AsideReason::Corrupt(why) => {
                write!(f, "{}: cannot be read ({why})", self.from.display())?
            }
            AsideReason::NewerVersion { found, known } => write!(
                f,
                "{}: written by a newer unknot (state version {found}; this one knows {known})",
                self.from.display()
            )?,
        }
        write!(
            f,
            "; moved it to {} and started afresh. Your break history is untouched.",
            self.to.display()
        )
    }
}

/// Reads `$dir/state.json`. A missing file (or folder) is no state. A file
/// that does not parse, or that has a newer `version` than `STATE_VERSION`,
/// is renamed to `state.json.corrupt-<timestamp>` and reported in the result;
/// the engine then starts afresh. An older version is returned as is: the
/// engine decides what to do with it.
pub fn load_state(dir: &Path) -> Result<StateLoad, HistoryError> {
    if !dir.is_dir() {
        return Ok(StateLoad::default());
    }
    // Locked before reading, so that a save racing with us cannot be the
    // file we move aside.
    let _lock = lock_dir(dir)?;
    let path = dir.join(STATE_FILE);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(StateLoad::default()),
        Err(e) => return Err(io_err(&path, "read the state")(e)),
    };
    match decode_state(&bytes) {
        Ok(state) => Ok(StateLoad {
            state: Some(state),
            moved_aside: None,
        }),
        Err(reason) => {
            let to = move_aside(dir, &path)?;
            Ok(StateLoad {
                state: None,
                moved_aside: Some(MovedAside {
                    from: path,
                    to,
                    reason,
                }),
            })
        }
    }
}

fn decode_state(bytes: &[u8]) -> Result<EngineState, AsideReason> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| AsideReason::Corrupt(e.to_string()))?;
    // The version is read before the shape: a newer unknot may have changed
    // the shape, and "newer" is the more useful message.
    if let Some(found) = value.get("version").and_then(serde_json::Value::as_u64) {
        if found > u64::from(STATE_VERSION) {
            return Err(AsideReason::NewerVersion {
                found,
                known: STATE_VERSION,
            });
        }
    }
    serde_json::from_value(value).map_err(|e| AsideReason::Corrupt(e.to_string()))
}

/// Renames `path` to `<name>.corrupt-<timestamp>` in `dir` and returns the new
/// path. The timestamp is the broken file's own modification time (UTC), so
/// no clock is read here; an existing name gets `-2`, `-3`, … so that nothing
/// earlier is overwritten. Called with the lock held.
fn move_aside(dir: &Path, path: &Path) -> Result<PathBuf, HistoryError> {
    let stamp = fs::metadata(path)
        .and_then(|m| m.modified())
        .map(|t| {
            DateTime::<Utc>::from(t)
                .format("%Y%m%dT%H%M%SZ")
                .to_string()
        })
        .unwrap_or_else(|_| "unknown-time".to_string());
    let name = path
        .file_name()
        .map_or_else(|| STATE_FILE.into(), |n| n.to_string_lossy().into_owned());
    let base = format!("{name}.corrupt-{stamp}");
    let mut to = dir.join(&base);
    let mut n = 2u32;
    while to.symlink_metadata().is_ok() {
        to = dir.join(format!("{base}-{n}"));
        n = n.saturating_add(1);
    }
    fs::rename(path, &to).map_err(io_err(path, "move the unreadable state aside"))?;
    sync_dir(dir)?;
    Ok(to)
}

/// Replaces `$dir/state.json` atomically: write a temp file in the same
/// folder, fsync it, rename it over the old one, fsync the folder. A crash at
/// any moment leaves either the old or the new state, never a mix.
pub fn save_state(dir: &Path, state: &EngineState) -> Result<(), HistoryError> {
    let path = dir.join(STATE_FILE);
    let mut bytes = serde_json::to_vec_pretty(state).map_err(|source| HistoryError::Encode {
        path: path.clone(),
        source,
    })?;
    bytes.push(b'\n');
    ensure_dir(dir)?;
    let _lock = lock_dir(dir)?;
    let temp = dir.join(STATE_TEMP_FILE);
    let written = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&temp)
        .and_then(|mut f| {
            f.write_all(&bytes)?;
            f.sync_all()
        })
        .map_err(io_err(&temp, "write the new state"))
        .and_then(|()| fs::rename(&temp, &path).map_err(io_err(&path, "replace the state")));
    if let Err(e) = written {
        // A full disk should not also leave a half-written temp file behind.
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    sync_dir(dir)
}

// ---- history.jsonl ----

/// A record's unique id: `<unix-nanos of the event time>-<pid>-<counter>`.
/// Unique across processes and machines in practice, so two copies of a
/// history can be merged by concatenating them (`read` drops repeats).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordId(pub String);

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One line of `history.jsonl`: `{"v":1,"id":"…","event":"offered",…}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryRecord {
    pub v: u32,
    pub id: RecordId,
    #[serde(flatten)]
    pub event: HistoryEvent,
}

/// The same shape as `HistoryRecord`, borrowing the event, for writing.
#[derive(Serialize)]
struct RecordOut<'a> {
    v: u32,
    id: &'a RecordId,
    #[serde(flatten)]
    event: &'a HistoryEvent,
}

/// When the event happened (its start, for a natural break).
pub fn event_time(event: &HistoryEvent) -> &DateTime<FixedOffset> {
    match event {
        HistoryEvent::Offered { at, .. }
        | HistoryEvent::Started { at, .. }
        | HistoryEvent::Completed { at, .. }
        | HistoryEvent::Snoozed { at, .. }
        | HistoryEvent::Skipped { at, .. }
        | HistoryEvent::Ignored { at, .. } => at,
        HistoryEvent::NaturalBreak { from, .. } => from,
    }
}

/// The day an event counts for: its local date in its own offset.
pub fn event_day(event: &HistoryEvent) -> NaiveDate {
    event_time(event).date_naive()
}

fn new_id(event: &HistoryEvent) -> RecordId {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let at = event_time(event);
    let time = at
        .timestamp_nanos_opt()
        .map_or_else(|| format!("{}s", at.timestamp()), |n| n.to_string());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    RecordId(format!("{time}-{}-{n}", std::process::id()))
}

/// The append-only break history in one state folder.
#[derive(Debug, Clone)]
pub struct History {
    dir: PathBuf,
}

impl History {
    /// Uses `dir` (creating it if needed) for the history.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, HistoryError> {
        let dir = dir.into();
        ensure_dir(&dir)?;
        Ok(History { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Appends one record and returns its id once it is on disk: the whole
    /// line goes out in one `write_all` on an `O_APPEND` file, then
    /// `sync_data`, under the folder's lock.
    pub fn append(&self, event: &HistoryEvent) -> Result<RecordId, HistoryError> {
        let path = self.dir.join(HISTORY_FILE);
        let id = new_id(event);
        let record = RecordOut {
            v: RECORD_VERSION,
            id: &id,
            event,
        };
        let mut line = serde_json::to_vec(&record).map_err(|source| HistoryError::Encode {
            path: path.clone(),
            source,
        })?;
        line.push(b'\n');

        let _lock = lock_dir(&self.dir)?;
        let existed = path.symlink_metadata().is_ok();
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&path)
            .map_err(io_err(&path, "open the history"))?;
        // A write cut off earlier (power loss, full disk) leaves a line with
        // no newline; appending straight after it would glue our record onto
        // the fragment and lose both. Starting on a fresh line keeps ours
        // whole; the fragment stays, reported by `read`, never deleted.
        if !ends_with_newline(&file).map_err(io_err(&path, "read the history"))? {
            line.insert(0, b'\n');
        }
        let mut out = &file;
        out.write_all(&line)
            .and_then(|()| file.sync_data())
            .map_err(io_err(&path, "append to the history"))?;
        if !existed {
            sync_dir(&self.dir)?;
        }
        Ok(id)
    }
}

/// True for an empty file too: there is nothing to separate from.
fn ends_with_newline(file: &File) -> io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    let mut last = [0u8; 1];
    file.read_exact_at(&mut last, len - 1)?;
    Ok(last[0] == b'\n')
}

/// What `read` found: the good records, and every line it had to skip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryRead {
    /// In file order; a repeated id (a merged copy) is kept once.
    pub records: Vec<HistoryRecord>,
    pub problems: Vec<ReadProblem>,
}

/// A line of `history.jsonl` that was skipped. `Display` is the message for
/// the user (prefix it with the file name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadProblem {
    /// 1-based.
    pub line: usize,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file ends inside a record: the last write was cut off.
    TornLastLine,
    /// A record cut off mid-line, with more records after it: an earlier
    /// write was cut off, and later appends started on a fresh line.
    Incomplete,
    /// Not a history record; the parser's message.
    Invalid(String),
    /// A record from a newer unknot.
    NewerVersion(u64),
}

impl fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            ProblemKind::TornLastLine => f.write_str(
                "the last record is cut off (a write interrupted by a crash or power loss); ignored",
            ),
            ProblemKind::Incomplete => f.write_str(
                "a record cut off mid-write (by a crash or power loss); skipped, the rest is read",
            ),
            ProblemKind::Invalid(why) => write!(f, "not a history record ({why}); skipped"),
            ProblemKind::NewerVersion(v) => write!(
                f,
                "record version {v} is newer than this unknot understands ({RECORD_VERSION}); skipped"
            ),
        }
    }
}

/// Reads `$dir/history.jsonl`. A missing file is an empty history. Bad lines
/// are skipped and listed in `problems`; the file is never changed.
pub fn read(dir: &Path) -> Result<HistoryRead, HistoryError> {
    let path = dir.join(HISTORY_FILE);
    match fs::read(&path) {
        Ok(bytes) => Ok(parse_history(&bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(HistoryRead::default()),
        Err(e) => Err(io_err(&path, "read the history")(e)),
    }
}

/// Pure: the records and problems in the bytes of a history file.
pub fn parse_history(bytes: &[u8]) -> HistoryRead {
    let mut read = HistoryRead::default();
    let mut seen: HashSet<RecordId> = HashSet::new();
    let mut lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    // After a final newline `split` yields one empty piece; any other last
    // piece is a line whose write never finished with its newline.
    let unterminated = lines.pop().filter(|last| !last.is_empty());
    let last_index = lines.len();
    for (index, line, is_last_unterminated) in lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| (i, l, false))
        .chain(unterminated.map(|l| (last_index, l, true)))
    {
        let line_no = index + 1;
        let text = line.trim_ascii();
        if text.is_empty() {
            continue;
        }
        match parse_line(text) {
            Ok(record) => {
                if seen.insert(record.id.clone()) {
                    read.records.push(record);
                }
            }
            Err(kind) => {
                let kind = match kind {
                    ProblemKind::Incomplete | ProblemKind::Invalid(_) if is_last_unterminated => {
                        ProblemKind::TornLastLine
                    }
                    other => other,
                };
                read.problems.push(ReadProblem {
                    line: line_no,
                    kind,
                });
            }
        }
    }
    read
}

fn parse_line(text: &[u8]) -> Result<HistoryRecord, ProblemKind> {
    let value: serde_json::Value = serde_json::from_slice(text).map_err(|e| {
        if e.classify() == serde_json::error::Category::Eof {
            ProblemKind::Incomplete
        } else {
            ProblemKind::Invalid(e.to_string())
        }
    })?;
    if let Some(v) = value.get("v").and_then(serde_json::Value::as_u64) {
        if v > u64::from(RECORD_VERSION) {
            return Err(ProblemKind::NewerVersion(v));
        }
    }
    serde_json::from_value(value).map_err(|e| ProblemKind::Invalid(e.to_string()))
}

// ---- streaks (pure) ----

/// Consecutive working days with the daily routine done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Streaks {
    /// Up to today; today counts once done, and does not break it before.
    pub current: u32,
    /// The longest ever (at least `current`).
    pub best: u32,
}

fn is_working_day(config: &Config, day: NaiveDate) -> bool {
    let index = day.weekday().num_days_from_monday() as usize;
    config
        .working_hours
        .get(index)
        .is_some_and(|r| !r.is_empty())
}

/// The days the daily routine was done: a `Completed` with `day_done`, or —
/// should the engine ever have missed it — a completion of the daily break's
/// routine with every exercise done.
fn daily_done_days(records: &[HistoryRecord], config: &Config) -> BTreeSet<NaiveDate> {
    let daily_routine = config
        .breaks
        .iter()
        .find(|b| b.daily)
        .map(|b| b.routine.as_str());
    records
        .iter()
        .filter_map(|r| match &r.event {
            HistoryEvent::Completed {
                routine,
                at,
                outcomes,
                day_done,
                ..
            } => {
                let all_done =
                    !outcomes.is_empty() && outcomes.iter().all(|o| *o == ExerciseOutcome::Done);
                let counts = *day_done || (all_done && daily_routine == Some(routine.as_str()));
                counts.then(|| at.date_naive())
            }
            _ => None,
        })
        .collect()
}

/// Pure: the current and best streak as of `today`. Only working days (per
/// the config's working hours *now*) count; other days are stepped over,
/// whether or not the routine was done on them. Today, not yet done, leaves
/// the streak as it was yesterday. Days after `today` are ignored.
pub fn streaks(records: &[HistoryRecord], config: &Config, today: NaiveDate) -> Streaks {
    streaks_of(&daily_done_days(records, config), config, today)
}

fn streaks_of(done: &BTreeSet<NaiveDate>, config: &Config, today: NaiveDate) -> Streaks {
    let Some(&first) = done.iter().next() else {
        return Streaks::default();
    };
    let (mut run, mut best) = (0u32, 0u32);
    for day in first.iter_days().take_while(|d| *d <= today) {
        if !is_working_day(config, day) {
            continue;
        }
        if done.contains(&day) {
            run += 1;
            best = best.max(run);
        } else if day < today {
            run = 0;
        }
    }
    Streaks { current: run, best }
}

// ---- stats (pure) ----

/// Event counts and time exercised over some days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub offered: u32,
    /// Guided sessions started (accepted or asked for).
    pub taken: u32,
    pub completed: u32,
    pub snoozed: u32,
    pub skipped: u32,
    pub ignored: u32,
    pub natural_breaks: u32,
    /// Exercise time done: each exercise's length (get-ready included) if
    /// `Done`, half of it if `Partial`, nothing if `Skipped`.
    pub exercise_ms: u64,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.offered += other.offered;
        self.taken += other.taken;
        self.completed += other.completed;
        self.snoozed += other.snoozed;
        self.skipped += other.skipped;
        self.ignored += other.ignored;
        self.natural_breaks += other.natural_breaks;
        self.exercise_ms += other.exercise_ms;
    }
}

fn minutes(ms: u64) -> f64 {
    // One decimal: enough for a table, and stable in JSON.
    (ms as f64 / 6_000.0).round() / 10.0
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayStats {
    pub date: NaiveDate,
    pub working_day: bool,
    pub counts: Counts,
    pub daily_done: bool,
}

/// How often one exercise (by title) was done in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseTotal {
    pub title: String,
    pub done: u32,
    pub partial: u32,
}

/// Everything `unknot stats` shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub today: NaiveDate,
    /// The first day of the window; `days` ends with `today`.
    pub from: NaiveDate,
    /// All records in the history, in or out of the window.
    pub records: usize,
    /// Oldest first.
    pub days: Vec<DayStats>,
    pub totals: Counts,
    pub streak: Streaks,
    /// Completed / offered over the window, at most 1 (breaks asked for with
    /// "break now" complete without an offer); `None` if nothing was offered.
    pub completion_rate: Option<f64>,
    /// Most done first.
    pub exercises: Vec<ExerciseTotal>,
}

/// Pure: the stats for the `days` days ending with `today` (at least one).
/// Exercise time comes from the routines as they are now; a routine no longer
/// known adds no time, and outcomes beyond its exercise count are ignored.
pub fn stats(records: &[HistoryRecord], config: &Config, today: NaiveDate, days: u32) -> Stats {
    let span = u64::from(days.max(1) - 1);
    let from = today
        .checked_sub_days(chrono::Days::new(span))
        .unwrap_or(NaiveDate::MIN);
    let done = daily_done_days(records, config);
    let mut timelines: HashMap<String, Option<Timeline>> = HashMap::new();
    let mut per_day: BTreeMap<NaiveDate, Counts> = BTreeMap::new();
    let mut exercises: BTreeMap<String, ExerciseTotal> = BTreeMap::new();

    for record in records {
        let day = event_day(&record.event);
        if day < from || day > today {
            continue;
        }
        let counts = per_day.entry(day).or_default();
        match &record.event {
            HistoryEvent::Offered { .. } => counts.offered += 1,
            HistoryEvent::Started { .. } => counts.taken += 1,
            HistoryEvent::Snoozed { .. } => counts.snoozed += 1,
            HistoryEvent::Skipped { .. } => counts.skipped += 1,
            HistoryEvent::Ignored { .. } => counts.ignored += 1,
            HistoryEvent::NaturalBreak { .. } => counts.natural_breaks += 1,
            HistoryEvent::Completed {
                routine, outcomes, ..
            } => {
                counts.completed += 1;
                let timeline = timelines.entry(routine.clone()).or_insert_with(|| {
                    crate::routine::find(config, routine).map(|r| crate::routine::compile(&r))
                });
                let Some(timeline) = timeline else { continue };
                for (span, outcome) in timeline.exercises.iter().zip(outcomes) {
                    let total =
                        exercises
                            .entry(span.title.clone())
                            .or_insert_with(|| ExerciseTotal {
                                title: span.title.clone(),
                                done: 0,
                                partial: 0,
                            });
                    match outcome {
                        ExerciseOutcome::Done => {
                            counts.exercise_ms += span.duration_ms;
                            total.done += 1;
                        }
                        ExerciseOutcome::Partial => {
                            counts.exercise_ms += span.duration_ms / 2;
                            total.partial += 1;
                        }
                        ExerciseOutcome::Skipped => {}
                    }
                }
            }
        }
    }

    let mut totals = Counts::default();
    let days: Vec<DayStats> = from
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|date| {
            let counts = per_day.get(&date).copied().unwrap_or_default();
            totals.add(&counts);
            DayStats {
                date,
                working_day: is_working_day(config, date),
                counts,
                daily_done: done.contains(&date),
            }
        })
        .collect();
    let completion_rate = (totals.offered > 0)
        .then(|| (f64::from(totals.completed) / f64::from(totals.offered)).min(1.0));
    let mut exercises: Vec<ExerciseTotal> = exercises
        .into_values()
        .filter(|e| e.done + e.partial > 0)
        .collect();
    exercises.sort_by(|a, b| {
        (b.done, b.partial)
            .cmp(&(a.done, a.partial))
            .then_with(|| a.title.cmp(&b.title))
    });
    Stats {
        today,
        from,
        records: records.len(),
        days,
        totals,
        streak: streaks_of(&done, config, today),
        completion_rate,
        exercises,
    }
}

fn days_word(n: u32) -> &'static str {
    if n == 1 {
        "working day"
    } else {
        "working days"
    }
}

/// Pure: the terminal table, at most 80 columns wide for exercise titles of
/// up to 50 characters (longer user titles stick out).
pub fn render(stats: &Stats) -> String {
    let mut out = String::new();
    if stats.records == 0 {
        out.push_str(
            "No breaks recorded yet — they will show up here once unknot has offered some.\n\n",
        );
    }
    let row = |date: &str, day: &str, c: [String; 7], min: &str, daily: &str| {
        format!(
            "{date:<10} {day:<3}{:>8}{:>6}{:>5}{:>8}{:>8}{:>8}{:>8}{min:>6}{daily:>6}\n",
            c[0], c[1], c[2], c[3], c[4], c[5], c[6]
        )
    };
    let cells = |c: &Counts| {
        [
            c.offered,
            c.taken,
            c.completed,
            c.snoozed,
            c.skipped,
            c.ignored,
            c.natural_breaks,
        ]
        .map(|n| n.to_string())
    };
    out.push_str(&row(
        "date",
        "day",
        [
            "offered", "taken", "done", "snoozed", "skipped", "ignored", "natural",
        ]
        .map(String::from),
        "min",
        "daily",
    ));
    for day in &stats.days {
        let daily = match (day.daily_done, day.working_day) {
            (true, _) => "✓",
            (false, true) => "–",
            (false, false) => "off",
        };
        out.push_str(&row(
            &day.date.to_string(),
            &day.date.weekday().to_string(),
            cells(&day.counts),
            &format!("{:.1}", minutes(day.counts.exercise_ms)),
            daily,
        ));
    }
    let done_days = stats.days.iter().filter(|d| d.daily_done).count();
    out.push_str(&row(
        "total",
        "",
        cells(&stats.totals),
        &format!("{:.1}", minutes(stats.totals.exercise_ms)),
        &done_days.to_string(),
    ));
    // The legend, under 80 columns.
    out.push_str("taken: guided breaks started · natural: away long enough to count\n");
    out.push_str("daily routine: ✓ done, – not done, off: not a working day\n\n");

    let s = stats.streak;
    out.push_str(&format!(
        "Current streak: {} {} (best: {} {})\n",
        s.current,
        days_word(s.current),
        s.best,
        days_word(s.best)
    ));
    match stats.completion_rate {
        Some(rate) => out.push_str(&format!(
            "Completion rate: {:.0}% ({} completed, {} offered)\n",
            rate * 100.0,
            stats.totals.completed,
            stats.totals.offered
        )),
        None => out.push_str("Completion rate: – (no breaks offered)\n"),
    }
    if stats.exercises.is_empty() {
        out.push_str("Exercises done: none yet\n");
    } else {
        out.push_str("Exercises done:\n");
        // As wide as the longest title, up to 50 (with the counts, 70 columns).
        let width = stats
            .exercises
            .iter()
            .map(|e| e.title.chars().count())
            .max()
            .unwrap_or(0)
            .min(50);
        for e in &stats.exercises {
            let partial = if e.partial > 0 {
                format!("  (+{} partly)", e.partial)
            } else {
                String::new()
            };
            out.push_str(&format!("  {:<width$}{:>5}{partial}\n", e.title, e.done));
        }
    }
    out
}

fn counts_json(c: &Counts) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for (key, n) in [
        ("offered", c.offered),
        ("taken", c.taken),
        ("completed", c.completed),
        ("snoozed", c.snoozed),
        ("skipped", c.skipped),
        ("ignored", c.ignored),
        ("natural_breaks", c.natural_breaks),
    ] {
        map.insert(key.into(), n.into());
    }
    map.insert("exercise_ms".into(), c.exercise_ms.into());
    map.insert("minutes_exercised".into(), minutes(c.exercise_ms).into());
    map
}

/// Pure: `unknot stats --json`, the shape documented in docs/history.md.
pub fn stats_json(stats: &Stats, problems: &[ReadProblem]) -> serde_json::Value {
    let per_day: Vec<serde_json::Value> = stats
        .days
        .iter()
        .map(|d| {
            let mut map = serde_json::Map::new();
            map.insert("date".into(), d.date.to_string().into());
            map.insert("weekday".into(), d.date.weekday().to_string().into());
            map.insert("working_day".into(), d.working_day.into());
            map.extend(counts_json(&d.counts));
            map.insert("daily_done".into(), d.daily_done.into());
            serde_json::Value::Object(map)
        })
        .collect();
    let mut totals = counts_json(&stats.totals);
    totals.insert(
        "daily_done_days".into(),
        stats.days.iter().filter(|d| d.daily_done).count().into(),
    );
    serde_json::json!({
        "version": STATS_JSON_VERSION,
        "today": stats.today.to_string(),
        "from": stats.from.to_string(),
        "days": stats.days.len(),
        "records": stats.records,
        "per_day": per_day,
        "totals": totals,
        "streak": stats.streak,
        "completion_rate": stats.completion_rate,
        "exercises": stats.exercises,
        "problems": problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}

// ---- the command ----

/// `unknot stats [--days N] [--json]`: reads the history (never writes),
/// prints skipped lines to stderr and the stats to stdout.
pub fn stats_command(config: &Config, days: u32, json: bool) -> ExitCode {
    let read = match state_dir().and_then(|dir| Ok((read(&dir)?, dir))) {
        Ok((read, dir)) => {
            let path = dir.join(HISTORY_FILE);
            for problem in &read.problems {
                eprintln!("unknot: {}: {problem}", path.display());
            }
            read
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    #[allow(
        clippy::disallowed_methods,
        reason = "the shell edge of a one-shot command: 'today' is the user's local date"
    )]
    let today = chrono::Local::now().date_naive();
    let stats = stats(&read.records, config, today, days);
    let text = if json {
        match serde_json::to_string_pretty(&stats_json(&stats, &read.problems)) {
            Ok(text) => text + "\n",
            Err(e) => {
                eprintln!("unknot: could not write the stats as JSON: {e}");
                return ExitCode::from(EXIT_FAILURE);
            }
        }
    } else {
        render(&stats)
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // `unknot stats | head` is fine.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unknot: writing to stdout: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ExerciseOutcome::{Done, Partial, Skipped};

    fn config() -> Config {
        crate::config::parse(crate::config::EXAMPLE.as_bytes(), "test").expect("the example parses")
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    /// Noon on `day`, at +01:00.
    fn noon(day: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("{day}T12:00:00+01:00")).expect("a test time")
    }

    fn records(events: Vec<HistoryEvent>) -> Vec<HistoryRecord> {
        events
            .into_iter()
            .map(|event| HistoryRecord {
                v: RECORD_VERSION,
                id: new_id(&event),
                event,
            })
            .collect()
    }

    fn completed(
        day: &str,
        routine: &str,
        outcomes: Vec<ExerciseOutcome>,
        day_done: bool,
    ) -> HistoryEvent {
        HistoryEvent::Completed {
            break_name: "Daily routine".into(),
            routine: routine.into(),
            at: noon(day),
            outcomes,
            day_done,
        }
    }

    /// The daily routine done on `day`, as the engine records it.
    fn daily(day: &str) -> HistoryEvent {
        completed(day, "upper-trap", vec![Done; 4], true)
    }

    fn offered(day: &str) -> HistoryEvent {
        HistoryEvent::Offered {
            break_name: "Desk reset".into(),
            routine: "desk-reset".into(),
            at: noon(day),
        }
    }

    fn streak(events: Vec<HistoryEvent>, today: &str) -> Streaks {
        streaks(&records(events), &config(), date(today))
    }

    // 2026-03-02 is a Monday; the example config works Monday to Friday.

    #[test]
    fn weekends_neither_count_nor_break_the_streak() {
        let events = vec![
            daily("2026-02-27"),
            daily("2026-03-02"),
            daily("2026-03-03"),
        ];
        assert_eq!(streak(events.clone(), "2026-03-04").current, 3);
        // Doing the routine on Saturday too does not make it longer.
        let mut with_saturday = events;
        with_saturday.push(daily("2026-02-28"));
        assert_eq!(streak(with_saturday, "2026-03-04").current, 3);
    }

    #[test]
    fn today_not_yet_done_keeps_yesterdays_streak() {
        let events = vec![daily("2026-03-02"), daily("2026-03-03")];
        assert_eq!(streak(events.clone(), "2026-03-04").current, 2);
        let mut done_today = events;
        done_today.push(daily("2026-03-04"));
        assert_eq!(streak(done_today, "2026-03-04").current, 3);
        // A missed working day before today does break it.
        assert_eq!(streak(vec![daily("2026-03-02")], "2026-03-04").current, 0);
        // Over a weekend, Friday is "yesterday".
        assert_eq!(streak(vec![daily("2026-02-27")], "2026-03-02").current, 1);
    }

    #[test]
    fn a_partly_done_routine_does_not_count_the_day() {
        let events = vec![
            daily("2026-03-02"),
            completed(
                "2026-03-03",
                "upper-trap",
                vec![Done, Partial, Done, Done],
                false,
            ),
            daily("2026-03-04"),
        ];
        assert_eq!(
            streak(events, "2026-03-04"),
            Streaks {
                current: 1,
                best: 1
            }
        );
    }

    #[test]
    fn the_daily_routine_fully_done_counts_even_without_day_done() {
        let fallback = vec![completed("2026-03-03", "upper-trap", vec![Done; 4], false)];
        assert_eq!(streak(fallback, "2026-03-03").current, 1);
        // Another routine, however complete, is not the daily one.
        let other = vec![completed("2026-03-03", "desk-reset", vec![Done; 2], false)];
        assert_eq!(streak(other, "2026-03-03").current, 0);
        // Nothing done at all is not "every exercise done".
        let empty = vec![completed("2026-03-03", "upper-trap", vec![], false)];
        assert_eq!(streak(empty, "2026-03-03").current, 0);
        let skipped = vec![completed(
            "2026-03-03",
            "upper-trap",
            vec![Skipped; 4],
            false,
        )];
        assert_eq!(streak(skipped, "2026-03-03").current, 0);
    }

    #[test]
    fn best_streak_outlives_a_broken_one() {
        let mut events: Vec<HistoryEvent> = [
            "2026-02-23",
            "2026-02-24",
            "2026-02-25",
            "2026-02-26",
            "2026-02-27",
        ]
        .into_iter()
        .map(daily)
        .collect();
        // Monday 2026-03-02 missed.
        events.push(daily("2026-03-03"));
        events.push(daily("2026-03-04"));
        assert_eq!(
            streak(events, "2026-03-05"),
            Streaks {
                current: 2,
                best: 5
            }
        );
        assert_eq!(streak(vec![], "2026-03-05"), Streaks::default());
        // A day after `today` (a clock that went back) counts for nothing.
        assert_eq!(
            streak(vec![daily("2026-03-06")], "2026-03-05"),
            Streaks::default()
        );
    }

    #[test]
    fn stats_count_each_day_in_the_window_and_the_time_exercised() {
        let config = config();
        let upper = crate::routine::compile(
            &crate::routine::find(&config, "upper-trap").expect("a built-in"),
        );
        let spans = &upper.exercises;
        let events = vec![
            // Outside the two-day window.
            offered("2026-02-27"),
            daily("2026-02-27"),
            // Monday.
            offered("2026-03-02"),
            offered("2026-03-02"),
            HistoryEvent::Snoozed {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
                snoozes_left: 2,
            },
            HistoryEvent::Started {
                break_name: "Daily routine".into(),
                routine: "upper-trap".into(),
                at: noon("2026-03-02"),
            },
            completed(
                "2026-03-02",
                "upper-trap",
                vec![Done, Partial, Skipped, Done],
                false,
            ),
            HistoryEvent::Ignored {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::NaturalBreak {
                from: noon("2026-03-02"),
                until: noon("2026-03-02") + chrono::TimeDelta::minutes(30),
            },
            // Tuesday.
            offered("2026-03-03"),
            HistoryEvent::Skipped {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-03"),
            },
            daily("2026-03-03"),
        ];
        let s = stats(&records(events), &config, date("2026-03-03"), 2);
        assert_eq!(s.from, date("2026-03-02"));
        assert_eq!(s.records, 12);
        assert_eq!(s.days.len(), 2);
        let monday = &s.days[0];
        assert_eq!(
            monday.counts,
            Counts {
                offered: 2,
                taken: 1,
                completed: 1,
                snoozed: 1,
                skipped: 0,
                ignored: 1,
                natural_breaks: 1,
                exercise_ms: spans[0].duration_ms + spans[1].duration_ms / 2 + spans[3].duration_ms,
            }
        );
        assert!(!monday.daily_done);
        let tuesday = &s.days[1];
        assert_eq!((tuesday.counts.offered, tuesday.counts.skipped), (1, 1));
        assert_eq!(tuesday.counts.exercise_ms, upper.total_ms);
        assert!(tuesday.daily_done);
        assert_eq!(s.totals.offered, 3);
        assert_eq!(s.totals.completed, 2);
        assert_eq!(s.completion_rate, Some(2.0 / 3.0));
        // Friday and Tuesday, with Monday missed.
        assert_eq!(
            s.streak,
            Streaks {
                current: 1,
                best: 1
            }
        );
        let by_title: Vec<(&str, u32, u32)> = s
            .exercises
            .iter()
            .map(|e| (e.title.as_str(), e.done, e.partial))
            .collect();
        assert_eq!(
            by_title,
            vec![
                (spans[0].title.as_str(), 2, 0),
                (spans[3].title.as_str(), 2, 0),
                (spans[1].title.as_str(), 1, 1),
                (spans[2].title.as_str(), 1, 0),
            ]
        );

        let json = stats_json(&s, &[]);
        assert_eq!(json["per_day"][0]["offered"], 2);
        assert_eq!(json["per_day"][1]["daily_done"], true);
        assert_eq!(json["totals"]["exercise_ms"], s.totals.exercise_ms);
        assert_eq!(json["streak"]["best"], 1);
    }

    #[test]
    fn completion_rate_is_capped_and_absent_without_offers() {
        let config = config();
        let only_asked_for = records(vec![daily("2026-03-02")]);
        assert_eq!(
            stats(&only_asked_for, &config, date("2026-03-02"), 1).completion_rate,
            None
        );
        let more_done_than_offered = records(vec![
            offered("2026-03-02"),
            daily("2026-03-02"),
            daily("2026-03-02"),
        ]);
        assert_eq!(
            stats(&more_done_than_offered, &config, date("2026-03-02"), 1).completion_rate,
            Some(1.0)
        );
    }

    #[test]
    fn the_table_fits_80_columns_and_greets_an_empty_history() {
        let config = config();
        let empty = render(&stats(&[], &config, date("2026-03-04"), 14));
        assert!(empty.starts_with("No breaks recorded yet"), "{empty}");
        assert!(
            empty.contains("Current streak: 0 working days (best: 0 working days)"),
            "{empty}"
        );
        let busy: Vec<HistoryEvent> = (0..200)
            .map(|_| offered("2026-03-03"))
            .chain([daily("2026-03-03")])
            .collect();
        let table = render(&stats(&records(busy), &config, date("2026-03-04"), 14));
        assert!(!table.contains("No breaks recorded yet"), "{table}");
        for line in empty.lines().chain(table.lines()) {
            assert!(line.chars().count() <= 80, "too wide: {line:?}");
        }
        assert!(table.contains("2026-03-03 Tue     200"), "{table}");
        assert!(
            table.contains("Current streak: 1 working day (best: 1 working day)"),
            "{table}"
        );
    }

    fn tempdir() -> tempfile::TempDir {
        tempfile::tempdir().expect("a temp dir")
    }

    fn history_bytes(dir: &Path) -> Vec<u8> {
        fs::read(dir.join(HISTORY_FILE)).expect("the history exists")
    }

    fn append_to_file(dir: &Path, bytes: &[u8]) {
        let mut file = OpenOptions::new()
            .append(true)
            .open(dir.join(HISTORY_FILE))
            .expect("the history exists");
        file.write_all(bytes).expect("appending in a temp dir");
    }

    fn every_kind_of_event() -> Vec<HistoryEvent> {
        vec![
            offered("2026-03-02"),
            HistoryEvent::Started {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            completed("2026-03-02", "desk-reset", vec![Done, Partial], false),
            HistoryEvent::Snoozed {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
                snoozes_left: 1,
            },
            HistoryEvent::Skipped {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::Ignored {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::NaturalBreak {
                from: noon("2026-03-02"),
                until: noon("2026-03-03"),
            },
        ]
    }

    #[test]
    fn every_event_round_trips_through_the_file_with_a_unique_id() {
        let dir = tempdir();
        let history = History::open(dir.path().join("nested/unknot")).expect("opens");
        let events = every_kind_of_event();
        let mut ids = Vec::new();
        for event in events.iter().chain(events.iter()) {
            ids.push(history.append(event).expect("appends"));
        }
        let read = read(history.dir()).expect("reads");
        assert_eq!(read.problems, vec![]);
        let got: Vec<(RecordId, HistoryEvent)> =
            read.records.into_iter().map(|r| (r.id, r.event)).collect();
        let want: Vec<(RecordId, HistoryEvent)> = ids
            .iter()
            .cloned()
            .zip(events.iter().chain(events.iter()).cloned())
            .collect();
        assert_eq!(got, want);
        let unique: HashSet<&RecordId> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "ids repeat: {ids:?}");

        let text = String::from_utf8(history_bytes(history.dir())).expect("UTF-8");
        let last: serde_json::Value =
            serde_json::from_str(text.lines().last().expect("lines")).expect("JSON");
        assert_eq!(last["v"], 1);
        assert_eq!(last["event"], "natural-break");
        assert_eq!(last["id"], ids[ids.len() - 1].0.as_str());
    }

    #[test]
    fn a_torn_last_line_is_ignored_and_reported_and_the_next_append_survives_it() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        history.append(&offered("2026-03-02")).expect("appends");
        history.append(&daily("2026-03-02")).expect("appends");
        append_to_file(dir.path(), br#"{"v":1,"id":"x","event":"off"#);

        let torn = read(dir.path()).expect("reads");
        assert_eq!(torn.records.len(), 2);
        assert_eq!(
            torn.problems,
            vec![ReadProblem {
                line: 3,
                kind: ProblemKind::TornLastLine
            }]
        );
        assert!(torn.problems[0]
            .to_string()
            .starts_with("line 3: the last record is cut off"));

        let before = history_bytes(dir.path());
        let id = history.append(&offered("2026-03-03")).expect("appends");
        // The fragment is kept, never rewritten; the new record is on its own line.
        assert!(history_bytes(dir.path()).starts_with(&before));
        let healed = read(dir.path()).expect("reads");
        assert_eq!(healed.records.len(), 3);
        assert_eq!(healed.records[2].id, id);
        assert_eq!(
            healed.problems,
            vec![ReadProblem {
                line: 3,
                kind: ProblemKind::Incomplete
            }]
        );
    }

    #[test]
    fn a_bad_line_in_the_middle_is_reported_by_number_and_skipped() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        history.append(&offered("2026-03-02")).expect("appends");
        append_to_file(dir.path(), b"garbage \xff\n\n");
        history.append(&offered("2026-03-03")).expect("appends");
        append_to_file(
            dir.path(),
            br#"{"v":2,"id":"future","event":"teleported","at":"2030-01-01T00:00:00Z"}"#,
        );
        append_to_file(dir.path(), b"\n");
        append_to_file(dir.path(), br#"{"v":1,"id":"y","event":"unheard-of"}"#);
        append_to_file(dir.path(), b"\n");
        history.append(&offered("2026-03-04")).expect("appends");

        let read = read(dir.path()).expect("reads");
        let days: Vec<NaiveDate> = read.records.iter().map(|r| event_day(&r.event)).collect();
        assert_eq!(
            days,
            vec![date("2026-03-02"), date("2026-03-03"), date("2026-03-04")]
        );
        let lines: Vec<(usize, &ProblemKind)> =
            read.problems.iter().map(|p| (p.line, &p.kind)).collect();
        assert!(
            matches!(
                lines.as_slice(),
                [
                    (2, ProblemKind::Invalid(_)),
                    (5, ProblemKind::NewerVersion(2)),
                    (6, ProblemKind::Invalid(_))
                ]
            ),
            "{lines:?}"
        );
    }

    #[test]
    fn a_merged_copy_counts_each_record_once() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        for event in every_kind_of_event() {
            history.append(&event).expect("appends");
        }
        let once = read(dir.path()).expect("reads");
        let bytes = history_bytes(dir.path());
        append_to_file(dir.path(), &bytes);
        let twice = read(dir.path()).expect("reads");
        assert_eq!(twice, once);
    }

    #[test]
    fn missing_files_are_an_empty_history_and_no_state() {
        let dir = tempdir();
        let absent = dir.path().join("never-created");
        assert_eq!(read(&absent).expect("reads"), HistoryRead::default());
        let load = load_state(&absent).expect("loads");
        assert!(load.state.is_none() && load.moved_aside.is_none());
        assert!(!absent.exists(), "reading must not create the folder");
    }

    #[test]
    fn a_history_path_that_cannot_be_written_is_an_error_naming_it() {
        let dir = tempdir();
        fs::create_dir(dir.path().join(HISTORY_FILE)).expect("a folder in the way");
        let history = History::open(dir.path()).expect("opens");
        let err = history
            .append(&offered("2026-03-02"))
            .expect_err("cannot append to a folder");
        assert!(err.to_string().contains(HISTORY_FILE), "{err}");
        assert!(matches!(err, HistoryError::Io { .. }));
    }

    fn state(n: u64) -> EngineState {
        EngineState {
            version: STATE_VERSION,
            saved_at: noon("2026-03-02"),
            breaks: BTreeMap::new(),
            daily_done_on: Some(date("2026-03-02")),
            paused: None,
            pending: None,
            off_hours_ms: n,
        }
    }

    fn names_in(dir: &Path) -> BTreeSet<String> {
        fs::read_dir(dir)
            .expect("lists")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }

    #[test]
    fn saving_state_replaces_it_and_leaves_no_temp_files() {
        let dir = tempdir();
        save_state(dir.path(), &state(1)).expect("saves");
        save_state(dir.path(), &state(2)).expect("saves again");
        let load = load_state(dir.path()).expect("loads");
        assert_eq!(load.state, Some(state(2)));
        assert!(load.moved_aside.is_none());
        let want: BTreeSet<String> = [STATE_FILE, LOCK_FILE].map(String::from).into();
        assert_eq!(names_in(dir.path()), want);
    }

    #[test]
    fn a_corrupt_state_is_moved_aside_with_its_bytes_and_history_is_untouched() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        history.append(&daily("2026-03-02")).expect("appends");
        let history_before = history_bytes(dir.path());
        let garbage = b"{\"version\": 1, \"saved_at\": tru";
        fs::write(dir.path().join(STATE_FILE), garbage).expect("writes");

        let load = load_state(dir.path()).expect("loads");
        assert!(load.state.is_none());
        let aside = load.moved_aside.expect("moved aside");
        assert!(matches!(aside.reason, AsideReason::Corrupt(_)));
        let name = aside
            .to
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        assert!(name.starts_with("state.json.corrupt-"), "{name}");
        assert_eq!(fs::read(&aside.to).expect("the moved file"), garbage);
        assert!(!dir.path().join(STATE_FILE).exists());
        assert!(
            aside.to_string().contains("history is untouched"),
            "{aside}"
        );
        assert_eq!(history_bytes(dir.path()), history_before);

        // Reported once: the next start finds no state and nothing to move.
        let again = load_state(dir.path()).expect("loads");
        assert!(again.state.is_none() && again.moved_aside.is_none());

        // A second broken file never overwrites the first one moved aside.
        fs::write(dir.path().join(STATE_FILE), b"[]").expect("writes");
        let second = load_state(dir.path())
            .expect("loads")
            .moved_aside
            .expect("moved aside");
        assert_ne!(second.to, aside.to);
        assert_eq!(fs::read(&aside.to).expect("the first moved file"), garbage);
    }

    #[test]
    fn a_state_from_a_newer_unknot_is_moved_aside_and_said_so() {
        let dir = tempdir();
        save_state(dir.path(), &state(7)).expect("saves");
        let path = dir.path().join(STATE_FILE);
        let text = fs::read_to_string(&path).expect("reads");
        let newer = text.replace("\"version\": 1", "\"version\": 99");
        assert_ne!(newer, text);
        fs::write(&path, &newer).expect("writes");

        let load = load_state(dir.path()).expect("loads");
        assert!(load.state.is_none());
        let aside = load.moved_aside.expect("moved aside");
        assert_eq!(
            aside.reason,
            AsideReason::NewerVersion {
                found: 99,
                known: STATE_VERSION
            }
        );
        assert!(aside.to_string().contains("newer unknot"), "{aside}");
        assert_eq!(fs::read_to_string(&aside.to).expect("moved"), newer);
    }

    #[test]
    fn the_state_folder_follows_xdg_then_home() {
        let dir = |xdg: Option<&str>, home: Option<&str>| {
            state_dir_from(xdg.map(OsString::from), home.map(OsString::from)).ok()
        };
        assert_eq!(
            dir(Some("/x/state"), Some("/h")),
            Some(PathBuf::from("/x/state/unknot"))
        );
        assert_eq!(
            dir(Some("relative"), Some("/h")),
            Some(PathBuf::from("/h/.local/state/unknot"))
        );
        assert_eq!(
            dir(Some(""), Some("/h")),
            Some(PathBuf::from("/h/.local/state/unknot"))
        );
        assert_eq!(
            dir(None, Some("/h")),
            Some(PathBuf::from("/h/.local/state/unknot"))
        );
        assert_eq!(dir(None, Some("")), None);
        assert_eq!(dir(None, None), None);
    }

    #[test]
    fn the_documented_records_parse_and_are_written_the_same_way() {
        let doc = include_str!("../docs/history.md");
        let lines: Vec<&str> = doc
            .lines()
            .filter(|l| l.starts_with(r#"{"v":1,"#))
            .collect();
        assert_eq!(lines.len(), 4, "the example in docs/history.md");
        let read = parse_history(lines.join("\n").as_bytes());
        assert_eq!(read.problems, vec![]);
        for (record, line) in read.records.iter().zip(&lines) {
            assert_eq!(
                event_time(&record.event)
                    .timestamp_nanos_opt()
                    .map(|n| record.id.0.starts_with(&n.to_string())),
                Some(true)
            );
            let out = RecordOut {
                v: record.v,
                id: &record.id,
                event: &record.event,
            };
            assert_eq!(serde_json::to_string(&out).ok().as_deref(), Some(*line));
        }
    }
}
