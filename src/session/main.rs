//! `unknot-session`, the window process: the second binary of the crate,
//! which the background app (`unknot`) starts when a window is asked for
//! (the guided session, Statistics, Preferences, home) and which reports
//! back over a pipe (`ipc::session`). Everything that needs a display or an
//! audio output lives in this binary (winit, softbuffer, cpal through
//! rodio, the voice clips), so the app never maps their libraries, a crash
//! here never stops the reminders, and its memory goes back to the system
//! when it exits. `unknot play`, `preferences` and `stats --window` with no
//! app running start it too, over the same pipe (`shell/standalone.rs`),
//! and `unknot render` runs here (`cli::render_main`), where the drawing
//! code is linked. A crate root, like `src/main.rs`: it wires things.

mod audio;
mod cue_player;
mod monitor;
mod window;

use std::io::{BufRead, Write};
use std::process::ExitCode;

use clap::Parser;
use winit::event_loop::EventLoop;

// The library's modules under the names the window code has always used
// (`crate::ui`, `super::prefs`): the same floors, another crate.
use unknot::session::prefs;
use unknot::{config, ipc, platform, routine, ui, values};

use ipc::session::{
    beat_from_env, decode_request, encode, DecodeError, FromWindow, LineReader, Read, ToWindow,
    MAX_LINE,
};
use window::{Reporter, UiEvent, Windows};

/// Exit code for bad input (arguments).
const EXIT_INVALID: u8 = 2;
/// Exit code for a failure at run time.
const EXIT_FAILURE: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "unknot-session",
    version,
    about = "The window process of unknot: started by unknot, not by people",
    long_about = "The window process of unknot. The unknot app starts it when a window is \
                  asked for, writes its requests on stdin and reads its reports on stdout, \
                  one JSON line each. It is not for people to run."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The monitor windows open on, by name (the config's `window.monitor`);
    /// without it, the one the pointer is on
    #[arg(long, value_name = "NAME")]
    monitor: Option<String>,
    /// The palette (the config's `appearance.contrast`): auto follows the
    /// desktop's setting through the XDG settings portal
    #[arg(long, value_name = "auto|normal|high", default_value = "auto", value_parser = parse_contrast)]
    contrast: config::Contrast,
    /// Text and controls this much larger (the config's
    /// `appearance.text_scale`, 0.8 to 2); auto follows the desktop's
    #[arg(long, value_name = "auto|SCALE", default_value = "auto", value_parser = parse_text_scale)]
    text_scale: TextScale,
    /// Reduced motion (the config's `appearance.motion`); auto follows the
    /// desktop's animations switch
    #[arg(long, value_name = "auto|full|reduced", default_value = "auto", value_parser = parse_motion)]
    motion: Motion,
}

/// `--motion`: `None` is auto, `Some(true)` reduced.
#[derive(Debug, Clone, Copy)]
struct Motion(Option<bool>);

fn parse_motion(s: &str) -> Result<Motion, String> {
    config::MOTIONS
        .iter()
        .find(|(name, _)| *name == s)
        .map(|(_, m)| Motion(*m))
        .ok_or_else(|| format!("expected auto, full or reduced, found {s:?}"))
}

/// `--text-scale`: `None` is auto.
#[derive(Debug, Clone, Copy)]
struct TextScale(Option<f32>);

fn parse_text_scale(s: &str) -> Result<TextScale, String> {
    if s == "auto" {
        return Ok(TextScale(None));
    }
    match s.parse::<f32>() {
        Ok(n) if (config::TEXT_SCALE_MIN..=config::TEXT_SCALE_MAX).contains(&n) => {
            Ok(TextScale(Some(n)))
        }
        _ => Err(format!(
            "expected auto or a scale from 0.8 to 2, found {s:?}"
        )),
    }
}

fn parse_contrast(s: &str) -> Result<config::Contrast, String> {
    config::Contrast::NAMES
        .iter()
        .find(|(name, _)| *name == s)
        .map(|(_, c)| *c)
        .ok_or_else(|| format!("expected auto, normal or high, found {s:?}"))
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Plays cues through a real audio output and says when (for the desktop tests)
    #[command(hide = true, subcommand)]
    CuePlayer(cue_player::CuePlayerMode),
}

fn main() -> ExitCode {
    // `unknot render …` comes here as `unknot-session cli render …`: this
    // binary links the drawing code, so the picture is drawn here.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == unknot::cli::RENDER_CLI)
    {
        return unknot::cli::render_main(std::env::args_os().skip(2));
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_INVALID } else { 0 });
        }
    };
    match cli.command {
        Some(Command::CuePlayer(mode)) => cue_player::command(&mode),
        None => match run_child(cli.monitor, cli.contrast, cli.text_scale.0, cli.motion.0) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("unknot-session: {e}");
                ExitCode::from(EXIT_FAILURE)
            }
        },
    }
}

/// Writes `text` to stdout; a closed pipe ends quietly.
fn print(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "unknot-session: writing to stdout: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

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

/// Requests from the app on stdin, reports on stdout, one
/// JSON line each. It ends when the app closes its stdin (the app does that
/// when the last window has closed, or when it quits or dies).
fn run_child(
    monitor: Option<String>,
    contrast: config::Contrast,
    text_scale: Option<f32>,
    reduced_motion: Option<bool>,
) -> Result<(), SessionError> {
    unknot::session::without_compose_table();
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
    let mut windows = Windows::new(proxy, reporter, Vec::new(), true)
        .requests_from(handled, beat_from_env())
        .on_monitor(monitor)
        .looking(contrast, text_scale, reduced_motion);
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
                eprintln!("unknot-session: skipped a request of {n} bytes (at most {MAX_LINE})");
                continue;
            }
            // The app is gone or done with us.
            Ok(Read::Eof) | Err(_) => break,
        };
        let request = decode_request(line).map(|(request, lang)| {
            // The app's language from this request on: set before the
            // loop hears of it, so its window opens in those words.
            if let Some(lang) = lang {
                unknot::i18n::set(lang);
            }
            request
        });
        let event = match request {
            Ok(ToWindow::Open(open)) => UiEvent::Open(open),
            Ok(ToWindow::Stats(stats)) => UiEvent::Stats(stats),
            Ok(ToWindow::Preferences { path, left_out }) => UiEvent::Preferences(path, left_out),
            Ok(ToWindow::Welcome { path }) => UiEvent::Welcome(path),
            Ok(ToWindow::Raise) => UiEvent::Raise,
            Ok(ToWindow::Home { state, present }) => UiEvent::Home(state, present),
            Err(e @ DecodeError::Version(_)) => {
                eprintln!("unknot-session: ignored a request: {e}");
                continue;
            }
            Err(e) => {
                let line = String::from_utf8_lossy(line);
                eprintln!("unknot-session: a request it cannot read ({e}): {line:.80}");
                continue;
            }
        };
        if !send(event) {
            return;
        }
    }
    let _ = send(UiEvent::Quit);
}
