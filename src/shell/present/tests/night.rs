use super::*;

/// Late at night a break by activity 50 min away reads "in 50 min", not
/// "at Tue 00:20"; a fixed-time break after midnight keeps its day.
#[test]
fn a_break_soon_after_midnight_reads_in_minutes() {
    let late = wall() + Duration::minutes(13 * 60 + 30);
    let next = |name| status(Mode::Idle, Some((name, Duration::minutes(14 * 60 + 20))));
    let read = |name| status_line(&next(name), &Config::default(), late, PLAIN);
    assert!(read("Desk reset").starts_with("Desk reset in 50 min"));
    assert!(read("Daily routine").starts_with("Daily routine at Tue 00:20"));
}
