//! Test only: every screen of every window, in every language and at text
//! scale 1 and 2, lays out without a cut or overflowing text (the scenes'
//! `overflow`, recorded by `view::fit`, `view::wrap` and `view::text`).

use chrono::NaiveDate;

use super::home::{self, HomeWindow};
use super::player::{Opening, Player, PlayerInput};
use super::prefs::{self, Broken, Note, Prefs, Welcome};
use super::scene::Scene;
use super::{stats_view, view};
use crate::config::prefs::LeftOut;
use crate::config::{CheckIn, Config};
use crate::i18n::{scoped, Lang};
use crate::routine::{builtin, Level, Options};
use crate::values::{
    Counts, DayRatings, DayStats, ExerciseTotal, Home, HomeBreak, HomeMode, PainCount, Stats,
    Streaks, WeekStats,
};

/// The text scales the windows are checked at. `appearance.text_scale`
/// zooms the whole window (`session::window`'s `zoom`, `unknot render
/// --text-scale`): the scene is laid out in logical pixels and drawn that
/// much larger, in a window as much larger. So a scene that fits at 1.0
/// fits at 2.0; both are listed, so that the day the layout depends on the
/// scale, this test already covers it.
const SCALES: [f32; 2] = [1.0, 2.0];

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date") + chrono::Days::new(u64::from(d))
}

/// Thirty days of history ending on a Friday, with every kind of day:
/// routine done, other exercise only, nothing, weekends, check-ins, pain stops.
fn month_of_stats() -> Stats {
    let today = NaiveDate::from_ymd_opt(2026, 3, 13).expect("a date");
    let days: Vec<DayStats> = (0..30u32)
        .map(|i| {
            let date = today - chrono::Days::new(u64::from(29 - i));
            let weekday = chrono::Datelike::weekday(&date).num_days_from_monday();
            DayStats {
                date,
                working_day: weekday < 5,
                counts: Counts {
                    offered: 9,
                    taken: i % 4,
                    completed: i % 3,
                    snoozed: i % 2,
                    skipped: i % 5,
                    ignored: 1,
                    natural_breaks: 2,
                    pain_stops: u32::from(i % 7 == 0),
                    exercise_ms: u64::from(i % 4) * 330_000,
                    shoulder_checks: 1,
                    checks_skipped: 0,
                },
                daily_done: i % 3 == 0,
                ratings: DayRatings {
                    before: Some((i % 11) as u8),
                    after: Some((i % 9) as u8),
                },
            }
        })
        .collect();
    let weeks = (0..12u32)
        .map(|w| WeekStats {
            monday: today - chrono::Days::new(u64::from(4 + 7 * (11 - w))),
            routine_days: w % 6,
            working_days: 5,
            median_before: (w % 4 != 0).then_some(6.5),
            median_after: (w % 4 != 0).then_some(3.5),
            shoulder_checks: w,
        })
        .collect();
    let titles = builtin::all()
        .into_iter()
        .flat_map(|r| r.exercises.into_iter().map(|e| e.title))
        .collect::<Vec<_>>();
    Stats {
        today,
        from: today - chrono::Days::new(29),
        records: 512,
        days,
        totals: Counts {
            offered: 270,
            taken: 45,
            completed: 30,
            snoozed: 15,
            skipped: 60,
            ignored: 30,
            natural_breaks: 60,
            pain_stops: 5,
            exercise_ms: 14_850_000,
            shoulder_checks: 30,
            checks_skipped: 3,
        },
        streak: Streaks {
            current: 12,
            best: 104,
        },
        completion_rate: Some(0.42),
        exercises: titles
            .iter()
            .map(|title| ExerciseTotal {
                title: title.clone(),
                done: 21,
                partial: 3,
            })
            .collect(),
        weeks,
        pain_stops: titles
            .iter()
            .take(3)
            .map(|title| PainCount {
                exercise: title.clone(),
                stops: 2,
            })
            .collect(),
    }
}

