//! The window process's winit application: the guided session window, the
//! home window and the Statistics window (softbuffer presenting what `ui::view` + `ui::raster`
//! drew), at most one of each. A window redraws only when the player says
//! something visible changes; the process exits when its last window closes.

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::{Duration, Instant};

use winit::application::ApplicationHandler;
use winit::dpi::{LogicalSize, PhysicalPosition};
use winit::event::{ElementState, KeyEvent, MouseButton, StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoopProxy};
use winit::keyboard::{Key, KeyCode, NamedKey, PhysicalKey};
use winit::platform::startup_notify::{
    EventLoopExtStartupNotify, WindowAttributesExtStartupNotify,
};
use winit::window::{Window, WindowId, WindowLevel};

use super::prefs::PrefsWindow;
use crate::audio::AudioSession;
use crate::ipc::session::{FromWindow, OpenSession};
use crate::monitor;
use crate::platform::clock::Clock;
use crate::platform::portal::Setting;
use crate::routine::timeline::{self, Timeline};
use crate::ui::access::{self, Access, Target};
use crate::ui::damage::{Drawn, Frame};
use crate::ui::home::{HomeWindow, Outcome};
use crate::ui::player::{Opening, Player, PlayerInput};
use crate::ui::prefs::Key as PrefsKey;
use crate::ui::raster::PxRect;
use crate::ui::{raster, view};
use crate::values::{ExerciseOutcome, Home, SessionReport, Stats};

/// The window's size in logical pixels.
const SIZE: LogicalSize<f64> = LogicalSize::new(
    crate::ui::scene::WIDTH as f64,
    crate::ui::scene::HEIGHT as f64,
);

/// What reaches the event loop from other threads.
pub enum UiEvent {
    Open(Box<OpenSession>),
    Stats(Box<Stats>),
    /// Open Preferences on this config file (or bring it forward).
    Preferences(std::path::PathBuf, Vec<crate::config::prefs::LeftOut>),
    /// The first-run welcome, which may write a new config file here.
    Welcome(std::path::PathBuf),
    /// Bring the session's window forward.
    Raise,
    /// The home window with this state: opened and focused if `.1`, else
    /// only brought up to date if it is open.
    Home(Box<Home>, bool),
    /// The audio output for session number `session` is open (or failed).
    Audio {
        session: u64,
        audio: Result<Box<AudioSession>, String>,
    },
    /// The audio output of session number `session` has failed for good.
    AudioFailed {
        session: u64,
    },
    /// Close every window and exit (the app asked, or it is gone).
    Quit,
    /// A setting of the desktop's (the XDG settings portal).
    Desktop(crate::platform::portal::Setting),
    /// The accessibility adapter's word: a screen reader asks for a window's
    /// tree, or for an action on one of its nodes.
    Access(accesskit_winit::Event),
}

impl From<accesskit_winit::Event> for UiEvent {
    fn from(event: accesskit_winit::Event) -> UiEvent {
        UiEvent::Access(event)
    }
}

/// Where a session's reports go: the app (or a standalone `unknot play`),
/// over the pipe.
pub enum Reporter {
    Pipe(Box<dyn FnMut(&FromWindow)>),
}

/// What a window shows.
enum Content {
    Session {
        player: Box<Player>,
        timeline: Box<Timeline>,
        audio: Option<Box<AudioSession>>,
        /// The output is still opening: cues wait in the player instead of
        /// being played into nothing (a quick Space would lose the chime).
        audio_pending: bool,
        /// The outcomes and before-rating last reported, so that only
        /// changes are sent.
        reported: Option<(Vec<ExerciseOutcome>, Option<u8>)>,
        finished: bool,
        /// The after check-in was reported.
        rated: bool,
        /// The session speaks its lines (the live region stays quiet then,
        /// unless muted).
        voice: bool,
    },
    /// The stats, and whether the weeks view shows (else the days).
    Stats(Box<Stats>, bool),
    Prefs(Box<PrefsWindow>),
    Home(Box<HomeWindow>),
}

struct GuidedWindow {
    window: Rc<Window>,
    /// The window's title, also its accessible name.
    title: String,
    /// AT-SPI through AccessKit: idle until a screen reader enables it.
    adapter: accesskit_winit::Adapter,
    /// A screen reader asked for the tree: it gets every change.
    access_on: bool,
    /// Text and controls this much larger: the scene drawn at this many
    /// logical pixels per pixel of its own, the window as much larger.
    zoom: f32,
    /// The tree last sent, so an unchanged one is not sent again (the
    /// figure redraws every 33 ms, its tree does not change).
    access_sent: Option<accesskit::TreeUpdate>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
    content: Content,
    cursor: (f64, f64),
    /// The last frame presented: its scene and pixels, so that a redraw
    /// draws only what changed, and a buffer that is not the last one
    /// (buffer age ≠ 1) is filled from it.
    frame: Frame,
    /// The next redraw is one this loop asked for because the content
    /// changed: it may present only the damaged parts. A redraw the window
    /// system asks for (exposed, resized) presents the whole window.
    changes: bool,
    /// The window asks for the keyboard once it is mapped (`take_focus`).
    wants_focus: bool,
}

impl GuidedWindow {
    /// Redraws what changed in the content (the player moved on, an input).
    fn redraw_changes(&mut self) {
        self.changes = true;
        self.window.request_redraw();
    }

    /// Asks the window manager for the keyboard once the window is mapped:
    /// winit's X11 `focus_window` does nothing before the window's first
    /// VisibilityNotify, which comes after `show` returns; Wayland says
    /// nothing of visibility (`None`), and its compositor decides with the
    /// activation token.
    fn take_focus(&mut self) {
        if self.wants_focus && self.window.is_visible() != Some(false) {
            self.wants_focus = false;
            self.window.focus_window();
        }
    }
}

/// Which of the two windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Session,
    Stats,
    Prefs,
    Home,
}

