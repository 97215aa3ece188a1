//! How a session opens: what the engine's `OpenGuidedWindow` asks for,
//! and the routine as that session plays it.

use crate::config::{CheckIn, Config};
use crate::engine::{Effect, LeftOut, Why};
use crate::ipc::session::OpenSession;
use crate::routine::{self, Level};

/// How the engine opens a session: the start screen, the check-ins, and the
/// options (the level) the routine is built with.
pub(super) struct Launch {
    pub(super) start_screen: bool,
    pub(super) checkin: CheckIn,
    pub(super) options: routine::Options,
    /// Exercises left out after pain, and why.
    pub(super) leave_out: Vec<LeftOut>,
    /// Exercises that hurt in the last fortnight (ids).
    pub(super) hurt_before: Vec<String>,
    pub(super) say_keys: bool,
    pub(super) speak_safety: bool,
}

impl Launch {
    pub(super) fn new(
        config: &Config,
        start_screen: bool,
        checkin: CheckIn,
        level: Level,
    ) -> Launch {
        Launch {
            start_screen,
            checkin,
            options: routine::Options {
                level,
                ..config.upper_trap
            },
            leave_out: Vec::new(),
            hurt_before: Vec::new(),
            say_keys: false,
            speak_safety: true,
        }
    }

    /// How the engine's `OpenGuidedWindow` opens a session.
    pub(super) fn of(config: &Config, effect: Effect) -> Option<Launch> {
        let Effect::OpenGuidedWindow {
            start_screen,
            checkin,
            level,
            cap,
            leave_out,
            hurt_before,
            say_keys,
            speak_safety,
            ..
        } = effect
        else {
            return None;
        };
        let mut launch = Launch::new(config, start_screen, checkin, level);
        launch.options.cap = cap;
        Some(Launch {
            leave_out,
            hurt_before,
            say_keys,
            speak_safety,
            ..launch
        })
    }

    /// The routine as this session plays it: without the exercises left
    /// out after pain (and what the start screen says of them), and without
    /// its spoken stop signs when they were said already today.
    pub(super) fn routine(
        &self,
        config: &Config,
        id: &str,
    ) -> Option<(routine::Routine, Option<String>)> {
        let mut found = routine::find(&config.routines, self.options, id)?;
        let note = leave_out(&mut found, &self.leave_out);
        if !self.speak_safety {
            found.spoken_safety.clear();
        }
        Some((found, note))
    }

    /// The session to open on routine `id`, with the config's sound and
    /// `streak` for its end screen; `None` if no routine has `id`.
    pub(super) fn session(&self, config: &Config, id: &str, streak: u32) -> Option<OpenSession> {
        let (found, note) = self.routine(config, id)?;
        Some(OpenSession {
            level: self.level_shown(&found),
            routine: found,
            volume: config.sound.enabled.then_some(config.sound.volume),
            voice: config.sound.voice,
            streak,
            start_screen: self.start_screen,
            checkin: self.checkin,
            say_keys: self.say_keys,
            hurt_before: self.hurt_before.clone(),
            note,
        })
    }

    /// The level the start screen names: the built-in daily routine's only.
    pub(super) fn level_shown(&self, routine: &routine::Routine) -> Option<Level> {
        (routine.id == routine::builtin::UPPER_TRAP).then_some(self.options.level)
    }
}

/// Takes the exercises left out after pain out of `routine`, and says
/// which in words ("Resting today after pain: Neck side stretch."), by
/// title and why; `None` when none is.
pub(super) fn leave_out(routine: &mut routine::Routine, left_out: &[LeftOut]) -> Option<String> {
    let title = |id: &str| {
        routine
            .exercises
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
    };
    let names = |why: Why| -> Vec<String> {
        left_out
            .iter()
            .filter(|o| o.why == why)
            .filter_map(|o| title(&o.exercise))
            .collect()
    };
    let (today, again) = (names(Why::HurtToday), names(Why::HurtAgain));
    let note = match (today.is_empty(), again.is_empty()) {
        (true, true) => None,
        (false, true) => Some(crate::t!("notify-rest-today", names = today.join(", "))),
        (true, false) => Some(crate::t!("notify-left-out", names = again.join(", "))),
        (false, false) => Some(crate::t!(
            "notify-rest-and-left-out",
            today = today.join(", "),
            again = again.join(", ")
        )),
    };
    routine
        .exercises
        .retain(|e| !left_out.iter().any(|o| o.exercise == e.id));
    note
}
