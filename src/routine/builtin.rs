//! Pure: the built-in routines, built from the four movements of the upper-trap
//! article in its order (stretch → release → strengthen → retrain).
//! docs/routines.md gives the reason for every number here.

use std::time::Duration;

use super::model::{
    Breath, Equipment, Exercise, Phase, PhaseKind, Position, Purpose, Routine, Sides,
};

/// The daily routine, about ten minutes.
pub const UPPER_TRAP: &str = "upper-trap";
/// The short desk-chair break for interval reminders, under three minutes.
pub const DESK_RESET: &str = "desk-reset";

/// Every built-in routine, the daily one first.
pub fn all() -> Vec<Routine> {
    vec![upper_trap(), desk_reset()]
}

/// The built-in routine with this id.
pub fn find(id: &str) -> Option<Routine> {
    all().into_iter().find(|r| r.id == id)
}

fn upper_trap() -> Routine {
    Routine {
        id: UPPER_TRAP.into(),
        title: "Upper-trap daily routine".into(),
        safety: "Keep every stretch and press gentle. Stop at once if pain turns sharp, \
                 spreads, or tingles down the arm."
            .into(),
        exercises: vec![
            neck_stretch(60),
            ball_press(),
            prone_y_raise(),
            depression_hold(8),
        ],
    }
}

fn desk_reset() -> Routine {
    Routine {
        id: DESK_RESET.into(),
        title: "Desk reset".into(),
        safety: "Move gently and stay within comfort. Stop if you feel sharp pain or pain \
                 that spreads."
            .into(),
        exercises: vec![neck_stretch(50), depression_hold(3)],
    }
}

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn phase(kind: PhaseKind, s: u64) -> Phase {
    Phase {
        kind,
        duration: secs(s),
    }
}

fn lines(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| (*l).to_owned()).collect()
}

/// Slow breathing for the stretch: a longer out-breath than in-breath; one
/// breath is 10 s, so holds of 50 s and 60 s end on a full exhale.
const STRETCH_BREATH: Breath = Breath {
    inhale: Duration::from_secs(4),
    exhale: Duration::from_secs(6),
};

/// Stretch: ear toward shoulder, held long enough for the guarding to let go.
fn neck_stretch(hold_s: u64) -> Exercise {
    Exercise {
        id: "neck-side-stretch".into(),
        title: "Neck side stretch".into(),
        instructions: lines(&[
            "Sit tall, then tip your ear toward the shoulder on the side that is called.",
            "Let the other shoulder hang heavy. A mild pull is all you need.",
            "Breathe in softly, then breathe out slowly and let the pull fade.",
        ]),
        purpose: Purpose::Stretch,
        position: Position::Chair,
        equipment: Equipment::None,
        sides: Sides::Both,
        sets: 1,
        reps: 1,
        phases: vec![phase(PhaseKind::Hold, hold_s), phase(PhaseKind::Release, 3)],
        breath: Some(STRETCH_BREATH),
        rest_between_sets: Duration::ZERO,
        rest_between_sides: secs(5),
    }
}

/// Release: still pressure on the knot itself, never rolled.
fn ball_press() -> Exercise {
    Exercise {
        id: "ball-press".into(),
        title: "Ball pressure on the knot".into(),
        instructions: lines(&[
            "Stand at a wall with a ball between it and the knot, halfway from neck to shoulder tip.",
            "Lean in until the pressure is firm but you can still breathe easily.",
            "Stay on that one spot without moving. Do not roll the ball.",
        ]),
        purpose: Purpose::Release,
        position: Position::Wall,
        equipment: Equipment::Ball,
        sides: Sides::Both,
        sets: 1,
        reps: 1,
        phases: vec![
            phase(PhaseKind::Press, 75),
            phase(PhaseKind::Release, 5),
        ],
        breath: None,
        rest_between_sets: Duration::ZERO,
        rest_between_sides: secs(10),
    }
}

/// Strengthen: loads the lower trapezius at its most specific angle.
fn prone_y_raise() -> Exercise {
    Exercise {
        id: "prone-y-raise".into(),
        title: "Prone Y-raise".into(),
        instructions: lines(&[
            "Lie face down, arms reaching overhead in a wide Y, thumbs turned to the ceiling.",
            "Lift both arms a few inches off the floor and pause there.",
            "Lower them slowly, then let them rest.",
        ]),
        purpose: Purpose::Strengthen,
        position: Position::Floor,
        equipment: Equipment::None,
        sides: Sides::None,
        sets: 2,
        reps: 8,
        phases: vec![
            phase(PhaseKind::Raise, 2),
            phase(PhaseKind::Hold, 2),
            phase(PhaseKind::Lower, 3),
            phase(PhaseKind::Rest, 1),
        ],
        breath: None,
        rest_between_sets: secs(30),
        rest_between_sides: Duration::ZERO,
    }
}

