//! Signs that the user must not be interrupted: a call (the microphone or a
//! camera in use), the screen shared, a presentation (an idle inhibitor, a
//! fullscreen view on sway), notifications paused. Each check that cannot be
//! made answers "no" and the app carries on. They run near a break only, on
//! the engine's tick: some cost a process or a D-Bus call.

use std::path::Path;

/// A recording stream exists on PulseAudio/PipeWire: the microphone is in
/// use, most likely by a call.
pub async fn microphone_in_use() -> bool {
    let out = tokio::process::Command::new("pactl")
        .args(["list", "short", "source-outputs"])
        .stderr(std::process::Stdio::null())
        .output()
        .await;
    match out {
        Ok(out) if out.status.success() => out.stdout.iter().any(|b| !b.is_ascii_whitespace()),
        _ => false,
    }
}

/// The notification server says it is paused (dunst's do-not-disturb),
/// asked over an existing session-bus connection.
pub async fn notifications_paused(conn: &zbus::Connection) -> bool {
    let reply = conn
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &("org.dunstproject.cmd0", "paused"),
        )
        .await;
    let Ok(reply) = reply else {
        return false;
    };
    reply
        .body()
        .deserialize::<zbus::zvariant::Value>()
        .ok()
        .and_then(|v| bool::try_from(v).ok())
        .unwrap_or(false)
}

/// Why a break is held, in the order the checks run (cheapest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quiet {
    Fullscreen,
    Microphone,
    Camera,
    ScreenShare,
    Presentation,
    NotificationsPaused,
}

impl Quiet {
    /// For `unknot status`: "held: camera in use".
    pub fn words(self) -> String {
        match self {
            Quiet::Fullscreen => crate::t!("status-held-fullscreen"),
            Quiet::Microphone => crate::t!("status-held-microphone"),
            Quiet::Camera => crate::t!("status-held-camera"),
            Quiet::ScreenShare => crate::t!("status-held-screen-share"),
            Quiet::Presentation => crate::t!("status-held-presentation"),
            Quiet::NotificationsPaused => crate::t!("status-held-notifications-paused"),
        }
    }
}

/// Whether any process holds open a file whose path starts with `prefix`
/// (`/dev/video` for cameras: `/dev/video0`, `/dev/video1`, …), read from the
/// `fd` links under `proc`. Only our own user's processes can be read unless
/// we are root; the rest answer "no", like every check that cannot be made.
pub fn held_open(proc: &Path, prefix: &str) -> bool {
    let Ok(processes) = std::fs::read_dir(proc) else {
        return false;
    };
    processes
        .flatten()
        .filter(|p| {
            p.file_name()
                .to_str()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        })
        .any(|p| {
            std::fs::read_dir(p.path().join("fd")).is_ok_and(|fds| {
                fds.flatten().any(|fd| {
                    std::fs::read_link(fd.path())
                        .is_ok_and(|target| target.to_string_lossy().starts_with(prefix))
                })
            })
        })
}

/// A camera is in use: some process holds `/dev/video*` open. A walk of
/// /proc's fd links (milliseconds), done in place rather than on a blocking
/// thread that would outlive it by tokio's 10 s keep-alive.
pub fn camera_held_open() -> bool {
    held_open(Path::new("/proc"), "/dev/video")
}

/// Something holds an idle or screensaver inhibitor, as presentation tools
/// and video players do: asks GNOME's session manager and KDE's power
/// management, each bounded. (sway's own inhibitors: `sway_views`.)
pub async fn inhibited(conn: &zbus::Connection) -> bool {
    gnome_inhibited(conn).await || kde_inhibited(conn).await
}

/// `org.gnome.SessionManager.IsInhibited(8)`: 8 is "inhibit the session
/// being marked as idle", the flag presentation and video apps take. Written
/// against GNOME's documented interface; gnome-session cannot run in the
/// test desktop (docs/reliability.md).
async fn gnome_inhibited(conn: &zbus::Connection) -> bool {
    const NAME: &str = "org.gnome.SessionManager";
    let call = conn.call_method(
        Some(NAME),
        "/org/gnome/SessionManager",
        Some(NAME),
        "IsInhibited",
        &(8u32,),
    );
    bool_reply(call).await
}

