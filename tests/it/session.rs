//! The window process end to end: the background app starts `unknot
//! session` for a window, a second Start finds the same window, and a window
//! process killed mid-routine leaves the app reminding, the session in the
//! history as lost, and no window or audio library in the app's memory,
//! idle or after a session. A
//! stopped one is ended when it falls silent, and the pipe's lines are
//! capped and versioned.

use std::time::Duration;

use serde_json::Value;

use desktop::Desktop;

use crate::running::{all_day_config, all_day_config_with, App, DESK_ONLY};
use crate::unknot_in::UnknotIn;

/// Anything on screen, generously, for a busy machine.
const WAIT: Duration = Duration::from_secs(30);

/// Libraries only a window or an audio output brings in: the window
/// process's (`unknot-session`), never the app's. Since the split into two
/// binaries the app maps none of them, not even at exec (the one binary had
/// `libasound.so.2`, cpal's DT_NEEDED, and libX11 with libxcb, which
/// tiny-xlib's constructor under softbuffer loads). No libxcb is allowed
/// either: the app's X11 idle time and fullscreen check go through x11rb's
/// own Rust connection, and the tray is D-Bus (ksni). libpulse is linked
/// NODELETE: once in a process it never leaves.
const WINDOW_AND_AUDIO_LIBRARIES: [&str; 11] = [
    "libasound",
    "libpulse",
    "libX11",
    "libxcb",
    "libxkbcommon",
    "libwayland-cursor",
    "libXcursor",
    "libxcb-xkb",
    "libXi",
    "libasound_module",
    "libsndfile",
];

/// Which of `libraries` name one of `WINDOW_AND_AUDIO_LIBRARIES`.
fn window_or_audio(libraries: &[String]) -> Vec<String> {
    libraries
        .iter()
        .filter(|l| WINDOW_AND_AUDIO_LIBRARIES.iter().any(|w| l.starts_with(w)))
        .cloned()
        .collect()
}

