//! `unknot play`, `unknot preferences` and `unknot stats --window` with no
//! app running: a window process of our own (`unknot-session`, over the
//! same pipe the app uses), the session recorded through the engine as the
//! app would.

use std::io::{BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::Local;

use super::launch::Launch;
use super::restore::{load_config, restore_engine};
use super::ShellError;
use crate::config::{self, CheckIn, Config};
use crate::engine::{Effect, Engine, HistoryEvent, Input};
use crate::history::{self, History};
use crate::ipc::session::{
    decode, encode_request, DecodeError, FromWindow, LineReader, Read, ToWindow, MAX_LINE,
};
use crate::ipc::{self, Request, Response};
use crate::platform::clock::Clock;
use crate::routine::Level;
use crate::values::{ExerciseOutcome, SessionReport};

/// `unknot play ROUTINE`: forwarded to the running app if there is one,
/// else played in a window of our own.
pub fn play(flag: Option<&Path>, routine_id: &str) -> Result<(), ShellError> {
    match ipc::request(&Request::Play {
        routine: routine_id.to_string(),
    }) {
        Ok(Response::Error(e)) => return Err(ShellError::Refused(e)),
        Ok(_) => return Ok(()),
        Err(_) => {}
    }
    // A broken config is reported by `load_config`; the default plays.
    let (config, _) = load_config(flag);
    if config.routine(routine_id).is_none() {
        return Err(ShellError::NoRoutine(routine_id.to_owned()));
    }
    let mut standalone = Standalone::new(&config);
    let launch = standalone.start(routine_id);
    let Some(open) = launch.session(&config, routine_id, 0) else {
        return Err(ShellError::NoRoutine(routine_id.to_owned()));
    };
    let exercises = open.routine.exercises.len();
    let (outcome, reports) = window_of_our_own(ToWindow::Open(Box::new(open)), &config);
    let mut finished = false;
    for report in reports {
        match report {
            FromWindow::Finished { ended, .. } => {
                standalone.finish(ended);
                finished = true;
            }
            FromWindow::Rated { tension_after, .. } => standalone.rate(tension_after),
            _ => {}
        }
    }
    if !finished {
        // A window that never opened did nothing: recorded as all skipped.
        standalone.finish(vec![ExerciseOutcome::Skipped; exercises].into());
    }
    outcome
}

/// `unknot preferences`: through the running app if there is one (its
/// config file), else a window of our own on the file `--config` names or
/// the default one.
pub fn preferences(flag: Option<&Path>) -> Result<(), ShellError> {
    match ipc::request(&Request::Preferences) {
        Ok(Response::Error(e)) => return Err(ShellError::Refused(e)),
        Ok(_) => return Ok(()),
        Err(_) => {}
    }
    let path = config::locate(flag)
        .path_in_use()
        .map_err(|e| ShellError::Refused(e.to_string()))?;
    let (config, _) = load_config(flag);
    // Putting back is the app's (the history's only writer): none offered here.
    let left_out = Vec::new();
    window_of_our_own(ToWindow::Preferences { path, left_out }, &config).0
}

/// `unknot stats --window`: through the running app if there is one, else
/// a window of our own on the history as it is now.
pub fn stats_window(flag: Option<&Path>) -> Result<(), ShellError> {
    match ipc::request(&Request::Statistics) {
        Ok(Response::Error(e)) => return Err(ShellError::Refused(e)),
        Ok(_) => return Ok(()),
        Err(_) => {}
    }
    let (config, _) = load_config(flag);
    let place = history::Place::locate(config.sync_folder.as_deref())
        .map_err(|e| ShellError::Refused(e.to_string()))?;
    let read = place
        .read()
        .map_err(|e| ShellError::Refused(e.to_string()))?;
    let today = Clock::new().wall().date_naive();
    let stats = history::stats(&read.records, &config, today, 14);
    window_of_our_own(ToWindow::Stats(Box::new(stats)), &config).0
}

/// Starts the window process with `first`, hears its reports until its
/// last window has closed (then closes its stdin, which ends it) and waits
/// for it. Returns how it went and the reports that matter to a standalone
/// command (`Finished`, `Rated`), in order.
fn window_of_our_own(
    first: ToWindow,
    config: &Config,
) -> (Result<(), ShellError>, Vec<FromWindow>) {
    // This process's words (the errors below) and its window's.
    let lang = config::language(config).lang;
    crate::i18n::set(lang);
    let binary = match super::window_process::session_binary() {
        Ok(binary) => binary,
        Err(e) => return (Err(ShellError::Session(e)), Vec::new()),
    };
    let spawned = Command::new(&binary)
        .args(crate::ipc::session::session_args(config))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            let why = format!("cannot start {}: {e}", binary.display());
            return (Err(ShellError::Session(why)), Vec::new());
        }
    };
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return (
            Err(ShellError::Session(
                "the window process has no pipes".into(),
            )),
            Vec::new(),
        );
    };
    // A process that died at once (no display) has closed its stdin: its
    // exit says why, below.
    let _ = stdin
        .write_all(encode_request(&first, lang).as_bytes())
        .and_then(|()| stdin.flush());
    let mut stdin = Some(stdin);
    let mut reports = Vec::new();
    let mut other_version = None;
    let mut reader = BufReader::new(stdout);
    let mut lines = LineReader::new(MAX_LINE);
    loop {
        let line = match lines.next_blocking(&mut reader) {
            Ok(Read::Line(line)) => line,
            Ok(Read::TooLong(n)) => {
                eprintln!("unknot: skipped a line of {n} bytes from the window process");
                continue;
            }
            Ok(Read::Eof) | Err(_) => break,
        };
        match decode::<FromWindow>(line) {
            Ok(FromWindow::Idle) => stdin = None,
            Ok(report @ (FromWindow::Finished { .. } | FromWindow::Rated { .. })) => {
                reports.push(report);
            }
            Ok(_) => {}
            Err(DecodeError::Version(theirs)) => {
                other_version = Some(theirs);
                let _ = child.kill();
                break;
            }
            Err(e) => eprintln!("unknot: the window process said something unreadable ({e})"),
        }
    }
    drop(stdin);
    let status = child.wait();
    let outcome = match (other_version, status) {
        (Some(theirs), _) => Err(ShellError::Session(format!(
            "{} is from another version of unknot (pipe version {}); reinstall unknot",
            binary.display(),
            theirs.map_or("none".to_owned(), |v| v.to_string())
        ))),
        (None, Ok(status)) if status.success() => Ok(()),
        (None, Ok(status)) => Err(ShellError::Session(format!(
            "the window process ended with {status}"
        ))),
        (None, Err(e)) => Err(ShellError::Session(format!("the window process: {e}"))),
    };
    (outcome, reports)
}

