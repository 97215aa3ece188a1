//! The pipe between the background app and its window process (`unknot
//! session`): one JSON object a line, the app's requests on the child's
//! stdin, the child's reports on its stdout. Every line carries the pipe's
//! version `v`; both ends are this binary, but an upgrade can replace the
//! file while the app runs, so a line of another version is never decoded.
//! Lines are capped at `MAX_LINE`: a longer one is read to its end and
//! dropped, never held; a line that does not decode is reported and skipped,
//! never trusted.

use std::io::{self, BufRead};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::config::prefs::LeftOut;
use crate::config::CheckIn;
use crate::i18n::Lang;
use crate::routine::{Level, Routine};
use crate::values::{ExerciseOutcome, Home, HomeAction, SessionReport, Stats};

/// What the app asks of the window process.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "kebab-case")]
pub enum ToWindow {
    /// Play this routine; a session already running is raised instead.
    Open(Box<OpenSession>),
    /// Show these stats (beside a running session, or alone).
    Stats(Box<Stats>),
    /// Open Preferences on this config file; `left_out` are the exercises
    /// left out after pain until put back, offered back there.
    Preferences {
        path: std::path::PathBuf,
        #[serde(default)]
        left_out: Vec<LeftOut>,
    },
    /// The first-run welcome; its Start writes a new config file here.
    Welcome { path: std::path::PathBuf },
    /// Bring the running session's window forward.
    Raise,
    /// The home window with this state: opened and brought forward if
    /// `present`; else only brought up to date, if it is open.
    Home { state: Box<Home>, present: bool },
}

/// The pipe's version, the `v` of every line. Bump it when a message
/// changes in a way the other end would misread.
pub const VERSION: u64 = 1;

/// The longest line either end reads, newline excluded: the control
/// socket's cap. The largest real message (a routine, the stats) is a few KiB.
pub const MAX_LINE: usize = super::MAX_LINE;

/// How often the window process says `Alive` at least, from its event loop.
pub const BEAT: Duration = Duration::from_secs(10);

/// How long the app waits for a word from the window process before it
/// ends it: three beats.
pub const SILENCE_LIMIT: Duration = Duration::from_secs(30);

/// `BEAT`, or `UNKNOT_WINDOW_BEAT_MS` (tests shorten it).
pub fn beat_from_env() -> Duration {
    millis_from_env("UNKNOT_WINDOW_BEAT_MS").unwrap_or(BEAT)
}

/// `SILENCE_LIMIT`, or `UNKNOT_WINDOW_SILENT_MS` (tests shorten it).
pub fn silence_limit_from_env() -> Duration {
    millis_from_env("UNKNOT_WINDOW_SILENT_MS").unwrap_or(SILENCE_LIMIT)
}

fn millis_from_env(name: &str) -> Option<Duration> {
    let ms: u64 = std::env::var(name).ok()?.trim().parse().ok()?;
    (ms > 0).then(|| Duration::from_millis(ms))
}

/// A guided session to open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenSession {
    pub routine: Routine,
    /// `None`: sound is off.
    pub volume: Option<u8>,
    pub voice: bool,
    pub streak: u32,
    /// Show the start screen first (else the routine begins at once).
    pub start_screen: bool,
    /// Which check-in ratings to ask for.
    #[serde(default)]
    pub checkin: CheckIn,
    /// The daily routine's level, shown on its start screen; `None` for
    /// other routines.
    #[serde(default)]
    pub level: Option<Level>,
    /// Say the keys as it opens (a user's first sessions).
    #[serde(default)]
    pub say_keys: bool,
    /// Exercises (ids) that hurt in the last fortnight: a pain stop on one
    /// of them leaves it out, and the window says so.
    #[serde(default)]
    pub hurt_before: Vec<String>,
    /// What the start screen says was left out after pain, in words.
    #[serde(default)]
    pub note: Option<String>,
}

