//! Pure: the text `unknot routine list` and `unknot routine show` print, made
//! from routines and their timelines. Nothing is printed here; `command` in
//! mod.rs writes it out.

use std::fmt::Write as _;

use crate::t;

use super::model::{Equipment, Exercise, Level, PhaseKind, Position, Routine, Sides};
use super::sound::clips_for;
use super::timeline::{compile, Timeline, GET_READY_MS, MOVE_GET_READY_MS};

/// Lines are wrapped to fit an 80-column terminal.
const WIDTH: usize = 80;

/// Something a routine needs at hand, in the order it is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    Ball,
    /// The prone Y-raise's folded towel under the forehead.
    Towel,
    Chair,
    Wall,
    Floor,
}

impl Need {
    /// As in "Needs: a ball, floor space".
    pub fn text(self) -> String {
        match self {
            Need::Ball => t!("routine-need-ball"),
            Need::Towel => t!("routine-need-towel"),
            Need::Chair => t!("routine-need-chair"),
            Need::Wall => t!("routine-need-wall"),
            Need::Floor => t!("routine-need-floor"),
        }
    }

    /// One word, for the one-line list.
    pub fn word(self) -> String {
        match self {
            Need::Ball => t!("routine-need-ball-short"),
            Need::Towel => t!("routine-need-towel-short"),
            Need::Chair => t!("routine-need-chair-short"),
            Need::Wall => t!("routine-need-wall-short"),
            Need::Floor => t!("routine-need-floor-short"),
        }
    }
}

/// What the routine's exercises need, each once: equipment, then places.
/// Standing needs nothing.
pub fn needs(routine: &Routine) -> Vec<Need> {
    let mut needs: Vec<Need> = routine
        .exercises
        .iter()
        .flat_map(|e| {
            let equipment = match e.equipment {
                // The built-in Y-raise lies on a folded towel; the model has
                // one piece of equipment per exercise, and the towel is not
                // a config choice.
                Equipment::None if e.id == super::builtin::PRONE_Y_RAISE => Some(Need::Towel),
                Equipment::None => None,
                Equipment::Ball => Some(Need::Ball),
            };
            let place = match e.position {
                Position::Chair => Some(Need::Chair),
                Position::Standing => None,
                Position::Wall => Some(Need::Wall),
                Position::Floor => Some(Need::Floor),
            };
            [equipment, place]
        })
        .flatten()
        .collect();
    needs.sort();
    needs.dedup();
    needs
}

/// `routine list`: one aligned line per routine: id, title, length, needs.
pub fn list(routines: &[Routine]) -> String {
    let rows: Vec<[String; 4]> = routines
        .iter()
        .map(|r| {
            let words: Vec<String> = needs(r).into_iter().map(Need::word).collect();
            [
                r.id.clone(),
                r.title.clone(),
                clock(compile(r).total_ms),
                if words.is_empty() {
                    t!("routine-needs-nothing")
                } else {
                    words.join(", ")
                },
            ]
        })
        .collect();
    let width = |col: usize| {
        rows.iter()
            .map(|row| row[col].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (id_w, title_w, len_w) = (width(0), width(1), width(2));
    let mut out = String::new();
    for [id, title, length, needs] in &rows {
        let _ = writeln!(
            out,
            "{id:<id_w$}  {title:<title_w$}  {length:>len_w$}  {needs}"
        );
    }
    out
}

/// `routine show ID`: what the routine needs, its safety line, each exercise
/// with its pattern and length, and the total.
/// `level`: the daily routine's level and why it is that one, named even at
/// level 1.
pub fn describe(routine: &Routine, level: Option<(Level, &str)>) -> String {
    let timeline = compile(routine);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            "routine-show-heading",
            title = &routine.title,
            id = &routine.id
        )
    );
    if let Some((level, why)) = level {
        let line = t!(
            "routine-show-level",
            level = level.get(),
            top = Level::TOP.get(),
            why = why
        );
        wrap_into(&mut out, &line, "", "  ");
    }
    let phrases: Vec<String> = needs(routine).into_iter().map(Need::text).collect();
    let needs = if phrases.is_empty() {
        t!("routine-needs-nothing")
    } else {
        phrases.join(", ")
    };
    wrap_into(&mut out, &t!("routine-show-needs", needs = needs), "", "  ");
    let safety = t!("routine-show-safety", safety = &routine.safety);
    wrap_into(&mut out, &safety, "", "  ");
    for (i, exercise) in routine.exercises.iter().enumerate() {
        let length = timeline.exercises.get(i).map_or(0, |s| s.duration_ms);
        out.push('\n');
        describe_exercise(&mut out, i + 1, exercise, length);
    }
    out.push('\n');
    let total = t!(
        "routine-show-total",
        total = clock(timeline.total_ms),
        ready = seconds(GET_READY_MS),
        move = seconds(MOVE_GET_READY_MS)
    );
    wrap_into(&mut out, &total, "", "  ");
    wrap_into(&mut out, &voice_note(routine), "", "  ");
    out
}

