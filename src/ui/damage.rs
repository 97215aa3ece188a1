//! Pure: what changed between two frames, and a frame redrawn only there.
//! `damage` compares two scenes shape by shape: when every shape that
//! changed lies inside one of the regions the view marked (the figure's
//! panel, the ring, the countdown, the progress bar), only those regions
//! are redrawn; any other change redraws the whole window. `Frame` keeps the
//! last frame's pixels and redraws the damaged regions into them, so that
//! they are always exactly what `raster` draws for the whole scene.

use tiny_skia::Pixmap;

use super::raster::{self, PxRect, RenderError};
use super::scene::{Region, Scene, Shape};

/// What to redraw to go from one scene to the next.
#[derive(Debug, Clone, PartialEq)]
pub enum Damage {
    /// Everything: the first frame, or a change outside the regions.
    Full,
    /// Only these regions (none: nothing visible changed).
    Parts(Vec<Region>),
}

/// What changed from `before` (the frame on screen, if any) to `after`.
/// The two lists of shapes are matched in order (their longest common
/// subsequence); every shape left unmatched, before or after, must lie in
/// one of `after`'s regions, and that region is damaged. The shapes that
/// match are the same and drawn in the same order, so outside the damaged
/// regions the pixels are the same. The regions, the background and the
/// size must not change. Regions inside another damaged one are left out.
pub fn damage(before: Option<&Scene>, after: &Scene) -> Damage {
    let Some(before) = before else {
        return Damage::Full;
    };
    if before.width != after.width
        || before.height != after.height
        || before.background != after.background
        || before.regions != after.regions
    {
        return Damage::Full;
    }
    let Some(changed) = unmatched(&before.shapes, &after.shapes) else {
        return Damage::Full;
    };
    let mut hit = vec![false; after.regions.len()];
    for shape in changed {
        let reach = raster::bounds(shape);
        // The smallest region that holds it.
        let holder = after
            .regions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.rect.encloses(&reach))
            .min_by(|(_, p), (_, q)| (p.rect.w * p.rect.h).total_cmp(&(q.rect.w * q.rect.h)));
        match holder {
            Some((i, _)) => hit[i] = true,
            None => return Damage::Full,
        }
    }
    let damaged: Vec<Region> = after
        .regions
        .iter()
        .zip(&hit)
        .filter_map(|(r, &h)| h.then_some(*r))
        .collect();
    let parts = damaged
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            !damaged
                .iter()
                .enumerate()
                .any(|(j, o)| j != *i && o.rect.encloses(&r.rect) && (o.rect != r.rect || j < *i))
        })
        .map(|(_, r)| *r)
        .collect();
    Damage::Parts(parts)
}

/// The shapes of `a` and of `b` outside their longest common subsequence;
/// `None` if the lists are too long to match cheaply (a full redraw).
fn unmatched<'s>(a: &'s [Shape], b: &'s [Shape]) -> Option<Vec<&'s Shape>> {
    // The same first and last shapes need no table.
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[head..], &b[head..]);
    let tail = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - tail], &b[..b.len() - tail]);
    let (n, m) = (a.len(), b.len());
    if n.saturating_mul(m) > 1 << 16 {
        return None;
    }
    // lcs[i][j]: the common subsequence's length of a[i..] and b[j..].
    let width = m + 1;
    let mut lcs = vec![0u16; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * width + j] = if a[i] == b[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
            out.push(&a[i]);
            i += 1;
        } else {
            out.push(&b[j]);
            j += 1;
        }
    }
    out.extend(&a[i..]);
    out.extend(&b[j..]);
    Some(out)
}

/// What `Frame::draw` changed in the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drawn {
    /// Nothing: the picture is the last one.
    Nothing,
    /// The whole picture.
    Whole,
    /// Only these rectangles of physical pixels.
    Parts(Vec<PxRect>),
}

/// The last frame drawn for a window, its pixels and its scene.
#[derive(Default)]
pub struct Frame {
    pixmap: Option<Pixmap>,
    /// Where the damaged regions are drawn before they are copied in.
    scratch: Option<Pixmap>,
    scene: Option<Scene>,
    scale: f32,
}

