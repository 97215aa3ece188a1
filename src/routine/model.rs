//! The exercise model: what a routine is made of, as the config file and the
//! built-ins describe it. Plain data; the compiler turns it into a timeline.
//! Serde only carries it to the window process (`ipc::session`), whole.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Most instruction lines an exercise may have: they are spoken with eyes closed.
pub const MAX_INSTRUCTIONS: usize = 4;
/// Longest instruction line, in characters, for the same reason.
pub const MAX_INSTRUCTION_CHARS: usize = 120;

/// An ordered list of exercises done in one guided session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    /// Stable id used by breaks and the CLI (`upper-trap`, `desk-reset`).
    pub id: String,
    /// Human title ("Upper-trap daily routine").
    pub title: String,
    /// One line shown before the routine starts: how hard to press, when to stop.
    pub safety: String,
    pub exercises: Vec<Exercise>,
}

/// Why an exercise is in the routine; the article's order is
/// stretch → release → strengthen → retrain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Purpose {
    Stretch,
    Release,
    Strengthen,
    Retrain,
}

/// Where the body is during the exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Position {
    Chair,
    Standing,
    Wall,
    Floor,
}

/// What the user needs at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Equipment {
    None,
    Ball,
}

/// Whether the exercise is done once, or once per side (left first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sides {
    None,
    Both,
}

/// The word the window shows (and the audio cues) for one part of a rep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseKind {
    Hold,
    Press,
    Raise,
    Lower,
    Release,
    Rest,
}

impl Purpose {
    /// Lower-case word for lists and the CLI ("stretch").
    pub fn label(self) -> &'static str {
        match self {
            Purpose::Stretch => "stretch",
            Purpose::Release => "release",
            Purpose::Strengthen => "strengthen",
            Purpose::Retrain => "retrain",
        }
    }
}

impl PhaseKind {
    /// The word shown in the window and spoken ("Hold").
    pub fn label(self) -> &'static str {
        match self {
            PhaseKind::Hold => "Hold",
            PhaseKind::Press => "Press",
            PhaseKind::Raise => "Raise",
            PhaseKind::Lower => "Lower",
            PhaseKind::Release => "Release",
            PhaseKind::Rest => "Rest",
        }
    }
}

/// One step of a rep: its kind and how long it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub kind: PhaseKind,
    pub duration: Duration,
}

/// Paced breathing laid over the exercise's phases: inhale, then a longer
/// exhale, repeated for as long as the phases last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breath {
    pub inhale: Duration,
    pub exhale: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// Short lines, shown in the window and spoken; the first is the main cue.
    pub instructions: Vec<String>,
    pub purpose: Purpose,
    pub position: Position,
    pub equipment: Equipment,
    pub sides: Sides,
    pub sets: u32,
    pub reps: u32,
    /// The phase pattern of one rep, in order.
    pub phases: Vec<Phase>,
    pub breath: Option<Breath>,
    /// Rest after each set except the last (per side).
    pub rest_between_sets: Duration,
    /// Rest (the "Switch sides" moment) between the left and right side.
    pub rest_between_sides: Duration,
}
