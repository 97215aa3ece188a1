//! `cargo xtask fuzz [TARGET] [--seconds N] [--asan]`: runs the cargo-fuzz targets in
//! `fuzz/` on the stable toolchain, installing cargo-fuzz and a C++ compiler
//! when missing. What works on stable and why is in docs/reliability.md.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::packages;

/// Every fuzz target in `fuzz/fuzz_targets/`, by its bin name.
pub const TARGETS: [&str; 2] = ["config_parse", "ipc_request"];

const DEFAULT_SECONDS: u64 = 60;

struct Options {
    targets: Vec<&'static str>,
    seconds: u64,
    /// AddressSanitizer, through `RUSTC_BOOTSTRAP=1` on stable.
    asan: bool,
}

fn parse(args: &[OsString]) -> Result<Options> {
    let mut targets = Vec::new();
    let mut seconds = DEFAULT_SECONDS;
    let mut asan = false;
    let mut it = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--asan" => asan = true,
            "--seconds" => {
                seconds = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .context("--seconds needs a whole number above 0")?;
            }
            name => match TARGETS.iter().find(|t| **t == name) {
                Some(t) => targets.push(*t),
                None => bail!(
                    "unknown fuzz target or option {name:?}; targets: {}",
                    TARGETS.join(", ")
                ),
            },
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    Ok(Options {
        targets,
        seconds,
        asan,
    })
}

/// Fuzzes each target for `--seconds` (default 60). New inputs go to
/// `fuzz/target/corpus/TARGET` (not committed); a crash fails the task and
/// leaves its input in `fuzz/artifacts/TARGET/`.
pub fn run(root: &Path, args: &[OsString]) -> Result<()> {
    let options = parse(args)?;
    packages::ensure(packages::FUZZ)?;
    ensure_cargo_fuzz()?;
    let fuzz = root.join("fuzz");
    for target in &options.targets {
        let seeds = fuzz.join("corpus").join(target);
        let found = fuzz.join("target").join("corpus").join(target);
        std::fs::create_dir_all(&found).with_context(|| format!("creating {}", found.display()))?;
        eprintln!(
            "xtask: fuzzing {target} for {} s (seeds: {})",
            options.seconds,
            seeds.display()
        );
        // Stable rustc refuses `-Zsanitizer`, which every cargo-fuzz sanitizer
        // but `none` needs; `--asan` lifts that with RUSTC_BOOTSTRAP, in a
        // target folder of its own (other flags, other build). `--dev` keeps
        // debug assertions and overflow checks on, which is what catches bugs
        // in safe Rust.
        let mut cargo = Command::new("cargo");
        cargo.args(["fuzz", "run", "--dev"]);
        if options.asan {
            cargo
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_TARGET_DIR", fuzz.join("target").join("asan"));
        } else {
            cargo.args(["--sanitizer", "none"]);
        }
        let status = cargo
            .arg(target)
            .arg(&found)
            .arg(&seeds)
            .arg("--")
            .arg(format!("-max_total_time={}", options.seconds))
            .arg("-print_final_stats=1")
            .current_dir(&fuzz)
            .status()
            .context("running cargo fuzz")?;
        if !status.success() {
            bail!(
                "fuzz target {target} failed ({status}); the input is in {}. \
                 Fix the bug, then copy the input into {} so the normal suite replays it",
                fuzz.join("artifacts").join(target).display(),
                seeds.display()
            );
        }
    }
    eprintln!(
        "xtask: no crash. Inputs found are in {}; docs/reliability.md says how to \
         fold the interesting ones into fuzz/corpus",
        fuzz.join("target").join("corpus").display()
    );
    Ok(())
}

fn ensure_cargo_fuzz() -> Result<()> {
    let present = Command::new("cargo")
        .args(["fuzz", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if present {
        return Ok(());
    }
    eprintln!("xtask: installing cargo-fuzz from crates.io");
    let status = Command::new("cargo")
        .args(["install", "cargo-fuzz", "--locked"])
        .status()
        .context("running cargo install cargo-fuzz")?;
    if !status.success() {
        bail!("cargo install cargo-fuzz failed ({status})");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn no_target_means_every_target_for_a_minute() {
        let o = parse(&[]).expect("no arguments are fine");
        assert_eq!(o.targets, TARGETS.to_vec());
        assert_eq!(o.seconds, 60);
        assert!(!o.asan);
    }

    #[test]
    fn a_target_and_a_length_are_taken() {
        let o = parse(&args(&["ipc_request", "--seconds", "600", "--asan"])).expect("valid");
        assert_eq!(o.targets, vec!["ipc_request"]);
        assert_eq!(o.seconds, 600);
        assert!(o.asan);
    }

    #[test]
    fn unknown_targets_and_bad_lengths_are_refused_with_the_list() {
        let e = parse(&args(&["json"])).err().expect("refused").to_string();
        assert!(e.contains("config_parse, ipc_request"), "{e}");
        assert!(parse(&args(&["--seconds", "0"])).is_err());
        assert!(parse(&args(&["--seconds"])).is_err());
    }

    #[test]
    fn every_target_has_a_source_file_and_a_seed_corpus() {
        let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
        for t in TARGETS {
            assert!(fuzz.join(format!("fuzz_targets/{t}.rs")).is_file(), "{t}");
            assert!(fuzz.join("corpus").join(t).is_dir(), "{t}");
        }
    }
}
