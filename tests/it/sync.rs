//! Two machines, one history (docs/sync.md): two unknot apps with separate
//! homes share a folder through two real Syncthing instances (Debian's
//! `syncthing`), which talk to each other on loopback only: discovery,
//! relays, NAT traversal, usage and crash reports and upgrades are off, and
//! the test checks that through Syncthing's REST API.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use desktop::syncthing::{free_port, generate, Syncthing};
use desktop::Desktop;

use crate::unknot_in::UnknotIn;

const WAIT: Duration = Duration::from_secs(90);

/// One simulated machine: its home (and XDG folders under it) and the
/// folder Syncthing keeps alike with the other machine's.
struct Machine {
    home: PathBuf,
    folder: PathBuf,
}

impl Machine {
    fn new(home: PathBuf) -> Machine {
        let folder = home.join("Sync/unknot");
        std::fs::create_dir_all(folder.join(".stfolder")).expect("the sync folder");
        let runtime = home.join(".run");
        std::fs::create_dir_all(&runtime).expect("a runtime folder");
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
            .expect("runtime folder mode");
        Machine { home, folder }
    }

    /// `unknot ARGS` as this machine: the desktop's display and bus, this
    /// machine's home and XDG folders (so its own socket and state).
    fn unknot(&self, desktop: &Desktop) -> Command {
        let mut cmd = desktop.unknot();
        let home = &self.home;
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_RUNTIME_DIR", home.join(".run"));
        cmd
    }

    fn write_config(&self, text: &str) {
        let dir = self.home.join(".config/unknot");
        std::fs::create_dir_all(&dir).expect("config folder");
        std::fs::write(dir.join("config.json"), text).expect("writing the config");
    }

    /// `unknot ARGS` as this machine, which must succeed: its stdout.
    fn run(&self, desktop: &Desktop, args: &[&str]) -> String {
        let out = self
            .unknot(desktop)
            .args(args)
            .output()
            .expect("unknot runs");
        assert!(
            out.status.success(),
            "unknot {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn json(&self, desktop: &Desktop, args: &[&str]) -> Option<Value> {
        let out = self.unknot(desktop).args(args).output().ok()?;
        out.status
            .success()
            .then(|| serde_json::from_slice(&out.stdout).ok())
            .flatten()
    }
}

/// A child process killed (with its group) when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A REST answer as JSON.
fn rest(sync: &Syncthing, path: &str) -> Option<Value> {
    serde_json::from_str(&sync.get(path)?).ok()
}

/// A one-exercise routine of a few seconds, the daily break of both
/// machines: it can run to its end within a test.
fn config(folder: &Path, at: &str) -> String {
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| format!("\"{d}\": [\"00:00-24:00\"]"))
        .collect();
    format!(
        r#"{{
  "working_hours": {{{days}}},
  "breaks": [{{"name": "Daily routine", "routine": "tiny", "at": "{at}", "daily": true,
              "start_screen": false, "checkin": "off"}}],
  "sound": {{"enabled": false}},
  "weekly_summary": false,
  "sync": {{"folder": "{folder}"}},
  "routines": [{{
    "id": "tiny", "title": "Tiny", "safety": "Stop if it hurts.",
    "exercises": [{{"id": "e", "title": "Shoulders down", "purpose": "retrain",
      "position": "chair", "equipment": "none", "instructions": ["Shoulders down."],
      "sides": "none", "sets": 1, "reps": 1, "phases": [{{"phase": "hold", "for": "3s"}}]}}]
  }}]
}}"#,
        days = days.join(", "),
        folder = folder.display()
    )
}

/// Every file in `dir` whose name says it is a sync conflict copy.
fn conflicts(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains(".sync-conflict"))
                .collect()
        })
        .unwrap_or_default()
}

/// Two machines whose sync folders two connected Syncthings keep alike.
struct Pair {
    a: Machine,
    b: Machine,
    sync_a: Syncthing,
    sync_b: Syncthing,
}

