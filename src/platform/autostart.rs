//! The XDG autostart entry that starts unknot at login, pointing at the
//! binary that wrote it (`unknot autostart enable|disable`).

use std::path::{Path, PathBuf};

/// Where desktops look for autostart entries.
pub fn entry_path() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("autostart").join("unknot.desktop"))
}

/// The entry's text for `exe`.
pub fn entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=unknot\n\
         Comment=Guided desk breaks against upper-trapezius knots\n\
         Exec=\"{}\" --background\nIcon=io.github.unknot.Unknot\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        exe.display()
    )
}

/// Whether the entry is there.
pub fn enabled() -> bool {
    entry_path().is_some_and(|p| p.exists())
}

/// Why the entry could not be written or removed.
#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    #[error("neither XDG_CONFIG_HOME nor HOME is set; nowhere to put the autostart entry")]
    NoHome,
    #[error("cannot tell where this unknot binary is: {0}")]
    NoExe(std::io::Error),
    #[error("cannot write {0}: {1}")]
    Write(PathBuf, std::io::Error),
    #[error("cannot remove {0}: {1}")]
    Remove(PathBuf, std::io::Error),
}

/// What `set` did.
#[derive(Debug)]
pub enum Changed {
    /// Wrote the entry at the path, for this binary.
    Enabled {
        path: PathBuf,
        exe: PathBuf,
    },
    Disabled {
        path: PathBuf,
    },
    /// There was no entry to remove.
    WasNot {
        path: PathBuf,
    },
}

/// Writes the entry for the running binary, or removes it.
pub fn set(enable: bool) -> Result<Changed, AutostartError> {
    let path = entry_path().ok_or(AutostartError::NoHome)?;
    if !enable {
        return match std::fs::remove_file(&path) {
            Ok(()) => Ok(Changed::Disabled { path }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Changed::WasNot { path }),
            Err(e) => Err(AutostartError::Remove(path, e)),
        };
    }
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(AutostartError::NoExe)?;
    path.parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&path, entry(&exe)))
        .map_err(|e| AutostartError::Write(path.clone(), e))?;
    Ok(Changed::Enabled { path, exe })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_the_given_binary() {
        let text = entry(Path::new("/home/me/.local/bin/unknot"));
        assert!(text.starts_with("[Desktop Entry]\n"));
        assert!(text.contains("Exec=\"/home/me/.local/bin/unknot\" --background\n"));
        assert!(text.contains("Type=Application\n"));
    }
}
