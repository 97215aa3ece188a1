//! The machine going to sleep and waking, from logind.

use futures_lite::StreamExt;
use tokio::sync::mpsc::UnboundedSender;

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