impl Frame {
    pub fn new() -> Frame {
        Frame::default()
    }

    /// Draws `scene` at `width_px` × `height_px` and `scale` over the last
    /// frame: only its damaged regions, or all of it if `whole`, if the size
    /// or scale changed, or if the picture is shrunk below one physical
    /// pixel per logical pixel (shape bounds are kept for 1 and more).
    pub fn draw(
        &mut self,
        scene: Scene,
        width_px: u32,
        height_px: u32,
        scale: f32,
        whole: bool,
    ) -> Result<Drawn, RenderError> {
        let same_size = self
            .pixmap
            .as_ref()
            .is_some_and(|p| (p.width(), p.height()) == (width_px, height_px));
        let fine = raster::pixel_scale(&scene, width_px, height_px, scale) >= 1.0;
        let damage = if whole || !same_size || self.scale != scale || !fine {
            Damage::Full
        } else {
            damage(self.scene.as_ref(), &scene)
        };
        let (pixmap, parts) = match (damage, self.pixmap.as_mut()) {
            (Damage::Parts(parts), Some(pixmap)) => (pixmap, parts),
            _ => {
                self.pixmap = Some(raster::raster(&scene, width_px, height_px, scale)?);
                self.scene = Some(scene);
                self.scale = scale;
                return Ok(Drawn::Whole);
            }
        };
        self.scene = Some(scene);
        let Some(scene) = &self.scene else {
            return Ok(Drawn::Nothing);
        };
        if parts.is_empty() {
            return Ok(Drawn::Nothing);
        }
        let scratch = match &mut self.scratch {
            Some(s) if (s.width(), s.height()) == (width_px, height_px) => s,
            other => other.insert(Pixmap::new(width_px, height_px).ok_or(RenderError::Size {
                width: width_px,
                height: height_px,
            })?),
        };
        let rects: Vec<_> = parts.iter().map(|r| r.rect).collect();
        let drawn = raster::raster_parts(scene, scratch, scale, &rects);
        for r in &drawn {
            raster::copy_rect(scratch, pixmap, *r);
        }
        Ok(Drawn::Parts(drawn))
    }

