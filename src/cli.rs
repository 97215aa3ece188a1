//! The command line: clap definitions and the one-shot commands that need no GUI.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Exit code for bad input the user must fix (invalid config, bad arguments).
pub const EXIT_INVALID: u8 = 2;
/// Exit code for a failure at run time (I/O, no running app).
pub const EXIT_FAILURE: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "unknot",
    version,
    about = "Guided desk breaks against upper-trapezius knots"
)]
pub struct Cli {
    /// Config file to use (default: $UNKNOT_CONFIG, else $XDG_CONFIG_HOME/unknot/config.json,
    /// else the built-in default)
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
    /// Preview when breaks would come, by running the engine on a simulated clock
    Schedule(ScheduleArgs),
    #[command(flatten)]
    Control(crate::ipc::ControlCommand),
    /// Play a routine in the guided window (through the running app if there is one)
    Play {
        /// Routine id, e.g. upper-trap
        routine: String,
    },
    /// Start unknot when you log in (an XDG autostart entry), or stop doing so
    Autostart {
        #[arg(value_enum)]
        action: AutostartAction,
    },
    /// Render one moment of the guided window to a PNG, without a display
    Render(crate::ui::RenderArgs),
    /// Your break history: per-day table, streaks, completion rate
    Stats {
        /// How many days back to show
        #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=3660))]
        days: u32,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum AutostartAction {
    Enable,
    Disable,
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

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// Start of the simulated window, local time (e.g. 2026-03-02T08:00; default: now)
    #[arg(long, value_name = "DATETIME")]
    pub from: Option<String>,
    /// End of the simulated window (default: 24 hours after --from)
    #[arg(long, value_name = "DATETIME")]
    pub until: Option<String>,
    /// An idle period, START/DURATION (e.g. 2026-03-02T12:30/45m); may repeat
    #[arg(long, value_name = "START/DURATION")]
    pub idle: Vec<String>,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
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
        None => crate::app::run(cli.config.as_deref()),
        Some(Command::CheckConfig { path }) => {
            crate::config::check_command(cli.config.as_deref(), path.as_deref())
        }
        Some(Command::Routine(cmd)) => match load_config(cli.config.as_deref()) {
            Ok(config) => crate::routine::command(&config, &cmd),
            Err(code) => code,
        },
        Some(Command::Schedule(args)) => match load_config(cli.config.as_deref()) {
            Ok(config) => crate::engine::preview::command(&config, &args),
            Err(code) => code,
        },
        Some(Command::Control(cmd)) => crate::ipc::control_command(&cmd),
        Some(Command::Play { routine }) => crate::app::play(cli.config.as_deref(), &routine),
        Some(Command::Autostart { action }) => {
            crate::autostart::command(matches!(action, AutostartAction::Enable))
        }
        Some(Command::Render(args)) => match load_config(cli.config.as_deref()) {
            Ok(config) => crate::ui::render_command(&config, &args),
            Err(code) => code,
        },
        Some(Command::Stats { days, json }) => match load_config(cli.config.as_deref()) {
            Ok(config) => crate::history::stats_command(&config, days, json),
            Err(code) => code,
        },
    }
}

/// Loads the config a command runs with, or prints why it cannot and gives the
/// exit code to return.
fn load_config(flag: Option<&std::path::Path>) -> Result<crate::config::Config, ExitCode> {
    crate::config::load(flag).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(EXIT_INVALID)
    })
}
