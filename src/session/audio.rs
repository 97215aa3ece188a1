//! The guided session's sound: embedded cue tones and voice prompts, decoded
//! with rodio and mixed into a cpal output while a session runs.
//! `routine::sound::clips_for` (pure) decides what a cue sounds like;
//! `AudioSession` plays it.
//!
//! An open output wakes the CPU every period (10 ms with PulseAudio), so an
//! `AudioSession` exists only while a guided session runs and closes on drop.
//! Clips are decoded before their moment (the tones when the session opens,
//! a spoken line by `prepare` a few seconds ahead), so `play` only hands
//! buffers and a start frame to the session's scheduler (the output callback itself),
//! which starts them at that exact frame: every cue sounds the same fixed
//! delay after `play`, instead of wherever the output's period happens to be.

use std::collections::HashMap;
use std::io::Cursor;
use std::num::NonZero;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;
use rodio::cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use rodio::cpal::{self, BufferSize, FromSample, SampleFormat, SizedSample, StreamConfig};
use rodio::source::UniformSourceIterator;
use rodio::{Decoder, Source};

use crate::platform::voice_files::{self, Source as VoiceSource};
use crate::routine::sound::shares_a_tone;
pub use crate::routine::sound::{clips_for, CueSound, Tone, VOICE_AFTER};
use crate::routine::timeline::{Cue, CueKind, Timeline};
use crate::routine::voice;
use crate::ui::player::Said;
use unknot::i18n::{self, Lang};

impl AudioTone for Tone {
    fn bytes(self) -> &'static [u8] {
        // Statics, not constants: a constant is copied into every codegen
        // unit that inlines this (the release binary held the clips twice),
        // and `page_out` must release the copy `decode` read.
        static EXERCISE_START: &[u8] = include_bytes!("../../sounds/exercise-start.flac");
        static PHASE_EFFORT: &[u8] = include_bytes!("../../sounds/phase-effort.flac");
        static PHASE_EASE: &[u8] = include_bytes!("../../sounds/phase-ease.flac");
        static TICK: &[u8] = include_bytes!("../../sounds/tick.flac");
        static SWITCH_SIDES: &[u8] = include_bytes!("../../sounds/switch-sides.flac");
        static DONE: &[u8] = include_bytes!("../../sounds/done.flac");
        match self {
            Tone::ExerciseStart => EXERCISE_START,
            Tone::PhaseEffort => PHASE_EFFORT,
            Tone::PhaseEase => PHASE_EASE,
            Tone::Tick => TICK,
            Tone::SwitchSides => SWITCH_SIDES,
            Tone::Done => DONE,
        }
    }
}

/// The embedded sound of a tone.
trait AudioTone {
    fn bytes(self) -> &'static [u8];
}

// `VOICE_CLIPS`: file name → bytes of every clip in sounds/voice/manifest.tsv.
include!(concat!(env!("OUT_DIR"), "/voice_clips.rs"));

/// The embedded bytes of the English clip that speaks `text`.
fn voice_bytes(text: &str) -> Option<&'static [u8]> {
    let file = voice::clips_in(Lang::En)
        .iter()
        .find(|c| c.text == text)?
        .file;
    VOICE_CLIPS
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, b)| *b)
}

/// The voice a session speaks with: `lang`'s clips if the session has the
/// voice on and the language has them whole (`platform::voice_files`), else
/// none, and the session plays tones and shows the text: never another
/// language's clips, never some of the lines.
pub fn session_voice(voice: bool, lang: Lang) -> Option<(Lang, VoiceSource)> {
    if !voice {
        return None;
    }
    match voice_files::find(lang) {
        Ok(source) => Some((lang, source)),
        Err(e) => {
            eprintln!("unknot: voice: {e}; the session plays tones and shows the text");
            None
        }
    }
}

/// A breath's glide at `rate`, lasting the whole breath: an exponential
/// pitch glide over a fifth (up while breathing in, down while breathing
/// out), swelling toward the end of an inhale and fading through an exhale,
/// with short fades at both ends so consecutive breaths join without a
/// click. Peak 0.5, like the other tones. Pure.
pub fn breath_glide(rate: u32, ms: u64, inhale: bool) -> Vec<f32> {
    const LOW: f64 = 261.63;
    const HIGH: f64 = 392.0;
    const EDGE_S: f64 = 0.04;
    let rate_f = f64::from(rate);
    let dur = ms as f64 / 1000.0;
    let n = (dur * rate_f).round() as usize;
    let (f0, f1) = if inhale { (LOW, HIGH) } else { (HIGH, LOW) };
    let mut out = Vec::with_capacity(n);
    let mut phase = 0.0_f64;
    // f0 · (f1/f0)^x, one multiplication a sample (a `powf` a sample was
    // half the cost of making a glide).
    let step = (f1 / f0).powf(1.0 / (dur * rate_f));
    let mut freq = f0;
    for i in 0..n {
        let t = i as f64 / rate_f;
        let x = t / dur;
        let shape = if inhale {
            0.45 + 0.55 * smoothstep((x / 0.85).min(1.0))
        } else {
            0.35 + 0.65 * (1.0 - smoothstep(x))
        };
        let edge = (t / EDGE_S).min((dur - t) / EDGE_S).clamp(0.0, 1.0);
        // The fundamental and its octave from one sin_cos: sin 2a = 2 sin a cos a.
        let (sin, cos) = (std::f64::consts::TAU * phase).sin_cos();
        let v = sin + 0.2 * (2.0 * sin * cos);
        out.push((0.5 / 1.2 * 0.7 * shape * edge * v) as f32);
        phase = (phase + freq / rate_f).rem_euclid(1.0);
        freq *= step;
    }
    out
}

fn smoothstep(x: f64) -> f64 {
    let x = x.clamp(0.0, 1.0);
    x * x * (3.0 - 2.0 * x)
}

/// Why sound is off for this session.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error("no audio output: no output device")]
    NoDevice,
    /// cpal's reason is part of the message: the window shows only this line.
    #[error("no audio output: {0}")]
    NoOutput(cpal::Error),
}

/// The sound of one guided session: an open output, the decoded clips and
/// the scheduler that mixes them. Dropping it closes the output.
pub struct AudioSession {
    clips: Clips,
    to_scheduler: Sender<Scheduled>,
    timing: Arc<Mutex<Timing>>,
    rate: u32,
    /// The gain the output applies (f32 bits), so mute and volume changes
    /// reach sounds already playing.
    gain: Arc<AtomicU32>,
    volume: u8,
    muted: bool,
    voice: bool,
    failure: Arc<Failure>,
    _stream: cpal::Stream,
}

