//! `unknot schedule`: the real engine on a simulated clock, showing when breaks
//! would come if the user worked throughout (except the given idle periods)
//! and took every break. Pure and generic over the zone: the caller passes
//! the real "now" as the default `--from`.

use std::time::Duration;

use chrono::{DateTime, Duration as TimeDelta, FixedOffset, NaiveDateTime, TimeZone};
use serde::Serialize;

use super::calendar::{at_local, resolve};
use super::{BreakMemory, Effect, Engine, EngineState, Input, STATE_VERSION};
use crate::config::{self, BreakWhen, Config};
use crate::values::{ExerciseOutcome, Now};
use crate::{i18n, t};

/// The longest window one preview simulates.
const MAX_WINDOW_DAYS: i64 = 366;
/// Session lengths when a routine cannot be found or has no length.
const FALLBACK_DAILY: Duration = Duration::from_secs(10 * 60);
const FALLBACK_SHORT: Duration = Duration::from_secs(3 * 60);

/// The simulated window and the user's idle periods in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Window<Tz: TimeZone> {
    pub from: DateTime<Tz>,
    pub until: DateTime<Tz>,
    pub idle: Vec<Idle<Tz>>,
}

/// The user is away from `start` for `length`.
#[derive(Debug, Clone, PartialEq)]
pub struct Idle<Tz: TimeZone> {
    pub start: DateTime<Tz>,
    pub length: Duration,
}

/// What `--json` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub from: DateTime<FixedOffset>,
    pub until: DateTime<FixedOffset>,
    pub breaks: Vec<Planned>,
    /// When a shoulder check would show (a notification for its length, no
    /// session; the user lets it pass).
    pub shoulder_checks: Vec<DateTime<FixedOffset>>,
}

/// One notification the user would see.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Planned {
    pub at: DateTime<FixedOffset>,
    pub name: String,
    pub routine: String,
    /// How long the routine takes.
    pub duration_secs: u64,
    /// This is the daily-routine break.
    pub daily: bool,
    /// Exercises of the routine left out after pain (ids).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<String>,
}

/// The preview's arguments as the user typed them: local date-times
/// (`--from`, `--until`) and idle periods `START/DURATION`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WindowArgs {
    pub from: Option<String>,
    pub until: Option<String>,
    pub idle: Vec<String>,
}

