//! Everything `unknot stats` and the Statistics window show, as values
//! (`history::stats` computes them), and the words both surfaces share.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Everything `unknot stats` shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub today: NaiveDate,
    /// The first day of the window; `days` ends with `today`.
    pub from: NaiveDate,
    /// All records in the history, in or out of the window.
    pub records: usize,
    /// Oldest first.
    pub days: Vec<DayStats>,
    pub totals: Counts,
    pub streak: Streaks,
    /// Completed / offered over the window, at most 1 (breaks asked for with
    /// "break now" complete without an offer); `None` if nothing was offered.
    pub completion_rate: Option<f64>,
    /// Most done first.
    pub exercises: Vec<ExerciseTotal>,
    /// The last `history::WEEKS` weeks, oldest first, this week last.
    #[serde(default)]
    pub weeks: Vec<WeekStats>,
    /// Pain stops per exercise in the window, most first.
    #[serde(default)]
    pub pain_stops: Vec<PainCount>,
}

/// Event counts and time exercised over some days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub offered: u32,
    /// Guided sessions started (accepted or asked for).
    pub taken: u32,
    pub completed: u32,
    pub snoozed: u32,
    pub skipped: u32,
    pub ignored: u32,
    pub natural_breaks: u32,
    /// Sessions ended with "Stop — it hurt" (never counted as skipped).
    #[serde(default)]
    pub pain_stops: u32,
    /// Exercise time done: each exercise's length (get-ready included) if
    /// `Done`, half of it if `Partial`, nothing if `Skipped`.
    pub exercise_ms: u64,
    /// Shoulder checks shown, and of those skipped with "Not now" (never
    /// sessions: no streak or daily routine reads them).
    #[serde(default)]
    pub shoulder_checks: u32,
    #[serde(default)]
    pub checks_skipped: u32,
}

impl Counts {
    /// Adds `other`, field by field.
    pub fn add(&mut self, other: &Counts) {
        self.offered += other.offered;
        self.taken += other.taken;
        self.completed += other.completed;
        self.snoozed += other.snoozed;
        self.skipped += other.skipped;
        self.ignored += other.ignored;
        self.natural_breaks += other.natural_breaks;
        self.pain_stops += other.pain_stops;
        self.exercise_ms += other.exercise_ms;
        self.shoulder_checks += other.shoulder_checks;
        self.checks_skipped += other.checks_skipped;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayStats {
    pub date: NaiveDate,
    pub working_day: bool,
    pub counts: Counts,
    pub daily_done: bool,
    /// The day's check-ins (`history::day_ratings`).
    #[serde(default)]
    pub ratings: DayRatings,
}

/// How often one exercise (by title) was done in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseTotal {
    pub title: String,
    pub done: u32,
    pub partial: u32,
}

/// Consecutive working days with the daily routine done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Streaks {
    /// Up to today; today counts once done, and does not break it before.
    pub current: u32,
    /// The longest ever (at least `current`).
    pub best: u32,
}

/// A day's check-ins: the first before-rating and the last after-rating
/// given that day, by any session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRatings {
    pub before: Option<u8>,
    pub after: Option<u8>,
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
    /// Shoulder checks shown in the week (its days' `Counts::shoulder_checks`).
    #[serde(default)]
    pub shoulder_checks: u32,
}

impl WeekStats {
    /// The week's before → after change, when both are known.
    pub fn change(&self) -> Option<f64> {
        Some(self.median_after? - self.median_before?)
    }
}

/// How often one exercise was stopped for pain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PainCount {
    /// The exercise's title (its id, when no routine has it any more).
    pub exercise: String,
    pub stops: u32,
}

/// A rating for people: "6", "5.5" (a comma in German).
pub fn rating(r: f64) -> String {
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        let tenths = format!("{r:.1}");
        let (whole, tenths) = tenths.split_once('.').unwrap_or((&tenths, "0"));
        crate::t!("stats-rating-decimal", whole = whole, tenths = tenths)
    }
}

/// The header of the weeks view: "This week: routine on 3 of 5 days", or
/// "routine on 2 days" in a week without working days, and the shoulder
/// checks when there were any ("· 12 shoulder checks").
pub fn this_week_line(week: &WeekStats) -> String {
    let (done, working, checks) = (week.routine_days, week.working_days, week.shoulder_checks);
    match (working, checks) {
        (0, 0) => crate::t!("stats-this-week-any", done = done),
        (0, _) => crate::t!("stats-this-week-any-checks", done = done, checks = checks),
        (_, 0) => crate::t!("stats-this-week", done = done, working = working),
        _ => crate::t!(
            "stats-this-week-checks",
            done = done,
            working = working,
            checks = checks
        ),
    }
}
