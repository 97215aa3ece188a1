//! Media players paused for a session with sound, and resumed after: every
//! MPRIS player (`org.mpris.MediaPlayer2.*` on the session bus) that is
//! `Playing` is paused; at the end exactly those are resumed, unless the user
//! played, stopped or otherwise moved one meanwhile: its `PlaybackStatus`
//! changed after our pause, or its `Position` moved. No player, no bus:
//! nothing happens and nothing is said.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_lite::StreamExt;

const PREFIX: &str = "org.mpris.MediaPlayer2.";
const PATH: &str = "/org/mpris/MediaPlayer2";
const PLAYER: &str = "org.mpris.MediaPlayer2.Player";
const PROPERTIES: &str = "org.freedesktop.DBus.Properties";
/// How far a paused player's position may drift (µs) and still count as
/// untouched: some report a slightly different position once settled.
const MOVED_US: i64 = 250_000;
/// A stuck player must not stall the engine.
const LIMIT: Duration = Duration::from_secs(2);

/// The players this app paused, by unique bus name with their `Position`
/// once paused, and those the user has touched since.
pub struct PausedMedia {
    players: Vec<(String, Option<i64>)>,
    touched: Arc<Mutex<HashSet<String>>>,
    watcher: Option<tokio::task::JoinHandle<()>>,
}

/// Pauses every player that is playing.
pub async fn pause_playing(conn: &zbus::Connection) -> PausedMedia {
    let mut playing = Vec::new();
    for name in players(conn).await {
        if status(conn, &name).await.as_deref() == Some("Playing") {
            playing.push(name);
        }
    }
    let touched = Arc::new(Mutex::new(HashSet::new()));
    // Listening before pausing, so that our own pause's echo is seen first.
    let watcher = if playing.is_empty() {
        None
    } else {
        watch(conn, &playing, touched.clone()).await
    };
    let mut paused = Vec::new();
    for name in playing {
        if call(conn, &name, "Pause").await {
            let at = position(conn, &name).await;
            paused.push((name, at));
        }
    }
    PausedMedia {
        players: paused,
        touched,
        watcher,
    }
}

/// Resumes the players `pause_playing` paused that are still paused and that
/// the user has not touched since.
pub async fn resume(conn: &zbus::Connection, paused: PausedMedia) {
    if let Some(watcher) = &paused.watcher {
        watcher.abort();
    }
    let touched = paused.touched.lock().map(|t| t.clone()).unwrap_or_default();
    for (name, paused_at) in paused.players {
        if touched.contains(&name) {
            continue;
        }
        if status(conn, &name).await.as_deref() != Some("Paused") {
            continue;
        }
        // A player that moved since our pause was played meanwhile, even if
        // it sent no signal for it (a quick play-then-pause can coalesce
        // into none): it is the user's to resume.
        let now = position(conn, &name).await;
        if let (Some(then), Some(now)) = (paused_at, now) {
            if (now - then).abs() > MOVED_US {
                continue;
            }
        }
        call(conn, &name, "Play").await;
    }
}

/// The unique bus names of the MPRIS players on the bus.
async fn players(conn: &zbus::Connection) -> Vec<String> {
    let Ok(dbus) = zbus::fdo::DBusProxy::new(conn).await else {
        return Vec::new();
    };
    let Ok(Ok(names)) = tokio::time::timeout(LIMIT, dbus.list_names()).await else {
        return Vec::new();
    };
    let mut owners = Vec::new();
    for name in names.iter().filter(|n| n.as_str().starts_with(PREFIX)) {
        let owner = tokio::time::timeout(LIMIT, dbus.get_name_owner(name.inner().clone())).await;
        if let Ok(Ok(owner)) = owner {
            let owner = owner.to_string();
            // One player may own several names.
            if !owners.contains(&owner) {
                owners.push(owner);
            }
        }
    }
    owners
}

/// A player's `PlaybackStatus`: `Playing`, `Paused` or `Stopped`.
async fn status(conn: &zbus::Connection, name: &str) -> Option<String> {
    let call = conn.call_method(
        Some(name),
        PATH,
        Some(PROPERTIES),
        "Get",
        &(PLAYER, "PlaybackStatus"),
    );
    let reply = tokio::time::timeout(LIMIT, call).await.ok()?.ok()?;
    let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
    String::try_from(value).ok()
}

/// A player's `Position` (µs), if it reports one.
async fn position(conn: &zbus::Connection, name: &str) -> Option<i64> {
    let call = conn.call_method(
        Some(name),
        PATH,
        Some(PROPERTIES),
        "Get",
        &(PLAYER, "Position"),
    );
    let reply = tokio::time::timeout(LIMIT, call).await.ok()?.ok()?;
    let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
    i64::try_from(value).ok()
}

/// Calls a `Player` method without arguments; whether it was answered.
async fn call(conn: &zbus::Connection, name: &str, method: &str) -> bool {
    let call = conn.call_method(Some(name), PATH, Some(PLAYER), method, &());
    matches!(tokio::time::timeout(LIMIT, call).await, Ok(Ok(_)))
}

/// Marks a player touched when its `PlaybackStatus` changes after our pause
/// took effect: the first `Paused` it reports is our own pause; anything
/// after that (`Playing`, `Stopped`, or a second `Paused`, which a player may
/// send for a quick play-then-pause) is the user's.
async fn watch(
    conn: &zbus::Connection,
    players: &[String],
    touched: Arc<Mutex<HashSet<String>>>,
) -> Option<tokio::task::JoinHandle<()>> {
    let rule = zbus::MatchRule::builder()
        .msg_type(zbus::message::Type::Signal)
        .interface(PROPERTIES)
        .ok()?
        .member("PropertiesChanged")
        .ok()?
        .path(PATH)
        .ok()?
        .build();
    let dbus = zbus::fdo::DBusProxy::new(conn).await.ok()?;
    tokio::time::timeout(LIMIT, dbus.add_match_rule(rule))
        .await
        .ok()?
        .ok()?;
    let ours: HashSet<String> = players.iter().cloned().collect();
    let mut stream = zbus::MessageStream::from(conn);
    Some(tokio::spawn(async move {
        // The players whose own pause has been reported.
        let mut echoed: HashSet<String> = HashSet::new();
        while let Some(Ok(msg)) = stream.next().await {
            let header = msg.header();
            if header.member().map(|m| m.as_str()) != Some("PropertiesChanged") {
                continue;
            }
            let Some(sender) = header.sender().map(|s| s.to_string()) else {
                continue;
            };
            if !ours.contains(&sender) {
                continue;
            }
            type Changed = (
                String,
                std::collections::HashMap<String, zbus::zvariant::OwnedValue>,
                Vec<String>,
            );
            let Ok((interface, changed, _)) = msg.body().deserialize::<Changed>() else {
                continue;
            };
            if interface != PLAYER {
                continue;
            }
            let Some(now) = changed
                .get("PlaybackStatus")
                .and_then(|v| String::try_from(v.clone()).ok())
            else {
                continue;
            };
            let ours_echo = now == "Paused" && echoed.insert(sender.clone());
            if !ours_echo {
                if let Ok(mut touched) = touched.lock() {
                    touched.insert(sender);
                }
            }
        }
    }))
}
