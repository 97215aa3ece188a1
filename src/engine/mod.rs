//! Pure: the break engine. Inputs and the current time go in, effects come out,
//! and `next_deadline` says when to look again. It never reads a clock.
//!
//! The rules it implements are described in `docs/engine.md`.

mod calendar;
pub mod check;
pub mod forecast;
mod messages;
pub mod pain;
pub mod progression;
mod state;

#[cfg(test)]
mod properties;
#[cfg(test)]
mod scenarios;
#[cfg(test)]
mod sim;

use std::collections::{BTreeMap, VecDeque};
use std::time::Duration;

use chrono::{DateTime, Datelike as _, Duration as TimeDelta, NaiveDate, TimeZone, Timelike};

use crate::config::{BreakRule, BreakWhen, CheckIn, Config};
use crate::routine::{builtin, Level};
use crate::values::{ExerciseOutcome, Now, SessionReport};

pub use calendar::pause_marks;
use calendar::{after_working_time, at_local, is_working, is_working_day, minus, plus, span};
pub use messages::{
    Answer, CheckOutcome, Effect, HistoryEvent, Input, Mode, NextBreak, PauseSpan, Refusal, Status,
};
pub use pain::{LeftOut, Pains, Why};
use progression::Run;
pub use state::{BreakMemory, EngineState, PausedState, PendingBreak, STATE_VERSION};

/// A snooze or reminder delay shorter than this would only spin.
const MIN_DELAY: Duration = Duration::from_secs(1);

/// Every exercise of a session done (and at least one).
pub fn outcomes_complete(outcomes: &[ExerciseOutcome]) -> bool {
    !outcomes.is_empty() && outcomes.iter().all(|o| *o == ExerciseOutcome::Done)
}

/// The one rule for "this session did the day's routine": the daily break's
/// routine with every exercise done. The engine, the stats and the window all
/// ask this.
pub fn completes_day(config: &Config, routine: &str, outcomes: &[ExerciseOutcome]) -> bool {
    let daily = config
        .breaks
        .iter()
        .find(|b| b.daily)
        .map(|b| b.routine.as_str());
    outcomes_complete(outcomes) && daily == Some(routine)
}

/// The break engine for one user in one time zone.
#[derive(Debug, Clone)]
pub struct Engine<Tz: TimeZone> {
    config: Config,
    /// The time of the last input.
    now: Now<Tz>,
    effects: VecDeque<Effect>,
    /// Per break name, so a config reload keeps progress.
    memory: BTreeMap<String, Memory>,
    daily_done_on: Option<NaiveDate>,
    offer: Option<Offer<Tz>>,
    session: Option<Session>,
    pause: Option<Pause<Tz>>,
    dnd: bool,
    /// Monotonic time since which the user has been idle.
    idle_since: Option<Duration>,
    /// The user has been away (idle past the threshold) since then.
    away_since: Option<DateTime<Tz>>,
    suspended: bool,
    /// How long the clock has been outside working hours, to start each
    /// working period afresh.
    off_hours: Duration,
    last_status: Option<Status>,
    /// The daily routine's sessions so far, oldest first: the level.
    runs: Vec<Run>,
    /// `progression::level` over `runs`, worked out when they change.
    level: Level,
    /// The session that ended last, while its after-rating may still come.
    rateable: Option<Session>,
    /// The Monday of the week whose first working day showed the summary.
    summary_week: Option<NaiveDate>,
    /// The pain stops and what they leave out (`pain`).
    pains: Pains,
    /// `progression::cap` over `runs`.
    cap: Option<Level>,
    /// Sessions that opened saying the keys (kept in the state).
    keys_said: u32,
    /// Per routine, the day its stop signs were last spoken.
    safety_said: BTreeMap<String, NaiveDate>,
    /// Active working time towards the next shoulder check (`check`).
    check_active: Duration,
    /// A shoulder check is on screen until then.
    check_until: Option<DateTime<Tz>>,
    /// The shoulder check's length, worked out when the config changes.
    check_lasts: Duration,
    /// A shoulder check has been shown (its first says where to switch it off).
    check_told: bool,
}

/// The keys are said as the session opens in a user's first this many sessions.
pub const KEYS_SESSIONS: u32 = 3;
/// How soon a break must come to count as near (`Engine::break_near`).
pub const BREAK_NEAR: TimeDelta = TimeDelta::minutes(2);

#[derive(Debug, Clone, Default)]
struct Memory {
    active: Duration,
    offered_on: Option<NaiveDate>,
}

/// A break that is due: one notification, however many breaks merged into it.
#[derive(Debug, Clone)]
struct Offer<Tz: TimeZone> {
    breaks: Vec<String>,
    snoozes_used: u32,
    /// When it became due (again, after a snooze); do-not-disturb postpones from here.
    due_at: DateTime<Tz>,
    phase: OfferPhase<Tz>,
    /// The break last logged as offered, so a snooze does not log it twice.
    announced: Option<String>,
    shown_once: bool,
}

#[derive(Debug, Clone)]
enum OfferPhase<Tz: TimeZone> {
    /// Due but not on screen: do-not-disturb, the user is away, or a merge.
    Held,
    Shown {
        repeats: u32,
        next: DateTime<Tz>,
    },
    Snoozed {
        until: DateTime<Tz>,
    },
}

#[derive(Debug, Clone)]
struct Session {
    /// Shared by the session's history records.
    id: String,
    break_name: String,
    routine: String,
}

#[derive(Debug, Clone)]
struct Pause<Tz: TimeZone> {
    until: Option<DateTime<Tz>>,
}

/// Why a pending break closes, which decides what the history says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Close {
    Skipped,
    Ignored,
    OffHours,
    Started,
    Paused,
    Vanished,
}

