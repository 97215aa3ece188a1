//! `cargo xtask bench --durability [--kills N]`: SIGKILLs the real app while
//! it writes its history, N times (default 200), and checks after every kill
//! that each file still parses and that no event the app had confirmed is
//! lost. The app confirms a control request only after the history records
//! it caused are appended and fsynced, so every confirmed `skip` must be in
//! `history.jsonl` as a `skipped` record.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

const ALL_DAY: &str = r#"["00:00-24:00"]"#;

pub struct Outcome {
    pub kills: u32,
    pub confirmed: u64,
    pub recorded: u64,
    pub torn_lines: u32,
    pub corrupt_state_files: u32,
}

#[allow(clippy::disallowed_methods)] // A benchmark: it sleeps between kills.
pub fn run(binary: &Path, kills: u32) -> Result<Outcome> {
    let root = tempfile::tempdir().context("a temp folder")?;
    let home = root.path().join("home");
    let runtime = root.path().join("run");
    std::fs::create_dir_all(home.join(".config/unknot"))?;
    std::fs::create_dir_all(&runtime)?;
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )?;
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| format!("\"{d}\": {ALL_DAY}"))
        .collect();
    std::fs::write(
        home.join(".config/unknot/config.json"),
        format!(
            "{{\"working_hours\": {{{}}}, \"breaks\": [{{\"name\": \"Desk reset\", \"routine\": \"desk-reset\", \"every\": \"50m\"}}], \"sound\": {{\"enabled\": false}}}}",
            days.join(", ")
        ),
    )?;
    let state = home.join(".local/state/unknot");
    let socket = runtime.join("unknot/unknot.sock");

    let mut confirmed_total = 0u64;
    let mut torn = 0u32;
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for round in 0..kills {
        let mut app = start(binary, &home, &runtime)?;
        wait_for_socket(&socket, &mut app)?;
        let confirmed = Arc::new(AtomicU64::new(0));
        let writer = {
            let socket = socket.clone();
            let confirmed = confirmed.clone();
            std::thread::spawn(move || write_events(&socket, &confirmed))
        };
        // Kill after a varied moment: 0–40 ms into the writes.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_micros(seed % 40_000));
        app.kill().context("SIGKILL")?;
        let _ = app.wait();
        let _ = writer.join();
        confirmed_total += confirmed.load(Ordering::SeqCst);

        let (recorded, torn_now) = count_skips(&state.join("history.jsonl"))
            .with_context(|| format!("after kill {}", round + 1))?;
        torn += torn_now;
        if recorded < confirmed_total {
            bail!(
                "after kill {}: {} skips were confirmed but only {recorded} are in the history",
                round + 1,
                confirmed_total
            );
        }
        if let Ok(text) = std::fs::read(state.join("state.json")) {
            serde_json::from_slice::<serde_json::Value>(&text)
                .with_context(|| format!("state.json does not parse after kill {}", round + 1))?;
        }
    }
    let (recorded, _) = count_skips(&state.join("history.jsonl"))?;
    let corrupt = std::fs::read_dir(&state)?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .count() as u32;
    Ok(Outcome {
        kills,
        confirmed: confirmed_total,
        recorded,
        torn_lines: torn,
        corrupt_state_files: corrupt,
    })
}

fn start(binary: &Path, home: &Path, runtime: &Path) -> Result<Child> {
    Command::new(binary)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_STATE_HOME", home.join(".local/state"))
        .env("XDG_RUNTIME_DIR", runtime)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", binary.display()))
}

#[allow(clippy::disallowed_methods)] // A benchmark: bounded polling.
fn wait_for_socket(socket: &Path, app: &mut Child) -> Result<()> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if request(socket, r#"{"v":1,"cmd":"status"}"#).is_ok() {
            return Ok(());
        }
        if let Ok(Some(status)) = app.try_wait() {
            bail!("the app exited before answering ({status})");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    bail!("the app never answered on {}", socket.display())
}

/// Makes a break due and skips it, over and over, counting the skips the
/// app confirmed.
fn write_events(socket: &Path, confirmed: &AtomicU64) {
    loop {
        let due = request(
            socket,
            r#"{"v":1,"cmd":"break-now","routine":"desk-reset"}"#,
        );
        if due.is_err() {
            return;
        }
        match request(socket, r#"{"v":1,"cmd":"skip"}"#) {
            Ok(reply) if reply.contains("\"ok\":true") => {
                confirmed.fetch_add(1, Ordering::SeqCst);
            }
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

fn request(socket: &Path, line: &str) -> std::io::Result<String> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.write_all(format!("{line}\n").as_bytes())?;
    let mut reply = String::new();
    BufReader::new(stream).read_line(&mut reply)?;
    if reply.is_empty() {
        return Err(std::io::Error::other("closed"));
    }
    Ok(reply)
}

/// `skipped` records in the history, and how many lines were cut by a kill.
fn count_skips(path: &PathBuf) -> Result<(u64, u32)> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok((0, 0));
    };
    let text = String::from_utf8_lossy(&bytes);
    let lines: Vec<&str> = text.split('\n').filter(|l| !l.is_empty()).collect();
    let mut skips = 0;
    let mut bad = 0;
    for (i, line) in lines.iter().enumerate() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            // A record cut by the kill. The app starts its next record on a
            // fresh line, so such a fragment can also sit in the middle.
            let _ = i;
            bad += 1;
            continue;
        };
        if record["event"] == "skipped" {
            skips += 1;
        }
    }
    Ok((skips, bad))
}
