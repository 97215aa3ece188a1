//! `cargo xtask bench --soak DURATION [--json FILE]`: keeps the release app
//! running for DURATION with its engine at the config's shortest intervals,
//! opens and closes the guided window over and over, acts on the
//! notifications the app sends, and reports RSS drift, leaked file
//! descriptors and threads. The method is in docs/bench.md ("Soak").
//!
//! A child module of `bench`, so it shares the bench's desktop, app and
//! /proc helpers without widening their visibility.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use desktop::Desktop;
use serde_json::{json, Value};

use super::{
    close_window, find_window, keep, memory, press, release_binary, routine_json, start_desktop,
    wait_for, Machine, Memory, Running, StandInBus,
};

const USAGE: &str = "usage: cargo xtask bench --soak DURATION [--json FILE]  \
                     (DURATION like 90s, 30m, 2h, 1h30m)";

/// Windows opened with `unknot start` in each round, before its notification.
const WINDOWS_PER_ROUND: u32 = 4;
/// Between the window appearing and Space: the audio output opens on its
/// own thread (the bench's cue timing waits as long).
const BEFORE_SPACE: Duration = Duration::from_secs(1);
/// How long the routine plays, with sound, before Escape.
const PLAY: Duration = Duration::from_secs(5);
/// After a window closed, before a sample counts as "window closed" (the
/// audio output and the window's buffers are being dropped meanwhile).
const SETTLE: Duration = Duration::from_secs(3);
/// Before the start and end snapshots, whose thread lists are compared:
/// tokio keeps an idle blocking-pool thread for 10 s.
const SNAPSHOT_SETTLE: Duration = Duration::from_secs(12);
const SAMPLE_EVERY: Duration = Duration::from_secs(10);
/// Every this many samples, `unknot status` and the tray item are checked.
const CHECK_EVERY: u32 = 6;
/// Longest wait for the app's own re-notification; the config's snooze and
/// reminder delay is 1 min.
const RENOTIFY_LIMIT: Duration = Duration::from_secs(100);
/// A soak stops early after this many failed steps.
const MAX_FAILURES: usize = 5;

struct Options {
    duration: Duration,
    json: Option<PathBuf>,
}

impl Options {
    fn parse(args: &[OsString]) -> Result<Options> {
        let mut duration = None;
        let mut json = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.to_str() {
                Some("--soak") => {
                    let text = args.next().and_then(|d| d.to_str()).context(USAGE)?;
                    duration = Some(parse_duration(text).with_context(|| USAGE.to_string())?);
                }
                Some("--json") => {
                    let file = args.next().context("--json needs a FILE")?;
                    json = Some(PathBuf::from(file));
                }
                _ => bail!("unknown soak argument {arg:?}\n{USAGE}"),
            }
        }
        Ok(Options {
            duration: duration.context(USAGE)?,
            json,
        })
    }
}

/// "90s", "30m", "2h", "1h30m": whole numbers, each with h, m or s.
fn parse_duration(text: &str) -> Result<Duration> {
    let mut total = 0u64;
    let mut digits = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => bail!("{text:?}: expected a duration like 90s, 30m, 2h or 1h30m"),
        };
        let n: u64 = digits
            .parse()
            .map_err(|_| anyhow!("{text:?}: a number must come before {c:?}"))?;
        total = n
            .checked_mul(unit)
            .and_then(|s| total.checked_add(s))
            .context("the duration is too long")?;
        digits.clear();
    }
    if !digits.is_empty() {
        bail!("{text:?}: the number at the end needs a unit (h, m or s)");
    }
    if total == 0 {
        bail!("{text:?}: the soak must last at least a second");
    }
    Ok(Duration::from_secs(total))
}

