//! Integration tests: `unknot routine list|show` as a user runs them, with a
//! fresh HOME and no config file, so the embedded default config is used.

use assert_cmd::Command;

/// Runs `unknot ARGS` with empty HOME and XDG folders; returns (exit code,
/// stdout, stderr).
fn unknot(args: &[&str]) -> (Option<i32>, String, String) {
    let home = tempfile::tempdir().expect("a temp HOME");
    let output = Command::cargo_bin("unknot")
        .expect("the unknot binary is built")
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env_remove("UNKNOT_CONFIG")
        .output()
        .expect("unknot runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// "10:11" → 611 s.
fn clock_secs(text: &str) -> u64 {
    let (m, s) = text
        .split_once(':')
        .unwrap_or_else(|| panic!("not m:ss: {text}"));
    let m: u64 = m.parse().unwrap_or_else(|_| panic!("minutes in {text}"));
    let s: u64 = s.parse().unwrap_or_else(|_| panic!("seconds in {text}"));
    m * 60 + s
}

#[test]
fn list_shows_each_built_in_with_length_and_needs() {
    let (code, out, err) = unknot(&["routine", "list"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() >= 2, "{out}");
    assert!(lines[0].starts_with("upper-trap "), "{out}");
    assert!(lines[0].contains("Upper-trap daily routine"), "{out}");
    assert!(lines[0].contains("ball"), "{out}");
    assert!(lines[1].starts_with("desk-reset "), "{out}");
    assert!(lines[1].contains("chair"), "{out}");
    let length = lines[0]
        .split_whitespace()
        .find(|w| w.contains(':'))
        .map(clock_secs);
    assert!(matches!(length, Some(540..=660)), "{out}");
    assert!(lines.iter().all(|l| l.chars().count() <= 80), "{out}");
}

#[test]
fn show_prints_needs_safety_each_exercise_and_total() {
    let (code, out, err) = unknot(&["routine", "show", "upper-trap"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let needs = out.lines().find(|l| l.starts_with("Needs: "));
    assert_eq!(
        needs,
        Some("Needs: a ball, a folded towel, a chair, a wall, floor space"),
        "{out}"
    );
    assert!(out.contains("Safety: "), "{out}");
    assert!(out.to_lowercase().contains("stop"), "{out}");
    // The article's order: stretch, release, strengthen, retrain.
    let order: Vec<usize> = [
        "1. Neck side stretch (stretch)",
        "2. Ball pressure on the knot (release)",
        "3. Prone Y-raise (strengthen)",
        "4. Shoulder-blade depression hold (retrain)",
    ]
    .iter()
    .map(|h| out.find(h).unwrap_or_else(|| panic!("no {h:?} in\n{out}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{out}");
    assert!(out.contains("Hold 60 s"), "{out}");
    assert!(
        out.contains("Breathing while holding: in 4 s, out 6 s"),
        "{out}"
    );
    assert!(out.contains("Press 70 s"), "{out}");
    assert!(out.contains("don't roll"), "{out}");
    assert!(out.contains("Voice: everything is spoken"), "{out}");
    assert!(out.contains("Raise 2 s, Hold 2 s, Lower 3 s"), "{out}");
    assert!(out.contains("Hold 10 s"), "{out}");
    let total = out
        .lines()
        .find_map(|l| l.strip_prefix("Total: "))
        .and_then(|l| l.split_whitespace().next())
        .map(clock_secs);
    assert!(matches!(total, Some(540..=660)), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
}

#[test]
fn show_json_is_the_compiled_timeline() {
    let (code, out, err) = unknot(&["routine", "show", "upper-trap", "--json"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("routine show --json is JSON");
    assert_eq!(v["routine_id"], "upper-trap");
    assert_eq!(v["title"], "Upper-trap daily routine");
    let total = v["total_ms"].as_u64().expect("total_ms is a number");
    assert!((540_000..=660_000).contains(&total), "{total}");
    let segments = v["segments"].as_array().expect("segments");
    let sum: u64 = segments
        .iter()
        .map(|s| s["duration_ms"].as_u64().expect("duration_ms"))
        .sum();
    assert_eq!(sum, total);
    let cues = v["cues"].as_array().expect("cues");
    assert_eq!(
        cues.last().map(|c| &c["kind"]),
        Some(&"routine_done".into())
    );
    assert!(cues.iter().all(|c| c["at_ms"].as_u64() <= Some(total)));
    // Every cue says what is heard: a spoken line's text, or a tone's name.
    for c in cues {
        let heard = c["heard"].as_array().expect("heard");
        match c["kind"].as_str() {
            Some("say") => assert_eq!(heard, &[c["text"].clone()], "{c}"),
            Some("exercise_done") => assert!(heard.is_empty(), "{c}"),
            _ => assert!(
                heard
                    .iter()
                    .all(|h| h.as_str().is_some_and(|h| h.starts_with("tone: "))),
                "{c}"
            ),
        }
    }
    let said: Vec<&str> = cues.iter().filter_map(|c| c["text"].as_str()).collect();
    assert!(
        said.contains(&"Tip your left ear toward your left shoulder."),
        "{said:?}"
    );

    // The human total agrees with the JSON one.
    let (_, human, _) = unknot(&["routine", "show", "upper-trap"]);
    let secs = (total + 500) / 1000;
    let line = format!("Total: {}:{:02} ", secs / 60, secs % 60);
    assert!(human.contains(&line), "{line:?} not in\n{human}");
}

#[test]
fn a_user_routine_says_its_own_lines_are_shown_not_spoken() {
    let home = tempfile::tempdir().expect("a temp home");
    let config = home.path().join("unknot");
    std::fs::create_dir_all(&config).expect("config folder");
    let routine = r#"{"version": 1, "routines": [{"id": "mine", "title": "Mine",
        "safety": "Gently; stop if anything is sharp.",
        "exercises": [{"id": "tilt", "title": "Tilt", "purpose": "stretch", "position": "chair",
          "equipment": "none", "instructions": ["Tilt your head."], "sides": "both",
          "sets": 1, "reps": 1, "phases": [{"phase": "hold", "for": "20s"}]}]}]}"#;
    std::fs::write(config.join("config.json"), routine).expect("config written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_unknot"))
        .args(["routine", "show", "mine"])
        .env("XDG_CONFIG_HOME", home.path())
        .output()
        .expect("unknot runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Voice: your own lines are shown, not spoken"),
        "{text}"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_unknot"))
        .args(["routine", "show", "mine", "--json"])
        .env("XDG_CONFIG_HOME", home.path())
        .output()
        .expect("unknot runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let said: Vec<&str> = v["cues"]
        .as_array()
        .expect("cues")
        .iter()
        .filter_map(|c| c["text"].as_str())
        .collect();
    assert_eq!(said.first(), Some(&"Get ready."), "{said:?}");
    assert!(
        said.contains(&"Left side.") && said.contains(&"Right side."),
        "{said:?}"
    );
    assert!(!said.contains(&"Tilt your head."), "{said:?}");
}

#[test]
fn desk_reset_is_short_and_needs_only_a_chair() {
    let (code, out, err) = unknot(&["routine", "show", "desk-reset", "--json"]);
    assert_eq!(code, Some(0), "stderr: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let total = v["total_ms"].as_u64().expect("total_ms");
    // Under three minutes, and 12 s more for the stop signs, which only the
    // first desk reset of a day speaks.
    assert!((120_000..=180_000 + 12_000).contains(&total), "{total}");
    let (_, human, _) = unknot(&["routine", "show", "desk-reset"]);
    assert!(human.contains("Needs: a chair\n"), "{human}");
}

#[test]
fn unknown_routine_exits_2_and_names_the_known_ones() {
    let (code, out, err) = unknot(&["routine", "show", "xyz"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("unknot: no routine \"xyz\"; known routines: upper-trap, desk-reset"),
        "{err}"
    );
    assert!(!err.contains("did you mean"), "{err}");

    let (code, _, err) = unknot(&["routine", "show", "uper-trap"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("did you mean \"upper-trap\"?"), "{err}");
}
