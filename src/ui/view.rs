//! Pure: player state → scene, laid out for the window (`scene::WIDTH` ×
//! `scene::HEIGHT`, logical pixels). Calm and legible from a metre away: a dark background,
//! light text, one accent colour, the phase as a large word and its seconds
//! in a ring.

use super::player::{Ask, Moment, Pace, PlayerInput, PlayerState, Screen, Summary};
use super::raster::text_width;
use super::scene::{Align, Button, Color, Part, Rect, Region, Scene, Shape, Text, Weight, WIDTH};
use crate::routine::describe::Need;

pub const BACKGROUND: Color = Color::rgb(20, 24, 29);
/// Cards and plain buttons.
pub(super) const SURFACE: Color = Color::rgb(38, 45, 54);
/// The empty part of rings and bars.
pub(super) const TRACK: Color = Color::rgb(48, 57, 68);
pub(super) const TEXT: Color = Color::rgb(238, 241, 244);
/// Secondary text: still above 7:1 against the background.
pub(super) const MUTED: Color = Color::rgb(160, 172, 184);
pub const ACCENT: Color = Color::rgb(99, 210, 182);
/// Bars of days with exercise but without the daily routine.
pub(super) const OTHER: Color = Color::rgb(108, 122, 138);
/// The tension line of the weeks view: warm, apart from the accent.
pub(super) const TENSION: Color = Color::rgb(242, 170, 96);

pub(super) const MARGIN: f32 = 24.0;
pub(super) const CONTENT_W: f32 = WIDTH - 2.0 * MARGIN;

/// The whole window for one player state.
pub fn view(state: &PlayerState) -> Scene {
    let mut scene = Scene::new(BACKGROUND);
    match state.screen {
        Screen::Start => start_screen(&mut scene, state),
        Screen::CheckIn => {
            if let Some(ask) = state.ask {
                checkin_screen(&mut scene, ask);
            }
        }
        Screen::Playing | Screen::Paused => {
            if let Some(moment) = &state.moment {
                playing(&mut scene, state, moment);
            }
            if state.screen == Screen::Paused {
                pause_overlay(&mut scene);
            }
            controls(&mut scene, state);
        }
        Screen::End => match (&state.summary, state.ask) {
            (Some(summary), Some(ask)) => end_checkin(&mut scene, summary, ask),
            (Some(summary), None) => end_screen(&mut scene, summary),
            _ => {}
        },
    }
    scene
}

// ---- the start screen ----

