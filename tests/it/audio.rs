//! The embedded assets and the guided session's sound: the icons a panel
//! shows, and cues played by a real `AudioSession` into the headless
//! desktop's PulseAudio, recorded and timed.
//!
//! The player is the window process's hidden `unknot-session cue-player`,
//! run inside the desktop while parec records its sink.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use unknot::routine::builtin;

use desktop::{onsets, Desktop};

const STATES: [&str; 5] = ["normal", "due", "snoozed", "paused", "warning"];
const SIZES: [u32; 6] = [16, 22, 24, 32, 48, 64];

fn icon(name: &str) -> tiny_skia::Pixmap {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("icons")
        .join(name);
    let bytes = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask assets`", path.display()));
    tiny_skia::Pixmap::decode_png(&bytes)
        .unwrap_or_else(|e| panic!("{} is not a PNG: {e}", path.display()))
}

/// Luminance 0–1 of each opaque pixel.
fn opaque_luminances(p: &tiny_skia::Pixmap) -> Vec<f32> {
    p.pixels()
        .iter()
        .filter(|c| c.alpha() == 255)
        .map(|c| {
            let (r, g, b) = (c.red() as f32, c.green() as f32, c.blue() as f32);
            (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0
        })
        .collect()
}

#[test]
fn every_tray_icon_exists_at_every_size_and_holds_on_light_and_dark_panels() {
    for state in STATES {
        for size in SIZES {
            let name = format!("unknot-{state}-{size}.png");
            let p = icon(&name);
            assert_eq!((p.width(), p.height()), (size, size), "{name}");
            let lum = opaque_luminances(&p);
            // A shape, not a speck: a good part of the square is drawn.
            assert!(
                lum.len() as u32 * 4 > size * size,
                "{name}: only {} opaque pixels",
                lum.len()
            );
            // A dark outline for light panels and light fills for dark ones.
            let dark = lum.iter().filter(|&&l| l < 0.2).count();
            let light = lum.iter().filter(|&&l| l > 0.5).count();
            assert!(
                dark * 10 > lum.len() && light * 4 > lum.len(),
                "{name}: {dark} dark and {light} light of {} opaque pixels",
                lum.len()
            );
        }
    }
    let app = icon("unknot.png");
    assert_eq!((app.width(), app.height()), (256, 256));
    assert!(!opaque_luminances(&app).is_empty());
}

#[test]
fn the_states_look_different_at_16_px() {
    let pixels: Vec<Vec<u8>> = STATES
        .iter()
        .map(|s| icon(&format!("unknot-{s}-16.png")).data().to_vec())
        .collect();
    for (i, a) in pixels.iter().enumerate() {
        for (j, b) in pixels.iter().enumerate().skip(i + 1) {
            // Different in a good few pixels, not one stray byte.
            let differing = a.chunks(4).zip(b.chunks(4)).filter(|(x, y)| x != y).count();
            assert!(
                differing >= 12,
                "{} and {} differ in {differing} pixels",
                STATES[i],
                STATES[j]
            );
        }
    }
}

/// The cues the player plays: (what, ms after the first), as
/// `unknot-session cue-player script` takes them.
const SCRIPT: [(&str, u64); 4] = [("start", 0), ("tick", 1400), ("tick", 2150), ("tick", 2700)];

/// Spans of sound in a capture: (start, end) in ms, joining pauses shorter
/// than `join_ms` (the gaps between a sentence's words).
pub(crate) fn sound_spans(raw: &[u8], join_ms: f64) -> Vec<(f64, f64)> {
    let threshold = (0.01 * f64::from(i16::MAX)) as i32;
    let mut spans: Vec<(f64, f64)> = Vec::new();
    for (frame, bytes) in raw.chunks_exact(4).enumerate() {
        let l = i32::from(i16::from_le_bytes([bytes[0], bytes[1]]));
        let r = i32::from(i16::from_le_bytes([bytes[2], bytes[3]]));
        if l.abs().max(r.abs()) <= threshold {
            continue;
        }
        let ms = frame as f64 / 48.0;
        match spans.last_mut() {
            Some(last) if ms - last.1 <= join_ms => last.1 = ms,
            _ => spans.push((ms, ms)),
        }
    }
    spans
}

/// The first exercise's start as a user hears it through the null sink: the
/// chime, then the safety line, lasting as long as its clip says; and a user
/// routine's "Get ready." from the generic clips.
#[test]
fn spoken_lines_sound_for_as_long_as_their_clips() {
    use unknot::routine::voice;
    let desktop = Desktop::start_with_audio();
    let (out, capture) = recorded_player(&desktop, &["speech"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the speech player failed\n{stdout}\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        desktop.logs()
    );
    let safety = builtin::find("upper-trap").expect("built-in").spoken_safety;
    assert!(stdout.contains(&format!("{safety:?}")), "{stdout}");
    assert!(stdout.contains("\"Get ready.\""), "{stdout}");
    let safety_ms = voice::clip(&safety).expect("a clip").ms as f64;
    let ready_ms = voice::clip("Get ready.").expect("a clip").ms as f64;

    // A sentence break in espeak-ng's speech is ~0.5 s; the lines start 15 s
    // apart (the stop signs last about 12 s).
    let spans = sound_spans(&capture, 800.0);
    assert_eq!(spans.len(), 2, "spans {spans:?}\n{stdout}");
    // The chime at 0, the words from 250 ms: one span, chime onset to the
    // line's last word.
    let first = spans[0].1 - spans[0].0;
    let want = 250.0 + safety_ms;
    assert!(
        (first - want).abs() <= 150.0,
        "the safety line sounded {first:.0} ms from the chime, the clip says {want:.0} ms ({spans:?})"
    );
    // The user routine's "Get ready." alone.
    let second = spans[1].1 - spans[1].0;
    let want = ready_ms;
    assert!(
        (second - want).abs() <= 150.0,
        "\"Get ready.\" sounded {second:.0} ms, the clip says {want:.0} ms ({spans:?})"
    );
    eprintln!("spans {spans:?}\n{stdout}");
}

/// Runs `cmd` (the window process's binary, in some environment) as
/// `unknot-session cue-player ARGS`.
fn run_player(mut cmd: Command, args: &[&str]) -> Output {
    cmd.arg("cue-player")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("running unknot-session cue-player")
}

/// Runs `unknot-session cue-player ARGS` inside the desktop while parec records
/// the sink: its output, and the capture.
fn recorded_player(desktop: &Desktop, args: &[&str]) -> (Output, Vec<u8>) {
    let raw = desktop.scratch().join(format!("{}.raw", args[0]));
    let mut rec = desktop.record(&raw);
    std::thread::sleep(Duration::from_millis(300));
    let out = run_player(desktop.command(crate::unknot_in::session_binary()), args);
    std::thread::sleep(Duration::from_millis(300));
    let _ = rec.kill();
    let _ = rec.wait();
    (out, std::fs::read(&raw).expect("parec's capture"))
}

#[test]
fn cues_sound_at_the_moments_they_are_played() {
    let desktop = Desktop::start_with_audio();
    let script: Vec<String> = SCRIPT
        .iter()
        .map(|(what, at)| format!("{what}@{at}"))
        .collect();
    let args: Vec<&str> = ["script"]
        .into_iter()
        .chain(script.iter().map(String::as_str))
        .collect();
    let (out, capture) = recorded_player(&desktop, &args);

    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the cue player failed\n{stdout}\n{stderr}\n{}",
        desktop.logs()
    );
    let played: Vec<f64> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("played "))
        .filter_map(|l| l.split(" at ").nth(1)?.strip_suffix(" ms")?.parse().ok())
        .collect();
    assert_eq!(played.len(), SCRIPT.len(), "{stdout}");

    let heard = onsets(&capture);
    assert_eq!(
        heard.len(),
        SCRIPT.len(),
        "onsets {heard:?} for cues played at {played:?}\n{stdout}{stderr}"
    );
    // Each cue is heard, in order, with its spacing. The tolerance is loose on
    // purpose: the suite shares two cores with other tests; the precise onset
    // error is a figure of `cargo xtask bench`, not an assertion.
    for i in 1..SCRIPT.len() {
        let want = played[i] - played[0];
        let got = heard[i] - heard[0];
        assert!(
            (got - want).abs() <= 60.0,
            "cue {i} ({}) sounded {got:.1} ms after the first, played {want:.1} ms after \
             (onsets {heard:?}, played {played:?})",
            SCRIPT[i].0
        );
    }
    eprintln!("played {played:?}\nheard  {heard:?}\n{stdout}");
}

/// The cue player, asked only to open the output, with no sound server:
/// `XDG_RUNTIME_DIR` empty and `PULSE_SERVER` pointing nowhere.
fn open_without_a_sound_server(alsa_config: Option<&Path>) -> (bool, String) {
    let runtime = tempfile::tempdir().expect("an empty runtime folder");
    let mut cmd = Command::new(crate::unknot_in::session_binary());
    cmd.env("XDG_RUNTIME_DIR", runtime.path())
        .env("PULSE_SERVER", "unix:/nonexistent")
        .env_remove("PIPEWIRE_REMOTE");
    match alsa_config {
        Some(path) => cmd.env("ALSA_CONFIG_PATH", path),
        None => cmd.env_remove("ALSA_CONFIG_PATH"),
    };
    let out = run_player(cmd, &["open"]);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "opening audio crashed the player\n{stdout}\n{stderr}"
    );
    let err = stdout.contains("open: err: ");
    assert!(
        err || stdout.contains("open: ok"),
        "the player did not report\n{stdout}\n{stderr}"
    );
    (err, stdout)
}

/// The system's own ALSA config: the pulse plugin is only used when a server
/// runs, so ALSA falls back to sound card 0. On a machine without one (no
/// /dev/snd, like CI) that is an error; with a card, ALSA opens it and sound
/// works, which is also fine. Either way: no panic.
#[test]
fn no_sound_server_means_an_error_not_a_panic() {
    let (err, stdout) = open_without_a_sound_server(None);
    if !Path::new("/dev/snd").exists() {
        assert!(err, "no server and no sound card, yet: {stdout}");
    }
}

/// An ALSA that knows no device at all is an error on every machine.
#[test]
fn no_audio_device_at_all_means_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let config = dir.path().join("asound.conf");
    std::fs::write(&config, "# no devices\n").expect("an empty ALSA config");
    let (err, stdout) = open_without_a_sound_server(Some(&config));
    assert!(err, "opened an output with no device: {stdout}");
    assert!(stdout.contains("no audio output"), "{stdout}");
}
