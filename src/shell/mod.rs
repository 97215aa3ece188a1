//! The imperative shell of the background app: the tray on the main thread,
//! a tokio runtime on a second thread driving the break engine, the control
//! socket, notifications and the history. Windows live in a process of their
//! own (`session`, started through `window_process`), so the app itself never
//! opens a window or an audio output. Effects from the engine are routed; the
//! rules about breaks all live in `engine`.

mod window_process;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Local;
use tokio::sync::{mpsc, oneshot};

use crate::config::{self, BreakWhen, CheckIn, Config, ConfigSource};
use crate::engine::{
    Answer, Effect, Engine, HistoryEvent, Input, LeftOut, Mode, PauseSpan, Refusal, Status, Why,
};
use crate::history::{self, History};
use crate::ipc::session::{FromWindow, OpenSession, ToWindow};
use crate::ipc::{
    self, Bind, NextBreakReport, NotificationReport, Request, Response, StatusReport,
};
use crate::platform::clock::Clock;
use crate::platform::do_not_disturb::Quiet;
use crate::platform::idle::IdleSource;
use crate::platform::media::{self, PausedMedia};
use crate::platform::notify::{BreakNotice, Notifier, NotifyEvent, Reply};
use crate::platform::tray::{self, IconState, MenuAction, Tray, TrayView};
use crate::routine::{self, Level};
use crate::values::{ExerciseOutcome, SessionReport};
use window_process::WindowProcess;

/// The engine is woken at least this often: the monotonic clock stops during
/// suspend, so a longer sleep could oversleep a break.
const MAX_SLEEP: Duration = Duration::from_secs(60);
/// The engine's state is saved at least this often while it only ticks.
const SAVE_EVERY: Duration = Duration::from_secs(300);

/// What reaches the core task from the outside world.
#[derive(Debug)]
pub enum CoreMsg {
    Menu(MenuAction),
    /// A report of the window process number `.0`.
    Window(u64, FromWindow),
    /// The window process number `.0` ended, and how.
    WindowExited(u64, String),
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

/// `unknot` with no subcommand.
pub fn run(flag: Option<&Path>) -> Result<(), ShellError> {
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
            say(&match pid {
                Some(pid) => format!("unknot is already running (pid {pid})"),
                None => "unknot is already running".to_owned(),
            });
            return Ok(());
        }
        Err(e) => return Err(ShellError::Socket(e)),
    };

    let (loaded, config_error) = load_config(flag);
    let source = config::locate(flag);
    say(&format!(
        "unknot is running with {}: {}",
        describe(&source, config_error.is_some()),
        plan(&loaded)
    ));

    let (core_tx, core_rx) = mpsc::unbounded_channel();
    let (tray_tx, tray_rx) = std::sync::mpsc::channel::<TrayView>();
    let routines = routine_menu(&loaded);
    let core = Core::new(
        loaded,
        source,
        config_error,
        flag.map(Path::to_path_buf),
        tray_tx,
        core_tx.clone(),
    );
    let thread = std::thread::Builder::new()
        .name("unknot-core".into())
        .spawn(move || runtime.block_on(core.run(server, core_rx)));
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

/// `unknot play ROUTINE`: forwarded to the running app if there is one,
/// else played in a window of our own.
pub fn play(flag: Option<&Path>, routine_id: &str) -> Result<(), ShellError> {
    match ipc::request(&Request::Play {
        routine: routine_id.to_string(),
    }) {
        Ok(Response::Error(e)) => return Err(ShellError::Refused(e)),
        Ok(_) => return Ok(()),
        Err(_) => {}
    }
    // A broken config is reported by `load_config`; the default plays.
    let (config, _) = load_config(flag);
    if routine::find(&config.routines, config.upper_trap, routine_id).is_none() {
        return Err(ShellError::NoRoutine(routine_id.to_owned()));
    }
    let mut standalone = Standalone::new(&config);
    let opening = standalone.start(routine_id);
    let Some((found, note)) = opening.routine(&config, routine_id) else {
        return Err(ShellError::NoRoutine(routine_id.to_owned()));
    };
    let open = OpenSession {
        say_keys: opening.say_keys,
        hurt_before: opening.hurt_before.clone(),
        note,
        level: opening.level_shown(&found),
        routine: found,
        volume: config.sound.enabled.then_some(config.sound.volume),
        voice: config.sound.voice,
        streak: 0,
        start_screen: opening.start_screen,
        checkin: opening.checkin,
    };
    let exercises = open.routine.exercises.len();
    let (outcome, reports) = crate::session::play_standalone(open);
    let mut finished = false;
    for report in reports {
        match report {
            FromWindow::Finished { ended, .. } => {
                standalone.finish(ended);
                finished = true;
            }
            FromWindow::Rated { tension_after, .. } => standalone.rate(tension_after),
            _ => {}
        }
    }
    if !finished {
        // A window that never opened did nothing: recorded as all skipped.
        standalone.finish(vec![ExerciseOutcome::Skipped; exercises].into());
    }
    outcome.map_err(|e| ShellError::Session(e.to_string()))
}

/// The file in the state folder that says the welcome was shown.
pub const WELCOME_MARKER: &str = "welcome-seen";

/// `unknot preferences`: through the running app if there is one (its
/// config file), else a window of our own on the file `--config` names or
/// the default one.
pub fn preferences(flag: Option<&Path>) -> Result<(), ShellError> {
    match ipc::request(&Request::Preferences) {
        Ok(Response::Error(e)) => return Err(ShellError::Refused(e)),
        Ok(_) => return Ok(()),
        Err(_) => {}
    }
    let path = match config::locate(flag) {
        ConfigSource::File(path) => path,
        ConfigSource::Embedded => config::default_path().ok_or_else(|| {
            ShellError::Refused("no HOME or XDG_CONFIG_HOME to put a config file in".into())
        })?,
    };
    crate::session::prefs_standalone(path).map_err(|e| ShellError::Session(e.to_string()))
}

/// How the engine opens a session: the start screen, the check-ins, and the
/// options (the level) the routine is built with.
struct Opening {
    start_screen: bool,
    checkin: CheckIn,
    options: routine::Options,
    /// Exercises left out after pain, and why.
    leave_out: Vec<LeftOut>,
    /// Exercises that hurt in the last fortnight (ids).
    hurt_before: Vec<String>,
    say_keys: bool,
    speak_safety: bool,
}

impl Opening {
    fn new(config: &Config, start_screen: bool, checkin: CheckIn, level: Level) -> Opening {
        Opening {
            start_screen,
            checkin,
            options: routine::Options {
                level,
                ..config.upper_trap
            },
            leave_out: Vec::new(),
            hurt_before: Vec::new(),
            say_keys: false,
            speak_safety: true,
        }
    }

