//! The Preferences window's shell: reads the config file when the window
//! opens, writes each change into it at once (atomically; the running app
//! reloads it through its file watch), and the autostart entry. What the
//! window shows and what a key does is `ui::prefs`, pure.

use std::path::PathBuf;

use crate::config::prefs::LeftOut;
use crate::config::{self, prefs};
use crate::i18n::Lang;
use crate::platform::autostart;
use crate::t;
use crate::ui::prefs::{Action, Broken, Key, Note, Prefs, Welcome};
use crate::ui::Scene;

/// An open Preferences window.
pub struct PrefsWindow {
    path: PathBuf,
    /// The file's text as last read or written; empty when there is no file.
    text: String,
    screen: Screen,
    /// Exercises left out after pain until put back (from the app).
    left_out: Vec<LeftOut>,
    /// Put-backs asked for and not yet sent to the app (exercise ids).
    put_backs: Vec<String>,
    /// A volume or sound change asked for the test chime at this volume;
    /// the window process plays it (this file is also `render`'s, which
    /// has no audio).
    test_sound: Option<u8>,
    /// A language change was written: the words the window process is to
    /// speak from now on (it sets them, and redraws).
    language: Option<Lang>,
}

enum Screen {
    Ready(Prefs),
    Broken(Broken),
    Welcome(Welcome),
}

impl PrefsWindow {
    /// Reads `path` (no file: the built-in config, and the example's shape
    /// once something changes); `left_out` are offered back in the Routine
    /// section.
    pub fn open(path: PathBuf, left_out: Vec<LeftOut>) -> PrefsWindow {
        let mut window = PrefsWindow {
            path,
            text: String::new(),
            screen: Screen::Ready(Prefs::new(config::Config::default(), autostart::enabled())),
            left_out,
            put_backs: Vec::new(),
            test_sound: None,
            language: None,
        };
        window.read();
        window
    }

    /// The first-run welcome, whose Start writes a new file at `path`.
    pub fn welcome(path: PathBuf) -> PrefsWindow {
        PrefsWindow {
            path,
            text: String::new(),
            screen: Screen::Welcome(Welcome::new()),
            left_out: Vec::new(),
            put_backs: Vec::new(),
            test_sound: None,
            language: None,
        }
    }

    fn read(&mut self) {
        // Under the home as "~/…": shorter, and what a person would type.
        let label = match std::env::var_os("HOME").map(PathBuf::from) {
            Some(home) if self.path.starts_with(&home) && home.is_absolute() => {
                let rest = self.path.strip_prefix(&home).unwrap_or(&self.path);
                format!("~/{}", rest.display())
            }
            _ => self.path.display().to_string(),
        };
        let bytes = match config::read_limited(&self.path) {
            Ok(bytes) => bytes,
            Err(config::LoadError::NotFound { .. }) => Vec::new(),
            Err(e) => {
                // Unreadable (permissions, too large): shown, never written over.
                self.screen = Screen::Broken(Broken {
                    file: label,
                    line: 1,
                    column: 1,
                    message: e.to_string(),
                    section: None,
                    focus: 0,
                    note: None,
                });
                return;
            }
        };
        self.text = String::from_utf8_lossy(&bytes).into_owned();
        let parsed = if bytes.is_empty() {
            Ok(config::Config::default())
        } else {
            config::parse(&bytes, &label)
        };
        self.screen = match parsed {
            Ok(config) => {
                let mut prefs = Prefs::new(config, autostart::enabled());
                prefs.left_out = self.left_out.clone();
                // Read again while open: the focus stays on its setting.
                if let Screen::Ready(before) = &self.screen {
                    let item = before.focused();
                    prefs.focus = prefs.items().iter().position(|i| *i == item).unwrap_or(0);
                }
                Screen::Ready(prefs)
            }
            Err(errors) => {
                let section = errors
                    .errors
                    .first()
                    .and_then(|e| prefs::broken_section(&self.text, &e.path))
                    .map(str::to_owned);
                Screen::Broken(Broken::new(&errors, section))
            }
        };
    }

