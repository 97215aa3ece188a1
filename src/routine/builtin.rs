//! Pure: the built-in routines, built from the four movements of the upper-trap
//! article in its order (stretch → release → strengthen → retrain), with the
//! words each exercise speaks and shows. docs/routines.md gives the reason
//! for every number and form cue here; every spoken line has a clip in
//! sounds/voice (`cargo xtask assets`).

use std::time::Duration;

use crate::t;

use super::model::{
    Breath, By, Carrier, Equipment, Exercise, Guide, Heard, KnotSide, Level, Options, Phase,
    PhaseKind, Position, Purpose, Routine, Sides,
};

/// The daily routine, about ten minutes.
pub const UPPER_TRAP: &str = "upper-trap";
/// The short desk-chair break for interval reminders, under three minutes.
pub const DESK_RESET: &str = "desk-reset";
/// The shoulder check between breaks, about twenty seconds: the article's
/// last movement (shoulder blades drawn down, away from the ears) as a
/// moment's reminder of the pattern, done where one sits.
pub const SHOULDER_CHECK: &str = "shoulder-check";

/// Every built-in routine, the daily one first, as `options` shape them.
pub fn all_with(options: Options) -> Vec<Routine> {
    vec![upper_trap(options), desk_reset(), shoulder_check()]
}

/// Every built-in routine with the default options.
pub fn all() -> Vec<Routine> {
    all_with(Options::default())
}

/// The built-in routine with this id, default options.
pub fn find(id: &str) -> Option<Routine> {
    all().into_iter().find(|r| r.id == id)
}

/// Who should not do the routine, when to stop, and when to get help now:
/// the start screen's card, a sentence each, the last one urgent
/// (docs/routines.md, "Who should skip the routine, and when to stop"). One
/// line, like a user routine's (config's schema).
pub fn safety_card() -> String {
    t!("routine-safety-card")
}

/// The built-in prone Y-raise's id: it needs a folded towel.
pub const PRONE_Y_RAISE: &str = "prone-y-raise";

/// The built-in ball press's title: its first get-ready shows
/// `ball_caution`.
pub fn ball_title() -> String {
    t!("routine-ball-title")
}

/// Who should leave the ball out, and where it never goes: the welcome and
/// the ball's get-ready screen (docs/routines.md, "Ball pressure on the knot").
pub fn ball_caution() -> [String; 2] {
    [
        t!("routine-ball-caution-who"),
        t!("routine-ball-caution-never"),
    ]
}

/// What the get-ready screen of the exercise titled `title` (in the current
/// language) must show besides its set-up, if anything.
pub fn caution_lines(title: &str) -> Option<[String; 2]> {
    (title == ball_title()).then(ball_caution)
}

/// `ball_title()` in English, until ui/ asks for `ball_title()`.
pub const BALL_TITLE: &str = "Ball pressure on the knot";

/// `ball_caution()` in English, until ui/ asks for `ball_caution()`.
pub const BALL_CAUTION: [&str; 2] = [
    "Leave the ball out after a recent injury or surgery there; with blood thinners, a bleeding \
     disorder or easy bruising; with osteoporosis; with a pacemaker or port under the \
     collarbone; or on broken or irritated skin or a recent injection.",
    "Never above the collarbone, never on the front or side of the neck, never on bone.",
];

/// `caution_lines` in English, until ui/ asks for `caution_lines`. Matches
/// the title in English or the current language, so the caution is never
/// missed, if English till then.
pub fn caution(title: &str) -> Option<&'static [&'static str]> {
    (title == BALL_TITLE || title == ball_title()).then_some(&BALL_CAUTION[..])
}

/// What a level asks of the strength work (docs/routines.md, "Levels").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Load {
    /// Sets × reps of the Y-raise (or the wall lift in its place).
    pub y_sets: u32,
    pub y_reps: u32,
    /// Counted depression holds.
    pub holds: u32,
    /// The stretch's hold and the ball's press per side, and the rest
    /// between Y-raise sets: at the top level they move to the low end of the
    /// article's ranges (45–60 s, 60–90 s) and of the rest that endurance
    /// sets need, which keeps the routine under 13 minutes while the
    /// strength work grows (docs/routines.md, "Levels").
    pub stretch_s: u64,
    pub press_s: u64,
    pub y_rest_s: u64,
}

