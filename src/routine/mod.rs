//! Pure: the exercise model, the built-in routines, the timeline compiler and
//! the routines' descriptions.

pub mod builtin;
pub mod describe;
pub mod model;
pub mod sound;
pub mod speech;
pub mod timeline;
pub mod voice;

pub use model::{
    Breath, By, Carrier, Equipment, Exercise, Guide, Heard, KnotSide, Level, Options, Phase,
    PhaseKind, Position, Progression, Purpose, Routine, Sides, VisualOnly, MAX_INSTRUCTIONS,
    MAX_INSTRUCTION_CHARS,
};
pub use timeline::{compile, Cue, CueKind, ExerciseSpan, Segment, Side, Step, Timeline};

/// Every routine the user can pick: the built-ins (shaped by `options`)
/// first, then the user's.
pub fn all(user: &[Routine], options: Options) -> Vec<Routine> {
    let mut routines = builtin::all_with(options);
    routines.extend(user.iter().cloned());
    routines
}

/// The built-in or user routine `id`. A built-in wins over a user routine
/// with the same id (the config rejects such clashes anyway).
pub fn find(user: &[Routine], options: Options, id: &str) -> Option<Routine> {
    all(user, options).into_iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    fn user_routine(id: &str) -> Routine {
        let mut r = builtin::find(builtin::DESK_RESET).expect("built-in desk-reset");
        r.id = id.to_owned();
        r.title = "Mine".to_owned();
        r
    }

    #[test]
    fn built_ins_come_first_then_user_routines() {
        let ids: Vec<String> = all(&[user_routine("mine")], Options::default())
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(ids, ["upper-trap", "desk-reset", "shoulder-check", "mine"]);
    }

    #[test]
    fn find_sees_user_routines_and_prefers_built_ins() {
        let user = [user_routine("mine"), user_routine("upper-trap")];
        assert_eq!(
            find(&user, Options::default(), "mine").map(|r| r.title),
            Some("Mine".into())
        );
        assert_eq!(
            find(&user, Options::default(), "upper-trap").map(|r| r.title),
            Some("Upper-trap daily routine".into())
        );
        assert!(find(&user, Options::default(), "nope").is_none());
    }

    /// Every message id a routine file asks for (`t!("…"`, not `format!`).
    fn ids_asked_for() -> Vec<&'static str> {
        let files = [
            include_str!("builtin.rs"),
            include_str!("describe.rs"),
            include_str!("model.rs"),
            include_str!("sound.rs"),
            include_str!("speech.rs"),
            include_str!("timeline.rs"),
            include_str!("voice.rs"),
        ];
        let mut ids: Vec<&str> = files
            .iter()
            .flat_map(|f| {
                f.match_indices("t!(\"")
                    .map(move |(at, m)| (f, at, m.len()))
            })
            .filter(|(f, at, _)| !f[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            .filter_map(|(f, at, len)| f[at + len..].split('"').next())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    #[test]
    fn every_routine_word_is_in_the_english_catalogue() {
        let ids = ids_asked_for();
        assert!(ids.len() > 100, "{ids:?}");
        for id in ids {
            assert!(
                id.starts_with("say-") || id.starts_with("routine-"),
                "{id}: routine words are say- or routine-"
            );
            assert!(i18n::lookup(Lang::En, id, None).is_some(), "{id}");
        }
    }

    /// What `t!(id)` must give in `lang`: its own message, or English where
    /// its catalogue lacks it.
    fn expected(lang: Lang, id: &str) -> String {
        i18n::lookup(lang, id, None)
            .or_else(|| i18n::lookup(Lang::En, id, None))
            .expect("an English message")
    }

    #[test]
    fn a_routine_is_built_in_the_current_language_and_english_fills_the_gaps() {
        let english = builtin::find(builtin::UPPER_TRAP).expect("built-in");
        for lang in Lang::ALL {
            let r = i18n::scoped(lang, || builtin::find(builtin::UPPER_TRAP)).expect("built-in");
            assert_eq!(r.title, expected(lang, "routine-upper-trap-title"));
            assert_eq!(r.safety, expected(lang, "routine-safety-card"));
            assert_eq!(r.spoken_safety, expected(lang, "say-safety"));
            let stretch = &r.exercises[0];
            assert_eq!(stretch.title, expected(lang, "routine-stretch-title"));
            assert_eq!(
                stretch.instructions[0],
                expected(lang, "say-stretch-show-1")
            );
            let guide = stretch.guide.as_ref().expect("a guide");
            assert_eq!(guide.setup, expected(lang, "say-stretch-setup"));
            assert_eq!(
                guide.side_lines[1],
                expected(lang, "say-stretch-side-right")
            );
            // A language with none of the routine's words: all English.
            let lacks_all = ids_asked_for()
                .iter()
                .all(|id| i18n::lookup(lang, id, None).is_none());
            if lacks_all {
                assert_eq!(r, english, "{lang:?}");
            }
        }
    }

    #[test]
    fn the_voice_script_follows_the_language() {
        let english = i18n::scoped(Lang::En, speech::script);
        assert!(
            english.iter().any(|l| l == "Breathe in slowly."),
            "{english:?}"
        );
        // Each language's script says its own catalogue's words, and not the
        // English line in their place.
        for lang in Lang::ALL {
            let theirs = i18n::scoped(lang, speech::script);
            let said = i18n::lookup(lang, "say-breathe-in", None)
                .or_else(|| i18n::lookup(Lang::En, "say-breathe-in", None))
                .unwrap();
            assert!(theirs.contains(&said), "{lang:?}: {said:?}");
            if said != "Breathe in slowly." {
                assert!(
                    !theirs.iter().any(|l| l == "Breathe in slowly."),
                    "{lang:?}"
                );
            }
        }
    }
}
