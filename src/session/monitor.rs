//! Which monitor the user is at, on X11, so a window opens where they look:
//! the RandR 1.5 monitors (which include those made with `xrandr
//! --setmonitor`, missing from winit's list of CRTCs) and the pointer. On
//! Wayland no client learns either; there the compositor places windows.

use x11rb::connection::Connection as _;
use x11rb::protocol::randr::ConnectionExt as _;
use x11rb::protocol::xproto::ConnectionExt as _;

/// A monitor's name and its rectangle on the screen, in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub name: String,
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Area {
    /// Whether the point is on this monitor.
    pub fn holds(&self, (x, y): (i32, i32)) -> bool {
        let right = i64::from(self.x) + i64::from(self.width);
        let bottom = i64::from(self.y) + i64::from(self.height);
        self.x <= x && i64::from(x) < right && self.y <= y && i64::from(y) < bottom
    }

    /// The top-left corner of a window of `size` centred on this monitor
    /// (at its top-left corner when the window is larger).
    pub fn centred(&self, (width, height): (u32, u32)) -> (i32, i32) {
        let margin =
            |room: u32, used: u32| i32::try_from(room.saturating_sub(used) / 2).unwrap_or(0);
        (
            self.x + margin(self.width, width),
            self.y + margin(self.height, height),
        )
    }
}

/// The monitor named `wanted` if there is one, else the one under the
/// pointer, else none (the window system places the window).
pub fn pick<'a>(
    monitors: &'a [Area],
    pointer: (i32, i32),
    wanted: Option<&str>,
) -> Option<&'a Area> {
    wanted
        .and_then(|name| monitors.iter().find(|m| m.name == name))
        .or_else(|| monitors.iter().find(|m| m.holds(pointer)))
}

/// The X server's monitors and the pointer's place on the root window.
pub fn read_x11() -> Result<(Vec<Area>, (i32, i32)), String> {
    let (conn, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
    let root = conn.setup().roots[screen].root;
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let pointer = conn
        .query_pointer(root)
        .map_err(|e| err(&e))?
        .reply()
        .map_err(|e| err(&e))?;
    let reply = conn
        .randr_get_monitors(root, true)
        .map_err(|e| err(&e))?
        .reply()
        .map_err(|e| format!("RandR 1.5 monitors: {e}"))?;
    let mut monitors = Vec::with_capacity(reply.monitors.len());
    for m in reply.monitors {
        let name = conn
            .get_atom_name(m.name)
            .ok()
            .and_then(|c| c.reply().ok())
            .map(|r| String::from_utf8_lossy(&r.name).into_owned())
            .unwrap_or_default();
        monitors.push(Area {
            name,
            x: i32::from(m.x),
            y: i32::from(m.y),
            width: u32::from(m.width),
            height: u32::from(m.height),
        });
    }
    Ok((
        monitors,
        (i32::from(pointer.root_x), i32::from(pointer.root_y)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(name: &str, x: i32, width: u32) -> Area {
        Area {
            name: name.into(),
            x,
            y: 0,
            width,
            height: 800,
        }
    }

    #[test]
    fn the_pointer_picks_the_monitor_unless_one_is_named() {
        let two = [area("left", 0, 640), area("right", 640, 640)];
        assert_eq!(pick(&two, (900, 400), None), Some(&two[1]));
        assert_eq!(pick(&two, (639, 799), None), Some(&two[0]));
        assert_eq!(pick(&two, (900, 400), Some("left")), Some(&two[0]));
        // A name no monitor has falls back to the pointer.
        assert_eq!(pick(&two, (10, 10), Some("HDMI-9")), Some(&two[0]));
        // Off every monitor (a gap between them): none.
        assert_eq!(pick(&two, (1400, 10), None), None);
        assert_eq!(pick(&[], (0, 0), None), None);
    }

    #[test]
    fn a_window_is_centred_on_its_monitor_and_never_left_of_it() {
        let right = area("right", 640, 640);
        assert_eq!(right.centred((600, 360)), (660, 220));
        assert_eq!(right.centred((800, 900)), (640, 0));
    }
}
