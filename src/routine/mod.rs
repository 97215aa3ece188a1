//! Pure: the exercise model, the built-in routines and the timeline compiler.

pub mod model;

pub use model::*;

// ---- placeholder the routine work replaces ----

/// `unknot routine list|show`.
pub fn command(
    _config: &crate::config::Config,
    _cmd: &crate::cli::RoutineCommand,
) -> std::process::ExitCode {
    std::process::ExitCode::from(crate::cli::EXIT_FAILURE)
}
