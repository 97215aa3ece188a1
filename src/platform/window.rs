//! The winit side of the app: the event loop on the main thread, the tray
//! built on it, and the guided break window (softbuffer presenting what
//! `ui::view` + `ui::raster` drew). The window redraws only when the player
//! says something visible changes; closing it returns to tray-only life.

use std::num::NonZeroU32;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{Duration, Instant};

use tokio::sync::mpsc::UnboundedSender;
use winit::application::ApplicationHandler;
use winit::dpi::LogicalSize;
use winit::event::{ElementState, KeyEvent, MouseButton, StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::keyboard::{Key, NamedKey};
use winit::window::{Window, WindowId, WindowLevel};

use crate::app::CoreMsg;
use crate::config::Config;
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
#[derive(Debug)]
pub enum UiEvent {
    Tray(TrayView),
    Open {
        routine: Box<Routine>,
        /// `None`: sound is off.
        volume: Option<u8>,
        voice: bool,
        streak: u32,
    },
    Stats(Box<Stats>),
    Quit,
}

/// What the window shows.
enum Content {
    Session {
        player: Box<Player>,
        timeline: Box<Timeline>,
        audio: Option<Box<AudioSession>>,
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
}

impl Shell {
    pub fn new(core: UnboundedSender<CoreMsg>, routines: Vec<(String, String)>) -> Shell {
        Shell {
            core: Some(core),
            routines,
            tray: None,
            pending_view: None,
            window: None,
            clock: Clock::new(),
            exit_with_window: false,
            first_open: None,
        }
    }

    fn send(&self, msg: CoreMsg) {
        if let Some(core) = &self.core {
            let _ = core.send(msg);
        }
    }

    fn open(
        &mut self,
        el: &ActiveEventLoop,
        routine: Routine,
        volume: Option<u8>,
        voice: bool,
        streak: u32,
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
        let mut player = Player::new(routine, false, self.clock.mono_ms());
        player.set_streak(false, streak);
        let audio = match volume {
            Some(volume) => match AudioSession::open(volume, voice) {
                Ok(a) => Some(Box::new(a)),
                Err(e) => {
                    eprintln!("unknot: audio: {e}; the break runs without sound");
                    None
                }
            },
            None => None,
        };
        let content = Content::Session {
            player: Box::new(player),
            timeline: Box::new(timeline),
            audio,
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
        let now = self.clock.mono_ms();
        let Some(w) = &mut self.window else {
            return;
        };
        match &mut w.content {
            Content::Session { player, audio, .. } => {
                player.handle(input, now);
                if let Some(audio) = audio {
                    audio.set_muted(player.state(now).muted);
                }
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
            self.send(CoreMsg::SessionFinished(outcomes));
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
                    self.send(CoreMsg::SessionFinished(player.outcomes()));
                }
            }
            // Dropping the window (and its audio session) frees the output device.
        }
        if self.exit_with_window {
            el.exit();
        }
    }

    fn redraw(&mut self) {
        let now = self.clock.mono_ms();
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
                ..
            } => {
                let cues = player.advance(now);
                if let Some(audio) = audio {
                    for cue in &cues {
                        audio.play(cue, timeline);
                    }
                }
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
                if let Err(e) = buffer.present() {
                    eprintln!("unknot: cannot present the window: {e}");
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
                }) = self.first_open.take()
                {
                    self.open(el, *routine, volume, voice, streak);
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
            } => self.open(el, *routine, volume, voice, streak),
            UiEvent::Stats(stats) => {
                if !matches!(
                    self.window.as_ref().map(|w| &w.content),
                    Some(Content::Session { .. })
                ) {
                    self.show(el, "unknot — statistics", Content::Stats(stats));
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
pub fn play_standalone(routine: Routine, config: &Config) -> ExitCode {
    let event_loop = match EventLoop::<UiEvent>::with_user_event().build() {
        Ok(el) => el,
        Err(e) => {
            eprintln!("unknot: no display to play the routine on: {e}");
            return ExitCode::from(crate::cli::EXIT_FAILURE);
        }
    };
    let mut shell = Shell {
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
        }),
    };
    match event_loop.run_app(&mut shell) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unknot: the window system failed: {e}");
            ExitCode::from(crate::cli::EXIT_FAILURE)
        }
    }
}
