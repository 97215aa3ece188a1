//! Pure: which days count as done and the streaks over working days.

use std::collections::BTreeSet;

use chrono::{Datelike as _, NaiveDate};

use super::HistoryRecord;
use crate::config::Config;
use crate::engine::completes_day;
use crate::engine::HistoryEvent;
use crate::values::Streaks;

pub(crate) fn is_working_day(config: &Config, day: NaiveDate) -> bool {
    let index = day.weekday().num_days_from_monday() as usize;
    config
        .working_hours
        .get(index)
        .is_some_and(|r| !r.is_empty())
}

/// The days the daily routine was done: a `Completed` with `day_done`, or —
/// should the engine ever have missed it — a completion of the daily break's
/// routine with every exercise done.
pub(crate) fn daily_done_days(records: &[HistoryRecord], config: &Config) -> BTreeSet<NaiveDate> {
    records
        .iter()
        .filter_map(|r| match &r.event {
            HistoryEvent::Completed {
                routine,
                at,
                outcomes,
                day_done,
                ..
            } => {
                let counts = *day_done || completes_day(config, routine, outcomes);
                counts.then(|| at.date_naive())
            }
            _ => None,
        })
        .collect()
}

/// Pure: `today` and tomorrow, where the daily routine was done on them by
/// any machine sharing the history (tomorrow: another machine's clock a
/// few minutes ahead near midnight).
pub fn daily_done_on(
    records: &[HistoryRecord],
    config: &Config,
    today: NaiveDate,
) -> Vec<NaiveDate> {
    let done = daily_done_days(records, config);
    [Some(today), today.succ_opt()]
        .into_iter()
        .flatten()
        .filter(|d| done.contains(d))
        .collect()
}

/// Pure: the current and best streak as of `today`. Only working days (per
/// the config's working hours *now*) count; other days are stepped over,
/// whether or not the routine was done on them. Today, not yet done, leaves
/// the streak as it was yesterday. Days after `today` are ignored.
pub fn streaks(records: &[HistoryRecord], config: &Config, today: NaiveDate) -> Streaks {
    streaks_of(&daily_done_days(records, config), config, today)
}

pub(crate) fn streaks_of(done: &BTreeSet<NaiveDate>, config: &Config, today: NaiveDate) -> Streaks {
    let Some(&first) = done.iter().next() else {
        return Streaks::default();
    };
    let (mut run, mut best) = (0u32, 0u32);
    for day in first.iter_days().take_while(|d| *d <= today) {
        if !is_working_day(config, day) {
            continue;
        }
        if done.contains(&day) {
            run += 1;
            best = best.max(run);
        } else if day < today {
            run = 0;
        }
    }
    Streaks { current: run, best }
}
