//! `cargo xtask install [--prefix DIR]` and `cargo xtask uninstall [--prefix DIR] [--purge]`:
//! the release binaries (`unknot` and, beside it, the window process
//! `unknot-session`, which the app looks for there first), a `.desktop` entry and the icons, in the XDG layout
//! under the prefix (default `~/.local`), and the voice clips of the other
//! languages in `share/unknot/voice/<lang>/`, where the app looks for them
//! (the XDG data dirs). Uninstall removes exactly the files install writes
//! (and the voice folder, which is only ours); config and history stay
//! unless `--purge`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::deb::{self, APP_ID, ICON_SIZES};

/// The window process's binary, installed beside `unknot`.
pub const SESSION: &str = "unknot-session";

/// One file install writes: where it goes and what it holds.
pub struct Planned {
    pub path: PathBuf,
    pub source: Source,
}

pub enum Source {
    Copy(PathBuf),
    Text(String),
}

/// Every file an install into `prefix` writes, with `binary` as the program
/// and the `unknot-session` beside it as its window process: the package's
/// desktop entry and icons, named by the app id.
pub fn plan(prefix: &Path, root: &Path, binary: &Path) -> Result<Vec<Planned>> {
    let bin = prefix.join("bin").join("unknot");
    let mut files = vec![
        Planned {
            path: bin.clone(),
            source: Source::Copy(binary.to_path_buf()),
        },
        Planned {
            path: prefix.join("bin").join(SESSION),
            source: Source::Copy(binary.with_file_name(SESSION)),
        },
        Planned {
            path: prefix.join(format!("share/applications/{APP_ID}.desktop")),
            source: Source::Text(deb::desktop_entry(root, &format!("\"{}\"", bin.display()))?),
        },
    ];
    for size in ICON_SIZES {
        files.push(Planned {
            path: prefix.join(format!(
                "share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
            )),
            source: Source::Copy(deb::icon_source(root, size)),
        });
    }
    for (from, to) in deb::voice_clips(root)? {
        files.push(Planned {
            path: prefix.join("share").join(to),
            source: Source::Copy(from),
        });
    }
    Ok(files)
}

/// The folder of the voice clips under `prefix`: uninstall removes it
/// whole, with clips an older manifest listed.
fn voice_folder(prefix: &Path) -> PathBuf {
    prefix.join("share/unknot/voice")
}

/// What installs before the app id named them wrote; uninstall removes these too.
fn earlier_names(prefix: &Path) -> Vec<Planned> {
    let sizes = ICON_SIZES
        .iter()
        .map(|s| format!("share/icons/hicolor/{s}x{s}/apps/unknot.png"));
    std::iter::once("share/applications/unknot.desktop".to_owned())
        .chain(sizes)
        .map(|p| Planned {
            path: prefix.join(p),
            source: Source::Text(String::new()),
        })
        .collect()
}

/// Writes the planned files; returns their paths.
pub fn install_files(files: &[Planned]) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for file in files {
        if let Some(dir) = file.path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        match &file.source {
            Source::Copy(from) => {
                std::fs::copy(from, &file.path).with_context(|| {
                    format!("copying {} to {}", from.display(), file.path.display())
                })?;
            }
            Source::Text(text) => std::fs::write(&file.path, text)
                .with_context(|| format!("writing {}", file.path.display()))?,
        }
        written.push(file.path.clone());
    }
    Ok(written)
}

/// Removes the planned files that exist; returns the ones removed.
pub fn uninstall_files(files: &[Planned]) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for file in files {
        match std::fs::remove_file(&file.path) {
            Ok(()) => removed.push(file.path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", file.path.display())),
        }
    }
    Ok(removed)
}

struct Args {
    prefix: PathBuf,
    purge: bool,
}

fn parse(args: &[OsString], allow_purge: bool) -> Result<Args> {
    let mut prefix = None;
    let mut purge = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("--prefix") => {
                let dir = it.next().context("--prefix needs a folder")?;
                prefix = Some(PathBuf::from(dir));
            }
            Some("--purge") if allow_purge => purge = true,
            _ => bail!("unexpected argument {arg:?}"),
        }
    }
    let prefix = match prefix {
        Some(p) => p,
        None => PathBuf::from(std::env::var_os("HOME").context("HOME is not set; pass --prefix")?)
            .join(".local"),
    };
    Ok(Args { prefix, purge })
}

