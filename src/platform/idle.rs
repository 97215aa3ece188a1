//! How long the user has been away from keyboard and mouse, and whether a
//! fullscreen window has the focus. `IdleSource::connect` picks the source
//! that sees all of the user's input in this session: on X11 the
//! MIT-SCREEN-SAVER extension (and EWMH properties for fullscreen); on
//! Wayland the compositor's idle protocol (`platform::wayland`) or GNOME's
//! idle monitor (`platform::mutter`), never XWayland, which only sees input
//! to X11 windows. With no such source it fails and the app says so.

use std::ffi::OsStr;
use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::protocol::xproto::{Atom, AtomEnum, ConnectionExt as _, Window};
use x11rb::rust_connection::RustConnection;

use crate::platform::clock::Clock;
use crate::platform::mutter::MutterIdle;
use crate::platform::wayland::WaylandIdle;

#[derive(Debug, thiserror::Error)]
pub enum IdleError {
    #[error("no X11 display to ask for idle time: {0}")]
    Connect(String),
    #[error("the X server does not offer the MIT-SCREEN-SAVER extension")]
    NoExtension,
    #[error("X11 request failed: {0}")]
    Request(String),
    /// A Wayland or GNOME source is missing or broke; the text says which.
    #[error("{0}")]
    Wayland(String),
}

/// The kind of graphical session the app runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Session {
    X11,
    Wayland,
}

impl Session {
    pub fn from_env() -> Session {
        Session::detect(
            std::env::var_os("WAYLAND_DISPLAY").as_deref(),
            std::env::var_os("XDG_SESSION_TYPE").as_deref(),
        )
    }

    /// Wayland when `WAYLAND_DISPLAY` is set (the app's clients would show
    /// on a compositor) or the login says `XDG_SESSION_TYPE=wayland`; X11
    /// otherwise. `DISPLAY` proves nothing: Wayland sessions set it for XWayland.
    pub fn detect(wayland_display: Option<&OsStr>, session_type: Option<&OsStr>) -> Session {
        let set = |v: Option<&OsStr>| v.is_some_and(|v| !v.is_empty());
        if set(wayland_display) || session_type.is_some_and(|t| t == "wayland") {
            Session::Wayland
        } else {
            Session::X11
        }
    }
}

/// Where idle time comes from in this session.
// One per app, never moved around: boxing the X11 variant would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum IdleSource {
    X11(X11Session),
    Wayland(WaylandIdle),
    Mutter(MutterIdle),
}

impl IdleSource {
    /// The source for this session: X11's on X11; on Wayland the
    /// compositor's idle protocol, else GNOME's idle monitor, else `Err`
    /// (XWayland's idle time would count typing in Wayland windows as idle).
    pub async fn connect(clock: Clock) -> Result<IdleSource, IdleError> {
        match Session::from_env() {
            Session::X11 => X11Session::connect().map(IdleSource::X11),
            Session::Wayland => IdleSource::wayland(clock).await,
        }
    }

    async fn wayland(clock: Clock) -> Result<IdleSource, IdleError> {
        // Connecting blocks on the compositor: off the runtime thread, bounded.
        let limit = Duration::from_secs(5);
        let protocol = tokio::time::timeout(
            limit,
            tokio::task::spawn_blocking(move || WaylandIdle::connect(clock)),
        )
        .await;
        let protocol = match protocol {
            Ok(Ok(Ok(idle))) => return Ok(IdleSource::Wayland(idle)),
            Ok(Ok(Err(e))) => e.to_string(),
            Ok(Err(e)) => e.to_string(),
            Err(_) => "the Wayland compositor did not answer in time".to_string(),
        };
        let gnome = match MutterIdle::connect().await {
            Ok(idle) => return Ok(IdleSource::Mutter(idle)),
            Err(e) => e.to_string(),
        };
        Err(IdleError::Wayland(format!(
            "no idle time on this Wayland session ({protocol}; {gnome}); \
             XWayland's would miss typing in Wayland windows"
        )))
    }