/// Reads the arguments in zone `tz`; `now` is the default `--from`.
pub fn parse_args<Tz: TimeZone>(
    args: &WindowArgs,
    tz: &Tz,
    now: DateTime<Tz>,
) -> Result<Window<Tz>, String> {
    let from = match &args.from {
        Some(s) => parse_datetime(tz, s).map_err(|e| format!("--from: {e}"))?,
        None => now,
    };
    let until = match &args.until {
        Some(s) => parse_datetime(tz, s).map_err(|e| format!("--until: {e}"))?,
        None => from.clone() + TimeDelta::hours(24),
    };
    if until <= from {
        return Err(t!(
            "cli-schedule-until-before-from",
            until = until.naive_local().to_string(),
            from = from.naive_local().to_string()
        ));
    }
    if until.clone() - from.clone() > TimeDelta::days(MAX_WINDOW_DAYS) {
        return Err(t!("cli-schedule-too-long", days = MAX_WINDOW_DAYS));
    }
    let idle = args
        .idle
        .iter()
        .map(|s| parse_idle(tz, s).map_err(|e| format!("--idle: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Window { from, until, idle })
}

/// `2026-03-02T08:00`, `2026-03-02 08:00`, either with `:SS`, as local time in `tz`.
pub fn parse_datetime<Tz: TimeZone>(tz: &Tz, s: &str) -> Result<DateTime<Tz>, String> {
    const FORMATS: [&str; 4] = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ];
    let s = s.trim();
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .map(|local| resolve(tz, local))
        .ok_or_else(|| t!("cli-schedule-bad-datetime", found = format!("{s:?}")))
}

/// `START/DURATION`, e.g. `2026-03-02T12:30/45m`.
fn parse_idle<Tz: TimeZone>(tz: &Tz, s: &str) -> Result<Idle<Tz>, String> {
    let (start, length) = s
        .rsplit_once('/')
        .ok_or_else(|| t!("cli-schedule-bad-idle", found = format!("{s:?}")))?;
    let start = parse_datetime(tz, start)?;
    let length = crate::config::parse_duration(length.trim()).map_err(|e| {
        t!(
            "cli-schedule-bad-idle-length",
            error = e.to_string(),
            found = format!("{:?}", length.trim())
        )
    })?;
    Ok(Idle { start, length })
}

/// Runs the engine over the window: the user works throughout except the idle
/// periods, accepts each notification at once (or on coming back) and does
/// every exercise. Fixed-time breaks earlier on the first day count as offered.
pub fn simulate<Tz: TimeZone>(config: &Config, window: &Window<Tz>) -> Plan {
    simulate_after(config, window, super::Pains::default())
}

/// `simulate`, with the pain stops and left-out exercises the history has:
/// a break leaves those out, and one with nothing left is not offered.
pub fn simulate_after<Tz: TimeZone>(
    config: &Config,
    window: &Window<Tz>,
    pains: super::Pains,
) -> Plan {
    let mut sim = Simulation::new(config, window);
    sim.handle(Input::Pains(pains));
    sim.run();
    Plan {
        from: window.from.fixed_offset(),
        until: window.until.fixed_offset(),
        breaks: sim.planned,
        shoulder_checks: sim.checks,
    }
}

/// The idle periods as a timeline of the user leaving and coming back.
fn presence<Tz: TimeZone>(idle: &[Idle<Tz>]) -> Vec<(DateTime<Tz>, bool)> {
    let mut spans: Vec<(DateTime<Tz>, DateTime<Tz>)> = idle
        .iter()
        .map(|i| {
            let end = TimeDelta::from_std(i.length)
                .ok()
                .and_then(|d| i.start.clone().checked_add_signed(d))
                .unwrap_or_else(|| i.start.clone());
            (i.start.clone(), end)
        })
        .collect();
    spans.sort_by(|a, b| a.0.cmp(&b.0));
    // Overlapping periods are one absence.
    let mut merged: Vec<(DateTime<Tz>, DateTime<Tz>)> = vec![];
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => {
                if end > last.1 {
                    last.1 = end;
                }
            }
            _ => merged.push((start, end)),
        }
    }
    merged
        .into_iter()
        .flat_map(|(start, end)| [(start, false), (end, true)])
        .collect()
}

struct Simulation<'a, Tz: TimeZone> {
    config: &'a Config,
    engine: Engine<Tz>,
    start: DateTime<Tz>,
    until: DateTime<Tz>,
    wall: DateTime<Tz>,
    /// `(when, present)`: the user leaves (`false`) or comes back (`true`).
    presence: Vec<(DateTime<Tz>, bool)>,
    next_presence: usize,
    present: bool,
    /// A notification came while the user was away: accept it on return.
    accept_on_return: bool,
    /// The running session ends then, with this many exercises.
    session_end: Option<(DateTime<Tz>, usize)>,
    planned: Vec<Planned>,
    /// Each routine's session (length, exercises) by id, built once: the
    /// config stays the same for the whole simulation.
    sessions: std::collections::HashMap<(String, bool), (Duration, usize)>,
    checks: Vec<DateTime<FixedOffset>>,
}

impl<'a, Tz: TimeZone> Simulation<'a, Tz> {
    fn new(config: &'a Config, window: &Window<Tz>) -> Self {
        let from = window.from.clone();
        let engine = Engine::restore(config.clone(), first_day(config, &from), now(&from, &from));
        let mut sim = Simulation {
            config,
            engine,
            start: from.clone(),
            until: window.until.clone(),
            wall: from,
            presence: presence(&window.idle),
            next_presence: 0,
            present: true,
            accept_on_return: false,
            session_end: None,
            planned: vec![],
            sessions: std::collections::HashMap::new(),
            checks: vec![],
        };
        // Idle periods that ended before the window are of no interest.
        while sim
            .presence
            .get(sim.next_presence)
            .is_some_and(|(at, _)| *at < sim.wall)
        {
            sim.present = sim.presence[sim.next_presence].1;
            sim.next_presence += 1;
        }
        sim
    }

