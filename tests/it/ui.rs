//! Integration tests: `unknot render` as a user runs it, headless (no
//! display), against the golden PNGs in tests/snapshots/. Each moment is
//! drawn at scale 1 and 2. `UPDATE_SNAPSHOTS=1` rewrites the goldens; review
//! their diff like code (open them: they are pictures of the window).

use std::path::{Path, PathBuf};

use crate::home::Home;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone as _};
use tiny_skia::Pixmap;
use unknot::engine::HistoryEvent;
use unknot::values::ExerciseOutcome;

/// A channel may differ by this much (font rasterisation, float rounding)…
const CHANNEL_TOLERANCE: u8 = 8;
/// …on at most this share of the pixels.
const MAX_DIFFERENT: f64 = 0.005;

/// The day every render ends its stats and streaks with: a Friday.
const TODAY: &str = "2026-03-13";

/// `unknot render ARGS` in `home`: (exit code, stderr).
fn render(home: &Home, args: &[&str]) -> (Option<i32>, String) {
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    let (code, _, err) = home.run(&all);
    (code, err)
}

fn snapshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("snapshots")
        .join(format!("{name}.png"))
}

/// Compares the PNG at `actual` with the golden `name`, or rewrites the
/// golden under `UPDATE_SNAPSHOTS=1`.
fn assert_snapshot(name: &str, actual: &Path) {
    let golden = snapshot_path(name);
    let bytes = std::fs::read(actual).expect("render wrote its PNG");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(golden.parent().expect("a folder")).expect("snapshots folder");
        std::fs::write(&golden, &bytes).expect("golden written");
        return;
    }
    let got = Pixmap::decode_png(&bytes).expect("render wrote a PNG");
    let want = match std::fs::read(&golden) {
        Ok(b) => Pixmap::decode_png(&b).expect("the golden is a PNG"),
        Err(e) => panic!(
            "{}: {e}; run with UPDATE_SNAPSHOTS=1 to create it",
            golden.display()
        ),
    };
    let keep = || {
        // Leave the picture where a failing run can be looked at.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-snapshots");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}.actual.png"));
        let _ = std::fs::write(&path, &bytes);
        path
    };
    assert_eq!(
        (got.width(), got.height()),
        (want.width(), want.height()),
        "{name}: size differs from the golden; the picture is at {}",
        keep().display()
    );
    let different = got
        .data()
        .chunks_exact(4)
        .zip(want.data().chunks_exact(4))
        .filter(|(a, b)| {
            a.iter()
                .zip(*b)
                .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
        })
        .count();
    let share = different as f64 / (got.width() * got.height()) as f64;
    assert!(
        share <= MAX_DIFFERENT,
        "{name}: {:.2}% of the pixels differ from {}; the picture is at {} \
         (UPDATE_SNAPSHOTS=1 accepts it)",
        share * 100.0,
        golden.display(),
        keep().display()
    );
}

/// Renders `args` at scale 1 and 2 and compares each with its golden.
fn golden(home: &Home, name: &str, args: &[&str]) {
    for scale in ["1", "2"] {
        let snapshot = format!("{name}@{scale}x");
        let out = home.out(&format!("{snapshot}.png"));
        let out_arg = out.to_str().expect("a UTF-8 temp path");
        let mut all = args.to_vec();
        all.extend(["--today", TODAY, "--scale", scale, "--out", out_arg]);
        let (code, err) = render(home, &all);
        assert_eq!(code, Some(0), "{snapshot}: {err}");
        let png = Pixmap::load_png(&out).expect("a PNG");
        let factor = if scale == "2" { 2 } else { 1 };
        assert_eq!((png.width(), png.height()), (600 * factor, 360 * factor));
        assert_snapshot(&snapshot, &out);
    }
}

#[test]
fn start_screen() {
    golden(
        &Home::new(),
        "start",
        &["--routine", "upper-trap", "--screen", "start"],
    );
}

#[test]
fn neck_stretch_getting_ready() {
    // The first 22 s (the stop signs, then the set-up): the set-up line, the
    // side that comes first.
    golden(
        &Home::new(),
        "neck-stretch-get-ready",
        &["--routine", "upper-trap", "--at", "8"],
    );
}

#[test]
fn neck_stretch_breathing_out_on_the_left() {
    // 22 s to get ready, then the hold: 4 s in, 6 s out; 27.5 s is mid-exhale,
    // with the breathing line.
    golden(
        &Home::new(),
        "neck-stretch-left-breathe-out",
        &["--routine", "upper-trap", "--at", "27.5"],
    );
}