    /// How the engine's `OpenGuidedWindow` opens a session.
    fn of(config: &Config, effect: Effect) -> Option<Opening> {
        let Effect::OpenGuidedWindow {
            start_screen,
            checkin,
            level,
            cap,
            leave_out,
            hurt_before,
            say_keys,
            speak_safety,
            ..
        } = effect
        else {
            return None;
        };
        let mut opening = Opening::new(config, start_screen, checkin, level);
        opening.options.cap = cap;
        Some(Opening {
            leave_out,
            hurt_before,
            say_keys,
            speak_safety,
            ..opening
        })
    }

    /// The routine as this session plays it: without the exercises left
    /// out after pain (and what the start screen says of them), and without
    /// its spoken stop signs when they were said already today.
    fn routine(&self, config: &Config, id: &str) -> Option<(routine::Routine, Option<String>)> {
        let mut found = routine::find(&config.routines, self.options, id)?;
        let note = leave_out(&mut found, &self.leave_out);
        if !self.speak_safety {
            found.spoken_safety.clear();
        }
        Some((found, note))
    }

    /// The level the start screen names: the built-in daily routine's only.
    fn level_shown(&self, routine: &routine::Routine) -> Option<Level> {
        (routine.id == routine::builtin::UPPER_TRAP).then_some(self.options.level)
    }
}

/// A standalone `unknot play` records through the engine, as the app would:
/// the same rules decide the break's name, the start screen and whether the
/// day's routine is done. Only the session's own records are written; the
/// engine's other effects (offers of breaks that are due) belong to the app.
struct Standalone {
    config: Config,
    engine: Engine<Local>,
    clock: Clock,
    history: Option<History>,
}

impl Standalone {
    fn new(config: &Config) -> Standalone {
        let clock = Clock::new();
        let place = history::Place::locate(config.sync_folder.as_deref()).ok();
        let mut engine = restore_engine(config, place.as_ref(), &clock);
        while engine.poll_effect().is_some() {}
        let history = match place.as_ref().map(history::Place::writer) {
            Some(Ok(h)) => Some(h),
            Some(Err(e)) => {
                eprintln!("unknot: {e}; this session is not in the history");
                None
            }
            None => {
                eprintln!("unknot: no state folder; this session is not in the history");
                None
            }
        };
        Standalone {
            config: config.clone(),
            engine,
            clock,
            history,
        }
    }

    /// Starts the session; how it opens.
    fn start(&mut self, routine: &str) -> Opening {
        let _ = self
            .engine
            .handle(Input::BreakNow(routine.to_owned()), self.clock.now());
        let mut opening = Opening::new(&self.config, true, CheckIn::Off, Level::FIRST);
        while let Some(effect) = self.engine.poll_effect() {
            match effect {
                Effect::OpenGuidedWindow { .. } => {
                    if let Some(o) = Opening::of(&self.config, effect) {
                        opening = o;
                    }
                }
                Effect::PersistHistory(event) => self.record(&event),
                _ => {}
            }
        }
        opening
    }

    fn finish(&mut self, report: SessionReport) {
        self.feed(Input::SessionFinished(report));
    }

    fn rate(&mut self, rating: u8) {
        self.feed(Input::AfterRating(rating));
    }

    fn feed(&mut self, input: Input) {
        let _ = self.engine.handle(input, self.clock.now());
        while let Some(effect) = self.engine.poll_effect() {
            if let Effect::PersistHistory(event) = effect {
                self.record(&event);
            }
        }
    }

    fn record(&self, event: &HistoryEvent) {
        let ours = matches!(
            event,
            HistoryEvent::Started { .. } | HistoryEvent::Completed { .. }
        );
        if let (true, Some(history)) = (ours, &self.history) {
            if let Err(e) = history.append(event) {
                eprintln!("unknot: {e}");
            }
        }
    }
}

/// The engine as `state.json` left it (a file that does not parse is moved
/// aside and said so), else a new one.
fn restore_engine(config: &Config, place: Option<&history::Place>, clock: &Clock) -> Engine<Local> {
    let state = place.and_then(|place| match history::load_state(&place.state_dir) {
        Ok(load) => {
            if let Some(aside) = load.moved_aside {
                eprintln!("unknot: {aside}");
            }
            load.state
        }
        Err(e) => {
            eprintln!("unknot: {e}");
            None
        }
    });
    let mut engine = match state {
        Some(state) => Engine::restore(config.clone(), state, clock.now()),
        None => Engine::new(config.clone(), clock.now()),
    };
    // The level is replayed from the history, and another machine's
    // routine today counts here (problems are reported where the history is
    // shown, not here).
    if let Some(read) = place.and_then(|place| place.read().ok()) {
        for input in history_inputs(&read.records, config, clock) {
            let _ = engine.handle(input, clock.now());
        }
    }
    engine
}

/// What the engine learns from the whole history (all machines'): the
/// level's runs, and whether today's daily routine is done.
fn history_inputs(
    records: &[history::HistoryRecord],
    config: &Config,
    clock: &Clock,
) -> Vec<Input> {
    let today = clock.wall().date_naive();
    let mut inputs = vec![
        Input::Runs(history::runs(records)),
        Input::Pains(history::pains(records, config)),
    ];
    for day in history::daily_done_on(records, config, today) {
        inputs.push(Input::DoneElsewhere(day));
    }
    inputs
}

/// The history's place for `state_dir` and the config's sync folder (`~/`
/// resolved; without HOME the folder is left out, and that is said).
fn place_of(state_dir: &Path, config: &Config) -> history::Place {
    match history::Place::locate(config.sync_folder.as_deref()) {
        Ok(place) => history::Place {
            state_dir: state_dir.to_owned(),
            folder: place.folder,
        },
        Err(e) => {
            eprintln!("unknot: {e}; the sync folder is not used");
            history::Place::local(state_dir.to_owned())
        }
    }
}

/// The config to run on and, if the file is broken, why (the app then runs
/// on the built-in default and says so).
fn load_config(flag: Option<&Path>) -> (Config, Option<String>) {
    match config::load(flag) {
        Ok(config) => (config, None),
        Err(e) => {
            eprintln!("{e}");
            eprintln!("unknot: running on the built-in default config until that is fixed");
            (Config::default(), Some(e.to_string()))
        }
    }
}

fn describe(source: &ConfigSource, broken: bool) -> String {
    match source {
        _ if broken => "the built-in default config".to_string(),
        ConfigSource::File(path) => format!("config {}", path.display()),
        ConfigSource::Embedded => "the built-in default config".to_string(),
    }
}

/// One line naming each break and when it comes.
fn plan(config: &Config) -> String {
    let breaks: Vec<String> = config
        .breaks
        .iter()
        .map(|b| match b.when {
            BreakWhen::Every(d) => format!("{} every {} min of activity", b.name, d.as_secs() / 60),
            BreakWhen::At(t) => format!("{} at {}", b.name, t.format("%H:%M")),
        })
        .collect();
    if breaks.is_empty() {
        "no breaks are configured".to_string()
    } else {
        breaks.join("; ")
    }
}

