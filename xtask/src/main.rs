//! Project tasks, so a fresh machine needs only two commands:
//! `cargo xtask run` (install build packages, build release, start unknot) and
//! `cargo xtask test` (install build + headless-desktop packages, then fmt,
//! clippy and the whole test suite).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};

mod packages;

const USAGE: &str = "\
usage: cargo xtask <task> [args]

tasks:
  run [ARGS...]   install the build packages if missing, build release, start unknot ARGS
  test            install build and test packages if missing, then fmt, clippy and all tests
  deps [--test]   only install the packages (build, or build + test)
";

fn main() -> ExitCode {
    match run_task() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_task() -> Result<()> {
    let mut args = std::env::args_os().skip(1);
    let task = args.next().map(|a| a.to_string_lossy().into_owned());
    let rest: Vec<OsString> = args.collect();
    match task.as_deref() {
        Some("run") => run(&rest),
        Some("test") => test(&rest),
        Some("deps") => {
            let with_test = rest.iter().any(|a| a == "--test");
            packages::ensure(packages::BUILD)?;
            if with_test {
                packages::ensure(packages::TEST)?;
            }
            Ok(())
        }
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown task {other:?}\n{USAGE}"),
        None => bail!("no task given\n{USAGE}"),
    }
}

/// `cargo xtask run`: the first README command.
fn run(args: &[OsString]) -> Result<()> {
    packages::ensure(packages::BUILD)?;
    cargo(&["build", "--release", "--package", "unknot"])?;
    let binary = target_dir().join("release").join("unknot");
    let status = Command::new(&binary)
        .args(args)
        .status()
        .with_context(|| format!("starting {}", binary.display()))?;
    if !status.success() {
        bail!("unknot exited with {status}");
    }
    Ok(())
}

/// `cargo xtask test`: the second README command, and all that CI runs.
fn test(args: &[OsString]) -> Result<()> {
    packages::ensure(packages::BUILD)?;
    packages::ensure(packages::TEST)?;
    cargo(&["fmt", "--all", "--", "--check"])?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    let mut test_args: Vec<OsString> = vec!["test".into(), "--workspace".into()];
    test_args.extend(args.iter().cloned());
    cargo(&test_args)
}

fn cargo<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let shown: Vec<String> = args
        .iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .collect();
    eprintln!("xtask: cargo {}", shown.join(" "));
    let status = Command::new(cargo)
        .args(args)
        .current_dir(workspace_root())
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("`cargo {}` failed ({status})", shown.join(" "));
    }
    Ok(())
}

fn workspace_root() -> PathBuf {
    // xtask lives one folder below the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}
