//! The system packages unknot needs, and installing the missing ones.
//! Debian and Ubuntu are installed with apt-get; elsewhere we print the exact
//! package names for dnf and pacman and stop.

use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

/// One package as each family of distributions names it.
pub struct Package {
    pub apt: &'static str,
    pub dnf: &'static str,
    pub pacman: &'static str,
    /// Why unknot needs it (shown when it is installed).
    pub why: &'static str,
}

const fn pkg(
    apt: &'static str,
    dnf: &'static str,
    pacman: &'static str,
    why: &'static str,
) -> Package {
    Package {
        apt,
        dnf,
        pacman,
        why,
    }
}

/// What building and running unknot needs.
pub const BUILD: &[Package] = &[
    pkg(
        "pkg-config",
        "pkgconf-pkg-config",
        "pkgconf",
        "finds system libraries for the build",
    ),
    pkg(
        "libasound2-dev",
        "alsa-lib-devel",
        "alsa-lib",
        "audio cues (ALSA headers for rodio)",
    ),
    pkg(
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
        "libxkbcommon-x11",
        "keyboard layouts for the break window on X11",
    ),
    pkg(
        "libxkbcommon-dev",
        "libxkbcommon-devel",
        "libxkbcommon",
        "keyboard input in the break window",
    ),
];

/// The headless desktop the tests run in: a real X server, D-Bus session,
/// notification daemon, tray host, window manager and audio path, and the
/// headless Wayland compositors of the idle-time tests.
pub const TEST: &[Package] = &[
    pkg(
        "xvfb",
        "xorg-x11-server-Xvfb",
        "xorg-server-xvfb",
        "a real X server without a screen",
    ),
    pkg(
        "x11-utils",
        "xorg-x11-utils",
        "xorg-xdpyinfo",
        "xdpyinfo, xwininfo",
    ),
    pkg(
        "dbus",
        "dbus-daemon",
        "dbus",
        "a private D-Bus session per test",
    ),
    pkg("dbus-x11", "dbus-x11", "dbus", "dbus-launch"),
    pkg("dunst", "dunst", "dunst", "a real notification daemon"),
    pkg("libnotify-bin", "libnotify", "libnotify", "notify-send"),
    pkg(
        "xfce4-panel",
        "xfce4-panel",
        "xfce4-panel",
        "a real StatusNotifierItem tray host",
    ),
    pkg(
        "openbox",
        "openbox",
        "openbox",
        "a window manager for focus and fullscreen tests",
    ),
    pkg(
        "xdotool",
        "xdotool",
        "xdotool",
        "acts as the user: keys, mouse, window search",
    ),
    pkg(
        "imagemagick",
        "ImageMagick",
        "imagemagick",
        "screenshots (import)",
    ),
    pkg("sox", "sox", "sox", "checks captured audio"),
    pkg(
        "pulseaudio",
        "pulseaudio",
        "pulseaudio",
        "the audio path with a null sink",
    ),
    pkg(
        "alsa-utils",
        "alsa-utils",
        "alsa-utils",
        "aplay: plays through ALSA's default device, as the app does",
    ),
    pkg(
        "libasound2-plugins",
        "alsa-plugins-pulseaudio",
        "alsa-plugins",
        "routes ALSA's default device to PulseAudio",
    ),
    pkg(
        "pulseaudio-utils",
        "pulseaudio-utils",
        "libpulse",
        "parec, pactl",
    ),
    pkg(
        "faketime",
        "libfaketime",
        "libfaketime",
        "moves the app's wall clock for the clock-jump tests",
    ),
    pkg(
        "sway",
        "sway",
        "sway",
        "a real headless Wayland compositor (org_kde_kwin_idle) for the idle-time tests",
    ),
    pkg(
        "wtype",
        "wtype",
        "wtype",
        "types on sway through a virtual keyboard, as the user",
    ),
    pkg(
        "kwin-wayland",
        "kwin-wayland",
        "kwin",
        "KDE's compositor, headless: ext-idle-notify-v1 for the idle-time tests",
    ),
    pkg(
        "mutter",
        "mutter",
        "mutter",
        "GNOME's compositor, headless: idle time over D-Bus for the idle-time tests",
    ),
    pkg(
        "mpv",
        "mpv",
        "mpv",
        "a real media player whose music a session pauses",
    ),
    pkg(
        "mpv-mpris",
        "mpv-mpris",
        "mpv-mpris",
        "mpv's MPRIS interface on the session bus",
    ),
    pkg(
        "wev",
        "wev",
        "wev",
        "a Wayland window on sway to make fullscreen or idle-inhibiting",
    ),
];

/// What `cargo xtask fuzz` needs besides cargo-fuzz itself.
pub const FUZZ: &[Package] = &[pkg(
    "g++",
    "gcc-c++",
    "gcc",
    "compiles libFuzzer (libfuzzer-sys builds it from C++ source)",
)];

/// Installs whatever in `wanted` is missing.
pub fn ensure(wanted: &[Package]) -> Result<()> {
    if !has("dpkg-query") || !has("apt-get") {
        return not_debian(wanted);
    }
    let missing: Vec<&Package> = wanted.iter().filter(|p| !installed(p.apt)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    for p in &missing {
        eprintln!("xtask: installing {} ({})", p.apt, p.why);
    }
    let names: Vec<&str> = missing.iter().map(|p| p.apt).collect();
    apt(&["update", "-qq"])?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(&names);
    apt(&install)?;
    let still: Vec<&str> = names.iter().copied().filter(|n| !installed(n)).collect();
    if !still.is_empty() {
        bail!(
            "apt-get finished but these are still missing: {}",
            still.join(" ")
        );
    }
    Ok(())
}

fn not_debian(wanted: &[Package]) -> Result<()> {
    let dnf: Vec<&str> = wanted.iter().map(|p| p.dnf).collect();
    let mut pacman: Vec<&str> = wanted.iter().map(|p| p.pacman).collect();
    pacman.dedup();
    bail!(
        "this system has no apt-get; install these packages yourself, then run the command again:\n  \
         Fedora: sudo dnf install {}\n  Arch:   sudo pacman -S --needed {}",
        dnf.join(" "),
        pacman.join(" ")
    )
}

fn apt(args: &[&str]) -> Result<()> {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let mut cmd = if root {
        Command::new("apt-get")
    } else {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    };
    cmd.args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(Stdio::null());
    let status = cmd.status().context("running apt-get")?;
    if !status.success() {
        bail!("apt-get {} failed ({status})", args.join(" "));
    }
    Ok(())
}

fn installed(apt_name: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", apt_name])
        .stderr(Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

fn has(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}
