//! The core loop on the runtime thread: the engine and everything it talks
//! to, woken by its deadline, the control socket, notifications, the
//! window process, the tray and file watches.

use std::path::PathBuf;
use std::time::Duration;

use chrono::Local;
use tokio::sync::{mpsc, oneshot};

use super::files::first_this_login;
use super::launch::Launch;
use super::present::{no_tray_words, notice};
use super::restore::{place_of, restore_engine};
use super::window_process::WindowProcess;
use super::{app_icon, CoreMsg, MAX_SLEEP, NO_TRAY_TOLD, SAVE_EVERY};
use crate::config::{Config, ConfigSource};
use crate::engine::{Effect, Engine, Input, Mode, PauseSpan, Status};
use crate::history::{self, History};
use crate::ipc::{self, Request, Response};
use crate::platform::clock::Clock;
use crate::platform::do_not_disturb::Quiet;
use crate::platform::idle::IdleSource;
use crate::platform::media::{self, PausedMedia};
use crate::platform::notify::{Notifier, NotifyEvent, Reply};
use crate::platform::tray::{MenuAction, TrayView};
use crate::values::{ExerciseOutcome, Home};

/// The session the window process plays: its number, the routine and the
/// outcomes it last reported.
pub(super) struct Playing {
    pub(super) generation: u64,
    pub(super) routine: String,
    pub(super) outcomes: Vec<ExerciseOutcome>,
    pub(super) tension_before: Option<u8>,
}

/// The engine and everything it talks to, on the runtime thread.
pub(super) struct Core {
    pub(super) config: Config,
    pub(super) source: ConfigSource,
    pub(super) config_error: Option<String>,
    pub(super) flag: Option<PathBuf>,
    pub(super) clock: Clock,
    pub(super) engine: Engine<Local>,
    /// The main thread's tray: each new view goes there.
    pub(super) tray: std::sync::mpsc::Sender<TrayView>,
    pub(super) windows: WindowProcess,
    /// The session the window process plays, as last reported: recorded as
    /// lost if the process dies before it ends.
    pub(super) playing: Option<Playing>,
    /// What became of the last session whose window process died, for `status`.
    pub(super) lost_session: Option<String>,
    /// A window process spoke another pipe version (the binary was replaced
    /// while the app runs): `status` says to restart unknot.
    pub(super) restart_needed: bool,
    /// The activation token of the notification click that starts a session.
    pub(super) activation: Option<String>,
    pub(super) state_dir: Option<PathBuf>,
    /// Where the history is read from (with `sync.folder`, every machine's).
    pub(super) place: Option<history::Place>,
    pub(super) history: Option<History>,
    pub(super) streak: u32,
    /// Where idle time comes from; `None` until `run` connects it, or without one.
    pub(super) idle_source: Option<IdleSource>,
    pub(super) idle: Option<Duration>,
    /// Why breaks wait now, if they do.
    pub(super) quiet: Option<Quiet>,
    /// The players paused for the running session.
    pub(super) paused_media: Option<PausedMedia>,
    pub(super) tray_host: Option<bool>,
    pub(super) status: Status,
    pub(super) last_view: Option<TrayView>,
    /// The home window is open (the window process said nothing else since
    /// the app presented it): each change of its state is sent to it.
    pub(super) home_open: bool,
    /// The home window's state as last sent.
    pub(super) last_home: Option<Home>,
    /// Problems to tell the user once, as a plain notification.
    pub(super) problems: Vec<(String, String)>,
    /// Why the last history append failed, until one succeeds.
    pub(super) history_error: Option<String>,
    pub(super) quit: bool,
    /// Started with `--background`: nothing is presented at the start.
    pub(super) background: bool,
}

