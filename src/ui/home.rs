//! Pure: the home window — the app's face for a desktop without a tray and
//! for anyone who opens unknot from the applications menu. What comes next,
//! today's routine and the streak, what holds breaks back, and the tray
//! menu's actions as buttons. Its state, what a key or a click does, and its
//! picture; the window shell (`session::window`) sends the chosen action to
//! the app.

use chrono::{Datelike as _, NaiveDateTime};

use crate::values::{Home, HomeAction, HomeBreak, HomeMode};

use super::prefs::Key;
use super::scene::{Align, Color, Rect, Scene, Weight, WIDTH};
use super::view::{
    clock, day_count, fit, label, mid_sentence, rect, text, weekday_key, ACCENT, BACKGROUND, MUTED,
    SURFACE, TEXT,
};

/// The window: the app's state as last sent, and which button has the focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeWindow {
    pub state: Home,
    pub focus: usize,
}

/// What the shell does after a key or click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    Redraw,
    /// Ask the app for this, as the tray's menu would.
    Act(HomeAction),
    Close,
}

const MARGIN: f32 = 32.0;
const BUTTON_H: f32 = 38.0;
const GAP: f32 = 12.0;
/// The three rows of buttons: starting, pausing, the rest.
const ROWS: [f32; 3] = [168.0, 222.0, 276.0];

impl HomeWindow {
    pub fn new(state: Home) -> HomeWindow {
        HomeWindow { state, focus: 0 }
    }

    /// A new state from the app: the focus stays on the button of the same
    /// action where there is one (Pause becomes Resume in place).
    pub fn update(&mut self, state: Home) {
        let before = self.buttons().get(self.focus).map(|b| (b.1, b.2));
        self.state = state;
        let buttons = self.buttons();
        let same = |(action, row): (HomeAction, usize)| {
            buttons
                .iter()
                .position(|b| b.1 == action)
                .or_else(|| buttons.iter().position(|b| b.2 == row))
        };
        self.focus = before.and_then(same).unwrap_or(0).min(buttons.len() - 1);
    }

    /// The buttons in focus order, each with its row and its action.
    pub fn buttons(&self) -> Vec<(String, HomeAction, usize)> {
        let mut out = vec![(crate::t!("home-start"), HomeAction::Start, 0)];
        if self.state.has_daily {
            out.push((crate::t!("home-daily"), HomeAction::Daily, 0));
        }
        if self.state.mode == HomeMode::Paused {
            out.push((crate::t!("home-resume"), HomeAction::Resume, 1));
        } else {
            out.push((crate::t!("home-pause-30"), HomeAction::Pause(30), 1));
            out.push((crate::t!("home-pause-60"), HomeAction::Pause(60), 1));
            out.push((
                crate::t!("home-pause-tomorrow"),
                HomeAction::PauseUntilTomorrow,
                1,
            ));
        }
        out.push((crate::t!("home-statistics"), HomeAction::Statistics, 2));
        out.push((crate::t!("home-preferences"), HomeAction::Preferences, 2));
        out.push((crate::t!("home-quit"), HomeAction::Quit, 2));
        out
    }

    pub fn key(&mut self, key: Key) -> Outcome {
        let buttons = self.buttons();
        let n = buttons.len();
        match key {
            Key::Tab | Key::Right => self.focus = (self.focus + 1) % n,
            Key::BackTab | Key::Left => self.focus = (self.focus + n - 1) % n,
            // Up and Down move between rows, to the row's first button.
            Key::Down | Key::Up => {
                let row = buttons[self.focus].2;
                let next = if key == Key::Down {
                    (row + 1) % ROWS.len()
                } else {
                    (row + ROWS.len() - 1) % ROWS.len()
                };
                if let Some(i) = buttons.iter().position(|b| b.2 == next) {
                    self.focus = i;
                }
            }
            Key::Space | Key::Enter => return Outcome::Act(buttons[self.focus].1),
            Key::Escape => return Outcome::Close,
            Key::Char(_) => return Outcome::Nothing,
            Key::Click(x, y) => {
                return match self.rects().iter().position(|r| r.contains(x, y)) {
                    Some(i) => {
                        self.focus = i;
                        Outcome::Act(buttons[i].1)
                    }
                    None => Outcome::Nothing,
                };
            }
        }
        Outcome::Redraw
    }