pub(crate) fn run(args: &[OsString]) -> Result<()> {
    let opts = Options::parse(args)?;
    let binary = release_binary()?;
    let machine = Machine::read();
    eprintln!("soak: {}", machine.line());

    let desktop = start_desktop()?;
    let system = StandInBus::start(&desktop)?;
    let config = desktop.home().join(".config/unknot/config.json");
    write_config(&config)?;
    let title = routine_json(&binary, &config, "desk-reset")?["title"]
        .as_str()
        .unwrap_or("Desk reset")
        .to_string();

    let mut app = Running::spawn(
        "unknot",
        desktop
            .command(&binary)
            .env("DBUS_SYSTEM_BUS_ADDRESS", &system.address)
            .env("RUST_BACKTRACE", "1"),
    )?;
    let soak = Soak {
        desktop: &desktop,
        binary: &binary,
        title,
        pid: app.pid(),
        t0: Instant::now(),
        phase: Mutex::new(Phase {
            window_open: false,
            since: Instant::now(),
        }),
        samples: Mutex::new(Vec::new()),
        checks: Mutex::new(Checks::default()),
        stop: AtomicBool::new(false),
        asking: Mutex::new(()),
    };
    if wait_for(Duration::from_secs(20), || soak.status()).is_none() {
        app.check_alive()?;
        bail!("unknot never answered `status`: {}", app.tail());
    }
    eprintln!(
        "soak: unknot {} is up; soaking for {}",
        soak.pid,
        minutes(opts.duration.as_secs_f64())
    );

    let mut drive = Drive::default();
    std::thread::scope(|s| {
        s.spawn(|| soak.sample_loop());
        soak.drive(&mut app, opts.duration, &mut drive);
        soak.stop.store(true, Ordering::Relaxed);
    });

    app.quit(&desktop, &binary);
    keep("soak-unknot.stderr", app.lines().join("\n").as_bytes());
    let samples = soak.samples.lock().map(|s| s.clone()).unwrap_or_default();
    keep("soak-samples.csv", samples_csv(&samples).as_bytes());
    let checks = soak.checks.lock().map(|c| c.clone()).unwrap_or_default();
    let report = Report::new(&drive, &samples, &checks, opts.duration);

    println!(
        "unknot bench --soak {} · {}\n",
        minutes(opts.duration.as_secs_f64()),
        machine.line()
    );
    println!("{}", report.markdown());
    if let Some(path) = &opts.json {
        let mut doc = report.to_json();
        doc["machine"] = machine.to_json();
        doc["samples"] = samples.iter().map(Sample::to_json).collect();
        let text = serde_json::to_string_pretty(&doc).context("encoding the JSON report")?;
        std::fs::write(path, text + "\n").with_context(|| format!("writing {}", path.display()))?;
        eprintln!("soak: wrote {}", path.display());
    }
    if let Some(fatal) = &drive.fatal {
        bail!("the soak ended early: {fatal}");
    }
    Ok(())
}

/// The desk break at the shortest interval the config allows (5 min), and
/// snooze and reminders at their shortest (1 min), so the engine's own
/// timers fire during the soak. Working hours all day, every day; idle never
/// counts as a natural break (1 h), so no quiet stretch resets the engine;
/// sound and voice on, as in the bench.
fn write_config(path: &Path) -> Result<()> {
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| (d.to_string(), json!(["00:00-24:00"])))
        .collect::<serde_json::Map<_, _>>();
    let config = json!({
        "version": 1,
        "working_hours": days,
        "breaks": [{"name": "Desk reset", "routine": "desk-reset", "every": "5m"}],
        "snooze": {"length": "1m", "max_per_break": 3},
        "reminders": {"repeat_after": "1m", "max_repeats": 2},
        "natural_break": "1h",
        "sound": {"enabled": true, "volume": 70, "voice": true}
    });
    let dir = path.parent().context("the config has a folder")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let text = serde_json::to_string_pretty(&config).context("encoding the config")?;
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

/// Whether the window is open, and since when.
struct Phase {
    window_open: bool,
    since: Instant,
}

#[derive(Clone)]
struct Sample {
    /// Seconds since the app answered first.
    at_s: f64,
    /// The window was closed and had been for at least `SETTLE`.
    closed: bool,
    mem: Memory,
    fds: usize,
    threads: usize,
}

impl Sample {
    fn to_json(&self) -> Value {
        json!({
            "at_s": (self.at_s * 10.0).round() / 10.0, "window_closed": self.closed,
            "rss_kb": self.mem.rss_kb, "pss_kb": self.mem.pss_kb, "pss_anon_kb": self.mem.pss_anon_kb,
            "pss_file_kb": self.mem.pss_file_kb, "fds": self.fds, "threads": self.threads,
        })
    }
}

/// A sample plus what the fds point at and the threads' names.
#[derive(Clone)]
struct Snapshot {
    sample: Sample,
    fds: Vec<(u32, String)>,
    threads: Vec<String>,
}

