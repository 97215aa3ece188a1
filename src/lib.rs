//! unknot: a tray app that guides short breaks against upper-trapezius knots.
//! The library holds everything; `main.rs` only calls `cli::main`.

pub mod cli;
pub mod config;
pub mod engine;
pub mod history;
pub mod i18n;
pub mod ipc;
pub mod platform;
pub mod routine;
pub mod session;
pub mod shell;
pub mod ui;
pub mod values;
