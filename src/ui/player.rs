//! Pure: the guided window's player, a state machine over a routine's
//! timeline. It never reads a clock: the shell passes `now_ms` (monotonic
//! milliseconds) into every call, feeds inputs, plays the cues `advance`
//! returns, draws `state`, and sleeps until `next_wake`.
//!
//! Rules:
//! - Time passes only while playing: the position in the timeline is frozen
//!   on the start screen, while paused and at the end.
//! - `Next` jumps to the start of the next exercise (past the last: the end
//!   screen); `Restart` jumps back to the start of the current exercise, its
//!   get-ready included. Both keep a pause as it is.
//! - Cues come out of `advance` once each, in order, as the position passes
//!   them. Cues jumped over are never played, nor is the jumped-from
//!   exercise's `ExerciseDone`. While muted, cues are consumed but not
//!   returned, so unmuting does not replay a backlog. A cue more than
//!   `STALE_CUE_MS` behind the position (the shell was late) is dropped: a
//!   late "3, 2, 1" is worse than none.
//! - Outcomes, per exercise: `Done` once played through to its end;
//!   `Partial` once its first rep began (the get-ready was over) but it was
//!   left by `Next` or `Stop`; otherwise `Skipped`. They only ever go up.
//! - `Stop` (Esc, the window's close button, Close on the end screen) ends
//!   the session at once: `should_close` turns true. The end screen closes
//!   by itself `AUTO_CLOSE_MS` after the routine ended.

use crate::config::CheckIn;
use crate::routine::describe::{needs, Need};
use crate::routine::speech::{self, GAP_MS};
use crate::routine::{
    compile, voice, Cue, CueKind, Level, Purpose, Routine, Segment, Side, Step, Timeline,
};
use crate::values::ExerciseOutcome;

use super::pose::{self, Figure, PhaseClock, Pose};
use super::view::mid_sentence;

/// The end screen closes by itself this long after the routine ends.
pub const AUTO_CLOSE_MS: u64 = 20_000;
/// Cues further behind than this when `advance` finally runs are dropped.
pub const STALE_CUE_MS: u64 = 1_500;
/// The breathing ring moves in steps this long; other rings and every
/// countdown change once a second.
pub const BREATH_TICK_MS: u64 = 250;
/// Room for the audio output to open before the first line is said.
const AUDIO_OPEN_MS: u64 = 700;
/// After the before-rating is said back, this pause before the routine's
/// first sound, so the number is heard alone.
const AFTER_RATING_MS: u64 = 900;

/// What the user can do. Keys (Space, →, ←, M, Esc) and clicks map to these.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlayerInput {
    /// Start the routine from the start screen (Space or the Start button).
    Begin,
    /// Pause or resume (Space); begins on the start screen.
    TogglePause,
    /// → : on to the next exercise.
    Next,
    /// ← : back to the start of the current exercise.
    Restart,
    /// M: cues stop coming out of `advance`, or come again.
    ToggleMute,
    /// Closing the window, or the Stop / Close / Not now buttons.
    Stop,
    /// Esc: skips a check-in that is showing; anywhere else, `Stop`.
    Escape,
    /// "Stop — it hurt" (H): ends the routine at once, recorded as a stop
    /// for pain; the end screen still asks how the knot feels.
    StopHurt,
    /// A check-in rating, 0–10 (a digit key, or a click on the row).
    Rate(u8),
    /// The Statistics window: the weeks view (`true`) or the days.
    ShowWeeks(bool),
    /// Tab or W in the Statistics window.
    ToggleWeeks,
    /// A click at logical `(x, y)`: the button there, if any, decides.
    Click(f32, f32),
}

/// Which picture the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The check-in before the routine.
    CheckIn,
    Playing,
    Paused,
    End,
}

/// "Rep 3 of 8": a 1-based count and its total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub n: u32,
    pub of: u32,
}

/// Which side the user works now, or is about to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideNote {
    /// The exercise has no sides.
    None,
    /// Getting ready for a two-sided exercise: the left side comes first.
    LeftFirst,
    Left,
    /// Switching sides: the right side comes next.
    RightNext,
    Right,
}

/// How the progress ring moves in this segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Drains as the phase's seconds run out.
    Countdown,
    /// Fills as the user breathes in.
    Inhale,
    /// Empties as the user breathes out.
    Exhale,
}

/// The current moment of a playing (or paused) routine.
#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    pub exercise_title: String,
    /// One instruction line fitting the step (set-up while getting ready,
    /// the movement while working, the let-go while releasing).
    pub instruction: String,
    pub step: Step,
    /// The large word: Hold, Breathe in, Raise, Rest, Switch sides, …
    pub word: String,
    /// Whole seconds left in the phase, rounded up. For a hold paced by
    /// breaths: left in the whole hold, not in the breath.
    pub seconds_left: u32,
    /// How far into the current segment (the breath, for a paced hold),
    /// 0..=1, in whole seconds (or `BREATH_TICK_MS` steps for breaths).
    pub progress: f32,
    pub pace: Pace,
    /// Only for exercises with more than one rep; `None` outside reps.
    pub rep: Option<Count>,
    /// Only for exercises with more than one set; while resting between
    /// sets, the set just finished.
    pub set: Option<Count>,
    pub side: SideNote,
    /// The side as the window names it: the exercise's own words ("Ear to
    /// left shoulder") or "Left side"; `None` for one-sided exercises.
    pub side_label: Option<String>,
    /// The figure at this moment (`pose`), on its 33 ms frame grid.
    pub pose: Pose,
}

/// What the end screen reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Exercises played through to their end.
    pub exercises_done: usize,
    pub exercises_total: usize,
    /// Exercise time, counted as `unknot stats` counts it: an exercise's
    /// whole length if done, half of it if partial.
    pub exercise_ms: u64,
    /// Set by the shell from the history (`Player::set_streak`).
    pub streak_today_done: Option<bool>,
    pub current_streak: Option<u32>,
    /// The check-ins, as given.
    pub tension_before: Option<u8>,
    pub tension_after: Option<u8>,
    /// Ended with "Stop — it hurt".
    pub hurt: bool,
    /// …on an exercise that already hurt in the last fortnight: it is left
    /// out now, and the screen says pain that comes back is worth showing.
    pub hurt_again: bool,
}

/// A check-in on screen: before the routine (its own screen) or after it
/// (on the end screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ask {
    pub after: bool,
    /// The rating the arrows have moved to, which Enter or Space picks.
    pub choice: Option<u8>,
}

/// How a session opens: what the config and the engine decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Opening {
    pub skip_start_screen: bool,
    pub checkin: CheckIn,
    /// The daily routine's level, for its start screen.
    pub level: Option<Level>,
    /// Say the keys as the session opens (a user's first sessions).
    pub say_keys: bool,
}

/// A line the window says outside the timeline (`Player::take_said`):
/// `after_ms` from the moment it is taken, each after the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said {
    pub after_ms: u64,
    pub text: &'static str,
}

/// Where "Stop — it hurt" was pressed: the exercise (its id) and the side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HurtAt {
    pub exercise: String,
    /// `Side::None` for an exercise without sides.
    pub side: Side,
}

/// A plain snapshot of everything the view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayerState {
    pub screen: Screen,
    pub routine_title: String,
    pub routine_ms: u64,
    pub needs: Vec<Need>,
    pub safety: String,
    /// The first exercise's starting position, for the start screen.
    pub start_pose: Option<Pose>,
    pub exercise_count: usize,
    /// 0-based: the exercise playing (the last one at the end).
    pub exercise_index: usize,
    /// Title of the exercise after the current one, if any.
    pub next_exercise: Option<String>,
    /// How far through the whole routine, 0..=1, in whole seconds.
    pub routine_progress: f32,
    /// `Some` while playing or paused.
    pub moment: Option<Moment>,
    pub muted: bool,
    /// `Some` at the end.
    pub summary: Option<Summary>,
    /// "Level 2 · 3 sets of 8", on the daily routine's start screen.
    pub level_line: Option<String>,
    /// The check-in being asked, if any.
    pub ask: Option<Ask>,
    /// What was left out after pain, for the start screen.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Start,
    /// The check-in before the routine.
    Asking,
    Running,
    Stopped,
}

