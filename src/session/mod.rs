//! What the window process (`unknot-session`, rooted in `main.rs` beside
//! this file) shares with the library: the Preferences window's file side,
//! which `unknot render --screen preferences` draws without a display too.
//! The rest of this folder is that binary's: the winit application, the
//! audio output and the pipe to the app.

pub mod prefs;
