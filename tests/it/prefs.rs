//! The Preferences window in the headless desktop, driven as a person does:
//! the tray item or `unknot preferences`, then keys (and a click or two).
//! What it writes is checked in the file, by `check-config`, and in what the
//! running app and `unknot schedule` then say.

use std::time::Duration;

use desktop::{onsets, Desktop};

use crate::app::click_menu;
use crate::running::{looks_as_rendered, App};
use crate::unknot_in::UnknotIn;

const WAIT: Duration = Duration::from_secs(20);

/// A config laid out by hand: odd spacing, every hour of the week working
/// (the tests behave the same whenever they run), no sound.
const HAND_LAID: &str = r#"{
  "version": 1,
  "working_hours": {
    "mon": ["00:00-24:00"],   "tue": ["00:00-24:00"], "wed": ["00:00-24:00"],
    "thu": ["00:00-24:00"],   "fri": ["00:00-24:00"], "sat": ["00:00-24:00"],
    "sun": ["00:00-24:00"]
  },
  "breaks": [
    { "name": "Desk reset", "routine": "desk-reset", "every": "50m" }
  ],

  "sound": { "enabled": false }
}
"#;

fn config_path(desktop: &Desktop) -> std::path::PathBuf {
    desktop.home().join(".config/unknot/config.json")
}

fn read_config(desktop: &Desktop) -> String {
    std::fs::read_to_string(config_path(desktop)).expect("the config file")
}

