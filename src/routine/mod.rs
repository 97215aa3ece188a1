//! Pure: the exercise model, the built-in routines and the timeline compiler.
//! The only I/O is `command`, which prints what `show` formats.

pub mod builtin;
pub mod model;
pub mod show;
pub mod timeline;

use std::io::Write as _;
use std::process::ExitCode;

pub use model::*;
pub use timeline::{compile, Cue, CueKind, ExerciseSpan, Segment, Side, Step, Timeline};

use crate::cli::{RoutineCommand, EXIT_FAILURE, EXIT_INVALID};
use crate::config::Config;

/// Every routine the user can pick: the built-ins first, then the config's.
pub fn all(config: &Config) -> Vec<Routine> {
    with_user(&config.routines)
}

/// The routine with this id. A built-in wins over a user routine with the
/// same id (the config rejects such clashes anyway).
pub fn find(config: &Config, id: &str) -> Option<Routine> {
    find_in(&config.routines, id)
}

fn with_user(user: &[Routine]) -> Vec<Routine> {
    let mut routines = builtin::all();
    routines.extend(user.iter().cloned());
    routines
}

/// The built-in or user routine `id`, with the user's routines at hand.
pub fn find_in(user: &[Routine], id: &str) -> Option<Routine> {
    with_user(user).into_iter().find(|r| r.id == id)
}

/// `unknot routine list|show`.
pub fn command(config: &Config, cmd: &RoutineCommand) -> ExitCode {
    let routines = all(config);
    let text = match cmd {
        RoutineCommand::List => show::list(&routines),
        RoutineCommand::Show { id, json } => {
            let Some(routine) = routines.iter().find(|r| &r.id == id) else {
                let known: Vec<&str> = routines.iter().map(|r| r.id.as_str()).collect();
                eprintln!("{}", show::unknown(id, &known));
                return ExitCode::from(EXIT_INVALID);
            };
            if *json {
                match show::json(&compile(routine)) {
                    Ok(mut text) => {
                        text.push('\n');
                        text
                    }
                    Err(e) => {
                        eprintln!("unknot: could not write the timeline as JSON: {e}");
                        return ExitCode::from(EXIT_FAILURE);
                    }
                }
            } else {
                show::describe(routine)
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // `unknot routine list | head` is fine.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unknot: writing to stdout: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_routine(id: &str) -> Routine {
        let mut r = builtin::find(builtin::DESK_RESET).expect("built-in desk-reset");
        r.id = id.to_owned();
        r.title = "Mine".to_owned();
        r
    }

    #[test]
    fn built_ins_come_first_then_user_routines() {
        let ids: Vec<String> = with_user(&[user_routine("mine")])
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(ids, ["upper-trap", "desk-reset", "mine"]);
    }

    #[test]
    fn find_sees_user_routines_and_prefers_built_ins() {
        let user = [user_routine("mine"), user_routine("upper-trap")];
        assert_eq!(find_in(&user, "mine").map(|r| r.title), Some("Mine".into()));
        assert_eq!(
            find_in(&user, "upper-trap").map(|r| r.title),
            Some("Upper-trap daily routine".into())
        );
        assert!(find_in(&user, "nope").is_none());
    }
}
