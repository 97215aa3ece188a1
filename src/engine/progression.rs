//! Pure: the daily routine's level, replayed from the routines done so far.
//!
//! The level is never stored: it is what these rules give over the history,
//! so two machines that share a history agree on it (docs/routines.md,
//! "Levels").
//! - Up one level after `STEP_UP_AFTER` routines at the current level that
//!   count: every exercise done, not stopped for pain, and the after-rating
//!   not above the before-rating when both were given.
//! - Down one level at once after a "Stop — it hurt".
//! - Down one level when the before-ratings rise over a week: the median of
//!   the last 7 days at least `RISE` above the 7 days before, each with at
//!   least `RATED_DAYS` rated days, and no level change in the last 7 days.
//!   While they rise, the level does not go up either.
//! - Each change starts the count afresh.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::routine::Level;
pub use crate::routine::Progression;

/// Completed routines at a level before the next one.
pub const STEP_UP_AFTER: u32 = 5;
/// A rise in the weekly median before-rating that steps down.
pub const RISE: f64 = 2.0;
/// Rated days a week needs for its median to count.
pub const RATED_DAYS: usize = 3;

/// One daily routine as the history records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// The local day it was done on.
    pub day: NaiveDate,
    /// Every exercise done.
    pub complete: bool,
    /// Ended with "Stop — it hurt".
    pub hurt: bool,
    /// The check-in ratings, 0–10, when given.
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl Run {
    fn counts(&self) -> bool {
        let worse = matches!((self.before, self.after), (Some(b), Some(a)) if a > b);
        self.complete && !self.hurt && !worse
    }
}

/// Where the replay stands: the level, and the routines that count toward
/// the next step since the last change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub level: Level,
    pub toward_next: u32,
    /// The highest level a pain stop happened at since the last step up
    /// (`cap`).
    pub cap: Option<Level>,
}

/// The level the next routine is played at, given every run so far in the
/// order they were done.
pub fn level(progression: Progression, runs: &[Run]) -> Level {
    match progression {
        Progression::Auto => standing(runs).level,
        Progression::Off => Level::FIRST,
        Progression::Held(level) => level,
    }
}

/// The level that last hurt, while the level is still below it and has not
/// stepped up since: the routine keeps that session's holds and presses
/// (`builtin::load_capped`), so the session after a pain stop is never
/// harder than the one that hurt. `None` with progression off or held.
pub fn cap(progression: Progression, runs: &[Run]) -> Option<Level> {
    match progression {
        Progression::Auto => standing(runs).cap,
        Progression::Off | Progression::Held(_) => None,
    }
}

/// The rules replayed over `runs` (in the order they were done).
pub fn standing(runs: &[Run]) -> Standing {
    let mut level = Level::FIRST;
    let mut count = 0u32;
    let mut cap: Option<Level> = None;
    let mut changed_on: Option<NaiveDate> = None;
    for (i, run) in runs.iter().enumerate() {
        if run.hurt {
            cap = Some(cap.map_or(level, |c| c.max(level)));
            level = level.down();
            count = 0;
            changed_on = Some(run.day);
            continue;
        }
        let settled = changed_on.is_none_or(|d| (run.day - d).num_days() >= 7);
        let rise = rising(&runs[..=i], run.day);
        if settled && rise {
            let lower = level.down();
            if lower != level {
                level = lower;
                count = 0;
                changed_on = Some(run.day);
                continue;
            }
        }
        if run.counts() {
            count += 1;
            // Never up while the knot is getting worse week on week.
            if count >= STEP_UP_AFTER && level != Level::TOP && !rise {
                level = level.up();
                count = 0;
                cap = None;
                changed_on = Some(run.day);
            }
        }
    }
    Standing {
        level,
        toward_next: count,
        // Only while below it: once back at that level, its own load holds.
        cap: cap.filter(|c| *c > level),
    }
}

/// The before-ratings of the 7 days up to `day` against the 7 days before
/// (`runs` in time order, ending with `day`'s: only their last two weeks are
/// looked at).
fn rising(runs: &[Run], day: NaiveDate) -> bool {
    let recent = runs
        .iter()
        .rev()
        .take_while(|r| (day - r.day).num_days() <= 13);
    // (day, its first before-rating) for each of the two weeks.
    let mut now: Vec<(NaiveDate, u8)> = Vec::new();
    let mut before: Vec<(NaiveDate, u8)> = Vec::new();
    for run in recent {
        let Some(b) = run.before else { continue };
        let age = (day - run.day).num_days();
        let week = if (0..=6).contains(&age) {
            &mut now
        } else if (7..=13).contains(&age) {
            &mut before
        } else {
            continue;
        };
        // One rating a day: the first of the day (read backwards: the last
        // pushed for a day is its first).
        match week.iter_mut().find(|(d, _)| *d == run.day) {
            Some(slot) => slot.1 = b,
            None => week.push((run.day, b)),
        }
    }
    let median_of = |week: &[(NaiveDate, u8)]| {
        (week.len() >= RATED_DAYS).then(|| median(week.iter().map(|(_, b)| *b)))
    };
    match (median_of(&now), median_of(&before)) {
        (Some(now), Some(before)) => now - before >= RISE,
        _ => false,
    }
}

