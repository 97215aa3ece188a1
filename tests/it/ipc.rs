//! Integration tests for the control socket: real sockets in private temp
//! runtime folders with a stand-in app behind them, and the CLI's control
//! commands as a user runs them.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::net::{UnixListener as StdListener, UnixStream as StdStream};
use std::path::Path;
use std::sync::{mpsc as std_mpsc, Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use chrono::DateTime;
use tokio::sync::{mpsc, oneshot};
use unknot::ipc::{
    encode_request, Bind, ClientError, Endpoint, NextBreakReport, NotificationReport, Request,
    Response, State, StatusReport, MAX_CONNECTIONS, NOT_RUNNING,
};

/// A fresh `XDG_RUNTIME_DIR`, 0700 like the real one.
fn runtime_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
        .expect("chmod 700");
    dir
}

fn fixed_status() -> StatusReport {
    StatusReport {
        pid: 4242,
        state: State::Snoozed,
        next_break: Some(NextBreakReport {
            name: "Desk reset".into(),
            routine: "desk-reset".into(),
            at: DateTime::parse_from_rfc3339("2026-03-02T14:05:00+01:00").expect("a date"),
            in_seconds: 1380,
        }),
        next_shoulder_check: None,
        snoozes_left: Some(1),
        paused_until: None,
        streak_days: 4,
        daily_done: true,
        working_hours: true,
        idle_seconds: None,
        idle_source: None,
        config_path: None,
        config_error: Some("config.json:2:3: snoze: unknown key \"snoze\"".into()),
        degraded: vec!["no-tray-host".into(), "no-audio".into()],
        lost_session: None,
        sync_note: None,
        window_pid: None,
        held_by: None,
        left_out: Vec::new(),
        notification: Some(NotificationReport {
            shown: true,
            awaiting_action: true,
            actions: vec!["Start".into(), "Skip".into()],
            break_name: "Desk reset".into(),
        }),
        status_text: "Desk reset in 23 min · streak 4 days".into(),
        language: "en".into(),
        language_not_shipped: None,
    }
}

/// What the stand-in app does with requests.
#[derive(Clone, Copy)]
enum Behaviour {
    /// Status → the fixed report; reload → refused; anything else → its own wire form.
    Answer,
    /// The app's side of the channel is gone.
    NoHandler,
}

