//! Pure: where the guided window's figure is at a moment. `pose` turns the
//! phase, how far into it, and the side into a handful of amounts (0..=1)
//! that `figure` draws; no bitmaps, no clock.
//!
//! Motion rules (docs/window.md, "The figure"):
//! - Raise and Lower move over their whole phase; Hold, Press and Release
//!   ease to their level over the first `EASE_MS` of the phase (or the whole
//!   phase when it is shorter). Every ease is smoothstep, so within a phase
//!   and across the phases of one rep the pose is continuous.
//! - Breathing moves the chest with the breath, at the breathing ring's
//!   250 ms step: slow, so it needs no frames of its own.
//! - A side switch, a new exercise and the user's →/← jumps cut: the figure
//!   starts the new place in that place's own pose.

use crate::routine::{Equipment, Exercise, PhaseKind, Position, Purpose, Step};

/// How long a Hold, Press or Release takes to reach its level.
pub const EASE_MS: u64 = 1200;
/// Frame spacing while the figure moves (30 frames a second at most).
pub const FRAME_MS: u64 = 33;

/// Which drawing, and from where it is seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// Seated, from the front: the head tips toward the called shoulder.
    NeckStretch,
    /// Standing, from the side, back to the wall, the ball between the upper
    /// back and the wall; the knot spot marked.
    BallPress,
    /// Lying face down: from above (the Y) and from the side (the lift).
    ProneY,
    /// Standing facing a wall, from the side: the arms in a Y lift off it.
    WallY,
    /// Seated, from behind: the shoulder blades slide down and back.
    BladesDown,
}

impl Figure {
    /// The figure for an exercise: the built-ins by id, anyone else's by what
    /// it is for and where it is done.
    pub fn of(exercise: &Exercise) -> Figure {
        match exercise.id.as_str() {
            "neck-side-stretch" => Figure::NeckStretch,
            "ball-press" => Figure::BallPress,
            "prone-y-raise" => Figure::ProneY,
            "wall-y-lift" => Figure::WallY,
            "scapular-depression-hold" | "shoulder-drop" => Figure::BladesDown,
            _ => match (exercise.purpose, exercise.position, exercise.equipment) {
                (_, _, Equipment::Ball) | (Purpose::Release, _, _) => Figure::BallPress,
                (Purpose::Stretch, _, _) => Figure::NeckStretch,
                (Purpose::Strengthen, Position::Floor, _) => Figure::ProneY,
                (Purpose::Strengthen, _, _) => Figure::WallY,
                (Purpose::Retrain, _, _) => Figure::BladesDown,
            },
        }
    }
}

/// One frame of the figure. Every amount is 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    pub figure: Figure,
    /// The right side is worked: the drawing is mirrored.
    pub mirrored: bool,
    /// How far the movement is in: the head tipped, the arms lifted, the
    /// weight leaning into the ball, the blades drawn down.
    pub amount: f32,
    /// The chest: 0 breathed out (and at rest), 1 breathed in.
    pub breath: f32,
    /// The movement under way, for an arrow showing its direction.
    pub cue: Motion,
}

/// Which way the figure is moving, if at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Still,
    /// Into the exercise: tipping, lifting, leaning, drawing down.
    In,
    /// Back out of it.
    Out,
}

impl Pose {
    /// The starting position: what get-ready and the start screen show.
    pub fn start(figure: Figure, mirrored: bool) -> Pose {
        Pose {
            figure,
            mirrored,
            amount: 0.0,
            breath: 0.0,
            cue: Motion::Still,
        }
    }
}

/// Where in its phase a moment is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhaseClock {
    pub step: Step,
    /// The phase before this one in the same rep (`None` for the first).
    pub previous: Option<PhaseKind>,
    /// Since the phase began (a paced hold's breaths are one phase).
    pub elapsed_ms: u64,
    pub phase_ms: u64,
    /// How far into the breath, for a paced hold.
    pub breath_progress: f32,
}

/// The level a phase kind holds once it has eased in.
fn level(kind: PhaseKind) -> f32 {
    match kind {
        PhaseKind::Raise | PhaseKind::Hold | PhaseKind::Press => 1.0,
        PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest => 0.0,
    }
}

/// How long a phase of `kind` takes to reach its level.
fn span(kind: PhaseKind, phase_ms: u64) -> u64 {
    match kind {
        PhaseKind::Raise | PhaseKind::Lower => phase_ms,
        _ => EASE_MS.min(phase_ms),
    }
}

