//! Scene → pixels: shapes with tiny-skia, text with ab_glyph outlines of the
//! embedded Ubuntu Light font, all anti-aliased and scaled from logical to
//! physical pixels. Pure: the same scene and size give the same pixels.
//!
//! Glyphs are rasterised once per (glyph, pixel size, weight, quarter-pixel
//! offset) and kept in a small cache, so a redraw that only changes the
//! countdown redraws from coverage masks, not outlines.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use ab_glyph::{Font as _, FontRef, GlyphId, OutlineCurve, PxScale, ScaleFont as _};
use tiny_skia::{FillRule, LineCap, LineJoin, Paint, Path, PathBuilder, Pixmap, Stroke, Transform};

use super::scene::{Align, Color, Rect, Scene, Shape, Text, Weight};

/// Largest pixmap side `raster` makes; a window is never bigger.
pub const MAX_SIDE_PX: u32 = 8192;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RenderError {
    #[error("cannot draw a {width}x{height} picture: each side must be 1 to {MAX_SIDE_PX} pixels")]
    Size { width: u32, height: u32 },
    #[error("the scale must be a finite number above zero, not {0}")]
    Scale(String),
}

/// The window's font, parsed once.
fn font() -> &'static FontRef<'static> {
    static FONT: OnceLock<FontRef<'static>> = OnceLock::new();
    FONT.get_or_init(|| {
        FontRef::try_from_slice(epaint_default_fonts::UBUNTU_LIGHT)
            .expect("the font compiled into the binary parses")
    })
}

/// How much wider than the outline a weight strokes it, per pixel of size.
fn stroke_per_px(weight: Weight) -> f32 {
    match weight {
        Weight::Light => 0.0,
        Weight::Regular => 0.028,
        Weight::Bold => 0.06,
    }
}

/// The width of `text` set at `size` logical px in `weight`: what the view
/// uses to align and wrap. Kerning included.
pub fn text_width(text: &str, size: f32, weight: Weight) -> f32 {
    let scaled = font().as_scaled(PxScale::from(size));
    let extra = stroke_per_px(weight) * size;
    let mut width = 0.0;
    let mut previous: Option<GlyphId> = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            width += scaled.kern(p, id);
        }
        width += scaled.h_advance(id) + extra;
        previous = Some(id);
    }
    width
}

/// Whether the font can draw `c` (else it shows the font's empty box).
pub fn has_glyph(c: char) -> bool {
    font().glyph_id(c).0 != 0
}

/// Draws `scene` into a `width_px` × `height_px` pixmap at `scale` physical
/// pixels per logical pixel. A picture bigger than the scene gets it centred
/// on its background; a smaller one gets it shrunk to fit.
pub fn raster(
    scene: &Scene,
    width_px: u32,
    height_px: u32,
    scale: f32,
) -> Result<Pixmap, RenderError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(RenderError::Scale(scale.to_string()));
    }
    let size_error = RenderError::Size {
        width: width_px,
        height: height_px,
    };
    if width_px > MAX_SIDE_PX || height_px > MAX_SIDE_PX {
        return Err(size_error);
    }
    let mut pixmap = Pixmap::new(width_px, height_px).ok_or(size_error)?;
    pixmap.fill(skia_color(scene.background));
    let canvas = Canvas::fit(scene, width_px, height_px, scale);
    for shape in &scene.shapes {
        canvas.draw(&mut pixmap, shape);
    }
    Ok(pixmap)
}

/// Physical pixels per logical pixel when `scene` is drawn `width_px` ×
/// `height_px` at `scale`: the scale, or less where the picture is too small.
pub fn pixel_scale(scene: &Scene, width_px: u32, height_px: u32, scale: f32) -> f32 {
    Canvas::fit(scene, width_px, height_px, scale).s
}

/// A rectangle of physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PxRect {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