impl Pair {
    fn start(desktop: &Desktop) -> Pair {
        let scratch = desktop.scratch();
        let a = Machine::new(desktop.home());
        let b = Machine::new(scratch.join("machine-b"));
        let (st_a, st_b) = (scratch.join("syncthing-a"), scratch.join("syncthing-b"));
        let (id_a, id_b) = (generate(&st_a), generate(&st_b));
        let (port_a, port_b) = (free_port(), free_port());
        let sync_a = Syncthing::start(
            &st_a,
            &a.folder,
            &id_a,
            &id_b,
            port_a,
            port_b,
            scratch.join("syncthing-a.log"),
        );
        let sync_b = Syncthing::start(
            &st_b,
            &b.folder,
            &id_b,
            &id_a,
            port_b,
            port_a,
            scratch.join("syncthing-b.log"),
        );
        // Traffic stays on this machine: Syncthing's own view of its options.
        for sync in [&sync_a, &sync_b] {
            let mut options = None;
            desktop.wait_until(WAIT, || {
                options = rest(sync, "/rest/config").map(|c| c["options"].clone());
                options.is_some()
            });
            let o = options.unwrap_or_else(|| panic!("no REST answer\n{}", sync.log()));
            for off in [
                "globalAnnounceEnabled",
                "localAnnounceEnabled",
                "relaysEnabled",
                "natEnabled",
                "crashReportingEnabled",
            ] {
                assert_eq!(o[off], false, "{off}: {o:#}");
            }
            assert_eq!(o["urAccepted"], -1, "{o:#}");
            assert_eq!(o["autoUpgradeIntervalH"], 0, "{o:#}");
            let listen = o["listenAddresses"].as_array().cloned().unwrap_or_default();
            assert!(
                !listen.is_empty()
                    && listen.iter().all(|l| l
                        .as_str()
                        .is_some_and(|l| l.starts_with("tcp://127.0.0.1:"))),
                "{listen:?}"
            );
        }
        let connected = desktop.wait_until(WAIT, || {
            rest(&sync_a, "/rest/system/connections")
                .is_some_and(|c| c["connections"][&id_b]["connected"] == true)
        });
        assert!(
            connected,
            "the two Syncthings never connected\n{}\n{}",
            sync_a.log(),
            sync_b.log()
        );

        Pair {
            a,
            b,
            sync_a,
            sync_b,
        }
    }
}

