//! `unknot check-config [PATH]`.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{print, EXIT_INVALID};
use crate::config::{default_path, load_from, locate, summary, ConfigSource, LoadError};
use crate::t;

/// `unknot check-config [PATH]`: exit 0 with a one-line summary on stdout, or
/// exit 2 with every error (and a count) on stderr.
pub fn command(flag: Option<&Path>, path: Option<&Path>) -> ExitCode {
    let source = match path {
        Some(path) => ConfigSource::File(path.to_path_buf()),
        None => locate(flag),
    };
    // Write errors (a closed pipe) are ignored: println! would panic on them.
    match load_from(&source) {
        Ok(config) => {
            let summary = summary(&config);
            let line = match &source {
                ConfigSource::File(path) => t!(
                    "cli-check-ok",
                    label = path.display().to_string(),
                    summary = summary
                ),
                ConfigSource::Embedded => match default_path() {
                    Some(path) => t!(
                        "cli-check-ok-builtin",
                        label = t!("cli-status-config-builtin"),
                        path = path.display().to_string(),
                        summary = summary
                    ),
                    None => t!(
                        "cli-check-ok",
                        label = t!("cli-status-config-builtin"),
                        summary = summary
                    ),
                },
            };
            print(&format!("{line}\n"))
        }
        Err(LoadError::Invalid(errors)) => {
            let n = errors.errors.len();
            let count = t!("cli-check-count", n = n);
            let _ = writeln!(std::io::stderr().lock(), "{errors}\n{count}");
            ExitCode::from(EXIT_INVALID)
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "{e}");
            ExitCode::from(EXIT_INVALID)
        }
    }
}
