//! The imperative edge: one file per outside thing (clock, tray,
//! notifications, idle time on X11, Wayland and GNOME, do-not-disturb
//! signs, sleep, autostart). The audio output is the window process's
//! (`session/audio.rs`).
//! Everything here may fail at run time; a failure degrades the app, it
//! never stops it.

pub mod autostart;
pub mod clock;
pub mod do_not_disturb;
pub mod idle;
pub mod media;
pub mod mutter;
pub mod notify;
pub mod portal;
pub mod sleep;
pub mod tray;
pub mod voice_files;
pub mod watch;
pub mod wayland;
