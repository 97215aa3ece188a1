//! The window process as the background app sees it: `unknot-session`, the
//! crate's second binary (found by `session_binary`), started when a window
//! is asked for, fed requests through its stdin and
//! heard through its stdout. Nothing it does can block the app: requests go
//! through a bounded queue to a writer task, reports come back as `CoreMsg`s
//! over a bounded channel, lines are capped, a process of another pipe
//! version or silent past the limit is ended, and its exit (however it
//! happens) arrives as `CoreMsg::WindowExited`.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncWriteExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::mpsc::{self, Sender};

use super::CoreMsg;

use super::core::{Core, Playing};
use super::launch::Launch;
use super::present::WindowEnd;
use super::present::{ending_words, lost_note, refusal_words};
use super::trim_heap;
use crate::engine::{Answer, Input};
use crate::history;
use crate::ipc::session::{
    decode, encode_request, silence_limit_from_env, DecodeError, FromWindow, LineReader, Read,
    ToWindow, MAX_LINE,
};
use crate::platform::tray::MenuAction;
use crate::values::{ExerciseOutcome, HomeAction, SessionReport};

/// Requests that may wait for the window process to read them; a process
/// that takes none for this long is stuck, and the silence limit ends it.
const REQUESTS_WAITING: usize = 16;

/// Reports (and exits) that may wait for the core; the reader waits while
/// they do, so the window process's pipe fills and it waits too.
pub(super) const REPORTS_WAITING: usize = 64;

/// How long a window process asked to end (SIGTERM) has before SIGKILL.
const GRACE: Duration = Duration::from_secs(2);

/// At most one window process at a time; each one started gets a new number,
/// so a late report or exit of an old one is never taken for the current.
pub struct WindowProcess {
    generation: u64,
    requests: Option<Sender<ToWindow>>,
    pid: Option<u32>,
    core: Sender<CoreMsg>,
    /// How long the process may say nothing before the app ends it.
    silence: Duration,
    /// The arguments the config gives the next process started (`session_args`).
    pub args: Vec<String>,
}

impl WindowProcess {
    pub fn new(core: Sender<CoreMsg>) -> WindowProcess {
        WindowProcess {
            generation: 0,
            requests: None,
            pid: None,
            core,
            silence: silence_limit_from_env(),
            args: Vec::new(),
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
            match requests.try_send(request) {
                Ok(()) => return Ok(()),
                Err(mpsc::error::TrySendError::Full(_)) => {
                    return Err(format!(
                        "the window process has not read its last {REQUESTS_WAITING} requests; \
                         this one is dropped"
                    ))
                }
                // The writer has ended: the process is on its way out.
                Err(mpsc::error::TrySendError::Closed(back)) => {
                    return self.start(back, activation)
                }
            }
        }
        self.start(request, activation)
    }

    /// Whether a window can be shown: a window process runs, or its binary
    /// is there to start one (else why not, in words).
    pub fn can_open(&self) -> Result<(), String> {
        match self.requests {
            Some(_) => Ok(()),
            None => session_binary().map(|_| ()),
        }
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
        let mut command = Command::new(session_binary()?);
        command
            .args(&self.args)
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
        let (tx, mut rx) = mpsc::channel::<ToWindow>(REQUESTS_WAITING);
        // The first request is queued before the writer starts: it is the
        // reason the process exists.
        let _ = tx.try_send(first);
        self.requests = Some(tx);
        tokio::spawn(async move {
            while let Some(request) = rx.recv().await {
                // The app's language as it is now: a change since the
                // process started reaches its next window.
                let line = encode_request(&request, crate::i18n::current());
                if stdin.write_all(line.as_bytes()).await.is_err() || stdin.flush().await.is_err() {
                    break;
                }
            }
            // Dropping stdin closes the pipe: the process ends.
        });
        let core = self.core.clone();
        let silence = self.silence;
        tokio::spawn(async move {
            let heard = listen(BufReader::new(stdout), generation, &core, silence).await;
            let end = match heard {
                Heard::Closed => match child.wait().await {
                    Ok(status) => exit_of(status),
                    Err(e) => WindowEnd::Unknown(e.to_string()),
                },
                Heard::Silent => {
                    end_process(&mut child).await;
                    WindowEnd::Silent(silence)
                }
                Heard::OtherVersion(theirs) => {
                    end_process(&mut child).await;
                    WindowEnd::OtherVersion(theirs)
                }
            };
            let _ = core.send(CoreMsg::WindowExited(generation, end)).await;
        });
        Ok(())
    }
}

/// Why `listen` stopped.
#[derive(Debug, PartialEq, Eq)]
enum Heard {
    /// The pipe closed: the process is ending or ended.
    Closed,
    /// Nothing that decodes came for the silence limit.
    Silent,
    /// A line of another pipe version (its `v`).
    OtherVersion(Option<u64>),
}

