//! Idle time from a Wayland compositor that announces it: `ext_idle_notifier_v1`
//! (KDE Plasma ≥ 5.27, sway ≥ 1.8, Hyprland, niri, COSMIC) or `org_kde_kwin_idle`
//! (sway 1.7, older KDE Plasma). Both only say "no input for at least T" (idled)
//! and "input again" (resumed), so the idle time is derived from when those
//! events arrive: idle since the idled event minus T, and less than T (shown
//! as zero) while active. A thread blocks reading the connection, so nothing
//! wakes while the user is away; each pause of at least T costs two events.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_registry, wl_seat::WlSeat};
use wayland_client::{delegate_noop, Connection, Dispatch, EventQueue, Proxy, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notification_v1::{
    self, ExtIdleNotificationV1,
};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notifier_v1::ExtIdleNotifierV1;
use wayland_protocols_plasma::idle::client::org_kde_kwin_idle::OrgKdeKwinIdle;
use wayland_protocols_plasma::idle::client::org_kde_kwin_idle_timeout::{
    self, OrgKdeKwinIdleTimeout,
};

use crate::platform::clock::Clock;
use crate::platform::idle::IdleError;

/// How long without input before the compositor says "idled". Shorter is
/// more exact (idle time reads zero below it) and costs more events.
pub const THRESHOLD: Duration = Duration::from_secs(5);

/// Which protocol the compositor offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// `ext_idle_notifier_v1`; version 2's input-only notification when offered.
    ExtIdleNotify { input_only: bool },
    /// `org_kde_kwin_idle`.
    KdeIdle,
}

impl Protocol {
    pub fn name(self) -> &'static str {
        match self {
            Protocol::ExtIdleNotify { .. } => "ext-idle-notify-v1",
            Protocol::KdeIdle => "org_kde_kwin_idle",
        }
    }
}

/// What the events said, on the monotonic clock of `Clock::mono`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Seen {
    /// When the last "idled" arrived, if no "resumed" came since.
    idled_at: Option<Duration>,
    /// Why the connection ended, if it did.
    lost: Option<String>,
}

/// Idle time from the events: the user has been away since `idled_at − T`;
/// without an idled event they were active less than `T` ago, read as zero.
fn idle_for(idled_at: Option<Duration>, now: Duration, threshold: Duration) -> Duration {
    match idled_at {
        Some(at) => now.saturating_sub(at) + threshold,
        None => Duration::ZERO,
    }
}

/// A live subscription to the compositor's idle events.
pub struct WaylandIdle {
    seen: Arc<Mutex<Seen>>,
    clock: Clock,
    protocol: Protocol,
}

impl WaylandIdle {
    /// Connects to `$WAYLAND_DISPLAY`, subscribes to idle events and starts
    /// the thread that reads them. `Err` when there is no compositor or it
    /// offers neither protocol.
    pub fn connect(clock: Clock) -> Result<WaylandIdle, IdleError> {
        let conn = Connection::connect_to_env()
            .map_err(|e| IdleError::Wayland(format!("no Wayland compositor: {e}")))?;
        let (globals, mut queue) = registry_queue_init::<Reader>(&conn)
            .map_err(|e| IdleError::Wayland(format!("Wayland registry: {e}")))?;
        let qh = queue.handle();
        let seen = Arc::new(Mutex::new(Seen::default()));
        let mut reader = Reader {
            seen: seen.clone(),
            clock,
        };
        let seat: WlSeat = globals
            .bind(&qh, 1..=1, ())
            .map_err(|_| IdleError::Wayland("the Wayland compositor has no seat".into()))?;
        let ms = u32::try_from(THRESHOLD.as_millis()).unwrap_or(u32::MAX);
        let (protocol, subscription) =
            if let Ok(notifier) = globals.bind::<ExtIdleNotifierV1, _, _>(&qh, 1..=2, ()) {
                // Version 2 can ignore idle inhibitors (a playing video): only input counts.
                let input_only = notifier.version() >= 2;
                let notification = if input_only {
                    notifier.get_input_idle_notification(ms, &seat, &qh, ())
                } else {
                    notifier.get_idle_notification(ms, &seat, &qh, ())
                };
                (
                    Protocol::ExtIdleNotify { input_only },
                    Subscription::Ext(notifier, notification),
                )
            } else if let Ok(idle) = globals.bind::<OrgKdeKwinIdle, _, _>(&qh, 1..=1, ()) {
                let timeout = idle.get_idle_timeout(&seat, ms, &qh, ());
                (Protocol::KdeIdle, Subscription::Kde(idle, timeout))
            } else {
                return Err(IdleError::Wayland(
                    "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle".into(),
                ));
            };
        // The compositor has taken the subscription (or said why not).
        queue
            .roundtrip(&mut reader)
            .map_err(|e| IdleError::Wayland(format!("Wayland: {e}")))?;
        std::thread::Builder::new()
            .name("unknot-idle".into())
            .spawn(move || read_events(queue, reader, seat, subscription))
            .map_err(|e| IdleError::Wayland(format!("cannot start the idle thread: {e}")))?;
        Ok(WaylandIdle {
            seen,
            clock,
            protocol,
        })
    }

    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Time since the last input, from the events so far (no I/O).
    pub fn idle(&self) -> Result<Duration, IdleError> {
        let seen = lock(&self.seen);
        if let Some(why) = &seen.lost {
            return Err(IdleError::Wayland(format!(
                "lost the Wayland compositor: {why}"
            )));
        }
        Ok(idle_for(seen.idled_at, self.clock.mono(), THRESHOLD))
    }
}

