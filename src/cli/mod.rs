//! Every command: clap definitions, dispatch, printing, `--json` and exit
//! codes. The domain modules return typed results; only this folder turns
//! them into words on stdout/stderr and exit codes. Nothing imports `cli`.

mod autostart;
mod check_config;
mod control;
mod render;
mod routine;
mod schedule;
mod stats;
mod sync;

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand};

/// Exit code for bad input the user must fix (invalid config, bad arguments).
pub const EXIT_INVALID: u8 = 2;
/// Exit code for a failure at run time (I/O, no running app).
pub const EXIT_FAILURE: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "unknot",
    version,
    about = "Guided desk breaks against upper-trapezius knots",
    long_about = "Guided desk breaks against upper-trapezius knots.\n\n\
                  Without a command, unknot starts in the background: a tray icon, reminders \
                  after active desk time and a daily routine, each a guided break in a window \
                  that speaks you through it. Run again while it runs, it opens its window. The commands below ask or steer the running app, \
                  or work on their own."
)]
pub struct Cli {
    /// Config file to use (default: $UNKNOT_CONFIG, else $XDG_CONFIG_HOME/unknot/config.json,
    /// else the built-in default)
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Start without presenting a window (for the login autostart): with no tray
    /// icon, a notification offers to open it instead
    #[arg(long)]
    pub background: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a config file and explain every mistake in it
    CheckConfig {
        /// The file to check (default: the config unknot would load)
        path: Option<PathBuf>,
    },
    /// List or show the exercise routines
    #[command(subcommand)]
    Routine(routine::RoutineCommand),
    /// Preview when breaks would come, by running the engine on a simulated clock
    Schedule(schedule::ScheduleArgs),
    #[command(flatten)]
    Control(control::ControlCommand),
    /// Play a routine in the guided window (through the running app if there is one)
    Play {
        /// Routine id, e.g. upper-trap
        routine: String,
    },
    /// Open the Preferences window (through the running app if there is one)
    Preferences,
    /// Start unknot when you log in (an XDG autostart entry), or stop doing so
    Autostart {
        #[arg(value_enum)]
        action: AutostartAction,
    },
    /// Render one moment of the guided window to a PNG, without a display
    Render(render::RenderArgs),
    /// Every line the app can speak, one per line (for `cargo xtask assets`)
    #[command(hide = true)]
    VoiceScript {
        /// In this language (en, de, es, fr; default en)
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Print a completion script for your shell (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the manual pages, unknot(1) and one per command, into DIR (for the package)
    #[command(hide = true)]
    Manpage {
        /// The folder to write unknot.1, unknot-status.1, … into
        dir: PathBuf,
    },
    /// Share one history between machines through a synced folder (docs/sync.md)
    #[command(subcommand)]
    Sync(sync::SyncCommand),
    /// Your break history: per-day table, streaks, completion rate
    Stats {
        /// How many days back to show
        #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=3660))]
        days: u32,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
        /// Open the Statistics window instead (through the running app if there is one)
        #[arg(long, conflicts_with = "json")]
        window: bool,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum AutostartAction {
    Enable,
    Disable,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_INVALID } else { 0 });
        }
    };
    // Words for people follow the language; what other programs read
    // (the voice script, completions, man pages) stays as it is.
    if !matches!(
        cli.command,
        Some(Command::VoiceScript { .. } | Command::Completions { .. } | Command::Manpage { .. })
    ) {
        speak(cli.config.as_deref());
    }
    match cli.command {
        None => shell_outcome(crate::shell::run(cli.config.as_deref(), cli.background)),
        Some(_) if cli.background => {
            eprintln!("{}", crate::t!("cli-background-with-command"));
            ExitCode::from(EXIT_INVALID)
        }
        Some(Command::CheckConfig { path }) => {
            check_config::command(cli.config.as_deref(), path.as_deref())
        }
        Some(Command::Routine(cmd)) => match load_config(cli.config.as_deref()) {
            Ok(config) => routine::command(&config, &cmd),
            Err(code) => code,
        },
        Some(Command::Schedule(args)) => match load_config(cli.config.as_deref()) {
            Ok(config) => schedule::command(&config, &args),
            Err(code) => code,
        },
        Some(Command::Control(cmd)) => control::command(&cmd),
        Some(Command::Play { routine }) => {
            shell_outcome(crate::shell::play(cli.config.as_deref(), &routine))
        }
        Some(Command::Preferences) => {
            shell_outcome(crate::shell::preferences(cli.config.as_deref()))
        }
        Some(Command::Autostart { action }) => {
            autostart::command(matches!(action, AutostartAction::Enable))
        }
        Some(Command::Sync(cmd)) => match load_config(cli.config.as_deref()) {
            Ok(config) => sync::command(&config, &cmd),
            Err(code) => code,
        },
        // The drawing crates and the font are the window process's binary's:
        // `render` runs there, parsed again from the same arguments.
        Some(Command::Render(_)) => render_in_the_window_binary(),
        Some(Command::VoiceScript { lang }) => {
            let Some(lang) = crate::i18n::Lang::from_code(&lang) else {
                eprintln!("unknot: no language {lang:?}: en, de, es or fr");
                return ExitCode::from(EXIT_INVALID);
            };
            let script = crate::i18n::scoped(lang, crate::routine::speech::script);
            let mut out = script.join("\n");
            out.push('\n');
            print(&out)
        }
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "unknot", &mut out);
            print(&String::from_utf8_lossy(&out))
        }
        Some(Command::Manpage { dir }) => {
            let written = clap_mangen::generate_to(Cli::command(), &dir).and_then(|()| {
                let main = dir.join("unknot.1");
                let mut page = std::fs::read_to_string(&main)?;
                page.push_str(MAN_MORE);
                std::fs::write(&main, page)
            });
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!(
                        "unknot: writing the manual pages into {}: {e}",
                        dir.display()
                    );
                    ExitCode::from(EXIT_FAILURE)
                }
            }
        }
        Some(Command::Stats { window: true, .. }) => {
            shell_outcome(crate::shell::stats_window(cli.config.as_deref()))
        }
        Some(Command::Stats { days, json, .. }) => match load_config(cli.config.as_deref()) {
            Ok(config) => stats::command(&config, days, json),
            Err(code) => code,
        },
    }
}