/// Draws the parts of `scene` under `rects` (logical) into `pixmap`, which
/// has the picture's size; returns the physical rectangles they cover. Inside
/// those the pixels are `raster`'s, exactly: each is filled with the
/// background and every shape that reaches it is drawn whole, in order.
/// Outside them the shapes that reach out leave their marks, so the caller
/// copies the rectangles out. Shape bounds are logical with a margin of a few
/// pixels, enough at a pixel scale of 1 or more.
pub fn raster_parts(scene: &Scene, pixmap: &mut Pixmap, scale: f32, rects: &[Rect]) -> Vec<PxRect> {
    let (w, h) = (pixmap.width(), pixmap.height());
    let canvas = Canvas::fit(scene, w, h, scale);
    let px: Vec<PxRect> = rects
        .iter()
        .filter_map(|r| canvas.pixels(*r, w, h))
        .collect();
    // As `Pixmap::fill` does; a slice fill stays a tight loop at the
    // release profile's opt-level "z", where a per-pixel copy did not.
    let bg = skia_color(scene.background).premultiply().to_color_u8();
    let pixels = pixmap.pixels_mut();
    for r in &px {
        for row in r.y..r.y + r.h {
            let at = row as usize * w as usize + r.x as usize;
            pixels[at..at + r.w as usize].fill(bg);
        }
    }
    for shape in &scene.shapes {
        // A text's bounds measure its glyphs: first a cheap look at its rows.
        if let Shape::Text(t) = shape {
            let (top, bottom) = (t.y - 2.0 * t.size - 3.0, t.y + t.size + 3.0);
            if !rects.iter().any(|r| top < r.y + r.h && r.y < bottom) {
                continue;
            }
        }
        let reach = canvas.pixels(bounds(shape), w, h);
        if reach.is_some_and(|b| px.iter().any(|r| r.overlaps(&b))) {
            canvas.draw(pixmap, shape);
        }
    }
    px
}

/// Copies the pixels under `rect` from `from` to `to`, two pixmaps of one size.
pub fn copy_rect(from: &Pixmap, to: &mut Pixmap, rect: PxRect) {
    let stride = from.width() as usize * 4;
    let (src, dst) = (from.data(), to.data_mut());
    for row in rect.y..rect.y + rect.h {
        let at = row as usize * stride + rect.x as usize * 4;
        let len = rect.w as usize * 4;
        dst[at..at + len].copy_from_slice(&src[at..at + len]);
    }
}

impl PxRect {
    fn overlaps(&self, other: &PxRect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}

/// Where `shape` can put ink, in logical pixels: its geometry grown by the
/// anti-aliasing and the glyphs' rounding, a little more than it needs.
pub fn bounds(shape: &Shape) -> Rect {
    const MARGIN: f32 = 3.0;
    let r = match shape {
        Shape::Rect { rect, .. } => *rect,
        Shape::Arc {
            cx,
            cy,
            radius,
            width,
            ..
        } => {
            let r = radius.abs() + width.abs() / 2.0;
            Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r)
        }
        Shape::Circle { cx, cy, radius, .. } => {
            let r = radius.abs().max(0.01);
            Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r)
        }
        Shape::Line { points, width, .. } => {
            let half = width.abs() / 2.0;
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for &(x, y) in points {
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
            if points.is_empty() {
                return Rect::new(0.0, 0.0, 0.0, 0.0);
            }
            Rect::new(
                x0 - half,
                y0 - half,
                x1 - x0 + 2.0 * half,
                y1 - y0 + 2.0 * half,
            )
        }
        Shape::Text(t) => text_bounds(t),
    };
    r.inflate(MARGIN)
}

/// A glyph's outline bounds in font units, kept: building the outline to
/// find them costs more than drawing a cached glyph.
fn glyph_box(id: GlyphId) -> Option<ab_glyph::Rect> {
    static BOXES: OnceLock<Mutex<HashMap<u16, Option<ab_glyph::Rect>>>> = OnceLock::new();
    let mut boxes = BOXES
        .get_or_init(|| Mutex::new(HashMap::new()))
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    *boxes
        .entry(id.0)
        .or_insert_with(|| font().outline(id).map(|o| o.bounds))
}

