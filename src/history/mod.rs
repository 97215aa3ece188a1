//! What unknot keeps on disk — the engine's state (`state.json`, replaced
//! atomically) and the break history (`history.jsonl`, append-only) — and the
//! pure streak and stats arithmetic over that history.
//! The file formats and rules are written down in docs/history.md.

/// The engine's persistent state.
pub const STATE_FILE: &str = "state.json";
/// The break history, one JSON record per line.
pub const HISTORY_FILE: &str = "history.jsonl";
/// Held with an exclusive `flock` by whoever writes either file.
pub const LOCK_FILE: &str = "lock";
/// Where `save_state` writes before renaming. One fixed name is enough: only
/// the lock holder writes it, and a leftover from a killed writer is simply
/// truncated by the next save.
pub(crate) const STATE_TEMP_FILE: &str = "state.json.tmp";

/// The `"v"` every history record is written with.
pub const RECORD_VERSION: u32 = 1;
/// The `"version"` of `unknot stats --json` output.
pub const STATS_JSON_VERSION: u32 = 1;

mod pains;
mod records;
mod stats;
mod store;
mod streaks;
mod sync;
mod trend;

pub use pains::{exercise_title, pain_counts, pains};
pub(crate) use records::{ends_with_newline, RecordOut};
pub use records::{
    event_day, event_time, parse_history, read, History, HistoryRead, HistoryRecord, ProblemKind,
    ReadProblem, RecordId,
};
pub use stats::{render, render_weeks, stats, stats_json};
pub(crate) use store::{ensure_dir, io_err, lock_dir, sync_dir};
pub use store::{
    load_state, save_state, state_dir, AsideReason, HistoryError, MovedAside, StateLoad,
};
pub(crate) use streaks::{daily_done_days, is_working_day, streaks_of};
pub use streaks::{daily_done_on, streaks};
pub use sync::{machine_file, machine_id, Place, MACHINE_FILE, MERGED_FILE};
pub(crate) use trend::day_ratings;
pub use trend::{monday_of, runs, summary_line, weeks, WEEKS};

#[cfg(test)]
mod tests {
    use super::records::new_id;
    use super::store::state_dir_from;
    use std::collections::{BTreeMap, BTreeSet, HashSet};
    use std::ffi::OsString;
    use std::fs::{self, OpenOptions};
    use std::io::Write as _;
    use std::path::{Path, PathBuf};

    use chrono::{DateTime, FixedOffset, NaiveDate};

    use super::*;
    use crate::config::Config;
    use crate::engine::{EngineState, HistoryEvent, STATE_VERSION};
    use crate::values::ExerciseOutcome::{Done, Partial, Skipped};
    use crate::values::{this_week_line, Counts, ExerciseOutcome, Streaks, WeekStats};

    fn config() -> Config {
        crate::config::parse(crate::config::EXAMPLE.as_bytes(), "test").expect("the example parses")
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("a test date")
    }

