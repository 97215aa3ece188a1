//! The app in words, gathered: the presenter's pure functions
//! (`present.rs`) on the core's values, for `status`, the tray and the home
//! window.

use super::core::Core;
use super::present::{
    degraded, home_state, left_out_reports, status_line, tray_view, unmerged_note, Asides, Lacks,
};
use crate::config::ConfigSource;
use crate::i18n;
use crate::ipc::{NextBreakReport, NotificationReport, StatusReport};
use crate::platform::do_not_disturb::Quiet;
use crate::platform::idle::IdleSource;
use crate::platform::notify::Notifier;
use crate::platform::voice_files;
use crate::values::Home;

/// The app in words: the presenter's functions on the core's values.
impl Core {
    fn asides(&self) -> Asides {
        Asides {
            streak: self.streak,
            config_error: self.config_error.is_some(),
            history_not_saved: self.history_not_saved(),
        }
    }

    pub(super) fn status_text(&self) -> String {
        status_line(&self.status, &self.config, self.clock.wall(), self.asides())
    }

    pub(super) fn report(&self, notifier: &Notifier) -> StatusReport {
        let wall = self.clock.wall();
        let lacks = Lacks {
            tray_host: self.tray_host,
            notifications: notifier.available(),
            notification_actions: notifier.has_actions(),
            idle_known: self.idle.is_some(),
            history_not_saved: self.history_not_saved(),
            restart_needed: self.restart_needed,
            // Asked afresh: a reinstall puts it back while the app runs.
            window_program: super::window_process::session_binary().is_ok(),
            // Asked afresh too (the files' sizes and times; hashed again
            // only after a change): installing the clips puts it back.
            voice_missing: self.config.sound.voice && voice_files::usable(i18n::current()).is_err(),
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
            next_shoulder_check: self.status.next_shoulder_check,
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
            held_by: self.quiet.map(Quiet::words),
            left_out: left_out_reports(&self.config, &self.status.left_out),
            window_pid: self.windows.pid(),
            notification: notifier.shown().map(|shown| NotificationReport {
                shown: true,
                awaiting_action: !shown.actions.is_empty(),
                actions: shown.actions.clone(),
                break_name: shown.break_name.clone(),
            }),
            status_text: self.status_text(),
            language: crate::i18n::current().code().to_owned(),
            language_not_shipped: crate::config::language(&self.config)
                .why
                .map(|crate::i18n::Why::NotShipped(asked)| asked),
        }
    }

    /// The home window's state now.
    pub(super) fn home(&self) -> Home {
        home_state(
            &self.status,
            &self.config,
            self.clock.wall(),
            self.streak,
            self.quiet.map(Quiet::words).as_deref(),
        )
    }

    /// Sends the tray a new view when it changed.
    pub(super) fn update_tray(&mut self) {
        let warning = self.config_error.is_some() || self.history_not_saved();
        let view = tray_view(
            &self.status,
            &self.config,
            self.clock.wall(),
            self.status_text(),
            warning,
        );
        if self.last_view.as_ref() != Some(&view) {
            let _ = self.tray.send(view.clone());
            self.last_view = Some(view);
        }
    }

    /// The state folder is missing, read-only or full: breaks still work,
    /// but what happens now is not written down.
    pub(super) fn history_not_saved(&self) -> bool {
        self.history.is_none() || self.history_error.is_some()
    }
}