#[test]
fn a_routine_done_on_one_machine_counts_on_the_other_through_syncthing() {
    let desktop = Desktop::start();
    let scratch = desktop.scratch();
    let Pair {
        a,
        b,
        sync_a,
        sync_b,
    } = Pair::start(&desktop);

    // A's daily break is half a day away; B's comes within the minute, so
    // B has it pending (or about to be) when A's routine arrives.
    let later = (chrono::Local::now() + chrono::Duration::hours(12)).format("%H:%M");
    let soon = (chrono::Local::now() + chrono::Duration::minutes(1)).format("%H:%M");
    a.write_config(&config(&a.folder, &later.to_string()));
    b.write_config(&config(&b.folder, &soon.to_string()));
    // A has history from before the sync folder: not merged until `sync init`.
    let local = unknot::history::History::open(a.home.join(".local/state/unknot"))
        .expect("A's local history");
    local
        .append(&unknot::engine::HistoryEvent::Offered {
            break_name: "Daily routine".into(),
            routine: "tiny".into(),
            at: chrono::Local::now().fixed_offset() - chrono::Duration::minutes(30),
        })
        .expect("appends");
    b.run(&desktop, &["sync", "init"]);
    let spawn = |m: &Machine, name: &str| {
        Process(
            m.unknot(&desktop)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(scratch.join(name)).expect("a log"))
                .spawn()
                .expect("unknot starts"),
        )
    };
    let _app_a = spawn(&a, "app-a.err");
    let _app_b = spawn(&b, "app-b.err");
    for m in [&a, &b] {
        let up = desktop.wait_until(WAIT, || m.json(&desktop, &["status", "--json"]).is_some());
        assert!(up, "an app never answered");
    }
    let note = a.json(&desktop, &["status", "--json"]).expect("A answers")["sync_note"].clone();
    assert!(
        note.as_str()
            .is_some_and(|n| n.contains("1 record") && n.contains("unknot sync init")),
        "{note}"
    );
    let said = a.run(&desktop, &["sync", "init"]);
    assert!(said.starts_with("Merged 1 record of"), "{said}");
    let said = a.run(&desktop, &["sync", "init"]);
    assert!(said.starts_with("Nothing to merge"), "{said}");
    let note = a.json(&desktop, &["status", "--json"]).expect("A answers")["sync_note"].clone();
    assert!(note.is_null(), "{note}");

    // The routine on A, played to its end in A's window.
    a.run(&desktop, &["start", "tiny"]);
    let done_on_a = desktop.wait_until(WAIT, || {
        a.json(&desktop, &["status", "--json"])
            .is_some_and(|s| s["daily_done"] == true)
    });
    assert!(done_on_a, "A never finished its routine");
    let finished = Instant::now();
    let done_on_b = desktop.wait_until(WAIT, || {
        b.json(&desktop, &["status", "--json"])
            .is_some_and(|s| s["daily_done"] == true)
    });
    let delay = finished.elapsed();
    let err_b = std::fs::read_to_string(scratch.join("app-b.err")).unwrap_or_default();
    assert!(
        done_on_b,
        "B never heard of A's routine\n{err_b}\n{}\n{}",
        sync_a.log(),
        sync_b.log()
    );
    eprintln!(
        "sync: B saw A's routine {} ms after A did",
        delay.as_millis()
    );
    // B's daily reminder is gone (dropped, or withdrawn if it was up).
    let status_b = b.json(&desktop, &["status", "--json"]).expect("B answers");
    assert_ne!(status_b["notification"]["shown"], true, "{status_b:#}");
    assert_ne!(status_b["state"], "due", "{status_b:#}");

    // Both show the same days: the union of both files.
    let days = |m: &Machine| {
        m.json(&desktop, &["stats", "--json"])
            .map(|s| s["per_day"].clone())
    };
    let mut last = (None, None);
    let same = desktop.wait_until(WAIT, || {
        last = (days(&a), days(&b));
        last.0.is_some() && last.0 == last.1
    });
    assert!(same, "the machines disagree: {last:#?}");
    let today = last.0.as_ref().and_then(|d| d.as_array()?.last().cloned());
    assert_eq!(
        today.map(|t| t["daily_done"].clone()),
        Some(Value::Bool(true))
    );
    // No conflict copies: each file has one writer.
    assert_eq!(conflicts(&a.folder), Vec::<String>::new());
    assert_eq!(conflicts(&b.folder), Vec::<String>::new());
    // Each machine wrote only its own file.
    let files = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("lists")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("history-"))
            .collect();
        names.sort();
        names
    };
    let machine = |m: &Machine| {
        std::fs::read_to_string(m.home.join(".local/state/unknot/machine-id"))
            .map(|id| format!("history-{}.jsonl", id.trim()))
            .ok()
    };
    let ours: Vec<String> = [machine(&a), machine(&b)].into_iter().flatten().collect();
    let in_a = files(&a.folder);
    assert!(
        machine(&a).is_some_and(|f| in_a.contains(&f)),
        "A's file is missing: {in_a:?}"
    );
    assert!(
        in_a.iter().all(|f| ours.contains(f)),
        "{in_a:?} vs {ours:?}"
    );
    assert_eq!(in_a, files(&b.folder));
}

const WRITER_STATE: &str = "UNKNOT_SYNC_WRITER_STATE";
const WRITER_FOLDER: &str = "UNKNOT_SYNC_WRITER_FOLDER";

/// The writer the kill test kills: appends through the same `Place` writer
/// the app records with, forever, printing `APPENDED <id>` only once the
/// append returned (the record is on disk).
#[test]
fn sync_writer_child() {
    let (Some(state), Some(folder)) = (
        std::env::var_os(WRITER_STATE),
        std::env::var_os(WRITER_FOLDER),
    ) else {
        return;
    };
    let place = unknot::history::Place {
        state_dir: state.into(),
        folder: Some(folder.into()),
    };
    let history = place.writer().expect("the child's writer");
    let base = chrono::DateTime::parse_from_rfc3339("2026-03-02T09:00:00+01:00").expect("a time");
    println!("READY");
    for n in 0..1_000_000i64 {
        let event = unknot::engine::HistoryEvent::Offered {
            break_name: "Desk reset".into(),
            routine: "desk-reset".into(),
            at: base + chrono::TimeDelta::seconds(n),
        };
        let id = history.append(&event).expect("the child appends");
        println!("APPENDED {id}");
    }
}

