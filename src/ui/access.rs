//! Pure: the windows' accessibility trees (AccessKit `TreeUpdate`s), built
//! from the same views and scenes that draw the pixels, so that what a
//! screen reader reads and what the eye sees cannot drift. Each tree comes
//! with its targets: what an assistive tool's action on a node does, in the
//! window's own inputs (a click where the mouse would click, or a setting
//! that Tab and the arrow keys reach), so it can do whatever a keyboard can.

use accesskit::{Action, Affine, Live, Node, NodeId, Rect as Bounds, Role, Toggled, TreeUpdate};

use chrono::Datelike as _;

use super::home::HomeWindow;
use super::player::{PlayerInput, PlayerState, Screen};
use super::prefs::{self, Broken, Hit, Prefs, Welcome};
use super::scene::{Align, Rect, Scene, Shape, Text};
use super::view::weekday_key;
use crate::config::prefs::{self as settings, Item, Section, Shown};
use crate::values::Stats;

/// What an action on a node does, in the window's own inputs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// A click at this logical point: what the mouse would do there.
    Click(f32, f32),
    /// A Preferences setting (or the welcome's), by its focus index: Focus
    /// tabs to it; Click is Space there, Increment and Decrement the arrows.
    Setting(usize),
}

/// A window's tree and what its nodes do.
#[derive(Debug, Clone)]
pub struct Access {
    pub update: TreeUpdate,
    pub targets: Vec<(NodeId, Target)>,
}

impl Access {
    /// What an action on `node` does, if it does anything.
    pub fn target(&self, node: NodeId) -> Option<Target> {
        self.targets
            .iter()
            .find(|(id, _)| *id == node)
            .map(|(_, t)| *t)
    }
}

/// The id of the window's root node.
pub const ROOT: NodeId = NodeId(1);

/// The polite live region's text: what the guided session announces (the
/// exercise, the phase) while its own voice is off or muted; `None`: quiet.
pub fn announcement(state: &PlayerState, voice_heard: bool) -> Option<String> {
    if voice_heard && !state.muted {
        return None;
    }
    let m = state.moment.as_ref()?;
    if state.screen != Screen::Playing {
        return None;
    }
    Some(crate::t!(
        "a11y-announce",
        exercise = &m.exercise_title,
        phase = &m.word
    ))
}

/// The guided session window (start, check-in, playing, paused, end).
/// `live`: the live region's text (`announcement`).
pub fn session(title: &str, state: &PlayerState, live: Option<&str>, scale: f64) -> Access {
    let scene = super::view(state);
    let mut tree = Tree::new(title, Role::Window, scale);
    let mut skip: Vec<&str> = Vec::new();
    let heading = match (&state.moment, state.screen) {
        (Some(m), Screen::Playing | Screen::Paused) => Some(m.exercise_title.as_str()),
        (_, Screen::Start) => Some(state.routine_title.as_str()),
        _ => None,
    };
    let moment = state
        .moment
        .as_ref()
        .filter(|_| matches!(state.screen, Screen::Playing | Screen::Paused));
    let countdown = moment.map(|m| m.seconds_left.to_string());
    if let Some(c) = &countdown {
        // Read through the progress indicator below, not as a bare number.
        skip.push(c);
    }
    // The check-in's question and its scale's ends belong to its radio group.
    let questions = [
        crate::t!("checkin-question-before"),
        crate::t!("checkin-question-after"),
    ];
    let ends = [
        crate::t!("checkin-scale-low"),
        crate::t!("checkin-scale-high"),
    ];
    let rating_texts: Vec<String> = if state.ask.is_some() {
        scene
            .texts()
            .into_iter()
            .filter(|t| questions.iter().chain(&ends).any(|q| q == t))
            .map(str::to_owned)
            .collect()
    } else {
        Vec::new()
    };
    skip.extend(rating_texts.iter().map(String::as_str));
    tree.texts(&scene, heading, &skip);
    if let Some(m) = moment {
        let id = tree.id("time-left");
        let mut node = Node::new(Role::ProgressIndicator);
        node.set_label(crate::t!("a11y-time-left"));
        node.set_numeric_value(f64::from(m.seconds_left));
        node.set_min_numeric_value(0.0);
        node.set_value(seconds(m.seconds_left, &m.word));
        tree.add(id, node, None);
    }
    // The live region is always there (a screen reader learns of it once);
    // its text changes only when there is something to say.
    let id = tree.id("live");
    let mut node = Node::new(Role::Status);
    node.set_live(Live::Polite);
    if let Some(live) = live {
        node.set_label(live);
    }
    tree.add(id, node, None);
    let mut rates = Vec::new();
    // The focus is on the button Space presses: Start, or Pause/Resume, or
    // on the end screen Close. A screen reader then says what the window is
    // and what Space does in it (Orca read only "… frame" with the focus on
    // the window itself).
    let mut spaced = None;
    for b in &scene.buttons {
        match b.input {
            PlayerInput::Rate(n) => rates.push((n, b)),
            _ => {
                let shortcut = key_under(&scene, b.rect);
                let id = tree.button(&b.label, b.rect, shortcut.as_deref());
                tree.target(id, center(b.rect));
                let default = match b.input {
                    PlayerInput::Begin | PlayerInput::TogglePause => true,
                    PlayerInput::Stop => state.screen == Screen::End,
                    _ => false,
                };
                if default && spaced.is_none() {
                    spaced = Some(id);
                }
            }
        }
    }
    if let Some(ask) = state.ask.filter(|_| !rates.is_empty()) {
        let group = tree.id("rating");
        let mut node = Node::new(Role::RadioGroup);
        let question = rating_texts.iter().find(|t| questions.contains(t));
        node.set_label(
            question
                .cloned()
                .unwrap_or_else(|| crate::t!("a11y-rating")),
        );
        node.set_description(crate::t!("a11y-rating-scale"));
        let mut children = Vec::new();
        for (n, b) in &rates {
            let id = tree.id(&format!("rate-{n}"));
            let mut radio = Node::new(Role::RadioButton);
            radio.set_label(b.label.clone());
            radio.set_bounds(tree.bounds(b.rect));
            radio.add_action(Action::Click);
            radio.add_action(Action::Focus);
            radio.set_toggled(Toggled::from(ask.choice == Some(*n)));
            radio.set_position_in_set(usize::from(*n) + 1);
            radio.set_size_of_set(rates.len());
            tree.nodes.push((id, radio));
            tree.target(id, center(b.rect));
            children.push(id);
            if ask.choice == Some(*n) {
                tree.focus = id;
            }
        }
        node.set_children(children);
        tree.add(group, node, None);
        if tree.focus == ROOT {
            tree.focus = group;
        }
    }
    if let (ROOT, Some(id)) = (tree.focus, spaced) {
        tree.focus = id;
    }
    tree.finish()
}

