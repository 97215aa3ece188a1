//! The config file: where it is, reading it safely, and turning strict JSON into
//! the typed, validated `Config`, with every mistake reported at once by file,
//! line, column and key path. The rules are written down in docs/config.md.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveTime;

use crate::i18n::Lang;
use crate::routine::describe::Need;
use crate::routine::{
    self, Breath, Equipment, Exercise, KnotSide, Phase, PhaseKind, Position, Purpose, Routine,
    Sides,
};

/// The embedded default: `config.example.json` itself.
pub const EXAMPLE: &str = include_str!("../../config.example.json");

/// The largest config file unknot reads (1 MiB); anything bigger is refused
/// before it is read, so a huge file cannot eat memory.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The only `"version"` a config file may declare.
pub const VERSION: u64 = 1;

/// The label used in messages about the embedded default.
pub const EMBEDDED_LABEL: &str = "built-in default";

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
    /// The config's choices for the built-in daily routine (its `level` is
    /// always the first here: the engine sets the level it plays at).
    pub upper_trap: routine::Options,
    /// `upper_trap.progression`: the level decided from the history, off, or held.
    pub progression: routine::Progression,
    /// A short summary notification of last week on the first working day.
    pub weekly_summary: bool,
    /// `sync.folder`: a folder synced between machines; each appends its
    /// history there (docs/sync.md). As written: absolute, or `~/…`.
    pub sync_folder: Option<std::path::PathBuf>,
    /// `window.monitor`: the monitor (by its name, as `xrandr --listmonitors`
    /// gives it) the windows open on; `None` ("pointer"): the one the
    /// pointer is on.
    pub window_monitor: Option<String>,
    /// User routines from the file (the built-ins are not in here).
    pub routines: Vec<Routine>,
    /// The 20-second shoulder check between breaks (`shoulder_check`).
    pub shoulder_check: ShoulderCheck,
    /// `appearance.contrast`: the windows' palette (issue 33).
    pub contrast: Contrast,
    /// `appearance.text_scale`: how much larger the windows draw their
    /// text and controls, `TEXT_SCALE_MIN` to `TEXT_SCALE_MAX`; `None`
    /// ("auto"): the desktop's text scaling factor.
    pub text_scale: Option<f32>,
    /// `appearance.motion`: `None` ("auto"): the desktop's; `Some(true)`:
    /// reduced (the figure's key poses, the ring once a second).
    pub reduced_motion: Option<bool>,
    /// `language`: the words' language; `None` ("auto"): the locale's, by
    /// gettext's rules (`i18n::choose`).
    pub language: Option<Lang>,
}

/// `shoulder_check`: a notification with the built-in `shoulder-check`'s
/// lines, after this much active time (docs/engine.md, "The shoulder check").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShoulderCheck {
    /// On unless the file says otherwise: a file without the key gets it.
    pub enabled: bool,
    /// Active time between two checks (10 to 60 minutes).
    pub every: Duration,
    /// Speak its lines (when `sound.voice` is on too). Off by default, for
    /// open offices: the tones alone say it has come.
    pub voice: bool,
}

impl Config {
    /// The routine `id` as this config builds it (its own routines first,
    /// then the built-ins, shaped by `upper_trap`); `None` if none has it.
    pub fn routine(&self, id: &str) -> Option<crate::routine::Routine> {
        crate::routine::find(&self.routines, self.upper_trap, id)
    }

    /// The language this config speaks in this environment: `language`
    /// if it names one, else the locale's (`i18n::choose`).
    pub fn choose_language(&self, env: &crate::i18n::Env) -> crate::i18n::Choice {
        crate::i18n::choose(self.language.map(Lang::code), env)
    }
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
    /// Unique among breaks, and the break's identity (history, engine,
    /// `status --json`); shown through `shown_break_name`.
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
    /// Which check-in ratings the window asks for: the daily break asks
    /// before and after by default, the others not at all.
    pub checkin: CheckIn,
}

/// The desk reset's name in the default config (and config.example.json).
pub const DESK_RESET_NAME: &str = "Desk reset";
/// The daily break's name in the default config (and config.example.json).
pub const DAILY_ROUTINE_NAME: &str = "Daily routine";

