//! The wire protocol: newline-delimited JSON requests and responses (`v:1`),
//! with a strict decoder that says what is wrong (docs/ipc.md).

use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
pub(crate) const LOCK_TIMEOUT: Duration = Duration::from_secs(5);

pub(crate) const SOCKET_NAME: &str = "unknot.sock";
pub(crate) const LOCK_NAME: &str = "unknot.lock";

/// The message every control command prints when no app answers.
pub const NOT_RUNNING: &str = "unknot is not running (start it with `unknot`)";

// ---- requests ----

/// Every command name, in the order the docs list them.
pub const COMMANDS: [&str; 15] = [
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
    "preferences",
    "put-back",
    "home",
    "statistics",
    "shoulder-check",
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
    /// Open the Preferences window on the config file in use.
    Preferences,
    /// Put an exercise left out after pain back into the routines (its id).
    PutBack {
        exercise: String,
    },
    /// Open the home window, or bring it forward (`unknot` while it runs).
    Home,
    /// Open the Statistics window (`unknot stats --window`).
    Statistics,
    /// Show a shoulder check now (`unknot shoulder-check`): its notification
    /// and its sound, as when its time comes.
    ShoulderCheck,
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
pub(crate) struct PauseWire {
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
pub(crate) mod wire_duration {
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
pub(crate) mod wire_time {
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

// ---- responses ----

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
pub(crate) struct ResponseWire {
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

pub(crate) fn version_mismatch(found: &str) -> String {
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
    /// When the next shoulder check comes if the user keeps working; `None`
    /// when it is off, or none comes before the next break.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_shoulder_check: Option<DateTime<FixedOffset>>,
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
    /// `no-notification-actions`, `no-audio`, `no-idle-detection`, `history-not-saved`,
    /// `no-voice` (the voice is on, the language's clips are not installed whole).
    #[serde(default)]
    pub degraded: Vec<String>,
    /// The window process died during a session: what, when, and that the
    /// session was recorded as lost. Until the next session starts.
    #[serde(default)]
    pub lost_session: Option<String>,
    /// With `sync.folder`: the local history not merged into it yet.
    #[serde(default)]
    pub sync_note: Option<String>,
    /// The window process's pid while one runs.
    #[serde(default)]
    pub window_pid: Option<u32>,
    /// Why a due break waits, while do-not-disturb holds: `camera in use`,
    /// `screen shared`, `presentation`, `fullscreen window`, `microphone in
    /// use`, `notifications paused`.
    #[serde(default)]
    pub held_by: Option<String>,
    /// Our notification, if one is on screen.
    pub notification: Option<NotificationReport>,
    /// Exercises left out after pain: for the rest of today, or until put
    /// back (`unknot routine put-back ID`).
    #[serde(default)]
    pub left_out: Vec<LeftOutReport>,
    /// The tray's one-line summary, e.g. "Desk reset in 23 min · streak 4 days".
    pub status_text: String,
    /// The language the app speaks: `en`, `de`, `es` or `fr`.
    #[serde(default)]
    pub language: String,
    /// The language the config or the locale asked for, as written (e.g.
    /// `pt_BR`), when unknot does not ship it: English is spoken instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_not_shipped: Option<String>,
}

/// An exercise left out after pain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOutReport {
    /// Its id (what `routine put-back` takes).
    pub exercise: String,
    pub title: String,
    /// `today`: it hurt today and rests until tomorrow; `until-put-back`:
    /// it hurt twice within 14 days.
    pub until: String,
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

// ---- the codec ----

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
pub(crate) fn fields_of(cmd: &str) -> Option<&'static [&'static str]> {
    Some(match cmd {
        "status" | "skip" | "resume" | "reload" | "quit" | "preferences" | "home"
        | "statistics" | "shoulder-check" => &[],
        "break-now" | "start" | "play" => &["routine"],
        "snooze" => &["duration"],
        "pause" => &["for", "until"],
        "put-back" => &["exercise"],
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

#[cfg(test)]
pub(crate) mod tests {
    use std::time::Duration;

    use chrono::DateTime;
    use proptest::prelude::*;
    use serde_json::Value;

    use super::*;
    use crate::config::parse_time;

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
            Request::ShoulderCheck,
            Request::Pause(Pause::UntilResumed),
            Request::Pause(Pause::For(Duration::from_secs(5400))),
            Request::Pause(Pause::Until(t("13:05"))),
            Request::Resume,
            Request::Reload,
            Request::Quit,
            Request::Play {
                routine: "upper-trap".into(),
            },
            Request::PutBack {
                exercise: "ball-press".into(),
            },
            Request::Preferences,
            Request::Home,
            Request::Statistics,
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
            next_shoulder_check: None,
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
            lost_session: None,
            sync_note: None,
            window_pid: None,
            held_by: None,
            left_out: vec![LeftOutReport {
                exercise: "ball-press".into(),
                title: "Ball pressure on the knot".into(),
                until: "today".into(),
            }],
            notification: Some(NotificationReport {
                shown: true,
                awaiting_action: true,
                actions: vec!["Start".into(), "Snooze".into(), "Skip".into()],
                break_name: "Desk reset".into(),
            }),
            status_text: "Desk reset in 23 min · streak 4 days".into(),
            language: "en".into(),
            language_not_shipped: None,
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
