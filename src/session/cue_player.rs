//! The hidden `unknot-session cue-player`: plays cues through a real `AudioSession`
//! and prints when it played each. Its `check` mode is the shoulder check's
//! sound, which the background app runs as a child with no window, so that
//! the app itself opens no audio output; the other modes are for the
//! desktop tests that record the sound server (tests/it/audio.rs). Not for
//! people to run.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::audio::{AudioError, AudioSession};
use crate::routine::sound::{clips_for, CueSound};
use crate::routine::timeline::{compile, Cue, CueKind, Timeline};
use crate::routine::{builtin, voice};

use super::{print, EXIT_FAILURE, EXIT_INVALID};

#[derive(Debug, clap::Subcommand)]
pub enum CuePlayerMode {
    /// Only open the output: prints `open: ok` or `open: err: WHY`
    Open,
    /// Play the daily routine's first cue and its count tick at the given
    /// moments, each `start@MS` or `tick@MS` (ms after the first)
    Script {
        #[arg(required = true)]
        cues: Vec<String>,
    },
    /// The daily routine's first second as the window plays it, then a user
    /// routine's first spoken cue 15 s later
    Speech,
    /// The shoulder check: a tone at its start and at its end (its
    /// length apart), and with `--voice` its lines at their moments
    Check {
        /// 0 to 100
        #[arg(long, default_value_t = 70)]
        volume: u8,
        #[arg(long)]
        voice: bool,
    },
}

pub fn command(mode: &CuePlayerMode) -> ExitCode {
    match mode {
        CuePlayerMode::Open => match AudioSession::open(80, true) {
            Ok(_) => print("open: ok\n"),
            Err(e) => print(&format!("open: err: {e}\n")),
        },
        CuePlayerMode::Script { cues } => match parse_script(cues) {
            Ok(script) => play_script(&script),
            Err(bad) => {
                eprintln!("unknot cue-player: {bad:?} is not start@MS or tick@MS");
                ExitCode::from(EXIT_INVALID)
            }
        },
        CuePlayerMode::Speech => speech(),
        CuePlayerMode::Check { volume, voice } => check(*volume, *voice),
    }
}

/// The shoulder check's sound, then exit once it has sounded out.
#[allow(clippy::disallowed_methods)] // shell code: it plays cues at wall moments
fn check(volume: u8, voice: bool) -> ExitCode {
    let Some(routine) = builtin::find(builtin::SHOULDER_CHECK) else {
        return ExitCode::from(EXIT_FAILURE);
    };
    let timeline = compile(&routine);
    let mut session = match AudioSession::open(volume, voice) {
        Ok(session) => session,
        Err(e) => return no_output(&e),
    };
    // Its lines decoded ahead (a few short clips).
    session.prepare(&timeline.cues);
    let t0 = Instant::now();
    let mut last_end = t0;
    for cue in &timeline.cues {
        let what = match cue.kind {
            CueKind::ExerciseStart { .. } => "start",
            CueKind::RoutineDone => "end",
            CueKind::Say { .. } if voice => "line",
            _ => continue,
        };
        let due = t0 + Duration::from_millis(cue.at_ms);
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
        if cue.kind == CueKind::RoutineDone {
            // The end's tone alone: no "You are done" after twenty seconds.
            session.play_tone(crate::routine::sound::Tone::Done);
        } else {
            session.play(cue, &timeline);
        }
        for clip in clips_for(cue, &timeline, voice) {
            if let CueSound::Voice(text) = clip {
                let ms = voice::clip(text).map_or(0, |c| c.ms);
                last_end = last_end.max(due + Duration::from_millis(ms));
            }
        }
        print(&format!(
            "played {what} at {:.3} ms\n",
            t0.elapsed().as_secs_f64() * 1000.0
        ));
    }
    // The last tone (about a second) and the output's latency.
    std::thread::sleep(
        (last_end.max(Instant::now()) + Duration::from_millis(1_500))
            .saturating_duration_since(Instant::now()),
    );
    ExitCode::SUCCESS
}

/// `start@0 tick@1400` → [(true, 0), (false, 1400)]: whether the cue is the
/// exercise's start (else a count tick), and its moment.
fn parse_script(cues: &[String]) -> Result<Vec<(bool, u64)>, &str> {
    cues.iter()
        .map(|c| {
            let (what, at) = c.split_once('@').ok_or(c.as_str())?;
            let at = at.parse().map_err(|_| c.as_str())?;
            match what {
                "start" => Ok((true, at)),
                "tick" => Ok((false, at)),
                _ => Err(c.as_str()),
            }
        })
        .collect()
}

