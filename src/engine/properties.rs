//! Property tests: random days at the desk (work, idle, sleep, clock jumps and
//! every user action, in any order) must keep the engine's promises.

use std::time::Duration;

use chrono::{DateTime, Duration as TimeDelta, NaiveDate};
use chrono_tz::{Europe::Berlin, Tz};
use proptest::prelude::*;

use super::calendar::{is_working, working_time};
use super::sim::{every_day_office, local, mins, office};
use super::{Effect, Engine, HistoryEvent, Input, PauseSpan};
use crate::config::{BreakWhen, Config};
use crate::values::{ExerciseOutcome, Now};

/// What the simulated user or machine does next.
#[derive(Debug, Clone)]
enum Step {
    Work(u64),
    Idle(u64),
    /// Sleep this many minutes, telling the engine (`true`) or not.
    Sleep(u64, bool),
    /// The wall clock is set forward or back this many minutes.
    Jump(i64),
    Act(Act),
}

#[derive(Debug, Clone)]
enum Act {
    Start,
    Snooze(Option<u64>),
    Skip,
    PauseFor(u64),
    PauseUntilTomorrow,
    PauseUntilResumed,
    Resume,
    FinishDone,
    FinishPartial,
    BreakNow(&'static str),
    OfferNow(&'static str),
    Dnd(bool),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => Just(Act::Start),
        3 => prop::option::of(1u64..40).prop_map(Act::Snooze),
        2 => Just(Act::Skip),
        1 => (1u64..300).prop_map(Act::PauseFor),
        1 => Just(Act::PauseUntilTomorrow),
        1 => Just(Act::PauseUntilResumed),
        2 => Just(Act::Resume),
        3 => Just(Act::FinishDone),
        1 => Just(Act::FinishPartial),
        1 => prop_oneof![Just("upper-trap"), Just("desk-reset")].prop_map(Act::BreakNow),
        1 => prop_oneof![Just("upper-trap"), Just("desk-reset")].prop_map(Act::OfferNow),
        1 => any::<bool>().prop_map(Act::Dnd),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        5 => (1u64..240).prop_map(Step::Work),
        2 => (1u64..120).prop_map(Step::Idle),
        1 => ((1u64..900), any::<bool>()).prop_map(|(m, told)| Step::Sleep(m, told)),
        1 => (-120i64..120).prop_map(Step::Jump),
        5 => act().prop_map(Step::Act),
    ]
}

fn config() -> impl Strategy<Value = Config> {
    (
        any::<bool>(),
        10u64..90,
        0u32..4,
        0u32..4,
        1u64..15,
        0u64..60,
    )
        .prop_map(|(weekends, every, snoozes, repeats, natural, postpone)| {
            let mut config = if weekends {
                every_day_office()
            } else {
                office()
            };
            config.breaks[0].when = BreakWhen::Every(mins(every));
            config.snooze.max_per_break = snoozes;
            config.reminders.max_repeats = repeats;
            config.natural_break = mins(natural);
            config.do_not_disturb.max_postpone = mins(postpone);
            config
        })
}

fn start() -> impl Strategy<Value = DateTime<Tz>> {
    // Ordinary weeks and the weeks of both DST changes.
    let days = prop_oneof![Just("2026-03-02"), Just("2026-03-26"), Just("2026-10-22")];
    (days, 0i64..7, 0i64..1440).prop_map(|(day, plus_days, minute)| {
        local(&Berlin, &format!("{day} 00:00"))
            + TimeDelta::days(plus_days)
            + TimeDelta::minutes(minute)
    })
}

/// Drives the engine like the shell and checks every promise after each input.
struct Desk {
    engine: Engine<Tz>,
    config: Config,
    mono: Duration,
    wall: DateTime<Tz>,
    idle_from: Option<Duration>,
    suspended: bool,
    /// The wall clock has gone back at some point.
    jumped_back: bool,
    tick: Duration,
    /// Every effect with its time and whether the clock had gone back before.
    log: Vec<(Duration, DateTime<Tz>, bool, Effect)>,
    /// When the user asked for a break with `OfferNow`: such an offer is not
    /// bound by the interval.
    asked: Vec<Duration>,
}

impl Desk {
    fn new(config: Config, wall: DateTime<Tz>, tick: Duration) -> Self {
        let mono = Duration::from_secs(50);
        let engine = Engine::new(config.clone(), Now::new(mono, wall));
        let mut desk = Desk {
            engine,
            config,
            mono,
            wall,
            idle_from: None,
            suspended: false,
            jumped_back: false,
            tick,
            log: vec![],
            asked: vec![],
        };
        desk.drain();
        desk
    }