    /// Noon on `day`, at +01:00.
    fn noon(day: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("{day}T12:00:00+01:00")).expect("a test time")
    }

    fn records(events: Vec<HistoryEvent>) -> Vec<HistoryRecord> {
        events
            .into_iter()
            .map(|event| HistoryRecord {
                v: RECORD_VERSION,
                id: new_id(&event),
                event,
            })
            .collect()
    }

    fn completed(
        day: &str,
        routine: &str,
        outcomes: Vec<ExerciseOutcome>,
        day_done: bool,
    ) -> HistoryEvent {
        HistoryEvent::Completed {
            break_name: "Daily routine".into(),
            routine: routine.into(),
            at: noon(day),
            outcomes,
            day_done,
            lost: false,
            session: None,
            level: None,
            tension_before: None,
            stopped_for_pain: false,
            pain_exercise: None,
            pain_side: None,
        }
    }

    /// The daily routine done on `day`, as the engine records it.
    fn daily(day: &str) -> HistoryEvent {
        completed(day, "upper-trap", vec![Done; 4], true)
    }

    fn offered(day: &str) -> HistoryEvent {
        HistoryEvent::Offered {
            break_name: "Desk reset".into(),
            routine: "desk-reset".into(),
            at: noon(day),
        }
    }

    fn streak(events: Vec<HistoryEvent>, today: &str) -> Streaks {
        streaks(&records(events), &config(), date(today))
    }

    // 2026-03-02 is a Monday; the example config works Monday to Friday.

    #[test]
    fn weekends_neither_count_nor_break_the_streak() {
        let events = vec![
            daily("2026-02-27"),
            daily("2026-03-02"),
            daily("2026-03-03"),
        ];
        assert_eq!(streak(events.clone(), "2026-03-04").current, 3);
        // Doing the routine on Saturday too does not make it longer.
        let mut with_saturday = events;
        with_saturday.push(daily("2026-02-28"));
        assert_eq!(streak(with_saturday, "2026-03-04").current, 3);
    }

    #[test]
    fn today_not_yet_done_keeps_yesterdays_streak() {
        let events = vec![daily("2026-03-02"), daily("2026-03-03")];
        assert_eq!(streak(events.clone(), "2026-03-04").current, 2);
        let mut done_today = events;
        done_today.push(daily("2026-03-04"));
        assert_eq!(streak(done_today, "2026-03-04").current, 3);
        // A missed working day before today does break it.
        assert_eq!(streak(vec![daily("2026-03-02")], "2026-03-04").current, 0);
        // Over a weekend, Friday is "yesterday".
        assert_eq!(streak(vec![daily("2026-02-27")], "2026-03-02").current, 1);
    }

    #[test]
    fn a_partly_done_routine_does_not_count_the_day() {
        let events = vec![
            daily("2026-03-02"),
            completed(
                "2026-03-03",
                "upper-trap",
                vec![Done, Partial, Done, Done],
                false,
            ),
            daily("2026-03-04"),
        ];
        assert_eq!(
            streak(events, "2026-03-04"),
            Streaks {
                current: 1,
                best: 1
            }
        );
    }

    #[test]
    fn the_daily_routine_fully_done_counts_even_without_day_done() {
        let fallback = vec![completed("2026-03-03", "upper-trap", vec![Done; 4], false)];
        assert_eq!(streak(fallback, "2026-03-03").current, 1);
        // Another routine, however complete, is not the daily one.
        let other = vec![completed("2026-03-03", "desk-reset", vec![Done; 2], false)];
        assert_eq!(streak(other, "2026-03-03").current, 0);
        // Nothing done at all is not "every exercise done".
        let empty = vec![completed("2026-03-03", "upper-trap", vec![], false)];
        assert_eq!(streak(empty, "2026-03-03").current, 0);
        let skipped = vec![completed(
            "2026-03-03",
            "upper-trap",
            vec![Skipped; 4],
            false,
        )];
        assert_eq!(streak(skipped, "2026-03-03").current, 0);
    }

    #[test]
    fn best_streak_outlives_a_broken_one() {
        let mut events: Vec<HistoryEvent> = [
            "2026-02-23",
            "2026-02-24",
            "2026-02-25",
            "2026-02-26",
            "2026-02-27",
        ]
        .into_iter()
        .map(daily)
        .collect();
        // Monday 2026-03-02 missed.
        events.push(daily("2026-03-03"));
        events.push(daily("2026-03-04"));
        assert_eq!(
            streak(events, "2026-03-05"),
            Streaks {
                current: 2,
                best: 5
            }
        );
        assert_eq!(streak(vec![], "2026-03-05"), Streaks::default());
        // A day after `today` (a clock that went back) counts for nothing.
        assert_eq!(
            streak(vec![daily("2026-03-06")], "2026-03-05"),
            Streaks::default()
        );
    }

    #[test]
    fn stats_count_each_day_in_the_window_and_the_time_exercised() {
        let config = config();
        let upper = crate::routine::compile(&config.routine("upper-trap").expect("a built-in"));
        let spans = &upper.exercises;
        let events = vec![
            // Outside the two-day window.
            offered("2026-02-27"),
            daily("2026-02-27"),
            // Monday.
            offered("2026-03-02"),
            offered("2026-03-02"),
            HistoryEvent::Snoozed {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
                snoozes_left: 2,
            },
            HistoryEvent::Started {
                break_name: "Daily routine".into(),
                routine: "upper-trap".into(),
                at: noon("2026-03-02"),
                session: None,
            },
            completed(
                "2026-03-02",
                "upper-trap",
                vec![Done, Partial, Skipped, Done],
                false,
            ),
            HistoryEvent::Ignored {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::NaturalBreak {
                from: noon("2026-03-02"),
                until: noon("2026-03-02") + chrono::TimeDelta::minutes(30),
            },
            // Tuesday.
            offered("2026-03-03"),
            HistoryEvent::Skipped {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-03"),
            },
            daily("2026-03-03"),
        ];
        let s = stats(&records(events), &config, date("2026-03-03"), 2);
        assert_eq!(s.from, date("2026-03-02"));
        assert_eq!(s.records, 12);
        assert_eq!(s.days.len(), 2);
        let monday = &s.days[0];
        assert_eq!(
            monday.counts,
            Counts {
                offered: 2,
                taken: 1,
                completed: 1,
                snoozed: 1,
                skipped: 0,
                ignored: 1,
                natural_breaks: 1,
                pain_stops: 0,
                exercise_ms: spans[0].duration_ms + spans[1].duration_ms / 2 + spans[3].duration_ms,
                shoulder_checks: 0,
                checks_skipped: 0,
            }
        );
        assert!(!monday.daily_done);
        let tuesday = &s.days[1];
        assert_eq!((tuesday.counts.offered, tuesday.counts.skipped), (1, 1));
        assert_eq!(tuesday.counts.exercise_ms, upper.total_ms);
        assert!(tuesday.daily_done);
        assert_eq!(s.totals.offered, 3);
        assert_eq!(s.totals.completed, 2);
        assert_eq!(s.completion_rate, Some(2.0 / 3.0));
        // Friday and Tuesday, with Monday missed.
        assert_eq!(
            s.streak,
            Streaks {
                current: 1,
                best: 1
            }
        );
        let by_title: Vec<(&str, u32, u32)> = s
            .exercises
            .iter()
            .map(|e| (e.title.as_str(), e.done, e.partial))
            .collect();
        assert_eq!(
            by_title,
            vec![
                (spans[0].title.as_str(), 2, 0),
                (spans[3].title.as_str(), 2, 0),
                (spans[1].title.as_str(), 1, 1),
                (spans[2].title.as_str(), 1, 0),
            ]
        );

        let json = stats_json(&s, &[]);
        assert_eq!(json["per_day"][0]["offered"], 2);
        assert_eq!(json["per_day"][1]["daily_done"], true);
        assert_eq!(json["totals"]["exercise_ms"], s.totals.exercise_ms);
        assert_eq!(json["streak"]["best"], 1);
    }

    #[test]
    fn completion_rate_is_capped_and_absent_without_offers() {
        let config = config();
        let only_asked_for = records(vec![daily("2026-03-02")]);
        assert_eq!(
            stats(&only_asked_for, &config, date("2026-03-02"), 1).completion_rate,
            None
        );
        let more_done_than_offered = records(vec![
            offered("2026-03-02"),
            daily("2026-03-02"),
            daily("2026-03-02"),
        ]);
        assert_eq!(
            stats(&more_done_than_offered, &config, date("2026-03-02"), 1).completion_rate,
            Some(1.0)
        );
    }

    #[test]
    fn the_table_fits_80_columns_and_greets_an_empty_history() {
        let config = config();
        let empty = render(&stats(&[], &config, date("2026-03-04"), 14));
        assert!(empty.starts_with("No breaks recorded yet"), "{empty}");
        assert!(
            empty.contains("Current streak: 0 working days (best: 0 working days)"),
            "{empty}"
        );
        let busy: Vec<HistoryEvent> = (0..200)
            .map(|_| offered("2026-03-03"))
            .chain([daily("2026-03-03")])
            .collect();
        let table = render(&stats(&records(busy), &config, date("2026-03-04"), 14));
        assert!(!table.contains("No breaks recorded yet"), "{table}");
        for line in empty.lines().chain(table.lines()) {
            assert!(line.chars().count() <= 80, "too wide: {line:?}");
        }
        assert!(table.contains("2026-03-03 Tue     200"), "{table}");
        assert!(
            table.contains("Current streak: 1 working day (best: 1 working day)"),
            "{table}"
        );
    }

    fn tempdir() -> tempfile::TempDir {
        tempfile::tempdir().expect("a temp dir")
    }

    fn history_bytes(dir: &Path) -> Vec<u8> {
        fs::read(dir.join(HISTORY_FILE)).expect("the history exists")
    }

    fn append_to_file(dir: &Path, bytes: &[u8]) {
        let mut file = OpenOptions::new()
            .append(true)
            .open(dir.join(HISTORY_FILE))
            .expect("the history exists");
        file.write_all(bytes).expect("appending in a temp dir");
    }

    fn every_kind_of_event() -> Vec<HistoryEvent> {
        vec![
            offered("2026-03-02"),
            HistoryEvent::Started {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
                session: Some("1-desk-reset".into()),
            },
            completed("2026-03-02", "desk-reset", vec![Done, Partial], false),
            HistoryEvent::Rated {
                session: "1-desk-reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
                tension_after: 3,
            },
            HistoryEvent::Snoozed {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
                snoozes_left: 1,
            },
            HistoryEvent::Skipped {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::Ignored {
                break_name: "Desk reset".into(),
                routine: "desk-reset".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::NaturalBreak {
                from: noon("2026-03-02"),
                until: noon("2026-03-03"),
            },
            HistoryEvent::LeftOut {
                exercise: "ball-press".into(),
                at: noon("2026-03-02"),
            },
            HistoryEvent::PutBack {
                exercise: "ball-press".into(),
                at: noon("2026-03-03"),
            },
            HistoryEvent::ShoulderCheck {
                at: noon("2026-03-03"),
                outcome: crate::engine::CheckOutcome::Shown,
            },
            HistoryEvent::ShoulderCheck {
                at: noon("2026-03-03"),
                outcome: crate::engine::CheckOutcome::Skipped,
            },
        ]
    }

    #[test]
    fn every_kind_is_written_with_a_name_the_readers_know() {
        for event in every_kind_of_event() {
            let json = serde_json::to_value(&event).expect("serializes");
            let kind = super::records::event_kind(&event);
            assert_eq!(json["event"], kind);
            assert!(super::records::EVENT_KINDS.contains(&kind), "{kind}");
        }
        let check = serde_json::to_value(&every_kind_of_event()[10]).expect("serializes");
        assert_eq!(
            check,
            serde_json::json!({"event": "shoulder-check", "at": "2026-03-03T12:00:00+01:00", "outcome": "shown"})
        );
    }

    #[test]
    fn shoulder_checks_count_per_day_and_never_make_the_day_or_the_streak() {
        let config = config();
        let check = |day: &str, outcome| HistoryEvent::ShoulderCheck {
            at: noon(day),
            outcome,
        };
        use crate::engine::CheckOutcome::{Shown, Skipped as NotNow};
        let base = vec![daily("2026-03-02")];
        let mut with = base.clone();
        with.extend([
            check("2026-03-03", Shown),
            check("2026-03-03", Shown),
            check("2026-03-03", NotNow),
            check("2026-03-03", Shown),
        ]);
        let s = stats(&records(with.clone()), &config, date("2026-03-03"), 2);
        let tuesday = &s.days[1];
        assert_eq!(
            (
                tuesday.counts.shoulder_checks,
                tuesday.counts.checks_skipped
            ),
            (3, 1)
        );
        assert!(!tuesday.daily_done, "checks are never the day's routine");
        assert_eq!((tuesday.counts.offered, tuesday.counts.completed), (0, 0));
        assert_eq!(s.totals.shoulder_checks, 3);
        // The streak is the same with them or without them.
        for today in ["2026-03-02", "2026-03-03", "2026-03-04"] {
            assert_eq!(
                streak(with.clone(), today),
                streak(base.clone(), today),
                "{today}"
            );
        }
        let weeks = super::weeks(&records(with), &config, date("2026-03-03"), 1);
        assert_eq!(weeks[0].shoulder_checks, 3);
        // The weeks table: three in a week of five working days.
        let table = super::render_weeks(&weeks);
        let row = table
            .lines()
            .find(|l| l.starts_with("2026-03-02"))
            .unwrap_or_else(|| panic!("{table}"));
        assert!(row.ends_with("0.6"), "{table}");
        assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    }

    #[test]
    fn every_event_round_trips_through_the_file_with_a_unique_id() {
        let dir = tempdir();
        let history = History::open(dir.path().join("nested/unknot")).expect("opens");
        let events = every_kind_of_event();
        let mut ids = Vec::new();
        for event in events.iter().chain(events.iter()) {
            ids.push(history.append(event).expect("appends"));
        }
        let read = read(history.dir()).expect("reads");
        assert_eq!(read.problems, vec![]);
        let got: Vec<(RecordId, HistoryEvent)> =
            read.records.into_iter().map(|r| (r.id, r.event)).collect();
        let want: Vec<(RecordId, HistoryEvent)> = ids
            .iter()
            .cloned()
            .zip(events.iter().chain(events.iter()).cloned())
            .collect();
        assert_eq!(got, want);
        let unique: HashSet<&RecordId> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "ids repeat: {ids:?}");

        let text = String::from_utf8(history_bytes(history.dir())).expect("UTF-8");
        let last: serde_json::Value =
            serde_json::from_str(text.lines().last().expect("lines")).expect("JSON");
        assert_eq!(last["v"], 1);
        assert_eq!(last["event"], "shoulder-check");
        assert_eq!(last["id"], ids[ids.len() - 1].0.as_str());
    }

    #[test]
    fn a_torn_last_line_is_ignored_and_reported_and_the_next_append_survives_it() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        history.append(&offered("2026-03-02")).expect("appends");
        history.append(&daily("2026-03-02")).expect("appends");
        append_to_file(dir.path(), br#"{"v":1,"id":"x","event":"off"#);

        let torn = read(dir.path()).expect("reads");
        assert_eq!(torn.records.len(), 2);
        assert_eq!(
            torn.problems,
            vec![ReadProblem {
                line: 3,
                kind: ProblemKind::TornLastLine,
                file: None,
            }]
        );
        assert!(torn.problems[0]
            .to_string()
            .starts_with("line 3: the last record is cut off"));

        let before = history_bytes(dir.path());
        let id = history.append(&offered("2026-03-03")).expect("appends");
        // The fragment is kept, never rewritten; the new record is on its own line.
        assert!(history_bytes(dir.path()).starts_with(&before));
        let healed = read(dir.path()).expect("reads");
        assert_eq!(healed.records.len(), 3);
        assert_eq!(healed.records[2].id, id);
        assert_eq!(
            healed.problems,
            vec![ReadProblem {
                line: 3,
                kind: ProblemKind::Incomplete,
                file: None,
            }]
        );
    }

    #[test]
    fn a_bad_line_in_the_middle_is_reported_by_number_and_skipped() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        history.append(&offered("2026-03-02")).expect("appends");
        append_to_file(dir.path(), b"garbage \xff\n\n");
        history.append(&offered("2026-03-03")).expect("appends");
        append_to_file(
            dir.path(),
            br#"{"v":2,"id":"future","event":"teleported","at":"2030-01-01T00:00:00Z"}"#,
        );
        append_to_file(dir.path(), b"\n");
        // A kind a newer unknot writes (issue 34): skipped without a word.
        append_to_file(dir.path(), br#"{"v":1,"id":"y","event":"unheard-of"}"#);
        append_to_file(dir.path(), b"\n");
        // A kind this one knows, damaged: reported.
        append_to_file(dir.path(), br#"{"v":1,"id":"z","event":"offered"}"#);
        append_to_file(dir.path(), b"\n");
        history.append(&offered("2026-03-04")).expect("appends");

        let read = read(dir.path()).expect("reads");
        let days: Vec<NaiveDate> = read.records.iter().map(|r| event_day(&r.event)).collect();
        assert_eq!(
            days,
            vec![date("2026-03-02"), date("2026-03-03"), date("2026-03-04")]
        );
        let lines: Vec<(usize, &ProblemKind)> =
            read.problems.iter().map(|p| (p.line, &p.kind)).collect();
        assert!(
            matches!(
                lines.as_slice(),
                [
                    (2, ProblemKind::Invalid(_)),
                    (5, ProblemKind::NewerVersion(2)),
                    (7, ProblemKind::Invalid(_))
                ]
            ),
            "{lines:?}"
        );
    }

    #[test]
    fn a_merged_copy_counts_each_record_once() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        for event in every_kind_of_event() {
            history.append(&event).expect("appends");
        }
        let once = read(dir.path()).expect("reads");
        let bytes = history_bytes(dir.path());
        append_to_file(dir.path(), &bytes);
        let twice = read(dir.path()).expect("reads");
        assert_eq!(twice, once);
    }

    #[test]
    fn missing_files_are_an_empty_history_and_no_state() {
        let dir = tempdir();
        let absent = dir.path().join("never-created");
        assert_eq!(read(&absent).expect("reads"), HistoryRead::default());
        let load = load_state(&absent).expect("loads");
        assert!(load.state.is_none() && load.moved_aside.is_none());
        assert!(!absent.exists(), "reading must not create the folder");
    }

    #[test]
    fn a_history_path_that_cannot_be_written_is_an_error_naming_it() {
        let dir = tempdir();
        fs::create_dir(dir.path().join(HISTORY_FILE)).expect("a folder in the way");
        let history = History::open(dir.path()).expect("opens");
        let err = history
            .append(&offered("2026-03-02"))
            .expect_err("cannot append to a folder");
        assert!(err.to_string().contains(HISTORY_FILE), "{err}");
        assert!(matches!(err, HistoryError::Io { .. }));
    }

    fn state(n: u64) -> EngineState {
        EngineState {
            version: STATE_VERSION,
            saved_at: noon("2026-03-02"),
            breaks: BTreeMap::new(),
            daily_done_on: Some(date("2026-03-02")),
            summary_week: None,
            paused: None,
            pending: None,
            off_hours_ms: n,
            keys_said: 0,
            check_active_ms: 0,
            check_told: false,
        }
    }

    fn names_in(dir: &Path) -> BTreeSet<String> {
        fs::read_dir(dir)
            .expect("lists")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }

    #[test]
    fn saving_state_replaces_it_and_leaves_no_temp_files() {
        let dir = tempdir();
        save_state(dir.path(), &state(1)).expect("saves");
        save_state(dir.path(), &state(2)).expect("saves again");
        let load = load_state(dir.path()).expect("loads");
        assert_eq!(load.state, Some(state(2)));
        assert!(load.moved_aside.is_none());
        let want: BTreeSet<String> = [STATE_FILE, LOCK_FILE].map(String::from).into();
        assert_eq!(names_in(dir.path()), want);
    }

    #[test]
    fn a_corrupt_state_is_moved_aside_with_its_bytes_and_history_is_untouched() {
        let dir = tempdir();
        let history = History::open(dir.path()).expect("opens");
        history.append(&daily("2026-03-02")).expect("appends");
        let history_before = history_bytes(dir.path());
        let garbage = b"{\"version\": 1, \"saved_at\": tru";
        fs::write(dir.path().join(STATE_FILE), garbage).expect("writes");

        let load = load_state(dir.path()).expect("loads");
        assert!(load.state.is_none());
        let aside = load.moved_aside.expect("moved aside");
        assert!(matches!(aside.reason, AsideReason::Corrupt(_)));
        let name = aside
            .to
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        assert!(name.starts_with("state.json.corrupt-"), "{name}");
        assert_eq!(fs::read(&aside.to).expect("the moved file"), garbage);
        assert!(!dir.path().join(STATE_FILE).exists());
        assert!(
            aside.to_string().contains("history is untouched"),
            "{aside}"
        );
        assert_eq!(history_bytes(dir.path()), history_before);

        // Reported once: the next start finds no state and nothing to move.
        let again = load_state(dir.path()).expect("loads");
        assert!(again.state.is_none() && again.moved_aside.is_none());

        // A second broken file never overwrites the first one moved aside.
        fs::write(dir.path().join(STATE_FILE), b"[]").expect("writes");
        let second = load_state(dir.path())
            .expect("loads")
            .moved_aside
            .expect("moved aside");
        assert_ne!(second.to, aside.to);
        assert_eq!(fs::read(&aside.to).expect("the first moved file"), garbage);
    }

    #[test]
    fn a_state_from_a_newer_unknot_is_moved_aside_and_said_so() {
        let dir = tempdir();
        save_state(dir.path(), &state(7)).expect("saves");
        let path = dir.path().join(STATE_FILE);
        let text = fs::read_to_string(&path).expect("reads");
        let newer = text.replace("\"version\": 1", "\"version\": 99");
        assert_ne!(newer, text);
        fs::write(&path, &newer).expect("writes");

        let load = load_state(dir.path()).expect("loads");
        assert!(load.state.is_none());
        let aside = load.moved_aside.expect("moved aside");
        assert_eq!(
            aside.reason,
            AsideReason::NewerVersion {
                found: 99,
                known: STATE_VERSION
            }
        );
        assert!(aside.to_string().contains("newer unknot"), "{aside}");
        assert_eq!(fs::read_to_string(&aside.to).expect("moved"), newer);
    }

    #[test]
    fn the_state_folder_follows_xdg_then_home() {
        let dir = |xdg: Option<&str>, home: Option<&str>| {
            state_dir_from(xdg.map(OsString::from), home.map(OsString::from)).ok()
        };
        assert_eq!(
            dir(Some("/x/state"), Some("/h")),
            Some(PathBuf::from("/x/state/unknot"))
        );
        assert_eq!(
            dir(Some("relative"), Some("/h")),
            Some(PathBuf::from("/h/.local/state/unknot"))
        );
        assert_eq!(
            dir(Some(""), Some("/h")),
            Some(PathBuf::from("/h/.local/state/unknot"))
        );
        assert_eq!(
            dir(None, Some("/h")),
            Some(PathBuf::from("/h/.local/state/unknot"))
        );
        assert_eq!(dir(None, Some("")), None);
        assert_eq!(dir(None, None), None);
    }

    /// The daily routine on `day` at 15:00 with its check-ins.
    fn checked_in(day: &str, before: Option<u8>, after: Option<u8>) -> Vec<HistoryEvent> {
        let at = DateTime::parse_from_rfc3339(&format!("{day}T15:00:00+01:00")).expect("a time");
        let session = format!("{}-upper-trap", at.timestamp_millis());
        let mut events = vec![HistoryEvent::Completed {
            break_name: "Daily routine".into(),
            routine: "upper-trap".into(),
            at,
            outcomes: vec![Done; 4],
            day_done: true,
            lost: false,
            session: Some(session.clone()),
            level: None,
            tension_before: before,
            stopped_for_pain: false,
            pain_exercise: None,
            pain_side: None,
        }];
        if let Some(after) = after {
            events.push(HistoryEvent::Rated {
                session,
                routine: "upper-trap".into(),
                at: at + chrono::Duration::minutes(11),
                tension_after: after,
            });
        }
        events
    }

    #[test]
    fn runs_join_the_after_rating_by_session_in_time_order() {
        let mut events = checked_in("2026-03-03", Some(6), Some(4));
        // Merged from another machine out of order: still the first run.
        events.splice(0..0, checked_in("2026-03-02", Some(7), None));
        events.push(completed(
            "2026-03-04",
            "desk-reset",
            vec![Done, Done],
            false,
        ));
        let runs = runs(&records(events));
        let got: Vec<(NaiveDate, Option<u8>, Option<u8>)> =
            runs.iter().map(|r| (r.day, r.before, r.after)).collect();
        assert_eq!(
            got,
            [
                (date("2026-03-02"), Some(7), None),
                (date("2026-03-03"), Some(6), Some(4)),
            ]
        );
    }

    #[test]
    fn an_old_history_without_ratings_still_reads_and_has_no_ratings() {
        // Lines as unknot wrote them before check-ins existed.
        let old = br#"{"v":1,"id":"1772456400000000000-4242-9","event":"started","break_name":"Daily routine","routine":"upper-trap","at":"2026-03-02T14:00:00+01:00"}
{"v":1,"id":"1772457036000000000-4242-10","event":"completed","break_name":"Daily routine","routine":"upper-trap","at":"2026-03-02T14:10:36+01:00","outcomes":["done","done","done","done"],"day_done":true}
"#;
        let read = parse_history(old);
        assert_eq!(read.problems, vec![]);
        assert_eq!(read.records.len(), 2);
        let runs = runs(&read.records);
        assert_eq!(runs.len(), 1);
        assert!(runs[0].complete && !runs[0].hurt);
        assert_eq!((runs[0].before, runs[0].after), (None, None));
        let s = stats(&read.records, &config(), date("2026-03-02"), 7);
        let json = stats_json(&s, &read.problems);
        let day = &json["per_day"][6];
        assert_eq!(day["daily_done"], true);
        assert!(day["tension_before"].is_null() && day["tension_after"].is_null());
        let week = json["weeks"]
            .as_array()
            .and_then(|w| w.last())
            .expect("a week");
        assert_eq!(week["routine_days"], 1);
        assert!(week["median_before"].is_null());
    }

    #[test]
    fn weeks_count_working_days_and_take_medians_over_rated_days() {
        let mut events = Vec::new();
        // Week of 23 Feb: Mon–Thu, before 6, 7, 5, 6 (median 6), after 4 on two.
        for (day, before, after) in [
            ("2026-02-23", 6, Some(4)),
            ("2026-02-24", 7, Some(4)),
            ("2026-02-25", 5, None),
            ("2026-02-26", 6, None),
        ] {
            events.extend(checked_in(day, Some(before), after));
        }
        // Week of 2 Mar: a holiday week (nothing) — and Saturday done too.
        events.extend(checked_in("2026-03-07", Some(3), Some(2)));
        let mut config = config();
        // This week (9 Mar) has only Monday to Wednesday as working days.
        let s = stats(&records(events), &config, date("2026-03-11"), 14);
        let weeks = &s.weeks;
        assert_eq!(weeks.len(), WEEKS);
        let by_monday = |d: &str| {
            weeks
                .iter()
                .find(|w| w.monday == date(d))
                .cloned()
                .expect("the week is in the view")
        };
        let feb = by_monday("2026-02-23");
        assert_eq!((feb.routine_days, feb.working_days), (4, 5));
        assert_eq!(
            (feb.median_before, feb.median_after),
            (Some(6.0), Some(4.0))
        );
        assert_eq!(feb.change(), Some(-2.0));
        assert_eq!(
            summary_line(&feb),
            "Last week: routine on 4 of 5 days; tension 6 → 4"
        );
        let mar = by_monday("2026-03-02");
        // Saturday's routine counts as a routine day; the week's working days do not grow.
        assert_eq!((mar.routine_days, mar.working_days), (1, 5));
        assert_eq!(mar.median_before, Some(3.0));
        assert_eq!(weeks.last().map(|w| w.monday), Some(date("2026-03-09")));
        config.working_hours[3].clear();
        config.working_hours[4].clear();
        let s = stats(&records(vec![]), &config, date("2026-03-11"), 14);
        let this = s.weeks.last().expect("this week");
        assert_eq!(this_week_line(this), "This week: routine on 0 of 3 days");
        let checked = |n| WeekStats {
            shoulder_checks: n,
            ..this.clone()
        };
        assert_eq!(
            this_week_line(&checked(1)),
            "This week: routine on 0 of 3 days · 1 shoulder check"
        );
        assert_eq!(
            this_week_line(&checked(12)),
            "This week: routine on 0 of 3 days · 12 shoulder checks"
        );
        // The text table names every week.
        let text = render(&s);
        assert!(text.contains("This week: routine on 0 of 3 days"), "{text}");
        let week_rows = text
            .lines()
            .filter(|l| l.starts_with("20") && l.contains(" of ") && l.contains('→'))
            .count();
        assert_eq!(week_rows, WEEKS, "{text}");
    }

    #[test]
    fn pain_stops_are_counted_and_never_as_skips() {
        let mut event = checked_in("2026-03-02", Some(5), None).remove(0);
        if let HistoryEvent::Completed {
            stopped_for_pain,
            outcomes,
            day_done,
            ..
        } = &mut event
        {
            *stopped_for_pain = true;
            *outcomes = vec![Done, Partial, Skipped, Skipped];
            *day_done = false;
        }
        let s = stats(&records(vec![event]), &config(), date("2026-03-02"), 1);
        assert_eq!(s.totals.pain_stops, 1);
        assert_eq!(s.totals.skipped, 0);
        assert!(!s.days[0].daily_done);
        assert!(render(&s).contains("Stopped because it hurt: 1 time"));
    }

    #[test]
    fn the_documented_records_parse_and_are_written_the_same_way() {
        let doc = include_str!("../../docs/history.md");
        let lines: Vec<&str> = doc
            .lines()
            .filter(|l| l.starts_with(r#"{"v":1,"#))
            .collect();
        assert_eq!(lines.len(), 9, "the example in docs/history.md");
        let read = parse_history(lines.join("\n").as_bytes());
        assert_eq!(read.problems, vec![]);
        for (record, line) in read.records.iter().zip(&lines) {
            assert_eq!(
                event_time(&record.event)
                    .timestamp_nanos_opt()
                    .map(|n| record.id.0.starts_with(&n.to_string())),
                Some(true)
            );
            let out = RecordOut {
                v: record.v,
                id: &record.id,
                event: &record.event,
            };
            assert_eq!(serde_json::to_string(&out).ok().as_deref(), Some(*line));
        }
    }
}
