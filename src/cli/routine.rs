//! `unknot routine list | show ID [--json]`.

use std::process::ExitCode;

use clap::Subcommand;

use super::{print, EXIT_FAILURE, EXIT_INVALID};
use crate::config::Config;
use crate::routine::{self, compile, describe};

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
}

pub fn command(config: &Config, cmd: &RoutineCommand) -> ExitCode {
    let routines = routine::all(&config.routines, config.upper_trap);
    let text = match cmd {
        RoutineCommand::List => describe::list(&routines),
        RoutineCommand::Show { id, json } => {
            let Some(routine) = routines.iter().find(|r| &r.id == id) else {
                let known: Vec<&str> = routines.iter().map(|r| r.id.as_str()).collect();
                eprintln!("{}", describe::unknown(id, &known));
                return ExitCode::from(EXIT_INVALID);
            };
            if *json {
                match describe::json(&compile(routine)) {
                    Ok(text) => text + "\n",
                    Err(e) => {
                        eprintln!("unknot: could not write the timeline as JSON: {e}");
                        return ExitCode::from(EXIT_FAILURE);
                    }
                }
            } else {
                describe::describe(routine)
            }
        }
    };
    print(&text)
}
