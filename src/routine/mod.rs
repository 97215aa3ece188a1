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
}
