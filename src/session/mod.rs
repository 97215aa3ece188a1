//! What the window process (`unknot-session`, rooted in `main.rs` beside
//! this file) shares with the library: the Preferences window's file side,
//! which `unknot render --screen preferences` draws without a display too.
//! The rest of this folder is that binary's: the winit application, the
//! audio output and the pipe to the app; and how it starts without the
//! locale's Compose table, which what it starts must not inherit.

pub mod prefs;

/// The windows take no text: keys are commands (Space, the arrows, Esc,
/// Tab, digits and a few letters, read as `logical_key`), so the locale's
/// Compose table is of no use to them. winit parses it twice as the event
/// loop is built, Xlib's input method and xkbcommon's compose state each
/// reading `en_US.UTF-8/Compose` (6000 lines), 11 of the 16 ms it took
/// (docs/bench.md, "Window open latency"); both read `XCOMPOSEFILE`
/// instead when it is set, and an empty file is an empty table. Called
/// while the process has one thread, before the event loop is built.
pub fn without_compose_table() {
    let _ = USER_COMPOSE.set(std::env::var_os("XCOMPOSEFILE"));
    std::env::set_var("XCOMPOSEFILE", "/dev/null");
}

/// The `XCOMPOSEFILE` the process was started with, given back to what it
/// starts (the editor "Open the file" opens must keep the user's compose
/// keys).
static USER_COMPOSE: std::sync::OnceLock<Option<std::ffi::OsString>> = std::sync::OnceLock::new();

/// `command` with the user's own `XCOMPOSEFILE` (or none), not ours.
pub fn with_user_compose(command: &mut std::process::Command) -> &mut std::process::Command {
    match USER_COMPOSE.get() {
        Some(Some(file)) => command.env("XCOMPOSEFILE", file),
        Some(None) => command.env_remove("XCOMPOSEFILE"),
        None => command,
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    /// The window process reads no Compose table, and the editor it opens
    /// gets the user's back (their own file, or none set).
    #[test]
    fn what_the_window_process_starts_gets_the_user_s_compose_file_back() {
        let before = std::env::var_os("XCOMPOSEFILE");
        super::without_compose_table();
        assert_eq!(
            std::env::var_os("XCOMPOSEFILE").as_deref(),
            Some(OsStr::new("/dev/null"))
        );
        let mut editor = std::process::Command::new("xdg-open");
        super::with_user_compose(&mut editor);
        let given: Vec<Option<&OsStr>> = editor
            .get_envs()
            .filter(|(k, _)| *k == "XCOMPOSEFILE")
            .map(|(_, v)| v)
            .collect();
        assert_eq!(given, vec![before.as_deref()]);
    }
}
