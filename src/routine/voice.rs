//! Pure: the committed voice clips' manifests, one per language
//! (sounds/voice/manifest.tsv for English, sounds/voice/<lang>/manifest.tsv
//! for the others, written by `cargo xtask assets`): for every text the app
//! can speak, its clip's file, length and SHA-256. Texts without a clip are
//! never spoken. Every manifest is embedded, so the planner knows each
//! line's length in every language; only English's clips are embedded too,
//! the others' are data files (`platform::voice_files` finds and checks them).

use std::sync::LazyLock;

use crate::i18n::{self, Lang};
use crate::t;

/// The English manifest as committed, embedded.
pub const MANIFEST: &str = include_str!("../../sounds/voice/manifest.tsv");

/// Each language's manifest as committed, embedded.
pub fn manifest(lang: Lang) -> &'static str {
    match lang {
        Lang::En => MANIFEST,
        Lang::De => include_str!("../../sounds/voice/de/manifest.tsv"),
        Lang::Es => include_str!("../../sounds/voice/es/manifest.tsv"),
        Lang::Fr => include_str!("../../sounds/voice/fr/manifest.tsv"),
    }
}

/// Where a language's clips live: `None` for English (embedded in the
/// binary), else the folder under `sounds/voice/` and under each XDG data
/// dir's `unknot/voice/`.
pub fn folder(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En).then(|| lang.code())
}

/// One voice clip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoiceClip {
    /// The text it speaks, exactly as the planner asks for it.
    pub text: &'static str,
    /// File name under sounds/voice.
    pub file: &'static str,
    /// Length of the speech, leading silence trimmed.
    pub ms: u64,
    /// SHA-256 of the file, lower-case hex.
    pub sha256: &'static str,
}

static CLIPS: [LazyLock<Vec<VoiceClip>>; 4] = [
    LazyLock::new(|| parse(manifest(Lang::En))),
    LazyLock::new(|| parse(manifest(Lang::De))),
    LazyLock::new(|| parse(manifest(Lang::Es))),
    LazyLock::new(|| parse(manifest(Lang::Fr))),
];

/// Every clip in `lang`'s manifest, in its order.
pub fn clips_in(lang: Lang) -> &'static [VoiceClip] {
    // The array is in `Lang`'s order.
    &CLIPS[lang as usize]
}

/// Every clip in the current language's manifest (`i18n::current`).
pub fn clips() -> &'static [VoiceClip] {
    clips_in(i18n::current())
}

/// The clip that speaks `text` in the current language, if there is one.
pub fn clip(text: &str) -> Option<&'static VoiceClip> {
    clips().iter().find(|c| c.text == text)
}

/// `text` as the manifest holds it (a `'static` str), if it has a clip.
pub fn say(text: &str) -> Option<&'static str> {
    clip(text).map(|c| c.text)
}

/// Lines of `file<TAB>ms<TAB>sha256<TAB>text`; `#` starts a comment line.
/// A malformed line is skipped (a test checks the committed file has none).
pub fn parse(manifest: &'static str) -> Vec<VoiceClip> {
    manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let mut f = line.splitn(4, '\t');
            let (file, ms, sha256, text) = (f.next()?, f.next()?, f.next()?, f.next()?);
            Some(VoiceClip {
                text,
                file,
                ms: ms.parse().ok()?,
                sha256,
            })
        })
        .collect()
}

/// Whether `n` has a word: 1–20 and the tens to 90.
fn has_word(n: u64) -> bool {
    (1..=20).contains(&n) || ((30..=90).contains(&n) && n.is_multiple_of(10))
}

/// The word for `n`, capitalised as a count is said ("Seven"), for 1–20
/// and the tens to 90.
pub fn number(n: u64) -> Option<String> {
    has_word(n).then(|| t!("say-number", n = n))
}

/// A count said aloud: "Seven."
pub fn count(n: u64) -> Option<String> {
    has_word(n).then(|| t!("say-count", n = n))
}

/// A rep just finished: "That's seven."
pub fn rep_done(n: u64) -> Option<String> {
    has_word(n).then(|| t!("say-rep-done", n = n))
}

/// Before a set: "Set two of three."
pub fn set_of(n: u64, of: u64) -> Option<String> {
    (has_word(n) && has_word(of)).then(|| t!("say-set-of", n = n, of = of))
}

/// A rest between sets: "Rest for thirty seconds."
pub fn rest_for(seconds: u64) -> Option<String> {
    has_word(seconds).then(|| t!("say-rest-for", s = seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_words() {
        assert_eq!(number(1).as_deref(), Some("One"));
        assert_eq!(number(12).as_deref(), Some("Twelve"));
        assert_eq!(number(30).as_deref(), Some("Thirty"));
        assert_eq!(number(35), None);
        assert_eq!(number(0), None);
        assert_eq!(rep_done(3).as_deref(), Some("That's three."));
        assert_eq!(set_of(2, 3).as_deref(), Some("Set two of three."));
        assert_eq!(rest_for(30).as_deref(), Some("Rest for thirty seconds."));
    }

    #[test]
    fn every_manifest_parses_whole_and_names_each_text_once() {
        for lang in Lang::ALL {
            let clips = clips_in(lang);
            let lines = manifest(lang)
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .count();
            assert_eq!(clips.len(), lines, "{lang:?}: a malformed manifest line");
            let mut texts: Vec<&str> = clips.iter().map(|c| c.text).collect();
            texts.sort_unstable();
            texts.dedup();
            assert_eq!(texts.len(), clips.len(), "{lang:?}: a text with two clips");
            for c in clips {
                assert!(c.file.ends_with(".ogg") && !c.file.contains('/'), "{c:?}");
                assert_eq!(c.sha256.len(), 64, "{c:?}");
                assert!(c.ms > 0, "{c:?}");
            }
        }
        assert!(!clips_in(Lang::En).is_empty());
    }

    #[test]
    fn a_clip_is_looked_up_in_the_current_language_only() {
        let english = clips_in(Lang::En)[0];
        assert_eq!(clip(english.text), Some(&english));
        for lang in [Lang::De, Lang::Es, Lang::Fr] {
            // Another language's manifest, even one that holds the same
            // text (English fallback), never gives the English clip.
            let found = i18n::scoped(lang, || clip(english.text).copied());
            let own = clips_in(lang).iter().find(|c| c.text == english.text);
            assert_eq!(found.as_ref(), own, "{lang:?}");
        }
    }
}