/// The window process's application.
pub struct Windows {
    session: Option<GuidedWindow>,
    stats: Option<GuidedWindow>,
    prefs: Option<GuidedWindow>,
    home: Option<GuidedWindow>,
    /// Shift is held (Shift+Tab moves back in Preferences).
    shift: bool,
    clock: Clock,
    reporter: Reporter,
    /// Requests that came before the loop could open windows.
    first: Vec<UiEvent>,
    proxy: EventLoopProxy<UiEvent>,
    /// Counts opened sessions, so late audio finds the session it belongs to.
    opened: u64,
    /// Whether a window was ever asked for: nothing ends before the first
    /// one opens.
    asked: bool,
    /// A child of the app: when its last window closes it says so and waits
    /// for the app to close its stdin (so no request is lost to an exiting
    /// process). Standalone, it exits at once.
    child: bool,
    /// A child's request reader: one token per request it handed over,
    /// taken out as each is handled, so that at most a few wait.
    handled: Option<std::sync::mpsc::Receiver<()>>,
    /// A child says `Alive` at least this often (ms), from this loop.
    beat: Option<u64>,
    /// When the loop last said anything to the app (`mono_ms`).
    said_at: u64,
    /// The monitor windows open on by name (`window.monitor`); `None`: the
    /// pointer's.
    monitor: Option<String>,
    /// The loop sleeps until the next beat, not until the player's next
    /// change: waking then is no reason to redraw.
    beat_only: bool,
    /// The config's `appearance.contrast`.
    contrast: crate::config::Contrast,
    /// The desktop asks for high contrast (read through the portal when
    /// `contrast` is auto).
    desktop_high: bool,
    /// The config's `appearance.text_scale`; `None`: auto.
    text_scale: Option<f32>,
    /// The desktop's text scaling factor (the portal's, when auto).
    desktop_scale: f32,
    /// The config's `appearance.motion`: `None` auto, `Some(true)` reduced.
    motion: Option<bool>,
    /// The desktop turned its animations off (the portal's, when auto).
    desktop_reduced: bool,
    /// The portal's thread follows the desktop's settings.
    following: bool,
}

impl Windows {
    pub fn new(
        proxy: EventLoopProxy<UiEvent>,
        reporter: Reporter,
        first: Vec<UiEvent>,
        child: bool,
    ) -> Self {
        Windows {
            session: None,
            stats: None,
            prefs: None,
            home: None,
            shift: false,
            clock: Clock::new(),
            reporter,
            first,
            proxy,
            opened: 0,
            asked: false,
            child,
            handled: None,
            beat: None,
            said_at: 0,
            beat_only: false,
            monitor: None,
            contrast: crate::config::Contrast::Auto,
            desktop_high: false,
            text_scale: None,
            desktop_scale: 1.0,
            motion: None,
            desktop_reduced: false,
            following: false,
        }
    }

    /// The windows' palette, text scale and motion: `auto` follows the
    /// desktop's settings through the XDG settings portal, from a thread of
    /// its own.
    pub fn looking(
        mut self,
        contrast: crate::config::Contrast,
        text_scale: Option<f32>,
        motion: Option<bool>,
    ) -> Windows {
        self.contrast = contrast;
        self.text_scale = text_scale;
        self.motion = motion;
        if contrast == crate::config::Contrast::Auto || text_scale.is_none() || motion.is_none() {
            self.follow_desktop();
        }
        self
    }

    /// Reads and follows the desktop's settings (the portal's thread).
    fn follow_desktop(&mut self) {
        self.following = true;
        let proxy = self.proxy.clone();
        crate::platform::portal::follow(move |setting| {
            proxy.send_event(UiEvent::Desktop(setting)).is_ok()
        });
    }

    /// Reduced motion: the figure's key poses, the ring once a second.
    fn reduced_motion(&self) -> bool {
        self.motion.unwrap_or(self.desktop_reduced)
    }

    /// How much larger the windows draw their text and controls.
    fn zoom(&self) -> f32 {
        let scale = self.text_scale.unwrap_or(self.desktop_scale);
        scale.clamp(crate::config::TEXT_SCALE_MIN, crate::config::TEXT_SCALE_MAX)
    }

    /// The windows are drawn in the high-contrast palette.
    fn high_contrast(&self) -> bool {
        match self.contrast {
            crate::config::Contrast::High => true,
            crate::config::Contrast::Normal => false,
            crate::config::Contrast::Auto => self.desktop_high,
        }
    }

    /// Windows open on the monitor of this name (else the pointer's).
    pub fn on_monitor(mut self, monitor: Option<String>) -> Windows {
        self.monitor = monitor;
        self
    }

    /// A child of the app: its requests come through the reader that puts a
    /// token into `handled`'s channel for each, and it says `Alive` at least
    /// every `beat` (at once, too, so the app hears its pipe version early).
    pub fn requests_from(
        mut self,
        handled: std::sync::mpsc::Receiver<()>,
        beat: Duration,
    ) -> Windows {
        self.handled = Some(handled);
        self.beat = Some(u64::try_from(beat.as_millis()).unwrap_or(u64::MAX).max(1));
        self
    }

    /// Says `Alive` if the app has heard nothing for a beat.
    fn beat_if_due(&mut self) {
        if let Some(beat) = self.beat {
            if self.clock.mono_ms().saturating_sub(self.said_at) >= beat {
                self.report(FromWindow::Alive);
            }
        }
    }

    fn report(&mut self, message: FromWindow) {
        match &mut self.reporter {
            Reporter::Pipe(send) => {
                send(&message);
                self.said_at = self.clock.mono_ms();
            }
        }
    }

    fn slot(&mut self, slot: Slot) -> &mut Option<GuidedWindow> {
        match slot {
            Slot::Session => &mut self.session,
            Slot::Stats => &mut self.stats,
            Slot::Prefs => &mut self.prefs,
            Slot::Home => &mut self.home,
        }
    }

    fn slot_of(&self, id: WindowId) -> Option<Slot> {
        if self.session.as_ref().is_some_and(|w| w.window.id() == id) {
            Some(Slot::Session)
        } else if self.stats.as_ref().is_some_and(|w| w.window.id() == id) {
            Some(Slot::Stats)
        } else if self.prefs.as_ref().is_some_and(|w| w.window.id() == id) {
            Some(Slot::Prefs)
        } else if self.home.as_ref().is_some_and(|w| w.window.id() == id) {
            Some(Slot::Home)
        } else {
            None
        }
    }

