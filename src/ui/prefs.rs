//! Pure: the Preferences window — its state, what a key or a click does to
//! it, and its picture. The sections are listed on the left; the focused
//! setting's section shows on the right. Writing the file and the autostart
//! entry is the window shell's (`session::window`); this only says what to
//! write.

use crate::config::prefs::{self, Item, LeftOut, Section, Shown};
use crate::config::{Config, ConfigErrors};
use crate::t;

use super::scene::{Align, Color, Rect, Scene, Weight, HEIGHT, WIDTH};
use super::view::{
    fit, label, rect, text, wrap, ACCENT, BACKGROUND, MUTED, SURFACE, TENSION, TEXT, TRACK,
};

/// What the window shows when the file reads: the settings and where the focus is.
#[derive(Debug, Clone, PartialEq)]
pub struct Prefs {
    pub config: Config,
    pub focus: usize,
    pub autostart: bool,
    /// The last change's outcome: saved, or why not.
    pub note: Option<Note>,
    /// The first-run welcome's few settings instead of all of them.
    pub welcome: bool,
    /// Exercises left out after pain until put back: each row offers "Put back".
    pub left_out: Vec<LeftOut>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    Saved,
    Refused(String),
    /// Done, and what came of it.
    Told(String),
}

/// The file does not read: its first error, and what the window offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The top-level key holding the error, when the file is JSON at all:
    /// that section alone can be reset.
    pub section: Option<String>,
    /// 0: reset the section (if offered), 1: open the file, 2: close.
    pub focus: usize,
    pub note: Option<String>,
}

/// A key or click, as the window shell passes it on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Space,
    Enter,
    Escape,
    /// A letter, lower case (the broken-file view's R and E).
    Char(char),
    Click(f32, f32),
}

/// What the shell does after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Nothing,
    Redraw,
    /// Write this config's `item` into the file.
    Change(Box<Config>, Item),
    Autostart(bool),
    /// Ask the app to put this exercise (its id) back into the routines.
    PutBack(String),
    ResetSection(String),
    /// The welcome's Start: write a new config file holding these answers.
    WriteNew(Box<Config>),
    OpenFile,
    Close,
}

impl Prefs {
    pub fn new(config: Config, autostart: bool) -> Prefs {
        Prefs {
            config,
            focus: 0,
            autostart,
            note: None,
            welcome: false,
            left_out: Vec::new(),
        }
    }

    /// The focus on `section`'s first setting.
    pub fn focus_section(&mut self, section: Section) {
        if let Some(i) = self.items().iter().position(|i| i.section() == section) {
            self.focus = i;
        }
    }

    pub fn items(&self) -> Vec<Item> {
        if self.welcome {
            return prefs::WELCOME.to_vec();
        }
        let mut items = prefs::items(&self.config);
        // Last in the Routine section, before Display.
        let at = items
            .iter()
            .position(|i| i.section() == Section::Display || *i == Item::Autostart)
            .unwrap_or(items.len());
        items.splice(at..at, (0..self.left_out.len()).map(Item::PutBack));
        items
    }

    /// A put-back of `exercise` was sent: its row goes, and the note says
    /// where it went.
    pub fn put_back(&mut self, exercise: &str) {
        let Some(n) = self.left_out.iter().position(|o| o.exercise == exercise) else {
            return;
        };
        let was = self.focused();
        let gone = self.left_out.remove(n);
        // The focus stays on its setting; on the row that went, it moves to
        // the next row left out (or the one before).
        let target = match was {
            Item::PutBack(k) if k > n => Item::PutBack(k - 1),
            Item::PutBack(_) => Item::PutBack(n.min(self.left_out.len().saturating_sub(1))),
            other => other,
        };
        let items = self.items();
        self.focus = items
            .iter()
            .position(|i| *i == target)
            .or_else(|| items.iter().rposition(|i| i.section() == Section::Routine))
            .unwrap_or(0);
        self.note = Some(Note::Told(t!("prefs-put-back-done", title = &gone.title)));
    }

    pub fn focused(&self) -> Item {
        let items = self.items();
        items[self.focus.min(items.len() - 1)]
    }

    pub(super) fn shown(&self, item: Item) -> Shown {
        match item {
            Item::Autostart => Shown::Toggle(self.autostart),
            _ => prefs::shown(&self.config, item),
        }
    }

    /// The config took `new` (its file was written): the focus stays on `item`.
    pub fn changed(&mut self, new: Config, item: Item) {
        self.config = new;
        self.focus = self.items().iter().position(|i| *i == item).unwrap_or(0);
        self.note = Some(Note::Saved);
    }