/// An output that has failed for good: the stream's errors keep coming (a
/// sound server gone mid-session), and cpal's thread goes round its loop
/// on them at full speed (a whole core) until the stream is dropped. Said
/// once, to whoever asked (`AudioSession::on_failure`).
#[derive(Default)]
struct Failure {
    failed: std::sync::atomic::AtomicBool,
    hook: Mutex<Option<Box<dyn Fn() + Send>>>,
}

impl Failure {
    fn fail(&self) {
        if !self.failed.swap(true, Ordering::AcqRel) {
            eprintln!("unknot: audio: the output keeps failing; the break goes on without sound");
            if let Some(hook) = self.hook.lock().ok().as_deref().and_then(Option::as_ref) {
                hook();
            }
        }
    }
}

/// A stream whose errors come this often has failed (a stall or a brief
/// restart gives a handful) if it has also taken no samples for `STARVED`.
const FAILING: (u32, Duration) = (200, Duration::from_secs(2));
/// Long enough that a sound server's stall (up to 2 s seen on a null sink
/// at start-up, `START_LIMIT`) is waited out.
const STARVED: Duration = Duration::from_secs(3);

/// How long `open` waits for the output to start consuming audio in real
/// time. A PulseAudio null sink was seen to stall up to 2 s after taking the
/// first periods.
const START_LIMIT: Duration = Duration::from_secs(3);
/// The output's stream errors are printed, but not one per audio period.
const MAX_ERROR_LINES: u32 = 5;

/// The output buffer asked of the device. cpal splits it into two periods
/// (PulseAudio's ALSA plugin into three, here 20 ms each), and a cue sounds
/// about one buffer and one period after `play`, plus the sound server's
/// own latency. Smaller buffers wake the CPU more often and underrun sooner
/// on a busy machine. Measured in a hold (window and audio, schedstat),
/// 30 / 40 / 45 / 60 ms cost 1.65 / 1.3 / 1.35 / 1.05 % of a core; rodio's
/// default (85 ms) made Space → sound ~160 ms. Periods of whole 5 ms also
/// keep the bench's PulseAudio null sink on time: with 36–50 ms buffers
/// (periods of 12–16.7 ms) its clock ran 50–120 ppm fast (it counts whole
/// microseconds per rendered chunk), with 30, 45 and 60 ms within 3 ppm.
/// 30 ms until issue 32; 45 ms brought a hold's CPU under its must (2.5 %)
/// for a Space → sound of 60 ms instead of 45 (bench, must ≤ 100 ms), but
/// only just (2.40–2.60 % in quiet full runs, the Y-raise reps 3.37–4.31 %
/// against 3.5). 60 ms since 8 December: the two audio threads' run time in
/// a hold fell by a quarter (77–94 → 57–69 ms per 10 s, two runs each,
/// schedstat), and the full bench read the hold at 1.50 % and the reps at
/// 2.69 %, Space → sound 83 ms.
const BUFFER: Duration = Duration::from_millis(60);

impl AudioSession {
    /// Opens the default output, decodes every clip and blocks until the
    /// output runs at pace (a few periods after it starts; at most
    /// `START_LIMIT`), so the first cue is on time. `AudioSession` is
    /// `Send`: a caller that must not block can open it on another thread.
    /// `volume` is 0–100; `voice` adds the spoken prompts, in the current
    /// language if its clips are there whole (`session_voice`; `voice()`
    /// says whether they were). No output (no device, no sound server) is
    /// an `Err`, never a panic: the session runs silent.
    pub fn open(volume: u8, voice: bool) -> Result<AudioSession, AudioError> {
        let speaker = session_voice(voice, i18n::current());
        let host = cpal::host_from_id(cpal::HostId::Alsa).map_err(AudioError::NoOutput)?;
        let device = host.default_output_device().ok_or(AudioError::NoDevice)?;
        let supported = device
            .default_output_config()
            .map_err(AudioError::NoOutput)?;
        let rate = supported.sample_rate();
        let timing = Arc::new(Mutex::new(Timing::new(now(), rate)));
        let gain = Arc::new(AtomicU32::new(0));
        let failure = Arc::new(Failure::default());
        let (stream, to_scheduler) = start_output(&device, &supported, &timing, &gain, &failure)?;
        let rate = NonZero::new(rate).ok_or(AudioError::NoDevice)?;
        let session = AudioSession {
            voice: speaker.is_some(),
            // Decoded while the output starts up.
            clips: Clips::decode(rate, speaker),
            to_scheduler,
            timing,
            rate: rate.get(),
            gain,
            volume: volume.min(100),
            muted: false,
            failure,
            _stream: stream,
        };
        session.update_gain();
        if !session.wait_until_running(START_LIMIT) {
            eprintln!(
                "unknot: audio: the output has not started after {} s; cues may be late",
                START_LIMIT.as_secs()
            );
        }
        Ok(session)
    }

    /// Calls `hook` (from the output's thread, once) if the output fails for
    /// good; at once if it already has. The owner then drops the session.
    pub fn on_failure(&self, hook: impl Fn() + Send + 'static) {
        if let Ok(mut slot) = self.failure.hook.lock() {
            *slot = Some(Box::new(hook));
        }
        if self.failure.failed.load(Ordering::Acquire) {
            if let Some(hook) = self
                .failure
                .hook
                .lock()
                .ok()
                .as_deref()
                .and_then(Option::as_ref)
            {
                hook();
            }
        }
    }

    /// Starts the sound for `cue` now, mixed over anything still playing.
    /// Every cue sounds the same fixed delay after its call (the output's
    /// latency plus one period), so the gaps between cues are kept to the
    /// sample.
    pub fn play(&mut self, cue: &Cue, timeline: &Timeline) {
        self.play_late(cue, timeline, Duration::ZERO);
    }

    /// Like `play`, for a cue that was due `late` ago (the window woke up
    /// late): it sounds where it would have, had `play` been called on time,
    /// as far as the output still allows.
    pub fn play_late(&mut self, cue: &Cue, timeline: &Timeline, late: Duration) {
        if self.muted || self.volume == 0 {
            return;
        }
        let start = self.frame_for(now().checked_sub(late).unwrap_or_else(now));
        let mut parts = Vec::new();
        for clip in clips_for(cue, timeline, self.voice) {
            let samples = match clip {
                CueSound::Tone(tone) => self.clips.tone(tone),
                CueSound::Breath { inhale, ms } => self.clips.breath(inhale, ms),
                CueSound::Voice(text) => match self.clips.voice(text) {
                    Some(samples) => samples,
                    None => continue,
                },
            };
            let offset = match clip {
                CueSound::Voice(_) if shares_a_tone(cue.at_ms, timeline) => {
                    self.frames(VOICE_AFTER)
                }
                _ => 0,
            };
            parts.push((offset, samples));
        }
        if !parts.is_empty() {
            // A closed channel means the output is gone; the session is silent.
            let _ = self.to_scheduler.send(Scheduled {
                start,
                parts,
                hush: false,
            });
        }
    }

