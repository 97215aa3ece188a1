//! Desktop notifications for due breaks, with Start / Snooze / Skip actions.
//!
//! The notification server sends `ActionInvoked` only to the connection that
//! created the notification (dunst addresses it there, seen with
//! dbus-monitor), and zbus drops messages that arrive while no stream reads
//! them. notify-rust opens a fresh connection per notification and starts
//! reading only when `wait_for_action` runs, so a quick click can be lost.
//! So this module keeps one session-bus connection with its reader started
//! before anything is shown, and sends `Notify` / `CloseNotification` over
//! it, and asks the server for its name and capabilities over it too (no
//! notify-rust: its blocking probe built a tokio runtime of its own).

use std::path::PathBuf;

use std::collections::HashMap;

use futures_lite::StreamExt;
use tokio::sync::mpsc::UnboundedSender;
use zbus::zvariant::Value;

const INTERFACE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

/// What the user did with a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Start,
    Snooze,
    Skip,
    /// The "Open" of `Notifier::offer_open`: present the app's window.
    Open,
    /// The shoulder check's "Not now".
    NotNow,
    /// Closed without choosing (dismissed, expired, or closed by us).
    Closed,
    /// The server's activation token for the click that follows (spec 1.2,
    /// `ActivationToken`): it lets the window that click opens take focus.
    Activation(String),
}

/// A reply, tagged with the notification it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyEvent {
    pub id: u32,
    pub reply: Reply,
}

/// What one break notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakNotice {
    pub break_name: String,
    pub title: String,
    pub body: String,
    /// The Snooze button's label; `None` when no snoozes are left.
    pub snooze_label: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("no notification server: {0}")]
    Unavailable(String),
    #[error("the notification server refused the notification: {0}")]
    Send(String),
}

/// The notification shown now, if any.
pub struct ShownNotice {
    pub id: u32,
    pub break_name: String,
    pub actions: Vec<String>,
}

pub struct Notifier {
    /// The connection notifications are sent on and replies arrive at.
    conn: Option<zbus::Connection>,
    server: Option<String>,
    actions: bool,
    icon: Option<PathBuf>,
    shown: Option<ShownNotice>,
    /// The notification of `offer_open`, while it may be acted on.
    open_offer: Option<u32>,
    /// The shoulder check's notification, while it is up.
    check: Option<u32>,
}

impl Notifier {
    /// Asks the session's notification server what it can do and starts the
    /// reply listener. Without a server the notifier still exists and says so.
    pub async fn connect(replies: UnboundedSender<NotifyEvent>, icon: Option<PathBuf>) -> Notifier {
        let conn = match listen(replies).await {
            Ok(conn) => Some(conn),
            Err(e) => {
                eprintln!("unknot: notifications: cannot listen for replies: {e}");
                None
            }
        };
        let probe = match &conn {
            Some(conn) => probe(conn).await,
            None => Err("no session bus".to_owned()),
        };
        let (server, actions) = match probe {
            Ok((name, caps)) => (Some(name), caps.iter().any(|c| c == "actions")),
            Err(e) => {
                eprintln!("unknot: notifications: {e}");
                (None, false)
            }
        };
        // Without a server the connection (and its reader) has nothing to do.
        let conn = conn.filter(|_| server.is_some());
        Notifier {
            server: server.filter(|_| conn.is_some()),
            conn,
            actions,
            icon,
            shown: None,
            open_offer: None,
            check: None,
        }
    }

    /// The session-bus connection notifications go over, for other questions
    /// to the notification server.
    pub fn connection(&self) -> Option<&zbus::Connection> {
        self.conn.as_ref()
    }

    pub fn available(&self) -> bool {
        self.server.is_some()
    }

    /// Whether the server shows buttons; without them the tray is the way to act.
    pub fn has_actions(&self) -> bool {
        self.actions
    }

    pub fn shown(&self) -> Option<&ShownNotice> {
        self.shown.as_ref()
    }

