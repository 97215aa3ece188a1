//! Pure: every word unknot shows or speaks, by language. The catalogues are
//! Fluent files, `i18n/<lang>/unknot.ftl`, embedded; English is the source
//! and the fallback for any message a language lacks.
//!
//! The language is ambient: the shell decides it once (`choose`, from the
//! config and the environment) and sets it for the process (`set`); words
//! are then asked for by id (`t!`). A test that needs another language sets
//! it for its own thread only (`scoped`), so tests in parallel don't meet.
//! Threading a language argument through every presenter, view and the
//! routine's guide would have touched every call that makes a sentence, for
//! nothing a value can't already carry (ARCHITECTURE.md, "Words").

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod choose;
mod dates;

pub use choose::{choose, Choice, Env, Why};
pub use dates::{
    clock, date_time, decimal, weekday_date, weekday_key, weekday_numeric_date, weekday_short,
};

/// A language unknot ships: its words, and for `En` its voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
}

impl Lang {
    /// Every shipped language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Fr];

    /// Its ISO 639-1 code, as the catalogue's folder and the config name it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// The language named in itself, as Preferences lists it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
        }
    }

    /// The shipped language with this code (`"de"`), if any.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The catalogue as committed, less its comment and blank lines
    /// (`build.rs`: they are for translators, and a third of the bytes).
    /// Embedded deflated: the four are 200 KB as text, 55 KB packed, and
    /// a process inflates the one it speaks (ARCHITECTURE.md, "Languages").
    pub fn catalogue(self) -> String {
        let packed: &[u8] = match self {
            Lang::En => include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.z")),
            Lang::De => include_bytes!(concat!(env!("OUT_DIR"), "/de.ftl.z")),
            Lang::Es => include_bytes!(concat!(env!("OUT_DIR"), "/es.ftl.z")),
            Lang::Fr => include_bytes!(concat!(env!("OUT_DIR"), "/fr.ftl.z")),
        };
        // build.rs made these bytes from UTF-8 text in this same build, so
        // neither step can fail on a binary that was built at all.
        let text = miniz_oxide::inflate::decompress_to_vec(packed)
            .expect("build.rs deflated the catalogue");
        String::from_utf8(text).expect("the catalogue is UTF-8")
    }

    fn index(self) -> usize {
        self as usize
    }
}

static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language words come in now: this thread's (`scoped`) if set, else
/// the process's (`set`), English until then.
pub fn current() -> Lang {
    SCOPED
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[usize::from(PROCESS.load(Ordering::Relaxed)) % 4])
}

/// Sets the process's language (the shell, when it reads the config).
pub fn set(lang: Lang) {
    PROCESS.store(lang.index() as u8, Ordering::Relaxed);
}

/// Runs `f` with this thread's words in `lang`, then puts back what was.
pub fn scoped<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = SCOPED.with(|s| s.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    BUNDLES[lang.index()].get_or_init(|| new_bundle(lang, lang.catalogue()))
}

