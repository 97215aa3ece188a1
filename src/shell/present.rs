//! The app in words, pure: the status line, the tray's view, break notices,
//! what is left out after pain, the degraded list, the start-up line, how a
//! window process ended and the refusals, each a function of the engine's status and the config.
//! `Core` gathers the values (some from the desktop) and sends the results.

use std::time::Duration;

use chrono::{DateTime, Datelike, Local, NaiveTime};

use super::launch::leave_out;
use crate::config::prefs;
use crate::config::{self, BreakWhen, Config, ConfigSource};
use crate::engine::{pause_marks, LeftOut, Mode, NextBreak, Refusal, Status, Why};
use crate::history;
use crate::i18n;
use crate::ipc;
use crate::platform::notify::BreakNotice;
use crate::platform::tray::{IconState, TrayLabels, TrayView};
use crate::routine;
use crate::t;
use crate::values::{Home, HomeBreak, HomeMode};

/// How a window process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowEnd {
    /// By itself: its exit code, or the signal that ended it.
    Exited {
        code: Option<i32>,
        signal: Option<i32>,
    },
    /// The app ended it after it had said nothing for this long.
    Silent(Duration),
    /// The app ended it for speaking another pipe version (`None`: no
    /// version at all): a binary replaced while the app runs.
    OtherVersion(Option<u64>),
    /// It could not be waited for (the error).
    Unknown(String),
}

/// What the status line tells besides the engine's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Asides {
    pub(super) streak: u32,
    pub(super) config_error: bool,
    pub(super) history_not_saved: bool,
}

/// The line the tray's tooltip, its menu's first item and `status` show.
pub(super) fn status_line(
    s: &Status,
    config: &Config,
    wall: DateTime<Local>,
    asides: Asides,
) -> String {
    let shown = |b: &NextBreak| config::shown_break_name(&b.name);
    let mut text = match (s.state, &s.next_break) {
        (Mode::Paused, _) => match s.paused_until {
            Some(until) => t!(
                "status-paused-until",
                time = i18n::clock(until.with_timezone(&Local))
            ),
            None => t!("status-paused"),
        },
        (Mode::Due, Some(b)) => t!("status-due", name = shown(b)),
        (Mode::Snoozed, Some(b)) => t!(
            "status-snoozed",
            name = shown(b),
            time = i18n::clock(b.at.with_timezone(&Local))
        ),
        (Mode::InBreak, Some(b)) => t!("status-in-progress", name = shown(b)),
        (Mode::InBreak, None) => t!("status-break-in-progress"),
        (_, Some(b)) => {
            let fixed = config
                .breaks
                .iter()
                .any(|r| r.name == b.name && matches!(r.when, BreakWhen::At(_)));
            let at = b.at.with_timezone(&Local);
            // A break by activity within two hours reads "in N min" even
            // past midnight: late at night "at Tue 00:08" for a break 50
            // minutes away makes the user work out what "in 50 min" says.
            let soon = !fixed && at - wall <= chrono::Duration::hours(2);
            if at.date_naive() != wall.date_naive() && !soon {
                t!(
                    "status-next-on",
                    name = shown(b),
                    weekday = i18n::weekday_short(at.weekday()),
                    time = i18n::clock(at)
                )
            } else if fixed {
                t!("status-next-at", name = shown(b), time = i18n::clock(at))
            } else {
                let minutes = ((at - wall).num_seconds().max(0) + 59) / 60;
                t!("status-next-in", name = shown(b), minutes = minutes)
            }
        }
        (_, None) => t!("status-no-breaks"),
    };
    if !s.working_hours && s.state == Mode::Idle {
        text = t!("status-outside-hours", line = text);
    }
    let aside = |line: String, aside: String| t!("status-aside", line = line, aside = aside);
    text = aside(text, t!("status-streak", n = asides.streak));
    if asides.config_error {
        text = aside(text, t!("status-config-error"));
    }
    if asides.history_not_saved {
        text = aside(text, t!("status-history-not-saved"));
    }
    text
}

/// Why there is no tray icon, and how to reach unknot without one; with
/// `reopen`, how to open its window again.
pub(super) fn no_tray_words(reopen: bool) -> String {
    if reopen {
        t!("notify-no-tray-reopen")
    } else {
        t!("notify-no-tray")
    }
}

