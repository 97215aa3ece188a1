//! Signs that the user must not be interrupted: a call (the microphone in
//! use), notifications paused. Each check that cannot be made answers "no"
//! and the app carries on.

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