    pub fn key(&mut self, key: Key) -> Action {
        let n = self.items().len();
        match key {
            Key::Tab => self.focus = (self.focus + 1) % n,
            Key::BackTab => self.focus = (self.focus + n - 1) % n,
            Key::Down | Key::Up => {
                // The next visual row: a day's three controls are one row.
                let row = |i: usize| row_of(self.items()[i]);
                let here = row(self.focus);
                let mut i = self.focus;
                loop {
                    i = if key == Key::Down {
                        (i + 1) % n
                    } else {
                        (i + n - 1) % n
                    };
                    if row(i) != here || i == self.focus {
                        break;
                    }
                }
                // Onto the row's first control.
                while i > 0 && row(i - 1) == row(i) && key == Key::Up {
                    i -= 1;
                }
                self.focus = i;
            }
            Key::Left | Key::Right => return self.step(if key == Key::Right { 1 } else { -1 }),
            Key::Space | Key::Enter => {
                let item = self.focused();
                if matches!(self.shown(item), Shown::Toggle(_) | Shown::Button(_))
                    || item.is_choice()
                {
                    return self.step(0);
                }
                return Action::Nothing;
            }
            Key::Escape => return Action::Close,
            Key::Char(_) => return Action::Nothing,
            Key::Click(x, y) => {
                let Some((_, hit)) = layout(self).1.into_iter().find(|(r, _)| r.contains(x, y))
                else {
                    return Action::Nothing;
                };
                match hit {
                    Hit::Section(s) => self.focus_section(s),
                    Hit::Control(i, dir) => {
                        self.focus = i;
                        return self.step(dir);
                    }
                    Hit::Close => return Action::Close,
                }
            }
        }
        Action::Redraw
    }

    /// One step of the focused control; 0 toggles (or moves a choice on).
    fn step(&mut self, dir: i32) -> Action {
        let item = self.focused();
        if let Item::PutBack(n) = item {
            // A button: the arrows leave it alone.
            return match (dir, self.left_out.get(n)) {
                (0, Some(o)) => Action::PutBack(o.exercise.clone()),
                _ => Action::Nothing,
            };
        }
        if let Shown::Toggle(on) = self.shown(item) {
            // → turns on, ← off; Space flips.
            if (dir > 0 && on) || (dir < 0 && !on) {
                return Action::Nothing;
            }
            if item == Item::Autostart {
                return Action::Autostart(!on);
            }
        }
        match prefs::change(&self.config, item, dir) {
            Some(new) => Action::Change(Box::new(new), item),
            None => {
                self.note = Some(Note::Refused(t!("prefs-at-limit")));
                Action::Redraw
            }
        }
    }
}

impl Broken {
    pub fn new(errors: &ConfigErrors, section: Option<String>) -> Broken {
        let first = errors.errors.first();
        Broken {
            file: errors.label.clone(),
            line: first.map_or(1, |e| e.line),
            column: first.map_or(1, |e| e.column),
            message: first.map_or_else(String::new, |e| {
                if e.path.is_empty() {
                    e.message.clone()
                } else {
                    t!("prefs-broken-error", path = &e.path, message = &e.message)
                }
            }),
            // On "Open the file": nothing is changed by a stray Enter.
            focus: usize::from(section.is_some()),
            section,
            note: None,
        }
    }

    pub(super) fn buttons(&self) -> Vec<(String, Action)> {
        let mut out = Vec::new();
        if let Some(s) = &self.section {
            out.push((
                t!("prefs-broken-reset", section = s),
                Action::ResetSection(s.clone()),
            ));
        }
        out.push((t!("prefs-broken-open"), Action::OpenFile));
        out.push((t!("prefs-broken-close"), Action::Close));
        out
    }

    pub fn key(&mut self, key: Key) -> Action {
        let buttons = self.buttons();
        let n = buttons.len();
        match key {
            Key::Tab | Key::Right | Key::Down => self.focus = (self.focus + 1) % n,
            Key::BackTab | Key::Left | Key::Up => self.focus = (self.focus + n - 1) % n,
            Key::Space | Key::Enter => return buttons[self.focus.min(n - 1)].1.clone(),
            Key::Escape => return Action::Close,
            Key::Char('r') if self.section.is_some() => return buttons[0].1.clone(),
            Key::Char('e') | Key::Char('o') => return Action::OpenFile,
            Key::Char(_) => return Action::Nothing,
            Key::Click(x, y) => {
                let rects = broken_buttons(n);
                return match rects.iter().position(|r| r.contains(x, y)) {
                    Some(i) => buttons[i].1.clone(),
                    None => Action::Nothing,
                };
            }
        }
        Action::Redraw
    }
}

/// The first-run welcome: a few settings, then "Use defaults" and "Start".
#[derive(Debug, Clone, PartialEq)]
pub struct Welcome {
    pub prefs: Prefs,
    /// The settings, then the two buttons.
    pub focus: usize,
}

