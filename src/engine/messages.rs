//! The engine's closed surface: the time it is told, the inputs it takes, the
//! effects it asks the shell to perform, and the status and history it reports.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::config::{CheckIn, Config};
use crate::routine::Level;
use crate::values::{BodySide, ExerciseOutcome, SessionReport};

use super::pain::{LeftOut, Pains};
use super::progression::Run;

/// Something that happened, as the shell reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Nothing happened; time passed. Sent at `next_deadline` or every 60 s at most.
    Tick,
    /// The user is at the keyboard (again).
    UserActive,
    /// The user has touched nothing for this long.
    UserIdleFor(Duration),
    /// The user asked to start this routine now (tray menu, `unknot start`):
    /// the guided window opens without a notification first.
    BreakNow(String),
    /// Make the break that uses this routine due now (`unknot break-now`): it
    /// is offered exactly as when its time comes, notification and all.
    /// Ignored during a session or when no configured break uses the routine.
    OfferNow(String),
    /// The user accepted the pending break.
    Start,
    /// Remind again later: this long, or the configured snooze length.
    Snooze(Option<Duration>),
    /// Close the pending break (or abandon the running one); its interval restarts.
    Skip,
    Pause(PauseSpan),
    Resume,
    /// The guided session ended (its end screen, or stopped): one outcome
    /// per exercise, in order, and the check-in before it.
    SessionFinished(SessionReport),
    /// The window process died before the session ended (killed, crashed,
    /// lost its display): what it last reported, one outcome per exercise
    /// (the current one partial, the rest skipped). Recorded as lost.
    SessionLost(SessionReport),
    /// The after-rating (0–10) of the session that just ended, given on its
    /// end screen: recorded as its own record, linked by the session's id.
    AfterRating(u8),
    /// Another machine sharing the history (`sync.folder`) did the daily
    /// routine on this local date: today's (or, with its clock a little
    /// ahead, tomorrow's) makes today done here too, and a pending daily
    /// reminder is dropped.
    DoneElsewhere(NaiveDate),
    /// The daily routines in the history, oldest first: the level is
    /// replayed from them. Sent at start (and whenever the history grows by
    /// other means than this engine).
    Runs(Vec<Run>),
    /// The pain stops and the exercises left out until put back, as the
    /// history has them. Sent with `Runs`.
    Pains(Pains),
    /// Put an exercise left out after pain back into the routines (its id).
    PutBack(String),
    /// Do-not-disturb started (`true`) or ended (`false`).
    DoNotDisturb(bool),
    /// The machine is about to sleep.
    Suspended,
    /// The machine woke up.
    Resumed,
    /// The config file changed and parsed; the engine keeps its counters by break name.
    ConfigChanged(Box<Config>),
    /// Show a shoulder check now (`unknot shoulder-check`), whatever its
    /// count; refused while a session plays or a break's notification shows.
    ShoulderCheckNow,
    /// The shoulder check's "Not now": it is skipped (and taken off screen).
    ShoulderCheckNotNow,
}

/// How long a pause lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseSpan {
    For(Duration),
    /// Until this local time in the engine's zone (the shell resolves "09:00"
    /// to a date, so a time tomorrow is just a later date).
    Until(NaiveDateTime),
    /// Until the next time the local clock shows this time: today if still
    /// ahead, else tomorrow (`unknot pause --until 13:00`).
    UntilNext(NaiveTime),
    /// Until the start of tomorrow's first working hours, or 09:00 if
    /// tomorrow has none (the tray's "Pause until tomorrow").
    UntilTomorrow,
    UntilResumed,
}

/// What `Engine::handle` did with an input: the shell only puts it into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Accepted,
    Refused(Refusal),
}

/// Why an input the user gave was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Snooze with no break due.
    NothingToSnooze,
    /// Snooze with every snooze of this break used.
    NoSnoozesLeft,
    /// Skip with no break due, snoozed or running.
    NothingToSkip,
    /// Offer a break for a routine no configured break plays.
    NoBreakPlays(String),
    /// Offer a break outside working hours.
    OutsideWorkingHours,
    /// Offer a break while the engine is in this mode (paused, in a break).
    NotNow(Mode),
    /// Put back an exercise that is not left out (its id).
    NotLeftOut(String),
    /// Start a routine whose every exercise is left out after pain today.
    NothingLeft(String),
    /// A routine no config or built-in has (the id asked for).
    NoSuchRoutine(String),
    /// No routine named, and no break configured to take one from.
    NoBreakConfigured,
}