/// "12 seconds left of Hold".
fn seconds(n: u32, word: &str) -> String {
    crate::t!("a11y-seconds-left", n = n, phase = word)
}

/// The Statistics window: days or weeks, as the view draws them, with
/// each day and week also as a list item in words.
pub fn stats(stats: &Stats, weeks: bool, scale: f64) -> Access {
    let scene = super::stats_view(stats, weeks);
    let mut tree = Tree::new(&crate::t!("a11y-window-statistics"), Role::Window, scale);
    // Not words: the keys of the items' ids.
    let heading = if weeks { "Weeks" } else { "Days" };
    let list = tree.id("list");
    let mut node = Node::new(Role::List);
    node.set_label(if weeks {
        crate::t!("a11y-stats-last-weeks", n = 12)
    } else {
        crate::t!("a11y-stats-last-days", n = 14)
    });
    let mut items = Vec::new();
    let lines: Vec<String> = if weeks {
        stats.weeks.iter().map(week_line).collect()
    } else {
        stats.days.iter().map(day_line).collect()
    };
    for (i, line) in lines.into_iter().enumerate() {
        let id = tree.id(&format!("{heading}-{i}"));
        let mut item = Node::new(Role::ListItem);
        item.set_label(line);
        tree.nodes.push((id, item));
        items.push(id);
    }
    node.set_children(items);
    tree.add(list, node, None);
    tree.texts(&scene, None, &[]);
    for b in &scene.buttons {
        let shortcut = key_under(&scene, b.rect);
        let id = tree.button(&b.label, b.rect, shortcut.as_deref());
        tree.target(id, center(b.rect));
    }
    tree.finish()
}

fn day_line(d: &crate::values::DayStats) -> String {
    let minutes = d.counts.exercise_ms / 60_000;
    let date = crate::t!(
        "date-long",
        weekday = crate::t!("date-weekday", day = weekday_key(d.date.weekday())),
        day = d.date.day(),
        month = crate::t!("date-month", month = d.date.month())
    );
    if d.daily_done {
        crate::t!("a11y-stats-day-routine", date = date, minutes = minutes)
    } else {
        crate::t!("a11y-stats-day", date = date, minutes = minutes)
    }
}