/// `unknot render …` as `unknot-session cli …`: the same arguments, parsed
/// by the same definitions (`render_main`), in the binary that links the
/// drawing code. It replaces this process, so stdout, stderr and the exit
/// code are render's own.
fn render_in_the_window_binary() -> ExitCode {
    use std::os::unix::process::CommandExt as _;
    let binary = match crate::shell::session_binary() {
        Ok(binary) => binary,
        Err(e) => {
            eprintln!("unknot: {e}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let e = std::process::Command::new(&binary)
        .arg(RENDER_CLI)
        .args(std::env::args_os().skip(1))
        .exec();
    eprintln!("unknot: cannot run {}: {e}", binary.display());
    ExitCode::from(EXIT_FAILURE)
}

/// The first argument by which `unknot-session` knows it runs a command of
/// unknot's (`render`) rather than the window process.
pub const RENDER_CLI: &str = "cli";

/// `unknot render` in `unknot-session`: `args` are unknot's own (after the
/// program name), parsed by the same definitions; only `render` runs here.
pub fn render_main(args: impl Iterator<Item = std::ffi::OsString>) -> ExitCode {
    let all = std::iter::once(std::ffi::OsString::from("unknot")).chain(args);
    let cli = match Cli::try_parse_from(all) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_INVALID } else { 0 });
        }
    };
    speak(cli.config.as_deref());
    // `--lang` wins over the config and the locale.
    if let Some(Command::Render(render::RenderArgs {
        lang: Some(lang), ..
    })) = &cli.command
    {
        crate::i18n::set(*lang);
    }
    match cli.command {
        Some(Command::Render(args)) if args.screen == render::RenderScreen::Preferences => {
            render::preferences(cli.config.as_deref(), &args)
        }
        Some(Command::Render(args)) => match load_config(cli.config.as_deref()) {
            Ok(config) => render::command(&config, &args),
            Err(code) => code,
        },
        _ => {
            eprintln!("unknot-session: only `render` runs here; run unknot");
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// The man page's sections clap does not know: exit codes, environment, files.
const MAN_MORE: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
A failure at run time: no running app to ask, a file that cannot be written.
.TP
\fB2\fR
Input to fix: an invalid config file or bad arguments.
.SH ENVIRONMENT
.TP
\fBUNKNOT_CONFIG\fR
The config file, when \fB\-\-config\fR is not given.
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME\fR, \fBXDG_RUNTIME_DIR\fR
Where the files below live (by default \fI~/.config\fR, \fI~/.local/state\fR and \fI/run/user/UID\fR).
.SH FILES
.TP
\fI$XDG_CONFIG_HOME/unknot/config.json\fR
The config; without it the built\-in default applies. Edits apply while unknot runs.
.TP
\fI$XDG_STATE_HOME/unknot/history.jsonl\fR
Every break event, only ever appended to.
.TP
\fI$XDG_STATE_HOME/unknot/state.json\fR
Where the reminders stand, so a restart continues them.
.TP
\fI$XDG_RUNTIME_DIR/unknot/unknot.sock\fR
The control socket the commands talk to the running app through.
.TP
\fI$XDG_CONFIG_HOME/autostart/unknot.desktop\fR
Written by \fBunknot autostart enable\fR.
"#;

/// The background app's or `play`'s end: its message on stderr, its exit code.
fn shell_outcome(outcome: Result<(), crate::shell::ShellError>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unknot: {e}");
            ExitCode::from(if e.is_bad_input() {
                EXIT_INVALID
            } else {
                EXIT_FAILURE
            })
        }
    }
}

/// Writes `text` to stdout. A closed pipe (`unknot status | true`, `| head`)
/// ends the command quietly: `println!` would panic, and with `panic = abort`
/// that is a crash message for nothing.
fn print(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "unknot: writing to stdout: {e}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Sets the language a command speaks: its config's `language`, or the
/// locale's. A config that does not load speaks the locale's (saying what
/// is wrong with it is the command's own business).
///
/// The locale's language is set first: reading the config words a few
/// messages on the way, and in the language not yet chosen (English) they
/// would parse a second catalogue that the process then keeps (0.7 MB of
/// heap in the idle German app, docs/bench.md "Issue 35").
fn speak(flag: Option<&std::path::Path>) {
    let env = crate::i18n::Env::from(|k| std::env::var(k).ok());
    crate::i18n::set(crate::i18n::choose(None, &env).lang);
    let config = crate::config::load(flag).unwrap_or_default();
    crate::i18n::set(crate::config::language(&config).lang);
}

/// Loads the config a command runs with, or prints why it cannot and gives the
/// exit code to return.
fn load_config(flag: Option<&std::path::Path>) -> Result<crate::config::Config, ExitCode> {
    crate::config::load(flag).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(EXIT_INVALID)
    })
}
