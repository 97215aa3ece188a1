//! The unknot binary under test, started inside a headless desktop.

use std::process::Command;

use desktop::Desktop;

pub trait UnknotIn {
    /// `unknot` with the desktop's display, bus and XDG folders.
    fn unknot(&self) -> Command;
}

impl UnknotIn for Desktop {
    fn unknot(&self) -> Command {
        self.command(env!("CARGO_BIN_EXE_unknot"))
    }
}