/// The glyph outlines' box of a text run, logical, as `Canvas::text` sets it.
fn text_bounds(t: &Text) -> Rect {
    let font = font();
    let scaled = font.as_scaled(PxScale::from(t.size));
    let (hs, vs) = (scaled.h_scale_factor(), scaled.v_scale_factor());
    let extra = stroke_per_px(t.weight) * t.size;
    let width = text_width(&t.text, t.size, t.weight);
    let mut pen = t.x
        - match t.align {
            Align::Left => 0.0,
            Align::Center => width / 2.0,
            Align::Right => width,
        };
    let (mut x0, mut y0, mut x1, mut y1) = (pen, t.y, pen, t.y);
    let mut previous: Option<GlyphId> = None;
    for c in t.text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            pen += scaled.kern(p, id);
        }
        previous = Some(id);
        if let Some(b) = glyph_box(id) {
            let xs = [pen + b.min.x * hs, pen + b.max.x * hs];
            let ys = [t.y - b.min.y * vs, t.y - b.max.y * vs];
            x0 = x0.min(xs[0].min(xs[1]) - extra / 2.0);
            x1 = x1.max(xs[0].max(xs[1]) + extra / 2.0);
            y0 = y0.min(ys[0].min(ys[1]) - extra / 2.0);
            y1 = y1.max(ys[0].max(ys[1]) + extra / 2.0);
        }
        pen += scaled.h_advance(id) + extra;
    }
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// The pixmap as softbuffer wants it: one `0x00RRGGBB` per pixel, row by
/// row, demultiplied.
pub fn to_xrgb(pixmap: &Pixmap) -> Vec<u32> {
    let mut out = vec![0u32; pixmap.pixels().len()];
    write_xrgb(pixmap, &mut out);
    out
}

/// `to_xrgb` into a buffer the caller has (softbuffer's `buffer_mut()`),
/// without allocating. Writes `min(out.len(), pixels)` pixels.
pub fn write_xrgb(pixmap: &Pixmap, out: &mut [u32]) {
    xrgb_run(pixmap.data(), out);
}

/// `write_xrgb` of the pixels under `rect` only, into a buffer laid out as
/// the pixmap is (row by row, as wide).
pub fn write_xrgb_rect(pixmap: &Pixmap, rect: PxRect, out: &mut [u32]) {
    let (w, data) = (pixmap.width() as usize, pixmap.data());
    for row in rect.y as usize..(rect.y + rect.h) as usize {
        let at = row * w + rect.x as usize;
        let end = (at + rect.w as usize).min(out.len());
        if at >= end || end * 4 > data.len() {
            return;
        }
        xrgb_run(&data[at * 4..end * 4], &mut out[at..end]);
    }
}

/// Premultiplied RGBA bytes → `0x00RRGGBB`, as many as both hold.
fn xrgb_run(data: &[u8], out: &mut [u32]) {
    // A plain index loop: iterator chains cost 4x as much in debug builds,
    // and this runs over every pixel of every redraw.
    let mut i = 0;
    for o in out.iter_mut().take(data.len() / 4) {
        let (r, g, b, a) = (
            u32::from(data[i]),
            u32::from(data[i + 1]),
            u32::from(data[i + 2]),
            u32::from(data[i + 3]),
        );
        *o = match a {
            // The background is opaque, so nearly every pixel is.
            255 => (r << 16) | (g << 8) | b,
            0 => 0,
            a => {
                let un = |c: u32| ((c * 255 + a / 2) / a).min(255);
                (un(r) << 16) | (un(g) << 8) | un(b)
            }
        };
        i += 4;
    }
}

fn skia_color(c: Color) -> tiny_skia::Color {
    tiny_skia::Color::from_rgba8(c.r, c.g, c.b, c.a)
}

fn paint(c: Color) -> Paint<'static> {
    let mut paint = Paint {
        anti_alias: true,
        ..Paint::default()
    };
    paint.set_color(skia_color(c));
    paint
}

/// Logical → physical: `p * s + (ox, oy)`.
struct Canvas {
    s: f32,
    ox: f32,
    oy: f32,
}