#[derive(Clone, Default)]
struct Checks {
    status_ok: u32,
    status_failed: u32,
    /// Failures in a row; two make the soak stop.
    status_failed_in_row: u32,
    tray_ok: u32,
    tray_missing: u32,
}

/// What the driving loop did and saw.
#[derive(Default)]
struct Drive {
    rounds: u32,
    windows_by_cli: u32,
    windows_by_notification: u32,
    /// Notifications that appeared: after `break-now`, at a snooze's end, as
    /// a reminder, and any the interval timer sent on its own.
    notified_break_now: u32,
    notified_snooze_end: u32,
    notified_reminder: u32,
    notified_interval: u32,
    snoozed_dunst: u32,
    snoozed_cli: u32,
    skipped_dunst: u32,
    skipped_cli: u32,
    started_dunst: u32,
    dismissed: u32,
    /// (seconds since the start, what failed).
    failures: Vec<(f64, String)>,
    /// Why the soak stopped before its time, if it did.
    fatal: Option<String>,
    start: Option<Snapshot>,
    end: Option<Snapshot>,
    elapsed_s: f64,
}

struct Soak<'a> {
    desktop: &'a Desktop,
    binary: &'a Path,
    title: String,
    pid: u32,
    t0: Instant,
    phase: Mutex<Phase>,
    samples: Mutex<Vec<Sample>>,
    checks: Mutex<Checks>,
    stop: AtomicBool,
    /// Held while the sampler talks to the app, so a snapshot never counts
    /// the sampler's own connection as an open fd.
    asking: Mutex<()>,
}

