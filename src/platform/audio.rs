//! The guided session's sound: embedded cue tones and voice prompts, mixed
//! through rodio while a session runs. `clips_for` (pure) decides what a cue
//! sounds like; `AudioSession` plays it.
//!
//! An open output wakes the CPU about 200 times a second, so an
//! `AudioSession` exists only while a guided session runs and closes on drop.
//! Clips are decoded once per session, so `play` only hands a buffer and a
//! start frame to the session's scheduler (a source in rodio's output mixer),
//! which starts it at that exact frame: every cue sounds the same fixed delay
//! after `play`, instead of wherever the output's ~40 ms period happens to be.

use std::io::Cursor;
use std::num::NonZero;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;
use rodio::source::UniformSourceIterator;
use rodio::{Decoder, DeviceSinkBuilder, DeviceSinkError, MixerDeviceSink, Source};

use crate::routine::model::PhaseKind;
use crate::routine::timeline::{Cue, CueKind, Segment, Side, Step, Timeline};

/// A synthesized cue tone (sounds/*.flac, made by `cargo xtask assets`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// A two-note chime: an exercise begins.
    ExerciseStart,
    /// A high note: hold, press, raise.
    PhaseEffort,
    /// A lower note: lower, release, rest.
    PhaseEase,
    /// A short tick in the last seconds of a phase.
    Tick,
    /// A two-tone call: change sides.
    SwitchSides,
    /// A rising three-note: the routine is done.
    Done,
    /// A 1.5 s rising glide.
    BreatheIn,
    /// A 2.5 s falling glide.
    BreatheOut,
}

/// A spoken prompt (sounds/voice/*.ogg, our words spoken by espeak-ng).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    Hold,
    BreatheIn,
    BreatheOut,
    Press,
    Raise,
    Lower,
    Release,
    Rest,
    SwitchSides,
    LeftSide,
    RightSide,
    GetReady,
    NextExercise,
    WellDone,
}

/// One thing to play for a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Clip {
    Tone(Tone),
    Word(Word),
}

macro_rules! embedded {
    ($ty:ident, $dir:literal, $ext:literal, $($variant:ident => $name:literal),+ $(,)?) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The asset's file stem.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            fn bytes(self) -> &'static [u8] {
                match self {
                    $($ty::$variant => include_bytes!(concat!($dir, $name, $ext))),+
                }
            }
        }
    };
}

embedded!(Tone, "../../sounds/", ".flac",
    ExerciseStart => "exercise-start",
    PhaseEffort => "phase-effort",
    PhaseEase => "phase-ease",
    Tick => "tick",
    SwitchSides => "switch-sides",
    Done => "done",
    BreatheIn => "breathe-in",
    BreatheOut => "breathe-out",
);

embedded!(Word, "../../sounds/voice/", ".ogg",
    Hold => "hold",
    BreatheIn => "breathe-in",
    BreatheOut => "breathe-out",
    Press => "press",
    Raise => "raise",
    Lower => "lower",
    Release => "release",
    Rest => "rest",
    SwitchSides => "switch-sides",
    LeftSide => "left-side",
    RightSide => "right-side",
    GetReady => "get-ready",
    NextExercise => "next-exercise",
    WellDone => "well-done",
);

/// The first word starts this long after the cue's tone, so the tone's
/// onset is heard clean; later words follow each other with `WORD_GAP`.
pub const VOICE_AFTER: Duration = Duration::from_millis(250);
pub const WORD_GAP: Duration = Duration::from_millis(80);

/// What `cue` sounds like: at most one tone (played at once), then the words
/// to say one after another (only with `voice`). Pure.
///
/// Calm by design: counts are ticks, never spoken; within a hold paced by
/// breath, only its first inhale and exhale are named, later breaths are
/// glides alone.
pub fn clips_for(cue: &Cue, timeline: &Timeline, voice: bool) -> Vec<Clip> {
    let (tone, words): (Option<Tone>, Vec<Word>) = match cue.kind {
        CueKind::ExerciseStart { exercise } => {
            let mut words = vec![if exercise == 0 {
                Word::GetReady
            } else {
                Word::NextExercise
            }];
            let sided = timeline
                .segments
                .iter()
                .any(|s| s.exercise == exercise && s.side == Side::Left);
            if sided {
                words.push(Word::LeftSide);
            }
            (Some(Tone::ExerciseStart), words)
        }
        CueKind::PhaseStart { step } => phase(step, cue.at_ms, timeline),
        CueKind::Count { .. } => (Some(Tone::Tick), vec![]),
        CueKind::SwitchSides => (
            Some(Tone::SwitchSides),
            vec![Word::SwitchSides, Word::RightSide],
        ),
        // The next exercise's start (or the routine's end) follows at once.
        CueKind::ExerciseDone { .. } => (None, vec![]),
        CueKind::RoutineDone => (Some(Tone::Done), vec![Word::WellDone]),
    };
    let words = if voice { words } else { vec![] };
    tone.map(Clip::Tone)
        .into_iter()
        .chain(words.into_iter().map(Clip::Word))
        .collect()
}

