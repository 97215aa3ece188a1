//! The guided window's pictures: player state → scene → pixels, the same for
//! the screen, the CLI's `render` and the tests. `player` is the pure state
//! machine the window shell drives; `view` lays out a `Scene` (with `pose` and
//! `figure`: the moving figure; `stats` the Statistics window's; `home` the home window's); `raster` draws it; `damage` says which parts of it changed since the last frame and redraws only those. `unknot render` (in `cli`) is the headless path through all three.

pub mod access;
pub mod contrast;
pub mod damage;
pub mod figure;
pub mod home;
#[cfg(test)]
mod overflow;
pub mod player;
pub mod pose;
pub mod prefs;
pub mod raster;
pub mod scene;
pub mod stats;
pub mod view;

pub use player::{Opening, Player, PlayerInput, PlayerState, Screen};
pub use raster::{raster, to_xrgb, RenderError};
pub use scene::Scene;
pub use stats::stats_view;
pub use view::view;
