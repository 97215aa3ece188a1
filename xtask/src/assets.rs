//! `cargo xtask assets`: regenerates every asset the app embeds from this
//! file's own code: tray and app icons (drawn with tiny-skia), cue tones
//! (synthesized here, written with hound) and voice prompts (our words,
//! spoken by festival with the CMU ARCTIC SLT voice in English and by SVOX
//! Pico in German, Spanish and French, compressed by sox).
//! See docs/assets.md.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use tiny_skia::{
    ColorU8, FillRule, LineCap, LineJoin, Mask, Paint, Path as SkPath, PathBuilder, Pixmap, Rect,
    Stroke, Transform,
};

/// Tray icon sizes: what panels ask for at 1x and 2x.
pub const ICON_SIZES: [u32; 6] = [16, 22, 24, 32, 48, 64];
/// The app icon (notifications, the .desktop entry).
pub const APP_ICON_SIZE: u32 = 256;

/// The tray states, each with its badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconState {
    Normal,
    /// A break is due: a warm dot.
    Due,
    /// Snoozed: a small "z".
    Snoozed,
    /// Paused: two bars.
    Paused,
    /// Degraded or a config problem: a "!" triangle.
    Warning,
}

pub const ICON_STATES: [IconState; 5] = [
    IconState::Normal,
    IconState::Due,
    IconState::Snoozed,
    IconState::Paused,
    IconState::Warning,
];

impl IconState {
    pub fn name(self) -> &'static str {
        match self {
            IconState::Normal => "normal",
            IconState::Due => "due",
            IconState::Snoozed => "snoozed",
            IconState::Paused => "paused",
            IconState::Warning => "warning",
        }
    }
}

/// A language other than English: its code, Pico's voice and the speed
/// it speaks at (per cent; docs/assets.md, "Voices for German, Spanish and
/// French": German at 85 was understood best, but its lines then ran past
/// their moments; at 100 they fit, heard as docs/routines.md says).
pub struct OtherVoice {
    pub code: &'static str,
    pub pico: &'static str,
    pub speed: u32,
}

pub const OTHER_VOICES: &[OtherVoice] = &[
    OtherVoice {
        code: "de",
        pico: "de-DE",
        speed: 100,
    },
    OtherVoice {
        code: "es",
        pico: "es-ES",
        speed: 100,
    },
    OtherVoice {
        code: "fr",
        pico: "fr-FR",
        speed: 100,
    },
];

/// `cargo xtask assets [--voice LANG]...`: writes icons/, sounds/,
/// sounds/voice/ and sounds/voice/<lang>/ under `root`; with `--voice`,
/// only the clips of those languages.
pub fn run(root: &Path, target: &Path, args: &[OsString]) -> Result<()> {
    let mut only = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let code = match arg.to_str() {
            Some("--voice") => args.next().and_then(|a| a.to_str()),
            Some(a) => a.strip_prefix("--voice="),
            None => None,
        };
        let Some(voice) = code.and_then(|c| OTHER_VOICES.iter().find(|v| v.code == c)) else {
            bail!(
                "usage: cargo xtask assets [--voice LANG]... (LANG: {}; English is made by                  a plain `cargo xtask assets`)",
                OTHER_VOICES.iter().map(|v| v.code).collect::<Vec<_>>().join(", ")
            );
        };
        only.push(voice);
    }
    let scratch = root.join("target").join("xtask-assets");
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    if !only.is_empty() {
        check_sox()?;
        let pico = crate::pico::Pico::ready(target)?;
        for v in only {
            other_voice(root, v, &pico, &scratch)?;
        }
        return Ok(());
    }
    // Check the tools first, so a missing one costs no half-written tree.
    check_tools()?;
    let pico = crate::pico::Pico::ready(target)?;
    let icons = root.join("icons");
    std::fs::create_dir_all(&icons).with_context(|| format!("creating {}", icons.display()))?;
    for (name, bytes) in icon_files()? {
        write(&icons.join(name), &bytes)?;
    }
    let sounds = root.join("sounds");
    std::fs::create_dir_all(&sounds).with_context(|| format!("creating {}", sounds.display()))?;
    for tone in TONES {
        let wav = scratch.join(format!("{}.wav", tone.name));
        write(&wav, &wav_bytes(&tone.render())?)?;
        flac(&wav, &sounds.join(format!("{}.flac", tone.name)))?;
    }
    let voice_dir = sounds.join("voice");
    std::fs::create_dir_all(&voice_dir)
        .with_context(|| format!("creating {}", voice_dir.display()))?;
    let voice_bytes = voice(root, &voice_dir, &scratch)?;
    let clips = std::fs::read_to_string(voice_dir.join("manifest.tsv"))?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .count();
    println!(
        "assets: {} icons, {} tones, {clips} voice clips ({} KB of voice)",
        ICON_STATES.len() * ICON_SIZES.len() + 1,
        TONES.len(),
        voice_bytes / 1024
    );
    for v in OTHER_VOICES {
        other_voice(root, v, &pico, &scratch)?;
    }
    Ok(())
}

