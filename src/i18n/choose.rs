//! Pure: which language to speak, from the config's `language` and the
//! locale variables, by gettext's rules.

use super::Lang;

/// The locale variables as the process found them (the shell reads them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    pub language: Option<String>,
    pub lc_all: Option<String>,
    pub lc_messages: Option<String>,
    pub lang: Option<String>,
}

impl Env {
    /// Read from a lookup such as `std::env::var`.
    pub fn from(get: impl Fn(&str) -> Option<String>) -> Env {
        Env {
            language: get("LANGUAGE"),
            lc_all: get("LC_ALL"),
            lc_messages: get("LC_MESSAGES"),
            lang: get("LANG"),
        }
    }
}

/// The language chosen, and why, when it is not the one asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    /// Set when English was given in place of a language asked for.
    pub why: Option<Why>,
}

/// Why English was given in place of what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The config or the locale named a language unknot does not ship
    /// (its code as written, e.g. `"pt_BR"`).
    NotShipped(String),
}

/// `config` is the config's `language` (`None` for "auto"). A shipped code
/// there wins; "auto" follows gettext: `LANGUAGE` (a colon list, its first
/// shipped entry), ignored when the locale (`LC_ALL`, else `LC_MESSAGES`,
/// else `LANG`) is unset, `C` or `POSIX`, which mean English; then the
/// locale itself. A region falls back to its language (`de_AT` → `de`).
/// Anything else is English, with the reason.
pub fn choose(config: Option<&str>, env: &Env) -> Choice {
    if let Some(code) = config {
        return match Lang::from_code(code) {
            Some(lang) => Choice { lang, why: None },
            None => english_for(code),
        };
    }
    let set = |v: &Option<String>| v.as_deref().filter(|s| !s.is_empty()).map(str::to_owned);
    let locale = set(&env.lc_all)
        .or_else(|| set(&env.lc_messages))
        .or_else(|| set(&env.lang));
    let Some(locale) = locale else {
        return Choice {
            lang: Lang::En,
            why: None,
        };
    };
    if is_c(&locale) {
        return Choice {
            lang: Lang::En,
            why: None,
        };
    }
    if let Some(list) = set(&env.language) {
        let mut first_unshipped = None;
        for entry in list.split(':').filter(|e| !e.is_empty()) {
            if is_c(entry) || base(entry) == "en" {
                return Choice {
                    lang: Lang::En,
                    why: None,
                };
            }
            if let Some(lang) = Lang::from_code(base(entry)) {
                return Choice { lang, why: None };
            }
            first_unshipped.get_or_insert(entry.to_owned());
        }
        if let Some(entry) = first_unshipped {
            // gettext goes on to the locale when no entry has a catalogue.
            if let Some(lang) = Lang::from_code(base(&locale)) {
                return Choice { lang, why: None };
            }
            return english_for(&entry);
        }
    }
    match Lang::from_code(base(&locale)) {
        Some(lang) => Choice { lang, why: None },
        None if base(&locale) == "en" => Choice {
            lang: Lang::En,
            why: None,
        },
        None => english_for(&locale),
    }
}

fn english_for(asked: &str) -> Choice {
    Choice {
        lang: Lang::En,
        why: Some(Why::NotShipped(asked.to_owned())),
    }
}

fn is_c(locale: &str) -> bool {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    name == "C" || name == "POSIX"
}

/// `de_AT.UTF-8@euro` → `de`.
fn base(locale: &str) -> &str {
    locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(language: &str, lc_all: &str, lc_messages: &str, lang: &str) -> Env {
        let v = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Env {
            language: v(language),
            lc_all: v(lc_all),
            lc_messages: v(lc_messages),
            lang: v(lang),
        }
    }

    fn lang(config: Option<&str>, e: &Env) -> Lang {
        choose(config, e).lang
    }

    #[test]
    fn the_locale_variables_in_gettext_order() {
        assert_eq!(lang(None, &env("", "", "", "de_DE.UTF-8")), Lang::De);
        assert_eq!(
            lang(None, &env("", "", "fr_FR.UTF-8", "de_DE.UTF-8")),
            Lang::Fr
        );
        assert_eq!(
            lang(None, &env("", "es_ES.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8")),
            Lang::Es
        );
        assert_eq!(
            lang(None, &env("fr:de", "", "", "de_DE.UTF-8")),
            Lang::Fr,
            "LANGUAGE comes first"
        );
        assert_eq!(
            lang(None, &env("pt_BR:es", "", "", "de_DE.UTF-8")),
            Lang::Es,
            "its first shipped entry"
        );
        assert_eq!(
            lang(None, &env("", "", "", "de_AT.UTF-8")),
            Lang::De,
            "a region falls back"
        );
        assert_eq!(lang(None, &env("", "", "", "fr_CA@euro")), Lang::Fr);
        assert_eq!(lang(None, &env("", "", "", "")), Lang::En, "nothing set");
    }

    #[test]
    fn c_and_posix_mean_english_and_silence_language() {
        for c in ["C", "POSIX", "C.UTF-8"] {
            let choice = choose(None, &env("de", "", "", c));
            assert_eq!(
                choice,
                Choice {
                    lang: Lang::En,
                    why: None
                },
                "{c}"
            );
        }
        assert_eq!(
            lang(None, &env("de", "", "", "")),
            Lang::En,
            "no locale at all"
        );
    }

    #[test]
    fn an_unshipped_language_is_english_with_the_reason() {
        assert_eq!(
            choose(None, &env("", "", "", "xx_YY.UTF-8")),
            Choice {
                lang: Lang::En,
                why: Some(Why::NotShipped("xx_YY.UTF-8".into()))
            }
        );
        assert_eq!(
            choose(None, &env("pt_BR", "", "", "ja_JP.UTF-8")).why,
            Some(Why::NotShipped("pt_BR".into()))
        );
        assert_eq!(
            choose(None, &env("pt_BR", "", "", "de_DE.UTF-8")).lang,
            Lang::De,
            "gettext goes on to the locale"
        );
        assert_eq!(choose(None, &env("", "", "", "en_GB.UTF-8")).why, None);
        assert_eq!(
            choose(None, &env("en_US:de", "", "", "de_DE.UTF-8")).lang,
            Lang::En
        );
    }

    #[test]
    fn the_config_wins_over_the_environment() {
        assert_eq!(
            lang(Some("es"), &env("fr", "de_DE.UTF-8", "", "")),
            Lang::Es
        );
        assert_eq!(lang(Some("en"), &env("", "", "", "de_DE.UTF-8")), Lang::En);
    }
}
