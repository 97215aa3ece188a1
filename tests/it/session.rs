//! The window process end to end: the background app starts `unknot
//! session` for a window, a second Start finds the same window, and a window
//! process killed mid-routine leaves the app reminding, the session in the
//! history as lost, and no window or audio library in the app's memory.

use std::time::Duration;

use serde_json::Value;

use desktop::Desktop;

use crate::running::{all_day_config_with, App, DESK_ONLY};

/// Anything on screen, generously, for a busy machine.
const WAIT: Duration = Duration::from_secs(30);

/// Libraries only a window or an audio output brings in. Two families are
/// in every process of this one binary from exec on, so they are not here:
/// `libasound.so.2` (cpal links it) and libX11 with libxcb (tiny-xlib, under
/// softbuffer's X11 backend, loads Xlib in a constructor). What a session
/// adds is winit's keyboard and cursor libraries, the ALSA plugins and what
/// they load (libpulse is linked NODELETE: it never leaves a process).
const WINDOW_AND_AUDIO_LIBRARIES: [&str; 7] = [
    "libxkbcommon",
    "libXcursor",
    "libxcb-xkb",
    "libXi",
    "libasound_module",
    "libpulse",
    "libsndfile",
];

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
    for lib in WINDOW_AND_AUDIO_LIBRARIES {
        assert!(
            !after.iter().any(|l| l.starts_with(lib)),
            "{lib} is mapped in the app after the session: {after:?}"
        );
    }

    // Reminders go on.
    let (code, out, err) = app.cli(&["break-now", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    app.wait_status("a notification", |s| {
        s["notification"]["awaiting_action"] == true
    });
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
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(windows(&desktop, "Desk reset").len(), 1, "{}", app.stderr());
    assert_eq!(pid_of(&app.status(), "window_pid"), first);
    assert_eq!(app.status()["state"], "in-break");
}
