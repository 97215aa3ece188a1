//! The config file: strict JSON with positioned, all-at-once error reports,
//! turned into the typed, validated `Config` the rest of the app uses.
//!
//! SKELETON: the types below are the contract; parsing is being written.

use std::time::Duration;

use chrono::NaiveTime;

use crate::routine::Routine;

/// The embedded default: `config.example.json` itself.
pub const EXAMPLE: &str = include_str!("../config.example.json");

/// A validated config. Every value here is in range and consistent.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Working hours, indexed by `Weekday::num_days_from_monday()` (0 = Monday).
    /// An empty list means the day is not a working day.
    pub working_hours: [Vec<TimeRange>; 7],
    pub breaks: Vec<BreakRule>,
    pub snooze: Snooze,
    pub reminders: Reminders,
    /// Idle at least this long counts as a break taken.
    pub natural_break: Duration,
    pub do_not_disturb: DoNotDisturb,
    pub sound: Sound,
    /// User routines from the file (the built-ins are not in here).
    pub routines: Vec<Routine>,
}

/// A half-open span of a day in minutes since midnight: `start..end`,
/// `0 <= start < end <= 1440` ("00:00-24:00" is the whole day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeRange {
    pub start_min: u16,
    pub end_min: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakRule {
    /// Unique among breaks; shown in notifications ("Desk reset").
    pub name: String,
    /// Id of a built-in or user routine (checked to exist).
    pub routine: String,
    pub when: BreakWhen,
    /// Completing this break's routine makes the day count for the streak.
    /// At most one break has it.
    pub daily: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakWhen {
    /// After this much active time (at least 5 minutes).
    Every(Duration),
    /// Once per working day at this local time.
    At(NaiveTime),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snooze {
    pub length: Duration,
    pub max_per_break: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminders {
    /// Re-send an ignored notification after this long.
    pub repeat_after: Duration,
    /// At most this many times; then the break is recorded as ignored.
    pub max_repeats: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoNotDisturb {
    pub enabled: bool,
    pub fullscreen: bool,
    pub microphone: bool,
    pub notifications_paused: bool,
    /// A due break is postponed at most this long.
    pub max_postpone: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sound {
    pub enabled: bool,
    /// 0..=100
    pub volume: u8,
    pub voice: bool,
}

// ---- placeholders the config work replaces ----

/// Why a config could not be loaded; `Display` prints every problem, one per line.
#[derive(Debug, thiserror::Error)]
#[error("config could not be loaded")]
pub struct LoadError;

/// Finds and loads the config: `flag`, else `$UNKNOT_CONFIG`, else
/// `$XDG_CONFIG_HOME/unknot/config.json` (or `~/.config/...`) if present, else `EXAMPLE`.
pub fn load(_flag: Option<&std::path::Path>) -> Result<Config, LoadError> {
    Err(LoadError)
}

/// `unknot check-config [PATH]`.
pub fn check_command(
    _flag: Option<&std::path::Path>,
    _path: Option<&std::path::Path>,
) -> std::process::ExitCode {
    std::process::ExitCode::from(crate::cli::EXIT_FAILURE)
}
