//! Pure: what a guided session says, and when. From a routine and its
//! segments, `plan` places every line so that it starts where it is needed
//! and ends before the next line starts (clip lengths from `voice`).
//!
//! Rules (docs/routines.md, "What you hear"):
//! - Before the first exercise, the routine's safety line.
//! - At each exercise's start: its name and how to get into position (the
//!   built-ins' `Guide::setup`; "Get ready." / "Next exercise." otherwise),
//!   then the first side ("Tip your left ear toward your left shoulder."),
//!   the rest of the set-up (`Guide::prepare`), the first set ("Set one of
//!   two.") and, for rep work, the form cue (per side where it names one).
//! - A long press says, after its first word, the form cue and
//!   `Guide::work` (how much, what to do if it tingles), and halfway
//!   `Guide::midway`.
//! - At a side switch: "Time to switch sides." and how to set up the new side (as
//!   the new side begins, if there is no pause between the sides).
//! - Between sets: how long the rest is, and near its end the next set and
//!   the form cue again.
//! - Breathing holds name the first two breaths of each side; tones carry
//!   the rest. Long holds and presses say the form cue once per side.
//! - Rep work says "Last one, lift up." (the movement word with it; "Last
//!   one." before a counted hold) on the last rep of a set, and the rep
//!   number when it is done ("That's three."), on the easing phase, where
//!   there is time.
//! - A short hold without breath pacing (5–12 s) is counted aloud, one
//!   number a second, with its set-up words just before it begins.
//! - Phase words ("Lift up.", "Hold it there.") fill in where they fit; they are the
//!   only lines that may be left out.
//! - At the end, with the closing chime: "Great work. You are done."
//!
//! Lines start `AFTER_TONE_MS` after the tone of their moment, so the tone's
//! onset is heard clean, and at least `GAP_MS` after the previous line ends.

use crate::t;

use super::model::{Exercise, PhaseKind, Routine};
use super::timeline::{Segment, Side, Step};
use super::voice;

/// Said when the sides change.
pub fn switch_sides() -> String {
    t!("say-switch-sides")
}

/// Said with the closing chime.
pub fn done() -> String {
    t!("say-done")
}

/// Said in place of the closing line and chime after "Stop — it hurt", and
/// shown on the end screen: stop that exercise, rest the area, when to get
/// it checked.
pub fn pain_stop() -> [String; 2] {
    [t!("say-pain-stop"), t!("say-pain-stop-checked")]
}

/// Said after `pain_stop` when the same exercise already hurt in the last
/// fourteen days: the engine leaves it out until it is put back.
pub fn pain_again() -> String {
    t!("say-pain-again")
}

/// The keys, said at the start of a user's first sessions (always shown).
pub fn keys() -> String {
    t!("say-keys")
}

/// The check-in before the routine: the question and the scale's two ends.
pub fn checkin_before() -> String {
    t!("say-checkin-before")
}

/// The check-in on the end screen.
pub fn checkin_after() -> String {
    t!("say-checkin-after")
}

/// A rating, said back when it is picked ("Zero." to "Ten.").
pub fn rating_word(n: u8) -> Option<String> {
    (n <= 10).then(|| t!("say-rating", n = n))
}

/// The lines said outside the timeline, by the window at the moment they
/// belong to: the pain stop, the keys, the check-ins and the ratings.
pub fn session_lines() -> Vec<String> {
    let mut texts = Vec::from(pain_stop());
    texts.extend([pain_again(), keys(), checkin_before(), checkin_after()]);
    texts.extend((0..=10).filter_map(rating_word));
    texts
}

/// Silence between two lines.
pub const GAP_MS: u64 = 150;
/// A line at the start of a segment starts this long after its tone.
pub const AFTER_TONE_MS: u64 = 250;
/// Holds without breath pacing this long (whole seconds) are counted aloud.
pub const COUNTED_HOLD_S: std::ops::RangeInclusive<u64> = 5..=12;
/// A line about how to hold or press is heard within this long of the
/// side's first hold or press (`model::By::Effort`).
pub const EARLY_MS: u64 = 20_000;
/// An effort phase this long gets its `Guide::midway` line halfway.
pub const LONG_EFFORT_MS: u64 = 20_000;
/// The next set is announced this long before its rest ends (when the rest
/// is long enough), ahead of the 3-2-1 count.
const NEXT_SET_LEAD_MS: u64 = 9_000;