impl<Tz: TimeZone> Engine<Tz> {
    /// A fresh engine: no progress, nothing done today.
    pub fn new(config: Config, now: Now<Tz>) -> Self {
        let mut engine = Engine::blank(config, now);
        engine.evaluate();
        engine.push_status();
        engine
    }

    /// An engine that continues from a snapshot. A gap since the snapshot at
    /// least the natural-break threshold counts as a break; a state of another
    /// version is ignored.
    pub fn restore(config: Config, state: EngineState, now: Now<Tz>) -> Self {
        if state.version != STATE_VERSION {
            return Engine::new(config, now);
        }
        let tz = now.wall.timezone();
        let mut engine = Engine::blank(config, now.clone());
        engine.memory = state
            .breaks
            .into_iter()
            .map(|(name, m)| {
                let memory = Memory {
                    active: Duration::from_millis(m.active_ms),
                    offered_on: m.offered_on,
                };
                (name, memory)
            })
            .collect();
        engine.daily_done_on = state.daily_done_on;
        engine.summary_week = state.summary_week;
        engine.keys_said = state.keys_said;
        engine.check_active = Duration::from_millis(state.check_active_ms);
        engine.check_told = state.check_told;
        engine.off_hours = Duration::from_millis(state.off_hours_ms);
        engine.pause = state.paused.map(|p| Pause {
            until: p.until.map(|u| u.with_timezone(&tz)),
        });
        if let Some(pending) = state.pending {
            let breaks: Vec<String> = pending
                .breaks
                .into_iter()
                .filter(|name| engine.rule(name).is_some())
                .collect();
            if !breaks.is_empty() {
                let announced = pending
                    .shown
                    .then(|| engine.primary(&breaks).map(|r| r.name.clone()))
                    .flatten();
                let phase = match pending.snoozed_until {
                    Some(until) => OfferPhase::Snoozed {
                        until: until.with_timezone(&tz),
                    },
                    None => OfferPhase::Held,
                };
                engine.offer = Some(Offer {
                    breaks,
                    snoozes_used: pending.snoozes_used,
                    due_at: now.wall.clone(),
                    phase,
                    announced,
                    shown_once: pending.shown,
                });
            }
        }
        let saved_at = state.saved_at.with_timezone(&tz);
        if span(&saved_at, &now.wall) >= engine.config.natural_break {
            engine.natural_break_begins();
        }
        engine.evaluate();
        engine.push_status();
        engine
    }

    fn blank(config: Config, now: Now<Tz>) -> Self {
        let check_lasts = check::lasts(&config);
        Engine {
            config,
            now,
            effects: VecDeque::new(),
            memory: BTreeMap::new(),
            daily_done_on: None,
            offer: None,
            session: None,
            pause: None,
            dnd: false,
            idle_since: None,
            away_since: None,
            suspended: false,
            off_hours: Duration::ZERO,
            last_status: None,
            runs: Vec::new(),
            level: Level::FIRST,
            rateable: None,
            summary_week: None,
            pains: Pains::default(),
            cap: None,
            keys_said: 0,
            safety_said: BTreeMap::new(),
            check_active: Duration::ZERO,
            check_until: None,
            check_lasts,
            check_told: false,
        }
    }

    /// The level the daily routine plays at next (`progression`).
    pub fn level(&self) -> Level {
        self.level
    }

    fn set_runs(&mut self, runs: Vec<Run>) {
        self.runs = runs;
        self.relevel();
    }

    fn relevel(&mut self) {
        self.level = progression::level(self.config.progression, &self.runs);
        self.cap = progression::cap(self.config.progression, &self.runs);
    }

    /// What to keep across a restart.
    pub fn snapshot(&self) -> EngineState {
        let millis = |d: Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        EngineState {
            version: STATE_VERSION,
            saved_at: self.now.wall.fixed_offset(),
            breaks: self
                .memory
                .iter()
                .map(|(name, m)| {
                    let memory = BreakMemory {
                        active_ms: millis(m.active),
                        offered_on: m.offered_on,
                    };
                    (name.clone(), memory)
                })
                .collect(),
            daily_done_on: self.daily_done_on,
            summary_week: self.summary_week,
            paused: self.pause.as_ref().map(|p| PausedState {
                until: p.until.as_ref().map(DateTime::fixed_offset),
            }),
            pending: self.offer.as_ref().map(|o| PendingBreak {
                breaks: o.breaks.clone(),
                snoozes_used: o.snoozes_used,
                snoozed_until: match &o.phase {
                    OfferPhase::Snoozed { until } => Some(until.fixed_offset()),
                    _ => None,
                },
                shown: o.shown_once,
            }),
            off_hours_ms: millis(self.off_hours),
            keys_said: self.keys_said,
            check_active_ms: millis(self.check_active),
            check_told: self.check_told,
        }
    }

    /// Takes one input at `now`, queueing the effects it causes, and answers
    /// whether it was taken. A refused input changes nothing.
    pub fn handle(&mut self, input: Input, now: Now<Tz>) -> Answer {
        self.advance(now);
        let refused = self.refusal(&input);
        let offer_now = matches!(input, Input::OfferNow(_));
        if refused.is_none() {
            self.apply(input);
        }
        self.evaluate();
        self.push_status();
        let refused = refused.or_else(|| {
            // Whether an asked-for offer came about is known only after it.
            let state = self.status().state;
            (offer_now && state != Mode::Due).then(|| {
                if is_working(&self.config.working_hours, &self.now.wall) {
                    Refusal::NotNow(state)
                } else {
                    Refusal::OutsideWorkingHours
                }
            })
        });
        match refused {
            Some(why) => Answer::Refused(why),
            None => Answer::Accepted,
        }
    }

