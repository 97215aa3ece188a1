//! The control socket: the newline-delimited JSON protocol, the Unix-socket
//! server the background app runs, and the blocking client behind the CLI's
//! control commands (`unknot status`, `snooze`, `pause`, …). See docs/ipc.md.

use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, BufRead, BufReader, ErrorKind, Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::net::UnixStream as StdUnixStream;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveTime};
use clap::Subcommand;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWriteExt, BufReader as AsyncBufReader};
use tokio::net::unix::OwnedWriteHalf;
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio::task::JoinSet;

use crate::cli::EXIT_FAILURE;
use crate::config::{format_duration, parse_duration, parse_time};
use crate::engine::Mode;

/// The protocol version every response carries as `"v"`; a request may carry it too.
pub const PROTOCOL_VERSION: u32 = 1;
/// The longest request line the server reads, newline excluded.
pub const MAX_LINE: usize = 64 * 1024;
/// The longest response line the client reads, newline excluded.
pub const MAX_RESPONSE: usize = 1024 * 1024;
/// Connections served at once; further ones are told so and closed.
pub const MAX_CONNECTIONS: usize = 64;
/// How long the server waits for a whole request line (or to write a response).
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long the server waits for the app to answer one request.
pub const HANDLER_TIMEOUT: Duration = Duration::from_secs(5);
/// The client's connect, write and read timeout.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long `bind` waits for another starting instance to release the lock.
const LOCK_TIMEOUT: Duration = Duration::from_secs(5);

const SOCKET_NAME: &str = "unknot.sock";
const LOCK_NAME: &str = "unknot.lock";

/// The message every control command prints when no app answers.
pub const NOT_RUNNING: &str = "unknot is not running (start it with `unknot`)";

// ---- protocol: requests ----

/// Every command name, in the order the docs list them.
pub const COMMANDS: [&str; 10] = [
    "status",
    "break-now",
    "start",
    "snooze",
    "skip",
    "pause",
    "resume",
    "reload",
    "quit",
    "play",
];

/// One request line, `{"v":1,"cmd":"snooze","duration":"10m"}`. Unknown
/// fields are refused so that a typo is an error, not a silent default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Request {
    /// Answered with `Response::Status`.
    Status,
    /// Make a break due now (the notification a scheduled break gets); the
    /// routine defaults to the next break's.
    BreakNow {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        routine: Option<String>,
    },
    /// Open the guided window now; the routine defaults to the pending or next break's.
    Start {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        routine: Option<String>,
    },
    /// Remind again after this long (default: the configured snooze length).
    Snooze {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "wire_duration"
        )]
        duration: Option<Duration>,
    },
    Skip,
    Pause(Pause),
    Resume,
    /// Re-read the config file.
    Reload,
    Quit,
    /// Play a routine in the guided window, outside the schedule.
    Play {
        routine: String,
    },
}

/// How long `pause` lasts: `{"for":"30m"}`, `{"until":"13:00"}` or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PauseWire", into = "PauseWire")]
pub enum Pause {
    For(Duration),
    /// The next time the local clock shows this (today, else tomorrow).
    Until(NaiveTime),
    UntilResumed,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PauseWire {
    #[serde(
        rename = "for",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire_duration"
    )]
    for_: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "wire_time")]
    until: Option<NaiveTime>,
}

impl TryFrom<PauseWire> for Pause {
    type Error = &'static str;
    fn try_from(w: PauseWire) -> Result<Self, Self::Error> {
        match (w.for_, w.until) {
            (Some(d), None) => Ok(Pause::For(d)),
            (None, Some(t)) => Ok(Pause::Until(t)),
            (None, None) => Ok(Pause::UntilResumed),
            (Some(_), Some(_)) => Err("pause takes \"for\" or \"until\", not both"),
        }
    }
}

impl From<Pause> for PauseWire {
    fn from(p: Pause) -> Self {
        let (for_, until) = match p {
            Pause::For(d) => (Some(d), None),
            Pause::Until(t) => (None, Some(t)),
            Pause::UntilResumed => (None, None),
        };
        PauseWire { for_, until }
    }
}

/// Durations travel in the config's spelling: `"10m"`, `"1h30m"`, `"90s"`.
mod wire_duration {
    use super::*;

    pub fn serialize<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&format_duration(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Duration>, D::Error> {
        let text = String::deserialize(d)?;
        parse_duration(&text)
            .map(Some)
            .map_err(|e| serde::de::Error::custom(format!("{e}, found {text:?}")))
    }
}

/// Times of day travel as `"HH:MM"`.
mod wire_time {
    use super::*;

    pub fn serialize<S: serde::Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveTime>, D::Error> {
        let text = String::deserialize(d)?;
        parse_time(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "expected a time of day like \"13:30\" (00:00 to 23:59), found {text:?}"
            ))
        })
    }
}

// ---- protocol: responses ----

/// One response line. On the wire: `{"v":1,"ok":true,"message":"…"}`,
/// `{"v":1,"ok":true,"status":{…}}` or `{"v":1,"ok":false,"error":"…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ResponseWire", into = "ResponseWire")]
pub enum Response {
    /// Done; a sentence for the user, e.g. "Snoozed until 14:20".
    Message(String),
    Status(Box<StatusReport>),
    /// Refused or failed; a sentence for the user.
    Error(String),
}

