//! Pure: the break engine. Inputs and the current time go in, effects come out.

pub mod preview;