impl Soak<'_> {
    // ---- the driving loop ----

    /// Rounds until `duration` has passed since the start: `WINDOWS_PER_ROUND`
    /// windows by `unknot start`, then one notification, acted on in turn
    /// three ways (see `notification`).
    fn drive(&self, app: &mut Running, duration: Duration, drive: &mut Drive) {
        let deadline = self.t0 + duration;
        let mut step = 0u32;
        let first = self.window_by_cli(drive);
        if let Err(e) = first.and_then(|()| app.check_alive()) {
            drive.fatal = Some(format!("the first window: {e:#}"));
            return;
        }
        std::thread::sleep(SNAPSHOT_SETTLE);
        drive.start = self.snapshot();
        while Instant::now() < deadline {
            let result = if step % (WINDOWS_PER_ROUND + 1) < WINDOWS_PER_ROUND {
                self.window_by_cli(drive)
            } else {
                let kind = drive.rounds % 3;
                drive.rounds += 1;
                self.notification(kind, drive)
            };
            step += 1;
            if let Err(e) = app.check_alive() {
                drive.fatal = Some(format!("{e:#}"));
                break;
            }
            if let Err(e) = result {
                let at = self.t0.elapsed().as_secs_f64();
                eprintln!("soak: {}: {e:#}", minutes(at));
                drive.failures.push((at, format!("{e:#}")));
                self.recover();
                if drive.failures.len() >= MAX_FAILURES {
                    drive.fatal = Some(format!("{MAX_FAILURES} steps failed"));
                    break;
                }
            }
            if self
                .checks
                .lock()
                .is_ok_and(|c| c.status_failed_in_row >= 2)
            {
                drive.fatal = Some("`unknot status` stopped answering".into());
                break;
            }
        }
        if drive.fatal.is_none() {
            std::thread::sleep(SNAPSHOT_SETTLE);
            drive.end = self.snapshot();
        }
        drive.elapsed_s = self.t0.elapsed().as_secs_f64();
    }

    /// `unknot start desk-reset`, then the window played for a few seconds.
    fn window_by_cli(&self, drive: &mut Drive) -> Result<()> {
        if self.displayed().unwrap_or(0) > 0 {
            // Only the interval timer notifies between rounds; `start` then
            // opens that pending break.
            drive.notified_interval += 1;
        }
        self.cli(&["start", "desk-reset"])?;
        self.play_window()?;
        drive.windows_by_cli += 1;
        Ok(())
    }

    /// Finds the window, presses Space, lets the routine play with sound,
    /// presses Escape and waits until the session is over.
    fn play_window(&self) -> Result<()> {
        let win = wait_for(Duration::from_secs(10), || {
            find_window(self.desktop, &self.title)
        })
        .with_context(|| format!("no window {:?} appeared in 10 s", self.title))?;
        self.set_window_open(true);
        std::thread::sleep(BEFORE_SPACE);
        press(self.desktop, &win, "space")?;
        std::thread::sleep(PLAY);
        close_window(self.desktop, &self.title);
        if find_window(self.desktop, &self.title).is_some() {
            bail!("the window was still open 5 s after Escape");
        }
        self.set_window_open(false);
        self.wait_state("the session to end", Duration::from_secs(10), |s| {
            s["state"] != "in-break"
        })
    }

    /// One notification from `unknot break-now`, then by `kind`:
    /// 0. Snooze from the notification (dunst); the engine notifies again
    ///    when the snooze ends; Skip from the notification.
    /// 1. Dismissed in dunst, left unanswered; the engine's reminder shows
    ///    it again; Start from the notification, and the window plays.
    /// 2. `unknot snooze`; notified again at its end; `unknot skip`.
    fn notification(&self, kind: u32, drive: &mut Drive) -> Result<()> {
        self.cli(&["break-now", "desk-reset"])?;
        self.wait_notification("the break-now notification", Duration::from_secs(10))?;
        drive.notified_break_now += 1;
        match kind {
            0 => {
                self.act("snooze")?;
                self.wait_snoozed()?;
                drive.snoozed_dunst += 1;
                self.wait_notification("the notification at the snooze's end", RENOTIFY_LIMIT)?;
                drive.notified_snooze_end += 1;
                self.act("skip")?;
                self.wait_state("idle after Skip", Duration::from_secs(10), |s| {
                    s["state"] == "idle"
                })?;
                drive.skipped_dunst += 1;
            }
            1 => {
                self.dunstctl(&["close"])?;
                let gone = wait_for(Duration::from_secs(5), || {
                    (self.displayed() == Some(0)).then_some(())
                });
                gone.context("the dismissed notification stayed on screen")?;
                drive.dismissed += 1;
                self.wait_notification("the reminder", RENOTIFY_LIMIT)?;
                drive.notified_reminder += 1;
                // The notification's default action is Start.
                self.dunstctl(&["action", "0"])?;
                drive.started_dunst += 1;
                self.play_window()?;
                drive.windows_by_notification += 1;
            }
            _ => {
                self.cli(&["snooze"])?;
                self.wait_snoozed()?;
                drive.snoozed_cli += 1;
                self.wait_notification("the notification at the snooze's end", RENOTIFY_LIMIT)?;
                drive.notified_snooze_end += 1;
                self.cli(&["skip"])?;
                self.wait_state("idle after skip", Duration::from_secs(10), |s| {
                    s["state"] == "idle"
                })?;
                drive.skipped_cli += 1;
            }
        }
        Ok(())
    }

    /// A break is due, dunst shows its notification and the app listens for
    /// the click.
    fn wait_notification(&self, what: &str, limit: Duration) -> Result<()> {
        let shown = wait_for(limit, || {
            let status = self.status()?;
            let due = status["state"] == "due"
                && status["notification"]["awaiting_action"] == true
                && self.displayed()? > 0;
            due.then_some(())
        });
        shown.with_context(|| format!("{what} did not appear in {} s", limit.as_secs()))
    }

    fn wait_snoozed(&self) -> Result<()> {
        self.wait_state("snoozed, off screen", Duration::from_secs(10), |s| {
            s["state"] == "snoozed" && self.displayed() == Some(0)
        })
    }

    fn wait_state(
        &self,
        what: &str,
        limit: Duration,
        ready: impl Fn(&Value) -> bool,
    ) -> Result<()> {
        let mut last = Value::Null;
        let reached = wait_for(limit, || {
            last = self.status()?;
            ready(&last).then_some(())
        });
        reached.with_context(|| format!("no {what} in {} s; status: {last}", limit.as_secs()))
    }

    /// After a failed step: no window, nothing pending, nothing on screen.
    fn recover(&self) {
        close_window(self.desktop, &self.title);
        self.set_window_open(false);
        let _ = self.cli(&["skip"]);
        let _ = self.dunstctl(&["close-all"]);
        std::thread::sleep(Duration::from_secs(1));
    }

    fn set_window_open(&self, open: bool) {
        if let Ok(mut phase) = self.phase.lock() {
            if phase.window_open != open {
                *phase = Phase {
                    window_open: open,
                    since: Instant::now(),
                };
            }
        }
    }

    // ---- talking to the app and the desktop ----

    /// `unknot ARGS`, bounded by `timeout`; fails unless it exits 0.
    fn cli(&self, args: &[&str]) -> Result<String> {
        let out = self
            .desktop
            .command("timeout")
            .arg("10")
            .arg(self.binary)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .context("running unknot")?;
        if !out.status.success() {
            bail!(
                "unknot {} failed ({}): {}",
                args.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn status(&self) -> Option<Value> {
        serde_json::from_str(&self.cli(&["status", "--json"]).ok()?).ok()
    }

    fn dunstctl(&self, args: &[&str]) -> Result<()> {
        let status = self
            .desktop
            .command("dunstctl")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .context("running dunstctl")?;
        if !status.success() {
            bail!("dunstctl {} failed ({status})", args.join(" "));
        }
        Ok(())
    }

    /// How many notifications dunst shows; `None` if it cannot say.
    fn displayed(&self) -> Option<u32> {
        let out = self
            .desktop
            .command("dunstctl")
            .args(["count", "displayed"])
            .stderr(Stdio::null())
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    }

    /// Picks the action whose label holds `label` from dunst's context menu.
    fn act(&self, label: &str) -> Result<()> {
        // The harness panics (it is test code) if dunstctl fails.
        let picked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.desktop.invoke_action(label)
        }));
        picked.map_err(|_| anyhow!("dunstctl context failed to pick {label:?}"))
    }

    // ---- sampling ----

    /// Every `SAMPLE_EVERY`: memory, fds and threads; every `CHECK_EVERY`th
    /// time also `unknot status` and the tray item. Runs until `stop`.
    fn sample_loop(&self) {
        let mut n = 0u32;
        let mut next = Instant::now();
        while !self.stop.load(Ordering::Relaxed) {
            if Instant::now() < next {
                std::thread::sleep(Duration::from_millis(200));
                continue;
            }
            next += SAMPLE_EVERY;
            let Some(sample) = self.sample() else {
                // The app is gone; the driving loop sees it too.
                break;
            };
            if n.is_multiple_of(CHECK_EVERY) {
                self.check();
                eprintln!(
                    "soak: {} RSS {:.1} MB, PSS anon {:.1} MB, {} fds, {} threads",
                    minutes(sample.at_s),
                    sample.mem.rss_mb(),
                    sample.mem.pss_anon_kb as f64 * 1.024e-3,
                    sample.fds,
                    sample.threads
                );
            }
            if let Ok(mut all) = self.samples.lock() {
                all.push(sample);
            }
            n += 1;
        }
    }

    fn sample(&self) -> Option<Sample> {
        let closed = self
            .phase
            .lock()
            .is_ok_and(|p| !p.window_open && p.since.elapsed() >= SETTLE);
        let at_s = self.t0.elapsed().as_secs_f64();
        let mem = memory(self.pid).ok()?;
        let count = |dir: &str| {
            std::fs::read_dir(format!("/proc/{}/{dir}", self.pid)).map_or(0, |d| d.count())
        };
        Some(Sample {
            at_s,
            closed,
            mem,
            fds: count("fd"),
            threads: count("task"),
        })
    }

    fn check(&self) {
        let _asking = self.asking.lock();
        let answered = self.status().is_some();
        let tray = self.desktop.tray_items().is_some_and(|i| !i.is_empty());
        if let Ok(mut c) = self.checks.lock() {
            if answered {
                c.status_ok += 1;
                c.status_failed_in_row = 0;
            } else {
                c.status_failed += 1;
                c.status_failed_in_row += 1;
            }
            if tray {
                c.tray_ok += 1;
            } else {
                c.tray_missing += 1;
            }
        }
    }

    /// A sample with every fd's target and every thread's name.
    fn snapshot(&self) -> Option<Snapshot> {
        let _quiet = self.asking.lock();
        let mut sample = self.sample()?;
        sample.closed = true;
        let mut fds: Vec<(u32, String)> = std::fs::read_dir(format!("/proc/{}/fd", self.pid))
            .ok()?
            .flatten()
            .filter_map(|e| {
                let fd = e.file_name().to_str()?.parse().ok()?;
                let target = std::fs::read_link(e.path()).ok()?;
                Some((fd, target.to_string_lossy().into_owned()))
            })
            .collect();
        fds.sort();
        let mut threads: Vec<String> = std::fs::read_dir(format!("/proc/{}/task", self.pid))
            .ok()?
            .flatten()
            .filter_map(|t| std::fs::read_to_string(t.path().join("comm")).ok())
            .map(|c| c.trim().to_string())
            .collect();
        threads.sort();
        Some(Snapshot {
            sample,
            fds,
            threads,
        })
    }
}