fn phase(step: Step, at_ms: u64, timeline: &Timeline) -> (Option<Tone>, Vec<Word>) {
    let effort = |word| (Some(Tone::PhaseEffort), vec![word]);
    let ease = |word| (Some(Tone::PhaseEase), vec![word]);
    match step {
        Step::Phase(PhaseKind::Hold) => effort(Word::Hold),
        Step::Phase(PhaseKind::Press) => effort(Word::Press),
        Step::Phase(PhaseKind::Raise) => effort(Word::Raise),
        Step::Phase(PhaseKind::Lower) => ease(Word::Lower),
        Step::Phase(PhaseKind::Release) => ease(Word::Release),
        Step::Phase(PhaseKind::Rest) | Step::RestBetweenSets => ease(Word::Rest),
        Step::BreatheIn => {
            let say = breath_index(at_ms, timeline) == Some(0);
            (
                Some(Tone::BreatheIn),
                say.then_some(Word::BreatheIn).into_iter().collect(),
            )
        }
        Step::BreatheOut => {
            let say = breath_index(at_ms, timeline) == Some(1);
            (
                Some(Tone::BreatheOut),
                say.then_some(Word::BreatheOut).into_iter().collect(),
            )
        }
        // Announced by their own cues (ExerciseStart, SwitchSides).
        Step::GetReady | Step::SwitchSides => (None, vec![]),
    }
}

/// For the breath segment starting at `at_ms`: how many breath segments of
/// the same hold come before it.
fn breath_index(at_ms: u64, timeline: &Timeline) -> Option<usize> {
    let segments = &timeline.segments;
    let i = segments.partition_point(|s| s.start_ms < at_ms);
    let this = segments.get(i).filter(|s| s.start_ms == at_ms)?;
    let same_hold = |s: &Segment| {
        is_breath(s.step)
            && (s.exercise, s.set, s.rep, s.side) == (this.exercise, this.set, this.rep, this.side)
    };
    Some(
        segments[..i]
            .iter()
            .rev()
            .take_while(|s| same_hold(s))
            .count(),
    )
}

fn is_breath(step: Step) -> bool {
    matches!(step, Step::BreatheIn | Step::BreatheOut)
}

/// Why sound is off for this session.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    /// rodio's reason is part of the message: the window shows only this line.
    #[error("no audio output: {0}")]
    NoOutput(DeviceSinkError),
}

/// The sound of one guided session: an open output, the decoded clips and
/// the scheduler that mixes them. Dropping it closes the output.
pub struct AudioSession {
    clips: Clips,
    to_scheduler: Sender<Scheduled>,
    timing: Arc<Mutex<Timing>>,
    rate: u32,
    /// The gain the scheduler applies (f32 bits), so mute and volume
    /// changes reach sounds already playing.
    gain: Arc<AtomicU32>,
    volume: u8,
    muted: bool,
    voice: bool,
    _sink: MixerDeviceSink,
}

/// How long `open` waits for the output to start consuming audio in real
/// time. A PulseAudio null sink was seen to stall up to 2 s after taking the
/// first 85 ms.
const START_LIMIT: Duration = Duration::from_secs(3);
/// rodio's stream errors are printed, but not one per audio period.
const MAX_ERROR_LINES: u32 = 5;