/// The home window's state: the engine's status read on the local clock,
/// with the streak and what holds breaks back.
pub(super) fn home_state(
    s: &Status,
    config: &Config,
    wall: DateTime<Local>,
    streak: u32,
    held_by: Option<&str>,
) -> Home {
    let local = |at: DateTime<chrono::FixedOffset>| at.with_timezone(&Local).naive_local();
    Home {
        today: wall.date_naive(),
        mode: match s.state {
            Mode::Idle => HomeMode::Idle,
            Mode::Due => HomeMode::Due,
            Mode::Snoozed => HomeMode::Snoozed,
            Mode::Paused => HomeMode::Paused,
            Mode::InBreak => HomeMode::InBreak,
        },
        next_break: s.next_break.as_ref().map(|b| HomeBreak {
            name: b.name.clone(),
            at: local(b.at),
        }),
        paused_until: s.paused_until.map(local),
        working_hours: s.working_hours,
        daily_done: s.daily_done,
        streak,
        held_by: held_by.map(str::to_owned),
        has_daily: config.breaks.iter().any(|b| b.daily),
    }
}

/// The Snooze button's words, in the notification and the tray alike.
pub(super) fn snooze_label(config: &Config, left: u32) -> String {
    let length = config::format_duration(config.snooze.length);
    t!("notify-snooze", length = length, left = left)
}

/// The tray's icon and menu for `status`, with `text` as its first line;
/// `warning`: the config or the history needs the user.
/// How many "Until…" times the pause menu offers.
const PAUSE_CHOICES: usize = 3;

/// The tray at `wall`: its icon, menu and pause times.
pub(super) fn tray_view(
    s: &Status,
    config: &Config,
    wall: DateTime<Local>,
    text: String,
    warning: bool,
) -> TrayView {
    let icon = if warning {
        IconState::Warning
    } else {
        match s.state {
            Mode::Due | Mode::InBreak => IconState::Due,
            Mode::Snoozed => IconState::Snoozed,
            Mode::Paused => IconState::Paused,
            Mode::Idle => IconState::Normal,
        }
    };
    let pause_until = pause_marks(&config.working_hours, wall.naive_local(), PAUSE_CHOICES);
    TrayView {
        text,
        icon,
        snoozes_left: (s.state == Mode::Due).then_some(s.snoozes_left.unwrap_or(0)),
        snooze_label: snooze_label(config, s.snoozes_left.unwrap_or(0)),
        can_skip: matches!(s.state, Mode::Due | Mode::Snoozed),
        paused: s.state == Mode::Paused,
        labels: tray_labels(&pause_until),
        pause_until,
        routines: super::restore::routine_menu(config),
    }
}

/// The tray menu's fixed words, and one "Until…" per pause time.
pub(super) fn tray_labels(pause_until: &[NaiveTime]) -> TrayLabels {
    TrayLabels {
        start: t!("tray-start"),
        snooze: t!("tray-snooze"),
        snooze_none_left: t!("tray-snooze-none-left"),
        skip: t!("tray-skip"),
        pause: t!("tray-pause"),
        pause_30: t!("tray-pause-30"),
        pause_60: t!("tray-pause-60"),
        pause_until: pause_until
            .iter()
            .map(|at| t!("tray-pause-until", time = i18n::clock(*at)))
            .collect(),
        pause_tomorrow: t!("tray-pause-tomorrow"),
        resume: t!("tray-resume"),
        statistics: t!("tray-statistics"),
        preferences: t!("tray-preferences"),
        edit_config: t!("tray-edit-config"),
        quit: t!("tray-quit"),
    }
}

/// The notification of a break that is due: its length, the routine's
/// exercises (without those pain left out, and a word on them), and the
/// Snooze button while snoozes are left.
pub(super) fn notice(
    config: &Config,
    break_name: &str,
    routine_id: &str,
    snoozes_left: u32,
    left_out: &[LeftOut],
) -> BreakNotice {
    let mut found = config.routine(routine_id);
    let note = found.as_mut().and_then(|r| leave_out(r, left_out));
    let minutes = found
        .as_ref()
        .map(|r| routine::timeline::compile(r).total_ms.div_ceil(60_000))
        .unwrap_or(0);
    let body = match &found {
        Some(r) => {
            let names: Vec<&str> = r.exercises.iter().map(|e| e.title.as_str()).collect();
            let exercises = names.join(", ");
            match note {
                Some(note) => t!(
                    "notify-break-body-note",
                    routine = &r.title,
                    exercises = exercises,
                    note = note
                ),
                None => t!(
                    "notify-break-body",
                    routine = &r.title,
                    exercises = exercises
                ),
            }
        }
        None => t!("notify-break-body-unknown", id = routine_id),
    };
    BreakNotice {
        break_name: break_name.to_string(),
        title: t!(
            "notify-break-title",
            name = config::shown_break_name(break_name),
            minutes = minutes
        ),
        body,
        snooze_label: (snoozes_left > 0).then(|| snooze_label(config, snoozes_left)),
    }
}