    /// Says `lines` from now, each at its `after_ms`: the lines the player
    /// says outside the timeline (`Player::take_said`). With `hush`, what
    /// is still playing or waiting is cut off first ("Stop — it hurt").
    pub fn say(&mut self, hush: bool, lines: &[Said]) {
        if self.muted || self.volume == 0 {
            return;
        }
        if hush {
            // Silence first, before any clip is decoded: after "Stop — it
            // hurt" the breath's sound ends at the key, not when the calm
            // lines are ready (decoding them took 0.1–0.5 s in a debug build).
            let start = self.frame_for(now());
            let _ = self.to_scheduler.send(Scheduled {
                start,
                parts: Vec::new(),
                hush: true,
            });
        }
        let mut parts = Vec::new();
        if self.voice {
            for line in lines {
                if let Some(samples) = self.clips.voice(line.text) {
                    parts.push((self.frames(Duration::from_millis(line.after_ms)), samples));
                }
            }
        }
        if !parts.is_empty() {
            let start = self.frame_for(now());
            let _ = self.to_scheduler.send(Scheduled {
                start,
                parts,
                hush: false,
            });
        }
    }

    /// Plays `tone` now, alone (the Preferences window's test sound).
    pub fn play_tone(&mut self, tone: Tone) {
        if self.muted || self.volume == 0 {
            return;
        }
        let start = self.frame_for(now());
        let parts = vec![(0, self.clips.tone(tone))];
        let _ = self.to_scheduler.send(Scheduled {
            start,
            parts,
            hush: false,
        });
    }

    /// Decodes the spoken lines among `upcoming` (the cues of the next few
    /// seconds) before their moment, and lets go of every other decoded
    /// line: one already playing keeps its samples until it ends. Called
    /// after the cues due now were played, so decoding never delays them.
    pub fn prepare(&mut self, upcoming: &[Cue]) {
        let wanted: Vec<&'static str> = upcoming
            .iter()
            .filter_map(|c| match c.kind {
                CueKind::Say { text } if self.voice => Some(text),
                _ => None,
            })
            .collect();
        self.clips.voice.retain(|text, _| wanted.contains(text));
        for text in wanted {
            let _ = self.clips.voice(text);
        }
    }

    /// Whether this session speaks: the voice was asked for and its
    /// language's clips are there.
    pub fn voice(&self) -> bool {
        self.voice
    }

