//! `unknot autostart enable|disable`.

use std::process::ExitCode;

use super::{print, EXIT_FAILURE};
use crate::platform::autostart;

/// Writes or removes the autostart entry and says which.
pub fn command(enable: bool) -> ExitCode {
    let Some(path) = autostart::entry_path() else {
        eprintln!(
            "unknot: neither XDG_CONFIG_HOME nor HOME is set; nowhere to put the autostart entry"
        );
        return ExitCode::from(EXIT_FAILURE);
    };
    if !enable {
        return match std::fs::remove_file(&path) {
            Ok(()) => print(&format!(
                "Removed {}: unknot no longer starts at login\n",
                path.display()
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => print(&format!(
                "Autostart was not enabled ({} does not exist)\n",
                path.display()
            )),
            Err(e) => {
                eprintln!("unknot: cannot remove {}: {e}", path.display());
                ExitCode::from(EXIT_FAILURE)
            }
        };
    }
    let exe = match std::env::current_exe().and_then(|p| p.canonicalize()) {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("unknot: cannot tell where this unknot binary is: {e}");
            return ExitCode::from(EXIT_FAILURE);
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
        .and_then(|()| std::fs::write(&path, autostart::entry(&exe)));
    match written {
        Ok(()) => print(&format!(
            "Wrote {}: unknot starts at login ({})\n",
            path.display(),
            exe.display()
        )),
        Err(e) => {
            eprintln!("unknot: cannot write {}: {e}", path.display());
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
