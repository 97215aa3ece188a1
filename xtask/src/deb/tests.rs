//! The package, built from the test build's binary (stripped on the way in),
//! checked the way Debian and a user would: lintian, appstreamcli,
//! desktop-file-validate, then installed with dpkg, used, removed and purged.
//! Installing needs root: as another user the tests run dpkg through
//! `sudo -n` (`cargo xtask test` asks for the password first).

// Harness code reads the clock and sleeps while it polls.
#![allow(clippy::disallowed_methods)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use desktop::wayland::Compositor;
use desktop::Desktop;

use super::*;

fn root() -> PathBuf {
    crate::workspace_root()
}

/// The test build's binary: `cargo test --workspace` builds it for the
/// integration tests before any test runs.
fn test_binary() -> PathBuf {
    let binary = crate::target_dir().join("debug/unknot");
    assert!(
        binary.is_file(),
        "{} is missing: these tests package the test build's binary; run them with \
         `cargo xtask test` (or `cargo test --workspace`), which builds it",
        binary.display()
    );
    binary
}

/// The package, built once for all the tests here.
fn package() -> &'static Path {
    static DEB: OnceLock<PathBuf> = OnceLock::new();
    DEB.get_or_init(|| {
        build(
            &root(),
            &test_binary(),
            &crate::target_dir().join("dist-test"),
        )
        .unwrap_or_else(|e| panic!("building the package: {e:#}"))
    })
}

/// The package unpacked into a temp folder.
fn unpacked() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp folder");
    let out = Command::new("dpkg-deb")
        .arg("-x")
        .arg(package())
        .arg(dir.path())
        .output()
        .expect("dpkg-deb");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_version_is_the_same_in_cargo_toml_the_changelog_and_the_metainfo() {
    let version = crate_version(&root()).expect("Cargo.toml's version");
    let changelog =
        Changelog::parse(&read(&root().join("xtask/deb/changelog")).expect("changelog"))
            .expect("changelog parses");
    assert_eq!(changelog.version, version);
    let metainfo =
        read(&root().join(format!("xtask/deb/{APP_ID}.metainfo.xml"))).expect("metainfo");
    let newest = metainfo
        .split("<release version=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a <release> in the metainfo");
    assert_eq!(newest, version, "the metainfo's newest release");
}

#[test]
fn lintian_appstreamcli_and_desktop_file_validate_accept_the_package() {
    let deb = package();
    let out = Command::new("lintian")
        .args(["--tag-display-limit", "0", "--display-info", "--pedantic"])
        .arg(deb)
        .output()
        .expect("running lintian");
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    eprintln!("lintian:\n{report}{}", String::from_utf8_lossy(&out.stderr));
    let errors: Vec<&str> = report.lines().filter(|l| l.starts_with("E: ")).collect();
    assert!(errors.is_empty(), "lintian errors:\n{}", errors.join("\n"));
    assert!(
        !report.contains("lintian: fatal") && out.status.code().is_some(),
        "lintian did not run: {report}"
    );
    // Every warning left is explained in docs/packaging.md, by its tag.
    let docs = read(&root().join("docs/packaging.md")).expect("docs/packaging.md");
    let unexplained: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("W: "))
        .filter(|l| {
            let tag = l.split_whitespace().nth(2).unwrap_or_default();
            !docs.contains(&format!("`{tag}`"))
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "lintian warnings docs/packaging.md does not explain:\n{}",
        unexplained.join("\n")
    );

    let files = unpacked();
    let metainfo = files
        .path()
        .join(format!("usr/share/metainfo/{APP_ID}.metainfo.xml"));
    let out = Command::new("appstreamcli")
        .args(["validate", "--no-net"])
        .arg(&metainfo)
        .output()
        .expect("running appstreamcli");
    eprintln!("appstreamcli:\n{}", text(&out));
    assert!(
        out.status.success(),
        "appstreamcli validate:\n{}",
        text(&out)
    );

    let entry = files
        .path()
        .join(format!("usr/share/applications/{APP_ID}.desktop"));
    let out = Command::new("desktop-file-validate")
        .arg(&entry)
        .output()
        .expect("running desktop-file-validate");
    assert!(
        out.status.success() && text(&out).trim().is_empty(),
        "desktop-file-validate:\n{}",
        text(&out)
    );
}