// ---- the report ----

struct Report<'a> {
    drive: &'a Drive,
    checks: &'a Checks,
    planned: Duration,
    max: Option<Sample>,
    /// Window-closed samples from the start snapshot on: (hours, RSS MB, PSS anon MB).
    closed: Vec<(f64, f64, f64)>,
}

impl<'a> Report<'a> {
    fn new(drive: &'a Drive, samples: &[Sample], checks: &'a Checks, planned: Duration) -> Self {
        let from = drive.start.as_ref().map_or(0.0, |s| s.sample.at_s);
        let mut closed: Vec<(f64, f64, f64)> = samples
            .iter()
            .filter(|s| s.closed && s.at_s >= from)
            .map(|s| {
                (
                    s.at_s / 3600.0,
                    s.mem.rss_mb(),
                    s.mem.pss_anon_kb as f64 * 1.024e-3,
                )
            })
            .collect();
        if let Some(end) = &drive.end {
            let s = &end.sample;
            closed.push((
                s.at_s / 3600.0,
                s.mem.rss_mb(),
                s.mem.pss_anon_kb as f64 * 1.024e-3,
            ));
        }
        let max = samples
            .iter()
            .chain(drive.end.iter().map(|e| &e.sample))
            .max_by_key(|s| s.mem.rss_kb)
            .cloned();
        Report {
            drive,
            checks,
            planned,
            max,
            closed,
        }
    }

