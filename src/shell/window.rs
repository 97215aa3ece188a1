//! The winit side of the app: the event loop on the main thread, the tray
//! built on it, and the guided break window (softbuffer presenting what
//! `ui::view` + `ui::raster` drew). The window redraws only when the player
//! says something visible changes; closing it returns to tray-only life.

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};
use tokio::sync::mpsc::UnboundedSender;
use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::{ElementState, KeyEvent, MouseButton, StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy};
use winit::keyboard::{Key, NamedKey};
use winit::window::{Window, WindowId, WindowLevel};

use super::{CoreMsg, ShellError};
use crate::config::Config;
use crate::engine::ExerciseOutcome;
use crate::history::Stats;
use crate::platform::audio::AudioSession;
use crate::platform::clock::Clock;
use crate::platform::tray::{self, Tray, TrayView};
use crate::routine::timeline::{self, Timeline};
use crate::routine::Routine;
use crate::ui::player::{Player, PlayerInput};
use crate::ui::{raster, view};

/// The window's size in logical pixels.
const SIZE: LogicalSize<f64> = LogicalSize::new(480.0, 360.0);

/// What the core asks of the main thread.
pub enum UiEvent {
    Tray(TrayView),
    Open {
        routine: Box<Routine>,
        /// `None`: sound is off.
        volume: Option<u8>,
        voice: bool,
        streak: u32,
        /// Show the start screen first (else the routine begins at once).
        start_screen: bool,
    },
    Stats(Box<Stats>),
    /// The audio output for session number `session` is open (or failed).
    Audio {
        session: u64,
        audio: Result<Box<AudioSession>, String>,
    },
    Quit,
}

/// What the window shows.
enum Content {
    Session {
        player: Box<Player>,
        timeline: Box<Timeline>,
        audio: Option<Box<AudioSession>>,
        /// The output is still opening: cues wait in the player instead of
        /// being played into nothing (a quick Space would lose the chime).
        audio_pending: bool,
        reported: bool,
    },
    Stats(Box<Stats>),
}

struct GuidedWindow {
    window: Rc<Window>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
    content: Content,
    cursor: (f64, f64),
}

/// A standalone session as it ended, for `app::play` to record: with no
/// background app there is no core to send `SessionFinished` to.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayedSession {
    pub routine: String,
    /// When the window opened (the app's engine records `Started` then too).
    pub began: DateTime<Local>,
    pub outcomes: Vec<ExerciseOutcome>,
}

/// The main-thread application: tray plus at most one window.
pub struct Shell {
    core: Option<UnboundedSender<CoreMsg>>,
    routines: Vec<(String, String)>,
    tray: Option<Tray>,
    pending_view: Option<TrayView>,
    window: Option<GuidedWindow>,
    clock: Clock,
    /// Standalone `unknot play`: exit when the window closes.
    exit_with_window: bool,
    first_open: Option<UiEvent>,
    /// Standalone only: the session's routine and when its window opened…
    began: Option<(String, DateTime<Local>)>,
    /// …and, once it ended, its outcomes.
    played: Option<PlayedSession>,
    proxy: Option<EventLoopProxy<UiEvent>>,
    /// Counts opened sessions, so late audio finds the session it belongs to.
    session: u64,
}

impl Shell {
    pub fn new(
        core: UnboundedSender<CoreMsg>,
        routines: Vec<(String, String)>,
        proxy: EventLoopProxy<UiEvent>,
    ) -> Shell {
        Shell {
            core: Some(core),
            routines,
            tray: None,
            pending_view: None,
            window: None,
            clock: Clock::new(),
            exit_with_window: false,
            first_open: None,
            began: None,
            played: None,
            proxy: Some(proxy),
            session: 0,
        }
    }

    fn send(&self, msg: CoreMsg) {
        if let Some(core) = &self.core {
            let _ = core.send(msg);
        }
    }

