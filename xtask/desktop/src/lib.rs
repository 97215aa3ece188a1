//! The headless desktop every desktop test runs in: a real X server (Xvfb on a
//! free display), a private D-Bus session, a window manager (openbox), a real
//! notification daemon (dunst) and a real StatusNotifierItem tray host
//! (xfce4-panel), with a fresh HOME and XDG folders.
//!
//! Each test gets its own desktop, so one test never sees another's
//! notifications. Every process of a desktop shares one process group, and
//! dropping the `Desktop` kills that group, D-Bus-activated helpers included.

// Harness code reads the clock and sleeps while it polls.
#![allow(clippy::disallowed_methods)]

use std::cell::Cell;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

pub mod syncthing;
pub mod wayland;

/// D-Bus name the tray host owns once its systray plugin is up.
pub const WATCHER: &str = "org.kde.StatusNotifierWatcher";
/// D-Bus name of the notification daemon.
pub const NOTIFICATIONS: &str = "org.freedesktop.Notifications";

/// Which pieces a desktop has; `Options::default()` is the whole desktop
/// without audio.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub audio: bool,
    /// dunst; without it nothing owns org.freedesktop.Notifications (D-Bus
    /// activation of dunst is masked too).
    pub notifications: bool,
    /// xfce4-panel, the StatusNotifierItem host.
    pub tray_host: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            audio: false,
            notifications: true,
            tray_host: true,
        }
    }
}

/// unknot's file in its state folder saying the welcome was shown
/// (`shell::WELCOME_MARKER`).
pub const WELCOME_MARKER: &str = "welcome-seen";

/// Held shared by the desktops of the tests that run at once, and alone by a
/// test that times sound to the millisecond (`Desktop::alone`): on two
/// cores, another test's desktop takes the CPU from the window being timed
/// (cues came 60–70 ms late, the output ran under).
static SHARED: RwLock<()> = RwLock::new(());

thread_local! {
    /// This thread holds `SHARED` alone.
    static ALONE: Cell<bool> = const { Cell::new(false) };
    /// This thread's desktops that are open: only the first takes the
    /// shared hold (a second read on a lock a writer waits for would wait
    /// for ever).
    static OPEN: Cell<u32> = const { Cell::new(0) };
}

/// Keeps a test alone among the desktop tests until dropped.
pub struct Alone {
    _hold: RwLockWriteGuard<'static, ()>,
}

impl Drop for Alone {
    fn drop(&mut self) {
        ALONE.with(|a| a.set(false));
    }
}

pub struct Desktop {
    /// The shared hold (see `SHARED`); dropped after the desktop's
    /// processes are stopped.
    _shared: Option<RwLockReadGuard<'static, ()>>,
    root: tempfile::TempDir,
    /// Process group of every process this desktop started.
    pgid: u32,
    children: Vec<Child>,
    env: Vec<(&'static str, String)>,
    pub display: String,
}

impl Desktop {
    /// This test alone among the desktop tests until the guard drops: waits
    /// for the desktops of tests running now to close, and keeps others
    /// from starting. Take it before starting this test's desktop.
    pub fn alone() -> Alone {
        let guard = SHARED.write().unwrap_or_else(|e| e.into_inner());
        ALONE.with(|a| a.set(true));
        Alone { _hold: guard }
    }

    /// Starts a whole desktop and waits until the tray host and the
    /// notification daemon are on the bus. Panics (fails the test) with the
    /// daemons' logs if a piece does not come up.
    pub fn start() -> Desktop {
        Desktop::start_with(false)
    }

    /// A desktop that also has a PulseAudio server whose default sink is a
    /// null sink named `cap`; record what plays with `parec -d cap.monitor`.
    pub fn start_with_audio() -> Desktop {
        Desktop::start_with(true)
    }

    /// A desktop with pieces left out, for testing how unknot degrades.
    pub fn start_with_options(options: Options) -> Desktop {
        Desktop::start_full(options)
    }