fn routine_menu(config: &Config) -> Vec<(String, String)> {
    routine::all(&config.routines, config.upper_trap)
        .into_iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect()
}

/// The session the window process plays: its number, the routine and the
/// outcomes it last reported.
struct Playing {
    generation: u64,
    routine: String,
    outcomes: Vec<ExerciseOutcome>,
    tension_before: Option<u8>,
}

/// The engine and everything it talks to, on the runtime thread.
struct Core {
    config: Config,
    source: ConfigSource,
    config_error: Option<String>,
    flag: Option<PathBuf>,
    clock: Clock,
    engine: Engine<Local>,
    /// The main thread's tray: each new view goes there.
    tray: std::sync::mpsc::Sender<TrayView>,
    windows: WindowProcess,
    /// The session the window process plays, as last reported: recorded as
    /// lost if the process dies before it ends.
    playing: Option<Playing>,
    /// What became of the last session whose window process died, for `status`.
    lost_session: Option<String>,
    /// The activation token of the notification click that starts a session.
    activation: Option<String>,
    state_dir: Option<PathBuf>,
    /// Where the history is read from (with `sync.folder`, every machine's).
    place: Option<history::Place>,
    history: Option<History>,
    streak: u32,
    /// Where idle time comes from; `None` until `run` connects it, or without one.
    idle_source: Option<IdleSource>,
    idle: Option<Duration>,
    /// Why breaks wait now, if they do.
    quiet: Option<Quiet>,
    /// The players paused for the running session.
    paused_media: Option<PausedMedia>,
    tray_host: Option<bool>,
    status: Status,
    last_view: Option<TrayView>,
    /// Problems to tell the user once, as a plain notification.
    problems: Vec<(String, String)>,
    /// Why the last history append failed, until one succeeds.
    history_error: Option<String>,
    quit: bool,
}

impl Core {
    fn new(
        config: Config,
        source: ConfigSource,
        config_error: Option<String>,
        flag: Option<PathBuf>,
        tray: std::sync::mpsc::Sender<TrayView>,
        core_tx: mpsc::UnboundedSender<CoreMsg>,
    ) -> Core {
        let clock = Clock::new();
        let state_dir = match history::state_dir() {
            Ok(dir) => Some(dir),
            Err(e) => {
                eprintln!("unknot: {e}; history will not be kept");
                None
            }
        };
        let place = state_dir.as_ref().map(|dir| place_of(dir, &config));
        let engine = restore_engine(&config, place.as_ref(), &clock);
        let history = place.as_ref().and_then(|place| match place.writer() {
            Ok(h) => Some(h),
            Err(e) => {
                eprintln!("unknot: {e}; history will not be kept");
                None
            }
        });
        let status = engine.status();
        let mut core = Core {
            config,
            source,
            config_error,
            flag,
            clock,
            engine,
            tray,
            windows: WindowProcess::new(core_tx),
            playing: None,
            lost_session: None,
            activation: None,
            state_dir,
            place,
            history,
            streak: 0,
            idle_source: None,
            idle: None,
            quiet: None,
            paused_media: None,
            tray_host: None,
            status,
            last_view: None,
            problems: Vec::new(),
            history_error: None,
            quit: false,
        };
        core.refresh_streak();
        core
    }

    async fn run(mut self, server: ipc::Server, mut core_rx: mpsc::UnboundedReceiver<CoreMsg>) {
        let (ipc_tx, mut ipc_rx) = mpsc::channel::<(Request, oneshot::Sender<Response>)>(64);
        let (notify_tx, mut notify_rx) = mpsc::unbounded_channel::<NotifyEvent>();
        let server_task = tokio::spawn(server.serve(ipc_tx));
        let mut notifier = Notifier::connect(notify_tx, app_icon()).await;
        if !crate::platform::tray::host_present().await {
            self.tray_host = Some(false);
            let why =
                "No tray host (StatusNotifierWatcher) is running, so unknot has no tray icon. \
                       On GNOME, install the AppIndicator extension. Reminders still come as \
                       notifications, and `unknot status` answers.";
            eprintln!("unknot: {why}");
            self.problems
                .push(("unknot has no tray icon".into(), why.into()));
        } else {
            self.tray_host = Some(true);
        }
        if let Some(error) = &self.config_error {
            self.problems
                .push(("unknot: config error".into(), error.clone()));
        }
        self.welcome();
        let (config_tx, mut config_rx) = mpsc::unbounded_channel::<()>();
        if let ConfigSource::File(path) = self.watched_path() {
            if let Err(e) = crate::platform::watch::watch(&path, config_tx) {
                eprintln!(
                    "unknot: not watching {} for changes ({e}); `unknot reload` re-reads it",
                    path.display()
                );
            }
        }
        // Another machine's records arriving in the sync folder.
        let (sync_tx, mut sync_rx) = mpsc::unbounded_channel::<()>();
        if let Some(folder) = self.place.as_ref().and_then(|p| p.folder.clone()) {
            // (The history's writer made the folder.)
            let watched = crate::platform::watch::watch_names(
                &folder,
                |name| {
                    let name = name.to_string_lossy();
                    name.starts_with("history-") && name.ends_with(".jsonl")
                },
                sync_tx,
            );
            if let Err(e) = watched {
                eprintln!(
                    "unknot: not watching the sync folder {} ({e}); other machines' \
                     breaks are read at the next start",
                    folder.display()
                );
            }
        }
        let (sleep_tx, mut sleep_rx) = mpsc::unbounded_channel::<bool>();
        if let Err(e) = crate::platform::sleep::watch_sleep(sleep_tx).await {
            // No logind: suspends are still seen as jumps of the wall clock.
            let _ = e;
        }
        self.idle_source = match IdleSource::connect(self.clock).await {
            Ok(source) => Some(source),
            Err(e) => {
                eprintln!("unknot: {e}; interval breaks count wall-clock time");
                None
            }
        };
        let mut last_save = self.clock.mono();
        self.sense(&notifier).await;
        self.engine.handle(Input::Tick, self.clock.now());
        self.perform(&mut notifier).await;

        // An absolute wake-up time, kept across iterations: requests and
        // replies can only bring it forward, so a chatty client never starves
        // the engine's tick.
        let mut wake = tokio::time::Instant::now() + self.sleep_for();
        while !self.quit {
            let mut changed = true;
            let mut ticked = false;
            tokio::select! {
                _ = tokio::time::sleep_until(wake) => {
                    changed = false;
                    ticked = true;
                    self.sense(&notifier).await;
                    self.engine.handle(Input::Tick, self.clock.now());
                }
                Some(()) = config_rx.recv() => {
                    if let Response::Error(e) = self.reload() {
                        self.problems.push(("unknot: config error".into(), e));
                    }
                }
                Some(()) = sync_rx.recv() => self.merge_others(),
                Some(going) = sleep_rx.recv() => {
                    let input = if going { Input::Suspended } else { Input::Resumed };
                    self.engine.handle(input, self.clock.now());
                }
                Some((request, reply)) = ipc_rx.recv() => {
                    let response = self.request(request, &notifier);
                    self.perform(&mut notifier).await;
                    let response = match response {
                        Some(r) => r,
                        None => Response::Status(Box::new(self.report(&notifier))),
                    };
                    let _ = reply.send(response);
                }
                Some(event) = notify_rx.recv() => self.notification_reply(event, &mut notifier).await,
                msg = core_rx.recv() => match msg {
                    Some(msg) => self.message(msg),
                    None => self.quit = true,
                },
            }
            self.perform(&mut notifier).await;
            let next = tokio::time::Instant::now() + self.sleep_for();
            wake = if ticked { next } else { wake.min(next) };
            for (title, body) in self.problems.drain(..) {
                notifier.tell(&title, &body).await;
            }
            if changed || self.clock.mono().saturating_sub(last_save) >= SAVE_EVERY {
                self.save();
                last_save = self.clock.mono();
            }
        }
        self.save();
        notifier.withdraw().await;
        server_task.abort();
        let _ = server_task.await;
        // Closing its pipe ends the window process and its windows.
        self.windows.release();
    }

