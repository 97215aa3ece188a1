//! `unknot autostart enable|disable`: the XDG autostart entry that starts
//! unknot at login, pointing at the binary that wrote it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
         Exec=\"{}\"\nIcon=unknot\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        exe.display()
    )
}

pub fn command(enable: bool) -> ExitCode {
    let Some(path) = entry_path() else {
        eprintln!(
            "unknot: neither XDG_CONFIG_HOME nor HOME is set; nowhere to put the autostart entry"
        );
        return ExitCode::from(crate::cli::EXIT_FAILURE);
    };
    if !enable {
        return match std::fs::remove_file(&path) {
            Ok(()) => {
                println!(
                    "Removed {}: unknot no longer starts at login",
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                println!(
                    "Autostart was not enabled ({} does not exist)",
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("unknot: cannot remove {}: {e}", path.display());
                ExitCode::from(crate::cli::EXIT_FAILURE)
            }
        };
    }
    let exe = match std::env::current_exe().and_then(|p| p.canonicalize()) {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("unknot: cannot tell where this unknot binary is: {e}");
            return ExitCode::from(crate::cli::EXIT_FAILURE);
        }
    };
    if exe.components().any(|c| c.as_os_str() == "target") {
        eprintln!(
            "unknot: note: {} looks like a build folder; run `cargo xtask install` and enable \
             autostart from the installed binary so the entry survives a `cargo clean`",
            exe.display()
        );
    }
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&path, entry(&exe)));
    match written {
        Ok(()) => {
            println!(
                "Wrote {}: unknot starts at login ({})",
                path.display(),
                exe.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("unknot: cannot write {}: {e}", path.display());
            ExitCode::from(crate::cli::EXIT_FAILURE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_the_given_binary() {
        let text = entry(Path::new("/home/me/.local/bin/unknot"));
        assert!(text.starts_with("[Desktop Entry]\n"));
        assert!(text.contains("Exec=\"/home/me/.local/bin/unknot\"\n"));
        assert!(text.contains("Type=Application\n"));
    }
}