#[test]
fn neck_stretch_breathing_out_in_each_language() {
    // The same moment as `neck_stretch_breathing_out_on_the_left`, its
    // words in German, Spanish and French (`--lang`): the longer languages'
    // title, instruction, phase word, side and buttons, uncut.
    for lang in ["de", "es", "fr"] {
        golden(
            &Home::new(),
            &format!("neck-stretch-left-breathe-out-{lang}"),
            &["--routine", "upper-trap", "--at", "27.5", "--lang", lang],
        );
    }
}

#[test]
fn switching_sides() {
    // The left side ends at 85 s (22 + 60 + 3).
    golden(
        &Home::new(),
        "neck-stretch-switch-sides",
        &["--routine", "upper-trap", "--at", "87"],
    );
}

#[test]
fn ball_getting_ready_shows_who_should_leave_it_out() {
    // The ball's get-ready (from 153 s): its caution in place of the ring.
    golden(
        &Home::new(),
        "ball-get-ready",
        &["--routine", "upper-trap", "--at", "160"],
    );
}

#[test]
fn ball_press_on_the_left() {
    // The ball's 20 s get-ready starts at 153 s; the press at 173 s, with
    // the "don't roll" line while pressing.
    golden(
        &Home::new(),
        "ball-press-left",
        &["--routine", "upper-trap", "--at", "187"],
    );
}

#[test]
fn y_raise_getting_ready() {
    // Down to the floor: 25 s from 333 s, with the set-up line.
    golden(
        &Home::new(),
        "y-raise-get-ready",
        &["--routine", "upper-trap", "--at", "337"],
    );
}

#[test]
fn y_raise_mid_set() {
    // Reps start at 358 s, 8 s each: rep 5 of set 1 raises from 390 s.
    golden(
        &Home::new(),
        "y-raise-rep-5-raise",
        &["--routine", "upper-trap", "--at", "391"],
    );
}

#[test]
fn the_figures_key_poses() {
    // The right side's stretch: its hold starts at 90 s (85 + 5 s to switch);
    // at 97 s the head is tipped toward the right shoulder.
    golden(
        &Home::new(),
        "neck-stretch-right-hold",
        &["--routine", "upper-trap", "--at", "97"],
    );
    // Rep 5 of the Y-raise: hold at the top from 392 s, rest from 397 s.
    golden(
        &Home::new(),
        "y-raise-rep-5-hold",
        &["--routine", "upper-trap", "--at", "393"],
    );
    golden(
        &Home::new(),
        "y-raise-rep-5-rest",
        &["--routine", "upper-trap", "--at", "397.5"],
    );
}

#[test]
fn depression_hold_and_release() {
    // Up to the chair: 20 s from 516 s; rep 2 holds from 550 s, releases at 560 s.
    golden(
        &Home::new(),
        "depression-hold",
        &["--routine", "upper-trap", "--at", "553"],
    );
    golden(
        &Home::new(),
        "depression-release",
        &["--routine", "upper-trap", "--at", "561"],
    );
}

#[test]
fn pause_overlay() {
    golden(
        &Home::new(),
        "paused",
        &[
            "--routine",
            "upper-trap",
            "--screen",
            "paused",
            "--at",
            "100",
        ],
    );
}

#[test]
fn end_screen_counts_today_and_the_streak() {
    let home = Home::new();
    // Done yesterday (Thursday): with today's, a streak of two.
    home.record(&[completed(date(2026, 3, 12), "upper-trap", true)]);
    golden(
        &home,
        "end",
        &["--routine", "upper-trap", "--screen", "end"],
    );
}

#[test]
fn stats_show_fourteen_days_and_the_streaks() {
    let home = Home::new();
    let mut events = Vec::new();
    // The daily routine Monday to Thursday of last week (best streak 4), a
    // gap on Friday, then Monday, Tuesday, Thursday and Friday this week
    // (current streak 2); the desk reset on some days, once half done.
    for day in [2, 3, 4, 5, 9, 10, 12, 13] {
        events.push(completed(date(2026, 3, day), "upper-trap", true));
    }
    for day in [3, 6, 11, 12] {
        events.push(completed(date(2026, 3, day), "desk-reset", false));
    }
    events.push(HistoryEvent::Completed {
        break_name: "Desk reset".into(),
        routine: "desk-reset".into(),
        at: at(date(2026, 3, 11), 15),
        outcomes: vec![ExerciseOutcome::Done, ExerciseOutcome::Skipped],
        day_done: false,
        lost: false,
        session: None,
        level: None,
        tension_before: None,
        stopped_for_pain: false,
        pain_exercise: None,
        pain_side: None,
    });
    home.record(&events);
    golden(&home, "stats", &["--screen", "stats"]);
}

