//! The one integration-test binary: unknot as a user runs it, and the headless desktop.

mod config;
mod desktop;
mod routine;
mod schedule;