/// The X window ids whose title is `title`.
fn windows(desktop: &Desktop, title: &str) -> Vec<String> {
    desktop
        .command("xdotool")
        .args(["search", "--name", title])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn wait_window(desktop: &Desktop, app: &App, title: &str) -> String {
    let mut found = Vec::new();
    desktop.wait_until(WAIT, || {
        found = windows(desktop, title);
        !found.is_empty()
    });
    found
        .pop()
        .unwrap_or_else(|| panic!("no window {title:?}\n{}", app.stderr()))
}

/// The libraries a process has mapped, by file name.
fn mapped(pid: u64) -> Vec<String> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    let mut names: Vec<String> = maps
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .filter_map(|p| p.rsplit('/').next())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The shared libraries a process has mapped.
fn libraries(pid: u64) -> Vec<String> {
    mapped(pid)
        .into_iter()
        .filter(|name| name.contains(".so"))
        .collect()
}

fn pid_of(status: &Value, key: &str) -> u64 {
    status[key]
        .as_u64()
        .unwrap_or_else(|| panic!("no {key} in {status:#}"))
}

#[test]
fn a_killed_window_process_is_a_lost_session_and_the_app_keeps_reminding() {
    let desktop = Desktop::start_with_options(desktop::Options {
        audio: true,
        ..desktop::Options::default()
    });
    let sound = r#"{"enabled": true, "volume": 60, "voice": true}"#;
    let mut app = App::start(&desktop, &all_day_config_with(DESK_ONLY, sound));
    let app_pid = pid_of(&app.status(), "pid");
    let before = libraries(app_pid);

    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    let window = wait_window(&desktop, &app, "Desk reset");
    let status = app.wait_status("a window process", |s| s["window_pid"].is_u64());
    let child = pid_of(&status, "window_pid");
    assert_ne!(child, app_pid, "the window is in a process of its own");
    // Begin the routine, so that the first exercise is under way.
    app.wait_stderr("audio: output open");
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    desktop.run("xdotool", &["key", "Return"]);
    // Past the exercise's 22 s get-ready (the stop signs, the set-up), into
    // its work.
    std::thread::sleep(Duration::from_secs(25));
    let playing = mapped(child);
    assert!(
        playing.iter().any(|l| l.starts_with("libpulse")),
        "the window process plays through PulseAudio: {playing:?}"
    );

    desktop.run("kill", &["-KILL", &child.to_string()]);
    let status = app.wait_status("the lost session", |s| s["lost_session"].is_string());
    app.assert_alive();
    let lost = status["lost_session"].as_str().unwrap_or_default();
    assert!(
        lost.contains("desk-reset") && lost.contains("killed by signal 9"),
        "{lost}"
    );
    assert_ne!(status["state"], "in-break", "{status:#}");
    let (_, human, _) = app.cli(&["status"]);
    assert!(human.contains("recorded as lost"), "{human}");

    let history = std::fs::read_to_string(desktop.home().join(".local/state/unknot/history.jsonl"))
        .expect("the history");
    let last: Value = history
        .lines()
        .rev()
        .filter_map(|l| serde_json::from_str(l).ok())
        .find(|r: &Value| r["event"] == "completed")
        .unwrap_or_else(|| panic!("no completed record:\n{history}"));
    assert_eq!(last["lost"], true, "{last}");
    assert_eq!(last["routine"], "desk-reset", "{last}");
    assert_eq!(last["outcomes"][0], "partial", "{last}");

    // None of the window's or the sound's libraries ever came into the app.
    let after = libraries(app_pid);
    assert_eq!(before, after, "the session changed the app's libraries");
    assert_eq!(window_or_audio(&after), Vec::<String>::new(), "{after:?}");

    // Reminders go on.
    let (code, out, err) = app.cli(&["break-now", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    app.wait_status("a notification", |s| {
        s["notification"]["awaiting_action"] == true
    });
}

#[test]
fn the_idle_app_maps_no_window_or_audio_library() {
    let desktop = Desktop::start_with_options(desktop::Options {
        audio: true,
        ..desktop::Options::default()
    });
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    // The tray is up and idle time is read (X11, MIT-SCREEN-SAVER): the app
    // as it idles on a desktop, not one that skipped what it could.
    let status = app.wait_status("the tray and idle sensing", |s| {
        let degraded = s["degraded"].to_string();
        !degraded.contains("no-tray-host") && !degraded.contains("no-idle-detection")
    });
    let app_pid = pid_of(&status, "pid");
    let idle = libraries(app_pid);
    assert_eq!(window_or_audio(&idle), Vec::<String>::new(), "{idle:?}");

    // The names are those of this system's libraries: the window process,
    // with Preferences open, has them. The app still has none.
    let (code, out, err) = app.cli(&["preferences"]);
    assert_eq!(code, 0, "{out}{err}");
    wait_window(&desktop, &app, "Preferences");
    let status = app.wait_status("a window process", |s| s["window_pid"].is_u64());
    let window = libraries(pid_of(&status, "window_pid"));
    for lib in ["libasound", "libX11", "libxcb", "libxkbcommon"] {
        assert!(
            window.iter().any(|l| l.starts_with(lib)),
            "{lib} is not in the window process: {window:?}"
        );
    }
    let after = libraries(app_pid);
    assert_eq!(window_or_audio(&after), Vec::<String>::new(), "{after:?}");
}

#[test]
fn asking_for_a_session_twice_finds_one_window() {
    let desktop = Desktop::start();
    let app = App::start(
        &desktop,
        &all_day_config_with(DESK_ONLY, crate::running::SILENT),
    );
    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    wait_window(&desktop, &app, "Desk reset");
    let first = pid_of(&app.status(), "window_pid");

    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = app.cli(&["play", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    // The window process takes the app's requests in order: once the
    // Preferences asked for after both shows, a second session window
    // would already be there.
    let (code, out, err) = app.cli(&["preferences"]);
    assert_eq!(code, 0, "{out}{err}");
    wait_window(&desktop, &app, "Preferences");
    assert_eq!(windows(&desktop, "Desk reset").len(), 1, "{}", app.stderr());
    assert_eq!(pid_of(&app.status(), "window_pid"), first);
    assert_eq!(app.status()["state"], "in-break");
}

/// The beat and the silence limit, shortened: the window process says
/// `Alive` every 300 ms, and the app ends one silent for 2 s.
fn shortened(desktop: &Desktop) -> std::process::Command {
    let mut command = desktop.unknot();
    command
        .env("UNKNOT_WINDOW_BEAT_MS", "300")
        .env("UNKNOT_WINDOW_SILENT_MS", "2000");
    command
}

#[test]
fn a_stopped_window_process_is_ended_its_session_lost_and_reminders_go_on() {
    let desktop = Desktop::start();
    let mut app = App::start_with(&desktop, &all_day_config(DESK_ONLY), shortened(&desktop));
    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    wait_window(&desktop, &app, "Desk reset");
    let child = pid_of(
        &app.wait_status("a window process", |s| s["window_pid"].is_u64()),
        "window_pid",
    );
    // On its start screen nothing moves: only the beat keeps it heard, for
    // more than twice the silence limit.
    std::thread::sleep(Duration::from_secs(5));
    let status = app.status();
    assert_eq!(status["window_pid"], child, "{status:#}\n{}", app.stderr());
    assert_eq!(status["state"], "in-break", "{status:#}");

    desktop.run("kill", &["-STOP", &child.to_string()]);
    let status = app.wait_status("the lost session", |s| s["lost_session"].is_string());
    app.assert_alive();
    let lost = status["lost_session"].as_str().unwrap_or_default();
    assert!(
        lost.contains("desk-reset") && lost.contains("stopped answering for 2 s"),
        "{lost}"
    );
    assert!(status["window_pid"].is_null(), "{status:#}");
    assert_ne!(status["state"], "in-break", "{status:#}");
    assert!(
        !std::path::Path::new(&format!("/proc/{child}")).exists(),
        "the stopped window process is still there"
    );
    let (_, human, _) = app.cli(&["status"]);
    assert!(human.contains("recorded as lost"), "{human}");

    let history = std::fs::read_to_string(desktop.home().join(".local/state/unknot/history.jsonl"))
        .expect("the history");
    let last: Value = history
        .lines()
        .rev()
        .filter_map(|l| serde_json::from_str(l).ok())
        .find(|r: &Value| r["event"] == "completed")
        .unwrap_or_else(|| panic!("no completed record:\n{history}"));
    assert_eq!(last["lost"], true, "{last}");
    assert_eq!(last["routine"], "desk-reset", "{last}");

    // Reminders go on, and a new window process plays the next session.
    app.offer_desk_reset();
    let (code, out, err) = app.cli(&["start"]);
    assert_eq!(code, 0, "{out}{err}");
    let status = app.wait_status("a new window process", |s| {
        s["window_pid"].is_u64() && s["state"] == "in-break"
    });
    assert_ne!(pid_of(&status, "window_pid"), child);
    assert!(status["lost_session"].is_null(), "{status:#}");
}

/// What a child writes on `pipe`, gathered line by line as it comes.
fn collect(pipe: impl std::io::Read + Send + 'static) -> std::sync::Arc<std::sync::Mutex<String>> {
    use std::io::BufRead;
    let all = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = all.clone();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(pipe).lines().map_while(Result::ok) {
            let mut all = sink.lock().unwrap_or_else(|e| e.into_inner());
            all.push_str(&line);
            all.push('\n');
        }
    });
    all
}

fn text(all: &std::sync::Mutex<String>) -> String {
    all.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// The peak resident memory of `pid`, in KiB.
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no VmHWM for {pid}:\n{status}"))
}

#[test]
fn the_window_process_skips_a_ten_megabyte_request_and_one_of_another_version() {
    use std::io::Write;
    let desktop = Desktop::start();
    let config = desktop.home().join(".config/unknot/config.json");
    std::fs::create_dir_all(config.parent().expect("a folder")).expect("config folder");
    std::fs::write(&config, all_day_config(DESK_ONLY)).expect("writing the config");
    let mut child = desktop
        .command(crate::unknot_in::session_binary())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starting unknot-session");
    let out = collect(child.stdout.take().expect("stdout"));
    let err = collect(child.stderr.take().expect("stderr"));
    let mut stdin = child.stdin.take().expect("stdin");
    // It says it is alive (with its pipe version) before anything is asked.
    let alive = desktop.wait_until(WAIT, || text(&out).contains(r#"{"v":1,"report":"alive"}"#));
    assert!(alive, "no beat: {}{}", text(&out), text(&err));
    let before = peak_rss_kib(child.id());

    let mut huge = vec![b'x'; 10 * 1024 * 1024];
    huge.push(b'\n');
    stdin
        .write_all(&huge)
        .expect("the window process reads the long line");
    stdin
        .write_all(b"{\"v\":99,\"do\":\"raise\"}\n")
        .expect("writes");
    stdin.flush().expect("flushes");
    let skipped = "skipped a request of 10485760 bytes (at most 65536)";
    let ignored = "ignored a request: a line of pipe version 99, where this unknot speaks 1";
    let read = desktop.wait_until(WAIT, || text(&err).contains(ignored));
    assert!(read, "{}", text(&err));
    assert!(text(&err).contains(skipped), "{}", text(&err));
    // The long line was never held: a 10 MiB buffer (more while it grew)
    // would show in the peak.
    let after = peak_rss_kib(child.id());
    eprintln!("peak RSS {before} KiB before the 10 MiB line, {after} KiB after");
    assert!(
        after < before + 2 * 1024,
        "peak RSS went from {before} KiB to {after} KiB"
    );

    // It still answers.
    let request = format!(
        "{{\"v\":1,\"do\":\"preferences\",\"path\":{}}}\n",
        serde_json::to_string(&config.display().to_string()).expect("a string")
    );
    stdin.write_all(request.as_bytes()).expect("writes");
    stdin.flush().expect("flushes");
    let found = desktop.wait_until(WAIT, || !windows(&desktop, "Preferences").is_empty());
    assert!(found, "no Preferences window: {}", text(&err));
    assert!(matches!(child.try_wait(), Ok(None)), "{}", text(&err));

    // Closing the pipe still ends it.
    drop(stdin);
    let ended = desktop.wait_until(WAIT, || matches!(child.try_wait(), Ok(Some(_))));
    if !ended {
        let _ = child.kill();
    }
    assert!(
        ended,
        "the window process outlived its pipe: {}",
        text(&err)
    );
}

/// `unknot` copied alone into a folder of the desktop's scratch, with
/// `session` (a script's text) as the `unknot-session` beside it, if any.
fn unknot_with(desktop: &Desktop, session: Option<&str>) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let dir = desktop.scratch().join("installed");
    std::fs::create_dir_all(&dir).expect("a folder");
    let app = dir.join("unknot");
    std::fs::copy(crate::unknot_in::binary(), &app).expect("copying unknot");
    if let Some(script) = session {
        let path = dir.join("unknot-session");
        std::fs::write(&path, script).expect("the stand-in");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    app
}

#[test]
fn without_its_window_program_the_app_says_so_and_reminders_go_on() {
    let desktop = Desktop::start();
    assert!(
        !std::path::Path::new("/usr/libexec/unknot/unknot-session").exists(),
        "an installed unknot package would be found instead; remove it to run this test"
    );
    let alone = unknot_with(&desktop, None);
    let mut app = App::start_with(
        &desktop,
        &all_day_config_with(DESK_ONLY, crate::running::SILENT),
        desktop.command(&alone),
    );
    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    let status = app.wait_status("the lost session", |s| s["lost_session"].is_string());
    let lost = status["lost_session"].as_str().unwrap_or_default();
    assert!(
        lost.contains("unknot-session is not installed") && lost.contains("reinstall unknot"),
        "{lost}"
    );
    // Asked for a window, the app says why there is none.
    let (code, out, err) = app.cli(&["preferences"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(
        err.contains("unknot-session is not installed"),
        "{out}{err}"
    );
    app.assert_alive();
    let degraded = app.status()["degraded"].clone();
    assert!(
        degraded
            .as_array()
            .is_some_and(|d| d.iter().any(|w| w == "no-window-program")),
        "status does not say the window program is missing: {degraded}"
    );
    let (code, out, err) = app.cli(&["break-now", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    app.wait_status("a notification", |s| {
        s["notification"]["awaiting_action"] == true
    });
    app.stop();

    // With no app, `play` says the same and fails.
    let out = desktop
        .command(&alone)
        .args(["play", "desk-reset"])
        .output()
        .expect("unknot play");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("unknot-session is not installed"), "{err}");
}

#[test]
fn a_window_program_of_another_pipe_version_asks_for_a_restart() {
    let desktop = Desktop::start();
    // What an upgrade that changed the pipe would have put beside the app.
    let newer = "#!/bin/sh\necho '{\"v\":2,\"report\":\"alive\"}'\nexec sleep 30\n";
    let app_binary = unknot_with(&desktop, Some(newer));
    let mut app = App::start_with(
        &desktop,
        &all_day_config_with(DESK_ONLY, crate::running::SILENT),
        desktop.command(&app_binary),
    );
    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    let status = app.wait_status("restart-needed", |s| {
        s["degraded"].to_string().contains("restart-needed")
    });
    let lost = status["lost_session"].as_str().unwrap_or_default();
    assert!(lost.contains("restart unknot"), "{status:#}");
    assert!(status["window_pid"].is_null(), "{status:#}");
    app.assert_alive();
}

/// The window process ends once its last window has closed, whichever
/// windows it showed before: Preferences, a break, the home window, then
/// the daily routine started, played a moment and closed with Escape, three
/// times over; each time the process is gone within 5 s (17 ms by hand).
#[test]
fn the_window_process_ends_when_its_last_window_closes() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let close = |title: &str| {
        let window = wait_window(&desktop, &app, title);
        desktop.run("xdotool", &["windowactivate", "--sync", &window]);
        desktop.run("xdotool", &["key", "Escape"]);
        let closed = desktop.wait_until(Duration::from_secs(10), || {
            windows(&desktop, &format!("^{title}$")).is_empty()
        });
        assert!(closed, "{title} stayed open\n{}", app.stderr());
    };
    for args in [&["preferences"][..], &["break-now"], &["start"], &[]] {
        let (code, out, err) = app.cli(args);
        assert_eq!(code, 0, "{args:?}: {out}{err}");
        match args.first() {
            Some(&"preferences") => close("Preferences"),
            Some(&"start") => close("Desk reset"),
            Some(_) => {}
            None => close("unknot"),
        }
    }
    for round in 0..3 {
        let (code, out, err) = app.cli(&["start", "upper-trap"]);
        assert_eq!(code, 0, "{out}{err}");
        let window = wait_window(&desktop, &app, "Upper-trap daily routine");
        let pid = pid_of(&app.status(), "window_pid");
        desktop.run("xdotool", &["windowactivate", "--sync", &window]);
        desktop.run("xdotool", &["key", "space"]);
        std::thread::sleep(Duration::from_millis(1000 + 700 * round));
        close("Upper-trap daily routine");
        let gone = desktop.wait_until(Duration::from_secs(5), || {
            !std::path::Path::new(&format!("/proc/{pid}")).exists()
        });
        assert!(
            gone,
            "round {round}: window process {pid} still there 5 s after its window closed\n{}",
            app.stderr()
        );
    }
}
