//! The config file: where it is, reading it safely, and turning strict JSON into
//! the typed, validated `Config`, with every mistake reported at once by file,
//! line, column and key path. The rules are written down in docs/config.md.

use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveTime;
use jsonc_parser::ast::{Object, ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::routine::show::Need;
use crate::routine::{
    self, Breath, Equipment, Exercise, Phase, PhaseKind, Position, Purpose, Routine, Sides,
};

/// The embedded default: `config.example.json` itself.
pub const EXAMPLE: &str = include_str!("../config.example.json");

/// The largest config file unknot reads (1 MiB); anything bigger is refused
/// before it is read, so a huge file cannot eat memory.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The only `"version"` a config file may declare.
pub const VERSION: u64 = 1;

/// The label used in messages about the embedded default.
const EMBEDDED_LABEL: &str = "built-in default";

/// A validated config. Every value here is in range and consistent.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Working hours, indexed by `Weekday::num_days_from_monday()` (0 = Monday).
    /// An empty list means the day is not a working day.
    pub working_hours: [Vec<TimeRange>; 7],
    pub breaks: Vec<BreakRule>,
    pub snooze: Snooze,
    pub reminders: Reminders,
    /// Idle at least this long counts as a break taken.
    pub natural_break: Duration,
    pub do_not_disturb: DoNotDisturb,
    pub sound: Sound,
    /// User routines from the file (the built-ins are not in here).
    pub routines: Vec<Routine>,
}

/// A half-open span of a day in minutes since midnight: `start..end`,
/// `0 <= start < end <= 1440` ("00:00-24:00" is the whole day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeRange {
    pub start_min: u16,
    pub end_min: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakRule {
    /// Unique among breaks; shown in notifications ("Desk reset").
    pub name: String,
    /// Id of a built-in or user routine (checked to exist).
    pub routine: String,
    pub when: BreakWhen,
    /// Completing this break's routine makes the day count for the streak.
    /// At most one break has it.
    pub daily: bool,
    /// The guided window opens on the start screen (routine, length, needs,
    /// safety line) and waits for Space. Only a routine that needs nothing
    /// beyond a chair may go straight to its first exercise.
    pub start_screen: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakWhen {
    /// After this much active time (at least 5 minutes).
    Every(Duration),
    /// Once per working day at this local time.
    At(NaiveTime),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snooze {
    pub length: Duration,
    pub max_per_break: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminders {
    /// Re-send an ignored notification after this long.
    pub repeat_after: Duration,
    /// At most this many times; then the break is recorded as ignored.
    pub max_repeats: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoNotDisturb {
    pub enabled: bool,
    pub fullscreen: bool,
    pub microphone: bool,
    pub notifications_paused: bool,
    /// A due break is postponed at most this long.
    pub max_postpone: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sound {
    pub enabled: bool,
    /// 0..=100
    pub volume: u8,
    pub voice: bool,
}

// ---- defaults: the same values as config.example.json (a test holds them equal) ----

const fn minutes(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

const fn hours(n: u64) -> Duration {
    Duration::from_secs(n * 3600)
}

impl Default for Config {
    fn default() -> Self {
        let day = || {
            vec![TimeRange {
                start_min: 9 * 60,
                end_min: 18 * 60,
            }]
        };
        Config {
            working_hours: [day(), day(), day(), day(), day(), Vec::new(), Vec::new()],
            breaks: vec![
                BreakRule {
                    name: "Desk reset".into(),
                    routine: "desk-reset".into(),
                    when: BreakWhen::Every(minutes(50)),
                    daily: false,
                    start_screen: true,
                },
                BreakRule {
                    name: "Daily routine".into(),
                    routine: "upper-trap".into(),
                    when: BreakWhen::At(
                        NaiveTime::from_hms_opt(15, 0, 0).expect("15:00 is a valid time"),
                    ),
                    daily: true,
                    start_screen: true,
                },
            ],
            snooze: Snooze::default(),
            reminders: Reminders::default(),
            natural_break: minutes(5),
            do_not_disturb: DoNotDisturb::default(),
            sound: Sound::default(),
            routines: Vec::new(),
        }
    }
}

impl Default for Snooze {
    fn default() -> Self {
        Snooze {
            length: minutes(10),
            max_per_break: 3,
        }
    }
}

impl Default for Reminders {
    fn default() -> Self {
        Reminders {
            repeat_after: minutes(5),
            max_repeats: 2,
        }
    }
}

impl Default for DoNotDisturb {
    fn default() -> Self {
        DoNotDisturb {
            enabled: true,
            fullscreen: true,
            microphone: true,
            notifications_paused: true,
            max_postpone: minutes(30),
        }
    }
}

impl Default for Sound {
    fn default() -> Self {
        Sound {
            enabled: true,
            volume: 70,
            voice: true,
        }
    }
}

// ---- limits (each one is listed in docs/config.md) ----

const EVERY_MIN: Duration = minutes(5);
const EVERY_MAX: Duration = hours(8);
const SNOOZE_MIN: Duration = minutes(1);
const SNOOZE_MAX: Duration = hours(2);
const SNOOZE_COUNT_MAX: u64 = 10;
const REPEAT_MIN: Duration = minutes(1);
const REPEAT_MAX: Duration = hours(1);
const REPEAT_COUNT_MAX: u64 = 10;
const NATURAL_MIN: Duration = minutes(1);
const NATURAL_MAX: Duration = hours(1);
const POSTPONE_MIN: Duration = minutes(1);
const POSTPONE_MAX: Duration = hours(4);
const RANGES_PER_DAY_MAX: usize = 12;
const BREAKS_MAX: usize = 20;
const NAME_MAX: usize = 60;
const ROUTINES_MAX: usize = 50;
const ID_MAX: usize = 40;
const TITLE_MAX: usize = 80;
const SAFETY_MAX: usize = 200;
const EXERCISES_MAX: usize = 20;
const INSTRUCTIONS_MAX: usize = crate::routine::MAX_INSTRUCTIONS;
const INSTRUCTION_MAX: usize = crate::routine::MAX_INSTRUCTION_CHARS;
const SETS_REPS_MAX: u64 = 50;
const PHASES_MAX: usize = 20;
const PHASE_MIN: Duration = Duration::from_secs(1);
const PHASE_MAX: Duration = minutes(10);
const BREATH_MIN: Duration = Duration::from_secs(1);
const BREATH_MAX: Duration = Duration::from_secs(30);
const REST_MIN: Duration = Duration::from_secs(1);
const REST_MAX: Duration = minutes(10);
const ROUTINE_MAX: Duration = hours(1);

const TOP_KEYS: &[&str] = &[
    "version",
    "working_hours",
    "breaks",
    "snooze",
    "reminders",
    "natural_break",
    "do_not_disturb",
    "sound",
    "routines",
];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const BREAK_KEYS: &[&str] = &["name", "routine", "every", "at", "daily", "start_screen"];
const SNOOZE_KEYS: &[&str] = &["length", "max_per_break"];
const REMINDER_KEYS: &[&str] = &["repeat_after", "max_repeats"];
const DND_KEYS: &[&str] = &[
    "enabled",
    "fullscreen",
    "microphone",
    "notifications_paused",
    "max_postpone",
];
const SOUND_KEYS: &[&str] = &["enabled", "volume", "voice"];
const ROUTINE_KEYS: &[&str] = &["id", "title", "safety", "exercises"];
const EXERCISE_KEYS: &[&str] = &[
    "id",
    "title",
    "purpose",
    "position",
    "equipment",
    "instructions",
    "sides",
    "sets",
    "reps",
    "phases",
    "breath",
    "rest_between_sets",
    "rest_between_sides",
];
const PHASE_KEYS: &[&str] = &["phase", "for"];
const BREATH_KEYS: &[&str] = &["inhale", "exhale"];

const PURPOSES: &[(&str, Purpose)] = &[
    ("stretch", Purpose::Stretch),
    ("release", Purpose::Release),
    ("strengthen", Purpose::Strengthen),
    ("retrain", Purpose::Retrain),
];
const POSITIONS: &[(&str, Position)] = &[
    ("chair", Position::Chair),
    ("standing", Position::Standing),
    ("wall", Position::Wall),
    ("floor", Position::Floor),
];
const EQUIPMENT: &[(&str, Equipment)] = &[("none", Equipment::None), ("ball", Equipment::Ball)];
const SIDES: &[(&str, Sides)] = &[("none", Sides::None), ("both", Sides::Both)];
const PHASE_KINDS: &[(&str, PhaseKind)] = &[
    ("hold", PhaseKind::Hold),
    ("press", PhaseKind::Press),
    ("raise", PhaseKind::Raise),
    ("lower", PhaseKind::Lower),
    ("release", PhaseKind::Release),
    ("rest", PhaseKind::Rest),
];

/// The ids of the built-in routines, which breaks may name and user routines
/// may not reuse.
fn builtin_ids() -> Vec<String> {
    crate::routine::builtin::all()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

// ---- errors ----

/// One mistake in a config file, positioned at the offending value (or at the
/// key for unknown keys, or at the enclosing object for missing keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    /// Key path like `breaks[1].every`; empty for the file as a whole.
    pub path: String,
    /// What was expected and what was found.
    pub message: String,
}

/// Every mistake found in one config text, in file order. `Display` prints one
/// per line: `config.json:12:15: breaks[1].every: expected …, found …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors {
    /// The file name shown in front of each error.
    pub label: String,
    /// Never empty.
    pub errors: Vec<ConfigError>,
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}:{}:{}: ", self.label, e.line, e.column)?;
            if !e.path.is_empty() {
                write!(f, "{}: ", e.path)?;
            }
            f.write_str(&e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Why a config could not be loaded; `Display` prints every problem, one per line.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such config file", .path.display())]
    NotFound { path: PathBuf },
    #[error("{}: cannot read the config file: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: the config file is larger than 1 MiB ({MAX_BYTES} bytes), the most unknot reads",
        .path.display()
    )]
    TooLarge { path: PathBuf },
    #[error(transparent)]
    Invalid(#[from] ConfigErrors),
}

/// A duration string that is not of the form `1h30m`, `50m`, `90s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    #[error("expected a duration like \"50m\", \"90s\" or \"1h30m\"")]
    Format,
    #[error("expected a duration longer than 0")]
    Zero,
}

// ---- finding and loading ----

/// Where the config comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigSource {
    /// A file on disk (it may turn out not to exist, which is an error).
    File(PathBuf),
    /// No file: the embedded default, `EXAMPLE`.
    Embedded,
}

/// `$XDG_CONFIG_HOME/unknot/config.json`, or `$HOME/.config/unknot/config.json`
/// when `XDG_CONFIG_HOME` is unset, empty or relative (the XDG spec says to
/// ignore relative values). `None` when neither variable is usable.
pub fn default_path() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        _ => {
            let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
            PathBuf::from(home).join(".config")
        }
    };
    Some(base.join("unknot").join("config.json"))
}