/// The built-in daily routine's compiled timeline.
fn daily() -> Timeline {
    compile(&builtin::find("upper-trap").expect("upper-trap is built in"))
}

fn first(timeline: &Timeline, kind: CueKind) -> Cue {
    *timeline
        .cues
        .iter()
        .find(|c| c.kind == kind)
        .expect("the daily routine has this cue")
}

#[allow(clippy::disallowed_methods)] // shell code: it plays cues at wall moments
fn play_script(script: &[(bool, u64)]) -> ExitCode {
    let timeline = daily();
    let start = first(&timeline, CueKind::ExerciseStart { exercise: 0 });
    let tick = first(&timeline, CueKind::Count { n: 3 });
    let opened = Instant::now();
    let mut session = match AudioSession::open(100, false) {
        Ok(session) => session,
        Err(e) => return no_output(&e),
    };
    print(&format!("opened in {} ms\n", opened.elapsed().as_millis()));
    // The first cue at once, as the window plays an exercise's start.
    let t0 = Instant::now();
    for &(is_start, at) in script {
        let due = t0 + Duration::from_millis(at);
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
        let played = t0.elapsed();
        session.play(if is_start { &start } else { &tick }, &timeline);
        let what = if is_start { "start" } else { "tick" };
        print(&format!(
            "played {what} at {:.3} ms\n",
            played.as_secs_f64() * 1000.0
        ));
    }
    // Let the last tick sound before the output closes.
    std::thread::sleep(Duration::from_millis(600));
    ExitCode::SUCCESS
}

/// The daily routine's first moment as the window plays it (the chime at 0,
/// the safety line at its cue), then a user routine's first spoken cue,
/// which only has the generic clips.
#[allow(clippy::disallowed_methods)] // shell code: it plays cues at wall moments
fn speech() -> ExitCode {
    let daily = daily();
    let mut user = builtin::find("desk-reset").expect("desk-reset is built in");
    user.id = "mine".into();
    user.spoken_safety.clear();
    for e in &mut user.exercises {
        e.guide = None;
    }
    let user = compile(&user);
    let mut session = match AudioSession::open(100, true) {
        Ok(session) => session,
        Err(e) => return no_output(&e),
    };
    // Decoded ahead, as the window does a few seconds before each line:
    // decoding the stop signs' 12 s clip at its moment made it ~200 ms late.
    let upcoming: Vec<Cue> = [&daily, &user]
        .iter()
        .flat_map(|t| t.cues_between(0, 1_000).iter().copied())
        .collect();
    session.prepare(&upcoming);
    let t0 = Instant::now();
    // When the last clip played ends.
    let mut last_end = t0;
    // The daily routine's chime and stop signs; the user routine's first
    // line alone ("Get ready.", 250 ms in: the next line may start before
    // 1 s, after a short clip and the 150 ms gap).
    for (name, timeline, offset, until) in [
        ("daily", &daily, 0_u64, 1_000),
        ("user", &user, 15_000, 500),
    ] {
        // The user routine's words alone: the chime outlasts a short line.
        let words_only = name == "user";
        for cue in timeline.cues_between(0, until) {
            if words_only && !matches!(cue.kind, CueKind::Say { .. }) {
                continue;
            }
            let due = t0 + Duration::from_millis(offset + cue.at_ms);
            std::thread::sleep(due.saturating_duration_since(Instant::now()));
            session.play(cue, timeline);
            let clips = clips_for(cue, timeline, true);
            for clip in &clips {
                if let CueSound::Voice(text) = clip {
                    let ms = voice::clip(text).map_or(0, |c| c.ms);
                    last_end = last_end.max(due + Duration::from_millis(ms));
                }
            }
            let heard: Vec<String> = clips.into_iter().map(CueSound::heard).collect();
            print(&format!(
                "played {name} {heard:?} at {:.3} ms\n",
                t0.elapsed().as_secs_f64() * 1000.0
            ));
        }
    }
    // The last line sounds out before the output closes: a line shares its
    // cue with a tone starts 250 ms after it, and the output and the sound
    // server add their latency; a cut line fails the test, it never passes it.
    std::thread::sleep(
        (last_end + Duration::from_millis(1_000)).saturating_duration_since(Instant::now()),
    );
    ExitCode::SUCCESS
}

fn no_output(e: &AudioError) -> ExitCode {
    eprintln!("unknot cue-player: {e}");
    ExitCode::from(EXIT_FAILURE)
}
