//! Pure: the pain stops and the exercises left out after pain, read from
//! the history (`engine::pain` says what they leave out).

use chrono::NaiveDate;

use super::HistoryRecord;
use crate::config::Config;
use crate::engine::{HistoryEvent, Pains};
use crate::values::{ExerciseOutcome, PainCount};

/// Every pain stop whose exercise is known, oldest first, and the
/// exercises left out until put back (a `left-out` record not followed by
/// a `put-back` of the same exercise). A pain stop recorded before the
/// exercise was named counts for its first partial exercise, found in the
/// routine as the config builds it today; one with no partial exercise
/// names none and is left out here.
pub fn pains(records: &[HistoryRecord], config: &Config) -> Pains {
    let mut events: Vec<&HistoryEvent> = records.iter().map(|r| &r.event).collect();
    // Merged histories (several machines) are ordered by the events' time.
    events.sort_by_key(|e| *super::event_time(e));
    let mut pains = Pains::default();
    for event in events {
        match event {
            HistoryEvent::Completed {
                routine,
                at,
                outcomes,
                stopped_for_pain: true,
                pain_exercise,
                ..
            } => {
                let exercise = pain_exercise
                    .clone()
                    .or_else(|| first_partial(config, routine, outcomes));
                if let Some(exercise) = exercise {
                    pains.stops.push(crate::engine::pain::PainStop {
                        day: at.date_naive(),
                        exercise,
                    });
                }
            }
            HistoryEvent::LeftOut { exercise, .. } => {
                pains.left_out.insert(exercise.clone());
            }
            HistoryEvent::PutBack { exercise, .. } => {
                pains.left_out.remove(exercise);
            }
            _ => {}
        }
    }
    pains
}

/// The id of the first exercise left partway, in `routine` as the config
/// builds it.
fn first_partial(config: &Config, routine: &str, outcomes: &[ExerciseOutcome]) -> Option<String> {
    let index = outcomes
        .iter()
        .position(|o| *o == ExerciseOutcome::Partial)?;
    let found = config.routine(routine)?;
    found.exercises.get(index).map(|e| e.id.clone())
}

/// Pain stops per exercise between `from` and `to` (local days, both
/// included), for `stats --json`: every stop whose exercise is known
/// (named, or inferred as `pains` does), most first.
pub fn pain_counts(
    records: &[HistoryRecord],
    config: &Config,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<PainCount> {
    let mut counts: Vec<PainCount> = Vec::new();
    for stop in pains(records, config).stops {
        if stop.day < from || stop.day > to {
            continue;
        }
        let name = exercise_title(config, &stop.exercise).unwrap_or(stop.exercise);
        match counts.iter_mut().find(|c| c.exercise == name) {
            Some(c) => c.stops += 1,
            None => counts.push(PainCount {
                exercise: name,
                stops: 1,
            }),
        }
    }
    counts.sort_by(|a, b| {
        b.stops
            .cmp(&a.stops)
            .then_with(|| a.exercise.cmp(&b.exercise))
    });
    counts
}

/// The title of the exercise with this id, in any routine the config has.
pub fn exercise_title(config: &Config, id: &str) -> Option<String> {
    let mut options = config.upper_trap;
    // Both Y variants, whichever the config picks now.
    [true, false].into_iter().find_map(|lie_face_down| {
        options.lie_face_down = lie_face_down;
        crate::routine::all(&config.routines, options)
            .into_iter()
            .flat_map(|r| r.exercises)
            .find(|e| e.id == id)
            .map(|e| e.title)
    })
}