/// Something the shell must do. Effects are queued; `Engine::poll_effect` drains them.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Show the break notification, replacing any notification of ours on screen.
    /// When `snoozes_left` is zero the notification offers no Snooze action.
    Notify {
        break_name: String,
        routine: String,
        snoozes_left: u32,
        /// Exercises of the routine left out after pain: the notice says so.
        left_out: Vec<LeftOut>,
    },
    /// Show the same notification again: the user has not reacted to it.
    Renotify {
        break_name: String,
        routine: String,
        snoozes_left: u32,
        left_out: Vec<LeftOut>,
    },
    /// Take our notification off the screen.
    WithdrawNotification,
    /// Open the guided window with this routine; answer with `SessionFinished`.
    /// `start_screen`: show the start screen first (the break's config; a
    /// session that is no configured break shows it).
    /// `checkin`: which ratings the window asks for; `level`: the daily
    /// routine's level (`progression`), which shapes the built-in routine.
    OpenGuidedWindow {
        break_name: String,
        routine: String,
        start_screen: bool,
        checkin: CheckIn,
        level: Level,
        /// After a pain stop: the level whose holds and presses the routine
        /// keeps (`progression::cap`).
        cap: Option<Level>,
        /// Exercises to leave out of the routine after pain, and why: the
        /// start screen says so.
        leave_out: Vec<LeftOut>,
        /// Exercises that hurt in the last fortnight (ids): one more pain
        /// stop there leaves it out, and the window says so.
        hurt_before: Vec<String>,
        /// Say the keys as it opens (a user's first sessions).
        say_keys: bool,
        /// Speak the routine's stop signs: always for the daily routine,
        /// the first time of the day for the others.
        speak_safety: bool,
    },
    /// Show the shoulder check: a notification with the routine's lines that
    /// the shell closes on `EndShoulderCheck` (the engine sends it when
    /// `lasts` has passed), its tones at start and end, its lines spoken if
    /// `voice`. No window, no focus.
    ShoulderCheck {
        routine: String,
        lasts: Duration,
        /// `shoulder_check.voice` and `sound.voice` are both on.
        voice: bool,
        /// The first one this engine state shows: the notice says once
        /// where to switch it off.
        first: bool,
    },
    /// Take the shoulder check's notification off the screen: its time is
    /// up, it was skipped, or a break or session takes its place.
    EndShoulderCheck,
    /// A break was asked for while a session plays: bring its window forward
    /// (the session goes on; nothing else starts).
    RaiseGuidedWindow,
    /// The first working day of a week: show last week's summary (the
    /// shell words it from the history). At most once a week.
    WeeklySummary {
        /// The Monday of the week being summed up.
        week_of: NaiveDate,
    },
    /// The tray and `unknot status --json` should show this.
    UpdateStatus(Status),
    /// Append this to the history.
    PersistHistory(HistoryEvent),
}

/// What the tray shows and `unknot status --json` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub state: Mode,
    /// The pending break, or the one expected next if the user keeps working.
    pub next_break: Option<NextBreak>,
    /// Snoozes left for the pending break; `None` when no break is pending.
    pub snoozes_left: Option<u32>,
    /// When a pause ends; `None` if not paused or paused until resumed.
    pub paused_until: Option<DateTime<FixedOffset>>,
    /// Today's daily routine ran to the end.
    pub daily_done: bool,
    /// The wall clock is inside the working hours.
    pub working_hours: bool,
    /// Exercises left out after pain, today or until put back.
    pub left_out: Vec<LeftOut>,
    /// When the next shoulder check comes if the user keeps working; `None`
    /// when it is off, paused, a break is pending or in progress, or the
    /// next one would fall too near a break (and so be dropped).
    pub next_shoulder_check: Option<DateTime<FixedOffset>>,
}

/// The engine's state as the user sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Counting towards the next break.
    Idle,
    /// A break is pending (notified, or held back by do-not-disturb or absence).
    Due,
    Snoozed,
    Paused,
    InBreak,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextBreak {
    pub name: String,
    pub routine: String,
    /// When it is due (or was, for a pending break); an estimate for interval
    /// breaks, assuming the user keeps working.
    pub at: DateTime<FixedOffset>,
}

/// One line of the break history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum HistoryEvent {
    /// The notification for a break was first shown.
    Offered {
        break_name: String,
        routine: String,
        at: DateTime<FixedOffset>,
    },
    /// A guided session began (accepted, or asked for with `BreakNow`).
    Started {
        break_name: String,
        routine: String,
        at: DateTime<FixedOffset>,
        /// The session's id, shared by its `completed` and `rated` records.
        /// Absent in records written before there were check-ins.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        session: Option<String>,
    },
    /// A guided session ended. `day_done` is true for the one completion that
    /// made today count (the daily routine, every exercise done), at most once a day.
    Completed {
        break_name: String,
        routine: String,
        at: DateTime<FixedOffset>,
        outcomes: Vec<ExerciseOutcome>,
        day_done: bool,
        /// The window process died before the session ended: `outcomes` are
        /// what it last reported. Absent (false) in ordinary records.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        lost: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        session: Option<String>,
        /// The daily routine's level it was played at.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        level: Option<Level>,
        /// The check-in before it, 0–10.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tension_before: Option<u8>,
        /// Ended with "Stop — it hurt": an outcome of its own, never a skip.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        stopped_for_pain: bool,
        /// The exercise (its id) and side where it hurt. Absent in older
        /// records: there the first partial outcome's exercise stands in.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_exercise: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pain_side: Option<BodySide>,
    },
    /// An exercise hurt twice within 14 days: left out of every routine
    /// until put back.
    LeftOut {
        exercise: String,
        at: DateTime<FixedOffset>,
    },
    /// The user put a left-out exercise back.
    PutBack {
        exercise: String,
        at: DateTime<FixedOffset>,
    },
    /// The check-in after a session, given once its `completed` record was
    /// written: linked to it by `session`.
    Rated {
        session: String,
        routine: String,
        at: DateTime<FixedOffset>,
        tension_after: u8,
    },
    Snoozed {
        break_name: String,
        routine: String,
        at: DateTime<FixedOffset>,
        snoozes_left: u32,
    },
    Skipped {
        break_name: String,
        routine: String,
        at: DateTime<FixedOffset>,
    },
    /// Notified and re-notified without any reaction.
    Ignored {
        break_name: String,
        routine: String,
        at: DateTime<FixedOffset>,
    },
    /// The user was away (idle or asleep) long enough to count as a break.
    NaturalBreak {
        from: DateTime<FixedOffset>,
        until: DateTime<FixedOffset>,
    },
    /// A shoulder check was shown, or (after it was shown) its "Not now"
    /// skipped it. Never a session: no streak or daily routine reads it.
    ShoulderCheck {
        at: DateTime<FixedOffset>,
        outcome: CheckOutcome,
    },
}

/// What became of a shoulder check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckOutcome {
    Shown,
    Skipped,
}
