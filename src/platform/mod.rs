//! The imperative edge: one file per outside thing (clock, tray,
//! notifications, audio, idle time on X11, Wayland and GNOME, do-not-disturb
//! signs, sleep, autostart, the monitor under the pointer).
//! Everything here may fail at run time; a failure degrades the app, it
//! never stops it.

pub mod audio;
pub mod autostart;
pub mod clock;
pub mod do_not_disturb;
pub mod idle;
pub mod media;
pub mod monitor;
pub mod mutter;
pub mod notify;
pub mod sleep;
pub mod tray;
pub mod watch;
pub mod wayland;