    /// Until the engine's next deadline, at most a minute.
    fn sleep_for(&self) -> Duration {
        let Some(deadline) = self.engine.next_deadline() else {
            return MAX_SLEEP;
        };
        let left = deadline.signed_duration_since(self.clock.wall());
        left.to_std().unwrap_or(Duration::ZERO).min(MAX_SLEEP) + Duration::from_millis(5)
    }

    /// Reads idle time and do-not-disturb and tells the engine what changed.
    async fn sense(&mut self, notifier: &Notifier) {
        // Do-not-disturb first: telling the engine the idle time evaluates
        // it, and a break falling due then must already know it is held.
        let quiet = self.quiet(notifier).await;
        if quiet != self.quiet {
            self.quiet = quiet;
            self.engine
                .handle(Input::DoNotDisturb(quiet.is_some()), self.clock.now());
        }
        if let Some(source) = &self.idle_source {
            match source.idle().await {
                Ok(idle) => {
                    self.idle = Some(idle);
                    self.engine
                        .handle(Input::UserIdleFor(idle), self.clock.now());
                }
                Err(e) => {
                    // Unknown, not stale: the engine counts wall-clock time meanwhile.
                    self.idle = None;
                    eprintln!("unknot: idle time: {e}");
                }
            }
        }
    }

    /// Why a break should wait now, if it should: the first sign found,
    /// cheapest first. Only the fullscreen check (a cached X11 property) runs
    /// on every tick; the others cost a process, a /proc walk or a D-Bus
    /// call, so they run only when a break is due or about to be.
    async fn quiet(&self, notifier: &Notifier) -> Option<Quiet> {
        use crate::platform::do_not_disturb as dnd;
        let c = self.config.do_not_disturb;
        if !c.enabled {
            return None;
        }
        let x11_fullscreen = self
            .idle_source
            .as_ref()
            .is_some_and(IdleSource::fullscreen_focused);
        if c.fullscreen && x11_fullscreen {
            return Some(Quiet::Fullscreen);
        }
        if !self.break_near() {
            return None;
        }
        // Bounded: a stuck sound server, bus or player must not stall the engine.
        let limit = Duration::from_secs(2);
        let sway = dnd::sway_views().await;
        if c.fullscreen && sway.fullscreen {
            return Some(Quiet::Fullscreen);
        }
        if c.microphone
            && tokio::time::timeout(limit, dnd::microphone_in_use())
                .await
                .unwrap_or(false)
        {
            return Some(Quiet::Microphone);
        }
        let video = if c.camera || c.screen_share {
            tokio::time::timeout(limit, dnd::pipewire_video())
                .await
                .unwrap_or_default()
        } else {
            dnd::Video::default()
        };
        if c.camera && (video.camera || dnd::camera_held_open()) {
            return Some(Quiet::Camera);
        }
        if c.screen_share && video.screen {
            return Some(Quiet::ScreenShare);
        }
        if c.inhibitors {
            if sway.inhibiting {
                return Some(Quiet::Presentation);
            }
            if let Some(conn) = notifier.connection() {
                if dnd::inhibited(conn).await {
                    return Some(Quiet::Presentation);
                }
            }
        }
        if let (true, Some(conn)) = (c.notifications_paused, notifier.connection()) {
            if tokio::time::timeout(limit, dnd::notifications_paused(conn))
                .await
                .unwrap_or(false)
            {
                return Some(Quiet::NotificationsPaused);
            }
        }
        None
    }

    /// A break is pending, or the next one is less than two minutes away.
    fn break_near(&self) -> bool {
        matches!(self.status.state, Mode::Due | Mode::Snoozed)
            || self.status.next_break.as_ref().is_some_and(|b| {
                b.at.signed_duration_since(self.clock.wall()) < chrono::Duration::minutes(2)
            })
    }

    /// The file to watch for changes: the one in use, or the default
    /// location while the built-in config runs (creating it should apply).
    fn watched_path(&self) -> ConfigSource {
        match &self.source {
            ConfigSource::File(p) => ConfigSource::File(p.clone()),
            ConfigSource::Embedded => ConfigSource::File(match config::default_path() {
                Some(p) => p,
                None => return ConfigSource::Embedded,
            }),
        }
    }

    fn message(&mut self, msg: CoreMsg) {
        let now = self.clock.now();
        // A menu click the engine refuses (Skip with nothing due) needs no
        // answer: the menu only offers what the status allows.
        let input = match msg {
            CoreMsg::Menu(action) => match action {
                MenuAction::BreakNow(routine) => {
                    if self.engine.status().state == Mode::InBreak {
                        return self.raise_window();
                    }
                    Input::BreakNow(routine)
                }
                MenuAction::Snooze => Input::Snooze(None),
                MenuAction::Skip => Input::Skip,
                MenuAction::PauseMinutes(m) => {
                    Input::Pause(PauseSpan::For(Duration::from_secs(u64::from(m) * 60)))
                }
                MenuAction::PauseUntilTomorrow => Input::Pause(PauseSpan::UntilTomorrow),
                MenuAction::Resume => Input::Resume,
                MenuAction::Statistics => return self.show_stats(),
                MenuAction::Preferences => return self.show_prefs(),
                MenuAction::EditConfig => return self.edit_config(),
                MenuAction::Quit => {
                    self.quit = true;
                    return;
                }
            },
            CoreMsg::Window(generation, report) => match self.window_report(generation, report) {
                Some(input) => input,
                None => return,
            },
            CoreMsg::WindowExited(generation, how) => match self.window_exited(generation, &how) {
                Some(input) => input,
                None => return,
            },
            CoreMsg::TrayHost(up) => {
                self.tray_host = Some(up);
                return;
            }
            CoreMsg::Quit => {
                self.quit = true;
                return;
            }
        };
        let _ = self.engine.handle(input, now);
    }

