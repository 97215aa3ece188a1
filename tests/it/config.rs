//! Integration tests: the config file as a user meets it, through the real
//! binary: `unknot check-config`, where unknot looks for the file, and what it
//! says about every kind of broken file.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A scratch folder used as the working directory, `HOME` (`home/`) and
/// `XDG_CONFIG_HOME` (`xdg/`), with `UNKNOT_CONFIG` removed.
struct Sandbox {
    dir: tempfile::TempDir,
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Sandbox {
    fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("a temp dir"),
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn home(&self) -> PathBuf {
        self.path("home")
    }

    fn xdg(&self) -> PathBuf {
        self.path("xdg")
    }

    /// Writes `contents` at `rel` (creating folders) and returns the full path.
    fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the folder");
        }
        std::fs::write(&path, contents).expect("write the file");
        path
    }

    fn command(&self) -> Command {
        let mut cmd = Command::cargo_bin("unknot").expect("the unknot binary is built");
        cmd.current_dir(self.dir.path())
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.xdg())
            .env_remove("UNKNOT_CONFIG");
        cmd
    }

    fn run(&self, cmd: &mut Command) -> Run {
        let output = cmd.output().expect("unknot runs");
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    fn check(&self, args: &[&str]) -> Run {
        self.run(self.command().arg("check-config").args(args))
    }
}

/// Runs `unknot check-config config.json` on `contents`.
fn check(contents: impl AsRef<[u8]>) -> Run {
    let sandbox = Sandbox::new();
    sandbox.write("config.json", contents);
    sandbox.check(&["config.json"])
}

/// `contents` is refused with exit code 2, exactly these error lines (in this
/// order) and the count as the last line.
fn assert_invalid(contents: &str, expected: &[&str]) {
    let run = check(contents);
    assert_eq!(run.code, Some(2), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "", "nothing on stdout when invalid");
    let lines: Vec<&str> = run.stderr.lines().collect();
    let n = expected.len();
    let count = format!("{n} error{}", if n == 1 { "" } else { "s" });
    let mut want: Vec<&str> = expected.to_vec();
    want.push(&count);
    assert_eq!(lines, want);
}

/// `contents` is refused with exit code 2 and one message starting with `prefix`.
fn assert_refused(run: &Run, prefix: &str) {
    assert_eq!(run.code, Some(2), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .lines()
            .next()
            .is_some_and(|l| l.starts_with(prefix)),
        "expected a line starting with {prefix:?}, got:\n{}",
        run.stderr
    );
}

const SUMMARY: &str = "5 working days, 2 breaks (Desk reset every 50m; Daily routine at 15:00, daily), 0 user routines";

/// A valid config with one break, so a summary shows which file was read.
fn one_break(name: &str) -> String {
    format!(r#"{{"breaks": [{{"name": "{name}", "routine": "desk-reset", "every": "1h"}}]}}"#)
}

fn summary_of(name: &str) -> String {
    format!("5 working days, 1 break ({name} every 1h), 0 user routines")
}

// ---- the valid example ----

#[test]
fn the_example_file_is_valid_and_summarised() {
    let example = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.json"))
        .expect("config.example.json is in the repo");
    let run = check(example);
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, format!("config.json: OK — {SUMMARY}\n"));
    assert_eq!(run.stderr, "");
}

#[test]
fn an_empty_object_is_the_default_config() {
    let run = check("{}\n");
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, format!("config.json: OK — {SUMMARY}\n"));
}

#[test]
fn a_user_routine_can_be_named_by_a_break() {
    let run = check(
        r#"{
  "breaks": [{"name": "Neck", "routine": "my-neck", "at": "11:00", "daily": true}],
  "routines": [{
    "id": "my-neck", "title": "My neck break",
    "safety": "Gentle pressure only; stop if pain is sharp or spreads.",
    "exercises": [{
      "id": "neck-stretch", "title": "Neck side stretch", "purpose": "stretch",
      "position": "chair", "equipment": "none",
      "instructions": ["Tilt your ear toward your shoulder."],
      "sides": "both", "sets": 1, "reps": 1,
      "phases": [{"phase": "hold", "for": "50s"}],
      "breath": {"inhale": "4s", "exhale": "6s"},
      "rest_between_sets": "10s", "rest_between_sides": "5s"
    }]
  }]
}"#,
    );
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    assert_eq!(
        run.stdout,
        "config.json: OK — 5 working days, 1 break (Neck at 11:00, daily), 1 user routine\n"
    );
}

