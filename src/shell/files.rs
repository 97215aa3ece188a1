//! The app's files: the config (loading, reloading, the welcome, Preferences,
//! editing), the history's place and the engine's saved state.

use super::core::Core;
use super::present::put_back_offers;
use super::restore::{history_inputs, place_of};
use super::WELCOME_MARKER;
use crate::config::{self, ConfigSource};
use crate::engine::{HistoryEvent, Input};
use crate::history;
use crate::ipc::session::ToWindow;
use crate::ipc::Response;

impl Core {
    /// The first start: no config file (and no `--config`), no history, a
    /// display. The welcome shows once; a marker in the state folder says so.
    /// Whether it showed.
    pub(super) fn welcome(&mut self) -> bool {
        let (Some(dir), ConfigSource::Embedded, None) = (&self.state_dir, &self.source, &self.flag)
        else {
            return false;
        };
        let marker = dir.join(WELCOME_MARKER);
        let display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty()));
        if marker.exists() || !display {
            return false;
        }
        // Read only on a start that might welcome: no marker yet.
        let history = self
            .place
            .as_ref()
            .and_then(|p| p.read().ok())
            .is_some_and(|read| !read.records.is_empty());
        if history {
            return false;
        }
        let Ok(path) = self.source.path_in_use() else {
            return false;
        };
        let marked = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&marker, ""));
        if let Err(e) = marked {
            // Without the marker it would show at every start: not at all.
            eprintln!("unknot: cannot write {}: {e}; no welcome", marker.display());
            return false;
        }
        match self.windows.send(ToWindow::Welcome { path }, None) {
            Ok(()) => true,
            Err(e) => {
                eprintln!("unknot: {e}");
                false
            }
        }
    }

    /// The Preferences window on the file in use (or where a new one goes).
    pub(super) fn show_prefs(&mut self) {
        let path = match self.source.path_in_use() {
            Ok(path) => path,
            Err(e) => return eprintln!("unknot: {e}"),
        };
        // What pain left out until put back, offered back in the Routine section.
        let left_out = put_back_offers(&self.config, &self.status.left_out);
        if let Err(e) = self
            .windows
            .send(ToWindow::Preferences { path, left_out }, None)
        {
            eprintln!("unknot: {e}");
        }
    }

    pub(super) fn edit_config(&self) {
        let path = match self.source.path_in_use() {
            Ok(path) => path,
            Err(e) => return eprintln!("unknot: {e}"),
        };
        if !path.exists() {
            let made = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, config::EXAMPLE));
            if let Err(e) = made {
                eprintln!("unknot: cannot create {}: {e}", path.display());
                return;
            }
        }
        if let Err(e) = std::process::Command::new("xdg-open").arg(&path).spawn() {
            eprintln!("unknot: cannot run xdg-open {}: {e}", path.display());
        }
    }

    pub(super) fn reload(&mut self) -> Response {
        let source = config::locate(self.flag.as_deref());
        match config::load_from(&source) {
            Ok(config) => {
                self.source = source;
                self.config_error = None;
                self.config = config.clone();
                // The next notification, window and session speak it.
                crate::i18n::set(config::language(&config).lang);
                self.windows.args = crate::ipc::session::session_args(&config);
                self.engine
                    .handle(Input::ConfigChanged(Box::new(config)), self.clock.now());
                self.relocate_history();
                self.refresh_streak();
                Response::Message(crate::t!("cli-app-config-reloaded"))
            }
            Err(e) => {
                // Keep running on the last good config, and say why.
                self.config_error = Some(e.to_string());
                Response::Error(crate::t!("cli-app-config-kept", errors = e.to_string()))
            }
        }
    }

    /// A changed `sync.folder` moves where records go and come from.
    pub(super) fn relocate_history(&mut self) {
        let Some(dir) = &self.state_dir else {
            return;
        };
        let place = place_of(dir, &self.config);
        if self.place.as_ref() == Some(&place) {
            return;
        }
        match place.writer() {
            Ok(h) => self.history = Some(h),
            Err(e) => eprintln!("unknot: {e}; history stays where it was"),
        }
        self.place = Some(place);
        self.merge_others();
    }

    /// Another machine's records may have arrived (the sync folder changed):
    /// the engine hears of today's routine done there and the level.
    pub(super) fn merge_others(&mut self) {
        let Some(read) = self.place.as_ref().and_then(|p| p.read().ok()) else {
            return;
        };
        for input in history_inputs(&read.records, &self.config, &self.clock) {
            let _ = self.engine.handle(input, self.clock.now());
        }
        self.streak =
            history::streaks(&read.records, &self.config, self.clock.wall().date_naive()).current;
    }

    pub(super) fn record(&mut self, event: &HistoryEvent) {
        if let Some(history) = &self.history {
            match history.append(event) {
                Ok(_) => self.history_error = None,
                Err(e) => {
                    eprintln!("unknot: {e}");
                    self.history_error = Some(e.to_string());
                }
            }
        }
        if matches!(event, HistoryEvent::Completed { .. }) {
            self.refresh_streak();
        }
    }

    pub(super) fn refresh_streak(&mut self) {
        let Some(place) = &self.place else {
            return;
        };
        if let Ok(read) = place.read() {
            self.streak =
                history::streaks(&read.records, &self.config, self.clock.wall().date_naive())
                    .current;
        }
    }

    pub(super) fn save(&self) {
        if let Some(dir) = &self.state_dir {
            if let Err(e) = history::save_state(dir, &self.engine.snapshot()) {
                eprintln!("unknot: {e}");
            }
        }
    }
}

/// Whether `what` is new to this login, marking it told: a file of that name
/// in the runtime folder (`$XDG_RUNTIME_DIR/unknot`, which ends with the
/// login), so an app started again in the same login stays quiet about it.
/// When the mark cannot be made, it is told again rather than never.
pub(super) fn first_this_login(what: &str) -> bool {
    use std::os::unix::fs::OpenOptionsExt;
    let endpoint = crate::ipc::Endpoint::from_env();
    let mark = endpoint.dir().join(what);
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&mark)
    {
        Ok(_) => true,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => false,
        Err(e) => {
            eprintln!("unknot: cannot mark {} ({e})", mark.display());
            true
        }
    }
}