    fn open(&mut self, el: &ActiveEventLoop, open: OpenSession) {
        self.asked = true;
        // A second Start raises a running session instead of replacing it;
        // one that has ended (its end screen still up) gives way.
        if let Some(w) = &self.session {
            if matches!(
                w.content,
                Content::Session {
                    finished: false,
                    ..
                }
            ) {
                w.window.focus_window();
                return;
            }
            self.session = None;
        }
        let OpenSession {
            routine,
            volume,
            voice,
            streak,
            start_screen,
            checkin,
            level,
            say_keys,
            hurt_before,
            note,
        } = open;
        let timeline = timeline::compile(&routine);
        let title = routine.title.clone();
        let exercises = routine.exercises.len();
        let opening = Opening {
            skip_start_screen: !start_screen,
            checkin,
            level,
            say_keys,
        };
        let mut player = Player::open(routine, opening, self.clock.mono_ms());
        player.set_reduced_motion(self.reduced_motion());
        player.set_hurt_before(hurt_before);
        player.set_note(note);
        player.set_streak(false, streak);
        self.opened += 1;
        let mut audio_pending = false;
        if let Some(volume) = volume {
            // Opening the output takes ~0.3 s (longer on a busy sound server):
            // never on the thread that draws the window.
            let (session, proxy) = (self.opened, self.proxy.clone());
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
            reported: None,
            finished: false,
            rated: false,
            // Heard only with sound on (and, below, its output open).
            voice: voice && volume.is_some(),
        };
        if self.show(el, Slot::Session, &title, content) {
            self.after_change(el, Slot::Session);
        } else {
            // No window: the session ends here with nothing done, reported
            // so that the app does not wait for it.
            self.report(FromWindow::Finished {
                ended: vec![ExerciseOutcome::Skipped; exercises].into(),
            });
            self.exit_if_empty(el);
        }
    }

    fn show_stats(&mut self, el: &ActiveEventLoop, stats: Box<Stats>) {
        self.asked = true;
        if let Some(w) = &mut self.stats {
            w.content = Content::Stats(stats, false);
            w.window.request_redraw();
            w.window.focus_window();
            return;
        }
        self.show(
            el,
            Slot::Stats,
            &unknot::t!("a11y-window-statistics"),
            Content::Stats(stats, false),
        );
        self.exit_if_empty(el);
    }

    /// Preferences, read from the file now (an edit made in the file shows
    /// each time the window opens), with what is left out after pain;
    /// `None`: the first-run welcome.
    fn show_prefs(
        &mut self,
        el: &ActiveEventLoop,
        path: std::path::PathBuf,
        left_out: Option<Vec<crate::config::prefs::LeftOut>>,
    ) {
        self.asked = true;
        if let Some(w) = &mut self.prefs {
            if let (Content::Prefs(prefs), Some(left_out)) = (&mut w.content, left_out) {
                prefs.set_left_out(left_out);
                w.window.request_redraw();
            }
            w.window.focus_window();
            return;
        }
        let (window, title) = match left_out {
            None => (
                PrefsWindow::welcome(path),
                unknot::t!("a11y-window-welcome"),
            ),
            Some(left_out) => (
                PrefsWindow::open(path, left_out),
                unknot::t!("a11y-window-preferences"),
            ),
        };
        let content = Content::Prefs(Box::new(window));
        self.show(el, Slot::Prefs, &title, content);
        self.exit_if_empty(el);
    }

    /// The home window: opened (or brought forward) when `present`, else
    /// only its state brought up to date if it is open.
    fn show_home(&mut self, el: &ActiveEventLoop, state: Home, present: bool) {
        if let Some(w) = &mut self.home {
            if let Content::Home(home) = &mut w.content {
                home.update(state);
                w.window.request_redraw();
            }
            if present {
                w.window.focus_window();
            }
            return;
        }
        if !present {
            // Closed meanwhile: the app hears `HomeClosed` and stops.
            return;
        }
        self.asked = true;
        let content = Content::Home(Box::new(HomeWindow::new(state)));
        if !self.show(el, Slot::Home, "unknot", content) {
            self.report(FromWindow::HomeClosed);
        }
        self.exit_if_empty(el);
    }

    /// Opens a window in `slot`, which takes the keyboard once it is
    /// mapped; false if none could be opened.
    ///
    /// Every window takes the focus as it opens (issue 33, "Focus"),
    /// because every window is one the user just asked for: a session opens
    /// only on the engine's `BreakNow` (the tray's or home window's Start,
    /// `unknot start`, `play`, `break-now`'s notification) or `Start` (a
    /// notification's Start button), Statistics and Preferences from the
    /// tray or a command, home and the welcome from a launch. No break
    /// window opens by itself (a due break is a notification), so none
    /// takes the keys from someone typing elsewhere, and a screen reader's
    /// user lands in the window they opened instead of having to find it.
    /// A window manager that gives new windows no focus on its own (openbox
    /// without `focusNew`) gives it on this request (`take_focus`). (winit's
    /// `with_active(false)`, once here, does nothing on X11 or Wayland.)
    fn show(&mut self, el: &ActiveEventLoop, slot: Slot, title: &str, content: Content) -> bool {
        // Hidden until the accessibility adapter is attached, as it asks.
        let zoom = self.zoom();
        let attrs = Window::default_attributes()
            .with_visible(false)
            .with_title(title)
            .with_inner_size(sized(zoom))
            .with_min_inner_size(sized(zoom))
            .with_resizable(false)
            .with_window_level(WindowLevel::AlwaysOnTop);
        // A notification click's activation token (xdg-activation on
        // Wayland, startup notification on X11) lets the compositor focus us.
        let attrs = match el.read_token_from_env() {
            Some(token) => attrs.with_activation_token(token),
            None => attrs,
        };
        let attrs = match where_the_user_is(el, self.monitor.as_deref(), sized(zoom)) {
            Some(corner) => attrs.with_position(corner),
            None => attrs,
        };
        let window = match el.create_window(attrs) {
            Ok(w) => Rc::new(w),
            Err(e) => {
                eprintln!("unknot: cannot open the break window: {e}");
                return false;
            }
        };
        let surface = softbuffer::Context::new(window.clone())
            .and_then(|ctx| softbuffer::Surface::new(&ctx, window.clone()));
        let surface = match surface {
            Ok(s) => s,
            Err(e) => {
                eprintln!("unknot: cannot draw the break window: {e}");
                return false;
            }
        };
        let adapter =
            accesskit_winit::Adapter::with_event_loop_proxy(el, &window, self.proxy.clone());
        window.set_visible(true);
        window.request_redraw();
        *self.slot(slot) = Some(GuidedWindow {
            window,
            title: title.to_owned(),
            adapter,
            access_on: false,
            access_sent: None,
            zoom,
            surface,
            content,
            cursor: (0.0, 0.0),
            frame: Frame::new(),
            changes: false,
            wants_focus: true,
        });
        true
    }