/// Picks the config: `flag` (`--config`), else `$UNKNOT_CONFIG`, else the
/// default path if something is there, else the embedded default. A file named
/// by the flag or the variable is used even if it does not exist, so that
/// loading it reports the mistake instead of silently using the default.
pub fn locate(flag: Option<&Path>) -> ConfigSource {
    if let Some(path) = flag {
        return ConfigSource::File(path.to_path_buf());
    }
    if let Some(path) = std::env::var_os("UNKNOT_CONFIG").filter(|v| !v.is_empty()) {
        return ConfigSource::File(PathBuf::from(path));
    }
    match default_path() {
        // symlink_metadata: a dangling symlink there is still the user's
        // config, and should be reported, not skipped.
        Some(path) if path.symlink_metadata().is_ok() => ConfigSource::File(path),
        _ => ConfigSource::Embedded,
    }
}

/// Finds and loads the config: `flag`, else `$UNKNOT_CONFIG`, else
/// `$XDG_CONFIG_HOME/unknot/config.json` (or `~/.config/...`) if present, else `EXAMPLE`.
pub fn load(flag: Option<&Path>) -> Result<Config, LoadError> {
    load_from(&locate(flag))
}

/// Reads and parses the config from `source`.
pub fn load_from(source: &ConfigSource) -> Result<Config, LoadError> {
    match source {
        ConfigSource::Embedded => Ok(parse(EXAMPLE.as_bytes(), EMBEDDED_LABEL)?),
        ConfigSource::File(path) => {
            let bytes = read_limited(path)?;
            Ok(parse(&bytes, &path.display().to_string())?)
        }
    }
}

/// Reads at most `MAX_BYTES` of `path`; refuses bigger files without reading them.
fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source: std::io::Error| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            LoadError::Read {
                path: path.to_path_buf(),
                source,
            }
        }
    };
    let too_large = || LoadError::TooLarge {
        path: path.to_path_buf(),
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if meta.len() > MAX_BYTES {
        return Err(too_large());
    }
    // The length check above is not enough for pipes and /proc files, which
    // report 0; the `take` bounds what is read whatever the metadata says.
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// `unknot check-config [PATH]`: exit 0 with a one-line summary on stdout, or
/// exit 2 with every error (and a count) on stderr.
pub fn check_command(flag: Option<&Path>, path: Option<&Path>) -> ExitCode {
    let source = match path {
        Some(path) => ConfigSource::File(path.to_path_buf()),
        None => locate(flag),
    };
    // Write errors (a closed pipe) are ignored: println! would panic on them.
    match load_from(&source) {
        Ok(config) => {
            let label = match &source {
                ConfigSource::File(path) => path.display().to_string(),
                ConfigSource::Embedded => match default_path() {
                    Some(path) => {
                        format!("{EMBEDDED_LABEL} (no config file at {})", path.display())
                    }
                    None => EMBEDDED_LABEL.to_owned(),
                },
            };
            let _ = writeln!(
                std::io::stdout().lock(),
                "{label}: OK — {}",
                summary(&config)
            );
            ExitCode::SUCCESS
        }
        Err(LoadError::Invalid(errors)) => {
            let n = errors.errors.len();
            let _ = writeln!(std::io::stderr().lock(), "{errors}\n{n} error{}", plural(n));
            ExitCode::from(crate::cli::EXIT_INVALID)
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "{e}");
            ExitCode::from(crate::cli::EXIT_INVALID)
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `5 working days, 2 breaks (Desk reset every 50m; Daily routine at 15:00, daily), 0 user routines`
pub fn summary(config: &Config) -> String {
    let days = config
        .working_hours
        .iter()
        .filter(|d| !d.is_empty())
        .count();
    let n = config.breaks.len();
    let breaks = if n == 0 {
        String::new()
    } else {
        let list: Vec<String> = config
            .breaks
            .iter()
            .map(|b| {
                let when = match b.when {
                    BreakWhen::Every(d) => format!("every {}", format_duration(d)),
                    BreakWhen::At(t) => format!("at {}", t.format("%H:%M")),
                };
                let daily = if b.daily { ", daily" } else { "" };
                format!("{} {when}{daily}", b.name)
            })
            .collect();
        format!(" ({})", list.join("; "))
    };
    let routines = config.routines.len();
    format!(
        "{days} working day{}, {n} break{}{breaks}, {routines} user routine{}",
        plural(days),
        plural(n),
        plural(routines)
    )
}

// ---- durations and times ----

/// Parses `"90s"`, `"50m"`, `"1h30m"`: units h, m, s in that order, each at
/// most once, whole numbers only, total above zero.
pub fn parse_duration(s: &str) -> Result<Duration, DurationError> {
    match parse_duration_or_zero(s) {
        None => Err(DurationError::Format),
        Some(d) if d.is_zero() => Err(DurationError::Zero),
        Some(d) => Ok(d),
    }
}

/// The duration grammar without the "above zero" rule, so the walker can
/// report `"0s"` as out of range rather than as malformed.
fn parse_duration_or_zero(s: &str) -> Option<Duration> {
    let mut total: u64 = 0;
    let mut number: Option<u64> = None;
    let mut last_rank = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                let n = number.unwrap_or(0).checked_mul(10)?;
                number = Some(n.checked_add(u64::from(b - b'0'))?);
            }
            b'h' | b'm' | b's' => {
                let (rank, unit) = match b {
                    b'h' => (1, 3600),
                    b'm' => (2, 60),
                    _ => (3, 1),
                };
                if rank <= last_rank {
                    return None;
                }
                last_rank = rank;
                total = total.checked_add(number.take()?.checked_mul(unit)?)?;
            }
            _ => return None,
        }
    }
    if number.is_some() || last_rank == 0 {
        return None;
    }
    Some(Duration::from_secs(total))
}

/// The canonical spelling: `1h30m`, `50m`, `1m30s`, `0s`.
pub fn format_duration(d: Duration) -> String {
    let secs = d.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if s > 0 || out.is_empty() {
        out.push_str(&format!("{s}s"));
    }
    out
}

/// `"HH:MM"` to minutes since midnight: 00:00–23:59, and 24:00 when `allow_24`.
fn parse_minutes(s: &str, allow_24: bool) -> Option<u16> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    let digit = |i: usize| -> Option<u16> {
        let c = b[i];
        c.is_ascii_digit().then(|| u16::from(c - b'0'))
    };
    let h = digit(0)? * 10 + digit(1)?;
    let m = digit(3)? * 10 + digit(4)?;
    match (h, m) {
        (0..=23, 0..=59) => Some(h * 60 + m),
        (24, 0) if allow_24 => Some(24 * 60),
        _ => None,
    }
}

/// Parses a local time `"HH:MM"`, 00:00 to 23:59.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let m = parse_minutes(s, false)?;
    NaiveTime::from_hms_opt(u32::from(m / 60), u32::from(m % 60), 0)
}

/// Why a working-hours range was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RangeError {
    Format,
    Reversed,
}

/// `"09:00-12:30"`; the end may be `24:00`; the end must come after the start.
fn parse_time_range(s: &str) -> Result<TimeRange, RangeError> {
    let (start, end) = s.split_once('-').ok_or(RangeError::Format)?;
    let start_min = parse_minutes(start, false).ok_or(RangeError::Format)?;
    let end_min = parse_minutes(end, true).ok_or(RangeError::Format)?;
    if end_min <= start_min {
        return Err(RangeError::Reversed);
    }
    Ok(TimeRange { start_min, end_min })
}

