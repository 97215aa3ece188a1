//! A fresh HOME with the XDG folders inside it and no config file (so the
//! embedded default: Monday to Friday, daily routine `upper-trap`), for the
//! one-shot commands that need no desktop (`stats`, `render`).

use std::path::PathBuf;
use std::process::Command;

use unknot::engine::HistoryEvent;
use unknot::history::History;

pub(crate) struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    pub(crate) fn new() -> Self {
        Home {
            dir: tempfile::tempdir().expect("a temp HOME"),
        }
    }

    pub(crate) fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state").join("unknot")
    }

    /// A path inside the HOME, for outputs.
    pub(crate) fn out(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `unknot ARGS` in this HOME without any display; returns (exit
    /// code, stdout, stderr).
    pub(crate) fn run(&self, args: &[&str]) -> (Option<i32>, String, String) {
        let output = Command::new(crate::unknot_in::binary())
            .args(args)
            .env("HOME", self.dir.path())
            .env("XDG_STATE_HOME", self.dir.path().join("state"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_RUNTIME_DIR", self.dir.path().join("run"))
            .env_remove("UNKNOT_CONFIG")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("unknot runs");
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Appends these events to the history, as the app would.
    pub(crate) fn record(&self, events: &[HistoryEvent]) {
        let history = History::open(self.state_dir()).expect("the history opens");
        for event in events {
            history.append(event).expect("appends");
        }
    }
}
