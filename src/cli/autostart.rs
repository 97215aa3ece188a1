//! `unknot autostart enable|disable`.

use std::process::ExitCode;

use super::{print, EXIT_FAILURE};
use crate::platform::autostart::{self, Changed};
use crate::t;

/// Writes or removes the autostart entry and says which.
pub fn command(enable: bool) -> ExitCode {
    match autostart::set(enable) {
        Ok(Changed::Disabled { path }) => print(&format!(
            "{}\n",
            t!("cli-autostart-removed", path = path.display().to_string())
        )),
        Ok(Changed::WasNot { path }) => print(&format!(
            "{}\n",
            t!("cli-autostart-was-not", path = path.display().to_string())
        )),
        Ok(Changed::Enabled { path, exe }) => {
            if exe.components().any(|c| c.as_os_str() == "target") {
                eprintln!(
                    "{}",
                    t!(
                        "cli-autostart-build-folder",
                        exe = exe.display().to_string()
                    )
                );
            }
            let wrote = t!(
                "cli-autostart-wrote",
                path = path.display().to_string(),
                exe = exe.display().to_string()
            );
            print(&format!("{wrote}\n"))
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
