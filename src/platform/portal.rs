//! The desktop's contrast, text scaling and animations through the XDG settings portal
//! (`org.freedesktop.portal.Settings`): read once, then followed through
//! `SettingChanged`. The window process asks it when an `appearance` key
//! is `auto`. No portal, or one that has no such
//! setting: nothing is sent, and the windows keep their normal look.
//!
//! Checked on Debian 12 (xdg-desktop-portal 1.16.0, xdg-desktop-portal-gtk
//! 1.14.1, `XDG_CURRENT_DESKTOP=GNOME`): the standard
//! `org.freedesktop.appearance` `contrast` is "not found" there; the gtk
//! backend passes GNOME's own `org.gnome.desktop.a11y.interface`
//! `high-contrast` through (`Read` answers a variant inside a variant), and
//! signals its changes.

use futures_lite::StreamExt;
use zbus::zvariant::{OwnedValue, Value};

const PORTAL: &str = "org.freedesktop.portal.Desktop";
const PATH: &str = "/org/freedesktop/portal/desktop";
const SETTINGS: &str = "org.freedesktop.portal.Settings";
/// The standard key (newer portals): 0 no preference, 1 high contrast.
const STANDARD: (&str, &str) = ("org.freedesktop.appearance", "contrast");
/// GNOME's own, which older gtk backends pass through.
const GNOME: (&str, &str) = ("org.gnome.desktop.a11y.interface", "high-contrast");
/// GNOME's text scaling factor (a double), passed through the same way.
const TEXT_SCALE: (&str, &str) = ("org.gnome.desktop.interface", "text-scaling-factor");
/// GNOME's animations switch: off is reduced motion.
const ANIMATIONS: (&str, &str) = ("org.gnome.desktop.interface", "enable-animations");

/// A setting of the desktop's that the windows follow.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Setting {
    HighContrast(bool),
    TextScale(f64),
    ReducedMotion(bool),
}

/// Follows the desktop's settings on a thread of its own (a current-thread
/// tokio runtime, `unknot-portal`): `send` each value read, then every
/// change. Ends when `send` says to stop (returns false) or the bus goes;
/// says why on stderr when it cannot start.
pub fn follow(send: impl Fn(Setting) -> bool + Send + 'static) {
    let spawned = std::thread::Builder::new()
        .name("unknot-portal".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("unknot: the desktop's look (contrast, text size, motion) is not followed: {e}");
                    return;
                }
            };
            if let Err(e) = runtime.block_on(listen(send)) {
                eprintln!("unknot: the desktop's look (contrast, text size, motion) is not followed: {e}");
            }
        });
    if let Err(e) = spawned {
        eprintln!("unknot: the desktop's look (contrast, text size, motion) is not followed: {e}");
    }
}

async fn listen(send: impl Fn(Setting) -> bool) -> zbus::Result<()> {
    let conn = zbus::Connection::session().await?;
    // Listening first, so a change made while the keys are read is not lost.
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface(SETTINGS)?
        .member("SettingChanged")?
        .build();
    zbus::fdo::DBusProxy::new(&conn)
        .await?
        .add_match_rule(rule)
        .await?;
    let mut stream = zbus::MessageStream::from(&conn);
    let standard = read(&conn, STANDARD).await;
    let read_now = match standard.as_ref().and_then(standard_high) {
        Some(high) => Some(high),
        None => read(&conn, GNOME).await.as_ref().and_then(as_bool),
    };
    if let Some(high) = read_now {
        if !send(Setting::HighContrast(high)) {
            return Ok(());
        }
    }
    if let Some(scale) = read(&conn, TEXT_SCALE).await.as_ref().and_then(as_f64) {
        if !send(Setting::TextScale(scale)) {
            return Ok(());
        }
    }
    if let Some(on) = read(&conn, ANIMATIONS).await.as_ref().and_then(as_bool) {
        if !send(Setting::ReducedMotion(!on)) {
            return Ok(());
        }
    }
    while let Some(Ok(msg)) = stream.next().await {
        if msg.header().member().map(|m| m.as_str()) != Some("SettingChanged") {
            continue;
        }
        let Ok((namespace, key, value)) = msg.body().deserialize::<(String, String, OwnedValue)>()
        else {
            continue;
        };
        let setting = match (namespace.as_str(), key.as_str()) {
            k if k == STANDARD => standard_high(&value).map(Setting::HighContrast),
            // The standard key wins where the portal has it.
            k if k == GNOME && standard.is_none() => as_bool(&value).map(Setting::HighContrast),
            k if k == TEXT_SCALE => as_f64(&value).map(Setting::TextScale),
            k if k == ANIMATIONS => as_bool(&value).map(|on| Setting::ReducedMotion(!on)),
            _ => None,
        };
        if let Some(setting) = setting {
            if !send(setting) {
                break;
            }
        }
    }
    Ok(())
}

/// One setting's value, or `None` if the portal has no such setting (or
/// no portal answers).
async fn read(conn: &zbus::Connection, (namespace, key): (&str, &str)) -> Option<OwnedValue> {
    let reply = conn
        .call_method(
            Some(PORTAL),
            PATH,
            Some(SETTINGS),
            "Read",
            &(namespace, key),
        )
        .await
        .ok()?;
    reply.body().deserialize::<OwnedValue>().ok()
}

/// A value with the variants around it taken off (`Read` wraps it twice).
fn inner<'a>(value: &'a Value<'a>) -> &'a Value<'a> {
    match value {
        Value::Value(v) => inner(v),
        v => v,
    }
}

fn as_bool(value: &OwnedValue) -> Option<bool> {
    match inner(value) {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}

fn as_f64(value: &OwnedValue) -> Option<f64> {
    match inner(value) {
        Value::F64(n) => Some(*n),
        _ => None,
    }
}

/// `org.freedesktop.appearance` `contrast`: 1 is high contrast.
fn standard_high(value: &OwnedValue) -> Option<bool> {
    match inner(value) {
        Value::U32(n) => Some(*n == 1),
        _ => None,
    }
}
