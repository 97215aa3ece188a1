//! `unknot check-config [PATH]`.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{print, EXIT_INVALID};
use crate::config::{
    default_path, load_from, locate, summary, ConfigSource, LoadError, EMBEDDED_LABEL,
};

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
            let label = match &source {
                ConfigSource::File(path) => path.display().to_string(),
                ConfigSource::Embedded => match default_path() {
                    Some(path) => {
                        format!("{EMBEDDED_LABEL} (no config file at {})", path.display())
                    }
                    None => EMBEDDED_LABEL.to_owned(),
                },
            };
            print(&format!("{label}: OK — {}\n", summary(&config)))
        }
        Err(LoadError::Invalid(errors)) => {
            let n = errors.errors.len();
            let _ = writeln!(std::io::stderr().lock(), "{errors}\n{n} error{}", plural(n));
            ExitCode::from(EXIT_INVALID)
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "{e}");
            ExitCode::from(EXIT_INVALID)
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