/// The ids of the X windows titled `title` (xdotool's match), one a line.
fn windows(desktop: &Desktop, title: &str) -> String {
    desktop
        .command("xdotool")
        .args(["search", "--name", title])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// `unknot render --screen preferences` on the desktop's config file, into
/// the scratch folder as `name`: the window as it should look when it opens.
fn render_prefs(desktop: &Desktop, name: &str) -> std::path::PathBuf {
    let reference = desktop.scratch().join(name);
    let path = config_path(desktop);
    desktop.run(
        env!("CARGO_BIN_EXE_unknot"),
        &[
            "--config",
            path.to_str().expect("UTF-8"),
            "render",
            "--screen",
            "preferences",
            "--out",
            reference.to_str().expect("UTF-8"),
        ],
    );
    reference
}

/// The first window titled `title`, once it is mapped, activated.
fn wait_window(desktop: &Desktop, app: &App, title: &str) -> String {
    let mut found = String::new();
    let shown = desktop.wait_until(WAIT, || {
        found = windows(desktop, title);
        !found.is_empty()
    });
    assert!(shown, "no window {title:?}\n{}", app.stderr());
    let id = found.lines().next().expect("a window id").to_owned();
    desktop.run("xdotool", &["windowactivate", "--sync", &id]);
    id
}

fn prefs_window(desktop: &Desktop, app: &App) -> String {
    wait_window(desktop, app, "Preferences")
}

/// Keys into the focused window, a little apart (each may write the file).
fn keys(desktop: &Desktop, keys: &[&str]) {
    let mut args = vec!["key", "--delay", "60"];
    args.extend_from_slice(keys);
    desktop.run("xdotool", &args);
}

fn click(desktop: &Desktop, window: &str, x: u32, y: u32) {
    let (x, y) = (x.to_string(), y.to_string());
    desktop.run(
        "xdotool",
        &["mousemove", "--window", window, &x, &y, "click", "1"],
    );
}

#[test]
fn preferences_keys_change_the_file_in_place_and_the_app_follows() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, HAND_LAID);
    let registered = || desktop.tray_items().is_some_and(|i| !i.is_empty());
    assert!(desktop.wait_until(WAIT, registered), "no tray item");
    click_menu(&desktop, "Preferences…");
    let _window = prefs_window(&desktop, &app);

    // Monday ends an hour earlier (Tab twice onto its end, ← four quarters),
    // then down past the other six days to the desk reset, one step up.
    keys(&desktop, &["Tab", "Tab", "Left", "Left", "Left", "Left"]);
    keys(&desktop, &["Down"; 7]);
    keys(&desktop, &["Right"]);
    let want = HAND_LAID
        .replacen("\"00:00-24:00\"", "\"00:00-23:00\"", 1)
        .replace("\"every\": \"50m\"", "\"every\": \"55m\"");
    let mut text = String::new();
    let written = desktop.wait_until(WAIT, || {
        text = read_config(&desktop);
        text == want
    });
    assert!(
        written,
        "config.json is not the hand-laid file with two values changed:\n{text}"
    );
    let (code, out, err) = app.cli(&["check-config"]);
    assert_eq!(code, 0, "check-config refuses the written file: {out}{err}");

    // The running app reloaded it: the next desk reset is 55 minutes out;
    // late on a Monday (the suite's clock is the real one), the new 23:00
    // end shows instead, as the old file could not have made it.
    app.wait_status("the reloaded file", |s| {
        use chrono::{Datelike, Timelike};
        let now = chrono::Local::now();
        let minutes = now.hour() * 60 + now.minute();
        let late_monday = now.weekday() == chrono::Weekday::Mon && minutes >= 22 * 60 + 5;
        if !late_monday {
            s["next_break"]["in_seconds"]
                .as_i64()
                .is_some_and(|t| t > 50 * 60 && t <= 55 * 60)
        } else if now.hour() >= 23 {
            // Outside Monday's hours now (the old file had all 24).
            s["working_hours"] == false
        } else {
            // 55 minutes would pass 23:00: the break moves to Tuesday (the
            // old file's was 50 minutes out, still on Monday).
            s["next_break"]["at"]
                .as_str()
                .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
                .is_some_and(|at| at.with_timezone(&chrono::Local).date_naive() > now.date_naive())
        }
    });
    // And the schedule has Monday end at 23:00 (2026-12-07 is a Monday):
    // from 22:00, a break at 22:55 and none in the hour after 23:00.
    let (code, out, err) = app.cli(&[
        "schedule",
        "--json",
        "--from",
        "2026-12-07T22:00",
        "--until",
        "2026-12-08T00:00",
    ]);
    assert_eq!(code, 0, "{err}");
    let schedule: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let times: Vec<&str> = schedule["breaks"]
        .as_array()
        .map(|b| b.iter().filter_map(|b| b["at"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        times
            .first()
            .is_some_and(|t| t.starts_with("2026-12-07T22:55:00")),
        "{times:?}"
    );
    assert!(
        !times.iter().any(|t| t.starts_with("2026-12-07T23:")),
        "a break after Monday's end: {times:?}"
    );

    // Edited by hand while the window is open: the next key shows the file
    // as it now is instead of writing over the edit; the one after applies.
    let by_hand = want.replace("\"55m\"", "\"40m\"");
    std::fs::write(config_path(&desktop), &by_hand).expect("edit");
    keys(&desktop, &["Right"]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        read_config(&desktop),
        by_hand,
        "the hand edit was written over"
    );
    keys(&desktop, &["Right"]);
    let stepped = by_hand.replace("\"40m\"", "\"45m\"");
    assert!(
        desktop.wait_until(WAIT, || read_config(&desktop) == stepped),
        "no step from the hand-edited value:\n{}",
        read_config(&desktop)
    );

    // Esc closes it; an edit in the file shows the next time it opens.
    keys(&desktop, &["Escape"]);
    let gone = desktop.wait_until(WAIT, || {
        !desktop
            .command("xdotool")
            .args(["search", "--name", "Preferences"])
            .status()
            .is_ok_and(|s| s.success())
    });
    assert!(gone, "Esc did not close Preferences");
    std::fs::write(config_path(&desktop), want.replace("\"55m\"", "\"40m\"")).expect("edit");
    let (code, _, err) = app.cli(&["preferences"]);
    assert_eq!(code, 0, "{err}");
    let window = prefs_window(&desktop, &app);
    let reference = render_prefs(&desktop, "prefs-schedule.png");
    looks_as_rendered(&desktop, &window, &reference, "prefs-schedule-window.png");
}

#[test]
fn sound_turned_off_in_preferences_silences_the_next_session() {
    let desktop = Desktop::start_with_audio();
    let loud = HAND_LAID.replace(
        "\"sound\": { \"enabled\": false }",
        "\"sound\": { \"enabled\": true, \"volume\": 100, \"voice\": false }",
    );
    let app = App::start(&desktop, &loud);

    // The window process's mark for an output it opened for a session.
    let outputs = || app.stderr().matches("audio: output open").count();
    // A session (the desk reset's start screen, Space, a few seconds)
    // recorded from the null sink: the onsets heard, and whether the
    // window opened an audio output. With `sound`, Space waits for the
    // output, so that the chime at 0 is played; without, the window has
    // no output to wait for. The desk reset's only cue in its first 12 s is
    // that chime.
    let session = |name: &str, sound: bool| -> (Vec<f64>, bool) {
        let raw = desktop.scratch().join(format!("{name}.raw"));
        let opened_before = outputs();
        let mut rec = desktop.record(&raw);
        let (code, _, err) = app.cli(&["start", "desk-reset"]);
        assert_eq!(code, 0, "{err}");
        let window = wait_window(&desktop, &app, "Desk reset");
        if sound {
            let open = desktop.wait_until(WAIT, || outputs() > opened_before);
            assert!(open, "no audio output opened\n{}", app.stderr());
        }
        desktop.run("xdotool", &["windowactivate", "--sync", &window]);
        keys(&desktop, &["space"]);
        // Long enough for the chime to sound, and for an output opened by
        // mistake to say so: `AudioSession::open` gives up waiting after 3 s.
        std::thread::sleep(Duration::from_secs(3));
        keys(&desktop, &["Escape"]);
        let _ = rec.kill();
        let _ = rec.wait();
        app.wait_status("the session's end", |s| s["state"] != "in-break");
        let heard = onsets(&std::fs::read(&raw).expect("parec's capture"));
        (heard, outputs() > opened_before)
    };
    let (heard, _) = session("sound-on", true);
    assert!(
        !heard.is_empty(),
        "with sound on the session played nothing: the check below could not fail"
    );

    let (code, _, err) = app.cli(&["preferences"]);
    assert_eq!(code, 0, "{err}");
    let window = prefs_window(&desktop, &app);
    // "Sound" in the section list; the volume a step down plays the test
    // chime at the new volume.
    click(&desktop, &window, 40, 171);
    let raw = desktop.scratch().join("test-sound.raw");
    let mut rec = desktop.record(&raw);
    keys(&desktop, &["Down", "Left"]);
    let played = desktop.wait_until(WAIT, || {
        app.stderr().contains("test sound played at volume 95")
    });
    let _ = rec.kill();
    let _ = rec.wait();
    assert!(played, "no test sound\n{}", app.stderr());
    let chime = onsets(&std::fs::read(&raw).expect("parec's capture"));
    assert!(!chime.is_empty(), "the test sound was not heard");
    // Then the switch above it: sound off.
    keys(&desktop, &["Up", "space"]);
    // The desk reset one step longer too: the app's status shows when the
    // file (with both changes) has been reloaded.
    click(&desktop, &window, 40, 81);
    keys(&desktop, &["Down"; 7]);
    keys(&desktop, &["Right", "Escape"]);
    let mut text = String::new();
    let written = desktop.wait_until(WAIT, || {
        text = read_config(&desktop);
        text.contains("\"enabled\": false")
            && text.contains("\"volume\": 95")
            && text.contains("\"55m\"")
    });
    assert!(written, "{text}");
    app.wait_status("the reloaded config", |s| {
        s["next_break"]["in_seconds"]
            .as_i64()
            .is_some_and(|t| t > 50 * 60)
    });

    let (heard, opened) = session("sound-off", false);
    assert!(
        heard.is_empty() && !opened,
        "with sound off the session still sounded at {heard:?} (an output opened: {opened})\n{}",
        app.stderr()
    );
}

#[test]
fn a_broken_file_shows_its_error_and_is_left_as_it_is_until_asked() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, HAND_LAID);
    let broken = HAND_LAID.replace("\"every\": \"50m\"", "\"every\": \"fifty\"");
    let path = config_path(&desktop);
    std::fs::write(&path, &broken).expect("writing the broken config");
    app.wait_status("the config error", |s| s["config_error"].is_string());

    let (code, _, err) = app.cli(&["preferences"]);
    assert_eq!(code, 0, "{err}");
    let window = prefs_window(&desktop, &app);
    // The window shows the error as `render` draws it: where, and why.
    let reference = render_prefs(&desktop, "prefs-broken.png");
    looks_as_rendered(&desktop, &window, &reference, "prefs-broken-window.png");
    // Keys that choose nothing change nothing.
    // (Round the three buttons and back to "Open the file".)
    keys(
        &desktop,
        &["Tab", "Tab", "Tab", "Right", "Left", "Down", "Up"],
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(read_config(&desktop), broken, "the file was touched");

    // Reset, chosen (Shift+Tab from "Open the file"), puts back only the
    // broken section; the app takes it up.
    keys(&desktop, &["shift+Tab", "Return"]);
    let mut text = String::new();
    let reset = desktop.wait_until(WAIT, || {
        text = read_config(&desktop);
        !text.contains("fifty")
    });
    assert!(reset, "the section was not reset:\n{text}");
    assert!(text.contains("\"sound\": { \"enabled\": false }"), "{text}");
    assert!(text.contains("\"sun\": [\"00:00-24:00\"]"), "{text}");
    app.wait_status("the repaired config", |s| s["config_error"].is_null());
}

