//! Pure: the high-contrast palette (WCAG 2.2 AAA: 7:1 for text, 3:1 for
//! controls and focus rings) and a scene redrawn in it. Every view keeps
//! drawing in its one palette; `high` maps each of its colours to the
//! high-contrast one and outlines the filled controls, whose fill goes black.

use super::scene::{Color, Scene, Shape};
use super::view::{ACCENT, BACKGROUND};

/// The high-contrast colours.
pub const HC_BACKGROUND: Color = Color::rgb(0, 0, 0);
pub const HC_TEXT: Color = Color::rgb(255, 255, 255);
/// Secondary text, still far above 7:1.
pub const HC_MUTED: Color = Color::rgb(214, 214, 214);
/// The accent: primary buttons (black text on it), the ring, focus rings.
pub const HC_ACCENT: Color = Color::rgb(255, 225, 77);
/// Warnings and the tension line.
pub const HC_WARM: Color = Color::rgb(255, 158, 94);
/// Tracks, bars and props: controls and graphics, at least 3:1.
pub const HC_TRACK: Color = Color::rgb(110, 110, 110);
pub const HC_OTHER: Color = Color::rgb(176, 176, 176);
/// The edge drawn around a plain button or card, whose fill goes black.
pub const HC_EDGE: Color = Color::rgb(255, 255, 255);

/// Each colour the views draw with (without alpha), its high-contrast one,
/// and for a filled rectangle of it that is a control, card or chip (text
/// may stand on it): the edge it gets instead, its fill going black.
const MAP: &[(Color, Color, Option<Color>)] = &[
    (BACKGROUND, HC_BACKGROUND, None),
    // Preferences' sidebar.
    (Color::rgb(28, 33, 40), HC_BACKGROUND, None),
    // Cards and plain buttons.
    (Color::rgb(38, 45, 54), HC_BACKGROUND, Some(HC_EDGE)),
    // Tracks of rings and bars, switches and day chips that are off.
    (Color::rgb(48, 57, 68), HC_TRACK, Some(HC_TRACK)),
    (Color::rgb(238, 241, 244), HC_TEXT, None),
    // Preferences' labels.
    (Color::rgb(214, 220, 226), HC_TEXT, None),
    (Color::rgb(160, 172, 184), HC_MUTED, None),
    (ACCENT, HC_ACCENT, None),
    (Color::rgb(108, 122, 138), HC_OTHER, None),
    (Color::rgb(242, 170, 96), HC_WARM, None),
    // The figure: its body, props and the ball.
    (Color::rgb(206, 214, 222), HC_TEXT, None),
    (Color::rgb(78, 90, 104), HC_TRACK, None),
    (Color::rgb(232, 150, 92), HC_WARM, None),
];

/// The colour in high contrast (alpha kept) and a filled rectangle's edge:
/// from the map, else black or white by its lightness.
fn map(c: Color) -> (Color, Option<Color>) {
    let opaque = Color::rgb(c.r, c.g, c.b);
    let (to, edge) = MAP
        .iter()
        .find(|(from, _, _)| *from == opaque)
        .map(|(_, to, edge)| (*to, *edge))
        .unwrap_or_else(|| {
            if luminance(opaque) > 0.18 {
                (HC_TEXT, None)
            } else {
                (HC_BACKGROUND, None)
            }
        });
    (to.with_alpha(c.a), edge)
}

/// `scene` in the high-contrast palette: every colour mapped, and an edge
/// around each plain button and card (their fill is the background's now).
pub fn high(scene: Scene) -> Scene {
    let mut out = scene;
    out.background = map(out.background).0;
    let shapes = std::mem::take(&mut out.shapes);
    let mut shapes_out = Vec::with_capacity(shapes.len());
    for shape in shapes {
        match shape {
            Shape::Rect {
                rect,
                radius,
                color,
            } => {
                let (mapped, edge) = map(color);
                let edge = edge.filter(|_| rect.w > 6.0 && rect.h > 6.0);
                let fill = match edge {
                    Some(_) => HC_BACKGROUND.with_alpha(color.a),
                    None => mapped,
                };
                shapes_out.push(Shape::Rect {
                    rect,
                    radius,
                    color: fill,
                });
                if let Some(edge) = edge {
                    let (x0, y0) = (rect.x + 1.0, rect.y + 1.0);
                    let (x1, y1) = (rect.x + rect.w - 1.0, rect.y + rect.h - 1.0);
                    shapes_out.push(Shape::Line {
                        points: vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
                        width: 2.0,
                        color: edge,
                    });
                }
            }
            Shape::Arc {
                cx,
                cy,
                radius,
                width,
                from,
                to,
                color,
            } => shapes_out.push(Shape::Arc {
                cx,
                cy,
                radius,
                width,
                from,
                to,
                color: map(color).0,
            }),
            Shape::Circle {
                cx,
                cy,
                radius,
                color,
            } => shapes_out.push(Shape::Circle {
                cx,
                cy,
                radius,
                color: map(color).0,
            }),
            Shape::Line {
                points,
                width,
                color,
            } => shapes_out.push(Shape::Line {
                points,
                width,
                color: map(color).0,
            }),
            Shape::Text(mut t) => {
                t.color = map(t.color).0;
                shapes_out.push(Shape::Text(t));
            }
        }
    }
    out.shapes = shapes_out;
    out
}

