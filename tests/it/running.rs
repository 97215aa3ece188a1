//! The real app running in a headless desktop, as the end-to-end tests drive
//! it: a config in place, stderr collected, the CLI against it, killed on drop.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::Value;

use desktop::Desktop;

use crate::unknot_in::UnknotIn;

/// Working hours all week, all day, so the tests behave the same whenever
/// they run; no sound.
pub(crate) fn all_day_config(breaks: &str) -> String {
    all_day_config_with(breaks, SILENT)
}

/// The `sound` section that turns it off.
pub(crate) const SILENT: &str = r#"{"enabled": false}"#;

/// `all_day_config` with `sound` as the config's `sound` section.
pub(crate) fn all_day_config_with(breaks: &str, sound: &str) -> String {
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| format!("\"{d}\": [\"00:00-24:00\"]"))
        .collect();
    format!(
        "{{\"working_hours\": {{{}}}, \"breaks\": {breaks}, \"sound\": {sound}}}",
        days.join(", ")
    )
}

pub(crate) const DESK_ONLY: &str =
    r#"[{"name": "Desk reset", "routine": "desk-reset", "every": "50m"}]"#;

/// The app running in a desktop, its stderr collected as it comes; killed on drop.
pub(crate) struct App<'d> {
    desktop: &'d Desktop,
    child: Child,
    stderr: Arc<Mutex<String>>,
}

impl<'d> App<'d> {
    pub(crate) fn start(desktop: &'d Desktop, config: &str) -> App<'d> {
        App::start_with(desktop, config, desktop.unknot())
    }

    /// Starts `command` (unknot, perhaps under a wrapper) with `config` in place.
    pub(crate) fn start_with(desktop: &'d Desktop, config: &str, command: Command) -> App<'d> {
        let dir = desktop.home().join(".config/unknot");
        std::fs::create_dir_all(&dir).expect("config folder");
        std::fs::write(dir.join("config.json"), config).expect("writing the config");
        App::launch(desktop, command)
    }

    /// Starts `command` as a new user would: with whatever config folder
    /// (or none) the home has.
    pub(crate) fn launch(desktop: &'d Desktop, mut command: Command) -> App<'d> {
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting unknot");
        let stderr = Arc::new(Mutex::new(String::new()));
        if let Some(pipe) = child.stderr.take() {
            let sink = stderr.clone();
            thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    let mut all = sink.lock().unwrap_or_else(|e| e.into_inner());
                    all.push_str(&line);
                    all.push('\n');
                }
            });
        }
        let app = App {
            desktop,
            child,
            stderr,
        };
        let up = desktop.wait_until(Duration::from_secs(20), || app.try_status().is_some());
        assert!(up, "unknot never answered `status`:\n{}", app.stderr());
        app
    }

    pub(crate) fn stderr(&self) -> String {
        self.stderr
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub(crate) fn try_status(&self) -> Option<Value> {
        let out = self
            .desktop
            .unknot()
            .args(["status", "--json"])
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        serde_json::from_slice(&out.stdout).ok()
    }

    pub(crate) fn status(&self) -> Value {
        self.try_status()
            .unwrap_or_else(|| panic!("status does not answer:\n{}", self.stderr()))
    }

    pub(crate) fn wait_status(&self, what: &str, ready: impl Fn(&Value) -> bool) -> Value {
        let mut last = Value::Null;
        let ok = self.desktop.wait_until(Duration::from_secs(20), || {
            last = self.status();
            ready(&last)
        });
        assert!(ok, "status never showed {what}; last: {last:#}");
        last
    }

    pub(crate) fn wait_stderr(&self, what: &str) -> String {
        let ok = self
            .desktop
            .wait_until(Duration::from_secs(20), || self.stderr().contains(what));
        assert!(ok, "stderr never said {what:?}:\n{}", self.stderr());
        self.stderr()
    }

    /// Runs `unknot ARGS` against the app: (exit code, stdout, stderr).
    pub(crate) fn cli(&self, args: &[&str]) -> (i32, String, String) {
        outcome(
            self.desktop
                .unknot()
                .args(args)
                .output()
                .expect("running unknot"),
        )
    }

    pub(crate) fn assert_alive(&mut self) {
        assert!(
            matches!(self.child.try_wait(), Ok(None)),
            "the app exited:\n{}",
            self.stderr()
        );
    }

    /// Offers a break now and waits until its notification is on screen.
    pub(crate) fn offer_desk_reset(&self) {
        let (code, out, err) = self.cli(&["break-now", "desk-reset"]);
        assert_eq!(code, 0, "break-now failed: {out}{err}");
        self.wait_status("a notification", |s| s["notification"]["shown"] == true);
    }

    pub(crate) fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for App<'_> {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Waits until the X window `window` looks like the PNG at `reference`
/// (what `unknot render` drew): at most one pixel in a thousand differs by
/// more than a hair. The last screenshot is kept under `kept` in the target
/// folder, where a person can look at the real window.
pub(crate) fn looks_as_rendered(
    desktop: &Desktop,
    window: &str,
    reference: &std::path::Path,
    kept: &str,
) {
    let reference = tiny_skia::Pixmap::load_png(reference).expect("render writes a PNG");
    let mut last = None;
    let same = desktop.wait_until(Duration::from_secs(10), || {
        let shot = desktop
            .command("import")
            .args(["-window", window, "png:-"])
            .output()
            .ok()
            .and_then(|o| tiny_skia::Pixmap::decode_png(&o.stdout).ok());
        let Some(shot) = shot else { return false };
        let _ = shot.save_png(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(kept));
        let differing = if (shot.width(), shot.height()) == (reference.width(), reference.height())
        {
            shot.data()
                .chunks_exact(4)
                .zip(reference.data().chunks_exact(4))
                .filter(|(a, b)| a.iter().zip(*b).any(|(x, y)| x.abs_diff(*y) > 8))
                .count()
        } else {
            usize::MAX
        };
        last = Some(differing);
        differing <= reference.pixels().len() / 1000
    });
    assert!(
        same,
        "the window does not look as rendered ({last:?} pixels differ; see {kept})"
    );
}

/// libfaketime's preload library, where Debian and Fedora put it.
fn libfaketime() -> PathBuf {
    let candidates = [
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib64/faketime/libfaketime.so.1",
        "/usr/lib/faketime/libfaketime.so.1",
    ];
    candidates
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .expect("libfaketime is not installed (cargo xtask deps --test installs it)")
}

/// The fake wall clock: writing `@YYYY-MM-DD HH:MM:SS` sets it to that
/// time, from where it runs on. The monotonic clock stays real, as in an
/// NTP step or a suspend the app was not told about.
pub(crate) struct FakeClock(pub(crate) PathBuf);

impl FakeClock {
    pub(crate) fn set(&self, time: &str) {
        std::fs::write(&self.0, format!("@{time}\n")).expect("writing the fake time");
    }

    pub(crate) fn wrap(&self, mut command: Command) -> Command {
        command
            .env("LD_PRELOAD", libfaketime())
            .env("FAKETIME_TIMESTAMP_FILE", &self.0)
            .env("FAKETIME_NO_CACHE", "1")
            .env("FAKETIME_DONT_FAKE_MONOTONIC", "1")
            .env("TZ", "UTC");
        command
    }
}

/// A finished command as (exit code, stdout, stderr).
pub(crate) fn outcome(out: std::process::Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
