//! The exercise model: what a routine is made of, as the config file and the
//! built-ins describe it. Plain data; the compiler turns it into a timeline.
//! Serde only carries it to the window process (`ipc::session`), whole.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::t;

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
    /// The short safety line spoken before the first exercise; empty when
    /// there is no voice clip for it (user routines).
    #[serde(default)]
    pub spoken_safety: String,
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

/// Whether the exercise is done once, once per side (left first), or on
/// one side only (the built-in ball press, when the config names the knot's
/// side).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sides {
    None,
    Both,
    Left,
    Right,
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
    pub fn label(self) -> String {
        match self {
            Purpose::Stretch => t!("routine-purpose-stretch"),
            Purpose::Release => t!("routine-purpose-release"),
            Purpose::Strengthen => t!("routine-purpose-strengthen"),
            Purpose::Retrain => t!("routine-purpose-retrain"),
        }
    }
}

impl PhaseKind {
    /// The word shown in the window ("Hold").
    pub fn word(self) -> String {
        match self {
            PhaseKind::Hold => t!("say-step-hold"),
            PhaseKind::Press => t!("say-step-press"),
            PhaseKind::Raise => t!("say-step-raise"),
            PhaseKind::Lower => t!("say-step-lower"),
            PhaseKind::Release => t!("say-step-release"),
            PhaseKind::Rest => t!("say-step-rest"),
        }
    }

    /// `word()` in English, until ui/ asks for `Step::word`.
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
    /// What the built-ins say beyond the generic words; `None` for user
    /// routines, whose lines have no voice clips.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide: Option<Guide>,
}

/// The spoken script of a built-in exercise (docs/routines.md). Every line
/// here has a clip in sounds/voice (a test checks it).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Guide {
    /// At the exercise's start: its name and how to get into position.
    pub setup: String,
    /// When a side begins: how to set up that side (left, right).
    pub side_lines: [String; 2],
    /// The side's label on screen ("Ear to left shoulder"), left, right.
    pub side_labels: [String; 2],
    /// More set-up, said as each side is set up (in the get-ready, and
    /// again at the switch) after the side's line: how to find the spot,
    /// where the arms go, what to watch.
    pub prepare: Vec<String>,
    /// The one form cue that matters: once per side, or before each set.
    pub form: String,
    /// The form cue per side (left, right) where it names a side ("Let your
    /// right shoulder hang…"); empty: `form` on both.
    pub side_forms: [String; 2],
    /// At the first effort phase of a side, in place of its word ("Lean
    /// back into the ball…"); empty: the phase word.
    pub effort: String,
    /// Said after `effort` (and the form cue) at the first effort of each
    /// side: how much, and what to do if it goes wrong.
    pub work: Vec<String>,
    /// Said once per side halfway through a long effort phase (the press),
    /// so a minute is not spent in silence.
    pub midway: String,
    /// In place of "Breathe out slowly." on a side's first breath out.
    pub exhale: String,
    /// At the first easing phase of a side (lower, release); empty: the word.
    pub ease: String,
    /// The easing phase's word on every other rep ("Back to the wall.");
    /// empty: the phase's own word ("Lower down slowly.").
    pub ease_word: String,
    /// Said just before each counted hold begins ("Blades down.").
    pub before_hold: String,
    /// The get-ready lasts at least this long (seconds), for set-up that
    /// takes time to say and to do (fetching the towel, finding the spot).
    pub ready_s: u64,
    /// For each line of `Exercise::instructions`, in order: how it is heard
    /// with eyes closed (docs/routines.md, "Nothing only on screen").
    pub heard: Vec<Heard>,
}

/// How one instruction line shown in the window reaches someone following
/// with eyes closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Heard {
    /// Said by these lines, by the moment the line describes.
    Said { by: By, lines: Vec<Carrier> },
    /// Shown only, for this reason.
    VisualOnly(VisualOnly),
}