/// `v`'s clips of every line `unknot voice-script --lang` gives, spoken by
/// Pico, into sounds/voice/<lang>/ with its manifest.
fn other_voice(
    root: &Path,
    v: &OtherVoice,
    pico: &crate::pico::Pico,
    scratch: &Path,
) -> Result<()> {
    let dir = root.join("sounds/voice").join(v.code);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let scratch = scratch.join(v.code);
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let script = voice_script(root, v.code)?;
    let speak = |text: &str, wav: &Path| pico.speak(v.pico, v.speed, text, wav);
    let header = format!(
        "# file\tms\tsha256\ttext (written by `cargo xtask assets --voice {}`)\n",
        v.code
    );
    let (clips, bytes) = record(&script, &dir, &scratch, &header, OTHER_QUALITY, &speak)?;
    println!(
        "assets: {} voice, {clips} clips ({} KB) in {}",
        v.code,
        bytes / 1024,
        dir.display()
    );
    Ok(())
}

/// Every line `unknot voice-script --lang LANG` prints.
fn voice_script(root: &Path, lang: &str) -> Result<Vec<String>> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(root)
        .args([
            "run",
            "-q",
            "--bin",
            "unknot",
            "--",
            "voice-script",
            "--lang",
            lang,
        ])
        .stderr(Stdio::inherit())
        .output()
        .context("running `unknot voice-script`")?;
    if !out.status.success() {
        bail!(
            "`unknot voice-script --lang {lang}` failed ({})",
            out.status
        );
    }
    let script = String::from_utf8(out.stdout).context("the script is not UTF-8")?;
    Ok(script
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

/// Every icon file name with its PNG bytes, in a fixed order.
pub fn icon_files() -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for state in ICON_STATES {
        for size in ICON_SIZES {
            let png = tray_icon(state, size)
                .encode_png()
                .context("encoding a tray icon")?;
            files.push((format!("unknot-{}-{size}.png", state.name()), png));
        }
    }
    let app = app_icon().encode_png().context("encoding the app icon")?;
    files.push(("unknot.png".to_string(), app));
    Ok(files)
}

// ---------------------------------------------------------------- icons ---

/// Outline: dark enough to hold the shape on a light panel; the fills are
/// light enough to hold it on a dark one.
const INK: ColorU8 = rgb(0x10, 0x22, 0x2a);
const TEAL: ColorU8 = rgb(0x4c, 0xc9, 0xb6);
const GREY: ColorU8 = rgb(0xa9, 0xb4, 0xba);
const WARM: ColorU8 = rgb(0xff, 0x84, 0x2e);
const SNOOZE: ColorU8 = rgb(0x6f, 0x8c, 0xff);
const PAUSE: ColorU8 = rgb(0xd8, 0xdd, 0xe0);
const AMBER: ColorU8 = rgb(0xff, 0xcc, 0x2e);
const WHITE: ColorU8 = rgb(0xff, 0xff, 0xff);

const fn rgb(r: u8, g: u8, b: u8) -> ColorU8 {
    ColorU8::from_rgba(r, g, b, 255)
}

/// A pixmap with drawing in a 16-unit grid, whatever its pixel size.
struct Canvas {
    pixmap: Pixmap,
    transform: Transform,
    /// One pixel, in grid units.
    px: f32,
    /// The outline's width, in grid units.
    outline: f32,
    /// Where the figure ends at the bottom, in grid units.
    bottom: f32,
    /// Drawing is clipped to this, if set.
    clip: Option<Mask>,
}

impl Canvas {
    fn new(size: u32, grid_origin: f32, grid_size: f32) -> Canvas {
        let pixmap = Pixmap::new(size, size).expect("icon sizes are non-zero and small");
        let scale = size as f32 / grid_size;
        let px = 1.0 / scale;
        // 1 px at 16 px, growing slower than the icon so large sizes stay light.
        let outline = (size as f32 / 18.0).max(1.0) * px;
        Canvas {
            pixmap,
            transform: Transform::from_scale(scale, scale)
                .pre_translate(-grid_origin, -grid_origin),
            px,
            outline,
            bottom: 16.0 - outline,
            clip: None,
        }
    }

    fn fill(&mut self, path: &SkPath, color: ColorU8) {
        let mut paint = Paint::default();
        paint.set_color_rgba8(color.red(), color.green(), color.blue(), color.alpha());
        paint.anti_alias = true;
        self.pixmap.fill_path(
            path,
            &paint,
            FillRule::Winding,
            self.transform,
            self.clip.as_ref(),
        );
    }