#[derive(Serialize, Deserialize)]
struct ResponseWire {
    v: u32,
    ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<Box<StatusReport>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

impl TryFrom<ResponseWire> for Response {
    type Error = String;
    fn try_from(w: ResponseWire) -> Result<Self, String> {
        if w.v != PROTOCOL_VERSION {
            return Err(version_mismatch(&w.v.to_string()));
        }
        match (w.ok, w.message, w.status, w.error) {
            (true, Some(m), None, None) => Ok(Response::Message(m)),
            (true, None, Some(s), None) => Ok(Response::Status(s)),
            (false, None, None, Some(e)) => Ok(Response::Error(e)),
            _ => Err(
                "expected exactly one of \"message\" or \"status\" with \"ok\":true, \
                 or \"error\" with \"ok\":false"
                    .to_string(),
            ),
        }
    }
}

impl From<Response> for ResponseWire {
    fn from(r: Response) -> Self {
        let mut w = ResponseWire {
            v: PROTOCOL_VERSION,
            ok: true,
            message: None,
            status: None,
            error: None,
        };
        match r {
            Response::Message(m) => w.message = Some(m),
            Response::Status(s) => w.status = Some(s),
            Response::Error(e) => {
                w.ok = false;
                w.error = Some(e);
            }
        }
        w
    }
}

fn version_mismatch(found: &str) -> String {
    format!(
        "protocol version {found} is not supported; this unknot speaks version {PROTOCOL_VERSION} \
         (restart the app after an upgrade)"
    )
}

/// What the app reports: the tray's summary and `unknot status [--json]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusReport {
    pub pid: u32,
    pub state: State,
    /// The pending break, or the one expected next if the user keeps working.
    pub next_break: Option<NextBreakReport>,
    /// Snoozes left for the pending break; `None` when none is pending.
    pub snoozes_left: Option<u32>,
    /// When the pause ends (RFC 3339); `None` if not paused or paused until resumed.
    pub paused_until: Option<DateTime<FixedOffset>>,
    pub streak_days: u32,
    /// Today's daily routine ran to the end.
    pub daily_done: bool,
    /// The clock is inside the working hours.
    pub working_hours: bool,
    /// How long the user has touched nothing; `None` without idle detection.
    pub idle_seconds: Option<u64>,
    /// Where idle time comes from: `x11`, `ext-idle-notify-v1`,
    /// `org_kde_kwin_idle`, `gnome-idle-monitor`; `None` without idle detection.
    #[serde(default)]
    pub idle_source: Option<String>,
    /// The config file in use; `None` for the built-in default.
    pub config_path: Option<String>,
    /// Why the config file was not (re)loaded; the app runs on the last good one.
    pub config_error: Option<String>,
    /// Missing desktop pieces: `no-tray-host`, `no-notification-server`,
    /// `no-notification-actions`, `no-audio`, `no-idle-detection`, `history-not-saved`.
    #[serde(default)]
    pub degraded: Vec<String>,
    /// Our notification, if one is on screen.
    pub notification: Option<NotificationReport>,
    /// The tray's one-line summary, e.g. "Desk reset in 23 min · streak 4 days".
    pub status_text: String,
}

/// The engine's state as the protocol names it; a stable copy of `engine::Mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Idle,
    Due,
    Snoozed,
    Paused,
    InBreak,
}

impl From<Mode> for State {
    fn from(m: Mode) -> Self {
        // Exhaustive on purpose: a new engine mode needs a protocol decision.
        match m {
            Mode::Idle => State::Idle,
            Mode::Due => State::Due,
            Mode::Snoozed => State::Snoozed,
            Mode::Paused => State::Paused,
            Mode::InBreak => State::InBreak,
        }
    }
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Idle => "idle",
            State::Due => "due",
            State::Snoozed => "snoozed",
            State::Paused => "paused",
            State::InBreak => "in-break",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextBreakReport {
    pub name: String,
    pub routine: String,
    /// When it is (or was) due, RFC 3339.
    pub at: DateTime<FixedOffset>,
    /// Seconds from now until `at`; negative when a pending break is overdue.
    pub in_seconds: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationReport {
    /// The notification server accepted it.
    pub shown: bool,
    /// Its actions are live: clicking one now reaches the app.
    pub awaiting_action: bool,
    /// The action labels it offers, e.g. `["Start", "Snooze 10 min", "Skip"]`.
    pub actions: Vec<String>,
    pub break_name: String,
}

// ---- protocol: codec ----

/// Why a line is not a valid request or response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    #[error("the line is not UTF-8 text")]
    NotUtf8,
    #[error("the line is longer than {max} bytes")]
    TooLong { max: usize },
    #[error("the line is not JSON: {0}")]
    Json(String),
    #[error("a request is one JSON object on one line, like {{\"cmd\":\"status\"}}")]
    NotObject,
    #[error("{}", version_mismatch(.0))]
    Version(String),
    #[error("the request has no \"cmd\"; known commands: {}", COMMANDS.join(", "))]
    NoCommand,
    #[error("unknown command {:?}; known commands: {}", .0, COMMANDS.join(", "))]
    UnknownCommand(String),
    #[error("bad {cmd:?} request: {reason}")]
    BadRequest { cmd: String, reason: String },
    #[error("bad response: {0}")]
    BadResponse(String),
}

/// The fields each command takes besides `cmd` (and `v`); `None` for an unknown command.
fn fields_of(cmd: &str) -> Option<&'static [&'static str]> {
    Some(match cmd {
        "status" | "skip" | "resume" | "reload" | "quit" => &[],
        "break-now" | "start" | "play" => &["routine"],
        "snooze" => &["duration"],
        "pause" => &["for", "until"],
        _ => return None,
    })
}

/// One request line, without the newline: `{"v":1,"cmd":…}`.
pub fn encode_request(req: &Request) -> String {
    #[derive(Serialize)]
    struct Envelope<'a> {
        v: u32,
        #[serde(flatten)]
        req: &'a Request,
    }
    let env = Envelope {
        v: PROTOCOL_VERSION,
        req,
    };
    serde_json::to_string(&env).expect("a request always serializes (plain strings and enums)")
}