    /// Mutes at once, including sounds already playing.
    pub fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
        self.update_gain();
    }

    fn update_gain(&self) {
        let gain = if self.muted { 0.0 } else { gain(self.volume) };
        self.gain.store(gain.to_bits(), Ordering::Relaxed);
    }

    fn frames(&self, d: Duration) -> u64 {
        (d.as_secs_f64() * f64::from(self.rate)).round() as u64
    }

    /// The output frame a cue due at `at` starts at: the frame heard at
    /// `at`, plus the most the output has had queued ahead of a callback
    /// (so the frame is never already written), plus `SAFETY`. Frame 0
    /// ("at once") before the output runs.
    fn frame_for(&self, at: Instant) -> u64 {
        let timing = self.timing();
        let Some(frame) = timing.frame_at(at) else {
            return 0;
        };
        (frame.max(0.0).round() as u64) + timing.lead + self.frames(SAFETY)
    }

    fn is_running(&self) -> bool {
        self.timing().is_running(now())
    }

    fn timing(&self) -> Timing {
        match self.timing.lock() {
            Ok(t) => *t,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }

    #[allow(clippy::disallowed_methods)] // Waits for the device; once per session.
    fn wait_until_running(&self, limit: Duration) -> bool {
        let start = now();
        while now().saturating_duration_since(start) < limit {
            if self.is_running() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }
}

/// Added to the lead: the time between reading the clock in `play` and the
/// scheduler taking the cue, and room to place a slightly late cue where it
/// belongs.
const SAFETY: Duration = Duration::from_millis(3);

/// Builds and starts the output stream with our scheduler as its callback:
/// the device's default format and rate, the `BUFFER` size if the device
/// takes it, else the device's own.
fn start_output(
    device: &cpal::Device,
    supported: &cpal::SupportedStreamConfig,
    timing: &Arc<Mutex<Timing>>,
    gain: &Arc<AtomicU32>,
    failure: &Arc<Failure>,
) -> Result<(cpal::Stream, Sender<Scheduled>), AudioError> {
    let rate = supported.sample_rate();
    let period = (f64::from(rate) * BUFFER.as_secs_f64() / 2.0).round() as u32;
    let mut first_error = None;
    for buffer_size in [BufferSize::Fixed(period.max(64)), BufferSize::Default] {
        let config = StreamConfig {
            channels: supported.channels(),
            sample_rate: rate,
            buffer_size,
        };
        let (to_scheduler, inbox) = mpsc::channel();
        let output = Output {
            channels: usize::from(supported.channels()).max(1),
            scheduler: Scheduler::new(inbox),
            timing: Arc::clone(timing),
            gain: Arc::clone(gain),
        };
        let built = match supported.sample_format() {
            SampleFormat::I16 => build::<i16>(device, config, output, failure),
            SampleFormat::I32 => build::<i32>(device, config, output, failure),
            SampleFormat::U16 => build::<u16>(device, config, output, failure),
            SampleFormat::U8 => build::<u8>(device, config, output, failure),
            SampleFormat::F64 => build::<f64>(device, config, output, failure),
            // f32, and formats we do not write: ALSA's plug layers convert.
            _ => build::<f32>(device, config, output, failure),
        };
        match built.and_then(|stream| stream.play().map(|()| stream)) {
            Ok(stream) => return Ok((stream, to_scheduler)),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(AudioError::NoOutput(
        first_error.expect("at least one attempt was made"),
    ))
}

/// What the output callback owns: the scheduler and what it shares with
/// the session.
struct Output {
    channels: usize,
    scheduler: Scheduler,
    timing: Arc<Mutex<Timing>>,
    gain: Arc<AtomicU32>,
}

impl Output {
    /// One callback: note when its first frame will be heard, then mix.
    fn fill<T: SizedSample + FromSample<f32>>(
        &mut self,
        data: &mut [T],
        info: &cpal::OutputCallbackInfo,
    ) {
        let at = now();
        let stamp = info.timestamp();
        let queued = stamp.playback.duration_since(stamp.callback);
        let frames = data.len() / self.channels;
        // Never wait on the session here: skip an update rather than block.
        if let Ok(mut t) = self.timing.try_lock() {
            t.record(at, self.scheduler.frame, frames as u64, queued);
        }
        let factor = f32::from_bits(self.gain.load(Ordering::Relaxed));
        let mix = self.scheduler.render(frames);
        for (frame, &v) in data.chunks_exact_mut(self.channels).zip(mix) {
            frame.fill(T::from_sample(v * factor));
        }
    }
}

fn build<T: SizedSample + FromSample<f32>>(
    device: &cpal::Device,
    config: StreamConfig,
    mut output: Output,
    failure: &Arc<Failure>,
) -> Result<cpal::Stream, cpal::Error> {
    // When the output last took samples, in ms from `base`: a burst of
    // errors while it still does (a stream starting up on a busy sound
    // server gives hundreds in a few ms) is not a failure.
    let base = now();
    let fed = Arc::new(AtomicU64::new(0));
    let fed_by_output = Arc::clone(&fed);
    let mut errors = 0u32;
    let failure = Arc::clone(failure);
    let mut recent = (base, 0u32);
    let on_error = move |e: cpal::Error| {
        if errors < MAX_ERROR_LINES {
            eprintln!("unknot: audio: {e}");
        } else if errors == MAX_ERROR_LINES {
            eprintln!("unknot: audio: more stream errors; not showing them");
        }
        errors = errors.saturating_add(1);
        let at = now();
        if at.duration_since(recent.0) > FAILING.1 {
            recent = (at, 0);
        }
        recent.1 = recent.1.saturating_add(1);
        let since = at.duration_since(base).as_millis() as u64;
        let starved = since.saturating_sub(fed.load(Ordering::Relaxed));
        if recent.1 >= FAILING.0 && starved >= STARVED.as_millis() as u64 {
            failure.fail();
        }
    };
    device.build_output_stream::<T, _, _>(
        config,
        move |data: &mut [T], info: &cpal::OutputCallbackInfo| {
            fed_by_output.store(
                now().duration_since(base).as_millis() as u64,
                Ordering::Relaxed,
            );
            output.fill(data, info);
        },
        on_error,
        None,
    )
}

#[allow(clippy::disallowed_methods)] // The audio edge: maps cue calls to output frames.
fn now() -> Instant {
    Instant::now()
}

/// Volume 0–100 to amplitude: squared, so equal steps sound roughly equal.
fn gain(volume: u8) -> f32 {
    let v = f32::from(volume.min(100)) / 100.0;
    v * v
}

/// How many recent callbacks the clock-to-frame map is the median of.
const WINDOW: usize = 9;
/// Callbacks of `WINDOW` that must agree, within `AGREE`, before the map is
/// trusted: a stall or a restart of the output moves the map, and the
/// median follows once most of the window has moved with it.
const SETTLE: usize = 6;
const AGREE: Duration = Duration::from_millis(1);

/// The map from the clock to output frames that `play` uses, from what the
/// output says at each callback: the buffer's first frame is heard after
/// what is already queued (`OutputCallbackInfo`'s playback minus callback
/// time; PulseAudio reports it with its own sink's latency included).
///
/// The callback itself runs late by a varying amount (PulseAudio's ALSA
/// plugin hands out room in its own steps), but then less is queued, so
/// "heard at" stays put: the map needs no guess about wake-ups. It is the
/// median of the last `WINDOW` callbacks, so one callback delayed between
/// the device's report and our clock reading is ignored, and a real step
/// (the sound server stalled, the stream restarted after an underrun) is
/// followed within a few periods.
#[derive(Debug, Clone, Copy)]
struct Timing {
    origin: Instant,
    rate: f64,
    /// `frame − rate × seconds from origin to when it is heard`, newest at
    /// `(next − 1) % WINDOW`.
    offsets: [f64; WINDOW],
    next: usize,
    seen: usize,
    last_at: Option<Instant>,
    /// Frames in the last callback.
    period: u64,
    /// The most frames a callback of the settled map had queued before it,
    /// plus its own: a cue placed this far ahead of the frame heard now is
    /// never already written.
    lead: u64,
}

impl Timing {
    fn new(origin: Instant, rate: u32) -> Timing {
        Timing {
            origin,
            rate: f64::from(rate),
            offsets: [0.0; WINDOW],
            next: 0,
            seen: 0,
            last_at: None,
            period: 0,
            lead: 0,
        }
    }

    fn seconds(&self, at: Instant) -> f64 {
        at.saturating_duration_since(self.origin).as_secs_f64()
    }

    /// The callback at `at` writes `frames` frames from `frame` on, heard
    /// after `queued`.
    fn record(&mut self, at: Instant, frame: u64, frames: u64, queued: Duration) {
        let heard = self.seconds(at) + queued.as_secs_f64();
        let offset = frame as f64 - self.rate * heard;
        self.offsets[self.next] = offset;
        self.next = (self.next + 1) % WINDOW;
        self.seen = self.seen.saturating_add(1);
        self.last_at = Some(at);
        self.period = frames;
        if let Some(map) = self.settled() {
            if (offset - map).abs() <= self.agree() {
                let queued = (queued.as_secs_f64() * self.rate).ceil() as u64;
                self.lead = self.lead.max(queued + frames);
            }
        }
    }

    fn agree(&self) -> f64 {
        AGREE.as_secs_f64() * self.rate
    }

    fn median(&self) -> Option<f64> {
        let n = self.seen.min(WINDOW);
        if n == 0 {
            return None;
        }
        let mut recent = self.offsets;
        let recent = &mut recent[..n];
        recent.sort_by(f64::total_cmp);
        Some(recent[n / 2])
    }

    /// The median, once `SETTLE` of the recent callbacks agree with it.
    fn settled(&self) -> Option<f64> {
        let median = self.median()?;
        let n = self.seen.min(WINDOW);
        let agreeing = self.offsets[..n]
            .iter()
            .filter(|o| (*o - median).abs() <= self.agree())
            .count();
        (agreeing >= SETTLE).then_some(median)
    }

    /// The frame heard at `at`; `None` before any callback.
    fn frame_at(&self, at: Instant) -> Option<f64> {
        Some(self.median()? + self.rate * self.seconds(at))
    }

    /// Whether the output pulls audio at the clock's pace at `at`: the
    /// recent callbacks agree on the map and the last one is recent.
    fn is_running(&self, at: Instant) -> bool {
        let Some(last) = self.last_at else {
            return false;
        };
        let period = self.period as f64 / self.rate;
        let age = self.seconds(at) - self.seconds(last);
        self.settled().is_some() && self.lead > 0 && age <= period * 3.0 + 0.05
    }
}

/// One cue's clips, sent to the scheduler together: each starts its offset
/// (frames) after `start`, so a cue that can no longer start at `start`
/// moves as a whole and keeps its inner spacing.
struct Scheduled {
    start: u64,
    parts: Vec<(u64, Arc<[f32]>)>,
    /// Cut off everything still playing or waiting first.
    hush: bool,
}

/// A clip waiting for, or playing from, its start frame.
struct Part {
    start: u64,
    samples: Arc<[f32]>,
}

/// The session's mixer, run by the output callback: it counts output
/// frames and starts each clip exactly at its frame.
struct Scheduler {
    /// The first frame of the next buffer.
    frame: u64,
    inbox: Receiver<Scheduled>,
    parts: Vec<Part>,
    /// The mono mix of one buffer, kept between callbacks.
    mix: Vec<f32>,
}

impl Scheduler {
    fn new(inbox: Receiver<Scheduled>) -> Scheduler {
        Scheduler {
            frame: 0,
            inbox,
            parts: Vec::new(),
            mix: Vec::new(),
        }
    }

    /// Mixes the next `frames` frames (mono, unscaled).
    fn render(&mut self, frames: usize) -> &[f32] {
        let first = self.frame;
        let end = first + frames as u64;
        for cue in self.inbox.try_iter() {
            if cue.hush {
                self.parts.clear();
            }
            // Too late for its frame: as soon as possible instead.
            let start = cue.start.max(first);
            self.parts
                .extend(cue.parts.into_iter().map(|(offset, samples)| Part {
                    start: start + offset,
                    samples,
                }));
        }
        self.mix.clear();
        self.mix.resize(frames, 0.0);
        for part in &self.parts {
            if part.start >= end {
                continue;
            }
            let from = part.start.max(first);
            let skip = usize::try_from(from - part.start).unwrap_or(usize::MAX);
            let at = (from - first) as usize;
            let src = part.samples.get(skip..).unwrap_or_default();
            let n = src.len().min(frames - at);
            for (d, s) in self.mix[at..at + n].iter_mut().zip(src) {
                *d += s;
            }
        }
        self.parts
            .retain(|p| p.start + p.samples.len() as u64 > end);
        self.frame = end;
        &self.mix
    }
}

/// The session's clips, mono at the output's sample rate: the tones decoded
/// once; a spoken line decoded shortly before its moment (`prepare`) and let
/// go once it is no longer coming (all 61 decoded at once took ~25 MB); a
/// breath made the first time its length is asked for.
struct Clips {
    rate: NonZero<u32>,
    tones: Vec<Arc<[f32]>>,
    /// The language spoken and where its clips are; `None`: no voice.
    speaker: Option<(Lang, VoiceSource)>,
    voice: HashMap<&'static str, Arc<[f32]>>,
    breaths: HashMap<(bool, u64), Arc<[f32]>>,
}

impl Clips {
    fn decode(rate: NonZero<u32>, speaker: Option<(Lang, VoiceSource)>) -> Clips {
        let clips = Clips {
            rate,
            tones: Tone::ALL.iter().map(|t| decode(t.bytes(), rate)).collect(),
            speaker,
            voice: HashMap::new(),
            breaths: HashMap::new(),
        };
        // The encoded tones are read once per session: the kernel may take
        // their pages back until the next one.
        page_out(Tone::ALL.iter().map(|t| t.bytes()));
        clips
    }

    fn tone(&self, tone: Tone) -> Arc<[f32]> {
        // ALL lists every variant in declaration order.
        Arc::clone(&self.tones[tone as usize])
    }

    /// The spoken line, decoded now if `prepare` did not.
    fn voice(&mut self, text: &'static str) -> Option<Arc<[f32]>> {
        if let Some(samples) = self.voice.get(text) {
            return Some(Arc::clone(samples));
        }
        let samples = match self.speaker.as_ref()? {
            (_, VoiceSource::Embedded) => decode(voice_bytes(text)?, self.rate),
            (lang, VoiceSource::Folder(dir)) => {
                let clip = voice::clips_in(*lang).iter().find(|c| c.text == text)?;
                // Checked whole when the session opened; a file changed
                // since is left out, not played wrong.
                let bytes = voice_files::read_clip(dir.as_path(), clip)?;
                decode_file(bytes, self.rate)?
            }
        };
        self.voice.insert(text, Arc::clone(&samples));
        Some(samples)
    }

    fn breath(&mut self, inhale: bool, ms: u64) -> Arc<[f32]> {
        let rate = self.rate.get();
        let made = self
            .breaths
            .entry((inhale, ms))
            .or_insert_with(|| breath_glide(rate, ms, inhale).into());
        Arc::clone(made)
    }
}

/// Drops the whole pages of the encoded clips from the app's memory: they
/// are read once per session, to decode. Only pages of a read-only mapping
/// of a file (the executable) are dropped, and only pages that hold nothing
/// but clip bytes, so their content never changes: the next session reads
/// them back from the file.
fn page_out<'a>(assets: impl Iterator<Item = &'a [u8]>) {
    #[cfg(target_os = "linux")]
    {
        let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
            return;
        };
        // SAFETY: sysconf only reads a system constant.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        let page = usize::try_from(page).unwrap_or(4096).max(1);
        for bytes in assets {
            let from = (bytes.as_ptr() as usize).next_multiple_of(page);
            let to = (bytes.as_ptr() as usize + bytes.len()) / page * page;
            if to > from && maps.lines().any(|l| read_only_file_mapping(l, from, to)) {
                // SAFETY: whole pages inside `bytes`, in a read-only private
                // mapping of a file: never written, so dropping them loses
                // nothing (MADV_PAGEOUT would be gentler, but it leaves the
                // executable's large page-cache folios resident).
                unsafe {
                    libc::madvise(from as *mut libc::c_void, to - from, libc::MADV_DONTNEED);
                }
            }
        }
    }
}

/// Whether a line of /proc/self/maps is a read-only private mapping of a
/// file that holds the addresses `from..to`.
fn read_only_file_mapping(line: &str, from: usize, to: usize) -> bool {
    let mut fields = line.split_whitespace();
    let (Some(range), Some(perms), Some(path)) = (fields.next(), fields.next(), fields.nth(3))
    else {
        return false;
    };
    let Some((lo, hi)) = range.split_once('-') else {
        return false;
    };
    let (Ok(lo), Ok(hi)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16)) else {
        return false;
    };
    lo <= from
        && to <= hi
        && perms.starts_with("r-")
        && perms.ends_with('p')
        && path.starts_with('/')
}