    /// Where each button is, in the order of `buttons`.
    pub(super) fn rects(&self) -> Vec<Rect> {
        let buttons = self.buttons();
        let mut out = Vec::with_capacity(buttons.len());
        for (row, y) in ROWS.iter().enumerate() {
            let in_row = buttons.iter().filter(|b| b.2 == row).count();
            if in_row == 0 {
                continue;
            }
            let w = (WIDTH - 2.0 * MARGIN - GAP * (in_row as f32 - 1.0)) / in_row as f32;
            for i in 0..in_row {
                out.push(Rect::new(MARGIN + i as f32 * (w + GAP), *y, w, BUTTON_H));
            }
        }
        out
    }
}

/// The lines above the buttons: what comes next (large), today's routine
/// and the streak, and what holds breaks back, if anything does.
pub fn lines(state: &Home) -> (String, String, Option<String>) {
    let when = |at: NaiveDateTime| {
        let time = clock(at.time());
        if at.date() == state.today {
            crate::t!("home-when-today", time = time)
        } else {
            let weekday = crate::t!("date-weekday", day = weekday_key(at.weekday()));
            crate::t!("home-when-day", weekday = weekday, time = time)
        }
    };
    let name = |b: &HomeBreak| mid_sentence(&crate::config::shown_break_name(&b.name));
    let next = match (state.mode, &state.next_break) {
        (HomeMode::Paused, _) => match state.paused_until {
            Some(until) => crate::t!("home-paused-until", when = when(until)),
            None => crate::t!("home-paused"),
        },
        (HomeMode::InBreak, Some(b)) => crate::t!("home-break-on", name = name(b)),
        (HomeMode::InBreak, None) => crate::t!("home-a-break-on"),
        (HomeMode::Due, Some(b)) => crate::t!("home-break-due", name = name(b)),
        (HomeMode::Snoozed, Some(b)) => {
            crate::t!("home-break-snoozed", name = name(b), when = when(b.at))
        }
        (_, Some(b)) => crate::t!("home-next-break", name = name(b), when = when(b.at)),
        (_, None) => crate::t!("home-no-breaks"),
    };
    let days = day_count(state.streak);
    let routine = if !state.has_daily {
        crate::t!("home-streak", days = days)
    } else if state.daily_done {
        crate::t!("home-daily-done", days = days)
    } else {
        crate::t!("home-daily-to-do", days = days)
    };
    let held = match (&state.held_by, state.working_hours, state.mode) {
        (_, _, HomeMode::Paused) => None,
        (Some(quiet), _, _) => Some(crate::t!("home-held-by", quiet = quiet)),
        (None, false, HomeMode::Idle) => Some(crate::t!("home-outside-hours")),
        (None, _, _) => None,
    };
    (next, routine, held)
}

/// The home window's picture.
pub fn view(w: &HomeWindow) -> Scene {
    let mut scene = Scene::new(BACKGROUND);
    let m = MARGIN;
    text(
        &mut scene,
        "unknot",
        m,
        44.0,
        22.0,
        Weight::Bold,
        TEXT,
        Align::Left,
    );
    let (next, routine, held) = lines(&w.state);
    let size = fit(
        &mut scene,
        &next,
        WIDTH - 2.0 * m,
        19.0,
        Weight::Regular,
        13.0,
    );
    text(
        &mut scene,
        &next,
        m,
        84.0,
        size,
        Weight::Regular,
        TEXT,
        Align::Left,
    );
    let done = if w.state.daily_done { ACCENT } else { MUTED };
    label(&mut scene, &routine, m, 112.0, 15.0, done);
    if let Some(held) = held {
        let size = fit(
            &mut scene,
            &held,
            WIDTH - 2.0 * m,
            15.0,
            Weight::Regular,
            11.0,
        );
        label(&mut scene, &held, m, 138.0, size, MUTED);
    }
    for (i, ((word, _, _), r)) in w.buttons().iter().zip(w.rects()).enumerate() {
        let focused = i == w.focus;
        focus_ring(&mut scene, r, focused);
        let (fill, ink, weight) = if i == 0 {
            (ACCENT, BACKGROUND, Weight::Bold)
        } else {
            (SURFACE, TEXT, Weight::Regular)
        };
        rect(&mut scene, r, 8.0, fill);
        let size = fit(&mut scene, word, r.w - 16.0, 15.0, weight, 11.0);
        text(
            &mut scene,
            word,
            r.x + r.w / 2.0,
            r.y + 24.0,
            size,
            weight,
            ink,
            Align::Center,
        );
    }
    label(&mut scene, &crate::t!("home-keys"), m, 342.0, 12.0, MUTED);
    scene
}