/// How many buttons the welcome has below its settings.
const WELCOME_BUTTON_COUNT: usize = 2;

/// The welcome's buttons' words: "Use defaults", then "Start".
pub(super) fn welcome_button_words() -> [String; WELCOME_BUTTON_COUNT] {
    [t!("welcome-use-defaults"), t!("welcome-start")]
}

impl Welcome {
    pub fn new() -> Welcome {
        let mut prefs = Prefs::new(Config::default(), false);
        prefs.welcome = true;
        Welcome { prefs, focus: 0 }
    }

    fn stops(&self) -> usize {
        prefs::WELCOME.len() + WELCOME_BUTTON_COUNT
    }

    pub fn key(&mut self, key: Key) -> Action {
        let n = self.stops();
        let settings = prefs::WELCOME.len();
        match key {
            Key::Tab | Key::Down => self.focus = (self.focus + 1) % n,
            Key::BackTab | Key::Up => self.focus = (self.focus + n - 1) % n,
            Key::Escape => return Action::Close,
            Key::Space | Key::Enter if self.focus >= settings => {
                return self.choose(self.focus - settings)
            }
            Key::Left | Key::Right if self.focus >= settings => {
                self.focus = if self.focus == settings {
                    settings + 1
                } else {
                    settings
                };
            }
            Key::Click(x, y) => {
                if let Some(i) = welcome_buttons().iter().position(|r| r.contains(x, y)) {
                    return self.choose(i);
                }
                let hit = welcome_layout(self)
                    .1
                    .into_iter()
                    .find(|(r, _)| r.contains(x, y));
                if let Some((_, Hit::Control(i, dir))) = hit {
                    self.focus = i;
                    return self.setting(if dir == 0 {
                        Key::Space
                    } else if dir < 0 {
                        Key::Left
                    } else {
                        Key::Right
                    });
                }
                return Action::Nothing;
            }
            key => return self.setting(key),
        }
        Action::Redraw
    }

    /// A key for the focused setting: the answer changes here, nothing is
    /// written until Start.
    fn setting(&mut self, key: Key) -> Action {
        if self.focus >= prefs::WELCOME.len() {
            return Action::Nothing;
        }
        self.prefs.focus = self.focus;
        match self.prefs.key(key) {
            Action::Change(new, _) => {
                self.prefs.config = *new;
                Action::Redraw
            }
            other => other,
        }
    }

    fn choose(&self, button: usize) -> Action {
        if button == 1 {
            Action::WriteNew(Box::new(self.prefs.config.clone()))
        } else {
            Action::Close
        }
    }
}

impl Default for Welcome {
    fn default() -> Self {
        Welcome::new()
    }
}

pub(super) fn welcome_buttons() -> [Rect; 2] {
    [
        Rect::new(WIDTH - 32.0 - 150.0 - 12.0 - 150.0, 304.0, 150.0, 38.0),
        Rect::new(WIDTH - 32.0 - 150.0, 304.0, 150.0, 38.0),
    ]
}

pub fn welcome_view(w: &Welcome) -> Scene {
    welcome_layout(w).0
}