/// WCAG 2.2 relative luminance of an sRGB colour.
pub fn luminance(c: Color) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/// WCAG 2.2 contrast ratio of two colours (1 to 21).
pub fn ratio(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;
    use crate::ui::player::{Opening, Player, PlayerInput};
    use crate::ui::scene::{Rect, Text};

    #[test]
    fn the_ratios_are_wcag_s() {
        assert!((ratio(Color::rgb(0, 0, 0), Color::rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((ratio(ACCENT, ACCENT) - 1.0).abs() < 1e-9);
        // The WCAG example: #777777 on white is 4.48:1.
        let grey = ratio(Color::rgb(0x77, 0x77, 0x77), Color::rgb(255, 255, 255));
        assert!((grey - 4.48).abs() < 0.01, "{grey}");
    }

    /// The palette itself: every text colour 7:1 on the background (and
    /// the background's black 7:1 on the accent of primary buttons),
    /// every control, track and edge 3:1 on the background.
    #[test]
    fn the_high_contrast_palette_meets_aaa() {
        for text in [HC_TEXT, HC_MUTED, HC_ACCENT, HC_WARM] {
            let r = ratio(text, HC_BACKGROUND);
            assert!(r >= 7.0, "{text:?} on the background: {r:.2}");
        }
        let r = ratio(HC_BACKGROUND, HC_ACCENT);
        assert!(r >= 7.0, "black on the accent: {r:.2}");
        for control in [HC_TRACK, HC_OTHER, HC_EDGE, HC_ACCENT, HC_WARM] {
            let r = ratio(control, HC_BACKGROUND);
            assert!(r >= 3.0, "{control:?} on the background: {r:.2}");
        }
        // The accent (the ring's done part) against the track beside it.
        let r = ratio(HC_ACCENT, HC_TRACK);
        assert!(r >= 3.0, "accent against track: {r:.2}");
    }

    /// The fill a text run is drawn on: the last filled rectangle before it
    /// that holds its middle, else the background.
    fn under(scene: &Scene, i: usize, t: &Text) -> Color {
        let (x, y) = (t.x, t.y - t.size * 0.35);
        scene.shapes[..i]
            .iter()
            .rev()
            .find_map(|s| match s {
                Shape::Rect { rect, color, .. }
                    if color.a == 255 && rect.contains(x, y) && rect.w > 8.0 =>
                {
                    Some(*color)
                }
                _ => None,
            })
            .unwrap_or(scene.background)
    }

    fn scenes() -> Vec<(String, Scene)> {
        let routine = builtin::find(builtin::UPPER_TRAP).expect("a built-in");
        let opening = Opening {
            checkin: crate::config::CheckIn::BeforeAfter,
            ..Opening::default()
        };
        let mut p = Player::open(routine, opening, 0);
        let mut out = vec![("start".to_owned(), crate::ui::view(&p.state(0)))];
        p.handle(PlayerInput::Begin, 0);
        out.push(("check-in".into(), crate::ui::view(&p.state(0))));
        p.handle(PlayerInput::Rate(4), 0);
        for at in [1_000, 30_000, 200_000] {
            out.push((format!("playing {at}"), crate::ui::view(&p.state(at))));
        }
        p.handle(PlayerInput::TogglePause, 200_000);
        out.push(("paused".into(), crate::ui::view(&p.state(200_000))));
        let mut prefs = crate::ui::prefs::Prefs::new(crate::config::Config::default(), false);
        for section in crate::config::prefs::Section::ALL {
            prefs.focus_section(section);
            out.push((format!("{section:?}"), crate::ui::prefs::view(&prefs)));
        }
        out.push((
            "welcome".into(),
            crate::ui::prefs::welcome_view(&crate::ui::prefs::Welcome::new()),
        ));
        out
    }

    /// In the windows as drawn in high contrast, every text run is 7:1
    /// against what it is drawn on, and every colour is the palette's.
    #[test]
    fn every_text_in_high_contrast_is_seven_to_one_on_what_is_under_it() {
        for (name, scene) in scenes() {
            let hc = high(scene);
            for (i, s) in hc.shapes.iter().enumerate() {
                if let Shape::Text(t) = s {
                    let bg = under(&hc, i, t);
                    let r = ratio(t.color, bg);
                    assert!(r >= 7.0, "{name}: {:?} at {r:.2}", t.text);
                }
            }
        }
    }

    /// A plain button gets an edge of 3:1 or more; the primary button stays
    /// the accent with black text; nothing of the normal palette is left.
    #[test]
    fn buttons_get_an_edge_and_no_normal_colour_is_left() {
        for (name, scene) in scenes() {
            let hc = high(scene.clone());
            for s in &hc.shapes {
                let c = match s {
                    Shape::Rect { color, .. }
                    | Shape::Arc { color, .. }
                    | Shape::Circle { color, .. }
                    | Shape::Line { color, .. } => *color,
                    Shape::Text(t) => t.color,
                };
                let opaque = Color::rgb(c.r, c.g, c.b);
                assert!(
                    [
                        HC_BACKGROUND,
                        HC_TEXT,
                        HC_MUTED,
                        HC_ACCENT,
                        HC_WARM,
                        HC_TRACK,
                        HC_OTHER,
                        HC_EDGE
                    ]
                    .contains(&opaque),
                    "{name}: {c:?} is not in the palette"
                );
            }
            for b in &scene.buttons {
                let edged = hc.shapes.iter().any(|s| match s {
                    Shape::Line { points, color, .. } => {
                        *color == HC_EDGE
                            && points.first().is_some_and(|(x, y)| {
                                Rect::new(b.rect.x, b.rect.y, 2.0, 2.0).contains(*x, *y)
                            })
                    }
                    _ => false,
                });
                let primary = hc.shapes.iter().any(|s| {
                    matches!(s, Shape::Rect { rect, color, .. } if *rect == b.rect && *color == HC_ACCENT)
                });
                assert!(edged || primary, "{name}: {:?} has no edge", b.label);
            }
        }
    }
}
