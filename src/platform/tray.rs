//! The tray icon and its menu (tray-icon's pure D-Bus `ksni` backend: a
//! StatusNotifierItem, no GTK). Lives on the winit main thread; menu clicks
//! arrive through muda's event handler, which must be set before any menu exists.

use chrono::NaiveTime;
use tray_icon::menu::{Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

/// What a menu click asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuAction {
    BreakNow(String),
    Snooze,
    Skip,
    PauseMinutes(u32),
    /// Until the next time the clock shows this (today's, as offered).
    PauseUntil(NaiveTime),
    PauseUntilTomorrow,
    Resume,
    Statistics,
    Preferences,
    EditConfig,
    Quit,
}

/// The tray's look, one picture per state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconState {
    Normal,
    Due,
    Snoozed,
    Paused,
    Warning,
}

/// Everything the tray shows; the app computes it from the engine's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayView {
    /// First (disabled) menu line and the tooltip.
    pub text: String,
    pub icon: IconState,
    /// `Some(n)` when a break is due and `n` snoozes are left.
    pub snoozes_left: Option<u32>,
    pub snooze_label: String,
    pub can_skip: bool,
    pub paused: bool,
    /// The pause menu's "Until…" times, soonest first.
    pub pause_until: Vec<NaiveTime>,
    /// The "Start a break now" submenu: (routine id, title).
    pub routines: Vec<(String, String)>,
    /// Every other word of the menu, in the language of the moment: a new
    /// language is a new view, and `update` relabels what changed.
    pub labels: TrayLabels,
}

/// The menu's fixed words (the presenter's `tray_labels`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrayLabels {
    pub start: String,
    /// Snooze when no break is due.
    pub snooze: String,
    /// Snooze when a break is due and every snooze is used.
    pub snooze_none_left: String,
    pub skip: String,
    pub pause: String,
    pub pause_30: String,
    pub pause_60: String,
    /// One per `TrayView::pause_until` time, in that order.
    pub pause_until: Vec<String>,
    pub pause_tomorrow: String,
    pub resume: String,
    pub statistics: String,
    pub preferences: String,
    pub edit_config: String,
    pub quit: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TrayError {
    #[error("cannot build the tray icon: {0}")]
    Build(String),
}

pub struct Tray {
    icon: TrayIcon,
    /// What the tray shows now: `update` touches only what differs, because
    /// every menu setter wakes the tray's D-Bus thread and makes it diff the
    /// whole menu again (the minute tick changes the first line alone).
    shown: TrayView,
    status: MenuItem,
    start: Submenu,
    /// The "Start a break now" items, as `shown.routines` lists them.
    routines: Vec<MenuItem>,
    snooze: MenuItem,
    skip: MenuItem,
    resume: MenuItem,
    pause: Submenu,
    pause_30: MenuItem,
    pause_60: MenuItem,
    pause_tomorrow: MenuItem,
    /// The pause menu's "Until…" items, as `shown.pause_until` lists them.
    until: Vec<MenuItem>,
    statistics: MenuItem,
    preferences: MenuItem,
    edit_config: MenuItem,
    quit: MenuItem,
    // Kept alive: the tray reads the menu through a snapshot handle.
    _menu: Menu,
}

/// Routes menu clicks to `send`. Call once, before `Tray::new`.
pub fn on_menu_click(send: impl Fn(MenuAction) + Send + Sync + 'static) {
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        if let Some(action) = parse(&event.id) {
            send(action);
        }
    }));
}

fn parse(id: &MenuId) -> Option<MenuAction> {
    let id = id.0.as_str();
    if let Some(routine) = id.strip_prefix("break-now:") {
        return Some(MenuAction::BreakNow(routine.to_string()));
    }
    if let Some(time) = id.strip_prefix("pause-until:") {
        return NaiveTime::parse_from_str(time, "%H:%M")
            .ok()
            .map(MenuAction::PauseUntil);
    }
    Some(match id {
        "snooze" => MenuAction::Snooze,
        "skip" => MenuAction::Skip,
        "pause-30" => MenuAction::PauseMinutes(30),
        "pause-60" => MenuAction::PauseMinutes(60),
        "pause-tomorrow" => MenuAction::PauseUntilTomorrow,
        "resume" => MenuAction::Resume,
        "stats" => MenuAction::Statistics,
        "preferences" => MenuAction::Preferences,
        "edit-config" => MenuAction::EditConfig,
        "quit" => MenuAction::Quit,
        _ => return None,
    })
}