/// What the window process reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "report", rename_all = "kebab-case")]
pub enum FromWindow {
    /// The session's outcomes so far, one per exercise (the current one
    /// partial, the rest skipped): what the app records if the window
    /// process dies. Sent when the session opens and at each exercise change.
    Progress {
        outcomes: Vec<ExerciseOutcome>,
        /// The check-in before the routine, once given.
        #[serde(default)]
        tension_before: Option<u8>,
    },
    /// The session ended (its end screen, stopped, or its window closed).
    Finished {
        #[serde(flatten)]
        ended: SessionReport,
    },
    /// The check-in on the end screen, after `Finished`.
    Rated { tension_after: u8 },
    /// Preferences' "Put back": this exercise (its id) goes back into the
    /// routines.
    PutBack { exercise: String },
    /// A home window button: the app routes it like the tray's menu item.
    Home { action: HomeAction },
    /// The home window closed: the app stops sending it updates.
    HomeClosed,
    /// Every window has closed: the app may close the pipe, which ends the
    /// process (the app decides, so no request meets an exiting process).
    Idle,
    /// The event loop is turning: sent as the process starts and then at
    /// least every `BEAT` (10 s) while it runs, from the loop itself, so a
    /// stopped or deadlocked loop falls silent and the app ends it.
    Alive,
}

/// Why a line is not a message.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// Another build of unknot wrote it (`None`: no `v` at all).
    #[error("a line of pipe version {}, where this unknot speaks {VERSION}",
        .0.map_or("none".to_string(), |v| v.to_string()))]
    Version(Option<u64>),
    #[error("{0}")]
    Json(#[from] serde_json::Error),
}

/// A message and the pipe's version, as one JSON object; a request also
/// carries the language its window is to speak (`lang`).
#[derive(Serialize)]
struct Versioned<'a, T> {
    v: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'static str>,
    #[serde(flatten)]
    message: &'a T,
}

/// One message as a line, `v` and newline included.
pub fn encode<T: Serialize>(message: &T) -> String {
    line(&Versioned {
        v: VERSION,
        lang: None,
        message,
    })
}

/// A request as a line, with the language the window process is to speak
/// from it on (the app's, as its config and locale chose). One field for
/// every request: a language changed since the process started reaches
/// the next window it opens. No new pipe version: a window process from
/// before `lang` ignores the field (and speaks English); one that gets a
/// request without it keeps the language it has.
pub fn encode_request(request: &ToWindow, lang: Lang) -> String {
    line(&Versioned {
        v: VERSION,
        lang: Some(lang.code()),
        message: request,
    })
}

fn line<T: Serialize>(versioned: &T) -> String {
    // Plain enums of strings and numbers: serde_json cannot fail on them.
    let mut line = serde_json::to_string(versioned).unwrap_or_default();
    line.push('\n');
    line
}

/// A request line back into the request and the language it carries
/// (`None`: none, or one this build does not ship), if of this version.
pub fn decode_request(line: &[u8]) -> Result<(ToWindow, Option<Lang>), DecodeError> {
    let request = decode::<ToWindow>(line)?;
    // It decoded: the line is a JSON object.
    let lang = serde_json::from_slice::<serde_json::Value>(line)
        .ok()
        .and_then(|v| v.get("lang")?.as_str().and_then(Lang::from_code));
    Ok((request, lang))
}

/// One line back into a message, if it is of this version.
pub fn decode<T: DeserializeOwned>(line: &[u8]) -> Result<T, DecodeError> {
    let value: serde_json::Value = serde_json::from_slice(line)?;
    match value.get("v").map(serde_json::Value::as_u64) {
        Some(Some(VERSION)) => Ok(T::deserialize(value)?),
        Some(theirs) => Err(DecodeError::Version(theirs)),
        None => Err(DecodeError::Version(None)),
    }
}

/// What the next read from a pipe found.
#[derive(Debug, PartialEq, Eq)]
pub enum Read<'a> {
    /// A whole line, newline removed.
    Line(&'a [u8]),
    /// A line of this many bytes, over the cap: read to its end and dropped.
    TooLong(usize),
    /// The other end closed the pipe.
    Eof,
}