#[test]
fn the_package_has_the_binary_icons_man_page_completions_and_docs() {
    let files = unpacked();
    let p = files.path();
    let mut expected: Vec<String> = vec![
        "usr/bin/unknot".into(),
        crate::deb::LIBEXEC_SESSION.into(),
        format!("usr/share/applications/{APP_ID}.desktop"),
        format!("usr/share/metainfo/{APP_ID}.metainfo.xml"),
        "usr/share/man/man1/unknot.1.gz".into(),
        "usr/share/doc/unknot/copyright".into(),
        "usr/share/doc/unknot/changelog.gz".into(),
    ];
    expected.extend(
        ICON_SIZES
            .iter()
            .map(|s| format!("usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png")),
    );
    expected.extend(COMPLETIONS.iter().map(|(_, path)| path.to_string()));
    // The other languages' voice clips, as their committed manifests list
    // them (read here, not through deb::voice_clips, which packs them).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace");
    for lang in ["de", "es", "fr"] {
        let manifest =
            std::fs::read_to_string(root.join(format!("sounds/voice/{lang}/manifest.tsv")))
                .expect("reading a voice manifest");
        let clips: Vec<String> = manifest
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .map(|file| format!("usr/share/unknot/voice/{lang}/{file}"))
            .collect();
        assert!(clips.len() > 80, "{lang}: {} clips", clips.len());
        expected.extend(clips);
    }
    let all: BTreeSet<String> = files_under(p)
        .expect("listing the package")
        .into_iter()
        .map(|(f, _)| f.strip_prefix(p).expect("inside").display().to_string())
        .collect();
    // One man page per command besides unknot(1), each one gzipped.
    let (commands, found): (BTreeSet<String>, BTreeSet<String>) = all
        .into_iter()
        .partition(|f| f.starts_with("usr/share/man/man1/unknot-"));
    assert_eq!(found, expected.into_iter().collect::<BTreeSet<_>>());
    for command in ["status", "snooze", "stats", "routine-show", "completions"] {
        let page = format!("usr/share/man/man1/unknot-{command}.1.gz");
        assert!(commands.contains(&page), "no {page} in {commands:?}");
    }
    assert!(
        commands.iter().all(|f| f.ends_with(".1.gz")),
        "{commands:?}"
    );
    assert!(
        !commands
            .iter()
            .any(|f| f.contains("session") || f.contains("manpage")),
        "a hidden command has a man page: {commands:?}"
    );

    // Each icon is the size its folder says.
    for size in ICON_SIZES {
        let png = std::fs::read(p.join(format!(
            "usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        )))
        .expect("icon");
        let (w, h) = (
            u32::from_be_bytes(png[16..20].try_into().expect("width")),
            u32::from_be_bytes(png[20..24].try_into().expect("height")),
        );
        assert_eq!((w, h), (size, size), "the {size}px icon");
    }
    // Read with its folded lines joined: where a crate's name and version
    // are broken across lines depends on the crates before it.
    let copyright = read(&p.join("usr/share/doc/unknot/copyright"))
        .expect("copyright")
        .replace("\n ", " ");
    for needle in [
        "Files: sounds/voice/*",
        "festival",
        "SVOX Pico",
        "License: UFL-1.0",
        "rodio v",
    ] {
        assert!(copyright.contains(needle), "copyright lacks {needle:?}");
    }
    // The control file: computed Depends plus the run-time list.
    let control = Command::new("dpkg-deb")
        .args(["-f"])
        .arg(package())
        .args(["Depends", "Recommends"])
        .output()
        .expect("dpkg-deb -f");
    let control = String::from_utf8_lossy(&control.stdout);
    assert!(
        control.contains("libc6 (>="),
        "no computed Depends: {control}"
    );
    assert!(
        control.contains("libasound2"),
        "no computed Depends: {control}"
    );
    for runtime in RUNTIME {
        assert!(
            control.contains(runtime.relation),
            "{} missing: {control}",
            runtime.relation
        );
    }
}

/// The Debian package each library mapped by `pid` comes from.
fn mapped_packages(pid: u32) -> BTreeMap<String, String> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).expect("/proc/PID/maps");
    let libs: BTreeSet<String> = maps
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .filter(|p| p.contains(".so"))
        .map(str::to_owned)
        .collect();
    let mut owners = BTreeMap::new();
    for lib in libs {
        // dpkg knows /usr/lib/…; the loader may name the /lib/… alias.
        let canonical = std::fs::canonicalize(&lib)
            .map(|p| p.display().to_string())
            .unwrap_or(lib.clone());
        let candidates = [
            lib.clone(),
            canonical.clone(),
            canonical.replacen("/usr/lib/", "/lib/", 1),
        ];
        let owner = candidates.iter().find_map(|path| {
            let out = Command::new("dpkg").args(["-S", path]).output().ok()?;
            let line = String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()?
                .to_owned();
            let name = line.split(':').next()?.trim().to_owned();
            out.status.success().then_some(name)
        });
        let owner = owner.unwrap_or_else(|| panic!("no Debian package owns {lib}"));
        owners.insert(lib, owner);
    }
    owners
}

/// `names` and every package they depend on or pre-depend on, recursively,
/// as installed here (alternatives: each installed one counts).
fn closure(names: &[String]) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = names.to_vec();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let out = Command::new("dpkg-query")
            .args(["-W", "-f=${Depends}, ${Pre-Depends}", &name])
            .output()
            .expect("dpkg-query");
        for relation in String::from_utf8_lossy(&out.stdout).split([',', '|']) {
            let dep = relation
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .split(':')
                .next()
                .unwrap_or_default();
            if !dep.is_empty() {
                todo.push(dep.to_owned());
            }
        }
    }
    seen
}