    /// The app's list of what is left out, newer than the one the window
    /// opened with.
    pub fn set_left_out(&mut self, left_out: Vec<LeftOut>) {
        self.left_out = left_out;
        if let Screen::Ready(p) = &mut self.screen {
            let item = p.focused();
            p.left_out = self.left_out.clone();
            let items = p.items();
            p.focus = items.iter().position(|i| *i == item).unwrap_or(0);
        }
    }

    /// The test chime's volume, if a change since the last call asked for it.
    pub fn take_test_sound(&mut self) -> Option<u8> {
        self.test_sound.take()
    }

    /// The language a change since the last call chose, if any.
    pub fn take_language(&mut self) -> Option<Lang> {
        self.language.take()
    }

    /// The put-backs asked for since the last call, for the app.
    pub fn take_put_backs(&mut self) -> Vec<String> {
        std::mem::take(&mut self.put_backs)
    }

    pub fn focus_section(&mut self, section: crate::config::prefs::Section) {
        if let Screen::Ready(p) = &mut self.screen {
            p.focus_section(section);
        }
    }

    /// The window's accessibility tree, from the same state as `scene`.
    pub fn access(&self, scale: f64) -> crate::ui::access::Access {
        match &self.screen {
            Screen::Ready(p) => crate::ui::access::preferences(p, scale),
            Screen::Broken(b) => crate::ui::access::broken(b, scale),
            Screen::Welcome(w) => crate::ui::access::welcome(w, scale),
        }
    }

    /// The config the window shows, when the file reads.
    pub fn config(&self) -> Option<&config::Config> {
        match &self.screen {
            Screen::Ready(p) => Some(&p.config),
            Screen::Broken(_) | Screen::Welcome(_) => None,
        }
    }

    /// Where the keys are (the setting or button Tab is on).
    pub fn focus_index(&self) -> usize {
        match &self.screen {
            Screen::Ready(p) => p.focus,
            Screen::Broken(b) => b.focus,
            Screen::Welcome(w) => w.focus,
        }
    }

    pub fn scene(&self) -> Scene {
        match &self.screen {
            Screen::Ready(p) => crate::ui::prefs::view(p),
            Screen::Broken(b) => crate::ui::prefs::broken_view(b),
            Screen::Welcome(w) => crate::ui::prefs::welcome_view(w),
        }
    }

    /// A key or click; `true` when the window is to close.
    pub fn key(&mut self, key: Key) -> bool {
        let action = match &mut self.screen {
            Screen::Ready(p) => p.key(key),
            Screen::Broken(b) => b.key(key),
            Screen::Welcome(w) => w.key(key),
        };
        match action {
            Action::Nothing | Action::Redraw => {}
            Action::Close => return true,
            Action::Change(new, item) => {
                if self.changed_on_disk() {
                    // Edited meanwhile (by hand, or another window): show the
                    // file as it is now rather than write over that edit.
                    self.read();
                    if let Screen::Ready(p) = &mut self.screen {
                        p.note = Some(Note::Refused(t!("prefs-changed-meanwhile")));
                    }
                    return false;
                }
                let written = prefs::write(&self.text, &new, item)
                    .map_err(|e| e.to_string())
                    .and_then(|text| self.save(text));
                let audible = matches!(item, prefs::Item::Volume | prefs::Item::SoundOn);
                if written.is_ok() && audible && new.sound.enabled {
                    self.test_sound = Some(new.sound.volume);
                }
                if written.is_ok() && item == prefs::Item::Language {
                    // The window process speaks it at once (this window
                    // first); the app follows through its config watch.
                    self.language = Some(config::language(&new).lang);
                }
                if let Screen::Ready(p) = &mut self.screen {
                    match written {
                        Ok(()) => p.changed(*new, item),
                        Err(why) => p.note = Some(Note::Refused(why)),
                    }
                }
            }
            Action::Autostart(on) => {
                if let Screen::Ready(p) = &mut self.screen {
                    match autostart::set(on) {
                        Ok(_) => {
                            p.autostart = on;
                            p.note = None;
                        }
                        Err(e) => p.note = Some(Note::Refused(e.to_string())),
                    }
                }
            }
            Action::PutBack(exercise) => {
                self.left_out.retain(|o| o.exercise != exercise);
                if let Screen::Ready(p) = &mut self.screen {
                    p.put_back(&exercise);
                }
                self.put_backs.push(exercise);
            }
            Action::ResetSection(section) => {
                let Some(section) = prefs::broken_section(&self.text, &section) else {
                    return false;
                };
                match prefs::reset_section(&self.text, section)
                    .map_err(|e| e.to_string())
                    .and_then(|text| self.save(text))
                {
                    Ok(()) => self.read(),
                    Err(why) => {
                        if let Screen::Broken(b) = &mut self.screen {
                            b.note = Some(why);
                        }
                    }
                }
            }
            Action::WriteNew(config) => {
                // A file made meanwhile (by hand) is the user's: left alone.
                if self.path.exists() {
                    eprintln!(
                        "unknot: {} exists now; the welcome's answers are not written over it",
                        self.path.display()
                    );
                    return true;
                }
                let written = prefs::write_all("", &config, &prefs::WELCOME)
                    .map_err(|e| e.to_string())
                    .and_then(|text| self.save(text));
                if let Err(why) = written {
                    eprintln!("unknot: {why}");
                }
                return true;
            }
            Action::OpenFile => {
                if let Err(e) =
                    super::with_user_compose(&mut std::process::Command::new("xdg-open"))
                        .arg(&self.path)
                        .spawn()
                {
                    if let Screen::Broken(b) = &mut self.screen {
                        b.note = Some(t!("prefs-cannot-open", error = e.to_string()));
                    }
                }
            }
        }
        false
    }

