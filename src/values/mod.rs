//! The plain values the layers hand each other: the time the engine is told,
//! what a guided session reports, the stats the window and `unknot stats`
//! show, and the home window's state and buttons. The bottom of the module graph: it imports nothing of the crate, so
//! the pure core, the views and the shells may all take these values.

mod home;
mod now;
mod report;
mod stats;

pub use home::{Home, HomeAction, HomeBreak, HomeMode};
pub use now::Now;
pub use report::{BodySide, ExerciseOutcome, SessionReport};
pub use stats::{
    rating, this_week_line, Counts, DayRatings, DayStats, ExerciseTotal, PainCount, Stats, Streaks,
    WeekStats,
};