/// One line the plan wants said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The text; `spoken` is set only if it has a clip.
    pub text: String,
    pub spoken: Option<&'static str>,
    /// Earliest start.
    pub at_ms: u64,
    /// It must have ended by then (the end of its moment).
    pub by_ms: u64,
    /// Everything but phase words must be said.
    pub needed: bool,
    /// Where it was placed (`None`: no clip, or an optional line that did
    /// not fit).
    pub start_ms: Option<u64>,
    /// The clip's length.
    pub ms: u64,
}

/// Where each line is said: `(start_ms, text)`, in time order.
pub fn plan(routine: &Routine, segments: &[Segment]) -> Vec<(u64, &'static str)> {
    let mut placed: Vec<(u64, &'static str)> = lines(routine, segments)
        .into_iter()
        .filter_map(|l| Some((l.start_ms?, l.spoken?)))
        .collect();
    placed.sort_by_key(|p| p.0);
    placed
}

/// Every line the plan wants, placed or not: for tests and `routine show`.
pub fn lines(routine: &Routine, segments: &[Segment]) -> Vec<Line> {
    let mut wants = Wants::default();
    for (i, seg) in segments.iter().enumerate() {
        let Some(ex) = routine.exercises.get(seg.exercise) else {
            continue;
        };
        wants.segment(routine, ex, segments, i);
    }
    // With the routine's closing chime (the audio starts it after the tone).
    if let Some(last) = segments.last() {
        let end = last.end_ms();
        wants.want(end, end + 1, Some(done()), true);
    }
    place(wants.0)
}

/// Every text the app can speak: what the built-ins say with each of the
/// config's choices, and the generic words a user routine gets (the
/// built-ins with their own lines taken away stand in for one). These are
/// the texts `cargo xtask assets` records (`unknot voice-script --lang`),
/// in the current language.
pub fn script() -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    for options in super::model::Options::every() {
        for routine in super::builtin::all_with(options) {
            let mut generic = routine.clone();
            generic.spoken_safety.clear();
            for e in &mut generic.exercises {
                e.guide = None;
            }
            for r in [routine, generic] {
                let t = super::timeline::compile(&r);
                texts.extend(lines(&r, &t.segments).into_iter().map(|l| l.text));
            }
        }
    }
    texts.extend(session_lines());
    // Any user routine's last rep.
    texts.extend([PhaseKind::Hold, PhaseKind::Press, PhaseKind::Raise].map(last_one));
    texts.sort();
    texts.dedup();
    texts
}

/// Places the needed lines in time order, each as early as it may start and
/// the previous line allows; then fits the optional ones into the gaps.
fn place(mut lines: Vec<Line>) -> Vec<Line> {
    // Stable: lines wanted at the same moment keep the order they were made.
    lines.sort_by_key(|l| l.at_ms);
    let mut busy: Vec<(u64, u64)> = Vec::new();
    let mut cursor = 0;
    for line in lines.iter_mut().filter(|l| l.needed && l.spoken.is_some()) {
        let start = line.at_ms.max(cursor);
        if start >= line.by_ms {
            // Its moment is over (a routine of very short phases): words
            // that late would only mislead.
            continue;
        }
        line.start_ms = Some(start);
        cursor = start + line.ms + GAP_MS;
        busy.push((start, cursor));
    }
    for line in lines.iter_mut().filter(|l| !l.needed && l.spoken.is_some()) {
        let (start, end) = (line.at_ms, line.at_ms + line.ms + GAP_MS);
        let free = busy.iter().all(|&(s, e)| end <= s || e <= start);
        if free && line.at_ms + line.ms <= line.by_ms {
            line.start_ms = Some(start);
            busy.push((start, end));
        }
    }
    lines
}

#[derive(Default)]
struct Wants(Vec<Line>);

impl Wants {
    fn want(&mut self, at_ms: u64, by_ms: u64, text: Option<String>, needed: bool) {
        let Some(text) = text.filter(|t| !t.is_empty()) else {
            return;
        };
        let clip = voice::clip(&text);
        self.0.push(Line {
            spoken: clip.map(|c| c.text),
            ms: clip.map_or(0, |c| c.ms),
            text,
            at_ms,
            by_ms,
            needed,
            start_ms: None,
        });
    }