    /// Answers a control request; `None` means "answer with the status".
    fn request(&mut self, request: Request, notifier: &Notifier) -> Option<Response> {
        let now = self.clock.now();
        let ok = |m: &str| Some(Response::Message(m.to_string()));
        match request {
            Request::Status => None,
            Request::BreakNow { routine } => {
                let routine = match self.routine_or_next(routine) {
                    Ok(r) => r,
                    Err(e) => return Some(Response::Error(e)),
                };
                let answer = self.engine.handle(Input::OfferNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    let hint = format!("`unknot start {routine}` plays it now");
                    return Some(Response::Error(format!("{}; {hint}", refusal_words(&why))));
                }
                if notifier.available() {
                    ok(&format!("A {routine} break is due now"))
                } else {
                    ok(&format!(
                        "A {routine} break is due now (no notification server: use the tray or `unknot start`)"
                    ))
                }
            }
            Request::Start { routine } => {
                let routine = match self.routine_or_next(routine) {
                    Ok(r) => r,
                    Err(e) => return Some(Response::Error(e)),
                };
                // The engine starts the pending break itself when it has this routine.
                let playing = self.engine.status().state == Mode::InBreak;
                let answer = self.engine.handle(Input::BreakNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    return Some(Response::Error(refusal_words(&why)));
                }
                if playing {
                    self.raise_window();
                }
                ok(&format!("Starting {routine}"))
            }
            Request::Snooze { duration } => {
                match self.engine.handle(Input::Snooze(duration), now) {
                    Answer::Accepted => ok("Snoozed"),
                    Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
                }
            }
            Request::Skip => match self.engine.handle(Input::Skip, now) {
                Answer::Accepted => ok("Skipped"),
                Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
            },
            Request::Pause(pause) => {
                let span = match pause {
                    ipc::Pause::For(d) => PauseSpan::For(d),
                    ipc::Pause::Until(t) => PauseSpan::UntilNext(t),
                    ipc::Pause::UntilResumed => PauseSpan::UntilResumed,
                };
                self.engine.handle(Input::Pause(span), now);
                ok("Paused")
            }
            Request::Resume => {
                self.engine.handle(Input::Resume, now);
                ok("Resumed")
            }
            Request::Reload => Some(self.reload()),
            Request::Preferences => {
                self.show_prefs();
                ok("Preferences opened")
            }
            Request::Quit => {
                self.quit = true;
                ok("unknot is quitting")
            }
            Request::Play { routine } => {
                if routine::find(&self.config.routines, self.config.upper_trap, &routine).is_none()
                {
                    return Some(Response::Error(format!("no routine {routine:?}")));
                }
                let playing = self.engine.status().state == Mode::InBreak;
                let answer = self.engine.handle(Input::BreakNow(routine.clone()), now);
                if let Answer::Refused(why) = answer {
                    return Some(Response::Error(refusal_words(&why)));
                }
                if playing {
                    self.raise_window();
                }
                ok(&format!("Playing {routine}"))
            }
            Request::PutBack { exercise } => {
                match self.engine.handle(Input::PutBack(exercise.clone()), now) {
                    Answer::Accepted => {
                        let name = history::exercise_title(&self.config, &exercise)
                            .unwrap_or_else(|| exercise.clone());
                        ok(&format!("{name} is back in your routines"))
                    }
                    Answer::Refused(why) => Some(Response::Error(refusal_words(&why))),
                }
            }
        }
    }

    /// A routine id the user named (checked), or the next break's.
    fn routine_or_next(&self, routine: Option<String>) -> Result<String, String> {
        match routine {
            Some(id)
                if routine::find(&self.config.routines, self.config.upper_trap, &id).is_some() =>
            {
                Ok(id)
            }
            Some(id) => Err(format!(
                "no routine {id:?}; `unknot routine list` shows them"
            )),
            None => self
                .status
                .next_break
                .as_ref()
                .map(|b| b.routine.clone())
                .or_else(|| self.config.breaks.first().map(|b| b.routine.clone()))
                .ok_or_else(|| "no break is configured; name a routine".to_string()),
        }
    }

    async fn notification_reply(&mut self, event: NotifyEvent, notifier: &mut Notifier) {
        let Some(shown) = notifier.shown() else {
            return;
        };
        if shown.id != event.id {
            return;
        }
        let now = self.clock.now();
        let input = match event.reply {
            Reply::Start => Some(Input::Start),
            Reply::Snooze => Some(Input::Snooze(None)),
            Reply::Skip => Some(Input::Skip),
            // Dismissed: the break stays due; the engine re-notifies as configured.
            Reply::Closed => None,
            // Comes just before the click it belongs to; not an answer yet.
            Reply::Activation(token) => {
                self.activation = Some(token);
                return;
            }
        };
        if let Some(input) = input {
            let _ = self.engine.handle(input, now);
        }
        notifier.handled(event.id).await;
    }

    /// Performs every effect the engine queued.
    async fn perform(&mut self, notifier: &mut Notifier) {
        while let Some(effect) = self.engine.poll_effect() {
            match effect {
                Effect::Notify {
                    break_name,
                    routine,
                    snoozes_left,
                    left_out,
                }
                | Effect::Renotify {
                    break_name,
                    routine,
                    snoozes_left,
                    left_out,
                } => {
                    let notice = self.notice(&break_name, &routine, snoozes_left, &left_out);
                    if let Err(e) = notifier.show(&notice).await {
                        eprintln!("unknot: {e}");
                    }
                }
                Effect::WithdrawNotification => notifier.withdraw().await,
                Effect::OpenGuidedWindow {
                    ref break_name,
                    ref routine,
                    ..
                } => {
                    notifier.withdraw().await;
                    let (break_name, routine) = (break_name.clone(), routine.clone());
                    let Some(opening) = Opening::of(&self.config, effect) else {
                        continue;
                    };
                    self.open_window(&break_name, &routine, &opening);
                    let sound = self.config.sound;
                    if let (true, true, None, Some(conn)) = (
                        sound.enabled,
                        sound.pause_media,
                        &self.paused_media,
                        notifier.connection(),
                    ) {
                        self.paused_media = Some(media::pause_playing(conn).await);
                    }
                }
                Effect::UpdateStatus(status) => self.status = status,
                Effect::PersistHistory(event) => self.record(&event),
                Effect::WeeklySummary { week_of } => {
                    if let Some(line) = self.weekly_summary(week_of) {
                        notifier.tell("unknot — your week", &line).await;
                    }
                }
            }
        }
        // The session is over however it ended (done, stopped, its window
        // process killed): the music the app paused comes back.
        if self.status.state != Mode::InBreak {
            if let (Some(paused), Some(conn)) = (self.paused_media.take(), notifier.connection()) {
                media::resume(conn, paused).await;
            }
        }
        self.update_tray();
    }

