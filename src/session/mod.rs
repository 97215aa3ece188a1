//! The window process: `unknot session`, which the background app starts when
//! a window is asked for (the guided session, Statistics) and which reports
//! back over a pipe (`ipc::session`). Everything that needs a display or an
//! audio output lives here, so a crash here never stops the reminders and
//! its memory goes back to the system when it exits. A standalone `unknot
//! play` runs the same windows in its own process.

pub mod prefs;
pub mod window;

use std::io::{BufRead, Write};

use winit::event_loop::EventLoop;

use crate::ipc::session::{
    beat_from_env, decode, encode, DecodeError, FromWindow, LineReader, OpenSession, Read,
    ToWindow, MAX_LINE,
};
use window::{Reporter, UiEvent, Windows};

/// Why the window process could not run.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("no display to open a window on: {0}")]
    NoDisplay(String),
    #[error("the window system failed: {0}")]
    WindowSystem(String),
    #[error("cannot read the app's requests: {0}")]
    Requests(std::io::Error),
}

/// How many of the app's requests may wait for the event loop; the reader
/// stops reading while they do (and the app's writer, then the app, gives
/// up on a loop that takes none).
const REQUESTS_WAITING: usize = 16;

/// `unknot session`: requests from the app on stdin, reports on stdout, one
/// JSON line each. It ends when the app closes its stdin (the app does that
/// when the last window has closed, or when it quits or dies).
pub fn run_child() -> Result<(), SessionError> {
    let event_loop = EventLoop::<UiEvent>::with_user_event()
        .build()
        .map_err(|e| SessionError::NoDisplay(e.to_string()))?;
    let proxy = event_loop.create_proxy();
    let requests = proxy.clone();
    // A counting semaphore: the reader puts a token in before each request
    // it hands the loop, the loop takes one out per request it handles.
    let (waiting, handled) = std::sync::mpsc::sync_channel::<()>(REQUESTS_WAITING);
    std::thread::Builder::new()
        .name("unknot-requests".into())
        .spawn(move || {
            read_requests(&mut std::io::stdin().lock(), |event| {
                waiting.send(()).is_ok() && requests.send_event(event).is_ok()
            });
        })
        .map_err(SessionError::Requests)?;
    let reporter = Reporter::Pipe(Box::new(|message: &FromWindow| {
        // A closed pipe means the app is gone: nobody to tell, nothing to stop for.
        let mut out = std::io::stdout().lock();
        let _ = out
            .write_all(encode(message).as_bytes())
            .and_then(|()| out.flush());
    }));
    let mut windows =
        Windows::new(proxy, reporter, Vec::new(), true).requests_from(handled, beat_from_env());
    event_loop
        .run_app(&mut windows)
        .map_err(|e| SessionError::WindowSystem(e.to_string()))
}

/// Hands each request on `input` to `send` until the app closes the pipe
/// (then `Quit`) or `send` says the loop is gone. A line over the cap, of
/// another pipe version or that does not decode is reported and skipped.
fn read_requests(input: &mut impl BufRead, mut send: impl FnMut(UiEvent) -> bool) {
    let mut lines = LineReader::new(MAX_LINE);
    loop {
        let line = match lines.next_blocking(input) {
            Ok(Read::Line(line)) => line,
            Ok(Read::TooLong(n)) => {
                eprintln!("unknot session: skipped a request of {n} bytes (at most {MAX_LINE})");
                continue;
            }
            // The app is gone or done with us.
            Ok(Read::Eof) | Err(_) => break,
        };
        let event = match decode::<ToWindow>(line) {
            Ok(ToWindow::Open(open)) => UiEvent::Open(open),
            Ok(ToWindow::Stats(stats)) => UiEvent::Stats(stats),
            Ok(ToWindow::Preferences { path, left_out }) => UiEvent::Preferences(path, left_out),
            Ok(ToWindow::Welcome { path }) => UiEvent::Welcome(path),
            Ok(ToWindow::Raise) => UiEvent::Raise,
            Ok(ToWindow::Home { state, present }) => UiEvent::Home(state, present),
            Err(e @ DecodeError::Version(_)) => {
                eprintln!("unknot session: ignored a request: {e}");
                continue;
            }
            Err(e) => {
                let line = String::from_utf8_lossy(line);
                eprintln!("unknot session: a request it cannot read ({e}): {line:.80}");
                continue;
            }
        };
        if !send(event) {
            return;
        }
    }
    let _ = send(UiEvent::Quit);
}

/// `unknot preferences` with no app running: the window in this process.
pub fn prefs_standalone(path: std::path::PathBuf) -> Result<(), SessionError> {
    let event_loop = EventLoop::<UiEvent>::with_user_event()
        .build()
        .map_err(|e| SessionError::NoDisplay(e.to_string()))?;
    let proxy = event_loop.create_proxy();
    // Putting back is the app's (the history's only writer): none offered here.
    let first = vec![UiEvent::Preferences(path, Vec::new())];
    let mut windows = Windows::new(proxy, Reporter::Keep(Vec::new()), first, false);
    event_loop
        .run_app(&mut windows)
        .map_err(|e| SessionError::WindowSystem(e.to_string()))
}

/// `unknot stats --window` with no app running: the window in this process.
pub fn stats_standalone(stats: crate::values::Stats) -> Result<(), SessionError> {
    let event_loop = EventLoop::<UiEvent>::with_user_event()
        .build()
        .map_err(|e| SessionError::NoDisplay(e.to_string()))?;
    let proxy = event_loop.create_proxy();
    let first = vec![UiEvent::Stats(Box::new(stats))];
    let mut windows = Windows::new(proxy, Reporter::Keep(Vec::new()), first, false);
    event_loop
        .run_app(&mut windows)
        .map_err(|e| SessionError::WindowSystem(e.to_string()))
}

/// `unknot play ROUTINE` with no app running: the session window in this
/// process. Returns how it went and what the session reported (`Finished`,
/// then perhaps `Rated`; none if it never opened): the caller records them
/// through the engine.
pub fn play_standalone(open: OpenSession) -> (Result<(), SessionError>, Vec<FromWindow>) {
    let event_loop = match EventLoop::<UiEvent>::with_user_event().build() {
        Ok(el) => el,
        Err(e) => return (Err(SessionError::NoDisplay(e.to_string())), Vec::new()),
    };
    let proxy = event_loop.create_proxy();
    let first = vec![UiEvent::Open(Box::new(open))];
    let mut windows = Windows::new(proxy, Reporter::Keep(Vec::new()), first, false);
    let outcome = event_loop
        .run_app(&mut windows)
        .map_err(|e| SessionError::WindowSystem(e.to_string()));
    (outcome, windows.kept())
}
