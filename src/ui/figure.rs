//! Pure: a `Pose` drawn as shapes inside a panel of the window. The figure is
//! a few round-capped strokes and discs in a 100×100 box scaled into the
//! panel; mirrored for the right side. Props (chair, wall, floor, towel,
//! ball) are drawn in the window's quiet colours, the working part in the
//! accent.

use super::pose::{Figure, Motion, Pose};
use super::scene::{Color, Rect, Shape};

const BODY: Color = Color::rgb(206, 214, 222);
const PROP: Color = Color::rgb(78, 90, 104);
const ACCENT: Color = super::view::ACCENT;

/// Maps the figure's 100×100 box into `area`, centred, mirrored if asked.
struct Pen {
    x0: f32,
    y0: f32,
    k: f32,
    mirrored: bool,
    shapes: Vec<Shape>,
}

impl Pen {
    fn new(area: Rect, mirrored: bool) -> Pen {
        let k = (area.w / 100.0).min(area.h / 100.0);
        Pen {
            x0: area.x + (area.w - 100.0 * k) / 2.0,
            y0: area.y + (area.h - 100.0 * k) / 2.0,
            k,
            mirrored,
            shapes: Vec::new(),
        }
    }

    fn at(&self, (x, y): (f32, f32)) -> (f32, f32) {
        let x = if self.mirrored { 100.0 - x } else { x };
        (self.x0 + x * self.k, self.y0 + y * self.k)
    }

    fn line(&mut self, points: &[(f32, f32)], width: f32, color: Color) {
        let points = points.iter().map(|&p| self.at(p)).collect();
        self.shapes.push(Shape::Line {
            points,
            width: width * self.k,
            color,
        });
    }

    fn disc(&mut self, c: (f32, f32), r: f32, color: Color) {
        let (cx, cy) = self.at(c);
        self.shapes.push(Shape::Circle {
            cx,
            cy,
            radius: r * self.k,
            color,
        });
    }

    fn ring(&mut self, c: (f32, f32), r: f32, width: f32, color: Color) {
        let (cx, cy) = self.at(c);
        self.shapes.push(Shape::Arc {
            cx,
            cy,
            radius: r * self.k,
            width: width * self.k,
            from: 0.0,
            to: 1.0,
            color,
        });
    }

    /// The movement's arrow: from `from` to `to` going in, reversed going out.
    fn cue(&mut self, cue: Motion, from: (f32, f32), to: (f32, f32)) {
        match cue {
            Motion::In => self.arrow(from, to, ACCENT),
            Motion::Out => self.arrow(to, from, ACCENT),
            Motion::Still => {}
        }
    }

    /// A short arrow from `from` to `to`.
    fn arrow(&mut self, from: (f32, f32), to: (f32, f32), color: Color) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt().max(0.01);
        let (ux, uy) = (dx / len, dy / len);
        let head = 3.5;
        let left = (to.0 - head * (ux + uy), to.1 - head * (uy - ux));
        let right = (to.0 - head * (ux - uy), to.1 - head * (uy + ux));
        self.line(&[from, to], 1.8, color);
        self.line(&[left, to, right], 1.8, color);
    }
}

/// Rotates `v` by `deg` degrees (clockwise on screen, y down).
fn turn(v: (f32, f32), deg: f32) -> (f32, f32) {
    let (s, c) = deg.to_radians().sin_cos();
    (v.0 * c - v.1 * s, v.0 * s + v.1 * c)
}

fn add(a: (f32, f32), b: (f32, f32)) -> (f32, f32) {
    (a.0 + b.0, a.1 + b.1)
}

fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

/// The shapes of `pose` inside `area`, back to front.
pub fn draw(pose: &Pose, area: Rect) -> Vec<Shape> {
    let mut pen = Pen::new(area, pose.mirrored);
    let a = pose.amount.clamp(0.0, 1.0);
    let b = pose.breath.clamp(0.0, 1.0);
    match pose.figure {
        Figure::NeckStretch => neck_stretch(&mut pen, a, b),
        Figure::BallPress => ball_press(&mut pen, a, b, pose.cue),
        Figure::ProneY => prone_y(&mut pen, a, pose.cue),
        Figure::WallY => wall_y(&mut pen, a, pose.cue),
        Figure::BladesDown => blades_down(&mut pen, a, pose.cue),
    }
    pen.shapes
}

