//! The config's units: durations (`90s`, `1h30m`), clock times and hour ranges.

use std::time::Duration;

use chrono::NaiveTime;

use super::{DurationError, TimeRange};

/// Parses `"90s"`, `"50m"`, `"1h30m"`: units h, m, s in that order, each at
/// most once, whole numbers only, total above zero.
pub fn parse_duration(s: &str) -> Result<Duration, DurationError> {
    match parse_duration_or_zero(s) {
        None => Err(DurationError::Format),
        Some(d) if d.is_zero() => Err(DurationError::Zero),
        Some(d) => Ok(d),
    }
}

/// The duration grammar without the "above zero" rule, so the walker can
/// report `"0s"` as out of range rather than as malformed.
pub(crate) fn parse_duration_or_zero(s: &str) -> Option<Duration> {
    let mut total: u64 = 0;
    let mut number: Option<u64> = None;
    let mut last_rank = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                let n = number.unwrap_or(0).checked_mul(10)?;
                number = Some(n.checked_add(u64::from(b - b'0'))?);
            }
            b'h' | b'm' | b's' => {
                let (rank, unit) = match b {
                    b'h' => (1, 3600),
                    b'm' => (2, 60),
                    _ => (3, 1),
                };
                if rank <= last_rank {
                    return None;
                }
                last_rank = rank;
                total = total.checked_add(number.take()?.checked_mul(unit)?)?;
            }
            _ => return None,
        }
    }
    if number.is_some() || last_rank == 0 {
        return None;
    }
    Some(Duration::from_secs(total))
}

/// The canonical spelling: `1h30m`, `50m`, `1m30s`, `0s`.
pub fn format_duration(d: Duration) -> String {
    let secs = d.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if s > 0 || out.is_empty() {
        out.push_str(&format!("{s}s"));
    }
    out
}

/// `"HH:MM"` to minutes since midnight: 00:00–23:59, and 24:00 when `allow_24`.
pub(crate) fn parse_minutes(s: &str, allow_24: bool) -> Option<u16> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    let digit = |i: usize| -> Option<u16> {
        let c = b[i];
        c.is_ascii_digit().then(|| u16::from(c - b'0'))
    };
    let h = digit(0)? * 10 + digit(1)?;
    let m = digit(3)? * 10 + digit(4)?;
    match (h, m) {
        (0..=23, 0..=59) => Some(h * 60 + m),
        (24, 0) if allow_24 => Some(24 * 60),
        _ => None,
    }
}

/// Parses a local time `"HH:MM"`, 00:00 to 23:59.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let m = parse_minutes(s, false)?;
    NaiveTime::from_hms_opt(u32::from(m / 60), u32::from(m % 60), 0)
}

/// Why a working-hours range was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RangeError {
    Format,
    Reversed,
}

/// `"09:00-12:30"`; the end may be `24:00`; the end must come after the start.
pub(crate) fn parse_time_range(s: &str) -> Result<TimeRange, RangeError> {
    let (start, end) = s.split_once('-').ok_or(RangeError::Format)?;
    let start_min = parse_minutes(start, false).ok_or(RangeError::Format)?;
    let end_min = parse_minutes(end, true).ok_or(RangeError::Format)?;
    if end_min <= start_min {
        return Err(RangeError::Reversed);
    }
    Ok(TimeRange { start_min, end_min })
}

pub(crate) fn format_minutes(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}