/// The median of some ratings (the mean of the middle two for an even
/// count); 0 for none.
pub fn median(ratings: impl IntoIterator<Item = u8>) -> f64 {
    let mut v: Vec<u8> = ratings.into_iter().collect();
    if v.is_empty() {
        return 0.0;
    }
    v.sort_unstable();
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        f64::from(v[mid])
    } else {
        (f64::from(v[mid - 1]) + f64::from(v[mid])) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: u32) -> NaiveDate {
        // 2026-03-02 is a Monday; day(0) is that Monday.
        NaiveDate::from_ymd_opt(2026, 3, 2)
            .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(n))))
            .expect("a test day")
    }

    fn done(n: u32, before: Option<u8>, after: Option<u8>) -> Run {
        Run {
            day: day(n),
            complete: true,
            hurt: false,
            before,
            after,
        }
    }

    fn level_of(runs: &[Run]) -> u8 {
        level(Progression::Auto, runs).get()
    }

    #[test]
    fn five_complete_routines_step_up_and_the_top_is_the_top() {
        let runs: Vec<Run> = (0..20).map(|n| done(n, None, None)).collect();
        assert_eq!(level_of(&runs[..4]), 1);
        assert_eq!(level_of(&runs[..5]), 2);
        assert_eq!(level_of(&runs[..9]), 2);
        assert_eq!(level_of(&runs[..10]), 3);
        assert_eq!(level_of(&runs), 3);
        assert_eq!(standing(&runs[..7]).toward_next, 2);
    }

    #[test]
    fn skipped_exercises_and_a_worse_after_rating_do_not_count() {
        let mut runs: Vec<Run> = (0..4).map(|n| done(n, Some(5), Some(4))).collect();
        runs.push(Run {
            complete: false,
            ..done(4, None, None)
        });
        runs.push(done(5, Some(4), Some(6)));
        assert_eq!(level_of(&runs), 1, "two of six do not count");
        // The same rating after as before is not worse.
        runs.push(done(6, Some(4), Some(4)));
        assert_eq!(level_of(&runs), 2);
        // Only one of the two ratings: nothing to compare, it counts.
        let half: Vec<Run> = (0..5).map(|n| done(n, Some(6), None)).collect();
        assert_eq!(level_of(&half), 2);
    }

    #[test]
    fn a_pain_stop_steps_down_at_once_and_restarts_the_count() {
        let mut runs: Vec<Run> = (0..5).map(|n| done(n, None, None)).collect();
        assert_eq!(level_of(&runs), 2);
        runs.push(Run {
            hurt: true,
            complete: false,
            ..done(7, None, None)
        });
        assert_eq!(level_of(&runs), 1);
        // Four more are not five since the change.
        runs.extend((8..12).map(|n| done(n, None, None)));
        assert_eq!(level_of(&runs), 1);
        runs.push(done(14, None, None));
        assert_eq!(level_of(&runs), 2);
        // At the first level a pain stop stays there.
        let first = [Run {
            hurt: true,
            ..done(0, None, None)
        }];
        assert_eq!(level_of(&first), 1);
    }

    #[test]
    fn rising_ratings_over_a_week_step_down_once() {
        // Up to level 2 on day 4, the knot at 3 before each routine.
        let mut runs: Vec<Run> = (0..5).map(|n| done(n, Some(3), Some(2))).collect();
        assert_eq!(level_of(&runs), 2);
        // From day 9 it is at 7 before, and worse after.
        runs.extend((9..14).map(|n| done(n, Some(7), Some(8))));
        let upto = |n: u32| {
            let runs: Vec<Run> = runs.iter().filter(|r| r.day <= day(n)).cloned().collect();
            level_of(&runs)
        };
        // Day 10: only two rated days in the newer week.
        assert_eq!(upto(10), 2);
        // Day 11: three days at 7 against 3 the week before, and the last
        // change is a week old: down.
        assert_eq!(upto(11), 1);
        // Not again while it stays high (the first level is the floor anyway).
        assert_eq!(upto(13), 1);
        // Two rated days a week are too few to judge.
        let sparse = vec![
            done(0, Some(2), None),
            done(1, Some(2), None),
            done(7, Some(8), None),
            done(8, Some(8), None),
        ];
        assert!(!rising(&sparse, day(8)));
    }

    #[test]
    fn no_step_up_while_the_ratings_rise() {
        // Three rated days at 2 that do not count (exercises skipped), then
        // five complete routines at 6 before, 5 after: each counts, yet the
        // fifth does not step up while the week rises.
        let mut runs: Vec<Run> = (0..3)
            .map(|n| Run {
                complete: false,
                ..done(n, Some(2), None)
            })
            .collect();
        runs.extend((7..12).map(|n| done(n, Some(6), Some(5))));
        assert!(rising(&runs, day(11)));
        let s = standing(&runs);
        assert_eq!(s.level.get(), 1, "{s:?}");
        assert!(s.toward_next >= STEP_UP_AFTER, "{s:?}");
    }

    #[test]
    fn off_and_held_ignore_the_history() {
        let runs: Vec<Run> = (0..12).map(|n| done(n, None, None)).collect();
        assert_eq!(level(Progression::Off, &runs), Level::FIRST);
        let two = Level::new(2).expect("a level");
        assert_eq!(level(Progression::Held(two), &[]), two);
        assert_eq!(level(Progression::Auto, &[]), Level::FIRST);
    }

    #[test]
    fn medians() {
        assert_eq!(median([5, 1, 9]), 5.0);
        assert_eq!(median([4, 6]), 5.0);
        assert_eq!(median([7]), 7.0);
        assert_eq!(median([]), 0.0);
    }

    /// Not harder: every exercise of `after` has no more sets or reps, and
    /// no phase longer, than the same exercise in `hurt`.
    fn not_harder(
        hurt: &crate::routine::Routine,
        after: &crate::routine::Routine,
    ) -> Result<(), String> {
        for e in &after.exercises {
            let Some(h) = hurt.exercises.iter().find(|h| h.id == e.id) else {
                return Err(format!("{} is new after the pain stop", e.id));
            };
            if e.sets > h.sets || e.reps > h.reps {
                return Err(format!(
                    "{}: {}×{} after {}×{}",
                    e.id, e.sets, e.reps, h.sets, h.reps
                ));
            }
            for (p, q) in e.phases.iter().zip(&h.phases) {
                if p.kind != q.kind || p.duration > q.duration {
                    return Err(format!("{}: {p:?} after {q:?}", e.id));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn the_session_after_a_pain_stop_is_never_harder_than_the_one_that_hurt() {
        use crate::routine::{builtin, Options};
        for hurt_at in Level::ALL {
            // Five good routines a level up to `hurt_at`, then it hurts.
            let steps = u32::from(hurt_at.get() - 1) * STEP_UP_AFTER;
            let mut runs: Vec<Run> = (0..steps).map(|n| done(n, None, None)).collect();
            assert_eq!(level_of(&runs), hurt_at.get());
            runs.push(Run {
                hurt: true,
                ..done(steps, None, None)
            });
            let after = standing(&runs);
            assert_eq!(after.level, hurt_at.down());
            // Every level at or below the one after, as further stops take
            // it down, keeps the cap.
            for below in Level::ALL.into_iter().filter(|l| *l <= after.level) {
                for options in Options::every().into_iter().filter(|o| o.level == hurt_at) {
                    let hurt = builtin::all_with(options).remove(0);
                    let next = builtin::all_with(Options {
                        level: below,
                        cap: after.cap,
                        ..options
                    })
                    .remove(0);
                    if let Err(e) = not_harder(&hurt, &next) {
                        panic!("hurt at level {hurt_at}, then level {below}: {e}");
                    }
                }
            }
        }
        // Without the cap level 2 would be harder than level 3 in the stretch
        // and the press: the cap is what keeps it.
        let at = |level, cap| {
            builtin::all_with(Options {
                level,
                cap,
                ..Options::default()
            })
            .remove(0)
        };
        let (two, three) = (Level::TOP.down(), Level::TOP);
        assert!(not_harder(&at(three, None), &at(two, None)).is_err());
        assert!(not_harder(&at(three, None), &at(two, Some(three))).is_ok());
    }

    #[test]
    fn the_cap_holds_until_the_next_step_up() {
        let steps = 2 * STEP_UP_AFTER;
        let mut runs: Vec<Run> = (0..steps).map(|n| done(n, None, None)).collect();
        runs.push(Run {
            hurt: true,
            ..done(steps, None, None)
        });
        assert_eq!(cap(Progression::Auto, &runs), Some(Level::TOP));
        assert_eq!(cap(Progression::Held(Level::FIRST), &runs), None);
        // A second stop at level 2 keeps the cap of the first.
        runs.push(Run {
            hurt: true,
            ..done(steps + 8, None, None)
        });
        assert_eq!(standing(&runs).level, Level::FIRST);
        assert_eq!(cap(Progression::Auto, &runs), Some(Level::TOP));
        // Five good routines step up to level 2: the cap is gone.
        for n in 0..STEP_UP_AFTER {
            runs.push(done(steps + 9 + n, None, None));
        }
        assert_eq!(standing(&runs).level.get(), 2);
        assert_eq!(cap(Progression::Auto, &runs), None);
    }
}