/// The player of one guided session.
#[derive(Debug, Clone)]
pub struct Player {
    routine: Routine,
    timeline: Timeline,
    /// Per exercise: where its first rep begins (its get-ready is over).
    work_start: Vec<u64>,
    stage: Stage,
    /// Position in the timeline at `anchor_ms`.
    pos_ms: u64,
    /// When `pos_ms` was taken; while playing, the position grows from here.
    anchor_ms: u64,
    paused: bool,
    muted: bool,
    /// Index of the first cue not yet handed out.
    cue_next: usize,
    reached: Vec<bool>,
    done: Vec<bool>,
    /// When the routine ended (played or jumped to its end), once known.
    ended_at: Option<u64>,
    streak: Option<(bool, u32)>,
    opening: Opening,
    before: Option<u8>,
    after: Option<u8>,
    choice: Option<u8>,
    /// The after check-in was answered or skipped, at this time: the end
    /// screen's own closing counts from here.
    after_closed_at: Option<u64>,
    hurt: bool,
    hurt_at: Option<HurtAt>,
    /// Exercises that already hurt in the last fortnight (ids): a pain stop
    /// on one of them is the second, and the engine leaves it out.
    hurt_before: Vec<String>,
    /// Lines to say outside the timeline, not yet taken; and whether what
    /// is playing should be cut off first.
    said: Vec<&'static str>,
    /// How long after being taken the first of `said` starts.
    said_delay: u64,
    hush: bool,
    /// The after check-in's question was queued.
    asked_after: bool,
    /// With no start screen but the keys to say: the routine begins then,
    /// once they have been said.
    begin_at: Option<u64>,
    note: Option<String>,
    /// Reduced motion (`appearance.motion`): each phase's key pose without
    /// in-between frames; the ring and countdown move once a second.
    reduced_motion: bool,
}

impl Player {
    /// A player on the start screen, or already playing from `now_ms` if
    /// `skip_start_screen`.
    pub fn new(routine: Routine, skip_start_screen: bool, now_ms: u64) -> Player {
        let opening = Opening {
            skip_start_screen,
            ..Opening::default()
        };
        Player::open(routine, opening, now_ms)
    }

    /// A player as `opening` says: the start screen or not, which check-ins
    /// it asks, the level it names.
    pub fn open(routine: Routine, opening: Opening, now_ms: u64) -> Player {
        let timeline = compile(&routine);
        let work_start = timeline
            .exercises
            .iter()
            .enumerate()
            .map(|(i, span)| {
                timeline
                    .segments
                    .iter()
                    .find(|s| s.exercise == i && s.step != Step::GetReady)
                    .map_or(span.start_ms + span.duration_ms, |s| s.start_ms)
            })
            .collect();
        let n = routine.exercises.len();
        let mut player = Player {
            routine,
            timeline,
            work_start,
            stage: Stage::Start,
            pos_ms: 0,
            anchor_ms: now_ms,
            paused: false,
            muted: false,
            cue_next: 0,
            reached: vec![false; n],
            done: vec![false; n],
            ended_at: None,
            streak: None,
            opening,
            before: None,
            after: None,
            choice: None,
            after_closed_at: None,
            hurt: false,
            hurt_at: None,
            said_delay: 0,
            hurt_before: Vec::new(),
            reduced_motion: false,
            said: Vec::new(),
            hush: false,
            asked_after: false,
            begin_at: None,
            note: None,
        };
        if opening.say_keys {
            player.say(&speech::keys());
        }
        if opening.skip_start_screen && opening.say_keys && !opening.checkin.before() {
            // The output takes a moment to open; then the keys, then the routine.
            let keys = voice::clip(&speech::keys()).map_or(0, |c| c.ms);
            player.begin_at = Some(now_ms + AUDIO_OPEN_MS + keys + GAP_MS);
            return player;
        }
        if opening.skip_start_screen {
            player.handle(PlayerInput::Begin, now_ms);
        }
        player
    }

    /// The compiled timeline being played.
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    pub fn routine(&self) -> &Routine {
        &self.routine
    }

    /// Applies one input at `now_ms`.
    pub fn handle(&mut self, input: PlayerInput, now_ms: u64) {
        self.sync(now_ms);
        let ended = self.ended_at.is_some();
        match input {
            PlayerInput::Click(x, y) => {
                let hit = super::view::view(&self.state(now_ms)).hit(x, y);
                if let Some(input) = hit.filter(|i| !matches!(i, PlayerInput::Click(..))) {
                    self.handle(input, now_ms);
                }
            }
            // A check-in on screen takes the keys that pick a rating.
            PlayerInput::Begin | PlayerInput::TogglePause if self.asking(now_ms) => {
                if let Some(choice) = self.choice {
                    self.rate(choice, now_ms);
                }
            }
            PlayerInput::Next | PlayerInput::Restart if self.asking(now_ms) => {
                let up = input == PlayerInput::Next;
                self.choice = Some(match (self.choice, up) {
                    (None, _) => 5,
                    (Some(c), true) => (c + 1).min(10),
                    (Some(c), false) => c.saturating_sub(1),
                });
            }
            PlayerInput::Rate(n) if self.asking(now_ms) && n <= 10 => self.rate(n, now_ms),
            PlayerInput::Rate(_) => {}
            PlayerInput::Escape if self.asking(now_ms) => self.skip_rating(now_ms),
            PlayerInput::Escape => self.stage = Stage::Stopped,
            PlayerInput::StopHurt if self.stage == Stage::Running && !ended => {
                self.stop_hurt(now_ms);
            }
            PlayerInput::StopHurt | PlayerInput::ShowWeeks(_) | PlayerInput::ToggleWeeks => {}
            PlayerInput::Begin => self.begin(now_ms),
            PlayerInput::TogglePause => match self.stage {
                Stage::Start => self.begin(now_ms),
                Stage::Running if !ended => self.paused = !self.paused,
                _ => {}
            },
            PlayerInput::Next if self.stage == Stage::Running && !ended => {
                let next = self.current_exercise() + 1;
                let target = self
                    .timeline
                    .exercises
                    .get(next)
                    .map_or(self.timeline.total_ms, |e| e.start_ms);
                self.jump(target, now_ms);
            }
            PlayerInput::Restart if self.stage == Stage::Running && !ended => {
                let target = self
                    .timeline
                    .exercises
                    .get(self.current_exercise())
                    .map_or(0, |e| e.start_ms);
                self.jump(target, now_ms);
            }
            PlayerInput::Next | PlayerInput::Restart => {}
            PlayerInput::ToggleMute => self.muted = !self.muted,
            PlayerInput::Stop => self.stage = Stage::Stopped,
        }
    }

    /// Moves time to `now_ms` and returns the cues passed since the last
    /// call, in order (none while paused, muted, stopped or not begun).
    pub fn advance(&mut self, now_ms: u64) -> Vec<Cue> {
        self.sync(now_ms);
        if self.stage != Stage::Running || self.paused {
            return Vec::new();
        }
        let pos = self.pos_ms;
        let cues = &self.timeline.cues;
        let end = cues.partition_point(|c| c.at_ms <= pos).max(self.cue_next);
        let from = self.cue_next;
        self.cue_next = end;
        if self.asking(now_ms) && !self.asked_after {
            // The end screen's question, once the closing line has been said.
            self.asked_after = true;
            if self.said.is_empty() {
                let done = voice::clip(&speech::done()).map_or(0, |c| c.ms);
                self.said_delay = speech::AFTER_TONE_MS + done + GAP_MS;
            }
            self.say(&speech::checkin_after());
        }
        if self.muted {
            return Vec::new();
        }
        self.timeline.cues[from..end]
            .iter()
            .filter(|c| c.at_ms.saturating_add(STALE_CUE_MS) >= pos)
            .copied()
            .collect()
    }

    /// The cues still to come in the next `within_ms` of the routine (none
    /// while paused or not playing): what the audio should have ready.
    pub fn upcoming(&self, now_ms: u64, within_ms: u64) -> &[Cue] {
        if self.stage != Stage::Running || self.paused {
            return &[];
        }
        let until = self.position(now_ms).saturating_add(within_ms);
        let cues = &self.timeline.cues[self.cue_next.min(self.timeline.cues.len())..];
        &cues[..cues.partition_point(|c| c.at_ms < until)]
    }