/// Parses one request line (newline already removed). Never panics.
pub fn decode_request(line: &[u8]) -> Result<Request, ProtocolError> {
    if line.len() > MAX_LINE {
        return Err(ProtocolError::TooLong { max: MAX_LINE });
    }
    let text = std::str::from_utf8(line).map_err(|_| ProtocolError::NotUtf8)?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| ProtocolError::Json(e.to_string()))?;
    let Value::Object(mut map) = value else {
        return Err(ProtocolError::NotObject);
    };
    match map.remove("v") {
        None => {}
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(PROTOCOL_VERSION)) => {}
        Some(other) => return Err(ProtocolError::Version(other.to_string())),
    }
    let cmd = match map.get("cmd") {
        None => return Err(ProtocolError::NoCommand),
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(ProtocolError::UnknownCommand(other.to_string())),
    };
    let Some(fields) = fields_of(&cmd) else {
        return Err(ProtocolError::UnknownCommand(cmd));
    };
    // Checked here because serde lets unit variants ignore extra keys.
    if let Some(extra) = map
        .keys()
        .find(|k| *k != "cmd" && !fields.contains(&k.as_str()))
    {
        let takes = match fields {
            [] => "no fields".to_string(),
            _ => format!("only {}", fields.join(", ")),
        };
        return Err(ProtocolError::BadRequest {
            reason: format!("unknown field {extra:?}; {cmd} takes {takes}"),
            cmd,
        });
    }
    serde_json::from_value(Value::Object(map)).map_err(|e| ProtocolError::BadRequest {
        cmd,
        reason: e.to_string(),
    })
}

/// One response line, without the newline.
pub fn encode_response(resp: &Response) -> String {
    serde_json::to_string(resp).expect("a response always serializes (strings, numbers, dates)")
}

/// Parses one response line (newline already removed). Never panics.
pub fn decode_response(line: &[u8]) -> Result<Response, ProtocolError> {
    let text = std::str::from_utf8(line).map_err(|_| ProtocolError::NotUtf8)?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| ProtocolError::Json(e.to_string()))?;
    if let Some(v) = value.get("v") {
        if v.as_u64() != Some(u64::from(PROTOCOL_VERSION)) {
            return Err(ProtocolError::Version(v.to_string()));
        }
    }
    serde_json::from_value(value).map_err(|e| ProtocolError::BadResponse(e.to_string()))
}

// ---- where the socket lives ----

/// Why the control socket cannot be set up or used.
#[derive(Debug, thiserror::Error)]
pub enum IpcError {
    #[error("{}: {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        source: io::Error,
    },
    #[error("{}: not a directory; remove it and start unknot again", path.display())]
    NotADirectory { path: PathBuf },
    #[error("{}: owned by uid {owner}, not by you (uid {uid}); refusing to use it", path.display())]
    NotOwned { path: PathBuf, owner: u32, uid: u32 },
    #[error(
        "{}: open to other users (mode {mode:o}, must be 700); refusing to use it — remove it and start unknot again",
        path.display()
    )]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("{}: another unknot is starting and holds the lock; try again", path.display())]
    Locked { path: PathBuf },
}

/// The folder that holds `unknot.sock` and `unknot.lock`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    dir: PathBuf,
}