/// Twelve weeks of routines with check-ins, the weeks view's golden: the
/// knot from about 7 before the routine down to about 3, the routine on
/// most working days, a Christmas week with one day and a week off.
fn twelve_weeks() -> Vec<HistoryEvent> {
    let mut events = Vec::new();
    let first_monday = date(2025, 12, 22);
    // Per week: the weekdays (0 = Monday) with the routine, and the
    // before-rating that week (the after-rating is 2 lower, then 1).
    let plan: [(&[u64], u8); 12] = [
        (&[0], 7),
        (&[], 7),
        (&[0, 1, 3], 7),
        (&[0, 1, 2, 3], 6),
        (&[0, 1, 2, 3, 4], 6),
        (&[0, 2, 3, 4], 6),
        (&[0, 1, 2, 4], 5),
        (&[0, 1, 2, 3, 4], 5),
        (&[1, 2, 3], 4),
        (&[0, 1, 2, 3, 4], 4),
        (&[0, 1, 2, 3, 4], 3),
        (&[0, 1, 3], 3),
    ];
    for (week, (days, before)) in plan.iter().enumerate() {
        for (i, weekday) in days.iter().enumerate() {
            let day = first_monday + chrono::Days::new(week as u64 * 7 + weekday);
            let session = format!("w{week}d{weekday}");
            // A little scatter around the week's rating.
            let before = before + u8::from(i % 3 == 1);
            let after = before.saturating_sub(if week < 6 { 2 } else { 1 });
            events.push(HistoryEvent::Completed {
                break_name: "Daily routine".into(),
                routine: "upper-trap".into(),
                at: at(day, 15),
                outcomes: vec![ExerciseOutcome::Done; 4],
                day_done: true,
                lost: false,
                session: Some(session.clone()),
                level: None,
                tension_before: Some(before),
                stopped_for_pain: false,
                pain_exercise: None,
                pain_side: None,
            });
            events.push(HistoryEvent::Rated {
                session,
                routine: "upper-trap".into(),
                at: at(day, 16),
                tension_after: after,
            });
        }
    }
    events
}

#[test]
fn weeks_view_shows_twelve_weeks_of_routines_and_check_ins() {
    let home = Home::new();
    home.record(&twelve_weeks());
    golden(&home, "weeks", &["--screen", "weeks"]);
}

#[test]
fn the_check_in_before_and_after() {
    let home = Home::new();
    golden(
        &home,
        "checkin",
        &[
            "--routine",
            "upper-trap",
            "--screen",
            "checkin",
            "--choice",
            "6",
        ],
    );
    golden(
        &home,
        "end-checkin",
        &["--routine", "upper-trap", "--screen", "end-checkin"],
    );
}

