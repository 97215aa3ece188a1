//! The current time as the shell reads it: a monotonic and a wall clock.

use std::time::Duration;

use chrono::{DateTime, TimeZone};

/// The current time as the shell reads it, handed to the engine with every input.
#[derive(Debug, Clone, PartialEq)]
pub struct Now<Tz: TimeZone> {
    /// A monotonic clock since an arbitrary origin (the shell's process start).
    /// It stops while the machine is suspended; only its differences matter.
    pub mono: Duration,
    /// The wall clock in the user's zone. It may jump (NTP, manual change);
    /// working hours, fixed-time breaks and deadlines are read on it.
    pub wall: DateTime<Tz>,
}

impl<Tz: TimeZone> Now<Tz> {
    pub fn new(mono: Duration, wall: DateTime<Tz>) -> Self {
        Now { mono, wall }
    }
}