    fn input(&mut self, el: &ActiveEventLoop, slot: Slot, input: PlayerInput) {
        let mono = self.clock.mono();
        let now = millis(mono);
        let Some(w) = self.slot(slot) else {
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
            Content::Stats(_, weeks) => match input {
                PlayerInput::Stop | PlayerInput::Escape => {
                    self.close(el, slot);
                    return;
                }
                PlayerInput::ShowWeeks(show) => *weeks = show,
                PlayerInput::ToggleWeeks => *weeks = !*weeks,
                _ => {}
            },
            // Preferences and home take their keys in `keyed`.
            Content::Prefs(_) | Content::Home(_) => {}
        }
        w.redraw_changes();
        self.after_change(el, slot);
    }

    /// Reports the session's progress and end, and closes when the player says so.
    fn after_change(&mut self, el: &ActiveEventLoop, slot: Slot) {
        let now = self.clock.mono_ms();
        let mut reports = Vec::new();
        let mut close = false;
        if let Some(GuidedWindow {
            content:
                Content::Session {
                    player,
                    reported,
                    finished,
                    rated,
                    ..
                },
            ..
        }) = self.slot(slot)
        {
            let outcomes = player.outcomes();
            let (before, after) = player.ratings();
            if player.is_finished() && !*finished {
                *finished = true;
                reports.push(FromWindow::Finished {
                    ended: ended(player),
                });
            } else if !*finished && reported.as_ref() != Some(&(outcomes.clone(), before)) {
                *reported = Some((outcomes.clone(), before));
                reports.push(FromWindow::Progress {
                    outcomes,
                    tension_before: before,
                });
            }
            if let (true, false, Some(after)) = (*finished, *rated, after) {
                *rated = true;
                reports.push(FromWindow::Rated {
                    tension_after: after,
                });
            }
            close = player.should_close(now);
        }
        for report in reports {
            self.report(report);
        }
        if close {
            self.close(el, slot);
        }
    }