    /// Why `input` cannot be taken now, judged before it is applied.
    fn refusal(&self, input: &Input) -> Option<Refusal> {
        let status = self.status();
        match input {
            Input::Snooze(_) if status.state != Mode::Due => Some(Refusal::NothingToSnooze),
            Input::Snooze(_) if status.snoozes_left == Some(0) => Some(Refusal::NoSnoozesLeft),
            Input::Skip if !matches!(status.state, Mode::Due | Mode::Snoozed | Mode::InBreak) => {
                Some(Refusal::NothingToSkip)
            }
            Input::OfferNow(routine)
                if !self.config.breaks.iter().any(|b| &b.routine == routine) =>
            {
                Some(Refusal::NoBreakPlays(routine.clone()))
            }
            Input::BreakNow(routine) if self.session.is_none() && self.nothing_left(routine) => {
                Some(Refusal::NothingLeft(routine.clone()))
            }
            Input::PutBack(exercise) if !self.pains.left_out.contains(exercise) => {
                Some(Refusal::NotLeftOut(exercise.clone()))
            }
            Input::ShoulderCheckNow => self.check_refusal(),
            _ => None,
        }
    }

    /// The routine a break asked for plays: the one named (if the config or
    /// the built-ins have it), else the next break's, else the first
    /// configured break's.
    pub fn routine_for(&self, named: Option<&str>) -> Result<String, Refusal> {
        match named {
            Some(id) if self.config.routine(id).is_some() => Ok(id.to_owned()),
            Some(id) => Err(Refusal::NoSuchRoutine(id.to_owned())),
            None => self
                .status()
                .next_break
                .map(|b| b.routine)
                .or_else(|| self.config.breaks.first().map(|b| b.routine.clone()))
                .ok_or(Refusal::NoBreakConfigured),
        }
    }

    /// A break is pending, or the next one comes within `BREAK_NEAR`: the
    /// time to look for the costlier signs of a quiet time.
    pub fn break_near(&self) -> bool {
        let status = self.status();
        matches!(status.state, Mode::Due | Mode::Snoozed)
            || status.next_break.is_some_and(|b| {
                b.at.signed_duration_since(self.now.wall.fixed_offset()) < BREAK_NEAR
            })
    }

    /// The next queued effect, oldest first.
    pub fn poll_effect(&mut self) -> Option<Effect> {
        self.effects.pop_front()
    }

    /// When to step next: the engine's next deadline, or `latest` if that
    /// comes first (the driver's own limits: a tick at least every minute,
    /// the end of a simulation, the user's next move). The one stepping
    /// rule of the app's loop, the simulation and the forecast.
    pub fn next_wake(&self, latest: DateTime<Tz>) -> DateTime<Tz> {
        match self.next_deadline() {
            Some(deadline) if deadline < latest => deadline,
            _ => latest,
        }
    }

    /// The wall-clock time at which something may happen without any input:
    /// the shell ticks the engine then (or after 60 s, whichever is first).
    /// Always later than the last `Now`.
    pub fn next_deadline(&self) -> Option<DateTime<Tz>> {
        let now = &self.now.wall;
        let mut best: Option<DateTime<Tz>> = None;
        let mut consider = |t: DateTime<Tz>| {
            if t > *now && best.as_ref().is_none_or(|b| t < *b) {
                best = Some(t);
            }
        };
        if let Some(Pause { until: Some(until) }) = &self.pause {
            consider(until.clone());
        }
        // A check asked for in a pause still ends on time.
        for at in self.check_deadlines().into_iter().flatten() {
            consider(at);
        }
        if self.pause.is_some() || self.session.is_some() {
            return best;
        }
        let week = &self.config.working_hours;
        if let Some(change) = calendar::next_change(week, now) {
            consider(change);
        }
        if let (Some(since), None) = (self.idle_since, &self.away_since) {
            let idle = self.now.mono.saturating_sub(since);
            consider(plus(now, self.config.natural_break.saturating_sub(idle)));
        }
        if let Some(offer) = &self.offer {
            let postponed_until = plus(&offer.due_at, self.config.do_not_disturb.max_postpone);
            match &offer.phase {
                OfferPhase::Snoozed { until } => consider(until.clone()),
                OfferPhase::Held if self.present() && self.dnd => consider(postponed_until),
                OfferPhase::Held => {}
                OfferPhase::Shown { repeats, next } => {
                    if *repeats >= self.config.reminders.max_repeats || self.can_show(offer) {
                        consider(next.clone());
                    } else {
                        consider(postponed_until);
                    }
                }
            }
        }
        let counting = self.away_since.is_none() && !self.suspended && is_working(week, now);
        let today = now.naive_local().date();
        let tz = now.timezone();
        for rule in &self.config.breaks {
            if self.in_offer(&rule.name) {
                continue;
            }
            match rule.when {
                BreakWhen::Every(every) if counting => {
                    let left = every.saturating_sub(self.active(&rule.name));
                    if let Some(at) = after_working_time(week, now, left) {
                        consider(at);
                    }
                }
                BreakWhen::Every(_) => {}
                BreakWhen::At(time) => {
                    consider(at_local(&tz, today, time));
                    consider(at_local(&tz, today + TimeDelta::days(1), time));
                }
            }
        }
        best
    }

    /// What the tray should show now (also sent as `Effect::UpdateStatus` on change).
    pub fn status(&self) -> Status {
        let state = match (&self.session, &self.pause, &self.offer) {
            (Some(_), _, _) => Mode::InBreak,
            (None, Some(_), _) => Mode::Paused,
            (
                None,
                None,
                Some(Offer {
                    phase: OfferPhase::Snoozed { .. },
                    ..
                }),
            ) => Mode::Snoozed,
            (None, None, Some(_)) => Mode::Due,
            (None, None, None) => Mode::Idle,
        };
        // Asked once: the next break and the next shoulder check both need it.
        let upcoming = match (&self.session, &self.pause, &self.offer) {
            (None, None, None) => self.upcoming(),
            _ => None,
        };
        let next_break = match (&self.session, &self.pause, &self.offer) {
            (None, None, Some(offer)) => self.primary(&offer.breaks).map(|rule| {
                let at = match &offer.phase {
                    OfferPhase::Snoozed { until } => until.clone(),
                    _ => offer.due_at.clone(),
                };
                next_break(rule, &at)
            }),
            (None, None, None) => upcoming.clone(),
            _ => None,
        };
        let today = self.now.wall.naive_local().date();
        Status {
            state,
            next_break,
            snoozes_left: self.offer.as_ref().map(|o| self.snoozes_left(o)),
            paused_until: self
                .pause
                .as_ref()
                .and_then(|p| p.until.as_ref())
                .map(|u| u.fixed_offset()),
            daily_done: self.daily_done_on == Some(today),
            working_hours: is_working(&self.config.working_hours, &self.now.wall),
            left_out: self.pains.leave_out(today),
            next_shoulder_check: self.next_check(upcoming.as_ref()),
        }
    }

