//! Signs that the user must not be interrupted (a call, notifications
//! paused) and that the machine is going to sleep. Each check that cannot be
//! made answers "no" and the app carries on.

use futures_lite::StreamExt;
use tokio::sync::mpsc::UnboundedSender;

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

/// Forwards logind's `PrepareForSleep` (true: about to sleep, false: woke
/// up). Without a system bus or logind this does nothing; the engine still
/// notices a suspend from the jump between the wall and monotonic clocks.
pub async fn watch_sleep(sleeping: UnboundedSender<bool>) -> zbus::Result<()> {
    let conn = zbus::Connection::system().await?;
    let proxy = zbus::fdo::DBusProxy::new(&conn).await?;
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface("org.freedesktop.login1.Manager")?
        .member("PrepareForSleep")?
        .build();
    proxy.add_match_rule(rule).await?;
    let mut stream = zbus::MessageStream::from(&conn);
    tokio::spawn(async move {
        while let Some(Ok(msg)) = stream.next().await {
            if msg.header().member().map(|m| m.as_str()) != Some("PrepareForSleep") {
                continue;
            }
            if let Ok(going) = msg.body().deserialize::<bool>() {
                if sleeping.send(going).is_err() {
                    break;
                }
            }
        }
    });
    Ok(())
}