impl Canvas {
    /// The scene centred in the picture, shrunk if it does not fit.
    fn fit(scene: &Scene, width_px: u32, height_px: u32, scale: f32) -> Canvas {
        let fit = (width_px as f32 / scene.width).min(height_px as f32 / scene.height);
        let s = scale.min(fit);
        // Whole-pixel offsets keep edges laid on the pixel grid as crisp as at
        // the top-left corner.
        let ox = ((width_px as f32 - scene.width * s) / 2.0).round();
        let oy = ((height_px as f32 - scene.height * s) / 2.0).round();
        Canvas { s, ox, oy }
    }

    /// The whole pixels a logical rectangle touches, inside a `w` × `h`
    /// picture; `None` if none.
    fn pixels(&self, r: Rect, w: u32, h: u32) -> Option<PxRect> {
        let clamp = |v: f32, most: u32| {
            if v.is_nan() {
                0
            } else {
                v.clamp(0.0, most as f32) as u32
            }
        };
        let x0 = clamp((r.x * self.s + self.ox).floor(), w);
        let y0 = clamp((r.y * self.s + self.oy).floor(), h);
        let x1 = clamp(((r.x + r.w) * self.s + self.ox).ceil(), w);
        let y1 = clamp(((r.y + r.h) * self.s + self.oy).ceil(), h);
        (x1 > x0 && y1 > y0).then_some(PxRect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        })
    }

    fn transform(&self) -> Transform {
        Transform::from_row(self.s, 0.0, 0.0, self.s, self.ox, self.oy)
    }

    fn draw(&self, pixmap: &mut Pixmap, shape: &Shape) {
        // Rectangles, rings and discs are filled paths; lines are stroked.
        let (path, color) = match shape {
            Shape::Rect {
                rect,
                radius,
                color,
            } => (rounded_rect(*rect, *radius), color),
            Shape::Arc {
                cx,
                cy,
                radius,
                width,
                from,
                to,
                color,
            } => (ring(*cx, *cy, *radius, *width, *from, *to), color),
            Shape::Circle {
                cx,
                cy,
                radius,
                color,
            } => (PathBuilder::from_circle(*cx, *cy, radius.max(0.01)), color),
            Shape::Line {
                points,
                width,
                color,
            } => {
                let mut pb = PathBuilder::new();
                for (i, &(x, y)) in points.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(x, y);
                    } else {
                        pb.line_to(x, y);
                    }
                }
                if let Some(path) = pb.finish() {
                    let stroke = Stroke {
                        width: *width,
                        line_cap: LineCap::Round,
                        line_join: LineJoin::Round,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint(*color), &stroke, self.transform(), None);
                }
                return;
            }
            Shape::Text(text) => return self.text(pixmap, text),
        };
        if let Some(path) = path {
            pixmap.fill_path(
                &path,
                &paint(*color),
                FillRule::Winding,
                self.transform(),
                None,
            );
        }
    }

    fn text(&self, pixmap: &mut Pixmap, text: &Text) {
        let size_px = text.size * self.s;
        if !(size_px.is_finite() && size_px > 0.5) || text.color.a == 0 {
            return;
        }
        let scaled = font().as_scaled(PxScale::from(size_px));
        let extra = stroke_per_px(text.weight) * size_px;
        let width = text_width(&text.text, text.size, text.weight) * self.s;
        let mut pen = text.x * self.s + self.ox;
        pen -= match text.align {
            Align::Left => 0.0,
            Align::Center => width / 2.0,
            Align::Right => width,
        };
        let baseline = (text.y * self.s + self.oy).round() as i32;
        let mut cache = glyph_cache().lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() > GLYPH_CACHE_MAX {
            cache.clear();
        }
        let mut previous: Option<GlyphId> = None;
        for c in text.text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = previous {
                pen += scaled.kern(p, id);
            }
            previous = Some(id);
            let quarters = (pen * 4.0).round();
            let whole = (quarters / 4.0).floor();
            let key = GlyphKey {
                id: id.0,
                size: (size_px * 64.0).round() as u32,
                weight: text.weight,
                quarter: (quarters - whole * 4.0) as u8,
            };
            let mask = cache.entry(key).or_insert_with(|| {
                GlyphMask::new(id, size_px, extra, f32::from(key.quarter) / 4.0)
            });
            blend(pixmap, mask, whole as i32, baseline, text.color);
            pen += scaled.h_advance(id) + extra;
        }
    }
}

