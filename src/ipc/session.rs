//! The pipe between the background app and its window process (`unknot
//! session`): one JSON object a line, the app's requests on the child's
//! stdin, the child's reports on its stdout. Both ends are this binary, so
//! there is no version negotiation; a line that does not decode is reported
//! and skipped, never trusted.

use serde::{Deserialize, Serialize};

use crate::config::prefs::LeftOut;
use crate::config::CheckIn;
use crate::routine::{Level, Routine};
use crate::values::{ExerciseOutcome, SessionReport, Stats};

/// What the app asks of the window process.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "kebab-case")]
pub enum ToWindow {
    /// Play this routine; a session already running is raised instead.
    Open(Box<OpenSession>),
    /// Show these stats (beside a running session, or alone).
    Stats(Box<Stats>),
    /// Open Preferences on this config file; `left_out` are the exercises
    /// left out after pain until put back, offered back there.
    Preferences {
        path: std::path::PathBuf,
        #[serde(default)]
        left_out: Vec<LeftOut>,
    },
    /// The first-run welcome; its Start writes a new config file here.
    Welcome { path: std::path::PathBuf },
    /// Bring the running session's window forward.
    Raise,
}

/// A guided session to open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenSession {
    pub routine: Routine,
    /// `None`: sound is off.
    pub volume: Option<u8>,
    pub voice: bool,
    pub streak: u32,
    /// Show the start screen first (else the routine begins at once).
    pub start_screen: bool,
    /// Which check-in ratings to ask for.
    #[serde(default)]
    pub checkin: CheckIn,
    /// The daily routine's level, shown on its start screen; `None` for
    /// other routines.
    #[serde(default)]
    pub level: Option<Level>,
    /// Say the keys as it opens (a user's first sessions).
    #[serde(default)]
    pub say_keys: bool,
    /// Exercises (ids) that hurt in the last fortnight: a pain stop on one
    /// of them leaves it out, and the window says so.
    #[serde(default)]
    pub hurt_before: Vec<String>,
    /// What the start screen says was left out after pain, in words.
    #[serde(default)]
    pub note: Option<String>,
}

/// What the window process reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "report", rename_all = "kebab-case")]
pub enum FromWindow {
    /// The session's outcomes so far, one per exercise (the current one
    /// partial, the rest skipped): what the app records if the window
    /// process dies. Sent when the session opens and at each exercise change.
    Progress {
        routine: String,
        outcomes: Vec<ExerciseOutcome>,
        /// The check-in before the routine, once given.
        #[serde(default)]
        tension_before: Option<u8>,
    },
    /// The session ended (its end screen, stopped, or its window closed).
    Finished {
        routine: String,
        #[serde(flatten)]
        ended: SessionReport,
    },
    /// The check-in on the end screen, after `Finished`.
    Rated { routine: String, tension_after: u8 },
    /// Preferences' "Put back": this exercise (its id) goes back into the
    /// routines.
    PutBack { exercise: String },
    /// Every window has closed: the app may close the pipe, which ends the
    /// process (the app decides, so no request meets an exiting process).
    Idle,
}

/// One message as a line, newline included.
pub fn encode<T: Serialize>(message: &T) -> String {
    // Plain enums of strings and numbers: serde_json cannot fail on them.
    let mut line = serde_json::to_string(message).unwrap_or_default();
    line.push('\n');
    line
}

/// One line back into a message.
pub fn decode<'a, T: Deserialize<'a>>(line: &'a str) -> Result<T, serde_json::Error> {
    serde_json::from_str(line.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;

    #[test]
    fn every_message_round_trips_as_one_line() {
        let routine = builtin::find(builtin::UPPER_TRAP).expect("a built-in");
        let to = [
            ToWindow::Open(Box::new(OpenSession {
                routine,
                volume: Some(70),
                voice: true,
                streak: 3,
                start_screen: false,
                checkin: CheckIn::BeforeAfter,
                level: Some(Level::TOP),
                say_keys: true,
                hurt_before: vec!["ball-press".into()],
                note: Some("Resting today after pain: Neck side stretch.".into()),
            })),
            ToWindow::Preferences {
                path: "/home/me/.config/unknot/config.json".into(),
                left_out: vec![LeftOut {
                    exercise: "ball-press".into(),
                    title: "Ball release".into(),
                }],
            },
            ToWindow::Raise,
        ];
        for message in to {
            let line = encode(&message);
            assert_eq!(line.matches('\n').count(), 1, "{line}");
            assert_eq!(decode::<ToWindow>(&line).expect("decodes"), message);
        }
        let from = [
            FromWindow::Finished {
                routine: "desk-reset".into(),
                ended: SessionReport {
                    outcomes: vec![ExerciseOutcome::Done, ExerciseOutcome::Partial],
                    tension_before: Some(6),
                    hurt: true,
                    hurt_exercise: Some("ball-press".into()),
                    hurt_side: Some(crate::values::BodySide::Right),
                },
            },
            FromWindow::Finished {
                routine: "desk-reset".into(),
                ended: vec![ExerciseOutcome::Skipped].into(),
            },
            FromWindow::Rated {
                routine: "upper-trap".into(),
                tension_after: 10,
            },
            FromWindow::PutBack {
                exercise: "ball-press".into(),
            },
        ];
        for message in from {
            assert_eq!(
                decode::<FromWindow>(&encode(&message)).expect("decodes"),
                message
            );
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for line in ["", "{", "{\"report\":\"nope\"}", "[1,2]", "\u{0}"] {
            assert!(decode::<FromWindow>(line).is_err(), "{line:?}");
            assert!(decode::<ToWindow>(line).is_err(), "{line:?}");
        }
    }
}