/// The home window in each of its modes, with the default config's break
/// whose name is longest as shown in the current language, and a long
/// reason for holding the breaks.
fn homes() -> Vec<Home> {
    let today = day(12);
    let name = Config::default()
        .breaks
        .iter()
        .map(|b| b.name.clone())
        .max_by_key(|n| crate::config::shown_break_name(n).chars().count())
        .unwrap_or_default();
    let mut out = Vec::new();
    for mode in [
        HomeMode::Idle,
        HomeMode::Due,
        HomeMode::Snoozed,
        HomeMode::Paused,
        HomeMode::InBreak,
    ] {
        for (working_hours, held_by, daily_done) in [
            (true, None, false),
            (true, Some("Videokonferenz in Microsoft Teams"), true),
            (false, None, false),
        ] {
            out.push(Home {
                today,
                mode,
                next_break: Some(HomeBreak {
                    name: name.clone(),
                    at: day(13).and_hms_opt(21, 55, 0).expect("a time"),
                }),
                paused_until: (mode == HomeMode::Paused)
                    .then(|| day(13).and_hms_opt(14, 30, 0).expect("a time")),
                working_hours,
                daily_done,
                streak: 128,
                held_by: held_by.map(str::to_owned),
                has_daily: true,
            });
        }
    }
    out
}

/// Every session screen of `routine`: the start screen (with and without
/// what pain left out), the check-in before, every half second of the
/// routine playing (get-ready, each phase, each side), paused and muted
/// at each step, the check-in after, the end, and the end after a pain
/// stop (once more with "it hurt again").
fn sessions(screens: &mut Vec<(String, Scene)>, routine: &crate::routine::Routine) {
    let id = &routine.id;
    let opening = Opening {
        skip_start_screen: false,
        checkin: CheckIn::BeforeAfter,
        level: (routine.id == builtin::UPPER_TRAP).then_some(Level::FIRST),
        say_keys: false,
    };
    let titles: Vec<&str> = routine.exercises.iter().map(|e| e.title.as_str()).collect();
    let mut p = Player::open(routine.clone(), opening, 0);
    screens.push((format!("{id}: start"), view(&p.state(0))));
    // What pain left out: one exercise resting today, and one left out
    // until put back (the longest such note the app says for one each).
    let note = match titles.as_slice() {
        [today, again, ..] => {
            crate::t!("notify-rest-and-left-out", today = *today, again = *again)
        }
        [today] => crate::t!("notify-rest-today", names = *today),
        [] => String::new(),
    };
    p.set_note(Some(note));
    screens.push((format!("{id}: start, after pain"), view(&p.state(0))));
    p.set_note(None);
    p.handle(PlayerInput::Begin, 0);
    screens.push((format!("{id}: check-in before"), view(&p.state(0))));
    p.handle(PlayerInput::Rate(10), 0);
    let start = p.next_wake(0).unwrap_or(0);
    p.advance(start);
    let total = p.timeline().total_ms;
    let segments: Vec<(u64, u64)> = p
        .timeline()
        .segments
        .iter()
        .map(|s| (s.start_ms, s.end_ms()))
        .collect();
    for ms in (0..total).step_by(500) {
        let now = start + ms;
        p.advance(now);
        screens.push((format!("{id}: playing at {ms} ms"), view(&p.state(now))));
    }
    // Paused and muted, once in each step.
    let mut q = Player::new(routine.clone(), true, 0);
    for (from, _) in &segments {
        let now = from + 1_000;
        q.advance(now);
        q.handle(PlayerInput::ToggleMute, now);
        screens.push((format!("{id}: muted at {from} ms"), view(&q.state(now))));
        q.handle(PlayerInput::TogglePause, now);
        screens.push((format!("{id}: paused at {from} ms"), view(&q.state(now))));
        q.handle(PlayerInput::TogglePause, now);
        q.handle(PlayerInput::ToggleMute, now);
    }
    let end = start + total + 1_000;
    p.advance(end);
    p.set_streak(false, 128);
    screens.push((format!("{id}: check-in after"), view(&p.state(end))));
    p.handle(PlayerInput::Rate(3), end);
    screens.push((format!("{id}: end"), view(&p.state(end + 100))));
    p.set_streak(true, 1);
    screens.push((format!("{id}: end, today done"), view(&p.state(end + 100))));
    // Ended for pain in the middle of each exercise, once and again.
    for (from, to) in &segments {
        let mut hurt = Player::new(routine.clone(), true, 0);
        let now = (from + to) / 2;
        hurt.advance(now);
        if let Some(e) = routine.exercises.first() {
            hurt.set_hurt_before(vec![e.id.clone()]);
        }
        hurt.handle(PlayerInput::StopHurt, now);
        hurt.set_streak(false, 3);
        screens.push((
            format!("{id}: stopped for pain at {now} ms"),
            view(&hurt.state(now)),
        ));
    }
}

