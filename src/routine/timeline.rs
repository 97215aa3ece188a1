//! Pure: compiles a `Routine` into a flat `Timeline` of segments and cues, in
//! milliseconds from the routine's start, for the guided window and the audio.
//!
//! Rules (also in docs/routines.md):
//! - Each exercise opens with a `GetReady` segment in which its set-up is
//!   shown and spoken: `MOVE_GET_READY_MS` when the body changes position
//!   (chair → wall → floor), else `GET_READY_MS`, or longer if the
//!   exercise's guide asks (`Guide::ready_s`); the first gets `SAFETY_MS`
//!   more when the routine speaks its safety line first. Then it runs side by side (left
//!   first), set by set, rep by rep, phase by phase.
//! - A `Hold` phase of an exercise with `breath` is split into alternating
//!   `BreatheIn` / `BreatheOut` segments, always starting with an inhale; the
//!   last one is cut short where the hold ends. Other phases keep one segment.
//! - `RestBetweenSets` comes after every set but the last, on each side;
//!   `SwitchSides` comes once, between the left and the right side.
//! - Zero-length pieces get no segment, so segments are contiguous, never
//!   empty, and `at` is a plain binary search.
//! - Steady phases (hold, press, rests, get ready, switch sides) of at least
//!   `COUNT_MIN_MS` get count ticks 3, 2, 1 in their last three seconds; for a
//!   breath-split hold they count down the hold, not each breath.
//! - What is spoken is planned last, from the segments (`speech::plan`), and
//!   merged in as `Say` cues.

use std::time::Duration;

use serde::{Serialize, Serializer};

use super::model::{Breath, Exercise, PhaseKind, Routine, Sides};
use crate::t;
use crate::values::BodySide;

/// Time before an exercise done where the last one was, to hear its set-up.
pub const GET_READY_MS: u64 = 10_000;
/// Added to the first exercise's get-ready when the routine speaks its
/// safety line (the stop signs, two sentences) before the set-up.
pub const SAFETY_MS: u64 = 12_000;
/// Before the first exercise of a routine with a spoken safety line: that
/// line, then the set-up (unless the exercise asks for longer).
pub const FIRST_GET_READY_MS: u64 = GET_READY_MS + SAFETY_MS;
/// Before an exercise in another position: time to hear it and move (from
/// the wall down to the floor, from the floor up to the chair).
pub const MOVE_GET_READY_MS: u64 = 20_000;

/// How long exercise `index` of `routine` gets to get ready: the time to
/// move if the position changes, at least what the exercise's guide asks
/// for (`Guide::ready_s`), and the safety line's time before the first.
pub fn get_ready_ms(routine: &Routine, index: usize) -> u64 {
    let this = routine.exercises.get(index);
    let before = index.checked_sub(1).and_then(|i| routine.exercises.get(i));
    let base = match before {
        Some(b) if Some(b.position) != this.map(|e| e.position) => MOVE_GET_READY_MS,
        _ => GET_READY_MS,
    };
    let own = this
        .and_then(|e| e.guide.as_ref())
        .map_or(0, |g| g.ready_s.saturating_mul(1000));
    // Without a spoken safety line (user routines, a later desk reset of
    // the day) there is less to hear.
    let safety = if index == 0 && !routine.spoken_safety.is_empty() {
        SAFETY_MS
    } else {
        0
    };
    base.max(own) + safety
}
/// Steady phases at least this long get a 3-2-1 count at their end.
pub const COUNT_MIN_MS: u64 = 4_000;
/// The count starts this many seconds before the end of a phase.
pub const COUNT_FROM: u32 = 3;

/// A routine laid out in time: what to play at every millisecond.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub routine_id: String,
    pub title: String,
    /// Sum of all segment durations: the routine's length.
    pub total_ms: u64,
    /// Where each exercise lies in time, in routine order.
    pub exercises: Vec<ExerciseSpan>,
    /// Contiguous and non-empty: the first starts at 0, each starts where the
    /// previous ended, the last ends at `total_ms`.
    pub segments: Vec<Segment>,
    /// Sorted by `at_ms`, all within `0..=total_ms`.
    pub cues: Vec<Cue>,
}

/// One exercise's place in the timeline (get-ready included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseSpan {
    pub id: String,
    pub title: String,
    pub start_ms: u64,
    pub duration_ms: u64,
}