/// Retrain: shoulder blades drawn down, held for a count of ten, repeated.
fn depression_hold(reps: u32) -> Exercise {
    Exercise {
        id: "scapular-depression-hold".into(),
        title: "Shoulder-blade depression hold".into(),
        instructions: lines(&[
            "Sit tall with your arms loose at your sides.",
            "Draw both shoulder blades down, away from your ears, and keep them there.",
            "Let go completely, then set them down again.",
        ]),
        purpose: Purpose::Retrain,
        position: Position::Chair,
        equipment: Equipment::None,
        sides: Sides::None,
        sets: 1,
        reps,
        phases: vec![phase(PhaseKind::Hold, 10), phase(PhaseKind::Release, 4)],
        breath: None,
        rest_between_sets: Duration::ZERO,
        rest_between_sides: Duration::ZERO,
    }
}

#[cfg(test)]
mod tests {
    //! The built-ins against the article's facts.

    use super::*;
    use crate::routine::model::{MAX_INSTRUCTIONS, MAX_INSTRUCTION_CHARS};
    use crate::routine::timeline::{compile, Side, Step};

    fn routine(id: &str) -> Routine {
        find(id).unwrap_or_else(|| panic!("built-in {id} missing"))
    }

    fn ex(r: &Routine, purpose: Purpose) -> &Exercise {
        r.exercises
            .iter()
            .find(|e| e.purpose == purpose)
            .unwrap_or_else(|| panic!("{} has no {purpose:?} exercise", r.id))
    }

