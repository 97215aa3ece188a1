//! Pure: what a "Stop — it hurt" leaves out (docs/engine.md, "After a pain
//! stop").
//! - The exercise that hurt rests for the rest of that day: no break offers
//!   it, in any routine, on any side.
//! - A second pain stop on the same exercise (either side) within
//!   `REPEAT_DAYS` leaves it out of every routine until the user puts it
//!   back. "Left out" and "put back" are history records, so every machine
//!   that shares the history agrees.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Two pain stops on one exercise this many days apart or less leave it out.
pub const REPEAT_DAYS: i64 = 14;

/// One pain stop whose exercise is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PainStop {
    /// The local day it happened.
    pub day: NaiveDate,
    /// The exercise's id.
    pub exercise: String,
}

/// Why an exercise is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// It hurt today: it rests until tomorrow.
    HurtToday,
    /// It hurt twice within `REPEAT_DAYS`: out until put back.
    HurtAgain,
}

/// An exercise left out, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LeftOut {
    pub exercise: String,
    pub why: Why,
}

/// The pain stops and the exercises left out until put back, as the
/// history has them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pains {
    /// Oldest first.
    pub stops: Vec<PainStop>,
    /// Out until put back.
    pub left_out: BTreeSet<String>,
}

impl Pains {
    /// Every exercise left out on `today`, each once (the lasting reason
    /// first), by id.
    pub fn leave_out(&self, today: NaiveDate) -> Vec<LeftOut> {
        let mut out: Vec<LeftOut> = self
            .left_out
            .iter()
            .map(|exercise| LeftOut {
                exercise: exercise.clone(),
                why: Why::HurtAgain,
            })
            .collect();
        for stop in self.stops.iter().filter(|s| s.day == today) {
            if !out.iter().any(|o| o.exercise == stop.exercise) {
                out.push(LeftOut {
                    exercise: stop.exercise.clone(),
                    why: Why::HurtToday,
                });
            }
        }
        out.sort();
        out
    }

    /// The exercises that hurt within the last `REPEAT_DAYS` before or on
    /// `today`: one more pain stop on any of them leaves it out.
    pub fn recent(&self, today: NaiveDate) -> Vec<String> {
        let mut ids: Vec<String> = self
            .stops
            .iter()
            .filter(|s| within(s.day, today))
            .map(|s| s.exercise.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Records a pain stop; `true` when it is the second on that exercise
    /// within `REPEAT_DAYS` and the exercise was not already left out: it
    /// is left out now.
    pub fn hurt(&mut self, exercise: &str, day: NaiveDate) -> bool {
        let again = self
            .stops
            .iter()
            .any(|s| s.exercise == exercise && within(s.day, day));
        self.stops.push(PainStop {
            day,
            exercise: exercise.to_owned(),
        });
        again && self.left_out.insert(exercise.to_owned())
    }

    /// Puts a left-out exercise back; `false` if it was not left out.
    pub fn put_back(&mut self, exercise: &str) -> bool {
        self.left_out.remove(exercise)
    }
}

/// `earlier` is at most `REPEAT_DAYS` before `day` (and not after it: a
/// clock that went back does not count the future).
fn within(earlier: NaiveDate, day: NaiveDate) -> bool {
    (0..=REPEAT_DAYS).contains(&(day - earlier).num_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).expect("a date")
    }

    #[test]
    fn a_pain_stop_rests_its_exercise_for_that_day_only() {
        let mut p = Pains::default();
        assert!(!p.hurt("ball-press", day(2)));
        assert_eq!(
            p.leave_out(day(2)),
            [LeftOut {
                exercise: "ball-press".into(),
                why: Why::HurtToday
            }]
        );
        assert!(p.leave_out(day(3)).is_empty());
        assert_eq!(p.recent(day(16)), ["ball-press"]);
        assert!(p.recent(day(17)).is_empty());
    }

    #[test]
    fn a_second_stop_within_fourteen_days_leaves_it_out_until_put_back() {
        let mut p = Pains::default();
        p.hurt("neck-side-stretch", day(1));
        // Another exercise does not count.
        assert!(!p.hurt("ball-press", day(10)));
        assert!(p.hurt("neck-side-stretch", day(15)));
        // Once only: already out.
        assert!(!p.hurt("neck-side-stretch", day(15)));
        assert_eq!(
            p.leave_out(day(20)),
            [LeftOut {
                exercise: "neck-side-stretch".into(),
                why: Why::HurtAgain
            }]
        );
        assert!(p.put_back("neck-side-stretch"));
        assert!(!p.put_back("neck-side-stretch"));
        assert!(p.leave_out(day(20)).is_empty());
    }

    #[test]
    fn fifteen_days_apart_is_not_again() {
        let mut p = Pains::default();
        p.hurt("ball-press", day(1));
        assert!(!p.hurt("ball-press", day(16)));
        assert!(p.left_out.is_empty());
    }
}