    fn start_with(audio: bool) -> Desktop {
        Desktop::start_full(Options {
            audio,
            ..Options::default()
        })
    }

    fn start_full(options: Options) -> Desktop {
        let audio = options.audio;
        let root = tempfile::Builder::new()
            .prefix("unknot-desktop-")
            .tempdir()
            .expect("a temp folder for the desktop");
        let home = root.path().join("home");
        let runtime = root.path().join("run");
        let logs = root.path().join("logs");
        for dir in [&home, &runtime, &logs] {
            std::fs::create_dir_all(dir).expect("desktop folders");
        }
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
            .expect("XDG_RUNTIME_DIR must be 0700");
        // The first-run welcome is marked seen, as on a machine where it has
        // been: a test that wants it calls `show_welcome`.
        let state = home.join(".local/state/unknot");
        std::fs::create_dir_all(&state).expect("state folder");
        std::fs::write(state.join(WELCOME_MARKER), "").expect("the welcome marker");

        let (xvfb, display) = start_xvfb(&logs);
        let pgid = xvfb.id();

        let first = OPEN.with(|n| {
            n.set(n.get() + 1);
            n.get() == 1
        });
        let shared = (first && !ALONE.with(Cell::get))
            .then(|| SHARED.read().unwrap_or_else(|e| e.into_inner()));
        let mut desktop = Desktop {
            _shared: shared,
            root,
            pgid,
            children: vec![xvfb],
            env: Vec::new(),
            display: display.clone(),
        };

        let mut bus = Command::new("dbus-daemon");
        // The bus looks for activatable services under the desktop's own
        // XDG_DATA_HOME first, which is how a test can leave one out.
        let data = home.join(".local/share");
        if !options.notifications {
            let services = data.join("dbus-1/services");
            std::fs::create_dir_all(&services).expect("service folder");
            std::fs::write(
                services.join("org.freedesktop.Notifications.service"),
                "[D-BUS Service]\nName=org.freedesktop.Notifications\nExec=/bin/false\n",
            )
            .expect("masking the notification daemon");
        }
        // What the bus activates (at-spi2-core's bus launcher, which the
        // tray host's GTK asks for as it starts) gets the bus daemon's
        // environment: this desktop's, as a login session's bus has it.
        // With the test's own, the launcher put its socket in the tester's
        // ~/.cache/at-spi, where desktops running at once took it from each other.
        let config = home.join(".config");
        bus.env("XDG_DATA_HOME", &data)
            .env("DISPLAY", &display)
            .env("HOME", &home)
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("XDG_CONFIG_HOME", &config)
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            // xdg-desktop-portal (D-Bus-activated) serves Settings through
            // its gtk backend only on GNOME (gtk.portal's UseIn), which
            // passes GNOME's keys (dconf, set with gsettings) through.
            .env("XDG_CURRENT_DESKTOP", "GNOME")
            .args(["--session", "--nofork", "--print-address"])
            .stdout(Stdio::piped())
            .stderr(log_file(&logs, "dbus"))
            .process_group(pgid as i32);
        let mut bus = bus.spawn().expect("starting dbus-daemon");
        let address = first_line(bus.stdout.take(), "D-Bus address");
        desktop.children.push(bus);

        desktop.env = vec![
            ("DISPLAY", display),
            ("DBUS_SESSION_BUS_ADDRESS", address),
            ("HOME", path_string(&home)),
            ("XDG_CONFIG_HOME", path_string(&config)),
            ("XDG_STATE_HOME", path_string(&home.join(".local/state"))),
            ("XDG_DATA_HOME", path_string(&home.join(".local/share"))),
            ("XDG_CACHE_HOME", path_string(&home.join(".cache"))),
            ("XDG_RUNTIME_DIR", path_string(&runtime)),
        ];

        desktop.seed_configs(&config);
        desktop.spawn_daemon("openbox", &["--sm-disable"], &logs);
        if options.notifications {
            desktop.spawn_daemon("dunst", &[], &logs);
        }
        if options.tray_host {
            desktop.spawn_daemon("xfce4-panel", &["--disable-wm-check"], &logs);
        }

        if audio {
            desktop.spawn_daemon(
                "pulseaudio",
                &[
                    "--daemonize=no",
                    "--exit-idle-time=-1",
                    "--disallow-exit",
                    "-n",
                    "--load=module-native-protocol-unix",
                    "--load=module-null-sink sink_name=cap rate=48000 channels=2",
                ],
                &logs,
            );
        }

        let wanted = [
            (NOTIFICATIONS, options.notifications),
            (WATCHER, options.tray_host),
        ];
        for name in wanted.iter().filter(|(_, on)| *on).map(|(n, _)| *n) {
            let up = desktop.wait_until(Duration::from_secs(30), || desktop.has_bus_name(name));
            assert!(
                up,
                "{name} never appeared on the test bus\n{}",
                desktop.logs()
            );
        }
        if audio {
            let up = desktop.wait_until(Duration::from_secs(30), || {
                desktop
                    .command("pactl")
                    .args(["set-default-sink", "cap"])
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            });
            assert!(up, "PulseAudio never came up\n{}", desktop.logs());
        }
        desktop
    }