    /// The file is no longer what the window read or wrote last.
    fn changed_on_disk(&self) -> bool {
        match config::read_limited(&self.path) {
            Ok(bytes) => bytes != self.text.as_bytes(),
            Err(config::LoadError::NotFound { .. }) => !self.text.is_empty(),
            Err(_) => true,
        }
    }

    fn save(&mut self, text: String) -> Result<(), String> {
        config::write_atomic(&self.path, text.as_bytes()).map_err(|e| {
            t!(
                "prefs-cannot-write",
                path = self.path.display().to_string(),
                error = e.to_string()
            )
        })?;
        self.text = text;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::prefs::{Item, Section};
    use crate::i18n::Lang;
    use crate::ui::prefs::Key;

    /// Choosing a language in Preferences writes it into the file at once
    /// and hands the window process the language to speak, so this window
    /// redraws in it; the app takes the file up through its watch.
    #[test]
    fn choosing_a_language_writes_it_and_speaks_it() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("config.json");
        let text = "{\n  \"version\": 1,\n  \"language\": \"auto\"\n}\n";
        std::fs::write(&path, text).expect("the config");
        let mut window = PrefsWindow::open(path.clone(), Vec::new());
        window.focus_section(Section::Display);
        let Screen::Ready(p) = &mut window.screen else {
            panic!("the file reads")
        };
        p.focus = p.items().iter().position(|i| *i == Item::Language).unwrap();
        assert_eq!(window.take_language(), None);
        for (want, code) in [(Lang::En, "en"), (Lang::De, "de"), (Lang::Es, "es")] {
            assert!(!window.key(Key::Right), "the window stays open");
            let file = std::fs::read_to_string(&path).expect("written");
            assert_eq!(
                file,
                text.replace("\"auto\"", &format!("\"{code}\"")),
                "one value changed, where it stands"
            );
            assert_eq!(window.take_language(), Some(want));
            assert_eq!(window.take_language(), None, "taken once");
        }
        // Another setting says nothing of the language.
        let Screen::Ready(p) = &mut window.screen else {
            panic!("the file reads")
        };
        p.focus = p.items().iter().position(|i| *i == Item::Motion).unwrap();
        assert!(!window.key(Key::Right));
        assert_eq!(window.take_language(), None);
        assert!(std::fs::read_to_string(&path)
            .expect("written")
            .contains("\"language\": \"es\""));
    }
}
