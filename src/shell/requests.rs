//! The control socket's requests, answered through the engine.

use super::core::Core;
use super::present::refusal_words;
use crate::engine::{Answer, Input, PauseSpan};
use crate::history;
use crate::ipc::{self, Request, Response};
use crate::platform::notify::Notifier;
use crate::t;

impl Core {
    /// Answers a control request; `None` means "answer with the status".
    pub(super) fn request(&mut self, request: Request, notifier: &Notifier) -> Option<Response> {
        let now = self.clock.now();
        let ok = |m: &str| Some(Response::Message(m.to_string()));
        match request {
            Request::Status => None,
            Request::BreakNow { routine } => {
                let routine = match self.engine.routine_for(routine.as_deref()) {
                    Ok(r) => r,
                    Err(why) => return Some(Response::Error(refusal_words(&why))),
                };
                let answer = self.engine.handle(Input::OfferNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    return Some(Response::Error(t!(
                        "status-refused-start-instead",
                        refusal = refusal_words(&why),
                        routine = &routine
                    )));
                }
                if notifier.available() {
                    ok(&t!("cli-app-break-due", routine = &routine))
                } else {
                    ok(&t!("cli-app-break-due-no-server", routine = &routine))
                }
            }
            // A session playing already is raised: the engine says so.
            Request::Start { routine } => self.start(routine.as_deref()).map_or_else(
                |e| Some(Response::Error(e)),
                |routine| ok(&t!("cli-app-starting", routine = routine)),
            ),
            Request::Snooze { duration } => {
                match self.engine.handle(Input::Snooze(duration), now) {
                    Answer::Accepted => ok(&t!("cli-app-snoozed")),
                    Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
                }
            }
            Request::Skip => match self.engine.handle(Input::Skip, now) {
                Answer::Accepted => ok(&t!("cli-app-skipped")),
                Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
            },
            Request::Pause(pause) => {
                let span = match pause {
                    ipc::Pause::For(d) => PauseSpan::For(d),
                    ipc::Pause::Until(t) => PauseSpan::UntilNext(t),
                    ipc::Pause::UntilResumed => PauseSpan::UntilResumed,
                };
                self.engine.handle(Input::Pause(span), now);
                ok(&t!("cli-app-paused"))
            }
            Request::Resume => {
                self.engine.handle(Input::Resume, now);
                ok(&t!("cli-app-resumed"))
            }
            Request::Reload => Some(self.reload()),
            Request::Preferences => match self.windows.can_open() {
                Ok(()) => {
                    self.show_prefs();
                    ok(&t!("cli-app-preferences-opened"))
                }
                Err(e) => Some(Response::Error(e)),
            },
            Request::Home => match self.windows.can_open() {
                Ok(()) => {
                    self.present_home();
                    ok(&t!("cli-app-window-open"))
                }
                Err(e) => Some(Response::Error(e)),
            },
            Request::Statistics => match self.windows.can_open() {
                Ok(()) => {
                    self.show_stats();
                    ok(&t!("cli-app-statistics-opened"))
                }
                Err(e) => Some(Response::Error(e)),
            },
            Request::ShoulderCheck => match self.engine.handle(Input::ShoulderCheckNow, now) {
                Answer::Accepted if notifier.available() => ok(&t!("cli-app-check-showing")),
                Answer::Accepted => ok(&t!("cli-app-check-no-server")),
                Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
            },
            Request::Quit => {
                self.quit = true;
                ok(&t!("cli-app-quitting"))
            }
            Request::Play { routine } => self.start(Some(&routine)).map_or_else(
                |e| Some(Response::Error(e)),
                |routine| ok(&t!("cli-app-playing", routine = routine)),
            ),
            Request::PutBack { exercise } => {
                match self.engine.handle(Input::PutBack(exercise.clone()), now) {
                    Answer::Accepted => {
                        let name = history::exercise_title(&self.config, &exercise)
                            .unwrap_or_else(|| exercise.clone());
                        ok(&t!("cli-app-put-back", name = name))
                    }
                    Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
                }
            }
        }
    }

    /// Starts the routine named, or the next break's: the routine started
    /// (or whose session is raised), or why not in words.
    fn start(&mut self, named: Option<&str>) -> Result<String, String> {
        let routine = self
            .engine
            .routine_for(named)
            .map_err(|why| refusal_words(&why))?;
        // The engine starts the pending break itself when it has this routine.
        match self
            .engine
            .handle(Input::BreakNow(routine.clone()), self.clock.now())
        {
            Answer::Accepted => Ok(routine),
            Answer::Refused(why) => Err(refusal_words(&why)),
        }
    }
}