    fn phase_secs(e: &Exercise, kind: PhaseKind) -> Vec<u64> {
        e.phases
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| p.duration.as_secs())
            .collect()
    }

    #[test]
    fn ids_are_unique_and_findable() {
        let ids: Vec<String> = all().into_iter().map(|r| r.id).collect();
        assert_eq!(ids, [UPPER_TRAP, DESK_RESET]);
        assert!(find("nope").is_none());
    }

    #[test]
    fn upper_trap_follows_the_articles_order() {
        let r = routine(UPPER_TRAP);
        let order: Vec<Purpose> = r.exercises.iter().map(|e| e.purpose).collect();
        assert_eq!(
            order,
            [
                Purpose::Stretch,
                Purpose::Release,
                Purpose::Strengthen,
                Purpose::Retrain
            ]
        );
    }

    #[test]
    fn upper_trap_stretch_is_a_long_breathing_hold_on_both_sides() {
        let r = routine(UPPER_TRAP);
        let stretch = ex(&r, Purpose::Stretch);
        let holds = phase_secs(stretch, PhaseKind::Hold);
        assert!(!holds.is_empty());
        assert!(holds.iter().all(|s| (45..=60).contains(s)), "{holds:?}");
        let breath = stretch.breath.expect("the stretch is paced by breath");
        assert!(breath.exhale > breath.inhale);
        assert_eq!(stretch.sides, Sides::Both);
    }

    #[test]
    fn upper_trap_ball_press_is_sustained_on_each_side() {
        let r = routine(UPPER_TRAP);
        let ball = ex(&r, Purpose::Release);
        assert_eq!(ball.equipment, Equipment::Ball);
        assert_eq!(ball.sides, Sides::Both);
        let presses = phase_secs(ball, PhaseKind::Press);
        assert_eq!(presses.len(), 1);
        assert!((60..=90).contains(&presses[0]), "{presses:?}");
        // Sustained pressure, not rolling: no movement phases.
        assert!(ball
            .phases
            .iter()
            .all(|p| matches!(p.kind, PhaseKind::Press | PhaseKind::Release)));
        assert!(ball
            .instructions
            .iter()
            .any(|l| l.to_lowercase().contains("not roll")));
    }

    #[test]
    fn upper_trap_y_raise_holds_two_seconds_and_lowers_slowly() {
        let r = routine(UPPER_TRAP);
        let y = ex(&r, Purpose::Strengthen);
        assert_eq!(y.position, Position::Floor);
        assert_eq!(phase_secs(y, PhaseKind::Hold), [2]);
        let kinds: Vec<PhaseKind> = y.phases.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds[..3],
            [PhaseKind::Raise, PhaseKind::Hold, PhaseKind::Lower]
        );
        assert!(phase_secs(y, PhaseKind::Lower)[0] >= phase_secs(y, PhaseKind::Raise)[0]);
        let text = y.instructions.join(" ").to_lowercase();
        assert!(text.contains("face down") && text.contains("thumbs") && text.contains(" y"));
    }

    #[test]
    fn depression_hold_is_a_count_of_ten_repeated() {
        for id in [UPPER_TRAP, DESK_RESET] {
            let r = routine(id);
            let d = ex(&r, Purpose::Retrain);
            assert_eq!(phase_secs(d, PhaseKind::Hold), [10], "{id}");
            assert!(!phase_secs(d, PhaseKind::Release).is_empty(), "{id}");
            assert!(d.reps >= 2, "{id}: release and repeat");
        }
    }

    #[test]
    fn upper_trap_takes_about_ten_minutes() {
        let t = compile(&routine(UPPER_TRAP));
        assert!(
            (9 * 60_000..=11 * 60_000).contains(&t.total_ms),
            "{}",
            t.total_ms
        );
    }

    #[test]
    fn desk_reset_is_a_short_chair_break_of_targeted_moves() {
        let r = routine(DESK_RESET);
        let t = compile(&r);
        assert!(
            (2 * 60_000..=3 * 60_000).contains(&t.total_ms),
            "{}",
            t.total_ms
        );
        for e in &r.exercises {
            assert_eq!(e.equipment, Equipment::None, "{}", e.id);
            assert_eq!(e.position, Position::Chair, "{}", e.id);
            assert!(matches!(e.purpose, Purpose::Stretch | Purpose::Retrain));
        }
        let stretch = ex(&r, Purpose::Stretch);
        let breath = stretch.breath.expect("the stretch is paced by breath");
        assert!(breath.exhale > breath.inhale);
        assert!(phase_secs(stretch, PhaseKind::Hold)
            .iter()
            .all(|s| (45..=60).contains(s)));
    }

    #[test]
    fn stretch_holds_end_on_a_full_exhale() {
        for r in all() {
            let t = compile(&r);
            for pair in t.segments.windows(2) {
                if pair[0].step == Step::BreatheOut && pair[1].step != Step::BreatheIn {
                    assert_eq!(pair[0].duration_ms, 6_000, "{}", r.id);
                }
            }
        }
    }

    #[test]
    fn sided_exercises_do_both_sides() {
        for r in all() {
            let t = compile(&r);
            for (i, e) in r.exercises.iter().enumerate() {
                let has = |side| t.segments.iter().any(|s| s.exercise == i && s.side == side);
                assert_eq!(has(Side::Left), e.sides == Sides::Both, "{}", e.id);
                assert_eq!(has(Side::Right), e.sides == Sides::Both, "{}", e.id);
            }
        }
    }

    #[test]
    fn texts_are_short_enough_to_speak() {
        for r in all() {
            assert!(!r.safety.is_empty() && r.safety.chars().count() <= MAX_INSTRUCTION_CHARS);
            for e in &r.exercises {
                assert!(
                    (1..=MAX_INSTRUCTIONS).contains(&e.instructions.len()),
                    "{}",
                    e.id
                );
                for line in &e.instructions {
                    assert!(line.chars().count() <= MAX_INSTRUCTION_CHARS, "{line}");
                }
            }
        }
    }

    #[test]
    fn docs_state_the_real_lengths() {
        let docs = include_str!("../../docs/routines.md");
        for r in all() {
            let t = compile(&r);
            let heading = format!("`{}`", r.id);
            let line = docs
                .lines()
                .find(|l| l.starts_with("### ") && l.contains(&heading))
                .unwrap_or_else(|| panic!("docs/routines.md has no section for {}", r.id));
            let length = format!("({})", crate::routine::describe::clock(t.total_ms));
            assert!(line.ends_with(&length), "{line} should end with {length}");
            for (e, span) in r.exercises.iter().zip(&t.exercises) {
                let row = docs
                    .lines()
                    .skip_while(|l| *l != line)
                    .find(|l| l.contains(&format!("| {} |", e.title)))
                    .unwrap_or_else(|| panic!("no row for {} under {line}", e.title));
                let length = format!("| {} |", crate::routine::describe::clock(span.duration_ms));
                assert!(row.ends_with(&length), "{row} should end with {length}");
            }
        }
    }

    #[test]
    fn safety_says_when_to_stop() {
        for r in all() {
            let s = r.safety.to_lowercase();
            assert!(s.contains("gentl") && s.contains("stop") && s.contains("sharp"));
            assert!(s.contains("spread"), "{}", r.id);
        }
    }
}