fn format_minutes(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

// ---- parsing ----

/// Parses and validates config text. `label` is the file name put in front of
/// each error. Never panics, whatever the bytes.
pub fn parse(bytes: &[u8], label: &str) -> Result<Config, ConfigErrors> {
    let fail = |(line, column): (usize, usize), message: String| ConfigErrors {
        label: label.to_owned(),
        errors: vec![ConfigError {
            line,
            column,
            path: String::new(),
            message,
        }],
    };
    if bytes.len() as u64 > MAX_BYTES {
        return Err(fail(
            (1, 1),
            format!("the file is larger than 1 MiB ({MAX_BYTES} bytes), the most unknot reads"),
        ));
    }
    let lines = LineIndex::new(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return Err(fail(
                lines.position(e.valid_up_to()),
                "invalid UTF-8: a config file must be UTF-8 text".to_owned(),
            ))
        }
    };
    // A leading byte-order mark is harmless; parse what follows it, and add
    // its length back when positioning errors.
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];

    // Pass 1: serde_json for the syntax, with its messages and its recursion
    // limit (so `[[[[…` cannot exhaust the stack in pass 2).
    if let Err(e) = serde_json::from_str::<Syntax>(body) {
        let line = e.line();
        let offset = if line == 0 {
            bom
        } else {
            let line_start = if line == 1 { bom } else { lines.start_of(line) };
            line_start + e.column().saturating_sub(1)
        };
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full);
        return Err(fail(
            lines.position(offset),
            format!("invalid JSON: {message}"),
        ));
    }

    // Pass 2: an AST with byte ranges, walked by hand to report every mistake.
    let strict = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let ast = match jsonc_parser::parse_to_ast(body, &CollectOptions::default(), &strict) {
        Ok(ast) => ast,
        Err(e) => {
            return Err(fail(
                lines.position(bom + e.range().start),
                format!("invalid JSON: {}", e.kind()),
            ))
        }
    };
    let Some(root) = ast.value else {
        return Err(fail(
            (1, 1),
            "invalid JSON: the file holds no value".to_owned(),
        ));
    };
    let mut walker = Walker {
        lines: &lines,
        bom,
        errors: Vec::new(),
    };
    let config = walker.config(&root);
    if walker.errors.is_empty() {
        Ok(config)
    } else {
        let mut errors = walker.errors;
        errors.sort_by_key(|e| (e.line, e.column));
        Err(ConfigErrors {
            label: label.to_owned(),
            errors,
        })
    }
}

/// Accepts any JSON value through `deserialize_any`, which (unlike
/// `IgnoredAny`) goes through serde_json's recursion limit.
struct Syntax;

impl<'de> Deserialize<'de> for Syntax {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SyntaxVisitor)
    }
}

struct SyntaxVisitor;