impl Tray {
    /// `routines`: (id, title) for the "Start a break now" submenu, as
    /// built; `view.routines` may differ, and `update` follows it.
    pub fn new(routines: &[(String, String)], view: &TrayView) -> Result<Tray, TrayError> {
        let err = |e: &dyn std::fmt::Display| TrayError::Build(e.to_string());
        let words = &view.labels;
        let status = MenuItem::with_id("status", &view.text, false, None);
        let start = Submenu::with_id("start", &words.start, true);
        let mut routine_items = Vec::new();
        for (id, title) in routines {
            let item = routine_item(id, title);
            start.append(&item).map_err(|e| err(&e))?;
            routine_items.push(item);
        }
        let snooze = MenuItem::with_id("snooze", &words.snooze, false, None);
        let skip = MenuItem::with_id("skip", &words.skip, false, None);
        let pause = Submenu::with_id("pause", &words.pause, true);
        let pause_30 = MenuItem::with_id("pause-30", &words.pause_30, true, None);
        let pause_60 = MenuItem::with_id("pause-60", &words.pause_60, true, None);
        let pause_tomorrow = MenuItem::with_id("pause-tomorrow", &words.pause_tomorrow, true, None);
        pause
            .append_items(&[&pause_30, &pause_60, &pause_tomorrow])
            .map_err(|e| err(&e))?;
        let resume = MenuItem::with_id("resume", &words.resume, false, None);
        let statistics = MenuItem::with_id("stats", &words.statistics, true, None);
        let preferences = MenuItem::with_id("preferences", &words.preferences, true, None);
        let edit_config = MenuItem::with_id("edit-config", &words.edit_config, true, None);
        let quit = MenuItem::with_id("quit", &words.quit, true, None);
        let menu = Menu::new();
        menu.append_items(&[
            &status,
            &PredefinedMenuItem::separator(),
            &start,
            &snooze,
            &skip,
            &pause,
            &resume,
            &PredefinedMenuItem::separator(),
            &statistics,
            &preferences,
            &edit_config,
            &quit,
        ])
        .map_err(|e| err(&e))?;
        let icon = TrayIconBuilder::new()
            .with_id("unknot")
            .with_title("unknot")
            .with_tooltip(&view.text)
            .with_icon(icon_for(view.icon))
            .with_menu(Box::new(menu.clone()))
            .build()
            .map_err(|e| err(&e))?;
        // The items above were built as `built_state` describes; bring them to `view`.
        let mut tray = Tray {
            icon,
            shown: view.clone(),
            status,
            start,
            routines: routine_items,
            snooze,
            skip,
            resume,
            pause,
            pause_30,
            pause_60,
            pause_tomorrow,
            until: Vec::new(),
            statistics,
            preferences,
            edit_config,
            quit,
            _menu: menu,
        };
        tray.apply(&built_state(routines, view), view);
        Ok(tray)
    }

    pub fn update(&mut self, view: &TrayView) {
        let old = std::mem::replace(&mut self.shown, view.clone());
        self.apply(&old, view);
    }

    /// Calls the setters for what differs between `old` (on screen) and `new`.
    fn apply(&mut self, old: &TrayView, new: &TrayView) {
        if new.text != old.text {
            self.status.set_text(&new.text);
            let _ = self.icon.set_tooltip(Some(&new.text));
        }
        let (old_label, old_enabled) = snooze_item(old);
        let (label, enabled) = snooze_item(new);
        if label != old_label {
            self.snooze.set_text(label);
        }
        if enabled != old_enabled {
            self.snooze.set_enabled(enabled);
        }
        if new.can_skip != old.can_skip {
            self.skip.set_enabled(new.can_skip);
        }
        if new.paused != old.paused {
            self.resume.set_enabled(new.paused);
            self.pause.set_enabled(!new.paused);
        }
        if new.pause_until != old.pause_until || new.labels.pause_until != old.labels.pause_until {
            self.set_until(&new.pause_until, &new.labels.pause_until);
        }
        if new.routines != old.routines {
            self.set_routines(&old.routines, &new.routines);
        }
        let (old_words, words) = (&old.labels, &new.labels);
        for (item, old, new) in [
            (&self.skip, &old_words.skip, &words.skip),
            (&self.pause_30, &old_words.pause_30, &words.pause_30),
            (&self.pause_60, &old_words.pause_60, &words.pause_60),
            (
                &self.pause_tomorrow,
                &old_words.pause_tomorrow,
                &words.pause_tomorrow,
            ),
            (&self.resume, &old_words.resume, &words.resume),
            (&self.statistics, &old_words.statistics, &words.statistics),
            (
                &self.preferences,
                &old_words.preferences,
                &words.preferences,
            ),
            (
                &self.edit_config,
                &old_words.edit_config,
                &words.edit_config,
            ),
            (&self.quit, &old_words.quit, &words.quit),
        ] {
            if new != old {
                item.set_text(new);
            }
        }
        if words.start != old_words.start {
            self.start.set_text(&words.start);
        }
        if words.pause != old_words.pause {
            self.pause.set_text(&words.pause);
        }
        if new.icon != old.icon {
            let _ = self.icon.set_icon(Some(icon_for(new.icon)));
        }
    }

