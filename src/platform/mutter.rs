//! Idle time from GNOME's compositor (Mutter, inside gnome-shell), which
//! offers no Wayland idle protocol before GNOME 48: the session-bus method
//! `org.gnome.Mutter.IdleMonitor.GetIdletime` on `/org/gnome/Mutter/IdleMonitor/Core`
//! answers the milliseconds since the last input. Asked once per engine tick.

use std::time::Duration;

use crate::platform::idle::IdleError;

const NAME: &str = "org.gnome.Mutter.IdleMonitor";
const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";
/// A stuck compositor must not stall the engine (D-Bus's own limit is 25 s).
const LIMIT: Duration = Duration::from_secs(2);

/// A session-bus connection to Mutter's idle monitor.
pub struct MutterIdle {
    conn: zbus::Connection,
}

impl MutterIdle {
    /// Connects to the session bus and asks once; `Err` when no Mutter answers.
    pub async fn connect() -> Result<MutterIdle, IdleError> {
        let conn = zbus::Connection::session()
            .await
            .map_err(|e| IdleError::Wayland(format!("no session bus: {e}")))?;
        let monitor = MutterIdle { conn };
        monitor
            .idle()
            .await
            .map_err(|e| IdleError::Wayland(format!("no GNOME idle monitor ({e})")))?;
        Ok(monitor)
    }

    /// Time since the last key press or pointer move, as Mutter counts it.
    pub async fn idle(&self) -> Result<Duration, IdleError> {
        let call = self
            .conn
            .call_method(Some(NAME), PATH, Some(NAME), "GetIdletime", &());
        let reply = tokio::time::timeout(LIMIT, call)
            .await
            .map_err(|_| IdleError::Wayland(format!("{NAME} did not answer in time")))?
            .map_err(|e| IdleError::Wayland(format!("{NAME}: {e}")))?;
        let ms: u64 = reply
            .body()
            .deserialize()
            .map_err(|e| IdleError::Wayland(format!("{NAME}: {e}")))?;
        Ok(Duration::from_millis(ms))
    }
}
