//! Integration tests: routine.