    /// The exercises of `routine` left out today, and why.
    fn left_out_of(&self, routine: &str) -> Vec<LeftOut> {
        self.left_out_with_count(routine).0
    }

    /// Every exercise of `routine` is left out today (a routine with no
    /// exercises to begin with, or one the config lacks, is not).
    fn nothing_left(&self, routine: &str) -> bool {
        let (left_out, exercises) = self.left_out_with_count(routine);
        !left_out.is_empty() && left_out.len() >= exercises
    }

    /// The exercises of `routine` left out today, and how many it has.
    fn left_out_with_count(&self, routine: &str) -> (Vec<LeftOut>, usize) {
        let today = self.now.wall.naive_local().date();
        let out = self.pains.leave_out(today);
        if out.is_empty() {
            // The common case, at every evaluation: no routine to build.
            return (out, 0);
        }
        let ids: Vec<String> = self
            .config
            .routine(routine)
            .map(|r| r.exercises.into_iter().map(|e| e.id).collect())
            .unwrap_or_default();
        let out = out
            .into_iter()
            .filter(|o| ids.contains(&o.exercise))
            .collect();
        (out, ids.len())
    }

    // ---- time passing ----

    /// Moves the clock to `now`: detects gaps (suspend, clock jumps) and
    /// credits active working time to the interval breaks.
    fn advance(&mut self, now: Now<Tz>) {
        let last = std::mem::replace(&mut self.now, now);
        let mono = self.now.mono.saturating_sub(last.mono);
        let forward = span(&last.wall, &self.now.wall);
        let gap = if self.suspended {
            forward
        } else {
            forward.saturating_sub(mono)
        };
        let threshold = self.config.natural_break;
        let week = &self.config.working_hours;

        // The credited stretch: the wall-clock time that passed, or, if the
        // clock went back, the monotonic time that passed before now.
        let (from, to) = if self.now.wall >= last.wall {
            (last.wall.clone(), self.now.wall.clone())
        } else {
            (minus(&self.now.wall, mono), self.now.wall.clone())
        };
        let mut off_hours = self.off_hours;
        let mut left_hours = false;
        let mut fresh_period = false;
        let mut credit = Duration::ZERO;
        calendar::walk(week, &from, &to, |len, working| {
            if working {
                if off_hours >= threshold {
                    fresh_period = true;
                    credit = Duration::ZERO;
                }
                off_hours = Duration::ZERO;
                credit += len;
            } else {
                left_hours = true;
                off_hours += len;
            }
        });
        self.off_hours = off_hours;
        if left_hours && self.offer.is_some() {
            self.close_offer(Close::OffHours);
        }
        if fresh_period {
            self.reset_all();
        }

        if !threshold.is_zero() && gap >= threshold {
            // Asleep, or the clock jumped ahead: the user was not working.
            let from = self
                .away_since
                .take()
                .unwrap_or_else(|| minus(&self.now.wall, gap));
            self.idle_since = None;
            self.natural_break_begins();
            let until = self.now.wall.clone();
            self.record_natural_break(&from, &until);
            return;
        }
        let counting = !self.suspended
            && self.away_since.is_none()
            && self.pause.is_none()
            && self.session.is_none();
        if counting {
            let credit = credit.min(mono);
            self.check_active += credit;
            for rule in &self.config.breaks {
                if let BreakWhen::Every(_) = rule.when {
                    self.memory.entry(rule.name.clone()).or_default().active += credit;
                }
            }
        }
    }