/// Kept alive for as long as the thread reads: dropping them unsubscribes.
#[allow(dead_code)]
enum Subscription {
    Ext(ExtIdleNotifierV1, ExtIdleNotificationV1),
    Kde(OrgKdeKwinIdle, OrgKdeKwinIdleTimeout),
}

/// Blocks in the dispatch until the compositor goes away (the session ends).
fn read_events(
    mut queue: EventQueue<Reader>,
    mut reader: Reader,
    _seat: WlSeat,
    _subscription: Subscription,
) {
    loop {
        if let Err(e) = queue.blocking_dispatch(&mut reader) {
            lock(&reader.seen).lost = Some(e.to_string());
            return;
        }
    }
}

fn lock(seen: &Mutex<Seen>) -> MutexGuard<'_, Seen> {
    seen.lock().unwrap_or_else(|e| e.into_inner())
}

/// The event handler on the reading thread.
struct Reader {
    seen: Arc<Mutex<Seen>>,
    clock: Clock,
}

impl Reader {
    fn idled(&self, idle: bool) {
        lock(&self.seen).idled_at = idle.then(|| self.clock.mono());
    }
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Reader {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        // Globals coming and going later do not matter: the seat and the
        // notifier were bound at the start.
    }
}

impl Dispatch<ExtIdleNotificationV1, ()> for Reader {
    fn event(
        reader: &mut Self,
        _: &ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => reader.idled(true),
            ext_idle_notification_v1::Event::Resumed => reader.idled(false),
            _ => {}
        }
    }
}

impl Dispatch<OrgKdeKwinIdleTimeout, ()> for Reader {
    fn event(
        reader: &mut Self,
        _: &OrgKdeKwinIdleTimeout,
        event: org_kde_kwin_idle_timeout::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            org_kde_kwin_idle_timeout::Event::Idle => reader.idled(true),
            org_kde_kwin_idle_timeout::Event::Resumed => reader.idled(false),
            _ => {}
        }
    }
}

delegate_noop!(Reader: ignore WlSeat);
delegate_noop!(Reader: ExtIdleNotifierV1);
delegate_noop!(Reader: OrgKdeKwinIdle);

#[cfg(test)]
mod tests {
    use super::*;

    const T: Duration = THRESHOLD;

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    #[test]
    fn active_reads_as_zero() {
        assert_eq!(idle_for(None, s(100), T), Duration::ZERO);
    }

    #[test]
    fn idle_counts_from_the_last_input_before_the_idled_event() {
        // Idled at 100 s means no input since 100 − T.
        assert_eq!(idle_for(Some(s(100)), s(100), T), T);
        assert_eq!(idle_for(Some(s(100)), s(160), T), s(60) + T);
    }

    #[test]
    fn a_clock_behind_the_event_never_underflows() {
        assert_eq!(idle_for(Some(s(100)), s(90), T), T);
    }
}