/// The steps: Y-raise 2×8 → 3×8 → 3×10, depression holds 8 → 10 → 12.
pub fn load(level: Level) -> Load {
    match level.get() {
        1 => Load {
            y_sets: 2,
            y_reps: 8,
            holds: 8,
            stretch_s: 60,
            press_s: 70,
            y_rest_s: 30,
        },
        2 => Load {
            y_sets: 3,
            y_reps: 8,
            holds: 10,
            stretch_s: 60,
            press_s: 70,
            y_rest_s: 30,
        },
        _ => Load {
            y_sets: 3,
            y_reps: 10,
            holds: 12,
            // A whole number of 10 s breaths, so the hold ends breathed out.
            stretch_s: 50,
            press_s: 60,
            // Short, for light sets ended at the first shrug: it wins back
            // the time the spoken set-up and stop signs take.
            y_rest_s: 15,
        },
    }
}

/// A level's load after a pain stop at `cap`: the holds, presses and
/// stretches no longer than the level that hurt (level 3's are shorter than
/// level 2's by design), the sets and reps of the level itself.
pub fn load_capped(level: Level, cap: Option<Level>) -> Load {
    let own = load(level);
    let Some(cap) = cap else { return own };
    let hurt = load(cap);
    Load {
        stretch_s: own.stretch_s.min(hurt.stretch_s),
        press_s: own.press_s.min(hurt.press_s),
        ..own
    }
}

fn upper_trap(options: Options) -> Routine {
    let load = load_capped(options.level, options.cap);
    let mut strengthen = if options.lie_face_down {
        prone_y_raise()
    } else {
        wall_y_lift()
    };
    strengthen.sets = load.y_sets;
    strengthen.reps = load.y_reps;
    strengthen.rest_between_sets = secs(load.y_rest_s);
    Routine {
        id: UPPER_TRAP.into(),
        title: t!("routine-upper-trap-title"),
        safety: safety_card(),
        spoken_safety: spoken_safety(),
        exercises: vec![
            neck_stretch(load.stretch_s),
            ball_press(options.knot_side, load.press_s),
            strengthen,
            depression_hold(load.holds),
        ],
    }
}

fn desk_reset() -> Routine {
    Routine {
        id: DESK_RESET.into(),
        title: t!("routine-desk-reset-title"),
        safety: safety_card(),
        // The engine clears it on the day's later desk resets.
        spoken_safety: spoken_safety(),
        exercises: vec![neck_stretch(50), depression_hold(3)],
    }
}

/// Twenty seconds between breaks: no stop signs are spoken (nothing in it
/// loads the neck; the card still shows when it is played in the window),
/// so the set-up is heard at once.
fn shoulder_check() -> Routine {
    Routine {
        id: SHOULDER_CHECK.into(),
        title: t!("routine-shoulder-check-title"),
        safety: safety_card(),
        spoken_safety: String::new(),
        exercises: vec![shoulder_drop()],
    }
}

/// Two breaths, each out longer than in: a short, calm cycle, so the check
/// stays near twenty seconds with its get-ready.
const CHECK_BREATH: Breath = Breath {
    inhale: Duration::from_secs(2),
    exhale: Duration::from_secs(4),
};

/// Retrain, in a moment: shoulders let down, blades drawn down and a little
/// back, two breaths, eyes resting far off.
fn shoulder_drop() -> Exercise {
    let setup = t!("say-check-setup");
    // The form cue, said just before the breaths: one line, so the eyes
    // come last, as on screen.
    let form = t!("say-check-form");
    // The second breath out is the generic "Breathe out slowly.": the
    // slower one.
    let exhale = t!("say-check-exhale");
    Exercise {
        id: "shoulder-drop".into(),
        title: t!("routine-check-title"),
        instructions: vec![
            t!("say-check-show-1"),
            t!("say-check-show-2"),
            t!("say-check-show-3"),
            t!("say-check-show-4"),
        ],
        purpose: Purpose::Retrain,
        position: Position::Chair,
        equipment: Equipment::None,
        sides: Sides::None,
        sets: 1,
        reps: 1,
        phases: vec![phase(PhaseKind::Hold, 12)],
        breath: Some(CHECK_BREATH),
        rest_between_sets: Duration::ZERO,
        rest_between_sides: Duration::ZERO,
        guide: Some(Guide {
            heard: vec![
                said(By::Work, &[&setup]),
                said(By::Work, &[&form]),
                said(
                    By::Effort,
                    &[&t!("say-breathe-in"), &exhale, &t!("say-breathe-out")],
                ),
                said(By::Work, &[&form]),
            ],
            setup,
            form,
            exhale,
            ..Guide::default()
        }),
    }
}

