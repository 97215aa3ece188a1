//! `cargo xtask deb`: a Debian package of unknot, `target/dist/unknot_VERSION_ARCH.deb`.
//!
//! Everything in it comes from the repository or from the binary itself: the
//! man pages and the completions are written by `unknot manpage DIR` and
//! `unknot completions SHELL` from the clap definitions, `Depends` is computed by
//! `dpkg-shlibdeps` plus the run-time list in `packages::RUNTIME`, and the
//! texts (desktop entry, AppStream metainfo, changelog, copyright) live in
//! `xtask/deb/`. `cargo xtask test` builds the same package from the test
//! build's binary and checks it (the tests below); `docs/packaging.md` says why
//! each lintian remark left is there.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, ensure, Context, Result};

use crate::packages::{Strength, RUNTIME};

/// The reverse-DNS id the desktop entry, the metainfo and the icons are named by.
pub const APP_ID: &str = "io.github.unknot.Unknot";

/// Every icon size `cargo xtask assets` draws, as installed into hicolor.
pub const ICON_SIZES: [u32; 7] = [16, 22, 24, 32, 48, 64, 256];

/// The other languages' voice clips (`cargo xtask assets`): each clip of
/// sounds/voice/<lang>/manifest.tsv as (its file in the checkout, where it
/// goes under the data folder: `unknot/voice/<lang>/<file>`). English's are
/// in the binary.
pub fn voice_clips(root: &Path) -> Result<Vec<(PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    for lang in ["de", "es", "fr"] {
        let dir = root.join("sounds/voice").join(lang);
        let manifest = read(&dir.join("manifest.tsv"))?;
        for line in manifest
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let file = line.split('\t').next().unwrap_or_default();
            out.push((
                dir.join(file),
                Path::new("unknot/voice").join(lang).join(file),
            ));
        }
    }
    Ok(out)
}

/// The drawn icon of `size` pixels.
pub fn icon_source(root: &Path, size: u32) -> PathBuf {
    if size == 256 {
        root.join("icons/unknot.png")
    } else {
        root.join(format!("icons/unknot-normal-{size}.png"))
    }
}

/// The desktop entry, starting `exec` (`unknot` in the package, an absolute
/// path for `cargo xtask install`).
pub fn desktop_entry(root: &Path, exec: &str) -> Result<String> {
    Ok(read(&root.join(format!("xtask/deb/{APP_ID}.desktop")))?.replace("@EXEC@", exec))
}

/// Where the package puts the window process (the app's `shell::window_process::LIBEXEC`).
pub const LIBEXEC_SESSION: &str = "usr/libexec/unknot/unknot-session";

/// `cargo xtask deb`: a release build, packaged.
pub fn task(root: &Path, binary: &Path, target: &Path) -> Result<()> {
    let deb = build(root, binary, &target.join("dist"))?;
    println!("{}", deb.display());
    Ok(())
}