    fn notice(
        &self,
        break_name: &str,
        routine_id: &str,
        snoozes_left: u32,
        left_out: &[LeftOut],
    ) -> BreakNotice {
        let mut found = routine::find(&self.config.routines, self.config.upper_trap, routine_id);
        let note = found.as_mut().and_then(|r| leave_out(r, left_out));
        let minutes = found
            .as_ref()
            .map(|r| routine::timeline::compile(r).total_ms.div_ceil(60_000))
            .unwrap_or(0);
        let body = match &found {
            Some(r) => {
                let names: Vec<&str> = r.exercises.iter().map(|e| e.title.as_str()).collect();
                let note = note.map(|n| format!(" {n}")).unwrap_or_default();
                format!("{}: {}.{note} Click to start.", r.title, names.join(", "))
            }
            None => format!("Routine {routine_id}"),
        };
        let snooze_len = config::format_duration(self.config.snooze.length);
        BreakNotice {
            break_name: break_name.to_string(),
            title: format!("{break_name} — {minutes} min"),
            body,
            snooze_label: (snoozes_left > 0)
                .then(|| format!("Snooze {snooze_len} ({snoozes_left} left)")),
        }
    }

    /// Last week's line for the weekly summary, from the history; `None`
    /// when there is no history to sum up.
    fn weekly_summary(&self, week_of: chrono::NaiveDate) -> Option<String> {
        let read = self.place.as_ref()?.read().ok()?;
        let sunday = week_of + chrono::Days::new(6);
        let week = history::weeks(&read.records, &self.config, sunday, 1).pop()?;
        (!read.records.is_empty()).then(|| history::summary_line(&week))
    }

    fn open_window(&mut self, break_name: &str, routine_id: &str, opening: &Opening) {
        self.lost_session = None;
        let Some((found, note)) = opening.routine(&self.config, routine_id) else {
            eprintln!("unknot: no routine {routine_id:?} for {break_name}");
            let _ = self.engine.handle(
                Input::SessionLost(SessionReport::default()),
                self.clock.now(),
            );
            return;
        };
        let exercises = found.exercises.len();
        let open = OpenSession {
            level: opening.level_shown(&found),
            checkin: opening.checkin,
            routine: found,
            volume: self
                .config
                .sound
                .enabled
                .then_some(self.config.sound.volume),
            voice: self.config.sound.voice,
            streak: self.streak,
            start_screen: opening.start_screen,
            say_keys: opening.say_keys,
            hurt_before: opening.hurt_before.clone(),
            note,
        };
        let activation = self.activation.take();
        match self
            .windows
            .send(ToWindow::Open(Box::new(open)), activation.as_deref())
        {
            Ok(()) => {
                self.playing = Some(Playing {
                    generation: self.windows.generation(),
                    routine: routine_id.to_owned(),
                    outcomes: vec![ExerciseOutcome::Skipped; exercises],
                    tension_before: None,
                });
            }
            Err(e) => {
                eprintln!("unknot: {e}");
                self.lost_session = Some(format!("the {break_name} window could not open: {e}"));
                let lost = vec![ExerciseOutcome::Skipped; exercises];
                let _ = self
                    .engine
                    .handle(Input::SessionLost(lost.into()), self.clock.now());
            }
        }
    }

    /// A second Start while a session plays brings its window forward.
    fn raise_window(&mut self) {
        if self.playing.is_some() {
            let activation = self.activation.take();
            if let Err(e) = self.windows.send(ToWindow::Raise, activation.as_deref()) {
                eprintln!("unknot: {e}");
            }
        }
    }

    /// A report from the window process; the engine input it makes, if any.
    fn window_report(&mut self, generation: u64, report: FromWindow) -> Option<Input> {
        let ours = self
            .playing
            .as_ref()
            .is_some_and(|p| p.generation == generation);
        match report {
            FromWindow::Progress {
                outcomes,
                tension_before,
                ..
            } => {
                if let (true, Some(playing)) = (ours, &mut self.playing) {
                    playing.outcomes = outcomes;
                    playing.tension_before = tension_before;
                }
                None
            }
            FromWindow::Finished { ended, .. } if ours => {
                self.playing = None;
                Some(Input::SessionFinished(ended))
            }
            FromWindow::Finished { .. } => None,
            // The engine links it to the session that ended last, if that
            // was this process's (a newer session clears it).
            FromWindow::Rated { tension_after, .. } if generation == self.windows.generation() => {
                Some(Input::AfterRating(tension_after))
            }
            FromWindow::Rated { .. } => None,
            FromWindow::PutBack { exercise } => {
                let answer = self
                    .engine
                    .handle(Input::PutBack(exercise.clone()), self.clock.now());
                if let Answer::Refused(why) = answer {
                    eprintln!("unknot: {exercise} not put back: {}", refusal_words(&why));
                }
                None
            }
            FromWindow::Idle => {
                if generation == self.windows.generation() {
                    self.windows.release();
                }
                None
            }
        }
    }

    /// The window process `generation` ended. If it was playing a session,
    /// that session is recorded as lost with what it last reported.
    fn window_exited(&mut self, generation: u64, how: &str) -> Option<Input> {
        self.windows.exited(generation);
        trim_heap();
        if self
            .playing
            .as_ref()
            .is_none_or(|p| p.generation != generation)
        {
            return None;
        }
        let playing = self.playing.take()?;
        let at = self.clock.wall().format("%H:%M");
        let note = format!(
            "the {} window {how} at {at}; the session was recorded as lost",
            playing.routine
        );
        eprintln!("unknot: {note}");
        self.lost_session = Some(note);
        Some(Input::SessionLost(SessionReport {
            outcomes: playing.outcomes,
            tension_before: playing.tension_before,
            ..SessionReport::default()
        }))
    }

    fn show_stats(&mut self) {
        let stats = self
            .place
            .as_ref()
            .and_then(|place| place.read().ok())
            .map(|read| {
                history::stats(
                    &read.records,
                    &self.config,
                    self.clock.wall().date_naive(),
                    14,
                )
            });
        if let Some(stats) = stats {
            if let Err(e) = self.windows.send(ToWindow::Stats(Box::new(stats)), None) {
                eprintln!("unknot: {e}");
            }
        }
    }

