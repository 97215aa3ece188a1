//! The one integration-test binary: unknot as a user runs it, and the headless desktop.

// Tests are shell-side code: they may read the clock and sleep while polling.
#![allow(clippy::disallowed_methods)]

mod access;
mod app;
mod audio;
mod config;
mod desktop;
mod history;
mod home;
mod home_window;
mod ipc;
mod languages;
mod play;
mod prefs;
mod quiet;
mod reliability;
mod routine;
mod running;
mod schedule;
mod session;
mod shoulder;
mod sync;
mod ui;
mod unknot_in;
mod wayland;