    fn segment(&mut self, routine: &Routine, ex: &Exercise, segments: &[Segment], i: usize) {
        let seg = &segments[i];
        let t0 = seg.start_ms + AFTER_TONE_MS;
        let end = seg.end_ms();
        let guide = ex.guide.as_ref();
        let first_of_side = seg.set == Some(1) && seg.rep == Some(1);
        // Sides switched with no pause between them (no switch segment):
        // said as the new side begins.
        let before = i.checked_sub(1).map(|b| &segments[b]);
        if seg.side == Side::Right
            && before.is_some_and(|b| b.side == Side::Left && b.exercise == seg.exercise)
        {
            self.want(t0, end, Some(switch_sides()), true);
            self.want(t0, end, side_line(ex, Side::Right), true);
        }
        match seg.step {
            Step::GetReady => {
                if seg.exercise == 0 {
                    self.want(t0, end, Some(routine.spoken_safety.clone()), true);
                }
                let setup = match guide {
                    Some(g) => g.setup.clone(),
                    None if seg.exercise == 0 => t!("say-get-ready"),
                    None => t!("say-next-exercise"),
                };
                self.want(t0, end, Some(setup), true);
                let first = ex.sides.list().first().copied().unwrap_or(Side::None);
                self.want(t0, end, side_line(ex, first), true);
                for line in guide.map_or(&[][..], |g| &g.prepare[..]) {
                    self.want(t0, end, Some(line.clone()), true);
                }
                if ex.sets > 1 {
                    self.want(t0, end, voice::set_of(1, u64::from(ex.sets)), true);
                }
                if form_before_work(ex) {
                    self.want(t0, end, form(ex, first), true);
                }
            }
            Step::SwitchSides => {
                self.want(t0, end, Some(switch_sides()), true);
                let next = segments.get(i + 1).map_or(Side::None, |s| s.side);
                self.want(t0, end, side_line(ex, next), true);
                if form_before_work(ex) {
                    self.want(t0, end, form(ex, next), true);
                }
            }
            Step::RestBetweenSets => {
                // "Rest for thirty seconds.", or "Rest." where there is no
                // clip for the length.
                let rest = voice::rest_for(seg.duration_ms / 1000)
                    .filter(|_| seg.duration_ms.is_multiple_of(1000));
                let said = rest.as_deref().and_then(voice::clip).is_some();
                self.want(t0, end, rest, true);
                if !said {
                    self.want(t0, end, Some(word(PhaseKind::Rest)), true);
                }
                let next = seg.set.unwrap_or(0) + 1;
                let at = end.saturating_sub(NEXT_SET_LEAD_MS).max(t0);
                self.want(
                    at,
                    end,
                    voice::set_of(u64::from(next), u64::from(ex.sets)),
                    true,
                );
                if form_before_work(ex) {
                    self.want(at, end, form(ex, seg.side), true);
                }
            }
            Step::BreatheIn | Step::BreatheOut => {
                let n = breath_index(segments, i);
                if first_of_side && n < 4 {
                    let text = match seg.step {
                        Step::BreatheIn => t!("say-breathe-in"),
                        // The first breath out says what it is for.
                        _ => guide
                            .map(|g| g.exhale.clone())
                            .filter(|t| n == 1 && !t.is_empty())
                            .unwrap_or_else(|| t!("say-breathe-out")),
                    };
                    self.want(t0, end, Some(text), true);
                }
                if first_of_side && n == 4 && !form_before_work(ex) {
                    // Said over the breaths: it has until the hold ends.
                    let hold_end = segments[i..]
                        .iter()
                        .take_while(|s| {
                            matches!(s.step, Step::BreatheIn | Step::BreatheOut)
                                && place_of(s) == place_of(seg)
                        })
                        .last()
                        .map_or(end, Segment::end_ms);
                    self.want(t0, hold_end, form(ex, seg.side), true);
                }
            }
            Step::Phase(kind) => self.phase(ex, segments, i, kind, first_of_side),
        }
    }

