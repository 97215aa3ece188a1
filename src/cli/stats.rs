//! `unknot stats [--days N] [--json]`.

use std::process::ExitCode;

use super::{print, EXIT_FAILURE};
use crate::config::Config;
use crate::history;
use crate::platform::clock::Clock;

/// `unknot stats [--days N] [--json]`: reads the history (never writes),
/// prints skipped lines to stderr and the stats to stdout.
pub fn command(config: &Config, days: u32, json: bool) -> ExitCode {
    let place = history::Place::locate(config.sync_folder.as_deref());
    let read = match place.and_then(|place| Ok((place.read()?, place))) {
        Ok((read, place)) => {
            for problem in &read.problems {
                eprintln!(
                    "unknot: {}: {problem}",
                    place.problem_file(problem).display()
                );
            }
            read
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let today = Clock::new().wall().date_naive();
    let stats = history::stats(&read.records, config, today, days);
    let text = if json {
        match serde_json::to_string_pretty(&history::stats_json(&stats, &read.problems)) {
            Ok(text) => text + "\n",
            Err(e) => {
                eprintln!(
                    "{}",
                    crate::t!("cli-json-stats-failed", error = e.to_string())
                );
                return ExitCode::from(EXIT_FAILURE);
            }
        }
    } else {
        history::render(&stats)
    };
    print(&text)
}