/// Reads a pipe line by line, never holding more than its cap: a longer
/// line is read on to its newline and only counted. Its state lives here,
/// not in the read, so a read cut short (a timeout) loses nothing.
#[derive(Debug)]
pub struct LineReader {
    max: usize,
    line: Vec<u8>,
    /// Bytes of the current line dropped for being over the cap.
    dropped: usize,
    /// `line` holds a line already returned.
    returned: bool,
}

impl LineReader {
    pub fn new(max: usize) -> LineReader {
        LineReader {
            max,
            line: Vec::new(),
            dropped: 0,
            returned: false,
        }
    }

    /// Takes what `chunk` holds of the current line: how many bytes it used,
    /// and whether the line ended there.
    fn take(&mut self, chunk: &[u8]) -> (usize, bool) {
        let (len, ended) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if self.dropped == 0 && self.line.len() + len <= self.max {
            self.line.extend_from_slice(&chunk[..len]);
        } else {
            self.dropped += self.line.len() + len;
            self.line = Vec::new();
        }
        (if ended { len + 1 } else { len }, ended)
    }

    /// Forgets the line returned last.
    fn start(&mut self) {
        if std::mem::take(&mut self.returned) {
            self.line.clear();
        }
    }

    /// The line just ended (or the pipe did, `eof`).
    fn finish(&mut self, eof: bool) -> Read<'_> {
        if self.dropped > 0 {
            return Read::TooLong(std::mem::take(&mut self.dropped));
        }
        if eof && self.line.is_empty() {
            return Read::Eof;
        }
        self.returned = true;
        Read::Line(&self.line)
    }

    /// The next line from a blocking reader (the window process's stdin).
    pub fn next_blocking<R: BufRead>(&mut self, reader: &mut R) -> io::Result<Read<'_>> {
        self.start();
        loop {
            let chunk = reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(self.finish(true));
            }
            let (used, ended) = self.take(chunk);
            reader.consume(used);
            if ended {
                return Ok(self.finish(false));
            }
        }
    }

    /// The next line from an async reader (the app's end of the pipe).
    pub async fn next<R: AsyncBufRead + Unpin>(&mut self, reader: &mut R) -> io::Result<Read<'_>> {
        self.start();
        loop {
            let chunk = reader.fill_buf().await?;
            if chunk.is_empty() {
                return Ok(self.finish(true));
            }
            let (used, ended) = self.take(chunk);
            reader.consume(used);
            if ended {
                return Ok(self.finish(false));
            }
        }
    }
}