/// KDE: `org.freedesktop.PowerManagement.Inhibit.HasInhibit` (held by what
/// keeps the machine from sleeping), then PowerDevil's policy agent,
/// `HasInhibition(1 | 4)` (the session's idle and the screen, what
/// presentations and video players ask for). Written against their
/// documented interfaces; untested here (docs/reliability.md).
async fn kde_inhibited(conn: &zbus::Connection) -> bool {
    const NAME: &str = "org.freedesktop.PowerManagement.Inhibit";
    let call = conn.call_method(
        Some(NAME),
        "/org/freedesktop/PowerManagement/Inhibit",
        Some(NAME),
        "HasInhibit",
        &(),
    );
    if bool_reply(call).await {
        return true;
    }
    const AGENT: &str = "org.kde.Solid.PowerManagement.PolicyAgent";
    let call = conn.call_method(
        Some(AGENT),
        "/org/kde/Solid/PowerManagement/PolicyAgent",
        Some(AGENT),
        "HasInhibition",
        &(1u32 | 4u32,),
    );
    bool_reply(call).await
}

async fn bool_reply(call: impl std::future::Future<Output = zbus::Result<zbus::Message>>) -> bool {
    match tokio::time::timeout(std::time::Duration::from_secs(2), call).await {
        Ok(Ok(reply)) => reply.body().deserialize::<bool>().unwrap_or(false),
        _ => false,
    }
}

/// On sway (`SWAYSOCK` set), where no Wayland protocol tells other clients
/// about fullscreen: whether a view is fullscreen, and whether one holds an
/// idle inhibitor (`inhibit_idle`), from `swaymsg -t get_tree`.
pub async fn sway_views() -> SwayViews {
    if std::env::var_os("SWAYSOCK").is_none() {
        return SwayViews::default();
    }
    let out = tokio::process::Command::new("swaymsg")
        .args(["-r", "-t", "get_tree"])
        .stderr(std::process::Stdio::null())
        .output();
    match tokio::time::timeout(std::time::Duration::from_secs(2), out).await {
        Ok(Ok(out)) if out.status.success() => serde_json::from_slice(&out.stdout)
            .map(|tree| SwayViews::of(&tree))
            .unwrap_or_default(),
        _ => SwayViews::default(),
    }
}

/// What sway's tree says about its views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SwayViews {
    pub fullscreen: bool,
    pub inhibiting: bool,
}

impl SwayViews {
    /// Pure: walks `get_tree`'s JSON (`nodes` and `floating_nodes`). Only
    /// views count (a client's container, with a `pid`): sway marks every
    /// workspace `fullscreen_mode: 1`.
    pub fn of(node: &serde_json::Value) -> SwayViews {
        let view = matches!(node["type"].as_str(), Some("con" | "floating_con"))
            && node["pid"].is_number();
        let mut views = SwayViews {
            fullscreen: view && node["fullscreen_mode"].as_u64().is_some_and(|m| m > 0),
            // The effective state: a held user or application inhibitor
            // that applies now (`visible`, `fullscreen`, `open`, …).
            inhibiting: view && node["inhibit_idle"].as_bool() == Some(true),
        };
        for key in ["nodes", "floating_nodes"] {
            for kid in node[key].as_array().into_iter().flatten() {
                let kid = SwayViews::of(kid);
                views.fullscreen |= kid.fullscreen;
                views.inhibiting |= kid.inhibiting;
            }
        }
        views
    }
}

/// What PipeWire's running video nodes say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Video {
    /// A camera node (`Video/Source` from a device: v4l2 or libcamera) runs.
    pub camera: bool,
    /// A screen-cast node runs: a `Video/Source` that is no device
    /// (xdg-desktop-portal-wlr's), or a `Stream/Output/Video` (what mutter
    /// and KWin create for the portal: they set no class, PipeWire fills it).
    pub screen: bool,
}

impl Video {
    /// Pure: reads `pw-dump`'s JSON (an array of objects; nodes have
    /// `type` `PipeWire:Interface:Node` and `info.state` / `info.props`).
    pub fn of(dump: &serde_json::Value) -> Video {
        let mut video = Video::default();
        for object in dump.as_array().into_iter().flatten() {
            if object["type"] != "PipeWire:Interface:Node" || object["info"]["state"] != "running" {
                continue;
            }
            let props = &object["info"]["props"];
            match props["media.class"].as_str() {
                Some("Video/Source") => {
                    let device = props["device.api"].is_string() || props["device.id"].is_number();
                    if device || props["media.role"] == "Camera" {
                        video.camera = true;
                    } else {
                        video.screen = true;
                    }
                }
                Some("Stream/Output/Video") => video.screen = true,
                _ => {}
            }
        }
        video
    }
}

