//! `unknot routine list | show ID [--json] | put-back ID`.

use std::process::ExitCode;

use clap::Subcommand;

use super::{print, EXIT_FAILURE, EXIT_INVALID};
use crate::config::Config;
use crate::engine::progression::{self, Progression, STEP_UP_AFTER};
use crate::history;
use crate::routine::{self, compile, describe, Level};
use crate::t;

/// The daily routine's level as the engine would play it next, and why, in
/// words. A history that cannot be read counts as none (and says so).
fn level(config: &Config) -> (Level, String) {
    match config.progression {
        Progression::Off => return (Level::FIRST, t!("cli-level-off")),
        Progression::Held(level) => {
            return (level, t!("cli-level-held"));
        }
        Progression::Auto => {}
    }
    let read = history::Place::locate(config.sync_folder.as_deref()).and_then(|p| p.read());
    let runs = match read {
        Ok(read) => history::runs(&read.records),
        Err(e) => {
            eprintln!("{}", t!("cli-level-no-history", error = e.to_string()));
            Vec::new()
        }
    };
    let standing = progression::standing(&runs);
    let why = if standing.level == Level::TOP {
        t!("cli-level-top")
    } else {
        t!(
            "cli-level-toward",
            done = standing.toward_next,
            needed = STEP_UP_AFTER,
            level = standing.level.up().to_string()
        )
    };
    (progression::level(config.progression, &runs), why)
}

#[derive(Debug, Subcommand)]
pub enum RoutineCommand {
    /// List the built-in and configured routines
    List,
    /// Show one routine: what it needs, each exercise, the total length
    Show {
        id: String,
        /// Print the compiled timeline as JSON
        #[arg(long)]
        json: bool,
    },
    /// Put an exercise left out after pain back into the routines (asks the
    /// running app, which keeps the history)
    PutBack {
        /// The exercise's id, as `unknot status` names it (`ball-press`)
        exercise: String,
    },
}

pub fn command(config: &Config, cmd: &RoutineCommand) -> ExitCode {
    if let RoutineCommand::PutBack { exercise } = cmd {
        return put_back(exercise);
    }
    let (level, why) = level(config);
    let options = routine::Options {
        level,
        ..config.upper_trap
    };
    let routines = routine::all(&config.routines, options);
    let text = match cmd {
        RoutineCommand::List => describe::list(&routines),
        RoutineCommand::PutBack { .. } => return ExitCode::SUCCESS,
        RoutineCommand::Show { id, json } => {
            let Some(routine) = routines.iter().find(|r| &r.id == id) else {
                let known: Vec<&str> = routines.iter().map(|r| r.id.as_str()).collect();
                eprintln!("{}", describe::unknown(id, &known));
                return ExitCode::from(EXIT_INVALID);
            };
            let daily = routine.id == routine::builtin::UPPER_TRAP;
            if *json {
                match describe::json(&compile(routine), daily.then_some(level)) {
                    Ok(text) => text + "\n",
                    Err(e) => {
                        eprintln!("{}", t!("cli-json-timeline-failed", error = e.to_string()));
                        return ExitCode::from(EXIT_FAILURE);
                    }
                }
            } else {
                describe::describe(routine, daily.then_some((level, why.as_str())))
            }
        }
    };
    print(&text)
}

/// `unknot routine put-back ID`: the app records it (it is the history's
/// only writer), so every machine sharing the history gets it back too.
fn put_back(exercise: &str) -> ExitCode {
    let asked = crate::ipc::request(&crate::ipc::Request::PutBack {
        exercise: exercise.to_owned(),
    });
    super::control::reply(asked)
}