pub(super) fn welcome_layout(w: &Welcome) -> (Scene, Vec<(Rect, Hit)>) {
    let mut scene = Scene::new(BACKGROUND);
    let mut hits = Vec::new();
    let m = 32.0;
    text(
        &mut scene,
        &t!("welcome-title"),
        m,
        44.0,
        22.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    let about = [
        t!("welcome-about-breaks"),
        t!("welcome-about-cause"),
        t!("welcome-about-routine"),
    ];
    for (i, line) in about.iter().enumerate() {
        let size = fit(line, WIDTH - 2.0 * m, 14.0, Weight::Regular, 11.0);
        label(&mut scene, line, m, 74.0 + i as f32 * 19.0, size, MUTED);
    }
    let p = &w.prefs;
    let right = WIDTH - m;
    // Rows a little closer than Preferences' so that five fit above the
    // ball's caution.
    let row_h = 25.0;
    for (i, item) in prefs::WELCOME.iter().enumerate() {
        let y = 124.0
            + match item {
                Item::WeekEnd => 0.0,
                _ => i.saturating_sub(1) as f32 * row_h,
            };
        let focused = w.focus == i;
        let shown = p.shown(*item);
        if *item != Item::WeekEnd {
            let ink = if focused || (*item == Item::WeekStart && w.focus == 1) {
                TEXT
            } else {
                Color::rgb(214, 220, 226)
            };
            text(
                &mut scene,
                &prefs::welcome_label(&p.config, *item),
                m,
                y + 20.0,
                15.0,
                Weight::Regular,
                ink,
                Align::Left,
            );
        }
        match (item, &shown) {
            (Item::WeekStart, Shown::Value(v)) => {
                stepper(
                    &mut scene,
                    &mut hits,
                    Rect::new(right - 230.0, y + 3.0, 100.0, 24.0),
                    v,
                    i,
                    focused,
                );
                text(
                    &mut scene,
                    "–",
                    right - 115.0,
                    y + 20.0,
                    15.0,
                    Weight::Regular,
                    MUTED,
                    Align::Center,
                );
            }
            (Item::WeekEnd, Shown::Value(v)) => {
                stepper(
                    &mut scene,
                    &mut hits,
                    Rect::new(right - 100.0, y + 3.0, 100.0, 24.0),
                    v,
                    i,
                    focused,
                );
            }
            (_, Shown::Value(v)) => {
                stepper(
                    &mut scene,
                    &mut hits,
                    Rect::new(right - VALUE_W, y + 3.0, VALUE_W, 24.0),
                    v,
                    i,
                    focused,
                );
            }
            // Not among the welcome's settings.
            (_, Shown::Button(_)) => {}
            (_, Shown::Toggle(on)) => {
                let r = Rect::new(right - 46.0, y + 4.0, 46.0, 22.0);
                focus_ring(&mut scene, r, focused);
                switch(&mut scene, r, *on);
                hits.push((Rect::new(m, y, right - m, row_h), Hit::Control(i, 0)));
            }
        }
    }
    // Who should leave the ball out, read before the first routine.
    let [who, never] = crate::routine::builtin::ball_caution();
    // Its first letter lower case, on from "The ball step:" (by char: a
    // caution may start with one of more than a byte).
    let mut chars = who.chars();
    let who: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    let ball = t!("welcome-ball-step", who = who, never = never);
    for (i, line) in wrap(&ball, WIDTH - 2.0 * m, 11.5, Weight::Regular, 3)
        .iter()
        .enumerate()
    {
        label(&mut scene, line, m, 268.0 + i as f32 * 12.5, 11.5, MUTED);
    }
    for (i, (word, r)) in welcome_button_words()
        .iter()
        .zip(welcome_buttons())
        .enumerate()
    {
        let focused = w.focus == prefs::WELCOME.len() + i;
        focus_ring(&mut scene, r, focused);
        let (fill, ink, weight) = if i == 1 {
            (ACCENT, BACKGROUND, Weight::Bold)
        } else {
            (SURFACE, TEXT, Weight::Regular)
        };
        rect(&mut scene, r, 8.0, fill);
        text(
            &mut scene,
            word,
            r.x + r.w / 2.0,
            r.y + 24.0,
            15.0,
            weight,
            ink,
            Align::Center,
        );
    }
    label(&mut scene, &t!("welcome-keys-move"), m, 318.0, 12.0, MUTED);
    label(
        &mut scene,
        &t!("welcome-keys-escape"),
        m,
        334.0,
        12.0,
        MUTED,
    );
    (scene, hits)
}

// ---- the picture ----

const SIDEBAR_W: f32 = 168.0;
const PANE_X: f32 = SIDEBAR_W + 20.0;
const PANE_RIGHT: f32 = WIDTH - 20.0;
const ROW_H: f32 = 30.0;
const ROWS_TOP: f32 = 64.0;
const VALUE_W: f32 = 118.0;
const SIDEBAR: Color = Color::rgb(28, 33, 40);

/// What a click lands on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Hit {
    Section(Section),
    /// The control of item `0`; `1` its step (0: a toggle).
    Control(usize, i32),
    Close,
}

/// Which visual row an item is drawn on (a day's three controls share one).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Row {
    Day(usize),
    Single(Item),
}

fn row_of(item: Item) -> Row {
    match item {
        Item::WorkDay(d) | Item::DayStart(d) | Item::DayEnd(d) => Row::Day(d),
        other => Row::Single(other),
    }
}

pub fn view(p: &Prefs) -> Scene {
    layout(p).0
}

