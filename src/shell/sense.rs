//! What the app senses each tick: idle time and the quiet times that hold a
//! break.

use std::time::Duration;

use super::core::Core;
use crate::engine::Input;
use crate::platform::do_not_disturb::Quiet;
use crate::platform::idle::IdleSource;
use crate::platform::notify::Notifier;

impl Core {
    /// Reads idle time and do-not-disturb and tells the engine what changed.
    pub(super) async fn sense(&mut self, notifier: &Notifier) {
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
    pub(super) async fn quiet(&self, notifier: &Notifier) -> Option<Quiet> {
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
        if !self.engine.break_near() {
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
}
