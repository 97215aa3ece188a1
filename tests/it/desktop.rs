//! Tests of the headless desktop itself, and of unknot started inside it.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use desktop::{Desktop, WATCHER};

use crate::unknot_in::UnknotIn;

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

#[test]
fn audio_desktop_records_what_plays_on_the_null_sink() {
    let desktop = Desktop::start_with_audio();
    let raw = desktop.scratch().join("capture.raw");
    let mut rec = desktop.record(&raw);
    // Half a second of a 440 Hz tone through the ALSA default device, as the app's audio goes.
    let tone = desktop.scratch().join("tone.wav");
    desktop.run(
        "sox",
        &[
            "-n",
            "-r",
            "48000",
            "-c",
            "2",
            tone.to_str().expect("utf-8 path"),
            "synth",
            "0.5",
            "sine",
            "440",
            "vol",
            "0.5",
        ],
    );
    desktop.run("aplay", &["-q", tone.to_str().expect("utf-8 path")]);
    std::thread::sleep(Duration::from_millis(300));
    let _ = rec.kill();
    let _ = rec.wait();

    let stats = desktop
        .command("sox")
        .args([
            "-t", "raw", "-r", "48000", "-e", "signed", "-b", "16", "-c", "2",
        ])
        .arg(&raw)
        .args(["-n", "stat"])
        .output()
        .expect("sox stat");
    let text = String::from_utf8_lossy(&stats.stderr);
    let max = text
        .lines()
        .find_map(|l| l.strip_prefix("Maximum amplitude:"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no amplitude in sox output: {text}"));
    assert!(
        max > 0.3,
        "the capture is silent (max amplitude {max}): {text}"
    );
}
