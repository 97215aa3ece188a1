//! The commands that talk to the running app (`status`, `snooze`, `pause`, …):
//! clap types, the request each sends, and the answer in words.

use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveTime;
use clap::Subcommand;

use super::{print, EXIT_FAILURE};
use crate::config::{self, parse_duration, parse_time};
use crate::ipc::{
    request, ClientError, Pause, Request, Response, State, StatusReport, CLIENT_TIMEOUT,
};
use crate::{i18n, t};

/// Commands that talk to the running app.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum ControlCommand {
    /// Show what the running app is doing: state, next break, snoozes, streak, problems
    Status {
        /// Print the full status as JSON
        #[arg(long)]
        json: bool,
    },
    /// Make a break due now: the same notification a scheduled break gets
    BreakNow {
        /// Routine id (default: the next break's routine)
        routine: Option<String>,
    },
    /// Open the guided window now
    Start {
        /// Routine id (default: the pending or next break's routine)
        routine: Option<String>,
    },
    /// Remind me about the pending break later
    Snooze {
        /// How long, e.g. 10m or 1h30m (default: the configured snooze length)
        #[arg(value_parser = duration_arg)]
        duration: Option<Duration>,
    },
    /// Skip the pending break; its interval starts over
    Skip,
    /// Pause reminders: for a while, until a time, or until `unknot resume`
    Pause {
        /// How long, e.g. 30m or 2h
        #[arg(value_parser = duration_arg)]
        duration: Option<Duration>,
        /// Until this local time, HH:MM (the next time the clock shows it)
        #[arg(long, value_name = "HH:MM", value_parser = time_arg, conflicts_with = "duration")]
        until: Option<NaiveTime>,
    },
    /// End a pause
    Resume,
    /// Re-read the config file
    Reload,
    /// Stop the running app
    Quit,
    /// Show a 20-second shoulder check now (a notification and its tones)
    ShoulderCheck,
}

fn duration_arg(s: &str) -> Result<Duration, String> {
    parse_duration(s).map_err(|e| e.to_string())
}

fn time_arg(s: &str) -> Result<NaiveTime, String> {
    parse_time(s).ok_or_else(|| t!("cli-expected-time"))
}

impl ControlCommand {
    pub fn to_request(&self) -> Request {
        match self {
            ControlCommand::Status { .. } => Request::Status,
            ControlCommand::BreakNow { routine } => Request::BreakNow {
                routine: routine.clone(),
            },
            ControlCommand::Start { routine } => Request::Start {
                routine: routine.clone(),
            },
            ControlCommand::Snooze { duration } => Request::Snooze {
                duration: *duration,
            },
            ControlCommand::Skip => Request::Skip,
            ControlCommand::Pause { duration, until } => Request::Pause(match (duration, until) {
                (Some(d), _) => Pause::For(*d),
                (None, Some(t)) => Pause::Until(*t),
                (None, None) => Pause::UntilResumed,
            }),
            ControlCommand::Resume => Request::Resume,
            ControlCommand::Reload => Request::Reload,
            ControlCommand::Quit => Request::Quit,
            ControlCommand::ShoulderCheck => Request::ShoulderCheck,
        }
    }
}

/// Runs one control command against the running app and prints the outcome.
/// Exit 0 on success, 1 when the app is missing or refuses; bad arguments
/// never get here (clap exits 2).
pub fn command(cmd: &ControlCommand) -> ExitCode {
    let json = matches!(cmd, ControlCommand::Status { json: true });
    match request(&cmd.to_request()) {
        Ok(Response::Status(s)) if json => match serde_json::to_string_pretty(&s) {
            Ok(text) => print(&(text + "\n")),
            Err(e) => {
                eprintln!("{}", t!("cli-cannot-print-status", error = e.to_string()));
                ExitCode::from(EXIT_FAILURE)
            }
        },
        Ok(Response::Status(s)) => print(&render_status(&s)),
        answer => reply(answer),
    }
}

