//! Pure: the exercise model, the built-in routines and the timeline compiler.

pub mod model;

pub use model::*;