    /// Shows the notice, replacing the one on screen (never stacking).
    pub async fn show(&mut self, notice: &BreakNotice) -> Result<u32, NotifyError> {
        let Some(conn) = &self.conn else {
            return Err(NotifyError::Unavailable(
                "nothing owns org.freedesktop.Notifications".into(),
            ));
        };
        let (start, skip) = (
            crate::t!("notify-action-start"),
            crate::t!("notify-action-skip"),
        );
        let mut actions: Vec<&str> = Vec::new();
        let mut hints: HashMap<&str, Value> = HashMap::new();
        hints.insert("category", Value::from("x-unknot.break"));
        if self.actions {
            // Resident: a click does not remove it by itself; we close it once handled.
            hints.insert("resident", Value::from(true));
            actions.extend(["default", start.as_str()]);
            if let Some(label) = &notice.snooze_label {
                actions.extend(["snooze", label.as_str()]);
            }
            actions.extend(["skip", skip.as_str()]);
        }
        let icon = self
            .icon
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let replaces = self.shown.as_ref().map_or(0, |s| s.id);
        // Expire timeout 0: the notification stays until acted on or withdrawn.
        let reply = conn
            .call_method(
                Some(INTERFACE),
                PATH,
                Some(INTERFACE),
                "Notify",
                &(
                    "unknot",
                    replaces,
                    icon.as_str(),
                    notice.title.as_str(),
                    notice.body.as_str(),
                    &actions,
                    &hints,
                    0i32,
                ),
            )
            .await
            .map_err(|e| NotifyError::Send(e.to_string()))?;
        let id: u32 = reply
            .body()
            .deserialize()
            .map_err(|e| NotifyError::Send(e.to_string()))?;
        self.shown = Some(ShownNotice {
            id,
            break_name: notice.break_name.clone(),
            actions: actions.iter().step_by(2).map(|a| a.to_string()).collect(),
        });
        Ok(id)
    }

    /// A plain notification about a problem (config error, no tray host):
    /// no actions, and it does not replace a break notification.
    pub async fn tell(&self, title: &str, body: &str) {
        let Some(conn) = &self.conn else {
            return;
        };
        let hints: HashMap<&str, Value> = HashMap::new();
        let no_actions: Vec<&str> = Vec::new();
        let sent = conn
            .call_method(
                Some(INTERFACE),
                PATH,
                Some(INTERFACE),
                "Notify",
                &("unknot", 0u32, "", title, body, &no_actions, &hints, -1i32),
            )
            .await;
        if let Err(e) = sent {
            eprintln!("unknot: notifications: {e}");
        }
    }

    /// A notification about the app itself with an "Open" action (where the
    /// server shows actions) that presents its window; it does not replace a
    /// break notification.
    pub async fn offer_open(&mut self, title: &str, body: &str) {
        let Some(conn) = &self.conn else {
            return;
        };
        let hints: HashMap<&str, Value> = HashMap::new();
        let open = crate::t!("notify-action-open");
        let actions: Vec<&str> = if self.actions {
            vec!["open", open.as_str()]
        } else {
            Vec::new()
        };
        let icon = self
            .icon
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let sent = conn
            .call_method(
                Some(INTERFACE),
                PATH,
                Some(INTERFACE),
                "Notify",
                &(
                    "unknot",
                    0u32,
                    icon.as_str(),
                    title,
                    body,
                    &actions,
                    &hints,
                    -1i32,
                ),
            )
            .await;
        match sent.and_then(|reply| reply.body().deserialize::<u32>()) {
            Ok(id) => self.open_offer = Some(id),
            Err(e) => eprintln!("unknot: notifications: {e}"),
        }
    }

    /// The shoulder check: `body` for `lasts` (the server closes it then
    /// too, and `end_check` does if it does not), low urgency, transient (it
    /// stays out of the server's history), with "Not now" where the server
    /// shows actions. It does not replace a break notification, and it is
    /// not resident: no click is needed and none takes the keyboard.
    pub async fn show_check(
        &mut self,
        title: &str,
        body: &str,
        lasts: std::time::Duration,
    ) -> Result<u32, NotifyError> {
        let Some(conn) = &self.conn else {
            return Err(NotifyError::Unavailable(
                "nothing owns org.freedesktop.Notifications".into(),
            ));
        };
        let mut hints: HashMap<&str, Value> = HashMap::new();
        hints.insert("category", Value::from("x-unknot.shoulder-check"));
        hints.insert("urgency", Value::from(0u8));
        hints.insert("transient", Value::from(true));
        let not_now = crate::t!("notify-action-not-now");
        let actions: Vec<&str> = if self.actions {
            vec!["not-now", not_now.as_str()]
        } else {
            Vec::new()
        };
        let icon = self
            .icon
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let timeout = i32::try_from(lasts.as_millis()).unwrap_or(i32::MAX);
        let replaces = self.check.unwrap_or(0);
        let reply = conn
            .call_method(
                Some(INTERFACE),
                PATH,
                Some(INTERFACE),
                "Notify",
                &(
                    "unknot",
                    replaces,
                    icon.as_str(),
                    title,
                    body,
                    &actions,
                    &hints,
                    timeout,
                ),
            )
            .await
            .map_err(|e| NotifyError::Send(e.to_string()))?;
        let id: u32 = reply
            .body()
            .deserialize()
            .map_err(|e| NotifyError::Send(e.to_string()))?;
        self.check = Some(id);
        Ok(id)
    }