pub fn install(root: &Path, binary: &Path, args: &[OsString]) -> Result<()> {
    let args = parse(args, false)?;
    let written = install_files(&plan(&args.prefix, root, binary)?)?;
    for path in &written {
        println!("installed {}", path.display());
    }
    println!(
        "Run {} to start unknot; `unknot autostart enable` starts it at login.",
        args.prefix.join("bin/unknot").display()
    );
    Ok(())
}

pub fn uninstall(root: &Path, args: &[OsString]) -> Result<()> {
    let args = parse(args, true)?;
    // The binary's source does not matter for removal.
    let mut files = plan(&args.prefix, root, Path::new("unknot"))?;
    files.extend(earlier_names(&args.prefix));
    let mut removed = uninstall_files(&files)?;
    let voice = voice_folder(&args.prefix);
    if voice.exists() {
        std::fs::remove_dir_all(&voice).with_context(|| format!("removing {}", voice.display()))?;
        removed.push(voice);
        // `share/unknot` held only the voice.
        let _ = std::fs::remove_dir(args.prefix.join("share/unknot"));
    }
    for path in &removed {
        println!("removed {}", path.display());
    }
    if removed.is_empty() {
        println!(
            "nothing of unknot's was installed under {}",
            args.prefix.display()
        );
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let config_home = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".config")));
    let state_home = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".local/state")));
    if let Some(autostart) = config_home
        .as_ref()
        .map(|c| c.join("autostart/unknot.desktop"))
    {
        if autostart.exists() {
            std::fs::remove_file(&autostart)
                .with_context(|| format!("removing {}", autostart.display()))?;
            println!("removed {}", autostart.display());
        }
    }
    let kept: Vec<PathBuf> = [
        config_home.map(|c| c.join("unknot")),
        state_home.map(|s| s.join("unknot")),
    ]
    .into_iter()
    .flatten()
    .filter(|d| d.exists())
    .collect();
    for dir in kept {
        if args.purge {
            std::fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
            println!("removed {}", dir.display());
        } else {
            println!(
                "kept {} (add --purge to remove your settings and history)",
                dir.display()
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    #[test]
    fn install_then_uninstall_leaves_only_what_was_there() {
        let prefix = tempfile::tempdir().expect("temp prefix");
        let other = prefix
            .path()
            .join("share/applications/someone-else.desktop");
        std::fs::create_dir_all(other.parent().expect("folder")).expect("folder");
        std::fs::write(&other, "[Desktop Entry]\n").expect("a file that is not ours");
        let built = prefix.path().join("built");
        std::fs::create_dir(&built).expect("a build folder");
        let binary = built.join("unknot");
        std::fs::write(&binary, b"\x7fELF not really").expect("a stand-in binary");
        std::fs::write(built.join(SESSION), b"\x7fELF the window").expect("a stand-in binary");

        let files = plan(prefix.path(), &root(), &binary).expect("plan");
        let written = install_files(&files).expect("install");
        let clips = deb::voice_clips(&root()).expect("the manifests").len();
        assert_eq!(written.len(), 3 + ICON_SIZES.len() + clips);
        assert_eq!(
            std::fs::read(prefix.path().join("bin/unknot")).expect("installed binary"),
            b"\x7fELF not really"
        );
        assert_eq!(
            std::fs::read(prefix.path().join("bin").join(SESSION)).expect("the window's binary"),
            b"\x7fELF the window"
        );
        let entry = std::fs::read_to_string(
            prefix
                .path()
                .join(format!("share/applications/{APP_ID}.desktop")),
        )
        .expect("desktop entry");
        assert!(entry.contains(&format!(
            "Exec=\"{}\"",
            prefix.path().join("bin/unknot").display()
        )));
        assert!(prefix
            .path()
            .join(format!("share/icons/hicolor/48x48/apps/{APP_ID}.png"))
            .exists());

        let removed = uninstall_files(&files).expect("uninstall");
        assert_eq!(removed, written);
        assert!(written.iter().all(|p| !p.exists()));
        assert!(
            other.exists(),
            "uninstall removed a file it did not install"
        );
        assert!(binary.exists());
    }
}
