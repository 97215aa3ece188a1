//! Pure data: what one frame of the guided window shows, in logical pixels.
//! `view` makes a `Scene`, `raster` draws it, and `Scene::hit` turns a click
//! into the `PlayerInput` of the button under it.

use super::player::PlayerInput;

/// The window's size in logical pixels; every scene is laid out for it.
pub const WIDTH: f32 = 600.0;
pub const HEIGHT: f32 = 360.0;

/// Straight (not premultiplied) sRGB with alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Color {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    pub const fn with_alpha(self, a: u8) -> Color {
        Color { a, ..self }
    }
}

/// An axis-aligned rectangle: top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    /// Half-open on the right and bottom edges, so touching buttons never
    /// both claim a point.
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x && x < self.x + self.w && y >= self.y && y < self.y + self.h
    }

    /// Whether `other` lies wholly inside (edges included).
    pub fn encloses(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.w <= self.x + self.w
            && other.y + other.h <= self.y + self.h
    }

    /// Whether the two share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    /// Grown by `by` on every side.
    pub fn inflate(&self, by: f32) -> Rect {
        Rect::new(
            self.x - by,
            self.y - by,
            self.w + 2.0 * by,
            self.h + 2.0 * by,
        )
    }
}

/// How heavy a text run looks. The font ships one weight (Ubuntu Light); the
/// others are drawn by stroking the outline as well as filling it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Light,
    Regular,
    Bold,
}

/// Where `Text::x` is: the start, the middle or the end of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One line of text; `y` is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub text: String,
    pub x: f32,
    pub y: f32,
    /// Pixel height of the font (ab_glyph's `PxScale`), logical.
    pub size: f32,
    pub weight: Weight,
    pub color: Color,
    pub align: Align,
}

/// Something drawn, back to front.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle, with rounded corners if `radius > 0`.
    Rect {
        rect: Rect,
        radius: f32,
        color: Color,
    },
    /// An arc of a circle stroked with round ends, `from` and `to` in turns
    /// clockwise from 12 o'clock (0..=1; `0, 1` is the whole circle).
    Arc {
        cx: f32,
        cy: f32,
        radius: f32,
        width: f32,
        from: f32,
        to: f32,
        color: Color,
    },
    /// A filled circle (the figure's head, a hand, the ball).
    Circle {
        cx: f32,
        cy: f32,
        radius: f32,
        color: Color,
    },
    /// A stroked polyline with round ends and joins (a check mark, a limb).
    Line {
        points: Vec<(f32, f32)>,
        width: f32,
        color: Color,
    },
    Text(Text),
}

/// A clickable rectangle. The view draws it with shapes; this is what makes
/// it clickable (and lets tests find it by its label).
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub rect: Rect,
    pub label: String,
    pub input: PlayerInput,
}

/// A part of the window that changes on its own while the rest stays:
/// what `damage` may redraw alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The figure's panel (the figure moves on its 33 ms grid).
    Figure,
    /// The progress ring (its seconds, or a breath's quarter seconds).
    Ring,
    /// The seconds left, as a number.
    Countdown,
    /// The routine's progress bar (whole seconds of the routine).
    Progress,
}

/// Where a `Part` is: every shape that changes within it lies inside `rect`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    pub part: Part,
    pub rect: Rect,
}

/// A text the layout could not fit even after giving way (wrapping,
/// shrinking to its smallest readable size): drawn cut or past its room.
/// A scene with any is a layout bug; the overflow test lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct Overflow {
    /// The whole text, as it should have been read.
    pub text: String,
    /// Logical pixels it needs at the smallest size its place allows (for
    /// wrapped text: its whole run on one line).
    pub width_needed: f32,
    /// Logical pixels it had (for wrapped text: its lines' width times
    /// how many lines it may take).
    pub width_had: f32,
}

/// One frame, in logical pixels for a `width` × `height` window.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub background: Color,
    pub shapes: Vec<Shape>,
    pub buttons: Vec<Button>,
    /// The parts that may change from one frame to the next without the
    /// rest (`damage`); none: any change redraws the whole window.
    pub regions: Vec<Region>,
    /// Every text that does not fit its room (`Overflow`): none, in a
    /// good layout.
    pub overflow: Vec<Overflow>,
}

impl Scene {
    /// An empty scene of the window's size.
    pub fn new(background: Color) -> Scene {
        Scene {
            width: WIDTH,
            height: HEIGHT,
            background,
            shapes: Vec::new(),
            buttons: Vec::new(),
            regions: Vec::new(),
            overflow: Vec::new(),
        }
    }

    /// The input of the button at logical `(x, y)`, if any. Buttons never
    /// overlap, so the first hit is the only one.
    pub fn hit(&self, x: f32, y: f32) -> Option<PlayerInput> {
        self.buttons
            .iter()
            .find(|b| b.rect.contains(x, y))
            .map(|b| b.input)
    }

    /// Records that `text` needed `width_needed` logical pixels and had
    /// `width_had`.
    pub fn overflowed(&mut self, text: &str, width_needed: f32, width_had: f32) {
        self.overflow.push(Overflow {
            text: text.to_owned(),
            width_needed,
            width_had,
        });
    }

    /// Every text run of the scene (button labels included), in drawing
    /// order: what a test (or a screen reader, one day) can read.
    pub fn texts(&self) -> Vec<&str> {
        self.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text(t) => Some(t.text.as_str()),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hit_finds_the_button_under_the_point() {
        let mut scene = Scene::new(Color::rgb(0, 0, 0));
        for (x, input) in [(10.0, PlayerInput::Next), (60.0, PlayerInput::Stop)] {
            scene.buttons.push(Button {
                rect: Rect::new(x, 10.0, 50.0, 20.0),
                label: String::new(),
                input,
            });
        }
        assert_eq!(scene.hit(10.0, 10.0), Some(PlayerInput::Next));
        assert_eq!(scene.hit(60.0, 29.9), Some(PlayerInput::Stop));
        assert_eq!(scene.hit(110.0, 15.0), None);
        assert_eq!(scene.hit(30.0, 30.0), None);
        assert_eq!(scene.hit(f32::NAN, 15.0), None);
    }
}