/// A standalone `unknot play` records through the engine, as the app would:
/// the same rules decide the break's name, the start screen and whether the
/// day's routine is done. Only the session's own records are written; the
/// engine's other effects (offers of breaks that are due) belong to the app.
struct Standalone {
    config: Config,
    engine: Engine<Local>,
    clock: Clock,
    history: Option<History>,
}

impl Standalone {
    fn new(config: &Config) -> Standalone {
        let clock = Clock::new();
        let place = history::Place::locate(config.sync_folder.as_deref()).ok();
        let mut engine = restore_engine(config, place.as_ref(), &clock);
        while engine.poll_effect().is_some() {}
        let history = match place.as_ref().map(history::Place::writer) {
            Some(Ok(h)) => Some(h),
            Some(Err(e)) => {
                eprintln!("unknot: {e}; this session is not in the history");
                None
            }
            None => {
                eprintln!("unknot: no state folder; this session is not in the history");
                None
            }
        };
        Standalone {
            config: config.clone(),
            engine,
            clock,
            history,
        }
    }

    /// Starts the session; how it opens.
    fn start(&mut self, routine: &str) -> Launch {
        let _ = self
            .engine
            .handle(Input::BreakNow(routine.to_owned()), self.clock.now());
        let mut launch = Launch::new(&self.config, true, CheckIn::Off, Level::FIRST);
        while let Some(effect) = self.engine.poll_effect() {
            match effect {
                Effect::OpenGuidedWindow { .. } => {
                    if let Some(o) = Launch::of(&self.config, effect) {
                        launch = o;
                    }
                }
                Effect::PersistHistory(event) => self.record(&event),
                _ => {}
            }
        }
        launch
    }

    fn finish(&mut self, report: SessionReport) {
        self.feed(Input::SessionFinished(report));
    }

    fn rate(&mut self, rating: u8) {
        self.feed(Input::AfterRating(rating));
    }

    fn feed(&mut self, input: Input) {
        let _ = self.engine.handle(input, self.clock.now());
        while let Some(effect) = self.engine.poll_effect() {
            if let Effect::PersistHistory(event) = effect {
                self.record(&event);
            }
        }
    }

    fn record(&self, event: &HistoryEvent) {
        let ours = matches!(
            event,
            HistoryEvent::Started { .. } | HistoryEvent::Completed { .. }
        );
        if let (true, Some(history)) = (ours, &self.history) {
            if let Err(e) = history.append(event) {
                eprintln!("unknot: {e}");
            }
        }
    }
}
