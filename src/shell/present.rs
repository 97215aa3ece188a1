//! The app in words, pure: the status line, the tray's view, break notices,
//! what is left out after pain, the degraded list, the start-up line and
//! the refusals, each a function of the engine's status and the config.
//! `Core` gathers the values (some from the desktop) and sends the results.

use chrono::{DateTime, Local};

use super::core::Core;
use super::launch::leave_out;
use crate::config::prefs;
use crate::config::{self, BreakWhen, Config, ConfigSource};
use crate::engine::{LeftOut, Mode, Refusal, Status, Why};
use crate::history;
use crate::ipc::{self, NextBreakReport, NotificationReport, StatusReport};
use crate::platform::idle::IdleSource;
use crate::platform::notify::{BreakNotice, Notifier};
use crate::platform::tray::{IconState, TrayView};
use crate::routine;

/// What the status line tells besides the engine's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Standing {
    pub(super) streak: u32,
    pub(super) config_error: bool,
    pub(super) history_not_saved: bool,
}

/// The line the tray's tooltip, its menu's first item and `status` show.
pub(super) fn status_line(
    s: &Status,
    config: &Config,
    wall: DateTime<Local>,
    standing: Standing,
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
    let day = if standing.streak == 1 { "day" } else { "days" };
    text.push_str(&format!(" · streak {} {day}", standing.streak));
    if standing.config_error {
        text.push_str(" · config error");
    }
    if standing.history_not_saved {
        text.push_str(" · history not saved");
    }
    text
}

/// The Snooze button's words, in the notification and the tray alike.
pub(super) fn snooze_label(config: &Config, left: u32) -> String {
    let length = config::format_duration(config.snooze.length);
    format!("Snooze {length} ({left} left)")
}