    fn apply(&mut self, input: Input) {
        match input {
            Input::Tick => {}
            Input::UserActive => {
                // An idle stretch that reached the threshold is a break even if
                // no tick came in between to notice it.
                self.detect_away();
                self.idle_since = None;
                self.come_back(self.now.wall.clone());
            }
            Input::UserIdleFor(idle) => {
                if idle < self.config.natural_break {
                    // Shorter than an absence we know of: the user came back in between.
                    self.come_back(minus(&self.now.wall, idle));
                }
                self.idle_since = Some(self.now.mono.saturating_sub(idle));
            }
            Input::BreakNow(routine) => {
                if self.session.is_some() {
                    // One answer, whoever asks (the tray, `start`, `play`).
                    self.effects.push_back(Effect::RaiseGuidedWindow);
                    return;
                }
                if routine.trim().is_empty() {
                    return;
                }
                let pending = self
                    .offer
                    .as_ref()
                    .and_then(|o| self.primary(&o.breaks))
                    .filter(|rule| rule.routine == routine);
                let name = pending
                    .or_else(|| self.config.breaks.iter().find(|b| b.routine == routine))
                    .map_or_else(|| routine.clone(), |rule| rule.name.clone());
                self.close_offer(Close::Started);
                self.start_session(name, routine);
            }
            Input::OfferNow(routine) => {
                // No reminders outside working hours or while paused, even asked
                // for: `BreakNow` starts a session in those cases.
                if self.session.is_some()
                    || self.pause.is_some()
                    || !is_working(&self.config.working_hours, &self.now.wall)
                {
                    return;
                }
                let Some(name) = self
                    .config
                    .breaks
                    .iter()
                    .find(|b| b.routine == routine)
                    .map(|b| b.name.clone())
                else {
                    return;
                };
                let now = self.now.wall.clone();
                if let Some(BreakRule {
                    when: BreakWhen::At(_),
                    ..
                }) = self.rule(&name)
                {
                    // Offered today, if early: its fixed time will not offer it again.
                    self.memory.entry(name.clone()).or_default().offered_on =
                        Some(now.naive_local().date());
                }
                match &mut self.offer {
                    Some(offer) => {
                        if !offer.breaks.contains(&name) {
                            offer.breaks.push(name);
                        }
                        offer.due_at = now;
                        offer.phase = OfferPhase::Held;
                    }
                    None => {
                        self.offer = Some(Offer {
                            breaks: vec![name],
                            snoozes_used: 0,
                            due_at: now,
                            phase: OfferPhase::Held,
                            announced: None,
                            shown_once: false,
                        })
                    }
                }
                // Asked for explicitly: shown even when do-not-disturb would hold it.
                self.show();
            }
            Input::Start => {
                if self.session.is_some() {
                    return;
                }
                let Some(offer) = &self.offer else { return };
                let Some(rule) = self.primary(&offer.breaks) else {
                    return;
                };
                let (name, routine) = (rule.name.clone(), rule.routine.clone());
                self.close_offer(Close::Started);
                self.start_session(name, routine);
            }
            Input::Snooze(length) => self.snooze(length),
            Input::Skip => {
                if let Some(session) = self.session.take() {
                    let event = HistoryEvent::Skipped {
                        break_name: session.break_name,
                        routine: session.routine,
                        at: self.now.wall.fixed_offset(),
                    };
                    self.effects.push_back(Effect::PersistHistory(event));
                    self.reset_all();
                } else {
                    self.close_offer(Close::Skipped);
                }
            }
            Input::Pause(span) => self.pause(span),
            Input::Resume => {
                if self.pause.take().is_some() {
                    self.reset_all();
                }
            }
            Input::SessionFinished(report) => self.finish_session(report, false),
            Input::SessionLost(report) => self.finish_session(report, true),
            Input::AfterRating(rating) => self.rate_after(rating),
            Input::Runs(runs) => self.set_runs(runs),
            Input::Pains(pains) => self.pains = pains,
            Input::PutBack(exercise) => {
                if self.pains.put_back(&exercise) {
                    self.effects
                        .push_back(Effect::PersistHistory(HistoryEvent::PutBack {
                            exercise,
                            at: self.now.wall.fixed_offset(),
                        }));
                }
            }
            Input::DoneElsewhere(day) => self.done_elsewhere(day),
            Input::DoNotDisturb(on) => self.dnd = on && self.config.do_not_disturb.enabled,
            Input::Suspended => self.suspended = true,
            Input::Resumed => {
                self.suspended = false;
                self.idle_since = None;
                self.come_back(self.now.wall.clone());
            }
            Input::ShoulderCheckNow => {
                self.end_check();
                self.check_active = Duration::ZERO;
                self.show_check();
            }
            Input::ShoulderCheckNotNow => self.skip_check(),
            Input::ConfigChanged(config) => {
                self.config = *config;
                self.check_lasts = check::lasts(&self.config);
                if !self.config.shoulder_check.enabled {
                    self.check_active = Duration::ZERO;
                }
                self.relevel();
                self.dnd &= self.config.do_not_disturb.enabled;
                let known: Vec<String> =
                    self.config.breaks.iter().map(|b| b.name.clone()).collect();
                if let Some(offer) = &mut self.offer {
                    offer.breaks.retain(|name| known.contains(name));
                    if offer.breaks.is_empty() {
                        self.close_offer(Close::Vanished);
                    }
                }
            }
        }
    }

    /// Applies the rules at the current time: pause expiry, absence, working
    /// hours, breaks falling due, and the pending break's notifications.
    fn evaluate(&mut self) {
        if let Some(Pause { until: Some(until) }) = &self.pause {
            if self.now.wall >= *until {
                self.pause = None;
                self.reset_all();
            }
        }
        self.detect_away();
        // A shoulder check runs its length (one asked for outside the hours
        // or in a pause too), unless a session takes its place.
        if self.session.is_some()
            || self
                .check_until
                .as_ref()
                .is_some_and(|until| self.now.wall >= *until)
        {
            self.end_check();
        }
        if !is_working(&self.config.working_hours, &self.now.wall) {
            self.close_offer(Close::OffHours);
            return;
        }
        if self.pause.is_some() || self.session.is_some() {
            return;
        }
        self.weekly_summary();
        self.collect_due();
        self.step_offer();
        self.step_check();
    }

    /// Last week's summary, once, on the first working day of a week (inside
    /// its working hours, not while do-not-disturb holds).
    fn weekly_summary(&mut self) {
        if !self.config.weekly_summary || self.dnd {
            return;
        }
        let today = self.now.wall.naive_local().date();
        let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
        let first_working = monday
            .iter_days()
            .take_while(|d| *d <= today)
            .find(|d| is_working_day(&self.config.working_hours, *d));
        if first_working != Some(today) || self.summary_week == Some(monday) {
            return;
        }
        self.summary_week = Some(monday);
        self.effects.push_back(Effect::WeeklySummary {
            week_of: monday - TimeDelta::days(7),
        });
    }