    /// When `cue`, which `advance(now_ms)` just returned, was due, in the
    /// same milliseconds: the shell plays it that much late, so a wake-up
    /// that came late does not move the sound.
    pub fn due_ms(&self, cue: &Cue, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.position(now_ms).saturating_sub(cue.at_ms))
    }

    /// What the window shows at `now_ms`.
    pub fn state(&self, now_ms: u64) -> PlayerState {
        let pos = self.position(now_ms);
        let total = self.timeline.total_ms;
        let ended = self.stage == Stage::Stopped || pos >= total;
        let screen = match self.stage {
            Stage::Start => Screen::Start,
            Stage::Asking => Screen::CheckIn,
            _ if ended => Screen::End,
            _ if self.paused => Screen::Paused,
            _ => Screen::Playing,
        };
        let count = self.routine.exercises.len();
        let index = self.exercise_at(pos).min(count.saturating_sub(1));
        let moment = match screen {
            Screen::Playing | Screen::Paused => self.moment(pos),
            Screen::Start | Screen::CheckIn | Screen::End => None,
        };
        let summary = (screen == Screen::End).then(|| self.summary(pos));
        PlayerState {
            screen,
            routine_title: self.routine.title.clone(),
            routine_ms: total,
            needs: needs(&self.routine),
            safety: self.routine.safety.clone(),
            start_pose: self
                .routine
                .exercises
                .first()
                .map(|e| Pose::start(Figure::of(e), e.sides == crate::routine::Sides::Right)),
            exercise_count: count,
            exercise_index: index,
            next_exercise: self
                .routine
                .exercises
                .get(index + 1)
                .map(|e| e.title.clone()),
            routine_progress: if total == 0 {
                1.0
            } else {
                ((pos / 1000 * 1000) as f32 / total as f32).min(1.0)
            },
            moment,
            muted: self.muted,
            summary,
            level_line: self.level_line(),
            ask: self.asking(now_ms).then_some(Ask {
                after: self.stage != Stage::Asking,
                choice: self.choice,
            }),
            note: self.note.clone(),
        }
    }

    /// The check-ins given so far: before, after.
    pub fn ratings(&self) -> (Option<u8>, Option<u8>) {
        (self.before, self.after)
    }

    /// Ended with "Stop — it hurt".
    pub fn hurt(&self) -> bool {
        self.hurt
    }

    /// Where "Stop — it hurt" was pressed.
    pub fn hurt_at(&self) -> Option<&HurtAt> {
        self.hurt_at.as_ref()
    }

    /// What the start screen says was left out after pain.
    pub fn set_note(&mut self, note: Option<String>) {
        self.note = note;
    }

    /// Reduced motion on or off (`appearance.motion`, or the desktop's).
    pub fn set_reduced_motion(&mut self, on: bool) {
        self.reduced_motion = on;
    }

    /// How often the ring of `step` moves: a breath's in quarter seconds,
    /// once a second with reduced motion (and for every other step).
    fn tick(&self, step: Step) -> u64 {
        if self.reduced_motion {
            1000
        } else {
            tick_ms(step)
        }
    }

    /// The exercises (ids) that already hurt in the last fortnight.
    pub fn set_hurt_before(&mut self, exercises: Vec<String>) {
        self.hurt_before = exercises;
    }

    /// The lines to say now, outside the timeline, each placed after the
    /// one before; and whether to cut off what is playing first. Empty
    /// (and nothing cut) while muted: like cues, they are not kept for
    /// later.
    pub fn take_said(&mut self) -> (bool, Vec<Said>) {
        let hush = std::mem::take(&mut self.hush);
        let texts = std::mem::take(&mut self.said);
        if self.muted {
            return (false, Vec::new());
        }
        let mut at = std::mem::take(&mut self.said_delay);
        let said = texts
            .into_iter()
            .map(|text| {
                let line = Said { after_ms: at, text };
                at += voice::clip(text).map_or(0, |c| c.ms) + GAP_MS;
                line
            })
            .collect();
        (hush, said)
    }

    /// When something shown next changes (a second of a countdown, a step
    /// of the breathing ring, a segment, a cue, the end screen closing);
    /// `None` when nothing will change without an input.
    pub fn next_wake(&self, now_ms: u64) -> Option<u64> {
        if matches!(self.stage, Stage::Start | Stage::Asking) {
            return self.begin_at;
        }
        if self.stage != Stage::Running {
            return None;
        }
        if let Some(end) = self.end_time(now_ms) {
            // Waiting for the after check-in: nothing changes by itself.
            if self.asking(now_ms) {
                return None;
            }
            return Some(self.closing_from(end).saturating_add(AUTO_CLOSE_MS));
        }
        if self.paused {
            return None;
        }
        let pos = self.position(now_ms);
        let (index, segment) = self.segment_at(pos)?;
        // The first moment after `pos` at which `end - t` is a multiple of `tick`.
        let step = |end: u64, tick: u64| pos + (end - pos - 1) % tick + 1;
        let mut wake = step(segment.end_ms(), self.tick(segment.step));
        wake = wake.min(step(self.phase_end(index), 1000));
        // The routine's progress bar moves in whole seconds of the routine.
        wake = wake.min((pos / 1000 + 1) * 1000);
        // The figure moves: a frame every `FRAME_MS` until it settles.
        let clock = self.phase_clock(index, pos, 0.0);
        if !self.reduced_motion && pose::moving(&clock) {
            wake = wake.min(pos - clock.elapsed_ms + pose::next_frame(&clock));
        }
        if let Some(cue) = self.timeline.cues[self.cue_next..]
            .iter()
            .find(|c| c.at_ms > pos)
        {
            wake = wake.min(cue.at_ms);
        }
        Some(now_ms.saturating_add(wake - pos))
    }

    /// One outcome per exercise, as of the last call that took `now_ms`.
    pub fn outcomes(&self) -> Vec<ExerciseOutcome> {
        self.done
            .iter()
            .zip(&self.reached)
            .map(|(&done, &reached)| match (done, reached) {
                (true, _) => ExerciseOutcome::Done,
                (false, true) => ExerciseOutcome::Partial,
                (false, false) => ExerciseOutcome::Skipped,
            })
            .collect()
    }

    /// The session is over: the routine ended or the user stopped it (as of
    /// the last call that took `now_ms`).
    pub fn is_finished(&self) -> bool {
        self.stage == Stage::Stopped || self.ended_at.is_some()
    }

    /// True once the window should go: stopped, or the end screen has been
    /// up for `AUTO_CLOSE_MS`.
    pub fn should_close(&self, now_ms: u64) -> bool {
        self.stage == Stage::Stopped
            || (!self.asking(now_ms)
                && self.end_time(now_ms).is_some_and(|end| {
                    now_ms >= self.closing_from(end).saturating_add(AUTO_CLOSE_MS)
                }))
    }

    /// The streak for the end screen, which the shell reads from the history
    /// once it has recorded this session.
    pub fn set_streak(&mut self, today_done: bool, current: u32) {
        self.streak = Some((today_done, current));
    }

    // ---- inside ----

    /// A check-in is on screen: before the routine, or on the end screen
    /// until answered or skipped.
    fn asking(&self, now_ms: u64) -> bool {
        match self.stage {
            Stage::Asking => true,
            Stage::Running => {
                self.opening.checkin.after()
                    && self.after_closed_at.is_none()
                    && self.end_time(now_ms).is_some()
            }
            Stage::Start | Stage::Stopped => false,
        }
    }

    /// The end screen's own closing counts from the routine's end, or from
    /// the after check-in once it was answered.
    fn closing_from(&self, end: u64) -> u64 {
        self.after_closed_at.map_or(end, |at| at.max(end))
    }

    fn rate(&mut self, rating: u8, now_ms: u64) {
        self.choice = None;
        // Said back, over whatever the question had left to say.
        self.said.clear();
        self.said_delay = 0;
        self.hush = true;
        let mut word_ms = 0;
        if let Some(word) = speech::rating_word(rating) {
            self.say(&word);
            word_ms = voice::clip(&word).map_or(0, |c| c.ms);
        }
        if self.stage == Stage::Asking {
            self.before = Some(rating);
            // The routine begins once the number has been heard.
            self.begin_at = Some(now_ms + word_ms + AFTER_RATING_MS);
        } else {
            self.after = Some(rating);
            self.after_closed_at = Some(now_ms);
        }
    }

    fn skip_rating(&mut self, now_ms: u64) {
        self.choice = None;
        // The question stops where it is.
        self.said.clear();
        self.said_delay = 0;
        self.hush = true;
        if self.stage == Stage::Asking {
            self.run(now_ms);
        } else {
            self.after_closed_at = Some(now_ms);
        }
    }

    fn begin(&mut self, now_ms: u64) {
        if self.stage != Stage::Start {
            return;
        }
        if self.opening.checkin.before() {
            self.stage = Stage::Asking;
            self.say(&speech::checkin_before());
        } else {
            self.run(now_ms);
        }
    }

    fn say(&mut self, text: &str) {
        if let Some(text) = voice::say(text) {
            self.said.push(text);
        }
    }

    /// "Stop — it hurt": nothing more of the timeline is heard (no closing
    /// line, no chime), what plays is cut off, and the calm lines are said
    /// instead, then the after check-in's question if it is asked.
    fn stop_hurt(&mut self, now_ms: u64) {
        let pos = self.position(now_ms);
        self.sync(now_ms);
        self.hurt = true;
        self.hurt_at = self.hurt_at_pos(pos);
        self.paused = false;
        self.jump(self.timeline.total_ms, now_ms);
        self.cue_next = self.timeline.cues.len();
        self.said.clear();
        self.said_delay = 0;
        self.hush = true;
        for line in speech::pain_stop() {
            self.say(&line);
        }
        let again = self
            .hurt_at
            .as_ref()
            .is_some_and(|h| self.hurt_before.contains(&h.exercise));
        if again {
            self.say(&speech::pain_again());
        }
        if self.opening.checkin.after() {
            self.asked_after = true;
            self.say(&speech::checkin_after());
        }
    }

    /// The exercise and side at `pos`: a get-ready belongs to the exercise
    /// it prepares (and the side it starts on), a rest between sets to the
    /// set's side, a switch of sides to the side just finished.
    fn hurt_at_pos(&self, pos: u64) -> Option<HurtAt> {
        let (_, seg) = self.segment_at(pos)?;
        let ex = self.routine.exercises.get(seg.exercise)?;
        let side = match seg.step {
            Step::GetReady => ex.sides.list().first().copied().unwrap_or(Side::None),
            Step::SwitchSides => Side::Left,
            _ => seg.side,
        };
        Some(HurtAt {
            exercise: ex.id.clone(),
            side,
        })
    }

    fn run(&mut self, now_ms: u64) {
        self.stage = Stage::Running;
        self.paused = false;
        self.jump(0, now_ms);
    }

    /// "Level 2 · 3 sets of 8": the level and what it asks of the strength work.
    fn level_line(&self) -> Option<String> {
        let level = self.opening.level?.get();
        let strengthen = self
            .routine
            .exercises
            .iter()
            .find(|e| e.purpose == Purpose::Strengthen);
        Some(match strengthen {
            Some(e) if e.sets > 1 => crate::t!(
                "session-level-sets",
                level = level,
                sets = e.sets,
                reps = e.reps
            ),
            Some(e) => crate::t!("session-level-reps", level = level, reps = e.reps),
            None => crate::t!("session-level", level = level),
        })
    }

    /// The timeline position at `now_ms`, without changing anything.
    fn position(&self, now_ms: u64) -> u64 {
        let total = self.timeline.total_ms;
        if self.stage == Stage::Running && !self.paused && self.ended_at.is_none() {
            let elapsed = now_ms.saturating_sub(self.anchor_ms);
            self.pos_ms.saturating_add(elapsed).min(total)
        } else {
            self.pos_ms
        }
    }

    /// When the routine ended, if it has by `now_ms`.
    fn end_time(&self, now_ms: u64) -> Option<u64> {
        if self.stage != Stage::Running {
            return None;
        }
        self.ended_at.or_else(|| {
            let left = self.timeline.total_ms - self.pos_ms;
            let end = self.anchor_ms.saturating_add(left);
            (!self.paused && now_ms >= end).then_some(end)
        })
    }

    /// Brings the stored position up to `now_ms` and records what playing
    /// through it did to the outcomes.
    fn sync(&mut self, now_ms: u64) {
        if let Some(at) = self.begin_at.filter(|at| now_ms >= *at) {
            self.begin_at = None;
            match self.stage {
                Stage::Start => self.begin(at),
                Stage::Asking => self.run(at),
                Stage::Running | Stage::Stopped => {}
            }
        }
        if self.stage != Stage::Running {
            self.anchor_ms = now_ms;
            return;
        }
        let (from, to) = (self.pos_ms, self.position(now_ms));
        if to > from {
            for (i, span) in self.timeline.exercises.iter().enumerate() {
                let end = span.start_ms + span.duration_ms;
                if end > from && span.start_ms < to {
                    self.reached[i] |= to > self.work_start[i];
                    self.done[i] |= end <= to;
                }
            }
        }
        if self.ended_at.is_none() && to >= self.timeline.total_ms {
            self.ended_at = self.end_time(now_ms).or(Some(now_ms));
        }
        self.pos_ms = to;
        self.anchor_ms = now_ms;
    }

    /// Moves to `target_ms` now. The next cue to play is the first at or
    /// after the target, except an `ExerciseDone` there: that exercise was
    /// left, not finished.
    fn jump(&mut self, target_ms: u64, now_ms: u64) {
        self.pos_ms = target_ms.min(self.timeline.total_ms);
        self.anchor_ms = now_ms;
        let cues = &self.timeline.cues;
        let mut next = cues.partition_point(|c| c.at_ms < self.pos_ms);
        while cues.get(next).is_some_and(|c| {
            c.at_ms == self.pos_ms && matches!(c.kind, CueKind::ExerciseDone { .. })
        }) {
            next += 1;
        }
        self.cue_next = next;
        if self.pos_ms >= self.timeline.total_ms {
            self.ended_at = Some(now_ms);
        }
    }

    fn current_exercise(&self) -> usize {
        self.exercise_at(self.pos_ms)
    }

    /// The exercise whose span holds `pos` (past the end: the count).
    fn exercise_at(&self, pos: u64) -> usize {
        let spans = &self.timeline.exercises;
        if pos >= self.timeline.total_ms {
            return spans.len();
        }
        spans
            .partition_point(|e| e.start_ms <= pos)
            .saturating_sub(1)
    }

    fn segment_at(&self, pos: u64) -> Option<(usize, &Segment)> {
        let segments = &self.timeline.segments;
        let index = segments
            .partition_point(|s| s.start_ms <= pos)
            .checked_sub(1)?;
        let segment = segments.get(index)?;
        (pos < segment.end_ms()).then_some((index, segment))
    }

    /// Where the phase of segment `index` ends: the segment's own end, or
    /// for a breath, the end of the run of breaths that make up the hold.
    fn phase_end(&self, index: usize) -> u64 {
        let segments = &self.timeline.segments;
        let first = &segments[index];
        if !is_breath(first.step) {
            return first.end_ms();
        }
        let same_hold =
            |s: &&Segment| is_breath(s.step) && (s.exercise, s.set, s.rep, s.side) == place(first);
        segments[index..]
            .iter()
            .take_while(same_hold)
            .last()
            .map_or(first.end_ms(), |s| s.end_ms())
    }

    fn moment(&self, pos: u64) -> Option<Moment> {
        let (index, segment) = self.segment_at(pos)?;
        let exercise = self.routine.exercises.get(segment.exercise)?;
        let tick = self.tick(segment.step);
        let left = segment.end_ms() - pos;
        let left_in_ticks = left.div_ceil(tick) * tick;
        let progress = 1.0 - left_in_ticks as f32 / segment.duration_ms as f32;
        let side = match (segment.step, segment.side, exercise.sides) {
            (_, Side::Left, _) => SideNote::Left,
            (_, Side::Right, _) => SideNote::Right,
            (Step::GetReady, _, crate::routine::Sides::Both) => SideNote::LeftFirst,
            (Step::GetReady, _, crate::routine::Sides::Left) => SideNote::Left,
            (Step::GetReady, _, crate::routine::Sides::Right) => SideNote::Right,
            (Step::SwitchSides, _, _) => SideNote::RightNext,
            _ => SideNote::None,
        };
        Some(Moment {
            exercise_title: exercise.title.clone(),
            instruction: instruction(&exercise.instructions, segment.step),
            step: segment.step,
            word: segment.step.word(),
            seconds_left: u32::try_from((self.phase_end(index) - pos).div_ceil(1000))
                .unwrap_or(u32::MAX),
            progress: progress.clamp(0.0, 1.0),
            pace: match segment.step {
                Step::BreatheIn => Pace::Inhale,
                Step::BreatheOut => Pace::Exhale,
                _ => Pace::Countdown,
            },
            rep: segment.rep.filter(|_| exercise.reps > 1).map(|n| Count {
                n,
                of: exercise.reps,
            }),
            set: segment.set.filter(|_| exercise.sets > 1).map(|n| Count {
                n,
                of: exercise.sets,
            }),
            side_label: side_label(exercise, side),
            side,
            pose: {
                let mirrored = matches!(side, SideNote::Right);
                let clock = self.phase_clock(index, pos, progress.clamp(0.0, 1.0));
                if self.reduced_motion {
                    pose::key_pose(Figure::of(exercise), mirrored, &clock)
                } else {
                    pose::pose(Figure::of(exercise), mirrored, &clock)
                }
            },
        })
    }

    /// Where the phase of segment `index` began: the segment's own start, or
    /// for a breath, the start of the run of breaths that make up the hold.
    fn phase_start(&self, index: usize) -> usize {
        let segments = &self.timeline.segments;
        let here = &segments[index];
        if !is_breath(here.step) {
            return index;
        }
        let mut first = index;
        while first > 0
            && is_breath(segments[first - 1].step)
            && place(&segments[first - 1]) == place(here)
        {
            first -= 1;
        }
        first
    }

    /// Where in its phase `pos` (in segment `index`) is, for the figure.
    fn phase_clock(&self, index: usize, pos: u64, breath_progress: f32) -> PhaseClock {
        let segments = &self.timeline.segments;
        let first = self.phase_start(index);
        let start = segments[first].start_ms;
        let previous = first
            .checked_sub(1)
            .map(|i| &segments[i])
            .filter(|s| place(s) == place(&segments[index]) && segments[index].rep.is_some())
            .and_then(|s| match s.step {
                Step::Phase(kind) => Some(kind),
                Step::BreatheIn | Step::BreatheOut => Some(crate::routine::PhaseKind::Hold),
                _ => None,
            });
        PhaseClock {
            step: segments[index].step,
            previous,
            elapsed_ms: pos - start,
            phase_ms: self.phase_end(index) - start,
            breath_progress,
        }
    }

    fn summary(&self, pos: u64) -> Summary {
        // The outcomes as they will be once `sync` has caught up with `pos`.
        let mut done = self.done.clone();
        let mut reached = self.reached.clone();
        if self.stage == Stage::Running && pos > self.pos_ms {
            for (i, span) in self.timeline.exercises.iter().enumerate() {
                let end = span.start_ms + span.duration_ms;
                if end > self.pos_ms && span.start_ms < pos {
                    reached[i] |= pos > self.work_start[i];
                    done[i] |= end <= pos;
                }
            }
        }
        let exercise_ms = self
            .timeline
            .exercises
            .iter()
            .zip(done.iter().zip(&reached))
            .map(|(span, outcome)| match outcome {
                (true, _) => span.duration_ms,
                (false, true) => span.duration_ms / 2,
                (false, false) => 0,
            })
            .sum();
        Summary {
            exercises_done: done.iter().filter(|d| **d).count(),
            exercises_total: done.len(),
            exercise_ms,
            streak_today_done: self.streak.map(|s| s.0),
            current_streak: self.streak.map(|s| s.1),
            tension_before: self.before,
            tension_after: self.after,
            hurt: self.hurt,
            hurt_again: self
                .hurt_at
                .as_ref()
                .is_some_and(|h| self.hurt_before.contains(&h.exercise)),
        }
    }
}