fn welcome_windows(desktop: &Desktop) -> String {
    windows(desktop, "Welcome to unknot")
}

#[test]
fn the_first_start_welcomes_once_and_start_writes_the_answers() {
    let desktop = Desktop::start();
    desktop.show_welcome();
    let _ = std::fs::remove_dir_all(desktop.home().join(".config/unknot"));
    let mut app = App::launch(&desktop, desktop.unknot());
    let window = wait_window(&desktop, &app, "Welcome to unknot");
    let reference = desktop.scratch().join("welcome.png");
    desktop.run(
        env!("CARGO_BIN_EXE_unknot"),
        &[
            "render",
            "--screen",
            "welcome",
            "--out",
            reference.to_str().expect("UTF-8"),
        ],
    );
    looks_as_rendered(&desktop, &window, &reference, "welcome-window.png");
    assert!(
        !config_path(&desktop).exists(),
        "the welcome wrote a file before Start"
    );

    // Start an hour earlier, the routine a quarter later, the knot on the
    // left; then Tab past the face-down and shoulder-check switches and
    // "Use defaults" to Start.
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    keys(
        &desktop,
        &["Left", "Left", "Left", "Left", "Tab", "Tab", "Right"],
    );
    keys(
        &desktop,
        &["Tab", "Right", "Tab", "Tab", "Tab", "Tab", "Return"],
    );
    let want = unknot::config::EXAMPLE
        .replace("09:00-18:00", "08:00-18:00")
        .replace("\"at\": \"15:00\"", "\"at\": \"15:15\"")
        .replace("\"knot_side\": \"both\"", "\"knot_side\": \"left\"");
    let mut text = String::new();
    let written = desktop.wait_until(WAIT, || {
        text = std::fs::read_to_string(config_path(&desktop)).unwrap_or_default();
        text == want
    });
    assert!(written, "Start wrote:\n{text}");
    let (code, out, err) = app.cli(&["check-config"]);
    assert_eq!(code, 0, "{out}{err}");
    // The app, started on the built-in config, now runs on the new file.
    app.wait_status("the new file in use", |s| {
        s["config_path"]
            .as_str()
            .is_some_and(|p| p.ends_with("unknot/config.json"))
    });

    // Never again: not at the next start, even with no config file.
    app.stop();
    std::fs::remove_file(config_path(&desktop)).expect("removing the config");
    let app = App::launch(&desktop, desktop.unknot());
    assert_no_welcome(&desktop, &app, "the welcome came back");
}

