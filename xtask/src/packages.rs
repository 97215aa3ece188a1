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
        "x11-xserver-utils",
        "xrandr",
        "xorg-xrandr",
        "xrandr, to make two RandR monitors on one screen",
    ),
    pkg(
        "dbus",
        "dbus-daemon",
        "dbus",
        "a private D-Bus session per test",
    ),
    pkg("dbus-x11", "dbus-x11", "dbus", "dbus-launch"),
    pkg(
        "dbus-bin",
        "dbus-tools",
        "dbus",
        "dbus-monitor, to see the notifications the app sends",
    ),
    pkg("dunst", "dunst", "dunst", "a real notification daemon"),
    pkg(
        "at-spi2-core",
        "at-spi2-core",
        "at-spi2-core",
        "the accessibility bus (AT-SPI), D-Bus-activated on the test session",
    ),
    pkg(
        "xdg-desktop-portal",
        "xdg-desktop-portal",
        "xdg-desktop-portal",
        "the XDG settings portal the windows read the desktop's contrast from",
    ),
    pkg(
        "xdg-desktop-portal-gtk",
        "xdg-desktop-portal-gtk",
        "xdg-desktop-portal-gtk",
        "the portal's backend that passes GNOME's settings through",
    ),
    pkg(
        "dconf-gsettings-backend",
        "dconf",
        "dconf",
        "gsettings writes the desktop's settings (dconf), as GNOME does",
    ),
    pkg(
        "gsettings-desktop-schemas",
        "gsettings-desktop-schemas",
        "gsettings-desktop-schemas",
        "GNOME's high-contrast and interface keys",
    ),
    pkg(
        "python3-pyatspi",
        "python3-pyatspi",
        "python-atspi",
        "reads and drives the windows' accessibility trees as a screen reader does",
    ),
    pkg(
        "syncthing",
        "syncthing",
        "syncthing",
        "two real Syncthing instances for the shared-history tests",
    ),
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

/// What `cargo xtask assets` needs, and only it: the suite checks the
/// committed files and never runs a synthesizer.
pub const ASSETS: &[Package] = &[
    pkg(
        "festival",
        "festival",
        "festival",
        "speaks the voice clips (text2wave)",
    ),
    pkg(
        "festvox-us-slt-hts",
        "festvox-slt-arctic-hts",
        "festival",
        "the voice: CMU ARCTIC SLT, an HTS model",
    ),
    pkg("sox", "sox", "sox", "trims, levels and encodes the clips"),
    pkg(
        "libsox-fmt-base",
        "sox",
        "sox",
        "sox's Ogg Vorbis and FLAC formats",
    ),
];

/// SVOX Pico, the voice of German, Spanish and French (docs/assets.md):
/// Debian's `non-free` (Ubuntu's `multiverse`) packages and the one of
/// `main` they need that a minimal system lacks. Not installed: `pico.rs`
/// downloads them with a private apt state and unpacks them under
/// `target/pico`, for `cargo xtask assets` alone.
pub const PICO: &[&str] = &[
    "libttspico-utils",
    "libttspico0",
    "libttspico-data",
    "libpopt0",
];

/// What `cargo xtask listen` needs besides the recogniser (a venv it
/// makes itself): a headless desktop with PulseAudio and a null sink.
pub const LISTEN: &[Package] = &[
    pkg(
        "xvfb",
        "xorg-x11-server-Xvfb",
        "xorg-server-xvfb",
        "the desktop's X server",
    ),
    pkg("x11-utils", "xorg-x11-utils", "xorg-xdpyinfo", "xdpyinfo"),
    pkg("dbus", "dbus-daemon", "dbus", "the desktop's D-Bus session"),
    pkg(
        "openbox",
        "openbox",
        "openbox",
        "the desktop's window manager",
    ),
    pkg(
        "pulseaudio",
        "pulseaudio",
        "pulseaudio",
        "the audio path with a null sink",
    ),
    pkg(
        "pulseaudio-utils",
        "pulseaudio-utils",
        "libpulse",
        "paplay, parec, pactl",
    ),
    pkg("sox", "sox", "sox", "decodes the clips and the capture"),
    pkg("libsox-fmt-base", "sox", "sox", "sox's Ogg Vorbis format"),
    pkg(
        "python3-venv",
        "python3",
        "python",
        "a venv for the recogniser (Whisper base from PyPI)",
    ),
];