    fn phase(
        &mut self,
        ex: &Exercise,
        segments: &[Segment],
        i: usize,
        kind: PhaseKind,
        first_of_side: bool,
    ) {
        let seg = &segments[i];
        let t0 = seg.start_ms + AFTER_TONE_MS;
        let end = seg.end_ms();
        let guide = ex.guide.as_ref();
        let same_rep = |s: &Segment| place_of(s) == place_of(seg);
        let rep_start = i == 0 || !same_rep(&segments[i - 1]);
        let last_rep = ex.reps > 1 && seg.rep == Some(ex.reps);
        let earlier_in_rep = segments[..i].iter().rev().take_while(|s| same_rep(s));
        let first_ease = !earlier_in_rep.clone().any(|s| is_ease(s.step));
        let first_effort = !earlier_in_rep.clone().any(|s| is_effort(s.step));
        if counted(ex, seg) {
            // Set-up words end just before the first number.
            let mut before: Vec<String> = Vec::new();
            if last_rep && rep_start {
                before.push(t!("say-last-one"));
            }
            if let Some(g) = guide.filter(|g| !g.before_hold.is_empty()) {
                before.push(g.before_hold.clone());
            }
            let lengths: u64 = before
                .iter()
                .map(|t| voice::clip(t).map_or(0, |c| c.ms) + GAP_MS)
                .sum();
            let at = t0.saturating_sub(lengths);
            for text in before {
                self.want(at, t0, Some(text), true);
            }
            for k in 0..seg.duration_ms / 1000 {
                let at = t0 + k * 1000;
                self.want(at, at + 1000, voice::count(k + 1), true);
            }
            return;
        }
        match kind {
            PhaseKind::Hold | PhaseKind::Press | PhaseKind::Raise => {
                let effort = guide.map(|g| g.effort.clone()).unwrap_or_default();
                if last_rep && rep_start {
                    // The movement's word with it, so the lift is not left
                    // to the tone alone.
                    self.want(t0, end, Some(last_one(kind)), true);
                } else if first_of_side && first_effort && !effort.is_empty() {
                    self.want(t0, end, Some(effort), true);
                } else {
                    self.want(t0, end, Some(word(kind)), false);
                }
                if first_of_side && first_effort {
                    if !form_before_work(ex) {
                        self.want(t0, end, form(ex, seg.side), true);
                    }
                    for line in guide.map_or(&[][..], |g| &g.work[..]) {
                        self.want(t0, end, Some(line.clone()), true);
                    }
                    // Halfway through a long press, so it is not a minute
                    // of silence.
                    let midway = guide.map(|g| g.midway.clone());
                    if seg.duration_ms >= LONG_EFFORT_MS {
                        self.want(seg.start_ms + seg.duration_ms / 2, end, midway, true);
                    }
                }
            }
            PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest => {
                // The exercise's own word where the movement is not "down".
                let ease_word = || match guide.filter(|g| !g.ease_word.is_empty()) {
                    Some(g) => g.ease_word.clone(),
                    None => word(kind),
                };
                if !first_ease {
                    self.want(t0, end, Some(ease_word()), false);
                    return;
                }
                let ease = guide.map(|g| g.ease.clone()).unwrap_or_default();
                let every_rep = ex.reps > 1 && guide.is_some_and(|g| !g.before_hold.is_empty());
                if !ease.is_empty() && (first_of_side || every_rep) {
                    self.want(t0, end, Some(ease), true);
                } else {
                    // Said before the rep's number in rep work.
                    self.want(t0, end, Some(ease_word()), ex.reps > 1);
                }
                if ex.reps > 1 {
                    let n = seg.rep.unwrap_or(0);
                    self.want(t0, end, voice::rep_done(u64::from(n)), true);
                }
            }
        }
    }
}

/// How to set up `side` of `ex`: the built-in's line, or "Left side.".
fn side_line(ex: &Exercise, side: Side) -> Option<String> {
    let index = match side {
        Side::None => return None,
        Side::Left => 0,
        Side::Right => 1,
    };
    Some(match &ex.guide {
        Some(g) => g.side_lines[index].clone(),
        None if index == 0 => t!("say-side-left"),
        None => t!("say-side-right"),
    })
}

/// The form cue said on `side` of `ex`, if it has one.
fn form(ex: &Exercise, side: Side) -> Option<String> {
    let index = match side {
        Side::None => None,
        Side::Left => Some(0),
        Side::Right => Some(1),
    };
    ex.guide.as_ref().map(|g| g.form_for(index).to_owned())
}

/// The form cue goes before the work when the work has no long still
/// moment to say it in (rep work): before each set, or once per side.
fn form_before_work(ex: &Exercise) -> bool {
    !ex.phases
        .iter()
        .any(|p| is_effort(Step::Phase(p.kind)) && p.duration.as_secs() >= 20)
}

/// Whether segment `seg` is a hold counted aloud.
pub fn counted(ex: &Exercise, seg: &Segment) -> bool {
    seg.step == Step::Phase(PhaseKind::Hold)
        && ex.breath.is_none()
        && seg.duration_ms.is_multiple_of(1000)
        && COUNTED_HOLD_S.contains(&(seg.duration_ms / 1000))
}

/// The spoken word for a phase: a little longer than the word on screen
/// where the bare word was misheard ("Hold." as "Oh", "Raise." as "Rain",
/// "Lift." as "Live", "Hold it." as "Older" by the recogniser in
/// docs/assets.md).
fn word(kind: PhaseKind) -> String {
    match kind {
        PhaseKind::Hold => t!("say-phase-hold"),
        PhaseKind::Press => t!("say-phase-press"),
        PhaseKind::Raise => t!("say-phase-raise"),
        PhaseKind::Lower => t!("say-phase-lower"),
        PhaseKind::Release => t!("say-phase-release"),
        PhaseKind::Rest => t!("say-phase-rest"),
    }
}

