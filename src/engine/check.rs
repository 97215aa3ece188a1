//! Pure: the shoulder check between the breaks (`shoulder_check` in the
//! config; docs/engine.md, "The shoulder check"). Its own count of active
//! time, which idle time, a finished break and a new working period reset;
//! dropped, never queued, when a break is near, pending or playing, when a
//! quiet time would hold it, or when the user is away. It never touches the
//! breaks' counts.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone};

use super::calendar::{after_working_time, is_working, plus};
use super::{CheckOutcome, Effect, Engine, HistoryEvent, Mode, OfferPhase, Refusal};
use crate::routine::builtin;

/// A check that would come this near a break (before it, or while one is
/// pending or playing) is dropped: the break itself is the better reminder.
pub const CLEARANCE: Duration = Duration::from_secs(5 * 60);

/// How long the check's notification stays: the routine's length.
pub fn lasts(config: &crate::config::Config) -> Duration {
    config
        .routine(builtin::SHOULDER_CHECK)
        .map(|r| Duration::from_millis(crate::routine::compile(&r).total_ms))
        .filter(|d| !d.is_zero())
        .unwrap_or(Duration::from_secs(20))
}

impl<Tz: TimeZone> Engine<Tz> {
    /// How long the check's notification stays (`lasts`, kept).
    pub fn check_lasts(&self) -> Duration {
        self.check_lasts
    }

    /// Why `unknot shoulder-check` cannot show one now.
    pub(super) fn check_refusal(&self) -> Option<Refusal> {
        let shown = self
            .offer
            .as_ref()
            .is_some_and(|o| matches!(o.phase, OfferPhase::Shown { .. }));
        if self.session.is_some() {
            Some(Refusal::NotNow(Mode::InBreak))
        } else if shown {
            Some(Refusal::NotNow(Mode::Due))
        } else {
            None
        }
    }

    /// Runs at each evaluation inside working hours, with no pause or
    /// session: shows or drops the check that has come due.
    pub(super) fn step_check(&mut self) {
        let every = self.config.shoulder_check.every;
        if !self.config.shoulder_check.enabled || self.check_active < every {
            return;
        }
        // Shown or dropped, the count starts again.
        self.check_active = Duration::ZERO;
        if self.check_until.is_some() || self.check_dropped() {
            return;
        }
        self.show_check();
    }

    /// A check due now gives way: a break is pending (due, held or
    /// snoozed), a quiet time would hold it, the user is away, or the next
    /// break comes within `CLEARANCE`.
    fn check_dropped(&self) -> bool {
        // Only when one is due: the status asks `upcoming` once for both.
        let near = self.upcoming().is_some_and(|b| {
            b.at.signed_duration_since(self.now.wall.fixed_offset())
                <= chrono::Duration::from_std(CLEARANCE).unwrap_or_default()
        });
        self.offer.is_some() || self.dnd || !self.present() || near
    }

    /// The welcome showed the shoulder check with its switch, so the first
    /// check need not say where to switch it off: that word is for those
    /// who used unknot before the checks came (issue 34).
    pub fn welcomed(&mut self) {
        self.check_told = true;
    }

    pub(super) fn show_check(&mut self) {
        let lasts = self.check_lasts;
        self.check_until = Some(plus(&self.now.wall, lasts));
        let first = !self.check_told;
        self.check_told = true;
        self.effects.push_back(Effect::ShoulderCheck {
            routine: builtin::SHOULDER_CHECK.to_owned(),
            lasts,
            voice: self.config.shoulder_check.voice && self.config.sound.voice,
            first,
        });
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::ShoulderCheck {
                at: self.now.wall.fixed_offset(),
                outcome: CheckOutcome::Shown,
            }));
    }

    /// The check's notification goes, if it is up.
    pub(super) fn end_check(&mut self) {
        if self.check_until.take().is_some() {
            self.effects.push_back(Effect::EndShoulderCheck);
        }
    }

    /// "Not now" on a check that is up: skipped, recorded, taken down.
    pub(super) fn skip_check(&mut self) {
        if self.check_until.is_none() {
            return;
        }
        self.end_check();
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::ShoulderCheck {
                at: self.now.wall.fixed_offset(),
                outcome: CheckOutcome::Skipped,
            }));
    }

    /// When the check's count reaches `every` if the user keeps working
    /// from now; `None` when it is off or not counting.
    fn check_due_at(&self) -> Option<DateTime<Tz>> {
        let sc = &self.config.shoulder_check;
        let week = &self.config.working_hours;
        let counting = sc.enabled
            && self.present()
            && self.pause.is_none()
            && self.session.is_none()
            && is_working(week, &self.now.wall);
        if !counting {
            return None;
        }
        after_working_time(
            week,
            &self.now.wall,
            sc.every.saturating_sub(self.check_active),
        )
    }

    /// The times the shell must wake for: the check's end, its count's end.
    pub(super) fn check_deadlines(&self) -> [Option<DateTime<Tz>>; 2] {
        [self.check_until.clone(), self.check_due_at()]
    }

    /// The next check as `status` shows it: when it comes due, unless a
    /// break is pending or would be within `CLEARANCE` of it by then.
    pub(super) fn next_check(
        &self,
        upcoming: Option<&super::NextBreak>,
    ) -> Option<DateTime<FixedOffset>> {
        if self.offer.is_some() {
            return None;
        }
        let at = self.check_due_at()?;
        let clear = plus(&at, CLEARANCE).fixed_offset();
        if upcoming.is_some_and(|b| b.at <= clear) {
            return None;
        }
        let at = at.fixed_offset();
        Some(chrono::Timelike::with_nanosecond(&at, 0).unwrap_or(at))
    }
}
