//! The command line: clap definitions and the one-shot commands that need no GUI.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code for bad input the user must fix (invalid config, bad arguments).
pub const EXIT_INVALID: u8 = 2;
/// Exit code for a failure at run time (I/O, no running app).
pub const EXIT_FAILURE: u8 = 1;

#[derive(Debug, Parser)]
#[command(name = "unknot", version, about = "Guided desk breaks against upper-trapezius knots")]
pub struct Cli {
    /// Config file to use (default: $XDG_CONFIG_HOME/unknot/config.json, or $UNKNOT_CONFIG)
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a config file and explain every mistake in it
    CheckConfig {
        /// The file to check (default: the config unknot would load)
        path: Option<PathBuf>,
    },
    /// List or show the exercise routines
    #[command(subcommand)]
    Routine(RoutineCommand),
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
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_INVALID } else { 0 });
        }
    };
    match cli.command {
        None => ExitCode::SUCCESS,
        Some(_) => ExitCode::SUCCESS,
    }
}