    fn run(&mut self) {
        if !self.present {
            self.handle(Input::UserIdleFor(Duration::ZERO));
        }
        self.react();
        // Every turn moves the clock forward or consumes an event; the cap
        // only guards against a config that would make the engine spin.
        for _ in 0..10_000_000u32 {
            let mut latest = self.until.clone();
            if let Some((at, _)) = self.presence.get(self.next_presence) {
                latest = latest.min(at.clone());
            }
            if let Some((at, _)) = &self.session_end {
                latest = latest.min(at.clone());
            }
            let next = self.engine.next_wake(latest);
            if next >= self.until {
                return;
            }
            self.wall = next.max(self.wall.clone());
            let input = if let Some((_, exercises)) =
                self.session_end.take_if(|(at, _)| *at <= self.wall)
            {
                Input::SessionFinished(vec![ExerciseOutcome::Done; exercises.max(1)].into())
            } else if let Some((_, present)) = self
                .presence
                .get(self.next_presence)
                .filter(|(at, _)| *at <= self.wall)
                .cloned()
            {
                self.next_presence += 1;
                self.present = present;
                if present {
                    Input::UserActive
                } else {
                    Input::UserIdleFor(Duration::ZERO)
                }
            } else {
                Input::Tick
            };
            self.handle(input);
            self.react();
            if self.present && std::mem::take(&mut self.accept_on_return) {
                self.handle(Input::Start);
                self.react();
            }
        }
    }

    fn handle(&mut self, input: Input) {
        let now = now(&self.start, &self.wall);
        self.engine.handle(input, now);
    }

    /// `session` of this routine, worked out once per simulation.
    fn session(&mut self, routine: &str, daily: bool) -> (Duration, usize) {
        let config = self.config;
        *self
            .sessions
            .entry((routine.to_owned(), daily))
            .or_insert_with(|| session(config, routine, daily))
    }

    /// Performs the effects like a user who takes every break.
    fn react(&mut self) {
        while let Some(effect) = self.engine.poll_effect() {
            match effect {
                Effect::Notify {
                    break_name,
                    routine,
                    left_out,
                    ..
                } => {
                    let daily = self
                        .config
                        .breaks
                        .iter()
                        .any(|b| b.daily && b.name == break_name);
                    let (length, _) = self.session(&routine, daily);
                    self.planned.push(Planned {
                        at: self.wall.fixed_offset(),
                        name: break_name,
                        routine,
                        duration_secs: length.as_secs(),
                        daily,
                        left_out: left_out.into_iter().map(|o| o.exercise).collect(),
                    });
                    if self.present {
                        self.handle(Input::Start);
                    } else {
                        self.accept_on_return = true;
                    }
                }
                // Read and let pass: it ends itself.
                Effect::ShoulderCheck { .. } => self.checks.push(self.wall.fixed_offset()),
                Effect::OpenGuidedWindow {
                    break_name,
                    routine,
                    ..
                } => {
                    let daily = self
                        .config
                        .breaks
                        .iter()
                        .any(|b| b.daily && b.name == break_name);
                    let (length, exercises) = self.session(&routine, daily);
                    let end = self.wall.clone() + TimeDelta::from_std(length).unwrap_or_default();
                    self.session_end = Some((end, exercises));
                }
                Effect::WithdrawNotification => self.accept_on_return = false,
                Effect::Renotify { .. }
                | Effect::RaiseGuidedWindow
                | Effect::UpdateStatus(_)
                | Effect::PersistHistory(_)
                | Effect::EndShoulderCheck
                | Effect::WeeklySummary { .. } => {}
            }
        }
    }
}

/// The simulated `Now`: the monotonic clock runs with the wall clock from `start`.
fn now<Tz: TimeZone>(start: &DateTime<Tz>, wall: &DateTime<Tz>) -> Now<Tz> {
    let mono = (wall.clone() - start.clone()).to_std().unwrap_or_default();
    Now::new(mono, wall.clone())
}

