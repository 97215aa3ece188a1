//! Pure: what the check-ins say over time — the daily routine's runs (which
//! the level is replayed from), each day's ratings, and the weeks.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike as _, NaiveDate};

use super::{daily_done_days, is_working_day, HistoryRecord};
use crate::config::Config;
use crate::engine::progression::{median, Run};
use crate::engine::{outcomes_complete, HistoryEvent};
use crate::routine::builtin;
use crate::t;
use crate::values::{rating, DayRatings, WeekStats};

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
    let checks: Vec<NaiveDate> = records
        .iter()
        .filter_map(|r| match &r.event {
            crate::engine::HistoryEvent::ShoulderCheck {
                at,
                outcome: crate::engine::CheckOutcome::Shown,
            } => Some(at.date_naive()),
            _ => None,
        })
        .collect();
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
                shoulder_checks: checks.iter().filter(|d| days.contains(d)).count() as u32,
            }
        })
        .collect()
}

/// The weekly summary notification's text: "Last week: routine on 4 of 5
/// days; tension 6 → 4".
pub fn summary_line(week: &WeekStats) -> String {
    let (done, working) = (week.routine_days, week.working_days);
    match (week.median_before, week.median_after, working) {
        (Some(b), Some(a), 0) => t!(
            "notify-week-any-change",
            done = done,
            before = rating(b),
            after = rating(a)
        ),
        (Some(b), Some(a), _) => t!(
            "notify-week-change",
            done = done,
            working = working,
            before = rating(b),
            after = rating(a)
        ),
        (Some(b), None, 0) => t!("notify-week-any-before", done = done, before = rating(b)),
        (Some(b), None, _) => t!(
            "notify-week-before",
            done = done,
            working = working,
            before = rating(b)
        ),
        (_, _, 0) => t!("notify-week-any", done = done),
        _ => t!("notify-week", done = done, working = working),
    }
}