/// The app's answer to a request that expects a message, in words: the
/// message on stdout, or why not on stderr (exit 1).
pub(super) fn reply(answer: Result<Response, ClientError>) -> ExitCode {
    match answer {
        Ok(Response::Message(m)) => print(&format!("{m}\n")),
        Ok(Response::Status(_)) => {
            eprintln!("{}", t!("cli-status-not-answer"));
            ExitCode::from(EXIT_FAILURE)
        }
        Ok(Response::Error(e)) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_FAILURE)
        }
        Err(ClientError::NotRunning) => {
            eprintln!("{}", t!("cli-not-running"));
            ExitCode::from(EXIT_FAILURE)
        }
        Err(ClientError::Timeout) => {
            eprintln!(
                "{}",
                t!("cli-no-answer", seconds = CLIENT_TIMEOUT.as_secs())
            );
            ExitCode::from(EXIT_FAILURE)
        }
        Err(ClientError::Closed) => {
            eprintln!("{}", t!("cli-closed"));
            ExitCode::from(EXIT_FAILURE)
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// `unknot status` for people: a few lines, only those that say something.
pub fn render_status(s: &StatusReport) -> String {
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut line = |label: String, value: String| lines.push((label, value));
    let state = match s.state {
        State::Idle => t!("cli-status-state-idle"),
        State::Due => t!("cli-status-state-due"),
        State::Snoozed => t!("cli-status-state-snoozed"),
        State::Paused => t!("cli-status-state-paused"),
        State::InBreak => t!("cli-status-state-in-break"),
    };
    line(t!("cli-status-label-state"), state);
    if let Some(b) = &s.next_break {
        let (time, when) = (i18n::clock(b.at), relative(b.in_seconds));
        let name = config::shown_break_name(&b.name);
        let next = if b.in_seconds.abs() < 12 * 3600 {
            t!(
                "cli-status-next-break",
                name = &name,
                routine = &b.routine,
                time = time,
                when = when
            )
        } else {
            t!(
                "cli-status-next-break-on",
                name = &name,
                routine = &b.routine,
                date = i18n::weekday_date(b.at),
                time = time,
                when = when
            )
        };
        line(t!("cli-status-label-next-break"), next);
    }
    if let Some(at) = s.next_shoulder_check {
        line(
            t!("cli-status-label-next-check"),
            t!("cli-status-next-check", time = i18n::clock(at)),
        );
    }
    if let Some(n) = s.snoozes_left {
        line(t!("cli-status-label-snoozes-left"), n.to_string());
    }
    if let Some(at) = s.paused_until {
        line(t!("cli-status-label-paused-until"), i18n::date_time(at));
    } else if s.state == State::Paused {
        line(
            t!("cli-status-label-paused-until"),
            t!("cli-status-paused-until-resumed"),
        );
    }
    let streak = if s.daily_done {
        t!("cli-status-streak-done", n = s.streak_days)
    } else {
        t!("cli-status-streak-not-done", n = s.streak_days)
    };
    line(t!("cli-status-label-streak"), streak);
    if !s.working_hours {
        line(t!("cli-status-label-hours"), t!("cli-status-outside-hours"));
    }
    if let Some(n) = &s.notification {
        let name = &config::shown_break_name(&n.break_name);
        let what = if n.awaiting_action {
            t!(
                "cli-status-notification-waiting",
                name = name,
                actions = n.actions.join(" / ")
            )
        } else if n.shown {
            t!("cli-status-notification-shown", name = name)
        } else {
            t!("cli-status-notification-not-shown", name = name)
        };
        line(t!("cli-status-label-notification"), what);
    }
    for o in &s.left_out {
        let words = if o.until == "today" {
            t!("cli-status-left-out-today", title = &o.title)
        } else {
            t!(
                "cli-status-left-out-again",
                title = &o.title,
                exercise = &o.exercise
            )
        };
        line(t!("cli-status-label-left-out"), words);
    }
    if let Some(why) = &s.held_by {
        line(t!("cli-status-label-held"), why.clone());
    }
    if let Some(lost) = &s.lost_session {
        line(t!("cli-status-label-last-break"), lost.clone());
    }
    if let Some(note) = &s.sync_note {
        line(t!("cli-status-label-sync"), note.clone());
    }
    if !s.degraded.is_empty() {
        line(t!("cli-status-label-degraded"), s.degraded.join(", "));
    }
    let config = match &s.config_path {
        Some(p) => p.clone(),
        None => t!("cli-status-config-builtin"),
    };
    line(t!("cli-status-label-config"), config);
    if let Some(e) = &s.config_error {
        line(t!("cli-status-label-config-error"), e.clone());
    }
    if let Some(asked) = &s.language_not_shipped {
        line(
            t!("status-language-label"),
            t!("status-language-not-shipped", asked = asked),
        );
    }
    // One column for the values: 14 wide, or wider for a language's
    // longer labels.
    let width = lines
        .iter()
        .map(|(label, _)| label.chars().count() + 1)
        .fold(14, usize::max);
    let mut out = t!("cli-status-running", pid = s.pid, status = &s.status_text);
    out.push('\n');
    for (label, value) in lines {
        out.push_str(&format!("{label:<width$}{value}\n"));
    }
    out
}

/// "in 23 min", "in 1 h 5 min", "now", "4 min ago".
fn relative(secs: i64) -> String {
    let minutes = secs.unsigned_abs().div_ceil(60);
    let span = if minutes >= 60 {
        match minutes % 60 {
            0 => t!("cli-span-hours", hours = minutes / 60),
            m => t!("cli-span-hours-minutes", hours = minutes / 60, minutes = m),
        }
    } else {
        t!("cli-span-minutes", minutes = minutes)
    };
    match secs {
        0 => t!("cli-relative-now"),
        s if s > 0 => t!("cli-relative-in", span = span),
        _ => t!("cli-relative-ago", span = span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_time;
    use crate::ipc::protocol::tests::sample_status;
    use crate::ipc::{Pause, Request};

    #[test]
    fn human_status_names_what_matters() {
        let text = render_status(&sample_status());
        for part in [
            "pid 4242",
            "Desk reset in 23 min · streak 4 days",
            "state:        due",
            "at 14:05, in 23 min",
            "snoozes left: 2",
            "4 days",
            "no-audio",
            "waiting for Start / Snooze / Skip",
            "config.json",
        ] {
            assert!(text.contains(part), "{part:?} missing from:\n{text}");
        }
        assert!(!text.contains("config error"), "{text}");
    }

    /// A pause until another day, and a break 12 hours off or more, say
    /// the date in the language's words.
    #[test]
    fn dates_in_the_status_follow_the_language() {
        use crate::i18n::{scoped, Lang};
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-08T14:30:00+01:00").expect("a time");
        let mut s = sample_status();
        s.paused_until = Some(at);
        if let Some(b) = s.next_break.as_mut() {
            b.at = at;
            b.in_seconds = 28 * 3600;
        }
        let text = render_status(&s);
        assert!(text.contains("at Tue 08 Dec 14:30, in 28 h"), "{text}");
        assert!(text.contains("Tue 08 Dec 14:30\n"), "{text}");
        let text = scoped(Lang::De, || render_status(&s));
        assert!(text.contains("am Di, 8. Dez um 14:30"), "{text}");
        assert!(text.contains("Di, 8. Dez, 14:30\n"), "{text}");
        let text = scoped(Lang::Es, || render_status(&s));
        assert!(text.contains("el mar 8 dic a las 14:30"), "{text}");
    }

    #[test]
    fn in_german_the_status_falls_back_to_english_word_by_word() {
        use crate::i18n::{lookup, scoped, Lang};
        let english = render_status(&sample_status());
        let german = scoped(Lang::De, || render_status(&sample_status()));
        for line in german.lines() {
            assert!(
                !line.split(' ').any(|w| w.starts_with("cli-")),
                "a message id shows instead of words: {line}"
            );
        }
        if lookup(Lang::De, "cli-status-label-state", None).is_none() {
            assert!(german.contains("state:        due"), "{german}");
        }
        if lookup(Lang::De, "cli-status-running", None).is_none() {
            assert_eq!(german.lines().next(), english.lines().next());
        }
    }

    #[test]
    fn relative_times_read_naturally() {
        assert_eq!(relative(0), "now");
        assert_eq!(relative(30), "in 1 min");
        assert_eq!(relative(1380), "in 23 min");
        assert_eq!(relative(3900), "in 1 h 5 min");
        assert_eq!(relative(7200), "in 2 h");
        assert_eq!(relative(-240), "4 min ago");
    }

    #[test]
    fn control_commands_map_to_requests() {
        let pause = ControlCommand::Pause {
            duration: None,
            until: parse_time("13:00"),
        };
        assert_eq!(
            pause.to_request(),
            Request::Pause(Pause::Until(parse_time("13:00").expect("a time")))
        );
        assert_eq!(
            ControlCommand::Status { json: true }.to_request(),
            Request::Status
        );
    }
}
