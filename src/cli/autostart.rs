//! `unknot autostart enable|disable`.

use std::process::ExitCode;

use super::{print, EXIT_FAILURE};
use crate::platform::autostart::{self, Changed};

/// Writes or removes the autostart entry and says which.
pub fn command(enable: bool) -> ExitCode {
    match autostart::set(enable) {
        Ok(Changed::Disabled { path }) => print(&format!(
            "Removed {}: unknot no longer starts at login\n",
            path.display()
        )),
        Ok(Changed::WasNot { path }) => print(&format!(
            "Autostart was not enabled ({} does not exist)\n",
            path.display()
        )),
        Ok(Changed::Enabled { path, exe }) => {
            if exe.components().any(|c| c.as_os_str() == "target") {
                eprintln!(
                    "unknot: note: {} looks like a build folder; run `cargo xtask install` and \
                     enable autostart from the installed binary so the entry survives a `cargo clean`",
                    exe.display()
                );
            }
            print(&format!(
                "Wrote {}: unknot starts at login ({})\n",
                path.display(),
                exe.display()
            ))
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