    /// A command that runs inside this desktop (its display, bus and XDG folders).
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        for var in [
            "WAYLAND_DISPLAY",
            "SESSION_MANAGER",
            "UNKNOT_CONFIG",
            "XAUTHORITY",
            // unknot speaks the locale's language: a test asks for one
            // itself (`.env("LANG", "de_DE.UTF-8")` after this), else English.
            "LANGUAGE",
            "LC_ALL",
            "LC_MESSAGES",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("LANG", "C.UTF-8");
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        cmd
    }

    /// Runs a command in the desktop and returns its stdout; panics on failure.
    pub fn run(&self, program: &str, args: &[&str]) -> String {
        let out = self
            .command(program)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("running {program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            self.logs()
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Turns accessibility on as a screen reader (Orca) does: asks
    /// `org.a11y.Bus` for the accessibility bus's address, which starts
    /// at-spi2-core's bus launcher by D-Bus activation on this desktop's
    /// session bus, then sets `org.a11y.Status` `IsEnabled` and
    /// `ScreenReaderEnabled` true. Panics with the logs if the bus is missing.
    pub fn enable_accessibility(&self) {
        let bus = ["org.a11y.Bus", "/org/a11y/bus"];
        let address = self.run(
            "busctl",
            &[
                "--user",
                "call",
                bus[0],
                bus[1],
                "org.a11y.Bus",
                "GetAddress",
            ],
        );
        assert!(
            address.contains("unix:"),
            "no accessibility bus address: {address}\n{}",
            self.logs()
        );
        for property in ["IsEnabled", "ScreenReaderEnabled"] {
            self.run(
                "busctl",
                &[
                    "--user",
                    "set-property",
                    bus[0],
                    bus[1],
                    "org.a11y.Status",
                    property,
                    "b",
                    "true",
                ],
            );
        }
    }

    /// Runs a Python script with pyatspi (python3-pyatspi) in the desktop,
    /// as an assistive tool would read and drive the apps; returns what it
    /// printed. Panics with its stderr if it fails.
    pub fn atspi(&self, script: &str) -> String {
        let out = self
            .command("/usr/bin/python3")
            .args(["-c", script])
            .output()
            .unwrap_or_else(|e| panic!("running python3 (python3-pyatspi): {e}"));
        assert!(
            out.status.success(),
            "the AT-SPI script failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Whether `name` has an owner on the desktop's session bus.
    pub fn has_bus_name(&self, name: &str) -> bool {
        self.command("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                &format!("string:{name}"),
            ])
            .stderr(Stdio::null())
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
            .unwrap_or(false)
    }

    /// Polls `ready` every 50 ms until it holds or `limit` passes.
    pub fn wait_until(&self, limit: Duration, mut ready: impl FnMut() -> bool) -> bool {
        let start = Instant::now();
        loop {
            if ready() {
                return true;
            }
            if start.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn home(&self) -> std::path::PathBuf {
        self.root.path().join("home")
    }

    /// Clicks the action whose label contains `label` on the notification on
    /// screen, the way a user picks it from dunst's context menu.
    pub fn invoke_action(&self, label: &str) {
        std::fs::write(self.root.path().join("choice"), label).expect("writing the choice");
        self.run("dunstctl", &["context"]);
    }

    /// How many notifications dunst shows now.
    pub fn displayed_notifications(&self) -> u32 {
        self.run("dunstctl", &["count", "displayed"])
            .trim()
            .parse()
            .expect("dunstctl prints a number")
    }

    /// (bus name, object path) of every item registered with the tray host,
    /// from its `RegisteredStatusNotifierItems`; `None` when the host cannot
    /// be asked (none on the bus, or busctl failed).
    pub fn tray_items(&self) -> Option<Vec<(String, String)>> {
        let out = self
            .command("busctl")
            .args([
                "--user",
                "get-property",
                WATCHER,
                "/StatusNotifierWatcher",
                WATCHER,
                "RegisteredStatusNotifierItems",
            ])
            .stderr(Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        parse_tray_items(&String::from_utf8_lossy(&out.stdout))
    }

    /// Records what plays on the null sink `cap` (PulseAudio desktops only)
    /// into `path` as raw s16le stereo at 48 kHz, until the child is killed.
    pub fn record(&self, path: &Path) -> Child {
        self.command("parec")
            .args([
                // Small fragments: by default parec writes in ~2 s chunks and a
                // killed parec loses the last one.
                "--latency-msec=20",
                "-d",
                "cap.monitor",
                "--format=s16le",
                "--rate=48000",
                "--channels=2",
                "--raw",
            ])
            .arg(path)
            .spawn()
            .unwrap_or_else(|e| panic!("starting parec: {e}"))
    }

    /// The next unknot started here shows its first-run welcome (if it has
    /// no config file and no history).
    pub fn show_welcome(&self) {
        let marker = self.home().join(".local/state/unknot").join(WELCOME_MARKER);
        std::fs::remove_file(marker).expect("removing the welcome marker");
    }

    /// A folder inside the desktop's temp root for a test's own files.
    pub fn scratch(&self) -> std::path::PathBuf {
        let dir = self.root.path().join("scratch");
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    }

    /// Everything the daemons logged, for failure messages.
    pub fn logs(&self) -> String {
        let mut all = String::new();
        let Ok(entries) = std::fs::read_dir(self.root.path().join("logs")) else {
            return all;
        };
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            all.push_str(&format!(
                "--- {} ---\n{text}\n",
                entry.file_name().to_string_lossy()
            ));
        }
        all
    }

    fn spawn_daemon(&mut self, program: &str, args: &[&str], logs: &Path) {
        let child = self
            .command(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(log_file(logs, program))
            .stderr(log_file(logs, &format!("{program}.err")))
            .process_group(self.pgid as i32)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {program}: {e}"));
        self.children.push(child);
    }

    /// Stock configs, so no first-run dialog appears and notifications stay
    /// up until a test acts on them.
    fn seed_configs(&self, config: &Path) {
        let panel = config.join("xfce4/xfconf/xfce-perchannel-xml");
        std::fs::create_dir_all(&panel).expect("panel config folder");
        std::fs::copy(
            "/etc/xdg/xfce4/panel/default.xml",
            panel.join("xfce4-panel.xml"),
        )
        .expect("xfce4-panel's stock layout (is xfce4-panel installed?)");
        let dunst = config.join("dunst");
        std::fs::create_dir_all(&dunst).expect("dunst config folder");
        // `dunstctl context` pipes the actions through "dmenu"; this one picks
        // the action named in the file `choice` (see `invoke_action`).
        let picker = self.root.path().join("pick-action");
        std::fs::write(
            &picker,
            format!(
                "#!/bin/sh\ngrep -i -- \"$(cat '{}')\" | head -n 1\n",
                self.root.path().join("choice").display()
            ),
        )
        .expect("dmenu stand-in");
        std::fs::set_permissions(&picker, std::fs::Permissions::from_mode(0o755))
            .expect("dmenu stand-in is executable");
        std::fs::write(
            dunst.join("dunstrc"),
            format!(
                "[global]\n    follow = none\n    dmenu = {}\n[urgency_low]\n    timeout = 0\n\
                 [urgency_normal]\n    timeout = 0\n[urgency_critical]\n    timeout = 0\n",
                picker.display()
            ),
        )
        .expect("dunstrc");
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        OPEN.with(|n| n.set(n.get().saturating_sub(1)));
        signal_group(self.pgid, "TERM");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            if self
                .children
                .iter_mut()
                .all(|c| matches!(c.try_wait(), Ok(Some(_))))
            {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // Whatever ignored TERM, D-Bus-activated helpers included.
        signal_group(self.pgid, "KILL");
        // A daemon that made its own session escaped the group: end it directly.
        for child in &mut self.children {
            let _ = child.kill();
        }
        for child in &mut self.children {
            let _ = child.wait();
        }
    }
}

/// Xvfb picks a free display itself (`-displayfd`) and writes its number to
/// stdout. Two Xvfbs starting at the same moment can both pick the same
/// number and one then exits, so starts are serialised in this process and
/// a start that loses a race with another process is retried.
fn start_xvfb(logs: &Path) -> (Child, String) {
    static STARTING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = STARTING.lock().unwrap_or_else(|e| e.into_inner());
    let mut last = String::new();
    for _attempt in 0..5 {
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(log_file(logs, "xvfb"))
            .process_group(0)
            .spawn()
            .expect("starting Xvfb (is the xvfb package installed?)");
        let mut line = String::new();
        let read = xvfb
            .stdout
            .take()
            .map(|out| BufReader::new(out).read_line(&mut line));
        let number = line.trim().to_string();
        if matches!(read, Some(Ok(n)) if n > 0) && !number.is_empty() {
            // It may still lose the display to a racing server: give it a
            // moment and make sure it is alive.
            std::thread::sleep(Duration::from_millis(100));
            if matches!(xvfb.try_wait(), Ok(None)) {
                return (xvfb, format!(":{number}"));
            }
        }
        let _ = xvfb.kill();
        let _ = xvfb.wait();
        last = std::fs::read_to_string(logs.join("xvfb.log")).unwrap_or_default();
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("Xvfb did not start after 5 tries:\n{last}");
}

fn signal_group(pgid: u32, signal: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{signal}"), "--", &format!("-{pgid}")])
        .stderr(Stdio::null())
        .status();
}

fn first_line(stream: Option<impl Read>, what: &str) -> String {
    let stream = stream.unwrap_or_else(|| panic!("no pipe for {what}"));
    let mut line = String::new();
    BufReader::new(stream)
        .read_line(&mut line)
        .unwrap_or_else(|e| panic!("reading {what}: {e}"));
    let line = line.trim().to_string();
    assert!(!line.is_empty(), "no {what} was printed");
    line
}

fn log_file(dir: &Path, name: &str) -> Stdio {
    std::fs::File::create(dir.join(format!("{name}.log")))
        .map(Stdio::from)
        .unwrap_or_else(|_| Stdio::null())
}

/// busctl's text form of a string array, `as 2 ":1.4/Item" "org.kde.X-7-1"`,
/// as (bus name, object path) pairs. An item registered by bus name alone
/// lives at the standard path `/StatusNotifierItem`. Bus names and object
/// paths never hold quotes, backslashes or spaces, so no unescaping is needed.
fn parse_tray_items(text: &str) -> Option<Vec<(String, String)>> {
    let rest = text.trim().strip_prefix("as ")?;
    let (count, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let count: usize = count.parse().ok()?;
    let items: Vec<(String, String)> = rest
        .split('"')
        .skip(1)
        .step_by(2)
        .map(|item| match item.find('/') {
            Some(i) => (item[..i].to_string(), item[i..].to_string()),
            None => (item.to_string(), "/StatusNotifierItem".to_string()),
        })
        .collect();
    (items.len() == count).then_some(items)
}

fn path_string(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Where sound starts in a capture made by `Desktop::record`, in ms: the
/// first frame above -30 dBFS after at least 30 ms below it.
pub fn onsets(raw: &[u8]) -> Vec<f64> {
    let threshold = (0.03 * i16::MAX as f64) as i32;
    let quiet_needed = 48 * 30;
    let mut quiet = quiet_needed;
    let mut found = Vec::new();
    for (frame, bytes) in raw.chunks_exact(4).enumerate() {
        let l = i16::from_le_bytes([bytes[0], bytes[1]]) as i32;
        let r = i16::from_le_bytes([bytes[2], bytes[3]]) as i32;
        if l.abs().max(r.abs()) > threshold {
            if quiet >= quiet_needed {
                found.push(frame as f64 / 48.0);
            }
            quiet = 0;
        } else {
            quiet += 1;
        }
    }
    found
}

/// Whether the tests run as root.
pub fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt as _;
    // /proc/self belongs to the process's effective uid.
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// Runs `program` with `args` as root, for the few tests that need it
/// (another uid, mounts, installing the package): directly when the tests run
/// as root, else through `sudo -n`, which never asks for a password
/// (`cargo xtask test` asks for it once before the run and keeps it fresh).
/// When it can't become root it panics with what to do; the test fails, it
/// is never skipped.
pub fn run_as_root<S: AsRef<OsStr>>(
    program: &str,
    args: impl IntoIterator<Item = S>,
) -> std::process::Output {
    let root = is_root();
    let mut cmd = if root {
        Command::new(program)
    } else {
        let mut cmd = Command::new("sudo");
        cmd.args(["-n", "--", program]);
        cmd
    };
    let out = cmd.args(args).stdin(Stdio::null()).output();
    let out = match out {
        Ok(out) => out,
        Err(e) if !root => panic!(
            "{program} needs root and sudo could not run ({e}): install sudo and run the \
             suite with `cargo xtask test` (it asks for your password once), or run it as root"
        ),
        Err(e) => panic!("running {program}: {e}"),
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !root && !out.status.success() && stderr.starts_with("sudo:") {
        panic!(
            "{program} needs root and `sudo -n` refused: {stderr}Run the suite with \
             `cargo xtask test` (it asks for your sudo password once), or as root."
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse_tray_items;

    #[test]
    fn tray_items_come_from_busctls_text_form() {
        let two =
            "as 2 \":1.44/org/ayatana/NotificationItem/tray\" \"org.kde.StatusNotifierItem-7-1\"\n";
        assert_eq!(
            parse_tray_items(two),
            Some(vec![
                (":1.44".into(), "/org/ayatana/NotificationItem/tray".into()),
                (
                    "org.kde.StatusNotifierItem-7-1".into(),
                    "/StatusNotifierItem".into()
                ),
            ])
        );
        assert_eq!(parse_tray_items("as 0\n"), Some(vec![]));
        assert_eq!(parse_tray_items("s \"x\"\n"), None);
        assert_eq!(parse_tray_items("as 2 \"one\"\n"), None);
    }
}
