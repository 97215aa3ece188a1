//! The imperative edge: one file per outside thing (clock, tray,
//! notifications, audio, idle time on X11, Wayland and GNOME, the window).
//! Everything here may fail at run time; a failure degrades the app, it
//! never stops it.

pub mod audio;
pub mod autostart;
pub mod clock;
pub mod idle;
pub mod mutter;
pub mod notify;
pub mod presence;
pub mod tray;
pub mod watch;
pub mod wayland;
