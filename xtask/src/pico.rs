//! SVOX Pico (`pico2wave`), the voice of the languages other than English,
//! for `cargo xtask assets` only (the suite never synthesizes). Debian has
//! it in `non-free` (its lingware comes without source; docs/assets.md), so
//! rather than add a component to the system's apt sources, it is fetched
//! into `target/pico` with apt's own tools and a private apt state (the
//! system's keyring checks the archive's signature), unpacked with
//! `dpkg -x`, and run from there. No root, nothing installed. A system
//! `pico2wave` with its lingware in `/usr/share/pico/lang` is used as it is.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::packages;

/// Runs `pico2wave`.
pub struct Pico {
    program: PathBuf,
    /// Where its libraries are, when fetched (`LD_LIBRARY_PATH`).
    libs: Option<PathBuf>,
    /// The folder it runs in: the fetched copy reads its lingware from
    /// `./lang/`.
    cwd: PathBuf,
}

/// Where Debian's `pico2wave` reads its lingware: compiled in (upstream
/// reads `./lang/`; Debian's patch made it this).
const SYSTEM_LINGWARE: &str = "/usr/share/pico/lang/";

impl Pico {
    /// The system's `pico2wave`, else the copy under `target/pico`, fetched
    /// on the first run.
    pub fn ready(target: &Path) -> Result<Pico> {
        if Path::new(SYSTEM_LINGWARE).join("de-DE_ta.bin").is_file() && on_path("pico2wave") {
            return Ok(Pico {
                program: "pico2wave".into(),
                libs: None,
                cwd: target.to_path_buf(),
            });
        }
        let dir = target.join("pico");
        let program = dir.join("pico2wave");
        let root = dir.join("root");
        if !program.is_file() {
            fetch(&dir, &root)?;
            let binary = std::fs::read(root.join("usr/bin/pico2wave"))
                .context("the fetched libttspico-utils has no pico2wave")?;
            write_executable(&program, &local_lingware(&binary)?)?;
        }
        let libs = find_lib(&root.join("usr/lib"))
            .context("the fetched libttspico0 has no libttspico.so.0")?;
        Ok(Pico {
            program,
            libs: Some(libs),
            cwd: root.join("usr/share/pico"),
        })
    }

    /// Speaks `text` in `voice` (`de-DE`) at `speed` per cent into the WAV
    /// `out` (16 kHz mono, 16-bit).
    pub fn speak(&self, voice: &str, speed: u32, text: &str, out: &Path) -> Result<()> {
        let escaped = text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let said = if speed == 100 {
            escaped
        } else {
            format!("<speed level=\"{speed}\">{escaped}</speed>")
        };
        let out = std::path::absolute(out).context("the clip's path")?;
        let mut cmd = Command::new(&self.program);
        cmd.current_dir(&self.cwd)
            .arg("-l")
            .arg(voice)
            .arg("-w")
            .arg(&out)
            .arg(&said)
            .stdout(Stdio::null());
        if let Some(libs) = &self.libs {
            cmd.env("LD_LIBRARY_PATH", libs);
        }
        let status = cmd.status().context("running pico2wave")?;
        if !status.success() {
            bail!("pico2wave failed on {text:?} ({status})");
        }
        Ok(())
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(program).is_file()))
}

/// Debian's `pico2wave` with its compiled-in lingware folder turned back
/// into upstream's `./lang/` (the same length, padded with NULs: a C string
/// ends at the first).
pub fn local_lingware(binary: &[u8]) -> Result<Vec<u8>> {
    let old = format!("{SYSTEM_LINGWARE}\0");
    let old = old.as_bytes();
    let at = binary
        .windows(old.len())
        .position(|w| w == old)
        .with_context(|| format!("pico2wave does not name {SYSTEM_LINGWARE}"))?;
    let mut new = b"./lang/".to_vec();
    new.resize(old.len(), 0);
    let mut out = binary.to_vec();
    out[at..at + old.len()].copy_from_slice(&new);
    Ok(out)
}

fn write_executable(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .with_context(|| format!("making {} executable", path.display()))
}