/// A filled rectangle, its corners rounded by `radius` (at most half a side).
fn rounded_rect(r: Rect, radius: f32) -> Option<Path> {
    let radius = radius.min(r.w / 2.0).min(r.h / 2.0);
    if radius <= 0.0 {
        return Some(PathBuilder::from_rect(tiny_skia::Rect::from_xywh(
            r.x, r.y, r.w, r.h,
        )?));
    }
    // Cubic approximation of a quarter circle.
    let k = radius * 0.552_284_8;
    let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
    let mut pb = PathBuilder::new();
    pb.move_to(x0 + radius, y0);
    pb.line_to(x1 - radius, y0);
    pb.cubic_to(x1 - radius + k, y0, x1, y0 + radius - k, x1, y0 + radius);
    pb.line_to(x1, y1 - radius);
    pb.cubic_to(x1, y1 - radius + k, x1 - radius + k, y1, x1 - radius, y1);
    pb.line_to(x0 + radius, y1);
    pb.cubic_to(x0 + radius - k, y1, x0, y1 - radius + k, x0, y1 - radius);
    pb.line_to(x0, y0 + radius);
    pb.cubic_to(x0, y0 + radius - k, x0 + radius - k, y0, x0 + radius, y0);
    pb.close();
    pb.finish()
}

/// Appends an arc of the circle at `(cx, cy)` from angle `a0` to `a1`
/// (radians, clockwise on screen), in at most quarter-turn cubic pieces. The
/// path must already be at the arc's start.
fn arc_to(pb: &mut PathBuilder, cx: f32, cy: f32, r: f32, a0: f32, a1: f32) {
    let quarter = std::f32::consts::FRAC_PI_2;
    let pieces = ((a1 - a0).abs() / quarter).ceil().max(1.0);
    let delta = (a1 - a0) / pieces;
    let k = 4.0 / 3.0 * (delta / 4.0).tan() * r;
    for i in 0..pieces as u32 {
        let b0 = a0 + delta * i as f32;
        let b1 = b0 + delta;
        let (s0, c0) = b0.sin_cos();
        let (s1, c1) = b1.sin_cos();
        pb.cubic_to(
            cx + r * c0 - k * s0,
            cy + r * s0 + k * c0,
            cx + r * c1 + k * s1,
            cy + r * s1 - k * c1,
            cx + r * c1,
            cy + r * s1,
        );
    }
}

/// A stroke of `width` along the circle of `radius`, from `from` to `to`
/// turns clockwise from 12 o'clock, with round ends; the whole ring if the
/// span is a full turn. Built as a filled outline: filling is much cheaper
/// than stroking, which matters in debug builds.
fn ring(cx: f32, cy: f32, radius: f32, width: f32, from: f32, to: f32) -> Option<Path> {
    let (from, to) = (from.clamp(0.0, 1.0), to.clamp(0.0, 1.0));
    let half = width / 2.0;
    if !(to > from && radius > half && half > 0.0) {
        return None;
    }
    let (outer, inner) = (radius + half, radius - half);
    let mut pb = PathBuilder::new();
    let tau = std::f32::consts::TAU;
    if to - from >= 1.0 {
        // The outer circle one way, the inner the other: a hole by winding.
        pb.move_to(cx + outer, cy);
        arc_to(&mut pb, cx, cy, outer, 0.0, tau);
        pb.close();
        pb.move_to(cx + inner, cy);
        arc_to(&mut pb, cx, cy, inner, tau, 0.0);
        pb.close();
        return pb.finish();
    }
    let pi = std::f32::consts::PI;
    let a0 = from * tau - tau / 4.0;
    let a1 = to * tau - tau / 4.0;
    let at = |r: f32, a: f32| (cx + r * a.cos(), cy + r * a.sin());
    let (x, y) = at(outer, a0);
    pb.move_to(x, y);
    arc_to(&mut pb, cx, cy, outer, a0, a1);
    // Round end: half a circle around the end of the centre line.
    let (ex, ey) = at(radius, a1);
    arc_to(&mut pb, ex, ey, half, a1, a1 + pi);
    arc_to(&mut pb, cx, cy, inner, a1, a0);
    let (sx, sy) = at(radius, a0);
    arc_to(&mut pb, sx, sy, half, a0 + pi, a0 + tau);
    pb.close();
    pb.finish()
}