    fn stroke(&mut self, path: &SkPath, color: ColorU8, width: f32) {
        let mut paint = Paint::default();
        paint.set_color_rgba8(color.red(), color.green(), color.blue(), color.alpha());
        paint.anti_alias = true;
        let stroke = Stroke {
            width,
            line_cap: LineCap::Round,
            line_join: LineJoin::Round,
            ..Stroke::default()
        };
        self.pixmap
            .stroke_path(path, &paint, &stroke, self.transform, self.clip.as_ref());
    }

    /// Fills `path` with an outline of `INK` around it.
    fn outlined(&mut self, path: &SkPath, color: ColorU8) {
        self.stroke(path, INK, self.outline * 2.0);
        self.fill(path, color);
    }
}

fn circle(x: f32, y: f32, r: f32) -> SkPath {
    PathBuilder::from_circle(x, y, r).expect("a positive radius")
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> SkPath {
    PathBuilder::from_rect(Rect::from_xywh(x, y, w, h).expect("a positive size"))
}

fn finish(pb: PathBuilder) -> SkPath {
    pb.finish().expect("a path with segments")
}

/// The figure: rounded shoulders with the head tilted to the left, as in the
/// neck side stretch, so the right side of the neck lies long and open.
fn figure(c: &mut Canvas, body: ColorU8) {
    let o = c.outline;
    let bottom = c.bottom;
    let mut pb = PathBuilder::new();
    pb.move_to(0.3 + o, bottom);
    pb.line_to(0.3 + o, 13.8);
    pb.cubic_to(0.3 + o, 10.8, 2.6, 9.4, 5.6, 9.4);
    // The neck's right side, then the long trapezius slope to the shoulder.
    pb.cubic_to(7.6, 9.4, 8.4, 7.6, 9.6, 7.8);
    pb.cubic_to(11.6, 8.2, 15.7 - o, 10.4, 15.7 - o, 13.8);
    pb.line_to(15.7 - o, bottom);
    pb.close();
    let shoulders = finish(pb);
    c.outlined(&shoulders, body);
    // The head's own outline cuts it off the shoulders.
    c.outlined(&circle(5.4, 4.9, 3.3), body);
}

/// Rounds a grid coordinate to the nearest pixel edge.
fn snap(c: &Canvas, v: f32) -> f32 {
    (v / c.px).round() * c.px
}

/// A rectangle whose edges sit on pixel edges: crisp at every size.
fn crisp_rect(c: &Canvas, x: f32, y: f32, w: f32, h: f32) -> SkPath {
    let (x0, y0) = (snap(c, x), snap(c, y));
    let (x1, y1) = (snap(c, x + w).max(x0 + c.px), snap(c, y + h).max(y0 + c.px));
    rect(x0, y0, x1 - x0, y1 - y0)
}

/// The round badge at the bottom right: centre (12, 12), 8 units across
/// with its outline.
fn badge_circle(c: &mut Canvas, fill: ColorU8) {
    let r = 4.0 - c.outline;
    c.outlined(&circle(12.0, 12.0, r), fill);
}

fn tray_icon(state: IconState, size: u32) -> Pixmap {
    let mut c = Canvas::new(size, 0.0, 16.0);
    draw_state(&mut c, state);
    c.pixmap
}

fn draw_state(c: &mut Canvas, state: IconState) {
    let body = match state {
        IconState::Normal | IconState::Due | IconState::Warning => TEAL,
        IconState::Snoozed | IconState::Paused => GREY,
    };
    figure(c, body);
    match state {
        IconState::Normal => {}
        IconState::Due => badge_circle(c, WARM),
        IconState::Snoozed => {
            badge_circle(c, SNOOZE);
            // A "z" on pixel centres (1 px wide at 16 px).
            let w = snap(c, 1.0).max(c.px);
            let centre = |v: f32| snap(c, v - w / 2.0) + w / 2.0;
            let (a, b) = (centre(10.5), centre(13.5));
            let mut pb = PathBuilder::new();
            pb.move_to(a, a);
            pb.line_to(b, a);
            pb.line_to(a, b);
            pb.line_to(b, b);
            let z = finish(pb);
            let mut stroke_c = |path: &SkPath| c.stroke(path, WHITE, w);
            stroke_c(&z);
        }
        IconState::Paused => {
            badge_circle(c, INK);
            let left = crisp_rect(c, 10.0, 10.0, 1.0, 4.0);
            let right = crisp_rect(c, 13.0, 10.0, 1.0, 4.0);
            c.fill(&left, PAUSE);
            c.fill(&right, PAUSE);
        }
        IconState::Warning => {
            let o = c.outline;
            let mut pb = PathBuilder::new();
            pb.move_to(11.5, 7.0 + o);
            pb.line_to(15.5 - o / 2.0, 15.0);
            pb.line_to(7.5 + o / 2.0, 15.0);
            pb.close();
            let tri = finish(pb);
            c.stroke(&tri, INK, o * 2.0);
            c.fill(&tri, AMBER);
            let bar = crisp_rect(c, 11.0, 10.0, 1.0, 2.5);
            let dot = crisp_rect(c, 11.0, 13.0, 1.0, 1.0);
            c.fill(&bar, INK);
            c.fill(&dot, INK);
        }
    }
}

fn app_icon() -> Pixmap {
    // The same figure on a round plate, cut off by the plate's edge like a
    // portrait, with a light ring so the plate holds on a dark background.
    let mut c = Canvas::new(APP_ICON_SIZE, -2.0, 20.0);
    let plate = circle(8.0, 8.0, 9.4);
    c.fill(&plate, rgb(0x1b, 0x3a, 0x44));
    let mut clip = Mask::new(APP_ICON_SIZE, APP_ICON_SIZE).expect("a non-zero size");
    clip.fill_path(&plate, FillRule::Winding, true, c.transform);
    c.clip = Some(clip);
    c.outline = c.px * 8.0;
    c.bottom = 20.0;
    figure(&mut c, TEAL);
    c.clip = None;
    c.stroke(&plate, TEAL, c.px * 6.0);
    c.pixmap
}

// ---------------------------------------------------------------- tones ---

/// The cue tones' sample rate.
pub const RATE: u32 = 48_000;
/// Every tone is normalised to this peak: -6 dBFS.
pub const PEAK: f64 = 0.5;
/// Fade in and out, so no tone starts or ends with a click.
const FADE_S: f64 = 0.005;

/// One cue tone: its file name and how to make it.
pub struct Tone {
    pub name: &'static str,
    make: fn(&mut Synth),
}

pub const TONES: &[Tone] = &[
    Tone {
        name: "exercise-start",
        // A gentle two-note chime, a fourth up.
        make: |s| {
            s.bell(0.0, 659.26, 0.9, 0.35);
            s.bell(0.16, 880.0, 0.9, 0.45);
        },
    },
    Tone {
        name: "phase-effort",
        // Hold, press, raise: a soft high note.
        make: |s| s.bell(0.0, 784.0, 0.45, 0.16),
    },
    Tone {
        name: "phase-ease",
        // Lower, release, rest: the same note a fifth lower.
        make: |s| s.bell(0.0, 523.25, 0.45, 0.16),
    },
    Tone {
        name: "tick",
        // The last seconds of a phase: short and dry.
        make: |s| {
            s.note(0.0, 1320.0, 0.06, 0.014, &[1.0, 0.0, 0.15], Wave::Sine);
        },
    },
    Tone {
        name: "switch-sides",
        // Two triangle tones, down and up again: unlike any other cue.
        make: |s| {
            for (at, f) in [(0.0, 880.0), (0.15, 587.33), (0.30, 880.0)] {
                s.note(at, f, 0.14, 0.09, &[1.0], Wave::Triangle);
            }
        },
    },
    Tone {
        name: "done",
        // The routine is done: a rising major triad.
        make: |s| {
            s.bell(0.0, 523.25, 0.7, 0.3);
            s.bell(0.18, 659.26, 0.7, 0.3);
            s.bell(0.36, 783.99, 1.0, 0.5);
        },
    },
];

impl Tone {
    /// The tone as 16-bit samples, normalised to `PEAK`. Deterministic.
    pub fn render(&self) -> Vec<i16> {
        let mut synth = Synth::default();
        (self.make)(&mut synth);
        synth.finish()
    }
}

#[derive(Clone, Copy)]
enum Wave {
    Sine,
    Triangle,
}

impl Wave {
    fn at(self, phase: f64) -> f64 {
        match self {
            Wave::Sine => (std::f64::consts::TAU * phase).sin(),
            Wave::Triangle => {
                let p = phase.rem_euclid(1.0);
                // Starts at 0 and rises, like the sine.
                if p < 0.25 {
                    4.0 * p
                } else if p < 0.75 {
                    2.0 - 4.0 * p
                } else {
                    4.0 * p - 4.0
                }
            }
        }
    }
}

/// A mono f64 mix buffer at `RATE`.
#[derive(Default)]
pub struct Synth {
    buf: Vec<f64>,
}

impl Synth {
    fn ensure(&mut self, len: usize) {
        if self.buf.len() < len {
            self.buf.resize(len, 0.0);
        }
    }

    /// A struck note: `FADE_S` attack, exponential decay with time constant
    /// `tau`, a fade to zero at `dur`; `partials` weights harmonics 1, 2, 3…
    fn note(&mut self, at: f64, freq: f64, dur: f64, tau: f64, partials: &[f64], wave: Wave) {
        let start = (at * RATE as f64).round() as usize;
        let n = (dur * RATE as f64).round() as usize;
        self.ensure(start + n);
        for i in 0..n {
            let t = i as f64 / RATE as f64;
            let env = fades(t, dur, FADE_S, 0.02) * (-t / tau).exp();
            let mut v = 0.0;
            for (k, w) in partials.iter().enumerate() {
                v += w * wave.at(freq * (k + 1) as f64 * t);
            }
            self.buf[start + i] += env * v;
        }
    }

    /// A soft bell: a sine with a little second and third harmonic.
    fn bell(&mut self, at: f64, freq: f64, dur: f64, tau: f64) {
        self.note(at, freq, dur, tau, &[1.0, 0.18, 0.05], Wave::Sine);
    }

    fn finish(self) -> Vec<i16> {
        let peak = self.buf.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        let gain = if peak > 0.0 { PEAK / peak } else { 0.0 };
        self.buf
            .iter()
            .map(|v| (v * gain * i16::MAX as f64).round() as i16)
            .collect()
    }
}

/// A linear fade in over `fade_in` and out over `fade_out`.
fn fades(t: f64, dur: f64, fade_in: f64, fade_out: f64) -> f64 {
    let a = (t / fade_in).min(1.0);
    let b = ((dur - t) / fade_out).clamp(0.0, 1.0);
    a * b
}

/// 16-bit mono PCM WAV at `RATE`.
pub fn wav_bytes(samples: &[i16]) -> Result<Vec<u8>> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut w = hound::WavWriter::new(&mut out, spec).context("starting a WAV")?;
        for &s in samples {
            w.write_sample(s).context("writing a WAV sample")?;
        }
        w.finalize().context("finishing a WAV")?;
    }
    Ok(out.into_inner())
}