/// Hands each report of window process `generation` on `reader` to the
/// core, until the pipe closes, the process falls silent for `silence`, or
/// it speaks another version. A line over the cap or that does not decode
/// is reported and skipped; only a report counts as a word.
async fn listen<R: AsyncBufRead + Unpin>(
    mut reader: R,
    generation: u64,
    core: &Sender<CoreMsg>,
    silence: Duration,
) -> Heard {
    let mut lines = LineReader::new(MAX_LINE);
    let mut until = tokio::time::Instant::now() + silence;
    loop {
        let line = match tokio::time::timeout_at(until, lines.next(&mut reader)).await {
            Err(_) => return Heard::Silent,
            Ok(Err(_) | Ok(Read::Eof)) => return Heard::Closed,
            Ok(Ok(Read::TooLong(n))) => {
                eprintln!(
                    "unknot: skipped a line of {n} bytes from the window process \
                     (at most {MAX_LINE})"
                );
                continue;
            }
            Ok(Ok(Read::Line(line))) => line,
        };
        match decode::<FromWindow>(line) {
            Ok(report) => {
                until = tokio::time::Instant::now() + silence;
                if report != FromWindow::Alive
                    && core
                        .send(CoreMsg::Window(generation, report))
                        .await
                        .is_err()
                {
                    // The core is gone: nobody to tell.
                    return Heard::Closed;
                }
            }
            Err(DecodeError::Version(theirs)) => return Heard::OtherVersion(theirs),
            Err(e) => eprintln!("unknot: the window process said something unreadable ({e})"),
        }
    }
}

/// SIGTERM, then SIGKILL after `GRACE` (a stopped process never acts on
/// the first), and waits for it.
async fn end_process(child: &mut Child) {
    if let Some(pid) = child.id().and_then(|pid| i32::try_from(pid).ok()) {
        // SAFETY: kill takes plain integers; the pid is our unreaped child,
        // so it cannot have been reused.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
    }
    if tokio::time::timeout(GRACE, child.wait()).await.is_err() {
        let _ = child.kill().await;
    }
}

/// The window process's binary's name.
pub const SESSION_BINARY: &str = "unknot-session";

/// Where a package puts the window process's binary (`xtask/src/deb.rs`).
pub const LIBEXEC: &str = "/usr/libexec/unknot";

/// The window process's binary: beside this executable (`cargo install`,
/// `cargo xtask install`, a build's `target/`), then in `../libexec/unknot`
/// from it (a prefix install), then in `/usr/libexec/unknot` (the .deb).
/// None there: why, in words that say what to do.
pub fn session_binary() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().ok().map(|exe| {
        // An upgrade replaced the app's binary while it runs: the link
        // reads "… (deleted)", and its folder is still where to look.
        let name = exe.to_string_lossy().into_owned();
        PathBuf::from(name.strip_suffix(" (deleted)").unwrap_or(&name))
    });
    let dir = exe.as_deref().and_then(std::path::Path::parent);
    let mut places = Vec::new();
    if let Some(dir) = dir {
        places.push(dir.join(SESSION_BINARY));
        places.push(dir.join("../libexec/unknot").join(SESSION_BINARY));
    }
    places.push(PathBuf::from(LIBEXEC).join(SESSION_BINARY));
    if let Some(found) = places.iter().find(|p| is_executable(p)) {
        return Ok(found.clone());
    }
    let looked: Vec<String> = places.iter().map(|p| p.display().to_string()).collect();
    Err(format!(
        "the window program {SESSION_BINARY} is not installed (looked for {}); \
         reinstall unknot to get windows back (reminders go on)",
        looked.join(", ")
    ))
}

