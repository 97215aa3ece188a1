//! The state folder, its writer lock and `state.json` (temp, fsync, rename;
//! a file that does not parse is moved aside, never dropped).

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Write as _};
use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::{LOCK_FILE, STATE_FILE, STATE_TEMP_FILE};
use crate::engine::{EngineState, STATE_VERSION};

// ---- errors ----

/// Why reading or writing the state folder failed. Every I/O error names the
/// file and what unknot was doing with it.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "cannot find a folder for unknot's state: set XDG_STATE_HOME to an absolute path, or HOME"
    )]
    NoStateDir,
    #[error(
        "no sync folder: set \"sync\": {{\"folder\": \"…\"}} in the config first (docs/sync.md)"
    )]
    NoSyncFolder,
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

pub(crate) fn io_err(path: &Path, action: &'static str) -> impl FnOnce(io::Error) -> HistoryError {
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

pub(crate) fn state_dir_from(
    xdg: Option<OsString>,
    home: Option<OsString>,
) -> Result<PathBuf, HistoryError> {
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
pub(crate) fn ensure_dir(dir: &Path) -> Result<(), HistoryError> {
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
pub(crate) fn sync_dir(dir: &Path) -> Result<(), HistoryError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir, "sync the folder"))
}

/// An exclusive `flock` on `$dir/lock`, released when dropped (the file is
/// closed). `flock` locks belong to the open file, so two handles in one
/// process exclude each other as well as two processes do.
pub(crate) struct DirLock {
    _file: File,
}

pub(crate) fn lock_dir(dir: &Path) -> Result<DirLock, HistoryError> {
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

pub(crate) fn decode_state(bytes: &[u8]) -> Result<EngineState, AsideReason> {
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
pub(crate) fn move_aside(dir: &Path, path: &Path) -> Result<PathBuf, HistoryError> {
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