impl Core {
    pub(super) fn new(
        config: Config,
        source: ConfigSource,
        config_error: Option<String>,
        flag: Option<PathBuf>,
        tray: std::sync::mpsc::Sender<TrayView>,
        window_tx: mpsc::Sender<CoreMsg>,
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
            windows: WindowProcess::new(window_tx),
            playing: None,
            lost_session: None,
            restart_needed: false,
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
            home_open: false,
            last_home: None,
            problems: Vec::new(),
            history_error: None,
            quit: false,
            background: false,
        };
        core.windows.args = crate::ipc::session::session_args(&core.config);
        core.refresh_streak();
        core
    }

    pub(super) async fn run(
        mut self,
        server: ipc::Server,
        mut core_rx: mpsc::UnboundedReceiver<CoreMsg>,
        mut window_rx: mpsc::Receiver<CoreMsg>,
    ) {
        let (ipc_tx, mut ipc_rx) = mpsc::channel::<(Request, oneshot::Sender<Response>)>(64);
        let (notify_tx, mut notify_rx) = mpsc::unbounded_channel::<NotifyEvent>();
        let server_task = tokio::spawn(server.serve(ipc_tx));
        let mut notifier = Notifier::connect(notify_tx, app_icon()).await;
        let no_tray = !crate::platform::tray::host_present().await;
        self.tray_host = Some(!no_tray);
        if no_tray {
            eprintln!("unknot: {}", no_tray_words(self.background));
        }
        if let Some(error) = &self.config_error {
            self.problems
                .push((crate::t!("notify-config-error-title"), error.clone()));
        }
        let welcomed = self.welcome();
        if welcomed {
            self.engine.welcomed();
            self.save();
        }
        // Without a tray the window is the way in: shown at a start from
        // the menu, offered by a notification at a start in the background
        // (once per login: an app started again in it has told already).
        // The welcome, when it shows, comes first.
        if no_tray && !welcomed && !self.background {
            self.present_home();
        } else if no_tray && first_this_login(NO_TRAY_TOLD) {
            notifier
                .offer_open(&crate::t!("notify-no-tray-title"), &no_tray_words(true))
                .await;
        }
        let (config_tx, mut config_rx) = mpsc::unbounded_channel::<()>();
        // The file in use, or where a new one goes: creating it applies.
        if let Ok(path) = self.source.path_in_use() {
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
                        self.problems.push((crate::t!("notify-config-error-title"), e));
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
                // Core keeps a sender in its `WindowProcess`: never `None`.
                Some(msg) = window_rx.recv() => self.message(msg),
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
    pub(super) fn sleep_for(&self) -> Duration {
        let wall = self.clock.wall();
        let wake = self.engine.next_wake(wall + MAX_SLEEP);
        // (A little after it: the deadline has passed when the engine looks.)
        wake.signed_duration_since(wall)
            .to_std()
            .unwrap_or(Duration::ZERO)
            .min(MAX_SLEEP)
            + Duration::from_millis(5)
    }

    pub(super) fn message(&mut self, msg: CoreMsg) {
        let now = self.clock.now();
        // A menu click the engine refuses (Skip with nothing due) needs no
        // answer: the menu only offers what the status allows.
        let input = match msg {
            CoreMsg::Menu(action) => match self.menu(action) {
                Some(input) => input,
                None => return,
            },
            CoreMsg::Window(generation, report) => match self.window_report(generation, report) {
                Some(input) => input,
                None => return,
            },
            CoreMsg::WindowExited(generation, end) => match self.window_exited(generation, &end) {
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

    /// A tray menu click (or the home window's button of the same name):
    /// the engine input it makes, if any.
    pub(super) fn menu(&mut self, action: MenuAction) -> Option<Input> {
        Some(match action {
            MenuAction::BreakNow(routine) => Input::BreakNow(routine),
            MenuAction::Snooze => Input::Snooze(None),
            MenuAction::Skip => Input::Skip,
            MenuAction::PauseMinutes(m) => {
                Input::Pause(PauseSpan::For(Duration::from_secs(u64::from(m) * 60)))
            }
            MenuAction::PauseUntil(time) => Input::Pause(PauseSpan::UntilNext(time)),
            MenuAction::PauseUntilTomorrow => Input::Pause(PauseSpan::UntilTomorrow),
            MenuAction::Resume => Input::Resume,
            MenuAction::Statistics => {
                self.show_stats();
                return None;
            }
            MenuAction::Preferences => {
                self.show_prefs();
                return None;
            }
            MenuAction::EditConfig => {
                self.edit_config();
                return None;
            }
            MenuAction::Quit => {
                self.quit = true;
                return None;
            }
        })
    }

    pub(super) async fn notification_reply(&mut self, event: NotifyEvent, notifier: &mut Notifier) {
        if notifier.is_open_offer(event.id) {
            match event.reply {
                Reply::Open => self.present_home(),
                Reply::Activation(token) => self.activation = Some(token),
                _ => {}
            }
            return;
        }
        if notifier.is_check(event.id) {
            match event.reply {
                Reply::NotNow => {
                    let _ = self
                        .engine
                        .handle(Input::ShoulderCheckNotNow, self.clock.now());
                }
                Reply::Closed => notifier.check_closed(event.id),
                _ => {}
            }
            return;
        }
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
            // Only the offer to open has it, and the check's "Not now".
            Reply::Open | Reply::NotNow => None,
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
    pub(super) async fn perform(&mut self, notifier: &mut Notifier) {
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
                    let notice =
                        notice(&self.config, &break_name, &routine, snoozes_left, &left_out);
                    if let Err(e) = notifier.show(&notice).await {
                        eprintln!("unknot: {e}");
                    }
                }
                Effect::WithdrawNotification => notifier.withdraw().await,
                Effect::ShoulderCheck {
                    routine,
                    lasts,
                    voice,
                    first,
                } => {
                    let (title, body) = super::present::check_notice(&self.config, &routine, first);
                    if let Err(e) = notifier.show_check(&title, &body, lasts).await {
                        eprintln!("unknot: {e}");
                    }
                    self.play_check(voice);
                }
                Effect::EndShoulderCheck => notifier.end_check().await,
                Effect::RaiseGuidedWindow => self.raise_window(),
                Effect::OpenGuidedWindow {
                    ref break_name,
                    ref routine,
                    ..
                } => {
                    notifier.withdraw().await;
                    let (break_name, routine) = (break_name.clone(), routine.clone());
                    let Some(launch) = Launch::of(&self.config, effect) else {
                        continue;
                    };
                    self.open_window(&break_name, &routine, &launch);
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
                        notifier.tell(&crate::t!("notify-week-title"), &line).await;
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
        self.update_home();
    }

    /// Last week's line for the weekly summary, from the history; `None`
    /// when there is no history to sum up.
    pub(super) fn weekly_summary(&self, week_of: chrono::NaiveDate) -> Option<String> {
        let read = self.place.as_ref()?.read().ok()?;
        let sunday = week_of + chrono::Days::new(6);
        let week = history::weeks(&read.records, &self.config, sunday, 1).pop()?;
        (!read.records.is_empty()).then(|| history::summary_line(&week))
    }
}
