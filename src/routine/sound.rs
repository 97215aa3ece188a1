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
pub enum CueSound {
    Tone(Tone),
    /// A spoken line (sounds/voice, our words spoken by espeak-ng).
    Voice(&'static str),
    /// A breath's glide, made for the breath's length: up for an inhale,
    /// down for an exhale, sounding the whole breath.
    Breath {
        inhale: bool,
        ms: u64,
    },
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
pub fn clips_for(cue: &Cue, timeline: &Timeline, voice: bool) -> Vec<CueSound> {
    let clip = match cue.kind {
        CueKind::ExerciseStart { .. } => CueSound::Tone(Tone::ExerciseStart),
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
            CueSound::Tone(Tone::Tick)
        }
        CueKind::SwitchSides => CueSound::Tone(Tone::SwitchSides),
        // The next exercise's start (or the routine's end) follows at once.
        CueKind::ExerciseDone { .. } => return vec![],
        CueKind::RoutineDone => CueSound::Tone(Tone::Done),
        CueKind::Say { text } if voice => CueSound::Voice(text),
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

fn phase(step: Step, at_ms: u64, timeline: &Timeline) -> Option<CueSound> {
    Some(match step {
        Step::Phase(PhaseKind::Hold | PhaseKind::Press | PhaseKind::Raise) => {
            CueSound::Tone(Tone::PhaseEffort)
        }
        Step::Phase(PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest)
        | Step::RestBetweenSets => CueSound::Tone(Tone::PhaseEase),
        Step::BreatheIn | Step::BreatheOut => CueSound::Breath {
            inhale: step == Step::BreatheIn,
            ms: timeline.at(at_ms).map_or(0, |s| s.duration_ms),
        },
        // Announced by their own cues (ExerciseStart, SwitchSides).
        Step::GetReady | Step::SwitchSides => return None,
    })
}

impl CueSound {
    /// What a listener hears, in words: the spoken text, or the tone's name.
    pub fn heard(self) -> String {
        match self {
            CueSound::Tone(tone) => format!("tone: {}", tone.name()),
            CueSound::Voice(text) => text.to_owned(),
            CueSound::Breath { inhale: true, ms } => format!("tone: breath in, {ms} ms"),
            CueSound::Breath { inhale: false, ms } => format!("tone: breath out, {ms} ms"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::routine::model::{
        Breath, Equipment, Exercise, Phase, Position, Purpose, Routine, Sides,
    };
    use crate::routine::timeline::compile;

    fn exercise(
        id: &str,
        sides: Sides,
        phases: &[(PhaseKind, u64)],
        breath: Option<(u64, u64)>,
    ) -> Exercise {
        Exercise {
            id: id.into(),
            title: id.into(),
            instructions: vec!["Do it.".into()],
            purpose: Purpose::Stretch,
            position: Position::Standing,
            equipment: Equipment::None,
            sides,
            sets: 1,
            reps: 1,
            phases: phases
                .iter()
                .map(|&(kind, s)| Phase {
                    kind,
                    duration: Duration::from_secs(s),
                })
                .collect(),
            breath: breath.map(|(i, e)| Breath {
                inhale: Duration::from_secs(i),
                exhale: Duration::from_secs(e),
            }),
            rest_between_sets: Duration::ZERO,
            rest_between_sides: Duration::from_secs(5),
            guide: None,
        }
    }

    fn routine() -> Timeline {
        compile(&Routine {
            id: "t".into(),
            title: "t".into(),
            safety: String::new(),
            spoken_safety: String::new(),
            exercises: vec![
                exercise(
                    "stretch",
                    Sides::Both,
                    &[(PhaseKind::Hold, 20), (PhaseKind::Release, 3)],
                    Some((4, 6)),
                ),
                exercise(
                    "raise",
                    Sides::None,
                    &[(PhaseKind::Raise, 2), (PhaseKind::Lower, 3)],
                    None,
                ),
            ],
        })
    }

    fn cue(t: &Timeline, kind: CueKind) -> Cue {
        *t.cues
            .iter()
            .find(|c| c.kind == kind)
            .expect("the routine has this cue")
    }

    use CueSound::{Tone as T, Voice as V};

    #[test]
    fn phases_have_their_own_note_and_breaths_a_glide_of_their_length() {
        let t = routine();
        let raise = cue(
            &t,
            CueKind::PhaseStart {
                step: Step::Phase(PhaseKind::Raise),
            },
        );
        assert_eq!(clips_for(&raise, &t, true), [T(Tone::PhaseEffort)]);
        let lower = cue(
            &t,
            CueKind::PhaseStart {
                step: Step::Phase(PhaseKind::Lower),
            },
        );
        assert_eq!(clips_for(&lower, &t, true), [T(Tone::PhaseEase)]);
        let breath_in = cue(
            &t,
            CueKind::PhaseStart {
                step: Step::BreatheIn,
            },
        );
        assert_eq!(
            clips_for(&breath_in, &t, true),
            [CueSound::Breath {
                inhale: true,
                ms: 4_000
            }]
        );
        let first = cue(&t, CueKind::ExerciseStart { exercise: 0 });
        assert_eq!(clips_for(&first, &t, true), [T(Tone::ExerciseStart)]);
    }

    #[test]
    fn words_are_said_only_with_voice_and_the_end_waits_for_its_chime() {
        let t = routine();
        let says: Vec<&Cue> = t
            .cues
            .iter()
            .filter(|c| matches!(c.kind, CueKind::Say { .. }))
            .collect();
        assert!(!says.is_empty());
        for c in &says {
            let CueKind::Say { text } = c.kind else {
                unreachable!()
            };
            assert_eq!(clips_for(c, &t, true), [V(text)]);
            assert!(clips_for(c, &t, false).is_empty());
        }
        // A user routine still hears the generic words: sides, breaths.
        let texts: Vec<&str> = says
            .iter()
            .filter_map(|c| match c.kind {
                CueKind::Say { text } => Some(text),
                _ => None,
            })
            .collect();
        for want in [
            "Get ready.",
            "Left side.",
            "Breathe in slowly.",
            &speech::switch_sides(),
            &speech::done(),
        ] {
            assert!(texts.contains(&want), "{want} not in {texts:?}");
        }
        let well_done = says.last().expect("a last line");
        assert_eq!(well_done.at_ms, t.total_ms);
        assert!(shares_a_tone(well_done.at_ms, &t));
        assert!(!shares_a_tone(says[0].at_ms, &t));
    }

    #[test]
    fn a_count_said_aloud_replaces_its_tick() {
        let mut r =
            crate::routine::builtin::find(crate::routine::builtin::DESK_RESET).expect("a built-in");
        r.exercises.retain(|e| e.breath.is_none());
        let t = compile(&r);
        let hold = t
            .segments
            .iter()
            .find(|s| s.step == Step::Phase(PhaseKind::Hold))
            .expect("a hold");
        let ticks: Vec<&Cue> = t
            .cues
            .iter()
            .filter(|c| matches!(c.kind, CueKind::Count { .. }))
            .filter(|c| c.at_ms > hold.start_ms && c.at_ms < hold.end_ms())
            .collect();
        assert_eq!(ticks.len(), 3);
        for c in ticks {
            assert!(clips_for(c, &t, true).is_empty(), "{c:?}");
            assert_eq!(clips_for(c, &t, false), [T(Tone::Tick)]);
        }
    }

    #[test]
    fn every_cue_of_the_builtin_routines_sounds_or_is_covered_by_the_next() {
        for routine in crate::routine::builtin::all() {
            let t = compile(&routine);
            for c in &t.cues {
                let sounds = !clips_for(c, &t, true).is_empty();
                let covered = match c.kind {
                    CueKind::ExerciseDone { .. } => true,
                    // A tick under a count said aloud.
                    CueKind::Count { .. } => !clips_for(c, &t, false).is_empty(),
                    _ => false,
                };
                assert!(sounds || covered, "{}: {c:?} is silent", routine.id);
            }
        }
    }
}
