//! The imperative shell of the background app. For now it loads the config,
//! says what it will do, and waits; the tray, notifications and the engine
//! loop arrive with the background-app issue.

use std::path::Path;
use std::process::ExitCode;

use crate::config::{self, BreakWhen, Config, ConfigSource};

/// `unknot` with no subcommand.
pub fn run(flag: Option<&Path>) -> ExitCode {
    let (config, source) = match config::load(flag) {
        Ok(config) => (config, describe(&config::locate(flag))),
        Err(e) => {
            // A broken file never stops the app: explain it, run on the default.
            eprintln!("{e}");
            eprintln!("unknot: running on the built-in default config until that is fixed");
            (
                embedded_default(),
                "the built-in default config".to_string(),
            )
        }
    };
    println!("unknot is running with {source}: {}", plan(&config));
    loop {
        std::thread::park();
    }
}

fn embedded_default() -> Config {
    config::parse(config::EXAMPLE.as_bytes(), "config.example.json")
        .expect("the embedded default config is valid (a test proves it)")
}

fn describe(source: &ConfigSource) -> String {
    match source {
        ConfigSource::File(path) => format!("config {}", path.display()),
        ConfigSource::Embedded => "the built-in default config".to_string(),
    }
}

/// One line naming each break and when it comes.
fn plan(config: &Config) -> String {
    let breaks: Vec<String> = config
        .breaks
        .iter()
        .map(|b| match b.when {
            BreakWhen::Every(d) => format!("{} every {} min of activity", b.name, d.as_secs() / 60),
            BreakWhen::At(t) => format!("{} at {}", b.name, t.format("%H:%M")),
        })
        .collect();
    if breaks.is_empty() {
        "no breaks are configured".to_string()
    } else {
        breaks.join("; ")
    }
}