/// A stretch of time with one thing to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// Index into the routine's exercises.
    pub exercise: usize,
    /// 1-based set; for `RestBetweenSets` the set just finished; `None` for
    /// `GetReady` and `SwitchSides`.
    pub set: Option<u32>,
    /// 1-based rep; `None` outside a rep (get ready, rests between sets,
    /// switching sides).
    pub rep: Option<u32>,
    /// The side being worked; `Side::None` for one-sided exercises and for
    /// `GetReady` and `SwitchSides`, which belong to no side.
    pub side: Side,
    pub step: Step,
    pub start_ms: u64,
    pub duration_ms: u64,
}

impl Segment {
    pub fn end_ms(&self) -> u64 {
        self.start_ms.saturating_add(self.duration_ms)
    }
}

/// Which side a segment works. Sided exercises do the left side first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    None,
    Left,
    Right,
}

impl Side {
    /// The side of the body this works; `None` for one-sided work.
    pub fn body_side(self) -> Option<BodySide> {
        match self {
            Side::Left => Some(BodySide::Left),
            Side::Right => Some(BodySide::Right),
            Side::None => None,
        }
    }
}

/// What a segment is: a phase of a rep, a breath within a hold, or a pause
/// around the reps. Serialized as one snake_case word ("hold", "breathe_in").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// A phase of a rep, as declared (a `Hold` with breath becomes breaths).
    Phase(PhaseKind),
    /// Inhale, within a `Hold` of an exercise with breath pacing.
    BreatheIn,
    /// Exhale, within a `Hold` of an exercise with breath pacing.
    BreatheOut,
    /// Before an exercise: its instructions, time to get in position.
    GetReady,
    /// Between the left and the right side.
    SwitchSides,
    /// After a set, before the next one.
    RestBetweenSets,
}

