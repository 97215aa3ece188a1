//! Integration tests: history, stats and durability. `unknot stats` runs as a
//! user runs it, with fresh HOME and XDG folders; the durability test kills a
//! writer process (this test binary, re-run) mid-write, again and again.

use std::collections::HashSet;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::home::Home;
use chrono::{
    DateTime, Datelike as _, Days, FixedOffset, Local, NaiveDate, Offset as _, TimeZone as _,
    Weekday,
};
use unknot::engine::{EngineState, HistoryEvent, STATE_VERSION};
use unknot::history::{self, History, ProblemKind, RecordId};
use unknot::values::ExerciseOutcome;

// ---- unknot stats ----

/// `hh:mm` local time on `day`, in today's UTC offset.
fn local(day: NaiveDate, hour: u32) -> DateTime<FixedOffset> {
    let offset = Local::now().offset().fix();
    let naive = day.and_hms_opt(hour, 0, 0).expect("a valid hour");
    offset
        .from_local_datetime(&naive)
        .single()
        .expect("a fixed offset has one local time")
}

fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `n` working days before `today`, nearest first.
fn working_days_before(today: NaiveDate, n: usize) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    let mut day = today;
    while days.len() < n {
        day = day.pred_opt().expect("a date after year 1");
        if is_working_day(day) {
            days.push(day);
        }
    }
    days
}

fn desk(event: &str, at: DateTime<FixedOffset>) -> HistoryEvent {
    let (break_name, routine) = ("Desk reset".to_string(), "desk-reset".to_string());
    match event {
        "offered" => HistoryEvent::Offered {
            break_name,
            routine,
            at,
        },
        "snoozed" => HistoryEvent::Snoozed {
            break_name,
            routine,
            at,
            snoozes_left: 2,
        },
        "skipped" => HistoryEvent::Skipped {
            break_name,
            routine,
            at,
        },
        "ignored" => HistoryEvent::Ignored {
            break_name,
            routine,
            at,
        },
        other => panic!("no desk event {other}"),
    }
}

/// The daily routine offered, started and fully done on `day`.
fn daily_done(day: NaiveDate) -> Vec<HistoryEvent> {
    let (break_name, routine) = ("Daily routine".to_string(), "upper-trap".to_string());
    vec![
        HistoryEvent::Offered {
            break_name: break_name.clone(),
            routine: routine.clone(),
            at: local(day, 15),
        },
        HistoryEvent::Started {
            break_name: break_name.clone(),
            routine: routine.clone(),
            at: local(day, 15),
            session: None,
        },
        HistoryEvent::Completed {
            break_name,
            routine,
            at: local(day, 16),
            outcomes: vec![ExerciseOutcome::Done; 4],
            day_done: true,
            lost: false,
            session: None,
            level: None,
            tension_before: None,
            stopped_for_pain: false,
            pain_exercise: None,
            pain_side: None,
        },
    ]
}

