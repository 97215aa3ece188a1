//! The background app end to end, in the headless desktop: tray item, menu
//! clicks over D-Bus, notifications acted on through dunst, the guided
//! window, the control socket, and the history it writes.

use std::time::Duration;

use serde_json::Value;

use desktop::Desktop;

use unknot::i18n::{lookup, Lang};

use crate::languages::{spoken, unknot_with};
use crate::running::{all_day_config, looks_as_rendered, App, FakeClock, DESK_ONLY};
use crate::unknot_in::UnknotIn;

/// The tray menu: (id, label, enabled) for every item, depth first.
pub(crate) fn tray_menu(desktop: &Desktop) -> (String, String, Vec<(i64, String, bool)>) {
    let (service, path) = desktop
        .tray_items()
        .and_then(|items| items.into_iter().next())
        .expect("a registered tray item");
    let menu_path = desktop.run(
        "busctl",
        &[
            "--user",
            "--json=short",
            "get-property",
            &service,
            &path,
            "org.kde.StatusNotifierItem",
            "Menu",
        ],
    );
    let menu_path: Value = serde_json::from_str(&menu_path).expect("JSON");
    let menu_path = menu_path["data"]
        .as_str()
        .expect("an object path")
        .to_string();
    let layout = desktop.run(
        "busctl",
        &[
            "--user",
            "--json=short",
            "call",
            "--",
            &service,
            &menu_path,
            "com.canonical.dbusmenu",
            "GetLayout",
            "iias",
            "0",
            "-1",
            "0",
        ],
    );
    let layout: Value = serde_json::from_str(&layout).expect("JSON");
    let mut items = Vec::new();
    collect(&layout["data"][1], &mut items);
    (service, menu_path, items)
}

fn collect(node: &Value, out: &mut Vec<(i64, String, bool)>) {
    // A node is [id, {props}, [children as variants]].
    let id = node[0].as_i64().unwrap_or(-1);
    let props = &node[1];
    if let Some(label) = props["label"]["data"].as_str() {
        let enabled = props["enabled"]["data"].as_bool().unwrap_or(true);
        out.push((id, label.replace('_', ""), enabled));
    }
    if let Some(children) = node[2].as_array() {
        for child in children {
            collect(&child["data"], out);
        }
    }
}

pub(crate) fn click_menu(desktop: &Desktop, label: &str) {
    let (service, menu_path, items) = tray_menu(desktop);
    let (id, _, _) = items
        .iter()
        .find(|(_, l, _)| l == label)
        .unwrap_or_else(|| panic!("no menu item {label:?} in {items:?}"));
    desktop.run(
        "busctl",
        &[
            "--user",
            "call",
            "--",
            &service,
            &menu_path,
            "com.canonical.dbusmenu",
            "Event",
            "isvu",
            &id.to_string(),
            "clicked",
            "i",
            "0",
            "0",
        ],
    );
}

fn history(desktop: &Desktop) -> String {
    std::fs::read_to_string(desktop.home().join(".local/state/unknot/history.jsonl"))
        .unwrap_or_default()
}

#[test]
fn tray_item_shows_the_next_break_and_its_menu_acts() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));

    let registered = desktop.wait_until(Duration::from_secs(10), || {
        desktop.tray_items().is_some_and(|i| !i.is_empty())
    });
    assert!(
        registered,
        "no tray item registered with the StatusNotifierWatcher"
    );
    let (_, _, items) = tray_menu(&desktop);
    let (_, first, enabled) = &items[0];
    assert!(
        first.starts_with("Desk reset in "),
        "first menu line: {first:?}"
    );
    assert!(!enabled, "the status line is not clickable");
    assert!(items.iter().any(|(_, l, _)| l == "Quit"));
    assert!(
        items.iter().any(|(_, l, e)| l == "Snooze" && !e),
        "Snooze is off while nothing is due: {items:?}"
    );

    click_menu(&desktop, "30 minutes");
    let status = app.wait_status("paused", |s| s["state"] == "paused");
    assert!(status["paused_until"].is_string(), "{status:#}");
    let paused = desktop.wait_until(Duration::from_secs(10), || {
        tray_menu(&desktop).2[0].1.starts_with("Paused until")
    });
    assert!(
        paused,
        "the tray never said it was paused: {:?}",
        tray_menu(&desktop).2
    );

    click_menu(&desktop, "Resume");
    app.wait_status("running again", |s| s["state"] == "idle");
}