    /// The Preferences and home windows' events: their keys (Tab,
    /// Shift+Tab, arrows, Space, Enter, Esc), clicks and redraws.
    fn keyed_event(&mut self, el: &ActiveEventLoop, slot: Slot, event: WindowEvent) {
        match event {
            WindowEvent::CloseRequested => self.close(el, slot),
            WindowEvent::RedrawRequested => self.redraw(slot),
            WindowEvent::ModifiersChanged(m) => self.shift = m.state().shift_key(),
            WindowEvent::KeyboardInput {
                event:
                    KeyEvent {
                        logical_key,
                        state: ElementState::Pressed,
                        ..
                    },
                ..
            } => {
                let key = match logical_key.as_ref() {
                    Key::Named(NamedKey::Tab) if self.shift => Some(PrefsKey::BackTab),
                    Key::Named(NamedKey::Tab) => Some(PrefsKey::Tab),
                    Key::Named(NamedKey::ArrowUp) => Some(PrefsKey::Up),
                    Key::Named(NamedKey::ArrowDown) => Some(PrefsKey::Down),
                    Key::Named(NamedKey::ArrowLeft) => Some(PrefsKey::Left),
                    Key::Named(NamedKey::ArrowRight) => Some(PrefsKey::Right),
                    Key::Named(NamedKey::Space) => Some(PrefsKey::Space),
                    Key::Named(NamedKey::Enter) => Some(PrefsKey::Enter),
                    Key::Named(NamedKey::Escape) => Some(PrefsKey::Escape),
                    Key::Character(c) => c
                        .chars()
                        .next()
                        .map(|c| PrefsKey::Char(c.to_ascii_lowercase())),
                    _ => None,
                };
                if let Some(key) = key {
                    self.keyed(el, slot, key);
                }
            }
            WindowEvent::CursorMoved { position, .. } => {
                if let Some(w) = self.slot(slot) {
                    let scale = w.window.scale_factor() * f64::from(w.zoom);
                    w.cursor = (position.x / scale, position.y / scale);
                }
            }
            WindowEvent::MouseInput {
                state: ElementState::Released,
                button: MouseButton::Left,
                ..
            } => {
                if let Some(w) = self.slot(slot) {
                    let (x, y) = (w.cursor.0 as f32, w.cursor.1 as f32);
                    self.keyed(el, slot, PrefsKey::Click(x, y));
                }
            }
            WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. } => {
                if let Some(w) = self.slot(slot) {
                    w.window.request_redraw();
                }
            }
            _ => {}
        }
    }

    fn keyed(&mut self, el: &ActiveEventLoop, slot: Slot, key: PrefsKey) {
        if slot == Slot::Home {
            self.home_key(el, key);
        } else {
            self.prefs_key(el, key);
        }
    }

    /// A key or click in the home window: a button's action goes to the app,
    /// which answers with the new state (or the window it asked for).
    fn home_key(&mut self, el: &ActiveEventLoop, key: PrefsKey) {
        let Some(w) = &mut self.home else { return };
        let Content::Home(home) = &mut w.content else {
            return;
        };
        match home.key(key) {
            Outcome::Nothing => {}
            Outcome::Redraw => w.window.request_redraw(),
            Outcome::Act(action) => {
                w.window.request_redraw();
                self.report(FromWindow::Home { action });
            }
            Outcome::Close => self.close(el, Slot::Home),
        }
    }

    fn prefs_key(&mut self, el: &ActiveEventLoop, key: PrefsKey) {
        let Some(w) = &mut self.prefs else { return };
        let Content::Prefs(prefs) = &mut w.content else {
            return;
        };
        let close = prefs.key(key);
        let put_backs = prefs.take_put_backs();
        if let Some(volume) = prefs.take_test_sound() {
            crate::audio::test_sound(volume);
        }
        let language = prefs.take_language();
        if close {
            self.close(el, Slot::Prefs);
        } else {
            w.window.request_redraw();
            self.look_from_prefs();
        }
        if let Some(lang) = language {
            // Every open window in the new words, Preferences first.
            unknot::i18n::set(lang);
            self.relook();
        }
        for exercise in put_backs {
            self.report(FromWindow::PutBack { exercise });
        }
    }

    fn close(&mut self, el: &ActiveEventLoop, slot: Slot) {
        let now = self.clock.mono_ms();
        if let Some(mut w) = self.slot(slot).take() {
            if let Content::Session {
                player, finished, ..
            } = &mut w.content
            {
                if !*finished {
                    player.handle(PlayerInput::Stop, now);
                    let message = FromWindow::Finished {
                        ended: ended(player),
                    };
                    self.report(message);
                }
            }
            if let Content::Home(_) = w.content {
                self.report(FromWindow::HomeClosed);
            }
            // Dropping the window (and its audio session) frees the output device.
        }
        self.exit_if_empty(el);
    }

    fn exit_if_empty(&mut self, el: &ActiveEventLoop) {
        if !self.asked
            || self.session.is_some()
            || self.stats.is_some()
            || self.prefs.is_some()
            || self.home.is_some()
        {
            return;
        }
        if self.child {
            self.report(FromWindow::Idle);
        } else {
            el.exit();
        }
    }

    fn close_all(&mut self, el: &ActiveEventLoop) {
        self.child = false;
        self.asked = true;
        for slot in [Slot::Session, Slot::Stats, Slot::Prefs, Slot::Home] {
            self.close(el, slot);
        }
        el.exit();
    }

    fn redraw(&mut self, slot: Slot) {
        let mono = self.clock.mono();
        let now = millis(mono);
        let high = self.high_contrast();
        let Some(w) = self.slot(slot) else {
            return;
        };
        let size = w.window.inner_size();
        let (Some(width), Some(height)) =
            (NonZeroU32::new(size.width), NonZeroU32::new(size.height))
        else {
            return;
        };
        let scale = w.window.scale_factor() as f32 * w.zoom;
        // The drawing's own time starts after the cues are played (a cue
        // may decode its spoken line).
        let mut drawing = bench_clocks();
        let scene = match &mut w.content {
            Content::Session {
                player,
                timeline,
                audio,
                audio_pending,
                ..
            } => {
                sound_cues(player, timeline, audio, *audio_pending, mono);
                drawing = bench_clocks();
                view::view(&player.state(now))
            }
            Content::Stats(stats, weeks) => crate::ui::stats_view(stats, *weeks),
            Content::Prefs(prefs) => prefs.scene(),
            Content::Home(home) => crate::ui::home::view(home),
        };
        send_tree(w, now, false);
        let scene = if high {
            crate::ui::contrast::high(scene)
        } else {
            scene
        };
        let whole = !std::mem::take(&mut w.changes);
        let built = bench_clocks();
        let drawn = match w.frame.draw(scene, size.width, size.height, scale, whole) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("unknot: drawing failed: {e}");
                return;
            }
        };
        let rastered = bench_clocks();
        let parts_only = matches!(drawn, Drawn::Parts(_));
        let rects = match drawn {
            // Nothing changed on screen (a wake for a cue, a beat).
            Drawn::Nothing => return,
            Drawn::Whole => vec![PxRect {
                x: 0,
                y: 0,
                w: size.width,
                h: size.height,
            }],
            Drawn::Parts(rects) => rects,
        };
        let Some(pixmap) = w.frame.pixmap() else {
            return;
        };
        if let Err(e) = w.surface.resize(width, height) {
            eprintln!("unknot: cannot size the window buffer: {e}");
            return;
        }
        match w.surface.buffer_mut() {
            Ok(mut buffer) => {
                // A buffer of age 1 holds the frame before this one: only the
                // damaged parts need writing. Any other (new, or one of a
                // compositor's swap chain) is filled from the kept frame.
                if buffer.age() == 1 && parts_only {
                    for r in &rects {
                        raster::write_xrgb_rect(pixmap, *r, &mut buffer);
                    }
                } else {
                    raster::write_xrgb(pixmap, &mut buffer);
                }
                let damage: Vec<softbuffer::Rect> = rects
                    .iter()
                    .filter_map(|r| {
                        Some(softbuffer::Rect {
                            x: r.x,
                            y: r.y,
                            width: NonZeroU32::new(r.w)?,
                            height: NonZeroU32::new(r.h)?,
                        })
                    })
                    .collect();
                match buffer.present_with_damage(&damage) {
                    // unknot-bench: `cargo xtask bench` times the first frame
                    // and each frame's drawing (docs/bench.md).
                    Ok(()) => {
                        bench_trace_first_frame(&w.window);
                        let pixels = rects.iter().map(|r| u64::from(r.w * r.h)).sum();
                        bench_trace_frame(drawing, pixels, [built, rastered]);
                    }
                    Err(e) => {
                        // The next frame is drawn whole.
                        w.frame = Frame::new();
                        eprintln!("unknot: cannot present the window: {e}");
                    }
                }
            }
            Err(e) => {
                w.frame = Frame::new();
                eprintln!("unknot: cannot draw into the window: {e}");
            }
        }
    }

    /// Sleeps until the player's next visible change or a child's next beat,
    /// whichever comes first (or until an event when neither is due):
    /// `ControlFlow::Wait` costs nothing while idle.
    fn schedule(&mut self, el: &ActiveEventLoop) {
        let now = self.clock.mono_ms();
        let draw = self.session.as_ref().and_then(|w| match &w.content {
            Content::Session { player, .. } => player.next_wake(now),
            Content::Stats(..) | Content::Prefs(_) | Content::Home(_) => None,
        });
        let beat = self.beat.map(|beat| self.said_at.saturating_add(beat));
        self.beat_only = match (draw, beat) {
            (Some(draw), Some(beat)) => beat < draw,
            (None, Some(_)) => true,
            (_, None) => false,
        };
        let wake = match (draw, beat) {
            (Some(draw), Some(beat)) => Some(draw.min(beat)),
            (one, other) => one.or(other),
        };
        match wake {
            Some(at) => {
                let delay = Duration::from_millis(at.saturating_sub(now));
                el.set_control_flow(ControlFlow::WaitUntil(instant_after(delay)));
            }
            None => el.set_control_flow(ControlFlow::Wait),
        }
    }

    fn event(&mut self, el: &ActiveEventLoop, event: UiEvent) {
        match event {
            UiEvent::Open(open) => self.open(el, *open),
            UiEvent::Stats(stats) => self.show_stats(el, stats),
            UiEvent::Preferences(path, left_out) => self.show_prefs(el, path, Some(left_out)),
            UiEvent::Welcome(path) => self.show_prefs(el, path, None),
            UiEvent::Home(state, present) => self.show_home(el, *state, present),
            UiEvent::Raise => {
                if let Some(w) = &self.session {
                    w.window.focus_window();
                }
            }
            UiEvent::Audio { session, audio } => self.audio_opened(session, audio),
            UiEvent::AudioFailed { session } => self.audio_failed(session),
            UiEvent::Quit => self.close_all(el),
            UiEvent::Access(event) => self.access_event(el, event),
            UiEvent::Desktop(setting) => {
                match setting {
                    Setting::HighContrast(high) => self.desktop_high = high,
                    Setting::ReducedMotion(reduced) => self.desktop_reduced = reduced,
                    Setting::TextScale(scale) => self.desktop_scale = scale as f32,
                }
                self.relook();
            }
        }
    }

    /// The look changed (the desktop's settings, or Preferences' Display):
    /// every window redrawn whole in its palette, grown or shrunk to its
    /// text scale, the session's player told its motion.
    fn relook(&mut self) {
        let (zoom, reduced) = (self.zoom(), self.reduced_motion());
        for slot in [Slot::Session, Slot::Stats, Slot::Prefs, Slot::Home] {
            if let Some(w) = self.slot(slot) {
                if let Content::Session { player, .. } = &mut w.content {
                    player.set_reduced_motion(reduced);
                }
                if w.zoom != zoom {
                    w.zoom = zoom;
                    w.window.set_min_inner_size(Some(sized(zoom)));
                    let _ = w.window.request_inner_size(sized(zoom));
                }
                // Drawn whole: the palette or the size may have changed.
                w.frame = Frame::new();
                w.window.request_redraw();
            }
        }
    }

    /// Preferences' Display settings, as the window now has them, take
    /// effect at once (the app reads the file for the next process).
    fn look_from_prefs(&mut self) {
        let Some(GuidedWindow {
            content: Content::Prefs(prefs),
            ..
        }) = &self.prefs
        else {
            return;
        };
        let Some(config) = prefs.config() else { return };
        let look = (config.contrast, config.text_scale, config.reduced_motion);
        if look == (self.contrast, self.text_scale, self.motion) {
            return;
        }
        let auto = look.0 == crate::config::Contrast::Auto || look.1.is_none() || look.2.is_none();
        (self.contrast, self.text_scale, self.motion) = look;
        if auto && !self.following {
            self.follow_desktop();
        }
        self.relook();
    }

    /// A screen reader's request: the tree (from now on, every change), or
    /// an action, which becomes the click or keys that do the same.
    fn access_event(&mut self, el: &ActiveEventLoop, event: accesskit_winit::Event) {
        use accesskit_winit::WindowEvent as Asked;
        let Some(slot) = self.slot_of(event.window_id) else {
            return;
        };
        let now = self.clock.mono_ms();
        match event.window_event {
            Asked::InitialTreeRequested => {
                if let Some(w) = self.slot(slot) {
                    w.access_on = true;
                    send_tree(w, now, true);
                }
            }
            Asked::AccessibilityDeactivated => {
                if let Some(w) = self.slot(slot) {
                    w.access_on = false;
                    w.access_sent = None;
                }
            }
            Asked::ActionRequested(request) => self.act(el, slot, &request),
        }
    }

    /// An action on a node, through the same path as the mouse and keys.
    fn act(&mut self, el: &ActiveEventLoop, slot: Slot, request: &accesskit::ActionRequest) {
        use accesskit::Action;
        let now = self.clock.mono_ms();
        let Some(w) = self.slot(slot) else { return };
        let Some(target) = tree_of(w, now).target(request.target_node) else {
            return;
        };
        match (target, request.action) {
            (Target::Click(x, y), Action::Click) => self.click(el, slot, x, y),
            (Target::Setting(i), Action::SetValue) => {
                if let Some(accesskit::ActionData::NumericValue(want)) = request.data {
                    self.tab_to(el, i);
                    self.step_to(el, slot, request.target_node, want);
                }
            }
            (Target::Setting(i), action) => {
                let key = match action {
                    Action::Click => Some(PrefsKey::Space),
                    Action::Increment => Some(PrefsKey::Right),
                    Action::Decrement => Some(PrefsKey::Left),
                    Action::Focus => None,
                    _ => return,
                };
                self.tab_to(el, i);
                if let Some(key) = key {
                    self.keyed(el, slot, key);
                }
            }
            _ => {}
        }
    }

    /// A spin button set to `want` (as a screen reader sets a value): the
    /// arrow keys step the focused setting toward it, each step written as
    /// a key's is, until it is reached or passed, or a limit stops it.
    fn step_to(&mut self, el: &ActiveEventLoop, slot: Slot, node: accesskit::NodeId, want: f64) {
        let value = |windows: &mut Windows| {
            let now = windows.clock.mono_ms();
            let w = windows.slot(slot).as_ref()?;
            let update = tree_of(w, now).update;
            let (_, n) = update.nodes.iter().find(|(id, _)| *id == node)?;
            n.numeric_value()
        };
        for _ in 0..256 {
            let Some(before) = value(self) else { return };
            if (want - before).abs() < 1e-9 {
                return;
            }
            let up = want > before;
            self.keyed(el, slot, if up { PrefsKey::Right } else { PrefsKey::Left });
            match value(self) {
                Some(after) if after != before && (after < want) == up => {}
                _ => return,
            }
        }
    }

    /// Tabs Preferences' focus onto setting `i`, as the keys would.
    fn tab_to(&mut self, el: &ActiveEventLoop, i: usize) {
        for _ in 0..256 {
            let at = match &self.prefs {
                Some(GuidedWindow {
                    content: Content::Prefs(p),
                    ..
                }) => p.focus_index(),
                _ => return,
            };
            if at == i {
                return;
            }
            self.keyed(el, Slot::Prefs, PrefsKey::Tab);
        }
    }

    /// A click at logical `(x, y)`: the mouse's, or a screen reader's.
    fn click(&mut self, el: &ActiveEventLoop, slot: Slot, x: f32, y: f32) {
        let now = self.clock.mono_ms();
        let Some(w) = self.slot(slot).as_ref() else {
            return;
        };
        let hit = match &w.content {
            Content::Session { player, .. } => view::view(&player.state(now)).hit(x, y),
            Content::Stats(stats, weeks) => crate::ui::stats_view(stats, *weeks).hit(x, y),
            Content::Prefs(_) | Content::Home(_) => {
                self.keyed(el, slot, PrefsKey::Click(x, y));
                return;
            }
        };
        if let Some(input) = hit {
            self.input(el, slot, input);
        }
    }

    fn audio_opened(&mut self, session: u64, audio: Result<Box<AudioSession>, String>) {
        let now = self.clock.mono_ms();
        let mut unused = match audio {
            Ok(opened) => Some(opened),
            Err(e) => {
                eprintln!("unknot: audio: {e}; the break runs without sound");
                None
            }
        };
        if let Some(w) = &mut self.session {
            let Content::Session {
                player,
                audio: slot,
                audio_pending,
                voice,
                ..
            } = &mut w.content
            else {
                return;
            };
            if session == self.opened {
                if let Some(mut opened) = unused.take() {
                    opened.set_muted(player.state(now).muted);
                    // No clips for the language: the screen reader says
                    // the lines the voice would have.
                    *voice = *voice && opened.voice();
                    // The log's mark for when sound can start (the e2e audio
                    // test begins the routine after it).
                    eprintln!("unknot: audio: output open");
                    let proxy = self.proxy.clone();
                    opened.on_failure(move || {
                        let _ = proxy.send_event(UiEvent::AudioFailed { session });
                    });
                    *slot = Some(opened);
                }
                *audio_pending = false;
                w.redraw_changes();
            }
        }
        // An output whose window closed while it opened is dropped here.
        drop(unused);
    }
}