/// Packages `binary` and the `unknot-session` beside it (both stripped on
/// the way in) into `out_dir`; returns the .deb's path.
pub fn build(root: &Path, binary: &Path, out_dir: &Path) -> Result<PathBuf> {
    let version = crate_version(root)?;
    let changelog = read(&root.join("xtask/deb/changelog"))?;
    let top = Changelog::parse(&changelog)?;
    ensure!(
        top.version == version,
        "xtask/deb/changelog starts at {} but Cargo.toml says {version}: add a changelog entry",
        top.version
    );
    let reported = stdout(Command::new(binary).arg("--version"))?;
    ensure!(
        reported.trim() == format!("unknot {version}"),
        "{} reports {:?}, not version {version}",
        binary.display(),
        reported.trim()
    );
    let arch = stdout(Command::new("dpkg").arg("--print-architecture"))?
        .trim()
        .to_owned();

    let stage = tempfile::Builder::new()
        .prefix("unknot-deb-")
        .tempdir()
        .context("a staging folder")?;
    let s = stage.path();
    let bin = s.join("usr/bin/unknot");
    put(
        &bin,
        &std::fs::read(binary).context("reading the binary")?,
        0o755,
    )?;
    // The window process, where the app looks after its own folder (a
    // program run by another, not by people: FHS libexec).
    let session = s.join(LIBEXEC_SESSION);
    let built_session = binary.with_file_name(crate::install::SESSION);
    put(
        &session,
        &std::fs::read(&built_session)
            .with_context(|| format!("reading {}", built_session.display()))?,
        0o755,
    )?;
    for stripped in [&bin, &session] {
        run(Command::new("strip")
            .args(["--strip-unneeded", "--remove-section=.comment"])
            .arg(stripped))?;
    }
    put(
        &s.join(format!("usr/share/applications/{APP_ID}.desktop")),
        desktop_entry(root, "unknot")?.as_bytes(),
        0o644,
    )?;
    put(
        &s.join(format!("usr/share/metainfo/{APP_ID}.metainfo.xml")),
        read(&root.join(format!("xtask/deb/{APP_ID}.metainfo.xml")))?.as_bytes(),
        0o644,
    )?;
    for size in ICON_SIZES {
        let from = icon_source(root, size);
        let png = std::fs::read(&from).with_context(|| format!("reading {}", from.display()))?;
        put(
            &s.join(format!(
                "usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
            )),
            &png,
            0o644,
        )?;
    }
    for (from, to) in voice_clips(root)? {
        let clip = std::fs::read(&from)
            .with_context(|| format!("reading {}: run `cargo xtask assets`", from.display()))?;
        put(&s.join("usr/share").join(to), &clip, 0o644)?;
    }
    let pages = tempfile::tempdir().context("a folder for the man pages")?;
    run(Command::new(binary).arg("manpage").arg(pages.path()))?;
    for entry in std::fs::read_dir(pages.path())? {
        let page = entry?.path();
        let name = page
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if let Some(name) = name.strip_suffix(".1") {
            let roff = std::fs::read(&page)?;
            put(
                &s.join(format!("usr/share/man/man1/{name}.1.gz")),
                &gzip(&roff)?,
                0o644,
            )?;
        }
    }
    ensure!(
        s.join("usr/share/man/man1/unknot.1.gz").is_file(),
        "`unknot manpage` wrote no unknot.1"
    );
    for (shell, path) in COMPLETIONS {
        let script = stdout(Command::new(binary).args(["completions", shell]))?;
        put(&s.join(path), script.as_bytes(), 0o644)?;
    }
    put(
        &s.join("usr/share/doc/unknot/copyright"),
        copyright(root)?.as_bytes(),
        0o644,
    )?;
    put(
        &s.join("usr/share/doc/unknot/changelog.gz"),
        &gzip(changelog.as_bytes())?,
        0o644,
    )?;

    let depends = {
        let mut all = shlibdeps(&[&bin, &session])?;
        all.extend(relations(Strength::Depends));
        all
    };
    let control = format!(
        "Package: unknot\nVersion: {version}\nArchitecture: {arch}\nMaintainer: {}\n\
         Installed-Size: {}\nDepends: {}\nRecommends: {}\nSection: utils\nPriority: optional\n\
         Description: guided desk breaks against upper-trapezius knots\n{}",
        top.maintainer,
        installed_kib(s)?,
        depends.join(", "),
        relations(Strength::Recommends).join(", "),
        DESCRIPTION
    );
    let md5sums = md5sums(s)?;
    put(&s.join("DEBIAN/control"), control.as_bytes(), 0o644)?;
    put(&s.join("DEBIAN/md5sums"), md5sums.as_bytes(), 0o644)?;
    open_folders(s)?;

    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let deb = out_dir.join(format!("unknot_{version}_{arch}.deb"));
    run(Command::new("dpkg-deb")
        .args(["--root-owner-group", "-Zxz", "--build"])
        .arg(s)
        .arg(&deb))?;
    Ok(deb)
}

/// Where each shell looks for a completion of `unknot` installed by a package.
pub const COMPLETIONS: [(&str, &str); 3] = [
    ("bash", "usr/share/bash-completion/completions/unknot"),
    ("zsh", "usr/share/zsh/vendor-completions/_unknot"),
    ("fish", "usr/share/fish/vendor_completions.d/unknot.fish"),
];