    /// The "Until…" items anew, between "1 hour" and "Until tomorrow".
    fn set_until(&mut self, times: &[NaiveTime], labels: &[String]) {
        for item in self.until.drain(..) {
            let _ = self.pause.remove(&item);
        }
        for (n, (time, label)) in times.iter().zip(labels).enumerate() {
            let item = MenuItem::with_id(until_id(*time), label, true, None);
            if self.pause.insert(&item, UNTIL_AT + n).is_ok() {
                self.until.push(item);
            }
        }
    }

    /// The "Start a break now" items: relabelled where the routines are the
    /// same ones (a new language), else built anew (a new config).
    fn set_routines(&mut self, old: &[(String, String)], new: &[(String, String)]) {
        let same_ids = old.len() == new.len() && old.iter().zip(new).all(|(o, n)| o.0 == n.0);
        if same_ids && self.routines.len() == new.len() {
            for ((item, (_, old_title)), (_, title)) in self.routines.iter().zip(old).zip(new) {
                if title != old_title {
                    item.set_text(title);
                }
            }
            return;
        }
        for item in self.routines.drain(..) {
            let _ = self.start.remove(&item);
        }
        for (id, title) in new {
            let item = routine_item(id, title);
            if self.start.append(&item).is_ok() {
                self.routines.push(item);
            }
        }
    }
}

fn routine_item(id: &str, title: &str) -> MenuItem {
    MenuItem::with_id(format!("break-now:{id}"), title, true, None)
}

/// Where the "Until…" items go in the pause menu: after "30 minutes" and "1 hour".
const UNTIL_AT: usize = 2;

fn until_id(time: NaiveTime) -> String {
    format!("pause-until:{}", time.format("%H:%M"))
}

/// The view the menu items of `Tray::new` show before the first `apply`:
/// text, tooltip, icon and words are built from `view` itself, the
/// routines from `routines`, the rest as written there.
fn built_state(routines: &[(String, String)], view: &TrayView) -> TrayView {
    TrayView {
        text: view.text.clone(),
        icon: view.icon,
        snoozes_left: None,
        snooze_label: String::new(),
        can_skip: false,
        paused: false,
        pause_until: Vec::new(),
        routines: routines.to_vec(),
        labels: TrayLabels {
            pause_until: Vec::new(),
            ..view.labels.clone()
        },
    }
}

/// The Snooze item's label and whether it can be clicked.
fn snooze_item(view: &TrayView) -> (&str, bool) {
    match view.snoozes_left {
        Some(n) if n > 0 => (&view.snooze_label, true),
        Some(_) => (&view.labels.snooze_none_left, false),
        None => (&view.labels.snooze, false),
    }
}

/// The icon for `state`: the committed 32-pixel PNG, decoded to RGBA rows
/// by build.rs and embedded deflated (so the app links no PNG decoder).
fn icon_for(state: IconState) -> Icon {
    let rgba = icon_rgba(state);
    Icon::from_rgba(rgba, ICON_SIZE, ICON_SIZE).expect("build.rs checked 32x32 RGBA")
}

const ICON_SIZE: u32 = 32;

