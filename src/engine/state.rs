//! What the engine keeps across a restart: interval progress, today's fixed
//! breaks and daily routine, a pause and a pending break. Plain serde data.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// The version `Engine::snapshot` writes and `Engine::restore` reads.
pub const STATE_VERSION: u32 = 1;

/// The engine's persistent state. `Engine::restore` starts afresh from a
/// state of another version rather than guess what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngineState {
    pub version: u32,
    /// The wall clock when the snapshot was taken; a restart later than the
    /// natural-break threshold counts as a break.
    pub saved_at: DateTime<FixedOffset>,
    /// Per break name.
    pub breaks: BTreeMap<String, BreakMemory>,
    /// The local date whose daily routine ran to the end.
    pub daily_done_on: Option<NaiveDate>,
    /// The Monday of the week whose summary was shown (absent in older files).
    #[serde(default)]
    pub summary_week: Option<NaiveDate>,
    pub paused: Option<PausedState>,
    pub pending: Option<PendingBreak>,
    /// How long the wall clock has been outside working hours, in milliseconds.
    pub off_hours_ms: u64,
    /// Sessions that opened saying the keys; they are said in the first
    /// `KEYS_SESSIONS` (absent in older files: none yet).
    #[serde(default)]
    pub keys_said: u32,
    /// Active time counted towards the next shoulder check, in milliseconds
    /// (absent in older files: none).
    #[serde(default)]
    pub check_active_ms: u64,
    /// A shoulder check has been shown, with its once-only word on where to
    /// switch it off (absent in older files: not yet).
    #[serde(default)]
    pub check_told: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreakMemory {
    /// Active working time counted towards an interval break, in milliseconds.
    pub active_ms: u64,
    /// The local date a fixed-time break was last offered.
    pub offered_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PausedState {
    /// `None`: until resumed.
    pub until: Option<DateTime<FixedOffset>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingBreak {
    /// Break names merged into this one offer.
    pub breaks: Vec<String>,
    pub snoozes_used: u32,
    pub snoozed_until: Option<DateTime<FixedOffset>>,
    /// Its notification was shown at least once (so it is not logged as offered again).
    pub shown: bool,
}