fn is_executable(path: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn exit_of(status: std::process::ExitStatus) -> WindowEnd {
    use std::os::unix::process::ExitStatusExt;
    WindowEnd::Exited {
        code: status.code(),
        signal: status.signal(),
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
                self.lost_session = Some(crate::t!(
                    "status-lost-not-opened",
                    name = crate::config::shown_break_name(break_name),
                    error = e.to_string()
                ));
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
            FromWindow::Home { action } => self.home_action(action),
            FromWindow::HomeClosed => {
                if generation == self.windows.generation() {
                    self.home_open = false;
                }
                None
            }
            FromWindow::Idle => {
                if generation == self.windows.generation() {
                    self.windows.release();
                }
                None
            }
            // The reader keeps the time; nothing reaches here.
            FromWindow::Alive => None,
        }
    }

    /// The window process `generation` ended. If it was playing a session,
    /// that session is recorded as lost with what it last reported.
    pub(super) fn window_exited(&mut self, generation: u64, end: &WindowEnd) -> Option<Input> {
        if generation == self.windows.generation() {
            self.home_open = false;
        }
        self.windows.exited(generation);
        trim_heap();
        if let WindowEnd::OtherVersion(_) = end {
            self.restart_needed = true;
        }
        if matches!(end, WindowEnd::Silent(_) | WindowEnd::OtherVersion(_)) {
            eprintln!("unknot: the window process {}", ending_words(end));
        }
        if self
            .playing
            .as_ref()
            .is_none_or(|p| p.generation != generation)
        {
            return None;
        }
        let playing = self.playing.take()?;
        let note = lost_note(&playing.routine, end, self.clock.wall());
        eprintln!("unknot: {note}");
        self.lost_session = Some(note);
        Some(Input::SessionLost(SessionReport {
            outcomes: playing.outcomes,
            tension_before: playing.tension_before,
            ..SessionReport::default()
        }))
    }

    /// Opens the home window, or brings it forward with its state.
    pub(super) fn present_home(&mut self) {
        let state = self.home();
        let activation = self.activation.take();
        let home = ToWindow::Home {
            state: Box::new(state.clone()),
            present: true,
        };
        match self.windows.send(home, activation.as_deref()) {
            Ok(()) => {
                self.home_open = true;
                self.last_home = Some(state);
            }
            Err(e) => eprintln!("unknot: {e}"),
        }
    }

    /// While the home window is open, each change of its state goes to it
    /// as it happens (the window never polls).
    pub(super) fn update_home(&mut self) {
        if !self.home_open {
            return;
        }
        let state = self.home();
        if self.last_home.as_ref() == Some(&state) {
            return;
        }
        let home = ToWindow::Home {
            state: Box::new(state.clone()),
            present: false,
        };
        match self.windows.send(home, None) {
            Ok(()) => self.last_home = Some(state),
            Err(e) => eprintln!("unknot: {e}"),
        }
    }

    /// A home window button, routed as the tray's item of the same name.
    fn home_action(&mut self, action: HomeAction) -> Option<Input> {
        let menu = match action {
            HomeAction::Start => match self.engine.routine_for(None) {
                Ok(routine) => MenuAction::BreakNow(routine),
                Err(why) => {
                    eprintln!("unknot: no break to start: {}", refusal_words(&why));
                    return None;
                }
            },
            HomeAction::Daily => {
                let daily = self.config.breaks.iter().find(|b| b.daily)?;
                MenuAction::BreakNow(daily.routine.clone())
            }
            HomeAction::Pause(minutes) => MenuAction::PauseMinutes(minutes),
            HomeAction::PauseUntilTomorrow => MenuAction::PauseUntilTomorrow,
            HomeAction::Resume => MenuAction::Resume,
            HomeAction::Statistics => MenuAction::Statistics,
            HomeAction::Preferences => MenuAction::Preferences,
            HomeAction::Quit => MenuAction::Quit,
        };
        self.menu(menu)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ipc::session::encode;

    /// What `listen` hands the core from `input`, and why it stopped.
    fn heard(input: &[u8], silence: Duration) -> (Vec<FromWindow>, Heard) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            let (tx, mut rx) = mpsc::channel(REPORTS_WAITING);
            let heard = listen(input, 7, &tx, silence).await;
            drop(tx);
            let mut reports = Vec::new();
            while let Some(msg) = rx.recv().await {
                match msg {
                    CoreMsg::Window(7, report) => reports.push(report),
                    other => panic!("{other:?}"),
                }
            }
            (reports, heard)
        })
    }

    #[test]
    fn ten_megabytes_in_one_line_are_skipped_and_the_next_report_heard() {
        let mut input = encode(&FromWindow::Alive).into_bytes();
        input.extend(std::iter::repeat_n(b'{', 10 * 1024 * 1024));
        input.push(b'\n');
        input.extend_from_slice(b"not json\n");
        input.extend_from_slice(encode(&FromWindow::Idle).as_bytes());
        let (reports, end) = heard(&input, SILENCE);
        assert_eq!(reports, [FromWindow::Idle], "Alive stays with the reader");
        assert_eq!(end, Heard::Closed);
    }

    #[test]
    fn a_report_of_another_version_ends_the_listening() {
        let mut input = encode(&FromWindow::Idle).into_bytes();
        input.extend_from_slice(b"{\"v\":2,\"report\":\"idle\"}\n");
        input.extend_from_slice(encode(&FromWindow::Idle).as_bytes());
        let (reports, end) = heard(&input, SILENCE);
        assert_eq!(reports, [FromWindow::Idle]);
        assert_eq!(end, Heard::OtherVersion(Some(2)));
    }

    #[test]
    fn a_pipe_that_says_nothing_is_silent() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            // The writer stays open and writes only what never decodes.
            let (mut writer, reader) = tokio::io::duplex(64);
            writer.write_all(b"garbage\n").await.expect("writes");
            let (tx, _rx) = mpsc::channel(REPORTS_WAITING);
            let silence = Duration::from_millis(50);
            let end = listen(BufReader::new(reader), 1, &tx, silence).await;
            assert_eq!(end, Heard::Silent);
        });
    }

    const SILENCE: Duration = Duration::from_secs(30);
}
