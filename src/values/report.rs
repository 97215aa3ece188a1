//! What a guided session reports: each exercise's outcome, the check-in
//! before it and where "Stop — it hurt" was pressed. The window process sends
//! it, the engine records it; its serde form is the window pipe's and the
//! history's.

use serde::{Deserialize, Serialize};

/// How a guided session ended, as its window reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionReport {
    pub outcomes: Vec<ExerciseOutcome>,
    /// The check-in before the routine, 0–10; `None`: not asked or skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tension_before: Option<u8>,
    /// Ended with "Stop — it hurt".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hurt: bool,
    /// Where "Stop — it hurt" was pressed: the exercise's id and its side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hurt_exercise: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hurt_side: Option<BodySide>,
}

impl From<Vec<ExerciseOutcome>> for SessionReport {
    fn from(outcomes: Vec<ExerciseOutcome>) -> SessionReport {
        SessionReport {
            outcomes,
            ..SessionReport::default()
        }
    }
}

/// What became of one exercise of a guided session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExerciseOutcome {
    Done,
    Skipped,
    Partial,
}

/// Which side hurt, when the exercise has sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodySide {
    Left,
    Right,
}