// ---- one bad config each ----

#[test]
fn the_issue_example_a_word_for_a_duration() {
    assert_invalid(
        r#"{
  "breaks": [
    {
      "name": "Desk reset",
      "routine": "desk-reset",
      "every": "50m"
    },
    {
      "name": "Walk",
      "routine": "desk-reset",
      "daily": true,
      "every":"fifty"
    }
  ]
}"#,
        &[r#"config.json:12:15: breaks[1].every: expected a duration like "50m", found "fifty""#],
    );
}

#[test]
fn unknown_key_suggests_the_right_one() {
    assert_invalid(
        "{\n  \"snoze\": {\"length\": \"5m\"}\n}",
        &[r#"config.json:2:3: snoze: unknown key "snoze", did you mean "snooze"?"#],
    );
}

#[test]
fn unknown_nested_key_suggests_the_right_one() {
    assert_invalid(
        "{\n  \"working_hours\": {\"mon\": [\"09:00-17:00\"], \"thurs\": []}\n}",
        &[r#"config.json:2:45: working_hours.thurs: unknown key "thurs", did you mean "thu"?"#],
    );
}

#[test]
fn wrong_type_a_number_in_quotes() {
    assert_invalid(
        "{\n  \"snooze\": {\n    \"max_per_break\": \"3\"\n  }\n}",
        &[
            r#"config.json:3:22: snooze.max_per_break: expected a whole number from 0 to 10, found "3""#,
        ],
    );
}

#[test]
fn volume_over_100() {
    assert_invalid(
        "{\"sound\": {\"volume\": 150}}",
        &["config.json:1:22: sound.volume: expected a whole number from 0 to 100, found 150"],
    );
}

#[test]
fn snooze_length_zero_and_too_many_snoozes() {
    assert_invalid(
        "{\"snooze\": {\"length\": \"0m\", \"max_per_break\": 11}}",
        &[
            r#"config.json:1:23: snooze.length: expected a duration from 1m to 2h, found "0m""#,
            "config.json:1:46: snooze.max_per_break: expected a whole number from 0 to 10, found 11",
        ],
    );
}

#[test]
fn break_interval_under_five_minutes() {
    assert_invalid(
        r#"{"breaks": [{"name": "Blink", "routine": "desk-reset", "every": "4m"}]}"#,
        &[r#"config.json:1:65: breaks[0].every: expected a duration from 5m to 8h, found "4m""#],
    );
}

#[test]
fn overlapping_working_hours() {
    assert_invalid(
        "{\"working_hours\": {\n  \"mon\": [\"09:00-12:30\", \"12:00-18:00\"]\n}}",
        &[
            r#"config.json:2:26: working_hours.mon[1]: expected time ranges that do not overlap, found "12:00-18:00" overlapping "09:00-12:30""#,
        ],
    );
}

#[test]
fn reversed_and_malformed_working_hours() {
    assert_invalid(
        "{\"working_hours\": {\n  \"tue\": [\"18:00-09:00\"],\n  \"wed\": [\"9-5\"]\n}}",
        &[
            r#"config.json:2:11: working_hours.tue[0]: expected a time range that ends after it starts, found "18:00-09:00""#,
            r#"config.json:3:11: working_hours.wed[0]: expected a time range like "09:00-12:30", found "9-5""#,
        ],
    );
}

#[test]
fn unknown_routine_id() {
    assert_invalid(
        r#"{"breaks": [{"name": "Traps", "routine": "uper-trap", "at": "15:00"}]}"#,
        &[
            r#"config.json:1:42: breaks[0].routine: expected the id of a built-in or user routine, found "uper-trap" (did you mean "upper-trap"?)"#,
        ],
    );
}

#[test]
fn duplicate_break_names() {
    assert_invalid(
        r#"{"breaks": [
  {"name": "Reset", "routine": "desk-reset", "every": "50m"},
  {"name": "Reset", "routine": "upper-trap", "at": "15:00"}
]}"#,
        &[
            r#"config.json:3:12: breaks[1].name: expected a name no other break has, found "Reset" (also breaks[0])"#,
        ],
    );
}

#[test]
fn two_daily_breaks() {
    assert_invalid(
        r#"{"breaks": [
  {"name": "A", "routine": "desk-reset", "every": "50m", "daily": true},
  {"name": "B", "routine": "upper-trap", "at": "15:00", "daily": true}
]}"#,
        &["config.json:3:66: breaks[1].daily: expected at most one daily break, found a second one (breaks[0] is daily)"],
    );
}

