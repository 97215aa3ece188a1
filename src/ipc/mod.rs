//! The control socket: the newline-delimited JSON protocol, the Unix-socket
//! server the background app runs, and the blocking client behind the CLI's
//! control commands (`unknot status`, `snooze`, `pause`, …). See docs/ipc.md.

mod client;
mod endpoint;
mod protocol;
mod server;
pub mod session;

pub use client::{request, ClientError};
pub use endpoint::{Endpoint, IpcError};
pub use protocol::{
    decode_request, decode_response, encode_request, encode_response, LeftOutReport,
    NextBreakReport, NotificationReport, Pause, ProtocolError, Request, Response, State,
    StatusReport, CLIENT_TIMEOUT, COMMANDS, HANDLER_TIMEOUT, IDLE_TIMEOUT, MAX_CONNECTIONS,
    MAX_LINE, MAX_RESPONSE, NOT_RUNNING, PROTOCOL_VERSION,
};
pub(crate) use protocol::{LOCK_NAME, LOCK_TIMEOUT, SOCKET_NAME};
pub(crate) use server::SocketGuard;
pub use server::{bind, Bind, Handler, Server};

#[cfg(test)]
pub(crate) mod tests {
    use super::endpoint::judge_dir;
    use super::protocol::fields_of;
    use super::server::{read_line_bounded, LineRead};
    use std::path::Path;
    use std::time::Duration;

    use chrono::DateTime;
    use serde_json::Value;
    use tokio::io::BufReader as AsyncBufReader;

    use super::*;
    use crate::config::parse_time;
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