impl Endpoint {
    /// `$XDG_RUNTIME_DIR/unknot`; when that is unset, empty or relative,
    /// `/tmp/unknot-<uid>` (never a folder shared between users).
    pub fn from_env() -> Endpoint {
        match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
            Some(dir) if dir.is_absolute() => Endpoint::in_runtime_dir(&dir),
            _ => Endpoint {
                dir: PathBuf::from(format!("/tmp/unknot-{}", current_uid())),
            },
        }
    }

    /// `RUNTIME_DIR/unknot`, as if `XDG_RUNTIME_DIR=RUNTIME_DIR`.
    pub fn in_runtime_dir(runtime_dir: &Path) -> Endpoint {
        Endpoint {
            dir: runtime_dir.join("unknot"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn socket_path(&self) -> PathBuf {
        self.dir.join(SOCKET_NAME)
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(LOCK_NAME)
    }

    /// Creates the folder 0700 if missing, and refuses one that is not ours or
    /// is open to others.
    fn ensure_dir(&self) -> Result<(), IpcError> {
        match DirBuilder::new().mode(0o700).create(&self.dir) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(IpcError::Io {
                    path: self.dir.clone(),
                    what: "cannot create the socket folder",
                    source,
                })
            }
        }
        self.check_dir()
    }

    fn check_dir(&self) -> Result<(), IpcError> {
        let meta = fs::symlink_metadata(&self.dir).map_err(|source| IpcError::Io {
            path: self.dir.clone(),
            what: "cannot inspect the socket folder",
            source,
        })?;
        judge_dir(
            &self.dir,
            meta.file_type().is_dir(),
            meta.uid(),
            meta.mode(),
            current_uid(),
        )
    }

    /// Becomes the primary instance, or finds the running one. Holds
    /// `unknot.lock` around check-remove-bind so that two instances starting
    /// at once cannot both take a stale socket for their own.
    pub async fn bind(&self) -> Result<Bind, IpcError> {
        self.ensure_dir()?;
        let lock_path = self.lock_path();
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&lock_path)
            .map_err(|source| IpcError::Io {
                path: lock_path.clone(),
                what: "cannot open the lock file",
                source,
            })?;
        // Polled rather than blocking: this runs on the async runtime, and a
        // stuck instance holding the lock must not hang this one forever.
        let mut waited = Duration::ZERO;
        loop {
            match lock.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if waited < LOCK_TIMEOUT => {
                    let step = Duration::from_millis(20);
                    tokio::time::sleep(step).await;
                    waited += step;
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(IpcError::Locked { path: lock_path })
                }
                Err(fs::TryLockError::Error(source)) => {
                    return Err(IpcError::Io {
                        path: lock_path,
                        what: "cannot lock",
                        source,
                    })
                }
            }
        }
        let result = self.bind_locked().await;
        drop(lock); // closing the file releases the lock
        result
    }

    async fn bind_locked(&self) -> Result<Bind, IpcError> {
        let path = self.socket_path();
        let io_err = |what: &'static str| {
            let path = path.clone();
            move |source| IpcError::Io { path, what, source }
        };
        let listener = match UnixListener::bind(&path) {
            Ok(l) => l,
            Err(e) if e.kind() == ErrorKind::AddrInUse => match UnixStream::connect(&path).await {
                Ok(probe) => {
                    let pid = probe
                        .peer_cred()
                        .ok()
                        .and_then(|c| c.pid())
                        .and_then(|p| u32::try_from(p).ok());
                    return Ok(Bind::Running { pid });
                }
                // A live server whose backlog is full.
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    return Ok(Bind::Running { pid: None })
                }
                Err(e) if e.kind() == ErrorKind::ConnectionRefused => {
                    // Left behind by a crashed run: nobody listens.
                    fs::remove_file(&path).map_err(io_err("cannot remove the stale socket"))?;
                    UnixListener::bind(&path).map_err(io_err("cannot listen"))?
                }
                Err(source) => {
                    return Err(IpcError::Io {
                        path,
                        what: "cannot reach the socket",
                        source,
                    })
                }
            },
            Err(source) => {
                return Err(IpcError::Io {
                    path,
                    what: "cannot listen",
                    source,
                })
            }
        };
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600))
            .map_err(io_err("cannot restrict the socket to 0600"))?;
        let meta = fs::symlink_metadata(&path).map_err(io_err("cannot inspect the socket"))?;
        Ok(Bind::Primary(Server {
            listener,
            guard: SocketGuard {
                path: path.clone(),
                dev: meta.dev(),
                ino: meta.ino(),
            },
            uid: current_uid(),
            idle_timeout: IDLE_TIMEOUT,
        }))
    }

    /// Sends one request to the running app and waits for its answer.
    pub fn request(&self, req: &Request) -> Result<Response, ClientError> {
        match fs::symlink_metadata(&self.dir) {
            Err(e) if e.kind() == ErrorKind::NotFound => return Err(ClientError::NotRunning),
            _ => self.check_dir()?,
        }
        let path = self.socket_path();
        let io = |what: &'static str| {
            let path = path.clone();
            move |source: io::Error| match source.kind() {
                ErrorKind::WouldBlock | ErrorKind::TimedOut => ClientError::Timeout,
                _ => ClientError::Io { path, what, source },
            }
        };
        let mut stream = match connect_with_timeout(&path, CLIENT_TIMEOUT) {
            Ok(s) => s,
            Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::ConnectionRefused) => {
                return Err(ClientError::NotRunning)
            }
            Err(e) => return Err(io("cannot connect")(e)),
        };
        stream
            .set_read_timeout(Some(CLIENT_TIMEOUT))
            .map_err(io("cannot set a timeout"))?;
        stream
            .set_write_timeout(Some(CLIENT_TIMEOUT))
            .map_err(io("cannot set a timeout"))?;
        let mut line = encode_request(req);
        line.push('\n');
        // A server that refuses (too busy, line too long) answers and closes,
        // possibly before our write lands: its answer is still there to read.
        let sent = stream.write_all(line.as_bytes());
        let mut reader = BufReader::new(stream).take(MAX_RESPONSE as u64 + 1);
        let mut answer = Vec::new();
        let read = reader.read_until(b'\n', &mut answer);
        if answer.is_empty() {
            sent.map_err(io("cannot send the request"))?;
            read.map_err(io("cannot read the answer"))?;
            return Err(ClientError::Closed);
        }
        if answer.last() == Some(&b'\n') {
            answer.pop();
        } else if answer.len() > MAX_RESPONSE {
            return Err(ClientError::Protocol(ProtocolError::TooLong {
                max: MAX_RESPONSE,
            }));
        } else {
            read.map_err(io("cannot read the answer"))?;
        }
        Ok(decode_response(&answer)?)
    }
}

/// The folder rules, apart from the file system so they can be tested.
fn judge_dir(path: &Path, is_dir: bool, owner: u32, mode: u32, uid: u32) -> Result<(), IpcError> {
    if !is_dir {
        return Err(IpcError::NotADirectory { path: path.into() });
    }
    if owner != uid {
        return Err(IpcError::NotOwned {
            path: path.into(),
            owner,
            uid,
        });
    }
    if mode & 0o077 != 0 {
        return Err(IpcError::TooOpen {
            path: path.into(),
            mode: mode & 0o7777,
        });
    }
    Ok(())
}

fn current_uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// std's `connect` has no timeout; a server whose backlog is full would block it.
fn connect_with_timeout(path: &Path, timeout: Duration) -> io::Result<StdUnixStream> {
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::Builder::new()
        .name("unknot-connect".into())
        .spawn(move || {
            let _ = tx.send(StdUnixStream::connect(owned));
        })?;
    rx.recv_timeout(timeout)
        .map_err(|_| io::Error::new(ErrorKind::TimedOut, "connect timed out"))?
}

// ---- server ----

/// What `bind` found.
#[derive(Debug)]
pub enum Bind {
    /// We are the one instance; serve the socket.
    Primary(Server),
    /// Another instance answers on the socket; `pid` from its peer credentials.
    Running { pid: Option<u32> },
}

/// Where the app receives requests: answer each on its `oneshot` (within
/// `HANDLER_TIMEOUT`, else the client is told the app did not answer).
pub type Handler = mpsc::Sender<(Request, oneshot::Sender<Response>)>;

/// The bound control socket. Dropping it (or the `serve` future) removes the socket file.
#[derive(Debug)]
pub struct Server {
    listener: UnixListener,
    guard: SocketGuard,
    uid: u32,
    idle_timeout: Duration,
}

/// Removes the socket on drop, unless something else has replaced it since.
#[derive(Debug)]
struct SocketGuard {
    path: PathBuf,
    dev: u64,
    ino: u64,
}

impl Drop for SocketGuard {
    fn drop(&mut self) {
        if let Ok(meta) = fs::symlink_metadata(&self.path) {
            if meta.dev() == self.dev && meta.ino() == self.ino {
                let _ = fs::remove_file(&self.path);
            }
        }
    }
}