/// The words for `side` of `exercise`.
fn side_label(exercise: &crate::routine::Exercise, side: SideNote) -> Option<String> {
    let own = exercise
        .guide
        .as_ref()
        .map(|g| g.side_labels.clone())
        .filter(|l| l.iter().all(|l| !l.is_empty()));
    let [left, right] = own.unwrap_or_else(|| {
        [
            crate::t!("session-left-side"),
            crate::t!("session-right-side"),
        ]
    });
    match side {
        SideNote::None => None,
        SideNote::LeftFirst => Some(crate::t!("session-side-first", side = mid_sentence(&left))),
        SideNote::Left => Some(left),
        SideNote::RightNext => Some(crate::t!("session-side-next", side = mid_sentence(&right))),
        SideNote::Right => Some(right),
    }
}

fn is_breath(step: Step) -> bool {
    matches!(step, Step::BreatheIn | Step::BreatheOut)
}

fn place(s: &Segment) -> (usize, Option<u32>, Option<u32>, Side) {
    (s.exercise, s.set, s.rep, s.side)
}

fn tick_ms(step: Step) -> u64 {
    if is_breath(step) {
        BREATH_TICK_MS
    } else {
        1000
    }
}

/// Shown while resting between sets, whatever the exercise.
pub fn rest_between_sets_line() -> String {
    crate::t!("session-rest-between-sets")
}

