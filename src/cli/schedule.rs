//! `unknot schedule`: the engine's forecast on a simulated clock, as a table
//! or JSON. The real clock is read here, for the default `--from` only.

use std::process::ExitCode;

use chrono::Local;
use clap::Args;

use super::{print, EXIT_FAILURE, EXIT_INVALID};
use crate::config::Config;
use crate::engine::forecast::{self, WindowArgs};

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

impl ScheduleArgs {
    fn window(&self) -> WindowArgs {
        WindowArgs {
            from: self.from.clone(),
            until: self.until.clone(),
            idle: self.idle.clone(),
        }
    }
}

/// `unknot schedule`.
pub fn command(config: &Config, args: &ScheduleArgs) -> ExitCode {
    // "Now" is only the default start of the preview, read where clocks are
    // read; everything below runs on the simulated clock.
    let now = crate::platform::clock::Clock::new().wall();
    let window = match forecast::parse_args(&args.window(), &Local, now) {
        Ok(window) => window,
        Err(message) => {
            eprintln!("unknot schedule: {message}");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    // What the history leaves out after pain (none, if it cannot be read).
    let pains = crate::history::Place::locate(config.sync_folder.as_deref())
        .and_then(|p| p.read())
        .map(|read| crate::history::pains(&read.records, config))
        .unwrap_or_default();
    let plan = forecast::simulate_after(config, &window, pains);
    let text = if args.json {
        match serde_json::to_string_pretty(&plan) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("unknot schedule: {e}");
                return ExitCode::from(EXIT_FAILURE);
            }
        }
    } else {
        forecast::table(&plan)
    };
    print(&text)
}