/// The stop signs, said before the first exercise (two sentences).
/// ("Light-headed", not "dizzy": the recogniser of docs/assets.md heard the
/// synthesizer's "dizzy" as "busy"; "weakness in a hand", not "a weak
/// hand", which it heard as "a weekend".)
fn spoken_safety() -> String {
    t!("say-safety")
}

fn said(by: By, lines: &[&str]) -> Heard {
    Heard::Said {
        by,
        lines: lines
            .iter()
            .map(|l| Carrier::Line((*l).to_owned()))
            .collect(),
    }
}

/// Like `said`, with the side's own line after the first.
fn said_with_side(by: By, first: &str, more: &[&str]) -> Heard {
    let mut lines = vec![Carrier::Line(first.to_owned()), Carrier::Side];
    lines.extend(more.iter().map(|l| Carrier::Line((*l).to_owned())));
    Heard::Said { by, lines }
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

/// Slow breathing for the stretch: a longer out-breath than in-breath; one
/// breath is 10 s, so holds of 50 s and 60 s end on a full exhale.
const STRETCH_BREATH: Breath = Breath {
    inhale: Duration::from_secs(4),
    exhale: Duration::from_secs(6),
};

/// Stretch: ear toward shoulder, held long enough for the guarding to let go.
/// Tipping toward the left shoulder stretches the right side, so both sides
/// are always done, whichever side the knot is on.
fn neck_stretch(hold_s: u64) -> Exercise {
    Exercise {
        id: "neck-side-stretch".into(),
        title: t!("routine-stretch-title"),
        // Shown: set-up while getting ready, breathing while holding, release.
        instructions: vec![
            t!("say-stretch-show-1"),
            t!("say-stretch-show-2"),
            t!("say-stretch-show-3"),
        ],
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
        guide: Some(stretch_guide()),
    }
}

fn stretch_guide() -> Guide {
    let setup = t!("say-stretch-setup");
    let exhale = t!("say-stretch-exhale");
    let ease = t!("say-stretch-ease");
    Guide {
        heard: vec![
            said_with_side(By::Work, &setup, &[]),
            said(By::Effort, &[&t!("say-breathe-in"), &exhale]),
            said(By::Ease, &[&ease]),
        ],
        setup,
        side_lines: [t!("say-stretch-side-left"), t!("say-stretch-side-right")],
        side_labels: [t!("say-stretch-label-left"), t!("say-stretch-label-right")],
        // The shoulder that stays down is the one away from the ear,
        // named, since "the other shoulder" is ambiguous by ear.
        form: t!("say-stretch-form"),
        side_forms: [t!("say-stretch-form-left"), t!("say-stretch-form-right")],
        exhale,
        ease,
        ..Guide::default()
    }
}

/// Release: still pressure on the knot itself, never rolled. With the knot's
/// side known, only that side.
fn ball_press(knot: KnotSide, press_s: u64) -> Exercise {
    Exercise {
        id: "ball-press".into(),
        title: ball_title(),
        instructions: vec![
            t!("say-ball-show-1"),
            t!("say-ball-show-2"),
            t!("say-ball-show-3"),
        ],
        purpose: Purpose::Release,
        position: Position::Wall,
        equipment: Equipment::Ball,
        sides: match knot {
            KnotSide::Left => Sides::Left,
            KnotSide::Right => Sides::Right,
            KnotSide::Both => Sides::Both,
        },
        sets: 1,
        reps: 1,
        phases: vec![
            phase(PhaseKind::Press, press_s),
            phase(PhaseKind::Release, 5),
        ],
        breath: None,
        rest_between_sets: Duration::ZERO,
        rest_between_sides: secs(10),
        guide: Some(ball_guide()),
    }
}

fn ball_guide() -> Guide {
    let setup = t!("say-ball-setup");
    let find = t!("say-ball-find");
    let effort = t!("say-ball-effort");
    let scale = t!("say-ball-scale");
    let form = t!("say-ball-form");
    let ease = t!("say-ball-ease");
    Guide {
        heard: vec![
            said_with_side(By::Work, &setup, &[&find]),
            said(By::Effort, &[&effort, &scale, &form]),
            said(By::Ease, &[&ease]),
        ],
        setup,
        side_lines: [t!("say-ball-side-left"), t!("say-ball-side-right")],
        side_labels: [t!("say-ball-label-left"), t!("say-ball-label-right")],
        prepare: vec![find],
        form,
        effort,
        work: vec![scale, t!("say-ball-tingle")],
        midway: t!("say-ball-midway"),
        ease,
        // Time to get to the wall, place the ball and find the spot, even
        // when it comes first.
        ready_s: 20,
        ..Guide::default()
    }
}

/// The Y-raise's rep: lift, a 2 s hold at the top, a slower lowering, a breath.
fn y_phases() -> Vec<Phase> {
    vec![
        phase(PhaseKind::Raise, 2),
        phase(PhaseKind::Hold, 2),
        phase(PhaseKind::Lower, 3),
        phase(PhaseKind::Rest, 1),
    ]
}

/// Strengthen: loads the lower trapezius at its most specific angle.
fn prone_y_raise() -> Exercise {
    Exercise {
        id: PRONE_Y_RAISE.into(),
        title: t!("routine-y-raise-title"),
        instructions: vec![
            t!("say-y-raise-show-1"),
            t!("say-y-raise-show-2"),
            t!("say-y-raise-show-3"),
        ],
        purpose: Purpose::Strengthen,
        position: Position::Floor,
        equipment: Equipment::None,
        sides: Sides::None,
        sets: 2,
        reps: 8,
        phases: y_phases(),
        breath: None,
        rest_between_sets: secs(30),
        rest_between_sides: Duration::ZERO,
        guide: Some(prone_guide()),
    }
}

fn prone_guide() -> Guide {
    // The towel is named with the floor, where it is first needed.
    let setup = t!("say-y-raise-setup");
    let arms = t!("say-y-raise-arms");
    let form = t!("say-y-raise-form");
    let effort = t!("say-y-raise-effort");
    Guide {
        heard: vec![
            said(By::Work, &[&setup, &arms]),
            said(By::Effort, &[&form, &effort]),
            said(By::Ease, &[&t!("say-phase-lower")]),
        ],
        setup,
        prepare: vec![arms, t!("say-y-raise-head"), t!("say-y-stop-at-shrug")],
        form,
        effort,
        // Time to fetch the towel, get down and hear the set-up.
        ready_s: 25,
        ..Guide::default()
    }
}

/// Strengthen, for people who can't lie face down: the same Y and the same
/// lift, standing face to a wall (docs/routines.md gives the reasons).
fn wall_y_lift() -> Exercise {
    Exercise {
        id: "wall-y-lift".into(),
        title: t!("routine-wall-lift-title"),
        instructions: vec![
            t!("say-wall-lift-show-1"),
            t!("say-wall-lift-show-2"),
            t!("say-wall-lift-show-3"),
        ],
        // Standing, facing the wall: turned around from the ball press, with
        // the ball put away, so it gets the time to move.
        position: Position::Standing,
        guide: Some(wall_guide()),
        // The same sets, reps and rep timing.
        ..prone_y_raise()
    }
}

fn wall_guide() -> Guide {
    let setup = t!("say-wall-lift-setup");
    let hands = t!("say-wall-lift-hands");
    let form = t!("say-wall-lift-form");
    let effort = t!("say-wall-lift-effort");
    let ease = t!("say-wall-lift-ease");
    Guide {
        heard: vec![
            said(By::Work, &[&setup, &hands]),
            said(By::Effort, &[&form, &effort]),
            said(By::Ease, &[&ease]),
        ],
        setup,
        prepare: vec![hands, t!("say-wall-lift-head"), t!("say-y-stop-at-shrug")],
        form,
        effort,
        ease,
        // Every rep goes back to the wall, not down.
        ease_word: t!("say-wall-lift-ease-word"),
        ready_s: 25,
        ..Guide::default()
    }
}

/// Retrain: shoulder blades drawn down, held for a count of ten, repeated.
fn depression_hold(reps: u32) -> Exercise {
    Exercise {
        id: "scapular-depression-hold".into(),
        title: t!("routine-blade-hold-title"),
        instructions: vec![
            t!("say-blade-hold-show-1"),
            t!("say-blade-hold-show-2"),
            t!("say-blade-hold-show-3"),
        ],
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
        guide: Some(hold_guide()),
    }
}

fn hold_guide() -> Guide {
    let setup = t!("say-blade-hold-setup");
    let form = t!("say-blade-hold-form");
    let before = t!("say-blade-hold-before");
    let ease = t!("say-blade-hold-ease");
    Guide {
        heard: vec![
            said(By::Work, &[&setup]),
            said(By::Effort, &[&form, &before]),
            said(By::Ease, &[&ease]),
        ],
        setup,
        form,
        ease,
        before_hold: before,
        ..Guide::default()
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
        assert_eq!(ids, [UPPER_TRAP, DESK_RESET, SHOULDER_CHECK]);
        assert!(find("nope").is_none());
    }

    #[test]
    fn shoulder_check_is_twenty_seconds_of_retraining_in_the_chair() {
        let r = routine(SHOULDER_CHECK);
        let t = compile(&r);
        // About twenty seconds, get-ready included.
        assert!((18_000..=24_000).contains(&t.total_ms), "{}", t.total_ms);
        assert_eq!(r.exercises.len(), 1);
        let e = &r.exercises[0];
        assert_eq!(
            (e.purpose, e.position, e.equipment),
            (Purpose::Retrain, Position::Chair, Equipment::None)
        );
        // Two whole breaths, each out longer than in.
        let breath = e.breath.expect("paced by breath");
        assert!(breath.exhale > breath.inhale);
        let cycle = (breath.inhale + breath.exhale).as_secs();
        assert_eq!(phase_secs(e, PhaseKind::Hold), [2 * cycle]);
        let outs = t
            .segments
            .iter()
            .filter(|s| s.step == Step::BreatheOut)
            .count();
        assert_eq!(outs, 2);
        // The four moves, in order: shoulders, blades, breaths, eyes.
        let shown = e.instructions.join(" ").to_lowercase();
        let at = |word: &str| shown.find(word).unwrap_or_else(|| panic!("{word}"));
        assert!(at("shoulders drop") < at("down and a little back"));
        assert!(at("down and a little back") < at("two slow breaths"));
        assert!(at("two slow breaths") < at("far away"));
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
            .any(|l| l.to_lowercase().contains("don't roll")));
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
    fn upper_trap_takes_about_ten_minutes_whatever_the_choices() {
        // About ten minutes at the first level, at most thirteen at the top.
        for options in Options::every() {
            let r = all_with(options).remove(0);
            let t = compile(&r);
            let range = if options.level == Level::FIRST {
                9 * 60_000..=11 * 60_000
            } else {
                9 * 60_000..=13 * 60_000
            };
            assert!(range.contains(&t.total_ms), "{options:?}: {}", t.total_ms);
        }
    }

    #[test]
    fn levels_grow_the_strength_work_in_the_issues_steps() {
        let at = |n| {
            let r = all_with(Options {
                level: Level::new(n).expect("a level"),
                ..Options::default()
            })
            .remove(0);
            let y = ex(&r, Purpose::Strengthen);
            let d = ex(&r, Purpose::Retrain);
            (y.sets, y.reps, d.reps)
        };
        assert_eq!([at(1), at(2), at(3)], [(2, 8, 8), (3, 8, 10), (3, 10, 12)]);
        // Stretch and release stay inside the article's ranges at every level.
        for level in Level::ALL {
            let r = all_with(Options {
                level,
                ..Options::default()
            })
            .remove(0);
            let stretch = phase_secs(ex(&r, Purpose::Stretch), PhaseKind::Hold);
            assert!(stretch.iter().all(|s| (45..=60).contains(s)), "{stretch:?}");
            let press = phase_secs(ex(&r, Purpose::Release), PhaseKind::Press);
            assert!(press.iter().all(|s| (60..=90).contains(s)), "{press:?}");
        }
    }

    #[test]
    fn the_knot_side_picks_the_ball_sides_and_the_floor_can_be_left_out() {
        let ball = |knot_side| {
            let r = all_with(Options {
                knot_side,
                ..Options::default()
            })
            .remove(0);
            ex(&r, Purpose::Release).sides
        };
        assert_eq!(ball(KnotSide::Both), Sides::Both);
        assert_eq!(ball(KnotSide::Left), Sides::Left);
        assert_eq!(ball(KnotSide::Right), Sides::Right);
        let standing = all_with(Options {
            lie_face_down: false,
            ..Options::default()
        })
        .remove(0);
        let y = ex(&standing, Purpose::Strengthen);
        assert_eq!(y.id, "wall-y-lift");
        assert!(standing
            .exercises
            .iter()
            .all(|e| e.position != Position::Floor));
        // The same lift: a 2 s hold at the top, lowered more slowly.
        assert_eq!(phase_secs(y, PhaseKind::Hold), [2]);
    }

    #[test]
    fn desk_reset_is_a_short_chair_break_of_targeted_moves() {
        let r = routine(DESK_RESET);
        // Under three minutes; the first of a day also speaks the stop
        // signs, which takes their own time more (the engine clears them
        // on the later ones).
        let mut later = r.clone();
        later.spoken_safety.clear();
        let t = compile(&later);
        assert!(
            (2 * 60_000..=3 * 60_000).contains(&t.total_ms),
            "{}",
            t.total_ms
        );
        assert_eq!(
            compile(&r).total_ms,
            t.total_ms + crate::routine::timeline::SAFETY_MS
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
            // The start screen's card: one line within the config's limit
            // for a user routine's, the last sentence the urgent one.
            assert!(!r.safety.is_empty() && r.safety.chars().count() <= 400);
            assert!(!r.safety.chars().any(char::is_control), "{}", r.safety);
            let urgent = r
                .safety
                .rsplit(". ")
                .next()
                .expect("a sentence")
                .to_lowercase();
            for word in [
                "help now",
                "speaking",
                "swallowing",
                "chest pain",
                "breathless",
            ] {
                assert!(urgent.contains(word), "{word}");
            }
            // The stop signs: two short sentences, said within the time the
            // first get-ready adds for them; the shoulder check speaks none.
            if r.id == SHOULDER_CHECK {
                assert!(r.spoken_safety.is_empty());
                continue;
            }
            let sentences = r.spoken_safety.matches(". ").count() + 1;
            assert_eq!(sentences, 2, "{}", r.spoken_safety);
            let clip = crate::routine::voice::clip(&r.spoken_safety).expect("a clip");
            assert!(clip.ms <= crate::routine::timeline::SAFETY_MS, "{clip:?}");
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
            // The daily routine's length is the first level's.
            let clock = crate::routine::describe::clock(t.total_ms);
            let length = if r.id == UPPER_TRAP {
                format!("({clock} at level 1)")
            } else {
                format!("({clock})")
            };
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
    fn docs_state_each_levels_length() {
        let docs = include_str!("../../docs/routines.md");
        for (row, knot_side) in [
            ("| the ball on both sides", KnotSide::Both),
            ("| the ball on one side", KnotSide::Left),
        ] {
            let line = docs
                .lines()
                .find(|l| l.starts_with(row))
                .unwrap_or_else(|| panic!("docs/routines.md has no row {row:?}"));
            let lengths: Vec<String> = Level::ALL
                .iter()
                .map(|&level| {
                    let r = all_with(Options {
                        knot_side,
                        level,
                        ..Options::default()
                    })
                    .remove(0);
                    crate::routine::describe::clock(compile(&r).total_ms)
                })
                .collect();
            let want = format!("| {} |", lengths.join(" | "));
            assert!(line.ends_with(&want), "{line} should end with {want}");
        }
    }

    #[test]
    fn safety_says_when_to_stop() {
        for r in all() {
            let s = r.safety.to_lowercase();
            assert!(s.contains("stop") && s.contains("sharp"), "{}", r.id);
            assert!(s.contains("spread") && s.contains("tingl") && s.contains("numb"));
            if r.id == SHOULDER_CHECK {
                assert!(r.spoken_safety.is_empty());
                continue;
            }
            let spoken = r.spoken_safety.to_lowercase();
            assert!(
                spoken.contains("stop") && spoken.contains("sharp"),
                "{}",
                r.id
            );
        }
        // The daily routine's card says who should skip it, and every stop sign.
        // Every card says who should skip it, and every stop sign; the
        // spoken line names them all in short.
        for r in all() {
            let card = r.safety.to_lowercase();
            for word in [
                "skip", "injury", "surgery", "weak", "dizz", "faint", "vision", "headache",
            ] {
                assert!(card.contains(word), "{}: {word}", r.id);
            }
            // The shoulder check speaks no stop signs (its card shows them).
            if r.id == SHOULDER_CHECK {
                continue;
            }
            let spoken = r.spoken_safety.to_lowercase();
            for word in [
                "sharp",
                "spreading",
                "tingling",
                "numb",
                "weak",
                "light-headed",
                "faint",
                "vision",
                "sudden",
                "worsening",
                "headache",
            ] {
                assert!(spoken.contains(word), "{}: {word}", r.id);
            }
        }
        // The ball's caution names who should leave it out, and where it never goes.
        let ball = caution(BALL_TITLE)
            .expect("a caution")
            .join(" ")
            .to_lowercase();
        for word in [
            "injury",
            "surgery",
            "blood thinners",
            "bleeding",
            "bruising",
            "osteoporosis",
            "pacemaker",
            "port",
            "skin",
            "injection",
            "collarbone",
            "neck",
            "bone",
        ] {
            assert!(ball.contains(word), "{word}");
        }
    }
}