fn describe_exercise(out: &mut String, number: usize, e: &Exercise, length_ms: u64) {
    let heading = t!(
        "routine-show-exercise",
        number = number,
        title = &e.title,
        purpose = e.purpose.label(),
        length = clock(length_ms)
    );
    let _ = writeln!(out, "{heading}");
    let ball = if e.equipment == Equipment::Ball {
        "yes"
    } else {
        "no"
    };
    let place = match e.position {
        Position::Chair => t!("routine-show-place-chair", ball = ball),
        Position::Standing => t!("routine-show-place-standing", ball = ball),
        Position::Wall => t!("routine-show-place-wall", ball = ball),
        Position::Floor => t!("routine-show-place-floor", ball = ball),
    };
    let sides = match e.sides {
        Sides::Left => Some(t!("routine-show-left-only")),
        Sides::Right => Some(t!("routine-show-right-only")),
        Sides::Both if e.rest_between_sides.is_zero() => Some(t!("routine-show-each-side")),
        Sides::Both => Some(t!(
            "routine-show-each-side-switch",
            switch = seconds(duration_ms(e.rest_between_sides))
        )),
        Sides::None => None,
    };
    let setting: Vec<String> = [Some(place), sides].into_iter().flatten().collect();
    wrap_into(out, &setting.join("; "), "   ", "   ");

    let mut volume = vec![t!("routine-show-sets-reps", sets = e.sets, reps = e.reps)];
    if e.sets > 1 && !e.rest_between_sets.is_zero() {
        volume.push(t!(
            "routine-show-rest-between-sets",
            rest = seconds(duration_ms(e.rest_between_sets))
        ));
    }
    if e.sides == Sides::Both {
        volume.push(t!("routine-show-per-side"));
    }
    wrap_into(out, &volume.join(", "), "   ", "   ");

    let pattern: Vec<String> = e
        .phases
        .iter()
        .map(|p| {
            t!(
                "routine-show-phase",
                phase = p.kind.word(),
                length = seconds(duration_ms(p.duration))
            )
        })
        .collect();
    let rep_ms: u64 = e.phases.iter().map(|p| duration_ms(p.duration)).sum();
    let pattern = t!(
        "routine-show-rep",
        length = seconds(rep_ms),
        pattern = pattern.join(", ")
    );
    wrap_into(out, &pattern, "   ", "     ");

    let holds = e.phases.iter().any(|p| p.kind == PhaseKind::Hold);
    if let (Some(breath), true) = (e.breath, holds) {
        let line = t!(
            "routine-show-breathing",
            inhale = seconds(duration_ms(breath.inhale)),
            exhale = seconds(duration_ms(breath.exhale))
        );
        wrap_into(out, &line, "   ", "   ");
    }
    for line in &e.instructions {
        wrap_into(out, line, "   - ", "     ");
    }
}

/// `routine show ID --json`: the compiled timeline, pretty-printed; each
/// cue also says what is `heard` (with the voice on): the spoken text, or the
/// tone's name.
/// `level`: the daily routine's level, named even at level 1.
pub fn json(timeline: &Timeline, level: Option<Level>) -> serde_json::Result<String> {
    let mut value = serde_json::to_value(timeline)?;
    if let (Some(level), Some(obj)) = (level, value.as_object_mut()) {
        obj.insert("level".into(), level.get().into());
    }
    if let Some(cues) = value.get_mut("cues").and_then(|c| c.as_array_mut()) {
        for (json, cue) in cues.iter_mut().zip(&timeline.cues) {
            let heard: Vec<String> = clips_for(cue, timeline, true)
                .into_iter()
                .map(|c| c.heard())
                .collect();
            if let Some(obj) = json.as_object_mut() {
                obj.insert("heard".into(), heard.into());
            }
        }
    }
    serde_json::to_string_pretty(&value)
}

/// What the voice covers in `routine`: everything for the built-ins; for a
/// user routine, the generic words only.
fn voice_note(routine: &Routine) -> String {
    if routine.exercises.iter().all(|e| e.guide.is_some()) && routine.spoken_safety.is_empty() {
        t!("routine-show-voice-quiet")
    } else if routine.exercises.iter().all(|e| e.guide.is_some()) {
        t!("routine-show-voice-all")
    } else {
        t!("routine-show-voice-own")
    }
}