    /// Slope (MB per hour) over all window-closed samples, and over the
    /// second half of them (after any warm-up).
    fn drift(&self, pick: fn(&(f64, f64, f64)) -> f64) -> (Option<f64>, Option<f64>) {
        let points: Vec<(f64, f64)> = self.closed.iter().map(|p| (p.0, pick(p))).collect();
        let half = points.len() / 2;
        (slope(&points), slope(&points[half..]))
    }

    fn markdown(&self) -> String {
        let d = self.drive;
        let mb = |kb: u64| kb as f64 * 1.024e-3;
        let mut rows: Vec<(String, String, String)> = Vec::new();
        rows.push((
            "duration".into(),
            format!(
                "{} (asked {})",
                minutes(d.elapsed_s),
                minutes(self.planned.as_secs_f64())
            ),
            "from the app answering to the last sample".into(),
        ));
        rows.push((
            "windows opened and closed".into(),
            format!(
                "{} ({} by `unknot start`, {} by a notification's Start)",
                d.windows_by_cli + d.windows_by_notification,
                d.windows_by_cli,
                d.windows_by_notification
            ),
            format!(
                "each: Space {} s after it appeared, {} s of desk-reset with sound, Escape; rounds: {}",
                BEFORE_SPACE.as_secs(),
                PLAY.as_secs(),
                d.rounds
            ),
        ));
        let timed = d.notified_snooze_end + d.notified_reminder + d.notified_interval;
        rows.push((
            "notifications seen".into(),
            format!(
                "{} ({} after `break-now`, {} from the engine's timers)",
                d.notified_break_now + timed,
                d.notified_break_now,
                timed
            ),
            format!(
                "from the timers: snooze ended {}, reminder {}, interval {}; acted on: snooze {} \
                 in dunst and {} by CLI, skip {} in dunst and {} by CLI, Start {} in dunst, \
                 dismissed {}",
                d.notified_snooze_end,
                d.notified_reminder,
                d.notified_interval,
                d.snoozed_dunst,
                d.snoozed_cli,
                d.skipped_dunst,
                d.skipped_cli,
                d.started_dunst,
                d.dismissed
            ),
        ));
        let start = d.start.as_ref().map(|s| &s.sample);
        let end = d.end.as_ref().map(|s| &s.sample);
        let show = |s: Option<&Sample>, f: fn(&Sample) -> String| s.map_or("n/a".into(), f);
        rows.push((
            "RSS start / max / end".into(),
            format!(
                "{} / {} / {} MB",
                show(start, |s| format!("{:.1}", s.mem.rss_mb())),
                show(self.max.as_ref(), |s| format!("{:.1}", s.mem.rss_mb())),
                show(end, |s| format!("{:.1}", s.mem.rss_mb())),
            ),
            format!(
                "smaps_rollup; start {} s after the first window closed, end {} s after the last; \
                 max over every sample (window open or not)",
                SNAPSHOT_SETTLE.as_secs(),
                SNAPSHOT_SETTLE.as_secs()
            ),
        ));
        rows.push((
            "PSS anon / file, start → end".into(),
            match (start, end) {
                (Some(a), Some(b)) => format!(
                    "{:.1} → {:.1} / {:.1} → {:.1} MB",
                    mb(a.mem.pss_anon_kb),
                    mb(b.mem.pss_anon_kb),
                    mb(a.mem.pss_file_kb),
                    mb(b.mem.pss_file_kb)
                ),
                _ => "n/a".into(),
            },
            "anonymous memory is where a heap leak shows".into(),
        ));
        let per_hour = |v: Option<f64>| v.map_or("n/a".into(), |v| format!("{v:+.2} MB/h"));
        let (rss_all, rss_late) = self.drift(|p| p.1);
        let (anon_all, anon_late) = self.drift(|p| p.2);
        rows.push((
            "RSS drift".into(),
            format!("{} (second half {})", per_hour(rss_all), per_hour(rss_late)),
            format!(
                "least-squares line through the {} samples taken with the window closed \
                 (≥ {} s after Escape), so the open-window sawtooth does not tilt it",
                self.closed.len(),
                SETTLE.as_secs()
            ),
        ));
        rows.push((
            "PSS anon drift".into(),
            format!(
                "{} (second half {})",
                per_hour(anon_all),
                per_hour(anon_late)
            ),
            "same samples".into(),
        ));
        let (fd_value, fd_note) = match (&d.start, &d.end) {
            (Some(a), Some(b)) => {
                let new = new_fds(a, b);
                let leaked = b.fds.len() as i64 - a.fds.len() as i64;
                (
                    format!("{} / {} ({leaked:+} leaked)", a.fds.len(), b.fds.len()),
                    if new.is_empty() {
                        "/proc/PID/fd; no fd at the end that was not there at the start".into()
                    } else {
                        format!("/proc/PID/fd; new at the end: {}", new.join(", "))
                    },
                )
            }
            _ => ("n/a".into(), "no start or end snapshot".into()),
        };
        rows.push(("open fds start / end".into(), fd_value, fd_note));
        rows.push((
            "threads start / end".into(),
            match (&d.start, &d.end) {
                (Some(a), Some(b)) => format!("{} / {}", a.threads.len(), b.threads.len()),
                _ => "n/a".into(),
            },
            match (&d.start, &d.end) {
                (Some(a), Some(b)) if a.threads == b.threads => {
                    format!("the same: {}", a.threads.join(", "))
                }
                (Some(a), Some(b)) => {
                    format!(
                        "start: {}; end: {}",
                        a.threads.join(", "),
                        b.threads.join(", ")
                    )
                }
                _ => String::new(),
            },
        ));
        let c = self.checks;
        rows.push((
            "`unknot status` answered".into(),
            format!("{} of {}", c.status_ok, c.status_ok + c.status_failed),
            format!(
                "checked every {} s (beside the loop's own status calls); tray item registered \
                 in {} of {}",
                SAMPLE_EVERY.as_secs() * CHECK_EVERY as u64,
                c.tray_ok,
                c.tray_ok + c.tray_missing
            ),
        ));
        let failures = if d.failures.is_empty() && d.fatal.is_none() {
            "none".to_string()
        } else {
            let mut all: Vec<String> = d
                .failures
                .iter()
                .map(|(at, what)| format!("{}: {what}", minutes(*at)))
                .collect();
            if let Some(fatal) = &d.fatal {
                all.push(format!("stopped: {fatal}"));
            }
            all.join("; ")
        };
        rows.push(("failures".into(), failures, String::new()));

        let mut out = String::from("| figure | value | how |\n| --- | --- | --- |\n");
        for (figure, value, how) in rows {
            out.push_str(&format!("| {figure} | {value} | {how} |\n"));
        }
        out
    }