/// A writer child for `machine`, its stdout going to `out`.
fn writer(machine: &Machine, out: &Path) -> Process {
    let exe = std::env::current_exe().expect("the test binary");
    Process(
        Command::new(exe)
            .args(["--exact", "sync::sync_writer_child", "--nocapture"])
            .env(WRITER_STATE, machine.home.join(".local/state/unknot"))
            .env(WRITER_FOLDER, &machine.folder)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(out).expect("a stdout file"))
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer child starts"),
    )
}

/// The ids a writer confirmed: whole `APPENDED` lines only.
fn confirmed(out: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(out).unwrap_or_default();
    let whole = match text.rfind('\n') {
        Some(end) => &text[..end],
        None => "",
    };
    whole
        .lines()
        .filter_map(|l| l.strip_prefix("APPENDED "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn writers_killed_mid_append_on_both_machines_lose_and_duplicate_nothing() {
    let desktop = Desktop::start();
    let scratch = desktop.scratch();
    let Pair {
        a,
        b,
        sync_a,
        sync_b,
    } = Pair::start(&desktop);
    let mut confirmed_ids: Vec<String> = Vec::new();
    for round in 0..8u64 {
        let (out_a, out_b) = (
            scratch.join(format!("writer-a-{round}")),
            scratch.join(format!("writer-b-{round}")),
        );
        let (mut wa, mut wb) = (writer(&a, &out_a), writer(&b, &out_b));
        let ready = desktop.wait_until(WAIT, || {
            [&out_a, &out_b]
                .iter()
                .all(|o| std::fs::read_to_string(o).is_ok_and(|t| t.contains("READY")))
        });
        assert!(ready, "round {round}: a writer never got ready");
        // Killed at different moments each round, mid-append sooner or later.
        std::thread::sleep(Duration::from_millis(20 + round * 37 % 150));
        for w in [&mut wa, &mut wb] {
            w.0.kill().expect("SIGKILL");
            w.0.wait().expect("reaped");
        }
        confirmed_ids.extend(confirmed(&out_a));
        confirmed_ids.extend(confirmed(&out_b));
    }
    assert!(
        confirmed_ids.len() > 16,
        "the writers hardly wrote: {}",
        confirmed_ids.len()
    );
    eprintln!(
        "sync: {} records confirmed by killed writers",
        confirmed_ids.len()
    );

    // Once Syncthing has caught up, both machines read every confirmed record.
    let place = |m: &Machine| unknot::history::Place {
        state_dir: m.home.join(".local/state/unknot"),
        folder: Some(m.folder.clone()),
    };
    let ids = |m: &Machine| -> Option<std::collections::BTreeSet<String>> {
        let read = place(m).read().ok()?;
        Some(read.records.into_iter().map(|r| r.id.0).collect())
    };
    let mut last = (None, None);
    let settled = desktop.wait_until(WAIT, || {
        last = (ids(&a), ids(&b));
        last.0.is_some()
            && last.0 == last.1
            && confirmed_ids
                .iter()
                .all(|id| last.0.as_ref().is_some_and(|s| s.contains(id)))
    });
    let missing: Vec<&String> = confirmed_ids
        .iter()
        .filter(|id| !last.0.as_ref().is_some_and(|s| s.contains(*id)))
        .collect();
    assert!(
        settled,
        "not every confirmed record reached both machines; missing on A: {missing:?}\n{}\n{}",
        sync_a.log(),
        sync_b.log()
    );
    // Nothing is there twice: in each file, every id once.
    for m in [&a, &b] {
        for entry in std::fs::read_dir(&m.folder).expect("lists").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with("history-") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).expect("reads");
            let line_ids: Vec<String> = text
                .lines()
                .filter_map(|l| serde_json::from_str::<Value>(l).ok())
                .filter_map(|v| v["id"].as_str().map(str::to_owned))
                .collect();
            let cut = text.lines().count() - line_ids.len();
            eprintln!(
                "sync: {name}: {} records, {cut} cut-off lines",
                line_ids.len()
            );
            let distinct: std::collections::BTreeSet<&String> = line_ids.iter().collect();
            assert_eq!(
                distinct.len(),
                line_ids.len(),
                "{name}: a record written twice"
            );
        }
        assert_eq!(conflicts(&m.folder), Vec::<String>::new());
    }
    assert_eq!(ids(&a).map(|s| s.len()), last.0.map(|s| s.len()));
}