/// The instruction line for a step: the first (set-up) while getting ready
/// or switching sides, the second (the movement) while working, the last
/// (letting go) while lowering, releasing or resting within a rep. Falls
/// back to what there is.
fn instruction(lines: &[String], step: Step) -> String {
    use crate::routine::PhaseKind;
    let want = match step {
        Step::RestBetweenSets => return rest_between_sets_line(),
        Step::GetReady | Step::SwitchSides => 0,
        Step::Phase(PhaseKind::Hold | PhaseKind::Press | PhaseKind::Raise)
        | Step::BreatheIn
        | Step::BreatheOut => 1,
        Step::Phase(PhaseKind::Lower | PhaseKind::Release | PhaseKind::Rest) => 2,
    };
    lines
        .get(want)
        .or(lines.last())
        .cloned()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;
    use crate::routine::PhaseKind;

    fn upper_trap() -> Routine {
        builtin::find(builtin::UPPER_TRAP).expect("a built-in")
    }

    /// The cues without the words (speech.rs tests what is said).
    fn unspoken(mut cues: Vec<Cue>) -> Vec<Cue> {
        cues.retain(|c| !matches!(c.kind, CueKind::Say { .. }));
        cues
    }

    fn kinds(cues: &[Cue]) -> Vec<CueKind> {
        cues.iter().map(|c| c.kind).collect()
    }

    /// Plays from `from` to `to` in steps of `step` ms, collecting cues.
    fn play(p: &mut Player, from: u64, to: u64, step: u64) -> Vec<Cue> {
        let mut cues = Vec::new();
        let mut t = from;
        while t < to {
            t = (t + step).min(to);
            cues.extend(p.advance(t));
        }
        cues
    }

    #[test]
    fn starts_on_the_start_screen_and_space_begins() {
        let mut p = Player::new(upper_trap(), false, 1_000);
        let s = p.state(50_000);
        assert_eq!(s.screen, Screen::Start);
        assert!(s.moment.is_none());
        assert_eq!(s.routine_title, "Upper-trap daily routine");
        assert!(s.needs.contains(&Need::Ball));
        assert!(s.safety.contains("Stop"));
        assert_eq!(p.next_wake(50_000), None);
        assert!(p.advance(60_000).is_empty(), "no time passes before Begin");
        p.handle(PlayerInput::TogglePause, 60_000);
        let s = p.state(60_000);
        assert_eq!(s.screen, Screen::Playing);
        let m = s.moment.expect("a moment while playing");
        assert_eq!((m.word.as_str(), m.seconds_left), ("Get ready", 22));
        assert_eq!(m.exercise_title, "Neck side stretch");
        assert_eq!(m.side, SideNote::LeftFirst);
        assert_eq!(
            kinds(&p.advance(60_000)),
            [CueKind::ExerciseStart { exercise: 0 }]
        );
    }

    #[test]
    fn a_cue_is_due_when_the_position_passed_it_even_after_a_pause_or_a_jump() {
        let mut p = Player::new(upper_trap(), false, 1_000);
        p.handle(PlayerInput::TogglePause, 60_000);
        let first = p.advance(60_000);
        assert_eq!(p.due_ms(&first[0], 60_000), 60_000);
        // Paused 2 s into the get-ready for 5 s: the first hold (22 s into
        // the routine) is due 27 s after Space; the window wakes 7 ms late.
        p.handle(PlayerInput::TogglePause, 62_000);
        p.handle(PlayerInput::TogglePause, 67_000);
        let cues = p.advance(87_007);
        let hold = cues
            .iter()
            .find(|c| c.at_ms == 22_000)
            .expect("a cue at 22 s");
        assert_eq!(p.due_ms(hold, 87_007), 87_000);
        // A jump's cue is due at the jump.
        p.handle(PlayerInput::Next, 85_000);
        let next = p.advance(85_000);
        assert_eq!(kinds(&next), [CueKind::ExerciseStart { exercise: 1 }]);
        assert_eq!(p.due_ms(&next[0], 85_000), 85_000);
    }

    #[test]
    fn a_breathing_hold_counts_down_the_hold_and_paces_the_breath() {
        let p = Player::new(upper_trap(), true, 0);
        // 22 s get ready, then a 60 s hold in 4 s in / 6 s out breaths.
        let m = p.state(27_500).moment.expect("playing");
        assert_eq!(m.step, Step::BreatheOut);
        assert_eq!(m.word, "Breathe out");
        assert_eq!(m.pace, Pace::Exhale);
        assert_eq!(m.seconds_left, 55);
        assert_eq!(m.side, SideNote::Left);
        assert!((m.progress - 1.5 / 6.0).abs() < 1e-6, "{}", m.progress);
        assert_eq!((m.rep, m.set), (None, None), "one rep, one set: no counts");
        assert!(m.instruction.contains("out slowly"), "{}", m.instruction);
        assert_eq!(m.side_label.as_deref(), Some("Ear to left shoulder"));
        // Breaths step in quarter seconds.
        assert_eq!(p.next_wake(27_500), Some(27_750));
        assert_eq!(p.next_wake(27_600), Some(27_750));
    }

    #[test]
    fn reps_sets_and_switching_sides_are_shown() {
        let p = Player::new(upper_trap(), true, 0);
        let t = p.timeline().clone();
        let y = &t.exercises[2];
        // Set 1 of the Y-raise: get ready 25 s (the towel, down to the
        // floor), then 8 reps of 8 s.
        let m = p
            .state(y.start_ms + 25_000 + 2 * 8_000 + 2_500)
            .moment
            .expect("playing");
        assert_eq!(m.step, Step::Phase(PhaseKind::Hold));
        assert_eq!(m.rep, Some(Count { n: 3, of: 8 }));
        assert_eq!(m.set, Some(Count { n: 1, of: 2 }));
        assert_eq!(m.side, SideNote::None);
        assert_eq!(m.seconds_left, 2);
        let rest = y.start_ms + 25_000 + 8 * 8_000 + 1_000;
        let m = p.state(rest).moment.expect("playing");
        assert_eq!((m.word.as_str(), m.rep), ("Rest", None));
        assert_eq!(m.instruction, rest_between_sets_line());
        assert_eq!(m.set, Some(Count { n: 1, of: 2 }));
        let switch = t
            .segments
            .iter()
            .find(|s| s.step == Step::SwitchSides)
            .expect("the stretch switches sides");
        let m = p.state(switch.start_ms).moment.expect("playing");
        assert_eq!(
            (m.word.as_str(), m.side),
            ("Switch sides", SideNote::RightNext)
        );
        assert_eq!(m.side_label.as_deref(), Some("Next: ear to right shoulder"));
        let s = p.state(switch.end_ms());
        assert_eq!(s.moment.map(|m| m.side), Some(SideNote::Right));
        assert_eq!(s.exercise_index, 0);
        assert_eq!(
            s.next_exercise.as_deref(),
            Some("Ball pressure on the knot")
        );
    }

    #[test]
    fn time_does_not_pass_while_paused() {
        let mut p = Player::new(upper_trap(), true, 0);
        p.advance(3_000);
        p.handle(PlayerInput::TogglePause, 3_000);
        let paused = p.state(3_000);
        assert_eq!(paused.screen, Screen::Paused);
        assert!(p.advance(500_000).is_empty());
        let later = p.state(500_000);
        assert_eq!(later.screen, Screen::Paused);
        assert_eq!(later.moment, paused.moment);
        assert_eq!(
            p.next_wake(500_000),
            None,
            "a pause does not wake the window"
        );
        p.handle(PlayerInput::TogglePause, 500_000);
        let m = p.state(501_000).moment.expect("playing");
        assert_eq!((m.word.as_str(), m.seconds_left), ("Get ready", 18));
    }

    #[test]
    fn cues_come_once_in_order_and_not_while_paused() {
        let mut p = Player::new(upper_trap(), true, 100_000);
        let before = unspoken(play(&mut p, 100_000, 111_000, 250));
        assert_eq!(kinds(&before), [CueKind::ExerciseStart { exercise: 0 }]);
        p.handle(PlayerInput::TogglePause, 111_000);
        assert!(play(&mut p, 111_000, 300_000, 1_000).is_empty());
        p.handle(PlayerInput::TogglePause, 300_000);
        // The 3-2-1 before the hold comes 8 s after resuming (19 s into the routine).
        let after = unspoken(play(&mut p, 300_000, 311_000, 100));
        let at: Vec<u64> = after.iter().map(|c| c.at_ms).collect();
        assert_eq!(at, [19_000, 20_000, 21_000, 22_000]);
        assert_eq!(
            kinds(&after),
            [
                CueKind::Count { n: 3 },
                CueKind::Count { n: 2 },
                CueKind::Count { n: 1 },
                CueKind::PhaseStart {
                    step: Step::BreatheIn
                },
            ]
        );
        assert!(p.advance(311_000).is_empty(), "nothing twice");
    }

    #[test]
    fn muted_cues_are_consumed_not_replayed() {
        let mut p = Player::new(upper_trap(), true, 0);
        p.handle(PlayerInput::ToggleMute, 0);
        assert!(p.state(0).muted);
        assert!(play(&mut p, 0, 21_500, 100).is_empty());
        p.handle(PlayerInput::ToggleMute, 21_500);
        let cues = unspoken(play(&mut p, 21_500, 22_000, 100));
        assert_eq!(
            kinds(&cues),
            [CueKind::PhaseStart {
                step: Step::BreatheIn
            }]
        );
    }

    #[test]
    fn late_cues_are_dropped() {
        let mut p = Player::new(upper_trap(), true, 0);
        p.advance(0);
        // The shell slept through the 3-2-1: only what is due now plays.
        assert_eq!(
            kinds(&unspoken(p.advance(22_600))),
            [CueKind::PhaseStart {
                step: Step::BreatheIn
            }]
        );
    }

    #[test]
    fn next_skips_to_the_next_exercise_and_records_outcomes() {
        let mut p = Player::new(upper_trap(), true, 0);
        let t = p.timeline().clone();
        p.advance(5_000);
        // Still getting ready: the stretch is skipped.
        p.handle(PlayerInput::Next, 5_000);
        let s = p.state(5_000);
        assert_eq!(s.exercise_index, 1);
        assert_eq!(s.moment.map(|m| m.word).as_deref(), Some("Get ready"));
        assert_eq!(
            kinds(&p.advance(5_000)),
            [CueKind::ExerciseStart { exercise: 1 }],
            "the skipped exercise is not announced as done"
        );
        // 25 s in, past its 20 s get-ready: leaving now makes it partial.
        p.advance(5_000 + 25_000);
        p.handle(PlayerInput::Next, 30_000);
        assert_eq!(p.state(30_000).exercise_index, 2);
        assert_eq!(p.outcomes()[1], ExerciseOutcome::Partial);
        // Play the Y-raise through, skip the last one.
        let y = t.exercises[2].duration_ms;
        play(&mut p, 30_000, 30_000 + y, 1_000);
        assert_eq!(p.state(30_000 + y).exercise_index, 3);
        p.handle(PlayerInput::Next, 30_000 + y);
        use ExerciseOutcome::*;
        assert_eq!(p.outcomes(), [Skipped, Partial, Done, Skipped]);
        assert!(p.is_finished());
        let s = p.state(30_000 + y);
        assert_eq!(s.screen, Screen::End);
        let summary = s.summary.expect("an end summary");
        assert_eq!((summary.exercises_done, summary.exercises_total), (1, 4));
        assert_eq!(
            summary.exercise_ms,
            t.exercises[2].duration_ms + t.exercises[1].duration_ms / 2
        );
        assert_eq!(
            kinds(&unspoken(p.advance(30_000 + y))),
            [CueKind::RoutineDone]
        );
    }

    #[test]
    fn restart_goes_back_to_the_start_of_the_exercise() {
        let mut p = Player::new(upper_trap(), true, 0);
        play(&mut p, 0, 40_000, 1_000);
        p.handle(PlayerInput::Restart, 40_000);
        let m = p.state(40_000).moment.expect("playing");
        assert_eq!((m.word.as_str(), m.seconds_left), ("Get ready", 22));
        assert_eq!(
            kinds(&p.advance(40_000)),
            [CueKind::ExerciseStart { exercise: 0 }]
        );
        // Started once already: leaving it now is partial, not skipped.
        p.handle(PlayerInput::Next, 41_000);
        assert_eq!(p.outcomes()[0], ExerciseOutcome::Partial);
        // Restart keeps a pause.
        p.handle(PlayerInput::TogglePause, 42_000);
        p.handle(PlayerInput::Restart, 42_000);
        assert_eq!(p.state(90_000).screen, Screen::Paused);
    }

    #[test]
    fn stop_closes_at_once_with_what_was_done() {
        let mut p = Player::new(upper_trap(), true, 0);
        let t = p.timeline().clone();
        let into_second = t.exercises[1].start_ms + 30_000;
        play(&mut p, 0, into_second, 500);
        assert!(!p.should_close(into_second));
        p.handle(PlayerInput::Stop, into_second);
        assert!(p.should_close(into_second) && p.is_finished());
        use ExerciseOutcome::*;
        assert_eq!(p.outcomes(), [Done, Partial, Skipped, Skipped]);
        assert!(p.advance(into_second + 1_000).is_empty());
        assert_eq!(p.next_wake(into_second), None);

        let mut never = Player::new(upper_trap(), false, 0);
        never.handle(PlayerInput::Stop, 5);
        assert!(never.should_close(5));
        assert_eq!(never.outcomes(), [Skipped; 4]);
    }

    #[test]
    fn playing_through_ends_and_the_end_screen_closes_itself() {
        let mut p = Player::new(upper_trap(), true, 1_000);
        let total = p.timeline().total_ms;
        let end = 1_000 + total;
        let cues = play(&mut p, 1_000, end, 1_000);
        assert_eq!(cues.last().map(|c| c.kind), Some(CueKind::RoutineDone));
        assert_eq!(p.outcomes(), [ExerciseOutcome::Done; 4]);
        let s = p.state(end);
        assert_eq!(s.screen, Screen::End);
        assert_eq!(s.summary.as_ref().map(|s| s.exercises_done), Some(4));
        assert_eq!(s.summary.and_then(|s| s.current_streak), None);
        p.set_streak(true, 5);
        let summary = p.state(end).summary.expect("end");
        assert_eq!(
            (summary.streak_today_done, summary.current_streak),
            (Some(true), Some(5))
        );
        assert_eq!(p.next_wake(end + 3_000), Some(end + AUTO_CLOSE_MS));
        assert!(!p.should_close(end + AUTO_CLOSE_MS - 1));
        assert!(p.should_close(end + AUTO_CLOSE_MS));
        // Ending is seen even by a state() that comes before any advance().
        let fresh = Player::new(upper_trap(), true, 0);
        assert_eq!(fresh.state(total + 5).screen, Screen::End);
        assert_eq!(fresh.next_wake(total + 5), Some(total + AUTO_CLOSE_MS));
        assert!(fresh.should_close(total + AUTO_CLOSE_MS));
    }

    #[test]
    fn next_wake_is_the_next_visible_change() {
        let p = Player::new(upper_trap(), true, 1_000);
        // Get ready: every whole second, and for the safety line at 250 ms.
        assert_eq!(p.next_wake(1_000), Some(1_250));
        assert_eq!(p.next_wake(1_250), Some(2_000));
        assert_eq!(p.next_wake(1_999), Some(2_000));
        let t = p.timeline().clone();
        // Every wake shows a different picture, and no change is missed.
        let mut now = 1_000;
        let mut wakes = 0;
        while let Some(next) = p.next_wake(now) {
            assert!(next > now);
            if p.state(next).screen == Screen::End {
                break;
            }
            for probe in [now + 1, (now + next) / 2, next - 1] {
                assert_eq!(
                    p.state(probe),
                    p.state(now),
                    "changed before the wake at {next}"
                );
            }
            let sound = t.cues.iter().any(|c| c.at_ms + 1_000 == next);
            assert!(
                sound || p.state(next) != p.state(now),
                "woke at {next} for nothing"
            );
            now = next;
            wakes += 1;
        }
        assert!(wakes as u64 >= t.total_ms / 1000, "{wakes}");
    }

    /// Reduced motion: every wake still shows a change, but the figure
    /// holds each phase's key pose (it changes only where the step does)
    /// and nothing moves faster than once a second: fewer wakes than with
    /// full motion, none for a figure's 33 ms frame or a breath's quarter.
    #[test]
    fn reduced_motion_holds_key_poses_and_moves_once_a_second() {
        let count = |reduced: bool| {
            let mut p = Player::new(upper_trap(), true, 0);
            p.set_reduced_motion(reduced);
            let mut now = 0;
            let mut wakes = 0;
            while let Some(next) = p.next_wake(now) {
                let (before, after) = (p.state(now), p.state(next));
                if after.screen == Screen::End {
                    break;
                }
                if reduced {
                    let (b, a) = (
                        before.moment.expect("playing"),
                        after.moment.expect("playing"),
                    );
                    if a.pose != b.pose {
                        assert_ne!(
                            (a.step, a.side, a.rep, a.set),
                            (b.step, b.side, b.rep, b.set),
                            "the figure moved within a step at {next}"
                        );
                    }
                    assert!(
                        a.progress == b.progress || next % 1000 == 0 || a.step != b.step,
                        "the ring moved off a whole second at {next}"
                    );
                    assert_eq!(a.pose.breath, 0.0);
                }
                now = next;
                wakes += 1;
            }
            wakes
        };
        let (full, reduced) = (count(false), count(true));
        assert!(reduced * 2 < full, "reduced {reduced} wakes, full {full}");
    }

    #[test]
    fn upcoming_is_the_next_seconds_cues_while_playing() {
        let mut p = Player::new(upper_trap(), false, 0);
        assert!(p.upcoming(0, 4_000).is_empty(), "not begun");
        p.handle(PlayerInput::TogglePause, 0);
        let soon: Vec<u64> = p.upcoming(0, 4_000).iter().map(|c| c.at_ms).collect();
        assert_eq!(soon.first(), Some(&0));
        assert!(
            soon.len() >= 2 && soon.iter().all(|&at| at < 4_000),
            "{soon:?}"
        );
        p.advance(1_000);
        let soon = p.upcoming(1_000, 4_000);
        assert!(
            soon.iter().all(|c| c.at_ms > 1_000 && c.at_ms < 5_000),
            "{soon:?}"
        );
        p.handle(PlayerInput::TogglePause, 1_000);
        assert!(p.upcoming(1_000, 4_000).is_empty(), "paused");
    }

    #[test]
    fn clicks_press_the_buttons_of_the_scene() {
        let mut p = Player::new(upper_trap(), false, 0);
        let scene = super::super::view::view(&p.state(0));
        let start = scene
            .buttons
            .iter()
            .find(|b| b.input == PlayerInput::Begin)
            .expect("a Start button");
        let (x, y) = (start.rect.x + 5.0, start.rect.y + 5.0);
        p.handle(PlayerInput::Click(1.0, 1.0), 0);
        assert_eq!(
            p.state(0).screen,
            Screen::Start,
            "a click on nothing does nothing"
        );
        p.handle(PlayerInput::Click(x, y), 0);
        assert_eq!(p.state(0).screen, Screen::Playing);
    }

    fn with_checkin(checkin: CheckIn) -> Player {
        let opening = Opening {
            checkin,
            level: Some(Level::FIRST),
            ..Opening::default()
        };
        Player::open(upper_trap(), opening, 0)
    }

    #[test]
    fn the_check_in_comes_before_the_routine_and_a_digit_answers_it() {
        let mut p = with_checkin(CheckIn::BeforeAfter);
        assert_eq!(
            p.state(0).level_line.as_deref(),
            Some("Level 1 · 2 sets of 8")
        );
        p.handle(PlayerInput::TogglePause, 100);
        let state = p.state(100);
        assert_eq!(state.screen, Screen::CheckIn);
        assert_eq!(
            state.ask,
            Some(Ask {
                after: false,
                choice: None
            })
        );
        // Time does not pass while it asks, and nothing sounds.
        assert!(p.advance(60_000).is_empty());
        assert_eq!(p.next_wake(60_000), None);
        p.handle(PlayerInput::Rate(7), 60_000);
        assert_eq!(p.ratings(), (Some(7), None));
        // The number is said back alone; the routine starts from its
        // beginning once it has been heard.
        let (_, said) = p.take_said();
        assert_eq!(texts(&said), ["Seven."]);
        let start = p.next_wake(60_000).expect("the routine begins by itself");
        let seven = voice::clip("Seven.").expect("a clip").ms;
        assert!(start >= 60_000 + seven + AFTER_RATING_MS, "{start}");
        assert!(p.advance(start - 1).is_empty());
        assert!(!p.advance(start).is_empty());
        assert_eq!(p.state(start).screen, Screen::Playing);
        let moment = p.state(start + 1_000).moment.expect("playing");
        assert_eq!(moment.step, Step::GetReady);
        // Digits are ignored once it plays.
        p.handle(PlayerInput::Rate(2), start + 2_000);
        assert_eq!(p.ratings(), (Some(7), None));
    }

    #[test]
    fn esc_skips_the_check_in_without_stopping_and_arrows_reach_ten() {
        let mut p = with_checkin(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        p.handle(PlayerInput::Escape, 10);
        assert_eq!(p.state(10).screen, Screen::Playing);
        assert_eq!(p.ratings(), (None, None));
        assert!(!p.is_finished());
        // The arrows start at 5 and stop at 10; Enter picks.
        let mut p = with_checkin(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        for _ in 0..9 {
            p.handle(PlayerInput::Next, 0);
        }
        assert_eq!(p.state(0).ask.and_then(|a| a.choice), Some(10));
        p.handle(PlayerInput::Begin, 0);
        assert_eq!(p.ratings(), (Some(10), None));
        // …and down to 0.
        let mut p = with_checkin(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        for _ in 0..7 {
            p.handle(PlayerInput::Restart, 0);
        }
        p.handle(PlayerInput::TogglePause, 0);
        assert_eq!(p.ratings(), (Some(0), None));
        // A rating above 10 is not a rating.
        let mut p = with_checkin(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        p.handle(PlayerInput::Rate(11), 0);
        assert_eq!(p.state(0).screen, Screen::CheckIn);
    }

    #[test]
    fn the_end_screen_waits_for_the_after_check_in_then_closes_itself() {
        let mut p = with_checkin(CheckIn::After);
        p.handle(PlayerInput::Begin, 0);
        // `After` asks nothing before.
        assert_eq!(p.state(0).screen, Screen::Playing);
        let total = p.timeline().total_ms;
        p.advance(total);
        assert!(p.is_finished());
        let state = p.state(total);
        assert_eq!(state.screen, Screen::End);
        assert!(state.ask.is_some_and(|a| a.after));
        // It waits, however long.
        assert_eq!(p.next_wake(total), None);
        assert!(!p.should_close(total + 10 * AUTO_CLOSE_MS));
        p.handle(PlayerInput::Rate(3), total + 60_000);
        assert_eq!(p.ratings(), (None, Some(3)));
        let state = p.state(total + 60_000);
        assert_eq!(state.ask, None);
        assert_eq!(state.summary.and_then(|s| s.tension_after), Some(3));
        // Then it closes by itself, counted from the answer.
        assert_eq!(
            p.next_wake(total + 60_000),
            Some(total + 60_000 + AUTO_CLOSE_MS)
        );
        assert!(p.should_close(total + 60_000 + AUTO_CLOSE_MS));
        // Esc skips it; a second Esc closes.
        let mut p = with_checkin(CheckIn::After);
        p.handle(PlayerInput::Begin, 0);
        p.advance(total);
        p.handle(PlayerInput::Escape, total + 5);
        assert_eq!(p.state(total + 5).ask, None);
        assert!(!p.should_close(total + 5));
        p.handle(PlayerInput::Escape, total + 6);
        assert!(p.should_close(total + 6));
        // Off: the end screen asks nothing.
        let mut p = with_checkin(CheckIn::Off);
        p.handle(PlayerInput::Begin, 0);
        p.advance(total);
        assert_eq!(p.state(total).ask, None);
    }

    #[test]
    fn stop_it_hurt_ends_the_routine_with_its_own_outcome_and_still_asks() {
        let mut p = with_checkin(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        p.handle(PlayerInput::Rate(5), 0);
        // Into the ball press, then it hurts.
        let ball = p.timeline().exercises[1].start_ms + 30_000;
        p.advance(ball);
        p.handle(PlayerInput::StopHurt, ball);
        assert!(p.is_finished());
        assert!(p.hurt());
        assert_eq!(
            p.outcomes(),
            [
                ExerciseOutcome::Done,
                ExerciseOutcome::Partial,
                ExerciseOutcome::Skipped,
                ExerciseOutcome::Skipped
            ]
        );
        let state = p.state(ball);
        assert_eq!(state.screen, Screen::End);
        assert!(state.summary.is_some_and(|s| s.hurt));
        assert!(state.ask.is_some_and(|a| a.after));
        assert!(!p.should_close(ball + AUTO_CLOSE_MS));
        // The plain Stop button still closes at once.
        let mut p = with_checkin(CheckIn::Off);
        p.handle(PlayerInput::Begin, 0);
        p.handle(PlayerInput::Stop, 10);
        assert!(p.should_close(10) && !p.hurt());
    }

    #[test]
    fn no_start_screen_still_asks_before() {
        let opening = Opening {
            skip_start_screen: true,
            checkin: CheckIn::BeforeAfter,
            level: None,
            say_keys: false,
        };
        let p = Player::open(upper_trap(), opening, 0);
        assert_eq!(p.state(0).screen, Screen::CheckIn);
        assert_eq!(p.state(0).level_line, None);
    }

    #[test]
    fn an_empty_routine_ends_at_once() {
        let mut r = upper_trap();
        r.exercises.clear();
        let mut p = Player::new(r, true, 7);
        assert_eq!(p.state(7).screen, Screen::End);
        assert_eq!(kinds(&p.advance(7)), [CueKind::RoutineDone]);
        assert!(p.outcomes().is_empty());
        assert!(p.should_close(7 + AUTO_CLOSE_MS));
    }

    fn texts(said: &[Said]) -> Vec<&'static str> {
        said.iter().map(|s| s.text).collect()
    }

    #[test]
    fn stop_it_hurt_is_never_congratulated_and_says_the_calm_lines() {
        let mut p = with_checkin(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        let (_, asked) = p.take_said();
        assert_eq!(texts(&asked), [speech::checkin_before().as_str()]);
        p.handle(PlayerInput::Rate(4), 0);
        let (_, back) = p.take_said();
        assert_eq!(texts(&back), ["Four."]);
        // The first hold of the neck stretch, left side.
        let hold = p
            .timeline()
            .segments
            .iter()
            .find(|s| s.step == Step::BreatheIn)
            .map(|s| s.start_ms + 1_000)
            .expect("a hold");
        p.advance(hold);
        p.handle(PlayerInput::StopHurt, hold);
        // Nothing more of the timeline: no closing line, no chime.
        let after: Vec<Cue> = (0..40).flat_map(|k| p.advance(hold + k * 1_000)).collect();
        assert!(after.is_empty(), "{after:?}");
        let (hush, said) = p.take_said();
        assert!(hush, "what was playing is cut off");
        assert_eq!(
            texts(&said),
            [
                speech::pain_stop()[0].as_str(),
                speech::pain_stop()[1].as_str(),
                speech::checkin_after().as_str()
            ]
        );
        assert!(!texts(&said).contains(&speech::done().as_str()));
        // One after the other, none overlapping.
        for pair in said.windows(2) {
            let first = voice::clip(pair[0].text).expect("a clip").ms;
            assert!(pair[1].after_ms >= pair[0].after_ms + first);
        }
        assert_eq!(
            p.hurt_at(),
            Some(&HurtAt {
                exercise: "neck-side-stretch".into(),
                side: Side::Left
            })
        );
        // Taken once.
        assert_eq!(p.take_said(), (false, Vec::new()));
    }

    #[test]
    fn a_second_pain_on_the_same_exercise_is_said_to_be_worth_showing_someone() {
        let mut p = with_checkin(CheckIn::Off);
        p.set_hurt_before(vec!["ball-press".into()]);
        p.handle(PlayerInput::Begin, 0);
        let ball = p.timeline().exercises[1].start_ms + 30_000;
        p.advance(ball);
        p.handle(PlayerInput::StopHurt, ball);
        let (_, said) = p.take_said();
        assert_eq!(
            texts(&said),
            [
                speech::pain_stop()[0].as_str(),
                speech::pain_stop()[1].as_str(),
                speech::pain_again().as_str()
            ]
        );
    }

    #[test]
    fn where_it_hurt_follows_the_moment() {
        let r = upper_trap();
        let t = compile(&r);
        let at = |pos: u64| {
            let mut p = Player::new(r.clone(), true, 0);
            p.advance(pos);
            p.handle(PlayerInput::StopHurt, pos);
            p.hurt_at().cloned()
        };
        let seg = |step: Step, exercise: usize| {
            t.segments
                .iter()
                .find(|s| s.step == step && s.exercise == exercise)
                .map(|s| s.start_ms + 1)
                .expect("the segment")
        };
        let hurt = |exercise: &str, side| {
            Some(HurtAt {
                exercise: exercise.into(),
                side,
            })
        };
        // A get-ready belongs to the exercise it prepares, and its first side.
        assert_eq!(at(seg(Step::GetReady, 1)), hurt("ball-press", Side::Left));
        // A switch belongs to the side just finished.
        assert_eq!(
            at(seg(Step::SwitchSides, 1)),
            hurt("ball-press", Side::Left)
        );
        // A rest between sets to its exercise.
        assert_eq!(
            at(seg(Step::RestBetweenSets, 2)),
            hurt("prone-y-raise", Side::None)
        );
        let right = t
            .segments
            .iter()
            .find(|s| s.exercise == 1 && s.side == Side::Right)
            .map(|s| s.start_ms + 1)
            .expect("the right side");
        assert_eq!(at(right), hurt("ball-press", Side::Right));
    }

    #[test]
    fn the_keys_are_said_first_and_hold_a_routine_without_a_start_screen() {
        let opening = Opening {
            skip_start_screen: true,
            say_keys: true,
            ..Opening::default()
        };
        let mut p = Player::open(upper_trap(), opening, 0);
        let (_, said) = p.take_said();
        assert_eq!(texts(&said), [speech::keys().as_str()]);
        // The routine waits until they have been said.
        assert_eq!(p.state(0).screen, Screen::Start);
        let begin = p.next_wake(0).expect("it begins by itself");
        let keys = voice::clip(&speech::keys()).expect("a clip").ms;
        assert!(begin >= keys, "{begin} < {keys}");
        assert!(p.advance(begin - 1).is_empty());
        assert!(!p.advance(begin).is_empty());
        assert_eq!(p.state(begin).screen, Screen::Playing);
    }

    #[test]
    fn the_end_screens_question_comes_after_the_closing_line() {
        let mut p = with_checkin(CheckIn::After);
        p.handle(PlayerInput::Begin, 0);
        let total = p.timeline().total_ms;
        let cues = play(&mut p, 0, total + 1, 500);
        assert!(cues
            .iter()
            .any(|c| matches!(&c.kind, CueKind::Say { text } if *text == speech::done())));
        let (_, said) = p.take_said();
        assert_eq!(texts(&said), [speech::checkin_after().as_str()]);
        let done = voice::clip(&speech::done()).expect("a clip").ms;
        assert!(said[0].after_ms >= done, "{said:?}");
    }
}
