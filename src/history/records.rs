//! `history.jsonl`: the record codec, the fsynced appender and the reader
//! that skips and reports bad lines.

use std::collections::HashSet;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::{FileExt as _, OpenOptionsExt as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{ensure_dir, io_err, lock_dir, sync_dir, HistoryError, HISTORY_FILE, RECORD_VERSION};
use crate::engine::HistoryEvent;

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
pub(crate) struct RecordOut<'a> {
    pub(crate) v: u32,
    pub(crate) id: &'a RecordId,
    #[serde(flatten)]
    pub(crate) event: &'a HistoryEvent,
}

/// When the event happened (its start, for a natural break).
pub fn event_time(event: &HistoryEvent) -> &DateTime<FixedOffset> {
    match event {
        HistoryEvent::Offered { at, .. }
        | HistoryEvent::Started { at, .. }
        | HistoryEvent::Completed { at, .. }
        | HistoryEvent::Snoozed { at, .. }
        | HistoryEvent::Skipped { at, .. }
        | HistoryEvent::Ignored { at, .. }
        | HistoryEvent::Rated { at, .. }
        | HistoryEvent::LeftOut { at, .. }
        | HistoryEvent::PutBack { at, .. }
        | HistoryEvent::ShoulderCheck { at, .. } => at,
        HistoryEvent::NaturalBreak { from, .. } => from,
    }
}

/// The `event` name of each kind this unknot writes and reads. A record of
/// any other kind (from a newer unknot sharing the history) is skipped
/// without a word: it is not a damaged line.
pub const EVENT_KINDS: [&str; 11] = [
    "offered",
    "started",
    "completed",
    "left-out",
    "put-back",
    "rated",
    "snoozed",
    "skipped",
    "ignored",
    "natural-break",
    "shoulder-check",
];

/// The `event` name `event` is written with (the compiler lists every kind).
#[cfg(test)]
pub(crate) fn event_kind(event: &HistoryEvent) -> &'static str {
    match event {
        HistoryEvent::Offered { .. } => "offered",
        HistoryEvent::Started { .. } => "started",
        HistoryEvent::Completed { .. } => "completed",
        HistoryEvent::LeftOut { .. } => "left-out",
        HistoryEvent::PutBack { .. } => "put-back",
        HistoryEvent::Rated { .. } => "rated",
        HistoryEvent::Snoozed { .. } => "snoozed",
        HistoryEvent::Skipped { .. } => "skipped",
        HistoryEvent::Ignored { .. } => "ignored",
        HistoryEvent::NaturalBreak { .. } => "natural-break",
        HistoryEvent::ShoulderCheck { .. } => "shoulder-check",
    }
}

/// The day an event counts for: its local date in its own offset.
pub fn event_day(event: &HistoryEvent) -> NaiveDate {
    event_time(event).date_naive()
}

pub(crate) fn new_id(event: &HistoryEvent) -> RecordId {
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
    /// The state folder: the lock is here.
    dir: PathBuf,
    /// The file appended to: `dir/history.jsonl`, or this machine's file in
    /// the sync folder (`sync::Place::writer`).
    file: PathBuf,
}

impl History {
    /// Uses `dir` (creating it if needed) for the history.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, HistoryError> {
        let dir = dir.into();
        ensure_dir(&dir)?;
        let file = dir.join(HISTORY_FILE);
        Ok(History { dir, file })
    }

    /// The same writer appending to `file` instead.
    pub(crate) fn into_file(self, file: PathBuf) -> History {
        History { file, ..self }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file records are appended to.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Appends one record and returns its id once it is on disk: the whole
    /// line goes out in one `write_all` on an `O_APPEND` file, then
    /// `sync_data`, under the folder's lock.
    pub fn append(&self, event: &HistoryEvent) -> Result<RecordId, HistoryError> {
        let path = self.file.clone();
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
            sync_dir(path.parent().unwrap_or(&self.dir))?;
        }
        Ok(id)
    }
}

/// True for an empty file too: there is nothing to separate from.
pub(crate) fn ends_with_newline(file: &File) -> io::Result<bool> {
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
    /// Which file, when several were read (`sync::Place::read`).
    pub file: Option<PathBuf>,
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
        let line = self.line;
        let text = match &self.kind {
            ProblemKind::TornLastLine => crate::t!("cli-history-torn-last-line", line = line),
            ProblemKind::Incomplete => crate::t!("cli-history-incomplete", line = line),
            ProblemKind::Invalid(why) => {
                crate::t!("cli-history-invalid", line = line, error = why)
            }
            ProblemKind::NewerVersion(v) => crate::t!(
                "cli-history-newer",
                line = line,
                version = *v,
                ours = RECORD_VERSION
            ),
        };
        f.write_str(&text)
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
            Ok(Some(record)) => {
                if seen.insert(record.id.clone()) {
                    read.records.push(record);
                }
            }
            // A kind this unknot does not know: a newer one wrote it.
            Ok(None) => {}
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
                    file: None,
                });
            }
        }
    }
    read
}

/// One line: a record, `None` for a whole record of a kind this unknot does
/// not know (skipped quietly), or why it is no record.
pub(crate) fn parse_line(text: &[u8]) -> Result<Option<HistoryRecord>, ProblemKind> {
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
    let unknown_kind = value
        .get("event")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|kind| !EVENT_KINDS.contains(&kind));
    if unknown_kind && value.get("id").is_some_and(serde_json::Value::is_string) {
        return Ok(None);
    }
    serde_json::from_value(value)
        .map(Some)
        .map_err(|e| ProblemKind::Invalid(e.to_string()))
}