/// The words to show for the break named `name`: a default break's name,
/// as long as the user kept it, in the current language; any other name
/// as written. Only what is shown goes through here: the stored name stays
/// the break's identity (see `Config::default`).
pub fn shown_break_name(name: &str) -> String {
    match name {
        DESK_RESET_NAME => crate::t!("break-name-desk-reset"),
        DAILY_ROUTINE_NAME => crate::t!("break-name-daily-routine"),
        _ => name.to_owned(),
    }
}

/// A break's `checkin`: how tense or sore the knot is, 0–10, asked on the
/// guided window's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckIn {
    BeforeAfter,
    After,
    #[default]
    Off,
}

impl CheckIn {
    pub const NAMES: &[(&str, CheckIn)] = &[
        ("before-after", CheckIn::BeforeAfter),
        ("after", CheckIn::After),
        ("off", CheckIn::Off),
    ];

    pub fn name(self) -> &'static str {
        match self {
            CheckIn::BeforeAfter => "before-after",
            CheckIn::After => "after",
            CheckIn::Off => "off",
        }
    }

    pub fn before(self) -> bool {
        self == CheckIn::BeforeAfter
    }

    pub fn after(self) -> bool {
        self != CheckIn::Off
    }

    /// What a break gets without the key.
    pub fn default_for(daily: bool) -> CheckIn {
        if daily {
            CheckIn::BeforeAfter
        } else {
            CheckIn::Off
        }
    }
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
    /// A camera in use (`/dev/video*` held open, a PipeWire camera streaming).
    pub camera: bool,
    /// The screen shared (a PipeWire screen-cast stream running).
    pub screen_share: bool,
    /// An idle or screensaver inhibitor held (presentations, video), or a
    /// fullscreen view on sway.
    pub inhibitors: bool,
    /// A due break is postponed at most this long.
    pub max_postpone: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sound {
    pub enabled: bool,
    /// 0..=100
    pub volume: u8,
    pub voice: bool,
    /// Pause the media players that are playing while a session with sound
    /// runs, and resume them after.
    pub pause_media: bool,
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
            // The names stay English in every language: a break's name is
            // its identity, not only its label. The history records it with
            // every event, the engine and the presenters find a rule by it,
            // and `status --json` and `schedule --json` report it as written.
            // Translating it here would split a user's history at a language
            // change; so these two names (and only while unrenamed) are
            // translated where shown, by `shown_break_name`.
            breaks: vec![
                BreakRule {
                    name: DESK_RESET_NAME.into(),
                    routine: "desk-reset".into(),
                    when: BreakWhen::Every(minutes(50)),
                    daily: false,
                    start_screen: true,
                    checkin: CheckIn::Off,
                },
                BreakRule {
                    name: DAILY_ROUTINE_NAME.into(),
                    routine: "upper-trap".into(),
                    when: BreakWhen::At(
                        NaiveTime::from_hms_opt(15, 0, 0).expect("15:00 is a valid time"),
                    ),
                    daily: true,
                    start_screen: true,
                    checkin: CheckIn::BeforeAfter,
                },
            ],
            snooze: Snooze::default(),
            reminders: Reminders::default(),
            natural_break: minutes(5),
            do_not_disturb: DoNotDisturb::default(),
            sound: Sound::default(),
            upper_trap: routine::Options::default(),
            progression: routine::Progression::Auto,
            weekly_summary: true,
            sync_folder: None,
            window_monitor: None,
            routines: Vec::new(),
            shoulder_check: ShoulderCheck::default(),
            contrast: Contrast::Auto,
            text_scale: None,
            reduced_motion: None,
            language: None,
        }
    }
}

