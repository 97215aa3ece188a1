//! Test-only: a simulated desk for scenario tests. It drives the engine the way
//! the shell does (ticks at the deadline or every 60 s) on a made-up clock, and
//! reads like the story it tests: `Sim::new(..).active_for(mins(50)).expect_notify("Desk reset")`.

use std::time::Duration;

use chrono::{DateTime, Duration as TimeDelta, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use super::calendar::resolve;
use super::{Answer, Effect, Engine, HistoryEvent, Input, Status};
use crate::config::{BreakRule, BreakWhen, Config, TimeRange};
use crate::values::Now;

pub(crate) fn mins(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

pub(crate) fn hours(n: u64) -> Duration {
    Duration::from_secs(n * 3600)
}

/// The office the scenarios are told in: the default config
/// (`config.example.json`: Monday to Friday 09:00–18:00, a desk reset every 50
/// minutes of work, the daily routine at 15:00, snoozes of 10 minutes, 2
/// reminders 5 minutes apart, a natural break after 5 minutes idle,
/// do-not-disturb postponing at most 30 minutes), with 2 snoozes per break to
/// keep the snooze story short. The asserts pin what the stories rely on.
pub(crate) fn office() -> Config {
    let mut config = crate::config::parse(crate::config::EXAMPLE.as_bytes(), "config.example.json")
        .unwrap_or_else(|e| panic!("the default config parses: {e}"));
    config.snooze.max_per_break = 2;
    let nine_to_six = vec![TimeRange {
        start_min: 9 * 60,
        end_min: 18 * 60,
    }];
    assert!(config.working_hours[..5]
        .iter()
        .all(|day| *day == nine_to_six));
    assert!(config.working_hours[5..].iter().all(Vec::is_empty));
    assert_eq!(
        config.breaks,
        vec![
            BreakRule {
                name: "Desk reset".into(),
                routine: "desk-reset".into(),
                when: BreakWhen::Every(mins(50)),
                daily: false,
                start_screen: true,
                checkin: crate::config::CheckIn::Off,
            },
            BreakRule {
                name: "Daily routine".into(),
                routine: "upper-trap".into(),
                when: BreakWhen::At(NaiveTime::from_hms_opt(15, 0, 0).expect("valid time")),
                daily: true,
                start_screen: true,
                checkin: crate::config::CheckIn::BeforeAfter,
            },
        ]
    );
    assert_eq!(config.snooze.length, mins(10));
    assert_eq!(
        (config.reminders.repeat_after, config.reminders.max_repeats),
        (mins(5), 2)
    );
    assert_eq!(config.natural_break, mins(5));
    assert!(config.do_not_disturb.enabled);
    assert_eq!(config.do_not_disturb.max_postpone, mins(30));
    config
}

/// The office, working every day of the week (the DST changes fall on Sundays).
pub(crate) fn every_day_office() -> Config {
    let mut config = office();
    let day = config.working_hours[0].clone();
    config.working_hours = std::array::from_fn(|_| day.clone());
    config
}

/// `"2026-03-02 08:55"` in `tz`.
pub(crate) fn local<Tz: TimeZone>(tz: &Tz, s: &str) -> DateTime<Tz> {
    let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
        .unwrap_or_else(|e| panic!("test time {s:?}: {e}"));
    resolve(tz, naive)
}

/// A simulated user at a simulated desk.
pub(crate) struct Sim<Tz: TimeZone> {
    pub engine: Engine<Tz>,
    config: Config,
    tz: Tz,
    mono: Duration,
    wall: DateTime<Tz>,
    /// Every effect with the wall time it came out at.
    pub log: Vec<(DateTime<Tz>, Effect)>,
    /// How far `expect_*` has read the log.
    seen: usize,
    /// Monotonic time since which the user has been idle.
    idle_from: Option<Duration>,
}

impl<Tz: TimeZone> Sim<Tz> {
    pub fn new(config: Config, tz: Tz, start: &str) -> Self {
        let wall = local(&tz, start);
        // An arbitrary monotonic origin, as in a real process.
        let mono = Duration::from_secs(1000);
        let engine = Engine::new(config.clone(), Now::new(mono, wall.clone()));
        let mut sim = Sim {
            engine,
            config,
            tz,
            mono,
            wall,
            log: vec![],
            seen: 0,
            idle_from: None,
        };
        sim.drain();
        sim
    }

    fn drain(&mut self) {
        while let Some(effect) = self.engine.poll_effect() {
            self.log.push((self.wall.clone(), effect));
        }
    }

    fn handle(&mut self, input: Input) -> Answer {
        let answer = self
            .engine
            .handle(input, Now::new(self.mono, self.wall.clone()));
        self.drain();
        answer
    }

    /// Sends one input at the current time and checks the engine's answer.
    pub fn expect_answer(mut self, input: Input, expected: Answer) -> Self {
        let answer = self.handle(input);
        assert_eq!(
            answer,
            expected,
            "answer at {:?}\n{}",
            self.wall,
            self.dump()
        );
        self
    }

    /// Sends one input at the current time.
    pub fn send(mut self, input: Input) -> Self {
        let _ = self.handle(input);
        self
    }

    /// Lets `length` pass, ticking like the shell: at the deadline, or after 60 s.
    fn run(&mut self, length: Duration) {
        let target = self.wall.clone() + delta(length);
        while self.wall < target {
            if let Some(deadline) = self.engine.next_deadline() {
                assert!(
                    deadline > self.wall,
                    "deadline {deadline:?} is not after now"
                );
            }
            let tick = self.wall.clone() + TimeDelta::seconds(60);
            let next = self.engine.next_wake(tick.min(target.clone()));
            self.mono += (next.clone() - self.wall.clone())
                .to_std()
                .unwrap_or_default();
            self.wall = next;
            let input = match self.idle_from {
                Some(from) => Input::UserIdleFor(self.mono.saturating_sub(from)),
                None => Input::Tick,
            };
            self.handle(input);
        }
    }

    /// The time `"15:00"` today or `"2026-03-03 10:00"`.
    fn time(&self, s: &str) -> DateTime<Tz> {
        if s.len() <= 5 {
            let time = NaiveTime::parse_from_str(s, "%H:%M")
                .unwrap_or_else(|e| panic!("test time {s:?}: {e}"));
            resolve(&self.tz, self.wall.naive_local().date().and_time(time))
        } else {
            local(&self.tz, s)
        }
    }

    /// The user works (touches the keyboard) for this long.
    pub fn active_for(mut self, length: Duration) -> Self {
        if self.idle_from.take().is_some() {
            self.handle(Input::UserActive);
        }
        self.run(length);
        self
    }

    /// The user works until `"15:00"` today or `"2026-03-03 10:00"`.
    pub fn active_until(self, s: &str) -> Self {
        let length = (self.time(s) - self.wall.clone())
            .to_std()
            .unwrap_or_default();
        self.active_for(length)
    }

    /// The user leaves the keyboard for this long; the next `active_*` brings them back.
    pub fn idle_for(mut self, length: Duration) -> Self {
        if self.idle_from.is_none() {
            self.idle_from = Some(self.mono);
            self.handle(Input::UserIdleFor(Duration::ZERO));
        }
        self.run(length);
        self
    }

    /// The user is away until `"16:00"` today or a full date.
    pub fn idle_until(self, s: &str) -> Self {
        let length = (self.time(s) - self.wall.clone())
            .to_std()
            .unwrap_or_default();
        self.idle_for(length)
    }

    /// The machine sleeps for this long and wakes up, telling the engine both.
    pub fn suspend_for(mut self, length: Duration) -> Self {
        self.handle(Input::Suspended);
        self.wall = self.wall.clone() + delta(length);
        self.idle_from = None;
        self.handle(Input::Resumed);
        self
    }

    /// The machine sleeps for this long without anyone telling the engine:
    /// only the monotonic clock standing still gives it away.
    pub fn sleep_silently_for(mut self, length: Duration) -> Self {
        self.wall = self.wall.clone() + delta(length);
        self.handle(Input::Tick);
        self
    }

    /// The wall clock is set by `jump` (negative: back) while time goes on as usual.
    pub fn clock_jumps(mut self, jump: TimeDelta) -> Self {
        self.wall = self.wall.clone() + jump;
        self.handle(Input::Tick);
        self
    }

    /// The app quits and starts again `gap` later: the state goes through JSON,
    /// and the new process has another monotonic origin.
    pub fn restart_after(mut self, gap: Duration) -> Self {
        let json = serde_json::to_string(&self.engine.snapshot()).expect("state serializes");
        let state = serde_json::from_str(&json).expect("state deserializes");
        self.wall = self.wall.clone() + delta(gap);
        self.mono = Duration::from_secs(7);
        let now = Now::new(self.mono, self.wall.clone());
        self.engine = Engine::restore(self.config.clone(), state, now);
        self.drain();
        self
    }

    /// Accepts the pending break and does every exercise of a 2-exercise routine.
    pub fn take_the_break(self, length: Duration) -> Self {
        use crate::values::ExerciseOutcome::Done;
        let mut sim = self.send(Input::Start);
        sim.run(length);
        sim.send(Input::SessionFinished(vec![Done, Done].into()))
    }

    // ---- reading what happened ----

    fn dump(&self) -> String {
        self.log
            .iter()
            .filter(|(_, e)| !matches!(e, Effect::UpdateStatus(_)))
            .map(|(at, e)| format!("  {} {e:?}\n", at.naive_local()))
            .collect()
    }

    /// Notifications (first shows and re-shows) since the last `expect_*`.
    fn unseen_notifications(&self) -> Vec<(usize, DateTime<Tz>, &Effect)> {
        self.log
            .iter()
            .enumerate()
            .skip(self.seen)
            .filter(|(_, (_, e))| matches!(e, Effect::Notify { .. } | Effect::Renotify { .. }))
            .map(|(i, (at, e))| (i, at.clone(), e))
            .collect()
    }

    /// The next notification since the last `expect_*` is a first show of `name` at `time`.
    pub fn expect_notify_at(mut self, name: &str, time: &str) -> Self {
        let want = self.time(time);
        let unseen = self.unseen_notifications();
        match unseen.as_slice() {
            [(i, at, Effect::Notify { break_name, .. }), ..]
                if break_name == name && *at == want =>
            {
                self.seen = i + 1;
            }
            _ => panic!(
                "expected the next notification to be {name:?} at {}, got:\n{}",
                want.naive_local(),
                self.dump()
            ),
        }
        self
    }

    /// The next notification since the last `expect_*` is a first show of `name`.
    pub fn expect_notify(mut self, name: &str) -> Self {
        let unseen = self.unseen_notifications();
        match unseen.as_slice() {
            [(i, _, Effect::Notify { break_name, .. }), ..] if break_name == name => {
                self.seen = i + 1;
            }
            _ => panic!(
                "expected the next notification to be {name:?}, got:\n{}",
                self.dump()
            ),
        }
        self
    }

    /// The next notification is a re-show at `time`.
    pub fn expect_renotify_at(mut self, time: &str) -> Self {
        let want = self.time(time);
        let unseen = self.unseen_notifications();
        match unseen.as_slice() {
            [(i, at, Effect::Renotify { .. }), ..] if *at == want => self.seen = i + 1,
            _ => panic!(
                "expected a reminder at {}, got:\n{}",
                want.naive_local(),
                self.dump()
            ),
        }
        self
    }

    /// Since the last `expect_*`, no notification came.
    pub fn expect_no_notify(mut self) -> Self {
        let unseen = self.unseen_notifications();
        assert!(
            unseen.is_empty(),
            "expected no notification, got:\n{}",
            self.dump()
        );
        self.seen = self.log.len();
        self
    }

    /// Every notification (first shows and re-shows) so far: when, which, how.
    pub fn notifications(&self) -> Vec<(NaiveDateTime, Effect)> {
        self.log
            .iter()
            .filter(|(_, e)| matches!(e, Effect::Notify { .. } | Effect::Renotify { .. }))
            .map(|(at, e)| (at.naive_local(), e.clone()))
            .collect()
    }

    /// Effects since the last `expect_*`, without status updates.
    pub fn unseen(&self) -> Vec<Effect> {
        self.log[self.seen..]
            .iter()
            .filter(|(_, e)| !matches!(e, Effect::UpdateStatus(_)))
            .map(|(_, e)| e.clone())
            .collect()
    }

    /// Marks everything so far as read.
    pub fn mark_seen(mut self) -> Self {
        self.seen = self.log.len();
        self
    }

    pub fn history(&self) -> Vec<HistoryEvent> {
        self.log
            .iter()
            .filter_map(|(_, e)| match e {
                Effect::PersistHistory(event) => Some(event.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn status(&self) -> Status {
        self.engine.status()
    }

    /// When each shoulder check showed, and when each was taken down.
    pub fn checks(&self) -> (Vec<NaiveDateTime>, Vec<NaiveDateTime>) {
        let at = |want: fn(&Effect) -> bool| {
            self.log
                .iter()
                .filter(|(_, e)| want(e))
                .map(|(at, _)| at.naive_local())
                .collect()
        };
        (
            at(|e| matches!(e, Effect::ShoulderCheck { .. })),
            at(|e| matches!(e, Effect::EndShoulderCheck)),
        )
    }

    /// Notifications per local date, for day-by-day counts.
    pub fn notifications_on(&self, date: NaiveDate, name: &str) -> Vec<NaiveDateTime> {
        self.notifications()
            .into_iter()
            .filter(|(at, e)| {
                at.date() == date
                    && matches!(e, Effect::Notify { break_name, .. } if break_name == name)
            })
            .map(|(at, _)| at)
            .collect()
    }
}

fn delta(d: Duration) -> TimeDelta {
    TimeDelta::from_std(d).expect("test durations are small")
}
