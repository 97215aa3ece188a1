//! Tests of the headless desktop itself, and of unknot started inside it.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use crate::harness::{Desktop, WATCHER};

fn displayed_notifications(desktop: &Desktop) -> u32 {
    desktop
        .run("dunstctl", &["count", "displayed"])
        .trim()
        .parse()
        .expect("dunstctl prints a number")
}

#[test]
fn desktop_offers_an_x_server_a_tray_host_and_a_notification_daemon() {
    let desktop = Desktop::start();

    let info = desktop.run("xdpyinfo", &[]);
    assert!(
        info.contains(&format!("name of display:    {}", desktop.display)),
        "xdpyinfo did not reach {}: {info}",
        desktop.display
    );
    assert!(desktop.has_bus_name(WATCHER));

    desktop.run(
        "notify-send",
        &["-a", "unknot", "Desk reset", "Shoulders down"],
    );
    let shown = desktop.wait_until(Duration::from_secs(10), || {
        displayed_notifications(&desktop) == 1
    });
    assert!(
        shown,
        "dunst never displayed the notification\n{}",
        desktop.logs()
    );
}

#[test]
fn each_desktop_sees_only_its_own_notifications() {
    let first = Desktop::start();
    let second = Desktop::start();
    assert_ne!(first.display, second.display);

    first.run("notify-send", &["only in the first desktop"]);
    assert!(
        first.wait_until(Duration::from_secs(10), || displayed_notifications(&first)
            == 1)
    );
    assert_eq!(displayed_notifications(&second), 0);
}

#[test]
fn unknot_starts_in_the_desktop_with_the_default_config_and_keeps_running() {
    let desktop = Desktop::start();
    let mut app = desktop
        .unknot()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting unknot");

    let mut line = String::new();
    BufReader::new(app.stdout.take().expect("piped stdout"))
        .read_line(&mut line)
        .expect("reading unknot's first line");
    assert!(
        line.contains("unknot is running") && line.contains("built-in default config"),
        "unexpected first line: {line:?}"
    );

    // It waits in the background rather than exiting.
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        matches!(app.try_wait(), Ok(None)),
        "unknot exited on its own: {:?}",
        app.wait_with_output()
    );
    let _ = app.kill();
    let _ = app.wait();
}