#[test]
fn both_every_and_at() {
    assert_invalid(
        r#"{"breaks": [
  {"name": "A", "routine": "desk-reset", "every": "50m", "at": "15:00"}
]}"#,
        &[
            r#"config.json:2:3: breaks[0]: expected exactly one of "every" (an active-time interval) or "at" (a time of day), found both"#,
        ],
    );
}

#[test]
fn neither_every_nor_at() {
    assert_invalid(
        r#"{"breaks": [
  {"name": "A", "routine": "desk-reset"}
]}"#,
        &[
            r#"config.json:2:3: breaks[0]: expected exactly one of "every" (an active-time interval) or "at" (a time of day), found neither"#,
        ],
    );
}

#[test]
fn a_time_of_day_out_of_range() {
    assert_invalid(
        r#"{"breaks": [{"name": "A", "routine": "desk-reset", "at": "25:00"}]}"#,
        &[
            r#"config.json:1:58: breaks[0].at: expected a time of day "HH:MM" from 00:00 to 23:59, like "15:00", found "25:00""#,
        ],
    );
}

#[test]
fn missing_required_key_points_at_the_object() {
    assert_invalid(
        "{\"breaks\": [\n  {\"routine\": \"desk-reset\", \"every\": \"50m\"}\n]}",
        &[r#"config.json:2:3: breaks[0]: missing key "name" (the name shown in notifications)"#],
    );
}

#[test]
fn unsupported_version() {
    assert_invalid(
        "{\"version\": 2}",
        &["config.json:1:13: version: expected 1 (the only config version there is), found 2"],
    );
}

#[test]
fn top_level_array() {
    assert_invalid(
        "[]",
        &[
            r#"config.json:1:1: expected an object holding the config keys, like {"breaks": [...]}, found an empty array"#,
        ],
    );
}

#[test]
fn top_level_null() {
    assert_invalid(
        "\n null",
        &[
            r#"config.json:2:2: expected an object holding the config keys, like {"breaks": [...]}, found null"#,
        ],
    );
}

#[test]
fn syntax_error_trailing_comma() {
    assert_invalid(
        "{\n  \"natural_break\": \"5m\",\n}\n",
        &["config.json:3:1: invalid JSON: trailing comma"],
    );
}

#[test]
fn duplicate_key() {
    assert_invalid(
        "{\"sound\": {\"volume\": 10, \"volume\": 20}}",
        &[
            r#"config.json:1:26: sound.volume: duplicate key "volume": each key may appear only once"#,
        ],
    );
}

/// A routine whose one exercise is `exercise` (a JSON object's inside).
fn routine_with(id: &str, exercise: &str) -> String {
    format!(
        r#"{{"id": "{id}", "title": "T", "safety": "Stop if it hurts.", "exercises": [{{{exercise}}}]}}"#
    )
}

const EXERCISE: &str = r#""id": "e", "title": "E", "purpose": "stretch", "position": "chair",
  "equipment": "none", "instructions": ["Tilt."], "sides": "none", "sets": 1, "reps": 1,
  "phases": [{"phase": "hold", "for": "30s"}]"#;

#[test]
fn duplicate_routine_ids_and_a_built_in_id() {
    let text = format!(
        "{{\"routines\": [\n{},\n{},\n{}\n]}}",
        routine_with("mine", EXERCISE),
        routine_with("mine", EXERCISE),
        routine_with("upper-trap", EXERCISE)
    );
    assert_invalid(
        &text,
        &[
            r#"config.json:5:8: routines[1].id: expected an id no other routine has, found "mine" (also routines[0])"#,
            r#"config.json:8:8: routines[2].id: expected an id that no built-in routine uses, found "upper-trap""#,
        ],
    );
}

#[test]
fn phase_longer_than_ten_minutes() {
    let text = format!(
        "{{\"routines\": [{}]}}",
        routine_with("mine", &EXERCISE.replace("\"30s\"", "\"11m\""))
    );
    assert_invalid(
        &text,
        &[
            r#"config.json:3:39: routines[0].exercises[0].phases[0].for: expected a duration from 1s to 10m, found "11m""#,
        ],
    );
}

#[test]
fn exercise_enum_typo_and_short_exhale() {
    let exercise = EXERCISE.replace("\"stretch\"", "\"strech\"")
        + r#", "breath": {"inhale": "5s", "exhale": "4s"}"#;
    let text = format!("{{\"routines\": [{}]}}", routine_with("mine", &exercise));
    assert_invalid(
        &text,
        &[
            r#"config.json:1:126: routines[0].exercises[0].purpose: expected one of "stretch", "release", "strengthen", "retrain", found "strech" (did you mean "stretch"?)"#,
            r#"config.json:3:85: routines[0].exercises[0].breath.exhale: expected an exhale longer than the inhale (5s; the slow exhale is the point), found "4s""#,
        ],
    );
}

#[test]
fn many_mistakes_are_reported_at_once() {
    assert_invalid(
        r#"{
  "snooze": {"length": "3h"},
  "sound": {"volume": -1, "enabled": "yes"},
  "natural_break": 5,
  "do_not_disturb": {"max_postpone": "1d"}
}"#,
        &[
            r#"config.json:2:24: snooze.length: expected a duration from 1m to 2h, found "3h""#,
            "config.json:3:23: sound.volume: expected a whole number from 0 to 100, found -1",
            r#"config.json:3:38: sound.enabled: expected true or false, found "yes""#,
            r#"config.json:4:20: natural_break: expected a duration like "5m", found 5"#,
            r#"config.json:5:38: do_not_disturb.max_postpone: expected a duration like "30m", found "1d""#,
        ],
    );
}