    /// The last frame's pixels, if one was drawn.
    pub fn pixmap(&self) -> Option<&Pixmap> {
        self.pixmap.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;
    use crate::ui::player::Player;
    use crate::ui::scene::{Align, Color, Part, Rect, Shape, Text, Weight};
    use crate::ui::view::view;

    fn scene() -> Scene {
        let mut s = Scene::new(Color::rgb(20, 24, 29));
        s.shapes.push(Shape::Text(Text {
            text: "Hold".into(),
            x: 300.0,
            y: 60.0,
            size: 40.0,
            weight: Weight::Bold,
            color: Color::rgb(238, 241, 244),
            align: Align::Center,
        }));
        s.shapes.push(Shape::Arc {
            cx: 100.0,
            cy: 180.0,
            radius: 60.0,
            width: 10.0,
            from: 0.0,
            to: 0.5,
            color: Color::rgb(99, 210, 182),
        });
        s.shapes.push(Shape::Text(Text {
            text: "42".into(),
            x: 100.0,
            y: 196.0,
            size: 52.0,
            weight: Weight::Regular,
            color: Color::rgb(238, 241, 244),
            align: Align::Center,
        }));
        s.regions.push(Region {
            part: Part::Ring,
            rect: Rect::new(30.0, 110.0, 140.0, 140.0),
        });
        s.regions.push(Region {
            part: Part::Countdown,
            rect: Rect::new(50.0, 150.0, 100.0, 60.0),
        });
        s
    }

    fn set_text(s: &mut Scene, i: usize, text: &str) {
        if let Shape::Text(t) = &mut s.shapes[i] {
            t.text = text.into();
        }
    }

    fn parts(d: &Damage) -> Vec<Part> {
        match d {
            Damage::Full => panic!("a full redraw"),
            Damage::Parts(p) => p.iter().map(|r| r.part).collect(),
        }
    }

    #[test]
    fn the_first_frame_and_a_change_outside_the_regions_are_full() {
        let a = scene();
        assert_eq!(damage(None, &a), Damage::Full);
        let mut b = a.clone();
        set_text(&mut b, 0, "Rest");
        assert_eq!(damage(Some(&a), &b), Damage::Full);
        let mut c = a.clone();
        c.shapes.remove(0);
        assert_eq!(damage(Some(&a), &c), Damage::Full);
        let mut d = a.clone();
        d.background = Color::rgb(0, 0, 0);
        assert_eq!(damage(Some(&a), &d), Damage::Full);
        let mut e = a.clone();
        e.regions.pop();
        assert_eq!(damage(Some(&a), &e), Damage::Full);
    }

    #[test]
    fn a_change_inside_a_region_damages_the_smallest_that_holds_it() {
        let a = scene();
        assert_eq!(damage(Some(&a), &a.clone()), Damage::Parts(Vec::new()));
        let mut number = a.clone();
        set_text(&mut number, 2, "41");
        assert_eq!(parts(&damage(Some(&a), &number)), [Part::Countdown]);
        // The ring and the number: the number's region is inside the ring's.
        let mut both = number.clone();
        if let Shape::Arc { to, .. } = &mut both.shapes[1] {
            *to = 0.6;
        }
        assert_eq!(parts(&damage(Some(&a), &both)), [Part::Ring]);
        // A shape that comes or goes inside a region damages only it.
        let mut gone = a.clone();
        gone.shapes.pop();
        assert_eq!(parts(&damage(Some(&a), &gone)), [Part::Countdown]);
        let mut more = number.clone();
        more.shapes.insert(2, number.shapes[2].clone());
        assert_eq!(parts(&damage(Some(&a), &more)), [Part::Countdown]);
        // A number that outgrows its region is a full redraw.
        let mut wide = a.clone();
        set_text(&mut wide, 2, "4242424242");
        assert_eq!(damage(Some(&a), &wide), Damage::Full);
    }

    /// Redraws every frame from `from` to `to` ms of `routine` one after
    /// the other and checks each against a whole redraw; returns the parts
    /// redrawn, and how many frames were partial.
    fn replay(routine: &str, from: u64, to: u64, step: u64) -> (Vec<Part>, usize) {
        let r = builtin::find(routine).expect("a built-in");
        let p = Player::new(r, true, 0);
        let mut frame = Frame::new();
        let (mut seen, mut partial) = (Vec::new(), 0);
        for ms in (from..to).step_by(step as usize) {
            let scene = view(&p.state(ms));
            let before = frame.scene.clone();
            let drawn = frame
                .draw(scene.clone(), 600, 360, 1.0, false)
                .expect("draws");
            let whole = raster::raster(&scene, 600, 360, 1.0).expect("draws");
            assert!(
                frame.pixmap().expect("a frame").data() == whole.data(),
                "{routine} at {ms} ms: the partly redrawn frame differs ({drawn:?})"
            );
            if let (Drawn::Parts(_), Damage::Parts(p)) = (&drawn, damage(before.as_ref(), &scene)) {
                partial += 1;
                seen.extend(p.iter().map(|r| r.part));
            }
        }
        seen.sort_by_key(|p| *p as u8);
        seen.dedup();
        (seen, partial)
    }

    #[test]
    fn a_moving_figure_redraws_its_panel_exactly() {
        // Into the Y-raise's reps (the third exercise), on the figure's
        // 33 ms grid.
        let r = builtin::find(builtin::UPPER_TRAP).expect("a built-in");
        assert_eq!(r.exercises[2].id, builtin::PRONE_Y_RAISE);
        let t = crate::routine::timeline::compile(&r);
        let y = t
            .segments
            .iter()
            .find(|s| s.exercise == 2 && s.rep == Some(1))
            .expect("the Y-raise's first rep");
        let (parts, partial) = replay(builtin::UPPER_TRAP, y.start_ms, y.start_ms + 4_000, 33);
        assert!(parts.contains(&Part::Figure), "{parts:?}");
        assert!(partial >= 60, "{partial} partial frames of 122");
    }
}