#[test]
fn stats_with_no_history_is_friendly_and_all_zero() {
    let home = Home::new();
    let (code, out, err) = home.run(&["stats"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    assert!(out.starts_with("No breaks recorded yet"), "{out}");
    assert!(
        out.contains("Current streak: 0 working days (best: 0 working days)"),
        "{out}"
    );
    assert!(
        out.contains("Completion rate: – (no breaks offered)"),
        "{out}"
    );
    assert_eq!(err, "");
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    // The default window is 14 days, one row each, between header and total;
    // then the 12 weeks (their rows have the tension arrow).
    let rows = out
        .lines()
        .filter(|l| l.starts_with("20") && !l.contains('→'))
        .count();
    assert_eq!(rows, 14, "{out}");
    let weeks = out
        .lines()
        .filter(|l| l.starts_with("20") && l.contains('→'))
        .count();
    assert_eq!(weeks, 12, "{out}");
    assert!(out.contains("This week: routine on 0 of 5 days"), "{out}");

    let (code, out, err) = home.run(&["stats", "--json", "--days", "3"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("stats --json is JSON");
    assert_eq!(json["records"], 0);
    assert_eq!(json["per_day"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["streak"]["current"], 0);
    assert_eq!(json["completion_rate"], serde_json::Value::Null);
    assert!(
        !home.state_dir().exists(),
        "stats only reads; it must not create the folder"
    );
}

#[test]
fn stats_count_the_days_and_the_streaks_in_the_table_and_json() {
    let home = Home::new();
    let today = Local::now().date_naive();
    let working = working_days_before(today, 9);
    // Done on the last three working days (the current streak: today is
    // still pending), missed on the fourth, done on the five before (best).
    let done: Vec<NaiveDate> = working[..3].iter().chain(&working[4..9]).copied().collect();
    let mut events: Vec<HistoryEvent> = done.iter().flat_map(|d| daily_done(*d)).collect();
    let w1 = working[0];
    events.extend([
        desk("offered", local(w1, 10)),
        desk("snoozed", local(w1, 10)),
        desk("skipped", local(w1, 10)),
        desk("offered", local(w1, 11)),
        desk("ignored", local(w1, 11)),
        HistoryEvent::NaturalBreak {
            from: local(w1, 12),
            until: local(w1, 13),
        },
    ]);
    // Long before the window: in the streak's history, not in the counts.
    events.extend(daily_done(today - Days::new(400)));
    home.record(&events);

    let config = unknot::config::parse(unknot::config::EXAMPLE.as_bytes(), "test")
        .expect("the example parses");
    let upper = unknot::routine::compile(
        &unknot::routine::find(&config.routines, config.upper_trap, "upper-trap")
            .expect("a built-in"),
    );

    let (code, out, err) = home.run(&["stats", "--days", "20", "--json"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    assert_eq!(err, "");
    let json: serde_json::Value = serde_json::from_str(&out).expect("stats --json is JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["today"], today.to_string());
    assert_eq!(json["records"], events.len());
    assert_eq!(json["streak"]["current"], 3);
    assert_eq!(json["streak"]["best"], 5);
    let totals = &json["totals"];
    assert_eq!(totals["offered"], 10);
    assert_eq!(totals["taken"], 8);
    assert_eq!(totals["completed"], 8);
    assert_eq!(totals["daily_done_days"], 8);
    assert_eq!(totals["exercise_ms"], 8 * upper.total_ms);
    assert_eq!(json["completion_rate"], 0.8);
    let per_day = json["per_day"].as_array().expect("per_day is a list");
    assert_eq!(per_day.len(), 20);
    let day1 = per_day
        .iter()
        .find(|d| d["date"] == w1.to_string())
        .expect("the last working day is in the window");
    for (key, want) in [
        ("offered", 3),
        ("taken", 1),
        ("completed", 1),
        ("snoozed", 1),
        ("skipped", 1),
        ("ignored", 1),
        ("natural_breaks", 1),
    ] {
        assert_eq!(day1[key], want, "{key} on {w1}: {day1}");
    }
    assert_eq!(day1["daily_done"], true);
    assert_eq!(day1["weekday"], w1.weekday().to_string());
    let missed = per_day
        .iter()
        .find(|d| d["date"] == working[3].to_string())
        .expect("the missed day is in the window");
    assert_eq!(missed["daily_done"], false);
    let exercises = json["exercises"].as_array().expect("exercises is a list");
    assert_eq!(exercises.len(), upper.exercises.len());
    for span in &upper.exercises {
        assert!(
            exercises
                .iter()
                .any(|e| e["title"] == span.title && e["done"] == 8),
            "{} done 8 times in {exercises:?}",
            span.title
        );
    }

    let (code, out, err) = home.run(&["stats", "--days", "20"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    assert!(!out.contains("No breaks recorded yet"), "{out}");
    assert!(
        out.contains("Current streak: 3 working days (best: 5 working days)"),
        "{out}"
    );
    assert!(
        out.contains("Completion rate: 80% (8 completed, 10 offered)"),
        "{out}"
    );
    let row = out
        .lines()
        .find(|l| l.starts_with(&w1.to_string()))
        .unwrap_or_else(|| panic!("a row for {w1}:\n{out}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    let minutes = format!("{:.1}", upper.total_ms as f64 / 60_000.0);
    assert_eq!(
        cells[1..],
        [
            &w1.weekday().to_string(),
            "3",
            "1",
            "1",
            "1",
            "1",
            "1",
            "1",
            &minutes,
            "✓"
        ],
        "{row}"
    );
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
}

#[test]
fn stats_report_a_torn_last_line_and_still_print() {
    let home = Home::new();
    let today = Local::now().date_naive();
    home.record(&[desk("offered", local(today, 9))]);
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(home.state_dir().join(history::HISTORY_FILE))
        .expect("the history exists");
    file.write_all(br#"{"v":1,"id":"cut","event":"offe"#)
        .expect("appends");

    let (code, out, err) = home.run(&["stats"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    assert!(
        err.contains("history.jsonl: line 2: the last record is cut off"),
        "{err}"
    );
    assert!(
        out.contains("Completion rate: 0% (0 completed, 1 offered)"),
        "{out}"
    );

    let (code, out, err) = home.run(&["stats", "--json"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("stats --json is JSON");
    assert_eq!(json["totals"]["offered"], 1);
    assert_eq!(json["problems"].as_array().map(Vec::len), Some(1));
}

// ---- durability ----

/// Names the state folder for the writer child; without it the child test is a no-op.
const DURABILITY_DIR: &str = "UNKNOT_DURABILITY_DIR";
const KILLS: u64 = 60;

fn engine_state(n: u64) -> EngineState {
    EngineState {
        version: STATE_VERSION,
        saved_at: DateTime::parse_from_rfc3339("2026-03-02T09:00:00+01:00").expect("a time"),
        breaks: Default::default(),
        daily_done_on: None,
        summary_week: None,
        paused: None,
        pending: None,
        // A counter the parent can check: which save is on disk.
        off_hours_ms: n,
        keys_said: 0,
        check_active_ms: 0,
        check_told: false,
    }
}

/// The writer the durability test kills. It appends events and saves the
/// state forever, reporting each on stdout only once the call returned (so
/// once it is on disk): `APPENDED <id>`, and `SAVING n` / `SAVED n`.
#[test]
fn durability_writer_child() {
    let Some(dir) = std::env::var_os(DURABILITY_DIR) else {
        return;
    };
    let dir = PathBuf::from(dir);
    let history = History::open(&dir).expect("the child opens the history");
    let loaded = history::load_state(&dir).expect("the child loads the state");
    assert!(loaded.moved_aside.is_none(), "{:?}", loaded.moved_aside);
    let start = loaded.state.map_or(0, |s| s.off_hours_ms);
    let base = DateTime::parse_from_rfc3339("2026-03-02T09:00:00+01:00").expect("a time");
    println!("READY");
    // Bounded only so that an orphan cannot run forever; the parent kills it
    // long before.
    for n in start + 1..start + 1_000_000 {
        let event = HistoryEvent::Offered {
            break_name: "Desk reset".into(),
            routine: "desk-reset".into(),
            at: base + chrono::TimeDelta::seconds(n as i64),
        };
        let id = history.append(&event).expect("the child appends");
        println!("APPENDED {id}");
        if n % 3 == 0 {
            println!("SAVING {n}");
            history::save_state(&dir, &engine_state(n)).expect("the child saves");
            println!("SAVED {n}");
        }
    }
}

/// What one child reported, from its complete stdout lines.
#[derive(Default)]
struct Reports {
    appended: Vec<RecordId>,
    saving: Option<u64>,
    saved: Option<u64>,
}

fn parse_reports(stdout: &[u8]) -> Reports {
    let mut reports = Reports::default();
    let mut lines: Vec<&[u8]> = stdout.split(|b| *b == b'\n').collect();
    // The piece after the last newline may be cut by the kill: not a report.
    lines.pop();
    for line in lines {
        let line = String::from_utf8_lossy(line);
        // libtest may print "test … ... " on the same line before ours.
        for (marker, slot) in [("SAVING ", 0), ("SAVED ", 1), ("APPENDED ", 2)] {
            if let Some(at) = line.find(marker) {
                let value = line[at + marker.len()..].trim();
                match slot {
                    0 => reports.saving = value.parse().ok(),
                    1 => reports.saved = value.parse().ok(),
                    _ => reports.appended.push(RecordId(value.to_string())),
                }
            }
        }
    }
    reports
}

/// A small LCG, so that each run kills at the same varied moments.
fn sleep_ms(iteration: u64) -> u64 {
    let x = iteration
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (x >> 33) % 21
}

#[test]
fn history_and_state_survive_the_writer_being_killed_at_any_moment() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let dir = temp.path().join("unknot");
    let child_stderr = temp.path().join("child-stderr");
    let exe = std::env::current_exe().expect("the test binary's path");
    let started = Instant::now();
    let mut reported: Vec<RecordId> = Vec::new();
    let mut on_disk: Option<u64> = None;
    let mut torn_lines: HashSet<usize> = HashSet::new();

    for i in 0..KILLS {
        let mut child = std::process::Command::new(&exe)
            .args(["--exact", "history::durability_writer_child", "--nocapture"])
            .env(DURABILITY_DIR, &dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&child_stderr).expect("a stderr file"))
            .spawn()
            .expect("the writer child starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut line = String::new();
        loop {
            line.clear();
            let n = stdout
                .read_line(&mut line)
                .expect("reads the child's stdout");
            if n == 0 {
                let err = std::fs::read_to_string(&child_stderr).unwrap_or_default();
                panic!("iteration {i}: the child ended before it was ready:\n{err}");
            }
            if line.contains("READY") {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(sleep_ms(i)));
        child.kill().expect("SIGKILL the child");
        child.wait().expect("reap the child");
        let mut rest = Vec::new();
        stdout
            .read_to_end(&mut rest)
            .expect("reads the rest of stdout");
        let reports = parse_reports(&rest);
        reported.extend(reports.appended);

        // The state is the last one saved, or the one being saved when killed.
        let load = history::load_state(&dir).expect("the state loads");
        assert!(
            load.moved_aside.is_none(),
            "iteration {i}: {:?}",
            load.moved_aside
        );
        let now_on_disk = load.state.map(|s| s.off_hours_ms);
        let committed = reports.saved.or(on_disk);
        let allowed = [
            committed,
            reports.saving.filter(|n| Some(*n) != reports.saved),
        ];
        assert!(
            allowed.contains(&now_on_disk),
            "iteration {i}: state {now_on_disk:?}, expected one of {allowed:?}"
        );
        on_disk = now_on_disk;

        // Every reported record is there; at most the last line is torn.
        let read = history::read(&dir).expect("the history reads");
        // Killed before its first append, the writer has made no file yet.
        let file = match std::fs::read(dir.join(history::HISTORY_FILE)) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                assert!(
                    reported.is_empty(),
                    "iteration {i}: records were reported written, but there is no history"
                );
                Vec::new()
            }
            Err(e) => panic!("iteration {i}: reading the history: {e}"),
        };
        let last_line = file.split(|b| *b == b'\n').count();
        for problem in &read.problems {
            match problem.kind {
                ProblemKind::TornLastLine if problem.line == last_line => {
                    torn_lines.insert(problem.line);
                }
                ProblemKind::Incomplete if torn_lines.contains(&problem.line) => {}
                _ => panic!("iteration {i}: {problem}"),
            }
        }
        let ids: HashSet<&RecordId> = read.records.iter().map(|r| &r.id).collect();
        assert_eq!(ids.len(), read.records.len(), "iteration {i}: ids repeat");
        for id in &reported {
            assert!(ids.contains(id), "iteration {i}: reported {id} is missing");
        }
    }

    assert!(
        reported.len() as u64 >= KILLS,
        "the children wrote too little: {}",
        reported.len()
    );
    assert!(on_disk.is_some(), "no state was ever saved");
    // No stray files: nothing moved aside; a temp file only from a kill mid-save.
    for entry in std::fs::read_dir(&dir).expect("lists the folder") {
        let name = entry
            .expect("an entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        assert!(
            ["state.json", "state.json.tmp", "history.jsonl", "lock"].contains(&name.as_str()),
            "unexpected file {name}"
        );
    }
    eprintln!(
        "{KILLS} kills, {} records reported, {} torn last lines, in {:.1} s",
        reported.len(),
        torn_lines.len(),
        started.elapsed().as_secs_f64()
    );
}