    /// The first start: no config file (and no `--config`), no history, a
    /// display. The welcome shows once; a marker in the state folder says so.
    fn welcome(&mut self) {
        let (Some(dir), ConfigSource::Embedded, None) = (&self.state_dir, &self.source, &self.flag)
        else {
            return;
        };
        let marker = dir.join(WELCOME_MARKER);
        let display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|v| !v.is_empty()));
        if marker.exists() || !display {
            return;
        }
        // Read only on a start that might welcome: no marker yet.
        let history = self
            .place
            .as_ref()
            .and_then(|p| p.read().ok())
            .is_some_and(|read| !read.records.is_empty());
        if history {
            return;
        }
        let ConfigSource::File(path) = self.watched_path() else {
            return;
        };
        let marked = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&marker, ""));
        if let Err(e) = marked {
            // Without the marker it would show at every start: not at all.
            eprintln!("unknot: cannot write {}: {e}; no welcome", marker.display());
            return;
        }
        if let Err(e) = self.windows.send(ToWindow::Welcome { path }, None) {
            eprintln!("unknot: {e}");
        }
    }

    /// The Preferences window on the file in use (or where a new one goes).
    fn show_prefs(&mut self) {
        let ConfigSource::File(path) = self.watched_path() else {
            eprintln!("unknot: no HOME or XDG_CONFIG_HOME to put a config file in");
            return;
        };
        // What pain left out until put back, offered back in the Routine section.
        let left_out = self
            .status
            .left_out
            .iter()
            .filter(|o| o.why == Why::HurtAgain)
            .map(|o| config::prefs::LeftOut {
                title: history::exercise_title(&self.config, &o.exercise)
                    .unwrap_or_else(|| o.exercise.clone()),
                exercise: o.exercise.clone(),
            })
            .collect();
        if let Err(e) = self
            .windows
            .send(ToWindow::Preferences { path, left_out }, None)
        {
            eprintln!("unknot: {e}");
        }
    }

    fn edit_config(&self) {
        let path = match &self.source {
            ConfigSource::File(path) => path.clone(),
            ConfigSource::Embedded => match config::default_path() {
                Some(path) => path,
                None => {
                    eprintln!("unknot: no HOME or XDG_CONFIG_HOME to put a config file in");
                    return;
                }
            },
        };
        if !path.exists() {
            let made = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, config::EXAMPLE));
            if let Err(e) = made {
                eprintln!("unknot: cannot create {}: {e}", path.display());
                return;
            }
        }
        if let Err(e) = std::process::Command::new("xdg-open").arg(&path).spawn() {
            eprintln!("unknot: cannot run xdg-open {}: {e}", path.display());
        }
    }

    fn reload(&mut self) -> Response {
        let source = config::locate(self.flag.as_deref());
        match config::load_from(&source) {
            Ok(config) => {
                self.source = source;
                self.config_error = None;
                self.config = config.clone();
                self.engine
                    .handle(Input::ConfigChanged(Box::new(config)), self.clock.now());
                self.relocate_history();
                self.refresh_streak();
                Response::Message("Config reloaded".into())
            }
            Err(e) => {
                // Keep running on the last good config, and say why.
                self.config_error = Some(e.to_string());
                Response::Error(format!("{e}\nunknot keeps the config it had"))
            }
        }
    }

    /// A changed `sync.folder` moves where records go and come from.
    fn relocate_history(&mut self) {
        let Some(dir) = &self.state_dir else {
            return;
        };
        let place = place_of(dir, &self.config);
        if self.place.as_ref() == Some(&place) {
            return;
        }
        match place.writer() {
            Ok(h) => self.history = Some(h),
            Err(e) => eprintln!("unknot: {e}; history stays where it was"),
        }
        self.place = Some(place);
        self.merge_others();
    }

    /// Another machine's records may have arrived (the sync folder changed):
    /// the engine hears of today's routine done there and the level.
    fn merge_others(&mut self) {
        let Some(read) = self.place.as_ref().and_then(|p| p.read().ok()) else {
            return;
        };
        for input in history_inputs(&read.records, &self.config, &self.clock) {
            let _ = self.engine.handle(input, self.clock.now());
        }
        self.streak =
            history::streaks(&read.records, &self.config, self.clock.wall().date_naive()).current;
    }

    /// With a sync folder: the local history still to be merged, in words.
    fn sync_note(&self) -> Option<String> {
        let place = self.place.as_ref()?;
        let n = place.unmerged();
        let records = if n == 1 { "record" } else { "records" };
        (n > 0).then(|| {
            format!(
                "older local history ({n} {records}) is not merged into the sync folder yet: \
                 run `unknot sync init`"
            )
        })
    }

    fn record(&mut self, event: &HistoryEvent) {
        if let Some(history) = &self.history {
            match history.append(event) {
                Ok(_) => self.history_error = None,
                Err(e) => {
                    eprintln!("unknot: {e}");
                    self.history_error = Some(e.to_string());
                }
            }
        }
        if matches!(event, HistoryEvent::Completed { .. }) {
            self.refresh_streak();
        }
    }

    fn refresh_streak(&mut self) {
        let Some(place) = &self.place else {
            return;
        };
        if let Ok(read) = place.read() {
            self.streak =
                history::streaks(&read.records, &self.config, self.clock.wall().date_naive())
                    .current;
        }
    }

    fn save(&self) {
        if let Some(dir) = &self.state_dir {
            if let Err(e) = history::save_state(dir, &self.engine.snapshot()) {
                eprintln!("unknot: {e}");
            }
        }
    }

    fn degraded(&self, notifier: &Notifier) -> Vec<String> {
        let mut out = Vec::new();
        if self.tray_host == Some(false) {
            out.push("no-tray-host".to_string());
        }
        if !notifier.available() {
            out.push("no-notification-server".to_string());
        } else if !notifier.has_actions() {
            out.push("no-notification-actions".to_string());
        }
        if self.idle.is_none() {
            out.push("no-idle-detection".to_string());
        }
        if self.history_not_saved() {
            out.push("history-not-saved".to_string());
        }
        out
    }

    fn status_text(&self) -> String {
        let s = &self.status;
        let wall = self.clock.wall();
        let mut text = match (s.state, &s.next_break) {
            (Mode::Paused, _) => match s.paused_until {
                Some(until) => format!(
                    "Paused until {}",
                    until.with_timezone(&Local).format("%H:%M")
                ),
                None => "Paused".to_string(),
            },
            (Mode::Due, Some(b)) => format!("{} is due", b.name),
            (Mode::Snoozed, Some(b)) => format!(
                "{} snoozed until {}",
                b.name,
                b.at.with_timezone(&Local).format("%H:%M")
            ),
            (Mode::InBreak, Some(b)) => format!("{} in progress", b.name),
            (Mode::InBreak, None) => "Break in progress".to_string(),
            (_, Some(b)) => {
                let fixed = self
                    .config
                    .breaks
                    .iter()
                    .any(|r| r.name == b.name && matches!(r.when, BreakWhen::At(_)));
                let at = b.at.with_timezone(&Local);
                if fixed || at.date_naive() != wall.date_naive() {
                    format!(
                        "{} at {}",
                        b.name,
                        at.format(if at.date_naive() == wall.date_naive() {
                            "%H:%M"
                        } else {
                            "%a %H:%M"
                        })
                    )
                } else {
                    let minutes = ((at - wall).num_seconds().max(0) + 59) / 60;
                    format!("{} in {minutes} min", b.name)
                }
            }
            (_, None) => "No breaks scheduled".to_string(),
        };
        if !s.working_hours && s.state == Mode::Idle {
            text.push_str(" (outside working hours)");
        }
        let day = if self.streak == 1 { "day" } else { "days" };
        text.push_str(&format!(" · streak {} {day}", self.streak));
        if self.config_error.is_some() {
            text.push_str(" · config error");
        }
        if self.history_not_saved() {
            text.push_str(" · history not saved");
        }
        text
    }

    /// The state folder is missing, read-only or full: breaks still work,
    /// but what happens now is not written down.
    fn history_not_saved(&self) -> bool {
        self.history.is_none() || self.history_error.is_some()
    }

    fn report(&self, notifier: &Notifier) -> StatusReport {
        let wall = self.clock.wall();
        StatusReport {
            pid: std::process::id(),
            state: self.status.state.into(),
            next_break: self.status.next_break.as_ref().map(|b| NextBreakReport {
                name: b.name.clone(),
                routine: b.routine.clone(),
                at: b.at,
                in_seconds: b.at.signed_duration_since(wall).num_seconds(),
            }),
            snoozes_left: self.status.snoozes_left,
            paused_until: self.status.paused_until,
            streak_days: self.streak,
            daily_done: self.status.daily_done,
            working_hours: self.status.working_hours,
            // Fresh where asking is free or local; else as of the last tick.
            idle_seconds: self
                .idle
                .and(self.idle_source.as_ref())
                .and_then(IdleSource::idle_now)
                .or(self.idle)
                .map(|d| d.as_secs()),
            idle_source: self.idle_source.as_ref().map(|s| s.name().to_string()),
            config_path: match &self.source {
                ConfigSource::File(p) => Some(p.display().to_string()),
                ConfigSource::Embedded => None,
            },
            config_error: self.config_error.clone(),
            degraded: self.degraded(notifier),
            lost_session: self.lost_session.clone(),
            sync_note: self.sync_note(),
            held_by: self.quiet.map(|q| q.words().to_string()),
            left_out: self
                .status
                .left_out
                .iter()
                .map(|o| ipc::LeftOutReport {
                    title: history::exercise_title(&self.config, &o.exercise)
                        .unwrap_or_else(|| o.exercise.clone()),
                    exercise: o.exercise.clone(),
                    until: match o.why {
                        Why::HurtToday => "today".into(),
                        Why::HurtAgain => "until-put-back".into(),
                    },
                })
                .collect(),
            window_pid: self.windows.pid(),
            notification: notifier.shown().map(|shown| NotificationReport {
                shown: true,
                awaiting_action: !shown.actions.is_empty(),
                actions: shown.actions.clone(),
                break_name: shown.break_name.clone(),
            }),
            status_text: self.status_text(),
        }
    }

    fn update_tray(&mut self) {
        let s = &self.status;
        let icon = if self.config_error.is_some() || self.history_not_saved() {
            IconState::Warning
        } else {
            match s.state {
                Mode::Due | Mode::InBreak => IconState::Due,
                Mode::Snoozed => IconState::Snoozed,
                Mode::Paused => IconState::Paused,
                Mode::Idle => IconState::Normal,
            }
        };
        let view = TrayView {
            text: self.status_text(),
            icon,
            snoozes_left: (s.state == Mode::Due).then_some(s.snoozes_left.unwrap_or(0)),
            snooze_label: format!(
                "Snooze {} ({} left)",
                config::format_duration(self.config.snooze.length),
                s.snoozes_left.unwrap_or(0)
            ),
            can_skip: matches!(s.state, Mode::Due | Mode::Snoozed),
            paused: s.state == Mode::Paused,
        };
        if self.last_view.as_ref() != Some(&view) {
            let _ = self.tray.send(view.clone());
            self.last_view = Some(view);
        }
    }
}

