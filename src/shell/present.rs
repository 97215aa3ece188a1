//! The app in words, pure: the status line, the tray's view, break notices,
//! what is left out after pain, the degraded list, the start-up line, how a
//! window process ended and the refusals, each a function of the engine's status and the config.
//! `Core` gathers the values (some from the desktop) and sends the results.

use std::time::Duration;

use chrono::{DateTime, Local};

use super::launch::leave_out;
use crate::config::prefs;
use crate::config::{self, BreakWhen, Config, ConfigSource};
use crate::engine::{pause_marks, LeftOut, Mode, Refusal, Status, Why};
use crate::history;
use crate::ipc;
use crate::platform::notify::BreakNotice;
use crate::platform::tray::{IconState, TrayView};
use crate::routine;
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
    let mut text = match (s.state, &s.next_break) {
        (Mode::Paused, _) => match s.paused_until {
            Some(until) => format!(
                "Paused until {}",
                until.with_timezone(&Local).format("%H:%M")
            ),
            None => "Paused".to_string(),
        },
        (Mode::Due, Some(b)) => format!("{} is due", b.name),
        (Mode::Snoozed, Some(b)) => format!(
            "{} snoozed until {}",
            b.name,
            b.at.with_timezone(&Local).format("%H:%M")
        ),
        (Mode::InBreak, Some(b)) => format!("{} in progress", b.name),
        (Mode::InBreak, None) => "Break in progress".to_string(),
        (_, Some(b)) => {
            let fixed = config
                .breaks
                .iter()
                .any(|r| r.name == b.name && matches!(r.when, BreakWhen::At(_)));
            let at = b.at.with_timezone(&Local);
            if fixed || at.date_naive() != wall.date_naive() {
                format!(
                    "{} at {}",
                    b.name,
                    at.format(if at.date_naive() == wall.date_naive() {
                        "%H:%M"
                    } else {
                        "%a %H:%M"
                    })
                )
            } else {
                let minutes = ((at - wall).num_seconds().max(0) + 59) / 60;
                format!("{} in {minutes} min", b.name)
            }
        }
        (_, None) => "No breaks scheduled".to_string(),
    };
    if !s.working_hours && s.state == Mode::Idle {
        text.push_str(" (outside working hours)");
    }
    let day = if asides.streak == 1 { "day" } else { "days" };
    text.push_str(&format!(" · streak {} {day}", asides.streak));
    if asides.config_error {
        text.push_str(" · config error");
    }
    if asides.history_not_saved {
        text.push_str(" · history not saved");
    }
    text
}

/// Why there is no tray icon, and how to reach unknot without one; with
/// `reopen`, how to open its window again.
pub(super) fn no_tray_words(reopen: bool) -> String {
    let mut words = "No tray host (StatusNotifierWatcher) is running, so unknot has no tray \
                     icon. On GNOME, install the AppIndicator extension. Reminders still come \
                     as notifications, and `unknot status` answers."
        .to_owned();
    if reopen {
        words.push_str(" To open unknot's window, open unknot from your applications menu.");
    }
    words
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
    format!("Snooze {length} ({left} left)")
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
    TrayView {
        text,
        icon,
        snoozes_left: (s.state == Mode::Due).then_some(s.snoozes_left.unwrap_or(0)),
        snooze_label: snooze_label(config, s.snoozes_left.unwrap_or(0)),
        can_skip: matches!(s.state, Mode::Due | Mode::Snoozed),
        paused: s.state == Mode::Paused,
        pause_until: pause_marks(&config.working_hours, wall.naive_local(), PAUSE_CHOICES),
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
            let note = note.map(|n| format!(" {n}")).unwrap_or_default();
            format!("{}: {}.{note} Click to start.", r.title, names.join(", "))
        }
        None => format!("Routine {routine_id}"),
    };
    BreakNotice {
        break_name: break_name.to_string(),
        title: format!("{break_name} — {minutes} min"),
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
        .map_or_else(|| "Shoulder check".to_owned(), |r| r.title.clone());
    let lines: Vec<String> = found
        .iter()
        .flat_map(|r| r.exercises.iter().flat_map(|e| e.instructions.iter()))
        .cloned()
        .collect();
    let mut body = lines.join("\n");
    if first {
        body.push_str(
            "\nNew: this check comes every so often between breaks. Switch it off or space it \
             out in Preferences › Breaks.",
        );
    }
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

/// How a window process ended, after "the window process" or "the … window".
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
    format!(
        "the {routine} window {} at {}; the session was recorded as lost",
        ending_words(end),
        wall.format("%H:%M")
    )
}

/// With a sync folder: `n` local records still to be merged, in words.
pub(super) fn unmerged_note(n: usize) -> Option<String> {
    let records = if n == 1 { "record" } else { "records" };
    (n > 0).then(|| {
        format!(
            "older local history ({n} {records}) is not merged into the sync folder yet: \
             run `unknot sync init`"
        )
    })
}

/// The start-up line's config: the file's path, or the built-in default.
pub(super) fn describe(source: &ConfigSource, broken: bool) -> String {
    match source {
        _ if broken => "the built-in default config".to_string(),
        ConfigSource::File(path) => format!("config {}", path.display()),
        ConfigSource::Embedded => "the built-in default config".to_string(),
    }
}

/// One line naming each break and when it comes.
pub(super) fn plan(config: &Config) -> String {
    let breaks: Vec<String> = config
        .breaks
        .iter()
        .map(|b| match b.when {
            BreakWhen::Every(d) => format!("{} every {} min of activity", b.name, d.as_secs() / 60),
            BreakWhen::At(t) => format!("{} at {}", b.name, t.format("%H:%M")),
        })
        .collect();
    if breaks.is_empty() {
        "no breaks are configured".to_string()
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
        Refusal::NothingToSnooze => "no break is due, so there is nothing to snooze".into(),
        Refusal::NoSnoozesLeft => "no snoozes are left for this break".into(),
        Refusal::NothingToSkip => "no break is due, so there is nothing to skip".into(),
        Refusal::NoBreakPlays(routine) => format!("no configured break uses {routine}"),
        Refusal::OutsideWorkingHours => "outside working hours no break is offered".into(),
        Refusal::NotNow(mode) => format!("no break can be offered now ({})", status_word(*mode)),
        Refusal::NotLeftOut(exercise) => {
            format!("{exercise} is not left out, so there is nothing to put back")
        }
        Refusal::NothingLeft(routine) => format!(
            "every exercise of {routine} hurt today and rests until tomorrow; \
             nothing of it is left to play today"
        ),
        Refusal::NoSuchRoutine(id) => {
            format!("no routine {id:?}; `unknot routine list` shows them")
        }
        Refusal::NoBreakConfigured => "no break is configured; name a routine".into(),
    }
}

#[cfg(test)]
mod tests;