/// Decodes an embedded clip to mono samples at `rate`.
fn decode(bytes: &'static [u8], rate: NonZero<u32>) -> Arc<[f32]> {
    // The assets are ours and committed; a test decodes every one.
    let decoder = Decoder::try_from(Cursor::new(bytes)).expect("embedded clips decode");
    // Collected first: the Vorbis decoder starts with an empty span, which
    // UniformSourceIterator takes for the end of the input.
    let native = SamplesBuffer::new(
        decoder.channels(),
        decoder.sample_rate(),
        decoder.collect::<Vec<f32>>(),
    );
    let mono = NonZero::new(1).expect("1 is not zero");
    UniformSourceIterator::new(native, mono, rate).collect()
}

/// A clip read from a data file: like `decode`, but a file that does not
/// decode is `None`, not a panic.
fn decode_file(bytes: Vec<u8>, rate: NonZero<u32>) -> Option<Arc<[f32]>> {
    let decoder = Decoder::try_from(Cursor::new(bytes)).ok()?;
    let native = SamplesBuffer::new(
        decoder.channels(),
        decoder.sample_rate(),
        decoder.collect::<Vec<f32>>(),
    );
    let mono = NonZero::new(1).expect("1 is not zero");
    Some(UniformSourceIterator::new(native, mono, rate).collect())
}

