//! unknot: a tray app that guides short breaks against upper-trapezius knots.
//! The library holds everything; `main.rs` only wires the CLI to it.

pub mod app;
pub mod autostart;
pub mod cli;
pub mod config;
pub mod engine;
pub mod history;
pub mod ipc;
pub mod platform;
pub mod routine;
pub mod ui;