/// The folder under `lib` that holds `libttspico.so.0` (its multiarch one).
fn find_lib(lib: &Path) -> Option<PathBuf> {
    if lib.join("libttspico.so.0").exists() {
        return Some(lib.to_path_buf());
    }
    std::fs::read_dir(lib)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.join("libttspico.so.0").exists())
}

/// Downloads `packages::PICO` with a private apt state in `dir` and
/// unpacks them into `root`.
fn fetch(dir: &Path, root: &Path) -> Result<()> {
    if !on_path("apt-get") || !on_path("dpkg") {
        bail!(
            "`cargo xtask assets` speaks German, Spanish and French with SVOX Pico (pico2wave), \
             and fetches it with apt-get on Debian and Ubuntu; here, install it yourself \
             (Fedora: svox / pico-tts from a third-party repository; Arch: svox-pico-bin from \
             the AUR) so that `pico2wave` is on PATH and its lingware in {SYSTEM_LINGWARE}"
        );
    }
    let os = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let field = |name: &str| {
        os.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .map(|v| v.trim_matches('"').to_string())
    };
    let id = field("ID").unwrap_or_default();
    let codename = field("VERSION_CODENAME").context("/etc/os-release names no codename")?;
    let source = match id.as_str() {
        "debian" => format!(
            "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] \
             http://deb.debian.org/debian {codename} main non-free\n"
        ),
        "ubuntu" => format!(
            "deb [signed-by=/usr/share/keyrings/ubuntu-archive-keyring.gpg] \
             http://archive.ubuntu.com/ubuntu {codename} main multiverse\n"
        ),
        other => bail!("fetching pico2wave: unknown apt distribution {other:?}"),
    };
    let apt = dir.join("apt");
    for sub in ["lists/partial", "cache/archives/partial", "sources.list.d"] {
        std::fs::create_dir_all(apt.join(sub))
            .with_context(|| format!("creating {}", apt.join(sub).display()))?;
    }
    std::fs::write(apt.join("sources.list"), source).context("writing the apt source")?;
    let options = [
        format!(
            "Dir::Etc::SourceList={}",
            apt.join("sources.list").display()
        ),
        format!(
            "Dir::Etc::SourceParts={}",
            apt.join("sources.list.d").display()
        ),
        format!("Dir::State::Lists={}", apt.join("lists").display()),
        format!("Dir::Cache={}", apt.join("cache").display()),
        // Files the sandbox user `_apt` may not reach in a home folder.
        "APT::Sandbox::User=root".to_string(),
    ];
    let apt_get = |args: &[&str], cwd: &Path| -> Result<()> {
        let mut cmd = Command::new("apt-get");
        for o in &options {
            cmd.arg("-o").arg(o);
        }
        let status = cmd
            .args(args)
            .current_dir(cwd)
            .stdin(Stdio::null())
            .status()
            .context("running apt-get")?;
        if !status.success() {
            bail!("apt-get {} failed ({status})", args.join(" "));
        }
        Ok(())
    };
    eprintln!(
        "xtask: fetching SVOX Pico ({}) into {}",
        packages::PICO.join(", "),
        dir.display()
    );
    apt_get(&["-qq", "update"], dir)?;
    let debs = dir.join("debs");
    std::fs::create_dir_all(&debs).with_context(|| format!("creating {}", debs.display()))?;
    let mut args = vec!["-qq", "download"];
    args.extend(packages::PICO);
    apt_get(&args, &debs)?;
    for entry in std::fs::read_dir(&debs).context("listing the fetched packages")? {
        let deb = entry?.path();
        if deb.extension().is_some_and(|e| e == "deb") {
            let status = Command::new("dpkg")
                .arg("-x")
                .arg(&deb)
                .arg(root)
                .status()
                .context("running dpkg -x")?;
            if !status.success() {
                bail!("dpkg -x {} failed ({status})", deb.display());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lingware_folder_becomes_upstreams_and_keeps_the_length() {
        let binary = b"\x7fELF..\0/usr/share/pico/lang/\0%s_ta.bin\0".to_vec();
        let local = local_lingware(&binary).expect("patched");
        assert_eq!(local.len(), binary.len());
        assert!(local.windows(8).any(|w| w == b"./lang/\0"));
        assert!(local.ends_with(b"\0%s_ta.bin\0"));
        assert!(local_lingware(b"no path here").is_err());
    }
}