#[test]
fn stats_with_no_history_say_so() {
    let home = Home::new();
    let out = home.out("empty.png");
    let (code, err) = render(
        &home,
        &[
            "--screen",
            "stats",
            "--today",
            TODAY,
            "--out",
            out.to_str().expect("UTF-8"),
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(Pixmap::load_png(&out).is_ok());
}

#[test]
fn other_sizes_and_scales_render() {
    let home = Home::new();
    let out = home.out("reset.png");
    let out_arg = out.to_str().expect("UTF-8");
    let args = [
        "--routine",
        "desk-reset",
        "--at",
        "30",
        "--size",
        "600x400",
        "--scale",
        "1.5",
        "--out",
        out_arg,
    ];
    let (code, err) = render(&home, &args);
    assert_eq!(code, Some(0), "{err}");
    let png = Pixmap::load_png(&out).expect("a PNG");
    assert_eq!((png.width(), png.height()), (900, 600));
}

#[test]
fn bad_arguments_exit_2_with_a_reason() {
    let home = Home::new();
    let out = home.out("bad.png");
    let out_arg = out.to_str().expect("UTF-8");
    let cases: [(&[&str], &str); 6] = [
        (&["--routine", "no-such-routine"], "no-such-routine"),
        (
            &["--routine", "upper-trap", "--at", "100000"],
            "past the end",
        ),
        (&["--at=-3"], "seconds"),
        (&["--size", "480"], "WIDTHxHEIGHT"),
        (&["--scale", "0"], "scale"),
        (&["--lang", "xx"], "en, de, es, fr"),
    ];
    for (args, reason) in cases {
        let mut all = args.to_vec();
        all.extend(["--out", out_arg]);
        let (code, err) = render(&home, &all);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(reason), "{args:?}: {err}");
        assert!(!out.exists(), "{args:?} wrote a picture");
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn at(day: NaiveDate, hour: u32) -> DateTime<FixedOffset> {
    let utc = FixedOffset::east_opt(0).expect("UTC is an offset");
    utc.from_local_datetime(&day.and_hms_opt(hour, 0, 0).expect("an hour"))
        .single()
        .expect("a fixed offset has one local time")
}

fn completed(day: NaiveDate, routine: &str, daily: bool) -> HistoryEvent {
    let exercises = if routine == "upper-trap" { 4 } else { 2 };
    HistoryEvent::Completed {
        break_name: if daily { "Daily routine" } else { "Desk reset" }.into(),
        routine: routine.into(),
        at: at(day, if daily { 10 } else { 14 }),
        outcomes: vec![ExerciseOutcome::Done; exercises],
        day_done: daily,
        lost: false,
        session: None,
        level: None,
        tension_before: None,
        stopped_for_pain: false,
        pain_exercise: None,
        pain_side: None,
    }
}

#[test]
fn preferences_each_section() {
    let home = Home::new();
    for section in [
        "schedule", "breaks", "quiet", "sound", "routine", "display", "login",
    ] {
        golden(
            &home,
            &format!("preferences-{section}"),
            &["--screen", "preferences", "--section", section],
        );
    }
}

#[test]
fn preferences_with_a_broken_file() {
    let home = Home::new();
    let file = home.out("config/unknot/config.json");
    std::fs::create_dir_all(file.parent().expect("a folder")).expect("config folder");
    let text = "{\n  \"version\": 1,\n  \"snooze\": {\"length\": \"ten\"},\n  \"sound\": {\"volume\": 40}\n}\n";
    std::fs::write(&file, text).expect("the config");
    golden(&home, "preferences-broken", &["--screen", "preferences"]);
    assert_eq!(
        std::fs::read_to_string(&file).expect("the config"),
        text,
        "drawing the window changed the file"
    );
}

#[test]
fn the_first_run_welcome() {
    golden(&Home::new(), "welcome", &["--screen", "welcome"]);
}

/// The home window with no app running: a fresh start at 09:00 on the day,
/// the streak and today's routine from the history (two days done before).
#[test]
fn the_home_window() {
    let home = Home::new();
    let friday = date(2026, 3, 13);
    home.record(&[
        completed(friday - chrono::Days::new(2), "upper-trap", true),
        completed(friday - chrono::Days::new(1), "upper-trap", true),
    ]);
    golden(&home, "home", &["--screen", "home"]);
}

/// A breathing hold drawn frame by frame as the window draws it (each frame
/// at the player's next wake-up): only the ring with its number, the
/// routine's bar and the figure's panel are redrawn, except when the large
/// word changes; and those parts, drawn alone over the frame before, give
/// exactly the pixels of the whole frame, at scale 1 and 2.
#[test]
fn a_hold_redraws_only_the_ring_the_number_the_bar_and_the_figure() {
    use unknot::routine::builtin;
    use unknot::ui::damage::{damage, Damage, Frame};
    use unknot::ui::raster::raster;
    use unknot::ui::scene::Rect;
    use unknot::ui::{view, Player};

    // Where a user sees the ring and its number, the figure and the bar
    // (logical pixels): nothing else may be redrawn alone.
    let ring = Rect::new(0.0, 95.0, 190.0, 160.0);
    let figure = Rect::new(400.0, 95.0, 200.0, 160.0);
    let bar = Rect::new(0.0, 255.0, 600.0, 20.0);
    for scale in [1u32, 2] {
        let routine = builtin::find(builtin::UPPER_TRAP).expect("a built-in");
        let mut player = Player::new(routine, true, 0);
        // The neck stretch's first 20 s of holding, 4 s in and 6 s out.
        let start = unknot::routine::timeline::FIRST_GET_READY_MS + 100;
        let end = start + 20_000;
        let (w, h, s) = (600 * scale, 360 * scale, scale as f32);
        let mut frame = Frame::new();
        let mut at = start;
        let mut before = view(&player.state(at));
        frame.draw(before.clone(), w, h, s, false).expect("draws");
        let mut word = player.state(at).moment.expect("playing").word;
        let (mut frames, mut full, mut words, mut parts) = (0, 0, 0, 0);
        while at < end {
            at = player.next_wake(at).expect("a hold wakes up");
            player.advance(at);
            let state = player.state(at);
            let now = state.moment.as_ref().expect("playing").word.clone();
            if now != word {
                words += 1;
                word = now;
            }
            let scene = view(&state);
            let changed = damage(Some(&before), &scene);
            frame.draw(scene.clone(), w, h, s, false).expect("draws");
            let whole = raster(&scene, w, h, s).expect("draws");
            assert!(
                frame.pixmap().expect("a frame").data() == whole.data(),
                "at {at} ms (scale {scale}) the frame drawn in parts ({changed:?}) is not \
                 the whole frame"
            );
            frames += 1;
            match changed {
                Damage::Full => full += 1,
                Damage::Parts(regions) => {
                    // Ring, panel and bar together are a quarter of the window.
                    let area: f32 = regions.iter().map(|r| r.rect.w * r.rect.h).sum();
                    assert!(area <= 0.25 * 600.0 * 360.0, "{regions:?}");
                    for r in regions {
                        assert!(
                            [ring, figure, bar].iter().any(|a| a.encloses(&r.rect)),
                            "at {at} ms {r:?} is redrawn alone"
                        );
                        parts += 1;
                    }
                }
            }
            before = scene;
        }
        // 4 frames a second (the breath's quarter seconds), and 30 a second
        // while the figure eases into the stretch (its first 1.2 s); whole
        // only where the word changed.
        assert!((80..=125).contains(&frames), "{frames} frames in 20 s");
        assert!(full <= words, "{full} whole frames for {words} new words");
        assert!(parts >= frames - full, "{parts} parts over {frames} frames");
    }
}

/// High contrast (issue 33): the session's start screen, the check-in and
/// one Preferences section in the high-contrast palette.
#[test]
fn high_contrast() {
    let home = Home::new();
    let high = ["--contrast", "high"];
    for (name, args) in [
        (
            "start-high-contrast",
            vec!["--routine", "upper-trap", "--screen", "start"],
        ),
        (
            "neck-stretch-left-breathe-out-high-contrast",
            vec!["--routine", "upper-trap", "--at", "27.5"],
        ),
        (
            "checkin-high-contrast",
            vec![
                "--routine",
                "upper-trap",
                "--screen",
                "checkin",
                "--choice",
                "6",
            ],
        ),
        (
            "preferences-breaks-high-contrast",
            vec!["--screen", "preferences", "--section", "breaks"],
        ),
    ] {
        let mut all = args.clone();
        all.extend(high);
        golden(&home, name, &all);
    }
}

/// Text scale 1.5 (issue 33): text and controls half as large again, in a
/// window as much larger (900×540 logical), nothing cut that 1.0 shows whole.
#[test]
fn text_scale_one_and_a_half() {
    let home = Home::new();
    for (name, args) in [
        (
            "start-text-1.5",
            vec!["--routine", "upper-trap", "--screen", "start"],
        ),
        (
            "checkin-text-1.5",
            vec![
                "--routine",
                "upper-trap",
                "--screen",
                "checkin",
                "--choice",
                "6",
            ],
        ),
        (
            "preferences-breaks-text-1.5",
            vec!["--screen", "preferences", "--section", "breaks"],
        ),
    ] {
        let snapshot = format!("{name}@1x");
        let out = home.out(&format!("{snapshot}.png"));
        let mut all = args.clone();
        let out_arg = out.to_str().expect("a UTF-8 temp path");
        all.extend(["--today", TODAY, "--text-scale", "1.5", "--out", out_arg]);
        let (code, err) = render(&home, &all);
        assert_eq!(code, Some(0), "{snapshot}: {err}");
        let png = Pixmap::load_png(&out).expect("a PNG");
        assert_eq!((png.width(), png.height()), (900, 540));
        assert_snapshot(&snapshot, &out);
    }
}

/// Reduced motion (issue 33): 27.5 s in, mid-exhale of the neck stretch's
/// paced hold, the figure holds the hold's key pose with no breath in the
/// chest and the breathing ring stands on the last whole second; the
/// picture differs from the one with full motion.
#[test]
fn reduced_motion_key_pose() {
    let home = Home::new();
    golden(
        &home,
        "neck-stretch-left-breathe-out-reduced-motion",
        &[
            "--routine",
            "upper-trap",
            "--at",
            "27.5",
            "--reduced-motion",
        ],
    );
    let out = |name: &str| home.out(name);
    let (full, reduced) = (out("full.png"), out("reduced.png"));
    for (path, extra) in [(&full, None), (&reduced, Some("--reduced-motion"))] {
        let mut args = vec!["--routine", "upper-trap", "--at", "27.5"];
        args.extend(["--today", TODAY, "--out", path.to_str().expect("UTF-8")]);
        args.extend(extra);
        let (code, err) = render(&home, &args);
        assert_eq!(code, Some(0), "{err}");
    }
    assert_ne!(
        std::fs::read(&full).expect("full"),
        std::fs::read(&reduced).expect("reduced"),
        "reduced motion draws the same picture as full motion mid-breath"
    );
}