impl<'de> Visitor<'de> for SyntaxVisitor {
    type Value = Syntax;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Syntax, E> {
        Ok(Syntax)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Syntax, E> {
        Ok(Syntax)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Syntax, E> {
        Ok(Syntax)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Syntax, E> {
        Ok(Syntax)
    }
    fn visit_str<E>(self, _: &str) -> Result<Syntax, E> {
        Ok(Syntax)
    }
    fn visit_unit<E>(self) -> Result<Syntax, E> {
        Ok(Syntax)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Syntax, A::Error> {
        while seq.next_element::<Syntax>()?.is_some() {}
        Ok(Syntax)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Syntax, A::Error> {
        while map.next_entry::<Syntax, Syntax>()?.is_some() {}
        Ok(Syntax)
    }
}

/// Byte offsets to 1-based line and character columns.
struct LineIndex<'t> {
    bytes: &'t [u8],
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    fn new(bytes: &'t [u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { bytes, starts }
    }

    /// Byte offset where 1-based `line` starts (the end of the text past the last).
    fn start_of(&self, line: usize) -> usize {
        line.checked_sub(1)
            .and_then(|i| self.starts.get(i))
            .copied()
            .unwrap_or(self.bytes.len())
    }

    /// Works for any offset, even one inside a multi-byte character.
    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.bytes.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.start_of(line).min(offset);
        let column = self
            .bytes
            .get(start..offset)
            .unwrap_or_default()
            .iter()
            .filter(|b| !is_continuation(**b))
            .count();
        // Inside a character, the column is that character's, already counted.
        let inside = self.bytes.get(offset).is_some_and(|b| is_continuation(*b));
        (line, if inside { column.max(1) } else { column + 1 })
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The keys an object turned out to hold, after unknown and duplicate keys
/// have been reported.
struct Fields<'v, 'a> {
    entries: Vec<(&'static str, &'v Value<'a>)>,
}

impl<'v, 'a> Fields<'v, 'a> {
    fn get(&self, key: &str) -> Option<&'v Value<'a>> {
        self.entries.iter().find(|e| e.0 == key).map(|e| e.1)
    }
}

/// Walks the AST, building the `Config` and collecting every error.
struct Walker<'l> {
    lines: &'l LineIndex<'l>,
    bom: usize,
    errors: Vec<ConfigError>,
}

/// `breaks[0]` + `name` → `breaks[0].name`; odd keys are quoted.
fn join_key(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    let key = if plain {
        key.to_owned()
    } else {
        format!("[{}]", quote(key))
    };
    match (parent.is_empty(), plain) {
        (true, _) => key,
        (false, true) => format!("{parent}.{key}"),
        (false, false) => format!("{parent}{key}"),
    }
}

/// A JSON string literal for messages, cut to 40 characters.
fn quote(s: &str) -> String {
    let mut clipped: String = s.chars().take(40).collect();
    if clipped.len() < s.len() {
        clipped.push('…');
    }
    serde_json::to_string(&clipped).unwrap_or_else(|_| "\"…\"".to_owned())
}

/// How a value is described after "found".
fn found(v: &Value) -> String {
    match v {
        Value::StringLit(s) => quote(&s.value),
        Value::NumberLit(n) => {
            let mut s: String = n.value.chars().take(40).collect();
            if s.len() < n.value.len() {
                s.push('…');
            }
            s
        }
        Value::BooleanLit(b) => b.value.to_string(),
        Value::NullKeyword(_) => "null".to_owned(),
        Value::Array(a) if a.elements.is_empty() => "an empty array".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo.
fn suggest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    // Edit distance is quadratic; nobody misspells a key by 64 characters.
    if word.is_empty() || word.chars().count() > 64 {
        return None;
    }
    let word = word.to_lowercase();
    candidates
        .iter()
        .map(|c| {
            let edit = strsim::normalized_damerau_levenshtein(&word, c);
            let prefix = strsim::jaro_winkler(&word, c);
            (c, edit, prefix)
        })
        .filter(|(_, edit, prefix)| *edit >= 0.6 || *prefix >= 0.88)
        .max_by(|a, b| (a.1 + a.2).total_cmp(&(b.1 + b.2)))
        .map(|(c, _, _)| *c)
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Walker<'_> {
    fn error(&mut self, offset: usize, path: &str, message: String) {
        let (line, column) = self.lines.position(self.bom + offset);
        self.errors.push(ConfigError {
            line,
            column,
            path: path.to_owned(),
            message,
        });
    }

    fn expected(&mut self, v: &Value, path: &str, what: &str) {
        self.error(
            v.start(),
            path,
            format!("expected {what}, found {}", found(v)),
        );
    }

    /// Reports unknown keys (with a did-you-mean) and repeated keys.
    fn fields<'v, 'a>(
        &mut self,
        obj: &'v Object<'a>,
        path: &str,
        known: &[&'static str],
    ) -> Fields<'v, 'a> {
        let mut entries: Vec<(&'static str, &'v Value<'a>)> = Vec::new();
        for prop in &obj.properties {
            let (name, start) = match &prop.name {
                ObjectPropName::String(s) => (s.value.as_ref(), s.range.start),
                ObjectPropName::Word(w) => (w.value, w.range.start),
            };
            let key_path = join_key(path, name);
            match known.iter().find(|k| **k == name) {
                Some(k) if entries.iter().any(|e| e.0 == *k) => self.error(
                    start,
                    &key_path,
                    format!(
                        "duplicate key {}: each key may appear only once",
                        quote(name)
                    ),
                ),
                Some(k) => entries.push((k, &prop.value)),
                None => {
                    let hint = match suggest(name, known) {
                        Some(s) => format!(", did you mean \"{s}\"?"),
                        None => format!("; expected one of {}", quoted_list(known)),
                    };
                    self.error(
                        start,
                        &key_path,
                        format!("unknown key {}{hint}", quote(name)),
                    );
                }
            }
        }
        Fields { entries }
    }

    fn require<'v, 'a>(
        &mut self,
        fields: &Fields<'v, 'a>,
        obj: &Object,
        path: &str,
        key: &str,
        what: &str,
    ) -> Option<&'v Value<'a>> {
        let v = fields.get(key);
        if v.is_none() {
            self.error(
                obj.range.start,
                path,
                format!("missing key \"{key}\" ({what})"),
            );
        }
        v
    }

    fn object<'v, 'a>(
        &mut self,
        v: &'v Value<'a>,
        path: &str,
        what: &str,
    ) -> Option<&'v Object<'a>> {
        match v {
            Value::Object(obj) => Some(obj),
            _ => {
                self.expected(v, path, what);
                None
            }
        }
    }

    /// An array with `min..=max` elements, `noun` naming them in messages.
    fn array<'v, 'a>(
        &mut self,
        v: &'v Value<'a>,
        path: &str,
        what: &str,
        (min, max, noun): (usize, usize, &str),
    ) -> Option<&'v [Value<'a>]> {
        let Value::Array(a) = v else {
            self.expected(v, path, what);
            return None;
        };
        let n = a.elements.len();
        if n < min || n > max {
            let range = if min == 0 {
                format!("at most {max}")
            } else {
                format!("{min} to {max}")
            };
            self.error(
                v.start(),
                path,
                format!("expected {range} {noun}, found {n}"),
            );
            return None;
        }
        Some(&a.elements)
    }

    fn boolean(&mut self, v: &Value, path: &str) -> Option<bool> {
        match v {
            Value::BooleanLit(b) => Some(b.value),
            _ => {
                self.expected(v, path, "true or false");
                None
            }
        }
    }

    fn whole(&mut self, v: &Value, path: &str, min: u64, max: u64) -> Option<u64> {
        let n = match v {
            Value::NumberLit(n) => n.value.parse::<u64>().ok(),
            _ => None,
        };
        match n {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                let what = format!("a whole number from {min} to {max}");
                self.expected(v, path, &what);
                None
            }
        }
    }

    fn duration(
        &mut self,
        v: &Value,
        path: &str,
        (min, max): (Duration, Duration),
        example: &str,
    ) -> Option<Duration> {
        let parsed = match v {
            Value::StringLit(s) => parse_duration_or_zero(&s.value),
            _ => None,
        };
        match parsed {
            Some(d) if d >= min && d <= max => return Some(d),
            Some(_) => {
                let what = format!(
                    "a duration from {} to {}",
                    format_duration(min),
                    format_duration(max)
                );
                self.expected(v, path, &what);
            }
            None => self.expected(v, path, &format!("a duration like \"{example}\"")),
        }
        None
    }

    fn time(&mut self, v: &Value, path: &str) -> Option<NaiveTime> {
        let parsed = match v {
            Value::StringLit(s) => parse_time(&s.value),
            _ => None,
        };
        if parsed.is_none() {
            self.expected(
                v,
                path,
                "a time of day \"HH:MM\" from 00:00 to 23:59, like \"15:00\"",
            );
        }
        parsed
    }

    /// One line of non-empty text of at most `max` characters.
    fn text(&mut self, v: &Value, path: &str, max: usize) -> Option<String> {
        let Value::StringLit(s) = v else {
            self.expected(v, path, "text in quotes");
            return None;
        };
        let chars = s.value.chars().count();
        if s.value.trim().is_empty() {
            self.expected(v, path, "non-empty text");
        } else if chars > max {
            self.error(
                v.start(),
                path,
                format!("expected text of at most {max} characters, found {chars} characters"),
            );
        } else if s.value.chars().any(char::is_control) {
            self.expected(v, path, "one line of text without control characters");
        } else {
            return Some(s.value.to_string());
        }
        None
    }

    /// An id: `[a-z0-9-]+`, at most `ID_MAX` characters.
    fn id(&mut self, v: &Value, path: &str) -> Option<String> {
        if let Value::StringLit(s) = v {
            let ok = !s.value.is_empty()
                && s.value.len() <= ID_MAX
                && s.value
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if ok {
                return Some(s.value.to_string());
            }
        }
        let what = format!(
            "an id of 1 to {ID_MAX} lowercase letters, digits and dashes, like \"my-neck\""
        );
        self.expected(v, path, &what);
        None
    }

    fn choice<T: Copy>(&mut self, v: &Value, path: &str, options: &[(&str, T)]) -> Option<T> {
        let names: Vec<&str> = options.iter().map(|o| o.0).collect();
        let mut hint = String::new();
        if let Value::StringLit(s) = v {
            if let Some((_, t)) = options.iter().find(|o| o.0 == s.value) {
                return Some(*t);
            }
            if let Some(close) = suggest(&s.value, &names) {
                hint = format!(" (did you mean \"{close}\"?)");
            }
        }
        let message = format!(
            "expected one of {}, found {}{hint}",
            quoted_list(&names),
            found(v)
        );
        self.error(v.start(), path, message);
        None
    }

    fn config(&mut self, root: &Value) -> Config {
        let mut config = Config::default();
        let Value::Object(obj) = root else {
            self.expected(
                root,
                "",
                "an object holding the config keys, like {\"breaks\": [...]}",
            );
            return config;
        };
        let f = self.fields(obj, "", TOP_KEYS);
        if let Some(v) = f.get("version") {
            if !matches!(v, Value::NumberLit(n) if n.value == "1") {
                let what = format!("{VERSION} (the only config version there is)");
                self.expected(v, "version", &what);
            }
        }
        if let Some(v) = f.get("working_hours") {
            if let Some(week) = self.working_hours(v) {
                config.working_hours = week;
            }
        }
        let mut routine_ids = builtin_ids();
        if let Some(v) = f.get("routines") {
            config.routines = self.routines(v, &mut routine_ids);
        }
        if let Some(v) = f.get("breaks") {
            config.breaks = self.breaks(v, &routine_ids, &config.routines);
        }
        if let Some(v) = f.get("snooze") {
            config.snooze = self.snooze(v);
        }
        if let Some(v) = f.get("reminders") {
            config.reminders = self.reminders(v);
        }
        if let Some(v) = f.get("natural_break") {
            let range = (NATURAL_MIN, NATURAL_MAX);
            if let Some(d) = self.duration(v, "natural_break", range, "5m") {
                config.natural_break = d;
            }
        }
        if let Some(v) = f.get("do_not_disturb") {
            config.do_not_disturb = self.do_not_disturb(v);
        }
        if let Some(v) = f.get("sound") {
            config.sound = self.sound(v);
        }
        config
    }

    fn working_hours(&mut self, v: &Value) -> Option<[Vec<TimeRange>; 7]> {
        let path = "working_hours";
        let what = "an object of weekdays like {\"mon\": [\"09:00-18:00\"]}";
        let obj = self.object(v, path, what)?;
        let f = self.fields(obj, path, &DAYS);
        let mut week: [Vec<TimeRange>; 7] = Default::default();
        for (day, hours) in DAYS.iter().zip(week.iter_mut()) {
            let Some(v) = f.get(day) else { continue };
            let path = format!("working_hours.{day}");
            let what = "an array of time ranges like [\"09:00-12:30\", \"13:30-18:00\"]";
            let limits = (0, RANGES_PER_DAY_MAX, "time ranges");
            let Some(items) = self.array(v, &path, what, limits) else {
                continue;
            };
            let mut ranges: Vec<(TimeRange, String, &Value)> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let path = format!("{path}[{i}]");
                let parsed = match item {
                    Value::StringLit(s) => parse_time_range(&s.value),
                    _ => Err(RangeError::Format),
                };
                match parsed {
                    Ok(range) => ranges.push((range, path, item)),
                    Err(RangeError::Format) => {
                        self.expected(item, &path, "a time range like \"09:00-12:30\"")
                    }
                    Err(RangeError::Reversed) => {
                        self.expected(item, &path, "a time range that ends after it starts")
                    }
                }
            }
            ranges.sort_by_key(|r| r.0);
            for pair in ranges.windows(2) {
                let (earlier, later) = (&pair[0], &pair[1]);
                if later.0.start_min < earlier.0.end_min {
                    let message = format!(
                        "expected time ranges that do not overlap, found {} overlapping \"{}-{}\"",
                        found(later.2),
                        format_minutes(earlier.0.start_min),
                        format_minutes(earlier.0.end_min)
                    );
                    self.error(later.2.start(), &later.1, message);
                }
            }
            *hours = ranges.into_iter().map(|r| r.0).collect();
        }
        Some(week)
    }

    fn breaks(&mut self, v: &Value, routine_ids: &[String], user: &[Routine]) -> Vec<BreakRule> {
        let what = "an array of breaks";
        let Some(items) = self.array(v, "breaks", what, (0, BREAKS_MAX, "breaks")) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // (value, path) of what earlier breaks used, to name the clash.
        let mut names: Vec<(String, String)> = Vec::new();
        let mut times: Vec<(NaiveTime, String)> = Vec::new();
        let mut daily_at: Option<String> = None;
        for (i, item) in items.iter().enumerate() {
            let path = format!("breaks[{i}]");
            let what = "a break like {\"name\": \"Desk reset\", \"routine\": \"desk-reset\", \"every\": \"50m\"}";
            let Some(obj) = self.object(item, &path, what) else {
                continue;
            };
            let f = self.fields(obj, &path, BREAK_KEYS);

            let name_what = "the name shown in notifications";
            let name = self
                .require(&f, obj, &path, "name", name_what)
                .and_then(|v| {
                    let name_path = format!("{path}.name");
                    let name = self.text(v, &name_path, NAME_MAX)?;
                    if let Some((_, other)) = names.iter().find(|(n, _)| *n == name) {
                        let message = format!(
                            "expected a name no other break has, found {} (also {other})",
                            found(v)
                        );
                        self.error(v.start(), &name_path, message);
                        return None;
                    }
                    names.push((name.clone(), path.clone()));
                    Some(name)
                });

            let routine_what = "the id of the routine to run";
            let routine = self
                .require(&f, obj, &path, "routine", routine_what)
                .and_then(|v| self.routine_ref(v, &format!("{path}.routine"), routine_ids));

            let either = "expected exactly one of \"every\" (an active-time interval) \
                          or \"at\" (a time of day)";
            let when = match (f.get("every"), f.get("at")) {
                (Some(_), Some(_)) => {
                    self.error(obj.range.start, &path, format!("{either}, found both"));
                    None
                }
                (None, None) => {
                    self.error(obj.range.start, &path, format!("{either}, found neither"));
                    None
                }
                (Some(v), None) => {
                    let range = (EVERY_MIN, EVERY_MAX);
                    self.duration(v, &format!("{path}.every"), range, "50m")
                        .map(BreakWhen::Every)
                }
                (None, Some(v)) => {
                    let at_path = format!("{path}.at");
                    let t = self.time(v, &at_path);
                    if let Some(t) = t {
                        if let Some((_, other)) = times.iter().find(|(u, _)| *u == t) {
                            let message = format!(
                                "expected a time no other break uses, found {} (also {other})",
                                found(v)
                            );
                            self.error(v.start(), &at_path, message);
                        } else {
                            times.push((t, path.clone()));
                        }
                    }
                    t.map(BreakWhen::At)
                }
            };

            let daily = match f.get("daily") {
                None => Some(false),
                Some(v) => {
                    let daily_path = format!("{path}.daily");
                    let daily = self.boolean(v, &daily_path);
                    if daily == Some(true) {
                        if let Some(other) = &daily_at {
                            let message = format!(
                                "expected at most one daily break, found a second one ({other} is daily)"
                            );
                            self.error(v.start(), &daily_path, message);
                        } else {
                            daily_at = Some(path.clone());
                        }
                    }
                    daily
                }
            };

            let start_screen = match f.get("start_screen") {
                None => Some(true),
                Some(v) => {
                    let screen_path = format!("{path}.start_screen");
                    let screen = self.boolean(v, &screen_path);
                    let needs = routine
                        .as_deref()
                        .and_then(|id| routine::find_in(user, id))
                        .map(|r| routine::show::needs(&r))
                        .unwrap_or_default();
                    let fetched: Vec<&str> = needs
                        .iter()
                        .filter(|n| **n != Need::Chair)
                        .map(|n| n.phrase())
                        .collect();
                    if screen == Some(false) && !fetched.is_empty() {
                        let message = format!(
                            "expected true: only a routine that needs nothing beyond a chair \
                             may skip the start screen, and {} needs {}",
                            routine.as_deref().unwrap_or_default(),
                            fetched.join(", ")
                        );
                        self.error(v.start(), &screen_path, message);
                        None
                    } else {
                        screen
                    }
                }
            };

            if let (Some(name), Some(routine), Some(when), Some(daily), Some(start_screen)) =
                (name, routine, when, daily, start_screen)
            {
                out.push(BreakRule {
                    name,
                    routine,
                    when,
                    daily,
                    start_screen,
                });
            }
        }
        out
    }

    fn routine_ref(&mut self, v: &Value, path: &str, routine_ids: &[String]) -> Option<String> {
        if let Value::StringLit(s) = v {
            if routine_ids.iter().any(|id| *id == s.value) {
                return Some(s.value.to_string());
            }
            let ids: Vec<&str> = routine_ids.iter().map(String::as_str).collect();
            let hint = match suggest(&s.value, &ids) {
                Some(close) => format!(" (did you mean \"{close}\"?)"),
                None => format!(" (known: {})", quoted_list(&ids)),
            };
            let message = format!(
                "expected the id of a built-in or user routine, found {}{hint}",
                found(v)
            );
            self.error(v.start(), path, message);
            return None;
        }
        self.expected(
            v,
            path,
            "the id of a built-in or user routine, like \"desk-reset\"",
        );
        None
    }

    fn snooze(&mut self, v: &Value) -> Snooze {
        let mut out = Snooze::default();
        let what = "an object like {\"length\": \"10m\", \"max_per_break\": 3}";
        let Some(obj) = self.object(v, "snooze", what) else {
            return out;
        };
        let f = self.fields(obj, "snooze", SNOOZE_KEYS);
        if let Some(v) = f.get("length") {
            let range = (SNOOZE_MIN, SNOOZE_MAX);
            if let Some(d) = self.duration(v, "snooze.length", range, "10m") {
                out.length = d;
            }
        }
        if let Some(v) = f.get("max_per_break") {
            if let Some(n) = self.whole(v, "snooze.max_per_break", 0, SNOOZE_COUNT_MAX) {
                out.max_per_break = n as u32;
            }
        }
        out
    }

    fn reminders(&mut self, v: &Value) -> Reminders {
        let mut out = Reminders::default();
        let what = "an object like {\"repeat_after\": \"5m\", \"max_repeats\": 2}";
        let Some(obj) = self.object(v, "reminders", what) else {
            return out;
        };
        let f = self.fields(obj, "reminders", REMINDER_KEYS);
        if let Some(v) = f.get("repeat_after") {
            let range = (REPEAT_MIN, REPEAT_MAX);
            if let Some(d) = self.duration(v, "reminders.repeat_after", range, "5m") {
                out.repeat_after = d;
            }
        }
        if let Some(v) = f.get("max_repeats") {
            if let Some(n) = self.whole(v, "reminders.max_repeats", 0, REPEAT_COUNT_MAX) {
                out.max_repeats = n as u32;
            }
        }
        out
    }

    fn do_not_disturb(&mut self, v: &Value) -> DoNotDisturb {
        let mut out = DoNotDisturb::default();
        let what = "an object like {\"enabled\": true, \"max_postpone\": \"30m\"}";
        let Some(obj) = self.object(v, "do_not_disturb", what) else {
            return out;
        };
        let f = self.fields(obj, "do_not_disturb", DND_KEYS);
        let flags: [(&str, &mut bool); 4] = [
            ("enabled", &mut out.enabled),
            ("fullscreen", &mut out.fullscreen),
            ("microphone", &mut out.microphone),
            ("notifications_paused", &mut out.notifications_paused),
        ];
        for (key, slot) in flags {
            if let Some(v) = f.get(key) {
                if let Some(b) = self.boolean(v, &format!("do_not_disturb.{key}")) {
                    *slot = b;
                }
            }
        }
        if let Some(v) = f.get("max_postpone") {
            let range = (POSTPONE_MIN, POSTPONE_MAX);
            if let Some(d) = self.duration(v, "do_not_disturb.max_postpone", range, "30m") {
                out.max_postpone = d;
            }
        }
        out
    }

    fn sound(&mut self, v: &Value) -> Sound {
        let mut out = Sound::default();
        let what = "an object like {\"enabled\": true, \"volume\": 70, \"voice\": true}";
        let Some(obj) = self.object(v, "sound", what) else {
            return out;
        };
        let f = self.fields(obj, "sound", SOUND_KEYS);
        if let Some(v) = f.get("enabled") {
            if let Some(b) = self.boolean(v, "sound.enabled") {
                out.enabled = b;
            }
        }
        if let Some(v) = f.get("volume") {
            if let Some(n) = self.whole(v, "sound.volume", 0, 100) {
                out.volume = n as u8;
            }
        }
        if let Some(v) = f.get("voice") {
            if let Some(b) = self.boolean(v, "sound.voice") {
                out.voice = b;
            }
        }
        out
    }

    /// User routines. Every id that is at least well-formed goes into
    /// `routine_ids`, even from a routine with other mistakes, so a break naming
    /// it is not reported as a second, misleading error.
    fn routines(&mut self, v: &Value, routine_ids: &mut Vec<String>) -> Vec<Routine> {
        let what = "an array of routines";
        let Some(items) = self.array(v, "routines", what, (0, ROUTINES_MAX, "routines")) else {
            return Vec::new();
        };
        let builtins = builtin_ids();
        let mut seen: Vec<(String, String)> = Vec::new();
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("routines[{i}]");
            let what = "a routine object with \"id\", \"title\", \"safety\" and \"exercises\"";
            let Some(obj) = self.object(item, &path, what) else {
                continue;
            };
            let f = self.fields(obj, &path, ROUTINE_KEYS);
            let id = self
                .require(&f, obj, &path, "id", "the routine's id, like \"my-neck\"")
                .and_then(|v| {
                    let id_path = format!("{path}.id");
                    let id = self.id(v, &id_path)?;
                    if builtins.contains(&id) {
                        let message = format!(
                            "expected an id that no built-in routine uses, found {}",
                            found(v)
                        );
                        self.error(v.start(), &id_path, message);
                        return None;
                    }
                    if let Some((_, other)) = seen.iter().find(|(s, _)| *s == id) {
                        let message = format!(
                            "expected an id no other routine has, found {} (also {other})",
                            found(v)
                        );
                        self.error(v.start(), &id_path, message);
                        return None;
                    }
                    seen.push((id.clone(), path.clone()));
                    routine_ids.push(id.clone());
                    Some(id)
                });
            let title = self
                .require(&f, obj, &path, "title", "the routine's title")
                .and_then(|v| self.text(v, &format!("{path}.title"), TITLE_MAX));
            let safety_what = "one line on how hard to press and when to stop";
            let safety = self
                .require(&f, obj, &path, "safety", safety_what)
                .and_then(|v| self.text(v, &format!("{path}.safety"), SAFETY_MAX));
            let exercises = self
                .require(&f, obj, &path, "exercises", "an array of exercises")
                .and_then(|v| self.exercises(v, &format!("{path}.exercises")));
            let (Some(id), Some(title), Some(safety), Some(exercises)) =
                (id, title, safety, exercises)
            else {
                continue;
            };
            let routine = Routine {
                id,
                title,
                safety,
                exercises,
            };
            let length = routine_length(&routine);
            if length > ROUTINE_MAX {
                let message = format!(
                    "expected a routine that takes at most {}, found one that takes {}",
                    format_duration(ROUTINE_MAX),
                    format_duration(length)
                );
                self.error(obj.range.start, &path, message);
                continue;
            }
            out.push(routine);
        }
        out
    }

    fn exercises(&mut self, v: &Value, path: &str) -> Option<Vec<Exercise>> {
        let limits = (1, EXERCISES_MAX, "exercises");
        let items = self.array(v, path, "an array of exercises", limits)?;
        let mut out = Vec::new();
        let mut ids: Vec<(String, String)> = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            match self.exercise(item, &path, &mut ids) {
                Some(e) => out.push(e),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn exercise(
        &mut self,
        v: &Value,
        path: &str,
        ids: &mut Vec<(String, String)>,
    ) -> Option<Exercise> {
        let obj = self.object(v, path, "an exercise object")?;
        let f = self.fields(obj, path, EXERCISE_KEYS);
        let sub = |key: &str| format!("{path}.{key}");

        let id = self
            .require(&f, obj, path, "id", "the exercise's id, like \"neck-stretch\"")
            .and_then(|v| {
                let id = self.id(v, &sub("id"))?;
                if let Some((_, other)) = ids.iter().find(|(s, _)| *s == id) {
                    let message = format!(
                        "expected an id no other exercise in this routine has, found {} (also {other})",
                        found(v)
                    );
                    self.error(v.start(), &sub("id"), message);
                    return None;
                }
                ids.push((id.clone(), path.to_owned()));
                Some(id)
            });
        let title = self
            .require(&f, obj, path, "title", "the exercise's title")
            .and_then(|v| self.text(v, &sub("title"), TITLE_MAX));
        let purpose = self
            .require(&f, obj, path, "purpose", "why it is done")
            .and_then(|v| self.choice(v, &sub("purpose"), PURPOSES));
        let position = self
            .require(&f, obj, path, "position", "where the body is")
            .and_then(|v| self.choice(v, &sub("position"), POSITIONS));
        let equipment = self
            .require(&f, obj, path, "equipment", "what is needed")
            .and_then(|v| self.choice(v, &sub("equipment"), EQUIPMENT));
        let instructions = self
            .require(&f, obj, path, "instructions", "an array of short lines")
            .and_then(|v| self.instructions(v, &sub("instructions")));
        let sides = self
            .require(&f, obj, path, "sides", "\"none\" or \"both\"")
            .and_then(|v| self.choice(v, &sub("sides"), SIDES));
        let sets = self
            .require(&f, obj, path, "sets", "how many sets")
            .and_then(|v| self.whole(v, &sub("sets"), 1, SETS_REPS_MAX));
        let reps = self
            .require(&f, obj, path, "reps", "how many reps per set")
            .and_then(|v| self.whole(v, &sub("reps"), 1, SETS_REPS_MAX));
        let phases = self
            .require(&f, obj, path, "phases", "the steps of one rep")
            .and_then(|v| self.phases(v, &sub("phases")));
        let breath = match f.get("breath") {
            None => Some(None),
            Some(v) => self.breath(v, &sub("breath")).map(Some),
        };
        let rest = |walker: &mut Self, key: &str| match f.get(key) {
            None => Some(Duration::ZERO),
            Some(v) => walker.duration(v, &sub(key), (REST_MIN, REST_MAX), "10s"),
        };
        let rest_between_sets = rest(self, "rest_between_sets");
        let rest_between_sides = rest(self, "rest_between_sides");

        Some(Exercise {
            id: id?,
            title: title?,
            instructions: instructions?,
            purpose: purpose?,
            position: position?,
            equipment: equipment?,
            sides: sides?,
            sets: u32::try_from(sets?).ok()?,
            reps: u32::try_from(reps?).ok()?,
            phases: phases?,
            breath: breath?,
            rest_between_sets: rest_between_sets?,
            rest_between_sides: rest_between_sides?,
        })
    }

    fn instructions(&mut self, v: &Value, path: &str) -> Option<Vec<String>> {
        let what = "an array of short lines like [\"Tilt your ear toward your shoulder.\"]";
        let limits = (1, INSTRUCTIONS_MAX, "instruction lines");
        let items = self.array(v, path, what, limits)?;
        let lines: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.text(item, &format!("{path}[{i}]"), INSTRUCTION_MAX))
            .collect();
        lines.into_iter().collect()
    }

    fn phases(&mut self, v: &Value, path: &str) -> Option<Vec<Phase>> {
        let what = "an array of phases like [{\"phase\": \"hold\", \"for\": \"30s\"}]";
        let items = self.array(v, path, what, (1, PHASES_MAX, "phases"))?;
        let phases: Vec<Option<Phase>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let path = format!("{path}[{i}]");
                let what = "a phase like {\"phase\": \"hold\", \"for\": \"30s\"}";
                let obj = self.object(item, &path, what)?;
                let f = self.fields(obj, &path, PHASE_KEYS);
                let kind = self
                    .require(&f, obj, &path, "phase", "what the body does")
                    .and_then(|v| self.choice(v, &format!("{path}.phase"), PHASE_KINDS));
                let duration = self
                    .require(&f, obj, &path, "for", "how long, like \"30s\"")
                    .and_then(|v| {
                        let range = (PHASE_MIN, PHASE_MAX);
                        self.duration(v, &format!("{path}.for"), range, "30s")
                    });
                Some(Phase {
                    kind: kind?,
                    duration: duration?,
                })
            })
            .collect();
        phases.into_iter().collect()
    }

    fn breath(&mut self, v: &Value, path: &str) -> Option<Breath> {
        let what = "an object like {\"inhale\": \"4s\", \"exhale\": \"6s\"}";
        let obj = self.object(v, path, what)?;
        let f = self.fields(obj, path, BREATH_KEYS);
        let range = (BREATH_MIN, BREATH_MAX);
        let inhale = self
            .require(&f, obj, path, "inhale", "how long to breathe in")
            .and_then(|v| self.duration(v, &format!("{path}.inhale"), range, "4s"));
        let exhale_value = self.require(&f, obj, path, "exhale", "how long to breathe out");
        let exhale =
            exhale_value.and_then(|v| self.duration(v, &format!("{path}.exhale"), range, "6s"));
        let (inhale, exhale) = (inhale?, exhale?);
        if exhale <= inhale {
            let v = exhale_value?;
            let what = format!(
                "an exhale longer than the inhale ({}; the slow exhale is the point)",
                format_duration(inhale)
            );
            self.expected(v, &format!("{path}.exhale"), &what);
            return None;
        }
        Some(Breath { inhale, exhale })
    }
}

/// How long a routine's exercises take as written: each rep's phases, the
/// rests between sets, both sides when `sides` is both, and the side switch.
fn routine_length(routine: &Routine) -> Duration {
    let secs = routine
        .exercises
        .iter()
        .map(|e| {
            let rep: u64 = e.phases.iter().map(|p| p.duration.as_secs()).sum();
            let sets = u64::from(e.sets);
            let side = sets * u64::from(e.reps) * rep
                + sets.saturating_sub(1) * e.rest_between_sets.as_secs();
            match e.sides {
                Sides::None => side,
                Sides::Both => 2 * side + e.rest_between_sides.as_secs(),
            }
        })
        .fold(0u64, u64::saturating_add);
    Duration::from_secs(secs)
}

fn name_of<T: PartialEq + Copy>(options: &[(&'static str, T)], value: T) -> &'static str {
    options
        .iter()
        .find(|o| o.1 == value)
        .map(|o| o.0)
        .unwrap_or("")
}

/// A routine in the config file's schema (the inverse of the parser), so the
/// built-ins can be shown to fit what users may write.
pub fn routine_to_json(r: &Routine) -> serde_json::Value {
    let exercises: Vec<serde_json::Value> = r
        .exercises
        .iter()
        .map(|e| {
            let phases: Vec<serde_json::Value> = e
                .phases
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "phase": name_of(PHASE_KINDS, p.kind),
                        "for": format_duration(p.duration),
                    })
                })
                .collect();
            let mut obj = serde_json::json!({
                "id": e.id,
                "title": e.title,
                "purpose": name_of(PURPOSES, e.purpose),
                "position": name_of(POSITIONS, e.position),
                "equipment": name_of(EQUIPMENT, e.equipment),
                "instructions": e.instructions,
                "sides": name_of(SIDES, e.sides),
                "sets": e.sets,
                "reps": e.reps,
                "phases": phases,
            });
            if let Some(map) = obj.as_object_mut() {
                if let Some(b) = e.breath {
                    map.insert(
                        "breath".into(),
                        serde_json::json!({
                            "inhale": format_duration(b.inhale),
                            "exhale": format_duration(b.exhale),
                        }),
                    );
                }
                if !e.rest_between_sets.is_zero() {
                    let d = format_duration(e.rest_between_sets);
                    map.insert("rest_between_sets".into(), d.into());
                }
                if !e.rest_between_sides.is_zero() {
                    let d = format_duration(e.rest_between_sides);
                    map.insert("rest_between_sides".into(), d.into());
                }
            }
            obj
        })
        .collect();
    serde_json::json!({
        "id": r.id,
        "title": r.title,
        "safety": r.safety,
        "exercises": exercises,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The error lines for `text`, or nothing when it is valid.
    fn errors(text: &str) -> Vec<String> {
        match parse(text.as_bytes(), "c.json") {
            Ok(_) => Vec::new(),
            Err(e) => e.to_string().lines().map(str::to_owned).collect(),
        }
    }

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("90s"), Ok(secs(90)));
        assert_eq!(parse_duration("50m"), Ok(secs(3000)));
        assert_eq!(parse_duration("1h30m"), Ok(secs(5400)));
        assert_eq!(parse_duration("1h2m3s"), Ok(secs(3723)));
        assert_eq!(parse_duration("2h5s"), Ok(secs(7205)));
        assert_eq!(parse_duration("05m"), Ok(secs(300)));
        assert_eq!(parse_duration("0s"), Err(DurationError::Zero));
        assert_eq!(parse_duration("0h0m"), Err(DurationError::Zero));
        for bad in [
            "",
            "5",
            "m",
            "fifty",
            "5 m",
            " 5m",
            "5M",
            "30m1h",
            "1m1m",
            "1.5h",
            "-5m",
            "1d",
            "5m ",
            "h5",
            "99999999999999999999s",
            "9999999999999999h",
        ] {
            assert_eq!(parse_duration(bad), Err(DurationError::Format), "{bad:?}");
        }
    }

    #[test]
    fn durations_format_canonically_and_round_trip() {
        assert_eq!(format_duration(secs(0)), "0s");
        assert_eq!(format_duration(secs(90)), "1m30s");
        assert_eq!(format_duration(secs(3000)), "50m");
        assert_eq!(format_duration(secs(5400)), "1h30m");
        assert_eq!(format_duration(secs(3605)), "1h5s");
        for n in [1, 59, 60, 61, 3599, 3600, 3661, 86_400] {
            assert_eq!(parse_duration(&format_duration(secs(n))), Ok(secs(n)));
        }
    }

    #[test]
    fn times_parse() {
        assert_eq!(parse_time("15:00"), NaiveTime::from_hms_opt(15, 0, 0));
        assert_eq!(parse_time("00:00"), NaiveTime::from_hms_opt(0, 0, 0));
        assert_eq!(parse_time("23:59"), NaiveTime::from_hms_opt(23, 59, 0));
        for bad in [
            "24:00", "9:00", "09:60", "0900", "09:00:00", "3pm", "", "ab:cd", "１5:00",
        ] {
            assert_eq!(parse_time(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn time_ranges_parse() {
        let r = |s, e| {
            Ok(TimeRange {
                start_min: s,
                end_min: e,
            })
        };
        assert_eq!(parse_time_range("09:00-12:30"), r(540, 750));
        assert_eq!(parse_time_range("00:00-24:00"), r(0, 1440));
        assert_eq!(parse_time_range("18:00-09:00"), Err(RangeError::Reversed));
        assert_eq!(parse_time_range("09:00-09:00"), Err(RangeError::Reversed));
        for bad in [
            "24:00-24:00",
            "09:00",
            "9:00-17:00",
            "09:00 - 17:00",
            "09:00-24:01",
            "-",
        ] {
            assert_eq!(parse_time_range(bad), Err(RangeError::Format), "{bad:?}");
        }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\néé\"x\n";
        let lines = LineIndex::new(text.as_bytes());
        assert_eq!(lines.position(0), (1, 1));
        assert_eq!(lines.position(2), (1, 3));
        assert_eq!(lines.position(3), (2, 1));
        // "éé" is 4 bytes, 2 characters: the quote after it is column 3.
        assert_eq!(lines.position(7), (2, 3));
        // Inside a multi-byte character, and past the end: no panic.
        assert_eq!(lines.position(4), (2, 1));
        assert_eq!(lines.position(999), (3, 1));
    }

    #[test]
    fn embedded_default_is_the_file_on_disk_and_the_default() {
        let on_disk =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.json"))
                .expect("config.example.json is in the repo");
        assert_eq!(EXAMPLE, on_disk);
        assert_eq!(parse(EXAMPLE.as_bytes(), "x"), Ok(Config::default()));
        assert_eq!(
            summary(&Config::default()),
            "5 working days, 2 breaks (Desk reset every 50m; Daily routine at 15:00, daily), \
             0 user routines"
        );
    }

    #[test]
    fn empty_object_means_all_defaults() {
        assert_eq!(parse(b"{}", "x"), Ok(Config::default()));
        assert_eq!(
            parse(b" \xEF\xBB\xBF{}"[1..].as_ref(), "x"),
            Ok(Config::default())
        );
    }

    #[test]
    fn partial_sections_keep_the_other_defaults() {
        let c = parse(
            br#"{"snooze": {"length": "5m"}, "sound": {"volume": 0}}"#,
            "x",
        )
        .expect("valid");
        assert_eq!(c.snooze.length, secs(300));
        assert_eq!(c.snooze.max_per_break, 3);
        assert_eq!(
            c.sound,
            Sound {
                volume: 0,
                ..Sound::default()
            }
        );
        assert_eq!(c.breaks, Config::default().breaks);
    }

    #[test]
    fn working_hours_replace_the_week_and_are_sorted() {
        let c = parse(
            br#"{"working_hours": {"sat": ["13:30-24:00", "00:00-12:30"], "mon": []}}"#,
            "x",
        )
        .expect("valid");
        assert!(c.working_hours[..5].iter().all(Vec::is_empty));
        assert_eq!(
            c.working_hours[5],
            vec![
                TimeRange {
                    start_min: 0,
                    end_min: 750
                },
                TimeRange {
                    start_min: 810,
                    end_min: 1440
                }
            ]
        );
        assert!(c.working_hours[6].is_empty());
    }

    #[test]
    fn syntax_errors_use_serde_json_messages_without_the_suffix() {
        assert_eq!(
            errors("{\n  \"a\": 1,\n}"),
            ["c.json:3:1: invalid JSON: trailing comma"]
        );
        assert_eq!(
            errors(""),
            ["c.json:1:1: invalid JSON: EOF while parsing a value"]
        );
        assert_eq!(
            errors("{\"é\": x}"),
            ["c.json:1:7: invalid JSON: expected value"]
        );
        let deep = "[".repeat(100_000);
        let e = errors(&deep);
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("c.json:1:"), "{e:?}");
        assert!(e[0].contains("recursion limit exceeded"), "{e:?}");
    }

    #[test]
    fn invalid_utf8_is_positioned() {
        assert_eq!(
            parse(b"{\n \"a\xff\": 1}", "c.json").map_err(|e| e.to_string()),
            Err("c.json:2:4: invalid UTF-8: a config file must be UTF-8 text".to_owned())
        );
    }

    #[test]
    fn oversized_text_is_refused() {
        let big = vec![b' '; MAX_BYTES as usize + 1];
        let e = errors(std::str::from_utf8(&big).expect("ascii"));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("c.json:1:1: the file is larger than 1 MiB"),
            "{e:?}"
        );
    }

    #[test]
    fn top_level_must_be_an_object() {
        assert_eq!(
            errors("[]"),
            ["c.json:1:1: expected an object holding the config keys, like {\"breaks\": [...]}, found an empty array"]
        );
        assert_eq!(errors("null").len(), 1);
        assert_eq!(errors(" 5").len(), 1);
    }

    #[test]
    fn unknown_keys_suggest_the_nearest() {
        assert_eq!(
            errors("{\"snoze\": {}}"),
            ["c.json:1:2: snoze: unknown key \"snoze\", did you mean \"snooze\"?"]
        );
        assert_eq!(
            errors("{\"sound\": {\"Volume\": 3}}"),
            ["c.json:1:12: sound.Volume: unknown key \"Volume\", did you mean \"volume\"?"]
        );
        let e = errors("{\"zzz\": 1}");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("c.json:1:2: zzz: unknown key \"zzz\"; expected one of \"version\"")
        );
        assert_eq!(suggest("natural", TOP_KEYS), Some("natural_break"));
        assert_eq!(suggest("xyz", TOP_KEYS), None);
        assert_eq!(suggest(&"a".repeat(10_000), TOP_KEYS), None);
    }

    #[test]
    fn odd_keys_are_quoted_in_paths() {
        assert_eq!(
            errors("{\"sound\": {\"a b\\n\": 1}}")[0],
            "c.json:1:12: sound[\"a b\\n\"]: unknown key \"a b\\n\"; expected one of \"enabled\", \"volume\", \"voice\""
        );
    }

    #[test]
    fn duplicate_keys_are_errors() {
        assert_eq!(
            errors("{\"sound\": {}, \"sound\": {}}"),
            ["c.json:1:15: sound: duplicate key \"sound\": each key may appear only once"]
        );
    }

    #[test]
    fn the_walker_reports_every_error_in_file_order() {
        let text = r#"{
  "version": 2,
  "working_hours": {"mon": ["09:00-12:30", "12:00-18:00"], "tue": ["18:00-09:00"], "wed": "09:00-17:00"},
  "breaks": [
    {"name": "A", "routine": "desk-reset", "every": "2m"},
    {"name": "A", "routine": "uper-trap", "at": "15:00", "daily": true},
    {"name": "B", "routine": "desk-reset", "every": "50m", "at": "10:00", "daily": true},
    {"name": "C", "routine": "desk-reset"}
  ],
  "snooze": {"length": "0s", "max_per_break": 11},
  "reminders": {"repeat_after": 5, "max_repeats": -1},
  "natural_break": "fifty",
  "do_not_disturb": {"enabled": "yes"},
  "sound": {"volume": 101}
}"#;
        let expected = [
            "c.json:2:14: version: expected 1 (the only config version there is), found 2",
            "c.json:3:44: working_hours.mon[1]: expected time ranges that do not overlap, found \"12:00-18:00\" overlapping \"09:00-12:30\"",
            "c.json:3:68: working_hours.tue[0]: expected a time range that ends after it starts, found \"18:00-09:00\"",
            "c.json:3:91: working_hours.wed: expected an array of time ranges like [\"09:00-12:30\", \"13:30-18:00\"], found \"09:00-17:00\"",
            "c.json:5:53: breaks[0].every: expected a duration from 5m to 8h, found \"2m\"",
            "c.json:6:14: breaks[1].name: expected a name no other break has, found \"A\" (also breaks[0])",
            "c.json:6:30: breaks[1].routine: expected the id of a built-in or user routine, found \"uper-trap\" (did you mean \"upper-trap\"?)",
            "c.json:7:5: breaks[2]: expected exactly one of \"every\" (an active-time interval) or \"at\" (a time of day), found both",
            "c.json:7:84: breaks[2].daily: expected at most one daily break, found a second one (breaks[1] is daily)",
            "c.json:8:5: breaks[3]: expected exactly one of \"every\" (an active-time interval) or \"at\" (a time of day), found neither",
            "c.json:10:24: snooze.length: expected a duration from 1m to 2h, found \"0s\"",
            "c.json:10:47: snooze.max_per_break: expected a whole number from 0 to 10, found 11",
            "c.json:11:33: reminders.repeat_after: expected a duration like \"5m\", found 5",
            "c.json:11:51: reminders.max_repeats: expected a whole number from 0 to 10, found -1",
            "c.json:12:20: natural_break: expected a duration like \"5m\", found \"fifty\"",
            "c.json:13:33: do_not_disturb.enabled: expected true or false, found \"yes\"",
            "c.json:14:23: sound.volume: expected a whole number from 0 to 100, found 101",
        ];
        assert_eq!(errors(text), expected);
    }

    #[test]
    fn only_a_routine_that_needs_nothing_beyond_a_chair_may_skip_the_start_screen() {
        let breaks = |rules: &str| {
            let text = format!("{{\"breaks\": [{rules}]}}");
            match parse(text.as_bytes(), "c.json") {
                Ok(config) => Ok(config
                    .breaks
                    .iter()
                    .map(|b| b.start_screen)
                    .collect::<Vec<_>>()),
                Err(e) => Err(e.to_string()),
            }
        };
        assert_eq!(
            breaks(
                r#"{"name": "A", "routine": "desk-reset", "every": "50m", "start_screen": false},
                      {"name": "B", "routine": "upper-trap", "at": "15:00"}"#
            ),
            Ok(vec![false, true])
        );
        assert_eq!(
            breaks(
                r#"{"name": "B", "routine": "upper-trap", "at": "15:00", "start_screen": false}"#
            ),
            Err(
                "c.json:1:83: breaks[0].start_screen: expected true: only a routine that needs \
                 nothing beyond a chair may skip the start screen, and upper-trap needs a ball, \
                 a wall, floor space"
                    .into()
            )
        );
        assert_eq!(
            breaks(r#"{"name": "A", "routine": "desk-reset", "every": "50m", "start_screen": 0}"#),
            Err("c.json:1:84: breaks[0].start_screen: expected true or false, found 0".into())
        );
    }

    const ROUTINE: &str = r#"{"routines": [{ "id": "my-neck", "title": "My neck break",
  "safety": "Gentle pressure only; stop if pain is sharp or spreads.",
  "exercises": [ { "id": "neck-stretch", "title": "Neck side stretch", "purpose": "stretch",
      "position": "chair", "equipment": "none", "instructions": ["Tilt your ear toward your shoulder."],
      "sides": "both", "sets": 1, "reps": 1,
      "phases": [ {"phase": "hold", "for": "50s"} ],
      "breath": {"inhale": "4s", "exhale": "6s"},
      "rest_between_sets": "10s", "rest_between_sides": "5s" } ] }],
  "breaks": [{"name": "Neck", "routine": "my-neck", "every": "1h"}]}"#;