impl Windows {
    /// The session's output failed for good (its sound server went away):
    /// dropped, which stops cpal's thread going round on the errors, and
    /// the break goes on silent, the live region saying what the voice
    /// would have.
    fn audio_failed(&mut self, session: u64) {
        if session != self.opened {
            return;
        }
        if let Some(w) = &mut self.session {
            if let Content::Session { audio, voice, .. } = &mut w.content {
                if audio.take().is_some() {
                    *voice = false;
                    w.redraw_changes();
                }
            }
        }
    }
}

/// The window's accessibility tree now, from the state its pixels come from.
fn tree_of(w: &GuidedWindow, now: u64) -> Access {
    let scale = w.window.scale_factor() * f64::from(w.zoom);
    match &w.content {
        Content::Session {
            player,
            audio,
            voice,
            ..
        } => {
            let state = player.state(now);
            let live = access::announcement(&state, *voice && audio.is_some());
            access::session(&w.title, &state, live.as_deref(), scale)
        }
        Content::Stats(stats, weeks) => access::stats(stats, *weeks, scale),
        Content::Prefs(prefs) => prefs.access(scale),
        Content::Home(home) => access::home(home, scale),
    }
}

/// Sends the tree to the adapter if a screen reader listens and it changed
/// (`all`: whatever it is, as the first one).
fn send_tree(w: &mut GuidedWindow, now: u64, all: bool) {
    if !w.access_on {
        return;
    }
    let update = tree_of(w, now).update;
    if !all && w.access_sent.as_ref() == Some(&update) {
        return;
    }
    w.access_sent = Some(update.clone());
    w.adapter.update_if_active(|| update);
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
    // Lines outside the timeline: the keys, the check-in, a pain stop.
    let (hush, said) = player.take_said();
    audio.say(hush, &said);
    // Then the lines of the next seconds, decoded before their moment (a
    // long one takes milliseconds: decoded at its cue, it would sound late).
    audio.prepare(player.upcoming(now, PREPARE_MS));
}