// ---- files that are not config text at all ----

#[test]
fn an_empty_file() {
    assert_invalid(
        "",
        &["config.json:1:1: invalid JSON: EOF while parsing a value"],
    );
}

#[test]
fn invalid_utf8() {
    let run = check(b"{\n  \"sound\": {\"voice\": \"\xff\xfe\"}\n}".as_slice());
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "config.json:2:23: invalid UTF-8: a config file must be UTF-8 text\n1 error\n"
    );
}

#[test]
fn binary_garbage() {
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let run = check(garbage);
    assert_refused(&run, "config.json:1:");
    assert_eq!(run.stderr.lines().last(), Some("1 error"));
}

#[test]
fn deep_nesting() {
    let run = check("[".repeat(100_000));
    assert_refused(&run, "config.json:1:");
    assert!(
        run.stderr
            .contains("invalid JSON: recursion limit exceeded"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_100_mb_file_is_refused_unread() {
    let sandbox = Sandbox::new();
    let path = sandbox.path("config.json");
    let file = std::fs::File::create(&path).expect("create");
    // Sparse: instant to make, but 100 MB as far as the metadata says.
    file.set_len(100 * 1024 * 1024).expect("set_len");
    let run = sandbox.check(&["config.json"]);
    assert_refused(
        &run,
        "config.json: the config file is larger than 1 MiB (1048576 bytes), the most unknot reads",
    );
}

#[test]
fn a_missing_or_unreadable_file() {
    let sandbox = Sandbox::new();
    assert_refused(
        &sandbox.check(&["nope.json"]),
        "nope.json: no such config file",
    );
    std::fs::create_dir(sandbox.path("folder.json")).expect("mkdir");
    assert_refused(
        &sandbox.check(&["folder.json"]),
        "folder.json: cannot read the config file:",
    );
}

// ---- where the config comes from ----

/// The summary line `check-config` prints for `label`.
fn ok_line(label: &Path, summary: &str) -> String {
    format!("{}: OK — {summary}\n", label.display())
}

#[test]
fn no_file_anywhere_checks_the_built_in_default_and_says_so() {
    let sandbox = Sandbox::new();
    let run = sandbox.check(&[]);
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    let expected_path = sandbox.xdg().join("unknot/config.json");
    assert_eq!(
        run.stdout,
        format!(
            "built-in default (no config file at {}): OK — {SUMMARY}\n",
            expected_path.display()
        )
    );
}

#[test]
fn the_xdg_config_home_file_is_used() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("xdg/unknot/config.json", one_break("Xdg"));
    let run = sandbox.check(&[]);
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, ok_line(&path, &summary_of("Xdg")));
}

#[test]
fn without_xdg_config_home_the_home_config_folder_is_used() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("home/.config/unknot/config.json", one_break("Home"));
    let run = sandbox.run(
        sandbox
            .command()
            .env_remove("XDG_CONFIG_HOME")
            .arg("check-config"),
    );
    assert_eq!(run.code, Some(0), "stderr:\n{}", run.stderr);
    assert_eq!(run.stdout, ok_line(&path, &summary_of("Home")));
}