/// The window process's arguments from the config: the palette, the text
/// scale, the motion, the monitor if named.
pub fn session_args(config: &crate::config::Config) -> Vec<String> {
    let scale = config.text_scale.map_or("auto".into(), |s| s.to_string());
    let motion = crate::config::MOTIONS
        .iter()
        .find(|(_, m)| *m == config.reduced_motion)
        .map_or("auto", |(n, _)| n);
    let mut args = vec![
        "--contrast".into(),
        config.contrast.name().into(),
        "--text-scale".into(),
        scale,
        "--motion".into(),
        motion.into(),
    ];
    if let Some(name) = &config.window_monitor {
        args.extend(["--monitor".into(), name.clone()]);
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;

    #[test]
    fn every_message_round_trips_as_one_line() {
        let routine = builtin::find(builtin::UPPER_TRAP).expect("a built-in");
        let to = [
            ToWindow::Open(Box::new(OpenSession {
                routine,
                volume: Some(70),
                voice: true,
                streak: 3,
                start_screen: false,
                checkin: CheckIn::BeforeAfter,
                level: Some(Level::TOP),
                say_keys: true,
                hurt_before: vec!["ball-press".into()],
                note: Some("Resting today after pain: Neck side stretch.".into()),
            })),
            ToWindow::Preferences {
                path: "/home/me/.config/unknot/config.json".into(),
                left_out: vec![LeftOut {
                    exercise: "ball-press".into(),
                    title: "Ball release".into(),
                }],
            },
            ToWindow::Raise,
            ToWindow::Home {
                state: Box::new(crate::values::Home {
                    today: chrono::NaiveDate::from_ymd_opt(2026, 3, 13).expect("a date"),
                    mode: crate::values::HomeMode::Snoozed,
                    next_break: None,
                    paused_until: None,
                    working_hours: true,
                    daily_done: true,
                    streak: 2,
                    held_by: Some("camera in use".into()),
                    has_daily: true,
                }),
                present: true,
            },
        ];
        for message in to {
            let line = encode(&message);
            assert_eq!(line.matches('\n').count(), 1, "{line}");
            assert!(line.starts_with(&format!("{{\"v\":{VERSION},")), "{line}");
            assert_eq!(
                decode::<ToWindow>(line.as_bytes()).expect("decodes"),
                message
            );
        }
        let from = [
            FromWindow::Finished {
                ended: SessionReport {
                    outcomes: vec![ExerciseOutcome::Done, ExerciseOutcome::Partial],
                    tension_before: Some(6),
                    hurt: true,
                    hurt_exercise: Some("ball-press".into()),
                    hurt_side: Some(crate::values::BodySide::Right),
                },
            },
            FromWindow::Finished {
                ended: vec![ExerciseOutcome::Skipped].into(),
            },
            FromWindow::Rated { tension_after: 10 },
            FromWindow::PutBack {
                exercise: "ball-press".into(),
            },
            FromWindow::Home {
                action: HomeAction::Pause(30),
            },
            FromWindow::Home {
                action: HomeAction::Quit,
            },
            FromWindow::HomeClosed,
            FromWindow::Idle,
            FromWindow::Alive,
        ];
        for message in from {
            assert_eq!(
                decode::<FromWindow>(encode(&message).as_bytes()).expect("decodes"),
                message
            );
        }
    }

    /// Every request carries the app's language; the window process takes
    /// it, and a line without one (an app from before) or with one this
    /// build does not ship is still the request.
    #[test]
    fn a_request_carries_the_language_its_window_speaks() {
        for lang in Lang::ALL {
            let line = encode_request(&ToWindow::Raise, lang);
            assert!(
                line.starts_with(&format!("{{\"v\":{VERSION},\"lang\":\"{}\",", lang.code())),
                "{line}"
            );
            assert_eq!(
                decode_request(line.as_bytes()).expect("decodes"),
                (ToWindow::Raise, Some(lang))
            );
            // The plain decoder (a window process from before) reads it too.
            assert_eq!(
                decode::<ToWindow>(line.as_bytes()).expect("decodes"),
                ToWindow::Raise
            );
        }
        let welcome = ToWindow::Welcome {
            path: "/tmp/c.json".into(),
        };
        assert_eq!(
            decode_request(encode(&welcome).as_bytes()).expect("decodes"),
            (welcome.clone(), None)
        );
        let line = "{\"v\":1,\"lang\":\"pt\",\"do\":\"raise\"}";
        assert_eq!(
            decode_request(line.as_bytes()).expect("decodes"),
            (ToWindow::Raise, None)
        );
        assert!(matches!(
            decode_request(b"{\"v\":2,\"lang\":\"de\",\"do\":\"raise\"}"),
            Err(DecodeError::Version(Some(2)))
        ));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for line in ["", "{", "{\"report\":\"nope\"}", "[1,2]", "\u{0}"] {
            assert!(decode::<FromWindow>(line.as_bytes()).is_err(), "{line:?}");
            assert!(decode::<ToWindow>(line.as_bytes()).is_err(), "{line:?}");
        }
        let known_report_unknown_version = "{\"v\":1,\"report\":\"nope\"}";
        assert!(matches!(
            decode::<FromWindow>(known_report_unknown_version.as_bytes()),
            Err(DecodeError::Json(_))
        ));
        for bytes in [&b"\xff\xfe{"[..], b"{\"v\":1,\"report\":\"idle\"\xff}"] {
            assert!(matches!(
                decode::<FromWindow>(bytes),
                Err(DecodeError::Json(_))
            ));
        }
    }

    #[test]
    fn a_line_of_another_version_is_not_decoded() {
        let ours = encode(&FromWindow::Idle);
        assert_eq!(
            decode::<FromWindow>(ours.as_bytes()).expect("decodes"),
            FromWindow::Idle
        );
        for (line, theirs) in [
            ("{\"v\":2,\"report\":\"idle\"}", Some(2)),
            ("{\"v\":0,\"report\":\"alive\"}", Some(0)),
            // Before the pipe had versions.
            ("{\"report\":\"idle\"}", None),
            ("{\"v\":\"1\",\"report\":\"idle\"}", None),
            ("{\"v\":2,\"do\":\"raise\"}", Some(2)),
        ] {
            let got = decode::<FromWindow>(line.as_bytes());
            match got {
                Err(DecodeError::Version(v)) => assert_eq!(v, theirs, "{line}"),
                other => panic!("{line}: {other:?}"),
            }
            assert!(matches!(
                decode::<ToWindow>(line.as_bytes()),
                Err(DecodeError::Version(_))
            ));
        }
        assert_eq!(
            DecodeError::Version(Some(2)).to_string(),
            "a line of pipe version 2, where this unknot speaks 1"
        );
        assert_eq!(
            DecodeError::Version(None).to_string(),
            "a line of pipe version none, where this unknot speaks 1"
        );
    }

    /// Every read of `input` through a `LineReader` capped at `max`, read
    /// `chunk` bytes at a time, both blocking and async.
    fn reads(input: &[u8], max: usize, chunk: usize) -> Vec<Result<String, usize>> {
        let mut blocking = Vec::new();
        let mut lines = LineReader::new(max);
        let mut reader = std::io::BufReader::with_capacity(chunk, input);
        loop {
            match lines.next_blocking(&mut reader).expect("a slice reads") {
                Read::Line(l) => blocking.push(Ok(String::from_utf8_lossy(l).into_owned())),
                Read::TooLong(n) => blocking.push(Err(n)),
                Read::Eof => break,
            }
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        let not_blocking = runtime.block_on(async {
            let mut out = Vec::new();
            let mut lines = LineReader::new(max);
            let mut reader = tokio::io::BufReader::with_capacity(chunk, input);
            loop {
                match lines.next(&mut reader).await.expect("a slice reads") {
                    Read::Line(l) => out.push(Ok(String::from_utf8_lossy(l).into_owned())),
                    Read::TooLong(n) => out.push(Err(n)),
                    Read::Eof => return out,
                }
            }
        });
        assert_eq!(blocking, not_blocking);
        blocking
    }

    #[test]
    fn a_line_over_the_cap_is_dropped_and_the_next_one_read() {
        for chunk in [1, 3, 16, 8192] {
            assert_eq!(
                reads(b"abc\ntoo long\n\nxyz", 4, chunk),
                [
                    Ok("abc".into()),
                    Err(8),
                    Ok(String::new()),
                    Ok("xyz".into())
                ],
                "chunk {chunk}"
            );
            // Exactly at the cap is a line; one byte over is not.
            assert_eq!(
                reads(b"abcd\nabcde\n", 4, chunk),
                [Ok("abcd".into()), Err(5)],
                "chunk {chunk}"
            );
            // Cut off by the end of the pipe.
            assert_eq!(reads(b"ab\nabcdefg", 4, chunk), [Ok("ab".into()), Err(7)]);
            assert_eq!(reads(b"", 4, chunk), []);
        }
    }

    #[test]
    fn ten_megabytes_in_one_line_are_never_held() {
        let mut input = vec![b'x'; 10 * 1024 * 1024];
        input.push(b'\n');
        input.extend_from_slice(encode(&FromWindow::Alive).as_bytes());
        let mut lines = LineReader::new(MAX_LINE);
        let mut reader = std::io::BufReader::new(&input[..]);
        let first = lines.next_blocking(&mut reader).expect("reads");
        assert_eq!(first, Read::TooLong(10 * 1024 * 1024));
        assert!(
            lines.line.capacity() <= MAX_LINE,
            "held {} bytes",
            lines.line.capacity()
        );
        let Read::Line(next) = lines.next_blocking(&mut reader).expect("reads") else {
            panic!("the line after the long one is lost");
        };
        assert_eq!(
            decode::<FromWindow>(next).expect("decodes"),
            FromWindow::Alive
        );
        assert_eq!(lines.next_blocking(&mut reader).expect("reads"), Read::Eof);
    }
}
