//! Finding the config file and reading it safely (bounded size); parsing is
//! `walker`'s.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{parse, Config, LoadError, EMBEDDED_LABEL, EXAMPLE, MAX_BYTES};

/// Where the config comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigSource {
    /// A file on disk (it may turn out not to exist, which is an error).
    File(PathBuf),
    /// No file: the embedded default, `EXAMPLE`.
    Embedded,
}

/// `$XDG_CONFIG_HOME/unknot/config.json`, or `$HOME/.config/unknot/config.json`
/// when `XDG_CONFIG_HOME` is unset, empty or relative (the XDG spec says to
/// ignore relative values). `None` when neither variable is usable.
pub fn default_path() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => {
            let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
            PathBuf::from(home).join(".config")
        }
    };
    Some(base.join("unknot").join("config.json"))
}

/// No HOME or XDG_CONFIG_HOME: nowhere to put a config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no HOME or XDG_CONFIG_HOME to put a config file in")]
pub struct NoConfigHome;

impl ConfigSource {
    /// The file this config lives in: its own, or where a new one goes while
    /// the built-in config runs (Preferences, the welcome and the file watch
    /// write or watch there).
    pub fn path_in_use(&self) -> Result<PathBuf, NoConfigHome> {
        match self {
            ConfigSource::File(path) => Ok(path.clone()),
            ConfigSource::Embedded => default_path().ok_or(NoConfigHome),
        }
    }
}

/// Picks the config: `flag` (`--config`), else `$UNKNOT_CONFIG`, else the
/// default path if something is there, else the embedded default. A file named
/// by the flag or the variable is used even if it does not exist, so that
/// loading it reports the mistake instead of silently using the default.
pub fn locate(flag: Option<&Path>) -> ConfigSource {
    if let Some(path) = flag {
        return ConfigSource::File(path.to_path_buf());
    }
    if let Some(path) = std::env::var_os("UNKNOT_CONFIG").filter(|v| !v.is_empty()) {
        return ConfigSource::File(PathBuf::from(path));
    }
    match default_path() {
        // symlink_metadata: a dangling symlink there is still the user's
        // config, and should be reported, not skipped.
        Some(path) if path.symlink_metadata().is_ok() => ConfigSource::File(path),
        _ => ConfigSource::Embedded,
    }
}

/// The language `config` speaks in this process's environment (its locale
/// variables), by `Config::choose_language`.
pub fn language(config: &Config) -> crate::i18n::Choice {
    config.choose_language(&crate::i18n::Env::from(|k| std::env::var(k).ok()))
}

/// Finds and loads the config: `flag`, else `$UNKNOT_CONFIG`, else
/// `$XDG_CONFIG_HOME/unknot/config.json` (or `~/.config/...`) if present, else `EXAMPLE`.
pub fn load(flag: Option<&Path>) -> Result<Config, LoadError> {
    load_from(&locate(flag))
}

/// Reads and parses the config from `source`.
pub fn load_from(source: &ConfigSource) -> Result<Config, LoadError> {
    match source {
        ConfigSource::Embedded => Ok(parse(EXAMPLE.as_bytes(), EMBEDDED_LABEL)?),
        ConfigSource::File(path) => {
            let bytes = read_limited(path)?;
            Ok(parse(&bytes, &path.display().to_string())?)
        }
    }
}

/// Reads at most `MAX_BYTES` of `path`; refuses bigger files without reading them.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source: std::io::Error| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            LoadError::Read {
                path: path.to_path_buf(),
                source,
            }
        }
    };
    let too_large = || LoadError::TooLarge {
        path: path.to_path_buf(),
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if meta.len() > MAX_BYTES {
        return Err(too_large());
    }
    // The length check above is not enough for pipes and /proc files, which
    // report 0; the `take` bounds what is read whatever the metadata says.
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` so that a reader sees the old file or the new
/// one, never half of one: a temporary file beside it, synced, renamed over
/// it, and the folder synced. Makes the folder if there is none.
pub fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("the config path has no folder"))?;
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}