#[test]
fn a_due_break_notifies_and_snooze_start_and_skip_act_on_it() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));

    let (code, out, err) = app.cli(&["break-now", "desk-reset"]);
    assert_eq!(code, 0, "break-now failed: {out}{err}");
    let status = app.wait_status("a notification awaiting an action", |s| {
        s["notification"]["awaiting_action"] == true
    });
    assert_eq!(status["state"], "due");
    assert_eq!(status["snoozes_left"], 3);
    assert_eq!(desktop.displayed_notifications(), 1);

    // Snooze from the notification itself.
    desktop.invoke_action("snooze");
    let status = app.wait_status("snoozed", |s| s["state"] == "snoozed");
    assert!(
        status["next_break"]["in_seconds"].as_i64().unwrap_or(0) > 60,
        "{status:#}"
    );
    assert!(
        desktop.wait_until(Duration::from_secs(5), || desktop.displayed_notifications()
            == 0)
    );

    // Due again: this time skip it.
    app.cli(&["break-now", "desk-reset"]);
    app.wait_status("due again", |s| {
        s["notification"]["awaiting_action"] == true
    });
    desktop.invoke_action("skip");
    app.wait_status("idle after skip", |s| s["state"] == "idle");
    assert!(
        history(&desktop).contains("\"event\":\"skipped\""),
        "history: {}",
        history(&desktop)
    );

    // And once more: Start (the notification's default action) opens the window.
    app.cli(&["break-now", "desk-reset"]);
    app.wait_status("due a third time", |s| {
        s["notification"]["awaiting_action"] == true
    });
    desktop.run("dunstctl", &["action", "0"]);
    app.wait_status("in a break", |s| s["state"] == "in-break");
    let window = desktop.wait_until(Duration::from_secs(10), || {
        desktop
            .command("xdotool")
            .args(["search", "--name", "Desk reset"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    assert!(window, "no guided window appeared");
    assert!(history(&desktop).contains("\"event\":\"started\""));
}

#[test]
fn control_commands_work_against_the_running_app_and_a_second_instance_defers() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));

    let out = desktop.unknot().output().expect("second instance");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let pid = app.status()["pid"].as_u64().expect("pid");
    assert!(
        text.contains(&format!("unknot is already running (pid {pid})")),
        "{text}"
    );

    let (code, _, err) = app.cli(&["snooze"]);
    assert_eq!(code, 1, "snoozing with nothing due is refused");
    assert!(err.contains("nothing to snooze"), "{err}");

    assert_eq!(app.cli(&["pause", "--until", "23:59"]).0, 0);
    app.wait_status("paused", |s| s["state"] == "paused");
    assert_eq!(app.cli(&["resume"]).0, 0);
    app.wait_status("resumed", |s| s["state"] == "idle");

    let (code, out, _) = app.cli(&["status"]);
    assert_eq!(code, 0);
    assert!(out.contains("Desk reset"), "{out}");

    assert_eq!(app.cli(&["quit"]).0, 0);
    let gone = desktop.wait_until(Duration::from_secs(10), || app.try_status().is_none());
    assert!(gone, "the app still answers after quit");
}

#[test]
fn a_fixed_time_break_fires_on_schedule_while_the_user_works() {
    let desktop = Desktop::start();
    // A fixed break at the start of the next minute.
    let at = chrono::Local::now() + chrono::Duration::seconds(60);
    let breaks = format!(
        r#"[{{"name": "Daily routine", "routine": "upper-trap", "at": "{}", "daily": true}}]"#,
        at.format("%H:%M")
    );
    let app = App::start(&desktop, &all_day_config(&breaks));
    let status = app.status();
    assert_eq!(status["next_break"]["name"], "Daily routine", "{status:#}");

    let fired = desktop.wait_until(Duration::from_secs(100), || {
        // The user keeps working.
        let _ = desktop
            .command("xdotool")
            .args(["mousemove_relative", "1", "0"])
            .status();
        app.status()["notification"]["awaiting_action"] == true
    });
    assert!(fired, "the 'at' break never notified: {:#}", app.status());
    assert!(app.status()["notification"]["break_name"] == "Daily routine");
}

fn write_config(desktop: &Desktop, text: &str) {
    let path = desktop.home().join(".config/unknot/config.json");
    // Write then rename, as editors do, so the app never reads half a file.
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, text).expect("writing the config");
    std::fs::rename(&tmp, &path).expect("replacing the config");
}