// ---- glyphs ----

const GLYPH_CACHE_MAX: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct GlyphKey {
    id: u16,
    /// Pixel size in 1/64 px.
    size: u32,
    weight: Weight,
    /// Horizontal offset in quarter pixels, 0..4.
    quarter: u8,
}

/// A glyph's coverage, placed relative to its pen position on the baseline.
struct GlyphMask {
    left: i32,
    top: i32,
    width: usize,
    coverage: Vec<u8>,
}

fn glyph_cache() -> &'static Mutex<HashMap<GlyphKey, GlyphMask>> {
    static CACHE: OnceLock<Mutex<HashMap<GlyphKey, GlyphMask>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

impl GlyphMask {
    const EMPTY: GlyphMask = GlyphMask {
        left: 0,
        top: 0,
        width: 0,
        coverage: Vec::new(),
    };

    /// Fills the outline (and strokes it `extra` px wide for weight), offset
    /// by `shift` px to the right of the pen.
    fn new(id: GlyphId, size_px: f32, extra: f32, shift: f32) -> GlyphMask {
        let font = font();
        let Some(outline) = font.outline(id) else {
            return GlyphMask::EMPTY;
        };
        let scaled = font.as_scaled(PxScale::from(size_px));
        let (hs, vs) = (scaled.h_scale_factor(), scaled.v_scale_factor());
        let pad = extra / 2.0 + 1.0;
        // Outline bounds are in font units, y up: min is (x_min, y_max).
        let b = outline.bounds;
        let left = (b.min.x * hs + shift - pad).floor();
        let top = (-b.min.y * vs - pad).floor();
        let right = (b.max.x * hs + shift + pad).ceil();
        let bottom = (-b.max.y * vs + pad).ceil();
        let (w, h) = ((right - left) as u32, (bottom - top) as u32);
        let map = |p: ab_glyph::Point| (p.x * hs + shift - left, -p.y * vs - top);

        let mut pb = PathBuilder::new();
        let mut last: Option<(f32, f32)> = None;
        for curve in &outline.curves {
            let (start, end) = match curve {
                OutlineCurve::Line(p0, p1) => (map(*p0), map(*p1)),
                OutlineCurve::Quad(p0, _, p2) => (map(*p0), map(*p2)),
                OutlineCurve::Cubic(p0, _, _, p3) => (map(*p0), map(*p3)),
            };
            if last != Some(start) {
                if last.is_some() {
                    pb.close();
                }
                pb.move_to(start.0, start.1);
            }
            match curve {
                OutlineCurve::Line(..) => pb.line_to(end.0, end.1),
                OutlineCurve::Quad(_, p1, _) => {
                    let c = map(*p1);
                    pb.quad_to(c.0, c.1, end.0, end.1);
                }
                OutlineCurve::Cubic(_, p1, p2, _) => {
                    let (c1, c2) = (map(*p1), map(*p2));
                    pb.cubic_to(c1.0, c1.1, c2.0, c2.1, end.0, end.1);
                }
            }
            last = Some(end);
        }
        if last.is_some() {
            pb.close();
        }
        let (Some(path), Some(mut pixmap)) = (pb.finish(), Pixmap::new(w, h)) else {
            return GlyphMask::EMPTY;
        };
        let white = paint(Color::rgb(255, 255, 255));
        pixmap.fill_path(
            &path,
            &white,
            FillRule::Winding,
            Transform::identity(),
            None,
        );
        if extra > 0.0 {
            let stroke = Stroke {
                width: extra,
                line_join: LineJoin::Round,
                ..Stroke::default()
            };
            pixmap.stroke_path(&path, &white, &stroke, Transform::identity(), None);
        }
        GlyphMask {
            left: left as i32,
            top: top as i32,
            width: w as usize,
            coverage: pixmap.pixels().iter().map(|p| p.alpha()).collect(),
        }
    }
}