/// Every screen of every window, in the current language.
fn every_screen() -> Vec<(String, Scene)> {
    let mut screens = Vec::new();
    // The built-in routines, each level and variant.
    let mut seen = std::collections::HashSet::new();
    for routine in Options::every().into_iter().flat_map(builtin::all_with) {
        let ids: Vec<&str> = routine.exercises.iter().map(|e| e.id.as_str()).collect();
        if seen.insert((routine.id.clone(), ids.join(","))) {
            sessions(&mut screens, &routine);
        }
    }

    let stats = month_of_stats();
    screens.push(("statistics: days".into(), stats_view(&stats, false)));
    screens.push(("statistics: weeks".into(), stats_view(&stats, true)));
    for state in homes() {
        let mut w = HomeWindow::new(state.clone());
        for focus in 0..4 {
            w.focus = focus;
            let what = format!(
                "home: {:?}, held {:?}, focus {focus}",
                state.mode, state.held_by
            );
            screens.push((what, home::view(&w)));
        }
    }

    // Preferences: the focus on each setting (each section and its hints),
    // with exercises left out, and each kind of note.
    let mut p = Prefs::new(Config::default(), true);
    p.left_out = builtin::all()
        .into_iter()
        .flat_map(|r| r.exercises)
        .take(2)
        .map(|e| LeftOut {
            exercise: e.id,
            title: e.title,
        })
        .collect();
    let notes = [
        None,
        Some(Note::Saved),
        Some(Note::Refused(crate::t!("prefs-at-limit"))),
    ];
    for focus in 0..p.items().len() {
        for note in &notes {
            p.focus = focus;
            p.note = note.clone();
            let item = p.items()[focus];
            let what = format!("preferences: {item:?}, note {note:?}");
            screens.push((what, prefs::view(&p)));
        }
    }
    let mut w = Welcome::new();
    for focus in 0..crate::config::prefs::WELCOME.len() + 2 {
        w.focus = focus;
        screens.push((format!("welcome: focus {focus}"), prefs::welcome_view(&w)));
    }

    // The broken config: a JSON error, and a value error in a section.
    let broken = [
        (b"{".as_slice(), None),
        (
            br#"{"breaks": [{"name": "Desk reset", "every": "fifty minutes"}]}"#.as_slice(),
            Some("breaks".to_owned()),
        ),
    ];
    for (file, section) in broken {
        if let Err(errors) = crate::config::parse(file, "/home/someone/.config/unknot/config.json")
        {
            let mut b = Broken::new(&errors, section.clone());
            for focus in 0..3 {
                b.focus = focus;
                let what = format!("broken config, section {section:?}, focus {focus}");
                screens.push((what, prefs::broken_view(&b)));
            }
            b.note = Some(crate::t!(
                "prefs-cannot-open",
                error = "No such file or directory (os error 2)"
            ));
            screens.push(("broken config, with a note".into(), prefs::broken_view(&b)));
        }
    }
    screens
}

/// Texts drawn across a button they are not the label of: a line pushed
/// down onto the buttons is as unreadable as a cut one.
fn under_buttons(scene: &Scene) -> Vec<super::scene::Overflow> {
    use super::scene::{Align, Rect, Shape};
    let mut out = Vec::new();
    for shape in &scene.shapes {
        let Shape::Text(t) = shape else { continue };
        let w = super::raster::text_width(&t.text, t.size, t.weight);
        let left = match t.align {
            Align::Left => t.x,
            Align::Center => t.x - w / 2.0,
            Align::Right => t.x - w,
        };
        // Cap height to descenders, a little inside the glyphs' reach.
        let ink = Rect::new(left, t.y - t.size * 0.7, w, t.size * 0.85);
        for b in &scene.buttons {
            if b.rect.overlaps(&ink) && t.text != b.label {
                out.push(super::scene::Overflow {
                    text: t.text.clone(),
                    width_needed: w,
                    width_had: 0.0,
                });
            }
        }
    }
    out
}