/// The chime a session starts with, at `volume`, on a thread of its own
/// (opening the output takes a moment); one at a time, so holding an arrow
/// key does not stack them.
#[allow(clippy::disallowed_methods)] // shell code: the chime's thread waits for it to sound out.
pub fn test_sound(volume: u8) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static PLAYING: AtomicBool = AtomicBool::new(false);
    if PLAYING.swap(true, Ordering::AcqRel) {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("unknot-test-sound".into())
        .spawn(move || {
            match AudioSession::open(volume, false) {
                Ok(mut audio) => {
                    audio.play_tone(Tone::ExerciseStart);
                    // Long enough for the chime to sound out, then the output closes.
                    std::thread::sleep(std::time::Duration::from_millis(1500));
                    eprintln!("unknot: test sound played at volume {volume}");
                }
                Err(e) => eprintln!("unknot: audio: {e}; no test sound"),
            }
            PLAYING.store(false, Ordering::Release);
        });
    if spawned.is_err() {
        PLAYING.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: NonZero<u32> = NonZero::new(48_000).expect("non-zero");

    fn length(samples: &[f32]) -> f64 {
        samples.len() as f64 / 48_000.0
    }

    #[test]
    fn every_embedded_tone_decodes_with_a_sensible_length() {
        for &tone in Tone::ALL {
            let s = length(&decode(tone.bytes(), RATE));
            let (lo, hi) = match tone {
                Tone::Tick => (0.03, 0.15),
                _ => (0.2, 1.5),
            };
            assert!((lo..=hi).contains(&s), "{}: {s:.3} s", tone.name());
        }
    }

    #[test]
    fn tones_start_at_once_at_one_peak() {
        for &tone in Tone::ALL {
            let samples = decode(tone.bytes(), RATE);
            let peak = samples.iter().fold(0.0_f32, |m, v| m.max(v.abs()));
            assert!(
                (0.45..=0.52).contains(&peak),
                "{}: peak {peak}",
                tone.name()
            );
            // The bench times onsets: above -40 dBFS within 1 ms.
            assert!(
                samples[..48].iter().any(|v| v.abs() > 0.01),
                "{}",
                tone.name()
            );
        }
    }

    /// German asked for, its clips missing (none made for this build, or
    /// not installed): the session has no voice, so its cues are tones
    /// (a count's tick is not left to words), and no line of any language
    /// is spoken, English's included.
    #[test]
    fn a_language_without_its_clips_plays_tones_and_speaks_nothing() {
        use crate::routine::{builtin, timeline::compile};
        let empty = tempfile::tempdir().expect("a temp dir");
        for lang in [Lang::De, Lang::Es, Lang::Fr] {
            let missing = voice_files::find_in(lang, &[empty.path().to_path_buf()]);
            assert!(missing.is_err(), "{lang:?}");
            // What `open` does with that: no speaker, no voice.
            let speaker = missing.ok().map(|s| (lang, s));
            assert!(speaker.is_none());
            let mut clips = Clips::decode(RATE, speaker);
            let timeline = i18n::scoped(lang, || {
                compile(&builtin::find(builtin::DESK_RESET).expect("built in"))
            });
            let mut tones = 0;
            for cue in &timeline.cues {
                for sound in clips_for(cue, &timeline, false) {
                    assert!(!matches!(sound, CueSound::Voice(_)), "{cue:?}");
                    tones += 1;
                }
                if let CueKind::Say { text } = cue.kind {
                    assert!(clips.voice(text).is_none(), "{lang:?} spoke {text:?}");
                }
            }
            assert!(tones > 10, "{lang:?}: {tones} sounds");
        }
        // English is embedded and speaks.
        let mut english = Clips::decode(RATE, Some((Lang::En, VoiceSource::Embedded)));
        assert!(english.voice(voice::clips_in(Lang::En)[0].text).is_some());
    }

    /// A folder of a language's clips where one file changed after the
    /// check: that line is left out, never played as it now is.
    #[test]
    fn a_clip_changed_after_the_check_is_not_played() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let english = voice::clips_in(Lang::En)[0];
        std::fs::write(dir.path().join(english.file), b"not the clip").expect("write");
        let mut clips = Clips::decode(
            RATE,
            Some((Lang::En, VoiceSource::Folder(dir.path().to_path_buf()))),
        );
        assert!(clips.voice(english.text).is_none());
        let bytes = voice_bytes(english.text).expect("embedded");
        std::fs::write(dir.path().join(english.file), bytes).expect("write");
        assert!(clips.voice(english.text).is_some());
    }

    /// The committed voice clips against their manifest: each one embedded,
    /// its hash and length as listed.
    #[test]
    fn every_voice_clip_is_embedded_as_the_manifest_says() {
        use sha2::Digest;
        assert!(!voice::clips().is_empty());
        assert_eq!(VOICE_CLIPS.len(), voice::clips().len());
        for clip in voice::clips() {
            let bytes = voice_bytes(clip.text).unwrap_or_else(|| panic!("{clip:?} not embedded"));
            let hash: String = sha2::Sha256::digest(bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(hash, clip.sha256, "{}: run `cargo xtask assets`", clip.file);
            let ms = length(&decode(bytes, RATE)) * 1000.0;
            // The decoder plays the padding of the last Vorbis block that the
            // stream's end position cuts off: up to 32 ms at 16 kHz (half a
            // 1024-sample block), silence after the clip's fade-out.
            assert!(
                (-10.0..=35.0).contains(&(ms - clip.ms as f64)),
                "{}: {ms:.0} ms, the manifest says {}",
                clip.file,
                clip.ms
            );
        }
    }

    /// One loudness for all speech (EBU R128, -18 LUFS ± 1 for clips of a
    /// second or more; shorter ones by peak, -4 dBFS ± 2 as Vorbis moves
    /// peaks a little), and speech from
    /// the first moment: a cue's words start at its time.
    #[test]
    fn voice_clips_share_one_loudness_and_start_at_once() {
        // The clips' own rate (festival's voice, `cargo xtask assets`).
        const NATIVE: u32 = 16_000;
        let native = NonZero::new(NATIVE).expect("non-zero");
        for clip in voice::clips() {
            let bytes = voice_bytes(clip.text).expect("embedded");
            let samples = decode(bytes, native);
            let peak = samples.iter().fold(0.0_f32, |m, v| m.max(v.abs()));
            if samples.len() >= NATIVE as usize {
                let mut meter = ebur128::EbuR128::new(1, NATIVE, ebur128::Mode::I).expect("meter");
                meter.add_frames_f32(&samples).expect("frames");
                let lufs = meter.loudness_global().expect("loudness");
                assert!(
                    (-19.0..=-17.0).contains(&lufs),
                    "{}: {lufs:.2} LUFS",
                    clip.file
                );
            } else {
                let db = 20.0 * f64::from(peak).log10();
                assert!(
                    (-6.0..=-2.0).contains(&db),
                    "{}: peak {db:.2} dBFS",
                    clip.file
                );
            }
            assert!(peak < 1.0, "{}: clipped", clip.file);
            // Leading silence is trimmed: speech within the first 20 ms.
            assert!(
                samples[..NATIVE as usize / 50]
                    .iter()
                    .any(|v| v.abs() > 0.005),
                "{}",
                clip.file
            );
        }
    }

    #[test]
    fn a_breath_glide_sounds_the_whole_breath_and_joins_without_a_click() {
        for (ms, inhale) in [
            (4_000, true),
            (6_000, false),
            (1_000, true),
            (30_000, false),
        ] {
            let s = breath_glide(48_000, ms, inhale);
            assert_eq!(s.len() as u64, ms * 48, "{ms} ms");
            let peak = s.iter().fold(0.0_f32, |m, v| m.max(v.abs()));
            assert!(peak <= 0.5 && peak > 0.1, "{ms}: {peak}");
            // Both ends at zero; audible through its last tenth (a breath's
            // tone spans the whole breath, not its first half).
            assert!(s[0].abs() < 1e-3 && s[s.len() - 1].abs() < 0.02);
            let tail = &s[s.len() * 85 / 100..s.len() * 95 / 100];
            let tail_peak = tail.iter().fold(0.0_f32, |m, v| m.max(v.abs()));
            assert!(tail_peak > 0.1, "{ms} ms: fades out early ({tail_peak})");
        }
    }

    /// The glide is the fifth's exponential sweep it says it is: each
    /// sample matches the textbook formula (a `powf` and two `sin`s a
    /// sample) within float rounding, over a long breath too.
    #[test]
    fn a_breath_glide_is_the_exponential_sweep_of_its_formula() {
        for (ms, inhale) in [(4_000, true), (30_000, false)] {
            let s = breath_glide(48_000, ms, inhale);
            let (f0, f1): (f64, f64) = if inhale {
                (261.63, 392.0)
            } else {
                (392.0, 261.63)
            };
            let dur = ms as f64 / 1000.0;
            let (mut phase, mut worst) = (0.0_f64, 0.0_f64);
            for (i, got) in s.iter().enumerate() {
                let t = i as f64 / 48_000.0;
                let x = t / dur;
                let shape = if inhale {
                    0.45 + 0.55 * smoothstep((x / 0.85).min(1.0))
                } else {
                    0.35 + 0.65 * (1.0 - smoothstep(x))
                };
                let edge = (t / 0.04).min((dur - t) / 0.04).clamp(0.0, 1.0);
                let tau = std::f64::consts::TAU;
                let v = (tau * phase).sin() + 0.2 * (tau * 2.0 * phase).sin();
                let want = 0.5 / 1.2 * 0.7 * shape * edge * v;
                worst = worst.max((f64::from(*got) - want).abs());
                phase = (phase + f0 * (f1 / f0).powf(x) / 48_000.0).rem_euclid(1.0);
            }
            assert!(worst < 1e-4, "{ms} ms: off by {worst}");
        }
    }

    const PERIOD: u64 = 640;

    /// An output at 48 kHz whose frame `f` is heard `latency` + `shift(f)`
    /// seconds after `origin` + f / rate: callbacks of `PERIOD` frames
    /// numbered `from..to`, each waking up to 10 ms late (pseudo-random,
    /// every seventh on time) with less queued accordingly, as PulseAudio
    /// reports it.
    fn callbacks(
        timing: &mut Timing,
        origin: Instant,
        range: std::ops::Range<u64>,
        shift: impl Fn(u64) -> f64,
    ) {
        // Two periods queued when a callback is on time, plus 8 ms in the sink.
        let latency = 2.0 * PERIOD as f64 / 48_000.0 + 0.008;
        for n in range {
            let frame = n * PERIOD;
            let heard = frame as f64 / 48_000.0 + latency + shift(frame);
            let late = if n % 7 == 0 {
                0.0
            } else {
                (n * 7919 % 10) as f64 / 1000.0
            };
            let at = heard - latency + late;
            timing.record(
                origin + Duration::from_secs_f64(at),
                frame,
                PERIOD,
                Duration::from_secs_f64(heard - at),
            );
        }
    }

    /// The frame heard at `s` seconds, as the map says.
    fn heard_at(t: &Timing, origin: Instant, s: f64) -> f64 {
        t.frame_at(origin + Duration::from_secs_f64(s))
            .expect("mapped")
    }

    #[test]
    fn the_clock_map_follows_when_frames_are_heard_not_when_callbacks_wake() {
        let origin = now();
        let mut t = Timing::new(origin, 48_000);
        callbacks(&mut t, origin, 0..50, |_| 0.0);
        let latency = 2.0 * PERIOD as f64 / 48_000.0 + 0.008;
        for s in [0.7, 1.0, 1.3] {
            let want = (s - latency) * 48_000.0;
            let got = heard_at(&t, origin, s);
            assert!((got - want).abs() < 1.0, "at {s} s: {got}, want {want}");
        }
        // What is queued before a callback, and the callback's own frames.
        let queued = (latency * 48_000.0).ceil() as u64;
        assert!(t.lead.abs_diff(queued + PERIOD) <= 1, "lead {}", t.lead);
        let last = 49.0 * PERIOD as f64 / 48_000.0;
        assert!(t.is_running(origin + Duration::from_secs_f64(last + 0.02)));
        assert!(!t.is_running(origin + Duration::from_secs_f64(last + 0.2)));
    }

    #[test]
    fn one_callback_held_up_before_reading_the_clock_is_ignored() {
        let origin = now();
        let mut t = Timing::new(origin, 48_000);
        callbacks(&mut t, origin, 0..20, |_| 0.0);
        let before = heard_at(&t, origin, 0.5);
        // Preempted for 6 ms between the device's report and our clock.
        let frame = 20 * PERIOD;
        let at = origin + Duration::from_secs_f64(frame as f64 / 48_000.0 + 0.006);
        t.record(at, frame, PERIOD, Duration::from_secs_f64(0.0347));
        let lead = t.lead;
        assert_eq!(heard_at(&t, origin, 0.5), before);
        assert_eq!(t.lead, lead);
    }

    /// The bug behind a run with cue errors growing 0.5 ms a second: a
    /// 60 ms stall of the sound server moved when frames are heard, and the
    /// old map (the earliest wake-ups, allowed to sink 500 ppm) took two
    /// minutes to follow.
    #[test]
    fn a_short_stall_is_followed_within_a_few_periods() {
        let origin = now();
        let mut t = Timing::new(origin, 48_000);
        let stall_at = 30 * PERIOD;
        let shift = |f: u64| if f >= stall_at { 0.060 } else { 0.0 };
        callbacks(&mut t, origin, 0..30, shift);
        let lead = t.lead;
        callbacks(&mut t, origin, 30..30 + WINDOW as u64 / 2 + 1, shift);
        let latency = 2.0 * PERIOD as f64 / 48_000.0 + 0.008;
        let s = 1.0;
        let want = (s - latency - 0.060) * 48_000.0;
        let got = heard_at(&t, origin, s);
        assert!((got - want).abs() < 1.0, "{got}, want {want}");
        assert_eq!(t.lead, lead, "a stall does not add latency");
    }

    #[test]
    fn a_prefilled_and_stalled_start_is_not_running_and_sets_no_lead() {
        // Three periods written at once before the sound server plays them,
        // then nothing for 1.5 s, then pace.
        let origin = now();
        let mut t = Timing::new(origin, 48_000);
        for n in 0..3 {
            t.record(
                origin,
                n * PERIOD,
                PERIOD,
                Duration::from_secs_f64((n * PERIOD) as f64 / 48_000.0),
            );
        }
        assert!(!t.is_running(origin + Duration::from_millis(5)));
        assert!(!t.is_running(origin + Duration::from_millis(1400)));
        assert_eq!(t.lead, 0);
        let start = 3 * PERIOD;
        callbacks(&mut t, origin, 3..3 + SETTLE as u64 + 2, |f| {
            if f >= start {
                1.5
            } else {
                0.0
            }
        });
        let last = 1.5 + (2 + SETTLE) as f64 * PERIOD as f64 / 48_000.0;
        assert!(t.is_running(origin + Duration::from_secs_f64(last + 0.02)));
        let latency = 2.0 * PERIOD as f64 / 48_000.0 + 0.008;
        let want = (latency * 48_000.0).ceil() as u64 + PERIOD;
        assert!(t.lead.abs_diff(want) <= 1, "lead {}, want {want}", t.lead);
    }

    fn scheduler() -> (Scheduler, Sender<Scheduled>) {
        let (tx, rx) = mpsc::channel();
        (Scheduler::new(rx), tx)
    }

    fn clip(len: usize, value: f32) -> Arc<[f32]> {
        vec![value; len].into()
    }

    /// The frames of `mix` (starting at frame `first`) that are not silent.
    fn sounding(mix: &[f32], first: u64) -> Vec<(u64, f32)> {
        mix.iter()
            .enumerate()
            .filter(|(_, v)| **v != 0.0)
            .map(|(i, v)| (first + i as u64, *v))
            .collect()
    }

    #[test]
    fn a_clip_starts_at_its_exact_frame_across_buffers() {
        let (mut s, tx) = scheduler();
        tx.send(Scheduled {
            start: 1000,
            parts: vec![(0, clip(500, 0.5))],
            hush: false,
        })
        .expect("open");
        assert!(sounding(s.render(640), 0).is_empty());
        let second = sounding(s.render(640), 640);
        assert_eq!(second.first(), Some(&(1000, 0.5)));
        assert_eq!(second.len(), 280);
        assert_eq!(sounding(s.render(640), 1280).len(), 220);
        assert!(s.parts.is_empty(), "a finished clip is let go");
    }

    #[test]
    fn a_hush_cuts_off_what_plays_and_waits_before_its_own_parts() {
        let (mut s, tx) = scheduler();
        tx.send(Scheduled {
            start: 0,
            parts: vec![(0, clip(2000, 0.5)), (1500, clip(100, 0.5))],
            hush: false,
        })
        .expect("open");
        assert_eq!(sounding(s.render(640), 0).len(), 640);
        tx.send(Scheduled {
            start: 700,
            parts: vec![(0, clip(10, 0.25))],
            hush: true,
        })
        .expect("open");
        let heard = sounding(s.render(640), 640);
        // Only the new line, from its frame; the long clip and the waiting one are gone.
        assert_eq!(heard, (700..710).map(|f| (f, 0.25)).collect::<Vec<_>>());
        assert!(sounding(s.render(2000), 1280).is_empty());
    }

    #[test]
    fn a_late_cue_moves_as_a_whole_and_overlapping_clips_add_up() {
        let (mut s, tx) = scheduler();
        s.render(640);
        tx.send(Scheduled {
            start: 100,
            parts: vec![(0, clip(10, 0.25)), (5, clip(10, 0.5))],
            hush: false,
        })
        .expect("open");
        let heard = sounding(s.render(640), 640);
        let at = |f: u64| heard.iter().find(|h| h.0 == f).map(|h| h.1);
        assert_eq!(heard.first().map(|h| h.0), Some(640));
        assert_eq!(at(644), Some(0.25));
        assert_eq!(at(645), Some(0.75));
        assert_eq!(at(650), Some(0.5));
        assert_eq!(heard.last().map(|h| h.0), Some(654));
    }

    #[test]
    fn only_read_only_file_mappings_holding_the_range_are_paged_out() {
        let line = |perms: &str, path: &str| {
            format!("55d9b662c000-55d9b690f000 {perms} 00000000 fe:00 5342438    {path}")
        };
        let exe = "/usr/bin/unknot";
        let (from, to) = (0x55d9_b663_0000, 0x55d9_b664_0000);
        assert!(read_only_file_mapping(&line("r--p", exe), from, to));
        assert!(read_only_file_mapping(&line("r-xp", exe), from, to));
        assert!(!read_only_file_mapping(&line("rw-p", exe), from, to));
        assert!(!read_only_file_mapping(&line("r--s", exe), from, to));
        assert!(!read_only_file_mapping(&line("r--p", "[heap]"), from, to));
        assert!(!read_only_file_mapping(
            "55d9b662c000-55d9b690f000 r--p 00000000 00:00 0",
            from,
            to
        ));
        assert!(!read_only_file_mapping(
            &line("r--p", exe),
            from,
            0x55d9_b691_0000
        ));
        assert!(!read_only_file_mapping("garbage", from, to));
    }

    #[test]
    fn a_session_can_be_opened_on_another_thread_and_handed_over() {
        fn is_send<T: Send>() {}
        is_send::<AudioSession>();
    }

    #[test]
    fn the_volume_curve_is_silent_at_zero_and_full_at_a_hundred() {
        assert_eq!(gain(0), 0.0);
        assert_eq!(gain(100), 1.0);
        assert_eq!(gain(200), 1.0);
        assert!(gain(50) < 0.5 && gain(50) > 0.0);
    }
}
