//! One history over several machines (`sync.folder`, docs/sync.md): each
//! machine appends to its own `history-<machine>.jsonl` in a folder a sync
//! tool (Syncthing, Nextcloud, …) keeps alike, never to another's, and every
//! reader reads the union. Records have unique ids, so the union is merged
//! by construction: a repeated id is read once.

use std::collections::HashSet;
use std::fs::{self, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use super::{
    ends_with_newline, ensure_dir, io_err, lock_dir, parse_history, state_dir, sync_dir, History,
    HistoryError, HistoryRead, HistoryRecord, ProblemKind, ReadProblem, RecordId, RecordOut,
    HISTORY_FILE,
};

/// This machine's id for the sync folder, kept in the local state folder.
pub const MACHINE_FILE: &str = "machine-id";
/// What `sync init` renames the merged local history to (never deleted).
pub const MERGED_FILE: &str = "history.jsonl.merged";

/// Where the history is: the local state folder, and the sync folder if
/// the config names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub state_dir: PathBuf,
    pub folder: Option<PathBuf>,
}

/// A sync folder's history file for `machine`.
pub fn machine_file(folder: &Path, machine: &str) -> PathBuf {
    folder.join(format!("history-{machine}.jsonl"))
}

/// This machine's id: made once (16 random bytes as hex) and kept in
/// `state_dir`. Not `/etc/machine-id`: cloned VMs share that, and so do two
/// instances on one machine.
pub fn machine_id(state_dir: &Path) -> Result<String, HistoryError> {
    let path = state_dir.join(MACHINE_FILE);
    if let Ok(text) = fs::read_to_string(&path) {
        let id = text.trim();
        if id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(id.to_owned());
        }
    }
    ensure_dir(state_dir)?;
    let mut bytes = [0u8; 16];
    fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(io_err(&path, "make a machine id"))?;
    let id: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let temp = state_dir.join(format!("{MACHINE_FILE}.tmp"));
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&temp)
        .map_err(io_err(&temp, "write the machine id"))?;
    file.write_all(format!("{id}\n").as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| fs::rename(&temp, &path))
        .map_err(io_err(&path, "write the machine id"))?;
    sync_dir(state_dir)?;
    Ok(id)
}

impl Place {
    /// The writer: this machine's file in the sync folder, or the local
    /// `history.jsonl`. The lock stays in the local state folder (only this
    /// machine writes its file).
    pub fn writer(&self) -> Result<History, HistoryError> {
        let history = History::open(&self.state_dir)?;
        match &self.folder {
            None => Ok(history),
            Some(folder) => {
                ensure_dir(folder)?;
                let id = machine_id(&self.state_dir)?;
                Ok(history.into_file(machine_file(folder, &id)))
            }
        }
    }

    /// Every record: the local `history.jsonl` (until `sync init` merged it)
    /// and every machine's file in the sync folder, each id once. Problems
    /// name their file. A last line another machine is still writing (a
    /// sync in progress) is left out quietly until it is whole.
    pub fn read(&self) -> Result<HistoryRead, HistoryError> {
        let mut all = HistoryRead::default();
        let mut seen: HashSet<RecordId> = HashSet::new();
        let mut add = |read: HistoryRead, all: &mut HistoryRead, quiet_torn: bool| {
            for record in read.records {
                if seen.insert(record.id.clone()) {
                    all.records.push(record);
                }
            }
            all.problems.extend(
                read.problems
                    .into_iter()
                    .filter(|p| !(quiet_torn && p.kind == ProblemKind::TornLastLine)),
            );
        };
        let local = self.state_dir.join(HISTORY_FILE);
        add(read_file(&local)?, &mut all, false);
        if let Some(folder) = &self.folder {
            let ours = fs::read_to_string(self.state_dir.join(MACHINE_FILE))
                .ok()
                .map(|id| machine_file(folder, id.trim()));
            for path in machine_files(folder)? {
                let theirs = Some(&path) != ours.as_ref();
                add(read_file(&path)?, &mut all, theirs);
            }
        }
        Ok(all)
    }

