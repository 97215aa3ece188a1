//! Headless Wayland compositors beside a desktop's X server, for the idle-time
//! tests: sway 1.7 (wlroots; `org_kde_kwin_idle`), KDE's KWin 5.27
//! (`ext_idle_notifier_v1` and `org_kde_kwin_idle`) and GNOME's mutter
//! (idle time over D-Bus). Each runs on the
//! desktop's session bus and XDG_RUNTIME_DIR; the desktop's X server then
//! plays XWayland, whose idle time a Wayland session must not trust.
//!
//! Only the desktop's public API is used here, so this file stays apart from
//! the rest of the harness.

use std::ffi::OsStr;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::Desktop;

/// A compositor running headless; killed (with its process group) on drop.
pub struct Compositor {
    child: Child,
    /// The socket's name in XDG_RUNTIME_DIR, what `WAYLAND_DISPLAY` holds.
    pub display: String,
    runtime: PathBuf,
    log: PathBuf,
}

impl Compositor {
    /// sway with the headless backend, no input devices, software rendering
    /// and no XWayland. sway refuses to run as root, so as root it runs in a
    /// user namespace of its own (where it is uid 65534); its sockets still
    /// belong to the caller.
    pub fn sway(desktop: &Desktop) -> Compositor {
        let dir = desktop.scratch();
        let config = dir.join("sway.conf");
        std::fs::write(&config, "xwayland disable\n").expect("writing sway's config");
        let mut cmd = if running_as_root() {
            let mut c = desktop.command("unshare");
            c.args(["--user", "sway"]);
            c
        } else {
            desktop.command("sway")
        };
        cmd.arg("-c")
            .arg(&config)
            .env("WLR_BACKENDS", "headless")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            .env("WLR_RENDERER", "pixman")
            .env_remove("DISPLAY");
        Compositor::start(desktop, "sway", cmd, None)
    }

    /// mutter (GNOME's compositor, without gnome-shell) with a virtual
    /// monitor and no X11; ready once its idle monitor is on the bus.
    pub fn mutter(desktop: &Desktop) -> Compositor {
        let mut cmd = desktop.command("mutter");
        cmd.args([
            "--headless",
            "--wayland",
            "--no-x11",
            "--virtual-monitor",
            "1024x768",
        ])
        .env_remove("DISPLAY");
        Compositor::start(desktop, "mutter", cmd, Some("org.gnome.Mutter.IdleMonitor"))
    }

    /// KWin (KDE Plasma 5.27's compositor, without the Plasma shell) on its
    /// virtual backend; ready once it is on the bus as `org.kde.KWin`, after
    /// its Wayland globals exist.
    pub fn kwin(desktop: &Desktop) -> Compositor {
        // Debian gives kwin_wayland the file capability cap_sys_nice; where
        // capabilities cannot be granted (a container) exec then fails with
        // EPERM. A copy carries no capabilities and runs as a plain program.
        let installed = find_program("kwin_wayland")
            .expect("kwin_wayland (is the kwin-wayland package installed?)");
        let copy = desktop.scratch().join("kwin_wayland");
        std::fs::copy(&installed, &copy).expect("copying kwin_wayland");
        let mut cmd = desktop.command(&copy);
        cmd.args([
            "--virtual",
            "--no-lockscreen",
            "--no-global-shortcuts",
            "--no-kactivities",
            "--socket",
            "wayland-kde",
            "--width",
            "1024",
            "--height",
            "768",
        ])
        .env_remove("DISPLAY");
        Compositor::start(desktop, "kwin", cmd, Some("org.kde.KWin"))
    }

    fn start(
        desktop: &Desktop,
        name: &str,
        mut cmd: Command,
        bus_name: Option<&str>,
    ) -> Compositor {
        let runtime = runtime_dir(&cmd);
        let before = sockets(&runtime);
        let log = desktop.scratch().join(format!("{name}.log"));
        let file = std::fs::File::create(&log).expect("compositor log");
        let err = file.try_clone().expect("compositor log");
        let child = cmd
            .stdin(Stdio::null())
            .stdout(file)
            .stderr(err)
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {name} (is the {name} package installed?): {e}"));
        let mut compositor = Compositor {
            child,
            display: String::new(),
            runtime: runtime.clone(),
            log,
        };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if let Ok(Some(status)) = compositor.child.try_wait() {
                panic!("{name} exited ({status}):\n{}", compositor.log());
            }
            let new = sockets(&runtime).into_iter().find(|s| !before.contains(s));
            let on_bus = bus_name.is_none_or(|n| desktop.has_bus_name(n));
            if let (Some(socket), true) = (new, on_bus) {
                compositor.display = socket;
                return compositor;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{name} never came up:\n{}", compositor.log());
    }

    /// A command in the desktop as a client of this compositor sees it: the
    /// desktop's bus, folders and X display, plus `WAYLAND_DISPLAY` and
    /// `XDG_SESSION_TYPE=wayland`, as a Wayland login sets them.
    pub fn command(&self, desktop: &Desktop, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = desktop.command(program);
        cmd.env("WAYLAND_DISPLAY", &self.display)
            .env("XDG_SESSION_TYPE", "wayland");
        // sway exports its IPC socket to the session, as `SWAYSOCK`.
        if let Some(ipc) = self.sway_ipc() {
            cmd.env("SWAYSOCK", ipc);
        }
        cmd
    }

    /// sway's IPC socket (`sway-ipc.UID.PID.sock` in the runtime folder).
    pub fn sway_ipc(&self) -> Option<PathBuf> {
        std::fs::read_dir(&self.runtime)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("sway-ipc.") && n.ends_with(".sock"))
            })
    }

    /// Presses and releases a key through a virtual keyboard
    /// (`zwp_virtual_keyboard_v1`, as an on-screen keyboard does): input the
    /// compositor counts as the user's. sway only (mutter lacks the protocol).
    pub fn press_key(&self, desktop: &Desktop) {
        let out = self
            .command(desktop, "wtype")
            .args(["-k", "Shift_L"])
            .output()
            .expect("running wtype (is the wtype package installed?)");
        assert!(
            out.status.success(),
            "wtype failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            self.log()
        );
    }

    /// The compositor's socket, for a client the test itself runs.
    pub fn socket(&self) -> PathBuf {
        self.runtime.join(&self.display)
    }

    /// What the compositor printed, for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Compositor {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-TERM", "--", &group])
            .stderr(Stdio::null())
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn runtime_dir(cmd: &Command) -> PathBuf {
    cmd.get_envs()
        .find(|(k, _)| *k == "XDG_RUNTIME_DIR")
        .and_then(|(_, v)| v)
        .map(PathBuf::from)
        .expect("the desktop sets XDG_RUNTIME_DIR")
}

/// Wayland sockets in `dir`: `wayland-N`, not their `.lock` files.
fn sockets(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("wayland-") && !n.ends_with(".lock"))
        .collect()
}

fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn running_as_root() -> bool {
    // /proc/self belongs to the process's effective uid.
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}
