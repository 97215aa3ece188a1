//! Pure: the per-day stats over a window of days, and their text and JSON forms.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike as _, NaiveDate};

use super::{
    daily_done_days, day_ratings, event_day, is_working_day, streaks_of, weeks, HistoryRecord,
    ReadProblem, STATS_JSON_VERSION, WEEKS,
};
use crate::config::Config;
use crate::engine::HistoryEvent;
use crate::routine::Timeline;
use crate::t;
use crate::values::{
    rating, this_week_line, Counts, DayStats, ExerciseOutcome, ExerciseTotal, Stats, WeekStats,
};

pub(crate) fn minutes(ms: u64) -> f64 {
    // One decimal: enough for a table, and stable in JSON.
    (ms as f64 / 6_000.0).round() / 10.0
}

/// Pure: the stats for the `days` days ending with `today` (at least one).
/// Exercise time comes from the routines as they are now; a routine no longer
/// known adds no time, and outcomes beyond its exercise count are ignored.
pub fn stats(records: &[HistoryRecord], config: &Config, today: NaiveDate, days: u32) -> Stats {
    let span = u64::from(days.max(1) - 1);
    let from = today
        .checked_sub_days(chrono::Days::new(span))
        .unwrap_or(NaiveDate::MIN);
    let done = daily_done_days(records, config);
    let ratings = day_ratings(records);
    let mut timelines: HashMap<String, Option<Timeline>> = HashMap::new();
    let mut per_day: BTreeMap<NaiveDate, Counts> = BTreeMap::new();
    let mut exercises: BTreeMap<String, ExerciseTotal> = BTreeMap::new();

    for record in records {
        let day = event_day(&record.event);
        if day < from || day > today {
            continue;
        }
        let counts = per_day.entry(day).or_default();
        match &record.event {
            HistoryEvent::Offered { .. } => counts.offered += 1,
            HistoryEvent::Started { .. } => counts.taken += 1,
            HistoryEvent::Snoozed { .. } => counts.snoozed += 1,
            HistoryEvent::Skipped { .. } => counts.skipped += 1,
            HistoryEvent::Ignored { .. } => counts.ignored += 1,
            HistoryEvent::NaturalBreak { .. } => counts.natural_breaks += 1,
            HistoryEvent::ShoulderCheck { outcome, .. } => match outcome {
                crate::engine::CheckOutcome::Shown => counts.shoulder_checks += 1,
                crate::engine::CheckOutcome::Skipped => counts.checks_skipped += 1,
            },
            // Counted with its session's check-ins (`trend`).
            HistoryEvent::Rated { .. } => {}
            // Read by `pains`; nothing to count per day.
            HistoryEvent::LeftOut { .. } | HistoryEvent::PutBack { .. } => {}
            HistoryEvent::Completed {
                routine,
                outcomes,
                stopped_for_pain,
                ..
            } => {
                counts.completed += 1;
                counts.pain_stops += u32::from(*stopped_for_pain);
                let timeline = timelines.entry(routine.clone()).or_insert_with(|| {
                    config.routine(routine).map(|r| crate::routine::compile(&r))
                });
                let Some(timeline) = timeline else { continue };
                for (span, outcome) in timeline.exercises.iter().zip(outcomes) {
                    let total =
                        exercises
                            .entry(span.title.clone())
                            .or_insert_with(|| ExerciseTotal {
                                title: span.title.clone(),
                                done: 0,
                                partial: 0,
                            });
                    match outcome {
                        ExerciseOutcome::Done => {
                            counts.exercise_ms += span.duration_ms;
                            total.done += 1;
                        }
                        ExerciseOutcome::Partial => {
                            counts.exercise_ms += span.duration_ms / 2;
                            total.partial += 1;
                        }
                        ExerciseOutcome::Skipped => {}
                    }
                }
            }
        }
    }

    let mut totals = Counts::default();
    let days: Vec<DayStats> = from
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|date| {
            let counts = per_day.get(&date).copied().unwrap_or_default();
            totals.add(&counts);
            DayStats {
                date,
                working_day: is_working_day(config, date),
                counts,
                daily_done: done.contains(&date),
                ratings: ratings.get(&date).copied().unwrap_or_default(),
            }
        })
        .collect();
    let completion_rate = (totals.offered > 0)
        .then(|| (f64::from(totals.completed) / f64::from(totals.offered)).min(1.0));
    let mut exercises: Vec<ExerciseTotal> = exercises
        .into_values()
        .filter(|e| e.done + e.partial > 0)
        .collect();
    exercises.sort_by(|a, b| {
        (b.done, b.partial)
            .cmp(&(a.done, a.partial))
            .then_with(|| a.title.cmp(&b.title))
    });
    Stats {
        today,
        from,
        records: records.len(),
        days,
        totals,
        streak: streaks_of(&done, config, today),
        completion_rate,
        exercises,
        weeks: weeks(records, config, today, WEEKS),
        pain_stops: super::pain_counts(records, config, from, today),
    }
}