const DESCRIPTION: &str =
    " unknot sits in the system tray, counts active desk time and reminds you\n \
to take short guided breaks against the knot on top of the shoulder, likely\n \
an overworked upper trapezius doing the job of a weak lower one.\n \
.\n \
A desk reset of about three minutes comes after each stretch of active desk\n \
time, and a daily routine of about ten minutes goes in a fixed order:\n \
stretch, release, strengthen, retrain. A voice guides every hold, rep and\n \
side, so a break can be followed with closed eyes. No reminders come during\n \
calls, screen sharing, fullscreen presentations or outside working hours.\n";

/// The `Depends` or `Recommends` relations of the run-time list.
fn relations(strength: Strength) -> Vec<String> {
    RUNTIME
        .iter()
        .filter(|r| r.strength == strength)
        .map(|r| r.relation.to_owned())
        .collect()
}

/// The newest changelog entry: its version and who made it.
struct Changelog {
    version: String,
    maintainer: String,
}

impl Changelog {
    fn parse(text: &str) -> Result<Changelog> {
        let first = text.lines().next().unwrap_or_default();
        let version = first
            .strip_prefix("unknot (")
            .and_then(|rest| rest.split(')').next())
            .context("xtask/deb/changelog does not start with `unknot (VERSION)`")?
            .to_owned();
        let maintainer = text
            .lines()
            .find_map(|l| l.strip_prefix(" -- "))
            .and_then(|l| l.split("  ").next())
            .context("xtask/deb/changelog has no ` -- NAME <EMAIL>  DATE` line")?
            .to_owned();
        Ok(Changelog {
            version,
            maintainer,
        })
    }
}

/// `version` of the `[package]` table in the root Cargo.toml.
pub fn crate_version(root: &Path) -> Result<String> {
    let toml = read(&root.join("Cargo.toml"))?;
    let package = toml
        .split("\n[package]\n")
        .nth(1)
        .context("Cargo.toml has no [package] table")?;
    package
        .lines()
        .take_while(|l| !l.starts_with('['))
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .map(str::to_owned)
        .context("Cargo.toml's [package] has no version")
}

/// The DEP-5 copyright file: `xtask/deb/copyright` with the font's licence
/// text and the list of crates linked into the binary filled in.
fn copyright(root: &Path) -> Result<String> {
    let template = read(&root.join("xtask/deb/copyright"))?;
    let ufl = read(&root.join("xtask/deb/UFL-1.0.txt"))?;
    let ufl: Vec<String> = ufl
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                " .".to_owned()
            } else {
                format!(" {}", l.trim_end())
            }
        })
        .collect();
    let crates = linked_crates(root)?;
    Ok(template
        .replace("@CRATES@", &wrap(&crates, 72).join("\n "))
        .replace("@UFL@", &ufl.join("\n")))
}

/// "The binary statically links these crates …", from `cargo tree`.
fn linked_crates(root: &Path) -> Result<String> {
    let tree = stdout(
        Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .args([
                "tree",
                "--package",
                "unknot",
                "--edges",
                "normal",
                "--prefix",
                "none",
                "--format",
                "{p} ({l})",
            ])
            .current_dir(root),
    )?;
    let crates: BTreeSet<String> = tree
        .lines()
        .map(|l| l.trim_end_matches(" (*)").trim())
        .filter(|l| !l.is_empty() && !l.starts_with("unknot v"))
        .map(|l| l.replace("()", "(see the crate)").replace('/', " OR "))
        .collect();
    ensure!(!crates.is_empty(), "cargo tree listed no crate");
    Ok(format!(
        "The binary statically links these Rust crates from crates.io, each \
         under the licence shown: {}.",
        crates.into_iter().collect::<Vec<_>>().join(", ")
    ))
}