/// Has sox compress `wav` losslessly into the FLAC `out`: a fifth of the
/// bytes the app embeds, the same samples.
fn flac(wav: &Path, out: &Path) -> Result<()> {
    let status = Command::new("sox")
        .args(["-R", "-V1"])
        .arg(wav)
        .args(["-C", "8"])
        .arg(out)
        .status()
        .context("running sox")?;
    if !status.success() {
        bail!("sox failed on {} ({status})", wav.display());
    }
    Ok(())
}

// ---------------------------------------------------------------- voice ---

/// How festival speaks: the CMU ARCTIC SLT voice (HTS) at its own pace and
/// with its lexicon's pronunciations, the choices an offline recogniser
/// understood best of those tried (docs/assets.md).
const FESTIVAL_SETUP: &str = r#"(voice_cmu_us_slt_arctic_hts)
(set! hts_engine_params
  (append cmu_us_slt_arctic_hts::hts_engine_params '(("-r" SPEED))))
"#;
/// The HTS engine's speed (below 1: slower).
const FESTIVAL_SPEED: f64 = 1.0;
/// The voice clips' sample rate: the voice is modelled at 32 kHz, but its
/// speech lies below 8 kHz, and half the rate makes smaller clips.
pub const VOICE_RATE: u32 = 16_000;
/// Silence is trimmed from a clip's ends up to the first sound above this
/// (of full scale, before the loudness gain). At 0.5 % the trim took the
/// quiet starts and ends of words with them: the "h" of "Hold it there."
/// (heard as "fold it there"), the voicing before the "b" of "Blades down."
/// ("lades down"), the release of the "p" in "Lift up." (0.1 s).
const TRIM_BELOW: &str = "0.1%";
/// Ogg Vorbis quality (sox `-C`), from -1 to 10: English's clips are in
/// the binary, whose size has a limit.
const VORBIS_QUALITY: &str = "0";
/// The other languages' clips are data files: quality 3 (about 41 instead
/// of 30 kbit/s) brought Pico's German and French back to the word error
/// rates of the raw WAVs, where 0 cost 3–7 points (docs/assets.md).
const OTHER_QUALITY: &str = "3";
/// Spoken clips of a second or more are brought to this integrated loudness
/// (EBU R128), shorter ones (too short to measure) to `VOICE_PEAK_DB`.
pub const VOICE_LUFS: f64 = -18.0;
pub const VOICE_PEAK_DB: f64 = -4.0;

/// Writes one clip per line of `unknot voice-script` into `dir` and the
/// manifest (file, length, SHA-256, text); removes clips no line uses.
fn voice(root: &Path, dir: &Path, scratch: &Path) -> Result<u64> {
    let script = voice_script(root, "en")?;
    let header = "# file\tms\tsha256\ttext (written by `cargo xtask assets`)\n";
    let (_, bytes) = record(&script, dir, scratch, header, VORBIS_QUALITY, &festival)?;
    Ok(bytes)
}

/// Has `speak` say each of `script` into a WAV, makes each a clip in `dir`
/// (trimmed, one loudness, Ogg Vorbis at `quality`), writes the manifest
/// and removes the clips no line uses. Returns the clips and their bytes.
fn record(
    script: &[String],
    dir: &Path,
    scratch: &Path,
    header: &str,
    quality: &str,
    speak: &dyn Fn(&str, &Path) -> Result<()>,
) -> Result<(usize, u64)> {
    let mut manifest = header.to_string();
    let mut files = Vec::new();
    let mut bytes = 0;
    for text in script {
        let file = format!("{}.ogg", slug(text));
        if files.contains(&file) {
            bail!("two lines make the file name {file}; reword one");
        }
        let wav = scratch.join(format!("{}.wav", slug(text)));
        speak(text, &wav)?;
        let ms = make_clip(&wav, &dir.join(&file), quality)?;
        let ogg = std::fs::read(dir.join(&file)).context("reading a clip back")?;
        bytes += ogg.len() as u64;
        manifest.push_str(&format!("{file}\t{ms}\t{}\t{text}\n", sha256_hex(&ogg)));
        files.push(file);
    }
    for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".ogg") && !files.iter().any(|f| f == name) {
            std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        }
    }
    write(&dir.join("manifest.tsv"), manifest.as_bytes())?;
    Ok((files.len(), bytes))
}