    /// Puts the breaks that have fallen due into the pending offer.
    fn collect_due(&mut self) {
        let now = self.now.wall.clone();
        let today = now.naive_local().date();
        let tz = now.timezone();
        let due: Vec<String> = self
            .config
            .breaks
            .iter()
            .filter(|rule| !self.in_offer(&rule.name))
            .filter(|rule| !self.nothing_left(&rule.routine))
            .filter(|rule| match rule.when {
                BreakWhen::Every(every) => self.active(&rule.name) >= every,
                BreakWhen::At(time) => {
                    now >= at_local(&tz, today, time)
                        && self.memory.get(&rule.name).and_then(|m| m.offered_on) != Some(today)
                        && !(rule.daily && self.daily_done_on == Some(today))
                }
            })
            .map(|rule| rule.name.clone())
            .collect();
        if due.is_empty() {
            return;
        }
        for name in &due {
            if let Some(BreakRule {
                when: BreakWhen::At(_),
                ..
            }) = self.rule(name)
            {
                self.memory.entry(name.clone()).or_default().offered_on = Some(today);
            }
        }
        let Some(mut offer) = self.offer.take() else {
            self.offer = Some(Offer {
                breaks: due,
                snoozes_used: 0,
                due_at: now,
                phase: OfferPhase::Held,
                announced: None,
                shown_once: false,
            });
            return;
        };
        // Merge rather than stack; the daily routine takes the lead.
        let before = self.primary(&offer.breaks).map(|r| r.name.clone());
        offer.breaks.extend(due);
        let after = self.primary(&offer.breaks).map(|r| r.name.clone());
        if before != after && matches!(offer.phase, OfferPhase::Shown { .. }) {
            if !self.can_show(&offer) {
                self.effects.push_back(Effect::WithdrawNotification);
            }
            offer.phase = OfferPhase::Held;
        }
        self.offer = Some(offer);
    }

    /// Shows, re-shows or gives up on the pending break as its time comes.
    fn step_offer(&mut self) {
        let now = self.now.wall.clone();
        let Some(offer) = &mut self.offer else { return };
        if let OfferPhase::Snoozed { until } = &offer.phase {
            if now >= *until {
                offer.phase = OfferPhase::Held;
                offer.due_at = now.clone();
            }
        }
        let Some(offer) = self.offer.as_ref() else {
            return;
        };
        let can_show = self.can_show(offer);
        match &offer.phase {
            OfferPhase::Held if can_show => self.show(),
            OfferPhase::Shown { repeats, next } if now >= *next => {
                let repeats = *repeats;
                if repeats >= self.config.reminders.max_repeats {
                    self.close_offer(Close::Ignored);
                } else if can_show {
                    let Some((break_name, routine, snoozes_left)) = self.offer_line() else {
                        return;
                    };
                    let next = plus(&now, self.config.reminders.repeat_after.max(MIN_DELAY));
                    if let Some(offer) = &mut self.offer {
                        offer.phase = OfferPhase::Shown {
                            repeats: repeats + 1,
                            next,
                        };
                    }
                    let left_out = self.left_out_of(&routine);
                    self.effects.push_back(Effect::Renotify {
                        break_name,
                        routine,
                        snoozes_left,
                        left_out,
                    });
                }
            }
            _ => {}
        }
    }

    // ---- the pending break ----

    fn show(&mut self) {
        let Some((break_name, routine, snoozes_left)) = self.offer_line() else {
            return;
        };
        let now = self.now.wall.clone();
        let next = plus(&now, self.config.reminders.repeat_after.max(MIN_DELAY));
        // A break's notification takes the check's place.
        self.end_check();
        let Some(offer) = &mut self.offer else { return };
        offer.phase = OfferPhase::Shown { repeats: 0, next };
        offer.shown_once = true;
        if offer.announced.as_deref() != Some(break_name.as_str()) {
            offer.announced = Some(break_name.clone());
            self.effects
                .push_back(Effect::PersistHistory(HistoryEvent::Offered {
                    break_name: break_name.clone(),
                    routine: routine.clone(),
                    at: now.fixed_offset(),
                }));
        }
        let left_out = self.left_out_of(&routine);
        self.effects.push_back(Effect::Notify {
            break_name,
            routine,
            snoozes_left,
            left_out,
        });
    }