/// The tray's icon and menu for `status`, with `text` as its first line;
/// `warning`: the config or the history needs the user.
pub(super) fn tray_view(s: &Status, config: &Config, text: String, warning: bool) -> TrayView {
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
    out
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

impl Core {
    fn standing(&self) -> Standing {
        Standing {
            streak: self.streak,
            config_error: self.config_error.is_some(),
            history_not_saved: self.history_not_saved(),
        }
    }

    pub(super) fn status_text(&self) -> String {
        status_line(
            &self.status,
            &self.config,
            self.clock.wall(),
            self.standing(),
        )
    }

    pub(super) fn report(&self, notifier: &Notifier) -> StatusReport {
        let wall = self.clock.wall();
        let lacks = Lacks {
            tray_host: self.tray_host,
            notifications: notifier.available(),
            notification_actions: notifier.has_actions(),
            idle_known: self.idle.is_some(),
            history_not_saved: self.history_not_saved(),
        };
        StatusReport {
            pid: std::process::id(),
            state: self.status.state.into(),
            next_break: self.status.next_break.as_ref().map(|b| NextBreakReport {
                name: b.name.clone(),
                routine: b.routine.clone(),
                at: b.at,
                in_seconds: b.at.signed_duration_since(wall).num_seconds(),
            }),
            snoozes_left: self.status.snoozes_left,
            paused_until: self.status.paused_until,
            streak_days: self.streak,
            daily_done: self.status.daily_done,
            working_hours: self.status.working_hours,
            // Fresh where asking is free or local; else as of the last tick.
            idle_seconds: self
                .idle
                .and(self.idle_source.as_ref())
                .and_then(IdleSource::idle_now)
                .or(self.idle)
                .map(|d| d.as_secs()),
            idle_source: self.idle_source.as_ref().map(|s| s.name().to_string()),
            config_path: match &self.source {
                ConfigSource::File(p) => Some(p.display().to_string()),
                ConfigSource::Embedded => None,
            },
            config_error: self.config_error.clone(),
            degraded: degraded(lacks),
            lost_session: self.lost_session.clone(),
            sync_note: self
                .place
                .as_ref()
                .and_then(|p| unmerged_note(p.unmerged())),
            held_by: self.quiet.map(|q| q.words().to_string()),
            left_out: left_out_reports(&self.config, &self.status.left_out),
            window_pid: self.windows.pid(),
            notification: notifier.shown().map(|shown| NotificationReport {
                shown: true,
                awaiting_action: !shown.actions.is_empty(),
                actions: shown.actions.clone(),
                break_name: shown.break_name.clone(),
            }),
            status_text: self.status_text(),
        }
    }

    /// Sends the tray a new view when it changed.
    pub(super) fn update_tray(&mut self) {
        let warning = self.config_error.is_some() || self.history_not_saved();
        let view = tray_view(&self.status, &self.config, self.status_text(), warning);
        if self.last_view.as_ref() != Some(&view) {
            let _ = self.tray.send(view.clone());
            self.last_view = Some(view);
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone as _};

    use super::*;
    use crate::engine::NextBreak;

    /// Monday 2026-12-07, 10:00 here.
    fn wall() -> DateTime<Local> {
        Local
            .with_ymd_and_hms(2026, 12, 7, 10, 0, 0)
            .single()
            .expect("a plain local time")
    }

    fn status(state: Mode, next: Option<(&str, Duration)>) -> Status {
        Status {
            state,
            next_break: next.map(|(name, after)| NextBreak {
                name: name.into(),
                routine: "desk-reset".into(),
                at: (wall() + after).fixed_offset(),
            }),
            snoozes_left: None,
            paused_until: None,
            daily_done: false,
            working_hours: true,
            left_out: Vec::new(),
        }
    }

    const PLAIN: Standing = Standing {
        streak: 0,
        config_error: false,
        history_not_saved: false,
    };

    fn line(s: &Status) -> String {
        status_line(s, &Config::default(), wall(), PLAIN)
    }

    #[test]
    fn every_status_line() {
        let desk = Some(("Desk reset", Duration::minutes(25)));
        let cases = [
            (
                status(Mode::Idle, desk),
                "Desk reset in 25 min · streak 0 days",
            ),
            (
                status(Mode::Idle, Some(("Desk reset", Duration::seconds(61)))),
                "Desk reset in 2 min · streak 0 days",
            ),
            (
                // A break at a time of day says the time.
                status(Mode::Idle, Some(("Daily routine", Duration::hours(5)))),
                "Daily routine at 15:00 · streak 0 days",
            ),
            (
                status(Mode::Idle, Some(("Desk reset", Duration::days(1)))),
                "Desk reset at Tue 10:00 · streak 0 days",
            ),
            (
                status(Mode::Idle, None),
                "No breaks scheduled · streak 0 days",
            ),
            (status(Mode::Due, desk), "Desk reset is due · streak 0 days"),
            (
                status(Mode::Snoozed, Some(("Desk reset", Duration::minutes(10)))),
                "Desk reset snoozed until 10:10 · streak 0 days",
            ),
            (
                status(Mode::InBreak, desk),
                "Desk reset in progress · streak 0 days",
            ),
            (
                status(Mode::InBreak, None),
                "Break in progress · streak 0 days",
            ),
            (status(Mode::Paused, desk), "Paused · streak 0 days"),
            (
                Status {
                    paused_until: Some((wall() + Duration::minutes(30)).fixed_offset()),
                    ..status(Mode::Paused, desk)
                },
                "Paused until 10:30 · streak 0 days",
            ),
            (
                Status {
                    working_hours: false,
                    ..status(Mode::Idle, Some(("Desk reset", Duration::days(1))))
                },
                "Desk reset at Tue 10:00 (outside working hours) · streak 0 days",
            ),
        ];
        for (s, want) in cases {
            assert_eq!(line(&s), want, "{s:?}");
        }
        let s = status(Mode::Idle, desk);
        let standing = |streak, config_error, history_not_saved| Standing {
            streak,
            config_error,
            history_not_saved,
        };
        let with = |st| status_line(&s, &Config::default(), wall(), st);
        assert_eq!(
            with(standing(1, false, false)),
            "Desk reset in 25 min · streak 1 day"
        );
        assert_eq!(
            with(standing(12, true, true)),
            "Desk reset in 25 min · streak 12 days · config error · history not saved"
        );
    }

    #[test]
    fn the_tray_follows_the_status_and_warns_above_it() {
        let config = Config::default();
        let due = Status {
            snoozes_left: Some(2),
            ..status(Mode::Due, Some(("Desk reset", Duration::zero())))
        };
        let view = tray_view(&due, &config, "t".into(), false);
        assert_eq!(view.icon, IconState::Due);
        assert_eq!(view.snoozes_left, Some(2));
        assert_eq!(view.snooze_label, "Snooze 10m (2 left)");
        assert!(view.can_skip && !view.paused);
        let icons = [
            (Mode::Idle, IconState::Normal),
            (Mode::InBreak, IconState::Due),
            (Mode::Snoozed, IconState::Snoozed),
            (Mode::Paused, IconState::Paused),
        ];
        for (mode, icon) in icons {
            let view = tray_view(&status(mode, None), &config, String::new(), false);
            assert_eq!(view.icon, icon, "{mode:?}");
            assert_eq!(view.snoozes_left, None, "Snooze is offered only when due");
            assert_eq!(view.paused, mode == Mode::Paused);
            assert_eq!(view.can_skip, mode == Mode::Snoozed);
        }
        let warned = tray_view(&due, &config, String::new(), true);
        assert_eq!(warned.icon, IconState::Warning);
    }

    #[test]
    fn every_notice() {
        let config = Config::default();
        let n = notice(&config, "Desk reset", "desk-reset", 2, &[]);
        assert_eq!(n.break_name, "Desk reset");
        assert!(
            n.title.starts_with("Desk reset — ") && n.title.ends_with(" min"),
            "{}",
            n.title
        );
        let desk = config.routine("desk-reset").expect("built in");
        let names: Vec<&str> = desk.exercises.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            n.body,
            format!("{}: {}. Click to start.", desk.title, names.join(", "))
        );
        assert_eq!(n.snooze_label.as_deref(), Some("Snooze 10m (2 left)"));
        // No snoozes left: no Snooze button.
        assert_eq!(
            notice(&config, "Desk reset", "desk-reset", 0, &[]).snooze_label,
            None
        );
        // Pain left an exercise out: it is not listed, and the body says why.
        let first = &desk.exercises[0];
        let rest = [LeftOut {
            exercise: first.id.clone(),
            why: Why::HurtToday,
        }];
        let n = notice(&config, "Desk reset", "desk-reset", 1, &rest);
        assert_eq!(
            n.body,
            format!(
                "{}: {}. Resting today after pain: {}. Click to start.",
                desk.title,
                names[1..].join(", "),
                first.title
            )
        );
        let again = [LeftOut {
            exercise: first.id.clone(),
            why: Why::HurtAgain,
        }];
        let n = notice(&config, "Desk reset", "desk-reset", 1, &again);
        assert!(
            n.body.contains(&format!(
                "Left out after pain until you put it back: {}.",
                first.title
            )),
            "{}",
            n.body
        );
        // A routine that is gone (a config changed meanwhile) is named by id.
        let gone = notice(&config, "Old", "no-such-routine", 1, &[]);
        assert_eq!(gone.body, "Routine no-such-routine");
        assert_eq!(gone.title, "Old — 0 min");
    }

    #[test]
    fn what_pain_left_out_in_words() {
        let config = Config::default();
        let left = [
            LeftOut {
                exercise: "ball-press".into(),
                why: Why::HurtAgain,
            },
            LeftOut {
                exercise: "gone-exercise".into(),
                why: Why::HurtToday,
            },
        ];
        let reports = left_out_reports(&config, &left);
        assert_eq!(reports[0].exercise, "ball-press");
        assert_eq!(
            Some(reports[0].title.clone()),
            history::exercise_title(&config, "ball-press")
        );
        assert_eq!(reports[0].until, "until-put-back");
        assert_eq!(
            reports[1].title, "gone-exercise",
            "no routine has it: its id"
        );
        assert_eq!(reports[1].until, "today");
        // Preferences offers back only what waits for a put-back.
        let offers = put_back_offers(&config, &left);
        assert_eq!(offers.len(), 1);
        assert_eq!(offers[0].exercise, "ball-press");
    }

    #[test]
    fn what_the_desktop_lacks() {
        let all = Lacks {
            tray_host: Some(true),
            notifications: true,
            notification_actions: true,
            idle_known: true,
            history_not_saved: false,
        };
        assert!(degraded(all).is_empty());
        assert!(
            degraded(Lacks {
                tray_host: None,
                ..all
            })
            .is_empty(),
            "a tray host not yet asked is not missing"
        );
        let none = Lacks {
            tray_host: Some(false),
            notifications: false,
            notification_actions: false,
            idle_known: false,
            history_not_saved: true,
        };
        assert_eq!(
            degraded(none),
            [
                "no-tray-host",
                "no-notification-server",
                "no-idle-detection",
                "history-not-saved"
            ]
        );
        assert_eq!(
            degraded(Lacks {
                notification_actions: false,
                ..all
            }),
            ["no-notification-actions"]
        );
    }

    #[test]
    fn the_start_up_line_and_the_sync_note() {
        let config = Config::default();
        assert_eq!(
            plan(&config),
            "Desk reset every 50 min of activity; Daily routine at 15:00"
        );
        let none = Config {
            breaks: Vec::new(),
            ..Config::default()
        };
        assert_eq!(plan(&none), "no breaks are configured");
        let file = ConfigSource::File("/home/me/.config/unknot/config.json".into());
        assert_eq!(
            describe(&file, false),
            "config /home/me/.config/unknot/config.json"
        );
        assert_eq!(describe(&file, true), "the built-in default config");
        assert_eq!(
            describe(&ConfigSource::Embedded, false),
            "the built-in default config"
        );
        assert_eq!(unmerged_note(0), None);
        assert!(unmerged_note(1).is_some_and(|n| n.starts_with("older local history (1 record)")));
        assert!(unmerged_note(3).is_some_and(|n| n.contains("(3 records)")));
    }

    #[test]
    fn every_refusal_in_words() {
        let cases = [
            (
                Refusal::NothingToSnooze,
                "no break is due, so there is nothing to snooze",
            ),
            (Refusal::NoSnoozesLeft, "no snoozes are left for this break"),
            (
                Refusal::NothingToSkip,
                "no break is due, so there is nothing to skip",
            ),
            (
                Refusal::NoBreakPlays("neck".into()),
                "no configured break uses neck",
            ),
            (
                Refusal::OutsideWorkingHours,
                "outside working hours no break is offered",
            ),
            (
                Refusal::NotNow(Mode::InBreak),
                "no break can be offered now (in-break)",
            ),
            (
                Refusal::NotLeftOut("ball-press".into()),
                "ball-press is not left out, so there is nothing to put back",
            ),
            (
                Refusal::NoSuchRoutine("xyz".into()),
                "no routine \"xyz\"; `unknot routine list` shows them",
            ),
            (
                Refusal::NoBreakConfigured,
                "no break is configured; name a routine",
            ),
        ];
        for (why, want) in cases {
            assert_eq!(refusal_words(&why), want);
        }
        assert!(refusal_words(&Refusal::NothingLeft("desk-reset".into()))
            .starts_with("every exercise of desk-reset hurt today"));
    }
}