/// The shoulder check's notification: its title and its lines as one body;
/// the first one says where to switch it off.
pub(super) fn check_notice(config: &Config, routine_id: &str, first: bool) -> (String, String) {
    let found = config.routine(routine_id);
    let title = found
        .as_ref()
        .map_or_else(|| t!("notify-check-title"), |r| r.title.clone());
    let lines: Vec<String> = found
        .iter()
        .flat_map(|r| r.exercises.iter().flat_map(|e| e.instructions.iter()))
        .cloned()
        .collect();
    let lines = lines.join("\n");
    let body = if first {
        t!("notify-check-first", lines = lines)
    } else {
        lines
    };
    (title, body)
}

/// What pain left out, for `status`: each exercise by id and name, and for
/// how long.
pub(super) fn left_out_reports(config: &Config, left_out: &[LeftOut]) -> Vec<ipc::LeftOutReport> {
    left_out
        .iter()
        .map(|o| ipc::LeftOutReport {
            title: title(config, &o.exercise),
            exercise: o.exercise.clone(),
            until: match o.why {
                Why::HurtToday => "today".into(),
                Why::HurtAgain => "until-put-back".into(),
            },
        })
        .collect()
}

/// What Preferences offers to put back: the exercises left out until then
/// (one that rests only today comes back by itself).
pub(super) fn put_back_offers(config: &Config, left_out: &[LeftOut]) -> Vec<prefs::LeftOut> {
    left_out
        .iter()
        .filter(|o| o.why == Why::HurtAgain)
        .map(|o| prefs::LeftOut {
            title: title(config, &o.exercise),
            exercise: o.exercise.clone(),
        })
        .collect()
}

/// An exercise's name, or its id when no routine has it any more.
fn title(config: &Config, exercise: &str) -> String {
    history::exercise_title(config, exercise).unwrap_or_else(|| exercise.to_owned())
}

/// What the desktop lacks, for `status`'s `degraded`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lacks {
    /// `Some(false)`: no tray host answered.
    pub(super) tray_host: Option<bool>,
    pub(super) notifications: bool,
    pub(super) notification_actions: bool,
    pub(super) idle_known: bool,
    pub(super) history_not_saved: bool,
    /// A window process spoke another pipe version: restart unknot.
    pub(super) restart_needed: bool,
    /// The window program (`unknot-session`) is where the app looks.
    pub(super) window_program: bool,
    /// The voice is on but the language's clips are not there whole
    /// (`platform::voice_files`): sessions play tones and show the text.
    pub(super) voice_missing: bool,
}

pub(super) fn degraded(l: Lacks) -> Vec<String> {
    let mut out = Vec::new();
    if l.tray_host == Some(false) {
        out.push("no-tray-host".to_string());
    }
    if !l.notifications {
        out.push("no-notification-server".to_string());
    } else if !l.notification_actions {
        out.push("no-notification-actions".to_string());
    }
    if !l.idle_known {
        out.push("no-idle-detection".to_string());
    }
    if l.history_not_saved {
        out.push("history-not-saved".to_string());
    }
    if l.restart_needed {
        out.push("restart-needed".to_string());
    }
    if !l.window_program {
        out.push("no-window-program".to_string());
    }
    if l.voice_missing {
        out.push("no-voice".to_string());
    }
    out
}