/// The app, which answers `status`, shows no welcome. It decides before it
/// answers anything, and a welcome starts the window process at once: its
/// pid in `status` is there before the window is.
fn assert_no_welcome(desktop: &Desktop, app: &App, why: &str) {
    let status = app.status();
    assert!(status["window_pid"].is_null(), "{why}: {status:#}");
    assert_eq!(welcome_windows(desktop), "", "{why}");
}

#[test]
fn no_welcome_under_config_or_after_use_defaults() {
    let desktop = Desktop::start();
    desktop.show_welcome();
    // Under --config the file is the user's business: no welcome.
    let file = desktop.scratch().join("mine.json");
    std::fs::write(&file, HAND_LAID).expect("a config");
    let mut command = desktop.unknot();
    command.args(["--config", file.to_str().expect("UTF-8")]);
    let mut app = App::launch(&desktop, command);
    assert_no_welcome(&desktop, &app, "a welcome under --config");
    app.stop();

    // Without it, the welcome; "Use defaults" (Esc) writes nothing.
    let _ = std::fs::remove_dir_all(desktop.home().join(".config/unknot"));
    let app = App::launch(&desktop, desktop.unknot());
    wait_window(&desktop, &app, "Welcome to unknot");
    keys(&desktop, &["Escape"]);
    let gone = desktop.wait_until(WAIT, || welcome_windows(&desktop).is_empty());
    assert!(gone, "Esc did not close the welcome");
    std::thread::sleep(Duration::from_millis(500));
    assert!(!config_path(&desktop).exists(), "Use defaults wrote a file");
}