/// How reading one request line ended.
#[derive(Debug, PartialEq, Eq)]
enum LineRead {
    Line,
    Eof,
    TooLong,
}

impl Server {
    pub fn socket_path(&self) -> &Path {
        &self.guard.path
    }

    /// How long a connection may take to send a whole line (default `IDLE_TIMEOUT`).
    pub fn with_idle_timeout(mut self, timeout: Duration) -> Server {
        self.idle_timeout = timeout;
        self
    }

    /// Accepts connections until the future is dropped; each connection runs
    /// in its own task. Connection tasks end with it.
    pub async fn serve(self, handler: Handler) {
        let limit = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let mut connections = JoinSet::new();
        loop {
            tokio::select! {
                biased;
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
                accepted = self.listener.accept() => {
                    let stream = match accepted {
                        Ok((stream, _)) => stream,
                        Err(e) => {
                            // Out of file descriptors and the like: back off, keep serving.
                            eprintln!("unknot: control socket: accept failed: {e}");
                            tokio::time::sleep(Duration::from_millis(100)).await;
                            continue;
                        }
                    };
                    let Ok(permit) = limit.clone().try_acquire_owned() else {
                        let mut line = encode_response(&Response::Error(
                            "unknot is serving too many connections; try again".into(),
                        ));
                        line.push('\n');
                        // Straight to the socket, never waiting: tokio's try_write
                        // would refuse before the reactor has seen it writable.
                        if let Ok(mut std_stream) = stream.into_std() {
                            let _ = std_stream.write(line.as_bytes());
                        }
                        continue;
                    };
                    match stream.peer_cred() {
                        Ok(cred) if cred.uid() == self.uid => {}
                        _ => continue, // another user (or unknown): drop it unanswered
                    }
                    let handler = handler.clone();
                    let idle = self.idle_timeout;
                    connections.spawn(async move {
                        serve_connection(stream, handler, idle).await;
                        drop(permit);
                    });
                }
            }
        }
    }
}

/// Answers request lines one at a time until EOF, a timeout or an oversized
/// line. A line that is not a valid request gets an error and the connection
/// stays open: the line framing is still intact.
async fn serve_connection(stream: UnixStream, handler: Handler, idle: Duration) {
    let (read, mut write) = stream.into_split();
    let mut reader = AsyncBufReader::with_capacity(8 * 1024, read);
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = tokio::time::timeout(idle, read_line_bounded(&mut reader, &mut line, MAX_LINE));
        let response = match read.await {
            Err(_) => {
                let msg = format!(
                    "no complete request line within {} s; closing",
                    idle.as_secs_f32()
                );
                let _ = write_response(&mut write, &Response::Error(msg), idle).await;
                return;
            }
            Ok(Err(_)) | Ok(Ok(LineRead::Eof)) => return,
            Ok(Ok(LineRead::TooLong)) => {
                let msg = format!("{}; closing", ProtocolError::TooLong { max: MAX_LINE });
                let _ = write_response(&mut write, &Response::Error(msg), idle).await;
                return;
            }
            Ok(Ok(LineRead::Line)) => {
                if line.trim_ascii().is_empty() {
                    continue;
                }
                match decode_request(&line) {
                    Ok(req) => ask(&handler, req).await,
                    Err(e) => Response::Error(e.to_string()),
                }
            }
        };
        if write_response(&mut write, &response, idle).await.is_err() {
            return;
        }
    }
}

/// Reads up to and without the next `\n`, never holding more than `max` bytes.
/// A last line without `\n` before EOF still counts as a line.
async fn read_line_bounded<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<LineRead> {
    loop {
        let available = reader.fill_buf().await?;
        if available.is_empty() {
            return Ok(if buf.is_empty() {
                LineRead::Eof
            } else {
                LineRead::Line
            });
        }
        let (take, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (available.len(), false),
        };
        if buf.len() + take > max {
            return Ok(LineRead::TooLong);
        }
        buf.extend_from_slice(&available[..take]);
        reader.consume(if done { take + 1 } else { take });
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(LineRead::Line);
        }
    }
}

async fn write_response(
    write: &mut OwnedWriteHalf,
    resp: &Response,
    idle: Duration,
) -> io::Result<()> {
    let mut line = encode_response(resp);
    line.push('\n');
    match tokio::time::timeout(idle, write.write_all(line.as_bytes())).await {
        Ok(result) => result,
        Err(_) => Err(io::Error::new(
            ErrorKind::TimedOut,
            "the client does not read",
        )),
    }
}

async fn ask(handler: &Handler, req: Request) -> Response {
    let (tx, rx) = oneshot::channel();
    let exchange = async {
        handler.send((req, tx)).await.ok()?;
        rx.await.ok()
    };
    match tokio::time::timeout(HANDLER_TIMEOUT, exchange).await {
        Ok(Some(resp)) => resp,
        Ok(None) => Response::Error("unknot is shutting down and did not answer".into()),
        Err(_) => Response::Error(format!(
            "unknot did not answer within {} s",
            HANDLER_TIMEOUT.as_secs()
        )),
    }
}

/// `Endpoint::from_env().bind()`: what `unknot` (the app) calls first.
pub async fn bind() -> Result<Bind, IpcError> {
    Endpoint::from_env().bind().await
}

// ---- client ----

/// Why a control command got no answer.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{NOT_RUNNING}")]
    NotRunning,
    #[error(transparent)]
    Unsafe(#[from] IpcError),
    #[error("{}: {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        source: io::Error,
    },
    #[error("unknot did not answer within {} s", CLIENT_TIMEOUT.as_secs())]
    Timeout,
    #[error("unknot closed the connection without answering")]
    Closed,
    #[error("unknot answered something unexpected: {0}")]
    Protocol(#[from] ProtocolError),
}

/// `Endpoint::from_env().request(req)`.
pub fn request(req: &Request) -> Result<Response, ClientError> {
    Endpoint::from_env().request(req)
}