impl Step {
    /// The stable name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Step::Phase(PhaseKind::Hold) => "hold",
            Step::Phase(PhaseKind::Press) => "press",
            Step::Phase(PhaseKind::Raise) => "raise",
            Step::Phase(PhaseKind::Lower) => "lower",
            Step::Phase(PhaseKind::Release) => "release",
            Step::Phase(PhaseKind::Rest) => "rest",
            Step::BreatheIn => "breathe_in",
            Step::BreatheOut => "breathe_out",
            Step::GetReady => "get_ready",
            Step::SwitchSides => "switch_sides",
            Step::RestBetweenSets => "rest_between_sets",
        }
    }

    /// The words shown in the window ("Breathe out").
    pub fn word(self) -> String {
        match self {
            Step::Phase(kind) => kind.word(),
            Step::BreatheIn => t!("say-step-breathe-in"),
            Step::BreatheOut => t!("say-step-breathe-out"),
            Step::GetReady => t!("say-step-get-ready"),
            Step::SwitchSides => t!("say-step-switch-sides"),
            Step::RestBetweenSets => t!("say-step-rest"),
        }
    }
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Something to announce (sound, voice, window) at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cue {
    pub at_ms: u64,
    #[serde(flatten)]
    pub kind: CueKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CueKind {
    /// An exercise begins (with its get-ready segment): say its instructions.
    ExerciseStart {
        exercise: usize,
    },
    /// A segment other than get-ready and switch-sides begins.
    PhaseStart {
        step: Step,
    },
    /// One of the last seconds of a steady phase: `n` is 3, 2, then 1.
    Count {
        n: u32,
    },
    /// Time to change from the left to the right side.
    SwitchSides,
    ExerciseDone {
        exercise: usize,
    },
    /// At `total_ms`, always the last cue.
    RoutineDone,
    /// Words to speak, starting at this moment (`speech::plan` placed them
    /// so they end before the next words start). Always one of the texts
    /// with a voice clip.
    Say {
        text: &'static str,
    },
}

impl Timeline {
    /// The segment playing at `ms`, or `None` at or past the end. O(log n).
    pub fn at(&self, ms: u64) -> Option<&Segment> {
        let after = self.segments.partition_point(|s| s.start_ms <= ms);
        let segment = self.segments.get(after.checked_sub(1)?)?;
        (ms < segment.end_ms()).then_some(segment)
    }

    /// The cues with `from_ms <= at_ms < to_ms`, in order: what a player that
    /// advanced from `from_ms` to `to_ms` has to announce. O(log n).
    pub fn cues_between(&self, from_ms: u64, to_ms: u64) -> &[Cue] {
        let start = self.cues.partition_point(|c| c.at_ms < from_ms);
        let end = self.cues.partition_point(|c| c.at_ms < to_ms).max(start);
        &self.cues[start..end]
    }
}

/// Lays a routine out in time. Total: any routine compiles; zero sets, reps or
/// durations just produce fewer segments.
pub fn compile(routine: &Routine) -> Timeline {
    let mut b = Builder::default();
    let mut exercises = Vec::with_capacity(routine.exercises.len());
    for (index, exercise) in routine.exercises.iter().enumerate() {
        let start_ms = b.now;
        b.exercise(index, exercise, get_ready_ms(routine, index));
        exercises.push(ExerciseSpan {
            id: exercise.id.clone(),
            title: exercise.title.clone(),
            start_ms,
            duration_ms: b.now - start_ms,
        });
    }
    for (at_ms, text) in super::speech::plan(routine, &b.segments) {
        b.cue(at_ms, CueKind::Say { text });
    }
    b.cue(b.now, CueKind::RoutineDone);
    // Stable: cues at the same moment keep the order they were made in
    // (an exercise is done before the next one starts).
    b.cues.sort_by_key(|c| c.at_ms);
    Timeline {
        routine_id: routine.id.clone(),
        title: routine.title.clone(),
        total_ms: b.now,
        exercises,
        segments: b.segments,
        cues: b.cues,
    }
}

/// Whole milliseconds; absurd lengths saturate rather than wrap.
fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Where in the routine a segment belongs.
#[derive(Clone, Copy)]
struct Spot {
    exercise: usize,
    set: Option<u32>,
    rep: Option<u32>,
    side: Side,
}

#[derive(Default)]
struct Builder {
    now: u64,
    segments: Vec<Segment>,
    cues: Vec<Cue>,
}

impl Builder {
    fn cue(&mut self, at_ms: u64, kind: CueKind) {
        self.cues.push(Cue { at_ms, kind });
    }

    fn exercise(&mut self, index: usize, exercise: &Exercise, get_ready_ms: u64) {
        let outside = Spot {
            exercise: index,
            set: None,
            rep: None,
            side: Side::None,
        };
        self.cue(self.now, CueKind::ExerciseStart { exercise: index });
        self.steady(outside, Step::GetReady, get_ready_ms);
        for (n, &side) in exercise.sides.list().iter().enumerate() {
            if n > 0 {
                // Announced even with no pause: the user must still switch.
                self.cue(self.now, CueKind::SwitchSides);
                self.steady(
                    outside,
                    Step::SwitchSides,
                    millis(exercise.rest_between_sides),
                );
            }
            self.side(index, exercise, side);
        }
        self.cue(self.now, CueKind::ExerciseDone { exercise: index });
    }

    fn side(&mut self, index: usize, exercise: &Exercise, side: Side) {
        for set in 1..=exercise.sets {
            if set > 1 {
                let place = Spot {
                    exercise: index,
                    set: Some(set - 1),
                    rep: None,
                    side,
                };
                self.steady(
                    place,
                    Step::RestBetweenSets,
                    millis(exercise.rest_between_sets),
                );
            }
            for rep in 1..=exercise.reps {
                let place = Spot {
                    exercise: index,
                    set: Some(set),
                    rep: Some(rep),
                    side,
                };
                for phase in &exercise.phases {
                    let ms = millis(phase.duration);
                    match (phase.kind, exercise.breath) {
                        (PhaseKind::Hold, Some(breath)) => self.breathing_hold(place, ms, breath),
                        (PhaseKind::Hold | PhaseKind::Press | PhaseKind::Rest, _) => {
                            self.steady(place, Step::Phase(phase.kind), ms)
                        }
                        (PhaseKind::Raise | PhaseKind::Lower | PhaseKind::Release, _) => {
                            self.segment(place, Step::Phase(phase.kind), ms)
                        }
                    }
                }
            }
        }
    }

    /// A hold paced by breathing: in, out, in, … until the hold ends.
    fn breathing_hold(&mut self, place: Spot, ms: u64, breath: Breath) {
        let start = self.now;
        let end = start.saturating_add(ms);
        let (inhale, exhale) = (millis(breath.inhale), millis(breath.exhale));
        if inhale == 0 && exhale == 0 {
            // No pace to follow: an ordinary hold.
            self.steady(place, Step::Phase(PhaseKind::Hold), ms);
            return;
        }
        let mut breathing_in = true;
        while self.now < end {
            let (step, pace) = if breathing_in {
                (Step::BreatheIn, inhale)
            } else {
                (Step::BreatheOut, exhale)
            };
            self.segment(place, step, pace.min(end - self.now));
            breathing_in = !breathing_in;
        }
        self.count(start, ms);
    }

    /// A segment that gets a 3-2-1 count at its end if it is long enough.
    fn steady(&mut self, place: Spot, step: Step, ms: u64) {
        let start = self.now;
        self.segment(place, step, ms);
        self.count(start, ms);
    }

    fn count(&mut self, start: u64, ms: u64) {
        if ms < COUNT_MIN_MS {
            return;
        }
        let end = start.saturating_add(ms);
        for n in (1..=COUNT_FROM).rev() {
            self.cue(end - u64::from(n) * 1000, CueKind::Count { n });
        }
    }

    fn segment(&mut self, place: Spot, step: Step, ms: u64) {
        if ms == 0 {
            return;
        }
        if !matches!(step, Step::GetReady | Step::SwitchSides) {
            self.cue(self.now, CueKind::PhaseStart { step });
        }
        self.segments.push(Segment {
            exercise: place.exercise,
            set: place.set,
            rep: place.rep,
            side: place.side,
            step,
            start_ms: self.now,
            duration_ms: ms,
        });
        self.now = self.now.saturating_add(ms);
    }
}

impl Sides {
    /// The sides worked, in order.
    pub fn list(self) -> &'static [Side] {
        match self {
            Sides::None => &[Side::None],
            Sides::Both => &[Side::Left, Side::Right],
            Sides::Left => &[Side::Left],
            Sides::Right => &[Side::Right],
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;
    use crate::routine::model::{Equipment, Phase, Position, Purpose};

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    fn exercise(sides: Sides, sets: u32, reps: u32, phases: &[(PhaseKind, u64)]) -> Exercise {
        Exercise {
            id: "e".into(),
            title: "E".into(),
            instructions: vec!["Do it.".into()],
            purpose: Purpose::Retrain,
            position: Position::Chair,
            equipment: Equipment::None,
            sides,
            sets,
            reps,
            phases: phases
                .iter()
                .map(|&(kind, s)| Phase {
                    kind,
                    duration: secs(s),
                })
                .collect(),
            breath: None,
            rest_between_sets: secs(20),
            rest_between_sides: secs(5),
            guide: None,
        }
    }

    /// The timeline's tones and marks, without the words (speech.rs tests those).
    fn without_speech(mut t: Timeline) -> Timeline {
        t.cues.retain(|c| !matches!(c.kind, CueKind::Say { .. }));
        t
    }

    fn routine(exercises: Vec<Exercise>) -> Routine {
        Routine {
            id: "r".into(),
            title: "R".into(),
            safety: "Gently.".into(),
            spoken_safety: String::new(),
            exercises,
        }
    }

    fn steps(t: &Timeline) -> Vec<(Step, Side, u64)> {
        t.segments
            .iter()
            .map(|s| (s.step, s.side, s.duration_ms / 1000))
            .collect()
    }

    #[test]
    fn lays_out_sides_sets_and_rests_in_order() {
        use PhaseKind::*;
        let t = compile(&routine(vec![exercise(
            Sides::Both,
            2,
            1,
            &[(Raise, 2), (Hold, 5)],
        )]));
        let (l, r) = (Side::Left, Side::Right);
        assert_eq!(
            steps(&t),
            [
                (Step::GetReady, Side::None, 10),
                (Step::Phase(Raise), l, 2),
                (Step::Phase(Hold), l, 5),
                (Step::RestBetweenSets, l, 20),
                (Step::Phase(Raise), l, 2),
                (Step::Phase(Hold), l, 5),
                (Step::SwitchSides, Side::None, 5),
                (Step::Phase(Raise), r, 2),
                (Step::Phase(Hold), r, 5),
                (Step::RestBetweenSets, r, 20),
                (Step::Phase(Raise), r, 2),
                (Step::Phase(Hold), r, 5),
            ]
        );
        assert_eq!(t.total_ms, 83_000);
        assert_eq!(t.segments[3].set, Some(1), "a set rest names the set done");
        assert_eq!(t.segments[3].rep, None);
        assert_eq!(t.segments[4].set, Some(2));
    }

    #[test]
    fn breath_splits_holds_and_cuts_the_last_breath_short() {
        use PhaseKind::*;
        let mut e = exercise(Sides::None, 1, 1, &[(Hold, 12), (Release, 3)]);
        e.breath = Some(Breath {
            inhale: secs(3),
            exhale: secs(5),
        });
        let t = compile(&routine(vec![e]));
        assert_eq!(
            steps(&t),
            [
                (Step::GetReady, Side::None, 10),
                (Step::BreatheIn, Side::None, 3),
                (Step::BreatheOut, Side::None, 5),
                (Step::BreatheIn, Side::None, 3),
                (Step::BreatheOut, Side::None, 1),
                (Step::Phase(Release), Side::None, 3),
            ]
        );
        // The count runs down the whole hold, across breaths.
        let counts: Vec<(u64, u32)> = t
            .cues
            .iter()
            .filter_map(|c| match c.kind {
                CueKind::Count { n } => Some((c.at_ms, n)),
                _ => None,
            })
            .collect();
        assert_eq!(
            counts,
            [
                (7_000, 3),
                (8_000, 2),
                (9_000, 1),
                (19_000, 3),
                (20_000, 2),
                (21_000, 1)
            ]
        );
    }

    #[test]
    fn cues_announce_exercises_phases_sides_and_the_end() {
        use PhaseKind::*;
        let t = compile(&routine(vec![
            exercise(Sides::Both, 1, 1, &[(Press, 3)]),
            exercise(Sides::None, 1, 1, &[(Lower, 2)]),
        ]));
        let t = without_speech(t);
        let kinds: Vec<(u64, CueKind)> = t.cues.iter().map(|c| (c.at_ms, c.kind)).collect();
        assert_eq!(
            kinds,
            [
                (0, CueKind::ExerciseStart { exercise: 0 }),
                (7_000, CueKind::Count { n: 3 }),
                (8_000, CueKind::Count { n: 2 }),
                (9_000, CueKind::Count { n: 1 }),
                (
                    10_000,
                    CueKind::PhaseStart {
                        step: Step::Phase(Press)
                    }
                ),
                (13_000, CueKind::SwitchSides),
                (15_000, CueKind::Count { n: 3 }),
                (16_000, CueKind::Count { n: 2 }),
                (17_000, CueKind::Count { n: 1 }),
                (
                    18_000,
                    CueKind::PhaseStart {
                        step: Step::Phase(Press)
                    }
                ),
                (21_000, CueKind::ExerciseDone { exercise: 0 }),
                (21_000, CueKind::ExerciseStart { exercise: 1 }),
                (28_000, CueKind::Count { n: 3 }),
                (29_000, CueKind::Count { n: 2 }),
                (30_000, CueKind::Count { n: 1 }),
                (
                    31_000,
                    CueKind::PhaseStart {
                        step: Step::Phase(Lower)
                    }
                ),
                (33_000, CueKind::ExerciseDone { exercise: 1 }),
                (33_000, CueKind::RoutineDone),
            ]
        );
        assert_eq!(t.exercises[1].start_ms, 21_000);
        assert_eq!(t.exercises[1].duration_ms, 12_000);
    }

    #[test]
    fn at_finds_the_segment_playing() {
        let t = compile(&routine(vec![exercise(
            Sides::None,
            1,
            2,
            &[(PhaseKind::Hold, 4), (PhaseKind::Rest, 1)],
        )]));
        assert_eq!(t.at(0).map(|s| s.step), Some(Step::GetReady));
        assert_eq!(t.at(9_999).map(|s| s.step), Some(Step::GetReady));
        let hold = t.at(10_000).map(|s| (s.step, s.rep));
        assert_eq!(hold, Some((Step::Phase(PhaseKind::Hold), Some(1))));
        let rest = t.at(19_500).map(|s| (s.step, s.rep));
        assert_eq!(rest, Some((Step::Phase(PhaseKind::Rest), Some(2))));
        assert_eq!(t.at(t.total_ms), None);
        assert_eq!(t.at(u64::MAX), None);
    }

    #[test]
    fn cues_between_is_half_open() {
        let t = without_speech(compile(&routine(vec![exercise(
            Sides::None,
            1,
            1,
            &[(PhaseKind::Hold, 4)],
        )])));
        let at =
            |from, to| -> Vec<u64> { t.cues_between(from, to).iter().map(|c| c.at_ms).collect() };
        assert_eq!(at(0, 1), [0]);
        assert_eq!(at(1, 7_000), Vec::<u64>::new());
        assert_eq!(at(7_000, 9_001), [7_000, 8_000, 9_000]);
        assert_eq!(at(14_000, u64::MAX), [14_000, 14_000]);
        assert_eq!(at(5, 2), Vec::<u64>::new());
    }

    #[test]
    fn empty_pieces_leave_no_segments() {
        let mut e = exercise(Sides::Both, 2, 0, &[(PhaseKind::Hold, 3)]);
        e.rest_between_sets = Duration::ZERO;
        e.rest_between_sides = Duration::ZERO;
        let t = compile(&routine(vec![e]));
        assert_eq!(steps(&t), [(Step::GetReady, Side::None, 10)]);
        assert!(t.cues.iter().any(|c| c.kind == CueKind::SwitchSides));
        let empty = compile(&routine(vec![]));
        assert_eq!((empty.total_ms, empty.segments.len()), (0, 0));
        assert_eq!(
            empty.cues,
            [Cue {
                at_ms: 0,
                kind: CueKind::RoutineDone
            }]
        );
    }

    #[test]
    fn json_uses_plain_words() {
        let mut e = exercise(Sides::Both, 1, 1, &[(PhaseKind::Hold, 4)]);
        e.breath = Some(Breath {
            inhale: secs(1),
            exhale: secs(3),
        });
        let t = without_speech(compile(&routine(vec![e])));
        let v = serde_json::to_value(&t).expect("a timeline is plain data");
        assert_eq!(v["routine_id"], "r");
        assert_eq!(v["total_ms"], 23_000);
        assert_eq!(v["segments"][0]["step"], "get_ready");
        assert_eq!(v["segments"][0]["set"], serde_json::Value::Null);
        assert_eq!(v["segments"][1]["step"], "breathe_in");
        assert_eq!(v["segments"][1]["side"], "left");
        assert_eq!(v["cues"][0]["kind"], "exercise_start");
        assert_eq!(v["cues"][0]["exercise"], 0);
        assert_eq!(v["cues"][1]["kind"], "count");
        assert_eq!(v["cues"][1]["n"], 3);
    }

    // ---- properties over random valid routines ----

    const KINDS: [PhaseKind; 6] = [
        PhaseKind::Hold,
        PhaseKind::Press,
        PhaseKind::Raise,
        PhaseKind::Lower,
        PhaseKind::Release,
        PhaseKind::Rest,
    ];

    fn arb_exercise() -> impl Strategy<Value = Exercise> {
        (
            any::<bool>(),
            1u32..=3,
            1u32..=4,
            prop::collection::vec((0usize..KINDS.len(), 1u64..=12_000), 1..=4),
            prop::option::of((500u64..=4_000, 1u64..=4_000)),
            0u64..=20_000,
            0u64..=15_000,
        )
            .prop_map(|(both, sets, reps, phases, breath, set_rest, side_rest)| {
                let mut previous = None;
                let phases = phases
                    .into_iter()
                    .map(|(k, ms)| {
                        // Two holds in a row would read as one long hold.
                        let kind = match (KINDS[k], previous) {
                            (PhaseKind::Hold, Some(PhaseKind::Hold)) => PhaseKind::Release,
                            (kind, _) => kind,
                        };
                        previous = Some(kind);
                        Phase {
                            kind,
                            duration: Duration::from_millis(ms),
                        }
                    })
                    .collect();
                Exercise {
                    id: "p".into(),
                    title: "P".into(),
                    instructions: vec!["Move.".into()],
                    purpose: Purpose::Strengthen,
                    position: Position::Standing,
                    equipment: Equipment::None,
                    sides: if both { Sides::Both } else { Sides::None },
                    sets,
                    reps,
                    phases,
                    breath: breath.map(|(inhale, longer)| Breath {
                        inhale: Duration::from_millis(inhale),
                        exhale: Duration::from_millis(inhale + longer),
                    }),
                    rest_between_sets: Duration::from_millis(set_rest),
                    rest_between_sides: Duration::from_millis(side_rest),
                    guide: None,
                }
            })
    }

    fn arb_routine() -> impl Strategy<Value = Routine> {
        prop::collection::vec(arb_exercise(), 1..=4).prop_map(routine)
    }

    fn is_breath(step: Step) -> bool {
        matches!(step, Step::BreatheIn | Step::BreatheOut)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn segments_are_contiguous_and_sum_to_the_total(r in arb_routine()) {
            let t = compile(&r);
            let mut end = 0;
            for s in &t.segments {
                prop_assert_eq!(s.start_ms, end);
                prop_assert!(s.duration_ms > 0);
                end = s.end_ms();
            }
            prop_assert_eq!(end, t.total_ms);
            prop_assert_eq!(t.segments.iter().map(|s| s.duration_ms).sum::<u64>(), t.total_ms);
            let spans: u64 = t.exercises.iter().map(|e| e.duration_ms).sum();
            prop_assert_eq!(spans, t.total_ms);
        }

        #[test]
        fn at_agrees_with_a_linear_scan(r in arb_routine(), frac in 0.0f64..1.2) {
            let t = compile(&r);
            let ms = (t.total_ms as f64 * frac) as u64;
            let linear = t.segments.iter().find(|s| s.start_ms <= ms && ms < s.end_ms());
            prop_assert_eq!(t.at(ms), linear);
        }

        #[test]
        fn both_sides_play_the_same(r in arb_routine()) {
            let t = compile(&r);
            for (i, e) in r.exercises.iter().enumerate() {
                let side = |side: Side| -> Vec<(Option<u32>, Option<u32>, Step, u64)> {
                    t.segments
                        .iter()
                        .filter(|s| s.exercise == i && s.side == side)
                        .map(|s| (s.set, s.rep, s.step, s.duration_ms))
                        .collect()
                };
                match e.sides {
                    Sides::Both => {
                        prop_assert!(!side(Side::Left).is_empty());
                        prop_assert_eq!(side(Side::Left), side(Side::Right));
                        prop_assert!(side(Side::None).iter().all(|s| s.0.is_none()));
                    }
                    Sides::None => {
                        prop_assert!(side(Side::Left).is_empty() && side(Side::Right).is_empty());
                    }
                    Sides::Left | Sides::Right => {
                        let (on, off) = if e.sides == Sides::Left {
                            (Side::Left, Side::Right)
                        } else {
                            (Side::Right, Side::Left)
                        };
                        prop_assert!(!side(on).is_empty() && side(off).is_empty());
                    }
                }
            }
        }

        #[test]
        fn sets_and_reps_are_as_declared(r in arb_routine()) {
            let t = compile(&r);
            for (i, e) in r.exercises.iter().enumerate() {
                for &side in e.sides.list() {
                    let here = || t.segments.iter().filter(|s| s.exercise == i && s.side == side);
                    let reps: BTreeSet<(u32, u32)> =
                        here().filter_map(|s| Some((s.set?, s.rep?))).collect();
                    let expected: BTreeSet<(u32, u32)> = (1..=e.sets)
                        .flat_map(|set| (1..=e.reps).map(move |rep| (set, rep)))
                        .collect();
                    prop_assert_eq!(&reps, &expected);
                    let rests = here().filter(|s| s.step == Step::RestBetweenSets).count();
                    let want = if e.rest_between_sets.is_zero() { 0 } else { e.sets as usize - 1 };
                    prop_assert_eq!(rests, want);
                    // Every rep plays the declared pattern for the declared time.
                    let rep_ms: u64 = e.phases.iter().map(|p| millis(p.duration)).sum();
                    for &(set, rep) in &reps {
                        let ms: u64 = here()
                            .filter(|s| s.set == Some(set) && s.rep == Some(rep))
                            .map(|s| s.duration_ms)
                            .sum();
                        prop_assert_eq!(ms, rep_ms);
                    }
                }
                let switches = t.segments.iter()
                    .filter(|s| s.exercise == i && s.step == Step::SwitchSides)
                    .count();
                let want = usize::from(e.sides == Sides::Both && !e.rest_between_sides.is_zero());
                prop_assert_eq!(switches, want);
            }
        }

        #[test]
        fn cues_are_sorted_and_inside_the_routine(r in arb_routine()) {
            let t = compile(&r);
            prop_assert!(t.cues.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
            prop_assert!(t.cues.iter().all(|c| c.at_ms <= t.total_ms));
            prop_assert_eq!(t.cues.last().map(|c| c.kind), Some(CueKind::RoutineDone));
            let starts = t.cues.iter().filter(|c| matches!(c.kind, CueKind::ExerciseStart { .. })).count();
            let dones = t.cues.iter().filter(|c| matches!(c.kind, CueKind::ExerciseDone { .. })).count();
            prop_assert_eq!((starts, dones), (r.exercises.len(), r.exercises.len()));
            // Every segment but get-ready and switch-sides is announced as it starts.
            for s in t.segments.iter().filter(|s| !matches!(s.step, Step::GetReady | Step::SwitchSides)) {
                let announced = t.cues_between(s.start_ms, s.start_ms + 1).iter()
                    .any(|c| c.kind == CueKind::PhaseStart { step: s.step });
                prop_assert!(announced, "{:?} not announced", s);
            }
            // Counts are 3, 2, 1, one second apart, ending a second before a boundary.
            let counts: Vec<&Cue> = t.cues.iter().filter(|c| matches!(c.kind, CueKind::Count { .. })).collect();
            prop_assert_eq!(counts.len() % 3, 0);
            for c in counts.chunks(3) {
                let ns: Vec<CueKind> = c.iter().map(|c| c.kind).collect();
                prop_assert_eq!(ns, [CueKind::Count { n: 3 }, CueKind::Count { n: 2 }, CueKind::Count { n: 1 }]);
                prop_assert_eq!(c[1].at_ms, c[0].at_ms + 1000);
                prop_assert_eq!(c[2].at_ms, c[1].at_ms + 1000);
                let end = c[2].at_ms + 1000;
                prop_assert!(end == t.total_ms || t.segments.iter().any(|s| s.start_ms == end));
            }
        }

        #[test]
        fn breaths_alternate_with_a_longer_exhale(r in arb_routine()) {
            let t = compile(&r);
            let mut i = 0;
            while i < t.segments.len() {
                if !is_breath(t.segments[i].step) {
                    i += 1;
                    continue;
                }
                // One run of breaths within one rep is one hold (the
                // generator never puts two holds next to each other).
                let start = i;
                let place = |s: &Segment| (s.exercise, s.set, s.rep, s.side);
                while i < t.segments.len()
                    && is_breath(t.segments[i].step)
                    && place(&t.segments[i]) == place(&t.segments[start])
                {
                    i += 1;
                }
                let run = &t.segments[start..i];
                let e = &r.exercises[run[0].exercise];
                let breath = e.breath.expect("breaths only come from exercises with breath");
                let (inhale, exhale) = (millis(breath.inhale), millis(breath.exhale));
                prop_assert!(exhale > inhale);
                for (n, s) in run.iter().enumerate() {
                    let (step, full) = if n % 2 == 0 { (Step::BreatheIn, inhale) } else { (Step::BreatheOut, exhale) };
                    prop_assert_eq!(s.step, step);
                    let last = n + 1 == run.len();
                    let fits = if last {
                        s.duration_ms <= full
                    } else {
                        s.duration_ms == full
                    };
                    prop_assert!(fits, "breath {} of a hold lasts {} ms", n, s.duration_ms);
                }
                let hold: u64 = run.iter().map(|s| s.duration_ms).sum();
                prop_assert!(e.phases.iter().any(|p| p.kind == PhaseKind::Hold && millis(p.duration) == hold));
            }
            // Holds of exercises with breath never show as plain holds.
            for s in &t.segments {
                if s.step == Step::Phase(PhaseKind::Hold) {
                    prop_assert!(r.exercises[s.exercise].breath.is_none());
                }
            }
        }
    }
}