/// `text` in lines of at most `width` characters, broken at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `dpkg-shlibdeps` on `binaries`: the packages of the libraries they link.
fn shlibdeps(binaries: &[&Path]) -> Result<Vec<String>> {
    let dir = tempfile::tempdir().context("a folder for dpkg-shlibdeps")?;
    put(
        &dir.path().join("debian/control"),
        b"Source: unknot\n\nPackage: unknot\nArchitecture: any\n",
        0o644,
    )?;
    let out = stdout(
        Command::new("dpkg-shlibdeps")
            .arg("-O")
            .args(binaries)
            .current_dir(dir.path()),
    )?;
    let list = out
        .lines()
        .find_map(|l| l.strip_prefix("shlibs:Depends="))
        .with_context(|| format!("dpkg-shlibdeps printed no Depends: {out}"))?;
    let mut depends: Vec<String> = list.split(", ").map(str::to_owned).collect();
    // Release binaries pack their relative relocations (build.rs), which
    // glibc reads from 2.36 on; dpkg-shlibdeps knows only the symbols'
    // versions, so it says libc6 (>= 2.34) and an older glibc would
    // install the package and then refuse to run it.
    let mut relr = false;
    for binary in binaries {
        relr |=
            stdout(Command::new("objdump").arg("-p").arg(binary))?.contains("GLIBC_ABI_DT_RELR");
    }
    if relr {
        raise_libc(&mut depends);
    }
    Ok(depends)
}

/// The glibc that reads packed relative relocations (DT_RELR).
const RELR_GLIBC: &str = "2.36";

/// `libc6` in `depends` at `RELR_GLIBC` or newer.
fn raise_libc(depends: &mut [String]) {
    for d in depends {
        if d == "libc6" || d.starts_with("libc6 (") {
            let older = d
                .strip_prefix("libc6 (>= ")
                .and_then(|v| v.strip_suffix(')'));
            let below = older.is_none_or(|v| {
                Command::new("dpkg")
                    .args(["--compare-versions", v, "lt", RELR_GLIBC])
                    .status()
                    .is_ok_and(|s| s.success())
            });
            if below {
                *d = format!("libc6 (>= {RELR_GLIBC})");
            }
        }
    }
}

/// The size the installed files take, in KiB, as `Installed-Size` wants it.
fn installed_kib(stage: &Path) -> Result<u64> {
    Ok(files_under(stage)?
        .iter()
        .map(|(_, size)| size.div_ceil(1024))
        .sum::<u64>()
        .max(1))
}

/// `DEBIAN/md5sums`: every installed file's MD5, as dpkg checks them.
fn md5sums(stage: &Path) -> Result<String> {
    let relative: Vec<PathBuf> = files_under(stage)?
        .into_iter()
        .map(|(p, _)| p.strip_prefix(stage).map(Path::to_path_buf))
        .collect::<Result<_, _>>()?;
    stdout(Command::new("md5sum").args(&relative).current_dir(stage))
}

/// Every regular file under `stage` except `DEBIAN/`, with its size, sorted.
fn files_under(stage: &Path) -> Result<Vec<(PathBuf, u64)>> {
    let mut found = Vec::new();
    let mut dirs = vec![stage.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("{}", dir.display()))? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() && entry.file_name() != "DEBIAN" {
                dirs.push(entry.path());
            } else if kind.is_file() && dir != stage {
                found.push((entry.path(), entry.metadata()?.len()));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Every folder of the package 0755 (the staging folder itself is a 0700 temp dir).
fn open_folders(stage: &Path) -> Result<()> {
    let mut dirs = vec![stage.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                dirs.push(entry.path());
            }
        }
    }
    Ok(())
}

fn put(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("chmod {}", path.display()))
}

/// `gzip -9n`: best compression, no name or time stamp (reproducible, as
/// Debian policy asks for man pages and changelogs).
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut child = Command::new("gzip")
        .args(["-9n", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .context("running gzip")?;
    let mut input = child.stdin.take().context("gzip's stdin")?;
    let bytes = bytes.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().context("waiting for gzip")?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("gzip writer panicked"))??;
    ensure!(out.status.success(), "gzip failed ({})", out.status);
    Ok(out.stdout)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Runs `cmd`; its stdout, or an error with its stderr.
fn stdout(cmd: &mut Command) -> Result<String> {
    let shown = format!("{cmd:?}");
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running {shown}"))?;
    if !out.status.success() {
        bail!(
            "{shown} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn run(cmd: &mut Command) -> Result<()> {
    stdout(cmd).map(drop)
}

#[cfg(test)]
mod tests;