// ---- the CLI's control commands ----

/// Commands that talk to the running app.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum ControlCommand {
    /// Show what the running app is doing: state, next break, snoozes, streak, problems
    Status {
        /// Print the full status as JSON
        #[arg(long)]
        json: bool,
    },
    /// Make a break due now: the same notification a scheduled break gets
    BreakNow {
        /// Routine id (default: the next break's routine)
        routine: Option<String>,
    },
    /// Open the guided window now
    Start {
        /// Routine id (default: the pending or next break's routine)
        routine: Option<String>,
    },
    /// Remind me about the pending break later
    Snooze {
        /// How long, e.g. 10m or 1h30m (default: the configured snooze length)
        #[arg(value_parser = duration_arg)]
        duration: Option<Duration>,
    },
    /// Skip the pending break; its interval starts over
    Skip,
    /// Pause reminders: for a while, until a time, or until `unknot resume`
    Pause {
        /// How long, e.g. 30m or 2h
        #[arg(value_parser = duration_arg)]
        duration: Option<Duration>,
        /// Until this local time, HH:MM (the next time the clock shows it)
        #[arg(long, value_name = "HH:MM", value_parser = time_arg, conflicts_with = "duration")]
        until: Option<NaiveTime>,
    },
    /// End a pause
    Resume,
    /// Re-read the config file
    Reload,
    /// Stop the running app
    Quit,
}

fn duration_arg(s: &str) -> Result<Duration, String> {
    parse_duration(s).map_err(|e| e.to_string())
}

fn time_arg(s: &str) -> Result<NaiveTime, String> {
    parse_time(s).ok_or_else(|| "expected a time of day like 13:30 (00:00 to 23:59)".to_string())
}

impl ControlCommand {
    pub fn to_request(&self) -> Request {
        match self {
            ControlCommand::Status { .. } => Request::Status,
            ControlCommand::BreakNow { routine } => Request::BreakNow {
                routine: routine.clone(),
            },
            ControlCommand::Start { routine } => Request::Start {
                routine: routine.clone(),
            },
            ControlCommand::Snooze { duration } => Request::Snooze {
                duration: *duration,
            },
            ControlCommand::Skip => Request::Skip,
            ControlCommand::Pause { duration, until } => Request::Pause(match (duration, until) {
                (Some(d), _) => Pause::For(*d),
                (None, Some(t)) => Pause::Until(*t),
                (None, None) => Pause::UntilResumed,
            }),
            ControlCommand::Resume => Request::Resume,
            ControlCommand::Reload => Request::Reload,
            ControlCommand::Quit => Request::Quit,
        }
    }
}