/// The state the simulation starts from: fixed-time breaks before `from` on
/// its day already offered, as they would have been on a normal day.
fn first_day<Tz: TimeZone>(config: &Config, from: &DateTime<Tz>) -> EngineState {
    let tz = from.timezone();
    let today = from.naive_local().date();
    let breaks = config
        .breaks
        .iter()
        .filter_map(|rule| match rule.when {
            BreakWhen::At(time) if at_local(&tz, today, time) < *from => {
                let memory = BreakMemory {
                    active_ms: 0,
                    offered_on: Some(today),
                };
                Some((rule.name.clone(), memory))
            }
            _ => None,
        })
        .collect();
    EngineState {
        version: STATE_VERSION,
        saved_at: from.fixed_offset(),
        breaks,
        daily_done_on: None,
        summary_week: None,
        paused: None,
        pending: None,
        off_hours_ms: 0,
        keys_said: 0,
        check_active_ms: 0,
        check_told: true,
    }
}

/// How long a session of this routine takes, and how many exercises it has.
fn session(config: &Config, routine: &str, daily: bool) -> (Duration, usize) {
    let fallback = if daily {
        FALLBACK_DAILY
    } else {
        FALLBACK_SHORT
    };
    match config.routine(routine) {
        Some(r) => {
            let total = crate::routine::compile(&r).total_ms;
            let length = if total == 0 {
                fallback
            } else {
                Duration::from_millis(total)
            };
            (length, r.exercises.len())
        }
        None => (fallback, 1),
    }
}

/// The plan as a table, one notification a line, in the current language.
pub fn table(plan: &Plan) -> String {
    let mut out = t!(
        "cli-schedule-head",
        from = moment(&plan.from),
        until = moment(&plan.until)
    );
    out.push('\n');
    if plan.breaks.is_empty() {
        out.push_str(&format!("  {}\n", t!("cli-schedule-none")));
        return out;
    }
    let names: Vec<String> = plan
        .breaks
        .iter()
        .map(|b| config::shown_break_name(&b.name))
        .collect();
    let name_width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let routine_width = plan
        .breaks
        .iter()
        .map(|b| b.routine.chars().count())
        .max()
        .unwrap_or(0);
    for (b, name) in plan.breaks.iter().zip(&names) {
        let without = if b.left_out.is_empty() {
            String::new()
        } else {
            let exercises = b.left_out.join(", ");
            format!("  {}", t!("cli-schedule-without", exercises = exercises))
        };
        out.push_str(&format!(
            "{}  {:name_width$}  {:routine_width$}  {}{without}\n",
            moment(&b.at),
            name,
            b.routine,
            length(b.duration_secs),
        ));
    }
    // The shoulder checks, a line a day, after the breaks.
    let mut days: Vec<(chrono::NaiveDate, Vec<String>)> = Vec::new();
    for at in &plan.shoulder_checks {
        let day = at.date_naive();
        let time = i18n::clock(*at);
        match days.last_mut() {
            Some((d, times)) if *d == day => times.push(time),
            _ => days.push((day, vec![time])),
        }
    }
    for (day, times) in days {
        out.push_str(&t!(
            "cli-schedule-checks",
            date = i18n::weekday_numeric_date(day),
            n = times.len(),
            times = times.join(" ")
        ));
        out.push('\n');
    }
    out
}

/// A moment of the table: "Mon 2026-03-02 09:50", as wide every day.
fn moment(at: &DateTime<FixedOffset>) -> String {
    t!(
        "cli-schedule-at",
        date = i18n::weekday_numeric_date(*at),
        time = i18n::clock(*at)
    )
}

