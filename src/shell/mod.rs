//! The imperative shell of the background app: the tray on the main thread,
//! a tokio runtime on a second thread driving the break engine, the control
//! socket, notifications and the history. Windows live in a process of their
//! own (`session`, started through `window_process`), so the app itself never
//! opens a window or an audio output. Effects from the engine are routed; the
//! rules about breaks all live in `engine`.

mod check_sound;
mod core;
mod files;
mod gather;
mod launch;
mod present;
mod requests;
mod restore;
mod sense;
mod standalone;
mod window_process;

use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::sync::mpsc;

use crate::config;
use crate::ipc::session::FromWindow;
use crate::ipc::{self, Bind};
use crate::platform::tray::{self, MenuAction, Tray, TrayView};
pub use standalone::{play, preferences, stats_window};
pub use window_process::session_binary;

use self::core::Core;
use present::WindowEnd;
use present::{describe, plan};
use restore::{load_config, routine_menu};
use window_process::REPORTS_WAITING;

/// The engine is woken at least this often: the monotonic clock stops during
/// suspend, so a longer sleep could oversleep a break.
pub(super) const MAX_SLEEP: Duration = Duration::from_secs(60);
/// The engine's state is saved at least this often while it only ticks.
pub(super) const SAVE_EVERY: Duration = Duration::from_secs(300);

/// What reaches the core task from the outside world.
#[derive(Debug)]
pub enum CoreMsg {
    Menu(MenuAction),
    /// A report of the window process number `.0`.
    Window(u64, FromWindow),
    /// The window process number `.0` ended, and how.
    WindowExited(u64, WindowEnd),
    /// The tray host answered (or not) while the tray was built.
    TrayHost(bool),
    Quit,
}

/// Why the background app or a standalone `play` could not run; `cli` puts
/// it into words and an exit code.
#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
    #[error("{0}")]
    Socket(ipc::IpcError),
    #[error("cannot start the engine thread: {0}")]
    Thread(std::io::Error),
    #[error("{0}")]
    Refused(String),
    #[error("no routine {0:?}")]
    NoRoutine(String),
    #[error("{0}")]
    Session(String),
}

impl ShellError {
    /// Input the user must fix (exit 2), as opposed to a failure at run time.
    pub fn is_bad_input(&self) -> bool {
        matches!(self, ShellError::NoRoutine(_))
    }
}

/// `unknot` with no subcommand. With one running already, its home window
/// is presented instead; with `background`, nothing is presented at the start.
pub fn run(flag: Option<&Path>, background: bool) -> Result<(), ShellError> {
    one_heap();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return Err(ShellError::Runtime(e)),
    };
    let server = match runtime.block_on(ipc::bind()) {
        Ok(Bind::Primary(server)) => server,
        Ok(Bind::Running { pid }) => {
            // A second launch (from the applications menu, most often)
            // brings the home window forward; `--background` (autostart)
            // asks nothing. The pid is 0 where the socket did not say.
            let pid = pid.unwrap_or(0);
            let opened = !background
                && matches!(
                    ipc::request(&ipc::Request::Home),
                    Ok(ipc::Response::Message(_))
                );
            if opened {
                say(&crate::t!("status-already-running-opened", pid = pid));
            } else {
                say(&crate::t!("status-already-running", pid = pid));
            }
            return Ok(());
        }
        Err(e) => return Err(ShellError::Socket(e)),
    };

    let (loaded, config_error) = load_config(flag);
    // The words from here on: this line, notifications, the tray, windows.
    crate::i18n::set(config::language(&loaded).lang);
    let source = config::locate(flag);
    say(&crate::t!(
        "status-running",
        config = describe(&source, config_error.is_some()),
        plan = plan(&loaded)
    ));

    let (core_tx, core_rx) = mpsc::unbounded_channel();
    // The window process's reports: bounded, so a chatty one waits.
    let (window_tx, window_rx) = mpsc::channel(REPORTS_WAITING);
    let (tray_tx, tray_rx) = std::sync::mpsc::channel::<TrayView>();
    let routines = routine_menu(&loaded);
    let mut core = Core::new(
        loaded,
        source,
        config_error,
        flag.map(Path::to_path_buf),
        tray_tx,
        window_tx,
    );
    core.background = background;
    let thread = std::thread::Builder::new()
        .name("unknot-core".into())
        .spawn(move || runtime.block_on(core.run(server, core_rx, window_rx)));
    let thread = thread.map_err(ShellError::Thread)?;
    // The tray lives here, away from the runtime: ksni blocks on its own
    // executor, which would stall a tokio thread it runs on.
    run_tray(&core_tx, &routines, &tray_rx);
    let _ = thread.join();
    Ok(())
}

/// The main thread: builds the tray with the core's first view, then shows
/// each new one, until the core ends (it drops its sender).
fn run_tray(
    core: &mpsc::UnboundedSender<CoreMsg>,
    routines: &[(String, String)],
    views: &std::sync::mpsc::Receiver<TrayView>,
) {
    let clicks = core.clone();
    tray::on_menu_click(move |action| {
        let _ = clicks.send(CoreMsg::Menu(action));
    });
    let Ok(first) = views.recv() else {
        return;
    };
    let mut tray = match Tray::new(routines, &first) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("unknot: {e}; use notifications and the CLI");
            let _ = core.send(CoreMsg::TrayHost(false));
            None
        }
    };
    while let Ok(view) = views.recv() {
        if let Some(tray) = &mut tray {
            tray.update(&view);
        }
    }
}

/// A line on stdout for whoever started the app; a closed stdout is no reason
/// to stop (`println!` would panic).
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// The file in the state folder that says the welcome was shown.
pub const WELCOME_MARKER: &str = "welcome-seen";

/// The file in the runtime folder that says this login was told there is no
/// tray icon (at a start with `--background`).
pub const NO_TRAY_TOLD: &str = "no-tray-told";

/// One malloc arena for the whole app: glibc gives each thread that
/// allocates (zbus's runtime, ksni's, the tray's) an arena of its own, and
/// what is freed in them is kept there. The app is idle nearly always, so
/// contention is no cost; memory kept in spare arenas is.
fn one_heap() {
    #[cfg(target_env = "gnu")]
    // SAFETY: mallopt takes plain integers; called before other threads exist.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Gives freed heap back to the system once a window process is gone: glibc
/// keeps what a session's requests and reports used (stats, routines, JSON
/// lines), and an app idle between breaks would otherwise hold it for good.
pub(super) fn trim_heap() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim takes no pointers; it only walks glibc's own heaps
    // under their locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The app icon for notifications: written once to the runtime folder, since
/// notification servers take a path or a theme name.
pub(super) fn app_icon() -> Option<PathBuf> {
    let dir = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)?
        .join("unknot");
    let path = dir.join("unknot.png");
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(&path, include_bytes!("../../icons/unknot.png")).ok()?;
    Some(path)
}
