//! The control socket's requests, answered through the engine.

use super::core::Core;
use super::present::refusal_words;
use crate::engine::{Answer, Input, Mode, PauseSpan};
use crate::history;
use crate::ipc::{self, Request, Response};
use crate::platform::notify::Notifier;
use crate::routine;

impl Core {
    /// Answers a control request; `None` means "answer with the status".
    pub(super) fn request(&mut self, request: Request, notifier: &Notifier) -> Option<Response> {
        let now = self.clock.now();
        let ok = |m: &str| Some(Response::Message(m.to_string()));
        match request {
            Request::Status => None,
            Request::BreakNow { routine } => {
                let routine = match self.routine_or_next(routine) {
                    Ok(r) => r,
                    Err(e) => return Some(Response::Error(e)),
                };
                let answer = self.engine.handle(Input::OfferNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    let hint = format!("`unknot start {routine}` plays it now");
                    return Some(Response::Error(format!("{}; {hint}", refusal_words(&why))));
                }
                if notifier.available() {
                    ok(&format!("A {routine} break is due now"))
                } else {
                    ok(&format!(
                        "A {routine} break is due now (no notification server: use the tray or `unknot start`)"
                    ))
                }
            }
            Request::Start { routine } => {
                let routine = match self.routine_or_next(routine) {
                    Ok(r) => r,
                    Err(e) => return Some(Response::Error(e)),
                };
                // The engine starts the pending break itself when it has this routine.
                let playing = self.engine.status().state == Mode::InBreak;
                let answer = self.engine.handle(Input::BreakNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    return Some(Response::Error(refusal_words(&why)));
                }
                if playing {
                    self.raise_window();
                }
                ok(&format!("Starting {routine}"))
            }
            Request::Snooze { duration } => {
                match self.engine.handle(Input::Snooze(duration), now) {
                    Answer::Accepted => ok("Snoozed"),
                    Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
                }
            }
            Request::Skip => match self.engine.handle(Input::Skip, now) {
                Answer::Accepted => ok("Skipped"),
                Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
            },
            Request::Pause(pause) => {
                let span = match pause {
                    ipc::Pause::For(d) => PauseSpan::For(d),
                    ipc::Pause::Until(t) => PauseSpan::UntilNext(t),
                    ipc::Pause::UntilResumed => PauseSpan::UntilResumed,
                };
                self.engine.handle(Input::Pause(span), now);
                ok("Paused")
            }
            Request::Resume => {
                self.engine.handle(Input::Resume, now);
                ok("Resumed")
            }
            Request::Reload => Some(self.reload()),
            Request::Preferences => {
                self.show_prefs();
                ok("Preferences opened")
            }
            Request::Quit => {
                self.quit = true;
                ok("unknot is quitting")
            }
            Request::Play { routine } => {
                if routine::find(&self.config.routines, self.config.upper_trap, &routine).is_none()
                {
                    return Some(Response::Error(format!("no routine {routine:?}")));
                }
                let playing = self.engine.status().state == Mode::InBreak;
                let answer = self.engine.handle(Input::BreakNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    return Some(Response::Error(refusal_words(&why)));
                }
                if playing {
                    self.raise_window();
                }
                ok(&format!("Playing {routine}"))
            }
            Request::PutBack { exercise } => {
                match self.engine.handle(Input::PutBack(exercise.clone()), now) {
                    Answer::Accepted => {
                        let name = history::exercise_title(&self.config, &exercise)
                            .unwrap_or_else(|| exercise.clone());
                        ok(&format!("{name} is back in your routines"))
                    }
                    Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
                }
            }
        }
    }

    /// A routine id the user named (checked), or the next break's.
    pub(super) fn routine_or_next(&self, routine: Option<String>) -> Result<String, String> {
        match routine {
            Some(id)
                if routine::find(&self.config.routines, self.config.upper_trap, &id).is_some() =>
            {
                Ok(id)
            }
            Some(id) => Err(format!(
                "no routine {id:?}; `unknot routine list` shows them"
            )),
            None => self
                .status
                .next_break
                .as_ref()
                .map(|b| b.routine.clone())
                .or_else(|| self.config.breaks.first().map(|b| b.routine.clone()))
                .ok_or_else(|| "no break is configured; name a routine".to_string()),
        }
    }
}