fn start_screen(scene: &mut Scene, state: &PlayerState) {
    // A card longer than four lines (the built-ins' who-should-skip, stop
    // signs and get-help-now) must be read whole: the heading gives it
    // room, the figure shrinks beside the title, and each sentence starts
    // its own line.
    let wrap_w = CONTENT_W - 44.0;
    let list = lines(&state.safety, wrap_w, 14.0, Weight::Regular).len() > 4;
    let (figure_h, title_y, meta_y, needs_y) = if list {
        (72.0, 44.0, 70.0, 92.0)
    } else {
        (132.0, 88.0, 120.0, 146.0)
    };
    // The first exercise's starting position, top right.
    let head_w = match &state.start_pose {
        Some(pose) => {
            let w = if list { 96.0 } else { FIGURE_W };
            let panel = Rect::new(
                WIDTH - MARGIN - w,
                if list { 20.0 } else { 24.0 },
                w,
                figure_h,
            );
            figure_panel(scene, pose, panel);
            CONTENT_W - w - 16.0
        }
        None => CONTENT_W,
    };
    // What pain left out today, in place of the greeting: the start screen
    // says why the routine is shorter. With the full safety card there is
    // no greeting: the note takes the length's line instead (below).
    match (&state.note, list) {
        (Some(note), false) => {
            // Two lines ending where the one would, if one does not hold it.
            let (size, lines) = give_way(scene, note, head_w, 15.0, 14.0, Weight::Bold, 11.0, 2);
            let step = size + 3.0;
            let first = 52.0 - step * (lines.len() - 1) as f32;
            for (i, line) in lines.iter().enumerate() {
                text(
                    scene,
                    line,
                    MARGIN,
                    first + step * i as f32,
                    size,
                    Weight::Bold,
                    TEXT,
                    Align::Left,
                );
            }
        }
        (None, false) => label(
            scene,
            &crate::t!("session-start-greeting"),
            MARGIN,
            52.0,
            15.0,
            MUTED,
        ),
        (_, true) => {}
    }
    let title = &state.routine_title;
    let size = fit(
        scene,
        title,
        head_w,
        if list { 26.0 } else { 30.0 },
        Weight::Bold,
        20.0,
    );
    text(
        scene,
        title,
        MARGIN,
        title_y,
        size,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    let length = minutes(state.routine_ms);
    let exercises = state.exercise_count;
    let meta = match &state.level_line {
        Some(level) => crate::t!(
            "session-start-meta-level",
            length = &length,
            exercises = exercises,
            level = level
        ),
        None => crate::t!(
            "session-start-meta",
            length = &length,
            exercises = exercises
        ),
    };
    // With the full card, what pain left out takes this line.
    let (meta, weight) = match (&state.note, list) {
        (Some(note), true) => (note.clone(), Weight::Bold),
        _ => (meta, Weight::Regular),
    };
    // What pain left out may take two lines (the needs line moves down).
    let (meta_size, meta_lines) = give_way(
        scene,
        &meta,
        head_w,
        if list { 16.0 } else { 18.0 },
        13.0,
        weight,
        11.0,
        2,
    );
    let two = meta_lines.len() > 1;
    let meta_y = meta_y - if two { 4.0 } else { 0.0 };
    for (i, line) in meta_lines.iter().enumerate() {
        text(
            scene,
            line,
            MARGIN,
            meta_y + (meta_size + 2.0) * i as f32,
            meta_size,
            weight,
            TEXT,
            Align::Left,
        );
    }
    let needs_y = needs_y + if two { 3.0 } else { 0.0 };
    let needs = if state.needs.is_empty() {
        crate::t!("session-needs-nothing")
    } else {
        let phrases: Vec<String> = state.needs.iter().map(|n: &Need| n.text()).collect();
        crate::t!("session-needs", things = phrases.join(", "))
    };
    let needs_size = fit(
        scene,
        &needs,
        head_w,
        if list { 14.0 } else { 16.0 },
        Weight::Regular,
        12.0,
    );
    text(
        scene,
        &needs,
        MARGIN,
        needs_y,
        needs_size,
        Weight::Regular,
        MUTED,
        Align::Left,
    );

    // The safety line in a card with an accent edge: three lines at 16 px,
    // or four smaller ones; a longer card at 14 px a sentence apart, one
    // that starts "Get help now" in the warning colour.
    let (size, step, gap, top) = if list {
        (14.0, 17.0, 5.0, 104.0)
    } else {
        (16.0, 22.0, 0.0, 168.0)
    };
    // Tried without a limit; cut (and recorded) once the layout is chosen.
    let mut wrapped: Vec<(Vec<String>, bool, usize, &str)> = if list {
        let urgent_starts = crate::t!("session-urgent-starts");
        sentences(&state.safety)
            .into_iter()
            .map(|s| {
                let urgent = s.starts_with(urgent_starts.as_str());
                (lines(s, wrap_w, size, Weight::Regular), urgent, 4, s)
            })
            .collect()
    } else {
        vec![(
            lines(&state.safety, wrap_w, size, Weight::Regular),
            false,
            3,
            state.safety.as_str(),
        )]
    };
    let (mut size, mut step) = (size, step);
    if !list && wrapped.first().is_some_and(|(l, ..)| l.len() > 2) {
        // Four smaller lines rather than a cut third.
        (size, step) = (14.0, 18.0);
        wrapped = vec![(
            lines(&state.safety, wrap_w, size, Weight::Regular),
            false,
            4,
            state.safety.as_str(),
        )];
    }
    // Many short sentences: one block, as many lines as the card holds.
    let most_rows = 9;
    let shown = |(l, _, most, _): &(Vec<String>, bool, usize, &str)| l.len().min(*most);
    if wrapped.iter().map(shown).sum::<usize>() > most_rows {
        wrapped = vec![(
            lines(&state.safety, wrap_w, size, Weight::Regular),
            false,
            most_rows,
            state.safety.as_str(),
        )];
    }
    let wrapped: Vec<(Vec<String>, bool)> = wrapped
        .into_iter()
        .map(|(l, urgent, most, whole)| {
            let weight = Weight::Regular;
            (cap(scene, whole, l, wrap_w, size, weight, most), urgent)
        })
        .collect();
    let rows: usize = wrapped.iter().map(|(l, _)| l.len()).sum();
    let gaps = wrapped.len().saturating_sub(1) as f32 * gap;
    let card_h = 26.0 + step * rows as f32 + gaps;
    rect(
        scene,
        Rect::new(MARGIN, top, CONTENT_W, card_h),
        8.0,
        SURFACE,
    );
    let edge = Rect::new(MARGIN + 12.0, top + 12.0, 3.0, card_h - 24.0);
    rect(scene, edge, 1.5, ACCENT);
    let mut y = top + 13.0 + size;
    for (lines, urgent) in &wrapped {
        let (ink, weight) = if *urgent {
            (TENSION, Weight::Bold)
        } else {
            (TEXT, Weight::Regular)
        };
        for line in lines {
            text(
                scene,
                line,
                MARGIN + 28.0,
                y,
                size,
                weight,
                ink,
                Align::Left,
            );
            y += step;
        }
        y += gap;
    }

    button(
        scene,
        Rect::new(MARGIN, 282.0, 200.0, 46.0),
        &crate::t!("session-start"),
        PlayerInput::Begin,
        true,
    );
    button(
        scene,
        Rect::new(WIDTH - MARGIN - 128.0, 282.0, 128.0, 46.0),
        &crate::t!("session-not-now"),
        PlayerInput::Stop,
        false,
    );
    text(
        scene,
        &crate::t!("session-start-keys"),
        WIDTH / 2.0,
        348.0,
        13.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
}

// ---- playing and paused ----

const RING_CX: f32 = 106.0;
const RING_CY: f32 = 176.0;
const RING_R: f32 = 62.0;
const WORDS_X: f32 = 200.0;
/// The figure's panel: as wide as the phase word's column leaves.
const FIGURE_W: f32 = 170.0;
const FIGURE_X: f32 = WIDTH - MARGIN - FIGURE_W;

/// The figure on a quiet card.
fn figure_panel(scene: &mut Scene, pose: &super::pose::Pose, panel: Rect) {
    rect(scene, panel, 10.0, SURFACE);
    let inner = Rect::new(panel.x + 8.0, panel.y + 8.0, panel.w - 16.0, panel.h - 16.0);
    scene.shapes.extend(super::figure::draw(pose, inner));
}

fn playing(scene: &mut Scene, state: &PlayerState, moment: &Moment) {
    let title_w = if state.muted {
        CONTENT_W - 72.0
    } else {
        CONTENT_W
    };
    let size = fit(
        scene,
        &moment.exercise_title,
        title_w,
        24.0,
        Weight::Bold,
        16.0,
    );
    text(
        scene,
        &moment.exercise_title,
        MARGIN,
        42.0,
        size,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    if state.muted {
        text(
            scene,
            &crate::t!("session-muted"),
            WIDTH - MARGIN,
            42.0,
            15.0,
            Weight::Regular,
            MUTED,
            Align::Right,
        );
    }
    let lines = wrap(
        scene,
        &moment.instruction,
        CONTENT_W,
        16.0,
        Weight::Regular,
        2,
    );
    for (i, line) in lines.iter().enumerate() {
        let y = 68.0 + 20.0 * i as f32;
        text(
            scene,
            line,
            MARGIN,
            y,
            16.0,
            Weight::Regular,
            MUTED,
            Align::Left,
        );
    }

    // The ball's get-ready shows who should leave it out in place of the
    // ring, with the seconds in its heading.
    let caution = (moment.step == crate::routine::timeline::Step::GetReady)
        .then(|| crate::routine::builtin::caution_lines(&moment.exercise_title))
        .flatten();
    match caution {
        Some(lines) => caution_card(scene, moment, &lines),
        None => ring_and_word(scene, moment),
    }
    let panel = Rect::new(FIGURE_X, 100.0, FIGURE_W, 150.0);
    figure_panel(scene, &moment.pose, panel);
    region(scene, Part::Figure, panel);

    // The routine: how far, and what comes next.
    let bar = Rect::new(MARGIN, 262.0, CONTENT_W, 4.0);
    region(scene, Part::Progress, bar.inflate(4.0));
    rect(scene, bar, 2.0, TRACK);
    let done = CONTENT_W * state.routine_progress.clamp(0.0, 1.0);
    if done >= 4.0 {
        rect(scene, Rect::new(MARGIN, 262.0, done, 4.0), 2.0, ACCENT);
    }
    let which = crate::t!(
        "session-exercise-of",
        n = state.exercise_index + 1,
        total = state.exercise_count
    );
    label(scene, &which, MARGIN, 287.0, 14.0, MUTED);
    let next = match &state.next_exercise {
        Some(title) => crate::t!("session-next-exercise", title = title),
        None => crate::t!("session-last-exercise"),
    };
    let left_w = text_width(&which, 14.0, Weight::Regular) + 16.0;
    let size = fit(
        scene,
        &next,
        CONTENT_W - left_w,
        14.0,
        Weight::Regular,
        11.0,
    );
    text(
        scene,
        &next,
        WIDTH - MARGIN,
        287.0,
        size,
        Weight::Regular,
        MUTED,
        Align::Right,
    );
}

/// `text`'s sentences: split after ". " where the next one starts with a
/// capital letter.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, _) in text.match_indices(". ") {
        let next = text[i + 2..].chars().next();
        if next.is_some_and(char::is_uppercase) {
            out.push(text[from..=i].trim());
            from = i + 2;
        }
    }
    out.push(text[from..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// The moment's ring, its large word, the counts and the side.
fn ring_and_word(scene: &mut Scene, moment: &Moment) {
    // Room for the ring's stroke and its anti-aliasing; the number (at
    // most `RING_R * 1.5` wide, 52 px high) inside it.
    let reach = RING_R + 9.0;
    let ring = Rect::new(RING_CX - reach, RING_CY - reach, 2.0 * reach, 2.0 * reach);
    region(scene, Part::Ring, ring);
    let number = Rect::new(RING_CX - 52.0, RING_CY - 28.0, 104.0, 50.0);
    region(scene, Part::Countdown, number);
    // The ring: the phase's seconds draining, or a breath filling and emptying.
    scene.shapes.push(Shape::Arc {
        cx: RING_CX,
        cy: RING_CY,
        radius: RING_R,
        width: 10.0,
        from: 0.0,
        to: 1.0,
        color: TRACK,
    });
    let p = moment.progress.clamp(0.0, 1.0);
    let (from, to) = match moment.pace {
        Pace::Countdown => (p, 1.0),
        Pace::Inhale => (0.0, p),
        Pace::Exhale => (0.0, 1.0 - p),
    };
    scene.shapes.push(Shape::Arc {
        cx: RING_CX,
        cy: RING_CY,
        radius: RING_R,
        width: 10.0,
        from,
        to,
        color: ACCENT,
    });
    let seconds = moment.seconds_left.to_string();
    let size = fit(scene, &seconds, RING_R * 1.5, 52.0, Weight::Regular, 24.0);
    text(
        scene,
        &seconds,
        RING_CX,
        RING_CY + size * 0.31,
        size,
        Weight::Regular,
        TEXT,
        Align::Center,
    );

    // The phase word, large, and where in the exercise we are.
    let words_w = FIGURE_X - 16.0 - WORDS_X;
    let size = fit(scene, &moment.word, words_w, 46.0, Weight::Bold, 22.0);
    text(
        scene,
        &moment.word,
        WORDS_X,
        172.0,
        size,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    let mut y = 208.0;
    if let Some(counts) = counts(moment) {
        let size = fit(
            scene,
            &counts,
            FIGURE_X - 16.0 - WORDS_X,
            18.0,
            Weight::Regular,
            12.0,
        );
        text(
            scene,
            &counts,
            WORDS_X,
            y,
            size,
            Weight::Regular,
            TEXT,
            Align::Left,
        );
        y += 28.0;
    }
    if let Some(side) = &moment.side_label {
        // A long side line takes two lines rather than shrinking away.
        let (size, lines) = give_way(
            scene,
            side,
            FIGURE_X - 16.0 - WORDS_X,
            18.0,
            15.0,
            Weight::Bold,
            13.0,
            2,
        );
        for (i, line) in lines.iter().enumerate() {
            text(
                scene,
                line,
                WORDS_X,
                y + (size + 3.0) * i as f32,
                size,
                Weight::Bold,
                ACCENT,
                Align::Left,
            );
        }
    }
}

/// Who should leave the exercise out, read while getting ready: a card
/// beside the figure, headed by the seconds left.
fn caution_card(scene: &mut Scene, moment: &Moment, lines: &[String]) {
    let card = Rect::new(MARGIN, 100.0, FIGURE_X - 16.0 - MARGIN, 150.0);
    rect(scene, card, 8.0, SURFACE);
    let heading = match &moment.side_label {
        Some(side) => crate::t!(
            "session-caution-heading-side",
            seconds = moment.seconds_left,
            side = side
        ),
        None => crate::t!("session-caution-heading", seconds = moment.seconds_left),
    };
    let size = fit(scene, &heading, card.w - 24.0, 15.0, Weight::Bold, 12.0);
    // The seconds are in the heading: its line changes alone.
    region(
        scene,
        Part::Countdown,
        Rect::new(card.x + 6.0, card.y + 2.0, card.w - 12.0, 28.0),
    );
    text(
        scene,
        &heading,
        card.x + 12.0,
        card.y + 22.0,
        size,
        Weight::Bold,
        ACCENT,
        Align::Left,
    );
    let mut y = card.y + 42.0;
    for (i, paragraph) in lines.iter().enumerate() {
        let weight = if i + 1 == lines.len() {
            Weight::Bold
        } else {
            Weight::Regular
        };
        for line in wrap(scene, paragraph, card.w - 24.0, 12.0, weight, 6) {
            text(
                scene,
                &line,
                card.x + 12.0,
                y,
                12.0,
                weight,
                TEXT,
                Align::Left,
            );
            y += 15.0;
        }
        y += 3.0;
    }
}

fn pause_overlay(scene: &mut Scene) {
    rect(
        scene,
        Rect::new(0.0, 0.0, WIDTH, 298.0),
        0.0,
        BACKGROUND.with_alpha(242),
    );
    text(
        scene,
        &crate::t!("session-paused"),
        WIDTH / 2.0,
        146.0,
        46.0,
        Weight::Bold,
        TEXT,
        Align::Center,
    );
    text(
        scene,
        &crate::t!("session-paused-keys"),
        WIDTH / 2.0,
        184.0,
        18.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
}

fn controls(scene: &mut Scene, state: &PlayerState) {
    let y = 306.0;
    let (w, h) = (96.0, 38.0);
    let paused = state.screen == Screen::Paused;
    let (pause, primary) = if paused {
        (crate::t!("session-resume"), true)
    } else {
        (crate::t!("session-pause"), false)
    };
    let mute = if state.muted {
        crate::t!("session-unmute")
    } else {
        crate::t!("session-mute")
    };
    let row = [
        (MARGIN, pause, PlayerInput::TogglePause, primary),
        (
            MARGIN + 104.0,
            crate::t!("session-next"),
            PlayerInput::Next,
            false,
        ),
        (MARGIN + 208.0, mute, PlayerInput::ToggleMute, false),
        (
            WIDTH - MARGIN - w,
            crate::t!("session-stop"),
            PlayerInput::Stop,
            false,
        ),
    ];
    for (x, label, input, primary) in row {
        button(scene, Rect::new(x, y, w, h), &label, input, primary);
    }
    // Stopping for pain is its own outcome, beside the plain stop.
    button(
        scene,
        Rect::new(MARGIN + 312.0, y, 136.0, h),
        &crate::t!("session-stop-hurt"),
        PlayerInput::StopHurt,
        false,
    );
    // Each button's key, always shown under it (they are said aloud in a
    // user's first sessions). The letters are the same in every language:
    // the keys are M and H whatever the words.
    for (x, bw, key) in [
        (MARGIN, w, crate::t!("session-key-space")),
        (MARGIN + 104.0, w, crate::t!("session-key-right")),
        (MARGIN + 208.0, w, "M".to_owned()),
        (MARGIN + 312.0, 136.0, "H".to_owned()),
        (WIDTH - MARGIN - w, w, crate::t!("session-key-esc")),
    ] {
        text(
            scene,
            &key,
            x + bw / 2.0,
            y + h + 12.0,
            11.0,
            Weight::Regular,
            MUTED,
            Align::Center,
        );
    }
}

// ---- the check-in ----

/// The question, the 0–10 row (its choice lit), the ends' meaning and the
/// keys, from `top` down; 124 px tall.
fn rating_row(scene: &mut Scene, ask: Ask, question: &str, top: f32) {
    let size = fit(scene, question, CONTENT_W, 22.0, Weight::Bold, 16.0);
    text(
        scene,
        question,
        WIDTH / 2.0,
        top + 20.0,
        size,
        Weight::Bold,
        TEXT,
        Align::Center,
    );
    let (w, gap) = (44.0, 6.8);
    for n in 0..=10u8 {
        let x = MARGIN + f32::from(n) * (w + gap);
        let chosen = ask.choice == Some(n);
        button(
            scene,
            Rect::new(x, top + 40.0, w, 44.0),
            &n.to_string(),
            PlayerInput::Rate(n),
            chosen,
        );
        if chosen {
            // A ring around the chosen number: the focus, plain to see.
            scene.shapes.push(Shape::Line {
                points: vec![
                    (x - 3.0, top + 37.0),
                    (x + w + 3.0, top + 37.0),
                    (x + w + 3.0, top + 87.0),
                    (x - 3.0, top + 87.0),
                    (x - 3.0, top + 37.0),
                ],
                width: 2.0,
                color: TEXT,
            });
        }
    }
    label(
        scene,
        &crate::t!("checkin-scale-low"),
        MARGIN,
        top + 104.0,
        13.0,
        MUTED,
    );
    text(
        scene,
        &crate::t!("checkin-scale-high"),
        WIDTH - MARGIN,
        top + 104.0,
        13.0,
        Weight::Regular,
        MUTED,
        Align::Right,
    );
}

fn checkin_screen(scene: &mut Scene, ask: Ask) {
    label(
        scene,
        &crate::t!("checkin-before-you-start"),
        MARGIN,
        52.0,
        15.0,
        MUTED,
    );
    text(
        scene,
        &crate::t!("checkin-title"),
        MARGIN,
        88.0,
        30.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    rating_row(scene, ask, &crate::t!("checkin-question-before"), 120.0);
    text(
        scene,
        &crate::t!("checkin-keys"),
        WIDTH / 2.0,
        262.0,
        13.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
    button(
        scene,
        Rect::new(WIDTH / 2.0 - 64.0, 290.0, 128.0, 42.0),
        &crate::t!("checkin-skip"),
        PlayerInput::Escape,
        false,
    );
}

/// The end screen while it waits for the after check-in: what was done,
/// then the question; it stays until answered, skipped or closed.
fn end_checkin(scene: &mut Scene, summary: &Summary, ask: Ask) {
    let cx = WIDTH / 2.0;
    text(
        scene,
        &end_title(summary),
        cx,
        58.0,
        30.0,
        Weight::Bold,
        TEXT,
        Align::Center,
    );
    text(
        scene,
        &done_line(summary, false),
        cx,
        90.0,
        17.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
    rating_row(scene, ask, &crate::t!("checkin-question-after"), 116.0);
    text(
        scene,
        &crate::t!("checkin-keys"),
        cx,
        258.0,
        13.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
    button(
        scene,
        Rect::new(cx - 136.0, 290.0, 128.0, 42.0),
        &crate::t!("checkin-skip"),
        PlayerInput::Escape,
        false,
    );
    button(
        scene,
        Rect::new(cx + 8.0, 290.0, 128.0, 42.0),
        &crate::t!("session-close"),
        PlayerInput::Stop,
        false,
    );
}

fn end_title(summary: &Summary) -> String {
    if summary.hurt {
        crate::t!("session-end-hurt")
    } else if summary.exercises_done == summary.exercises_total {
        crate::t!("session-end-done")
    } else {
        crate::t!("session-end-over")
    }
}

/// What was done; with the check-ins before and after when `knot`.
fn done_line(summary: &Summary, knot: bool) -> String {
    let (done, total) = (summary.exercises_done, summary.exercises_total);
    let length = minutes(summary.exercise_ms);
    match (summary.tension_before, summary.tension_after) {
        (Some(before), Some(after)) if knot => crate::t!(
            "session-end-summary-knot",
            done = done,
            total = total,
            length = &length,
            before = before,
            after = after
        ),
        _ => crate::t!(
            "session-end-summary",
            done = done,
            total = total,
            length = &length
        ),
    }
}

fn counts(moment: &Moment) -> Option<String> {
    match (moment.rep, moment.set) {
        (Some(rep), Some(set)) => Some(crate::t!(
            "session-rep-set",
            rep = rep.n,
            reps = rep.of,
            set = set.n,
            sets = set.of
        )),
        (Some(rep), None) => Some(crate::t!("session-rep", rep = rep.n, reps = rep.of)),
        // Between sets the set is the one just finished.
        (None, Some(set)) => Some(crate::t!("session-set-done", set = set.n, sets = set.of)),
        (None, None) => None,
    }
}

// ---- the end screen ----

fn end_screen(scene: &mut Scene, summary: &Summary) {
    // After a pain stop the calm lines are read whole: the mark and the
    // heading move up and shrink to give them up to six lines.
    let hurt = summary.hurt;
    let cx = WIDTH / 2.0;
    let (cy, radius, stroke, title_y, title_size, done_y) = if hurt {
        (46.0, 24.0, 5.0, 106.0, 30.0, 134.0)
    } else {
        (82.0, 34.0, 6.0, 166.0, 34.0, 202.0)
    };
    // A tick for a routine that ended well; after a pain stop nothing that
    // reads as praise: a plain muted circle with a level bar.
    let mark = if hurt { MUTED } else { ACCENT };
    scene.shapes.push(Shape::Arc {
        cx,
        cy,
        radius,
        width: stroke,
        from: 0.0,
        to: 1.0,
        color: mark,
    });
    let points = if hurt {
        vec![(cx - 10.0, cy), (cx + 10.0, cy)]
    } else {
        vec![
            (cx - 15.0, cy + 1.0),
            (cx - 4.0, cy + 12.0),
            (cx + 16.0, cy - 10.0),
        ]
    };
    scene.shapes.push(Shape::Line {
        points,
        width: stroke,
        color: mark,
    });
    let title = end_title(summary);
    let title_size = fit(scene, &title, CONTENT_W, title_size, Weight::Bold, 20.0);
    text(
        scene,
        &title,
        cx,
        title_y,
        title_size,
        Weight::Bold,
        TEXT,
        Align::Center,
    );
    let done = done_line(summary, true);
    let done_size = fit(
        scene,
        &done,
        CONTENT_W,
        if hurt { 17.0 } else { 18.0 },
        Weight::Regular,
        12.0,
    );
    text(
        scene,
        &done,
        cx,
        done_y,
        done_size,
        Weight::Regular,
        TEXT,
        Align::Center,
    );
    let mut y = 234.0;
    if hurt {
        // The calm lines the window says, shown whole: five lines of 14 px,
        // or six of 13.
        let mut calm = crate::routine::speech::pain_stop().join(" ");
        if summary.hurt_again {
            calm.push(' ');
            calm.push_str(&crate::routine::speech::pain_again());
        }
        let mut size = 14.0;
        let mut all = lines(&calm, CONTENT_W, size, Weight::Regular);
        if all.len() > 5 {
            size = 13.0;
            all = lines(&calm, CONTENT_W, size, Weight::Regular);
        }
        let step = size + 4.0;
        y = done_y + 28.0;
        for line in cap(scene, &calm, all, CONTENT_W, size, Weight::Regular, 6) {
            text(
                scene,
                &line,
                cx,
                y,
                size,
                Weight::Regular,
                TEXT,
                Align::Center,
            );
            y += step;
        }
        y += 12.0;
    }
    let today = summary.streak_today_done.map(|today| {
        if today {
            (crate::t!("session-end-today-done"), ACCENT)
        } else {
            (crate::t!("session-end-today-to-do"), MUTED)
        }
    });
    let streak = summary
        .current_streak
        .map(|streak| crate::t!("session-end-streak", days = day_count(streak)));
    // Above the Close button (296): both lines if they fit, else one.
    let room = 290.0;
    match (today, streak) {
        (Some((line, color)), Some(streak)) if hurt && y + 26.0 > room => {
            let both = format!("{line} · {streak}");
            let size = fit(scene, &both, CONTENT_W, 15.0, Weight::Regular, 11.0);
            text(
                scene,
                &both,
                cx,
                y,
                size,
                Weight::Regular,
                color,
                Align::Center,
            );
        }
        (today, streak) => {
            if let Some((line, color)) = today {
                let size = fit(scene, &line, CONTENT_W, 18.0, Weight::Bold, 12.0);
                text(
                    scene,
                    &line,
                    cx,
                    y,
                    size,
                    Weight::Bold,
                    color,
                    Align::Center,
                );
                y += 26.0;
            }
            if let Some(line) = streak {
                let size = fit(scene, &line, CONTENT_W, 16.0, Weight::Regular, 11.0);
                text(
                    scene,
                    &line,
                    cx,
                    y,
                    size,
                    Weight::Regular,
                    MUTED,
                    Align::Center,
                );
            }
        }
    }
    button(
        scene,
        Rect::new(cx - 70.0, 296.0, 140.0, 42.0),
        &crate::t!("session-close"),
        PlayerInput::Stop,
        true,
    );
}

// ---- words ----

/// "10 min", "under a minute".
fn minutes(ms: u64) -> String {
    match ms.saturating_add(30_000) / 60_000 {
        0 if ms == 0 => crate::t!("session-minutes-short", n = 0),
        0 => crate::t!("session-under-a-minute"),
        m => crate::t!("session-minutes-short", n = m),
    }
}

/// "1 day", "3 days".
pub(super) fn day_count(n: u32) -> String {
    crate::t!("stats-days", n = n)
}

pub(super) use crate::i18n::{clock, weekday_key};

/// A name ("Desk break", "Ear to left shoulder") as the middle of a
/// sentence has it: lower-cased first letter where the language does that
/// (`session-names-mid-sentence`), as is where it does not (German nouns).
pub(super) fn mid_sentence(name: &str) -> String {
    if crate::t!("session-names-mid-sentence") != "lower" {
        return name.to_owned();
    }
    let mut chars = name.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

// ---- drawing helpers ----

#[allow(clippy::too_many_arguments)]
pub(super) fn text(
    scene: &mut Scene,
    s: &str,
    x: f32,
    y: f32,
    size: f32,
    weight: Weight,
    color: Color,
    align: Align,
) {
    // A run past the window's edges is cut, whatever laid it out.
    let w = text_width(s, size, weight);
    let left = match align {
        Align::Left => x,
        Align::Center => x - w / 2.0,
        Align::Right => x - w,
    };
    if left < -SLACK || left + w > scene.width + SLACK {
        scene.overflowed(s, w, scene.width - left.max(0.0));
    }
    scene.shapes.push(Shape::Text(Text {
        text: s.to_owned(),
        x,
        y,
        size,
        weight,
        color,
        align,
    }));
}

/// Marks where `part` is: `damage` may redraw it alone.
fn region(scene: &mut Scene, part: Part, rect: Rect) {
    scene.regions.push(Region { part, rect });
}

/// Small left-aligned regular text.
pub(super) fn label(scene: &mut Scene, s: &str, x: f32, y: f32, size: f32, color: Color) {
    text(scene, s, x, y, size, Weight::Regular, color, Align::Left);
}

pub(super) fn rect(scene: &mut Scene, rect: Rect, radius: f32, color: Color) {
    scene.shapes.push(Shape::Rect {
        rect,
        radius,
        color,
    });
}

/// A rounded button with a centred label: accent-filled if `primary`.
pub(super) fn button(scene: &mut Scene, r: Rect, label: &str, input: PlayerInput, primary: bool) {
    let (fill, ink, weight) = if primary {
        (ACCENT, BACKGROUND, Weight::Bold)
    } else {
        (SURFACE, TEXT, Weight::Regular)
    };
    rect(scene, r, 8.0, fill);
    let size = fit(scene, label, r.w - 16.0, 17.0, weight, 11.0);
    text(
        scene,
        label,
        r.x + r.w / 2.0,
        r.y + r.h / 2.0 + size * 0.31,
        size,
        weight,
        ink,
        Align::Center,
    );
    scene.buttons.push(Button {
        rect: r,
        label: label.to_owned(),
        input,
    });
}

/// Rounding slack: a run within half a pixel of its room fits.
const SLACK: f32 = 0.5;

/// The size, at most `size` and at least `min`, at which `s` fits `width`.
/// A text that does not fit even at `min` is recorded in the scene's
/// `overflow`.
pub(super) fn fit(
    scene: &mut Scene,
    s: &str,
    width: f32,
    size: f32,
    weight: Weight,
    min: f32,
) -> f32 {
    let w = text_width(s, size, weight);
    if w <= width {
        return size;
    }
    let fitted = (size * width / w).max(min);
    let needed = text_width(s, fitted, weight);
    if needed > width + SLACK {
        scene.overflowed(s, needed, width);
    }
    fitted
}

/// Text that gives way: one line at `size`, shrunk to at least `min` as
/// `fit` does; if it is still too wide, up to `max_lines` lines at the
/// largest size from `wrapped` down to `min` that holds it. Only what holds
/// in none of these is cut and recorded. A text that fits one line is laid
/// out exactly as `fit` would.
#[allow(clippy::too_many_arguments)]
pub(super) fn give_way(
    scene: &mut Scene,
    s: &str,
    width: f32,
    size: f32,
    wrapped: f32,
    weight: Weight,
    min: f32,
    max_lines: usize,
) -> (f32, Vec<String>) {
    if text_width(s, min, weight) <= width {
        return (fit(scene, s, width, size, weight, min), vec![s.to_owned()]);
    }
    let mut at = wrapped;
    while at > min {
        let l = lines(s, width, at, weight);
        if l.len() <= max_lines && l.iter().all(|l| text_width(l, at, weight) <= width) {
            return (at, l);
        }
        at -= 0.5;
    }
    (min, wrap(scene, s, width, min, weight, max_lines))
}

/// `s` broken at spaces into lines of `width`, as many as it takes.
pub(super) fn lines(s: &str, width: f32, size: f32, weight: Weight) -> Vec<String> {
    let fits = |line: &str| text_width(line, size, weight) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `s` broken at spaces into at most `max_lines` lines of `width`. A text
/// that needs more lines, or has a word wider than `width`, is recorded in
/// the scene's `overflow`, and its last line ends in "…".
pub(super) fn wrap(
    scene: &mut Scene,
    s: &str,
    width: f32,
    size: f32,
    weight: Weight,
    max_lines: usize,
) -> Vec<String> {
    let all = lines(s, width, size, weight);
    cap(scene, s, all, width, size, weight, max_lines)
}

/// `lines` (of `s`, broken for `width`) cut to `max_lines`, the cut
/// recorded in the scene's `overflow` and marked with "…".
pub(super) fn cap(
    scene: &mut Scene,
    s: &str,
    mut lines: Vec<String>,
    width: f32,
    size: f32,
    weight: Weight,
    max_lines: usize,
) -> Vec<String> {
    let fits = |line: &str| text_width(line, size, weight) <= width;
    let too_wide = lines
        .iter()
        .any(|l| text_width(l, size, weight) > width + SLACK);
    if lines.len() > max_lines || too_wide {
        scene.overflowed(s, text_width(s, size, weight), width * max_lines as f32);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && !fits(&format!("{last}…")) {
                last.pop();
            }
            let trimmed = last.trim_end().to_owned();
            *last = format!("{trimmed}…");
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;
    use crate::ui::player::Player;
    use crate::ui::raster::has_glyph;
    use crate::ui::scene::{Shape, HEIGHT};

    fn upper_trap() -> crate::routine::Routine {
        builtin::find(builtin::UPPER_TRAP).expect("a built-in")
    }

    /// Every text run stays inside the window, with its measured width, and
    /// the font has every character of it.
    fn assert_inside(scene: &Scene) {
        for shape in &scene.shapes {
            if let Shape::Text(t) = shape {
                let missing: Vec<char> = t.text.chars().filter(|c| !has_glyph(*c)).collect();
                assert!(
                    missing.is_empty(),
                    "{missing:?} of {:?} not in the font",
                    t.text
                );
                let w = text_width(&t.text, t.size, t.weight);
                let left = match t.align {
                    Align::Left => t.x,
                    Align::Center => t.x - w / 2.0,
                    Align::Right => t.x - w,
                };
                assert!(
                    left >= MARGIN - 12.5 && left + w <= WIDTH - MARGIN + 12.5,
                    "{:?} sticks out: {left}..{}",
                    t.text,
                    left + w
                );
                assert!(t.y - t.size >= 0.0 && t.y <= HEIGHT, "{:?}", t.text);
            }
        }
    }

    #[test]
    fn the_playing_screen_shows_the_moment() {
        let p = Player::new(upper_trap(), true, 0);
        // 5.5 s into the first hold: its first breath out, 55 s to go.
        let first_hold = crate::routine::timeline::FIRST_GET_READY_MS;
        let scene = view(&p.state(first_hold + 5_500));
        let texts = scene.texts();
        for want in [
            "Neck side stretch",
            "Breathe out",
            "55",
            "Ear to left shoulder",
            "Exercise 1 of 4",
            "Next: Ball pressure on the knot",
            "Pause",
            "Next",
            "Stop",
        ] {
            assert!(texts.contains(&want), "{want:?} not in {texts:?}");
        }
        let inputs: Vec<PlayerInput> = scene.buttons.iter().map(|b| b.input).collect();
        assert_eq!(
            inputs,
            [
                PlayerInput::TogglePause,
                PlayerInput::Next,
                PlayerInput::ToggleMute,
                PlayerInput::Stop,
                PlayerInput::StopHurt
            ]
        );
        assert_inside(&scene);
    }

    #[test]
    fn every_second_of_the_routine_fits_the_window() {
        let every = crate::routine::Options::every()
            .into_iter()
            .flat_map(builtin::all_with);
        for routine in every {
            let p = Player::new(routine, true, 0);
            let total = p.timeline().total_ms;
            for ms in (0..total).step_by(500) {
                let state = p.state(ms);
                assert!(state.moment.is_some());
                assert_inside(&view(&state));
            }
            assert_inside(&view(&p.state(total)));
        }
        assert_inside(&view(&Player::new(upper_trap(), false, 0).state(0)));
    }

    #[test]
    fn a_long_safety_card_fits_the_start_screen_sentence_by_sentence() {
        assert_eq!(
            sentences("Skip it. Stop at e.g. 5. Get help now."),
            ["Skip it.", "Stop at e.g. 5.", "Get help now."]
        );
        // A user routine's longest safety line, in short sentences or one.
        for safety in ["Stop now. ".repeat(40), "word ".repeat(80)] {
            let mut r = builtin::find(builtin::DESK_RESET).expect("built-in");
            r.safety = safety.trim().to_owned();
            let scene = view(&Player::new(r, false, 0).state(0));
            assert_inside(&scene);
            let texts = scene.texts();
            let card = texts
                .iter()
                .filter(|t| t.contains("Stop now") || t.contains("word"))
                .count();
            assert!((1..=9).contains(&card), "{card}");
        }
    }

    /// The card's last, urgent sentence is found in every language by the
    /// words it starts with, so it is drawn in the warning colour.
    #[test]
    fn the_urgent_sentence_is_found_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::scoped(lang, || {
                let card = builtin::safety_card();
                let starts = crate::t!("session-urgent-starts");
                let all = sentences(&card);
                let last = all.last().expect("a sentence");
                assert!(
                    last.starts_with(starts.as_str()),
                    "{lang:?}: {last:?} / {starts:?}"
                );
                assert_eq!(
                    all.iter()
                        .filter(|s| s.starts_with(starts.as_str()))
                        .count(),
                    1,
                    "{lang:?}"
                );
            });
        }
    }

    #[test]
    fn the_start_screen_shows_every_stop_sign_and_the_ball_its_caution() {
        for routine in builtin::all() {
            let scene = view(&Player::new(routine, false, 0).state(0));
            let card = scene.texts().join(" ");
            for words in [
                "injury or surgery",
                "tingles, is numb or weak",
                "spreading pain",
                "weak hand",
                "faintness",
                "double vision",
                "worsening",
                "Get help now",
                "swallowing, chest pain, or breathlessness.",
            ] {
                assert!(card.contains(words), "{words:?} not in {card:?}");
            }
            assert_inside(&scene);
        }
        // The ball's get-ready: who should leave it out, and where it never goes.
        let r = upper_trap();
        let p = Player::new(r.clone(), true, 0);
        let t = p.timeline();
        let ready = t
            .segments
            .iter()
            .find(|s| r.exercises[s.exercise].title == builtin::BALL_TITLE)
            .expect("the ball's get-ready");
        let scene = view(&p.state(ready.start_ms + 1_000));
        let card = scene.texts().join(" ");
        for words in [
            "blood thinners",
            "osteoporosis",
            "pacemaker",
            "never on bone",
        ] {
            assert!(card.contains(words), "{words:?} not in {card:?}");
        }
        // …and not once the press has begun.
        let press = view(&p.state(ready.end_ms() + 1_000)).texts().join(" ");
        assert!(!press.contains("osteoporosis"), "{press}");
    }

    #[test]
    fn pause_and_end_screens_say_what_to_do() {
        let mut p = Player::new(upper_trap(), true, 0);
        p.handle(PlayerInput::TogglePause, 1_000);
        let paused = view(&p.state(1_000));
        assert!(paused.texts().contains(&"Space to resume"));
        assert!(paused.texts().contains(&"Resume"));
        let total = p.timeline().total_ms;
        let mut p = Player::new(upper_trap(), true, 0);
        p.advance(total);
        p.set_streak(true, 3);
        let end = view(&p.state(total));
        let texts = end.texts();
        assert!(texts.contains(&"4 of 4 exercises · 11 min"), "{texts:?}");
        assert!(texts.contains(&"Current streak: 3 days"), "{texts:?}");
        assert_eq!(end.buttons.len(), 1);
        assert_eq!(end.buttons[0].input, PlayerInput::Stop);
    }

    /// The message `id` as the current language says it, English where
    /// that language lacks it.
    fn said(lang: crate::i18n::Lang, id: &str) -> String {
        use crate::i18n::{lookup, Lang};
        lookup(lang, id, None)
            .or_else(|| lookup(Lang::En, id, None))
            .expect("an English message")
    }

    #[test]
    fn every_window_draws_in_german_with_english_where_german_lacks_words() {
        use crate::i18n::{scoped, Lang};
        use crate::values::{
            Counts, DayStats, Home, HomeBreak, HomeMode, Stats, Streaks, WeekStats,
        };
        use chrono::NaiveDate;

        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).expect("a date");
        let stats = Stats {
            today: day(13),
            from: day(12),
            records: 2,
            days: vec![
                DayStats {
                    date: day(12),
                    working_day: true,
                    counts: Counts {
                        exercise_ms: 660_000,
                        ..Counts::default()
                    },
                    daily_done: true,
                    ratings: Default::default(),
                },
                DayStats {
                    date: day(13),
                    working_day: true,
                    counts: Counts::default(),
                    daily_done: false,
                    ratings: Default::default(),
                },
            ],
            totals: Counts::default(),
            streak: Streaks {
                current: 1,
                best: 4,
            },
            completion_rate: None,
            exercises: Vec::new(),
            weeks: vec![WeekStats {
                monday: day(9),
                routine_days: 1,
                working_days: 5,
                median_before: Some(6.0),
                median_after: Some(4.5),
                shoulder_checks: 2,
            }],
            pain_stops: Vec::new(),
        };
        let home = Home {
            today: day(13),
            mode: HomeMode::Idle,
            next_break: Some(HomeBreak {
                name: "Desk break".into(),
                at: day(14).and_hms_opt(9, 5, 0).expect("a time"),
            }),
            paused_until: None,
            working_hours: true,
            daily_done: false,
            streak: 3,
            held_by: None,
            has_daily: true,
        };
        let opening = crate::ui::player::Opening {
            checkin: crate::config::CheckIn::BeforeAfter,
            level: Some(crate::routine::Level::FIRST),
            ..Default::default()
        };

        scoped(Lang::De, || {
            let mut p = Player::open(upper_trap(), opening, 0);
            let start = view(&p.state(0));
            assert!(
                start
                    .texts()
                    .contains(&said(Lang::De, "session-start").as_str()),
                "{:?}",
                start.texts()
            );
            let mut scenes = vec![start];
            p.handle(PlayerInput::TogglePause, 100);
            let checkin = view(&p.state(100));
            let question = said(Lang::De, "checkin-question-before");
            assert!(checkin.texts().contains(&question.as_str()));
            scenes.push(checkin);
            p.handle(PlayerInput::Rate(7), 200);
            let total = p.timeline().total_ms;
            for ms in (0..total).step_by(5_000) {
                scenes.push(view(&p.state(ms)));
            }
            p.handle(PlayerInput::TogglePause, total / 2);
            scenes.push(view(&p.state(total / 2)));
            p.handle(PlayerInput::TogglePause, total / 2);
            p.advance(total + 10_000);
            p.set_streak(false, 2);
            let end = p.state(total + 10_000);
            scenes.push(view(&end));
            let ended = crate::ui::access::session("t", &end, None, 1.0);
            assert!(!ended.update.nodes.is_empty());

            let mut hurt = Player::new(upper_trap(), true, 0);
            hurt.handle(PlayerInput::StopHurt, 30_000);
            scenes.push(view(&hurt.state(30_000)));

            for weeks in [false, true] {
                scenes.push(crate::ui::stats_view(&stats, weeks));
                crate::ui::access::stats(&stats, weeks, 2.0);
            }
            let w = crate::ui::home::HomeWindow::new(home.clone());
            let drawn = crate::ui::home::view(&w);
            assert!(drawn
                .texts()
                .contains(&said(Lang::De, "home-start").as_str()));
            scenes.push(drawn);
            crate::ui::access::home(&w, 1.0);

            for scene in &scenes {
                assert!(!scene.texts().is_empty());
            }
            // Each of the windows' messages German lacks comes in English.
            let english = Lang::En.catalogue();
            let ids = english
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
                .filter(|id| {
                    id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                });
            for id in ids {
                let ours = ["session-", "checkin-", "stats-", "home-", "a11y-", "date-"];
                if ours.iter().any(|p| id.starts_with(p))
                    && crate::i18n::lookup(Lang::De, id, None).is_none()
                {
                    let en = crate::i18n::lookup(Lang::En, id, None);
                    assert_eq!(Some(crate::i18n::text(id, None)), en, "{id}");
                }
            }
            // A message German has is German; one it lacks is English.
            let de = crate::i18n::lookup(Lang::De, "session-start", None);
            assert_eq!(
                crate::t!("session-start"),
                de.unwrap_or_else(|| "Start".into())
            );
            // An id no catalogue has (not a literal: `cargo xtask i18n`
            // would rightly refuse it) comes back as itself.
            let nowhere = ["no", "message", "has", "this", "id"].join("-");
            assert_eq!(crate::i18n::text(&nowhere, None), nowhere);
        });
        // English is back outside the scope.
        assert_eq!(crate::t!("session-start"), "Start");
        assert_eq!(minutes(611_000), "10 min");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_marks_a_cut() {
        let mut scene = Scene::new(BACKGROUND);
        let lines = wrap(
            &mut scene,
            "aaa bbb ccc ddd",
            text_width("aaa bbb", 16.0, Weight::Regular) + 1.0,
            16.0,
            Weight::Regular,
            5,
        );
        assert_eq!(lines, ["aaa bbb", "ccc ddd"]);
        assert!(scene.overflow.is_empty());
        let cut = wrap(
            &mut scene,
            "aaa bbb ccc ddd",
            text_width("aaa bbb", 16.0, Weight::Regular) + 1.0,
            16.0,
            Weight::Regular,
            1,
        );
        assert_eq!(cut.len(), 1);
        assert!(cut[0].ends_with('…'), "{cut:?}");
        assert_eq!(scene.overflow.len(), 1, "the cut is recorded");
        assert_eq!(minutes(0), "0 min");
        assert_eq!(minutes(20_000), "under a minute");
        assert_eq!(minutes(611_000), "10 min");
    }
}
