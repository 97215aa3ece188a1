//! The app in words: the status line and report, the tray's view, break
//! notices and refusals.

use chrono::Local;

use super::core::Core;
use super::opening::leave_out;
use crate::config::{self, BreakWhen, ConfigSource};
use crate::engine::{LeftOut, Mode, Refusal, Why};
use crate::history;
use crate::ipc::{self, NextBreakReport, NotificationReport, StatusReport};
use crate::platform::idle::IdleSource;
use crate::platform::notify::{BreakNotice, Notifier};
use crate::platform::tray::{IconState, TrayView};
use crate::routine;

impl Core {
    pub(super) fn notice(
        &self,
        break_name: &str,
        routine_id: &str,
        snoozes_left: u32,
        left_out: &[LeftOut],
    ) -> BreakNotice {
        let mut found = routine::find(&self.config.routines, self.config.upper_trap, routine_id);
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
        let snooze_len = config::format_duration(self.config.snooze.length);
        BreakNotice {
            break_name: break_name.to_string(),
            title: format!("{break_name} — {minutes} min"),
            body,
            snooze_label: (snoozes_left > 0)
                .then(|| format!("Snooze {snooze_len} ({snoozes_left} left)")),
        }
    }

    pub(super) fn degraded(&self, notifier: &Notifier) -> Vec<String> {
        let mut out = Vec::new();
        if self.tray_host == Some(false) {
            out.push("no-tray-host".to_string());
        }
        if !notifier.available() {
            out.push("no-notification-server".to_string());
        } else if !notifier.has_actions() {
            out.push("no-notification-actions".to_string());
        }
        if self.idle.is_none() {
            out.push("no-idle-detection".to_string());
        }
        if self.history_not_saved() {
            out.push("history-not-saved".to_string());
        }
        out
    }

    pub(super) fn status_text(&self) -> String {
        let s = &self.status;
        let wall = self.clock.wall();
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
                let fixed = self
                    .config
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
        let day = if self.streak == 1 { "day" } else { "days" };
        text.push_str(&format!(" · streak {} {day}", self.streak));
        if self.config_error.is_some() {
            text.push_str(" · config error");
        }
        if self.history_not_saved() {
            text.push_str(" · history not saved");
        }
        text
    }

    pub(super) fn report(&self, notifier: &Notifier) -> StatusReport {
        let wall = self.clock.wall();
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
            degraded: self.degraded(notifier),
            lost_session: self.lost_session.clone(),
            sync_note: self.sync_note(),
            held_by: self.quiet.map(|q| q.words().to_string()),
            left_out: self
                .status
                .left_out
                .iter()
                .map(|o| ipc::LeftOutReport {
                    title: history::exercise_title(&self.config, &o.exercise)
                        .unwrap_or_else(|| o.exercise.clone()),
                    exercise: o.exercise.clone(),
                    until: match o.why {
                        Why::HurtToday => "today".into(),
                        Why::HurtAgain => "until-put-back".into(),
                    },
                })
                .collect(),
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

    pub(super) fn update_tray(&mut self) {
        let s = &self.status;
        let icon = if self.config_error.is_some() || self.history_not_saved() {
            IconState::Warning
        } else {
            match s.state {
                Mode::Due | Mode::InBreak => IconState::Due,
                Mode::Snoozed => IconState::Snoozed,
                Mode::Paused => IconState::Paused,
                Mode::Idle => IconState::Normal,
            }
        };
        let view = TrayView {
            text: self.status_text(),
            icon,
            snoozes_left: (s.state == Mode::Due).then_some(s.snoozes_left.unwrap_or(0)),
            snooze_label: format!(
                "Snooze {} ({} left)",
                config::format_duration(self.config.snooze.length),
                s.snoozes_left.unwrap_or(0)
            ),
            can_skip: matches!(s.state, Mode::Due | Mode::Snoozed),
            paused: s.state == Mode::Paused,
        };
        if self.last_view.as_ref() != Some(&view) {
            let _ = self.tray.send(view.clone());
            self.last_view = Some(view);
        }
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
    }
}