    /// The local history not yet merged into the sync folder: its records.
    pub fn unmerged(&self) -> usize {
        if self.folder.is_none() {
            return 0;
        }
        read_file(&self.state_dir.join(HISTORY_FILE)).map_or(0, |r| r.records.len())
    }

    /// `unknot sync init`: copies every local record this machine's folder
    /// file does not have yet (same ids, one write, fsynced), then renames
    /// the local `history.jsonl` to `history.jsonl.merged`. Running it again
    /// (or after a crash between the two steps) copies nothing twice and
    /// loses nothing. Returns how many records were copied.
    pub fn init(&self) -> Result<usize, HistoryError> {
        let Some(folder) = &self.folder else {
            return Err(HistoryError::NoSyncFolder);
        };
        let writer = self.writer()?;
        let local = self.state_dir.join(HISTORY_FILE);
        let read = read_file(&local)?;
        let _lock = lock_dir(&self.state_dir)?;
        let target = writer.file().to_owned();
        let have: HashSet<RecordId> = read_file(&target)?
            .records
            .into_iter()
            .map(|r| r.id)
            .collect();
        let missing: Vec<&HistoryRecord> = read
            .records
            .iter()
            .filter(|r| !have.contains(&r.id))
            .collect();
        if !missing.is_empty() {
            append_records(&target, &missing)?;
            sync_dir(folder)?;
        }
        if local.exists() {
            let mut aside = self.state_dir.join(MERGED_FILE);
            let mut n = 2;
            while aside.exists() {
                aside = self.state_dir.join(format!("{MERGED_FILE}-{n}"));
                n += 1;
            }
            fs::rename(&local, &aside).map_err(io_err(&local, "move the merged history aside"))?;
            sync_dir(&self.state_dir)?;
        }
        Ok(missing.len())
    }
}