    #[test]
    fn a_user_routine_parses_and_breaks_may_name_it() {
        let c = parse(ROUTINE.as_bytes(), "x").expect("valid");
        assert_eq!(c.routines.len(), 1);
        let r = &c.routines[0];
        assert_eq!(r.id, "my-neck");
        let e = &r.exercises[0];
        assert_eq!(e.purpose, Purpose::Stretch);
        assert_eq!(e.sides, Sides::Both);
        assert_eq!(
            e.phases,
            [Phase {
                kind: PhaseKind::Hold,
                duration: secs(50)
            }]
        );
        assert_eq!(
            e.breath,
            Some(Breath {
                inhale: secs(4),
                exhale: secs(6)
            })
        );
        assert_eq!(
            (e.rest_between_sets, e.rest_between_sides),
            (secs(10), secs(5))
        );
        assert_eq!(c.breaks[0].routine, "my-neck");
        // What it serializes to parses back to the same routine.
        let json = serde_json::json!({ "routines": [routine_to_json(r)] }).to_string();
        let again = parse(json.as_bytes(), "x").expect("round trip");
        assert_eq!(&again.routines[0], r);
    }

    #[test]
    fn every_built_in_fits_the_user_routine_schema() {
        for builtin in crate::routine::builtin::all() {
            // Under a fresh id: the built-in ids are taken.
            let renamed = Routine {
                id: format!("my-{}", builtin.id),
                ..builtin.clone()
            };
            let json = serde_json::json!({ "routines": [routine_to_json(&renamed)] });
            let text = serde_json::to_string_pretty(&json).expect("a Value serializes");
            match parse(text.as_bytes(), &builtin.id) {
                Ok(config) => assert_eq!(config.routines, [renamed]),
                Err(e) => panic!("{e}\n{text}"),
            }
        }
    }

