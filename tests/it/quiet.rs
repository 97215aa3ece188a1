//! Quiet when it should be: music paused for a session and resumed after
//! (a real mpv with Debian's `mpv-mpris`), a break held by a fullscreen view
//! or an idle inhibitor on a real sway, and the camera check against a
//! process that really holds a file open.

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use desktop::wayland::Compositor;
use desktop::Desktop;

use crate::app::{assert_held_then_shown_while, next_minute_break};
use crate::running::{all_day_config_with, App, DESK_ONLY, SILENT};

const WAIT: Duration = Duration::from_secs(30);

/// A process killed when dropped.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// mpv's `PlaybackStatus` over MPRIS, as a user's tools read it.
fn playback(desktop: &Desktop) -> String {
    let out = desktop
        .command("busctl")
        .args([
            "--user",
            "get-property",
            "org.mpris.MediaPlayer2.mpv",
            "/org/mpris/MediaPlayer2",
            "org.mpris.MediaPlayer2.Player",
            "PlaybackStatus",
        ])
        .output();
    out.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

/// The user presses a key of their player (`Play`, `Pause`).
fn player(desktop: &Desktop, method: &str) {
    desktop.run(
        "busctl",
        &[
            "--user",
            "call",
            "org.mpris.MediaPlayer2.mpv",
            "/org/mpris/MediaPlayer2",
            "org.mpris.MediaPlayer2.Player",
            method,
        ],
    );
}

fn wait_playback(desktop: &Desktop, app: &App, want: &str) {
    let want = format!("s \"{want}\"");
    let ok = desktop.wait_until(WAIT, || playback(desktop) == want);
    assert!(
        ok,
        "mpv never became {want}: {}\n{}",
        playback(desktop),
        app.stderr()
    );
}

fn session_window(desktop: &Desktop) -> Option<String> {
    let out = desktop
        .command("xdotool")
        .args(["search", "--name", "Desk reset"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(str::to_owned)
}

/// A real player (mpv, with Debian's `mpv-mpris`) playing a generated tone
/// into the desktop's null sink, on and on; stopped when dropped.
fn play_music(desktop: &Desktop) -> Killed {
    let tone = desktop.scratch().join("tone.wav");
    let tone_arg = tone.to_str().expect("utf-8");
    desktop.run(
        "sox",
        &[
            "-n", "-r", "48000", "-c", "1", tone_arg, "synth", "20", "sine", "440",
        ],
    );
    let mpv = desktop
        .command("mpv")
        .args([
            "--no-video",
            "--ao=pulse",
            "--idle=yes",
            "--loop-file=inf",
            "--no-terminal",
        ])
        .arg(&tone)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("mpv (is the mpv package installed?)");
    Killed(mpv)
}

/// Starts a desk reset and ends it with Esc, as a user does.
fn one_session(desktop: &Desktop, app: &App, during: impl FnOnce()) {
    let (code, out, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{out}{err}");
    let mut window = None;
    desktop.wait_until(WAIT, || {
        window = session_window(desktop);
        window.is_some()
    });
    let window = window.unwrap_or_else(|| panic!("no window\n{}", app.stderr()));
    during();
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    desktop.run("xdotool", &["key", "Escape"]);
    app.wait_status("back from the break", |s| s["state"] != "in-break");
}

#[test]
fn music_pauses_for_a_session_and_comes_back_unless_the_user_touched_it() {
    let desktop = Desktop::start_with_options(desktop::Options {
        audio: true,
        ..desktop::Options::default()
    });
    let _mpv = play_music(&desktop);
    let sound = r#"{"enabled": true, "volume": 40, "voice": false}"#;
    let app = App::start(&desktop, &all_day_config_with(DESK_ONLY, sound));
    wait_playback(&desktop, &app, "Playing");

    // A session pauses the music, its end brings it back.
    one_session(&desktop, &app, || wait_playback(&desktop, &app, "Paused"));
    wait_playback(&desktop, &app, "Playing");

    // The user plays and pauses it again during the session: their pause stays.
    one_session(&desktop, &app, || {
        wait_playback(&desktop, &app, "Paused");
        player(&desktop, "Play");
        wait_playback(&desktop, &app, "Playing");
        // Listens for a moment, as a person would.
        std::thread::sleep(Duration::from_secs(1));
        player(&desktop, "Pause");
        wait_playback(&desktop, &app, "Paused");
    });
    // `one_session` returns once `status` says the break is over, and the
    // app resumes music in the same step that ends it: any resume is done.
    assert_eq!(
        playback(&desktop),
        "s \"Paused\"",
        "the app resumed music the user paused\n{}",
        app.stderr()
    );

    // Music the user paused before the session is left alone too.
    one_session(&desktop, &app, || {});
    assert_eq!(playback(&desktop), "s \"Paused\"");
}

#[test]
fn with_pause_media_off_the_music_plays_on() {
    let desktop = Desktop::start_with_options(desktop::Options {
        audio: true,
        ..desktop::Options::default()
    });
    let _mpv = play_music(&desktop);
    let sound = r#"{"enabled": true, "volume": 40, "voice": false, "pause_media": false}"#;
    let app = App::start(&desktop, &all_day_config_with(DESK_ONLY, sound));
    wait_playback(&desktop, &app, "Playing");
    // `start` answers once the app has done what opening the window takes,
    // pausing the music included: by the time the window shows, it would be.
    one_session(&desktop, &app, || {
        assert_eq!(playback(&desktop), "s \"Playing\"", "{}", app.stderr());
    });
}

/// `swaymsg` against this sway.
fn swaymsg(desktop: &Desktop, sway: &Compositor, command: &str) {
    let out = sway
        .command(desktop, "swaymsg")
        .arg(command)
        .output()
        .expect("swaymsg");
    assert!(
        out.status.success(),
        "swaymsg {command}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn on_sway_a_fullscreen_view_and_an_idle_inhibitor_each_hold_a_break() {
    let desktop = Desktop::start();
    let sway = Compositor::sway(&desktop);
    let viewer = sway
        .command(&desktop, "wev")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("wev (is the wev package installed?)");
    let _viewer = Killed(viewer);
    let shown = desktop.wait_until(WAIT, || {
        sway.command(&desktop, "swaymsg")
            .args(["-t", "get_tree"])
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("\"app_id\": \"wev\""))
    });
    assert!(shown, "wev never showed a view\n{}", sway.log());

    let config = all_day_config_with(&next_minute_break(), SILENT);
    let cmd = sway.command(&desktop, crate::unknot_in::binary());
    let app = App::start_with(&desktop, &config, cmd);

    // The user types on sway (wtype): present, so only the hold keeps the break back.
    let typing = || sway.press_key(&desktop);
    swaymsg(&desktop, &sway, "[app_id=wev] fullscreen enable");
    assert_held_then_shown_while(&desktop, &app, &typing, || {
        let s = app.status();
        assert_eq!(s["held_by"], "fullscreen window", "{s:#}");
        let (_, human, _) = app.cli(&["status"]);
        assert!(human.contains("held:         fullscreen window"), "{human}");
        swaymsg(&desktop, &sway, "[app_id=wev] fullscreen disable");
    });

    // Snoozed for a minute, it comes back while the view inhibits idle.
    swaymsg(&desktop, &sway, "[app_id=wev] inhibit_idle open");
    let (code, out, err) = app.cli(&["snooze", "1m"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_held_then_shown_while(&desktop, &app, &typing, || {
        let s = app.status();
        assert_eq!(s["held_by"], "presentation", "{s:#}");
        swaymsg(&desktop, &sway, "[app_id=wev] inhibit_idle none");
    });
}

#[test]
fn a_process_holding_a_video_device_open_is_a_camera_in_use() {
    use unknot::platform::do_not_disturb::held_open;
    // `/dev/video*` cannot exist here: a file that stands for one, held open
    // by a real process, read through the real /proc.
    let dir = tempfile::tempdir().expect("a temp folder");
    let device = dir.path().join("video0");
    std::fs::write(&device, b"").expect("the stand-in device");
    let stem = dir.path().join("video");
    let stem = stem.to_str().expect("utf-8");
    let proc = Path::new("/proc");
    assert!(!held_open(proc, stem), "nothing holds it yet");
    let holder = std::process::Command::new("sleep")
        .arg("60")
        .stdin(std::fs::File::open(&device).expect("open"))
        .spawn()
        .expect("sleep");
    let holder = Killed(holder);
    assert!(held_open(proc, stem), "a process holds {stem}0 open");
    assert!(!held_open(proc, &format!("{stem}-other")));
    drop(holder);
    let released = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        !held_open(proc, stem)
    });
    assert!(released, "still held after the process ended");
}
