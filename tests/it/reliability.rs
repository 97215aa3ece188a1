//! Reliability: the saved fuzz corpus replayed through both parsers, random
//! JSON-shaped configs, the control socket abused while the real app runs,
//! a read-only and a full state folder, and clock jumps (through the engine's
//! inputs and, end to end, with libfaketime). What each test covers and what
//! it needs is in docs/reliability.md.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

use chrono::{DateTime, Duration as TimeDelta, TimeZone};
use chrono_tz::{Europe::Berlin, Tz};
use proptest::prelude::*;
use serde_json::{json, Value};

use desktop::Desktop;
use unknot::config;
use unknot::engine::{Effect, Engine, HistoryEvent, Input};
use unknot::history;
use unknot::ipc::{self, Response};
use unknot::values::{ExerciseOutcome, Now};

use crate::unknot_in::UnknotIn;

// ---- the fuzz corpus, replayed ----

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a corpus entry").path();
            let bytes = std::fs::read(&path).expect("a corpus file");
            (path, bytes)
        })
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "{}: the corpus is nearly empty",
        dir.display()
    );
    files
}

/// Runs `f`, turning a panic into a failure that names the input file.
fn no_panic<T>(path: &Path, f: impl FnOnce() -> T + std::panic::UnwindSafe) -> T {
    std::panic::catch_unwind(f)
        .unwrap_or_else(|_| panic!("{} made the parser panic", path.display()))
}

/// `line`/`column` point inside `text`: 1-based, on an existing line, at most
/// one past its last character.
fn points_inside(text: &str, line: usize, column: usize) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    line >= 1
        && column >= 1
        && lines
            .get(line - 1)
            .is_some_and(|l| column <= l.chars().count() + 1)
}

#[test]
fn every_saved_config_input_parses_or_gets_positioned_errors() {
    let mut valid = 0;
    for (path, bytes) in corpus("config_parse") {
        let result = no_panic(&path, || config::parse(&bytes, "corpus.json"));
        let Err(errors) = result else {
            valid += 1;
            continue;
        };
        assert!(!errors.errors.is_empty(), "{}: empty Err", path.display());
        // Positions are checked against the text when the bytes are text.
        let text = String::from_utf8_lossy(&bytes);
        for e in &errors.errors {
            assert!(
                points_inside(&text, e.line, e.column),
                "{}: {}:{} is not inside the file: {}",
                path.display(),
                e.line,
                e.column,
                e.message
            );
            assert!(!e.message.trim().is_empty(), "{}: {e:?}", path.display());
        }
        for line in errors.to_string().lines() {
            assert!(
                line.starts_with("corpus.json:"),
                "{}: an error line without file:line:col: {line}",
                path.display()
            );
        }
    }
    assert!(valid >= 2, "the example configs in the corpus should parse");
}

/// Every request line docs/ipc.md lists, e.g. `{"cmd":"pause","for":"30m"}`.
fn documented_requests() -> Vec<String> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ipc.md"))
        .expect("docs/ipc.md");
    let mut found = Vec::new();
    for line in doc.lines().filter(|l| l.starts_with("| `{\"cmd\"")) {
        // Every backticked JSON object in the table's first column.
        let first = line.split(" | ").next().unwrap_or_default();
        for (i, part) in first.split('`').enumerate() {
            if i % 2 == 1 && part.starts_with('{') {
                found.push(part.to_string());
            }
        }
    }
    assert!(found.len() >= 10, "too few requests found in docs/ipc.md");
    found
}

#[test]
fn every_saved_request_input_decodes_or_gets_a_clear_error() {
    let files = corpus("ipc_request");
    for (path, bytes) in &files {
        match no_panic(path, || ipc::decode_request(bytes)) {
            Ok(request) => {
                let line = ipc::encode_request(&request);
                assert_eq!(
                    ipc::decode_request(line.as_bytes()),
                    Ok(request),
                    "{}: {line} does not decode to what it encodes",
                    path.display()
                );
            }
            Err(e) => {
                let message = e.to_string();
                assert!(!message.trim().is_empty(), "{}: {e:?}", path.display());
                assert!(
                    !message.contains('\n'),
                    "{}: the error spans lines: {message}",
                    path.display()
                );
            }
        }
    }
    // The documented lines are all in the corpus, and all accepted.
    for request in documented_requests() {
        assert!(
            files.iter().any(|(_, b)| b == request.as_bytes()),
            "{request} is documented but not in fuzz/corpus/ipc_request"
        );
        assert!(
            ipc::decode_request(request.as_bytes()).is_ok(),
            "the documented {request} is refused"
        );
    }
}

// ---- JSON-shaped random configs ----

