//! Pure: the Statistics window's scene, the days view and the weeks view,
//! in the session window's palette and font.

use chrono::Datelike as _;

use super::player::PlayerInput;
use super::raster::text_width;
use super::scene::{Align, Color, Rect, Scene, Shape, Weight, WIDTH};
use super::view::{
    button, day_count, fit, label, rect, text, weekday_key, ACCENT, BACKGROUND, CONTENT_W, MARGIN,
    MUTED, OTHER, TENSION, TEXT, TRACK,
};
use crate::values::{rating, this_week_line, Stats};

/// The Statistics window: the days view, or the weeks view (`weeks`).
pub fn stats_view(stats: &Stats, weeks: bool) -> Scene {
    if weeks {
        weeks_view(stats)
    } else {
        days_view(stats)
    }
}

/// The last 14 days of `stats` as bars of minutes exercised, the days with
/// the daily routine done in the accent colour; the streaks below.
fn days_view(stats: &Stats) -> Scene {
    let mut scene = Scene::new(BACKGROUND);
    let n = stats.days.len().min(14);
    let days = &stats.days[stats.days.len() - n..];
    let title = match n {
        1 => crate::t!("stats-today"),
        n => crate::t!("stats-last-days", n = n),
    };
    text(
        &mut scene,
        &title,
        MARGIN,
        42.0,
        24.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    legend(
        &mut scene,
        &[
            (crate::t!("stats-legend-routine"), ACCENT),
            (crate::t!("stats-legend-other"), OTHER),
        ],
    );

    let minutes_of = |ms: u64| ms as f32 / 60_000.0;
    let top = days
        .iter()
        .map(|d| minutes_of(d.counts.exercise_ms))
        .fold(10.0f32, f32::max);
    // A round top, so the middle guide is a whole number of minutes too.
    let top = (top / 10.0).ceil() * 10.0;
    let (chart_top, base) = (78.0, 250.0);
    let height = base - chart_top;
    // Guide lines at the top and the middle, labelled in minutes.
    for fraction in [1.0, 0.5] {
        let y = base - height * fraction;
        rect(&mut scene, Rect::new(MARGIN, y, CONTENT_W, 1.0), 0.0, TRACK);
        let value = crate::t!("stats-axis-minutes", n = (top * fraction).round());
        label(&mut scene, &value, MARGIN, y - 5.0, 12.0, MUTED);
    }
    rect(
        &mut scene,
        Rect::new(MARGIN, base, CONTENT_W, 1.0),
        0.0,
        TRACK,
    );
    let slot = CONTENT_W / 14.0;
    let start = MARGIN + slot * (14 - n) as f32;
    for (i, day) in days.iter().enumerate() {
        let cx = start + slot * (i as f32 + 0.5);
        let minutes = minutes_of(day.counts.exercise_ms);
        let h = (height * minutes / top).clamp(0.0, height);
        let color = if day.daily_done {
            ACCENT
        } else if minutes > 0.0 {
            OTHER
        } else {
            TRACK
        };
        // An empty day still gets a stub, so every day has its place.
        let h = h.max(3.0);
        rect(
            &mut scene,
            Rect::new(cx - 10.0, base - h, 20.0, h),
            3.0,
            color,
        );
        let initial = crate::t!(
            "date-weekday-initial",
            day = weekday_key(day.date.weekday())
        );
        let (weight, color) = if day.date == stats.today {
            (Weight::Bold, TEXT)
        } else if day.working_day {
            (Weight::Regular, MUTED)
        } else {
            (Weight::Regular, OTHER)
        };
        text(
            &mut scene,
            &initial,
            cx,
            270.0,
            13.0,
            weight,
            color,
            Align::Center,
        );
    }
    if let (Some(first), Some(last)) = (days.first(), days.last()) {
        let date = |d: chrono::NaiveDate| short_date(d);
        let first_x = start + slot * 0.5 - 10.0;
        label(&mut scene, &date(first.date), first_x, 288.0, 12.0, MUTED);
        let last_x = start + slot * (n as f32 - 0.5) + 10.0;
        text(
            &mut scene,
            &date(last.date),
            last_x,
            288.0,
            12.0,
            Weight::Regular,
            MUTED,
            Align::Right,
        );
    }
    if days.iter().all(|d| d.counts.exercise_ms == 0) {
        text(
            &mut scene,
            &crate::t!("stats-no-exercise"),
            WIDTH / 2.0,
            chart_top + height / 2.0 + 24.0,
            16.0,
            Weight::Regular,
            MUTED,
            Align::Center,
        );
    }

    let streak = crate::t!(
        "stats-streak-best",
        current = day_count(stats.streak.current),
        best = day_count(stats.streak.best)
    );
    let size = fit(
        &mut scene,
        &streak,
        CONTENT_W - 216.0,
        18.0,
        Weight::Regular,
        13.0,
    );
    text(
        &mut scene,
        &streak,
        MARGIN,
        332.0,
        size,
        Weight::Regular,
        TEXT,
        Align::Left,
    );
    stats_buttons(&mut scene, false);
    scene
}

/// Colour keys, right-aligned on the title's line of both stats views.
fn legend(scene: &mut Scene, items: &[(String, Color)]) {
    let mut x = WIDTH - MARGIN;
    for (word, color) in items.iter().rev() {
        let w = text_width(word, 13.0, Weight::Regular);
        text(
            scene,
            word,
            x,
            40.0,
            13.0,
            Weight::Regular,
            MUTED,
            Align::Right,
        );
        x -= w + 6.0 + 10.0;
        rect(scene, Rect::new(x, 30.0, 10.0, 10.0), 2.0, *color);
        x -= 14.0;
    }
}

/// The bottom right of both views: the other view, and Close.
fn stats_buttons(scene: &mut Scene, weeks: bool) {
    let (label, input) = if weeks {
        (
            crate::t!("stats-days-button"),
            PlayerInput::ShowWeeks(false),
        )
    } else {
        (
            crate::t!("stats-weeks-button"),
            PlayerInput::ShowWeeks(true),
        )
    };
    button(
        scene,
        Rect::new(WIDTH - MARGIN - 200.0, 306.0, 96.0, 38.0),
        &label,
        input,
        false,
    );
    button(
        scene,
        Rect::new(WIDTH - MARGIN - 96.0, 306.0, 96.0, 38.0),
        &crate::t!("stats-close"),
        PlayerInput::Stop,
        false,
    );
}

/// The last weeks: routine days as bars against the week's working days,
/// the median before-rating as a line over them, and under each week its
/// before → after change. The header says how this week goes.
fn weeks_view(stats: &Stats) -> Scene {
    let mut scene = Scene::new(BACKGROUND);
    let weeks = &stats.weeks;
    let n = weeks.len().max(1);
    text(
        &mut scene,
        &crate::t!("stats-last-weeks", n = weeks.len()),
        MARGIN,
        42.0,
        24.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    if let Some(this) = weeks.last() {
        let line = this_week_line(this);
        label(&mut scene, &line, MARGIN, 68.0, 16.0, ACCENT);
    }
    legend(
        &mut scene,
        &[
            (crate::t!("stats-legend-routine-days"), ACCENT),
            (crate::t!("stats-legend-tension"), TENSION),
        ],
    );

    // Both scales share the chart: 0–7 days on the left, 0–10 on the right.
    let (chart_top, base) = (96.0, 232.0);
    let height = base - chart_top;
    let axis_w = 34.0;
    let (left, right) = (MARGIN + axis_w, WIDTH - MARGIN - axis_w);
    let seven = crate::t!("stats-axis-days", n = 7);
    for (fraction, days, rating) in [(1.0, seven.as_str(), "10"), (0.5, "", "5")] {
        let y = base - height * fraction;
        rect(
            &mut scene,
            Rect::new(left, y, right - left, 1.0),
            0.0,
            TRACK,
        );
        label(&mut scene, days, MARGIN, y + 4.0, 12.0, MUTED);
        text(
            &mut scene,
            rating,
            WIDTH - MARGIN,
            y + 4.0,
            12.0,
            Weight::Regular,
            TENSION,
            Align::Right,
        );
    }
    rect(
        &mut scene,
        Rect::new(left, base, right - left, 1.0),
        0.0,
        TRACK,
    );
    let slot = (right - left) / n as f32;
    let centre = |i: usize| left + slot * (i as f32 + 0.5);
    let day_h = |d: u32| height * d.min(7) as f32 / 7.0;
    let mut points: Vec<(f32, f32)> = Vec::new();
    let mut lines: Vec<Vec<(f32, f32)>> = Vec::new();
    for (i, week) in weeks.iter().enumerate() {
        let cx = centre(i);
        // The week's working days, faint behind; the routine days over them.
        let work = day_h(week.working_days).max(3.0);
        rect(
            &mut scene,
            Rect::new(cx - 12.0, base - work, 24.0, work),
            3.0,
            TRACK,
        );
        if week.routine_days > 0 {
            let done = day_h(week.routine_days);
            rect(
                &mut scene,
                Rect::new(cx - 12.0, base - done, 24.0, done),
                3.0,
                ACCENT,
            );
        }
        match week.median_before {
            Some(b) => points.push((cx, base - height * (b as f32 / 10.0))),
            None => {
                if !points.is_empty() {
                    lines.push(std::mem::take(&mut points));
                }
            }
        }
        let date = short_date(week.monday);
        let this_week = i + 1 == weeks.len();
        let (weight, color) = if this_week {
            (Weight::Bold, TEXT)
        } else {
            (Weight::Regular, MUTED)
        };
        // Every other week's date, and always this week's.
        if (weeks.len() - 1 - i).is_multiple_of(2) {
            text(
                &mut scene,
                &date,
                cx,
                250.0,
                11.0,
                weight,
                color,
                Align::Center,
            );
        }
        let change = match week.change() {
            Some(c) if c < 0.0 => format!("−{}", rating(-c)),
            Some(c) if c > 0.0 => format!("+{}", rating(c)),
            Some(_) => "0".to_owned(),
            None => "·".to_owned(),
        };
        text(
            &mut scene,
            &change,
            cx,
            270.0,
            13.0,
            Weight::Bold,
            TENSION,
            Align::Center,
        );
    }
    if !points.is_empty() {
        lines.push(points);
    }
    for line in lines {
        for &(x, y) in &line {
            scene.shapes.push(Shape::Circle {
                cx: x,
                cy: y,
                radius: 4.0,
                color: TENSION,
            });
        }
        if line.len() > 1 {
            scene.shapes.push(Shape::Line {
                points: line,
                width: 2.5,
                color: TENSION,
            });
        }
    }
    if weeks
        .iter()
        .all(|w| w.median_before.is_none() && w.routine_days == 0)
    {
        text(
            &mut scene,
            &crate::t!("stats-no-routines"),
            WIDTH / 2.0,
            chart_top + height / 2.0,
            16.0,
            Weight::Regular,
            MUTED,
            Align::Center,
        );
    }
    label(
        &mut scene,
        &crate::t!("stats-change-explained"),
        MARGIN,
        292.0,
        12.0,
        MUTED,
    );
    let streak = crate::t!("stats-streak", days = day_count(stats.streak.current));
    label(&mut scene, &streak, MARGIN, 332.0, 16.0, MUTED);
    stats_buttons(&mut scene, true);
    scene
}

/// "28 Feb", under the charts.
fn short_date(d: chrono::NaiveDate) -> String {
    crate::t!(
        "date-day-month-short",
        day = d.day(),
        month = crate::t!("date-month-short", month = d.month())
    )
}
