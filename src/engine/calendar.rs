//! Working hours on the wall clock: whether an instant is inside them, where
//! they next start or end, and how much working time lies between two instants.
//! Local times are resolved in the engine's zone, so DST days need no special case.

use chrono::{
    DateTime, Datelike, Duration as TimeDelta, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Timelike,
};
use std::time::Duration;

use crate::config::TimeRange;

/// The working hours of a week, Monday first, as the config gives them.
pub(crate) type Week = [Vec<TimeRange>; 7];

/// How many days ahead a search for the next change looks before giving up
/// (a week without any change means "always" or "never" working).
const HORIZON_DAYS: i64 = 8;

/// Whether this local time is inside the working hours.
pub(crate) fn is_working_local(week: &Week, local: NaiveDateTime) -> bool {
    let day = &week[local.weekday().num_days_from_monday() as usize];
    let secs = local.time().num_seconds_from_midnight();
    day.iter()
        .any(|r| u32::from(r.start_min) * 60 <= secs && secs < u32::from(r.end_min) * 60)
}

/// Whether this instant is inside the working hours.
pub(crate) fn is_working<Tz: TimeZone>(week: &Week, at: &DateTime<Tz>) -> bool {
    is_working_local(week, at.naive_local())
}

/// Whether the day has any working hours at all.
pub(crate) fn is_working_day(week: &Week, date: NaiveDate) -> bool {
    !week[date.weekday().num_days_from_monday() as usize].is_empty()
}

/// The instant a local time names in `tz`. An ambiguous time (the repeated hour
/// when clocks go back) is its first occurrence; a time that does not exist
/// (skipped when clocks go forward) is the first instant after the gap.
pub(crate) fn resolve<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> DateTime<Tz> {
    if let Some(t) = tz.from_local_datetime(&local).earliest() {
        return t;
    }
    // Gaps are at most a few hours; walk minute by minute to the first valid time.
    let mut probe = local;
    for _ in 0..(26 * 60) {
        probe += TimeDelta::minutes(1);
        if let Some(t) = tz.from_local_datetime(&probe).earliest() {
            return t;
        }
    }
    // No zone has a day-long gap; fall back to reading the local time as UTC.
    tz.from_utc_datetime(&local)
}

