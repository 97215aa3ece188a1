//! The only place the app reads clocks: a monotonic origin for `Now::mono`
//! and the local wall clock for `Now::wall`.

// This module is the one exception clippy.toml's `disallowed-methods` allows.
#![allow(clippy::disallowed_methods)]

use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use crate::values::Now;

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    origin: Instant,
}

impl Clock {
    pub fn new() -> Clock {
        Clock {
            origin: Instant::now(),
        }
    }

    /// The engine's view of the present.
    pub fn now(&self) -> Now<Local> {
        Now::new(self.mono(), Local::now())
    }

    /// Monotonic time since this clock was made (stops during suspend).
    pub fn mono(&self) -> Duration {
        self.origin.elapsed()
    }

    /// Milliseconds since this clock was made, for the guided player.
    pub fn mono_ms(&self) -> u64 {
        u64::try_from(self.mono().as_millis()).unwrap_or(u64::MAX)
    }

    pub fn wall(&self) -> DateTime<Local> {
        Local::now()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new()
    }
}