impl AudioSession {
    /// Opens the default output, decodes every clip and blocks until the
    /// output runs at pace (`SETTLE_PERIODS` periods, about 0.3 s on
    /// PulseAudio; at most `START_LIMIT`), so the first cue is on time.
    /// `AudioSession` is `Send`: a caller that must not block can open it on
    /// another thread. `volume` is 0–100; `voice` adds the spoken prompts.
    /// No output (no device, no sound server) is an `Err`, never a panic:
    /// the session runs silent.
    pub fn open(volume: u8, voice: bool) -> Result<AudioSession, AudioError> {
        let errors = Arc::new(AtomicU32::new(0));
        let on_error = move |e: rodio::cpal::Error| {
            let n = errors.fetch_add(1, Ordering::Relaxed);
            if n < MAX_ERROR_LINES {
                eprintln!("unknot: audio: {e}");
            } else if n == MAX_ERROR_LINES {
                eprintln!("unknot: audio: more stream errors; not showing them");
            }
        };
        let mut sink = DeviceSinkBuilder::from_default_device()
            .map(|b| b.with_error_callback(on_error))
            .and_then(|b| b.open_sink_or_fallback())
            .map_err(AudioError::NoOutput)?;
        sink.log_on_drop(false);
        let config = sink.config();
        let rate = config.sample_rate();
        let (to_scheduler, from_session) = mpsc::channel();
        let timing = Arc::new(Mutex::new(Timing::new(now(), rate.get())));
        let gain = Arc::new(AtomicU32::new(0));
        sink.mixer().add(Scheduler {
            channels: config.channel_count(),
            rate,
            channel: 0,
            frame: 0,
            value: 0.0,
            from_session,
            waiting: Vec::new(),
            playing: Vec::new(),
            gain: Arc::clone(&gain),
            factor: 0.0,
            timing: Arc::clone(&timing),
            last_check: None,
        });
        let session = AudioSession {
            clips: Clips::decode(rate),
            to_scheduler,
            timing,
            rate: rate.get(),
            gain,
            volume: volume.min(100),
            muted: false,
            voice,
            _sink: sink,
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

    /// Starts the sound for `cue`, mixed over anything still playing. Every
    /// cue sounds the same fixed delay after its call (the output's latency
    /// plus one period), so the gaps between cues are kept to the sample.
    pub fn play(&mut self, cue: &Cue, timeline: &Timeline) {
        if self.muted || self.volume == 0 {
            return;
        }
        let start = self.frame_for_now();
        let mut word_at = Duration::ZERO;
        let mut first_word = true;
        for clip in clips_for(cue, timeline, self.voice) {
            match clip {
                Clip::Tone(tone) => {
                    self.schedule(self.clips.tone(tone), start);
                    word_at = VOICE_AFTER;
                }
                Clip::Word(word) => {
                    if !first_word {
                        word_at += WORD_GAP;
                    }
                    first_word = false;
                    let samples = self.clips.word(word);
                    let length = samples.len() as u64;
                    self.schedule(samples, start + self.frames(word_at));
                    word_at += Duration::from_secs_f64(length as f64 / f64::from(self.rate));
                }
            }
        }
    }

    /// Mutes at once, including sounds already playing.
    pub fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
        self.update_gain();
    }

    /// 0–100; reaches sounds already playing.
    pub fn set_volume(&mut self, volume: u8) {
        self.volume = volume.min(100);
        self.update_gain();
    }

    /// Whether cues include the spoken prompts.
    pub fn set_voice(&mut self, voice: bool) {
        self.voice = voice;
    }

    fn update_gain(&self) {
        let gain = if self.muted { 0.0 } else { gain(self.volume) };
        self.gain.store(gain.to_bits(), Ordering::Relaxed);
    }

    fn schedule(&self, samples: Arc<[f32]>, start: u64) {
        // A closed channel means the output is gone; the session is silent.
        let _ = self.to_scheduler.send(Scheduled {
            start,
            samples,
            pos: 0,
        });
    }

    fn frames(&self, d: Duration) -> u64 {
        (d.as_secs_f64() * f64::from(self.rate)).round() as u64
    }

    /// The output frame a cue played now starts at: where a writer keeping
    /// pace with the clock would be, plus one period so the frame is never
    /// already written. Frame 0 ("at once") before the output runs.
    fn frame_for_now(&self) -> u64 {
        let timing = self.timing();
        let Some(frame) = timing.frame_at(now()) else {
            return 0;
        };
        let margin = timing.period_frames + self.frames(SAFETY);
        (frame.max(0.0).round() as u64) + margin
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

/// Added to the one-period margin: the audio thread's wake-up jitter.
const SAFETY: Duration = Duration::from_millis(2);

#[allow(clippy::disallowed_methods)] // The audio edge: maps cue calls to output frames.
fn now() -> Instant {
    Instant::now()
}

/// Volume 0–100 to amplitude: squared, so equal steps sound roughly equal.
fn gain(volume: u8) -> f32 {
    let v = f32::from(volume.min(100)) / 100.0;
    v * v
}

/// When the output asked for audio: the clock and the frame then.
#[derive(Debug, Clone, Copy)]
struct Burst {
    at: Instant,
    frame: u64,
}

/// Periods `open` lets pass before the first cue: with fewer, the map can
/// still sit a late wake-up behind, and the first cue would sound early.
const SETTLE_PERIODS: u32 = 6;

/// How far the output's clock may drift from the system's, per second
/// (sound cards are within about 100 ppm).
const MAX_DRIFT: f64 = 0.000_5;

/// The output's pace as the audio thread sees it, and the map from the
/// clock to output frames that `play` uses.
///
/// The output asks for a period when it has room, but the audio thread
/// wakes late by a varying amount (PulseAudio's ALSA plugin hands out room
/// in its own ~28 ms steps). Frames written at a late wake-up sit early
/// against the clock, so the map follows the *earliest* wake-ups: the
/// highest `frame - rate * t` seen, let sink by `MAX_DRIFT`, and reset when
/// the output stalls or restarts (a drop of more than two periods).
#[derive(Debug, Clone, Copy)]
struct Timing {
    origin: Instant,
    rate: f64,
    prev: Option<Burst>,
    last: Option<Burst>,
    /// The longest period seen, in frames.
    period_frames: u64,
    /// The best estimate of `frame - rate * seconds since origin`.
    offset: Option<f64>,
    /// Periods seen since the estimate was (re)started.
    settled: u32,
}

impl Timing {
    fn new(origin: Instant, rate: u32) -> Timing {
        Timing {
            origin,
            rate: f64::from(rate),
            prev: None,
            last: None,
            period_frames: 0,
            offset: None,
            settled: 0,
        }
    }

    fn seconds(&self, at: Instant) -> f64 {
        at.saturating_duration_since(self.origin).as_secs_f64()
    }

    /// The output asked for the period starting at `frame` at `at`.
    fn record(&mut self, at: Instant, frame: u64) {
        if let Some(last) = self.last {
            self.period_frames = self.period_frames.max(frame.saturating_sub(last.frame));
            let offset = frame as f64 - self.rate * self.seconds(at);
            let since = self.seconds(at) - self.seconds(last.at);
            self.offset = Some(match self.offset {
                Some(best) => {
                    let allowed = best - MAX_DRIFT * self.rate * since;
                    if offset < allowed - 2.0 * self.period_frames as f64 {
                        self.settled = 0;
                        offset
                    } else {
                        self.settled += 1;
                        offset.max(allowed)
                    }
                }
                None => offset,
            });
        }
        self.prev = self.last;
        self.last = Some(Burst { at, frame });
    }

    /// The frame a writer keeping pace with the clock would write at `at`;
    /// `None` until two periods were seen.
    fn frame_at(&self, at: Instant) -> Option<f64> {
        Some(self.offset? + self.rate * self.seconds(at))
    }

    /// Whether the output pulls audio at the clock's pace at `at`: two
    /// periods in a row spaced as their length says, the last one recent,
    /// and enough periods since a stall for the map to have met an early
    /// wake-up.
    fn is_running(&self, at: Instant) -> bool {
        if self.settled < SETTLE_PERIODS {
            return false;
        }
        let (Some(prev), Some(last)) = (self.prev, self.last) else {
            return false;
        };
        let period = last.frame.saturating_sub(prev.frame) as f64 / self.rate;
        let gap = self.seconds(last.at) - self.seconds(prev.at);
        let age = self.seconds(at) - self.seconds(last.at);
        period > 0.0 && gap >= period * 0.5 && age <= period * 3.0 + 0.05
    }
}

/// A clip waiting for, or playing from, its start frame.
struct Scheduled {
    start: u64,
    samples: Arc<[f32]>,
    pos: usize,
}

/// The session's own mixer, one source in rodio's output mixer. It counts
/// output frames, notices when the output asks for the next period (a pause
/// between samples), and starts each clip exactly at its frame; rodio's
/// mixer alone would start a clip wherever the period in progress is.
struct Scheduler {
    channels: NonZero<u16>,
    rate: NonZero<u32>,
    /// The channel of the frame being emitted.
    channel: u16,
    frame: u64,
    /// The current frame's value, repeated on every channel.
    value: f32,
    from_session: Receiver<Scheduled>,
    waiting: Vec<Scheduled>,
    playing: Vec<Scheduled>,
    gain: Arc<AtomicU32>,
    factor: f32,
    timing: Arc<Mutex<Timing>>,
    last_check: Option<Instant>,
}

/// The scheduler looks at the clock and its inbox every this many frames.
const CHECK_FRAMES: u64 = 16;
/// A pause this long between two checks means a new period began: within a
/// period, the output takes samples back to back.
const PERIOD_GAP: Duration = Duration::from_millis(4);

impl Scheduler {
    fn check(&mut self) {
        let at = now();
        let new_period = self
            .last_check
            .is_none_or(|last| at.saturating_duration_since(last) >= PERIOD_GAP);
        self.last_check = Some(at);
        if new_period {
            // Never wait on the session here: skip an update rather than block.
            if let Ok(mut t) = self.timing.try_lock() {
                t.record(at, self.frame);
            }
        }
        self.waiting.extend(self.from_session.try_iter());
        self.factor = f32::from_bits(self.gain.load(Ordering::Relaxed));
    }

    fn mix_frame(&mut self) -> f32 {
        if self.frame.is_multiple_of(CHECK_FRAMES) {
            self.check();
        }
        let frame = self.frame;
        let mut i = 0;
        while i < self.waiting.len() {
            if self.waiting[i].start <= frame {
                let clip = self.waiting.swap_remove(i);
                self.playing.push(clip);
            } else {
                i += 1;
            }
        }
        let mut sum = 0.0;
        self.playing
            .retain_mut(|clip| match clip.samples.get(clip.pos) {
                Some(v) => {
                    sum += v;
                    clip.pos += 1;
                    true
                }
                None => false,
            });
        sum * self.factor
    }
}

impl Iterator for Scheduler {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.channel == 0 {
            self.value = self.mix_frame();
        }
        self.channel += 1;
        if self.channel == self.channels.get() {
            self.channel = 0;
            self.frame += 1;
        }
        // Endless: the output stays fed (with silence) while the session lives.
        Some(self.value)
    }
}

impl Source for Scheduler {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> NonZero<u16> {
        self.channels
    }

    fn sample_rate(&self) -> NonZero<u32> {
        self.rate
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }

    fn try_seek(&mut self, _: Duration) -> Result<(), rodio::source::SeekError> {
        Err(rodio::source::SeekError::NotSupported {
            underlying_source: "unknot's cue scheduler",
        })
    }
}

/// Every clip, decoded once, mono at the output's sample rate.
struct Clips {
    tones: Vec<Arc<[f32]>>,
    words: Vec<Arc<[f32]>>,
}

impl Clips {
    fn decode(rate: NonZero<u32>) -> Clips {
        Clips {
            tones: Tone::ALL.iter().map(|t| decode(t.bytes(), rate)).collect(),
            words: Word::ALL.iter().map(|w| decode(w.bytes(), rate)).collect(),
        }
    }

    fn tone(&self, tone: Tone) -> Arc<[f32]> {
        // ALL lists every variant in declaration order.
        Arc::clone(&self.tones[tone as usize])
    }

    fn word(&self, word: Word) -> Arc<[f32]> {
        Arc::clone(&self.words[word as usize])
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::model::{
        Breath, Equipment, Exercise, Phase, Position, Purpose, Routine, Sides,
    };
    use crate::routine::timeline::compile;

    const RATE: NonZero<u32> = NonZero::new(48_000).expect("non-zero");

    fn length(samples: &[f32]) -> f64 {
        samples.len() as f64 / 48_000.0
    }

    #[test]
    fn every_embedded_clip_decodes_with_a_sensible_length() {
        for &tone in Tone::ALL {
            let s = length(&decode(tone.bytes(), RATE));
            let (lo, hi) = match tone {
                Tone::Tick => (0.03, 0.15),
                Tone::BreatheIn => (1.4, 1.6),
                Tone::BreatheOut => (2.4, 2.6),
                _ => (0.2, 1.5),
            };
            assert!((lo..=hi).contains(&s), "{}: {s:.3} s", tone.name());
        }
        for &word in Word::ALL {
            let s = length(&decode(word.bytes(), RATE));
            assert!((0.2..=1.5).contains(&s), "{}: {s:.3} s", word.name());
        }
        let tone = |t: Tone| length(&decode(t.bytes(), RATE));
        assert!(tone(Tone::BreatheOut) > tone(Tone::BreatheIn));
    }

    #[test]
    fn clips_start_at_once_and_are_not_silent() {
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
        for &word in Word::ALL {
            let samples = decode(word.bytes(), RATE);
            let peak = samples.iter().fold(0.0_f32, |m, v| m.max(v.abs()));
            assert!(peak > 0.3, "{}: peak {peak}", word.name());
            // Leading silence is trimmed: speech within the first 30 ms.
            assert!(
                samples[..48 * 30].iter().any(|v| v.abs() > 0.005),
                "{}",
                word.name()
            );
        }
    }

    /// Periods of 2048 frames at 48 kHz whose wake-ups come 0–28 ms late.
    fn late_wakeups(timing: &mut Timing, origin: Instant, from: u64, to: u64, stall: f64) {
        for n in from..to {
            let ideal = stall + n as f64 * 2048.0 / 48_000.0;
            // A fixed pseudo-random lateness; every seventh is on time.
            let late = if n % 7 == 0 {
                0.0
            } else {
                (n * 7919 % 28) as f64 / 1000.0
            };
            timing.record(origin + Duration::from_secs_f64(ideal + late), n * 2048);
        }
    }

    #[test]
    fn the_clock_map_follows_the_earliest_wakeups_not_the_latest() {
        let origin = now();
        let mut t = Timing::new(origin, 48_000);
        late_wakeups(&mut t, origin, 0, 50, 0.0);
        assert_eq!(t.period_frames, 2048);
        for s in [2.5, 3.0, 3.3] {
            let want = s * 48_000.0;
            let got = t
                .frame_at(origin + Duration::from_secs_f64(s))
                .expect("mapped");
            assert!(
                (got - want).abs() < 48.0,
                "at {s} s: {got} frames, want {want}"
            );
        }
        assert!(t.is_running(origin + Duration::from_secs_f64(2.14)));
        assert!(!t.is_running(origin + Duration::from_secs(5)));
    }

    #[test]
    fn a_stalled_start_does_not_push_later_cues_back() {
        // Two periods at once (the prebuffer), 1.5 s of nothing, then pace.
        let origin = now();
        let mut t = Timing::new(origin, 48_000);
        t.record(origin, 0);
        t.record(origin + Duration::from_millis(1), 2048);
        assert!(!t.is_running(origin + Duration::from_millis(2)));
        late_wakeups(&mut t, origin, 2, 40, 1.5 - 2.0 * 2048.0 / 48_000.0);
        let s = 3.0;
        let want = (s - 1.5 + 2.0 * 2048.0 / 48_000.0) * 48_000.0;
        let got = t
            .frame_at(origin + Duration::from_secs_f64(s))
            .expect("mapped");
        assert!((got - want).abs() < 48.0, "{got} frames, want {want}");
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

    fn exercise(
        id: &str,
        sides: Sides,
        phases: &[(PhaseKind, u64)],
        breath: Option<(u64, u64)>,
    ) -> Exercise {
        Exercise {
            id: id.into(),
            title: id.into(),
            instructions: vec!["Do it.".into()],
            purpose: Purpose::Stretch,
            position: Position::Standing,
            equipment: Equipment::None,
            sides,
            sets: 1,
            reps: 1,
            phases: phases
                .iter()
                .map(|&(kind, s)| Phase {
                    kind,
                    duration: Duration::from_secs(s),
                })
                .collect(),
            breath: breath.map(|(i, e)| Breath {
                inhale: Duration::from_secs(i),
                exhale: Duration::from_secs(e),
            }),
            rest_between_sets: Duration::ZERO,
            rest_between_sides: Duration::from_secs(5),
        }
    }

    fn routine() -> Timeline {
        compile(&Routine {
            id: "t".into(),
            title: "t".into(),
            safety: String::new(),
            exercises: vec![
                exercise(
                    "stretch",
                    Sides::Both,
                    &[(PhaseKind::Hold, 20), (PhaseKind::Release, 3)],
                    Some((4, 6)),
                ),
                exercise(
                    "raise",
                    Sides::None,
                    &[(PhaseKind::Raise, 2), (PhaseKind::Lower, 3)],
                    None,
                ),
            ],
        })
    }

    fn cue(t: &Timeline, kind: CueKind) -> Cue {
        *t.cues
            .iter()
            .find(|c| c.kind == kind)
            .expect("the routine has this cue")
    }

    use Clip::{Tone as T, Word as W};

    #[test]
    fn an_exercise_opens_with_the_chime_and_get_ready_then_the_side() {
        let t = routine();
        let first = cue(&t, CueKind::ExerciseStart { exercise: 0 });
        assert_eq!(
            clips_for(&first, &t, true),
            [T(Tone::ExerciseStart), W(Word::GetReady), W(Word::LeftSide)]
        );
        let second = cue(&t, CueKind::ExerciseStart { exercise: 1 });
        assert_eq!(
            clips_for(&second, &t, true),
            [T(Tone::ExerciseStart), W(Word::NextExercise)]
        );
        assert_eq!(clips_for(&second, &t, false), [T(Tone::ExerciseStart)]);
    }

    #[test]
    fn effort_and_ease_phases_have_their_own_note_and_word() {
        let t = routine();
        let raise = cue(
            &t,
            CueKind::PhaseStart {
                step: Step::Phase(PhaseKind::Raise),
            },
        );
        assert_eq!(
            clips_for(&raise, &t, true),
            [T(Tone::PhaseEffort), W(Word::Raise)]
        );
        let lower = cue(
            &t,
            CueKind::PhaseStart {
                step: Step::Phase(PhaseKind::Lower),
            },
        );
        assert_eq!(
            clips_for(&lower, &t, true),
            [T(Tone::PhaseEase), W(Word::Lower)]
        );
        let release = cue(
            &t,
            CueKind::PhaseStart {
                step: Step::Phase(PhaseKind::Release),
            },
        );
        assert_eq!(clips_for(&release, &t, false), [T(Tone::PhaseEase)]);
    }

    #[test]
    fn only_the_first_breath_of_a_hold_is_named() {
        let t = routine();
        let breaths: Vec<Vec<Clip>> = t
            .cues
            .iter()
            .filter(|c| {
                matches!(
                    c.kind,
                    CueKind::PhaseStart {
                        step: Step::BreatheIn | Step::BreatheOut
                    }
                )
            })
            .map(|c| clips_for(c, &t, true))
            .collect();
        // 20 s hold of 4 s in / 6 s out: in, out, in, out — on each side.
        let named = vec![T(Tone::BreatheIn), W(Word::BreatheIn)];
        let named_out = vec![T(Tone::BreatheOut), W(Word::BreatheOut)];
        let plain = vec![T(Tone::BreatheIn)];
        let plain_out = vec![T(Tone::BreatheOut)];
        let side = [named, named_out, plain, plain_out];
        assert_eq!(breaths, [side.clone(), side].concat());
    }

    #[test]
    fn counts_tick_sides_switch_and_the_end_is_praised() {
        let t = routine();
        for n in 1..=3 {
            assert_eq!(
                clips_for(&cue(&t, CueKind::Count { n }), &t, true),
                [T(Tone::Tick)]
            );
        }
        assert_eq!(
            clips_for(&cue(&t, CueKind::SwitchSides), &t, true),
            [
                T(Tone::SwitchSides),
                W(Word::SwitchSides),
                W(Word::RightSide)
            ]
        );
        assert!(clips_for(&cue(&t, CueKind::ExerciseDone { exercise: 0 }), &t, true).is_empty());
        assert_eq!(
            clips_for(&cue(&t, CueKind::RoutineDone), &t, true),
            [T(Tone::Done), W(Word::WellDone)]
        );
    }

    #[test]
    fn every_cue_of_the_builtin_routines_has_a_tone_or_is_covered_by_the_next() {
        for routine in crate::routine::builtin::all() {
            let t = compile(&routine);
            for c in &t.cues {
                let clips = clips_for(c, &t, true);
                let has_tone = clips.iter().any(|c| matches!(c, Clip::Tone(_)));
                assert!(
                    has_tone || matches!(c.kind, CueKind::ExerciseDone { .. }),
                    "{}: {c:?} is silent",
                    routine.id
                );
            }
        }
    }
}