/// An exercise left out until put back (two pain stops within 14 days) is
/// offered back in Preferences › Routine; Enter on "Put back" has the app
/// record it, and `status` no longer lists it.
#[test]
fn preferences_put_back_what_pain_left_out() {
    use unknot::engine::HistoryEvent;
    let desktop = Desktop::start();
    let dir = desktop.home().join(".local/state/unknot");
    let history = unknot::history::History::open(&dir).expect("the history opens");
    let at = chrono::Local::now().fixed_offset() - chrono::Duration::days(2);
    history
        .append(&HistoryEvent::LeftOut {
            exercise: "ball-press".into(),
            at,
        })
        .expect("appends");
    let app = App::start(&desktop, HAND_LAID);
    let left_out = app.wait_status("ball-press left out", |s| {
        s["left_out"][0]["exercise"] == "ball-press"
    });
    assert_eq!(left_out["left_out"][0]["until"], "until-put-back");

    let (code, _, err) = app.cli(&["preferences"]);
    assert_eq!(code, 0, "{err}");
    let window = prefs_window(&desktop, &app);
    // Back from the first setting: Start at login, the four Display
    // settings (contrast, text size, motion, language), then the put-back row.
    keys(&desktop, &["shift+Tab"; 6]);
    if let Some(keep) = std::env::var_os("UNKNOT_KEEP_CAPTURE") {
        desktop.run(
            "import",
            &["-window", &window, keep.to_str().expect("UTF-8")],
        );
    }
    keys(&desktop, &["Return"]);
    app.wait_status("nothing left out", |s| {
        s["left_out"].as_array().is_some_and(Vec::is_empty)
    });
    let records = std::fs::read_to_string(dir.join("history.jsonl")).expect("the history");
    assert!(
        records
            .lines()
            .any(|l| l.contains("\"put-back\"") && l.contains("ball-press")),
        "no put-back record:\n{records}"
    );
    // The window stays open, the config file untouched.
    assert!(
        !windows(&desktop, "Preferences").is_empty(),
        "Preferences closed"
    );
    assert_eq!(read_config(&desktop), HAND_LAID);
}
