//! The shoulder check's sound from the app's side: the window program
//! started without a window, `unknot-session cue-player check`, plays its
//! tones (and its lines when both voice settings are on) and exits when they
//! have sounded, so the background app never opens an audio output. One at a time; a check that
//! comes while one still sounds stays silent.

use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::process::Command;

use super::core::Core;

/// A check's sound is playing (its child has not exited yet).
static SOUNDING: AtomicBool = AtomicBool::new(false);

impl Core {
    /// Starts the check's sound, unless sound is off or one still plays.
    pub(super) fn play_check(&mut self, voice: bool) {
        let sound = self.config.sound;
        if !sound.enabled || sound.volume == 0 || SOUNDING.swap(true, Ordering::SeqCst) {
            return;
        }
        let exe = match super::window_process::session_binary() {
            Ok(exe) => exe,
            Err(e) => {
                eprintln!("unknot: the shoulder check's sound: {e}");
                SOUNDING.store(false, Ordering::SeqCst);
                return;
            }
        };
        let mut command = Command::new(exe);
        command
            .args(["cue-player", "check", "--volume", &sound.volume.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if voice {
            command.arg("--voice");
        }
        match command.spawn() {
            Ok(mut child) => {
                tokio::spawn(async move {
                    if let Err(e) = child.wait().await {
                        eprintln!("unknot: the shoulder check's sound: {e}");
                    }
                    SOUNDING.store(false, Ordering::SeqCst);
                });
            }
            Err(e) => {
                eprintln!("unknot: the shoulder check's sound: cannot start it: {e}");
                SOUNDING.store(false, Ordering::SeqCst);
            }
        }
    }
}