/// `a * b / 255`, rounded.
fn mul255(a: u8, b: u8) -> u8 {
    let t = u32::from(a) * u32::from(b) + 128;
    ((t + (t >> 8)) >> 8) as u8
}

/// Paints `color` through the glyph's coverage, source-over, at pen `(x, y)`.
/// Works on the premultiplied bytes directly: this loop is most of a redraw.
fn blend(pixmap: &mut Pixmap, mask: &GlyphMask, x: i32, y: i32, color: Color) {
    if mask.width == 0 {
        return;
    }
    let (pw, ph) = (pixmap.width() as i32, pixmap.height() as i32);
    let (x0, y0) = (x + mask.left, y + mask.top);
    let w = mask.width as i32;
    let h = (mask.coverage.len() / mask.width) as i32;
    // The part of the mask inside the pixmap.
    let (c0, c1) = ((-x0).max(0), w.min(pw - x0));
    let (r0, r1) = ((-y0).max(0), h.min(ph - y0));
    if c0 >= c1 || r0 >= r1 {
        return;
    }
    let solid = [color.r, color.g, color.b, 255];
    let data = pixmap.data_mut();
    for row in r0..r1 {
        // Index loops, not iterator chains: they stay fast in debug builds.
        let src_at = (row * w + c0) as usize;
        let mut d = (((y0 + row) * pw + x0 + c0) * 4) as usize;
        for &cov in &mask.coverage[src_at..src_at + (c1 - c0) as usize] {
            if cov == 255 && color.a == 255 {
                data[d..d + 4].copy_from_slice(&solid);
            } else if cov != 0 {
                // Premultiplied source-over; each channel stays <= alpha.
                let a = mul255(cov, color.a);
                let keep = 255 - a;
                data[d] = mul255(color.r, a) + mul255(data[d], keep);
                data[d + 1] = mul255(color.g, a) + mul255(data[d + 1], keep);
                data[d + 2] = mul255(color.b, a) + mul255(data[d + 2], keep);
                data[d + 3] = a + mul255(data[d + 3], keep);
            }
            d += 4;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::scene::{Rect, Scene};

    fn sample() -> Scene {
        let mut scene = Scene::new(Color::rgb(20, 22, 26));
        scene.shapes.push(Shape::Rect {
            rect: Rect::new(10.0, 10.0, 100.0, 40.0),
            radius: 8.0,
            color: Color::rgb(90, 200, 180),
        });
        scene.shapes.push(Shape::Arc {
            cx: 240.0,
            cy: 180.0,
            radius: 60.0,
            width: 10.0,
            from: 0.0,
            to: 0.7,
            color: Color::rgb(90, 200, 180),
        });
        scene.shapes.push(Shape::Text(Text {
            text: "Breathe out 42".into(),
            x: 240.0,
            y: 300.0,
            size: 32.0,
            weight: Weight::Bold,
            color: Color::rgb(240, 240, 240),
            align: Align::Center,
        }));
        scene
    }

    #[test]
    fn raster_is_deterministic_and_scales() {
        let scene = sample();
        let one = raster(&scene, 480, 360, 1.0).expect("draws");
        let again = raster(&scene, 480, 360, 1.0).expect("draws");
        assert_eq!(one.data(), again.data());
        let two = raster(&scene, 960, 720, 2.0).expect("draws");
        assert_eq!((two.width(), two.height()), (960, 720));
        // The same picture, twice as fine: the rectangle's inside is the
        // same colour at the same logical place.
        let at = |p: &Pixmap, x: u32, y: u32| p.pixel(x, y).map(|c| c.demultiply());
        assert_eq!(at(&one, 60, 30), at(&two, 120, 60));
        assert_eq!(at(&one, 300, 30), at(&two, 600, 60));
    }

    #[test]
    fn text_is_drawn_where_it_is_measured() {
        let mut scene = Scene::new(Color::rgb(0, 0, 0));
        let width = text_width("Hold", 40.0, Weight::Regular);
        assert!((50.0..120.0).contains(&width), "{width}");
        scene.shapes.push(Shape::Text(Text {
            text: "Hold".into(),
            x: 100.0,
            y: 100.0,
            size: 40.0,
            weight: Weight::Regular,
            color: Color::rgb(255, 255, 255),
            align: Align::Left,
        }));
        let p = raster(&scene, 600, 360, 1.0).expect("draws");
        let lit: Vec<(u32, u32)> = (0..360)
            .flat_map(|y| (0..600).map(move |x| (x, y)))
            .filter(|&(x, y)| p.pixel(x, y).is_some_and(|c| c.red() > 128))
            .collect();
        let min_x = lit.iter().map(|p| p.0).min().expect("something drawn");
        let max_x = lit.iter().map(|p| p.0).max().expect("something drawn");
        let max_y = lit.iter().map(|p| p.1).max().expect("something drawn");
        assert!((99..=106).contains(&min_x), "{min_x}");
        assert!(max_x as f32 <= 100.0 + width + 1.0, "{max_x} {width}");
        assert!((96..=101).contains(&max_y), "sits on the baseline: {max_y}");
    }

    #[test]
    fn the_font_covers_latin_text_and_the_views_punctuation() {
        for c in "AZaz09 —·’…%éüß".chars() {
            assert!(has_glyph(c), "{c:?} missing");
        }
        assert!(!has_glyph('\u{10FFFF}'));
    }

    #[test]
    fn bad_sizes_and_scales_are_errors() {
        let scene = sample();
        assert!(matches!(
            raster(&scene, 0, 10, 1.0),
            Err(RenderError::Size { .. })
        ));
        assert!(matches!(
            raster(&scene, 100_000, 10, 1.0),
            Err(RenderError::Size { .. })
        ));
        assert!(matches!(
            raster(&scene, 10, 10, f32::NAN),
            Err(RenderError::Scale(_))
        ));
        assert!(matches!(
            raster(&scene, 10, 10, 0.0),
            Err(RenderError::Scale(_))
        ));
    }

    /// Every pixel a shape inks lies inside its `bounds`, at scale 1 and 2:
    /// what lets `damage` redraw a part of the window alone.
    #[test]
    fn bounds_hold_every_pixel_a_shape_inks() {
        use crate::routine::builtin;
        use crate::ui::player::Player;
        let p = Player::new(
            builtin::find(builtin::UPPER_TRAP).expect("built-in"),
            true,
            0,
        );
        let mut scenes = vec![
            crate::ui::view(&p.state(27_500)),
            crate::ui::view(&p.state(200_000)),
        ];
        scenes.push(crate::ui::view(
            &Player::new(sample_routine(), false, 0).state(0),
        ));
        for scene in scenes {
            for shape in &scene.shapes {
                let mut alone = Scene::new(scene.background);
                alone.shapes.push(shape.clone());
                let b = bounds(shape);
                for scale in [1u32, 2] {
                    let p = raster(&alone, 600 * scale, 360 * scale, scale as f32).expect("draws");
                    let (s, width) = (scale as f32, p.width() as usize);
                    let pixels = p.pixels();
                    let bg = pixels[0];
                    for (i, px) in pixels.iter().enumerate() {
                        if *px != bg {
                            let (x, y) = (i % width, i / width);
                            let (lx, ly) = (x as f32 / s, y as f32 / s);
                            assert!(
                                b.contains(lx, ly) && b.contains(lx + 1.0 / s, ly + 1.0 / s),
                                "{shape:?} inks ({x}, {y}) at scale {scale}, outside {b:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    fn sample_routine() -> crate::routine::Routine {
        crate::routine::builtin::find(crate::routine::builtin::DESK_RESET).expect("built-in")
    }

    #[test]
    fn xrgb_is_demultiplied_rgb() {
        let mut scene = Scene::new(Color::rgb(0x12, 0x34, 0x56));
        scene.shapes.clear();
        let p = raster(&scene, 4, 4, 1.0).expect("draws");
        assert_eq!(to_xrgb(&p), vec![0x0012_3456; 16]);
    }
}