fn status_word(mode: Mode) -> &'static str {
    ipc::State::from(mode).as_str()
}

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
fn trim_heap() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim takes no pointers; it only walks glibc's own heaps
    // under their locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A refusal in the user's words.
fn refusal_words(why: &Refusal) -> String {
    match why {
        Refusal::NothingToSnooze => "no break is due, so there is nothing to snooze".into(),
        Refusal::NoSnoozesLeft => "no snoozes are left for this break".into(),
        Refusal::NothingToSkip => "no break is due, so there is nothing to skip".into(),
        Refusal::NoBreakPlays(routine) => format!("no configured break uses {routine}"),
        Refusal::OutsideWorkingHours => "outside working hours no break is offered".into(),
        Refusal::NotNow(mode) => format!("no break can be offered now ({})", status_word(*mode)),
        Refusal::NotLeftOut(exercise) => {
            format!("{exercise} is not left out, so there is nothing to put back")
        }
        Refusal::NothingLeft(routine) => format!(
            "every exercise of {routine} hurt today and rests until tomorrow; \
             nothing of it is left to play today"
        ),
    }
}

/// Takes the exercises left out after pain out of `routine`, and says
/// which in words ("Resting today after pain: Neck side stretch."), by
/// title and why; `None` when none is.
fn leave_out(routine: &mut routine::Routine, left_out: &[LeftOut]) -> Option<String> {
    let title = |id: &str| {
        routine
            .exercises
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
    };
    let names = |why: Why| -> Vec<String> {
        left_out
            .iter()
            .filter(|o| o.why == why)
            .filter_map(|o| title(&o.exercise))
            .collect()
    };
    let mut parts = Vec::new();
    let today = names(Why::HurtToday);
    if !today.is_empty() {
        parts.push(format!("Resting today after pain: {}.", today.join(", ")));
    }
    let again = names(Why::HurtAgain);
    if !again.is_empty() {
        parts.push(format!(
            "Left out after pain until you put it back: {}.",
            again.join(", ")
        ));
    }
    routine
        .exercises
        .retain(|e| !left_out.iter().any(|o| o.exercise == e.id));
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The app icon for notifications: written once to the runtime folder, since
/// notification servers take a path or a theme name.
fn app_icon() -> Option<PathBuf> {
    let dir = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)?
        .join("unknot");
    let path = dir.join("unknot.png");
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(&path, include_bytes!("../../icons/unknot.png")).ok()?;
    Some(path)
}