    fn to_json(&self) -> Value {
        let d = self.drive;
        let snap = |s: &Option<Snapshot>| {
            s.as_ref().map(|s| {
                json!({
                    "sample": s.sample.to_json(),
                    "fds": s.fds.iter().map(|(fd, t)| json!([fd, t])).collect::<Vec<_>>(),
                    "threads": s.threads,
                })
            })
        };
        let (rss_all, rss_late) = self.drift(|p| p.1);
        let (anon_all, anon_late) = self.drift(|p| p.2);
        json!({
            "planned_s": self.planned.as_secs(),
            "elapsed_s": d.elapsed_s,
            "rounds": d.rounds,
            "windows": {"by_cli": d.windows_by_cli, "by_notification": d.windows_by_notification},
            "notifications": {
                "break_now": d.notified_break_now, "snooze_end": d.notified_snooze_end,
                "reminder": d.notified_reminder, "interval": d.notified_interval,
            },
            "actions": {
                "snoozed_dunst": d.snoozed_dunst, "snoozed_cli": d.snoozed_cli,
                "skipped_dunst": d.skipped_dunst, "skipped_cli": d.skipped_cli,
                "started_dunst": d.started_dunst, "dismissed": d.dismissed,
            },
            "start": snap(&d.start),
            "end": snap(&d.end),
            "max_rss_kb": self.max.as_ref().map(|s| s.mem.rss_kb),
            "drift_mb_per_h": {
                "rss": rss_all, "rss_second_half": rss_late,
                "pss_anon": anon_all, "pss_anon_second_half": anon_late,
            },
            "status_checks": {"ok": self.checks.status_ok, "failed": self.checks.status_failed},
            "tray_checks": {"ok": self.checks.tray_ok, "missing": self.checks.tray_missing},
            "failures": d.failures.iter().map(|(at, what)| json!({"at_s": at, "what": what})).collect::<Vec<_>>(),
            "fatal": d.fatal,
        })
    }
}

