//! The home window in the headless desktop (issue 36): opened at a start
//! with no tray host, by a second `unknot`, or from the no-tray
//! notification's "Open"; its buttons act through the running app, a
//! change made by the CLI shows in it as it happens; and the desktop
//! entry's actions each do what their names say.

use std::time::Duration;

use desktop::Desktop;

use crate::running::{all_day_config, looks_as_rendered, App, DESK_ONLY};
use crate::unknot_in::UnknotIn;

const WAIT: Duration = Duration::from_secs(20);

/// The ids of the X windows whose title matches `pattern` (xdotool's regex).
fn windows(desktop: &Desktop, pattern: &str) -> Vec<String> {
    desktop
        .command("xdotool")
        .args(["search", "--name", pattern])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The home window's title is the app's name alone.
const HOME: &str = "^unknot$";

/// The first window matching `pattern`, once it is mapped, activated.
fn wait_window(desktop: &Desktop, app: &App, pattern: &str) -> String {
    let mut found = Vec::new();
    let shown = desktop.wait_until(WAIT, || {
        found = windows(desktop, pattern);
        !found.is_empty()
    });
    assert!(shown, "no window {pattern:?}\n{}", app.stderr());
    let id = found[0].clone();
    desktop.run("xdotool", &["windowactivate", "--sync", &id]);
    id
}

/// `unknot render --screen home` against the running app, into the scratch
/// folder as `name`: the window as it should look in the app's state now.
fn render_home(desktop: &Desktop, name: &str) -> std::path::PathBuf {
    let reference = desktop.scratch().join(name);
    desktop.run(
        env!("CARGO_BIN_EXE_unknot"),
        &[
            "render",
            "--screen",
            "home",
            "--out",
            reference.to_str().expect("UTF-8"),
        ],
    );
    reference
}

fn keys(desktop: &Desktop, keys: &[&str]) {
    let mut args = vec!["key", "--delay", "60"];
    args.extend_from_slice(keys);
    desktop.run("xdotool", &args);
}

#[test]
fn with_no_tray_host_the_start_opens_the_home_window_and_a_second_launch_raises_it() {
    let desktop = Desktop::start_with_options(desktop::Options {
        tray_host: false,
        ..desktop::Options::default()
    });
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let window = wait_window(&desktop, &app, HOME);
    let reference = render_home(&desktop, "home-at-start.png");
    looks_as_rendered(&desktop, &window, &reference, "home-at-start-window.png");

    // Launched again (from the menu): the same window comes forward.
    let out = desktop.unknot().output().expect("a second unknot");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("unknot is already running"), "{said}");
    assert!(said.contains("its window is open"), "{said}");
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        windows(&desktop, HOME),
        [window],
        "one home window, never two"
    );

    // Esc closes it, and the app goes on; launched again, it comes back.
    keys(&desktop, &["Escape"]);
    assert!(
        desktop.wait_until(WAIT, || windows(&desktop, HOME).is_empty()),
        "Esc did not close the home window"
    );
    assert!(app.status()["pid"].is_u64());
    assert!(desktop.unknot().output().expect("again").status.success());
    wait_window(&desktop, &app, HOME);
}

#[test]
fn with_background_and_no_tray_host_a_notification_offers_open() {
    let desktop = Desktop::start_with_options(desktop::Options {
        tray_host: false,
        ..desktop::Options::default()
    });
    let mut command = desktop.unknot();
    command.arg("--background");
    let app = App::start_with(&desktop, &all_day_config(DESK_ONLY), command);
    let shown = desktop.wait_until(WAIT, || desktop.displayed_notifications() > 0);
    assert!(shown, "no notification\n{}", app.stderr());
    assert!(
        windows(&desktop, HOME).is_empty(),
        "--background presented a window"
    );
    desktop.invoke_action("Open");
    wait_window(&desktop, &app, HOME);

    // Once per login: the app started again in the same login says nothing.
    let mut app = app;
    app.stop();
    // dunst would stack a second copy onto one still shown, uncounted.
    desktop.run("dunstctl", &["close-all"]);
    let before = notifications_ever(&desktop);
    let mut command = desktop.unknot();
    command.arg("--background");
    let again = App::start_with(&desktop, &all_day_config(DESK_ONLY), command);
    // It answers only once its start-up notifications are sent.
    again.wait_status("the app started again", |s| s["state"] == "idle");
    assert_eq!(
        notifications_ever(&desktop),
        before,
        "told again in the same login\n{}",
        again.stderr()
    );
}