fn week_line(w: &crate::values::WeekStats) -> String {
    let date = crate::t!(
        "date-day-month",
        day = w.monday.day(),
        month = crate::t!("date-month", month = w.monday.month())
    );
    let (done, working) = (w.routine_days, w.working_days);
    match w.median_before {
        Some(r) => crate::t!(
            "a11y-stats-week-tension",
            date = date,
            done = done,
            working = working,
            tension = format!("{r:.0}")
        ),
        None => crate::t!(
            "a11y-stats-week",
            date = date,
            done = done,
            working = working
        ),
    }
}

/// The home window: its lines and buttons, the focus where Tab left it.
pub fn home(w: &HomeWindow, scale: f64) -> Access {
    let scene = super::home::view(w);
    let mut tree = Tree::new("unknot", Role::Window, scale);
    tree.texts(&scene, Some("unknot"), &[]);
    for (i, ((word, _, _), r)) in w.buttons().iter().zip(w.rects()).enumerate() {
        let id = tree.button(word, r, None);
        tree.target(id, center(r));
        if i == w.focus {
            tree.focus = id;
        }
    }
    tree.finish()
}

/// Preferences: the section tabs, the shown section's settings as check
/// boxes, spin buttons, combo boxes and buttons, the focus on the setting
/// the keys are on.
pub fn preferences(p: &Prefs, scale: f64) -> Access {
    let (scene, hits) = prefs::layout(p);
    let mut tree = Tree::new(&crate::t!("a11y-window-preferences"), Role::Window, scale);
    let items = p.items();
    let current = p.focused().section();
    let tabs = tree.id("tabs");
    let mut tab_ids = Vec::new();
    let mut controls = Vec::new();
    let mut close = None;
    for (r, hit) in &hits {
        match *hit {
            Hit::Section(s) => {
                let id = tree.id(&format!("tab-{}", s.title()));
                let mut tab = Node::new(Role::Tab);
                tab.set_label(s.title());
                tab.set_bounds(tree.bounds(*r));
                tab.add_action(Action::Click);
                tab.set_selected(s == current);
                tree.nodes.push((id, tab));
                tree.target(id, center(*r));
                tab_ids.push(id);
            }
            Hit::Control(i, _) => {
                if let Some(c) = controls.iter_mut().find(|(n, _)| *n == i) {
                    let (_, b): &mut (usize, Rect) = c;
                    *b = union(*b, *r);
                } else {
                    controls.push((i, *r));
                }
            }
            Hit::Close => close = Some(*r),
        }
    }
    let mut node = Node::new(Role::TabList);
    node.set_label(crate::t!("a11y-sections"));
    node.set_children(tab_ids);
    tree.add(tabs, node, None);
    let panel = tree.id("panel");
    let mut node = Node::new(Role::TabPanel);
    node.set_label(current.title());
    let mut children = Vec::new();
    for (i, r) in controls {
        let item = items[i];
        let name = setting_name(p, item);
        let id = setting(
            &mut tree,
            p.shown(item),
            settings::range(&p.config, item),
            &name,
            r,
            i,
        );
        if i == p.focus {
            tree.focus = id;
        }
        children.push(id);
    }
    node.set_children(children);
    tree.add(panel, node, None);
    let skip: Vec<String> = Section::ALL.iter().map(|s| s.title().to_owned()).collect();
    let skip: Vec<&str> = skip.iter().map(String::as_str).collect();
    tree.texts(&scene, Some(&current.title()), &skip);
    if let Some(r) = close {
        let id = tree.button(&crate::t!("a11y-close"), r, Some("Escape"));
        tree.target(id, center(r));
    }
    tree.finish()
}

/// A setting's accessible name: a day's hours say which day.
fn setting_name(p: &Prefs, item: Item) -> String {
    match item {
        Item::DayStart(d) => crate::t!("a11y-day-from", day = short_weekday(d)),
        Item::DayEnd(d) => crate::t!("a11y-day-to", day = short_weekday(d)),
        Item::PutBack(n) => p.left_out.get(n).map_or_else(
            || item.label(),
            |o| crate::t!("a11y-put-back", title = &o.title),
        ),
        _ => item.label(),
    }
}

/// The `d`th day of the week from Monday, short ("Mon").
fn short_weekday(d: usize) -> String {
    let day = (0..d).fold(chrono::Weekday::Mon, |day, _| day.succ());
    crate::t!("date-weekday-short", day = weekday_key(day))
}