    /// The session's outcomes go to the core; standalone, they are kept for
    /// `app::play` to write to the history once the loop ends.
    fn finished(&mut self, outcomes: Vec<ExerciseOutcome>) {
        if self.core.is_some() {
            self.send(CoreMsg::SessionFinished(outcomes));
        } else if let Some((routine, began)) = self.began.take() {
            self.played = Some(PlayedSession {
                routine,
                began,
                outcomes,
            });
        }
    }

    fn open(
        &mut self,
        el: &ActiveEventLoop,
        routine: Routine,
        volume: Option<u8>,
        voice: bool,
        streak: u32,
        start_screen: bool,
    ) {
        // A new session replaces a stats view, never a running session.
        if matches!(
            self.window.as_ref().map(|w| &w.content),
            Some(Content::Session { .. })
        ) {
            if let Some(w) = &self.window {
                w.window.focus_window();
            }
            return;
        }
        let timeline = timeline::compile(&routine);
        let title = routine.title.clone();
        if self.core.is_none() {
            self.began = Some((routine.id.clone(), self.clock.wall()));
        }
        let mut player = Player::new(routine, !start_screen, self.clock.mono_ms());
        player.set_streak(false, streak);
        self.session += 1;
        let mut audio_pending = false;
        if let (Some(volume), Some(proxy)) = (volume, self.proxy.clone()) {
            // Opening the output takes ~0.3 s (longer on a busy sound server):
            // never on the thread that draws the window.
            let session = self.session;
            let opened = std::thread::Builder::new()
                .name("unknot-audio-open".into())
                .spawn(move || {
                    let audio = AudioSession::open(volume, voice)
                        .map(Box::new)
                        .map_err(|e| e.to_string());
                    let _ = proxy.send_event(UiEvent::Audio { session, audio });
                });
            match opened {
                Ok(_) => audio_pending = true,
                Err(e) => eprintln!("unknot: audio: {e}; the break runs without sound"),
            }
        }
        let content = Content::Session {
            player: Box::new(player),
            timeline: Box::new(timeline),
            audio: None,
            audio_pending,
            reported: false,
        };
        self.show(el, &title, content);
    }

    fn show(&mut self, el: &ActiveEventLoop, title: &str, content: Content) {
        if let Some(w) = &mut self.window {
            w.content = content;
            w.window.set_title(title);
            w.window.request_redraw();
            return;
        }
        let attrs = Window::default_attributes()
            .with_title(title)
            .with_inner_size(SIZE)
            .with_min_inner_size(SIZE)
            .with_resizable(false)
            // Shown without grabbing focus from a fullscreen app.
            .with_active(false)
            .with_window_level(WindowLevel::AlwaysOnTop);
        let window = match el.create_window(attrs) {
            Ok(w) => Rc::new(w),
            Err(e) => {
                eprintln!("unknot: cannot open the break window: {e}");
                return;
            }
        };
        let surface = softbuffer::Context::new(window.clone())
            .and_then(|ctx| softbuffer::Surface::new(&ctx, window.clone()));
        let surface = match surface {
            Ok(s) => s,
            Err(e) => {
                eprintln!("unknot: cannot draw the break window: {e}");
                return;
            }
        };
        window.request_redraw();
        self.window = Some(GuidedWindow {
            window,
            surface,
            content,
            cursor: (0.0, 0.0),
        });
    }

    fn input(&mut self, el: &ActiveEventLoop, input: PlayerInput) {
        let mono = self.clock.mono();
        let now = millis(mono);
        let Some(w) = &mut self.window else {
            return;
        };
        match &mut w.content {
            Content::Session {
                player,
                timeline,
                audio,
                audio_pending,
                ..
            } => {
                player.handle(input, now);
                if let Some(audio) = audio {
                    audio.set_muted(player.state(now).muted);
                }
                // Space's first cue sounds now, not after the redraw.
                sound_cues(player, timeline, audio, *audio_pending, mono);
            }
            Content::Stats(_) => {
                if matches!(input, PlayerInput::Stop) {
                    self.close(el);
                    return;
                }
            }
        }
        w.window.request_redraw();
        self.after_change(el);
    }