/// A bundle of `lang`'s messages from `catalogue`, formatting numbers as
/// `lang` writes them.
fn new_bundle(lang: Lang, catalogue: String) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier =
        lang.code().parse().expect("the shipped codes are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around placeables: the window draws
    // every char, and the voice finds its clip by the exact text.
    bundle.set_use_isolating(false);
    // NUMBER($day, minimumIntegerDigits: 2) for the dates' "07".
    let _ = bundle.add_builtins();
    bundle.set_formatter(Some(match lang {
        Lang::En => number::<0, _>,
        Lang::De => number::<1, _>,
        Lang::Es => number::<2, _>,
        Lang::Fr => number::<3, _>,
    }));
    // A catalogue that does not parse keeps the messages that do
    // (`cargo xtask i18n` fails on any error, so none ships).
    let resource = FluentResource::try_new(catalogue).unwrap_or_else(|(partial, _errors)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A number placeable as language `Lang::ALL[L]` writes it: its decimal
/// mark (`number-decimal-mark`; fluent-bundle without its ICU features
/// writes Rust's "1.5" in every language), and at least
/// `minimumIntegerDigits` digits before it.
fn number<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let text = n.as_string();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", &*text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let pad = n
        .options
        .minimum_integer_digits
        .unwrap_or(0)
        .saturating_sub(whole.len());
    let mut out = format!("{sign}{}{whole}", "0".repeat(pad));
    if let Some(fraction) = fraction {
        // Read only while formatting, never while the bundle is made.
        out += &lookup(Lang::ALL[L], "number-decimal-mark", None).unwrap_or_else(|| ".".into());
        out += fraction;
    }
    Some(out)
}

/// The message `id` in `lang` with `args`, or `None` if that catalogue
/// lacks it (or its value).
pub fn lookup(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let (id, attr) = match id.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (id, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(attr) => message.get_attribute(attr)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The message `id` in the current language, falling back to English for a
/// message the language lacks, and to the id itself for one that no
/// catalogue has (a test, `every_id_the_code_asks_for_exists`, keeps that
/// from shipping).
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    let lang = current();
    lookup(lang, id, args)
        .or_else(|| {
            (lang != Lang::En)
                .then(|| lookup(Lang::En, id, args))
                .flatten()
        })
        .unwrap_or_else(|| id.to_owned())
}

/// A placeable's value: numbers stay numbers (for plural selectors).
pub fn num(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// Words by id, in the current language: `t!("status-due")`, or with
/// placeables `t!("snoozes-left", n = 2)`, `t!("break-named", name = &name)`.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::text($id, None)
    };
    ($id:expr, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($key), $crate::i18n::Arg::arg($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

/// What may fill a placeable: text or a number.
pub trait Arg {
    fn arg(self) -> FluentValue<'static>;
}

impl Arg for &str {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}
impl Arg for &String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}
impl Arg for String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(self as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses() {
        for lang in Lang::ALL {
            if let Err((_, errors)) = FluentResource::try_new(lang.catalogue()) {
                panic!("{}: {errors:?}", lang.code());
            }
        }
    }

    /// The embedded catalogues (comments and blank lines taken out by
    /// build.rs) say exactly what the committed files say.
    #[test]
    fn the_embedded_catalogues_say_what_the_files_say() {
        let committed = [
            include_str!("../../i18n/en/unknot.ftl"),
            include_str!("../../i18n/de/unknot.ftl"),
            include_str!("../../i18n/es/unknot.ftl"),
            include_str!("../../i18n/fr/unknot.ftl"),
        ];
        for (lang, file) in Lang::ALL.into_iter().zip(committed) {
            assert!(FluentResource::try_new(file.to_owned()).is_ok(), "{lang:?}");
            let whole = new_bundle(lang, file.to_owned());
            let embedded = bundle(lang);
            let mut n = 0;
            let mut args = FluentArgs::new();
            for name in ["n", "s", "name", "time", "when", "done", "working", "day"] {
                args.set(name, 2);
            }
            let ids = file
                .lines()
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
                .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
            for id in ids {
                let (a, b) = (
                    whole.get_message(id).unwrap(),
                    embedded.get_message(id).unwrap(),
                );
                if let (Some(pa), Some(pb)) = (a.value(), b.value()) {
                    let mut e = Vec::new();
                    assert_eq!(
                        whole.format_pattern(pa, Some(&args), &mut e),
                        embedded.format_pattern(pb, Some(&args), &mut e),
                        "{lang:?} {id}"
                    );
                    n += 1;
                }
            }
            assert!(n > 500, "{lang:?}: {n}");
        }
    }

    #[test]
    fn scoped_sets_this_thread_only_and_puts_back() {
        assert_eq!(current(), Lang::En);
        scoped(Lang::De, || {
            assert_eq!(current(), Lang::De);
            scoped(Lang::Fr, || assert_eq!(current(), Lang::Fr));
            assert_eq!(current(), Lang::De);
            std::thread::spawn(|| assert_eq!(current(), Lang::En))
                .join()
                .unwrap();
        });
        assert_eq!(current(), Lang::En);
    }

    #[test]
    fn a_message_a_language_lacks_is_english() {
        // A made-up id is in no catalogue: the id itself comes back.
        let id = ["no", "such", "message"].join("-");
        assert_eq!(scoped(Lang::De, || text(&id, None)), id);
        for lang in Lang::ALL {
            assert!(lookup(lang, "duration-minutes", None).is_some(), "{lang:?}");
        }
    }

    #[test]
    fn plurals_select_by_the_language_rules() {
        assert_eq!(t!("duration-minutes", n = 1), "1 minute");
        assert_eq!(t!("duration-minutes", n = 2), "2 minutes");
        assert_eq!(t!("duration-minutes", n = 0), "0 minutes");
        // French counts 0 and 1 as singular, German 0 as plural.
        assert_eq!(
            scoped(Lang::Fr, || t!("duration-minutes", n = 0)),
            "0 minute"
        );
        assert_eq!(
            scoped(Lang::De, || t!("duration-minutes", n = 0)),
            "0 Minuten"
        );
    }
}
