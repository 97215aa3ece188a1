//! The app's files: the config (loading, reloading, the welcome, Preferences,
//! editing), the history's place and the engine's saved state.

use std::path::Path;

use chrono::Local;

use super::core::Core;
use super::present::put_back_offers;
use super::WELCOME_MARKER;
use crate::config::{self, Config, ConfigSource};
use crate::engine::{Engine, HistoryEvent, Input};
use crate::history;
use crate::ipc::session::ToWindow;
use crate::ipc::Response;
use crate::platform::clock::Clock;
use crate::routine;

/// The engine as `state.json` left it (a file that does not parse is moved
/// aside and said so), else a new one.
pub(super) fn restore_engine(
    config: &Config,
    place: Option<&history::Place>,
    clock: &Clock,
) -> Engine<Local> {
    let state = place.and_then(|place| match history::load_state(&place.state_dir) {
        Ok(load) => {
            if let Some(aside) = load.moved_aside {
                eprintln!("unknot: {aside}");
            }
            load.state
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            None
        }
    });
    let mut engine = match state {
        Some(state) => Engine::restore(config.clone(), state, clock.now()),
        None => Engine::new(config.clone(), clock.now()),
    };
    // The level is replayed from the history, and another machine's
    // routine today counts here (problems are reported where the history is
    // shown, not here).
    if let Some(read) = place.and_then(|place| place.read().ok()) {
        for input in history_inputs(&read.records, config, clock) {
            let _ = engine.handle(input, clock.now());
        }
    }
    engine
}

/// What the engine learns from the whole history (all machines'): the
/// level's runs, and whether today's daily routine is done.
pub(super) fn history_inputs(
    records: &[history::HistoryRecord],
    config: &Config,
    clock: &Clock,
) -> Vec<Input> {
    let today = clock.wall().date_naive();
    let mut inputs = vec![
        Input::Runs(history::runs(records)),
        Input::Pains(history::pains(records, config)),
    ];
    for day in history::daily_done_on(records, config, today) {
        inputs.push(Input::DoneElsewhere(day));
    }
    inputs
}

/// The history's place for `state_dir` and the config's sync folder (`~/`
/// resolved; without HOME the folder is left out, and that is said).
pub(super) fn place_of(state_dir: &Path, config: &Config) -> history::Place {
    match history::Place::locate(config.sync_folder.as_deref()) {
        Ok(place) => history::Place {
            state_dir: state_dir.to_owned(),
            folder: place.folder,
        },
        Err(e) => {
            eprintln!("unknot: {e}; the sync folder is not used");
            history::Place::local(state_dir.to_owned())
        }
    }
}

/// The config to run on and, if the file is broken, why (the app then runs
/// on the built-in default and says so).
pub(super) fn load_config(flag: Option<&Path>) -> (Config, Option<String>) {
    match config::load(flag) {
        Ok(config) => (config, None),
        Err(e) => {
            eprintln!("{e}");
            eprintln!("unknot: running on the built-in default config until that is fixed");
            (Config::default(), Some(e.to_string()))
        }
    }
}

pub(super) fn routine_menu(config: &Config) -> Vec<(String, String)> {
    routine::all(&config.routines, config.upper_trap)
        .into_iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect()
}

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
                self.engine
                    .handle(Input::ConfigChanged(Box::new(config)), self.clock.now());
                self.relocate_history();
                self.refresh_streak();
                Response::Message("Config reloaded".into())
            }
            Err(e) => {
                // Keep running on the last good config, and say why.
                self.config_error = Some(e.to_string());
                Response::Error(format!("{e}\nunknot keeps the config it had"))
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

    /// The state folder is missing, read-only or full: breaks still work,
    /// but what happens now is not written down.
    pub(super) fn history_not_saved(&self) -> bool {
        self.history.is_none() || self.history_error.is_some()
    }
}