/// The instant of `time` on local `date`.
pub(crate) fn at_local<Tz: TimeZone>(tz: &Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Tz> {
    resolve(tz, date.and_time(time))
}

/// The next instant after `t` at which being inside working hours changes, or
/// `None` if it does not change within the next week (always or never working).
pub(crate) fn next_change<Tz: TimeZone>(week: &Week, t: &DateTime<Tz>) -> Option<DateTime<Tz>> {
    let tz = t.timezone();
    let current = is_working(week, t);
    let today = t.naive_local().date();
    for offset in 0..HORIZON_DAYS {
        let date = today + TimeDelta::days(offset);
        let mut edges: Vec<DateTime<Tz>> = week[date.weekday().num_days_from_monday() as usize]
            .iter()
            .flat_map(|r| [r.start_min, r.end_min])
            .map(|min| {
                resolve(
                    &tz,
                    date.and_time(NaiveTime::MIN) + TimeDelta::minutes(min.into()),
                )
            })
            .filter(|edge| edge > t)
            .collect();
        // Midnight is an edge too: a working day may follow a free one.
        let midnight = resolve(&tz, (date + TimeDelta::days(1)).and_time(NaiveTime::MIN));
        if midnight > *t {
            edges.push(midnight);
        }
        edges.sort();
        if let Some(edge) = edges.into_iter().find(|e| is_working(week, e) != current) {
            return Some(edge);
        }
    }
    None
}

/// Walks `[from, to)` in pieces of constant working status and calls `each`
/// with every piece's length and whether it is working time.
pub(crate) fn walk<Tz: TimeZone>(
    week: &Week,
    from: &DateTime<Tz>,
    to: &DateTime<Tz>,
    mut each: impl FnMut(Duration, bool),
) {
    let mut t = from.clone();
    while t < *to {
        let working = is_working(week, &t);
        let end = match next_change(week, &t) {
            Some(change) if change < *to => change,
            _ => to.clone(),
        };
        each(span(&t, &end), working);
        t = end;
    }
}

/// Working time inside `[from, to)`.
pub(crate) fn working_time<Tz: TimeZone>(
    week: &Week,
    from: &DateTime<Tz>,
    to: &DateTime<Tz>,
) -> Duration {
    let mut total = Duration::ZERO;
    walk(week, from, to, |len, working| {
        if working {
            total += len;
        }
    });
    total
}

/// The instant at which `amount` of working time has passed after `from`, or
/// `None` if the week has no working hours.
pub(crate) fn after_working_time<Tz: TimeZone>(
    week: &Week,
    from: &DateTime<Tz>,
    amount: Duration,
) -> Option<DateTime<Tz>> {
    let mut t = from.clone();
    let mut left = amount;
    // Each turn crosses one working or free stretch; a few hundred cover a year.
    for _ in 0..1024 {
        let working = is_working(week, &t);
        let change = next_change(week, &t);
        if working {
            let Some(end) = change else {
                return Some(plus(&t, left));
            };
            let stretch = span(&t, &end);
            if stretch >= left {
                return Some(plus(&t, left));
            }
            left -= stretch;
            t = end;
        } else {
            t = change?;
        }
    }
    None
}

/// `to - from` as a `Duration`, zero if `to` is earlier.
pub(crate) fn span<Tz: TimeZone>(from: &DateTime<Tz>, to: &DateTime<Tz>) -> Duration {
    (to.clone() - from.clone())
        .to_std()
        .unwrap_or(Duration::ZERO)
}

/// `t + d`, saturating at chrono's far future.
pub(crate) fn plus<Tz: TimeZone>(t: &DateTime<Tz>, d: Duration) -> DateTime<Tz> {
    TimeDelta::from_std(d)
        .ok()
        .and_then(|d| t.clone().checked_add_signed(d))
        .unwrap_or_else(|| t.clone())
}

/// `t - d`, saturating.
pub(crate) fn minus<Tz: TimeZone>(t: &DateTime<Tz>, d: Duration) -> DateTime<Tz> {
    TimeDelta::from_std(d)
        .ok()
        .and_then(|d| t.clone().checked_sub_signed(d))
        .unwrap_or_else(|| t.clone())
}

/// The next time the local clock shows `time` after `now`: today if still
/// ahead, else tomorrow.
pub(crate) fn next_occurrence(now: NaiveDateTime, time: NaiveTime) -> NaiveDateTime {
    let today = now.date().and_time(time);
    if today > now {
        today
    } else {
        today + TimeDelta::days(1)
    }
}

/// "Until tomorrow": the start of the next day's first working hours, or
/// 09:00 if tomorrow has none.
pub(crate) fn tomorrow_morning(week: &Week, today: NaiveDate) -> NaiveDateTime {
    let tomorrow = today + TimeDelta::days(1);
    let start = week[tomorrow.weekday().num_days_from_monday() as usize]
        .first()
        .map_or(9 * 60, |r| r.start_min);
    let time = NaiveTime::from_hms_opt(u32::from(start / 60), u32::from(start % 60), 0)
        .unwrap_or(NaiveTime::MIN);
    tomorrow.and_time(time)
}

/// How far ahead a "pause until" choice must be to be worth offering.
const PAUSE_LEAD_MIN: u32 = 5;

/// The tray's "Until…" choices: the next `count` whole or half hours, at
/// least five minutes ahead, that are still today and inside today's
/// working hours (a mark in a gap, such as lunch, is left out).
pub fn pause_marks(week: &Week, now: NaiveDateTime, count: usize) -> Vec<NaiveTime> {
    let today = now.date();
    let earliest = now.time().num_seconds_from_midnight() + PAUSE_LEAD_MIN * 60;
    (1..48u32)
        .map(|half| half * 30 * 60)
        .filter(|&secs| secs > earliest)
        .filter_map(|secs| NaiveTime::from_num_seconds_from_midnight_opt(secs, 0))
        .filter(|&t| is_working_local(week, today.and_time(t)))
        .take(count)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn office() -> Week {
        let day = vec![TimeRange {
            start_min: 9 * 60,
            end_min: 18 * 60,
        }];
        [
            day.clone(),
            day.clone(),
            day.clone(),
            day.clone(),
            day,
            vec![],
            vec![],
        ]
    }

    fn berlin(s: &str) -> DateTime<chrono_tz::Tz> {
        let local = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test time");
        resolve(&Berlin, local)
    }

    #[test]
    fn the_next_change_skips_the_weekend() {
        let week = office();
        assert_eq!(
            next_change(&week, &berlin("2026-03-06 12:00")),
            Some(berlin("2026-03-06 18:00"))
        );
        assert_eq!(
            next_change(&week, &berlin("2026-03-06 18:00")),
            Some(berlin("2026-03-09 09:00"))
        );
    }

    #[test]
    fn working_time_counts_only_inside_hours() {
        let week = office();
        let t = working_time(
            &week,
            &berlin("2026-03-06 17:00"),
            &berlin("2026-03-09 10:00"),
        );
        assert_eq!(t, Duration::from_secs(2 * 3600));
        assert_eq!(
            after_working_time(
                &week,
                &berlin("2026-03-06 17:30"),
                Duration::from_secs(3600)
            ),
            Some(berlin("2026-03-09 09:30"))
        );
    }

    #[test]
    fn skipped_local_times_resolve_to_the_end_of_the_gap() {
        assert_eq!(berlin("2026-03-29 02:30"), berlin("2026-03-29 03:00"));
    }

    #[test]
    fn a_week_without_hours_never_changes() {
        let week: Week = Default::default();
        assert_eq!(next_change(&week, &berlin("2026-03-06 12:00")), None);
        assert_eq!(
            after_working_time(&week, &berlin("2026-03-06 12:00"), Duration::from_secs(60)),
            None
        );
    }
    #[test]
    fn pause_marks_are_the_next_half_hours_inside_todays_working_hours() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test time");
        let hm = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").expect("test time");
        let mut week = office();
        // Monday, with lunch out: 09:00–12:30 and 13:00–18:00.
        week[0] = vec![
            TimeRange {
                start_min: 9 * 60,
                end_min: 12 * 60 + 30,
            },
            TimeRange {
                start_min: 13 * 60,
                end_min: 18 * 60,
            },
        ];
        assert_eq!(
            pause_marks(&week, at("2026-03-02 13:37"), 3),
            [hm("14:00"), hm("14:30"), hm("15:00")]
        );
        // Less than five minutes ahead is too close to offer.
        assert_eq!(
            pause_marks(&week, at("2026-03-02 13:56"), 3),
            [hm("14:30"), hm("15:00"), hm("15:30")]
        );
        // 12:30 ends the morning; lunch has no mark.
        assert_eq!(
            pause_marks(&week, at("2026-03-02 11:40"), 3),
            [hm("12:00"), hm("13:00"), hm("13:30")]
        );
        // The end of the day has fewer; after it and at the weekend, none.
        assert_eq!(
            pause_marks(&week, at("2026-03-02 16:50"), 3),
            [hm("17:00"), hm("17:30")]
        );
        assert!(pause_marks(&week, at("2026-03-02 18:10"), 3).is_empty());
        assert!(pause_marks(&week, at("2026-03-07 10:00"), 3).is_empty());
        // Never past midnight, even working all day.
        let all_day = vec![TimeRange {
            start_min: 0,
            end_min: 24 * 60,
        }];
        let week = [(); 7].map(|()| all_day.clone());
        assert_eq!(pause_marks(&week, at("2026-03-02 23:20"), 3), [hm("23:30")]);
    }
}