/// Every package the .deb's Depends and Recommends name (each alternative).
fn declared() -> Vec<String> {
    let out = Command::new("dpkg-deb")
        .arg("-f")
        .arg(package())
        .args(["Depends", "Recommends"])
        .output()
        .expect("dpkg-deb -f");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .flat_map(|l| l.split_once(": ").map(|(_, v)| v.to_owned()))
        .flat_map(|v| {
            v.split([',', '|'])
                .filter_map(|r| r.split_whitespace().next().map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The app and its window process each map libraries nothing links: the
/// package must name (directly or through what it names) the Debian package
/// of every one, on X11 and on Wayland, with sound playing.
#[test]
fn the_runtime_list_covers_every_library_the_app_loads() {
    let binary = test_binary();
    let covered = closure(&declared());
    let mut loaded: BTreeMap<String, String> = BTreeMap::new();

    let desktop = Desktop::start_with_audio();
    let config = desktop.scratch().join("config.json");
    std::fs::write(&config, include_str!("../../../config.example.json")).expect("config");
    // X11: the background app, then a break played in its window process.
    let mut app = desktop
        .command(&binary)
        .env("UNKNOT_CONFIG", &config)
        .spawn()
        .expect("starting unknot");
    let up = desktop.wait_until(Duration::from_secs(20), || {
        desktop
            .command(&binary)
            .arg("status")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    assert!(up, "unknot never answered status\n{}", desktop.logs());
    let play = |command: &mut Command| {
        let mut child = command
            .args(["play", "upper-trap"])
            .env("UNKNOT_CONFIG", &config)
            .spawn()
            .expect("unknot play");
        // The first cue plays at once; the window and the audio output are open
        // within a few seconds, in the window process `play` starts.
        std::thread::sleep(Duration::from_secs(4));
        let mut maps = mapped_packages(child.id());
        let children = format!("/proc/{0}/task/{0}/children", child.id());
        let windows = std::fs::read_to_string(&children).unwrap_or_default();
        for pid in windows.split_whitespace().filter_map(|p| p.parse().ok()) {
            maps.extend(mapped_packages(pid));
        }
        let _ = child.kill();
        let _ = child.wait();
        maps
    };
    loaded.extend(mapped_packages(app.id()));
    let _ = desktop.command(&binary).arg("quit").output();
    let _ = app.kill();
    let _ = app.wait();
    loaded.extend(play(&mut desktop.command(&binary)));
    // Wayland: the same window on sway.
    let sway = Compositor::sway(&desktop);
    loaded.extend(play(&mut sway.command(&desktop, &binary)));

    for must in [
        "libasound.so.2",
        "libxkbcommon.so.0",
        "libwayland-client.so.0",
        "libX11.so.6",
    ] {
        assert!(
            loaded.keys().any(|lib| lib.contains(must)),
            "{must} was not loaded: the check did not see a window with sound\n{loaded:#?}"
        );
    }
    let missing: Vec<String> = loaded
        .iter()
        .filter(|(_, package)| !covered.contains(*package))
        .map(|(lib, package)| format!("{lib} ({package})"))
        .collect();
    assert!(
        missing.is_empty(),
        "the package does not depend on what these libraries come from; add them to \
         packages::RUNTIME:\n{}",
        missing.join("\n")
    );
}

/// Installed with dpkg as a user would, the binary, the man page, the
/// completions and the desktop entry work; `dpkg -r` then `--purge` leave
/// none of the package's files.
#[test]
fn the_package_installs_works_and_is_removed_without_a_trace() {
    let deb = package();
    let before = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "unknot"])
        .output()
        .expect("dpkg-query");
    assert!(
        !String::from_utf8_lossy(&before.stdout).contains("installed"),
        "a package named unknot is already installed on this machine; this test installs \
         and removes its own: `sudo dpkg -r unknot` first"
    );
    let out = desktop::run_as_root("dpkg", ["-i".as_ref(), deb.as_os_str()]);
    assert!(out.status.success(), "dpkg -i:\n{}", text(&out));
    let listed = Command::new("dpkg")
        .args(["-L", "unknot"])
        .output()
        .expect("dpkg -L");
    let files: Vec<PathBuf> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .collect();
    assert!(files.len() >= 10, "dpkg -L lists only {files:?}");

    let checks = std::panic::catch_unwind(|| {
        let version = Command::new("/usr/bin/unknot")
            .arg("--version")
            .output()
            .expect("--version");
        assert_eq!(
            String::from_utf8_lossy(&version.stdout).trim(),
            format!("unknot {}", crate_version(&root()).expect("version"))
        );
        let man = Command::new("man")
            .args(["-w", "unknot"])
            .output()
            .expect("man -w");
        assert_eq!(
            String::from_utf8_lossy(&man.stdout).trim(),
            "/usr/share/man/man1/unknot.1.gz",
            "man -w unknot: {}",
            text(&man)
        );
        // man renders it without complaint.
        let shown = Command::new("sh")
            .args([
                "-c",
                "MANWIDTH=80 man --warnings unknot 2>&1 >/dev/null; MANWIDTH=80 man unknot",
            ])
            .env("MANPAGER", "cat")
            .output()
            .expect("man unknot");
        let shown = String::from_utf8_lossy(&shown.stdout);
        assert!(
            shown.contains("check-config") && shown.contains("break-now"),
            "{shown}"
        );
        assert!(!shown.contains("warning:"), "man warns:\n{shown}");
        assert!(
            shown.contains("EXIT STATUS") && shown.contains("history.jsonl"),
            "{shown}"
        );
        // Each command's page, which unknot(1) points to, is there too.
        let snooze = Command::new("man")
            .args(["-w", "unknot-snooze"])
            .output()
            .expect("man -w");
        assert_eq!(
            String::from_utf8_lossy(&snooze.stdout).trim(),
            "/usr/share/man/man1/unknot-snooze.1.gz",
            "{}",
            text(&snooze)
        );

        // bash: the real completion function, asked as readline asks it.
        let bash = Command::new("bash")
            .args([
                "-c",
                "source /usr/share/bash-completion/completions/unknot; \
                 COMP_WORDS=(unknot sta); COMP_CWORD=1; COMP_LINE='unknot sta'; COMP_POINT=10; \
                 _unknot unknot sta unknot; printf '%s\\n' \"${COMPREPLY[@]}\"",
            ])
            .output()
            .expect("bash");
        let words = String::from_utf8_lossy(&bash.stdout);
        assert!(
            words.contains("status") && words.contains("start") && words.contains("stats"),
            "bash completes `unknot sta` to:\n{}",
            text(&bash)
        );
        // fish: finds the file on its own and completes.
        // (A fresh HOME instead of --no-config: --no-config also skips
        // setting fish's completion path.)
        let home = tempfile::tempdir().expect("a HOME for fish");
        let fish = Command::new("fish")
            .args(["-c", "complete -C 'unknot sta'"])
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME")
            .output()
            .expect("fish");
        let words = String::from_utf8_lossy(&fish.stdout);
        assert!(
            words.contains("status") && words.contains("stats"),
            "fish completes `unknot sta` to:\n{}",
            text(&fish)
        );
        // zsh: the file parses, sits on zsh's own fpath and defines _unknot.
        let zsh = Command::new("zsh")
            .args([
                "-f",
                "-c",
                "autoload -Uz compinit && compinit -u -d /tmp/unknot-zcompdump.$$ && \
                 print -r -- ${_comps[unknot]}; rm -f /tmp/unknot-zcompdump.$$",
            ])
            .output()
            .expect("zsh");
        assert_eq!(
            String::from_utf8_lossy(&zsh.stdout).trim(),
            "_unknot",
            "zsh's compinit did not pick up _unknot:\n{}",
            text(&zsh)
        );

        // The desktop entry starts the app, launched the way GLib desktops do.
        let desktop = Desktop::start();
        let config = desktop.scratch().join("config.json");
        std::fs::write(&config, include_str!("../../../config.example.json")).expect("config");
        let launched = desktop
            .command("gio")
            .args([
                "launch",
                &format!("/usr/share/applications/{APP_ID}.desktop"),
            ])
            .env("UNKNOT_CONFIG", &config)
            // The app gio starts inherits these: not pipes we would wait on.
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("gio launch");
        assert!(launched.success(), "gio launch failed ({launched})");
        let up = desktop.wait_until(Duration::from_secs(20), || {
            desktop
                .command("/usr/bin/unknot")
                .arg("status")
                .output()
                .is_ok_and(|o| o.status.success())
        });
        assert!(
            up,
            "the app started from the desktop entry never answered\n{}",
            desktop.logs()
        );
        // Its window process is the package's, from /usr/libexec.
        let asked = desktop
            .command("/usr/bin/unknot")
            .arg("preferences")
            .output()
            .expect("unknot preferences");
        assert!(
            asked.status.success(),
            "unknot preferences: {}",
            text(&asked)
        );
        let mut window = None;
        desktop.wait_until(Duration::from_secs(20), || {
            let status = desktop
                .command("/usr/bin/unknot")
                .args(["status", "--json"])
                .output()
                .ok()
                .and_then(|o| serde_json::from_slice::<serde_json::Value>(&o.stdout).ok());
            window = status.and_then(|s| s["window_pid"].as_u64());
            window.is_some()
        });
        let window = window.unwrap_or_else(|| panic!("no window process\n{}", desktop.logs()));
        let exe = std::fs::read_link(format!("/proc/{window}/exe")).expect("its executable");
        assert_eq!(exe, Path::new("/").join(crate::deb::LIBEXEC_SESSION));
        let _ = desktop.command("/usr/bin/unknot").arg("quit").output();
        let gone = desktop.wait_until(Duration::from_secs(10), || {
            desktop
                .command("/usr/bin/unknot")
                .arg("status")
                .output()
                .is_ok_and(|o| !o.status.success())
        });
        assert!(gone, "the app started from the desktop entry did not quit");
    });

    let removed = desktop::run_as_root("dpkg", ["-r", "unknot"]);
    let left_after_remove: Vec<&PathBuf> = files.iter().filter(|f| f.exists()).collect();
    let purged = desktop::run_as_root("dpkg", ["--purge", "unknot"]);
    let left_after_purge: Vec<&PathBuf> = files.iter().filter(|f| f.exists()).collect();
    if let Err(panic) = checks {
        std::panic::resume_unwind(panic);
    }
    assert!(removed.status.success(), "dpkg -r:\n{}", text(&removed));
    assert!(
        left_after_remove.is_empty(),
        "dpkg -r left {left_after_remove:?}"
    );
    assert!(purged.status.success(), "dpkg --purge:\n{}", text(&purged));
    assert!(
        left_after_purge.is_empty(),
        "dpkg --purge left {left_after_purge:?}"
    );
    let status = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "unknot"])
        .output()
        .expect("dpkg-query");
    assert!(
        !String::from_utf8_lossy(&status.stdout).contains("installed"),
        "dpkg still knows unknot: {}",
        text(&status)
    );
}

/// Packed relative relocations need glibc 2.36: the release package says so
/// where dpkg-shlibdeps says less, and keeps a newer bound it computed.
#[test]
fn a_binary_with_packed_relocations_depends_on_glibc_2_36() {
    let mut depends = vec![
        "libasound2 (>= 1.1.0)".to_string(),
        "libc6 (>= 2.34)".into(),
        "libx11-6".into(),
    ];
    super::raise_libc(&mut depends);
    assert_eq!(depends[1], "libc6 (>= 2.36)");
    assert_eq!(depends[0], "libasound2 (>= 1.1.0)");
    let mut newer = vec!["libc6 (>= 2.38)".to_string()];
    super::raise_libc(&mut newer);
    assert_eq!(newer, ["libc6 (>= 2.38)"]);
}