fn smoothstep(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The figure at `clock`, working the right side when `mirrored`.
pub fn pose(figure: Figure, mirrored: bool, clock: &PhaseClock) -> Pose {
    let kind = match clock.step {
        Step::Phase(kind) => Some(kind),
        Step::BreatheIn | Step::BreatheOut => Some(PhaseKind::Hold),
        Step::GetReady | Step::SwitchSides | Step::RestBetweenSets => None,
    };
    let Some(kind) = kind else {
        return Pose::start(figure, mirrored);
    };
    let from = clock.previous.map_or(0.0, level);
    let to = level(kind);
    let span = span(kind, clock.phase_ms).max(1);
    // On the frame grid from the phase's start: the figure changes only
    // where the window is woken to draw it.
    let elapsed = clock.elapsed_ms / FRAME_MS * FRAME_MS;
    let t = smoothstep(elapsed as f32 / span as f32);
    let breath = match clock.step {
        Step::BreatheIn => smoothstep(clock.breath_progress),
        Step::BreatheOut => 1.0 - smoothstep(clock.breath_progress),
        _ => 0.0,
    };
    Pose {
        figure,
        mirrored,
        amount: from + (to - from) * t,
        breath,
        cue: match (elapsed < span, from < to, from > to) {
            (true, true, _) => Motion::In,
            (true, _, true) => Motion::Out,
            _ => Motion::Still,
        },
    }
}

/// With reduced motion: the phase's key pose, the level it holds once
/// there, from its first frame, with no breath and no arrow.
pub fn key_pose(figure: Figure, mirrored: bool, clock: &PhaseClock) -> Pose {
    let kind = match clock.step {
        Step::Phase(kind) => kind,
        Step::BreatheIn | Step::BreatheOut => PhaseKind::Hold,
        Step::GetReady | Step::SwitchSides | Step::RestBetweenSets => {
            return Pose::start(figure, mirrored);
        }
    };
    Pose {
        figure,
        mirrored,
        amount: level(kind),
        breath: 0.0,
        cue: Motion::Still,
    }
}

/// Whether the figure changes between `clock` and the next frame, so the
/// window needs one (breathing changes with the breath's own tick).
pub fn moving(clock: &PhaseClock) -> bool {
    let kind = match clock.step {
        Step::Phase(kind) => kind,
        Step::BreatheIn | Step::BreatheOut => PhaseKind::Hold,
        _ => return false,
    };
    let from = clock.previous.map_or(0.0, level);
    if from == level(kind) {
        return false;
    }
    clock.elapsed_ms / FRAME_MS * FRAME_MS < span(kind, clock.phase_ms)
}

/// When the figure next changes, in ms since the phase began: the next
/// point of the frame grid.
pub fn next_frame(clock: &PhaseClock) -> u64 {
    (clock.elapsed_ms / FRAME_MS + 1) * FRAME_MS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;
    use crate::routine::Options;
    use crate::ui::player::{Player, PlayerInput};

    /// Every built-in routine in every variant the config can choose.
    fn every_builtin() -> Vec<crate::routine::Routine> {
        Options::every()
            .into_iter()
            .flat_map(builtin::all_with)
            .collect()
    }

    #[test]
    fn every_built_in_exercise_has_its_own_figure() {
        for routine in every_builtin() {
            for e in &routine.exercises {
                let want = match e.id.as_str() {
                    "neck-side-stretch" => Figure::NeckStretch,
                    "ball-press" => Figure::BallPress,
                    "prone-y-raise" => Figure::ProneY,
                    "wall-y-lift" => Figure::WallY,
                    "scapular-depression-hold" | "shoulder-drop" => Figure::BladesDown,
                    other => panic!("a built-in exercise without a figure: {other}"),
                };
                assert_eq!(Figure::of(e), want);
            }
        }
    }

    /// Walks each built-in routine frame by frame (33 ms, the fastest the
    /// window draws): within an exercise side the figure never jumps by
    /// more than `MAX_STEP` of its range in one frame (a Raise over 2 s
    /// moves at most 1.5 × 33 / 2000 ≈ 0.025; an ease over 1.2 s ≈ 0.041),
    /// the breath by more than `MAX_BREATH` (it moves on the ring's 250 ms
    /// step: 1.5 × 250 / 4000 ≈ 0.094 for a 4 s breath in, and so for each
    /// exercise from its shortest breath: 0.19 for the shoulder check's 2 s).
    /// Cuts happen only where a new exercise or side begins.
    #[test]
    fn the_figure_moves_smoothly_and_cuts_only_between_exercises_and_sides() {
        const MAX_STEP: f32 = 0.05;
        let max_breath = |e: &crate::routine::Exercise| {
            e.breath.map_or(0.1, |b| {
                let shortest = b.inhale.min(b.exhale).as_millis() as f32;
                (1.5 * 250.0 / shortest).max(0.1)
            })
        };
        for routine in every_builtin() {
            let mut p = Player::new(routine.clone(), false, 0);
            p.handle(PlayerInput::TogglePause, 0);
            let mut last: Option<(usize, crate::ui::player::SideNote, Pose)> = None;
            let mut moved = 0.0f32;
            let mut t = 0;
            while let Some(m) = p.state(t).moment {
                let index = p.state(t).exercise_index;
                if let Some((i, side, before)) = last {
                    if i == index && side == m.side && before.figure == m.pose.figure {
                        let step = (m.pose.amount - before.amount).abs();
                        assert!(
                            step <= MAX_STEP,
                            "{} at {t} ms: the figure jumped by {step} ({:?} → {:?})",
                            routine.id,
                            before,
                            m.pose
                        );
                        let breath = (m.pose.breath - before.breath).abs();
                        assert!(
                            breath <= max_breath(&routine.exercises[index]),
                            "{} at {t} ms: breath {breath}",
                            routine.id
                        );
                        assert_eq!(before.mirrored, m.pose.mirrored);
                        moved += step;
                    }
                }
                last = Some((index, m.side, m.pose));
                p.advance(t);
                t += FRAME_MS;
            }
            // At least one whole movement in (the shoulder check's single
            // hold); the others go in and out again and again.
            assert!(
                moved >= 1.0,
                "{}: the figure hardly moved ({moved})",
                routine.id
            );
        }
    }

    #[test]
    fn the_right_side_is_the_left_side_mirrored() {
        let area = crate::ui::scene::Rect::new(10.0, 20.0, 150.0, 130.0);
        let mirror_x = |x: f32| 2.0 * (area.x + area.w / 2.0) - x;
        for figure in [
            Figure::NeckStretch,
            Figure::BallPress,
            Figure::ProneY,
            Figure::WallY,
            Figure::BladesDown,
        ] {
            for amount in [0.0, 0.4, 1.0] {
                let left = Pose {
                    amount,
                    cue: Motion::In,
                    ..Pose::start(figure, false)
                };
                let right = Pose {
                    mirrored: true,
                    ..left
                };
                let (l, r) = (
                    crate::ui::figure::draw(&left, area),
                    crate::ui::figure::draw(&right, area),
                );
                assert_eq!(l.len(), r.len());
                assert!(!l.is_empty());
                for (a, b) in l.iter().zip(&r) {
                    use crate::ui::scene::Shape;
                    let close = |x: f32, y: f32| (x - y).abs() < 1e-3;
                    match (a, b) {
                        (Shape::Line { points: p, .. }, Shape::Line { points: q, .. }) => {
                            for (p, q) in p.iter().zip(q) {
                                assert!(close(mirror_x(p.0), q.0) && close(p.1, q.1), "{figure:?}");
                            }
                        }
                        (Shape::Circle { cx, cy, .. }, Shape::Circle { cx: x, cy: y, .. })
                        | (Shape::Arc { cx, cy, .. }, Shape::Arc { cx: x, cy: y, .. }) => {
                            assert!(close(mirror_x(*cx), *x) && close(*cy, *y), "{figure:?}");
                        }
                        other => panic!("{figure:?}: shapes differ in kind: {other:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn the_player_wakes_for_every_frame_while_the_figure_moves_and_not_while_still() {
        let mut p = Player::new(
            builtin::find(builtin::UPPER_TRAP).expect("built-in"),
            false,
            0,
        );
        p.handle(PlayerInput::TogglePause, 0);
        // The Y-raise's first raise runs from 358 s to 360 s.
        let mut t = 358_010;
        let mut frames = 0;
        while t < 360_000 {
            let next = p.next_wake(t).expect("a wake while playing");
            assert!(
                next - t <= FRAME_MS,
                "at {t} ms the next frame is {} ms away",
                next - t
            );
            p.advance(t);
            t = next;
            frames += 1;
        }
        assert!(frames >= 55, "only {frames} frames in a 2 s raise");
        // The depression hold (from 524 s) stands still once eased in: no
        // frame comes sooner than the countdown's ticks and the spoken counts.
        p.advance(526_100);
        let next = p.next_wake(526_100).expect("a wake while playing");
        assert!(
            next - 526_100 > 4 * FRAME_MS,
            "a still figure woke at {next}"
        );
    }

    #[test]
    fn frames_come_only_while_the_figure_moves() {
        let clock = |step, previous, elapsed_ms, phase_ms| PhaseClock {
            step,
            previous,
            elapsed_ms,
            phase_ms,
            breath_progress: 0.0,
        };
        // A raise moves all through; a hold after it is still.
        assert!(moving(&clock(
            Step::Phase(PhaseKind::Raise),
            None,
            1900,
            2000
        )));
        assert!(!moving(&clock(
            Step::Phase(PhaseKind::Hold),
            Some(PhaseKind::Raise),
            10,
            2000
        )));
        // A hold from rest eases in over EASE_MS, then stands still.
        assert!(moving(&clock(
            Step::Phase(PhaseKind::Hold),
            None,
            EASE_MS - 1,
            10_000
        )));
        assert!(!moving(&clock(
            Step::Phase(PhaseKind::Hold),
            None,
            EASE_MS + FRAME_MS,
            10_000
        )));
        assert!(!moving(&clock(Step::GetReady, None, 0, 15_000)));
        // The stretch's head tips in during the first breath.
        assert!(moving(&clock(Step::BreatheIn, None, 500, 45_000)));
        assert!(!moving(&clock(Step::BreatheOut, None, 9_000, 45_000)));
    }
}
