//! `cargo xtask listen --pain [--lang LANG]`: what a user in pain hears.
//! The real app (the debug build) runs in a headless desktop under that
//! language's locale, once with the daily routine's check-in off and once
//! with the after check-in on; Space starts the routine, H ("Stop — it
//! hurt") is pressed 3 s into the first hold, and the null sink is recorded
//! from 2 s before H to 30 s after it. Whisper base transcribes what follows
//! H twice, detecting the language and told it; each is scored against the
//! catalogue's lines that must follow H (docs/routines.md, "German,
//! Spanish and French, heard"). A measurement, never in the suite.

// A measurement reads clocks and sleeps; that is its whole job.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use fluent_syntax::ast::{Entry, PatternElement};
use serde_json::Value;

use super::{detected, locale, Line, Recogniser, Score};
use crate::bench::{
    press, regex_escape, routine_json_in, signal, start_desktop, wait_for, Running,
};

/// Recorded before H, so that the first word after it is never missed.
const BEFORE_MS: u64 = 2_000;
/// Recorded after H: the calm lines and the check-in's question take ~22 s.
const AFTER_MS: u64 = 30_000;
const RATE: u64 = 48;

/// The pain stop heard in `lang` (`en`, `de`, `es`, `fr`), the check-in off
/// and on; transcripts and scores printed, captures kept in `dir`.
pub fn run(root: &Path, dir: &Path, lang: &str, recogniser: &Recogniser) -> Result<()> {
    crate::cargo(&["build", "--package", "unknot", "--bins"])?;
    let binary = crate::target_dir().join("debug").join("unknot");
    for checkin in ["off", "after"] {
        let mut ids = vec!["say-pain-stop", "say-pain-stop-checked"];
        if checkin == "after" {
            ids.push("say-checkin-after");
        }
        let lines = ids
            .iter()
            .map(|id| message(root, lang, id))
            .collect::<Result<Vec<String>>>()?;
        let name = format!("pain-{lang}-{checkin}");
        let heard = capture_after_h(&binary, lang, checkin, &dir.join(format!("{name}.wav")))?;
        println!("\n== {lang}, check-in {checkin}");
        println!(
            "after H (s, from the key): {}",
            heard
                .spans
                .iter()
                .map(|(a, b)| format!("{:.2}–{:.2}", a / 1000.0, b / 1000.0))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let lines: Vec<Line> = lines
            .into_iter()
            .map(|text| Line { at_ms: 0, text })
            .collect();
        for told in ["auto", lang] {
            let out = recogniser.transcribe(dir, std::slice::from_ref(&heard.wav), told)?;
            let text: String = out.iter().map(|h| h.text.clone()).collect();
            std::fs::write(dir.join(format!("{name}-{told}.txt")), &text)
                .context("keeping the transcript")?;
            let score = Score::new(&lines, &text, lang);
            println!(
                "-- language {}: {}",
                if told == "auto" { "detected" } else { "told" },
                detected(&out, lang)
            );
            println!("heard: {text}");
            print!("{}", score.report(&lines));
        }
        println!(
            "said:  {}",
            lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    Ok(())
}

/// The message `id` of `lang`'s catalogue, which must be plain text.
fn message(root: &Path, lang: &str, id: &str) -> Result<String> {
    let path = root.join("i18n").join(lang).join("unknot.ftl");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        if m.id.name != id {
            continue;
        }
        let value = m.value.context("a message without a value")?;
        let mut out = String::new();
        for element in value.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { .. } => bail!("{id} in {lang} has a placeable"),
            }
        }
        return Ok(out.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    bail!("{} has no {id}", path.display())
}

/// What followed H: its sound spans (ms from the key) and the recording
/// from H on, as the recogniser takes it.
struct AfterH {
    spans: Vec<(f64, f64)>,
    wav: PathBuf,
}

/// The app under `lang`'s locale with the daily routine's check-in
/// `checkin`: Space, H 3 s into the first hold; the sink from H on written
/// to `wav` (16 kHz mono).
fn capture_after_h(binary: &Path, lang: &str, checkin: &str, wav: &Path) -> Result<AfterH> {
    let desktop = start_desktop()?;
    let locale = format!("{}.UTF-8", locale(lang));
    let config = desktop.home().join(".config/unknot/config.json");
    write_config(&config, checkin)?;
    let mut app = Running::spawn("unknot", desktop.command(binary).env("LANG", &locale))?;
    let up = wait_for(Duration::from_secs(30), || {
        let out = desktop
            .command(binary)
            .args(["status", "--json"])
            .output()
            .ok()?;
        out.status.success().then_some(())
    });
    if up.is_none() {
        bail!("the app never answered status: {}", app.tail());
    }
    let shown: Value = routine_json_in(binary, &config, "upper-trap", &locale)?;
    let title = shown["title"].as_str().context("a title")?.to_string();
    let hold_ms = shown["segments"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["step"] == "breathe_in"))
        .and_then(|s| s["start_ms"].as_u64())
        .context("a hold in the timeline")?;
    let started = desktop
        .command(binary)
        .args(["start", "upper-trap"])
        .status()
        .context("unknot start")?;
    if !started.success() {
        bail!("unknot start upper-trap failed");
    }
    let win = wait_for(Duration::from_secs(30), || window(&desktop, &title))
        .with_context(|| format!("no window {title:?}: {}", app.tail()))?;
    let open = wait_for(Duration::from_secs(30), || {
        app.lines()
            .iter()
            .any(|l| l.contains("audio: output open"))
            .then_some(())
    });
    if open.is_none() {
        bail!("no audio output opened: {}", app.tail());
    }
    // The keys are said on the start screen; then begin.
    std::thread::sleep(Duration::from_secs(5));
    press(&desktop, &win, "space")?;
    std::thread::sleep(Duration::from_millis(hold_ms + 3_000 - BEFORE_MS));
    let raw = desktop.scratch().join("pain.raw");
    let spawned = Instant::now();
    let mut parec = desktop.record(&raw);
    std::thread::sleep(Duration::from_millis(BEFORE_MS));
    let key = spawned.elapsed().as_secs_f64() * 1000.0;
    let pressed = press(&desktop, &win, "h");
    if pressed.is_ok() {
        std::thread::sleep(Duration::from_millis(AFTER_MS));
    }
    let stopped = spawned.elapsed().as_secs_f64() * 1000.0;
    // SIGINT lets parec write what it still holds.
    signal(parec.id(), libc::SIGINT);
    let _ = parec.wait();
    pressed?;
    app.check_alive()?;
    let bytes = std::fs::read(&raw).with_context(|| format!("reading {}", raw.display()))?;
    // The capture began when parec had connected: the time it took is what
    // the wall clock ran longer than the capture.
    let captured = (bytes.len() / 4) as f64 / RATE as f64;
    let h_at = (key - (stopped - captured)).max(0.0);
    let spans: Vec<(f64, f64)> = sound_spans(&bytes, 300.0)
        .into_iter()
        .filter(|s| s.1 > h_at)
        .map(|(a, b)| (a - h_at, b - h_at))
        .collect();
    let status = Command::new("sox")
        .args([
            "-R", "-V1", "-t", "raw", "-e", "signed", "-b", "16", "-c", "2", "-r", "48000",
        ])
        .arg(&raw)
        .args(["-c", "1", "-r", "16000"])
        .arg(wav)
        // To the last sound and half a second: over the silence after it,
        // Whisper was seen to make up a repeat of the last line.
        .arg("trim")
        .arg(format!("{:.3}", h_at / 1000.0))
        .arg(format!(
            "{:.3}",
            spans.last().map_or(0.0, |s| s.1) / 1000.0 + 0.5
        ))
        .stderr(Stdio::inherit())
        .status()
        .context("running sox")?;
    if !status.success() {
        bail!("sox could not convert the capture");
    }
    Ok(AfterH {
        spans,
        wav: wav.to_path_buf(),
    })
}

/// The daily routine (check-ins `checkin`) 12 h away, a desk reset every
/// 50 min, all day a working day; the voice on at full volume.
fn write_config(path: &Path, checkin: &str) -> Result<()> {
    let at = crate::bench::capture("date", &["-d", "+12 hours", "+%H:%M"])
        .map(|s| s.trim().to_string())
        .filter(|s| s.len() == 5)
        .unwrap_or_else(|| "03:00".into());
    let days: serde_json::Map<String, Value> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| (d.to_string(), serde_json::json!(["00:00-24:00"])))
        .collect();
    let config = serde_json::json!({
        "working_hours": days,
        "breaks": [
            {"name": "Desk reset", "routine": "desk-reset", "every": "50m"},
            {"name": "Daily routine", "routine": "upper-trap", "at": at, "daily": true,
             "checkin": checkin}
        ],
        "sound": {"enabled": true, "volume": 100, "voice": true, "pause_media": false},
        "weekly_summary": false
    });
    let folder = path.parent().context("the config has a folder")?;
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    std::fs::write(path, serde_json::to_string_pretty(&config)?)
        .with_context(|| format!("writing {}", path.display()))
}