/// Before the last rep of a set that starts with an effort: "Last one, lift
/// up." (one sentence: as two, the clip measured a dB quieter than the rest;
/// "lift" alone at the end was heard as "lived"). A set never starts with
/// an easing phase; for one, the bare "Last one.".
fn last_one(kind: PhaseKind) -> String {
    match kind {
        PhaseKind::Hold => t!("say-last-one-hold"),
        PhaseKind::Press => t!("say-last-one-press"),
        PhaseKind::Raise => t!("say-last-one-raise"),
        PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest => t!("say-last-one"),
    }
}

fn is_effort(step: Step) -> bool {
    matches!(
        step,
        Step::Phase(PhaseKind::Hold | PhaseKind::Press | PhaseKind::Raise)
            | Step::BreatheIn
            | Step::BreatheOut
    )
}

fn is_ease(step: Step) -> bool {
    matches!(
        step,
        Step::Phase(PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest)
    )
}

fn place_of(s: &Segment) -> (usize, Option<u32>, Option<u32>, Side) {
    (s.exercise, s.set, s.rep, s.side)
}

/// How many breath segments of the same hold come before segment `i`.
fn breath_index(segments: &[Segment], i: usize) -> usize {
    let this = &segments[i];
    segments[..i]
        .iter()
        .rev()
        .take_while(|s| {
            matches!(s.step, Step::BreatheIn | Step::BreatheOut) && place_of(s) == place_of(this)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::routine::builtin;
    use crate::routine::model::Options;
    use crate::routine::timeline::{compile, CueKind, Timeline};

    /// Every built-in with every choice the config offers.
    fn every_builtin() -> Vec<(Options, Routine)> {
        Options::every()
            .into_iter()
            .flat_map(|o| builtin::all_with(o).into_iter().map(move |r| (o, r)))
            .collect()
    }

    fn said(t: &Timeline, from: u64, to: u64) -> Vec<&'static str> {
        t.cues_between(from, to)
            .iter()
            .filter_map(|c| match c.kind {
                CueKind::Say { text } => Some(text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_line_the_builtins_need_has_a_clip_and_fits_its_moment() {
        // In every shipped language, with its own clips; every miss listed.
        let mut misses = std::collections::BTreeSet::new();
        for lang in Lang::ALL {
            crate::i18n::scoped(lang, || {
                for (o, r) in every_builtin() {
                    let t = compile(&r);
                    for l in lines(&r, &t.segments).iter().filter(|l| l.needed) {
                        let Some(start) = l.start_ms.filter(|_| l.spoken.is_some()) else {
                            misses.insert(format!(
                                "{lang:?} {}: no clip or not placed: {:?}",
                                r.id, l.text
                            ));
                            continue;
                        };
                        if !(start + l.ms <= l.by_ms || (l.text == done() && start == t.total_ms)) {
                            misses.insert(format!(
                                "{lang:?} {}: {:?} ({} ms) runs {} ms past its moment",
                                r.id,
                                l.text,
                                l.ms,
                                start + l.ms - l.by_ms
                            ));
                        }
                    }
                }
            });
        }
        assert!(misses.is_empty(), "{misses:#?}");
    }

    /// Speech never runs into the next spoken line, checked from the clips'
    /// lengths; and it stays inside the routine.
    #[test]
    fn no_line_runs_into_the_next() {
        // In every shipped language, with its own clips.
        for lang in Lang::ALL {
            crate::i18n::scoped(lang, || {
                for (o, r) in every_builtin() {
                    let t = compile(&r);
                    let placed = plan(&r, &t.segments);
                    assert!(!placed.is_empty());
                    for pair in placed.windows(2) {
                        let (a, text) = pair[0];
                        let ms = voice::clip(text).expect("placed lines have clips").ms;
                        assert!(
                        a + ms + GAP_MS <= pair[1].0,
                        "{lang:?} {} {o:?}: {text:?} at {a} ms ({ms} ms) runs into {:?} at {} ms",
                        r.id,
                        pair[1].1,
                        pair[1].0
                    );
                    }
                    assert!(placed.iter().all(|&(at, _)| at <= t.total_ms));
                }
            });
        }
    }

    #[test]
    fn words_at_every_start_move_switch_set_and_rep() {
        for (o, r) in every_builtin() {
            let t = compile(&r);
            let id = format!("{} {o:?}", r.id);
            for (i, span) in t.exercises.iter().enumerate() {
                let e = &r.exercises[i];
                let g = e.guide.as_ref().expect("built-ins have a guide");
                let ready = t
                    .segments
                    .iter()
                    .find(|s| s.exercise == i)
                    .expect("a get-ready");
                let heard = said(&t, ready.start_ms, ready.end_ms());
                // The exercise's name and position first (after the safety line).
                let setup = heard.iter().position(|w| *w == g.setup);
                assert!(setup.is_some(), "{id}: {} not set up in {heard:?}", e.id);
                if i == 0 && !r.spoken_safety.is_empty() {
                    assert_eq!(heard[0], r.spoken_safety, "{id}");
                }
                if let Some(first) = e.sides.list().first().filter(|s| **s != Side::None) {
                    let line = &g.side_lines[usize::from(*first == Side::Right)];
                    assert!(heard.contains(&line.as_str()), "{id}: {line}");
                }
                let moved = i > 0 && r.exercises[i - 1].position != e.position;
                if moved {
                    assert!(
                        ready.duration_ms >= 20_000,
                        "{id}: {} s to move",
                        ready.duration_ms
                    );
                }
                for s in t.segments.iter().filter(|s| s.exercise == i) {
                    let heard = said(&t, s.start_ms, s.end_ms());
                    match s.step {
                        Step::SwitchSides => {
                            assert_eq!(heard.first(), Some(&switch_sides().as_str()), "{id}");
                            assert!(heard.contains(&g.side_lines[1].as_str()), "{id}: {heard:?}");
                        }
                        Step::RestBetweenSets => {
                            let next =
                                voice::set_of(u64::from(s.set.unwrap_or(0) + 1), u64::from(e.sets))
                                    .expect("a set line");
                            assert!(heard.iter().any(|w| w.starts_with("Rest for")), "{id}");
                            assert!(heard.contains(&next.as_str()), "{id}: {heard:?}");
                            assert!(heard.contains(&g.form.as_str()), "{id}: {heard:?}");
                        }
                        _ => {}
                    }
                }
                if e.reps > 1 {
                    // Each rep's number is said when it is done, and the
                    // last one is announced.
                    for set in 1..=e.sets {
                        let reps = |rep: u32| {
                            t.segments.iter().filter(move |s| {
                                s.exercise == i && s.set == Some(set) && s.rep == Some(rep)
                            })
                        };
                        for rep in 1..=e.reps {
                            let from = reps(rep).next().expect("a rep").start_ms;
                            let to = reps(rep).next_back().expect("a rep").end_ms();
                            let heard = said(&t, from.saturating_sub(2_000), to);
                            let done = voice::rep_done(u64::from(rep)).expect("a number");
                            assert!(heard.contains(&done.as_str()), "{id}: rep {rep}: {heard:?}");
                            if rep == e.reps {
                                // With the movement's word, or before the count.
                                assert!(
                                    heard.iter().any(|w| w.starts_with("Last one")),
                                    "{id}: {heard:?}"
                                );
                            }
                        }
                    }
                }
                let _ = span;
            }
            assert_eq!(said(&t, t.total_ms, t.total_ms + 1), [done().as_str()]);
        }
    }

    /// Every built-in timeline the app can play: every choice, each with
    /// one exercise left out (after pain), and each without its spoken stop
    /// signs (a later desk reset of the day).
    fn every_timeline() -> Vec<(String, Routine)> {
        let mut all = Vec::new();
        for (o, r) in every_builtin() {
            for i in 0..r.exercises.len() {
                let mut less = r.clone();
                let gone = less.exercises.remove(i);
                all.push((format!("{} {o:?} without {}", r.id, gone.id), less));
            }
            let mut quiet = r.clone();
            quiet.spoken_safety.clear();
            all.push((format!("{} {o:?} without the stop signs", r.id), quiet));
            all.push((format!("{} {o:?}", r.id), r));
        }
        all
    }

    fn is_work(s: &Segment) -> bool {
        matches!(s.step, Step::Phase(_) | Step::BreatheIn | Step::BreatheOut)
    }

    /// The walk: with eyes closed, every instruction line shown is heard
    /// (its spoken lines placed) by the moment it describes, on every side
    /// of every built-in timeline.
    #[test]
    fn nothing_is_only_on_screen() {
        use crate::routine::model::{By, Carrier, Heard};
        let mut checked = 0;
        for (id, r) in every_timeline() {
            let t = compile(&r);
            let lines = lines(&r, &t.segments);
            for (i, e) in r.exercises.iter().enumerate() {
                let g = e.guide.as_ref().expect("built-ins have a guide");
                assert_eq!(g.heard.len(), e.instructions.len(), "{id}: {}", e.id);
                let segs: Vec<&Segment> = t.segments.iter().filter(|s| s.exercise == i).collect();
                let (from, to) = (segs[0].start_ms, segs[segs.len() - 1].end_ms());
                // Where a text is said in this exercise: (start, end).
                let heard_at = |text: &str| -> Vec<(u64, u64)> {
                    lines
                        .iter()
                        .filter(|l| l.text == text && l.spoken.is_some())
                        .filter_map(|l| Some((l.start_ms?, l.start_ms? + l.ms)))
                        .filter(|&(s, _)| from <= s && s < to)
                        .collect()
                };
                for &side in e.sides.list() {
                    let on_side: Vec<&&Segment> = segs.iter().filter(|s| s.side == side).collect();
                    let work = on_side.iter().find(|s| is_work(s)).expect("work");
                    let effort = on_side.iter().find(|s| is_effort(s.step)).expect("effort");
                    // A breath-paced hold is one effort, across its breaths.
                    let effort_end = on_side
                        .iter()
                        .skip_while(|s| s.start_ms < effort.start_ms)
                        .take_while(|s| is_effort(s.step) && place_of(s) == place_of(effort))
                        .last()
                        .map_or(effort.end_ms(), |s| s.end_ms());
                    // The shoulder check has no easing phase and says nothing by one.
                    let ease = on_side.iter().find(|s| is_ease(s.step));
                    for (shown, how) in e.instructions.iter().zip(&g.heard) {
                        let Heard::Said {
                            by,
                            lines: carriers,
                        } = how
                        else {
                            continue;
                        };
                        for carrier in carriers {
                            let text = match carrier {
                                Carrier::Line(text) => text.clone(),
                                Carrier::Side => side_line(e, side).expect("a sided exercise"),
                            };
                            let at = heard_at(&text);
                            let ok = match by {
                                By::Work => at.iter().any(|&(_, end)| end <= work.start_ms),
                                By::Effort => at.iter().any(|&(start, _)| {
                                    start < (effort.start_ms + EARLY_MS).min(effort_end)
                                }),
                                By::Ease => {
                                    let ease = ease.expect("an easing phase");
                                    at.iter().any(|&(start, _)| {
                                        ease.start_ms <= start && start < ease.end_ms()
                                    })
                                }
                            };
                            assert!(
                                ok,
                                "{id}: {} {side:?}: {shown:?} needs {text:?} by {by:?}; heard at {at:?}",
                                e.id
                            );
                            checked += 1;
                        }
                    }
                }
                // Rep work: the form cue before the first rep of every set.
                if form_before_work(e) {
                    for &side in e.sides.list() {
                        let text = form(e, side).expect("a form cue");
                        for set in 1..=e.sets {
                            let first = segs
                                .iter()
                                .find(|s| s.side == side && s.set == Some(set) && is_work(s))
                                .expect("a set");
                            let since = segs
                                .iter()
                                .rev()
                                .find(|s| s.start_ms < first.start_ms && is_work(s))
                                .map_or(from, |s| s.end_ms());
                            assert!(
                                heard_at(&text)
                                    .iter()
                                    .any(|&(s, end)| since <= s && end <= first.start_ms),
                                "{id}: {} set {set}: {text:?}",
                                e.id
                            );
                        }
                    }
                }
            }
        }
        assert!(checked > 1_000, "{checked}");
    }

    #[test]
    fn every_rep_says_its_own_movement_and_the_last_one_says_it_too() {
        for (o, r) in every_builtin() {
            let t = compile(&r);
            for (i, e) in r.exercises.iter().enumerate() {
                if e.reps < 2 || e.phases[0].kind != PhaseKind::Raise {
                    continue;
                }
                let ease = e
                    .guide
                    .as_ref()
                    .map(|g| g.ease_word.clone())
                    .unwrap_or_default();
                for s in t.segments.iter().filter(|s| s.exercise == i) {
                    let heard = said(&t, s.start_ms, s.end_ms());
                    if s.step == Step::Phase(PhaseKind::Lower) && !ease.is_empty() {
                        // The wall lift goes back to the wall, never down.
                        assert!(!heard.contains(&"Lower down slowly."), "{o:?} {heard:?}");
                        if s.rep != Some(1) || s.set != Some(1) {
                            assert!(heard.contains(&ease.as_str()), "{o:?} {s:?}: {heard:?}");
                        }
                    }
                    if s.step == Step::Phase(PhaseKind::Raise) && s.rep == Some(e.reps) {
                        assert_eq!(heard.first(), Some(&"Last one, lift up."), "{o:?} {s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_press_is_not_a_minute_of_silence() {
        for (o, r) in every_builtin() {
            let t = compile(&r);
            let placed = plan(&r, &t.segments);
            for s in t
                .segments
                .iter()
                .filter(|s| s.step == Step::Phase(PhaseKind::Press))
            {
                let inside: Vec<u64> = placed
                    .iter()
                    .filter(|(at, _)| s.start_ms <= *at && *at < s.end_ms())
                    .map(|(at, text)| at + voice::clip(text).expect("a clip").ms)
                    .collect();
                // No stretch of more than 30 s without a word, the 3-2-1
                // ticks carrying the end.
                let mut last = s.start_ms;
                for end in inside {
                    assert!(end - last <= 40_000, "{o:?}: {last}..{end}");
                    last = end;
                }
                assert!(
                    s.end_ms() - last <= 32_000,
                    "{} {o:?}: silent from {last}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn breaths_are_named_for_the_first_two_of_each_side_then_tones_carry_on() {
        let r = builtin::find(builtin::UPPER_TRAP).expect("built-in");
        let t = compile(&r);
        for side in [Side::Left, Side::Right] {
            let breaths: Vec<&Segment> = t
                .segments
                .iter()
                .filter(|s| s.side == side && matches!(s.step, Step::BreatheIn | Step::BreatheOut))
                .collect();
            assert_eq!(breaths.len(), 12, "60 s of 4 s in, 6 s out");
            let named: Vec<Vec<&str>> = breaths
                .iter()
                .map(|s| {
                    said(&t, s.start_ms, s.end_ms())
                        .into_iter()
                        .filter(|w| w.starts_with("Breathe"))
                        .collect()
                })
                .collect();
            assert_eq!(
                named[..5],
                [
                    vec!["Breathe in slowly."],
                    vec!["Breathe out slowly, and let the stretch soften a little."],
                    vec!["Breathe in slowly."],
                    vec!["Breathe out slowly."],
                    vec![]
                ]
            );
            assert!(named[5..].iter().all(Vec::is_empty));
        }
    }

    #[test]
    fn the_count_of_ten_is_said_aloud_second_by_second() {
        let r = builtin::find(builtin::UPPER_TRAP).expect("built-in");
        let t = compile(&r);
        let holds: Vec<&Segment> = t
            .segments
            .iter()
            .filter(|s| counted(&r.exercises[s.exercise], s))
            .collect();
        assert_eq!(holds.len(), 8);
        for h in holds {
            let counts: Vec<(u64, &str)> = t
                .cues_between(h.start_ms, h.end_ms())
                .iter()
                .filter_map(|c| match c.kind {
                    CueKind::Say { text } => Some((c.at_ms - h.start_ms, text)),
                    _ => None,
                })
                .collect();
            let want: Vec<(u64, &str)> = (1..=10)
                .map(|n| {
                    (
                        AFTER_TONE_MS + (n - 1) * 1000,
                        voice::number(n).expect("a word"),
                    )
                })
                .map(|(at, w)| (at, voice::say(&format!("{w}.")).expect("a clip")))
                .collect();
            assert_eq!(counts, want);
        }
    }

    #[test]
    fn every_text_has_a_clip_and_every_clip_is_used() {
        // In every shipped language, with its own clips.
        for lang in Lang::ALL {
            crate::i18n::scoped(lang, || {
                let script = script();
                let clips: Vec<&str> = voice::clips().iter().map(|c| c.text).collect();
                let missing: Vec<&String> = script
                    .iter()
                    .filter(|t| !clips.contains(&t.as_str()))
                    .collect();
                assert!(
                    missing.is_empty(),
                    "{lang:?}: no clip for {missing:?}: run `cargo xtask assets`"
                );
                let unused: Vec<&&str> = clips
                    .iter()
                    .filter(|c| !script.iter().any(|t| t == *c))
                    .collect();
                assert!(
                    unused.is_empty(),
                    "{lang:?}: unused clips {unused:?}: run `cargo xtask assets`"
                );
            });
        }
    }

    #[test]
    fn a_user_routine_hears_the_generic_words_only() {
        let mut r = builtin::find(builtin::UPPER_TRAP).expect("built-in");
        r.spoken_safety.clear();
        for e in &mut r.exercises {
            e.guide = None;
            e.instructions = vec!["Something only the user wrote.".into()];
        }
        let t = compile(&r);
        let all = said(&t, 0, t.total_ms + 1);
        assert_eq!(all[0], "Get ready.");
        for want in [
            "Left side.",
            &switch_sides(),
            "Right side.",
            "Next exercise.",
            "Set two of two.",
            "That's eight.",
            "Ten.",
        ] {
            assert!(all.contains(&want), "{want}");
        }
        assert!(!all.iter().any(|w| w.contains("user wrote")));
    }
}
