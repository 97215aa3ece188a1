//! `unknot sync init`: moves the local history into the sync folder.

use std::process::ExitCode;

use clap::Subcommand;

use super::{print, EXIT_FAILURE, EXIT_INVALID};
use crate::config::Config;
use crate::history::{self, HistoryError, Place};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Merge this machine's history into the sync folder (once; safe to repeat)
    Init,
}

pub fn command(config: &Config, cmd: &SyncCommand) -> ExitCode {
    match cmd {
        SyncCommand::Init => init(config),
    }
}

fn init(config: &Config) -> ExitCode {
    let place = match Place::locate(config.sync_folder.as_deref()) {
        Ok(place) => place,
        Err(e) => {
            eprintln!("unknot: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let local = place.state_dir.join(history::HISTORY_FILE);
    let had_local = local.exists();
    match place.init() {
        Ok(copied) => {
            let folder = place.folder.as_deref().unwrap_or(&place.state_dir);
            let text = if had_local {
                t!(
                    "cli-sync-merged",
                    n = copied,
                    local = local.display().to_string(),
                    folder = folder.display().to_string(),
                    kept = history::MERGED_FILE
                )
            } else {
                t!("cli-sync-nothing", folder = folder.display().to_string())
            };
            print(&format!("{text}\n"))
        }
        Err(e @ HistoryError::NoSyncFolder) => {
            eprintln!("unknot: {e}");
            ExitCode::from(EXIT_INVALID)
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