fn icon_rgba(state: IconState) -> Vec<u8> {
    let packed: &[u8] = match state {
        IconState::Normal => include_bytes!(concat!(env!("OUT_DIR"), "/tray-normal.rgba.z")),
        IconState::Due => include_bytes!(concat!(env!("OUT_DIR"), "/tray-due.rgba.z")),
        IconState::Snoozed => include_bytes!(concat!(env!("OUT_DIR"), "/tray-snoozed.rgba.z")),
        IconState::Paused => include_bytes!(concat!(env!("OUT_DIR"), "/tray-paused.rgba.z")),
        IconState::Warning => include_bytes!(concat!(env!("OUT_DIR"), "/tray-warning.rgba.z")),
    };
    miniz_oxide::inflate::decompress_to_vec(packed).expect("build.rs deflated the icon")
}

/// Whether a StatusNotifierItem host (the thing that shows tray icons) is on
/// the session bus. GNOME has none without the AppIndicator extension.
pub async fn host_present() -> bool {
    let Ok(conn) = zbus::Connection::session().await else {
        return false;
    };
    let Ok(proxy) = zbus::fdo::DBusProxy::new(&conn).await else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher") else {
        return false;
    };
    proxy.name_has_owner(name).await.unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_ids_map_to_actions() {
        assert_eq!(
            parse(&MenuId::new("break-now:upper-trap")),
            Some(MenuAction::BreakNow("upper-trap".into()))
        );
        assert_eq!(
            parse(&MenuId::new("pause-30")),
            Some(MenuAction::PauseMinutes(30))
        );
        assert_eq!(parse(&MenuId::new("quit")), Some(MenuAction::Quit));
        let half_past_two = NaiveTime::from_hms_opt(14, 30, 0).expect("a time");
        assert_eq!(
            parse(&MenuId::new(until_id(half_past_two))),
            Some(MenuAction::PauseUntil(half_past_two))
        );
        assert_eq!(parse(&MenuId::new("pause-until:25:00")), None);
        assert_eq!(parse(&MenuId::new("status")), None);
    }

    #[test]
    fn the_snooze_item_says_how_many_are_left_only_when_one_can_be_used() {
        let mut view = TrayView {
            text: "Desk reset due".into(),
            icon: IconState::Due,
            snoozes_left: Some(2),
            snooze_label: "Snooze 5 min (2 left)".into(),
            can_skip: true,
            paused: false,
            pause_until: Vec::new(),
            routines: Vec::new(),
            labels: TrayLabels {
                snooze: "Snooze".into(),
                snooze_none_left: "Snooze (none left)".into(),
                ..TrayLabels::default()
            },
        };
        assert_eq!(snooze_item(&view), ("Snooze 5 min (2 left)", true));
        view.snoozes_left = Some(0);
        assert_eq!(snooze_item(&view), ("Snooze (none left)", false));
        view.snoozes_left = None;
        assert_eq!(snooze_item(&view), ("Snooze", false));
        // What `Tray::new` builds: a disabled plain Snooze, Skip and Resume off.
        let built = built_state(&[], &view);
        assert_eq!(snooze_item(&built), ("Snooze", false));
        assert!(!built.can_skip && !built.paused);
    }

    /// The embedded rows are the committed PNGs' pixels: premultiplied,
    /// they are exactly what tiny-skia decodes from the files.
    #[test]
    fn every_state_has_its_committed_icon() {
        for (state, png) in [
            (
                IconState::Normal,
                &include_bytes!("../../icons/unknot-normal-32.png")[..],
            ),
            (
                IconState::Due,
                include_bytes!("../../icons/unknot-due-32.png"),
            ),
            (
                IconState::Snoozed,
                include_bytes!("../../icons/unknot-snoozed-32.png"),
            ),
            (
                IconState::Paused,
                include_bytes!("../../icons/unknot-paused-32.png"),
            ),
            (
                IconState::Warning,
                include_bytes!("../../icons/unknot-warning-32.png"),
            ),
        ] {
            let decoded = tiny_skia::Pixmap::decode_png(png).expect("a committed PNG");
            let rgba = icon_rgba(state);
            let ours: Vec<_> = rgba
                .chunks_exact(4)
                .map(|p| tiny_skia::ColorU8::from_rgba(p[0], p[1], p[2], p[3]).premultiply())
                .collect();
            assert_eq!((decoded.width(), decoded.height()), (ICON_SIZE, ICON_SIZE));
            assert_eq!(ours, decoded.pixels(), "{state:?}");
            let _ = icon_for(state);
        }
    }
}
