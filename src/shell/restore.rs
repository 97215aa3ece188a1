//! What the app starts from: the config to run on, the history's place,
//! the engine as its saved state left it and what the history tells it.

use std::path::Path;

use chrono::Local;

use crate::config::{self, Config};
use crate::engine::{Engine, Input};
use crate::history;
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