/// Seated, seen from behind or the front: chair, legs, torso, arms.
/// Returns the shoulders' height.
fn seated(pen: &mut Pen, breath: f32, drop: f32) -> f32 {
    pen.line(&[(26.0, 77.0), (74.0, 77.0)], 4.0, PROP);
    pen.line(&[(30.0, 77.0), (30.0, 97.0)], 3.0, PROP);
    pen.line(&[(70.0, 77.0), (70.0, 97.0)], 3.0, PROP);
    for x in [41.0, 59.0] {
        pen.line(&[(x, 74.0), (x, 80.0), (x, 96.0)], 8.0, BODY);
    }
    let shoulder_y = 41.0 - 1.6 * breath + 2.5 * drop;
    pen.line(
        &[(50.0, 72.0), (50.0, shoulder_y + 4.0)],
        20.0 + 3.0 * breath,
        BODY,
    );
    pen.line(&[(34.0, shoulder_y), (66.0, shoulder_y)], 9.0, BODY);
    pen.line(&[(34.0, shoulder_y), (31.0, 70.0)], 6.5, BODY);
    pen.line(&[(66.0, shoulder_y), (69.0, 70.0)], 6.5, BODY);
    shoulder_y
}

/// Front view: the head tips toward the called shoulder (the drawing is a
/// mirror: your left is on the left); the stretched side lights up.
fn neck_stretch(pen: &mut Pen, a: f32, breath: f32) {
    let shoulder_y = seated(pen, breath, 0.0);
    let base = (50.0, shoulder_y - 2.0);
    let tilt = -30.0 * a;
    let head = add(base, turn((0.0, -15.0), tilt));
    pen.line(&[base, add(base, turn((0.0, -7.0), tilt))], 8.0, BODY);
    if a > 0.05 {
        // The far side of the neck, where the stretch is felt.
        let alpha = (a * 255.0) as u8;
        pen.line(
            &[add(base, turn((4.5, -7.0), tilt)), (57.0, shoulder_y - 1.0)],
            2.5,
            ACCENT.with_alpha(alpha),
        );
    }
    pen.disc(head, 10.5, BODY);
}

/// Side view: back to the wall, knees soft, the ball between the top of the
/// shoulder blade area and the wall; leaning back presses it.
fn ball_press(pen: &mut Pen, a: f32, breath: f32, cue: Motion) {
    pen.line(&[(80.0, 4.0), (80.0, 98.0)], 4.0, PROP);
    pen.line(&[(8.0, 98.0), (80.0, 98.0)], 3.0, PROP);
    let hip = (62.0, 62.0);
    pen.line(&[(57.0, 96.0), (52.0, 80.0), hip], 8.0, BODY);
    let lean = 7.0 + 7.0 * a;
    let shoulder = add(hip, turn((0.0, -29.0), lean));
    pen.line(&[hip, shoulder], 15.0 + 2.0 * breath, BODY);
    let head = add(shoulder, turn((-2.0, -12.0), lean * 0.5));
    pen.line(&[shoulder, add(shoulder, (-1.0, -5.0))], 6.0, BODY);
    pen.disc(head, 7.5, BODY);
    pen.line(
        &[add(shoulder, (-1.0, 2.0)), add(shoulder, (-5.0, 25.0))],
        6.0,
        BODY,
    );
    // The ball fills the gap between the upper back and the wall.
    let back = shoulder.0 + 7.5;
    let ball_r = ((80.0 - 2.0 - back) / 2.0).clamp(2.5, 6.0);
    let ball = (80.0 - 2.0 - ball_r, shoulder.1 + 3.0);
    pen.disc(ball, ball_r, Color::rgb(232, 150, 92));
    pen.ring(ball, ball_r + 3.0, 1.8, ACCENT);
    pen.cue(cue, (46.0, shoulder.1 + 8.0), (56.0, shoulder.1 + 8.0));
}