impl Default for ShoulderCheck {
    fn default() -> Self {
        ShoulderCheck {
            enabled: true,
            every: minutes(20),
            voice: false,
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
            camera: true,
            screen_share: true,
            inhibitors: true,
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
            pause_media: true,
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
pub(crate) const CHECK_EVERY_MIN: Duration = minutes(10);
pub(crate) const CHECK_EVERY_MAX: Duration = minutes(60);
const NATURAL_MAX: Duration = hours(1);
const POSTPONE_MIN: Duration = minutes(1);
const POSTPONE_MAX: Duration = hours(4);
const RANGES_PER_DAY_MAX: usize = 12;
const BREAKS_MAX: usize = 20;
const NAME_MAX: usize = 60;
const ROUTINES_MAX: usize = 50;
const ID_MAX: usize = 40;
const TITLE_MAX: usize = 80;
/// Room for who should skip, every stop sign and when to get help now (the
/// built-ins' card); the start screen gives a long one each sentence apart.
const SAFETY_MAX: usize = 400;
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
    "language",
    "working_hours",
    "breaks",
    "snooze",
    "reminders",
    "natural_break",
    "do_not_disturb",
    "sound",
    "upper_trap",
    "weekly_summary",
    "sync",
    "window",
    "shoulder_check",
    "appearance",
    "routines",
];
const APPEARANCE_KEYS: &[&str] = &["contrast", "text_scale", "motion"];
/// `appearance.motion`'s names: auto is `None`, reduced `Some(true)`.
pub const MOTIONS: &[(&str, Option<bool>)] = &[
    ("auto", None),
    ("full", Some(false)),
    ("reduced", Some(true)),
];
/// `language`'s names: auto is `None`, else a shipped language's code.
pub const LANGUAGES: &[(&str, Option<Lang>)] = &[
    ("auto", None),
    ("en", Some(Lang::En)),
    ("de", Some(Lang::De)),
    ("es", Some(Lang::Es)),
    ("fr", Some(Lang::Fr)),
];

/// The name `language` has in the file for `lang` (`"auto"` for `None`).
pub fn language_name(lang: Option<Lang>) -> &'static str {
    lang.map_or("auto", Lang::code)
}

/// `appearance.text_scale`'s limits.
pub const TEXT_SCALE_MIN: f32 = 0.8;
pub const TEXT_SCALE_MAX: f32 = 2.0;

/// `appearance.contrast`: the windows' palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Contrast {
    /// The desktop's setting, read through the XDG settings portal
    /// (normal where no portal answers).
    #[default]
    Auto,
    Normal,
    /// The high-contrast palette (`ui::contrast`).
    High,
}

impl Contrast {
    pub const NAMES: &[(&str, Contrast)] = &[
        ("auto", Contrast::Auto),
        ("normal", Contrast::Normal),
        ("high", Contrast::High),
    ];

    pub fn name(self) -> &'static str {
        Contrast::NAMES
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("auto", |(n, _)| n)
    }
}
const SHOULDER_CHECK_KEYS: &[&str] = &["enabled", "every", "voice"];
const SYNC_KEYS: &[&str] = &["folder"];
const WINDOW_KEYS: &[&str] = &["monitor"];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const BREAK_KEYS: &[&str] = &[
    "name",
    "routine",
    "every",
    "at",
    "daily",
    "start_screen",
    "checkin",
];
const SNOOZE_KEYS: &[&str] = &["length", "max_per_break"];
const REMINDER_KEYS: &[&str] = &["repeat_after", "max_repeats"];
const DND_KEYS: &[&str] = &[
    "enabled",
    "fullscreen",
    "microphone",
    "notifications_paused",
    "camera",
    "screen_share",
    "inhibitors",
    "max_postpone",
];
const SOUND_KEYS: &[&str] = &["enabled", "volume", "voice", "pause_media"];
const UPPER_TRAP_KEYS: &[&str] = &["knot_side", "lie_face_down", "progression"];
const KNOT_SIDES: &[(&str, KnotSide)] = &[
    ("both", KnotSide::Both),
    ("left", KnotSide::Left),
    ("right", KnotSide::Right),
];
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
    #[error("{}", crate::t!("config-not-found", path = .path.display().to_string()))]
    NotFound { path: PathBuf },
    #[error("{}", crate::t!(
        "config-cannot-read",
        path = .path.display().to_string(),
        error = .source.to_string()
    ))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", crate::t!(
        "config-file-too-large",
        path = .path.display().to_string(),
        bytes = MAX_BYTES
    ))]
    TooLarge { path: PathBuf },
    #[error(transparent)]
    Invalid(#[from] ConfigErrors),
}