/// `3m`, `2m30s`, `45s`.
fn length(secs: u64) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s:02}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate, Weekday};
    use chrono_tz::Europe::Berlin;

    fn example() -> Config {
        crate::config::parse(crate::config::EXAMPLE.as_bytes(), "test").expect("the example parses")
    }

    fn args(from: Option<&str>, until: Option<&str>, idle: &[&str]) -> WindowArgs {
        WindowArgs {
            from: from.map(str::to_owned),
            until: until.map(str::to_owned),
            idle: idle.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn berlin(s: &str) -> DateTime<chrono_tz::Tz> {
        parse_datetime(&Berlin, s).expect("test time")
    }

    fn plan(from: &str, until: &str, idle: &[&str]) -> Plan {
        let window = parse_args(&args(Some(from), Some(until), idle), &Berlin, berlin(from))
            .expect("valid args");
        simulate(&example(), &window)
    }

    #[test]
    fn dates_and_times_come_in_four_spellings() {
        let want = berlin("2026-03-02T08:00");
        for s in [
            "2026-03-02T08:00",
            "2026-03-02 08:00",
            "2026-03-02T08:00:00",
            "2026-03-02 08:00:00",
        ] {
            assert_eq!(parse_datetime(&Berlin, s), Ok(want));
        }
        for bad in ["2026-03-02", "08:00", "tomorrow", "2026-13-02T08:00", ""] {
            assert!(parse_datetime(&Berlin, bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn bad_arguments_explain_themselves() {
        let now = berlin("2026-03-02 08:00");
        let err = |a: WindowArgs| parse_args(&a, &Berlin, now).expect_err("should fail");
        assert!(err(args(Some("monday"), None, &[])).starts_with("--from: expected"));
        assert!(err(args(None, Some("2026-03-01T08:00"), &[])).contains("must be after --from"));
        assert!(err(args(None, Some("2027-06-01T08:00"), &[])).contains("longer than"));
        assert!(err(args(None, None, &["2026-03-02T12:00"]))
            .starts_with("--idle: expected START/DURATION"));
        assert!(err(args(None, None, &["2026-03-02T12:00/soon"])).starts_with("--idle:"));
    }

    #[test]
    fn the_default_window_is_the_next_24_hours() {
        let now = berlin("2026-03-02 08:00");
        let window = parse_args(&args(None, None, &[]), &Berlin, now).expect("defaults");
        assert_eq!(window.from, now);
        assert_eq!(window.until, berlin("2026-03-03 08:00"));
    }

    #[test]
    fn a_working_week_has_desk_resets_and_one_daily_routine_a_day() {
        let plan = plan("2026-03-02T08:00", "2026-03-07T00:00", &[]);
        let times: Vec<NaiveDateTime> = plan.breaks.iter().map(|b| b.at.naive_local()).collect();
        assert_eq!(times[0], berlin("2026-03-02 09:50").naive_local());
        for b in &plan.breaks {
            let at = b.at.naive_local();
            assert!(at.weekday().num_days_from_monday() < 5, "{b:?}");
            assert!(at.format("%H:%M").to_string().as_str() >= "09:00", "{b:?}");
            assert!(at.format("%H:%M").to_string().as_str() < "18:00", "{b:?}");
        }
        let daily: Vec<String> = plan
            .breaks
            .iter()
            .filter(|b| b.daily)
            .map(|b| b.at.format("%a %H:%M").to_string())
            .collect();
        assert_eq!(
            daily,
            [
                "Mon 15:00",
                "Tue 15:00",
                "Wed 15:00",
                "Thu 15:00",
                "Fri 15:00"
            ]
        );
        // Between desk resets: 50 minutes of work plus the previous break.
        for pair in plan.breaks.windows(2) {
            let gap = pair[1].at - pair[0].at;
            if pair[0].at.date_naive() == pair[1].at.date_naive() && !pair[1].daily {
                let before = TimeDelta::seconds(pair[0].duration_secs as i64);
                assert_eq!(gap, TimeDelta::minutes(50) + before, "{pair:?}");
            }
        }
    }

    #[test]
    fn an_idle_period_is_a_natural_break() {
        let plan = plan(
            "2026-03-02T09:00",
            "2026-03-02T12:00",
            &["2026-03-02T09:30/20m"],
        );
        let first = plan.breaks.first().map(|b| b.at.naive_local());
        assert_eq!(first, Some(berlin("2026-03-02 10:40").naive_local()));
    }

    #[test]
    fn a_notification_while_away_is_taken_on_return() {
        // Idle 4 minutes over the desk reset at 09:50: below the threshold, so it
        // is notified, and taken at 09:52 when the user is back.
        let plan = plan(
            "2026-03-02T09:00",
            "2026-03-02T11:00",
            &["2026-03-02T09:48/4m"],
        );
        let times: Vec<_> = plan
            .breaks
            .iter()
            .map(|b| b.at.naive_local().time())
            .collect();
        let first = plan.breaks[0].duration_secs as i64;
        let second =
            berlin("2026-03-02 09:52") + TimeDelta::seconds(first) + TimeDelta::minutes(50);
        assert_eq!(
            times,
            [
                berlin("2026-03-02 09:50").naive_local().time(),
                second.naive_local().time()
            ]
        );
    }

    #[test]
    fn starting_after_the_daily_routine_time_does_not_offer_it_at_once() {
        let plan = plan("2026-03-02T16:00", "2026-03-02T18:00", &[]);
        assert!(plan.breaks.iter().all(|b| !b.daily));
    }

    #[test]
    fn a_simulated_year_has_one_daily_routine_per_working_day() {
        let plan = plan("2026-01-01T00:00", "2027-01-01T00:00", &[]);
        let weekdays = (0..365)
            .filter_map(|d| {
                NaiveDate::from_ymd_opt(2026, 1, 1)?.checked_add_days(chrono::Days::new(d))
            })
            .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .count();
        assert_eq!(plan.breaks.iter().filter(|b| b.daily).count(), weekdays);
        let desk = plan.breaks.iter().filter(|b| !b.daily).count();
        assert!(desk > weekdays * 6, "only {desk} desk resets in a year");
    }

    #[test]
    fn the_json_has_the_documented_shape() {
        let plan = plan("2026-03-02T09:00", "2026-03-02T10:00", &[]);
        let json = serde_json::to_value(&plan).expect("serializes");
        assert_eq!(json["from"], "2026-03-02T09:00:00+01:00");
        assert_eq!(json["until"], "2026-03-02T10:00:00+01:00");
        let first = &json["breaks"][0];
        assert_eq!(first["at"], "2026-03-02T09:50:00+01:00");
        assert_eq!(first["name"], "Desk reset");
        assert_eq!(first["routine"], "desk-reset");
        assert_eq!(first["daily"], false);
        assert!(first["duration_secs"].as_u64().is_some_and(|s| s > 0));
    }

    #[test]
    fn the_table_has_one_line_per_notification() {
        let plan = plan("2026-03-02T09:00", "2026-03-02T10:00", &[]);
        let table = table(&plan);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3, "{table}");
        assert!(
            lines[1].starts_with("Mon 2026-03-02 09:50  Desk reset  desk-reset  "),
            "{table}"
        );
        // The shoulder checks after the breaks, a line a day: every 20
        // minutes of work, 09:40 still 10 minutes clear of the desk reset.
        assert_eq!(lines[2], "Shoulder checks Mon 2026-03-02 (2): 09:20 09:40");
    }

    #[test]
    fn the_table_reads_in_the_language() {
        use crate::i18n::{scoped, Lang};
        let plan = plan("2026-03-02T09:00", "2026-03-02T10:00", &[]);
        let de = scoped(Lang::De, || table(&plan));
        let lines: Vec<&str> = de.lines().collect();
        assert!(
            lines[0].starts_with("Pausen von Mo 02.03.2026 09:00 bis Mo 02.03.2026 10:00"),
            "{de}"
        );
        assert!(lines[1].starts_with("Mo 02.03.2026 09:50  "), "{de}");
        assert_eq!(
            lines[2],
            "Schulter-Checks am Mo 02.03.2026 (2): 09:20 09:40"
        );
        let fr = scoped(Lang::Fr, || table(&plan));
        assert!(fr.contains("\nlun. 02/03/2026 09:50  "), "{fr}");
    }
}