/// One setting's node: a switch is a check box, a stepper a spin button
/// (with its numbers), a choice a combo box, a one-off a button.
fn setting(
    tree: &mut Tree,
    shown: Shown,
    range: Option<settings::Range>,
    name: &str,
    r: Rect,
    focus_index: usize,
) -> NodeId {
    let id = tree.id(&format!("setting-{name}"));
    let mut node = match (&shown, range) {
        (Shown::Toggle(on), _) => {
            let mut n = Node::new(Role::CheckBox);
            n.set_toggled(Toggled::from(*on));
            n.add_action(Action::Click);
            n
        }
        (Shown::Value(v), Some(range)) => {
            let mut n = Node::new(Role::SpinButton);
            n.set_value(v.clone());
            // The value in words again: AccessKit 0.25's AT-SPI side has no
            // Value.Text or "valuetext", so Orca 43 read only the number
            // ("Mon from 540" for 09:00); it reads the description after it.
            n.set_description(v.clone());
            n.set_numeric_value(range.value);
            n.set_min_numeric_value(range.min);
            n.set_max_numeric_value(range.max);
            n.set_numeric_value_step(range.step);
            n.add_action(Action::Increment);
            n.add_action(Action::Decrement);
            // AT-SPI has no increment: a screen reader sets the value.
            n.add_action(Action::SetValue);
            n
        }
        (Shown::Value(v), None) => {
            let mut n = Node::new(Role::ComboBox);
            n.set_value(v.clone());
            n.add_action(Action::Click);
            n.add_action(Action::Increment);
            n.add_action(Action::Decrement);
            n
        }
        (Shown::Button(word), _) => {
            let mut n = Node::new(Role::Button);
            n.set_description(word.as_str());
            n.add_action(Action::Click);
            n
        }
    };
    node.set_label(name);
    node.add_action(Action::Focus);
    node.set_bounds(tree.bounds(r));
    tree.nodes.push((id, node));
    tree.targets.push((id, Target::Setting(focus_index)));
    id
}

/// The first-run welcome: its few settings, then "Use defaults" and "Start".
pub fn welcome(w: &Welcome, scale: f64) -> Access {
    let (scene, hits) = prefs::welcome_layout(w);
    let mut tree = Tree::new(&crate::t!("a11y-window-welcome"), Role::Window, scale);
    let mut controls: Vec<(usize, Rect)> = Vec::new();
    for (r, hit) in &hits {
        if let Hit::Control(i, _) = *hit {
            match controls.iter_mut().find(|(n, _)| *n == i) {
                Some((_, b)) => *b = union(*b, *r),
                None => controls.push((i, *r)),
            }
        }
    }
    let words = prefs::welcome_button_words();
    let button_words: Vec<&str> = words.iter().map(String::as_str).collect();
    // The heading is the view's first text, in whatever words it has.
    let heading = first_text(&scene);
    tree.texts(&scene, heading.as_deref(), &button_words);
    for (i, r) in controls {
        let item = settings::WELCOME[i];
        let name = settings::welcome_label(&w.prefs.config, item);
        let shown = w.prefs.shown(item);
        let range = settings::range(&w.prefs.config, item);
        let id = setting(&mut tree, shown, range, &name, r, i);
        tree.children.push(id);
        if i == w.focus {
            tree.focus = id;
        }
    }
    for (n, (word, r)) in words.iter().zip(prefs::welcome_buttons()).enumerate() {
        let id = tree.button(word, r, None);
        tree.target(id, center(r));
        if w.focus == settings::WELCOME.len() + n {
            tree.focus = id;
        }
    }
    tree.finish()
}

/// Preferences on a file that does not read: where and why, and the buttons.
pub fn broken(b: &Broken, scale: f64) -> Access {
    let scene = prefs::broken_view(b);
    let mut tree = Tree::new(&crate::t!("a11y-window-preferences"), Role::Window, scale);
    let buttons = b.buttons();
    let words: Vec<&str> = buttons.iter().map(|(w, _)| w.as_str()).collect();
    // The heading is the view's first text, in whatever words it has.
    let heading = first_text(&scene);
    tree.texts(&scene, heading.as_deref(), &words);
    let rects = prefs::broken_buttons(buttons.len());
    for (i, ((word, _), r)) in buttons.iter().zip(rects).enumerate() {
        let id = tree.button(word, r, None);
        tree.target(id, center(r));
        if i == b.focus {
            tree.focus = id;
        }
    }
    tree.finish()
}

/// The scene's first text: a window's heading where the view draws it first.
fn first_text(scene: &Scene) -> Option<String> {
    scene.shapes.iter().find_map(|s| match s {
        Shape::Text(t) => Some(t.text.trim().to_owned()),
        _ => None,
    })
}

fn center(r: Rect) -> Target {
    Target::Click(r.x + r.w / 2.0, r.y + r.h / 2.0)
}

fn union(a: Rect, b: Rect) -> Rect {
    let (x, y) = (a.x.min(b.x), a.y.min(b.y));
    let right = (a.x + a.w).max(b.x + b.w);
    let bottom = (a.y + a.h).max(b.y + b.h);
    Rect::new(x, y, right - x, bottom - y)
}