/// A duration string that is not of the form `1h30m`, `50m`, `90s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    #[error("{}", crate::t!("config-duration-format"))]
    Format,
    #[error("{}", crate::t!("config-duration-zero"))]
    Zero,
}

/// `5 working days, 2 breaks (Desk reset every 50m; Daily routine at 15:00, daily), 0 user routines`
pub fn summary(config: &Config) -> String {
    let days = config
        .working_hours
        .iter()
        .filter(|d| !d.is_empty())
        .count();
    let breaks = config.breaks.len();
    let routines = config.routines.len();
    if breaks == 0 {
        return crate::t!(
            "config-summary",
            days = days,
            breaks = breaks,
            routines = routines
        );
    }
    let list: Vec<String> = config
        .breaks
        .iter()
        .map(|b| {
            let name = shown_break_name(&b.name);
            let name = &name;
            match (b.when, b.daily) {
                (BreakWhen::Every(d), false) => {
                    crate::t!(
                        "config-summary-every",
                        name = name,
                        every = format_duration(d)
                    )
                }
                (BreakWhen::Every(d), true) => crate::t!(
                    "config-summary-every-daily",
                    name = name,
                    every = format_duration(d)
                ),
                (BreakWhen::At(at), false) => crate::t!(
                    "config-summary-at",
                    name = name,
                    time = at.format("%H:%M").to_string()
                ),
                (BreakWhen::At(at), true) => crate::t!(
                    "config-summary-at-daily",
                    name = name,
                    time = at.format("%H:%M").to_string()
                ),
            }
        })
        .collect();
    crate::t!(
        "config-summary-list",
        days = days,
        breaks = breaks,
        list = list.join("; "),
        routines = routines
    )
}

pub mod prefs;
mod source;
mod units;
mod walker;

pub(crate) use source::read_limited;
pub use source::{
    default_path, language, load, load_from, locate, write_atomic, ConfigSource, NoConfigHome,
};
pub use units::{format_duration, parse_duration, parse_time};
pub(crate) use units::{format_minutes, parse_duration_or_zero, parse_time_range, RangeError};
pub use walker::{parse, routine_to_json};

