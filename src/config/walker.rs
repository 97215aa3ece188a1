//! Strict JSON with positions: serde_json checks the syntax, then the
//! jsonc-parser AST is walked by hand so that every problem is collected with
//! its line, column and key path. Also the inverse for routines (the schema).

use std::time::Duration;

use crate::t;

use jsonc_parser::ast::{Object, ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{
    builtin_ids, fmt, format_duration, format_minutes, parse_duration_or_zero, parse_time,
    parse_time_range, routine, BreakRule, BreakWhen, Breath, CheckIn, Config, ConfigError,
    ConfigErrors, Contrast, DoNotDisturb, Exercise, NaiveTime, Need, Phase, RangeError, Reminders,
    Routine, ShoulderCheck, Sides, Snooze, Sound, TimeRange, APPEARANCE_KEYS, BREAKS_MAX,
    BREAK_KEYS, BREATH_KEYS, BREATH_MAX, BREATH_MIN, CHECK_EVERY_MAX, CHECK_EVERY_MIN, DAYS,
    DND_KEYS, EQUIPMENT, EVERY_MAX, EVERY_MIN, EXERCISES_MAX, EXERCISE_KEYS, ID_MAX,
    INSTRUCTIONS_MAX, INSTRUCTION_MAX, KNOT_SIDES, MAX_BYTES, MOTIONS, NAME_MAX, NATURAL_MAX,
    NATURAL_MIN, PHASES_MAX, PHASE_KEYS, PHASE_KINDS, PHASE_MAX, PHASE_MIN, POSITIONS,
    POSTPONE_MAX, POSTPONE_MIN, PURPOSES, RANGES_PER_DAY_MAX, REMINDER_KEYS, REPEAT_COUNT_MAX,
    REPEAT_MAX, REPEAT_MIN, REST_MAX, REST_MIN, ROUTINES_MAX, ROUTINE_KEYS, ROUTINE_MAX,
    SAFETY_MAX, SETS_REPS_MAX, SHOULDER_CHECK_KEYS, SIDES, SNOOZE_COUNT_MAX, SNOOZE_KEYS,
    SNOOZE_MAX, SNOOZE_MIN, SOUND_KEYS, SYNC_KEYS, TEXT_SCALE_MAX, TEXT_SCALE_MIN, TITLE_MAX,
    TOP_KEYS, UPPER_TRAP_KEYS, VERSION, WINDOW_KEYS,
};

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
        return Err(fail((1, 1), t!("config-too-large", bytes = MAX_BYTES)));
    }
    let lines = LineIndex::new(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Err(fail(lines.position(e.valid_up_to()), t!("config-not-utf8"))),
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
            t!("config-invalid-json", error = message),
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
                t!("config-invalid-json", error = e.kind().to_string()),
            ))
        }
    };
    let Some(root) = ast.value else {
        return Err(fail((1, 1), t!("config-no-value")));
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
pub(crate) struct Syntax;

impl<'de> Deserialize<'de> for Syntax {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SyntaxVisitor)
    }
}