/// Face down: from above, the arms in a Y (about 125° apart, thumbs up);
/// from the side, the small lift with the forehead on a towel.
fn prone_y(pen: &mut Pen, a: f32, cue: Motion) {
    let arms = ACCENT.with_alpha((140.0 + 115.0 * a) as u8);
    // From above (top half).
    pen.line(&[(50.0, 18.0), (50.0, 36.0)], 12.0, BODY);
    pen.line(&[(47.0, 37.0), (45.0, 52.0)], 5.5, BODY);
    pen.line(&[(53.0, 37.0), (55.0, 52.0)], 5.5, BODY);
    for side in [-1.0, 1.0] {
        let shoulder = (50.0 + 5.5 * side, 19.0);
        let hand = add(shoulder, turn((0.0, -20.0), 62.0 * side));
        pen.line(&[shoulder, hand], 4.5, arms);
        pen.disc(add(hand, (0.0, -2.5)), 1.6, ACCENT);
    }
    pen.disc((50.0, 12.5), 5.5, BODY);
    // From the side (bottom half).
    pen.line(&[(6.0, 96.0), (94.0, 96.0)], 2.5, PROP);
    pen.line(&[(16.0, 94.0), (28.0, 94.0)], 3.0, PROP);
    pen.line(&[(34.0, 89.0), (66.0, 90.0)], 9.0, BODY);
    pen.line(&[(66.0, 90.0), (92.0, 92.0)], 6.0, BODY);
    pen.disc((25.0, 87.5), 5.0, BODY);
    let lift = lerp(4.0, 17.0, a);
    let shoulder = (35.0, 87.0);
    let hand = add(shoulder, turn((-27.0, 0.0), lift));
    pen.line(&[shoulder, hand], 4.5, arms);
    pen.cue(cue, add(hand, (2.0, 2.0)), add(hand, (2.0, -7.0)));
}

/// Side view, facing the wall: the arms up in a Y with the little-finger
/// side on the wall, then lifted a few centimetres off it.
fn wall_y(pen: &mut Pen, a: f32, cue: Motion) {
    pen.line(&[(20.0, 4.0), (20.0, 98.0)], 4.0, PROP);
    pen.line(&[(20.0, 98.0), (92.0, 98.0)], 3.0, PROP);
    pen.line(&[(44.0, 96.0), (46.0, 62.0)], 8.0, BODY);
    pen.line(&[(46.0, 62.0), (46.0, 34.0)], 15.0, BODY);
    let shoulder = (45.0, 33.0);
    let hand = (lerp(25.0, 31.0, a), lerp(7.0, 8.0, a));
    let arm = ACCENT.with_alpha((140.0 + 115.0 * a) as u8);
    pen.line(&[shoulder, hand], 4.5, arm);
    pen.disc(add(hand, (0.0, -2.5)), 1.6, ACCENT);
    // The head over the raised arm: the arm passes beside it, behind.
    pen.disc((47.0, 22.0), 7.5, BODY);
    pen.cue(cue, (hand.0 + 3.0, 3.0), (hand.0 + 11.0, 3.0));
}

/// From behind: the shoulder blades slide down and in; the shoulders drop.
fn blades_down(pen: &mut Pen, a: f32, cue: Motion) {
    let shoulder_y = seated(pen, 0.5, a);
    pen.line(
        &[(50.0, shoulder_y - 2.0), (50.0, shoulder_y - 8.0)],
        8.0,
        BODY,
    );
    pen.disc((50.0, shoulder_y - 16.0), 10.5, BODY);
    for side in [-1.0, 1.0] {
        let x = 50.0 + side * lerp(9.5, 8.0, a);
        let top = shoulder_y + 3.0 + 3.0 * a;
        pen.line(
            &[(x + side * 2.0, top), (x - side * 0.5, top + 11.0)],
            3.5,
            ACCENT,
        );
    }
    pen.cue(cue, (78.0, shoulder_y), (78.0, shoulder_y + 12.0));
}