/// Texts drawn over each other: two runs whose ink shares area, in the
/// same layer (the pause overlay veils what was drawn before it).
fn over_each_other(scene: &Scene) -> Vec<super::scene::Overflow> {
    use super::scene::{Align, Rect, Shape};
    let mut layer = 0;
    let mut inks: Vec<(usize, Rect, &str)> = Vec::new();
    for shape in &scene.shapes {
        match shape {
            Shape::Rect { rect, color, .. } if color.a < 255 && rect.w >= scene.width => {
                layer += 1;
            }
            Shape::Text(t) => {
                let w = super::raster::text_width(&t.text, t.size, t.weight);
                let left = match t.align {
                    Align::Left => t.x,
                    Align::Center => t.x - w / 2.0,
                    Align::Right => t.x - w,
                };
                // From the x-height to the baseline: lines may touch.
                inks.push((
                    layer,
                    Rect::new(left, t.y - t.size * 0.5, w, t.size * 0.5),
                    &t.text,
                ));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (i, (la, a, ta)) in inks.iter().enumerate() {
        for (lb, b, tb) in &inks[i + 1..] {
            if la == lb && a.overlaps(b) {
                out.push(super::scene::Overflow {
                    text: format!("{ta} / {tb}"),
                    width_needed: a.w + b.w,
                    width_had: 0.0,
                });
            }
        }
    }
    out
}

/// What overflows: "lang @scale, screen: text (needs N px, has M)", one
/// line per text and language, the first screen it shows on.
fn overflows(lang: Lang) -> Vec<String> {
    scoped(lang, || {
        let screens = every_screen();
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for scale in SCALES {
            for (screen, scene) in &screens {
                for o in scene
                    .overflow
                    .iter()
                    .chain(&under_buttons(scene))
                    .chain(&over_each_other(scene))
                {
                    if seen.insert((scale.to_bits(), o.text.clone())) {
                        out.push(format!(
                            "{} @{scale}, {screen}: {:?} needs {:.0} px, has {:.0}",
                            lang.code(),
                            o.text,
                            o.width_needed * scale,
                            o.width_had * scale,
                        ));
                    }
                }
            }
        }
        out
    })
}

#[test]
fn every_screen_fits_in_every_language_at_every_text_scale() {
    let found: Vec<String> = Lang::ALL.into_iter().flat_map(overflows).collect();
    assert!(
        found.is_empty(),
        "{} texts do not fit:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_overflow_check_sees_a_cut() {
    // A button label no width can hold, and a line too long for its lines.
    let mut scene = Scene::new(super::view::BACKGROUND);
    let label = "Unterbrechungsbenachrichtigungseinstellungen";
    super::view::button(
        &mut scene,
        super::scene::Rect::new(200.0, 300.0, 96.0, 38.0),
        label,
        PlayerInput::Next,
        false,
    );
    assert_eq!(scene.overflow.len(), 1, "{:?}", scene.overflow);
    assert!(scene.overflow[0].width_needed > scene.overflow[0].width_had);
    let lines = super::view::wrap(
        &mut scene,
        &"word ".repeat(100),
        200.0,
        16.0,
        super::scene::Weight::Regular,
        2,
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(scene.overflow.len(), 2);
    // A line pushed down across a button.
    assert!(under_buttons(&scene).is_empty());
    super::view::label(
        &mut scene,
        "Current streak: 3 days",
        180.0,
        314.0,
        16.0,
        super::view::MUTED,
    );
    assert_eq!(under_buttons(&scene).len(), 1);
    // Two labels on one line, the second over the first's end.
    assert!(over_each_other(&scene).is_empty());
    let muted = super::view::MUTED;
    super::view::label(&mut scene, "0 = no tension", 24.0, 200.0, 13.0, muted);
    super::view::label(&mut scene, "10 = worst", 60.0, 200.0, 13.0, muted);
    assert_eq!(over_each_other(&scene).len(), 1);
}