    /// Reports a finished session to the core and closes when the player says so.
    fn after_change(&mut self, el: &ActiveEventLoop) {
        let now = self.clock.mono_ms();
        let mut finished = None;
        let mut close = false;
        if let Some(w) = &mut self.window {
            if let Content::Session {
                player, reported, ..
            } = &mut w.content
            {
                if player.is_finished() && !*reported {
                    *reported = true;
                    finished = Some(player.outcomes());
                }
                close = player.should_close(now);
            }
        }
        if let Some(outcomes) = finished {
            self.finished(outcomes);
        }
        if close {
            self.close(el);
        }
    }

    fn close(&mut self, el: &ActiveEventLoop) {
        let now = self.clock.mono_ms();
        if let Some(mut w) = self.window.take() {
            if let Content::Session {
                player, reported, ..
            } = &mut w.content
            {
                if !*reported {
                    player.handle(PlayerInput::Stop, now);
                    let outcomes = player.outcomes();
                    self.finished(outcomes);
                }
            }
            // Dropping the window (and its audio session) frees the output device.
        }
        trim_heap();
        if self.exit_with_window {
            el.exit();
        }
    }

    fn redraw(&mut self) {
        let mono = self.clock.mono();
        let now = millis(mono);
        let Some(w) = &mut self.window else {
            return;
        };
        let size = w.window.inner_size();
        let (Some(width), Some(height)) =
            (NonZeroU32::new(size.width), NonZeroU32::new(size.height))
        else {
            return;
        };
        let scale = w.window.scale_factor() as f32;
        let scene = match &mut w.content {
            Content::Session {
                player,
                timeline,
                audio,
                audio_pending,
                ..
            } => {
                sound_cues(player, timeline, audio, *audio_pending, mono);
                view::view(&player.state(now))
            }
            Content::Stats(stats) => view::stats_view(stats),
        };
        let pixmap = match raster::raster(&scene, size.width, size.height, scale) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("unknot: drawing failed: {e}");
                return;
            }
        };
        if let Err(e) = w.surface.resize(width, height) {
            eprintln!("unknot: cannot size the window buffer: {e}");
            return;
        }
        match w.surface.buffer_mut() {
            Ok(mut buffer) => {
                for (dst, px) in buffer.iter_mut().zip(pixmap.pixels()) {
                    let c = px.demultiply();
                    *dst =
                        u32::from(c.red()) << 16 | u32::from(c.green()) << 8 | u32::from(c.blue());
                }
                match buffer.present() {
                    // unknot-bench: `cargo xtask bench` times the first frame (docs/bench.md).
                    Ok(()) => bench_trace_first_frame(&w.window),
                    Err(e) => eprintln!("unknot: cannot present the window: {e}"),
                }
            }
            Err(e) => eprintln!("unknot: cannot draw into the window: {e}"),
        }
    }

    /// Sleeps until the player's next visible change (or forever when no
    /// session runs): `ControlFlow::Wait` costs nothing while idle.
    fn schedule(&self, el: &ActiveEventLoop) {
        let now = self.clock.mono_ms();
        let wake = self.window.as_ref().and_then(|w| match &w.content {
            Content::Session { player, .. } => player.next_wake(now),
            Content::Stats(_) => None,
        });
        match wake {
            Some(at) => {
                let delay = Duration::from_millis(at.saturating_sub(now));
                el.set_control_flow(ControlFlow::WaitUntil(instant_after(delay)));
            }
            None => el.set_control_flow(ControlFlow::Wait),
        }
    }
}

/// Plays the cues the player has passed, each placed where it was due, so
/// a late wake-up of this thread does not move its sound. While the output
/// is still opening the cues wait in the player, which drops any more than
/// 1.5 s late.
fn sound_cues(
    player: &mut Player,
    timeline: &Timeline,
    audio: &mut Option<Box<AudioSession>>,
    audio_pending: bool,
    mono: Duration,
) {
    if audio_pending {
        return;
    }
    let now = millis(mono);
    let cues = player.advance(now);
    let Some(audio) = audio else {
        return;
    };
    for cue in &cues {
        let due = Duration::from_millis(player.due_ms(cue, now));
        audio.play_late(cue, timeline, mono.saturating_sub(due));
    }
}

