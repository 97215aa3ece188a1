//! The window process as the background app sees it: `unknot session`,
//! started when a window is asked for, fed requests through its stdin and
//! heard through its stdout. Nothing it does can block the app: requests go
//! through a writer task, reports come back as `CoreMsg`s, and its exit
//! (however it happens) arrives as `CoreMsg::WindowExited`.

use std::path::PathBuf;
use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::process::Command;
use tokio::sync::mpsc::{self, UnboundedSender};

use super::CoreMsg;

use super::core::{Core, Playing};
use super::launch::Launch;
use super::present::refusal_words;
use super::trim_heap;
use crate::engine::{Answer, Input};
use crate::history;
use crate::ipc::session::{decode, encode, FromWindow, ToWindow};
use crate::values::{ExerciseOutcome, SessionReport};

/// At most one window process at a time; each one started gets a new number,
/// so a late report or exit of an old one is never taken for the current.
pub struct WindowProcess {
    generation: u64,
    requests: Option<UnboundedSender<ToWindow>>,
    pid: Option<u32>,
    core: UnboundedSender<CoreMsg>,
}

impl WindowProcess {
    pub fn new(core: UnboundedSender<CoreMsg>) -> WindowProcess {
        WindowProcess {
            generation: 0,
            requests: None,
            pid: None,
            core,
        }
    }

    /// The current process's number.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The running window process, if any (for `status`).
    pub fn pid(&self) -> Option<u32> {
        self.pid
    }

    /// Sends `request` to the window process, starting one if none runs.
    /// `activation` is a notification click's activation token, handed to a
    /// new process so the compositor lets its window take focus.
    pub fn send(&mut self, request: ToWindow, activation: Option<&str>) -> Result<(), String> {
        if let Some(requests) = &self.requests {
            match requests.send(request) {
                Ok(()) => return Ok(()),
                // The writer has ended: the process is on its way out.
                Err(mpsc::error::SendError(back)) => return self.start(back, activation),
            }
        }
        self.start(request, activation)
    }

    /// Every window has closed: closing the pipe ends the process.
    pub fn release(&mut self) {
        self.requests = None;
    }

    /// The process `generation` exited.
    pub fn exited(&mut self, generation: u64) {
        if generation == self.generation {
            self.requests = None;
            self.pid = None;
        }
    }

    fn start(&mut self, first: ToWindow, activation: Option<&str>) -> Result<(), String> {
        let exe = std::env::current_exe()
            .map_err(|e| format!("cannot find this unknot binary to open a window: {e}"))?;
        let mut command = Command::new(exe_path(exe));
        command
            .arg("session")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        match activation {
            // winit reads both: xdg-activation on Wayland, startup
            // notification on X11.
            Some(token) => command
                .env("XDG_ACTIVATION_TOKEN", token)
                .env("DESKTOP_STARTUP_ID", token),
            // Not a token the app itself was started with: that one is spent.
            None => command
                .env_remove("XDG_ACTIVATION_TOKEN")
                .env_remove("DESKTOP_STARTUP_ID"),
        };
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start the window process: {e}"))?;
        let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("the window process has no pipes".into());
        };
        self.generation += 1;
        let generation = self.generation;
        self.pid = child.id();
        let (tx, mut rx) = mpsc::unbounded_channel::<ToWindow>();
        // The first request is queued before the writer starts: it is the
        // reason the process exists.
        let _ = tx.send(first);
        self.requests = Some(tx);
        tokio::spawn(async move {
            while let Some(request) = rx.recv().await {
                let line = encode(&request);
                if stdin.write_all(line.as_bytes()).await.is_err() || stdin.flush().await.is_err() {
                    break;
                }
            }
            // Dropping stdin closes the pipe: the process ends.
        });
        let core = self.core.clone();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stdout).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                match decode::<FromWindow>(&line) {
                    Ok(report) => {
                        let _ = core.send(CoreMsg::Window(generation, report));
                    }
                    Err(e) => {
                        eprintln!("unknot: the window process said something unreadable ({e})")
                    }
                }
            }
            let how = match child.wait().await {
                Ok(status) => describe_exit(status),
                Err(e) => format!("could not be waited for ({e})"),
            };
            let _ = core.send(CoreMsg::WindowExited(generation, how));
        });
        Ok(())
    }
}

/// `/proc/self/exe` resolves to " (deleted)" once the binary was replaced
/// (an upgrade while the app runs); the running image is still reachable
/// through the link itself.
fn exe_path(exe: PathBuf) -> PathBuf {
    if exe.to_string_lossy().ends_with(" (deleted)") {
        PathBuf::from("/proc/self/exe")
    } else {
        exe
    }
}

