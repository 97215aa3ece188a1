//! `unknot schedule`: the real engine on a simulated clock.

// ---- placeholder the engine work replaces ----

pub fn command(
    _config: &crate::config::Config,
    _args: &crate::cli::ScheduleArgs,
) -> std::process::ExitCode {
    std::process::ExitCode::from(crate::cli::EXIT_FAILURE)
}