/// `Clock::mono_ms` for a reading already taken.
fn millis(mono: Duration) -> u64 {
    u64::try_from(mono.as_millis()).unwrap_or(u64::MAX)
}

/// Gives the memory a closed window freed back to the system. glibc keeps
/// freed memory for reuse, and a session frees several MB (the decoded
/// clips, the audio and drawing threads' arenas) that an app idle between
/// breaks would otherwise hold for good.
fn trim_heap() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim takes no pointers; it only walks glibc's own
    // heaps under their locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

// unknot-bench (begin): with `UNKNOT_BENCH_TRACE` set, the first frame each
// window presents prints `unknot-trace first-frame <CLOCK_MONOTONIC ms>` to
// stderr, for `cargo xtask bench` (docs/bench.md). Off: one env lookup per window.
fn bench_trace_first_frame(window: &Window) {
    static LAST_WINDOW: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let id = u64::from(window.id());
    if LAST_WINDOW.swap(id, std::sync::atomic::Ordering::Relaxed) == id
        || std::env::var_os("UNKNOT_BENCH_TRACE").is_none()
    {
        return;
    }
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we pass, which we own.
    if unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) } == 0 {
        let ms = ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6;
        eprintln!("unknot-trace first-frame {ms:.3}");
    }
}
// unknot-bench (end)

#[allow(clippy::disallowed_methods)] // winit's deadlines are Instants; this is shell code.
fn instant_after(delay: Duration) -> Instant {
    Instant::now() + delay
}

impl ApplicationHandler<UiEvent> for Shell {
    fn new_events(&mut self, el: &ActiveEventLoop, cause: StartCause) {
        match cause {
            StartCause::Init => {
                if self.core.is_some() {
                    let core = self.core.clone();
                    tray::on_menu_click(move |action| {
                        if let Some(core) = &core {
                            let _ = core.send(CoreMsg::Menu(action));
                        }
                    });
                    let view = self.pending_view.take().unwrap_or_else(|| TrayView {
                        text: "unknot".into(),
                        icon: tray::IconState::Normal,
                        snoozes_left: None,
                        snooze_label: "Snooze".into(),
                        can_skip: false,
                        paused: false,
                    });
                    match Tray::new(&self.routines, &view) {
                        Ok(t) => self.tray = Some(t),
                        Err(e) => {
                            eprintln!("unknot: {e}; use notifications and the CLI");
                            self.send(CoreMsg::TrayHost(false));
                        }
                    }
                }
                if let Some(UiEvent::Open {
                    routine,
                    volume,
                    voice,
                    streak,
                    start_screen,
                }) = self.first_open.take()
                {
                    self.open(el, *routine, volume, voice, streak, start_screen);
                }
            }
            StartCause::ResumeTimeReached { .. } => {
                if let Some(w) = &self.window {
                    w.window.request_redraw();
                }
            }
            _ => {}
        }
    }

    fn resumed(&mut self, _el: &ActiveEventLoop) {
        // Tray-only until a break opens the window.
    }

    fn user_event(&mut self, el: &ActiveEventLoop, event: UiEvent) {
        match event {
            UiEvent::Tray(view) => match &mut self.tray {
                Some(tray) => tray.update(&view),
                None => self.pending_view = Some(view),
            },
            UiEvent::Open {
                routine,
                volume,
                voice,
                streak,
                start_screen,
            } => self.open(el, *routine, volume, voice, streak, start_screen),
            UiEvent::Stats(stats) => {
                if !matches!(
                    self.window.as_ref().map(|w| &w.content),
                    Some(Content::Session { .. })
                ) {
                    self.show(el, "unknot — statistics", Content::Stats(stats));
                }
            }
            UiEvent::Audio { session, audio } => {
                let now = self.clock.mono_ms();
                let mut unused = match audio {
                    Ok(opened) => Some(opened),
                    Err(e) => {
                        eprintln!("unknot: audio: {e}; the break runs without sound");
                        None
                    }
                };
                if let Some(GuidedWindow {
                    window,
                    content:
                        Content::Session {
                            player,
                            audio: slot,
                            audio_pending,
                            ..
                        },
                    ..
                }) = &mut self.window
                {
                    if session == self.session {
                        if let Some(mut opened) = unused.take() {
                            opened.set_muted(player.state(now).muted);
                            // The log's mark for when sound can start (the
                            // e2e audio test begins the routine after it).
                            eprintln!("unknot: audio: output open");
                            *slot = Some(opened);
                        }
                        *audio_pending = false;
                        window.request_redraw();
                    }
                }
                if let Some(late) = unused {
                    // Its window closed while it opened.
                    drop(late);
                    trim_heap();
                }
            }
            UiEvent::Quit => el.exit(),
        }
        self.schedule(el);
    }