/// Pure: the terminal table, at most 80 columns wide in English for
/// exercise titles of up to 50 characters (longer user titles stick out);
/// a column is as wide as its heading in the language shown.
pub fn render(stats: &Stats) -> String {
    let mut out = String::new();
    if stats.records == 0 {
        out.push_str(&t!("cli-stats-empty"));
        out.push_str("\n\n");
    }
    let heads = [
        t!("cli-stats-head-date"),
        t!("cli-stats-head-day"),
        t!("cli-stats-head-offered"),
        t!("cli-stats-head-taken"),
        t!("cli-stats-head-done"),
        t!("cli-stats-head-snoozed"),
        t!("cli-stats-head-skipped"),
        t!("cli-stats-head-ignored"),
        t!("cli-stats-head-natural"),
        t!("cli-stats-head-min"),
        t!("cli-stats-head-daily"),
    ];
    // English's widths, each widened to its heading (plus a space) where a
    // language's heading is longer; the first two are left-aligned.
    let base = [10, 3, 8, 6, 5, 8, 8, 8, 8, 6, 6];
    let widths: Vec<usize> = heads
        .iter()
        .zip(base)
        .enumerate()
        .map(|(i, (h, b))| {
            let own = h.chars().count() + usize::from(i > 1);
            b.max(own)
        })
        .collect();
    let row = |cells: [&str; 11]| {
        let mut line = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            match i {
                0 => line.push_str(&format!("{cell:<w$} ")),
                1 => line.push_str(&format!("{cell:<w$}")),
                _ => line.push_str(&format!("{cell:>w$}")),
            }
        }
        line.push('\n');
        line
    };
    let cells = |c: &Counts| {
        [
            c.offered,
            c.taken,
            c.completed,
            c.snoozed,
            c.skipped,
            c.ignored,
            c.natural_breaks,
        ]
        .map(|n| n.to_string())
    };
    let line = |first: &str, day: &str, c: &[String; 7], min: &str, daily: &str| {
        row([
            first, day, &c[0], &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], min, daily,
        ])
    };
    {
        let h: Vec<&str> = heads.iter().map(String::as_str).collect();
        out.push_str(&row([
            h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10],
        ]));
    }
    let off = t!("cli-stats-daily-off");
    for day in &stats.days {
        let daily = match (day.daily_done, day.working_day) {
            (true, _) => "✓",
            (false, true) => "–",
            (false, false) => off.as_str(),
        };
        out.push_str(&line(
            &day.date.to_string(),
            &t!(
                "cli-weekday-short",
                day = day.date.weekday().number_from_monday()
            ),
            &cells(&day.counts),
            &crate::i18n::decimal(minutes(day.counts.exercise_ms), 1),
            daily,
        ));
    }
    let done_days = stats.days.iter().filter(|d| d.daily_done).count();
    out.push_str(&line(
        &t!("cli-stats-total"),
        "",
        &cells(&stats.totals),
        &crate::i18n::decimal(minutes(stats.totals.exercise_ms), 1),
        &done_days.to_string(),
    ));
    // The legend, under 80 columns.
    out.push_str(&t!("cli-stats-legend-taken"));
    out.push('\n');
    out.push_str(&t!("cli-stats-legend-daily"));
    out.push_str("\n\n");

    let s = stats.streak;
    out.push_str(&t!("cli-stats-streak", current = s.current, best = s.best));
    out.push('\n');
    match stats.completion_rate {
        Some(rate) => out.push_str(&t!(
            "cli-stats-completion",
            percent = format!("{:.0}", rate * 100.0),
            completed = stats.totals.completed,
            offered = stats.totals.offered
        )),
        None => out.push_str(&t!("cli-stats-completion-none")),
    }
    out.push('\n');
    if stats.totals.shoulder_checks > 0 {
        let working = stats.days.iter().filter(|d| d.working_day).count().max(1);
        out.push_str(&t!(
            "cli-stats-checks",
            shown = stats.totals.shoulder_checks,
            skipped = stats.totals.checks_skipped,
            per_day =
                crate::i18n::decimal(f64::from(stats.totals.shoulder_checks) / working as f64, 1)
        ));
        out.push('\n');
    }
    if stats.exercises.is_empty() {
        out.push_str(&t!("cli-stats-exercises-none"));
        out.push('\n');
    } else {
        out.push_str(&t!("cli-stats-exercises"));
        out.push('\n');
        // As wide as the longest title, up to 50 (with the counts, 70 columns).
        let width = stats
            .exercises
            .iter()
            .map(|e| e.title.chars().count())
            .max()
            .unwrap_or(0)
            .min(50);
        for e in &stats.exercises {
            let partial = if e.partial > 0 {
                format!("  {}", t!("cli-stats-partly", n = e.partial))
            } else {
                String::new()
            };
            out.push_str(&format!("  {:<width$}{:>5}{partial}\n", e.title, e.done));
        }
    }
    if stats.totals.pain_stops > 0 {
        out.push_str(&t!("cli-stats-pain-stops", n = stats.totals.pain_stops));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&render_weeks(&stats.weeks));
    out
}