    #[test]
    fn routine_mistakes_are_each_reported() {
        let bad = ROUTINE
            .replace("\"my-neck\", \"title\"", "\"upper-trap\", \"title\"")
            .replace("\"stretch\"", "\"strech\"")
            .replace("\"sets\": 1", "\"sets\": 0")
            .replace("\"50s\"", "\"11m\"")
            .replace("\"6s\"", "\"3s\"")
            .replace("\"hold\"", "\"squeeze\"")
            .replace("\"Tilt your ear toward your shoulder.\"", "\"\"");
        let e = errors(&bad);
        let has = |needle: &str| e.iter().any(|l| l.contains(needle));
        assert!(has("c.json:1:23: routines[0].id: expected an id that no built-in routine uses, found \"upper-trap\""), "{e:#?}");
        assert!(has("routines[0].exercises[0].purpose: expected one of \"stretch\", \"release\", \"strengthen\", \"retrain\", found \"strech\" (did you mean \"stretch\"?)"), "{e:#?}");
        assert!(
            has("routines[0].exercises[0].instructions[0]: expected non-empty text, found \"\""),
            "{e:#?}"
        );
        assert!(
            has("routines[0].exercises[0].sets: expected a whole number from 1 to 50, found 0"),
            "{e:#?}"
        );
        assert!(
            has("routines[0].exercises[0].phases[0].phase: expected one of \"hold\""),
            "{e:#?}"
        );
        assert!(has("routines[0].exercises[0].phases[0].for: expected a duration from 1s to 10m, found \"11m\""), "{e:#?}");
        assert!(has("routines[0].exercises[0].breath.exhale: expected an exhale longer than the inhale (4s; the slow exhale is the point), found \"3s\""), "{e:#?}");
        // The break naming the broken routine is still an error (the id is a
        // built-in's here, so "my-neck" is unknown).
        assert!(has("breaks[0].routine: expected the id of a built-in or user routine, found \"my-neck\""), "{e:#?}");
        assert_eq!(e.len(), 8, "{e:#?}");
    }