    /// Its name in `unknot status`: `x11`, `ext-idle-notify-v1`,
    /// `org_kde_kwin_idle` or `gnome-idle-monitor`.
    pub fn name(&self) -> &'static str {
        match self {
            IdleSource::X11(_) => "x11",
            IdleSource::Wayland(w) => w.protocol().name(),
            IdleSource::Mutter(_) => "gnome-idle-monitor",
        }
    }

    /// Time since the last key press or pointer move.
    pub async fn idle(&self) -> Result<Duration, IdleError> {
        match self {
            IdleSource::X11(x) => x.idle(),
            IdleSource::Wayland(w) => w.idle(),
            IdleSource::Mutter(m) => m.idle().await,
        }
    }

    /// The idle time now, where asking costs no more than a local round
    /// trip (X11, or nothing at all on Wayland); `None` for GNOME's, a bus call.
    pub fn idle_now(&self) -> Option<Duration> {
        match self {
            IdleSource::X11(x) => x.idle().ok(),
            IdleSource::Wayland(w) => w.idle().ok(),
            IdleSource::Mutter(_) => None,
        }
    }

    /// Whether the focused window is fullscreen; X11 only (never on Wayland).
    pub fn fullscreen_focused(&self) -> bool {
        match self {
            IdleSource::X11(x) => x.fullscreen_focused().unwrap_or(false),
            IdleSource::Wayland(_) | IdleSource::Mutter(_) => false,
        }
    }
}

/// A connection to the X server used only for these questions.
pub struct X11Session {
    conn: RustConnection,
    root: Window,
    active_window: Atom,
    wm_state: Atom,
    fullscreen: Atom,
}

impl X11Session {
    pub fn connect() -> Result<X11Session, IdleError> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| IdleError::Connect(e.to_string()))?;
        let root = conn
            .setup()
            .roots
            .get(screen)
            .map(|s| s.root)
            .ok_or_else(|| IdleError::Connect(format!("screen {screen} does not exist")))?;
        conn.screensaver_query_version(1, 1)
            .map_err(|_| IdleError::NoExtension)?
            .reply()
            .map_err(|_| IdleError::NoExtension)?;
        let atom = |name: &str| -> Result<Atom, IdleError> {
            Ok(conn
                .intern_atom(false, name.as_bytes())
                .map_err(request)?
                .reply()
                .map_err(request)?
                .atom)
        };
        let active_window = atom("_NET_ACTIVE_WINDOW")?;
        let wm_state = atom("_NET_WM_STATE")?;
        let fullscreen = atom("_NET_WM_STATE_FULLSCREEN")?;
        Ok(X11Session {
            conn,
            root,
            active_window,
            wm_state,
            fullscreen,
        })
    }

    /// Time since the last key press or pointer move.
    pub fn idle(&self) -> Result<Duration, IdleError> {
        let info = self
            .conn
            .screensaver_query_info(self.root)
            .map_err(request)?
            .reply()
            .map_err(request)?;
        Ok(Duration::from_millis(u64::from(info.ms_since_user_input)))
    }

    /// Whether the focused window is fullscreen (a presentation, a video call).
    pub fn fullscreen_focused(&self) -> Result<bool, IdleError> {
        let active = self
            .conn
            .get_property(false, self.root, self.active_window, AtomEnum::WINDOW, 0, 1)
            .map_err(request)?
            .reply()
            .map_err(request)?;
        let Some(window) = active.value32().and_then(|mut v| v.next()) else {
            return Ok(false);
        };
        if window == x11rb::NONE {
            return Ok(false);
        }
        let state = self
            .conn
            .get_property(false, window, self.wm_state, AtomEnum::ATOM, 0, 64)
            .map_err(request)?
            .reply()
            .map_err(request)?;
        Ok(state
            .value32()
            .is_some_and(|mut atoms| atoms.any(|a| a == self.fullscreen)))
    }
}

fn request(e: impl std::fmt::Display) -> IdleError {
    IdleError::Request(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::Session;
    use std::ffi::OsStr;

    fn detect(wayland_display: Option<&str>, session_type: Option<&str>) -> Session {
        Session::detect(
            wayland_display.map(OsStr::new),
            session_type.map(OsStr::new),
        )
    }

    #[test]
    fn a_wayland_display_makes_a_wayland_session_even_with_an_x11_display() {
        assert_eq!(detect(Some("wayland-0"), None), Session::Wayland);
        assert_eq!(detect(Some("wayland-1"), Some("x11")), Session::Wayland);
        assert_eq!(
            detect(Some("/run/user/1000/wayland-0"), Some("tty")),
            Session::Wayland
        );
    }

    #[test]
    fn the_login_saying_wayland_is_enough() {
        assert_eq!(detect(None, Some("wayland")), Session::Wayland);
        assert_eq!(detect(Some(""), Some("wayland")), Session::Wayland);
    }

    #[test]
    fn otherwise_it_is_x11() {
        assert_eq!(detect(None, None), Session::X11);
        assert_eq!(detect(Some(""), None), Session::X11);
        assert_eq!(detect(None, Some("x11")), Session::X11);
        assert_eq!(detect(None, Some("tty")), Session::X11);
    }
}
