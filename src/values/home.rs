//! What the home window shows (`ui::home`), as values the app gathers from
//! the engine's status, and what its buttons ask of the app.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// The app's state as the home window shows it. Times are local wall
/// times; `today` says which day they are read against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Home {
    pub today: NaiveDate,
    pub mode: HomeMode,
    /// The pending break, or the one expected next.
    pub next_break: Option<HomeBreak>,
    /// When a pause ends; `None` while not paused or paused until resumed.
    pub paused_until: Option<NaiveDateTime>,
    pub working_hours: bool,
    /// Today's daily routine ran to the end.
    pub daily_done: bool,
    pub streak: u32,
    /// The quiet time that holds breaks back now, as `unknot status` names
    /// it ("camera in use").
    pub held_by: Option<String>,
    /// A daily routine is configured: the window offers it.
    pub has_daily: bool,
}

/// The engine's mode, as the window tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HomeMode {
    Idle,
    Due,
    Snoozed,
    Paused,
    InBreak,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeBreak {
    pub name: String,
    pub at: NaiveDateTime,
}

/// A home window button, routed by the app like the tray menu's item of
/// the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HomeAction {
    /// The pending or next break's routine, now.
    Start,
    /// The daily routine, now.
    Daily,
    /// Pause for this many minutes.
    Pause(u32),
    PauseUntilTomorrow,
    Resume,
    Statistics,
    Preferences,
    Quit,
}