/// Runs `pw-dump` (PipeWire's own tool, so the app maps no PipeWire library)
/// and reads its video nodes; without PipeWire, nothing runs.
pub async fn pipewire_video() -> Video {
    let out = tokio::process::Command::new("pw-dump")
        .stderr(std::process::Stdio::null())
        .output()
        .await;
    match out {
        Ok(out) if out.status.success() => serde_json::from_slice(&out.stdout)
            .map(|dump| Video::of(&dump))
            .unwrap_or_default(),
        _ => Video::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// sway 1.7's `get_tree` here, trimmed: two workspaces (sway marks each
    /// `fullscreen_mode: 1`) and the view of `wev`.
    fn tree(view: &str) -> serde_json::Value {
        let text = r#"{"type": "root", "name": "root", "fullscreen_mode": 0, "nodes": [
            {"type": "output", "name": "__i3", "fullscreen_mode": 0, "nodes": [
                {"type": "workspace", "name": "__i3_scratch", "fullscreen_mode": 1, "nodes": []}]},
            {"type": "output", "name": "HEADLESS-1", "fullscreen_mode": 0, "nodes": [
                {"type": "workspace", "name": "1", "fullscreen_mode": 1, "nodes": [VIEW],
                 "floating_nodes": []}]}]}"#;
        serde_json::from_str(&text.replace("VIEW", view)).expect("JSON")
    }

    const WEV: &str = r#"{"id": 5, "type": "con", "name": "wev", "app_id": "wev",
        "pid": 4337, "fullscreen_mode": 0, "inhibit_idle": false,
        "idle_inhibitors": {"user": "none", "application": "none"}}"#;

    #[test]
    fn sway_workspaces_are_not_fullscreen_views() {
        assert_eq!(SwayViews::of(&tree(WEV)), SwayViews::default());
    }

    #[test]
    fn a_fullscreen_or_idle_inhibiting_sway_view_is_seen() {
        let full = WEV.replace(r#""fullscreen_mode": 0"#, r#""fullscreen_mode": 1"#);
        assert_eq!(
            SwayViews::of(&tree(&full)),
            SwayViews {
                fullscreen: true,
                inhibiting: false
            }
        );
        let open = WEV.replace(r#""inhibit_idle": false"#, r#""inhibit_idle": true"#);
        assert_eq!(
            SwayViews::of(&tree(&open)),
            SwayViews {
                fullscreen: false,
                inhibiting: true
            }
        );
    }

    /// A node of `pw-dump`, as PipeWire 0.3.65 wrote them here (the portal
    /// nodes made by a program that creates its streams as
    /// xdg-desktop-portal-wlr and mutter do; no camera can exist here, so its
    /// properties are those PipeWire's v4l2 monitor sets).
    fn node(state: &str, props: &str) -> String {
        format!(
            r#"{{"id": 37, "type": "PipeWire:Interface:Node",
                "info": {{"state": "{state}", "props": {props}}}}}"#
        )
    }

    fn video(nodes: &[String]) -> Video {
        Video::of(&serde_json::from_str(&format!("[{}]", nodes.join(","))).expect("JSON"))
    }

    #[test]
    fn pipewire_screen_casts_and_cameras_are_told_apart() {
        let wlr = node(
            "running",
            r#"{"media.class": "Video/Source", "node.name": "xdg-desktop-portal-wlr"}"#,
        );
        let mutter = node(
            "running",
            r#"{"media.class": "Stream/Output/Video", "node.name": "gnome-shell"}"#,
        );
        let viewer = node(
            "running",
            r#"{"media.class": "Stream/Input/Video", "node.name": "viewer"}"#,
        );
        let camera = node(
            "running",
            r#"{"media.class": "Video/Source", "device.api": "v4l2", "media.role": "Camera",
                "api.v4l2.path": "/dev/video0"}"#,
        );
        let resting = node(
            "suspended",
            r#"{"media.class": "Video/Source", "device.api": "v4l2"}"#,
        );
        let none = Video::default();
        assert_eq!(video(&[viewer.clone(), resting]), none);
        assert_eq!(
            video(&[wlr]),
            Video {
                camera: false,
                screen: true
            }
        );
        assert_eq!(
            video(&[mutter, viewer]),
            Video {
                camera: false,
                screen: true
            }
        );
        assert_eq!(
            video(&[camera]),
            Video {
                camera: true,
                screen: false
            }
        );
        assert_eq!(Video::of(&serde_json::json!({"not": "a dump"})), none);
    }
}
