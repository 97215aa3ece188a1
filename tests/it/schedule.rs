//! Integration tests: `unknot schedule` as a user runs it, with the built-in
//! default config (empty HOME) in Europe/Berlin.

use assert_cmd::Command;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime};

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `unknot schedule ARGS` with no config file, so the embedded default applies.
fn schedule(args: &[&str]) -> Run {
    schedule_in("C", args)
}

/// `schedule` under `LANG=locale`.
fn schedule_in(locale: &str, args: &[&str]) -> Run {
    let home = tempfile::tempdir().expect("a temp dir");
    let output = Command::cargo_bin("unknot")
        .expect("the unknot binary is built")
        .current_dir(home.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env_remove("UNKNOT_CONFIG")
        .env("TZ", "Europe/Berlin")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .arg("schedule")
        .args(args)
        .output()
        .expect("unknot runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// One planned break from `--json`.
struct Planned {
    at: DateTime<FixedOffset>,
    name: String,
    daily: bool,
    duration: Duration,
}

fn week_json() -> Vec<Planned> {
    let run = schedule(&[
        "--from",
        "2026-03-02T08:00",
        "--until",
        "2026-03-07T00:00",
        "--json",
    ]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("--json prints JSON ({e}):\n{}", run.stdout));
    assert_eq!(json["from"], "2026-03-02T08:00:00+01:00");
    assert_eq!(json["until"], "2026-03-07T00:00:00+01:00");
    let breaks = json["breaks"].as_array().expect("a breaks array");
    breaks
        .iter()
        .map(|b| Planned {
            at: DateTime::parse_from_rfc3339(b["at"].as_str().expect("at is a string"))
                .expect("at is RFC 3339"),
            name: b["name"].as_str().expect("a name").to_owned(),
            daily: b["daily"].as_bool().expect("daily is a bool"),
            duration: Duration::seconds(
                b["duration_secs"]
                    .as_i64()
                    .expect("duration_secs is a number"),
            ),
        })
        .collect()
}

fn hm(s: &str) -> NaiveTime {
    NaiveTime::parse_from_str(s, "%H:%M").expect("a time")
}

#[test]
fn a_working_week_has_breaks_on_weekdays_inside_working_hours() {
    let breaks = week_json();
    assert!(!breaks.is_empty());
    for b in &breaks {
        let local = b.at.naive_local();
        assert!(
            local.weekday().num_days_from_monday() < 5,
            "{} on a weekend",
            local
        );
        assert!(
            hm("09:00") <= local.time() && local.time() < hm("18:00"),
            "{} outside 09:00-18:00",
            local
        );
    }
}

#[test]
fn the_daily_routine_comes_once_a_day_at_15_00() {
    let daily: Vec<String> = week_json()
        .iter()
        .filter(|b| b.daily)
        .map(|b| b.at.naive_local().format("%a %H:%M").to_string())
        .collect();
    assert_eq!(
        daily,
        [
            "Mon 15:00",
            "Tue 15:00",
            "Wed 15:00",
            "Thu 15:00",
            "Fri 15:00"
        ]
    );
}

#[test]
fn desk_resets_come_about_every_50_minutes_of_work() {
    let breaks = week_json();
    let first = breaks.first().expect("a first break");
    assert_eq!(
        first.at.naive_local().format("%a %H:%M").to_string(),
        "Mon 09:50"
    );
    assert_eq!(first.name, "Desk reset");
    let mut gaps = 0;
    for pair in breaks.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.at.date_naive() != b.at.date_naive() || b.daily {
            continue;
        }
        // 50 minutes of work after the previous break ends.
        let work = b.at - a.at - a.duration;
        assert!(
            Duration::minutes(45) <= work && work <= Duration::minutes(55),
            "{} min of work between {} and {}",
            work.num_minutes(),
            a.at,
            b.at
        );
        gaps += 1;
    }
    // About nine a day.
    assert!(gaps >= 5 * 6, "only {gaps} desk-reset intervals in a week");
}

#[test]
fn the_table_lists_one_break_a_line() {
    let run = schedule(&["--from", "2026-03-02 08:00", "--until", "2026-03-02 12:00"]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.len() >= 3, "{}", run.stdout);
    assert!(
        lines[1].starts_with("Mon 2026-03-02 09:50") && lines[1].contains("Desk reset"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_idle_period_moves_the_next_desk_reset() {
    let run = schedule(&[
        "--from",
        "2026-03-02T09:00",
        "--until",
        "2026-03-02T11:00",
        "--idle",
        "2026-03-02T09:30/20m",
        "--json",
    ]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["breaks"][0]["at"], "2026-03-02T10:40:00+01:00");
}

#[test]
fn a_bad_from_is_refused_with_exit_code_2() {
    let run = schedule(&["--from", "next monday"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("--from"), "stderr: {}", run.stderr);
    assert!(
        run.stderr.contains("2026-03-02T08:00"),
        "the message shows the format: {}",
        run.stderr
    );
}

#[test]
fn an_until_before_from_is_refused_with_exit_code_2() {
    let run = schedule(&["--from", "2026-03-02T08:00", "--until", "2026-03-01T08:00"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("--until"), "stderr: {}", run.stderr);
}

#[test]
fn a_bad_idle_period_is_refused_with_exit_code_2() {
    let run = schedule(&["--from", "2026-03-02T08:00", "--idle", "2026-03-02T12:00"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("--idle"), "stderr: {}", run.stderr);
}

#[test]
fn the_shoulder_checks_follow_the_breaks_a_line_a_day() {
    // 09:00 to 12:00 on Monday with the default config: two checks before
    // and between the desk resets at 09:50, 10:43 and 11:36 (20 and 40
    // minutes after each ends), and 11:59 after the last.
    let run = schedule(&["--from", "2026-03-02T09:00", "--until", "2026-03-02T12:00"]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("Shoulder checks "))
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(
        line,
        "Shoulder checks Mon 2026-03-02 (7): 09:20 09:40 10:13 10:33 11:06 11:26 11:59"
    );
    let json = schedule(&[
        "--from",
        "2026-03-02T09:00",
        "--until",
        "2026-03-02T12:00",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let checks = json["shoulder_checks"].as_array().expect("a list");
    assert_eq!(checks.len(), 7);
    assert_eq!(checks[0], "2026-03-02T09:20:00+01:00");
}

/// The table in German: its heading, weekdays and dates as Germans write
/// them, not chrono's English `%a`, and the default break's name in
/// German; `--json` names the break as the config stores it.
#[test]
fn the_table_speaks_the_language_of_lang() {
    let run = schedule_in(
        "de_DE.UTF-8",
        &["--from", "2026-03-02T09:00", "--until", "2026-03-02T12:00"],
    );
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("Pausen von Mo 02.03.2026 09:00 bis Mo 02.03.2026 12:00"),
        "{}",
        run.stdout
    );
    let desk = unknot::i18n::lookup(unknot::i18n::Lang::De, "break-name-desk-reset", None)
        .expect("German names the desk reset");
    assert!(
        lines[1].starts_with(&format!("Mo 02.03.2026 09:50  {desk}  desk-reset")),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Desk reset"), "{}", run.stdout);
    let json = schedule_in(
        "de_DE.UTF-8",
        &[
            "--from",
            "2026-03-02T09:00",
            "--until",
            "2026-03-02T12:00",
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(json["breaks"][0]["name"], "Desk reset", "{json:#}");
    assert!(
        run.stdout
            .contains("Schulter-Checks am Mo 02.03.2026 (7): 09:20 09:40"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Mon "), "{}", run.stdout);
}
