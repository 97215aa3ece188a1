//! Pure: what each cue of a timeline sounds like: a tone, a breath's glide
//! made for the breath's length, or a spoken line. `platform::audio` plays
//! it; `routine show --json` names it.

use std::time::Duration;

use super::model::PhaseKind;
use super::speech;
use super::timeline::{Cue, CueKind, Step, Timeline};

/// A synthesized cue tone (sounds/*.flac, made by `cargo xtask assets`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// A two-note chime: an exercise begins.
    ExerciseStart,
    /// A high note: hold, press, raise.
    PhaseEffort,
    /// A lower note: lower, release, rest.
    PhaseEase,
    /// A short tick in the last seconds of a phase.
    Tick,
    /// A two-tone call: change sides.
    SwitchSides,
    /// A rising three-note: the routine is done.
    Done,
}

/// One thing to play for a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Clip {
    Tone(Tone),
    /// A spoken line (sounds/voice, our words spoken by espeak-ng).
    Voice(&'static str),
    /// A breath's glide, made for the breath's length: up for an inhale,
    /// down for an exhale, sounding the whole breath.
    Breath { inhale: bool, ms: u64 },
}

impl Tone {
    pub const ALL: &'static [Tone] = &[
        Tone::ExerciseStart,
        Tone::PhaseEffort,
        Tone::PhaseEase,
        Tone::Tick,
        Tone::SwitchSides,
        Tone::Done,
    ];

    /// The asset's file stem.
    pub fn name(self) -> &'static str {
        match self {
            Tone::ExerciseStart => "exercise-start",
            Tone::PhaseEffort => "phase-effort",
            Tone::PhaseEase => "phase-ease",
            Tone::Tick => "tick",
            Tone::SwitchSides => "switch-sides",
            Tone::Done => "done",
        }
    }
}

/// Words at the same moment as a tone start this long after it, so the
/// tone's onset is heard clean (the planner leaves this room everywhere
/// else: `speech::AFTER_TONE_MS`).
pub const VOICE_AFTER: Duration = Duration::from_millis(speech::AFTER_TONE_MS);
/// A 3-2-1 tick is left out when words start this soon after it: a count
/// said aloud replaces it.
const TICK_UNDER_WORDS_MS: u64 = 600;

/// What `cue` sounds like (only with `voice`, the spoken lines). Pure.
pub fn clips_for(cue: &Cue, timeline: &Timeline, voice: bool) -> Vec<Clip> {
    let clip = match cue.kind {
        CueKind::ExerciseStart { .. } => Clip::Tone(Tone::ExerciseStart),
        CueKind::PhaseStart { step } => match phase(step, cue.at_ms, timeline) {
            Some(clip) => clip,
            None => return vec![],
        },
        CueKind::Count { .. } => {
            let spoken = timeline
                .cues_between(cue.at_ms, cue.at_ms + TICK_UNDER_WORDS_MS)
                .iter()
                .any(|c| matches!(c.kind, CueKind::Say { .. }));
            if voice && spoken {
                return vec![];
            }
            Clip::Tone(Tone::Tick)
        }
        CueKind::SwitchSides => Clip::Tone(Tone::SwitchSides),
        // The next exercise's start (or the routine's end) follows at once.
        CueKind::ExerciseDone { .. } => return vec![],
        CueKind::RoutineDone => Clip::Tone(Tone::Done),
        CueKind::Say { text } if voice => Clip::Voice(text),
        CueKind::Say { .. } => return vec![],
    };
    vec![clip]
}

/// Whether words said at `at_ms` share their moment with a tone (the
/// routine's end), and so wait `VOICE_AFTER`.
pub fn shares_a_tone(at_ms: u64, timeline: &Timeline) -> bool {
    timeline
        .cues_between(at_ms, at_ms + 1)
        .iter()
        .any(|c| !clips_for(c, timeline, false).is_empty())
}

fn phase(step: Step, at_ms: u64, timeline: &Timeline) -> Option<Clip> {
    Some(match step {
        Step::Phase(PhaseKind::Hold | PhaseKind::Press | PhaseKind::Raise) => {
            Clip::Tone(Tone::PhaseEffort)
        }
        Step::Phase(PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest)
        | Step::RestBetweenSets => Clip::Tone(Tone::PhaseEase),
        Step::BreatheIn | Step::BreatheOut => Clip::Breath {
            inhale: step == Step::BreatheIn,
            ms: timeline.at(at_ms).map_or(0, |s| s.duration_ms),
        },
        // Announced by their own cues (ExerciseStart, SwitchSides).
        Step::GetReady | Step::SwitchSides => return None,
    })
}

impl Clip {
    /// What a listener hears, in words: the spoken text, or the tone's name.
    pub fn heard(self) -> String {
        match self {
            Clip::Tone(tone) => format!("tone: {}", tone.name()),
            Clip::Voice(text) => text.to_owned(),
            Clip::Breath { inhale: true, ms } => format!("tone: breath in, {ms} ms"),
            Clip::Breath { inhale: false, ms } => format!("tone: breath out, {ms} ms"),
        }
    }
}
