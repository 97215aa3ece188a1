//! The unknot binary under test, started inside a headless desktop.

use std::path::PathBuf;
use std::process::Command;

use desktop::Desktop;

/// The binary under test: cargo's build, or `UNKNOT_TEST_BINARY` when set.
/// `cargo xtask test` sets it to a copy behind a mode-700 folder to prove that
/// no test depends on where the clone lives (a private home, `mktemp -d`).
pub fn binary() -> PathBuf {
    std::env::var_os("UNKNOT_TEST_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_unknot")))
}

/// The window process's binary, `unknot-session`: beside the binary under
/// test (where the app looks first), else cargo's build.
pub fn session_binary() -> PathBuf {
    let beside = binary().with_file_name("unknot-session");
    if beside.exists() {
        beside
    } else {
        PathBuf::from(env!("CARGO_BIN_EXE_unknot-session"))
    }
}

pub trait UnknotIn {
    /// `unknot` with the desktop's display, bus and XDG folders.
    fn unknot(&self) -> Command;
}

impl UnknotIn for Desktop {
    fn unknot(&self) -> Command {
        self.command(binary())
    }
}