/// A value of the kind a config holds, usually the right shape, sometimes not.
fn duration_like() -> impl Strategy<Value = Value> {
    prop_oneof![
        "[0-9]{1,3}(h|m|s)".prop_map(Value::from),
        "[0-9]{1,2}h[0-9]{1,2}m".prop_map(Value::from),
        "[ -~]{0,6}".prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::Null),
    ]
}

fn time_like() -> impl Strategy<Value = Value> {
    prop_oneof![
        "[0-2][0-9]:[0-5][0-9]".prop_map(Value::from),
        "[0-9]{1,2}:[0-9]{1,2}-[0-9]{1,2}:[0-9]{1,2}".prop_map(Value::from),
        "[ -~]{0,6}".prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
    ]
}

fn number_like() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0u64..200).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "[a-z0-9]{0,4}".prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
    ]
}

fn routine_id() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!("desk-reset")),
        Just(json!("upper-trap")),
        Just(json!("mine")),
        "[a-z-]{0,10}".prop_map(Value::from),
    ]
}

fn break_rule() -> impl Strategy<Value = Value> {
    (
        "[A-Za-z ]{0,12}",
        routine_id(),
        prop::option::of(duration_like()),
        prop::option::of(time_like()),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(name, routine, every, at, daily)| {
            let mut rule = json!({ "name": name, "routine": routine });
            if let Some(every) = every {
                rule["every"] = every;
            }
            if let Some(at) = at {
                rule["at"] = at;
            }
            if let Some(daily) = daily {
                rule["daily"] = json!(daily);
            }
            rule
        })
}

fn user_routine() -> impl Strategy<Value = Value> {
    (
        routine_id(),
        prop::sample::select(vec![
            "stretch",
            "release",
            "strengthen",
            "retrain",
            "strech",
        ]),
        prop::sample::select(vec!["hold", "rest", "reps", "hld"]),
        duration_like(),
        number_like(),
    )
        .prop_map(|(id, purpose, phase, length, sets)| {
            json!({
                "id": id, "title": "Mine", "safety": "Stop if it hurts.",
                "exercises": [{
                    "id": "e", "title": "E", "purpose": purpose, "position": "chair",
                    "equipment": "none", "instructions": ["Sit tall."],
                    "sides": "both", "sets": sets, "reps": 1,
                    "phases": [{ "phase": phase, "for": length }],
                    "breath": { "inhale": "4s", "exhale": "6s" }
                }]
            })
        })
}