/// What `cargo xtask deb` needs to build the package.
pub const DEB: &[Package] = &[
    pkg(
        "dpkg-dev",
        "dpkg-dev",
        "dpkg",
        "dpkg-shlibdeps computes the package's Depends",
    ),
    pkg("binutils", "binutils", "binutils", "strip"),
];

/// What the suite needs to check the package as Debian and a user would.
pub const DEB_CHECK: &[Package] = &[
    pkg("lintian", "lintian", "lintian", "Debian's package checker"),
    pkg(
        "appstream",
        "appstream",
        "appstream",
        "appstreamcli validate: the metainfo",
    ),
    pkg(
        "desktop-file-utils",
        "desktop-file-utils",
        "desktop-file-utils",
        "desktop-file-validate: the desktop entry",
    ),
    pkg(
        "man-db",
        "man-db",
        "man-db",
        "man -w unknot: the installed man page",
    ),
    pkg("zsh", "zsh", "zsh", "the installed zsh completion"),
    pkg("fish", "fish", "fish", "the installed fish completion"),
    pkg(
        "libglib2.0-bin",
        "glib2",
        "glib2",
        "gio launch: starts the app from its desktop entry as GLib desktops do",
    ),
];

/// The run-time list as packages to install, so that `dpkg -i` of the
/// package finds its dependencies (the first of each set of alternatives).
pub fn runtime_packages() -> Vec<Package> {
    RUNTIME
        .iter()
        .map(|r| {
            let first = r.relation.split('|').next().unwrap_or(r.relation).trim();
            pkg(first, first, first, r.uses)
        })
        .collect()
}

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

/// How strongly the package asks for a run-time package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Without it a part every user meets fails (the window, the audio).
    Depends,
    /// A feature works without it, a little less well.
    Recommends,
}

/// A Debian package unknot loads or runs at run time, which `dpkg-shlibdeps`
/// can't see because the binary does not link it: winit and softbuffer
/// `dlopen` the X11 and Wayland libraries, ALSA loads its PulseAudio plugin,
/// and a few checks run a program.
pub struct Runtime {
    /// The Debian relation (alternatives with `|`).
    pub relation: &'static str,
    pub strength: Strength,
    /// What of it unknot uses: libraries (sonames) or programs.
    pub uses: &'static str,
}

const fn rt(relation: &'static str, strength: Strength, uses: &'static str) -> Runtime {
    Runtime {
        relation,
        strength,
        uses,
    }
}

/// The one list of run-time packages the .deb declares beside the computed
/// `Depends`. `xtask/src/deb.rs` tests that it covers every library the app
/// and its window process have mapped on X11 and on Wayland.
pub const RUNTIME: &[Runtime] = &[
    rt("libx11-6", Strength::Depends, "libX11.so.6 (winit on X11)"),
    rt(
        "libx11-xcb1",
        Strength::Depends,
        "libX11-xcb.so.1 (winit on X11)",
    ),
    rt(
        "libxcursor1",
        Strength::Depends,
        "libXcursor.so.1 (winit's cursors on X11)",
    ),
    rt(
        "libxrandr2",
        Strength::Depends,
        "libXrandr.so.2 (winit's monitors on X11)",
    ),
    rt(
        "libxi6",
        Strength::Depends,
        "libXi.so.6 (winit's input on X11)",
    ),
    rt(
        "libxcb1",
        Strength::Depends,
        "libxcb.so.1 (softbuffer on X11)",
    ),
    rt(
        "libxkbcommon0",
        Strength::Depends,
        "libxkbcommon.so.0 (keyboard input)",
    ),
    rt(
        "libxkbcommon-x11-0",
        Strength::Depends,
        "libxkbcommon-x11.so.0 (keyboard input on X11)",
    ),
    rt(
        "libwayland-client0",
        Strength::Depends,
        "libwayland-client.so.0 (winit and softbuffer on Wayland)",
    ),
    rt(
        "libwayland-cursor0",
        Strength::Depends,
        "libwayland-cursor.so.0 (winit's cursors on Wayland)",
    ),
    rt(
        "libasound2-plugins | pipewire-alsa",
        Strength::Recommends,
        "ALSA's default device through PulseAudio or PipeWire (libasound_module_pcm_pulse.so)",
    ),
    rt(
        "pulseaudio-utils",
        Strength::Recommends,
        "pactl: is a microphone in use (a call)",
    ),
    rt(
        "xdg-utils",
        Strength::Recommends,
        "xdg-open: opens the config file from the tray",
    ),
];