/// How far ahead the audio decodes the spoken lines: beyond the longest
/// wake-up gap (a breath, a get-ready second), short enough that only a
/// few lines are held.
const PREPARE_MS: u64 = 4_000;

/// `Clock::mono_ms` for a reading already taken.
/// How the session ended, for the `Finished` report.
fn ended(player: &Player) -> SessionReport {
    let hurt_at = player.hurt_at();
    SessionReport {
        outcomes: player.outcomes(),
        tension_before: player.ratings().0,
        hurt: player.hurt(),
        hurt_exercise: hurt_at.map(|h| h.exercise.clone()),
        hurt_side: hurt_at.and_then(|h| h.side.body_side()),
    }
}

/// On X11, where a new window goes: centred on the monitor named `wanted`,
/// else on the one that holds the pointer. `None` on Wayland, where the
/// compositor places it, and when the X server can't say (then it places it).
fn where_the_user_is(
    el: &ActiveEventLoop,
    wanted: Option<&str>,
    window: LogicalSize<f64>,
) -> Option<PhysicalPosition<i32>> {
    use winit::platform::x11::ActiveEventLoopExtX11 as _;
    if !el.is_x11() {
        return None;
    }
    let (monitors, pointer) = match monitor::read_x11() {
        Ok(found) => found,
        Err(e) => {
            eprintln!("unknot: cannot tell which monitor you are at ({e})");
            return None;
        }
    };
    let area = monitor::pick(&monitors, pointer, wanted)?;
    // The window's size in pixels on that monitor (winit's monitors are
    // CRTCs: the one at the monitor's corner, else scale 1).
    let scale = el
        .available_monitors()
        .find(|m| area.holds((m.position().x, m.position().y)))
        .map_or(1.0, |m| m.scale_factor());
    let size = window.to_physical::<u32>(scale);
    let (x, y) = area.centred((size.width, size.height));
    Some(PhysicalPosition::new(x, y))
}

/// The window's size in logical pixels at `zoom`.
fn sized(zoom: f32) -> LogicalSize<f64> {
    LogicalSize::new(SIZE.width * f64::from(zoom), SIZE.height * f64::from(zoom))
}

fn millis(mono: Duration) -> u64 {
    u64::try_from(mono.as_millis()).unwrap_or(u64::MAX)
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

fn bench_tracing() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("UNKNOT_BENCH_TRACE").is_some())
}

/// (CLOCK_MONOTONIC, this thread's CPU time) when tracing; zeros, and no
/// system call, when not.
fn bench_clocks() -> (Duration, Duration) {
    if !bench_tracing() {
        return (Duration::ZERO, Duration::ZERO);
    }
    let read = |clock| {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime only writes the timespec we pass, which we own.
        if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
            return Duration::ZERO;
        }
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    };
    (
        read(libc::CLOCK_MONOTONIC),
        read(libc::CLOCK_THREAD_CPUTIME_ID),
    )
}

/// With `UNKNOT_BENCH_TRACE` set, every presented frame prints
/// `unknot-trace frame <wall ms> <cpu ms> <pixels> <view ms> <draw ms>`:
/// from building the scene to present() returning (the cues played first
/// are not counted), on the clock and in this thread's CPU time; the pixels
/// presented; and of the CPU time, the part that built the scene and the
/// part that drew the pixels (the rest copies them out and presents).
fn bench_trace_frame(began: (Duration, Duration), pixels: u64, marks: [(Duration, Duration); 2]) {
    if bench_tracing() {
        let now = bench_clocks();
        let ms = |a: Duration, b: Duration| a.saturating_sub(b).as_secs_f64() * 1e3;
        eprintln!(
            "unknot-trace frame {:.3} {:.3} {pixels} {:.3} {:.3}",
            ms(now.0, began.0),
            ms(now.1, began.1),
            ms(marks[0].1, began.1),
            ms(marks[1].1, marks[0].1),
        );
    }
}
// unknot-bench (end)