/// The background app reduced to what the socket sees: it binds like the app
/// and answers requests on its own runtime thread. Dropping it shuts it down.
struct TestApp {
    endpoint: Endpoint,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl TestApp {
    fn start(runtime: &Path) -> TestApp {
        TestApp::start_with(runtime, Behaviour::Answer, Duration::from_secs(5))
    }

    fn start_with(runtime: &Path, behaviour: Behaviour, idle: Duration) -> TestApp {
        let endpoint = Endpoint::in_runtime_dir(runtime);
        let (ready_tx, ready_rx) = std_mpsc::channel();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let ep = endpoint.clone();
        let thread = thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            rt.block_on(async move {
                let server = match ep.bind().await {
                    Ok(Bind::Primary(server)) => server,
                    other => {
                        let _ = ready_tx.send(Err(format!("{other:?}")));
                        return;
                    }
                };
                let (tx, mut rx) = mpsc::channel::<(Request, oneshot::Sender<Response>)>(16);
                match behaviour {
                    Behaviour::Answer => {
                        tokio::spawn(async move {
                            while let Some((req, reply)) = rx.recv().await {
                                let _ = reply.send(answer(&req));
                            }
                        });
                    }
                    Behaviour::NoHandler => drop(rx),
                }
                let _ = ready_tx.send(Ok(()));
                tokio::select! {
                    _ = server.with_idle_timeout(idle).serve(tx) => {}
                    _ = stop_rx => {}
                }
            });
        });
        ready_rx
            .recv()
            .expect("the app thread reports")
            .expect("the app binds as primary");
        TestApp {
            endpoint,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    fn request(&self, req: &Request) -> Result<Response, ClientError> {
        self.endpoint.request(req)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn answer(req: &Request) -> Response {
    match req {
        Request::Status => Response::Status(Box::new(fixed_status())),
        Request::Reload => Response::Error("config.json:2:3: snoze: unknown key".into()),
        other => Response::Message(format!("got {}", encode_request(other))),
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(f)
}

fn assert_status(resp: Result<Response, ClientError>) {
    match resp {
        Ok(Response::Status(s)) => assert_eq!(*s, fixed_status()),
        other => panic!("expected the status, got {other:?}"),
    }
}

/// A raw connection, for clients that misbehave.
fn raw(app: &TestApp) -> (StdStream, BufReader<StdStream>) {
    let s = StdStream::connect(app.endpoint.socket_path()).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let r = BufReader::new(s.try_clone().expect("clone"));
    (s, r)
}

/// The next response line as JSON, or `None` when the server closed the connection.
fn read_json(r: &mut BufReader<StdStream>) -> Option<serde_json::Value> {
    let mut line = String::new();
    match r.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(serde_json::from_str(&line).expect("a JSON line")),
    }
}

#[test]
fn status_reaches_the_app_through_a_private_socket() {
    let rt = runtime_dir();
    let app = TestApp::start(rt.path());
    assert_status(app.request(&Request::Status));

    let dir = std::fs::metadata(rt.path().join("unknot")).expect("the socket folder");
    assert_eq!(dir.permissions().mode() & 0o777, 0o700);
    let sock = std::fs::symlink_metadata(app.endpoint.socket_path()).expect("the socket");
    assert!(sock.file_type().is_socket());
    assert_eq!(sock.permissions().mode() & 0o777, 0o600);
}

#[test]
fn a_second_instance_finds_the_first_and_its_pid() {
    let rt = runtime_dir();
    let app = TestApp::start(rt.path());
    let second = block_on(app.endpoint.bind()).expect("bind works");
    assert!(
        matches!(second, Bind::Running { pid: Some(p) } if p == std::process::id()),
        "{second:?}"
    );
    // The probe did not disturb the first instance.
    assert_status(app.request(&Request::Status));
}

#[test]
fn a_clean_shutdown_removes_the_socket() {
    let rt = runtime_dir();
    let app = TestApp::start(rt.path());
    let endpoint = app.endpoint.clone();
    drop(app);
    assert!(!endpoint.socket_path().exists());
    assert!(matches!(
        endpoint.request(&Request::Status),
        Err(ClientError::NotRunning)
    ));
}

/// A socket file left by a crashed run: bound once, closed, never unlinked.
fn leave_stale_socket(rt: &Path) -> Endpoint {
    let endpoint = Endpoint::in_runtime_dir(rt);
    std::fs::create_dir(endpoint.dir()).expect("mkdir");
    std::fs::set_permissions(endpoint.dir(), std::fs::Permissions::from_mode(0o700))
        .expect("chmod");
    drop(StdListener::bind(endpoint.socket_path()).expect("bind a listener"));
    assert!(endpoint.socket_path().exists());
    endpoint
}

#[test]
fn a_stale_socket_is_replaced() {
    let rt = runtime_dir();
    let endpoint = leave_stale_socket(rt.path());
    assert!(matches!(
        endpoint.request(&Request::Status),
        Err(ClientError::NotRunning)
    ));
    let app = TestApp::start(rt.path());
    assert_status(app.request(&Request::Status));
}

#[test]
fn two_instances_starting_at_once_make_exactly_one_primary() {
    let rt = runtime_dir();
    let endpoint = leave_stale_socket(rt.path());
    let barrier = Arc::new(Barrier::new(2));
    let (result_tx, result_rx) = std_mpsc::channel();
    let (done_tx, done_rx) = std_mpsc::channel::<()>();
    let done_rx = Arc::new(std::sync::Mutex::new(done_rx));
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let (endpoint, barrier, result_tx) =
                (endpoint.clone(), barrier.clone(), result_tx.clone());
            let done_rx = done_rx.clone();
            thread::spawn(move || {
                barrier.wait();
                let bound = block_on(endpoint.bind()).expect("bind works");
                let summary = match &bound {
                    Bind::Primary(_) => "primary".to_string(),
                    Bind::Running { pid } => format!("running {pid:?}"),
                };
                result_tx.send(summary).expect("send");
                // Keep a primary's socket alive until both have looked.
                let _ = done_rx.lock().expect("lock").recv();
            })
        })
        .collect();
    let mut results = vec![
        result_rx.recv().expect("a result"),
        result_rx.recv().expect("a result"),
    ];
    done_tx.send(()).expect("done");
    done_tx.send(()).expect("done");
    for t in threads {
        t.join().expect("the thread ends");
    }
    results.sort();
    let running = format!("running {:?}", Some(std::process::id()));
    assert_eq!(results, vec!["primary".to_string(), running]);
}

#[test]
fn garbage_gets_an_error_and_the_connection_still_works() {
    let rt = runtime_dir();
    let app = TestApp::start(rt.path());
    let (mut w, mut r) = raw(&app);
    for (garbage, expect) in [
        (&b"garbage\n"[..], "not JSON"),
        (b"\xff\xfe\x00\n", "not UTF-8"),
        (b"{\"cmd\":\"fly\"}\n", "unknown command \"fly\""),
        (b"{\"cmd\":\"snooze\",\"duration\":\"fifty\"}\n", "fifty"),
        (b"[]\n", "one JSON object"),
    ] {
        w.write_all(garbage).expect("write");
        let resp = read_json(&mut r).expect("an answer, not a close");
        assert_eq!(resp["ok"], false, "{resp}");
        assert_eq!(resp["v"], 1, "{resp}");
        let error = resp["error"].as_str().expect("an error message");
        assert!(
            error.contains(expect),
            "{error:?} should mention {expect:?}"
        );
    }
    w.write_all(b"{\"cmd\":\"status\"}\n").expect("write");
    let resp = read_json(&mut r).expect("an answer");
    assert_eq!(resp["ok"], true);
    assert_eq!(resp["status"]["pid"], 4242);
}

#[test]
fn a_ten_megabyte_line_and_a_stalled_client_do_not_block_others() {
    let rt = runtime_dir();
    let app = TestApp::start_with(rt.path(), Behaviour::Answer, Duration::from_secs(2));

    // Connects, starts a line, then says nothing more.
    let (mut stalled, mut stalled_r) = raw(&app);
    stalled.write_all(b"{\"cmd\":").expect("write");
    // Connects and says nothing at all.
    let (_silent, mut silent_r) = raw(&app);

    let (big, mut big_r) = raw(&app);
    let writer = thread::spawn(move || {
        let mut big = big;
        let chunk = vec![b'x'; 1024 * 1024];
        for _ in 0..10 {
            // The server closes after 64 KiB; a broken pipe here is the point.
            if big.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let resp = read_json(&mut big_r);
    writer.join().expect("the writer ends");
    if let Some(resp) = resp {
        assert_eq!(resp["ok"], false, "{resp}");
        let error = resp["error"].as_str().expect("an error message");
        assert!(error.contains("longer than 65536"), "{error}");
    }
    assert!(read_json(&mut big_r).is_none(), "the connection is closed");

    assert_status(app.request(&Request::Status));

    for r in [&mut stalled_r, &mut silent_r] {
        if let Some(resp) = read_json(r) {
            assert_eq!(resp["ok"], false, "{resp}");
        }
        assert!(read_json(r).is_none(), "a stalled connection is closed");
    }
    assert_status(app.request(&Request::Status));
}

#[test]
fn fifty_concurrent_clients_all_get_answers() {
    let rt = runtime_dir();
    let app = TestApp::start(rt.path());
    let endpoint = app.endpoint.clone();
    let clients: Vec<_> = (0..50)
        .map(|_| {
            let endpoint = endpoint.clone();
            thread::spawn(move || endpoint.request(&Request::Status))
        })
        .collect();
    for c in clients {
        assert_status(c.join().expect("the client thread ends"));
    }
}

#[test]
fn connections_beyond_the_limit_are_turned_away_until_some_close() {
    let rt = runtime_dir();
    let app = TestApp::start_with(rt.path(), Behaviour::Answer, Duration::from_secs(60));
    let mut held: Vec<_> = (0..MAX_CONNECTIONS).map(|_| raw(&app)).collect();
    // Each held connection answers, so all of them have been accepted.
    for (w, r) in held.iter_mut() {
        w.write_all(b"{\"cmd\":\"skip\"}\n").expect("write");
        assert_eq!(read_json(r).expect("an answer")["ok"], true);
    }
    match app.request(&Request::Status) {
        Ok(Response::Error(e)) => assert!(e.contains("too many connections"), "{e}"),
        Err(ClientError::Closed) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    drop(held);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match app.request(&Request::Status) {
            Ok(Response::Status(_)) => break,
            _ if Instant::now() < deadline => thread::sleep(Duration::from_millis(20)),
            other => panic!("no answer after the connections closed: {other:?}"),
        }
    }
}

#[test]
fn a_missing_app_handler_is_an_error_not_a_hang() {
    let rt = runtime_dir();
    let app = TestApp::start_with(rt.path(), Behaviour::NoHandler, Duration::from_secs(5));
    match app.request(&Request::Status) {
        Ok(Response::Error(e)) => assert!(e.contains("did not answer"), "{e}"),
        other => panic!("expected an error, got {other:?}"),
    }
}

// ---- the binary ----

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn unknot(runtime: &Path, args: &[&str]) -> Run {
    let output = Command::cargo_bin("unknot")
        .expect("the unknot binary is built")
        .env("XDG_RUNTIME_DIR", runtime)
        .env("HOME", runtime)
        .env_remove("UNKNOT_CONFIG")
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .expect("unknot runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

const EVERY_CONTROL_COMMAND: &[&[&str]] = &[
    &["status"],
    &["status", "--json"],
    &["break-now"],
    &["break-now", "upper-trap"],
    &["start"],
    &["start", "desk-reset"],
    &["snooze"],
    &["snooze", "10m"],
    &["skip"],
    &["pause"],
    &["pause", "30m"],
    &["pause", "--until", "13:00"],
    &["resume"],
    &["reload"],
    &["quit"],
];

#[test]
fn every_control_command_says_clearly_when_no_app_runs() {
    let rt = runtime_dir();
    for args in EVERY_CONTROL_COMMAND {
        let run = unknot(rt.path(), args);
        assert_eq!(run.code, Some(1), "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr.trim(), NOT_RUNNING, "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    assert_eq!(
        NOT_RUNNING,
        "unknot is not running (start it with `unknot`)"
    );
}

#[test]
fn bad_control_arguments_exit_2_before_anything_is_sent() {
    let rt = runtime_dir();
    let app = TestApp::start(rt.path());
    for (args, mention) in [
        (&["snooze", "fifty"][..], "fifty"),
        (&["snooze", "10"], "10"),
        (&["pause", "0s"], "longer than 0"),
        (&["pause", "--until", "25:00"], "25:00"),
        (&["pause", "--until", "noon"], "13:30"),
        (&["pause", "10m", "--until", "13:00"], "cannot be used with"),
    ] {
        let run = unknot(rt.path(), args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(mention), "{args:?}: {}", run.stderr);
    }
    drop(app);
}

#[test]
fn control_commands_reach_the_running_app() {
    let rt = runtime_dir();
    let _app = TestApp::start(rt.path());

    let run = unknot(rt.path(), &["status", "--json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let printed: StatusReport = serde_json::from_str(&run.stdout).expect("status JSON");
    assert_eq!(printed, fixed_status());

    let run = unknot(rt.path(), &["status"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for part in [
        "pid 4242",
        "Desk reset in 23 min · streak 4 days",
        "snoozed",
        "Desk reset (desk-reset) at 14:05, in 23 min",
        "no-tray-host, no-audio",
        "snoze",
    ] {
        assert!(run.stdout.contains(part), "{part:?} in:\n{}", run.stdout);
    }

    for (args, sent) in [
        (
            &["snooze", "10m"][..],
            r#"{"v":1,"cmd":"snooze","duration":"10m"}"#,
        ),
        (&["snooze"], r#"{"v":1,"cmd":"snooze"}"#),
        (
            &["pause", "--until", "13:00"],
            r#"{"v":1,"cmd":"pause","until":"13:00"}"#,
        ),
        (
            &["pause", "1h30m"],
            r#"{"v":1,"cmd":"pause","for":"1h30m"}"#,
        ),
        (&["pause"], r#"{"v":1,"cmd":"pause"}"#),
        (
            &["break-now", "upper-trap"],
            r#"{"v":1,"cmd":"break-now","routine":"upper-trap"}"#,
        ),
        (&["start"], r#"{"v":1,"cmd":"start"}"#),
        (&["skip"], r#"{"v":1,"cmd":"skip"}"#),
        (&["resume"], r#"{"v":1,"cmd":"resume"}"#),
        (&["quit"], r#"{"v":1,"cmd":"quit"}"#),
    ] {
        let run = unknot(rt.path(), args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout.trim(), format!("got {sent}"), "{args:?}");
    }

    // The app refuses: its message on stderr, exit 1.
    let run = unknot(rt.path(), &["reload"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("snoze: unknown key"), "{}", run.stderr);
}