/// The message for an unknown routine id: the known ids, and the closest one
/// if it looks like a typo.
pub fn unknown(id: &str, known: &[&str]) -> String {
    let mut out = t!("routine-unknown", id = id, known = known.join(", "));
    let closest = known
        .iter()
        .map(|k| (strsim::jaro_winkler(id, k), *k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, k)) = closest {
        out.push('\n');
        out.push_str(&t!("routine-did-you-mean", id = k));
    }
    out
}

/// `m:ss`, rounded to the nearest second.
pub fn clock(ms: u64) -> String {
    let s = ms.saturating_add(500) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// "2 s", or "1.5 s" when not whole.
pub fn seconds(ms: u64) -> String {
    // Whole milliseconds: at most three decimals, printed as short as they go.
    t!("routine-seconds", n = ms as f64 / 1000.0)
}

fn duration_ms(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Appends `text` word-wrapped to `WIDTH`: `first` before the first line,
/// `rest` before the others. A word longer than a line gets a line of its own.
fn wrap_into(out: &mut String, text: &str, first: &str, rest: &str) {
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = rest.to_owned();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;

    fn upper_trap() -> Routine {
        builtin::find(builtin::UPPER_TRAP).expect("built-in upper-trap")
    }

    #[test]
    fn clock_and_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(611_000), "10:11");
        assert_eq!(clock(59_600), "1:00");
        assert_eq!(seconds(2_000), "2 s");
        assert_eq!(seconds(1_500), "1.5 s");
        assert_eq!(seconds(250), "0.25 s");
    }

    #[test]
    fn needs_are_derived_from_equipment_and_position() {
        let words: Vec<String> = needs(&upper_trap()).into_iter().map(Need::text).collect();
        assert_eq!(
            words,
            [
                "a ball",
                "a folded towel",
                "a chair",
                "a wall",
                "floor space"
            ]
        );
        let desk = builtin::find(builtin::DESK_RESET).expect("built-in desk-reset");
        assert_eq!(needs(&desk), [Need::Chair]);
    }

    #[test]
    fn describe_shows_needs_safety_exercises_and_total() {
        let r = upper_trap();
        let text = describe(&r, None);
        let total = clock(compile(&r).total_ms);
        assert!(text.contains("Needs: a ball, a folded towel, a chair, a wall, floor space\n"));
        assert!(text.contains("Safety: Skip it after a recent neck"));
        assert!(text.contains("1. Neck side stretch (stretch), "));
        assert!(text.contains("2. Ball pressure on the knot (release), "));
        assert!(text.contains("3. Prone Y-raise (strengthen), "));
        assert!(text.contains("4. Shoulder-blade depression hold (retrain), "));
        assert!(text.contains("Each rep (8 s): Raise 2 s, Hold 2 s, Lower 3 s, Rest 1 s"));
        assert!(text.contains("2 sets × 8 reps, 30 s rest between sets"));
        assert!(text.contains("Breathing while holding: in 4 s, out 6 s"));
        assert!(text.contains("each side, left first, 5 s to switch"));
        assert!(text.contains(&format!("Total: {total} ")));
        for line in text.lines() {
            assert!(line.chars().count() <= WIDTH, "too wide: {line}");
        }
    }

    #[test]
    fn list_has_one_line_per_routine() {
        let text = list(&builtin::all());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("upper-trap      Upper-trap daily routine"));
        assert!(lines[0].ends_with("ball, towel, chair, wall, floor"));
        assert!(lines[1].starts_with("desk-reset      Desk reset"));
        assert!(lines[2].starts_with("shoulder-check  Shoulder check"));
        assert!(lines[2].ends_with("chair"), "{}", lines[2]);
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
    }

    #[test]
    fn unknown_lists_known_ids_and_suggests_a_close_one() {
        let known = ["upper-trap", "desk-reset"];
        assert_eq!(
            unknown("xyz", &known),
            "unknot: no routine \"xyz\"; known routines: upper-trap, desk-reset"
        );
        assert!(unknown("uper-trap", &known).ends_with("did you mean \"upper-trap\"?"));
        assert!(unknown("desk", &known).ends_with("did you mean \"desk-reset\"?"));
    }

    #[test]
    fn wrap_keeps_lines_narrow_and_words_whole() {
        let mut out = String::new();
        let text = "word ".repeat(40);
        wrap_into(&mut out, &text, "   - ", "     ");
        assert!(out.lines().count() > 1);
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH));
        assert_eq!(out.split_whitespace().filter(|w| *w == "word").count(), 40);
    }
}