/// The key written under a button (the session's "Space", "Esc"), if any.
fn key_under(scene: &Scene, r: Rect) -> Option<String> {
    under(scene, r).map(|t| t.text.clone())
}

fn under(scene: &Scene, r: Rect) -> Option<&Text> {
    scene.shapes.iter().find_map(|s| match s {
        Shape::Text(t)
            if t.align == Align::Center
                && (t.x - (r.x + r.w / 2.0)).abs() < 1.0
                && t.y > r.y + r.h
                && t.y <= r.y + r.h + 16.0 =>
        {
            Some(t)
        }
        _ => None,
    })
}

/// A tree being built: the root's children in reading order.
struct Tree {
    root: Node,
    children: Vec<NodeId>,
    nodes: Vec<(NodeId, Node)>,
    targets: Vec<(NodeId, Target)>,
    focus: NodeId,
    used: Vec<NodeId>,
}

impl Tree {
    fn new(title: &str, role: Role, scale: f64) -> Tree {
        let mut root = Node::new(role);
        root.set_label(title);
        // The scene's logical pixels → the window's physical ones.
        root.set_transform(Affine::scale(scale));
        Tree {
            root,
            children: Vec::new(),
            nodes: Vec::new(),
            targets: Vec::new(),
            focus: ROOT,
            used: vec![ROOT],
        }
    }

    /// A stable id from a key (FNV-1a), so a control keeps its id from one
    /// update to the next; a repeated key gets the next free one.
    fn id(&mut self, key: &str) -> NodeId {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in key.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        let mut id = NodeId(h | 2);
        while self.used.contains(&id) {
            id = NodeId(id.0.wrapping_add(4));
        }
        self.used.push(id);
        id
    }

    fn bounds(&self, r: Rect) -> Bounds {
        Bounds::new(
            f64::from(r.x),
            f64::from(r.y),
            f64::from(r.x + r.w),
            f64::from(r.y + r.h),
        )
    }

    fn add(&mut self, id: NodeId, node: Node, r: Option<Rect>) {
        let mut node = node;
        if let Some(r) = r {
            node.set_bounds(self.bounds(r));
        }
        self.nodes.push((id, node));
        self.children.push(id);
    }

    fn target(&mut self, id: NodeId, target: Target) {
        self.targets.push((id, target));
    }

    fn button(&mut self, label: &str, r: Rect, shortcut: Option<&str>) -> NodeId {
        let id = self.id(&format!("button-{label}"));
        let mut node = Node::new(Role::Button);
        node.set_label(label);
        node.add_action(Action::Click);
        node.add_action(Action::Focus);
        if let Some(key) = shortcut {
            node.set_keyboard_shortcut(key);
        }
        self.add(id, node, Some(r));
        id
    }

    /// The scene's text as labels in drawing order, wrapped lines of one
    /// paragraph joined, the text equal to `heading` a heading; button
    /// labels, the keys written under buttons and `skip` left out (their
    /// nodes say them).
    fn texts(&mut self, scene: &Scene, heading: Option<&str>, skip: &[&str]) {
        let buttons: Vec<&str> = scene.buttons.iter().map(|b| b.label.as_str()).collect();
        let keys: Vec<*const Text> = scene
            .buttons
            .iter()
            .filter_map(|b| under(scene, b.rect))
            .map(|t| t as *const Text)
            .collect();
        let mut runs: Vec<(&Text, String, Rect)> = Vec::new();
        for shape in &scene.shapes {
            let Shape::Text(t) = shape else { continue };
            let words = t.text.trim();
            if words.is_empty()
                || buttons.contains(&words)
                || skip.contains(&words)
                || keys.contains(&(t as *const Text))
            {
                continue;
            }
            let r = text_rect(t);
            if let Some((last, joined, lr)) = runs.last_mut() {
                let same = last.size == t.size
                    && last.color == t.color
                    && last.align == t.align
                    && last.x == t.x
                    && t.y > last.y
                    && t.y - last.y <= t.size * 1.8
                    && Some(last.text.as_str()) != heading;
                if same {
                    joined.push(' ');
                    joined.push_str(words);
                    *lr = union(*lr, r);
                    *last = t;
                    continue;
                }
            }
            runs.push((t, words.to_owned(), r));
        }
        for (i, (_, words, r)) in runs.into_iter().enumerate() {
            let is_heading = Some(words.as_str()) == heading;
            let id = self.id(&format!("text-{i}"));
            let mut node = Node::new(if is_heading {
                Role::Heading
            } else {
                Role::Label
            });
            if is_heading {
                node.set_level(1);
            }
            node.set_value(words.clone());
            node.set_label(words);
            self.add(id, node, Some(r));
        }
    }