/// Pure: the weekly table, this week last.
pub fn render_weeks(weeks: &[WeekStats]) -> String {
    let mut out = String::new();
    if let Some(this) = weeks.last() {
        out.push_str(&this_week_line(this));
        out.push('\n');
    }
    let (week, routine, tension, checks) = (
        t!("cli-weeks-head-week"),
        t!("cli-weeks-head-routine"),
        t!("cli-weeks-head-tension"),
        t!("cli-weeks-head-checks"),
    );
    let len = |s: &str| s.chars().count();
    // English's widths, each widened to its heading in the language shown.
    let (w1, w2, w3, w4) = (
        len(&week).max(10),
        len(&routine).max(9),
        21 + len(&tension).saturating_sub(22),
        len(&checks).max(10),
    );
    out.push_str(&format!(
        "{week:<w1$} {routine:>w2$}  {tension}  {checks:>w4$}\n"
    ));
    let cell = |r: Option<f64>| r.map_or_else(|| "–".to_string(), rating);
    for w in weeks {
        let days = if w.working_days > 0 {
            t!(
                "cli-weeks-days-of",
                done = w.routine_days,
                working = w.working_days
            )
        } else {
            w.routine_days.to_string()
        };
        let change = w
            .change()
            .map(|c| format!("  ({}{})", if c > 0.0 { "+" } else { "" }, rating(c)))
            .unwrap_or_default();
        // Shoulder checks per working day (per day of the week without any).
        let per_day = f64::from(w.shoulder_checks) / f64::from(w.working_days.max(1));
        let checks = if w.shoulder_checks > 0 {
            crate::i18n::decimal(per_day, 1)
        } else {
            "–".to_owned()
        };
        let tension = format!(
            "{:>6} → {}{change}",
            cell(w.median_before),
            cell(w.median_after)
        );
        out.push_str(&format!(
            "{:<w1$} {days:>w2$}  {tension:<w3$}{checks:>w4$}\n",
            w.monday.to_string(),
        ));
    }
    out.push_str(&t!("cli-weeks-legend"));
    out.push('\n');
    out
}

pub(crate) fn counts_json(c: &Counts) -> serde_json::Map<String, serde_json::Value> {
    let mut map = serde_json::Map::new();
    for (key, n) in [
        ("offered", c.offered),
        ("taken", c.taken),
        ("completed", c.completed),
        ("snoozed", c.snoozed),
        ("skipped", c.skipped),
        ("ignored", c.ignored),
        ("natural_breaks", c.natural_breaks),
        ("pain_stops", c.pain_stops),
        ("shoulder_checks", c.shoulder_checks),
        ("checks_skipped", c.checks_skipped),
    ] {
        map.insert(key.into(), n.into());
    }
    map.insert("exercise_ms".into(), c.exercise_ms.into());
    map.insert("minutes_exercised".into(), minutes(c.exercise_ms).into());
    map
}

/// Pure: `unknot stats --json`, the shape documented in docs/history.md.
pub fn stats_json(stats: &Stats, problems: &[ReadProblem]) -> serde_json::Value {
    let per_day: Vec<serde_json::Value> = stats
        .days
        .iter()
        .map(|d| {
            let mut map = serde_json::Map::new();
            map.insert("date".into(), d.date.to_string().into());
            map.insert("weekday".into(), d.date.weekday().to_string().into());
            map.insert("working_day".into(), d.working_day.into());
            map.extend(counts_json(&d.counts));
            map.insert("daily_done".into(), d.daily_done.into());
            map.insert("tension_before".into(), d.ratings.before.into());
            map.insert("tension_after".into(), d.ratings.after.into());
            serde_json::Value::Object(map)
        })
        .collect();
    let mut totals = counts_json(&stats.totals);
    totals.insert(
        "daily_done_days".into(),
        stats.days.iter().filter(|d| d.daily_done).count().into(),
    );
    serde_json::json!({
        "version": STATS_JSON_VERSION,
        "today": stats.today.to_string(),
        "from": stats.from.to_string(),
        "days": stats.days.len(),
        "records": stats.records,
        "per_day": per_day,
        "totals": totals,
        "streak": stats.streak,
        "completion_rate": stats.completion_rate,
        "exercises": stats.exercises,
        "pain_stops": stats.pain_stops,
        "weeks": stats.weeks.iter().map(|w| serde_json::json!({
            "week_of": w.monday.to_string(),
            "routine_days": w.routine_days,
            "working_days": w.working_days,
            "median_before": w.median_before,
            "median_after": w.median_after,
        })).collect::<Vec<_>>(),
        "problems": problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}
