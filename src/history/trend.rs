//! Pure: what the check-ins say over time — the daily routine's runs (which
//! the level is replayed from), each day's ratings, and the weeks.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use super::*;
use crate::config::Config;
use crate::engine::progression::{median, Run};
use crate::engine::{outcomes_complete, HistoryEvent};
use crate::routine::builtin;

/// How many weeks the weeks view and `stats --json` cover.
pub const WEEKS: usize = 12;

/// The after-ratings by session id (the last one given for a session).
fn after_ratings(records: &[HistoryRecord]) -> HashMap<&str, u8> {
    records
        .iter()
        .filter_map(|r| match &r.event {
            HistoryEvent::Rated {
                session,
                tension_after,
                ..
            } => Some((session.as_str(), *tension_after)),
            _ => None,
        })
        .collect()
}

/// The built-in daily routine's sessions, oldest first, with their
/// ratings: what `engine::progression` replays. Lost sessions count as not
/// complete (their outcomes say so).
pub fn runs(records: &[HistoryRecord]) -> Vec<Run> {
    let after = after_ratings(records);
    let mut runs: Vec<(chrono::DateTime<chrono::FixedOffset>, Run)> = records
        .iter()
        .filter_map(|r| match &r.event {
            HistoryEvent::Completed {
                routine,
                at,
                outcomes,
                session,
                tension_before,
                stopped_for_pain,
                ..
            } if routine == builtin::UPPER_TRAP => Some((
                *at,
                Run {
                    day: at.date_naive(),
                    complete: outcomes_complete(outcomes),
                    hurt: *stopped_for_pain,
                    before: *tension_before,
                    after: session.as_deref().and_then(|s| after.get(s).copied()),
                },
            )),
            _ => None,
        })
        .collect();
    // Merged histories (several machines) are ordered by the events' time.
    runs.sort_by_key(|(at, _)| *at);
    runs.into_iter().map(|(_, run)| run).collect()
}

/// A day's check-ins: the first before-rating and the last after-rating
/// given that day, by any session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRatings {
    pub before: Option<u8>,
    pub after: Option<u8>,
}

pub(crate) fn day_ratings(records: &[HistoryRecord]) -> BTreeMap<NaiveDate, DayRatings> {
    let after = after_ratings(records);
    let mut sessions: Vec<(
        chrono::DateTime<chrono::FixedOffset>,
        Option<u8>,
        Option<u8>,
    )> = records
        .iter()
        .filter_map(|r| match &r.event {
            HistoryEvent::Completed {
                at,
                session,
                tension_before,
                ..
            } => {
                let a = session.as_deref().and_then(|s| after.get(s).copied());
                (tension_before.is_some() || a.is_some()).then_some((*at, *tension_before, a))
            }
            _ => None,
        })
        .collect();
    sessions.sort_by_key(|(at, ..)| *at);
    let mut days: BTreeMap<NaiveDate, DayRatings> = BTreeMap::new();
    for (at, before, after) in sessions {
        let day = days.entry(at.date_naive()).or_default();
        if day.before.is_none() {
            day.before = before;
        }
        if after.is_some() {
            day.after = after;
        }
    }
    days
}

/// One week (Monday to Sunday) of the weeks view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeekStats {
    /// Its Monday.
    pub monday: NaiveDate,
    /// Days with the daily routine done (working days or not).
    pub routine_days: u32,
    /// Working days in the whole week, by the config's hours now.
    pub working_days: u32,
    /// The median of the days' before- and after-ratings; `None` if none.
    pub median_before: Option<f64>,
    pub median_after: Option<f64>,
}

impl WeekStats {
    /// The week's before → after change, when both are known.
    pub fn change(&self) -> Option<f64> {
        Some(self.median_after? - self.median_before?)
    }
}

/// The Monday of `day`'s week.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Pure: the `count` weeks ending with `today`'s, oldest first.
pub fn weeks(
    records: &[HistoryRecord],
    config: &Config,
    today: NaiveDate,
    count: usize,
) -> Vec<WeekStats> {
    let done = daily_done_days(records, config);
    let ratings = day_ratings(records);
    let this = monday_of(today);
    (0..count)
        .rev()
        .filter_map(|back| this.checked_sub_days(chrono::Days::new(7 * back as u64)))
        .map(|monday| {
            let days: Vec<NaiveDate> = monday.iter_days().take(7).collect();
            let rated: Vec<DayRatings> = days
                .iter()
                .filter_map(|d| ratings.get(d).copied())
                .collect();
            let befores: Vec<u8> = rated.iter().filter_map(|r| r.before).collect();
            let afters: Vec<u8> = rated.iter().filter_map(|r| r.after).collect();
            WeekStats {
                monday,
                routine_days: days.iter().filter(|d| done.contains(d)).count() as u32,
                working_days: days.iter().filter(|d| is_working_day(config, **d)).count() as u32,
                median_before: (!befores.is_empty()).then(|| median(befores)),
                median_after: (!afters.is_empty()).then(|| median(afters)),
            }
        })
        .collect()
}

/// A rating for people: "6", "5.5".
pub fn rating(r: f64) -> String {
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// "routine on 3 of 5 days", or "routine on 2 days" in a week without
/// working days.
pub fn routine_days_phrase(week: &WeekStats) -> String {
    let days = if week.routine_days == 1 {
        "day"
    } else {
        "days"
    };
    if week.working_days == 0 {
        format!("routine on {} {days}", week.routine_days)
    } else {
        let days = if week.working_days == 1 {
            "day"
        } else {
            "days"
        };
        format!(
            "routine on {} of {} {days}",
            week.routine_days, week.working_days
        )
    }
}

/// The header of the weeks view: "This week: routine on 3 of 5 days".
pub fn this_week_line(week: &WeekStats) -> String {
    format!("This week: {}", routine_days_phrase(week))
}

/// The weekly summary notification's text: "Last week: routine on 4 of 5
/// days; tension 6 → 4".
pub fn summary_line(week: &WeekStats) -> String {
    let mut line = format!("Last week: {}", routine_days_phrase(week));
    match (week.median_before, week.median_after) {
        (Some(b), Some(a)) => line.push_str(&format!("; tension {} → {}", rating(b), rating(a))),
        (Some(b), None) => line.push_str(&format!("; tension before {}", rating(b))),
        _ => {}
    }
    line
}