    fn finish(mut self) -> Access {
        self.root.set_children(self.children);
        let mut nodes = vec![(ROOT, self.root)];
        nodes.append(&mut self.nodes);
        Access {
            update: TreeUpdate {
                nodes,
                tree: Some(accesskit::TreeInfo::new(ROOT)),
                tree_id: accesskit::TreeId::ROOT,
                focus: self.focus,
            },
            targets: self.targets,
        }
    }
}

/// About where a text run lies (its baseline at `y`).
fn text_rect(t: &Text) -> Rect {
    let w = t.text.chars().count() as f32 * t.size * 0.5;
    let x = match t.align {
        Align::Left => t.x,
        Align::Center => t.x - w / 2.0,
        Align::Right => t.x - w,
    };
    Rect::new(x, t.y - t.size, w, t.size * 1.25)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{CheckIn, Config};
    use crate::routine::builtin;
    use crate::ui::player::{Opening, Player};

    fn player(checkin: CheckIn) -> Player {
        let routine = builtin::find(builtin::UPPER_TRAP).expect("a built-in");
        let opening = Opening {
            checkin,
            ..Opening::default()
        };
        Player::open(routine, opening, 0)
    }

    fn nodes(a: &Access, role: Role) -> Vec<&Node> {
        a.update
            .nodes
            .iter()
            .filter(|(_, n)| n.role() == role)
            .map(|(_, n)| n)
            .collect()
    }

    fn named<'a>(a: &'a Access, role: Role, name: &str) -> (NodeId, &'a Node) {
        let found: Vec<_> = a
            .update
            .nodes
            .iter()
            .filter(|(_, n)| n.role() == role && n.label() == Some(name))
            .collect();
        assert_eq!(found.len(), 1, "one {role:?} named {name:?} in {a:#?}");
        (found[0].0, &found[0].1)
    }

    /// Every node but the root is the child of exactly one node, every child
    /// is in the update, and the focus is one of them: what AccessKit
    /// requires of a full tree.
    fn assert_whole(a: &Access) {
        let ids: Vec<NodeId> = a.update.nodes.iter().map(|(id, _)| *id).collect();
        let mut children: Vec<NodeId> = a
            .update
            .nodes
            .iter()
            .flat_map(|(_, n)| n.children().to_vec())
            .collect();
        children.sort();
        let mut others: Vec<NodeId> = ids.iter().copied().filter(|id| *id != ROOT).collect();
        others.sort();
        assert_eq!(children, others, "each node once under its parent");
        assert!(ids.contains(&a.update.focus));
        for (id, _) in &a.targets {
            assert!(ids.contains(id));
        }
    }

    /// The session's start screen: the routine's title as a heading, what
    /// it needs and its safety card as text, and Start, whose click is a
    /// click on the drawn button: the player begins.
    #[test]
    fn the_start_screen_has_a_heading_its_text_and_a_start_button() {
        let mut p = player(CheckIn::Off);
        let state = p.state(0);
        let a = session("Upper trapezius", &state, None, 1.0);
        assert_whole(&a);
        let (_, heading) = named(&a, Role::Heading, &state.routine_title);
        assert_eq!(heading.level(), Some(1));
        let labels: Vec<&str> = nodes(&a, Role::Label)
            .iter()
            .filter_map(|n| n.label())
            .collect();
        assert!(labels.iter().any(|l| l.starts_with("Needs")), "{labels:?}");
        let first_safety_words: String = state
            .safety
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            labels.iter().any(|l| l.contains(&first_safety_words)),
            "{first_safety_words:?} in {labels:?}"
        );
        let (start, node) = named(&a, Role::Button, "Start");
        assert!(node.supports_action(Action::Click));
        // The focus is where Space acts, so a screen reader names it.
        assert_eq!(a.update.focus, start);
        let Some(Target::Click(x, y)) = a.target(start) else {
            panic!("Start has a click");
        };
        let input = super::super::view(&state).hit(x, y).expect("on the button");
        p.handle(input, 0);
        assert_eq!(p.state(10).screen, Screen::Playing);
    }

    /// Playing: the exercise as a heading, the phase, the time left as a
    /// progress indicator with a value text, and the five buttons.
    #[test]
    fn playing_shows_the_exercise_phase_time_left_and_the_buttons() {
        let mut p = player(CheckIn::Off);
        p.handle(PlayerInput::Begin, 0);
        let state = p.state(1_000);
        let m = state.moment.clone().expect("playing");
        let a = session("t", &state, None, 1.0);
        assert_whole(&a);
        named(&a, Role::Heading, &m.exercise_title);
        named(&a, Role::Label, &m.word);
        let (_, time) = named(&a, Role::ProgressIndicator, "Time left");
        assert_eq!(time.numeric_value(), Some(f64::from(m.seconds_left)));
        assert_eq!(
            time.value(),
            Some(format!("{} seconds left of {}", m.seconds_left, m.word).as_str())
        );
        for (b, key) in [
            ("Pause", "Space"),
            ("Next", "Right arrow"),
            ("Mute", "M"),
            ("Stop — it hurt", "H"),
            ("Stop", "Esc"),
        ] {
            assert_eq!(named(&a, Role::Button, b).1.keyboard_shortcut(), Some(key));
        }
        assert_eq!(a.update.focus, named(&a, Role::Button, "Pause").0);
        p.handle(PlayerInput::TogglePause, 2_000);
        let paused = session("t", &p.state(2_500), None, 1.0);
        assert_eq!(
            paused.update.focus,
            named(&paused, Role::Button, "Resume").0
        );
        // The countdown's bare number is not read twice.
        assert!(!nodes(&a, Role::Label)
            .iter()
            .any(|n| n.label() == Some(m.seconds_left.to_string().as_str())));
    }

    /// The check-in: one radio group of 11, the scale's ends in its
    /// description; choosing 6 is a click on the drawn 6, which records 6.
    #[test]
    fn the_check_in_is_a_radio_group_of_eleven_and_six_records_six() {
        let mut p = player(CheckIn::BeforeAfter);
        p.handle(PlayerInput::Begin, 0);
        let state = p.state(0);
        assert_eq!(state.screen, Screen::CheckIn);
        let a = session("t", &state, None, 1.0);
        assert_whole(&a);
        let groups = nodes(&a, Role::RadioGroup);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].children().len(), 11);
        assert_eq!(
            groups[0].description(),
            Some("0 not at all, 10 as bad as it gets")
        );
        let (six, node) = named(&a, Role::RadioButton, "6");
        assert_eq!(node.position_in_set(), Some(7));
        let Some(Target::Click(x, y)) = a.target(six) else {
            panic!("6 has a click");
        };
        let input = super::super::view(&state).hit(x, y).expect("on the 6");
        assert_eq!(input, PlayerInput::Rate(6));
        p.handle(input, 0);
        assert_eq!(p.ratings().0, Some(6));
    }

    /// The live region speaks only when the app's own voice does not: the
    /// voice off or muted.
    #[test]
    fn the_live_region_speaks_only_without_the_voice() {
        let mut p = player(CheckIn::Off);
        p.handle(PlayerInput::Begin, 0);
        let state = p.state(1_000);
        let m = state.moment.clone().expect("playing");
        assert_eq!(announcement(&state, true), None);
        let said = format!("{}: {}", m.exercise_title, m.word);
        assert_eq!(announcement(&state, false), Some(said.clone()));
        p.handle(PlayerInput::ToggleMute, 1_000);
        assert_eq!(announcement(&p.state(1_000), true), Some(said.clone()));
        let a = session("t", &p.state(1_000), Some(&said), 1.0);
        let live = nodes(&a, Role::Status);
        assert_eq!(live.len(), 1);
        assert_eq!(live[0].live(), Some(Live::Polite));
        assert_eq!(live[0].label(), Some(said.as_str()));
        // Nothing to say on the start screen.
        assert_eq!(announcement(&player(CheckIn::Off).state(0), false), None);
    }

    /// Preferences: the sections as tabs, switches as check boxes, steppers
    /// as spin buttons with their numbers, choices as combo boxes; the
    /// focus is the focused setting.
    #[test]
    fn preferences_has_tabs_check_boxes_spin_buttons_and_combo_boxes() {
        let mut p = Prefs::new(Config::default(), false);
        p.focus_section(Section::Breaks);
        let a = preferences(&p, 2.0);
        assert_whole(&a);
        let tabs = nodes(&a, Role::Tab);
        assert_eq!(tabs.len(), Section::ALL.len());
        let (_, breaks) = named(&a, Role::Tab, &Section::Breaks.title());
        assert!(breaks.is_selected() == Some(true));
        let (id, snooze) = named(&a, Role::SpinButton, "Snooze for");
        let config = Config::default();
        let minutes = (config.snooze.length.as_secs() / 60) as f64;
        assert_eq!(snooze.numeric_value(), Some(minutes));
        assert!(snooze.min_numeric_value() < Some(minutes));
        assert!(snooze.max_numeric_value() > Some(minutes));
        assert!(snooze.numeric_value_step() > Some(0.0));
        assert!(snooze.supports_action(Action::Increment));
        // Its value in words twice: as the value, and as the description
        // Orca 43 reads after the bare number.
        assert!(snooze
            .value()
            .is_some_and(|v| v.starts_with(&minutes.to_string())));
        assert_eq!(snooze.description(), snooze.value());
        let i = p.items().iter().position(|i| *i == Item::SnoozeLength);
        assert_eq!(a.target(id), i.map(Target::Setting));
        let (_, check) = named(&a, Role::CheckBox, &Item::ShoulderCheck.label());
        assert_eq!(
            check.toggled(),
            Some(Toggled::from(config.shoulder_check.enabled))
        );
        assert_eq!(a.update.focus, named(&a, Role::SpinButton, "Snooze for").0);
        p.focus_section(Section::Routine);
        let a = preferences(&p, 1.0);
        assert_whole(&a);
        named(&a, Role::ComboBox, &Item::KnotSide.label());
    }

    /// The bounds are the drawn rectangles, scaled to the window's pixels
    /// by the root's transform.
    #[test]
    fn bounds_are_the_drawn_buttons_scaled_by_the_root() {
        let state = player(CheckIn::Off).state(0);
        let scene = super::super::view(&state);
        let a = session("t", &state, None, 2.0);
        let start = scene
            .buttons
            .iter()
            .find(|b| b.label == "Start")
            .expect("Start");
        let (_, node) = named(&a, Role::Button, "Start");
        let b = node.bounds().expect("bounds");
        assert_eq!(
            (b.x0, b.y0),
            (f64::from(start.rect.x), f64::from(start.rect.y))
        );
        let root = &a.update.nodes[0].1;
        assert_eq!(root.transform(), Some(&Affine::scale(2.0)));
    }

    /// The other windows: the welcome's settings and buttons, the broken
    /// file's buttons, the home window's buttons with the focus, the
    /// Statistics window's days and weeks as lists.
    #[test]
    fn the_welcome_home_broken_and_stats_windows_have_their_controls() {
        let w = Welcome::new();
        let a = welcome(&w, 1.0);
        assert_whole(&a);
        named(&a, Role::Button, "Start");
        named(&a, Role::Button, "Use defaults");
        assert!(!nodes(&a, Role::SpinButton).is_empty());
        assert!(!nodes(&a, Role::CheckBox).is_empty());

        let errors = crate::config::parse(b"{", "config.json").expect_err("broken");
        let b = Broken::new(&errors, None);
        let a = broken(&b, 1.0);
        assert_whole(&a);
        named(&a, Role::Button, "Open the file");
        assert_eq!(a.update.focus, named(&a, Role::Button, "Open the file").0);

        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 13).expect("a date");
        let home_window = HomeWindow::new(crate::values::Home {
            today,
            mode: crate::values::HomeMode::Idle,
            next_break: None,
            paused_until: None,
            working_hours: true,
            daily_done: false,
            streak: 3,
            held_by: None,
            has_daily: true,
        });
        let a = home(&home_window, 1.0);
        assert_whole(&a);
        assert_eq!(
            a.update.focus,
            named(&a, Role::Button, "Start a break now").0
        );

        let day = |n: u64| crate::values::DayStats {
            date: today - chrono::Days::new(13 - n),
            working_day: true,
            counts: crate::values::Counts {
                exercise_ms: n * 60_000,
                ..Default::default()
            },
            daily_done: n.is_multiple_of(2),
            ratings: Default::default(),
        };
        let week = |n: u64| crate::values::WeekStats {
            monday: today - chrono::Days::new(4 + 7 * (11 - n)),
            routine_days: 3,
            working_days: 5,
            median_before: Some(6.0),
            median_after: Some(4.0),
            shoulder_checks: 0,
        };
        let s = Stats {
            today,
            from: today - chrono::Days::new(13),
            records: 0,
            days: (0..14).map(day).collect(),
            totals: Default::default(),
            streak: Default::default(),
            completion_rate: None,
            exercises: Vec::new(),
            weeks: (0..12).map(week).collect(),
            pain_stops: Vec::new(),
        };
        for (weeks, n, first) in [
            (
                false,
                14,
                "Saturday 28 February: 0 minutes of exercise, daily routine done",
            ),
            (
                true,
                12,
                "Week of 22 December: routine on 3 of 5 working days, tension before 6",
            ),
        ] {
            let a = stats(&s, weeks, 1.0);
            assert_whole(&a);
            let lists = nodes(&a, Role::List);
            assert_eq!(lists.len(), 1);
            assert_eq!(lists[0].children().len(), n);
            assert_eq!(nodes(&a, Role::ListItem)[0].label(), Some(first));
            named(&a, Role::Button, "Close");
        }
    }
}