/// Every notification dunst has had: shown, waiting or in its history.
fn notifications_ever(desktop: &Desktop) -> u32 {
    ["displayed", "waiting", "history"]
        .iter()
        .map(|what| {
            desktop
                .run("dunstctl", &["count", what])
                .trim()
                .parse::<u32>()
                .expect("dunstctl prints a number")
        })
        .sum()
}

#[test]
fn home_buttons_act_through_the_app_and_a_cli_change_shows_at_once() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    assert!(desktop.unknot().output().expect("unknot").status.success());
    let window = wait_window(&desktop, &app, HOME);

    // Down to the pause row, Enter: Pause 30 minutes.
    keys(&desktop, &["Down", "Return"]);
    app.wait_status("paused from the home window", |s| s["state"] == "paused");
    // The focus back on the first button, where `render` draws it.
    keys(&desktop, &["Up"]);
    let reference = render_home(&desktop, "home-paused.png");
    looks_as_rendered(&desktop, &window, &reference, "home-paused-window.png");

    // The CLI resumes: the open window follows without being touched.
    assert_eq!(app.cli(&["resume"]).0, 0);
    app.wait_status("resumed", |s| s["state"] == "idle");
    let reference = render_home(&desktop, "home-resumed.png");
    looks_as_rendered(&desktop, &window, &reference, "home-resumed-window.png");

    // Enter on the first button: Start a break now.
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    keys(&desktop, &["Return"]);
    app.wait_status("a break started from the home window", |s| {
        s["state"] == "in-break"
    });
}

/// The desktop entry's `[Desktop Action …]` groups: (name, Exec).
fn desktop_actions() -> Vec<(String, String)> {
    let entry = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/xtask/deb/io.github.unknot.Unknot.desktop"
    ))
    .expect("the desktop entry");
    let listed: Vec<String> = entry
        .lines()
        .find_map(|l| l.strip_prefix("Actions="))
        .expect("Actions=")
        .split(';')
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    let mut out = Vec::new();
    for id in listed {
        let group = format!("[Desktop Action {id}]");
        let body = entry
            .split(&group)
            .nth(1)
            .unwrap_or_else(|| panic!("no {group}"));
        let field = |key: &str| {
            body.lines()
                .take_while(|l| !l.starts_with('['))
                .find_map(|l| l.strip_prefix(key))
                .unwrap_or_else(|| panic!("{group} has no {key}"))
                .to_owned()
        };
        out.push((field("Name="), field("Exec=")));
    }
    out
}

#[test]
fn each_desktop_action_does_what_its_name_says() {
    let actions = desktop_actions();
    let names: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "Start a break now",
            "Pause for an hour",
            "Statistics",
            "Preferences"
        ]
    );
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let run = |name: &str| {
        let exec = &actions.iter().find(|a| a.0 == name).expect("listed").1;
        let args: Vec<&str> = exec.split_whitespace().skip(1).collect();
        assert_eq!(exec.split_whitespace().next(), Some("@EXEC@"), "{exec}");
        let out = desktop.unknot().args(&args).output().expect("runs");
        assert!(
            out.status.success(),
            "{name}: {exec}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run("Statistics");
    wait_window(&desktop, &app, "statistics");
    run("Preferences");
    wait_window(&desktop, &app, "Preferences");
    run("Pause for an hour");
    let status = app.wait_status("paused", |s| s["state"] == "paused");
    let until = status["paused_until"]
        .as_str()
        .expect("paused until a time");
    let until = chrono::DateTime::parse_from_rfc3339(until).expect("RFC 3339");
    let minutes = (until.timestamp() - chrono::Utc::now().timestamp()) / 60;
    assert!((58..=60).contains(&minutes), "paused for {minutes} min");
    assert_eq!(app.cli(&["resume"]).0, 0);
    run("Start a break now");
    app.wait_status("in a break", |s| s["state"] == "in-break");
    wait_window(&desktop, &app, "Desk reset");
}