#[cfg(test)]
mod tests {
    use super::walker::{suggest, LineIndex};
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
    fn the_shoulder_check_is_on_without_the_key_and_every_is_10_to_60_minutes() {
        // A file written before the key existed gets it on, at 20 minutes, silent.
        let config = parse(br#"{"weekly_summary": true}"#, "c.json").expect("valid");
        assert_eq!(
            config.shoulder_check,
            ShoulderCheck {
                enabled: true,
                every: secs(20 * 60),
                voice: false
            }
        );
        let text = br#"{"shoulder_check": {"enabled": false, "every": "45m", "voice": true}}"#;
        let config = parse(text, "c.json").expect("valid");
        assert_eq!(
            config.shoulder_check,
            ShoulderCheck {
                enabled: false,
                every: secs(45 * 60),
                voice: true
            }
        );
        for every in ["10m", "60m", "1h"] {
            let text = format!(r#"{{"shoulder_check": {{"every": "{every}"}}}}"#);
            assert!(parse(text.as_bytes(), "c.json").is_ok(), "{every}");
        }
        assert_eq!(
            errors(r#"{"shoulder_check": {"every": "5m"}}"#),
            ["c.json:1:30: shoulder_check.every: expected a duration from 10m to 1h, found \"5m\""]
        );
        assert_eq!(
            errors(r#"{"shoulder_check": {"every": "61m"}}"#),
            ["c.json:1:30: shoulder_check.every: expected a duration from 10m to 1h, found \"61m\""]
        );
        let bad = errors(r#"{"shoulder_check": {"enable": false}}"#);
        assert!(
            bad.len() == 1
                && bad[0].contains("shoulder_check.enable")
                && bad[0].contains("\"enabled\""),
            "{bad:?}"
        );
        let bad = errors(r#"{"shoulder_check": true}"#);
        assert!(
            bad.len() == 1 && bad[0].contains("shoulder_check: expected an object"),
            "{bad:?}"
        );
    }

    /// `language`: auto (the default: the locale's) or a shipped
    /// language's code; anything else is an error with its position and
    /// the nearest name, never a silent English.
    #[test]
    fn language_is_auto_or_a_shipped_code() {
        assert_eq!(Config::default().language, None);
        assert_eq!(
            parse(EXAMPLE.as_bytes(), "x").expect("valid").language,
            None,
            "the example says auto"
        );
        for (name, lang) in LANGUAGES {
            let text = format!(r#"{{"language": "{name}"}}"#);
            let config = parse(text.as_bytes(), "c.json").expect("valid");
            assert_eq!(config.language, *lang, "{name}");
            assert_eq!(language_name(*lang), *name);
        }
        // Every shipped language can be named, and only those.
        for lang in Lang::ALL {
            assert!(LANGUAGES.contains(&(lang.code(), Some(lang))), "{lang:?}");
        }
        assert_eq!(LANGUAGES.len(), Lang::ALL.len() + 1);
        assert_eq!(
            errors(r#"{"language": "dee"}"#),
            ["c.json:1:14: language: expected one of \"auto\", \"en\", \"de\", \"es\", \"fr\", found \"dee\" (did you mean \"de\"?)"]
        );
        assert_eq!(
            errors(r#"{"version": 1, "language": "pt_BR"}"#),
            ["c.json:1:28: language: expected one of \"auto\", \"en\", \"de\", \"es\", \"fr\", found \"pt_BR\""]
        );
        assert_eq!(
            errors(r#"{"language": true}"#),
            ["c.json:1:14: language: expected one of \"auto\", \"en\", \"de\", \"es\", \"fr\", found true"]
        );
        let bad = errors(r#"{"langauge": "de"}"#);
        assert!(
            bad.len() == 1 && bad[0].contains("did you mean \"language\""),
            "{bad:?}"
        );
        // The config's choice wins over the locale; auto follows it.
        let de_locale = crate::i18n::Env {
            lang: Some("de_DE.UTF-8".into()),
            ..crate::i18n::Env::default()
        };
        let mut c = Config::default();
        assert_eq!(c.choose_language(&de_locale).lang, Lang::De);
        c.language = Some(Lang::Fr);
        assert_eq!(c.choose_language(&de_locale).lang, Lang::Fr);
    }

    /// `appearance.contrast`: auto (the default: the desktop's), normal or
    /// high; anything else is named with what was expected.
    #[test]
    fn appearance_contrast() {
        assert_eq!(Config::default().contrast, Contrast::Auto);
        for (name, contrast) in Contrast::NAMES {
            let text = format!(r#"{{"appearance": {{"contrast": "{name}"}}}}"#);
            let config = parse(text.as_bytes(), "c.json").expect("valid");
            assert_eq!(config.contrast, *contrast);
            assert_eq!(contrast.name(), *name);
        }
        assert_eq!(
            errors(r#"{"appearance": {"contrast": "hgh"}}"#),
            ["c.json:1:29: appearance.contrast: expected one of \"auto\", \"normal\", \"high\", found \"hgh\" (did you mean \"high\"?)"]
        );
        let bad = errors(r#"{"appearance": {"contast": "high"}}"#);
        assert!(
            bad.len() == 1 && bad[0].contains("appearance.contast"),
            "{bad:?}"
        );
    }

    /// `appearance.motion`: auto (the desktop's), full or reduced.
    #[test]
    fn appearance_motion() {
        assert_eq!(Config::default().reduced_motion, None);
        for (name, want) in MOTIONS {
            let text = format!(r#"{{"appearance": {{"motion": "{name}"}}}}"#);
            let config = parse(text.as_bytes(), "c.json").expect("valid");
            assert_eq!(config.reduced_motion, *want, "{name}");
        }
        let bad = errors(r#"{"appearance": {"motion": "none"}}"#);
        assert!(
            bad.len() == 1
                && bad[0]
                    .contains("appearance.motion: expected one of \"auto\", \"full\", \"reduced\""),
            "{bad:?}"
        );
    }

    /// `appearance.text_scale`: auto (the default: the desktop's) or 0.8 to 2.
    #[test]
    fn appearance_text_scale() {
        assert_eq!(Config::default().text_scale, None);
        for (value, want) in [
            ("\"auto\"", None),
            ("0.8", Some(0.8)),
            ("1.5", Some(1.5)),
            ("2", Some(2.0)),
        ] {
            let text = format!(r#"{{"appearance": {{"text_scale": {value}}}}}"#);
            let config = parse(text.as_bytes(), "c.json").expect("valid");
            assert_eq!(config.text_scale, want, "{value}");
        }
        for wrong in ["0.5", "2.5", "\"big\"", "true"] {
            let bad = errors(&format!(r#"{{"appearance": {{"text_scale": {wrong}}}}}"#));
            assert!(
                bad.len() == 1
                    && bad[0].contains(
                        "appearance.text_scale: expected \"auto\" or a scale from 0.8 to 2"
                    ),
                "{wrong}: {bad:?}"
            );
        }
    }

    #[test]
    fn check_ins_progression_and_the_weekly_summary() {
        let config = parse(EXAMPLE.as_bytes(), "example").expect("the example parses");
        assert_eq!(config, Config::default(), "the example is the default");
        let daily = r#"{"breaks": [{"name": "D", "routine": "upper-trap", "at": "15:00", "daily": true},
            {"name": "R", "routine": "desk-reset", "every": "50m"}]}"#;
        let config = parse(daily.as_bytes(), "c.json").expect("valid");
        let checkins: Vec<CheckIn> = config.breaks.iter().map(|b| b.checkin).collect();
        assert_eq!(checkins, [CheckIn::BeforeAfter, CheckIn::Off]);
        let after = r#"{"breaks": [{"name": "R", "routine": "desk-reset", "every": "50m", "checkin": "after"}]}"#;
        let config = parse(after.as_bytes(), "c.json").expect("valid");
        assert_eq!(config.breaks[0].checkin, CheckIn::After);
        for (text, progression) in [
            (
                r#"{"upper_trap": {"progression": "off"}}"#,
                routine::Progression::Off,
            ),
            (
                r#"{"upper_trap": {"progression": "auto"}}"#,
                routine::Progression::Auto,
            ),
            (
                r#"{"upper_trap": {"progression": 3}}"#,
                routine::Progression::Held(routine::Level::TOP),
            ),
        ] {
            let config = parse(text.as_bytes(), "c.json").expect("valid");
            assert_eq!(config.progression, progression, "{text}");
        }
        let config = parse(br#"{"weekly_summary": false}"#, "c.json").expect("valid");
        assert!(!config.weekly_summary);
        // Mistakes name the place and what would do.
        let bad = errors(
            r#"{"breaks": [{"name": "R", "routine": "desk-reset", "every": "50m", "checkin": "always"}]}"#,
        );
        assert!(
            bad.iter().any(|e| e.contains("breaks[0].checkin")
                && e.contains("\"before-after\"")
                && e.contains("\"always\"")),
            "{bad:?}"
        );
        for wrong in ["4", "0", "\"fast\"", "true", "2.5"] {
            let bad = errors(&format!(r#"{{"upper_trap": {{"progression": {wrong}}}}}"#));
            assert!(
                bad.iter().any(|e| e.contains("upper_trap.progression")
                    && e.contains("\"auto\", \"off\", or a level to hold: 1, 2 or 3")),
                "{wrong}: {bad:?}"
            );
        }
        let bad = errors(r#"{"weekly_summary": "yes"}"#);
        assert!(bad.iter().any(|e| e.contains("weekly_summary")), "{bad:?}");
    }

    #[test]
    fn the_sync_folder_is_absolute_or_under_home() {
        for (text, want) in [
            (r#"{"sync": {"folder": "~/Sync/unknot"}}"#, "~/Sync/unknot"),
            (r#"{"sync": {"folder": "/srv/sync"}}"#, "/srv/sync"),
        ] {
            let config = parse(text.as_bytes(), "c.json").expect("valid");
            assert_eq!(
                config.sync_folder.as_deref(),
                Some(std::path::Path::new(want))
            );
        }
        assert_eq!(Config::default().sync_folder, None);
        for wrong in ["\"Sync\"", "\"~/\"", "\"/\"", "\"\"", "3", "\"~user/x\""] {
            let bad = errors(&format!(r#"{{"sync": {{"folder": {wrong}}}}}"#));
            assert!(
                bad.iter().any(|e| e.contains("sync.folder")
                    && e.contains("an absolute path or one under your home")),
                "{wrong}: {bad:?}"
            );
        }
        let bad = errors(r#"{"sync": {"path": "/x"}}"#);
        assert!(bad.iter().any(|e| e.contains("sync.path")), "{bad:?}");
    }

    #[test]
    fn the_window_monitor_is_the_pointers_or_one_named() {
        assert_eq!(Config::default().window_monitor, None);
        let monitor = |text: &str| {
            parse(text.as_bytes(), "c.json")
                .expect("valid")
                .window_monitor
        };
        assert_eq!(monitor(r#"{"window": {"monitor": "pointer"}}"#), None);
        assert_eq!(
            monitor(r#"{"window": {"monitor": "HDMI-1"}}"#).as_deref(),
            Some("HDMI-1")
        );
        let long = "x".repeat(61);
        for wrong in ["\"\"", "3", "\"a\\nb\"", &format!("\"{long}\"")] {
            let bad = errors(&format!(r#"{{"window": {{"monitor": {wrong}}}}}"#));
            assert!(
                bad.iter().any(|e| e.contains("window.monitor")),
                "{wrong}: {bad:?}"
            );
        }
        let bad = errors(r#"{"window": {"screen": 1}}"#);
        assert!(bad.iter().any(|e| e.contains("window.screen")), "{bad:?}");
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
    fn embedded_example_is_the_default() {
        // `EXAMPLE` is config.example.json itself (`include_str!`).
        assert_eq!(parse(EXAMPLE.as_bytes(), "x"), Ok(Config::default()));
        assert_eq!(
            summary(&Config::default()),
            "5 working days, 2 breaks (Desk reset every 50m; Daily routine at 15:00, daily), \
             0 user routines"
        );
        let german = crate::i18n::scoped(crate::i18n::Lang::De, || summary(&Config::default()));
        assert!(
            german.contains("(Kurzpause alle 50m; Tagesroutine um 15:00, täglich)"),
            "{german}"
        );
    }

    /// The default breaks' names read in the language, and only while the
    /// user keeps them; the English is exactly what the config stores.
    #[test]
    fn a_default_break_name_is_shown_in_the_language_and_a_renamed_one_as_written() {
        use crate::i18n::{scoped, Lang};
        let defaults: Vec<String> = Config::default()
            .breaks
            .into_iter()
            .map(|b| b.name)
            .collect();
        assert_eq!(defaults, [DESK_RESET_NAME, DAILY_ROUTINE_NAME]);
        let cases = [
            (Lang::En, "Desk reset", "Daily routine"),
            (Lang::De, "Kurzpause", "Tagesroutine"),
            (Lang::Es, "Pausa activa", "Rutina diaria"),
            (Lang::Fr, "Pause au bureau", "Routine quotidienne"),
        ];
        for (lang, desk, daily) in cases {
            scoped(lang, || {
                assert_eq!(shown_break_name(DESK_RESET_NAME), desk, "{lang:?}");
                assert_eq!(shown_break_name(DAILY_ROUTINE_NAME), daily, "{lang:?}");
                // Renamed, even to another case or with a space: as written.
                for own in ["Eyes", "desk reset", "Desk reset ", "Kurzpause", ""] {
                    assert_eq!(shown_break_name(own), own, "{lang:?}");
                }
            });
        }
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
            "c.json:1:12: sound[\"a b\\n\"]: unknown key \"a b\\n\"; expected one of \"enabled\", \"volume\", \"voice\", \"pause_media\""
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
                 a folded towel, a wall, floor space"
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
            // Without the spoken script: a user routine's lines have no clips.
            let mut renamed = Routine {
                id: format!("my-{}", builtin.id),
                spoken_safety: String::new(),
                ..builtin.clone()
            };
            for e in &mut renamed.exercises {
                e.guide = None;
            }
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