/// "exited with 0", "was killed by signal 9".
fn describe_exit(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exited with {code}"),
        (None, Some(signal)) => format!("was killed by signal {signal}"),
        (None, None) => "ended".to_string(),
    }
}

impl Core {
    pub(super) fn open_window(&mut self, break_name: &str, routine_id: &str, launch: &Launch) {
        self.lost_session = None;
        let Some(open) = launch.session(&self.config, routine_id, self.streak) else {
            eprintln!("unknot: no routine {routine_id:?} for {break_name}");
            let _ = self.engine.handle(
                Input::SessionLost(SessionReport::default()),
                self.clock.now(),
            );
            return;
        };
        let exercises = open.routine.exercises.len();
        let activation = self.activation.take();
        match self
            .windows
            .send(ToWindow::Open(Box::new(open)), activation.as_deref())
        {
            Ok(()) => {
                self.playing = Some(Playing {
                    generation: self.windows.generation(),
                    routine: routine_id.to_owned(),
                    outcomes: vec![ExerciseOutcome::Skipped; exercises],
                    tension_before: None,
                });
            }
            Err(e) => {
                eprintln!("unknot: {e}");
                self.lost_session = Some(format!("the {break_name} window could not open: {e}"));
                let lost = vec![ExerciseOutcome::Skipped; exercises];
                let _ = self
                    .engine
                    .handle(Input::SessionLost(lost.into()), self.clock.now());
            }
        }
    }

    /// A second Start while a session plays brings its window forward.
    pub(super) fn raise_window(&mut self) {
        if self.playing.is_some() {
            let activation = self.activation.take();
            if let Err(e) = self.windows.send(ToWindow::Raise, activation.as_deref()) {
                eprintln!("unknot: {e}");
            }
        }
    }

    /// A report from the window process; the engine input it makes, if any.
    pub(super) fn window_report(&mut self, generation: u64, report: FromWindow) -> Option<Input> {
        let ours = self
            .playing
            .as_ref()
            .is_some_and(|p| p.generation == generation);
        match report {
            FromWindow::Progress {
                outcomes,
                tension_before,
                ..
            } => {
                if let (true, Some(playing)) = (ours, &mut self.playing) {
                    playing.outcomes = outcomes;
                    playing.tension_before = tension_before;
                }
                None
            }
            FromWindow::Finished { ended, .. } if ours => {
                self.playing = None;
                Some(Input::SessionFinished(ended))
            }
            FromWindow::Finished { .. } => None,
            // The engine links it to the session that ended last, if that
            // was this process's (a newer session clears it).
            FromWindow::Rated { tension_after, .. } if generation == self.windows.generation() => {
                Some(Input::AfterRating(tension_after))
            }
            FromWindow::Rated { .. } => None,
            FromWindow::PutBack { exercise } => {
                let answer = self
                    .engine
                    .handle(Input::PutBack(exercise.clone()), self.clock.now());
                if let Answer::Refused(why) = answer {
                    eprintln!("unknot: {exercise} not put back: {}", refusal_words(&why));
                }
                None
            }
            FromWindow::Idle => {
                if generation == self.windows.generation() {
                    self.windows.release();
                }
                None
            }
        }
    }

    /// The window process `generation` ended. If it was playing a session,
    /// that session is recorded as lost with what it last reported.
    pub(super) fn window_exited(&mut self, generation: u64, how: &str) -> Option<Input> {
        self.windows.exited(generation);
        trim_heap();
        if self
            .playing
            .as_ref()
            .is_none_or(|p| p.generation != generation)
        {
            return None;
        }
        let playing = self.playing.take()?;
        let at = self.clock.wall().format("%H:%M");
        let note = format!(
            "the {} window {how} at {at}; the session was recorded as lost",
            playing.routine
        );
        eprintln!("unknot: {note}");
        self.lost_session = Some(note);
        Some(Input::SessionLost(SessionReport {
            outcomes: playing.outcomes,
            tension_before: playing.tension_before,
            ..SessionReport::default()
        }))
    }

    pub(super) fn show_stats(&mut self) {
        let stats = self
            .place
            .as_ref()
            .and_then(|place| place.read().ok())
            .map(|read| {
                history::stats(
                    &read.records,
                    &self.config,
                    self.clock.wall().date_naive(),
                    14,
                )
            });
        if let Some(stats) = stats {
            if let Err(e) = self.windows.send(ToWindow::Stats(Box::new(stats)), None) {
                eprintln!("unknot: {e}");
            }
        }
    }
}