    fn snooze(&mut self, length: Option<Duration>) {
        if self.session.is_some() {
            return;
        }
        let Some(offer) = &self.offer else { return };
        if offer.snoozes_used >= self.config.snooze.max_per_break {
            return;
        }
        let Some((break_name, routine, _)) = self.offer_line() else {
            return;
        };
        let length = length.unwrap_or(self.config.snooze.length).max(MIN_DELAY);
        let until = plus(&self.now.wall, length);
        let max = self.config.snooze.max_per_break;
        let Some(offer) = &mut self.offer else { return };
        if let OfferPhase::Shown { .. } = offer.phase {
            self.effects.push_back(Effect::WithdrawNotification);
        }
        offer.snoozes_used += 1;
        offer.phase = OfferPhase::Snoozed { until };
        let snoozes_left = max.saturating_sub(offer.snoozes_used);
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::Snoozed {
                break_name,
                routine,
                at: self.now.wall.fixed_offset(),
                snoozes_left,
            }));
    }

    fn close_offer(&mut self, why: Close) {
        let Some(offer) = self.offer.take() else {
            return;
        };
        if let OfferPhase::Shown { .. } = offer.phase {
            self.effects.push_back(Effect::WithdrawNotification);
        }
        let at = self.now.wall.fixed_offset();
        if let Some(rule) = self.primary(&offer.breaks) {
            let (break_name, routine) = (rule.name.clone(), rule.routine.clone());
            let event = match why {
                Close::Skipped => Some(HistoryEvent::Skipped {
                    break_name,
                    routine,
                    at,
                }),
                Close::Ignored => Some(HistoryEvent::Ignored {
                    break_name,
                    routine,
                    at,
                }),
                Close::OffHours if offer.shown_once => Some(HistoryEvent::Ignored {
                    break_name,
                    routine,
                    at,
                }),
                _ => None,
            };
            if let Some(event) = event {
                self.effects.push_back(Effect::PersistHistory(event));
            }
        }
        if why == Close::Paused && !offer.shown_once {
            // Never seen: a fixed-time break may still be offered after the pause.
            for name in &offer.breaks {
                if let Some(memory) = self.memory.get_mut(name) {
                    memory.offered_on = None;
                }
            }
        }
        if why != Close::Started {
            // The interval restarts from here.
            for name in &offer.breaks {
                if let Some(memory) = self.memory.get_mut(name) {
                    memory.active = Duration::ZERO;
                }
            }
        }
    }

    /// The pending break's name, routine and snoozes left, as notified.
    fn offer_line(&self) -> Option<(String, String, u32)> {
        let offer = self.offer.as_ref()?;
        let rule = self.primary(&offer.breaks)?;
        Some((
            rule.name.clone(),
            rule.routine.clone(),
            self.snoozes_left(offer),
        ))
    }

    fn snoozes_left(&self, offer: &Offer<Tz>) -> u32 {
        self.config
            .snooze
            .max_per_break
            .saturating_sub(offer.snoozes_used)
    }

    /// Whether the pending break may be put on screen now.
    fn can_show(&self, offer: &Offer<Tz>) -> bool {
        let postponed_until = plus(&offer.due_at, self.config.do_not_disturb.max_postpone);
        self.present() && (!self.dnd || self.now.wall >= postponed_until)
    }

    fn present(&self) -> bool {
        self.away_since.is_none() && !self.suspended
    }

    // ---- sessions, pauses, absences ----

    fn start_session(&mut self, break_name: String, routine: String) {
        self.come_back(self.now.wall.clone());
        self.idle_since = None;
        self.rateable = None;
        let at = self.now.wall.fixed_offset();
        // Unique enough across machines: a millisecond and the routine.
        let id = format!("{}-{routine}", at.timestamp_millis());
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::Started {
                break_name: break_name.clone(),
                routine: routine.clone(),
                at,
                session: Some(id.clone()),
            }));
        // A session that is no configured break (a routine no break uses)
        // shows the start screen and asks nothing.
        let rule = self.rule(&break_name);
        let start_screen = rule.is_none_or(|b| b.start_screen);
        let checkin = rule.map_or(CheckIn::Off, |b| b.checkin);
        let today = self.now.wall.naive_local().date();
        let speak_safety = routine == builtin::UPPER_TRAP
            || self.safety_said.get(&routine).is_none_or(|d| *d != today);
        self.safety_said.insert(routine.clone(), today);
        let say_keys = self.keys_said < KEYS_SESSIONS;
        self.keys_said = self.keys_said.saturating_add(1);
        self.effects.push_back(Effect::OpenGuidedWindow {
            break_name: break_name.clone(),
            routine: routine.clone(),
            start_screen,
            checkin,
            level: self.level(),
            cap: self.cap,
            leave_out: self.left_out_of(&routine),
            hurt_before: self.pains.recent(today),
            say_keys,
            speak_safety,
        });
        self.session = Some(Session {
            id,
            break_name,
            routine,
        });
    }

    fn done_elsewhere(&mut self, day: NaiveDate) {
        let today = self.now.wall.naive_local().date();
        // Another machine's clock a few minutes ahead may stamp tomorrow.
        if day != today && Some(day) != today.succ_opt() {
            return;
        }
        if self.daily_done_on.is_some_and(|d| d >= today) {
            return;
        }
        self.daily_done_on = Some(today);
        let daily: Vec<String> = self
            .config
            .breaks
            .iter()
            .filter(|b| b.daily)
            .map(|b| b.name.clone())
            .collect();
        if let Some(offer) = &mut self.offer {
            offer.breaks.retain(|name| !daily.contains(name));
            if offer.breaks.is_empty() {
                self.close_offer(Close::Vanished);
            }
        }
    }

    fn rate_after(&mut self, rating: u8) {
        if rating > 10 {
            return;
        }
        let Some(session) = self.rateable.take() else {
            return;
        };
        if session.routine == builtin::UPPER_TRAP {
            if let Some(run) = self.runs.last_mut() {
                run.after = Some(rating);
            }
            self.relevel();
        }
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::Rated {
                session: session.id,
                routine: session.routine,
                at: self.now.wall.fixed_offset(),
                tension_after: rating,
            }));
    }

    fn finish_session(&mut self, report: SessionReport, lost: bool) {
        let Some(session) = self.session.take() else {
            return;
        };
        let SessionReport {
            outcomes,
            tension_before,
            hurt,
            hurt_exercise,
            hurt_side,
        } = report;
        let tension_before = tension_before.filter(|r| *r <= 10);
        let today = self.now.wall.naive_local().date();
        // A done date after today means the clock went back: still done.
        let done_already = self.daily_done_on.is_some_and(|d| d >= today);
        let day_done = completes_day(&self.config, &session.routine, &outcomes) && !done_already;
        if day_done {
            self.daily_done_on = Some(today);
        }
        let level = (session.routine == builtin::UPPER_TRAP).then(|| self.level());
        if level.is_some() {
            self.runs.push(Run {
                day: today,
                complete: outcomes_complete(&outcomes),
                hurt,
                before: tension_before,
                after: None,
            });
            self.relevel();
        }
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::Completed {
                break_name: session.break_name.clone(),
                routine: session.routine.clone(),
                at: self.now.wall.fixed_offset(),
                outcomes,
                day_done,
                lost,
                session: Some(session.id.clone()),
                level,
                tension_before,
                stopped_for_pain: hurt,
                pain_exercise: hurt_exercise.clone().filter(|_| hurt),
                pain_side: hurt_side.filter(|_| hurt),
            }));
        if let Some(exercise) = hurt_exercise.filter(|_| hurt) {
            if self.pains.hurt(&exercise, today) {
                self.effects
                    .push_back(Effect::PersistHistory(HistoryEvent::LeftOut {
                        exercise,
                        at: self.now.wall.fixed_offset(),
                    }));
            }
        }
        if !lost {
            self.rateable = Some(session);
        }
        self.idle_since = None;
        self.reset_all();
    }

    fn pause(&mut self, span: PauseSpan) {
        let until = match span {
            PauseSpan::For(length) => Some(plus(&self.now.wall, length)),
            PauseSpan::Until(local) => Some(calendar::resolve(&self.now.wall.timezone(), local)),
            PauseSpan::UntilNext(time) => {
                let local = calendar::next_occurrence(self.now.wall.naive_local(), time);
                Some(calendar::resolve(&self.now.wall.timezone(), local))
            }
            PauseSpan::UntilTomorrow => {
                let today = self.now.wall.naive_local().date();
                let local = calendar::tomorrow_morning(&self.config.working_hours, today);
                Some(calendar::resolve(&self.now.wall.timezone(), local))
            }
            PauseSpan::UntilResumed => None,
        };
        if until.as_ref().is_some_and(|u| *u <= self.now.wall) {
            return;
        }
        self.pause = Some(Pause { until });
        self.close_offer(Close::Paused);
    }

    /// The user has been away long enough: every interval restarts, and a
    /// pending break survives only for its fixed-time part, off screen.
    fn natural_break_begins(&mut self) {
        if self.session.is_some() {
            return;
        }
        self.reset_all();
        let Some(mut offer) = self.offer.take() else {
            return;
        };
        let config = &self.config;
        offer.breaks.retain(|name| {
            config
                .breaks
                .iter()
                .any(|b| b.name == *name && matches!(b.when, BreakWhen::At(_)))
        });
        if let OfferPhase::Shown { .. } = offer.phase {
            self.effects.push_back(Effect::WithdrawNotification);
            offer.phase = OfferPhase::Held;
        }
        if !offer.breaks.is_empty() {
            self.offer = Some(offer);
        }
    }

    /// Idle at or past the threshold makes the user away: a natural break begins.
    fn detect_away(&mut self) {
        if let (Some(since), None, None) = (self.idle_since, &self.away_since, &self.session) {
            let idle = self.now.mono.saturating_sub(since);
            if idle >= self.config.natural_break {
                self.away_since = Some(minus(&self.now.wall, idle));
                self.natural_break_begins();
            }
        }
    }

    /// The user is here (again) since `at`: an absence ends and is logged.
    fn come_back(&mut self, at: DateTime<Tz>) {
        if let Some(from) = self.away_since.take() {
            self.record_natural_break(&from, &at);
        }
    }

    fn record_natural_break(&mut self, from: &DateTime<Tz>, until: &DateTime<Tz>) {
        if self.session.is_some() {
            return;
        }
        if calendar::working_time(&self.config.working_hours, from, until).is_zero() {
            return;
        }
        self.effects
            .push_back(Effect::PersistHistory(HistoryEvent::NaturalBreak {
                from: from.fixed_offset(),
                until: until.fixed_offset(),
            }));
    }

    fn reset_all(&mut self) {
        for memory in self.memory.values_mut() {
            memory.active = Duration::ZERO;
        }
        self.check_active = Duration::ZERO;
    }

    // ---- lookups ----

    fn rule(&self, name: &str) -> Option<&BreakRule> {
        self.config.breaks.iter().find(|b| b.name == name)
    }

    /// The break an offer is shown as: the daily one if merged in, else the first.
    fn primary(&self, names: &[String]) -> Option<&BreakRule> {
        let rules = || names.iter().filter_map(|name| self.rule(name));
        rules().find(|r| r.daily).or_else(|| rules().next())
    }

    fn in_offer(&self, name: &str) -> bool {
        self.offer
            .as_ref()
            .is_some_and(|o| o.breaks.iter().any(|b| b == name))
    }

    fn active(&self, name: &str) -> Duration {
        self.memory.get(name).map_or(Duration::ZERO, |m| m.active)
    }

    /// The break expected next if the user keeps working.
    fn upcoming(&self) -> Option<NextBreak> {
        let now = &self.now.wall;
        let week = &self.config.working_hours;
        let tz = now.timezone();
        let today = now.naive_local().date();
        let mut best: Option<(DateTime<Tz>, &BreakRule)> = None;
        for rule in &self.config.breaks {
            let at = match rule.when {
                BreakWhen::Every(every) => {
                    after_working_time(week, now, every.saturating_sub(self.active(&rule.name)))
                }
                BreakWhen::At(time) => (0..8).find_map(|days| {
                    let date = today + TimeDelta::days(days);
                    let done_today = self.memory.get(&rule.name).and_then(|m| m.offered_on)
                        == Some(today)
                        || (rule.daily && self.daily_done_on == Some(today));
                    let at = at_local(&tz, date, time);
                    let fits = is_working_day(week, date)
                        && !(days == 0 && done_today)
                        && at >= *now
                        && is_working(week, &at);
                    fits.then_some(at)
                }),
            };
            // Nothing of its routine left today: not offered today.
            let at = at
                .filter(|at| at.naive_local().date() != today || !self.nothing_left(&rule.routine));
            if let Some(at) = at {
                if best.as_ref().is_none_or(|(b, _)| at < *b) {
                    best = Some((at, rule));
                }
            }
        }
        best.map(|(at, rule)| next_break(rule, &at))
    }

    fn push_status(&mut self) {
        let status = self.status();
        if self.last_status.as_ref() != Some(&status) {
            self.last_status = Some(status.clone());
            self.effects.push_back(Effect::UpdateStatus(status));
        }
    }
}

fn next_break<Tz: TimeZone>(rule: &BreakRule, at: &DateTime<Tz>) -> NextBreak {
    let at = at.fixed_offset();
    NextBreak {
        name: rule.name.clone(),
        routine: rule.routine.clone(),
        // Whole seconds, so the status does not change with every tick.
        at: at.with_nanosecond(0).unwrap_or(at),
    }
}