/// The fds open at the end that were not open (to the same target) at the
/// start, as "7 → socket:[123]".
fn new_fds(start: &Snapshot, end: &Snapshot) -> Vec<String> {
    end.fds
        .iter()
        .filter(|fd| !start.fds.contains(fd))
        .map(|(fd, target)| format!("{fd} → {target}"))
        .collect()
}

/// Least-squares slope of y over x; `None` with fewer than 3 points.
fn slope(points: &[(f64, f64)]) -> Option<f64> {
    if points.len() < 3 {
        return None;
    }
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

fn samples_csv(samples: &[Sample]) -> String {
    let mut out =
        String::from("at_s,window_closed,rss_kb,pss_kb,pss_anon_kb,pss_file_kb,fds,threads\n");
    for s in samples {
        out.push_str(&format!(
            "{:.1},{},{},{},{},{},{},{}\n",
            s.at_s,
            s.closed,
            s.mem.rss_kb,
            s.mem.pss_kb,
            s.mem.pss_anon_kb,
            s.mem.pss_file_kb,
            s.fds,
            s.threads
        ));
    }
    out
}

/// "29 min 58 s", "45 s".
fn minutes(seconds: f64) -> String {
    let s = seconds.round() as u64;
    match (s / 60, s % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::{minutes, parse_duration, slope};
    use std::time::Duration;

    #[test]
    fn durations_take_hours_minutes_and_seconds() {
        assert_eq!(parse_duration("90s").ok(), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("30m").ok(), Some(Duration::from_secs(1800)));
        assert_eq!(parse_duration("2h").ok(), Some(Duration::from_secs(7200)));
        assert_eq!(
            parse_duration("1h30m").ok(),
            Some(Duration::from_secs(5400))
        );
        for bad in ["", "30", "m", "0s", "1.5h", "30 m", "5d"] {
            assert!(parse_duration(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn the_slope_is_a_least_squares_fit() {
        let line: Vec<(f64, f64)> = (0..10).map(|i| (i as f64, 2.0 * i as f64 + 1.0)).collect();
        assert!((slope(&line).unwrap_or(0.0) - 2.0).abs() < 1e-9);
        assert_eq!(slope(&line[..2]), None);
        assert_eq!(slope(&[(1.0, 1.0), (1.0, 2.0), (1.0, 3.0)]), None);
    }

    #[test]
    fn minutes_read_well() {
        assert_eq!(minutes(45.2), "45 s");
        assert_eq!(minutes(1800.0), "30 min");
        assert_eq!(minutes(1798.0), "29 min 58 s");
    }
}