/// Spans of sound in a 48 kHz stereo s16le capture, (start, end) in ms,
/// joining pauses shorter than `join_ms`; sound is over 1 % of full scale.
fn sound_spans(raw: &[u8], join_ms: f64) -> Vec<(f64, f64)> {
    let threshold = i32::from(i16::MAX) / 100;
    let mut spans: Vec<(f64, f64)> = Vec::new();
    for (frame, b) in raw.chunks_exact(4).enumerate() {
        let l = i32::from(i16::from_le_bytes([b[0], b[1]]));
        let r = i32::from(i16::from_le_bytes([b[2], b[3]]));
        if l.abs().max(r.abs()) <= threshold {
            continue;
        }
        let ms = frame as f64 / RATE as f64;
        match spans.last_mut() {
            Some(last) if ms - last.1 <= join_ms => last.1 = ms,
            _ => spans.push((ms, ms)),
        }
    }
    spans
}

/// The visible window whose title starts as `title` does up to its first
/// non-ASCII letter: xdotool's `--name` did not match the French title
/// ("…trapèze…") whole.
fn window(desktop: &desktop::Desktop, title: &str) -> Option<String> {
    let ascii: String = title.chars().take_while(char::is_ascii).collect();
    let out = desktop
        .command("xdotool")
        .args(["search", "--onlyvisible", "--name"])
        .arg(format!("^{}", regex_escape(&ascii)))
        .stderr(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(|l| l.trim().to_string())
}