/// A visible focus: an accent ring just outside the button.
fn focus_ring(scene: &mut Scene, r: Rect, on: bool) {
    if on {
        rect(
            scene,
            Rect::new(r.x - 3.0, r.y - 3.0, r.w + 6.0, r.h + 6.0),
            11.0,
            ACCENT,
        );
        rect(
            scene,
            Rect::new(r.x - 1.0, r.y - 1.0, r.w + 2.0, r.h + 2.0),
            9.0,
            Color::rgb(20, 24, 29),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn state(mode: HomeMode) -> Home {
        let today = NaiveDate::from_ymd_opt(2026, 3, 13).expect("a date");
        Home {
            today,
            mode,
            next_break: Some(HomeBreak {
                name: "Desk break".into(),
                at: today.and_hms_opt(10, 35, 0).expect("a time"),
            }),
            paused_until: None,
            working_hours: true,
            daily_done: false,
            streak: 3,
            held_by: None,
            has_daily: true,
        }
    }

    #[test]
    fn the_lines_say_what_comes_next_and_what_holds_it() {
        let mut s = state(HomeMode::Idle);
        assert_eq!(lines(&s).0, "Your next break: desk break at 10:35");
        assert_eq!(
            lines(&s).1,
            "Today’s routine is still to do · streak 3 days"
        );
        assert_eq!(lines(&s).2, None);
        s.held_by = Some("camera in use".into());
        assert_eq!(
            lines(&s).2.as_deref(),
            Some("Breaks wait while: camera in use")
        );
        s.mode = HomeMode::Paused;
        s.paused_until = s.today.succ_opt().and_then(|d| d.and_hms_opt(9, 0, 0));
        assert_eq!(lines(&s).0, "Breaks are paused until Saturday 09:00");
        assert_eq!(lines(&s).2, None, "a pause says it all");
    }

    #[test]
    fn every_button_is_reached_by_tab_and_chosen_by_enter() {
        let mut w = HomeWindow::new(state(HomeMode::Idle));
        let n = w.buttons().len();
        let mut chosen = Vec::new();
        for _ in 0..n {
            match w.key(Key::Enter) {
                Outcome::Act(a) => chosen.push(a),
                other => panic!("{other:?}"),
            }
            assert_eq!(w.key(Key::Tab), Outcome::Redraw);
        }
        assert_eq!(w.focus, 0, "Tab goes round");
        assert_eq!(
            chosen,
            [
                HomeAction::Start,
                HomeAction::Daily,
                HomeAction::Pause(30),
                HomeAction::Pause(60),
                HomeAction::PauseUntilTomorrow,
                HomeAction::Statistics,
                HomeAction::Preferences,
                HomeAction::Quit,
            ]
        );
        assert_eq!(w.key(Key::Escape), Outcome::Close);
    }

    #[test]
    fn down_moves_a_row_and_a_click_acts_on_the_button_under_it() {
        let mut w = HomeWindow::new(state(HomeMode::Idle));
        w.key(Key::Down);
        assert_eq!(w.buttons()[w.focus].1, HomeAction::Pause(30));
        w.key(Key::Down);
        assert_eq!(w.buttons()[w.focus].1, HomeAction::Statistics);
        let r = w.rects()[w.buttons().len() - 1];
        assert_eq!(
            w.key(Key::Click(r.x + 5.0, r.y + 5.0)),
            Outcome::Act(HomeAction::Quit)
        );
        assert_eq!(w.key(Key::Click(1.0, 1.0)), Outcome::Nothing);
    }

    #[test]
    fn paused_offers_resume_where_pause_was_and_keeps_the_focus_there() {
        let mut w = HomeWindow::new(state(HomeMode::Idle));
        w.focus = 3; // Pause 1 hour
        w.update(state(HomeMode::Paused));
        let buttons = w.buttons();
        assert!(buttons.iter().any(|b| b.1 == HomeAction::Resume));
        assert!(!buttons.iter().any(|b| b.1 == HomeAction::Pause(60)));
        assert_eq!(buttons[w.focus].1, HomeAction::Resume);
        // The focus is always drawn: the ring's accent is in the scene.
        let scene = view(&w);
        assert!(scene.texts().contains(&"Resume breaks"));
    }
}