/// A file stem from a line's first words: "Tip your left ear…" →
/// "tip-your-left-ear-toward"; accented letters lose their accents
/// ("Hände" → "haende", "línea" → "linea").
pub fn slug(text: &str) -> String {
    let plain: String = text.chars().map(unaccented).collect();
    let words: Vec<String> = plain
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('\'', "").to_ascii_lowercase())
        .collect();
    let mut slug = words.iter().take(6).cloned().collect::<Vec<_>>().join("-");
    if words.len() > 6 {
        // Two long lines may share their first six words.
        let tail = words[words.len() - 2..].join("-");
        slug = format!("{slug}--{tail}");
    }
    slug
}

/// The letters of German, Spanish and French, without their accents, for
/// file names (ASCII, as every file the package installs).
fn unaccented(c: char) -> String {
    let s = match c {
        'ä' | 'Ä' => "ae",
        'ö' | 'Ö' => "oe",
        'ü' | 'Ü' => "ue",
        'ß' => "ss",
        'á' | 'à' | 'â' | 'Á' | 'À' | 'Â' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'Ó' | 'Ô' => "o",
        'ú' | 'ù' | 'û' | 'Ú' | 'Û' => "u",
        'ñ' | 'Ñ' => "n",
        'ç' | 'Ç' => "c",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ÿ' => "y",
        c => return c.to_string(),
    };
    s.to_string()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Speaks `text` into `wav` with festival.
fn festival(text: &str, wav: &Path) -> Result<()> {
    let setup = wav.with_extension("scm");
    write(
        &setup,
        FESTIVAL_SETUP
            .replace("SPEED", &FESTIVAL_SPEED.to_string())
            .as_bytes(),
    )?;
    let said = wav.with_extension("txt");
    write(&said, text.as_bytes())?;
    let status = Command::new("text2wave")
        .arg("-eval")
        .arg(&setup)
        .arg(&said)
        .arg("-o")
        .arg(wav)
        .stdout(Stdio::null())
        .status()
        .context("running festival's text2wave")?;
    if !status.success() {
        bail!("text2wave failed on {text:?} ({status})");
    }
    Ok(())
}

/// Has sox trim the silence at both ends of the spoken `wav`; brings it to
/// one loudness; encodes `out` (Ogg Vorbis at `quality`). Returns the
/// clip's length in ms.
fn make_clip(wav: &Path, out: &Path, quality: &str) -> Result<u64> {
    let trimmed = wav.with_extension("trim.wav");
    sox(&[
        wav.as_os_str(),
        "-r".as_ref(),
        VOICE_RATE.to_string().as_ref(),
        "-c".as_ref(),
        "1".as_ref(),
        "-b".as_ref(),
        "16".as_ref(),
        trimmed.as_os_str(),
        // Trim the silence at the start, then (reversed) at the end, fading
        // the cut edges: 30 ms out, 5 ms in.
        "silence".as_ref(),
        "1".as_ref(),
        "0.01".as_ref(),
        TRIM_BELOW.as_ref(),
        "reverse".as_ref(),
        "silence".as_ref(),
        "1".as_ref(),
        "0.01".as_ref(),
        TRIM_BELOW.as_ref(),
        "fade".as_ref(),
        "t".as_ref(),
        "0.03".as_ref(),
        "reverse".as_ref(),
        "fade".as_ref(),
        "t".as_ref(),
        "0.005".as_ref(),
    ])?;
    let samples = read_mono(&trimmed)?;
    let mut gain_db = loudness_gain(&samples, VOICE_RATE)?;
    // Vorbis at quality 0 takes off some of the highs, and with them up to
    // 1.3 dB of loudness (R128 weighs the highs up) or 2.5 dB of a short
    // clip's peak, and a peak moves with the encoding: each encoding is
    // measured again as decoded, and made again with the difference until it
    // is within half a dB (at most four times).
    let decoded = wav.with_extension("decoded.wav");
    for _ in 0..4 {
        encode(&trimmed, out, gain_db, quality)?;
        sox(&[
            out.as_os_str(),
            "-b".as_ref(),
            "16".as_ref(),
            decoded.as_os_str(),
        ])?;
        let off_db = loudness_gain(&read_mono(&decoded)?, VOICE_RATE)?;
        if off_db.abs() < 0.5 {
            break;
        }
        gain_db += off_db;
    }
    Ok(samples.len() as u64 * 1000 / u64::from(VOICE_RATE))
}

/// Encodes `wav` into the Ogg Vorbis `out` at `quality`, `gain_db` louder.
fn encode(wav: &Path, out: &Path, gain_db: f64, quality: &str) -> Result<()> {
    // -R: repeatable dither and Ogg serial numbers, so reruns give the same bytes.
    sox(&[
        wav.as_os_str(),
        "-C".as_ref(),
        quality.as_ref(),
        out.as_os_str(),
        // -l: a limiter where the gain would clip a peak (a few plosives).
        "gain".as_ref(),
        "-l".as_ref(),
        format!("{gain_db:.2}").as_ref(),
    ])
}

fn sox(args: &[&std::ffi::OsStr]) -> Result<()> {
    let status = Command::new("sox")
        .args(["-R", "-V1"])
        .args(args)
        .status()
        .context("running sox")?;
    if !status.success() {
        bail!("sox failed ({status}): {args:?}");
    }
    Ok(())
}

fn read_mono(wav: &Path) -> Result<Vec<f32>> {
    let mut reader =
        hound::WavReader::open(wav).with_context(|| format!("reading {}", wav.display()))?;
    reader
        .samples::<i16>()
        .map(|s| s.map(|v| f32::from(v) / 32768.0))
        .collect::<Result<_, _>>()
        .with_context(|| format!("reading {}", wav.display()))
}

/// The gain (dB) that brings a clip to `VOICE_LUFS`, or for a clip under a
/// second, its peak to `VOICE_PEAK_DB`.
pub fn loudness_gain(samples: &[f32], rate: u32) -> Result<f64> {
    if samples.len() >= rate as usize {
        Ok(VOICE_LUFS - loudness(samples, rate)?)
    } else {
        Ok(VOICE_PEAK_DB - peak_db(samples))
    }
}

/// Integrated loudness (LUFS, EBU R128) of mono samples.
pub fn loudness(samples: &[f32], rate: u32) -> Result<f64> {
    let mut meter = ebur128::EbuR128::new(1, rate, ebur128::Mode::I)
        .map_err(|e| anyhow::anyhow!("loudness meter: {e}"))?;
    meter
        .add_frames_f32(samples)
        .map_err(|e| anyhow::anyhow!("loudness meter: {e}"))?;
    meter
        .loudness_global()
        .map_err(|e| anyhow::anyhow!("loudness meter: {e}"))
}

pub fn peak_db(samples: &[f32]) -> f64 {
    let peak = samples.iter().fold(0.0_f32, |m, v| m.max(v.abs()));
    20.0 * f64::from(peak.max(1e-9)).log10()
}

/// sox with Ogg Vorbis, for the other languages' clips alone.
fn check_sox() -> Result<()> {
    let help = Command::new("sox")
        .arg("-h")
        .stderr(Stdio::null())
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let vorbis = help
        .lines()
        .find(|l| l.starts_with("AUDIO FILE FORMATS:"))
        .is_some_and(|l| l.split_whitespace().any(|w| w == "vorbis"));
    if !vorbis {
        bail!("`cargo xtask assets --voice` needs sox with Ogg Vorbis: sudo apt-get install sox libsox-fmt-base");
    }
    Ok(())
}

/// festival with the SLT voice and sox (with Ogg Vorbis and FLAC) must be
/// installed; says which packages if not (`packages::ASSETS`).
fn check_tools() -> Result<()> {
    let has = |program: &str, arg: &str| {
        Command::new(program)
            .arg(arg)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let mut missing = Vec::new();
    if has("festival", "--version").is_none() {
        missing.push("festival");
    }
    let voice = Command::new("festival")
        .args(["--batch", "(voice_cmu_us_slt_arctic_hts)"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !voice {
        missing.push("festvox-us-slt-hts");
    }
    match has("sox", "-h") {
        None => missing.push("sox"),
        Some(help) => {
            let formats = help
                .lines()
                .find(|l| l.starts_with("AUDIO FILE FORMATS:"))
                .unwrap_or_default();
            let has_format = |f: &str| formats.split_whitespace().any(|w| w == f);
            if !has_format("vorbis") || !has_format("flac") {
                missing.push("libsox-fmt-base");
            }
        }
    }
    if !missing.is_empty() {
        bail!(
            "`cargo xtask assets` needs {}: install with\n  \
             sudo apt-get install {}\n  \
             (Fedora: sudo dnf install festival festvox-slt-arctic-hts sox)",
            missing.join(", "),
            missing.join(" ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives in the workspace")
            .to_path_buf()
    }

    #[test]
    fn committed_icons_are_what_the_generator_draws() {
        for (name, bytes) in icon_files().expect("icons encode") {
            let path = root().join("icons").join(&name);
            let committed = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask assets`", path.display()));
            assert!(
                committed == bytes,
                "{name} differs from the generator; run `cargo xtask assets`"
            );
        }
    }

    #[test]
    fn committed_tones_are_what_the_generator_synthesizes() {
        for tone in TONES {
            let path = root().join("sounds").join(format!("{}.flac", tone.name));
            let mut reader = claxon::FlacReader::open(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask assets`", path.display()));
            let info = reader.streaminfo();
            assert_eq!(
                (info.channels, info.sample_rate, info.bits_per_sample),
                (1, RATE, 16),
                "{}",
                tone.name
            );
            let committed: Vec<i16> = reader
                .samples()
                .map(|s| s.map(|s| s as i16))
                .collect::<Result<_, _>>()
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(
                committed == tone.render(),
                "{} differs from the generator; run `cargo xtask assets`",
                tone.name
            );
        }
    }

    #[test]
    fn tones_start_at_once_without_a_click_and_peak_at_minus_6_dbfs() {
        for tone in TONES {
            let s = tone.render();
            let peak = s.iter().map(|v| v.unsigned_abs()).max().unwrap_or(0);
            let want = (PEAK * i16::MAX as f64) as u16;
            assert!(peak.abs_diff(want) <= 1, "{}: peak {peak}", tone.name);
            // Onset: above -40 dBFS within the first millisecond.
            let ms = (RATE / 1000) as usize;
            let threshold = (0.01 * i16::MAX as f64) as u16;
            assert!(
                s[..ms].iter().any(|v| v.unsigned_abs() > threshold),
                "{}: no onset in the first ms",
                tone.name
            );
            // No click: the first and last samples are near zero, and no
            // step between samples is larger than a full-scale 4 kHz sine's.
            assert!(s[0].unsigned_abs() < 200 && s[s.len() - 1].unsigned_abs() < 200);
            let max_step = s
                .windows(2)
                .map(|w| (w[1] as i32 - w[0] as i32).unsigned_abs())
                .max()
                .unwrap_or(0);
            assert!(max_step < 8000, "{}: a step of {max_step}", tone.name);
        }
    }

    #[test]
    fn every_committed_clip_is_named_by_its_slug() {
        for manifest in [
            "manifest.tsv",
            "de/manifest.tsv",
            "es/manifest.tsv",
            "fr/manifest.tsv",
        ] {
            let path = root().join("sounds/voice").join(manifest);
            let text = std::fs::read_to_string(&path).expect("a manifest");
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let mut f = line.splitn(4, '\t');
                let (file, text) = (f.next().unwrap_or(""), f.nth(2).unwrap_or(""));
                assert_eq!(format!("{}.ogg", slug(text)), file, "{manifest}");
            }
        }
        assert_eq!(
            slug("Lass die Hände schwer hängen."),
            "lass-die-haende-schwer-haengen"
        );
        assert_eq!(
            slug("Respire lentement, ça détend."),
            "respire-lentement-ca-detend"
        );
    }

    #[test]
    fn the_exhale_is_longer_than_the_inhale_and_the_tick_is_short() {
        let len = |name: &str| {
            TONES
                .iter()
                .find(|t| t.name == name)
                .map(|t| t.render().len() as f64 / RATE as f64)
                .expect("a tone by that name")
        };
        assert!(len("tick") < 0.15);
    }
}