#[test]
fn config_changes_apply_live_and_a_broken_file_keeps_the_last_good_one() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));

    write_config(
        &desktop,
        &all_day_config(r#"[{"name": "Shoulder reset", "routine": "desk-reset", "every": "30m"}]"#),
    );
    let status = app.wait_status("the renamed break", |s| {
        s["next_break"]["name"] == "Shoulder reset"
    });
    assert!(
        status["next_break"]["in_seconds"]
            .as_i64()
            .unwrap_or(i64::MAX)
            <= 30 * 60,
        "{status:#}"
    );
    assert!(status["config_error"].is_null());

    write_config(
        &desktop,
        "{\"breaks\": [ {\"name\": \"x\", \"every\": \"fifty\"} ] }",
    );
    let status = app.wait_status("the config error", |s| s["config_error"].is_string());
    let error = status["config_error"].as_str().unwrap_or_default();
    assert!(
        error.contains("breaks[0].every"),
        "the error names the key: {error}"
    );
    assert_eq!(
        status["next_break"]["name"], "Shoulder reset",
        "the last good config stays in use"
    );
    assert!(status["status_text"]
        .as_str()
        .unwrap_or_default()
        .contains("config error"));
    assert!(
        desktop.wait_until(Duration::from_secs(10), || desktop
            .displayed_notifications()
            >= 1),
        "no notification told about the broken config"
    );

    write_config(&desktop, &all_day_config(DESK_ONLY));
    app.wait_status("the fixed config", |s| {
        s["config_error"].is_null() && s["next_break"]["name"] == "Desk reset"
    });
}