    fn window_event(&mut self, el: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        match event {
            WindowEvent::CloseRequested => self.close(el),
            WindowEvent::RedrawRequested => {
                self.redraw();
                self.after_change(el);
            }
            WindowEvent::KeyboardInput {
                event:
                    KeyEvent {
                        logical_key,
                        state: ElementState::Pressed,
                        ..
                    },
                ..
            } => {
                let input = match logical_key.as_ref() {
                    Key::Named(NamedKey::Space) => Some(PlayerInput::TogglePause),
                    Key::Named(NamedKey::ArrowRight) => Some(PlayerInput::Next),
                    Key::Named(NamedKey::ArrowLeft) => Some(PlayerInput::Restart),
                    Key::Named(NamedKey::Escape) => Some(PlayerInput::Stop),
                    Key::Named(NamedKey::Enter) => Some(PlayerInput::Begin),
                    Key::Character(c) if c.eq_ignore_ascii_case("m") => {
                        Some(PlayerInput::ToggleMute)
                    }
                    _ => None,
                };
                if let Some(input) = input {
                    self.input(el, input);
                }
            }
            WindowEvent::CursorMoved { position, .. } => {
                if let Some(w) = &mut self.window {
                    let scale = w.window.scale_factor();
                    w.cursor = (position.x / scale, position.y / scale);
                }
            }
            WindowEvent::MouseInput {
                state: ElementState::Released,
                button: MouseButton::Left,
                ..
            } => {
                let now = self.clock.mono_ms();
                let hit = self.window.as_ref().and_then(|w| {
                    let (x, y) = (w.cursor.0 as f32, w.cursor.1 as f32);
                    match &w.content {
                        Content::Session { player, .. } => view::view(&player.state(now)).hit(x, y),
                        Content::Stats(stats) => view::stats_view(stats).hit(x, y),
                    }
                });
                if let Some(input) = hit {
                    self.input(el, input);
                }
            }
            WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. } => {
                if let Some(w) = &self.window {
                    w.window.request_redraw();
                }
            }
            _ => {}
        }
        self.schedule(el);
    }
}

/// `unknot play ROUTINE` with no app running: a window of our own, no tray.
/// Returns how the process should exit and, if a session ran, how it ended
/// (the caller records it in the history).
pub fn play_standalone(
    routine: Routine,
    config: &Config,
) -> (Result<(), ShellError>, Option<PlayedSession>) {
    let event_loop = match EventLoop::<UiEvent>::with_user_event().build() {
        Ok(el) => el,
        Err(e) => return (Err(ShellError::NoDisplay(e.to_string())), None),
    };
    let proxy = event_loop.create_proxy();
    let mut shell = Shell {
        proxy: Some(proxy),
        session: 0,
        core: None,
        routines: Vec::new(),
        tray: None,
        pending_view: None,
        window: None,
        clock: Clock::new(),
        exit_with_window: true,
        first_open: Some(UiEvent::Open {
            routine: Box::new(routine),
            volume: config.sound.enabled.then_some(config.sound.volume),
            voice: config.sound.voice,
            streak: 0,
            start_screen: true,
        }),
        began: None,
        played: None,
    };
    let outcome = event_loop
        .run_app(&mut shell)
        .map_err(|e| ShellError::WindowSystem(e.to_string()));
    (outcome, shell.played.take())
}