    fn drain(&mut self) -> Vec<Effect> {
        let mut out = vec![];
        while let Some(effect) = self.engine.poll_effect() {
            self.log
                .push((self.mono, self.wall, self.jumped_back, effect.clone()));
            out.push(effect);
        }
        out
    }

    fn handle(&mut self, input: Input) -> Result<(), TestCaseError> {
        let snoozes_before = self.engine.status().snoozes_left;
        let snoozing = matches!(input, Input::Snooze(_));
        if matches!(input, Input::OfferNow(_)) {
            self.asked.push(self.mono);
        }
        self.engine.handle(input, Now::new(self.mono, self.wall));
        let effects = self.drain();

        let shown = effects
            .iter()
            .filter(|e| matches!(e, Effect::Notify { .. } | Effect::Renotify { .. }))
            .count();
        prop_assert!(
            shown <= 1,
            "a burst of notifications at {}: {effects:?}",
            self.wall
        );
        if shown > 0 {
            prop_assert!(
                is_working(&self.config.working_hours, &self.wall),
                "a notification outside working hours at {}",
                self.wall
            );
        }
        for effect in &effects {
            match effect {
                Effect::Notify { snoozes_left, .. } | Effect::Renotify { snoozes_left, .. } => {
                    prop_assert!(*snoozes_left <= self.config.snooze.max_per_break);
                }
                Effect::PersistHistory(HistoryEvent::Snoozed { snoozes_left, .. }) => {
                    prop_assert!(snoozing);
                    let before = snoozes_before.unwrap_or(0);
                    prop_assert!(before >= 1, "snoozed with no snoozes left");
                    prop_assert_eq!(*snoozes_left, before - 1);
                }
                _ => {}
            }
        }
        self.check_deadline()
    }

    /// The deadline is after now, and nothing but a status update happens
    /// before it: sleeping until then misses nothing.
    fn check_deadline(&self) -> Result<(), TestCaseError> {
        let deadline = self.engine.next_deadline();
        if let Some(deadline) = &deadline {
            prop_assert!(
                *deadline > self.wall,
                "deadline {deadline} is not after {}",
                self.wall
            );
        }
        if self.suspended {
            return Ok(());
        }
        let probe_at = match deadline {
            Some(deadline) => {
                let before = (deadline - self.wall).to_std().unwrap_or_default();
                if before <= Duration::from_millis(2) {
                    return Ok(());
                }
                // Just before the deadline: at most a second, at least a millisecond.
                let back = before.min(Duration::from_secs(2)) / 2;
                deadline - TimeDelta::from_std(back).unwrap_or_default()
            }
            None => self.wall + TimeDelta::days(3),
        };
        let mut probe = self.engine.clone();
        let mono = self.mono + (probe_at - self.wall).to_std().unwrap_or_default();
        probe.handle(Input::Tick, Now::new(mono, probe_at));
        while let Some(effect) = probe.poll_effect() {
            prop_assert!(
                matches!(effect, Effect::UpdateStatus(_)),
                "{effect:?} at {probe_at}, before the deadline {deadline:?} set at {}",
                self.wall
            );
        }
        Ok(())
    }

    /// Lets time pass like the shell: ticks at the deadline or every `tick`.
    fn pass(&mut self, length: Duration) -> Result<(), TestCaseError> {
        let target = self.wall + TimeDelta::from_std(length).unwrap_or_default();
        while self.wall < target {
            let mut next = self.wall + TimeDelta::from_std(self.tick).unwrap_or_default();
            if let Some(deadline) = self.engine.next_deadline() {
                next = next.min(deadline);
            }
            next = next.min(target);
            self.mono += (next - self.wall).to_std().unwrap_or_default();
            self.wall = next;
            let input = match self.idle_from {
                Some(from) => Input::UserIdleFor(self.mono.saturating_sub(from)),
                None => Input::Tick,
            };
            self.handle(input)?;
        }
        Ok(())
    }

