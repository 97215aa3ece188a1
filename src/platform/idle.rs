//! How long the user has been away from keyboard and mouse, and whether a
//! fullscreen window has the focus. X11 only (the MIT-SCREEN-SAVER extension
//! and EWMH properties); elsewhere `connect` fails and the app says so.

use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::protocol::xproto::{Atom, AtomEnum, ConnectionExt as _, Window};
use x11rb::rust_connection::RustConnection;

#[derive(Debug, thiserror::Error)]
pub enum IdleError {
    #[error("no X11 display to ask for idle time: {0}")]
    Connect(String),
    #[error("the X server does not offer the MIT-SCREEN-SAVER extension")]
    NoExtension,
    #[error("X11 request failed: {0}")]
    Request(String),
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