pub(super) fn layout(p: &Prefs) -> (Scene, Vec<(Rect, Hit)>) {
    let mut scene = Scene::new(BACKGROUND);
    let mut hits = Vec::new();
    let items = p.items();
    let focused = p.focused();
    let current = focused.section();

    // The sections.
    rect(
        &mut scene,
        Rect::new(0.0, 0.0, SIDEBAR_W, HEIGHT),
        0.0,
        SIDEBAR,
    );
    text(
        &mut scene,
        &t!("prefs-title"),
        20.0,
        40.0,
        20.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    for (i, section) in Section::ALL.iter().enumerate() {
        // Seven sections above the note and the keys.
        let y = 62.0 + i as f32 * 28.0;
        let r = Rect::new(0.0, y, SIDEBAR_W, 28.0);
        let here = *section == current;
        if here {
            rect(&mut scene, Rect::new(0.0, y + 3.0, 4.0, 22.0), 2.0, ACCENT);
            rect(
                &mut scene,
                Rect::new(8.0, y + 1.0, SIDEBAR_W - 16.0, 26.0),
                6.0,
                SURFACE,
            );
        }
        let (ink, weight) = if here {
            (TEXT, Weight::Bold)
        } else {
            (MUTED, Weight::Regular)
        };
        text(
            &mut scene,
            &section.title(),
            20.0,
            y + 19.0,
            15.0,
            weight,
            ink,
            Align::Left,
        );
        hits.push((r, Hit::Section(*section)));
    }
    match &p.note {
        Some(Note::Saved) => label(&mut scene, &t!("prefs-saved"), 20.0, 278.0, 12.0, ACCENT),
        Some(Note::Refused(why) | Note::Told(why)) => {
            let ink = if matches!(p.note, Some(Note::Told(_))) {
                ACCENT
            } else {
                TENSION
            };
            for (i, line) in wrap(why, SIDEBAR_W - 28.0, 12.0, Weight::Regular, 2)
                .iter()
                .enumerate()
            {
                label(&mut scene, line, 20.0, 274.0 + i as f32 * 14.0, 12.0, ink);
            }
        }
        None => {}
    }
    for (i, line) in [
        t!("prefs-keys-move"),
        t!("prefs-keys-change"),
        t!("prefs-keys-switch"),
    ]
    .iter()
    .enumerate()
    {
        label(&mut scene, line, 20.0, 310.0 + i as f32 * 16.0, 12.0, MUTED);
    }

    // The focused section's settings.
    text(
        &mut scene,
        &current.title(),
        PANE_X,
        40.0,
        20.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    let mut row = None;
    let mut y = ROWS_TOP - ROW_H;
    for (i, item) in items.iter().enumerate() {
        if item.section() != current {
            continue;
        }
        if row != Some(row_of(*item)) {
            row = Some(row_of(*item));
            y += ROW_H;
        }
        let is_focused = i == p.focus;
        let shown = p.shown(*item);
        match item {
            Item::WorkDay(d) => {
                let on = shown == Shown::Toggle(true);
                let r = Rect::new(PANE_X, y + 3.0, 56.0, 24.0);
                focus_ring(&mut scene, r, is_focused);
                let (fill, ink) = if on {
                    (ACCENT, BACKGROUND)
                } else {
                    (TRACK, MUTED)
                };
                rect(&mut scene, r, 12.0, fill);
                text(
                    &mut scene,
                    &prefs::day_name(*d),
                    r.x + r.w / 2.0,
                    y + 20.0,
                    14.0,
                    Weight::Bold,
                    ink,
                    Align::Center,
                );
                hits.push((r, Hit::Control(i, 0)));
                if !on {
                    label(
                        &mut scene,
                        &t!("prefs-day-off"),
                        PANE_X + 74.0,
                        y + 20.0,
                        14.0,
                        MUTED,
                    );
                }
                let more = p.config.working_hours[*d].len().saturating_sub(1);
                if more > 0 {
                    let s = t!("prefs-day-more", n = more);
                    label(&mut scene, &s, PANE_X + 304.0, y + 20.0, 12.0, MUTED);
                }
            }
            Item::DayStart(_) | Item::DayEnd(_) => {
                let x = if matches!(item, Item::DayStart(_)) {
                    PANE_X + 74.0
                } else {
                    PANE_X + 190.0
                };
                if matches!(item, Item::DayEnd(_)) {
                    text(
                        &mut scene,
                        "–",
                        PANE_X + 180.0,
                        y + 20.0,
                        15.0,
                        Weight::Regular,
                        MUTED,
                        Align::Center,
                    );
                }
                let value = match &shown {
                    Shown::Value(v) => v.clone(),
                    Shown::Toggle(_) | Shown::Button(_) => String::new(),
                };
                stepper(
                    &mut scene,
                    &mut hits,
                    Rect::new(x, y + 3.0, 100.0, 24.0),
                    &value,
                    i,
                    is_focused,
                );
            }
            _ => {
                let ink = if is_focused {
                    TEXT
                } else {
                    Color::rgb(214, 220, 226)
                };
                let label_w = PANE_RIGHT - VALUE_W - PANE_X - 12.0;
                let words = match item {
                    Item::PutBack(n) => p.left_out.get(*n).map_or_else(
                        || item.label(),
                        |o| t!("prefs-left-out-row", title = &o.title),
                    ),
                    _ => item.label(),
                };
                let size = fit(&words, label_w, 15.0, Weight::Regular, 11.0);
                text(
                    &mut scene,
                    &words,
                    PANE_X,
                    y + 20.0,
                    size,
                    Weight::Regular,
                    ink,
                    Align::Left,
                );
                match &shown {
                    Shown::Toggle(on) => {
                        let r = Rect::new(PANE_RIGHT - 46.0, y + 4.0, 46.0, 22.0);
                        focus_ring(&mut scene, r, is_focused);
                        switch(&mut scene, r, *on);
                        hits.push((
                            Rect::new(PANE_X, y, PANE_RIGHT - PANE_X, ROW_H),
                            Hit::Control(i, 0),
                        ));
                    }
                    Shown::Value(v) => {
                        let r = Rect::new(PANE_RIGHT - VALUE_W, y + 3.0, VALUE_W, 24.0);
                        stepper(&mut scene, &mut hits, r, v, i, is_focused);
                    }
                    Shown::Button(word) => {
                        let r = Rect::new(PANE_RIGHT - VALUE_W, y + 3.0, VALUE_W, 24.0);
                        focus_ring(&mut scene, r, is_focused);
                        rect(&mut scene, r, 6.0, SURFACE);
                        text(
                            &mut scene,
                            word,
                            r.x + r.w / 2.0,
                            r.y + 17.0,
                            14.0,
                            Weight::Regular,
                            TEXT,
                            Align::Center,
                        );
                        hits.push((r, Hit::Control(i, 0)));
                    }
                }
            }
        }
    }
    if current == Section::Schedule {
        label(
            &mut scene,
            &t!("prefs-schedule-more"),
            PANE_X,
            344.0,
            12.0,
            MUTED,
        );
    }
    let close = Rect::new(PANE_RIGHT - 20.0, 20.0, 20.0, 24.0);
    text(
        &mut scene,
        "×",
        close.x + 10.0,
        38.0,
        20.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
    hits.push((close, Hit::Close));
    (scene, hits)
}

/// A visible focus: an accent ring just outside the control.
fn focus_ring(scene: &mut Scene, r: Rect, on: bool) {
    if on {
        rect(
            scene,
            Rect::new(r.x - 3.0, r.y - 3.0, r.w + 6.0, r.h + 6.0),
            14.0,
            ACCENT,
        );
        rect(
            scene,
            Rect::new(r.x - 1.0, r.y - 1.0, r.w + 2.0, r.h + 2.0),
            13.0,
            BACKGROUND,
        );
    }
}

fn switch(scene: &mut Scene, r: Rect, on: bool) {
    let (fill, knob_x) = if on {
        (ACCENT, r.x + r.w - r.h + 3.0)
    } else {
        (TRACK, r.x + 3.0)
    };
    rect(scene, r, r.h / 2.0, fill);
    let knob = r.h - 6.0;
    let ink = if on { BACKGROUND } else { MUTED };
    rect(
        scene,
        Rect::new(knob_x, r.y + 3.0, knob, knob),
        knob / 2.0,
        ink,
    );
    let word = if on {
        t!("prefs-switch-on")
    } else {
        t!("prefs-switch-off")
    };
    label(scene, &word, r.x - 30.0, r.y + 16.0, 13.0, MUTED);
}

/// A value with ‹ and › at its ends: a click on the left half steps down.
fn stepper(
    scene: &mut Scene,
    hits: &mut Vec<(Rect, Hit)>,
    r: Rect,
    value: &str,
    i: usize,
    focused: bool,
) {
    focus_ring(scene, r, focused);
    rect(scene, r, 8.0, SURFACE);
    let ink = if focused {
        TEXT
    } else {
        Color::rgb(214, 220, 226)
    };
    let size = fit(value, r.w - 36.0, 15.0, Weight::Regular, 11.0);
    text(
        scene,
        value,
        r.x + r.w / 2.0,
        r.y + 17.0,
        size,
        Weight::Regular,
        ink,
        Align::Center,
    );
    text(
        scene,
        "‹",
        r.x + 9.0,
        r.y + 18.0,
        17.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
    text(
        scene,
        "›",
        r.x + r.w - 9.0,
        r.y + 18.0,
        17.0,
        Weight::Regular,
        MUTED,
        Align::Center,
    );
    let half = r.w / 2.0;
    hits.push((Rect::new(r.x, r.y, half, r.h), Hit::Control(i, -1)));
    hits.push((Rect::new(r.x + half, r.y, half, r.h), Hit::Control(i, 1)));
}

pub(super) fn broken_buttons(n: usize) -> Vec<Rect> {
    let w = 160.0;
    let gap = 12.0;
    let total = n as f32 * w + (n as f32 - 1.0) * gap;
    let x0 = (WIDTH - total) / 2.0;
    (0..n)
        .map(|i| Rect::new(x0 + i as f32 * (w + gap), 290.0, w, 38.0))
        .collect()
}

/// The file does not read: where and why, and what can be done.
pub fn broken_view(b: &Broken) -> Scene {
    let mut scene = Scene::new(BACKGROUND);
    let m = 32.0;
    text(
        &mut scene,
        &t!("prefs-broken-title"),
        m,
        52.0,
        20.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    let at = t!(
        "prefs-broken-at",
        file = &b.file,
        line = b.line,
        column = b.column
    );
    label(&mut scene, &at, m, 86.0, 15.0, TENSION);
    for (i, line) in wrap(&b.message, WIDTH - 2.0 * m, 15.0, Weight::Regular, 4)
        .iter()
        .enumerate()
    {
        label(&mut scene, line, m, 116.0 + i as f32 * 21.0, 15.0, TEXT);
    }
    let advice = match &b.section {
        Some(s) => t!("prefs-broken-advice-reset", section = s),
        None => t!("prefs-broken-advice-edit"),
    };
    for (i, line) in wrap(&advice, WIDTH - 2.0 * m, 13.0, Weight::Regular, 4)
        .iter()
        .enumerate()
    {
        label(&mut scene, line, m, 210.0 + i as f32 * 18.0, 13.0, MUTED);
    }
    if let Some(note) = &b.note {
        label(&mut scene, note, m, 278.0, 13.0, TENSION);
    }
    let buttons = b.buttons();
    for (i, ((word, _), r)) in buttons
        .iter()
        .zip(broken_buttons(buttons.len()))
        .enumerate()
    {
        focus_ring(&mut scene, r, i == b.focus);
        rect(&mut scene, r, 8.0, SURFACE);
        let size = fit(word, r.w - 16.0, 15.0, Weight::Regular, 11.0);
        text(
            &mut scene,
            word,
            r.x + r.w / 2.0,
            r.y + 24.0,
            size,
            Weight::Regular,
            TEXT,
            Align::Center,
        );
    }
    label(&mut scene, &t!("prefs-broken-keys"), m, 348.0, 12.0, MUTED);
    scene
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs() -> Prefs {
        Prefs::new(Config::default(), false)
    }

    #[test]
    fn tab_walks_every_setting_and_the_focus_shows_its_section() {
        let mut p = prefs();
        let n = p.items().len();
        let mut seen = Vec::new();
        for _ in 0..n {
            seen.push(p.focused().section());
            assert_eq!(p.key(Key::Tab), Action::Redraw);
        }
        assert_eq!(p.focus, 0, "Tab goes round");
        for s in Section::ALL {
            assert!(seen.contains(&s), "{s:?} is never reached");
        }
        p.key(Key::BackTab);
        assert_eq!(p.focused(), Item::Autostart);
    }

    #[test]
    fn arrows_change_within_limits_and_space_toggles() {
        let mut p = prefs();
        let desk = p
            .items()
            .iter()
            .position(|i| *i == Item::DeskEvery)
            .unwrap();
        p.focus = desk;
        let Action::Change(new, Item::DeskEvery) = p.key(Key::Right) else {
            panic!()
        };
        assert_eq!(
            prefs::shown(&new, Item::DeskEvery),
            Shown::Value("55m".into())
        );
        p.changed(*new, Item::DeskEvery);
        assert_eq!(p.focused(), Item::DeskEvery);
        // Space does nothing to a stepper; it flips a switch.
        assert_eq!(p.key(Key::Space), Action::Nothing);
        p.focus = p.items().iter().position(|i| *i == Item::SoundOn).unwrap();
        assert_eq!(p.key(Key::Right), Action::Nothing, "already on");
        let Action::Change(new, Item::SoundOn) = p.key(Key::Space) else {
            panic!()
        };
        assert!(!new.sound.enabled);
        p.focus = p.items().len() - 1;
        assert_eq!(p.key(Key::Space), Action::Autostart(true));
        assert_eq!(p.key(Key::Escape), Action::Close);
    }

    #[test]
    fn what_pain_left_out_is_offered_back_in_the_routine_section() {
        let mut p = prefs();
        p.left_out = vec![
            LeftOut {
                exercise: "ball-press".into(),
                title: "Ball release".into(),
            },
            LeftOut {
                exercise: "prone-y".into(),
                title: "Y-raise".into(),
            },
        ];
        let items = p.items();
        let at = items
            .iter()
            .position(|i| *i == Item::WeeklySummary)
            .unwrap();
        assert_eq!(
            items[at + 1..],
            [
                Item::PutBack(0),
                Item::PutBack(1),
                Item::Contrast,
                Item::TextScale,
                Item::Motion,
                Item::Language,
                Item::Autostart
            ],
            "after the Routine settings, before Display"
        );
        p.focus = at + 2;
        assert_eq!(p.focused().section(), Section::Routine);
        // A button: the arrows leave it, Space or Enter asks.
        assert_eq!(p.key(Key::Right), Action::Nothing);
        assert_eq!(p.key(Key::Enter), Action::PutBack("prone-y".into()));
        // Its row is drawn with the exercise's name and the button's word.
        let scene = layout(&p).0;
        let words = scene.texts();
        assert!(words.contains(&"Left out after pain: Y-raise"), "{words:?}");
        assert!(words.contains(&"Put back"), "{words:?}");
        // Sent: the row goes, the focus moves to the row left, and the note says so.
        p.put_back("prone-y");
        assert_eq!(p.focused(), Item::PutBack(0));
        assert_eq!(
            p.note,
            Some(Note::Told("Y-raise is back in your routines.".into()))
        );
        p.put_back("ball-press");
        assert_eq!(p.focused(), Item::WeeklySummary);
        assert!(!p.items().iter().any(|i| matches!(i, Item::PutBack(_))));
        // A click on the button asks too.
        p.left_out = vec![LeftOut {
            exercise: "neck-side-stretch".into(),
            title: "Neck side stretch".into(),
        }];
        let (_, hits) = layout(&p);
        let (r, _) = hits
            .iter()
            .find(|(_, h)| *h == Hit::Control(at + 1, 0))
            .expect("the button is a click target");
        assert_eq!(
            p.key(Key::Click(r.x + 4.0, r.y + 4.0)),
            Action::PutBack("neck-side-stretch".into())
        );
    }

    /// Display › Language: a choice the arrows, Space and a click move on,
    /// each step a change to write; the row shows each language named in
    /// itself.
    #[test]
    fn the_language_is_chosen_in_display() {
        let mut p = prefs();
        p.focus_section(Section::Display);
        let at = p.items().iter().position(|i| *i == Item::Language).unwrap();
        p.focus = at;
        let words = layout(&p).0;
        assert!(words.texts().contains(&"Language"), "{:?}", words.texts());
        let Action::Change(new, Item::Language) = p.key(Key::Space) else {
            panic!("Space moves a choice on")
        };
        assert_eq!(new.language, Some(crate::i18n::Lang::En));
        p.changed(*new, Item::Language);
        assert_eq!(p.focused(), Item::Language);
        let Action::Change(new, Item::Language) = p.key(Key::Right) else {
            panic!("Right moves it on")
        };
        assert_eq!(new.language, Some(crate::i18n::Lang::De));
        p.changed(*new, Item::Language);
        let scene = layout(&p).0;
        assert!(scene.texts().contains(&"Deutsch"), "{:?}", scene.texts());
        // A click on the stepper's left half goes back.
        let (_, hits) = layout(&p);
        let (r, _) = hits
            .iter()
            .find(|(_, h)| *h == Hit::Control(at, -1))
            .expect("the stepper is a click target");
        let Action::Change(new, Item::Language) = p.key(Key::Click(r.x + 2.0, r.y + 2.0)) else {
            panic!("a click steps")
        };
        assert_eq!(new.language, Some(crate::i18n::Lang::En));
    }

    #[test]
    fn down_moves_by_rows_and_a_day_is_one_row() {
        let mut p = prefs();
        assert_eq!(p.focused(), Item::WorkDay(0));
        p.key(Key::Down);
        assert_eq!(p.focused(), Item::WorkDay(1));
        p.key(Key::Tab);
        assert_eq!(p.focused(), Item::DayStart(1));
        p.key(Key::Up);
        assert_eq!(p.focused(), Item::WorkDay(0));
    }

    #[test]
    fn a_click_on_a_section_focuses_it_and_on_a_stepper_steps() {
        let mut p = prefs();
        let y = 66.0 + 3.0 * 30.0 + 15.0;
        assert_eq!(p.key(Key::Click(40.0, y)), Action::Redraw);
        assert_eq!(p.focused().section(), Section::Sound);
        // The volume stepper's left half.
        let (_, hits) = layout(&p);
        let vol = p.items().iter().position(|i| *i == Item::Volume).unwrap();
        let (r, _) = hits
            .iter()
            .find(|(_, h)| *h == Hit::Control(vol, -1))
            .unwrap();
        let Action::Change(new, Item::Volume) = p.key(Key::Click(r.x + 2.0, r.y + 2.0)) else {
            panic!()
        };
        assert_eq!(new.sound.volume, 65);
    }
}