    fn run(&mut self, step: Step) -> Result<(), TestCaseError> {
        match step {
            Step::Work(m) => {
                if self.idle_from.take().is_some() {
                    self.handle(Input::UserActive)?;
                }
                self.pass(mins(m))
            }
            Step::Idle(m) => {
                if self.idle_from.is_none() {
                    self.idle_from = Some(self.mono);
                    self.handle(Input::UserIdleFor(Duration::ZERO))?;
                }
                self.pass(mins(m))
            }
            Step::Sleep(m, told) => {
                if told {
                    self.suspended = true;
                    self.handle(Input::Suspended)?;
                }
                self.wall += TimeDelta::minutes(m as i64);
                self.idle_from = None;
                self.suspended = false;
                self.handle(if told { Input::Resumed } else { Input::Tick })
            }
            Step::Jump(m) => {
                self.jumped_back |= m < 0;
                self.wall += TimeDelta::minutes(m);
                self.handle(Input::Tick)
            }
            Step::Act(act) => {
                let tomorrow = self.wall.date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
                let input = match act {
                    Act::Start => Input::Start,
                    Act::Snooze(m) => Input::Snooze(m.map(mins)),
                    Act::Skip => Input::Skip,
                    Act::PauseFor(m) => Input::Pause(PauseSpan::For(mins(m))),
                    Act::PauseUntilTomorrow => Input::Pause(PauseSpan::Until(
                        tomorrow.and_hms_opt(10, 0, 0).unwrap_or_default(),
                    )),
                    Act::PauseUntilResumed => Input::Pause(PauseSpan::UntilResumed),
                    Act::Resume => Input::Resume,
                    Act::FinishDone => Input::SessionFinished(
                        vec![ExerciseOutcome::Done, ExerciseOutcome::Done].into(),
                    ),
                    Act::FinishPartial => Input::SessionFinished(
                        vec![ExerciseOutcome::Done, ExerciseOutcome::Partial].into(),
                    ),
                    Act::BreakNow(routine) => Input::BreakNow(routine.into()),
                    Act::OfferNow(routine) => Input::OfferNow(routine.into()),
                    Act::Dnd(on) => Input::DoNotDisturb(on),
                };
                self.handle(input)
            }
        }
    }

    /// Whole-run promises: interval breaks are first offered at least `every`
    /// of active time apart, and a day counts at most once.
    fn check_history(&self) -> Result<(), TestCaseError> {
        let desk = &self.config.breaks[0];
        let BreakWhen::Every(every) = desk.when else {
            return Ok(());
        };
        let offers: Vec<_> = self
            .log
            .iter()
            .filter(|(_, _, _, e)| {
                matches!(e, Effect::PersistHistory(HistoryEvent::Offered { break_name, .. }) if *break_name == desk.name)
            })
            .collect();
        for pair in offers.windows(2) {
            let (mono_a, wall_a, _, _) = pair[0];
            let (mono_b, wall_b, jumped_b, _) = pair[1];
            if self.asked.contains(mono_b) {
                continue;
            }
            prop_assert!(
                *mono_b - *mono_a >= every,
                "offered at {wall_a} and again at {wall_b}"
            );
            if !jumped_b {
                let worked = working_time(&self.config.working_hours, wall_a, wall_b);
                prop_assert!(worked >= every, "offered at {wall_a} and again at {wall_b}");
            }
        }
        let mut days_done: Vec<NaiveDate> = self
            .log
            .iter()
            .filter_map(|(_, _, _, e)| match e {
                Effect::PersistHistory(HistoryEvent::Completed {
                    day_done: true, at, ..
                }) => Some(at.date_naive()),
                _ => None,
            })
            .collect();
        let count = days_done.len();
        days_done.sort();
        days_done.dedup();
        prop_assert_eq!(days_done.len(), count, "a day counted twice");
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_engine_keeps_its_promises_whatever_happens(
        config in config(),
        start in start(),
        tick in prop_oneof![Just(60u64), Just(420), Just(1800)],
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mut desk = Desk::new(config, start, Duration::from_secs(tick));
        desk.check_deadline()?;
        for step in steps {
            desk.run(step)?;
        }
        desk.check_history()?;
    }
}