#[allow(clippy::disallowed_methods)] // winit's deadlines are Instants; this is shell code.
fn instant_after(delay: Duration) -> Instant {
    Instant::now() + delay
}

impl ApplicationHandler<UiEvent> for Windows {
    fn new_events(&mut self, el: &ActiveEventLoop, cause: StartCause) {
        match cause {
            StartCause::Init => {
                self.beat_if_due();
                for event in std::mem::take(&mut self.first) {
                    self.event(el, event);
                }
            }
            StartCause::ResumeTimeReached { .. } if !self.beat_only => {
                if let Some(w) = &mut self.session {
                    w.redraw_changes();
                }
            }
            _ => {}
        }
    }

    fn resumed(&mut self, _el: &ActiveEventLoop) {}

    fn user_event(&mut self, el: &ActiveEventLoop, event: UiEvent) {
        // Everything but the audio thread's word came through the reader.
        let ours = matches!(
            event,
            UiEvent::Audio { .. }
                | UiEvent::AudioFailed { .. }
                | UiEvent::Access(_)
                | UiEvent::Desktop(_)
        );
        if let (Some(handled), false) = (&self.handled, ours) {
            let _ = handled.try_recv();
        }
        self.event(el, event);
        self.schedule(el);
    }

    /// After every batch of events: the beat comes from here, so a loop
    /// that stops turning (stopped, deadlocked, stuck in a driver) falls
    /// silent, and the app ends it.
    fn about_to_wait(&mut self, el: &ActiveEventLoop) {
        self.beat_if_due();
        self.schedule(el);
    }

    fn window_event(&mut self, el: &ActiveEventLoop, id: WindowId, event: WindowEvent) {
        let Some(slot) = self.slot_of(id) else {
            return;
        };
        if let Some(w) = self.slot(slot) {
            // The window's focus state goes to the adapter too
            // (`WindowEvent::Focused`): a screen reader finds it active and
            // the tree's focus focused only while it has the keyboard.
            w.adapter.process_event(&w.window, &event);
            w.take_focus();
        }
        if matches!(slot, Slot::Prefs | Slot::Home) {
            self.keyed_event(el, slot, event);
            self.schedule(el);
            return;
        }
        match event {
            WindowEvent::CloseRequested => self.close(el, slot),
            WindowEvent::RedrawRequested => {
                self.redraw(slot);
                self.after_change(el, slot);
            }
            WindowEvent::KeyboardInput {
                event:
                    KeyEvent {
                        logical_key,
                        physical_key,
                        state: ElementState::Pressed,
                        ..
                    },
                ..
            } => {
                let input = match logical_key.as_ref() {
                    Key::Named(NamedKey::Space) => Some(PlayerInput::TogglePause),
                    Key::Named(NamedKey::ArrowRight) => Some(PlayerInput::Next),
                    Key::Named(NamedKey::ArrowLeft) => Some(PlayerInput::Restart),
                    Key::Named(NamedKey::Escape) => Some(PlayerInput::Escape),
                    Key::Named(NamedKey::Enter) => Some(PlayerInput::Begin),
                    Key::Named(NamedKey::Tab) => Some(PlayerInput::ToggleWeeks),
                    Key::Character(c) if c.eq_ignore_ascii_case("m") => {
                        Some(PlayerInput::ToggleMute)
                    }
                    Key::Character(c) if c.eq_ignore_ascii_case("h") => Some(PlayerInput::StopHurt),
                    Key::Character(c) if c.eq_ignore_ascii_case("w") => {
                        Some(PlayerInput::ToggleWeeks)
                    }
                    // The check-in's digits by where they are (the digit
                    // row, the numpad), then by what they type.
                    Key::Character(c) => rating_key(physical_key)
                        .or_else(|| c.parse::<u8>().ok())
                        .map(PlayerInput::Rate),
                    _ => rating_key(physical_key).map(PlayerInput::Rate),
                };
                if let Some(input) = input {
                    self.input(el, slot, input);
                }
            }
            WindowEvent::CursorMoved { position, .. } => {
                if let Some(w) = self.slot(slot) {
                    let scale = w.window.scale_factor() * f64::from(w.zoom);
                    w.cursor = (position.x / scale, position.y / scale);
                }
            }
            WindowEvent::MouseInput {
                state: ElementState::Released,
                button: MouseButton::Left,
                ..
            } => {
                if let Some(w) = self.slot(slot) {
                    let (x, y) = (w.cursor.0 as f32, w.cursor.1 as f32);
                    self.click(el, slot, x, y);
                }
            }
            WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. } => {
                if let Some(w) = self.slot(slot) {
                    w.window.request_redraw();
                }
            }
            _ => {}
        }
        self.schedule(el);
    }
}

/// The check-in's rating for a key, by its place on the keyboard (the digit
/// row or the numpad), not by what it types: on AZERTY the digit row types
/// "&é\"'(…" unless Shift is held.
fn rating_key(key: PhysicalKey) -> Option<u8> {
    let PhysicalKey::Code(code) = key else {
        return None;
    };
    Some(match code {
        KeyCode::Digit0 | KeyCode::Numpad0 => 0,
        KeyCode::Digit1 | KeyCode::Numpad1 => 1,
        KeyCode::Digit2 | KeyCode::Numpad2 => 2,
        KeyCode::Digit3 | KeyCode::Numpad3 => 3,
        KeyCode::Digit4 | KeyCode::Numpad4 => 4,
        KeyCode::Digit5 | KeyCode::Numpad5 => 5,
        KeyCode::Digit6 | KeyCode::Numpad6 => 6,
        KeyCode::Digit7 | KeyCode::Numpad7 => 7,
        KeyCode::Digit8 | KeyCode::Numpad8 => 8,
        KeyCode::Digit9 | KeyCode::Numpad9 => 9,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digit_row_and_the_numpad_rate_whatever_the_layout_types() {
        let code = |c| rating_key(PhysicalKey::Code(c));
        assert_eq!(code(KeyCode::Digit0), Some(0));
        assert_eq!(code(KeyCode::Digit7), Some(7));
        assert_eq!(code(KeyCode::Numpad3), Some(3));
        assert_eq!(code(KeyCode::Numpad9), Some(9));
        // M, H and W stay letters; other keys rate nothing.
        assert_eq!(code(KeyCode::KeyM), None);
        assert_eq!(code(KeyCode::Minus), None);
        assert_eq!(
            rating_key(PhysicalKey::Unidentified(
                winit::keyboard::NativeKeyCode::Unidentified
            )),
            None
        );
    }
}