/// The moment an instruction line describes, by which its spoken lines
/// must have been heard (on each side).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum By {
    /// The set-up and form: said whole before the side's first hold or rep.
    Work,
    /// How to hold or press: said as the side's first effort begins (a
    /// breath-paced hold counts as one), starting within its first
    /// `speech::EARLY_MS`.
    Effort,
    /// How to let go: said as the side's first easing phase begins.
    Ease,
}

/// A spoken line that carries (part of) an instruction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Carrier {
    /// This text.
    Line(String),
    /// The side's own line (`Guide::side_lines`), whichever side is played.
    Side,
}

/// Why an instruction line is shown but not said (docs/routines.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VisualOnly {
    /// It repeats, in short, what spoken lines already said at another
    /// moment (a reminder to glance at, not a new instruction).
    Reminder,
    /// A number or detail to read once before starting (the screen keeps
    /// it; saying it on every run would crowd out the cues).
    Reference,
}

impl Guide {
    /// The form cue said on `side` (0 left, 1 right; `None`: no sides).
    pub fn form_for(&self, side: Option<usize>) -> &str {
        match side.and_then(|i| self.side_forms.get(i)) {
            Some(own) if !own.is_empty() => own,
            _ => &self.form,
        }
    }
}

/// The choices the config makes about the built-in daily routine
/// (`upper_trap` in config.json).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Where the knot is: the ball works that side only, or both sides.
    pub knot_side: KnotSide,
    /// `false`: a standing wall lift takes the place of the prone Y-raise.
    pub lie_face_down: bool,
    /// How much strength work the routine asks for. Not a config value: the
    /// engine derives it from the history (`engine::progression`).
    pub level: Level,
    /// After a pain stop at a higher level: no hold, press or stretch
    /// longer than that level's, until the next step up
    /// (`engine::progression::cap`).
    pub cap: Option<Level>,
}

/// How the config sets the daily routine's level: `upper_trap.progression`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Progression {
    /// The engine decides from the history (`engine::progression`).
    #[default]
    Auto,
    /// Always the first level.
    Off,
    /// Held at this level.
    Held(Level),
}

/// The daily routine's load, 1 to 3: the strengthen and retrain exercises
/// grow in small steps (docs/routines.md, "Levels").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const FIRST: Level = Level(1);
    pub const TOP: Level = Level(3);
    pub const ALL: [Level; 3] = [Level(1), Level(2), Level(3)];

    /// `None` outside 1..=3.
    pub fn new(n: u8) -> Option<Level> {
        (Self::FIRST.0..=Self::TOP.0)
            .contains(&n)
            .then_some(Level(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// One step up, or the top.
    pub fn up(self) -> Level {
        Level((self.0 + 1).min(Self::TOP.0))
    }

    /// One step down, or the first.
    pub fn down(self) -> Level {
        Level(self.0.saturating_sub(1).max(Self::FIRST.0))
    }
}

impl Default for Level {
    fn default() -> Level {
        Level::FIRST
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Level, String> {
        Level::new(n).ok_or_else(|| format!("a level from 1 to 3, found {n}"))
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            knot_side: KnotSide::Both,
            lie_face_down: true,
            level: Level::FIRST,
            cap: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnotSide {
    Left,
    Right,
    Both,
}

impl KnotSide {
    pub const ALL: [KnotSide; 3] = [KnotSide::Left, KnotSide::Right, KnotSide::Both];

    /// The config's word for it.
    pub fn name(self) -> &'static str {
        match self {
            KnotSide::Left => "left",
            KnotSide::Right => "right",
            KnotSide::Both => "both",
        }
    }
}

impl Options {
    /// Every combination of the choices, for tests that must cover them all.
    pub fn every() -> Vec<Options> {
        KnotSide::ALL
            .iter()
            .flat_map(|&knot_side| {
                [true, false].into_iter().flat_map(move |lie_face_down| {
                    Level::ALL.map(|level| Options {
                        knot_side,
                        lie_face_down,
                        level,
                        cap: None,
                    })
                })
            })
            .collect()
    }
}