/// Runs one control command against the running app and prints the outcome.
/// Exit 0 on success, 1 when the app is missing or refuses; bad arguments
/// never get here (clap exits 2).
pub fn control_command(cmd: &ControlCommand) -> ExitCode {
    let json = matches!(cmd, ControlCommand::Status { json: true });
    match request(&cmd.to_request()) {
        Ok(Response::Message(m)) => {
            println!("{m}");
            ExitCode::SUCCESS
        }
        Ok(Response::Status(s)) if json => match serde_json::to_string_pretty(&s) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("unknot: cannot print the status: {e}");
                ExitCode::from(EXIT_FAILURE)
            }
        },
        Ok(Response::Status(s)) => {
            print!("{}", render_status(&s));
            ExitCode::SUCCESS
        }
        Ok(Response::Error(e)) => {
            eprintln!("{e}");
            ExitCode::from(EXIT_FAILURE)
        }
        Err(ClientError::NotRunning) => {
            eprintln!("{NOT_RUNNING}");
            ExitCode::from(EXIT_FAILURE)
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// `unknot status` for people: a few lines, only those that say something.
pub fn render_status(s: &StatusReport) -> String {
    let mut out = format!("unknot is running (pid {}): {}\n", s.pid, s.status_text);
    let mut line = |label: &str, value: String| out.push_str(&format!("{label:<14}{value}\n"));
    line("state:", s.state.as_str().to_string());
    if let Some(b) = &s.next_break {
        let clock = if b.in_seconds.abs() < 12 * 3600 {
            b.at.format("%H:%M")
        } else {
            b.at.format("%a %d %b %H:%M")
        };
        line(
            "next break:",
            format!(
                "{} ({}) at {clock}, {}",
                b.name,
                b.routine,
                relative(b.in_seconds)
            ),
        );
    }
    if let Some(n) = s.snoozes_left {
        line("snoozes left:", n.to_string());
    }
    if let Some(t) = s.paused_until {
        line("paused until:", t.format("%a %d %b %H:%M").to_string());
    } else if s.state == State::Paused {
        line("paused until:", "you resume (`unknot resume`)".to_string());
    }
    let days = if s.streak_days == 1 { "day" } else { "days" };
    let daily = if s.daily_done {
        "today's daily routine done"
    } else {
        "today's daily routine not done yet"
    };
    line("streak:", format!("{} {days}; {daily}", s.streak_days));
    if !s.working_hours {
        line("hours:", "outside working hours".to_string());
    }
    if let Some(n) = &s.notification {
        let what = if n.awaiting_action {
            format!("waiting for {}", n.actions.join(" / "))
        } else if n.shown {
            "shown".to_string()
        } else {
            "not shown".to_string()
        };
        line("notification:", format!("{}: {what}", n.break_name));
    }
    if !s.degraded.is_empty() {
        line("degraded:", s.degraded.join(", "));
    }
    match &s.config_path {
        Some(p) => line("config:", p.clone()),
        None => line("config:", "built-in default".to_string()),
    }
    if let Some(e) = &s.config_error {
        line("config error:", e.clone());
    }
    out
}

/// "in 23 min", "in 1 h 5 min", "now", "4 min ago".
fn relative(secs: i64) -> String {
    let minutes = secs.unsigned_abs().div_ceil(60);
    let span = if minutes >= 60 {
        match minutes % 60 {
            0 => format!("{} h", minutes / 60),
            m => format!("{} h {m} min", minutes / 60),
        }
    } else {
        format!("{minutes} min")
    };
    match secs {
        0 => "now".to_string(),
        s if s > 0 => format!("in {span}"),
        _ => format!("{span} ago"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn every_request() -> Vec<Request> {
        let t = |s| parse_time(s).expect("a valid time");
        vec![
            Request::Status,
            Request::BreakNow { routine: None },
            Request::BreakNow {
                routine: Some("upper-trap".into()),
            },
            Request::Start { routine: None },
            Request::Start {
                routine: Some("desk-reset".into()),
            },
            Request::Snooze { duration: None },
            Request::Snooze {
                duration: Some(Duration::from_secs(600)),
            },
            Request::Skip,
            Request::Pause(Pause::UntilResumed),
            Request::Pause(Pause::For(Duration::from_secs(5400))),
            Request::Pause(Pause::Until(t("13:05"))),
            Request::Resume,
            Request::Reload,
            Request::Quit,
            Request::Play {
                routine: "upper-trap".into(),
            },
        ]
    }

    pub(crate) fn sample_status() -> StatusReport {
        let at = DateTime::parse_from_rfc3339("2026-03-02T14:05:00+01:00").expect("a valid date");
        StatusReport {
            pid: 4242,
            state: State::Due,
            next_break: Some(NextBreakReport {
                name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at,
                in_seconds: 1380,
            }),
            snoozes_left: Some(2),
            paused_until: None,
            streak_days: 4,
            daily_done: false,
            working_hours: true,
            idle_seconds: Some(3),
            idle_source: Some("x11".into()),
            config_path: Some("/home/me/.config/unknot/config.json".into()),
            config_error: None,
            degraded: vec!["no-audio".into()],
            notification: Some(NotificationReport {
                shown: true,
                awaiting_action: true,
                actions: vec!["Start".into(), "Snooze".into(), "Skip".into()],
                break_name: "Desk reset".into(),
            }),
            status_text: "Desk reset in 23 min · streak 4 days".into(),
        }
    }

    fn decode(s: &str) -> Result<Request, ProtocolError> {
        decode_request(s.as_bytes())
    }

    #[test]
    fn every_request_round_trips() {
        for req in every_request() {
            let line = encode_request(&req);
            assert!(!line.contains('\n'), "{line}");
            assert!(line.contains("\"v\":1"), "{line}");
            assert_eq!(decode_request(line.as_bytes()), Ok(req.clone()), "{line}");
        }
    }

    #[test]
    fn every_command_name_is_listed() {
        let names: Vec<String> = every_request()
            .iter()
            .map(|r| {
                let v: Value = serde_json::from_str(&encode_request(r)).expect("JSON");
                v["cmd"].as_str().expect("a cmd").to_string()
            })
            .collect();
        for cmd in COMMANDS {
            assert!(fields_of(cmd).is_some(), "{cmd} has no field list");
            assert!(names.iter().any(|n| n == cmd), "{cmd} has no example");
        }
        for n in &names {
            assert!(COMMANDS.contains(&n.as_str()), "{n} is not in COMMANDS");
        }
    }

    #[test]
    fn the_documented_wire_forms_decode() {
        assert_eq!(decode(r#"{"cmd":"status"}"#), Ok(Request::Status));
        assert_eq!(
            decode(r#"{"v":1,"cmd":"snooze","duration":"10m"}"#),
            Ok(Request::Snooze {
                duration: Some(Duration::from_secs(600))
            })
        );
        assert_eq!(
            decode(r#"{"cmd":"pause","for":"1h30m"}"#),
            Ok(Request::Pause(Pause::For(Duration::from_secs(5400))))
        );
        assert_eq!(
            decode(r#"{"cmd":"pause","until":"09:00"}"#),
            Ok(Request::Pause(Pause::Until(
                parse_time("09:00").expect("a time")
            )))
        );
        assert_eq!(
            decode(r#"{"cmd":"pause"}"#),
            Ok(Request::Pause(Pause::UntilResumed))
        );
        assert_eq!(
            decode(r#"{"cmd":"break-now","routine":"upper-trap"}"#),
            Ok(Request::BreakNow {
                routine: Some("upper-trap".into())
            })
        );
        assert_eq!(
            encode_request(&Request::Snooze {
                duration: Some(Duration::from_secs(600))
            }),
            r#"{"v":1,"cmd":"snooze","duration":"10m"}"#
        );
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        let err = |s: &str| decode(s).expect_err(s).to_string();
        assert!(err("hello").contains("not JSON"));
        assert!(err("[1,2]").contains("one JSON object"));
        assert!(err(r#"{"duration":"10m"}"#).contains("no \"cmd\""));
        let e = err(r#"{"cmd":"fly"}"#);
        assert!(
            e.contains("unknown command \"fly\"") && e.contains("snooze"),
            "{e}"
        );
        assert!(err(r#"{"cmd":7}"#).contains("unknown command"));
        assert!(err(r#"{"v":2,"cmd":"status"}"#).contains("version 2"));
        let e = err(r#"{"cmd":"snooze","duration":"fifty"}"#);
        assert!(e.contains("snooze") && e.contains("fifty"), "{e}");
        assert!(err(r#"{"cmd":"snooze","duraton":"10m"}"#).contains("duraton"));
        assert!(err(r#"{"cmd":"skip","now":true}"#).contains("now"));
        assert!(err(r#"{"cmd":"pause","for":"10m","until":"13:00"}"#).contains("not both"));
        assert!(err(r#"{"cmd":"pause","until":"25:00"}"#).contains("25:00"));
        assert!(err(r#"{"cmd":"play"}"#).contains("routine"));
        assert!(err(r#"{"cmd":"play","routine":5}"#).contains("play"));
        assert_eq!(decode_request(b"\xff\xfe"), Err(ProtocolError::NotUtf8));
        let long = vec![b' '; MAX_LINE + 1];
        assert_eq!(
            decode_request(&long),
            Err(ProtocolError::TooLong { max: MAX_LINE })
        );
    }

    #[test]
    fn every_response_round_trips() {
        for resp in [
            Response::Message("Snoozed until 14:20".into()),
            Response::Error("no routine \"x\"".into()),
            Response::Status(Box::new(sample_status())),
        ] {
            let line = encode_response(&resp);
            assert!(line.starts_with("{\"v\":1,"), "{line}");
            assert_eq!(decode_response(line.as_bytes()), Ok(resp));
        }
        assert_eq!(
            encode_response(&Response::Error("nope".into())),
            r#"{"v":1,"ok":false,"error":"nope"}"#
        );
    }

    #[test]
    fn bad_responses_are_errors() {
        for bad in [
            r#"{"v":1,"ok":true}"#,
            r#"{"v":1,"ok":false,"message":"x"}"#,
            r#"{"v":1,"ok":true,"message":"x","error":"y"}"#,
            r#"{"ok":true,"message":"x"}"#,
            r#"{"v":2,"ok":true,"message":"x"}"#,
            "garbage",
        ] {
            assert!(decode_response(bad.as_bytes()).is_err(), "{bad}");
        }
        let e = decode_response(br#"{"v":2,"ok":true,"message":"x"}"#).expect_err("v2");
        assert!(e.to_string().contains("restart"), "{e}");
    }

    #[test]
    fn status_json_has_the_documented_keys() {
        let v = serde_json::to_value(sample_status()).expect("JSON");
        assert_eq!(v["state"], "due");
        assert_eq!(v["next_break"]["at"], "2026-03-02T14:05:00+01:00");
        assert_eq!(v["next_break"]["in_seconds"], 1380);
        assert_eq!(v["paused_until"], Value::Null);
        assert_eq!(v["notification"]["awaiting_action"], true);
        assert_eq!(
            serde_json::to_value(State::InBreak).expect("JSON"),
            "in-break"
        );
    }

    #[test]
    fn human_status_names_what_matters() {
        let text = render_status(&sample_status());
        for part in [
            "pid 4242",
            "Desk reset in 23 min · streak 4 days",
            "state:        due",
            "at 14:05, in 23 min",
            "snoozes left: 2",
            "4 days",
            "no-audio",
            "waiting for Start / Snooze / Skip",
            "config.json",
        ] {
            assert!(text.contains(part), "{part:?} missing from:\n{text}");
        }
        assert!(!text.contains("config error"), "{text}");
    }

    #[test]
    fn relative_times_read_naturally() {
        assert_eq!(relative(0), "now");
        assert_eq!(relative(30), "in 1 min");
        assert_eq!(relative(1380), "in 23 min");
        assert_eq!(relative(3900), "in 1 h 5 min");
        assert_eq!(relative(7200), "in 2 h");
        assert_eq!(relative(-240), "4 min ago");
    }

    #[test]
    fn the_folder_must_be_ours_and_private() {
        let p = Path::new("/tmp/unknot-1000");
        assert!(judge_dir(p, true, 1000, 0o40700, 1000).is_ok());
        assert!(matches!(
            judge_dir(p, true, 0, 0o40700, 1000),
            Err(IpcError::NotOwned { owner: 0, .. })
        ));
        assert!(matches!(
            judge_dir(p, true, 1000, 0o40755, 1000),
            Err(IpcError::TooOpen { mode: 0o755, .. })
        ));
        assert!(matches!(
            judge_dir(p, true, 1000, 0o41777, 1000),
            Err(IpcError::TooOpen { .. })
        ));
        assert!(matches!(
            judge_dir(p, false, 1000, 0o120777, 1000),
            Err(IpcError::NotADirectory { .. })
        ));
    }

    #[test]
    fn control_commands_map_to_requests() {
        let pause = ControlCommand::Pause {
            duration: None,
            until: parse_time("13:00"),
        };
        assert_eq!(
            pause.to_request(),
            Request::Pause(Pause::Until(parse_time("13:00").expect("a time")))
        );
        assert_eq!(
            ControlCommand::Status { json: true }.to_request(),
            Request::Status
        );
    }

    async fn read_all_lines(input: &[u8], max: usize) -> Vec<Result<Vec<u8>, &'static str>> {
        let mut reader = AsyncBufReader::with_capacity(16, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line_bounded(&mut reader, &mut buf, max).await {
                Ok(LineRead::Line) => out.push(Ok(buf)),
                Ok(LineRead::Eof) => return out,
                Ok(LineRead::TooLong) => {
                    out.push(Err("too long"));
                    return out;
                }
                Err(_) => {
                    out.push(Err("io"));
                    return out;
                }
            }
        }
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(f)
    }

    #[test]
    fn lines_are_split_and_bounded() {
        let lines = block_on(read_all_lines(b"a\r\nbb\n\nccc", 3));
        assert_eq!(
            lines,
            vec![
                Ok(b"a".to_vec()),
                Ok(b"bb".to_vec()),
                Ok(vec![]),
                Ok(b"ccc".to_vec())
            ]
        );
        let lines = block_on(read_all_lines(b"abcd\nx\n", 3));
        assert_eq!(lines, vec![Err("too long")]);
        let huge = vec![b'x'; 10 * MAX_LINE];
        let lines = block_on(read_all_lines(&huge, MAX_LINE));
        assert_eq!(lines, vec![Err("too long")]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_request(&bytes);
            let _ = decode_response(&bytes);
        }

        #[test]
        fn json_shaped_noise_never_panics(
            cmd in "[a-z-]{0,10}",
            key in "[a-z_]{0,8}",
            val in "[ -~]{0,12}",
        ) {
            let line = serde_json::json!({ "cmd": cmd, key: val }).to_string();
            let _ = decode_request(line.as_bytes());
        }
    }
}