    #[test]
    fn missing_keys_point_at_the_object() {
        let e = errors("{\"routines\": [{\"id\": \"a\", \"title\": \"T\", \"safety\": \"S\", \"exercises\": [\n  {\"id\": \"x\"}]}]}");
        assert!(e.contains(&"c.json:2:3: routines[0].exercises[0]: missing key \"title\" (the exercise's title)".to_owned()), "{e:#?}");
        assert_eq!(e.len(), 9, "{e:#?}");
    }

    #[test]
    fn a_too_long_routine_is_refused() {
        let long = ROUTINE.replace("\"sets\": 1, \"reps\": 1", "\"sets\": 50, \"reps\": 50");
        let e = errors(&long);
        assert_eq!(e.len(), 1, "{e:#?}");
        assert!(
            e[0].contains(
                "routines[0]: expected a routine that takes at most 1h, found one that takes"
            ),
            "{e:#?}"
        );
    }

    /// Edits that keep the text mostly JSON-shaped, so the walker (not only the
    /// syntax pass) meets the mutants.
    fn mutate(base: &str, edits: &[(usize, u8, u8)]) -> Vec<u8> {
        const ALPHABET: &[u8] = b"0123456789:hms-\"{}[],az \n.e";
        let mut bytes = base.as_bytes().to_vec();
        for &(at, op, pick) in edits {
            if bytes.is_empty() {
                break;
            }
            let at = at % bytes.len();
            let b = ALPHABET[usize::from(pick) % ALPHABET.len()];
            match op % 3 {
                0 => bytes[at] = b,
                1 => bytes.insert(at, b),
                _ => {
                    bytes.remove(at);
                }
            }
        }
        bytes
    }

    fn well_formed(result: Result<Config, ConfigErrors>) -> bool {
        match result {
            Ok(_) => true,
            Err(e) => !e.errors.is_empty() && e.errors.iter().all(|e| e.line >= 1 && e.column >= 1),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            prop_assert!(well_formed(parse(&bytes, "x")));
        }

        #[test]
        fn mutated_examples_never_panic(
            edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6),
            routine in any::<bool>(),
        ) {
            let base = if routine { ROUTINE } else { EXAMPLE };
            prop_assert!(well_formed(parse(&mutate(base, &edits), "x")));
        }
    }
}