    /// Whether `id` is the shoulder check's notification.
    pub fn is_check(&self, id: u32) -> bool {
        self.check == Some(id)
    }

    /// Takes the shoulder check's notification off the screen, if it is up.
    pub async fn end_check(&mut self) {
        let (Some(id), Some(conn)) = (self.check.take(), &self.conn) else {
            return;
        };
        let closed = conn
            .call_method(
                Some(INTERFACE),
                PATH,
                Some(INTERFACE),
                "CloseNotification",
                &(id),
            )
            .await;
        if let Err(e) = closed {
            eprintln!("unknot: notifications: cannot close {id}: {e}");
        }
    }

    /// Forgets the shoulder check's notification once the server closed it.
    pub fn check_closed(&mut self, id: u32) {
        if self.check == Some(id) {
            self.check = None;
        }
    }

    /// Whether `id` is the notification of `offer_open`.
    pub fn is_open_offer(&self, id: u32) -> bool {
        self.open_offer == Some(id)
    }

    /// Takes our notification off the screen.
    pub async fn withdraw(&mut self) {
        let (Some(shown), Some(conn)) = (self.shown.take(), &self.conn) else {
            return;
        };
        let closed = conn
            .call_method(
                Some(INTERFACE),
                PATH,
                Some(INTERFACE),
                "CloseNotification",
                &(shown.id),
            )
            .await;
        if let Err(e) = closed {
            eprintln!("unknot: notifications: cannot close {}: {e}", shown.id);
        }
    }

    /// Forgets the notification `id` once its reply has been handled; closes
    /// it too, since a resident notification stays after an action.
    pub async fn handled(&mut self, id: u32) {
        if self.shown.as_ref().is_some_and(|s| s.id == id) {
            self.withdraw().await;
        }
    }
}

/// The server's name and capabilities, asked on our own connection: the
/// blocking calls of notify-rust built a tokio runtime of their own (two
/// worker threads for the app's whole life) for these two questions.
async fn probe(conn: &zbus::Connection) -> Result<(String, Vec<String>), String> {
    let ask = |method: &'static str| {
        conn.call_method(Some(INTERFACE), PATH, Some(INTERFACE), method, &())
    };
    let info = ask("GetServerInformation")
        .await
        .map_err(|e| e.to_string())?;
    let (name, _vendor, _version, _spec): (String, String, String, String) =
        info.body().deserialize().map_err(|e| e.to_string())?;
    let caps = ask("GetCapabilities").await.map_err(|e| e.to_string())?;
    let caps: Vec<String> = caps.body().deserialize().map_err(|e| e.to_string())?;
    Ok((name, caps))
}

/// Subscribes to the server's signals and forwards replies until the bus closes.
async fn listen(replies: UnboundedSender<NotifyEvent>) -> zbus::Result<zbus::Connection> {
    let conn = zbus::Connection::session().await?;
    let proxy = zbus::fdo::DBusProxy::new(&conn).await?;
    for member in ["ActionInvoked", "NotificationClosed", "ActivationToken"] {
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(INTERFACE)?
            .member(member)?
            .build();
        proxy.add_match_rule(rule).await?;
    }
    let mut stream = zbus::MessageStream::from(&conn);
    tokio::spawn(async move {
        while let Some(Ok(msg)) = stream.next().await {
            let header = msg.header();
            if header.interface().map(|i| i.as_str()) != Some(INTERFACE) {
                continue;
            }
            let event = match header.member().map(|m| m.as_str()) {
                Some("ActionInvoked") => {
                    msg.body()
                        .deserialize::<(u32, String)>()
                        .ok()
                        .and_then(|(id, action)| {
                            let reply = match action.as_str() {
                                "default" => Reply::Start,
                                "snooze" => Reply::Snooze,
                                "skip" => Reply::Skip,
                                "open" => Reply::Open,
                                "not-now" => Reply::NotNow,
                                _ => return None,
                            };
                            Some(NotifyEvent { id, reply })
                        })
                }
                Some("ActivationToken") => {
                    msg.body()
                        .deserialize::<(u32, String)>()
                        .ok()
                        .map(|(id, token)| NotifyEvent {
                            id,
                            reply: Reply::Activation(token),
                        })
                }
                Some("NotificationClosed") => {
                    msg.body()
                        .deserialize::<(u32, u32)>()
                        .ok()
                        .map(|(id, _reason)| NotifyEvent {
                            id,
                            reply: Reply::Closed,
                        })
                }
                _ => None,
            };
            if let Some(event) = event {
                if replies.send(event).is_err() {
                    break;
                }
            }
        }
    });
    Ok(conn)
}