#[test]
fn a_config_made_after_the_start_applies_without_a_restart() {
    let desktop = Desktop::start();
    // A new user: no config folder yet (nor its parent's parent, at times).
    let dir = desktop.home().join(".config/unknot");
    let _ = std::fs::remove_dir_all(&dir);
    let app = App::launch(&desktop, desktop.unknot());
    assert_ne!(app.status()["next_break"]["name"], "Made later");
    assert!(
        !app.stderr().contains("not watching"),
        "the app gave up watching:\n{}",
        app.stderr()
    );

    // Made later, the way `mkdir -p` and an editor (or Preferences) do.
    std::fs::create_dir_all(&dir).expect("config folder");
    write_config(
        &desktop,
        &all_day_config(r#"[{"name": "Made later", "routine": "desk-reset", "every": "20m"}]"#),
    );
    let status = app.wait_status("the config made after the start", |s| {
        s["next_break"]["name"] == "Made later"
    });
    assert!(status["config_error"].is_null(), "{status:#}");

    // And it is watched from then on.
    write_config(
        &desktop,
        &all_day_config(r#"[{"name": "Edited", "routine": "desk-reset", "every": "25m"}]"#),
    );
    app.wait_status("the edit after that", |s| {
        s["next_break"]["name"] == "Edited"
    });
}

/// A locale unknot does not ship is English, never an error, and `status`
/// says why; so is `C`, in the CLI too; the config's `language` wins over
/// the locale and applies without a restart, in the CLI too (issue 35,
/// "Choosing the language").
#[test]
fn an_unshipped_locale_is_english_and_status_says_why() {
    let desktop = Desktop::start();
    let mut command = desktop.unknot();
    command
        .env("LANG", "xx_YY.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let app = App::start_with(&desktop, &all_day_config(DESK_ONLY), command);
    let status = app.status();
    assert_eq!(status["language"], "en", "{status:#}");
    assert_eq!(status["language_not_shipped"], "xx_YY.UTF-8", "{status:#}");
    let (code, out, err) = app.cli(&["status"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("language:     English: unknot does not speak xx_YY.UTF-8\n"),
        "{out}"
    );

    the_cli_speaks_english_under_c_and_an_unshipped_locale(&desktop);

    // The config names a shipped language: it wins over the locale, at once.
    let german = all_day_config(DESK_ONLY).replacen('{', "{\"language\": \"de\", ", 1);
    write_config(&desktop, &german);
    let status = app.wait_status("the config's language", |s| s["language"] == "de");
    assert!(status.get("language_not_shipped").is_none(), "{status:#}");
    let (_, out, _) = app.cli(&["status"]);
    assert!(!out.contains("language:"), "{out}");
    // The CLI too: the config's German wins over a French locale.
    let (code, out, err) = unknot_with(
        &desktop,
        "fr_FR.UTF-8",
        &["routine", "show", "upper-trap", "--json"],
    );
    assert_eq!(code, 0, "{err}");
    let shown: Value = serde_json::from_str(&out).expect("JSON");
    let german = lookup(Lang::De, "routine-upper-trap-title", None).expect("a German title");
    assert_eq!(shown["title"], german.as_str(), "{out}");
}

/// `LANG=C`, and a locale unknot does not ship, give English and exit 0 in
/// `unknot status` and `unknot routine show`; under `C`, `LANGUAGE` is not
/// read (gettext's rule).
fn the_cli_speaks_english_under_c_and_an_unshipped_locale(desktop: &Desktop) {
    let english = |id: &str| lookup(Lang::En, id, None).expect("English has every message");
    let cases: [&[(&str, &str)]; 4] = [
        &[("LANG", "C")],
        &[("LANG", "C.UTF-8")],
        &[("LANG", "xx_YY.UTF-8")],
        &[("LANG", "C"), ("LANGUAGE", "de")],
    ];
    for env in cases {
        let run = |args: &[&str]| {
            let out = desktop
                .unknot()
                .envs(env.iter().copied())
                .args(args)
                .output()
                .expect("running unknot");
            let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
            (out.status.code(), text(&out.stdout), text(&out.stderr))
        };
        let (code, out, err) = run(&["status"]);
        assert_eq!(code, Some(0), "{env:?}: {err}");
        for id in [
            "cli-status-label-state",
            "cli-status-label-streak",
            "cli-status-state-idle",
        ] {
            assert!(out.contains(&english(id)), "{env:?}: no {id}:\n{out}");
        }
        let (code, out, err) = run(&["routine", "show", "upper-trap"]);
        assert_eq!(code, Some(0), "{env:?}: {err}");
        let title = english("routine-upper-trap-title");
        assert!(out.contains(&title), "{env:?}:\n{out}");
        let (code, out, err) = run(&["routine", "show", "upper-trap", "--json"]);
        assert_eq!(code, Some(0), "{env:?}: {err}");
        let lines = spoken(&out);
        for id in ["say-breathe-in", "say-switch-sides"] {
            assert!(lines.contains(&english(id)), "{env:?}: no {id}: {lines:#?}");
        }
    }
}

/// A desktop piece the app can live without: how the test desktop lacks it,
/// the word `status --json` lists under `degraded`, and what must still work.
struct Degraded {
    options: desktop::Options,
    word: &'static str,
    still_works: fn(&Desktop, &App),
}

#[test]
fn without_a_desktop_piece_the_app_degrades_says_which_and_still_works() {
    let cases = [
        Degraded {
            options: desktop::Options {
                tray_host: false,
                ..desktop::Options::default()
            },
            word: "no-tray-host",
            still_works: reminds_by_notification,
        },
        Degraded {
            options: desktop::Options {
                notifications: false,
                ..desktop::Options::default()
            },
            word: "no-notification-server",
            still_works: starts_from_the_tray,
        },
    ];
    for case in cases {
        let desktop = Desktop::start_with_options(case.options);
        let app = App::start(&desktop, &all_day_config(DESK_ONLY));
        let status = app.status();
        assert!(
            status["degraded"]
                .as_array()
                .is_some_and(|d| d.iter().any(|x| x == case.word)),
            "{}: {status:#}",
            case.word
        );
        (case.still_works)(&desktop, &app);
    }
}

/// Without a tray host: a break still comes as a notification.
fn reminds_by_notification(_desktop: &Desktop, app: &App) {
    assert_eq!(app.cli(&["break-now", "desk-reset"]).0, 0);
    app.wait_status("a notification", |s| {
        s["notification"]["awaiting_action"] == true
    });
}

/// Without a notification server: the tray offers the break and opens the window.
fn starts_from_the_tray(desktop: &Desktop, app: &App) {
    let registered = || desktop.tray_items().is_some_and(|i| !i.is_empty());
    assert!(desktop.wait_until(Duration::from_secs(10), registered));
    let (code, out, err) = app.cli(&["break-now", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("no notification server"), "{out}");
    app.wait_status("due", |s| s["state"] == "due");
    click_menu(desktop, "Desk reset");
    app.wait_status("in a break", |s| s["state"] == "in-break");
    let window = desktop.wait_until(Duration::from_secs(10), || {
        desktop
            .command("xdotool")
            .args(["search", "--name", "Desk reset"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    assert!(window, "the tray's Start did not open the window");
}

/// A break `at` the start of the next minute, in an all-day config.
pub(crate) fn next_minute_break() -> String {
    let at = chrono::Local::now() + chrono::Duration::seconds(60);
    format!(
        r#"[{{"name": "Daily routine", "routine": "upper-trap", "at": "{}", "daily": true}}]"#,
        at.format("%H:%M")
    )
}

/// Keeps the user active until `limit`, then says whether the app notified.
pub(crate) fn notified_within(
    desktop: &Desktop,
    app: &App,
    limit: Duration,
    active: &dyn Fn(),
) -> bool {
    desktop.wait_until(limit, || {
        active();
        app.status()["notification"]["shown"] == true
    })
}

/// The user moves the mouse on the X server.
pub(crate) fn x11_activity(desktop: &Desktop) -> impl Fn() + '_ {
    move || {
        let _ = desktop
            .command("xdotool")
            .args(["mousemove_relative", "1", "0"])
            .status();
    }
}

/// The due break is held while `busy` holds and shown once it ends.
pub(crate) fn assert_held_then_shown(desktop: &Desktop, app: &App, end_busy: impl FnOnce()) {
    assert_held_then_shown_while(desktop, app, &x11_activity(desktop), end_busy);
}

/// `assert_held_then_shown` with the user's activity made by `active`.
pub(crate) fn assert_held_then_shown_while(
    desktop: &Desktop,
    app: &App,
    active: &dyn Fn(),
    end_busy: impl FnOnce(),
) {
    // Past the break's time (the next minute) plus the engine's wake-up.
    assert!(
        !notified_within(desktop, app, Duration::from_secs(75), active),
        "notified while the user must not be disturbed: {:#}",
        app.status()
    );
    assert_eq!(app.status()["state"], "due", "the break is due but held");
    end_busy();
    assert!(
        notified_within(desktop, app, Duration::from_secs(90), active),
        "the held break never came: {:#}",
        app.status()
    );
}

#[test]
fn a_fullscreen_window_holds_the_break_until_it_leaves_fullscreen() {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt, EventMask};

    let desktop = Desktop::start();
    let mut viewer = desktop
        .command("xmessage")
        .args(["-title", "slides", "a presentation"])
        .spawn()
        .expect("xmessage");
    let found = desktop.wait_until(Duration::from_secs(10), || {
        desktop
            .command("xdotool")
            .args(["search", "--name", "slides"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    assert!(found, "the stand-in presentation window never appeared");
    let id: u32 = desktop
        .run("xdotool", &["search", "--name", "slides"])
        .lines()
        .next()
        .and_then(|l| l.trim().parse().ok())
        .expect("a window id");
    let (conn, screen) = x11rb::connect(Some(&desktop.display)).expect("X connection");
    let root = conn.setup().roots[screen].root;
    let atom = |name: &str| {
        conn.intern_atom(false, name.as_bytes())
            .expect("intern")
            .reply()
            .expect("atom")
            .atom
    };
    let (state, full) = (atom("_NET_WM_STATE"), atom("_NET_WM_STATE_FULLSCREEN"));
    let set_fullscreen = |on: u32| {
        let event = ClientMessageEvent::new(32, id, state, [on, full, 0, 1, 0]);
        conn.send_event(
            false,
            root,
            EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY,
            event,
        )
        .expect("send");
        conn.flush().expect("flush");
    };
    set_fullscreen(1);
    desktop.run("xdotool", &["windowactivate", "--sync", &id.to_string()]);

    let app = App::start(&desktop, &all_day_config(&next_minute_break()));
    assert_held_then_shown(&desktop, &app, || set_fullscreen(0));
    let _ = viewer.kill();
    let _ = viewer.wait();
}

#[test]
fn a_call_holds_the_break_until_the_microphone_is_free() {
    let desktop = Desktop::start_with_audio();
    // A recording stream, as a call client has.
    let mut call = desktop
        .command("parec")
        .args([
            "--format=s16le",
            "--rate=16000",
            "--channels=1",
            "--raw",
            "/dev/null",
        ])
        .spawn()
        .expect("parec");
    let recording = desktop.wait_until(Duration::from_secs(10), || {
        !desktop
            .run("pactl", &["list", "short", "source-outputs"])
            .trim()
            .is_empty()
    });
    assert!(recording, "the stand-in call never started recording");
    let app = App::start(&desktop, &all_day_config(&next_minute_break()));
    assert_held_then_shown(&desktop, &app, || {
        let _ = call.kill();
        let _ = call.wait();
    });
}

#[test]
fn paused_notifications_hold_the_break_until_they_resume() {
    let desktop = Desktop::start();
    desktop.run("dunstctl", &["set-paused", "true"]);
    let app = App::start(&desktop, &all_day_config(&next_minute_break()));
    assert_held_then_shown(&desktop, &app, || {
        desktop.run("dunstctl", &["set-paused", "false"]);
    });
}

#[test]
fn the_tray_statistics_item_opens_the_stats_view() {
    let desktop = Desktop::start();
    let _app = App::start(&desktop, &all_day_config(DESK_ONLY));
    // Some rated routines over the last three weeks, for the weeks view.
    record_rated_routines(
        &desktop,
        &[(0, 5, 3), (1, 6, 4), (7, 7, 5), (8, 6, 5), (15, 7, 6)],
    );
    let registered = || desktop.tray_items().is_some_and(|i| !i.is_empty());
    assert!(desktop.wait_until(Duration::from_secs(10), registered));
    click_menu(&desktop, "Statistics");
    let shown = desktop.wait_until(Duration::from_secs(10), || {
        desktop
            .command("xdotool")
            .args(["search", "--name", "statistics"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    assert!(shown, "no statistics window");

    // Tab turns it to the weeks view, drawn as `unknot render --screen weeks`
    // draws it (same history, same day).
    let window = desktop.run("xdotool", &["search", "--name", "statistics"]);
    let window = window.lines().next().expect("the window's id").to_owned();
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    desktop.run("xdotool", &["key", "Tab"]);
    let reference = desktop.scratch().join("weeks.png");
    desktop.run(
        env!("CARGO_BIN_EXE_unknot"),
        &[
            "render",
            "--screen",
            "weeks",
            "--out",
            reference.to_str().expect("a UTF-8 path"),
        ],
    );
    looks_as_rendered(&desktop, &window, &reference, "stats-weeks-window.png");
}

/// Regression (issue 12): `unknot status | true` while the app ran printed
/// `failed printing to stdout: Broken pipe` from a panic. Every command that
/// prints now ends quietly when its reader has gone.
#[test]
fn commands_writing_into_a_closed_pipe_end_quietly() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let commands: &[&[&str]] = &[
        &["status"],
        &["status", "--json"],
        &["pause", "10m"],
        &["resume"],
        &["routine", "list"],
        &["routine", "show", "upper-trap", "--json"],
        &[
            "schedule",
            "--from",
            "2026-03-02T08:00",
            "--until",
            "2026-03-09T08:00",
        ],
        &["stats"],
        &["check-config"],
        &["--help"],
    ];
    for args in commands {
        // A pipe whose reading end is closed before the command starts: its
        // first write fails with EPIPE, whenever it comes.
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = desktop
            .unknot()
            .args(*args)
            .stdout(writer)
            .output()
            .expect("running unknot");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "unknot {args:?}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "unknot {args:?}: {stderr}"
        );
    }
    app.status();
}

/// The daily routine `days_ago` days ago at 15:00, rated `before` and
/// `after`, written to the desktop's history.
fn record_rated_routines(desktop: &Desktop, routines: &[(u64, u8, u8)]) {
    use chrono::{Local, TimeZone as _};
    use unknot::engine::HistoryEvent;
    use unknot::values::ExerciseOutcome;
    let dir = desktop.home().join(".local/state/unknot");
    let history = unknot::history::History::open(&dir).expect("the history opens");
    for &(days_ago, before, after) in routines {
        let day = Local::now().date_naive() - chrono::Days::new(days_ago);
        let at = Local
            .from_local_datetime(&day.and_hms_opt(15, 0, 0).expect("a time"))
            .earliest()
            .expect("15:00 exists")
            .fixed_offset();
        let session = format!("{}-upper-trap", at.timestamp_millis());
        for event in [
            HistoryEvent::Completed {
                break_name: "Daily routine".into(),
                routine: "upper-trap".into(),
                at,
                outcomes: vec![ExerciseOutcome::Done; 4],
                day_done: true,
                lost: false,
                session: Some(session.clone()),
                level: None,
                tension_before: Some(before),
                stopped_for_pain: false,
                pain_exercise: None,
                pain_side: None,
            },
            HistoryEvent::Rated {
                session,
                routine: "upper-trap".into(),
                at: at + chrono::Duration::minutes(11),
                tension_after: after,
            },
        ] {
            history.append(&event).expect("appends");
        }
    }
}

/// `dbus-monitor` writing every Notify call on the desktop's bus to `log`,
/// once it listens.
fn notify_calls(desktop: &Desktop, log: &std::path::Path) -> std::process::Child {
    let monitor = desktop
        .command("dbus-monitor")
        .args([
            "--session",
            "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
        ])
        .stdout(std::fs::File::create(log).expect("a log file"))
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("dbus-monitor runs");
    // It is listening once its own match rule shows.
    desktop.wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(log).is_ok_and(|t| !t.is_empty())
    });
    monitor
}

/// The weekly summary: on the first working day of a week, one notification
/// sums up the week before from the history, as the real notification
/// daemon receives it (seen on the session bus with `dbus-monitor`).
#[test]
fn the_first_working_day_of_a_week_shows_last_weeks_summary() {
    use chrono::{Datelike as _, Local};

    let desktop = Desktop::start();
    // Today is the week's first working day: no working hours before it.
    let today = Local::now().date_naive();
    let weekday = today.weekday().num_days_from_monday() as usize;
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let hours = if i >= weekday {
                r#"["00:00-24:00"]"#
            } else {
                "[]"
            };
            format!("\"{d}\": {hours}")
        })
        .collect();
    let config = format!(
        r#"{{"working_hours": {{{}}}, "breaks": {DESK_ONLY}, "sound": {{"enabled": false}}}}"#,
        days.join(", ")
    );
    // Last week: the daily routine on Monday and Tuesday, 6 and 7 before,
    // 4 after both.
    let monday_ago = weekday as u64 + 7;
    record_rated_routines(&desktop, &[(monday_ago, 6, 4), (monday_ago - 1, 7, 4)]);
    let monitor_log = desktop.scratch().join("notify-calls.txt");
    let mut monitor = notify_calls(&desktop, &monitor_log);

    let app = App::start(&desktop, &config);
    let working = 7 - weekday;
    let days_word = if working == 1 { "day" } else { "days" };
    let want = format!("Last week: routine on 2 of {working} {days_word}; tension 6.5 → 4");
    let seen = desktop.wait_until(Duration::from_secs(30), || {
        std::fs::read_to_string(&monitor_log).is_ok_and(|t| t.contains(&want))
    });
    let log = std::fs::read_to_string(&monitor_log).unwrap_or_default();
    let _ = monitor.kill();
    let _ = monitor.wait();
    assert!(
        seen,
        "no notification saying {want:?}\n{log}\n{}",
        app.stderr()
    );
    // Once: a restart the same day does not show it again.
    assert_eq!(log.matches("Last week:").count(), 1, "{log}");
    drop(app);
    let mut monitor = notify_calls(&desktop, &monitor_log);
    let app = App::start(&desktop, &config);
    // The app answers `status` only after its first tick's notifications
    // were sent, so a notification sent now reaches the monitor after any
    // summary would have: once it shows, the log holds all there is.
    assert!(app.status().is_object());
    desktop.run("notify-send", &["after the first tick"]);
    let marked = desktop.wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(&monitor_log).is_ok_and(|t| t.contains("after the first tick"))
    });
    assert!(
        marked,
        "dbus-monitor never saw the marker\n{}",
        app.stderr()
    );
    let log = std::fs::read_to_string(&monitor_log).unwrap_or_default();
    let _ = monitor.kill();
    let _ = monitor.wait();
    assert!(
        !log.contains("Last week:"),
        "shown again after a restart:\n{log}"
    );
}

/// The pause menu's "Until…" labels, in menu order.
fn until_labels(desktop: &Desktop) -> Vec<String> {
    let (_, _, items) = tray_menu(desktop);
    items
        .into_iter()
        .map(|(_, label, _)| label)
        .filter(|l| l.starts_with("Until "))
        .collect()
}

#[test]
fn the_pause_menu_offers_the_next_half_hours_and_pauses_until_one() {
    let desktop = Desktop::start();
    let clock = FakeClock(desktop.scratch().join("faketime"));
    clock.set("2026-03-02 13:37:00");
    let app = App::start_with(
        &desktop,
        &all_day_config(DESK_ONLY),
        clock.wrap(desktop.unknot()),
    );
    let registered = desktop.wait_until(Duration::from_secs(10), || {
        desktop.tray_items().is_some_and(|i| !i.is_empty())
    });
    assert!(registered, "no tray item\n{}", app.stderr());
    assert_eq!(
        until_labels(&desktop),
        [
            "Until 14:00",
            "Until 14:30",
            "Until 15:00",
            "Until tomorrow"
        ]
    );

    // Later in the day the times move on, as soon as the app looks at the
    // clock again (its minute tick; here a status request wakes it).
    clock.set("2026-03-02 13:58:00");
    let moved = desktop.wait_until(Duration::from_secs(10), || {
        let _ = app.try_status();
        until_labels(&desktop).first().map(String::as_str) == Some("Until 14:30")
    });
    assert!(
        moved,
        "the times did not move on: {:?}",
        until_labels(&desktop)
    );
    assert_eq!(
        until_labels(&desktop),
        [
            "Until 14:30",
            "Until 15:00",
            "Until 15:30",
            "Until tomorrow"
        ]
    );

    click_menu(&desktop, "Until 15:00");
    let status = app.wait_status("paused from the menu", |s| s["state"] == "paused");
    let until = status["paused_until"].as_str().unwrap_or_default();
    assert!(
        until.starts_with("2026-03-02T15:00:00"),
        "paused until {until}: {status:#}"
    );
}

/// The window `name` matches: (id, centre x, centre y), once it is mapped.
fn window_centre(desktop: &Desktop, name: &str) -> Option<(String, i64, i64)> {
    let out = desktop
        .command("xdotool")
        .args(["search", "--onlyvisible", "--name", name])
        .output()
        .ok()?;
    let id = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()?
        .to_owned();
    let shape = desktop.run("xdotool", &["getwindowgeometry", "--shell", &id]);
    let field = |key: &str| -> Option<i64> {
        shape
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .and_then(|v| v.trim().parse().ok())
    };
    let (x, y) = (field("X")?, field("Y")?);
    let (w, h) = (field("WIDTH")?, field("HEIGHT")?);
    Some((id, x + w / 2, y + h / 2))
}

/// Where the session window's centre is when it opens with the pointer on
/// the right of two RandR monitors side by side ("left" and "right", 640
/// pixels each on the one 1280×800 screen: RandR 1.5 monitors only, so
/// winit's list of CRTCs still sees one screen), with `window` as the
/// config's `window` section.
fn centre_of_a_window_opened_with_the_pointer_on_the_right(window: Option<&str>) -> (i64, i64) {
    let desktop = Desktop::start();
    for (name, geometry) in [
        ("left", "640/170x800/210+0+0"),
        ("right", "640/170x800/210+640+0"),
    ] {
        desktop.run("xrandr", &["--setmonitor", name, geometry, "none"]);
    }
    let monitors = desktop.run("xrandr", &["--listmonitors"]);
    assert!(monitors.contains("right"), "{monitors}");
    let mut config = all_day_config(DESK_ONLY);
    if let Some(section) = window {
        config = format!("{}, \"window\": {section}}}", &config[..config.len() - 1]);
    }
    let app = App::start(&desktop, &config);
    assert_eq!(app.status()["config_error"], Value::Null, "{config}");

    desktop.run("xdotool", &["mousemove", "1000", "300"]);
    assert_eq!(app.cli(&["start", "desk-reset"]).0, 0);
    let mut found = None;
    let shown = desktop.wait_until(Duration::from_secs(10), || {
        found = window_centre(&desktop, "Desk reset");
        found.is_some()
    });
    assert!(shown, "no guided window appeared\n{}", app.stderr());
    let (_, x, y) = found.expect("a window");
    (x, y)
}

#[test]
fn the_break_window_opens_on_the_monitor_that_holds_the_pointer() {
    let (x, y) = centre_of_a_window_opened_with_the_pointer_on_the_right(None);
    assert!(
        (640..1280).contains(&x) && (0..800).contains(&y),
        "the window's centre ({x}, {y}) is not on the right monitor"
    );
    // Near the monitor's centre (960, 400): the window manager's frame and
    // the panel move it a little.
    assert!(
        (x - 960).abs() <= 64 && (y - 400).abs() <= 80,
        "not centred on it: ({x}, {y})"
    );
}

#[test]
fn window_monitor_in_the_config_keeps_the_windows_on_that_monitor() {
    let (x, y) =
        centre_of_a_window_opened_with_the_pointer_on_the_right(Some(r#"{"monitor": "left"}"#));
    assert!(
        (x - 320).abs() <= 64 && (y - 400).abs() <= 80,
        "the window's centre ({x}, {y}) is not on the left monitor, as the config says"
    );
}