#[test]
fn unknot_config_beats_xdg_and_the_flag_beats_both() {
    let sandbox = Sandbox::new();
    sandbox.write("xdg/unknot/config.json", one_break("Xdg"));
    let env_file = sandbox.write("env.json", one_break("Env"));
    let flag_file = sandbox.write("flag.json", one_break("Flag"));
    let arg_file = sandbox.write("arg.json", one_break("Arg"));

    let run = sandbox.run(
        sandbox
            .command()
            .env("UNKNOT_CONFIG", &env_file)
            .arg("check-config"),
    );
    assert_eq!(run.stdout, ok_line(&env_file, &summary_of("Env")));

    let run = sandbox.run(sandbox.command().env("UNKNOT_CONFIG", &env_file).args([
        "--config",
        "flag.json",
        "check-config",
    ]));
    assert_eq!(
        run.stdout,
        ok_line(Path::new("flag.json"), &summary_of("Flag"))
    );
    assert!(flag_file.exists());

    // check-config's own PATH beats them all.
    let run = sandbox.run(
        sandbox
            .command()
            .env("UNKNOT_CONFIG", &env_file)
            .args(["--config", "flag.json", "check-config"])
            .arg(&arg_file),
    );
    assert_eq!(run.stdout, ok_line(&arg_file, &summary_of("Arg")));
}

#[test]
fn a_named_file_that_does_not_exist_is_an_error_not_the_default() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(
        sandbox
            .command()
            .env("UNKNOT_CONFIG", "missing-env.json")
            .arg("check-config"),
    );
    assert_refused(&run, "missing-env.json: no such config file");

    let run = sandbox.run(
        sandbox
            .command()
            .args(["--config", "missing.json", "check-config"]),
    );
    assert_refused(&run, "missing.json: no such config file");
}

#[test]
fn other_commands_refuse_a_broken_config_with_its_errors() {
    let sandbox = Sandbox::new();
    sandbox.write("bad.json", "{\"sound\": {\"volume\": 101}}");
    let run = sandbox.run(sandbox.command().args(["--config", "bad.json", "schedule"]));
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "bad.json:1:22: sound.volume: expected a whole number from 0 to 100, found 101\n"
    );
}

#[test]
fn a_shoulder_check_out_of_range_is_a_clear_error() {
    assert_invalid(
        r#"{"shoulder_check": {"every": "5m"}}"#,
        &[
            r#"config.json:1:30: shoulder_check.every: expected a duration from 10m to 1h, found "5m""#,
        ],
    );
    assert_invalid(
        "{\"shoulder_check\": {\"enabled\": \"yes\", \"every\": \"2h\"}}",
        &[
            r#"config.json:1:32: shoulder_check.enabled: expected true or false, found "yes""#,
            r#"config.json:1:48: shoulder_check.every: expected a duration from 10m to 1h, found "2h""#,
        ],
    );
}
