//! The shoulder check through the running app (issue 34): `unknot
//! shoulder-check` shows a notification that goes by itself after the
//! routine's length, opens no window, sounds its tones on the null sink (and
//! its lines with the voice on), adds no audio library to the app, and is
//! in the history; its "Not now" skips it.

use std::time::{Duration, Instant};

use serde_json::Value;

use desktop::Desktop;

use crate::audio::sound_spans;
use crate::running::{all_day_config_with, App, DESK_ONLY};

/// The built-in shoulder check's length, as its notification lasts.
fn check_ms() -> u64 {
    let routine = unknot::routine::builtin::find("shoulder-check").expect("built in");
    unknot::routine::compile(&routine).total_ms
}

/// Sound on (voice too), the check with `check` as its config section.
fn config(check: &str) -> String {
    let base = all_day_config_with(
        DESK_ONLY,
        r#"{"enabled": true, "volume": 80, "voice": true}"#,
    );
    let open = base.strip_suffix('}').expect("an object");
    format!("{open}, \"shoulder_check\": {check}}}")
}

fn libraries(pid: u64) -> Vec<String> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    let mut names: Vec<String> = maps
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .filter_map(|p| p.rsplit('/').next())
        .filter(|n| n.contains(".so"))
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

fn x_windows(desktop: &Desktop, title: &str) -> Vec<String> {
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

fn check_records(desktop: &Desktop) -> Vec<Value> {
    std::fs::read_to_string(desktop.home().join(".local/state/unknot/history.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|r| r["event"] == "shoulder-check")
        .collect()
}

/// Runs one check with the null sink recorded: how long its notification
/// showed (ms), and the capture.
fn run_check(desktop: &Desktop, app: &App) -> (u128, Vec<u8>) {
    desktop.run("dunstctl", &["close-all"]);
    let raw = desktop.scratch().join("check.raw");
    let mut rec = desktop.record(&raw);
    std::thread::sleep(Duration::from_millis(300));
    let (code, out, err) = app.cli(&["shoulder-check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("shoulder check is showing"), "{out}");
    let asked = Instant::now();
    let up = desktop.wait_until(Duration::from_secs(5), || {
        desktop.displayed_notifications() == 1
    });
    assert!(up, "no notification\n{}\n{}", app.stderr(), desktop.logs());
    // No window: nothing mapped by that name, no window process.
    assert!(x_windows(desktop, "Shoulder check").is_empty());
    assert!(app.status()["window_pid"].is_null(), "{:#}", app.status());
    let gone = desktop.wait_until(Duration::from_secs(40), || {
        desktop.displayed_notifications() == 0
    });
    let showed = asked.elapsed().as_millis();
    assert!(gone, "the check never went\n{}", app.stderr());
    // The end tone (about a second) and the output's latency.
    std::thread::sleep(Duration::from_millis(2_500));
    let _ = rec.kill();
    let _ = rec.wait();
    (showed, std::fs::read(&raw).expect("parec's capture"))
}

#[test]
fn a_shoulder_check_shows_no_window_goes_by_itself_and_sounds_its_tones() {
    let desktop = Desktop::start_with_audio();
    let app = App::start(&desktop, &config("{}"));
    let status = app.status();
    let app_pid = status["pid"].as_u64().expect("a pid");
    let before = libraries(app_pid);
    // `status` names the next one (working hours all day, 20 minutes away).
    assert!(status["next_shoulder_check"].is_string(), "{status:#}");
    let (_, human, _) = app.cli(&["status"]);
    assert!(
        human.contains("next check:   shoulder check at "),
        "{human}"
    );

    let (showed, capture) = run_check(&desktop, &app);
    let length = u128::from(check_ms());
    assert!(
        showed + 1_000 >= length && showed <= length + 4_000,
        "the check showed {showed} ms; its routine lasts {length} ms"
    );
    // Two tones, the routine's length apart, and nothing between them
    // (shoulder_check.voice is off by default).
    let spans = sound_spans(&capture, 300.0);
    assert_eq!(spans.len(), 2, "{spans:?}\n{}", app.stderr());
    let apart = spans[1].0 - spans[0].0;
    assert!(
        (apart - length as f64).abs() <= 300.0,
        "tones {apart:.0} ms apart, the routine lasts {length} ms: {spans:?}"
    );
    // The app's own maps: no audio library came in.
    let after = libraries(app_pid);
    let gained: Vec<&String> = after.iter().filter(|l| !before.contains(l)).collect();
    assert!(
        !gained
            .iter()
            .any(|l| l.starts_with("libpulse") || l.starts_with("libasound_module")),
        "the app mapped {gained:?}"
    );
    let records = check_records(&desktop);
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["outcome"], "shown");
    eprintln!("showed {showed} ms; spans {spans:?}");
}

#[test]
fn with_its_voice_on_the_shoulder_check_speaks_and_not_now_skips_it() {
    let desktop = Desktop::start_with_audio();
    let mut app = App::start(&desktop, &config(r#"{"voice": true}"#));
    let (_, capture) = run_check(&desktop, &app);
    // Words between the tones: sound well after the first tone's second
    // and well before the last.
    let length = check_ms() as f64;
    let spans = sound_spans(&capture, 300.0);
    let first = spans.first().map_or(0.0, |s| s.0);
    let spoken: f64 = spans
        .iter()
        .map(|&(s, e)| (e.min(first + length - 500.0) - s.max(first + 1_500.0)).max(0.0))
        .sum();
    assert!(spoken >= 3_000.0, "{spoken:.0} ms of words: {spans:?}");

    // "Not now": gone at once, recorded as skipped.
    desktop.run("dunstctl", &["close-all"]);
    let (code, out, err) = app.cli(&["shoulder-check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(desktop.wait_until(Duration::from_secs(5), || {
        desktop.displayed_notifications() == 1
    }));
    std::thread::sleep(Duration::from_millis(500));
    let asked = Instant::now();
    desktop.invoke_action("Not now");
    assert!(desktop.wait_until(Duration::from_secs(5), || {
        desktop.displayed_notifications() == 0
    }));
    assert!(asked.elapsed() < Duration::from_secs(5));
    let outcomes: Vec<Value> = check_records(&desktop)
        .iter()
        .map(|r| r["outcome"].clone())
        .collect();
    assert_eq!(outcomes, ["shown", "shown", "skipped"], "{}", app.stderr());

    // A check every 5 minutes is out of range: the app says so, keeps its
    // last good config and runs on; the history is as it was.
    let path = desktop.home().join(".config/unknot/config.json");
    std::fs::write(&path, config(r#"{"every": "5m"}"#)).expect("writing the config");
    let status = app.wait_status("the config error", |s| s["config_error"].is_string());
    let error = status["config_error"].as_str().unwrap_or_default();
    assert!(
        error.contains("shoulder_check.every") && error.contains("10m to 1h"),
        "{error}"
    );
    app.assert_alive();
    let (code, out, err) = app.cli(&["shoulder-check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        desktop.wait_until(Duration::from_secs(5), || check_records(&desktop).len()
            == 4)
    );
}