pub(crate) struct SyntaxVisitor;

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
pub(crate) struct LineIndex<'t> {
    bytes: &'t [u8],
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(bytes: &'t [u8]) -> Self {
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
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
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

pub(crate) fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The keys an object turned out to hold, after unknown and duplicate keys
/// have been reported.
pub(crate) struct Fields<'v, 'a> {
    entries: Vec<(&'static str, &'v Value<'a>)>,
}

impl<'v, 'a> Fields<'v, 'a> {
    fn get(&self, key: &str) -> Option<&'v Value<'a>> {
        self.entries.iter().find(|e| e.0 == key).map(|e| e.1)
    }
}

/// Walks the AST, building the `Config` and collecting every error.
pub(crate) struct Walker<'l> {
    lines: &'l LineIndex<'l>,
    bom: usize,
    errors: Vec<ConfigError>,
}

/// `breaks[0]` + `name` → `breaks[0].name`; odd keys are quoted.
pub(crate) fn join_key(parent: &str, key: &str) -> String {
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
pub(crate) fn quote(s: &str) -> String {
    let mut clipped: String = s.chars().take(40).collect();
    if clipped.len() < s.len() {
        clipped.push('…');
    }
    serde_json::to_string(&clipped).unwrap_or_else(|_| "\"…\"".to_owned())
}

/// How a value is described after "found".
pub(crate) fn found(v: &Value) -> String {
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
        Value::Array(a) if a.elements.is_empty() => t!("config-found-empty-array"),
        Value::Array(_) => t!("config-found-array"),
        Value::Object(_) => t!("config-found-object"),
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo.
pub(crate) fn suggest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
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

pub(crate) fn quoted_list(items: &[&str]) -> String {
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
            t!("config-expected", what = what, found = found(v)),
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
                    t!("config-duplicate-key", key = quote(name)),
                ),
                Some(k) => entries.push((k, &prop.value)),
                None => {
                    let message = match suggest(name, known) {
                        Some(s) => {
                            t!(
                                "config-unknown-key-suggest",
                                key = quote(name),
                                suggestion = s
                            )
                        }
                        None => t!(
                            "config-unknown-key",
                            key = quote(name),
                            known = quoted_list(known)
                        ),
                    };
                    self.error(start, &key_path, message);
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
                t!("config-missing-key", key = key, what = what),
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
            let message = if min == 0 {
                t!("config-expected-at-most", max = max, noun = noun, n = n)
            } else {
                t!(
                    "config-expected-between",
                    min = min,
                    max = max,
                    noun = noun,
                    n = n
                )
            };
            self.error(v.start(), path, message);
            return None;
        }
        Some(&a.elements)
    }

    fn boolean(&mut self, v: &Value, path: &str) -> Option<bool> {
        match v {
            Value::BooleanLit(b) => Some(b.value),
            _ => {
                self.expected(v, path, &t!("config-what-boolean"));
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
                let what = t!("config-what-whole-number", min = min, max = max);
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
                let what = t!(
                    "config-what-duration-range",
                    min = format_duration(min),
                    max = format_duration(max)
                );
                self.expected(v, path, &what);
            }
            None => self.expected(v, path, &t!("config-what-duration-like", example = example)),
        }
        None
    }

    fn time(&mut self, v: &Value, path: &str) -> Option<NaiveTime> {
        let parsed = match v {
            Value::StringLit(s) => parse_time(&s.value),
            _ => None,
        };
        if parsed.is_none() {
            self.expected(v, path, &t!("config-what-time"));
        }
        parsed
    }

    /// One line of non-empty text of at most `max` characters.
    fn text(&mut self, v: &Value, path: &str, max: usize) -> Option<String> {
        let Value::StringLit(s) = v else {
            self.expected(v, path, &t!("config-what-text"));
            return None;
        };
        let chars = s.value.chars().count();
        if s.value.trim().is_empty() {
            self.expected(v, path, &t!("config-what-non-empty-text"));
        } else if chars > max {
            self.error(
                v.start(),
                path,
                t!("config-text-too-long", max = max, chars = chars),
            );
        } else if s.value.chars().any(char::is_control) {
            self.expected(v, path, &t!("config-what-one-line"));
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
        let what = t!("config-what-id", max = ID_MAX);
        self.expected(v, path, &what);
        None
    }

    fn choice<T: Copy>(&mut self, v: &Value, path: &str, options: &[(&str, T)]) -> Option<T> {
        let names: Vec<&str> = options.iter().map(|o| o.0).collect();
        let mut close = None;
        if let Value::StringLit(s) = v {
            if let Some((_, t)) = options.iter().find(|o| o.0 == s.value) {
                return Some(*t);
            }
            close = suggest(&s.value, &names);
        }
        let (names, found) = (quoted_list(&names), found(v));
        let message = match close {
            Some(close) => t!(
                "config-expected-one-of-suggest",
                names = names,
                found = found,
                suggestion = close
            ),
            None => t!("config-expected-one-of", names = names, found = found),
        };
        self.error(v.start(), path, message);
        None
    }

    fn config(&mut self, root: &Value) -> Config {
        let mut config = Config::default();
        let Value::Object(obj) = root else {
            let what = t!("config-what-root", example = r#"{"breaks": [...]}"#);
            self.expected(root, "", &what);
            return config;
        };
        let f = self.fields(obj, "", TOP_KEYS);
        if let Some(v) = f.get("version") {
            if !matches!(v, Value::NumberLit(n) if n.value == "1") {
                let what = t!("config-what-version", version = VERSION);
                self.expected(v, "version", &what);
            }
        }
        if let Some(v) = f.get("language") {
            config.language = self.choice(v, "language", super::LANGUAGES).flatten();
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
        if let Some(v) = f.get("sync") {
            config.sync_folder = self.sync(v);
        }
        if let Some(v) = f.get("window") {
            config.window_monitor = self.window(v);
        }
        if let Some(v) = f.get("weekly_summary") {
            if let Some(b) = self.boolean(v, "weekly_summary") {
                config.weekly_summary = b;
            }
        }
        if let Some(v) = f.get("upper_trap") {
            (config.upper_trap, config.progression) = self.upper_trap(v);
        }
        if let Some(v) = f.get("breaks") {
            config.breaks = self.breaks(v, &routine_ids, &config.routines, config.upper_trap);
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
        if let Some(v) = f.get("shoulder_check") {
            config.shoulder_check = self.shoulder_check(v);
        }
        if let Some(v) = f.get("appearance") {
            (config.contrast, config.text_scale, config.reduced_motion) = self.appearance(v);
        }
        config
    }

    fn appearance(&mut self, v: &Value) -> (Contrast, Option<f32>, Option<bool>) {
        let what = &t!(
            "config-what-object-like",
            example = r#"{"contrast": "auto", "text_scale": "auto"}"#
        );
        let Some(obj) = self.object(v, "appearance", what) else {
            return (Contrast::Auto, None, None);
        };
        let f = self.fields(obj, "appearance", APPEARANCE_KEYS);
        let contrast = f
            .get("contrast")
            .and_then(|v| self.choice(v, "appearance.contrast", Contrast::NAMES))
            .unwrap_or_default();
        let text_scale = match f.get("text_scale") {
            None => None,
            Some(Value::StringLit(s)) if s.value == "auto" => None,
            Some(v) => {
                let n = match v {
                    Value::NumberLit(n) => n.value.parse::<f32>().ok(),
                    _ => None,
                };
                match n {
                    Some(n) if (TEXT_SCALE_MIN..=TEXT_SCALE_MAX).contains(&n) => Some(n),
                    _ => {
                        let what = t!(
                            "config-what-text-scale",
                            min = TEXT_SCALE_MIN.to_string(),
                            max = TEXT_SCALE_MAX.to_string()
                        );
                        self.expected(v, "appearance.text_scale", &what);
                        None
                    }
                }
            }
        };
        let motion = f
            .get("motion")
            .and_then(|v| self.choice(v, "appearance.motion", MOTIONS))
            .flatten();
        (contrast, text_scale, motion)
    }

    fn shoulder_check(&mut self, v: &Value) -> ShoulderCheck {
        let mut out = ShoulderCheck::default();
        let what = &t!(
            "config-what-object-like",
            example = r#"{"enabled": true, "every": "20m", "voice": false}"#
        );
        let Some(obj) = self.object(v, "shoulder_check", what) else {
            return out;
        };
        let f = self.fields(obj, "shoulder_check", SHOULDER_CHECK_KEYS);
        if let Some(v) = f.get("enabled") {
            if let Some(b) = self.boolean(v, "shoulder_check.enabled") {
                out.enabled = b;
            }
        }
        if let Some(v) = f.get("every") {
            let range = (CHECK_EVERY_MIN, CHECK_EVERY_MAX);
            if let Some(d) = self.duration(v, "shoulder_check.every", range, "20m") {
                out.every = d;
            }
        }
        if let Some(v) = f.get("voice") {
            if let Some(b) = self.boolean(v, "shoulder_check.voice") {
                out.voice = b;
            }
        }
        out
    }

    fn working_hours(&mut self, v: &Value) -> Option<[Vec<TimeRange>; 7]> {
        let path = "working_hours";
        let what = &t!(
            "config-what-weekdays",
            example = r#"{"mon": ["09:00-18:00"]}"#
        );
        let obj = self.object(v, path, what)?;
        let f = self.fields(obj, path, &DAYS);
        let mut week: [Vec<TimeRange>; 7] = Default::default();
        for (day, hours) in DAYS.iter().zip(week.iter_mut()) {
            let Some(v) = f.get(day) else { continue };
            let path = format!("working_hours.{day}");
            let what = &t!(
                "config-what-time-ranges",
                example = r#"["09:00-12:30", "13:30-18:00"]"#
            );
            let noun = t!("config-noun-time-ranges");
            let limits = (0, RANGES_PER_DAY_MAX, noun.as_str());
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
                        let what = t!("config-what-time-range", example = r#""09:00-12:30""#);
                        self.expected(item, &path, &what)
                    }
                    Err(RangeError::Reversed) => {
                        self.expected(item, &path, &t!("config-what-time-range-order"))
                    }
                }
            }
            ranges.sort_by_key(|r| r.0);
            for pair in ranges.windows(2) {
                let (earlier, later) = (&pair[0], &pair[1]);
                if later.0.start_min < earlier.0.end_min {
                    let range = format!(
                        "{}-{}",
                        format_minutes(earlier.0.start_min),
                        format_minutes(earlier.0.end_min)
                    );
                    let message = t!("config-overlap", found = found(later.2), range = range);
                    self.error(later.2.start(), &later.1, message);
                }
            }
            *hours = ranges.into_iter().map(|r| r.0).collect();
        }
        Some(week)
    }

    fn breaks(
        &mut self,
        v: &Value,
        routine_ids: &[String],
        user: &[Routine],
        options: routine::Options,
    ) -> Vec<BreakRule> {
        let what = &t!("config-what-breaks");
        let noun = t!("config-noun-breaks");
        let Some(items) = self.array(v, "breaks", what, (0, BREAKS_MAX, &noun)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // (value, path) of what earlier breaks used, to name the clash.
        let mut names: Vec<(String, String)> = Vec::new();
        let mut times: Vec<(NaiveTime, String)> = Vec::new();
        let mut daily_at: Option<String> = None;
        for (i, item) in items.iter().enumerate() {
            let path = format!("breaks[{i}]");
            let what = &t!(
                "config-what-break",
                example = r#"{"name": "Desk reset", "routine": "desk-reset", "every": "50m"}"#
            );
            let Some(obj) = self.object(item, &path, what) else {
                continue;
            };
            let f = self.fields(obj, &path, BREAK_KEYS);

            let name_what = &t!("config-key-break-name");
            let name = self
                .require(&f, obj, &path, "name", name_what)
                .and_then(|v| {
                    let name_path = format!("{path}.name");
                    let name = self.text(v, &name_path, NAME_MAX)?;
                    if let Some((_, other)) = names.iter().find(|(n, _)| *n == name) {
                        let message =
                            t!("config-break-name-taken", found = found(v), other = other);
                        self.error(v.start(), &name_path, message);
                        return None;
                    }
                    names.push((name.clone(), path.clone()));
                    Some(name)
                });

            let routine_what = &t!("config-key-break-routine");
            let routine = self
                .require(&f, obj, &path, "routine", routine_what)
                .and_then(|v| self.routine_ref(v, &format!("{path}.routine"), routine_ids));

            let when = match (f.get("every"), f.get("at")) {
                (Some(_), Some(_)) => {
                    self.error(obj.range.start, &path, t!("config-every-or-at-both"));
                    None
                }
                (None, None) => {
                    self.error(obj.range.start, &path, t!("config-every-or-at-neither"));
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
                            let message =
                                t!("config-break-time-taken", found = found(v), other = other);
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
                            let message = t!("config-second-daily", other = other);
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
                        .and_then(|id| routine::find(user, options, id))
                        .map(|r| routine::describe::needs(&r))
                        .unwrap_or_default();
                    let fetched: Vec<String> = needs
                        .iter()
                        .filter(|n| **n != Need::Chair)
                        .map(|n| n.text())
                        .collect();
                    if screen == Some(false) && !fetched.is_empty() {
                        let message = t!(
                            "config-start-screen-needed",
                            routine = routine.as_deref().unwrap_or_default(),
                            needs = fetched.join(", ")
                        );
                        self.error(v.start(), &screen_path, message);
                        None
                    } else {
                        screen
                    }
                }
            };

            let checkin = match f.get("checkin") {
                None => daily.map(CheckIn::default_for),
                Some(v) => self.choice(v, &format!("{path}.checkin"), CheckIn::NAMES),
            };

            if let (
                Some(name),
                Some(routine),
                Some(when),
                Some(daily),
                Some(start_screen),
                Some(checkin),
            ) = (name, routine, when, daily, start_screen, checkin)
            {
                out.push(BreakRule {
                    name,
                    routine,
                    when,
                    daily,
                    start_screen,
                    checkin,
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
            let message = match suggest(&s.value, &ids) {
                Some(close) => t!(
                    "config-unknown-routine-suggest",
                    found = found(v),
                    suggestion = close
                ),
                None => t!(
                    "config-unknown-routine",
                    found = found(v),
                    known = quoted_list(&ids)
                ),
            };
            self.error(v.start(), path, message);
            return None;
        }
        self.expected(v, path, &t!("config-what-routine-id"));
        None
    }

    fn snooze(&mut self, v: &Value) -> Snooze {
        let mut out = Snooze::default();
        let what = &t!(
            "config-what-object-like",
            example = r#"{"length": "10m", "max_per_break": 3}"#
        );
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
        let what = &t!(
            "config-what-object-like",
            example = r#"{"repeat_after": "5m", "max_repeats": 2}"#
        );
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
        let what = &t!(
            "config-what-object-like",
            example = r#"{"enabled": true, "max_postpone": "30m"}"#
        );
        let Some(obj) = self.object(v, "do_not_disturb", what) else {
            return out;
        };
        let f = self.fields(obj, "do_not_disturb", DND_KEYS);
        let flags: [(&str, &mut bool); 7] = [
            ("enabled", &mut out.enabled),
            ("fullscreen", &mut out.fullscreen),
            ("microphone", &mut out.microphone),
            ("notifications_paused", &mut out.notifications_paused),
            ("camera", &mut out.camera),
            ("screen_share", &mut out.screen_share),
            ("inhibitors", &mut out.inhibitors),
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
        let what = &t!(
            "config-what-object-like",
            example = r#"{"enabled": true, "volume": 70, "voice": true}"#
        );
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
        if let Some(v) = f.get("pause_media") {
            if let Some(b) = self.boolean(v, "sound.pause_media") {
                out.pause_media = b;
            }
        }
        out
    }

    fn sync(&mut self, v: &Value) -> Option<std::path::PathBuf> {
        let what = &t!(
            "config-what-object-like",
            example = r#"{"folder": "~/Sync/unknot"}"#
        );
        let obj = self.object(v, "sync", what)?;
        let f = self.fields(obj, "sync", SYNC_KEYS);
        let v = f.get("folder")?;
        let path = "sync.folder";
        let ok = match v {
            Value::StringLit(s)
                if (s.value.starts_with('/') || s.value.starts_with("~/"))
                    && !s
                        .value
                        .trim_start_matches("~/")
                        .trim_matches('/')
                        .is_empty()
                    && !s.value.contains('\n') =>
            {
                Some(std::path::PathBuf::from(s.value.as_ref()))
            }
            _ => None,
        };
        if ok.is_none() {
            self.expected(v, path, &t!("config-what-folder"));
        }
        ok
    }

    /// `window`: `None` for the pointer's monitor (also when the value is wrong).
    fn window(&mut self, v: &Value) -> Option<String> {
        let what = &t!(
            "config-what-object-like",
            example = r#"{"monitor": "pointer"}"#
        );
        let obj = self.object(v, "window", what)?;
        let f = self.fields(obj, "window", WINDOW_KEYS);
        let v = f.get("monitor")?;
        match v {
            Value::StringLit(s) if s.value == "pointer" => None,
            Value::StringLit(s)
                if !s.value.trim().is_empty()
                    && s.value.chars().count() <= NAME_MAX
                    && !s.value.chars().any(char::is_control) =>
            {
                Some(s.value.to_string())
            }
            _ => {
                self.expected(v, "window.monitor", &t!("config-what-monitor"));
                None
            }
        }
    }

    fn upper_trap(&mut self, v: &Value) -> (routine::Options, routine::Progression) {
        let mut out = routine::Options::default();
        let mut progression = routine::Progression::Auto;
        let what = &t!(
            "config-what-object-like",
            example = r#"{"knot_side": "both", "lie_face_down": true}"#
        );
        let Some(obj) = self.object(v, "upper_trap", what) else {
            return (out, progression);
        };
        let f = self.fields(obj, "upper_trap", UPPER_TRAP_KEYS);
        if let Some(v) = f.get("knot_side") {
            if let Some(side) = self.choice(v, "upper_trap.knot_side", KNOT_SIDES) {
                out.knot_side = side;
            }
        }
        if let Some(v) = f.get("lie_face_down") {
            if let Some(b) = self.boolean(v, "upper_trap.lie_face_down") {
                out.lie_face_down = b;
            }
        }
        if let Some(v) = f.get("progression") {
            let path = "upper_trap.progression";
            let level = match v {
                Value::NumberLit(n) => n.value.parse::<u8>().ok().and_then(routine::Level::new),
                _ => None,
            };
            match (v, level) {
                (Value::StringLit(s), _) if s.value == "auto" => {}
                (Value::StringLit(s), _) if s.value == "off" => {
                    progression = routine::Progression::Off;
                }
                (_, Some(level)) => progression = routine::Progression::Held(level),
                _ => self.expected(v, path, &t!("config-what-progression")),
            }
        }
        (out, progression)
    }

    /// User routines. Every id that is at least well-formed goes into
    /// `routine_ids`, even from a routine with other mistakes, so a break naming
    /// it is not reported as a second, misleading error.
    fn routines(&mut self, v: &Value, routine_ids: &mut Vec<String>) -> Vec<Routine> {
        let what = &t!("config-what-routines");
        let noun = t!("config-noun-routines");
        let Some(items) = self.array(v, "routines", what, (0, ROUTINES_MAX, &noun)) else {
            return Vec::new();
        };
        let builtins = builtin_ids();
        let mut seen: Vec<(String, String)> = Vec::new();
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("routines[{i}]");
            let what = &t!("config-what-routine");
            let Some(obj) = self.object(item, &path, what) else {
                continue;
            };
            let f = self.fields(obj, &path, ROUTINE_KEYS);
            let id = self
                .require(&f, obj, &path, "id", &t!("config-key-routine-id"))
                .and_then(|v| {
                    let id_path = format!("{path}.id");
                    let id = self.id(v, &id_path)?;
                    if builtins.contains(&id) {
                        let message = t!("config-id-builtin", found = found(v));
                        self.error(v.start(), &id_path, message);
                        return None;
                    }
                    if let Some((_, other)) = seen.iter().find(|(s, _)| *s == id) {
                        let message =
                            t!("config-routine-id-taken", found = found(v), other = other);
                        self.error(v.start(), &id_path, message);
                        return None;
                    }
                    seen.push((id.clone(), path.clone()));
                    routine_ids.push(id.clone());
                    Some(id)
                });
            let title = self
                .require(&f, obj, &path, "title", &t!("config-key-routine-title"))
                .and_then(|v| self.text(v, &format!("{path}.title"), TITLE_MAX));
            let safety_what = &t!("config-key-safety");
            let safety = self
                .require(&f, obj, &path, "safety", safety_what)
                .and_then(|v| self.text(v, &format!("{path}.safety"), SAFETY_MAX));
            let exercises = self
                .require(&f, obj, &path, "exercises", &t!("config-what-exercises"))
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
                spoken_safety: String::new(),
                exercises,
            };
            let length = routine_length(&routine);
            if length > ROUTINE_MAX {
                let message = t!(
                    "config-routine-too-long",
                    max = format_duration(ROUTINE_MAX),
                    length = format_duration(length)
                );
                self.error(obj.range.start, &path, message);
                continue;
            }
            out.push(routine);
        }
        out
    }

    fn exercises(&mut self, v: &Value, path: &str) -> Option<Vec<Exercise>> {
        let noun = t!("config-noun-exercises");
        let limits = (1, EXERCISES_MAX, noun.as_str());
        let items = self.array(v, path, &t!("config-what-exercises"), limits)?;
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
        let obj = self.object(v, path, &t!("config-what-exercise"))?;
        let f = self.fields(obj, path, EXERCISE_KEYS);
        let sub = |key: &str| format!("{path}.{key}");

        let id = self
            .require(&f, obj, path, "id", &t!("config-key-exercise-id"))
            .and_then(|v| {
                let id = self.id(v, &sub("id"))?;
                if let Some((_, other)) = ids.iter().find(|(s, _)| *s == id) {
                    let message = t!("config-exercise-id-taken", found = found(v), other = other);
                    self.error(v.start(), &sub("id"), message);
                    return None;
                }
                ids.push((id.clone(), path.to_owned()));
                Some(id)
            });
        let title = self
            .require(&f, obj, path, "title", &t!("config-key-exercise-title"))
            .and_then(|v| self.text(v, &sub("title"), TITLE_MAX));
        let purpose = self
            .require(&f, obj, path, "purpose", &t!("config-key-purpose"))
            .and_then(|v| self.choice(v, &sub("purpose"), PURPOSES));
        let position = self
            .require(&f, obj, path, "position", &t!("config-key-position"))
            .and_then(|v| self.choice(v, &sub("position"), POSITIONS));
        let equipment = self
            .require(&f, obj, path, "equipment", &t!("config-key-equipment"))
            .and_then(|v| self.choice(v, &sub("equipment"), EQUIPMENT));
        let instructions = self
            .require(
                &f,
                obj,
                path,
                "instructions",
                &t!("config-key-instructions"),
            )
            .and_then(|v| self.instructions(v, &sub("instructions")));
        let sides = self
            .require(&f, obj, path, "sides", &t!("config-key-sides"))
            .and_then(|v| self.choice(v, &sub("sides"), SIDES));
        let sets = self
            .require(&f, obj, path, "sets", &t!("config-key-sets"))
            .and_then(|v| self.whole(v, &sub("sets"), 1, SETS_REPS_MAX));
        let reps = self
            .require(&f, obj, path, "reps", &t!("config-key-reps"))
            .and_then(|v| self.whole(v, &sub("reps"), 1, SETS_REPS_MAX));
        let phases = self
            .require(&f, obj, path, "phases", &t!("config-key-phases"))
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
            guide: None,
        })
    }

    fn instructions(&mut self, v: &Value, path: &str) -> Option<Vec<String>> {
        let what = &t!(
            "config-what-instructions",
            example = r#"["Tilt your ear toward your shoulder."]"#
        );
        let noun = t!("config-noun-instruction-lines");
        let limits = (1, INSTRUCTIONS_MAX, noun.as_str());
        let items = self.array(v, path, what, limits)?;
        let lines: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.text(item, &format!("{path}[{i}]"), INSTRUCTION_MAX))
            .collect();
        lines.into_iter().collect()
    }

    fn phases(&mut self, v: &Value, path: &str) -> Option<Vec<Phase>> {
        let what = &t!(
            "config-what-phases",
            example = r#"[{"phase": "hold", "for": "30s"}]"#
        );
        let noun = t!("config-noun-phases");
        let items = self.array(v, path, what, (1, PHASES_MAX, &noun))?;
        let phases: Vec<Option<Phase>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let path = format!("{path}[{i}]");
                let what = &t!(
                    "config-what-phase",
                    example = r#"{"phase": "hold", "for": "30s"}"#
                );
                let obj = self.object(item, &path, what)?;
                let f = self.fields(obj, &path, PHASE_KEYS);
                let kind = self
                    .require(&f, obj, &path, "phase", &t!("config-key-phase"))
                    .and_then(|v| self.choice(v, &format!("{path}.phase"), PHASE_KINDS));
                let duration = self
                    .require(&f, obj, &path, "for", &t!("config-key-phase-for"))
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
        let what = &t!(
            "config-what-object-like",
            example = r#"{"inhale": "4s", "exhale": "6s"}"#
        );
        let obj = self.object(v, path, what)?;
        let f = self.fields(obj, path, BREATH_KEYS);
        let range = (BREATH_MIN, BREATH_MAX);
        let inhale = self
            .require(&f, obj, path, "inhale", &t!("config-key-inhale"))
            .and_then(|v| self.duration(v, &format!("{path}.inhale"), range, "4s"));
        let exhale_value = self.require(&f, obj, path, "exhale", &t!("config-key-exhale"));
        let exhale =
            exhale_value.and_then(|v| self.duration(v, &format!("{path}.exhale"), range, "6s"));
        let (inhale, exhale) = (inhale?, exhale?);
        if exhale <= inhale {
            let v = exhale_value?;
            let what = t!("config-what-exhale", inhale = format_duration(inhale));
            self.expected(v, &format!("{path}.exhale"), &what);
            return None;
        }
        Some(Breath { inhale, exhale })
    }
}

/// How long a routine's exercises take as written: each rep's phases, the
/// rests between sets, both sides when `sides` is both, and the side switch.
pub(crate) fn routine_length(routine: &Routine) -> Duration {
    let secs = routine
        .exercises
        .iter()
        .map(|e| {
            let rep: u64 = e.phases.iter().map(|p| p.duration.as_secs()).sum();
            let sets = u64::from(e.sets);
            let side = sets * u64::from(e.reps) * rep
                + sets.saturating_sub(1) * e.rest_between_sets.as_secs();
            match e.sides {
                Sides::None | Sides::Left | Sides::Right => side,
                Sides::Both => 2 * side + e.rest_between_sides.as_secs(),
            }
        })
        .fold(0u64, u64::saturating_add);
    Duration::from_secs(secs)
}

pub(crate) fn name_of<T: PartialEq + Copy>(
    options: &[(&'static str, T)],
    value: T,
) -> &'static str {
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