/// Every `history-*.jsonl` in `folder`, sorted; a missing folder has none.
fn machine_files(folder: &Path) -> Result<Vec<PathBuf>, HistoryError> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(folder, "list the sync folder")(e)),
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("history-") && n.ends_with(".jsonl"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// One history file; missing is empty. Problems carry the file's path.
fn read_file(path: &Path) -> Result<HistoryRead, HistoryError> {
    match fs::read(path) {
        Ok(bytes) => {
            let mut read = parse_history(&bytes);
            for problem in &mut read.problems {
                problem.file = Some(path.to_owned());
            }
            Ok(read)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(HistoryRead::default()),
        Err(e) => Err(io_err(path, "read the history")(e)),
    }
}

/// Appends records as they are (ids kept) in one write, then fsyncs.
fn append_records(path: &Path, records: &[&HistoryRecord]) -> Result<(), HistoryError> {
    let mut text = Vec::new();
    for record in records {
        let out = RecordOut {
            v: record.v,
            id: &record.id,
            event: &record.event,
        };
        let line = serde_json::to_vec(&out).map_err(|source| HistoryError::Encode {
            path: path.to_owned(),
            source,
        })?;
        text.extend(line);
        text.push(b'\n');
    }
    let file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(0o600)
        .open(path)
        .map_err(io_err(path, "open the history"))?;
    if !ends_with_newline(&file).map_err(io_err(path, "read the history"))? {
        text.insert(0, b'\n');
    }
    let mut out = &file;
    out.write_all(&text)
        .and_then(|()| file.sync_data())
        .map_err(io_err(path, "append to the history"))
}

impl Place {
    /// The state folder from the environment, and the config's sync folder
    /// with `~/` resolved against HOME.
    pub fn locate(folder: Option<&Path>) -> Result<Place, HistoryError> {
        let state_dir = state_dir()?;
        let folder = match folder {
            None => None,
            Some(f) => Some(resolve_home(f, std::env::var_os("HOME"))?),
        };
        Ok(Place { state_dir, folder })
    }

    /// Just the local state folder (no sync).
    pub fn local(state_dir: PathBuf) -> Place {
        Place {
            state_dir,
            folder: None,
        }
    }

    /// Where a problem `read` reported is: its file, or the local history.
    pub fn problem_file(&self, problem: &ReadProblem) -> PathBuf {
        problem
            .file
            .clone()
            .unwrap_or_else(|| self.state_dir.join(HISTORY_FILE))
    }
}

fn resolve_home(path: &Path, home: Option<std::ffi::OsString>) -> Result<PathBuf, HistoryError> {
    match path.strip_prefix("~") {
        Ok(rest) => {
            let home = home
                .filter(|h| !h.is_empty())
                .ok_or(HistoryError::NoStateDir)?;
            Ok(PathBuf::from(home).join(rest))
        }
        Err(_) => Ok(path.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;
    use chrono::{DateTime, TimeZone as _};

    use super::*;
    use crate::engine::HistoryEvent;

    fn offered(minute: u32) -> HistoryEvent {
        HistoryEvent::Offered {
            break_name: "Desk reset".into(),
            routine: "desk-reset".into(),
            at: DateTime::parse_from_rfc3339(&format!("2026-03-02T10:{minute:02}:00+01:00"))
                .expect("a time"),
        }
    }

    fn place(root: &Path, name: &str) -> Place {
        Place {
            state_dir: root.join(name),
            folder: Some(root.join("shared")),
        }
    }

    fn ids(read: &HistoryRead) -> Vec<String> {
        let mut ids: Vec<String> = read.records.iter().map(|r| r.id.0.clone()).collect();
        ids.sort();
        ids
    }

    #[test]
    fn each_machine_writes_its_own_file_and_reads_the_union() {
        let root = tempfile::tempdir().expect("a temp dir");
        let (a, b) = (place(root.path(), "a"), place(root.path(), "b"));
        let id_a = machine_id(&a.state_dir).expect("an id");
        assert_eq!(machine_id(&a.state_dir).expect("the same id"), id_a);
        assert_eq!(id_a.len(), 32);
        assert_ne!(machine_id(&b.state_dir).expect("an id"), id_a);
        a.writer()
            .expect("writer")
            .append(&offered(1))
            .expect("appends");
        b.writer()
            .expect("writer")
            .append(&offered(2))
            .expect("appends");
        b.writer()
            .expect("writer")
            .append(&offered(3))
            .expect("appends");
        let shared = root.path().join("shared");
        assert!(machine_file(&shared, &id_a).exists());
        assert_eq!(machine_files(&shared).expect("lists").len(), 2);
        // Neither machine wrote a local history.jsonl.
        assert!(!a.state_dir.join(HISTORY_FILE).exists());
        let (ra, rb) = (a.read().expect("reads"), b.read().expect("reads"));
        assert_eq!(ra.records.len(), 3);
        assert_eq!(ids(&ra), ids(&rb));
        // A copy of a file (a sync tool's conflict copy, a backup) adds nothing.
        fs::copy(
            machine_file(&shared, &id_a),
            shared.join("history-copy.jsonl"),
        )
        .expect("copies");
        assert_eq!(a.read().expect("reads").records.len(), 3);
    }

    #[test]
    fn a_left_out_exercise_reaches_the_other_machine_and_so_does_its_put_back() {
        use crate::engine::{Engine, Input, Why};
        use crate::values::Now;
        let root = tempfile::tempdir().expect("a temp dir");
        let (a, b) = (place(root.path(), "a"), place(root.path(), "b"));
        let at = |day: u32| {
            DateTime::parse_from_rfc3339(&format!("2026-03-{day:02}T15:10:00+01:00"))
                .expect("a time")
        };
        let config = crate::config::Config::default();
        // Machine A: the ball hurt twice in a week, so A's engine wrote `left-out`.
        let writer = a.writer().expect("writer");
        writer
            .append(&HistoryEvent::LeftOut {
                exercise: "ball-press".into(),
                at: at(9),
            })
            .expect("appends");
        // Machine B reads the union: its engine leaves the ball out too.
        let pains = super::super::pains(&b.read().expect("reads").records, &config);
        assert!(pains.left_out.contains("ball-press"));
        let wall = chrono::Utc
            .with_ymd_and_hms(2026, 3, 10, 9, 0, 0)
            .single()
            .expect("a time");
        let mut engine = Engine::new(config.clone(), Now::new(std::time::Duration::ZERO, wall));
        engine.handle(
            Input::Pains(pains),
            Now::new(std::time::Duration::ZERO, wall),
        );
        let status = engine.status();
        assert_eq!(status.left_out.len(), 1);
        assert_eq!(status.left_out[0].why, Why::HurtAgain);
        // B puts it back: A reads that too.
        b.writer()
            .expect("writer")
            .append(&HistoryEvent::PutBack {
                exercise: "ball-press".into(),
                at: at(10),
            })
            .expect("appends");
        let pains = super::super::pains(&a.read().expect("reads").records, &config);
        assert!(pains.left_out.is_empty(), "{pains:?}");
    }

    #[test]
    fn another_machines_half_written_last_line_is_left_out_quietly() {
        let root = tempfile::tempdir().expect("a temp dir");
        let (a, b) = (place(root.path(), "a"), place(root.path(), "b"));
        a.writer()
            .expect("writer")
            .append(&offered(1))
            .expect("appends");
        let writer_b = b.writer().expect("writer");
        writer_b.append(&offered(2)).expect("appends");
        let mut file = OpenOptions::new()
            .append(true)
            .open(writer_b.file())
            .expect("opens");
        file.write_all(br#"{"v":1,"id":"1-2-3","event":"off"#)
            .expect("writes");
        let read = a.read().expect("reads");
        assert_eq!(read.records.len(), 2);
        assert_eq!(read.problems, vec![], "b's sync is still under way");
        // Its own torn line, b is told about, with the file's name.
        let read = b.read().expect("reads");
        assert_eq!(read.problems.len(), 1);
        assert_eq!(read.problems[0].kind, ProblemKind::TornLastLine);
        assert_eq!(read.problems[0].file.as_deref(), Some(writer_b.file()));
        // The file is never moved or changed for it.
        assert!(writer_b.file().exists());
    }

    #[test]
    fn init_merges_the_local_history_once_and_loses_nothing() {
        let root = tempfile::tempdir().expect("a temp dir");
        let a = place(root.path(), "a");
        let local = History::open(&a.state_dir).expect("opens");
        for m in 1..=3 {
            local.append(&offered(m)).expect("appends");
        }
        let before = read(&a.state_dir).expect("reads");
        // Before init: new records go to the folder, old ones are still read.
        a.writer()
            .expect("writer")
            .append(&offered(4))
            .expect("appends");
        assert_eq!(a.unmerged(), 3);
        assert_eq!(a.read().expect("reads").records.len(), 4);
        // A crash after copying one record but before the rename: the next
        // run copies only the rest.
        let target = a.writer().expect("writer").file().to_owned();
        append_records(&target, &[&before.records[0]]).expect("appends");
        assert_eq!(a.init().expect("merges"), 2);
        assert_eq!(a.unmerged(), 0);
        assert!(!a.state_dir.join(HISTORY_FILE).exists());
        assert!(a.state_dir.join(MERGED_FILE).exists(), "kept, not deleted");
        let after = a.read().expect("reads");
        assert_eq!(after.records.len(), 4);
        for record in &before.records {
            assert!(after.records.contains(record), "{record:?} lost");
        }
        // Again: nothing to do, nothing duplicated in the file itself.
        assert_eq!(a.init().expect("runs"), 0);
        let raw = fs::read_to_string(&target).expect("reads");
        assert_eq!(raw.lines().count(), 4);
        // No folder configured: a clear error.
        let plain = Place::local(root.path().join("c"));
        assert!(matches!(plain.init(), Err(HistoryError::NoSyncFolder)));
    }

    #[test]
    fn a_home_relative_folder_is_resolved() {
        let home = Some(std::ffi::OsString::from("/home/me"));
        assert_eq!(
            resolve_home(Path::new("~/Sync/unknot"), home.clone()).expect("resolves"),
            PathBuf::from("/home/me/Sync/unknot")
        );
        assert_eq!(
            resolve_home(Path::new("/srv/sync"), home).expect("as is"),
            PathBuf::from("/srv/sync")
        );
        assert!(resolve_home(Path::new("~/x"), None).is_err());
    }
}