fn random_config() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(
            (
                prop::sample::select(vec!["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
                prop::collection::vec(time_like(), 0..3),
            ),
            0..4,
        ),
        prop::collection::vec(break_rule(), 0..4),
        (duration_like(), number_like()),
        (duration_like(), number_like()),
        duration_like(),
        (any::<bool>(), duration_like()),
        (any::<bool>(), number_like()),
        prop::collection::vec(user_routine(), 0..2),
    )
        .prop_map(
            |(hours, breaks, snooze, reminders, natural, dnd, sound, routines)| {
                let days: serde_json::Map<String, Value> = hours
                    .into_iter()
                    .map(|(d, r)| (d.to_string(), Value::from(r)))
                    .collect();
                json!({
                    "version": 1,
                    "working_hours": days,
                    "breaks": breaks,
                    "snooze": { "length": snooze.0, "max_per_break": snooze.1 },
                    "reminders": { "repeat_after": reminders.0, "max_repeats": reminders.1 },
                    "natural_break": natural,
                    "do_not_disturb": { "enabled": dnd.0, "max_postpone": dnd.1 },
                    "sound": { "enabled": sound.0, "volume": sound.1 },
                    "routines": routines,
                })
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Right structure, random values: either a config, or errors that each
    /// point inside the file at a key path that exists in it.
    #[test]
    fn json_shaped_configs_parse_or_say_where_and_what(config in random_config(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&config).expect("JSON")
        } else {
            serde_json::to_string(&config).expect("JSON")
        };
        if let Err(errors) = config::parse(text.as_bytes(), "random.json") {
            prop_assert!(!errors.errors.is_empty());
            for e in &errors.errors {
                prop_assert!(points_inside(&text, e.line, e.column), "{e:?} in\n{text}");
                prop_assert!(!e.message.trim().is_empty(), "{e:?}");
                let top = e.path.split(['.', '[']).next().unwrap_or_default();
                prop_assert!(
                    e.path.is_empty() || config.get(top).is_some(),
                    "{e:?} names a key the file does not have"
                );
            }
        }
    }
}

// ---- clock jumps through the engine's inputs ----

/// A working Monday in Berlin with the example config (09:00–18:00, a desk
/// reset every 50 min, the daily routine at 15:00), driven like the shell
/// drives the engine; every input may show at most one notification.
struct Day {
    engine: Engine<Tz>,
    mono: Duration,
    wall: DateTime<Tz>,
    notified: Vec<(DateTime<Tz>, String)>,
    history: Vec<HistoryEvent>,
}

impl Day {
    fn at(time: &str) -> Day {
        let example = include_bytes!("../../config.example.json");
        let config = config::parse(example, "config.example.json").expect("the example parses");
        let wall = berlin(time);
        let mono = Duration::from_secs(1000);
        let mut day = Day {
            engine: Engine::new(config, Now::new(mono, wall)),
            mono,
            wall,
            notified: Vec::new(),
            history: Vec::new(),
        };
        day.handle(Input::Tick);
        day
    }

    fn handle(&mut self, input: Input) {
        self.engine.handle(input, Now::new(self.mono, self.wall));
        let mut shown = 0;
        while let Some(effect) = self.engine.poll_effect() {
            match effect {
                Effect::Notify { break_name, .. } | Effect::Renotify { break_name, .. } => {
                    shown += 1;
                    self.notified.push((self.wall, break_name));
                }
                Effect::PersistHistory(event) => self.history.push(event),
                _ => {}
            }
        }
        assert!(
            shown <= 1,
            "a burst of notifications at {}: {:?}",
            self.wall,
            self.notified
        );
    }

    /// The user works until `time`: the shell ticks at each deadline, at
    /// least once a minute.
    fn work_until(&mut self, time: &str) {
        let end = berlin(time);
        while self.wall < end {
            let mut next = self.wall + TimeDelta::minutes(1);
            if let Some(deadline) = self.engine.next_deadline() {
                next = next.min(deadline);
            }
            let next = next.min(end).max(self.wall + TimeDelta::milliseconds(1));
            self.mono += (next - self.wall).to_std().unwrap_or_default();
            self.wall = next;
            self.handle(Input::Tick);
        }
    }

    /// The wall clock is set to `time` (NTP, a manual change) while the
    /// monotonic clock runs on.
    fn clock_set_to(&mut self, time: &str) {
        self.mono += Duration::from_secs(1);
        self.wall = berlin(time);
        self.handle(Input::Tick);
    }

    fn offers_of(&self, name: &str) -> usize {
        self.history
            .iter()
            .filter(|e| matches!(e, HistoryEvent::Offered { break_name, .. } if break_name == name))
            .count()
    }
}

fn berlin(time: &str) -> DateTime<Tz> {
    let naive = chrono::NaiveDateTime::parse_from_str(time, "%Y-%m-%d %H:%M")
        .expect("a test time like 2026-03-02 14:30");
    Berlin
        .from_local_datetime(&naive)
        .single()
        .expect("an unambiguous Berlin time")
}

#[test]
fn a_clock_jump_forward_over_the_daily_routine_time_still_offers_it_once() {
    let mut day = Day::at("2026-03-02 14:30");
    day.work_until("2026-03-02 14:40");
    day.clock_set_to("2026-03-02 16:40");
    day.work_until("2026-03-02 16:45");
    assert_eq!(
        day.offers_of("Daily routine"),
        1,
        "the daily routine jumped over must be offered once: {:?}",
        day.notified
    );
    assert_eq!(day.offers_of("Desk reset"), 0, "{:?}", day.notified);
}

#[test]
fn a_clock_set_back_while_the_daily_routine_waits_does_not_offer_it_again() {
    let mut day = Day::at("2026-03-02 14:50");
    day.work_until("2026-03-02 15:10");
    assert_eq!(day.offers_of("Daily routine"), 1, "{:?}", day.notified);
    // Unanswered, then the clock goes back across 15:00 and forward again.
    day.clock_set_to("2026-03-02 14:55");
    day.work_until("2026-03-02 15:04");
    assert_eq!(
        day.offers_of("Daily routine"),
        1,
        "offered twice: {:?}",
        day.history
    );
}

#[test]
fn a_clock_set_back_after_the_daily_routine_was_done_keeps_the_day() {
    let mut day = Day::at("2026-03-02 14:59");
    day.work_until("2026-03-02 15:01");
    day.handle(Input::Start);
    day.handle(Input::SessionFinished(
        vec![ExerciseOutcome::Done; 4].into(),
    ));
    assert!(day.engine.status().daily_done, "{:?}", day.history);
    day.clock_set_to("2026-03-02 14:00");
    day.work_until("2026-03-02 15:30");
    assert!(
        day.engine.status().daily_done,
        "going back an hour undid the day"
    );
    assert_eq!(day.offers_of("Daily routine"), 1, "{:?}", day.notified);
    let counted = day
        .history
        .iter()
        .filter(|e| matches!(e, HistoryEvent::Completed { day_done: true, .. }))
        .count();
    assert_eq!(counted, 1);
}

// ---- the real app in the headless desktop ----

use crate::running::{all_day_config, App, FakeClock, DESK_ONLY};

/// An environment variable the desktop gives the commands it starts.
fn desktop_env(desktop: &Desktop, name: &str) -> PathBuf {
    let command = desktop.command("true");
    let value = command
        .get_envs()
        .find(|(k, _)| *k == name)
        .and_then(|(_, v)| v)
        .unwrap_or_else(|| panic!("the desktop sets no {name}"));
    PathBuf::from(value)
}

fn socket_path(desktop: &Desktop) -> PathBuf {
    ipc::Endpoint::in_runtime_dir(&desktop_env(desktop, "XDG_RUNTIME_DIR")).socket_path()
}

/// A raw connection with a read timeout, for clients that misbehave.
fn connect(path: &Path) -> std::io::Result<UnixStream> {
    let stream = UnixStream::connect(path)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    Ok(stream)
}

/// One response line, or `None` if the app closed the connection first.
fn read_response(stream: &UnixStream) -> Option<Response> {
    let mut line = Vec::new();
    let mut reader = BufReader::new(stream);
    match reader.read_until(b'\n', &mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(
            ipc::decode_response(line.trim_ascii_end())
                .unwrap_or_else(|e| panic!("not a response line ({e}): {line:?}")),
        ),
    }
}

const STATUS_LINE: &[u8] = b"{\"v\":1,\"cmd\":\"status\"}\n";
const TOO_MANY: &str = "too many connections";

/// What one well-behaved `status` client went through.
#[derive(Debug, Default)]
struct ClientRun {
    answered: bool,
    refusals: u32,
    failure: Option<String>,
}

/// Asks for the status until answered, retrying (as docs/ipc.md allows) when
/// the app says it serves too many connections. Anything else is a failure.
fn status_client(path: &Path, deadline: Instant) -> ClientRun {
    let mut run = ClientRun::default();
    while Instant::now() < deadline {
        let stream = match connect(path) {
            Ok(s) => s,
            Err(e) => {
                run.failure = Some(format!("connect: {e}"));
                return run;
            }
        };
        // A refusal may close the socket before the request lands: a failed
        // write still leaves the refusal to read.
        let _ = (&stream).write_all(STATUS_LINE);
        match read_response(&stream) {
            Some(Response::Status(_)) => {
                run.answered = true;
                return run;
            }
            Some(Response::Error(e)) if e.contains(TOO_MANY) => {
                run.refusals += 1;
                thread::sleep(Duration::from_millis(20));
            }
            other => {
                run.failure = Some(format!("{other:?}"));
                return run;
            }
        }
    }
    run.failure = Some("still refused at the deadline".into());
    run
}

#[test]
fn the_app_answers_200_status_clients_amid_garbage_oversized_and_stalled_connections() {
    let desktop = Desktop::start();
    let mut app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let pid = app.status()["pid"].clone();
    let path = socket_path(&desktop);

    // Five connections that start a request and never finish it: each holds
    // a slot until the app's 5 s line timeout.
    let stalled: Vec<UnixStream> = (0..5)
        .map(|_| {
            let s = connect(&path).expect("connect");
            (&s).write_all(b"{\"v\":1,\"cmd\":").expect("write");
            s
        })
        .collect();

    let deadline = Instant::now() + Duration::from_secs(60);
    let start = Arc::new(Barrier::new(200 + 2));
    let clients: Vec<_> = (0..200)
        .map(|_| {
            let (path, start) = (path.clone(), start.clone());
            thread::spawn(move || {
                start.wait();
                status_client(&path, deadline)
            })
        })
        .collect();

    // Garbage on one connection: each line gets an error and the connection
    // still serves a real request afterwards.
    let garbage = {
        let (path, start) = (path.clone(), start.clone());
        thread::spawn(move || -> Result<(), String> {
            start.wait();
            let lines: [&[u8]; 5] = [
                b"garbage\n",
                b"\xff\xfe\x00\n",
                b"[1,2]\n",
                b"{\"cmd\":\"fly\"}\n",
                b"{\"v\":7,\"cmd\":\"status\"}\n",
            ];
            while Instant::now() < deadline {
                let s = connect(&path).map_err(|e| e.to_string())?;
                let mut reader = BufReader::new(&s);
                let mut refused = false;
                for line in lines {
                    let _ = (&s).write_all(line);
                    let mut answer = Vec::new();
                    let _ = reader.read_until(b'\n', &mut answer);
                    match ipc::decode_response(answer.trim_ascii_end()) {
                        Ok(Response::Error(e)) if e.contains(TOO_MANY) => {
                            refused = true;
                            break;
                        }
                        Ok(Response::Error(_)) => {}
                        other => return Err(format!("{line:?} got {other:?}")),
                    }
                }
                if refused {
                    thread::sleep(Duration::from_millis(20));
                    continue;
                }
                (&s).write_all(STATUS_LINE).map_err(|e| e.to_string())?;
                let mut answer = Vec::new();
                let _ = reader.read_until(b'\n', &mut answer);
                return match ipc::decode_response(answer.trim_ascii_end()) {
                    Ok(Response::Status(_)) => Ok(()),
                    other => Err(format!("status after garbage got {other:?}")),
                };
            }
            Err("garbage client refused until the deadline".into())
        })
    };

    // A 4 MiB line with no newline: refused with a reason, then closed.
    let oversized = {
        let (path, start) = (path.clone(), start.clone());
        thread::spawn(move || -> Result<(), String> {
            start.wait();
            while Instant::now() < deadline {
                let s = connect(&path).map_err(|e| e.to_string())?;
                let writer = {
                    let s = s.try_clone().map_err(|e| e.to_string())?;
                    thread::spawn(move || {
                        let chunk = vec![b'x'; 64 * 1024];
                        for _ in 0..64 {
                            // The app closes after 64 KiB: a broken pipe here is the point.
                            if (&s).write_all(&chunk).is_err() {
                                break;
                            }
                        }
                    })
                };
                let answer = read_response(&s);
                let _ = writer.join();
                match answer {
                    Some(Response::Error(e)) if e.contains(TOO_MANY) => {
                        thread::sleep(Duration::from_millis(20));
                    }
                    Some(Response::Error(e)) if e.contains("longer than 65536") => {
                        return match read_response(&s) {
                            None => Ok(()),
                            Some(more) => Err(format!("still open after refusing: {more:?}")),
                        };
                    }
                    other => return Err(format!("the oversized line got {other:?}")),
                }
            }
            Err("oversized client refused until the deadline".into())
        })
    };

    let runs: Vec<ClientRun> = clients
        .into_iter()
        .map(|c| c.join().expect("a client thread"))
        .collect();
    let failures: Vec<&String> = runs.iter().filter_map(|r| r.failure.as_ref()).collect();
    let refusals: u32 = runs.iter().map(|r| r.refusals).sum();
    assert!(
        failures.is_empty(),
        "{} of 200 clients got no status ({refusals} refusals in all): {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert_eq!(runs.iter().filter(|r| r.answered).count(), 200);
    garbage
        .join()
        .expect("the garbage thread")
        .expect("garbage");
    oversized
        .join()
        .expect("the oversized thread")
        .expect("oversized");

    // The stalled connections are told why and closed; their slots come back.
    for s in &stalled {
        match read_response(s) {
            Some(Response::Error(e)) => {
                assert!(e.contains("no complete request line"), "{e}")
            }
            other => panic!("a stalled connection got {other:?}"),
        }
        assert!(
            read_response(s).is_none(),
            "a stalled connection stays open"
        );
    }

    app.assert_alive();
    let after = app.status();
    assert_eq!(after["pid"], pid, "the app restarted");
    let (code, out, err) = app.cli(&["pause", "--until", "23:59"]);
    assert_eq!(code, 0, "{out}{err}");
    app.wait_status("paused", |s| s["state"] == "paused");
}

/// `id -u NAME` / `id -g NAME`; an empty NAME is the user running the tests.
fn id_of(flag: &str, user: &str) -> u32 {
    let out = Command::new("id")
        .arg(flag)
        .args((!user.is_empty()).then_some(user))
        .output()
        .expect("running id");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("no user {user} on this machine"))
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {mode:o} {}: {e}", path.display()));
}

#[test]
fn another_user_reaching_the_socket_gets_no_answer() {
    let desktop = Desktop::start();
    let mut app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let path = socket_path(&desktop);
    let (nobody, nogroup) = (id_of("-u", "nobody"), id_of("-g", "nobody"));

    // Open every folder on the way and the socket itself, so that only the
    // app's peer-credential check stands between `nobody` and the app.
    let folder = path.parent().expect("the socket folder").to_path_buf();
    let mut opened = Vec::new();
    let mut dir = folder.as_path();
    while let Some(parent) = dir.parent() {
        let mode = std::fs::metadata(dir)
            .expect("a folder")
            .permissions()
            .mode()
            & 0o7777;
        if mode & 0o001 == 0 {
            opened.push((dir.to_path_buf(), mode));
            chmod(dir, mode | 0o711);
        }
        dir = parent;
    }
    chmod(&folder, 0o777);
    chmod(&path, 0o777);

    // `nobody` runs the real client: a copy of the binary in a folder anyone
    // can read, since the clone may sit behind a private folder (a mode-700
    // home or `mktemp -d`) that `nobody` cannot pass. Its own runtime folder
    // (private, its own, as the client insists) holds a link to our socket.
    let theirs = tempfile::tempdir().expect("a temp folder");
    chmod(theirs.path(), 0o755);
    let their_binary = theirs.path().join("unknot");
    std::fs::copy(crate::unknot_in::binary(), &their_binary).expect("copying the binary");
    chmod(&their_binary, 0o755);
    let their_runtime = theirs.path().join("run");
    std::fs::create_dir_all(their_runtime.join("unknot")).expect("their folders");
    std::os::unix::fs::symlink(&path, their_runtime.join("unknot/unknot.sock"))
        .expect("a link to the socket");
    for d in [their_runtime.clone(), their_runtime.join("unknot")] {
        chmod(&d, 0o700);
    }
    // Giving folders away and becoming `nobody` need root (`sudo -n` when the
    // suite runs as a normal user).
    let owner = format!("{nobody}:{nogroup}");
    let given = desktop::run_as_root(
        "chown",
        [
            "-h".as_ref(),
            owner.as_ref(),
            their_runtime.as_os_str(),
            their_runtime.join("unknot").as_os_str(),
            their_runtime.join("unknot/unknot.sock").as_os_str(),
        ],
    );
    assert!(
        given.status.success(),
        "chown: {}",
        String::from_utf8_lossy(&given.stderr)
    );
    let runtime_var = format!("XDG_RUNTIME_DIR={}", their_runtime.display());
    let out = desktop::run_as_root(
        "runuser",
        [
            "-u".as_ref(),
            "nobody".as_ref(),
            "--".as_ref(),
            "env".as_ref(),
            "-i".as_ref(),
            std::ffi::OsStr::new(&runtime_var),
            their_binary.as_os_str(),
            "status".as_ref(),
            "--json".as_ref(),
        ],
    );
    // Back to us, so the temp folder can be removed.
    let me = format!("{}:{}", id_of("-u", ""), id_of("-g", ""));
    let back = desktop::run_as_root(
        "chown",
        [
            "-R".as_ref(),
            "-h".as_ref(),
            me.as_ref(),
            their_runtime.as_os_str(),
        ],
    );
    assert!(
        back.status.success(),
        "chown back: {}",
        String::from_utf8_lossy(&back.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stdout.trim().is_empty(), "nobody got an answer: {stdout}");
    // Reached the app and was dropped: not stopped earlier by the file system.
    assert!(
        stderr.contains("closed the connection without answering")
            || stderr.contains("cannot send the request")
            // The app's close can also reach the client as a reset while it reads.
            || stderr.contains("cannot read the answer: Connection reset by peer"),
        "{stderr}"
    );
    assert!(!stderr.contains("Permission denied"), "{stderr}");

    // Our own raw client still works with everything opened up ...
    let s = connect(&path).expect("connect");
    (&s).write_all(STATUS_LINE).expect("write");
    assert!(
        matches!(read_response(&s), Some(Response::Status(_))),
        "our own client got no status"
    );
    // ... and, with the modes put back, so does `unknot status`.
    chmod(&path, 0o600);
    chmod(&folder, 0o700);
    for (dir, mode) in opened {
        chmod(&dir, mode);
    }
    app.assert_alive();
    assert!(app.status()["pid"].is_number());
}

// ---- a read-only and a full state folder ----

/// A mount point, unmounted (lazily, so a busy one goes too) on drop.
struct Mount(PathBuf);

impl Mount {
    fn run(args: &[&str], target: &Path) {
        let out = desktop::run_as_root(
            "mount",
            args.iter()
                .map(std::ffi::OsStr::new)
                .chain([target.as_os_str()]),
        );
        assert!(
            out.status.success(),
            "mount {args:?} {} is not permitted here: {}\n\
             These tests need root for mounts (as root, or through sudo); see docs/reliability.md.",
            target.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `dir` bound onto itself, then made read-only.
    fn read_only(dir: &Path) -> Mount {
        Mount::run(&["--bind", &dir.to_string_lossy()], dir);
        let mount = Mount(dir.to_path_buf());
        Mount::run(&["-o", "remount,bind,ro"], dir);
        mount
    }

    /// A tmpfs of `size` on `dir`.
    fn tmpfs(dir: &Path, size: &str) -> Mount {
        Mount::run(
            &[
                "-t",
                "tmpfs",
                "-o",
                // Ours, as the app runs as the user running the tests (mount
                // runs as root, through sudo for a normal user).
                &format!(
                    "size={size},mode=0700,uid={},gid={}",
                    id_of("-u", ""),
                    id_of("-g", "")
                ),
                "tmpfs",
            ],
            dir,
        );
        Mount(dir.to_path_buf())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = desktop::run_as_root("umount", ["-l".as_ref(), self.0.as_os_str()]);
    }
}

fn state_dir(desktop: &Desktop) -> PathBuf {
    desktop_env(desktop, "XDG_STATE_HOME").join("unknot")
}

/// A few records from last week, as an earlier run wrote them; padded with
/// JSON whitespace to exactly `size` bytes when asked (one tmpfs page, so
/// that a later append needs a page of its own).
fn earlier_history(size: Option<usize>) -> Vec<u8> {
    let mut lines: Vec<String> = (0..6)
        .map(|i| {
            let at = format!("2026-02-2{}T10:00:00+01:00", i + 1);
            let (event, extra) = if i % 2 == 0 {
                ("offered", String::new())
            } else {
                ("snoozed", ",\"snoozes_left\":2".to_string())
            };
            format!(
                "{{\"v\":1,\"id\":\"177180000000000000{i}-4242-{i}\",\"event\":\"{event}\",\
                 \"break_name\":\"Desk reset\",\"routine\":\"desk-reset\",\"at\":\"{at}\"{extra}}}"
            )
        })
        .collect();
    if let Some(size) = size {
        let used: usize = lines.iter().map(|l| l.len() + 1).sum();
        let last = lines.last_mut().expect("records");
        last.insert_str(last.len() - 1, &" ".repeat(size - used));
    }
    let mut bytes = lines.join("\n").into_bytes();
    bytes.push(b'\n');
    if let Some(size) = size {
        assert_eq!(bytes.len(), size);
    }
    bytes
}

/// The seeded records are all still there, in order, and the file parses.
fn assert_history_kept(file: &[u8], seeded: &[u8]) -> history::HistoryRead {
    assert!(
        file.starts_with(seeded),
        "the history recorded earlier changed:\n{}",
        String::from_utf8_lossy(file)
    );
    let read = history::parse_history(file);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    assert!(read.records.len() >= 6, "{:?}", read.records);
    read
}

#[test]
fn a_read_only_state_folder_is_reported_and_the_history_kept() {
    let desktop = Desktop::start();
    let dir = state_dir(&desktop);
    std::fs::create_dir_all(&dir).expect("the state folder");
    let seeded = earlier_history(None);
    std::fs::write(dir.join("history.jsonl"), &seeded).expect("seeding the history");
    let _mount = Mount::read_only(&dir);
    let probe = std::fs::write(dir.join("probe"), "x");
    assert_eq!(
        probe.map_err(|e| e.raw_os_error()),
        Err(Some(libc::EROFS)),
        "the bind mount is not read-only"
    );

    let mut app = App::start(&desktop, &all_day_config(DESK_ONLY));
    app.offer_desk_reset();
    let stderr = app.wait_stderr("Read-only file system");
    assert!(
        stderr.contains(&dir.to_string_lossy().into_owned()),
        "the message names the folder:\n{stderr}"
    );
    // Reminders go on: the break is on screen and can be snoozed.
    let (code, out, err) = app.cli(&["snooze"]);
    assert_eq!(code, 0, "{out}{err}");
    app.wait_status("snoozed", |s| s["state"] == "snoozed");
    // `status` and the tray's text (the same words) tell the user too, not only stderr.
    app.wait_status("history-not-saved", |s| {
        s["degraded"]
            .as_array()
            .is_some_and(|d| d.iter().any(|x| x == "history-not-saved"))
            && s["status_text"]
                .as_str()
                .is_some_and(|t| t.ends_with(" · history not saved"))
    });
    app.assert_alive();
    app.stop();

    let file = std::fs::read(dir.join("history.jsonl")).expect("the history");
    assert_eq!(file, seeded, "a read-only history changed");
    assert_history_kept(&file, &seeded);
}

#[test]
fn a_full_state_folder_is_reported_the_history_kept_and_writing_resumes_when_space_returns() {
    let desktop = Desktop::start();
    let dir = state_dir(&desktop);
    std::fs::create_dir_all(&dir).expect("the state folder");
    let _mount = Mount::tmpfs(&dir, "16k");
    let seeded = earlier_history(Some(4096));
    std::fs::write(dir.join("history.jsonl"), &seeded).expect("seeding the history");
    // Fill the rest, page by page, until the file system says it is full.
    let filler = dir.join("filler");
    {
        let mut f = std::fs::File::create(&filler).expect("the filler");
        let page = [0u8; 4096];
        let full = loop {
            if let Err(e) = f.write_all(&page).and_then(|()| f.sync_all()) {
                break e;
            }
        };
        assert_eq!(full.raw_os_error(), Some(libc::ENOSPC), "{full}");
    }

    let mut app = App::start(&desktop, &all_day_config(DESK_ONLY));
    app.offer_desk_reset();
    let stderr = app.wait_stderr("No space left on device");
    assert!(
        stderr.contains(&dir.to_string_lossy().into_owned()),
        "the message names the folder:\n{stderr}"
    );
    let (code, out, err) = app.cli(&["skip"]);
    assert_eq!(code, 0, "{out}{err}");
    app.wait_status("idle after skip", |s| s["state"] == "idle");
    app.assert_alive();
    let file = std::fs::read(dir.join("history.jsonl")).expect("the history");
    assert_history_kept(&file, &seeded);

    // Space comes back: the next break is recorded after the earlier ones.
    std::fs::remove_file(&filler).expect("freeing space");
    app.offer_desk_reset();
    let (code, out, err) = app.cli(&["skip"]);
    assert_eq!(code, 0, "{out}{err}");
    let recorded = desktop.wait_until(Duration::from_secs(20), || {
        let file = std::fs::read(dir.join("history.jsonl")).unwrap_or_default();
        history::parse_history(&file).records.len() > 6
    });
    assert!(recorded, "nothing recorded once space returned");
    let file = std::fs::read(dir.join("history.jsonl")).expect("the history");
    let read = assert_history_kept(&file, &seeded);
    assert!(
        read.records
            .iter()
            .any(|r| matches!(&r.event, HistoryEvent::Skipped { .. })),
        "{:?}",
        read.records
    );
}

// ---- clock jumps end to end, under libfaketime ----

fn offers(desktop: &Desktop, name: &str) -> usize {
    let file = std::fs::read(state_dir(desktop).join("history.jsonl")).unwrap_or_default();
    history::parse_history(&file)
        .records
        .iter()
        .filter(
            |r| matches!(&r.event, HistoryEvent::Offered { break_name, .. } if break_name == name),
        )
        .count()
}

/// Keeps the user active until `ready` holds or `limit` passes.
fn working_until(desktop: &Desktop, limit: Duration, mut ready: impl FnMut() -> bool) -> bool {
    desktop.wait_until(limit, || {
        let _ = desktop
            .command("xdotool")
            .args(["mousemove_relative", "1", "0"])
            .status();
        ready()
    })
}

#[test]
fn clock_jumps_under_faketime_bring_no_burst_and_keep_the_daily_routine() {
    let desktop = Desktop::start();
    let clock = FakeClock(desktop.scratch().join("faketime"));
    clock.set("2026-03-02 14:30:00");
    let breaks = r#"[{"name": "Desk reset", "routine": "desk-reset", "every": "50m"},
        {"name": "Daily routine", "routine": "upper-trap", "at": "15:00", "daily": true}]"#;
    let app = App::start_with(
        &desktop,
        &all_day_config(breaks),
        clock.wrap(desktop.unknot()),
    );
    let status = app.status();
    let next = status["next_break"]["at"].as_str().unwrap_or_default();
    assert!(
        next.starts_with("2026-03-02T"),
        "the app does not run on the fake clock (libfaketime not effective?): {status:#}"
    );

    // Three hours forward: past the daily routine and three desk intervals.
    clock.set("2026-03-02 17:30:00");
    let shown = working_until(&desktop, Duration::from_secs(90), || {
        app.status()["notification"]["shown"] == true
    });
    assert!(shown, "nothing offered after the jump: {:#}", app.status());
    let status = app.status();
    assert_eq!(
        status["notification"]["break_name"], "Daily routine",
        "the daily routine jumped over is the one offered: {status:#}"
    );
    assert!(desktop.displayed_notifications() <= 1);
    assert_eq!(offers(&desktop, "Daily routine"), 1);
    assert!(offers(&desktop, "Desk reset") <= 1);

    // Back to just before 15:00, unanswered: crossing 15:00 again must not
    // offer the daily routine a second time.
    clock.set("2026-03-02 14:59:50");
    let again = working_until(&desktop, Duration::from_secs(90), || {
        offers(&desktop, "Daily routine") > 1 || desktop.displayed_notifications() > 1
    });
    assert!(
        !again,
        "offered again after the clock went back: {} offers, {} on screen",
        offers(&desktop, "Daily routine"),
        desktop.displayed_notifications()
    );
    assert!(offers(&desktop, "Desk reset") <= 1);
    assert_eq!(app.status()["state"], "due", "{:#}", app.status());
}