/// How a window process ended, after "the window process" or "the … window",
/// for the app's log (developers' words: English).
pub(super) fn ending_words(end: &WindowEnd) -> String {
    match end {
        WindowEnd::Exited {
            code: Some(code), ..
        } => format!("exited with {code}"),
        WindowEnd::Exited {
            signal: Some(signal),
            ..
        } => format!("was killed by signal {signal}"),
        WindowEnd::Exited { .. } => "ended".to_string(),
        WindowEnd::Silent(limit) => {
            format!("stopped answering for {} and was ended", seconds(*limit))
        }
        WindowEnd::OtherVersion(theirs) => format!(
            "is from another version of unknot (pipe version {}, this app speaks {}) and was \
             ended; restart unknot",
            theirs.map_or("none".to_string(), |v| v.to_string()),
            crate::ipc::session::VERSION
        ),
        WindowEnd::Unknown(e) => format!("could not be waited for ({e})"),
    }
}

/// "30 s", "1.5 s".
fn seconds(d: std::time::Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s} s")
    }
}

/// `status`'s `lost_session`: the session of `routine` lost with its window
/// process, and when.
pub(super) fn lost_note(routine: &str, end: &WindowEnd, wall: DateTime<Local>) -> String {
    let time = i18n::clock(wall);
    match end {
        WindowEnd::Exited {
            code: Some(code), ..
        } => t!(
            "status-lost-exited",
            routine = routine,
            code = *code,
            time = time
        ),
        WindowEnd::Exited {
            signal: Some(signal),
            ..
        } => t!(
            "status-lost-killed",
            routine = routine,
            signal = *signal,
            time = time
        ),
        WindowEnd::Exited { .. } => t!("status-lost-ended", routine = routine, time = time),
        WindowEnd::Silent(limit) => t!(
            "status-lost-silent",
            routine = routine,
            seconds = limit.as_secs_f64(),
            time = time
        ),
        WindowEnd::OtherVersion(theirs) => t!(
            "status-lost-other-version",
            routine = routine,
            theirs = theirs.map_or("none".to_string(), |v| v.to_string()),
            ours = crate::ipc::session::VERSION,
            time = time
        ),
        WindowEnd::Unknown(e) => t!(
            "status-lost-unknown",
            routine = routine,
            error = e,
            time = time
        ),
    }
}

/// With a sync folder: `n` local records still to be merged, in words.
pub(super) fn unmerged_note(n: usize) -> Option<String> {
    (n > 0).then(|| t!("status-unmerged", n = n))
}

/// The start-up line's config: the file's path, or the built-in default.
pub(super) fn describe(source: &ConfigSource, broken: bool) -> String {
    match source {
        _ if broken => t!("status-config-builtin"),
        ConfigSource::File(path) => t!("status-config-file", path = path.display().to_string()),
        ConfigSource::Embedded => t!("status-config-builtin"),
    }
}

/// One line naming each break and when it comes.
pub(super) fn plan(config: &Config) -> String {
    let breaks: Vec<String> = config
        .breaks
        .iter()
        .map(|b| match b.when {
            BreakWhen::Every(d) => t!(
                "status-plan-every",
                name = config::shown_break_name(&b.name),
                minutes = d.as_secs() / 60
            ),
            BreakWhen::At(at) => t!(
                "status-plan-at",
                name = config::shown_break_name(&b.name),
                time = i18n::clock(at)
            ),
        })
        .collect();
    if breaks.is_empty() {
        t!("status-plan-none")
    } else {
        breaks.join("; ")
    }
}

pub(super) fn status_word(mode: Mode) -> &'static str {
    ipc::State::from(mode).as_str()
}

/// A refusal in the user's words.
pub(super) fn refusal_words(why: &Refusal) -> String {
    match why {
        Refusal::NothingToSnooze => t!("status-refused-nothing-to-snooze"),
        Refusal::NoSnoozesLeft => t!("status-refused-no-snoozes-left"),
        Refusal::NothingToSkip => t!("status-refused-nothing-to-skip"),
        Refusal::NoBreakPlays(routine) => t!("status-refused-no-break-plays", routine = routine),
        Refusal::OutsideWorkingHours => t!("status-refused-outside-hours"),
        Refusal::NotNow(mode) => t!("status-refused-not-now", state = status_word(*mode)),
        Refusal::NotLeftOut(exercise) => t!("status-refused-not-left-out", exercise = exercise),
        Refusal::NothingLeft(routine) => t!("status-refused-nothing-left", routine = routine),
        Refusal::NoSuchRoutine(id) => t!("status-refused-no-such-routine", id = format!("{id:?}")),
        Refusal::NoBreakConfigured => t!("status-refused-no-break-configured"),
    }
}

#[cfg(test)]
mod tests;
