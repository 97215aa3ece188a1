//! The windows read and driven through AT-SPI as a screen reader does:
//! at-spi2-core's bus started by D-Bus activation on the desktop's session
//! bus, `org.a11y.Status` `IsEnabled` set as Orca sets it, and python3-pyatspi
//! finding the nodes by role and name and invoking their actions. What the
//! actions do is checked where a user would notice it: the tree moves on,
//! config.json changes, the history records the rating.

use std::process::{Child, Stdio};
use std::time::Duration;

use desktop::Desktop;
use unknot::engine::HistoryEvent;

use crate::running::{all_day_config, looks_as_rendered, App, DESK_ONLY};
use crate::unknot_in::UnknotIn;

const WAIT: Duration = Duration::from_secs(30);

/// The helpers every script starts with: the window process's windows (the
/// application AccessKit names after its executable), a node found by role
/// and name (waiting for it), and a dump of the tree when one is not.
pub(crate) const PRELUDE: &str = r#"
import sys, time, pyatspi

APP = 'unknot-session'

def walk(node, depth=0):
    yield node, depth
    for i in range(node.childCount):
        c = node.getChildAtIndex(i)
        if c is not None:
            yield from walk(c, depth + 1)

def windows():
    desk = pyatspi.Registry.getDesktop(0)
    for i in range(desk.childCount):
        app = desk.getChildAtIndex(i)
        if app is not None and app.name == APP:
            for j in range(app.childCount):
                w = app.getChildAtIndex(j)
                if w is not None:
                    yield w

def dump():
    try:
        desk = pyatspi.Registry.getDesktop(0)
        for i in range(desk.childCount):
            app = desk.getChildAtIndex(i)
            if app is None:
                continue
            print('app', repr(app.name), file=sys.stderr)
            if app.name == APP:
                for n, d in walk(app):
                    print('  ' * d, n.getRoleName(), repr(n.name), file=sys.stderr)
    except Exception as e:
        print('dump failed:', e, file=sys.stderr)

def find_all(window, role, name=None):
    found = []
    for w in windows():
        if w.name != window:
            continue
        for n, _ in walk(w):
            if n.getRoleName() == role and (name is None or n.name == name):
                found.append(n)
    return found

def find(window, role, name, limit=30):
    end = time.time() + limit
    while time.time() < end:
        try:
            nodes = find_all(window, role, name)
            if nodes:
                return nodes[0]
        except Exception:
            pass
        time.sleep(0.2)
    dump()
    sys.exit(f'no {role} named {name!r} in the window {window!r}')

def click(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if 'click' not in names:
        sys.exit(f'{node.getRoleName()} {node.name!r} has no click: {names}')
    action.doAction(names.index('click'))
"#;

fn write_config(desktop: &Desktop, text: &str) -> std::path::PathBuf {
    let dir = desktop.home().join(".config/unknot");
    std::fs::create_dir_all(&dir).expect("config folder");
    let path = dir.join("config.json");
    std::fs::write(&path, text).expect("writing the config");
    path
}

/// `unknot ARGS` in the desktop, standalone (no app), its output in the
/// scratch folder; killed on drop.
struct Standalone {
    child: Child,
    err: std::path::PathBuf,
}

impl Standalone {
    fn start(desktop: &Desktop, args: &[&str]) -> Standalone {
        let err = desktop.scratch().join(format!("{}.err", args.join("-")));
        let child = desktop
            .unknot()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&err).expect("a log file"))
            .spawn()
            .expect("starting unknot");
        Standalone { child, err }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.err).unwrap_or_default()
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A pyatspi script: `PRELUDE`, then `body`.
pub(crate) fn script(body: &str) -> String {
    format!("{PRELUDE}\n{body}")
}

fn history(desktop: &Desktop) -> Vec<HistoryEvent> {
    let dir = desktop.home().join(".local/state/unknot");
    unknot::history::read(&dir)
        .map(|read| read.records.into_iter().map(|r| r.event).collect())
        .unwrap_or_default()
}

/// The session's start screen, as Orca finds it: the window by its name,
/// the routine's title as a heading, the Start button by role and name.
/// Its action begins the routine: the tree then shows the first exercise
/// and its time left counting down, and Stop (also through AT-SPI) ends it,
/// recorded as a stopped session.
#[test]
fn a_screen_reader_starts_the_session_with_the_start_button() {
    let desktop = Desktop::start();
    desktop.enable_accessibility();
    write_config(&desktop, &all_day_config(DESK_ONLY));
    let mut play = Standalone::start(&desktop, &["play", "desk-reset"]);
    let out = desktop.atspi(&script(
        r#"
find('Desk reset', 'heading', 'Desk reset')
click(find('Desk reset', 'push button', 'Start'))
bar = find('Desk reset', 'progress bar', 'Time left')
first = bar.queryValue().currentValue
# The player moves: the time left goes down while it plays.
end = time.time() + 10
while time.time() < end and bar.queryValue().currentValue >= first:
    time.sleep(0.2)
later = bar.queryValue().currentValue
if later >= first:
    sys.exit(f'the time left stayed at {first}')
print('heading', find_all('Desk reset', 'heading')[0].name)
print('counted', first, later)
click(find('Desk reset', 'push button', 'Stop'))
"#,
    ));
    assert!(out.contains("counted"), "{out}");
    let heading = out
        .lines()
        .find_map(|l| l.strip_prefix("heading "))
        .expect("the exercise's heading");
    let routine =
        unknot::routine::builtin::find(unknot::routine::builtin::DESK_RESET).expect("a built-in");
    assert_eq!(heading, routine.exercises[0].title, "{out}");
    // Stop through AT-SPI ends the session as the Stop button does.
    let mut status = None;
    desktop.wait_until(WAIT, || {
        status = play.child.try_wait().ok().flatten();
        status.is_some()
    });
    assert!(status.is_some(), "Stop did not end it\n{}", play.stderr());
    let stopped = history(&desktop).into_iter().any(|e| {
        matches!(e, HistoryEvent::Completed { routine, outcomes, .. }
            if routine == "desk-reset" && !outcomes.is_empty())
    });
    assert!(stopped, "no completed record\n{}", play.stderr());
}

/// Preferences: a spin button found by role and name, its value set one
/// step up through AT-SPI's Value (what a screen reader does; AT-SPI has
/// no increment action) changes config.json in place exactly as the →
/// key does: one value replaced, every other byte kept.
#[test]
fn a_screen_reader_steps_a_preferences_spin_button_and_the_file_changes_in_place() {
    let desktop = Desktop::start();
    desktop.enable_accessibility();
    let laid = all_day_config(DESK_ONLY).replace("\"every\": \"50m\"", "\"every\":   \"50m\"");
    let path = write_config(&desktop, &laid);
    let _prefs = Standalone::start(&desktop, &["preferences"]);
    let out = desktop.atspi(&script(
        r#"
w = 'unknot — Preferences'
spin = find(w, 'spin button', 'Desk reset every')
value = spin.queryValue()
print('was', value.currentValue, value.minimumValue, value.maximumValue, value.minimumIncrement)
value.currentValue = value.currentValue + value.minimumIncrement
end = time.time() + 10
while time.time() < end and find(w, 'spin button', 'Desk reset every').queryValue().currentValue != 55:
    time.sleep(0.2)
print('now', find(w, 'spin button', 'Desk reset every').queryValue().currentValue)
print('tabs', len(find_all(w, 'page tab')))
"#,
    ));
    assert!(out.contains("was 50.0 "), "{out}");
    assert!(out.contains("now 55.0"), "{out}");
    assert!(out.contains("tabs 7"), "{out}");
    let want = laid.replace("\"every\":   \"50m\"", "\"every\":   \"55m\"");
    let mut text = String::new();
    let written = desktop.wait_until(WAIT, || {
        text = std::fs::read_to_string(&path).unwrap_or_default();
        text == want
    });
    assert!(
        written,
        "config.json is not the laid file with 55m:\n{text}"
    );
}

/// The daily routine's check-in: a radio group of 11 (0–10) whose
/// description says what the ends mean; choosing 6 through AT-SPI records
/// 6 as the before-rating, as the 6 key does.
#[test]
fn a_screen_reader_answers_the_check_in_and_six_is_recorded() {
    let desktop = Desktop::start();
    desktop.enable_accessibility();
    let at = (chrono::Local::now() + chrono::Duration::hours(12)).format("%H:%M");
    let breaks = format!(
        r#"[{{"name": "Daily routine", "routine": "upper-trap", "at": "{at}", "daily": true}}]"#
    );
    let app = App::start(&desktop, &all_day_config(&breaks));
    app.wait_status("the app answering", |_| true);
    let (code, _, err) = app.cli(&["start", "upper-trap"]);
    assert_eq!(code, 0, "{err}");
    let out = desktop.atspi(&script(
        r#"
w = 'Upper-trap daily routine'
click(find(w, 'push button', 'Start'))
six = find(w, 'radio button', '6')
group = six.parent
print('group', group.getRoleName(), group.childCount, repr(group.description))
names = [group.getChildAtIndex(i).name for i in range(group.childCount)]
print('names', ' '.join(names))
click(six)
find(w, 'progress bar', 'Time left')
"#,
    ));
    assert!(
        out.contains("group ") && out.contains(" 11 '0 not at all, 10 as bad as it gets'"),
        "{out}"
    );
    assert!(out.contains("names 0 1 2 3 4 5 6 7 8 9 10"), "{out}");
    // Stop: the session's record carries the rating.
    desktop.atspi(&script(
        "click(find('Upper-trap daily routine', 'push button', 'Stop'))",
    ));
    let mut before = None;
    desktop.wait_until(WAIT, || {
        before = history(&desktop).into_iter().find_map(|e| match e {
            HistoryEvent::Completed {
                routine,
                tension_before,
                ..
            } if routine == "upper-trap" => Some(tension_before),
            _ => None,
        });
        before.is_some()
    });
    assert_eq!(before, Some(Some(6)), "{}", app.stderr());
}

/// Symbols of `binary` whose names mention accesskit.
fn accesskit_symbols(binary: &std::path::Path) -> usize {
    let out = std::process::Command::new("nm")
        .arg("-C")
        .arg(binary)
        .output()
        .unwrap_or_else(|e| panic!("running nm on {}: {e}", binary.display()));
    assert!(out.status.success(), "nm {}", binary.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("accesskit"))
        .count()
}

/// The background app, which never opens a window, links no accessibility
/// code: only the window process does (which also shows that the check
/// sees it where it is).
#[test]
fn only_the_window_process_links_accesskit() {
    assert_eq!(accesskit_symbols(&crate::unknot_in::binary()), 0);
    assert!(accesskit_symbols(&crate::unknot_in::session_binary()) > 0);
}

/// The live region, heard as Orca hears it (an AT-SPI listener on
/// `object:announcement`): with the voice on, nothing is announced while
/// the phase changes (the voice says it); muted through AT-SPI's Mute
/// button, the next phase change is announced, the exercise and the phase.
#[test]
fn the_live_region_announces_the_phase_only_while_the_voice_is_muted() {
    let desktop = Desktop::start_with_audio();
    desktop.enable_accessibility();
    let sound = r#"{"enabled": true, "voice": true, "volume": 40}"#;
    write_config(
        &desktop,
        &crate::running::all_day_config_with(DESK_ONLY, sound),
    );
    let play = Standalone::start(&desktop, &["play", "desk-reset"]);
    // The output opens in the background; the session starts after it.
    let open = desktop.wait_until(WAIT, || play.stderr().contains("audio: output open"));
    assert!(open, "no audio output\n{}", play.stderr());
    let out = desktop.atspi(&script(
        r#"
from gi.repository import GLib
w = 'Desk reset'
heard = []
phases = []
PHASES = {'Hold', 'Breathe in', 'Breathe out', 'Press', 'Raise', 'Lower', 'Release', 'Rest', 'Switch sides'}
def on_event(e):
    if e.type.startswith('object:announcement'):
        heard.append(str(e.any_data))
    elif e.source is not None and str(e.any_data) in PHASES:
        phases.append(str(e.any_data))
pyatspi.Registry.registerEventListener(on_event, 'object:announcement', 'object:property-change:accessible-name')

def listen_until_phase_changes(limit):
    # Runs the listener until the phase word changed and 1 s more, or
    # `limit` seconds; returns the new phase, if any.
    start = len(phases)
    state = {'left': limit * 10, 'after': None}
    def tick():
        state['left'] -= 1
        if len(phases) > start and state['after'] is None:
            state['after'] = 10
        if state['after'] is not None:
            state['after'] -= 1
        if state['left'] <= 0 or state['after'] == 0:
            pyatspi.Registry.stop()
            return False
        return True
    GLib.timeout_add(100, tick)
    pyatspi.Registry.start()
    return phases[start] if len(phases) > start else None

click(find(w, 'push button', 'Start'))
phase = listen_until_phase_changes(40)
print('voice on: phase', repr(phase), 'heard', [h for h in heard if h])
click(find(w, 'push button', 'Mute'))
find(w, 'push button', 'Unmute')
heard.clear()
phase = listen_until_phase_changes(40)
print('muted: phase', repr(phase), 'heard', [h for h in heard if h])
"#,
    ));
    let line = |prefix: &str| {
        out.lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} in {out}"))
            .to_owned()
    };
    // The phase changed while the voice spoke, and nothing was announced.
    let on = line("voice on:");
    assert!(
        !on.contains("phase None") && on.ends_with("heard []"),
        "{out}"
    );
    // Muted, the next phase change is announced: the exercise and the phase.
    let muted = line("muted:");
    let phase = muted
        .split('\'')
        .nth(1)
        .unwrap_or_else(|| panic!("no phase change while muted: {out}"));
    let routine =
        unknot::routine::builtin::find(unknot::routine::builtin::DESK_RESET).expect("a built-in");
    let said = format!("'{}: {phase}'", routine.exercises[0].title);
    assert!(muted.contains(&said), "{said} not announced: {out}");
}

/// `unknot render` of `args` into the scratch folder as `name`.
fn render(desktop: &Desktop, name: &str, args: &[&str]) -> std::path::PathBuf {
    let out = desktop.scratch().join(name);
    let mut all = args.to_vec();
    all.extend(["--out", out.to_str().expect("UTF-8")]);
    let mut cmd = desktop.unknot();
    cmd.arg("render").args(&all);
    let done = cmd.output().expect("unknot render");
    assert!(
        done.status.success(),
        "render: {}",
        String::from_utf8_lossy(&done.stderr)
    );
    out
}

/// The desktop's high-contrast setting, read through the XDG settings
/// portal (xdg-desktop-portal with its gtk backend, which passes GNOME's
/// `high-contrast` through): set with gsettings while the session window
/// shows its start screen, the window is redrawn in the high-contrast
/// palette, exactly as `unknot render --contrast high` draws it; set back,
/// it is drawn as before. GNOME's text scaling factor 1.5 grows the window
/// and draws it as `unknot render --text-scale 1.5` does. `appearance.contrast` "normal" keeps the normal
/// palette whatever the desktop says.
#[test]
fn the_desktop_s_high_contrast_setting_redraws_the_window_in_high_contrast() {
    let desktop = Desktop::start();
    let config = write_config(&desktop, &all_day_config(DESK_ONLY));
    let routine = [
        "--routine",
        "desk-reset",
        "--screen",
        "start",
        "--scale",
        "1",
    ];
    let normal = render(&desktop, "start.png", &routine);
    let mut high_args = routine.to_vec();
    high_args.extend(["--contrast", "high"]);
    let high = render(&desktop, "start-high.png", &high_args);
    let play = Standalone::start(&desktop, &["play", "desk-reset"]);
    let window = shown_window(&desktop, "Desk reset")
        .unwrap_or_else(|| panic!("no window\n{}", play.stderr()));
    looks_as_rendered(&desktop, &window, &normal, "portal-normal.png");
    let set = |on: &str| {
        desktop.run(
            "gsettings",
            &[
                "set",
                "org.gnome.desktop.a11y.interface",
                "high-contrast",
                on,
            ],
        )
    };
    set("true");
    looks_as_rendered(&desktop, &window, &high, "portal-high.png");
    set("false");
    looks_as_rendered(&desktop, &window, &normal, "portal-normal-again.png");

    // The desktop's text scaling factor: the window grows to 1.5 times its
    // size and draws as `unknot render --text-scale 1.5` does.
    let mut larger_args = routine.to_vec();
    larger_args.extend(["--text-scale", "1.5"]);
    let larger = render(&desktop, "start-1.5.png", &larger_args);
    let scale = |factor: &str| {
        desktop.run(
            "gsettings",
            &[
                "set",
                "org.gnome.desktop.interface",
                "text-scaling-factor",
                factor,
            ],
        )
    };
    scale("1.5");
    looks_as_rendered(&desktop, &window, &larger, "portal-text-1.5.png");
    scale("1.0");
    looks_as_rendered(&desktop, &window, &normal, "portal-text-1.0.png");
    drop(play);

    // "normal" in the config: the desktop's setting is not followed.
    set("true");
    let normal_config =
        all_day_config(DESK_ONLY).replacen('{', r#"{"appearance": {"contrast": "normal"}, "#, 1);
    std::fs::write(&config, normal_config).expect("config");
    let _play = Standalone::start(&desktop, &["play", "desk-reset"]);
    let window = shown_window(&desktop, "Desk reset").expect("a second window");
    std::thread::sleep(Duration::from_secs(2));
    looks_as_rendered(&desktop, &window, &normal, "portal-config-normal.png");
}

/// The X id of the first window titled `title` once one is mapped (within
/// `WAIT`), else `None`.
fn shown_window(desktop: &Desktop, title: &str) -> Option<String> {
    let mut window = None;
    desktop.wait_until(WAIT, || {
        window = desktop
            .command("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .ok()
            .and_then(|o| {
                let out = String::from_utf8_lossy(&o.stdout);
                out.lines().next().map(str::to_owned)
            });
        window.is_some()
    });
    window
}

/// A pixel of the X window `window` (a screenshot with `import`).
fn pixel(desktop: &Desktop, window: &str, x: u32, y: u32) -> Option<(u8, u8, u8)> {
    let out = desktop
        .command("import")
        .args(["-window", window, "png:-"])
        .output()
        .ok()?;
    let shot = tiny_skia::Pixmap::decode_png(&out.stdout).ok()?;
    let p = shot.pixel(x, y)?;
    Some((p.red(), p.green(), p.blue()))
}

/// Preferences › Display: Contrast stepped from normal to high with the
/// keys writes `"contrast": "high"` into the file and redraws the open
/// window at once in the high-contrast palette (its background black).
#[test]
fn preferences_display_contrast_takes_effect_at_once() {
    let desktop = Desktop::start();
    let laid =
        all_day_config(DESK_ONLY).replacen('{', r#"{"appearance": {"contrast": "normal"}, "#, 1);
    let path = write_config(&desktop, &laid);
    let prefs = Standalone::start(&desktop, &["preferences"]);
    let window = shown_window(&desktop, "Preferences")
        .unwrap_or_else(|| panic!("no Preferences\n{}", prefs.stderr()));
    // An empty spot of the settings pane, normal then high contrast.
    let spot = (400, 330);
    let normal = desktop.wait_until(WAIT, || {
        pixel(&desktop, &window, spot.0, spot.1) == Some((20, 24, 29))
    });
    assert!(normal, "not the normal background");
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    // "Display" in the section list, then → on Contrast.
    desktop.run(
        "xdotool",
        &["mousemove", "--window", &window, "40", "216", "click", "1"],
    );
    desktop.run("xdotool", &["key", "--delay", "100", "Right"]);
    let written = desktop.wait_until(WAIT, || {
        std::fs::read_to_string(&path).is_ok_and(|t| t.contains(r#""contrast": "high""#))
    });
    assert!(
        written,
        "the file: {}",
        std::fs::read_to_string(&path).unwrap_or_default()
    );
    let high = desktop.wait_until(WAIT, || {
        pixel(&desktop, &window, spot.0, spot.1) == Some((0, 0, 0))
    });
    assert!(
        high,
        "not redrawn in high contrast: {:?}",
        pixel(&desktop, &window, spot.0, spot.1)
    );
}

/// Another application's window that has the keyboard: `xmessage`,
/// activated as a user's click would; killed on drop.
struct Elsewhere {
    child: Child,
    window: String,
}

impl Elsewhere {
    fn focused(desktop: &Desktop) -> Elsewhere {
        let title = "Typing elsewhere";
        let child = desktop
            .command("xmessage")
            .args(["-title", title, "A window of another application"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting xmessage (x11-utils)");
        let mut elsewhere = Elsewhere {
            child,
            window: String::new(),
        };
        elsewhere.window = shown_window(desktop, title).expect("the xmessage window");
        desktop.run("xdotool", &["windowactivate", "--sync", &elsewhere.window]);
        assert_eq!(
            active_window(desktop),
            elsewhere.window,
            "xmessage has the focus"
        );
        elsewhere
    }
}

impl Drop for Elsewhere {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// openbox made to give a new window no focus by itself (`focusNew` off),
/// as GNOME's focus-stealing prevention does to a window that comes without
/// a launch token (a tray menu's click has none): the window then has the
/// keyboard only if it asks for it.
fn no_focus_for_new_windows(desktop: &Desktop) {
    let stock = std::fs::read_to_string("/etc/xdg/openbox/rc.xml").expect("openbox's rc.xml");
    let off = stock.replacen("<focusNew>yes</focusNew>", "<focusNew>no</focusNew>", 1);
    assert_ne!(
        off, stock,
        "no <focusNew>yes</focusNew> in openbox's rc.xml"
    );
    let dir = desktop.home().join(".config/openbox");
    std::fs::create_dir_all(&dir).expect("openbox's config folder");
    std::fs::write(dir.join("rc.xml"), off).expect("writing rc.xml");
    desktop.run("openbox", &["--reconfigure"]);
    // The reconfigure is a message to the running openbox: let it act.
    std::thread::sleep(Duration::from_millis(500));
}

/// The X window that has the keyboard (`_NET_ACTIVE_WINDOW`).
fn active_window(desktop: &Desktop) -> String {
    desktop
        .command("xdotool")
        .arg("getactivewindow")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// Focus moves into a new window when the user opens it (issue 33): with
/// another application's window focused and a window manager that gives
/// new windows no focus by itself, `unknot start` (what the tray's Start,
/// a notification's Start and the home window's button do too) opens the
/// session window with the keyboard in it. A screen reader finds the window
/// active and its Start button (what Space and Return press) focused, and a
/// key typed without naming a window (Return) starts the routine.
#[test]
fn the_session_window_a_user_opens_takes_the_focus() {
    let desktop = Desktop::start();
    desktop.enable_accessibility();
    no_focus_for_new_windows(&desktop);
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    app.wait_status("the app answering", |_| true);
    let _elsewhere = Elsewhere::focused(&desktop);
    let (code, _, err) = app.cli(&["start", "desk-reset"]);
    assert_eq!(code, 0, "{err}");
    let window = shown_window(&desktop, "Desk reset")
        .unwrap_or_else(|| panic!("no session window\n{}", app.stderr()));
    let out = desktop.atspi(&script(
        r#"
w = 'Desk reset'
find(w, 'push button', 'Start')
def look():
    frame = next(x for x in windows() if x.name == w)
    focused = [(n.getRoleName(), n.name) for n, _ in walk(frame)
               if n.getState().contains(pyatspi.STATE_FOCUSED)]
    return frame.getState().contains(pyatspi.STATE_ACTIVE), focused
end = time.time() + 10
active, focused = look()
while time.time() < end and not (active and focused):
    time.sleep(0.2)
    active, focused = look()
print('active', active)
print('focused', focused)
"#,
    ));
    assert!(out.contains("active True"), "not active: {out}");
    // The focus is the button Space and Return press.
    assert!(
        out.contains("focused [('push button', 'Start')]"),
        "not the Start button focused: {out}"
    );
    assert_eq!(
        active_window(&desktop),
        window,
        "the X focus is not the session window's"
    );
    // Typed as a user types: into whatever has the keyboard.
    desktop.run("xdotool", &["key", "Return"]);
    let out = desktop.atspi(&script(
        "find('Desk reset', 'progress bar', 'Time left', limit=10)\nprint('begun')",
    ));
    assert!(
        out.contains("begun"),
        "Return did not start the routine: {out}"
    );

    // Statistics, asked for from elsewhere while the session plays, takes
    // the keyboard in turn.
    let elsewhere = Elsewhere::focused(&desktop);
    let (code, _, err) = app.cli(&["stats", "--window"]);
    assert_eq!(code, 0, "{err}");
    let title = "unknot — statistics";
    // xdotool matches the title's ASCII part (its em dash is not in WM_NAME).
    let stats = shown_window(&desktop, "statistics")
        .unwrap_or_else(|| panic!("no Statistics window\n{}", app.stderr()));
    let out = desktop.atspi(&script(&format!(
        r#"
w = '{title}'
end = time.time() + 10
while time.time() < end:
    frames = [x for x in windows() if x.name == w]
    if frames and frames[0].getState().contains(pyatspi.STATE_ACTIVE):
        break
    time.sleep(0.2)
print('active', bool(frames) and frames[0].getState().contains(pyatspi.STATE_ACTIVE))
"#
    )));
    assert!(out.contains("active True"), "Statistics not active: {out}");
    assert_eq!(
        active_window(&desktop),
        stats,
        "the X focus is not the Statistics window's (xmessage is {})",
        elsewhere.window
    );
}

/// A user routine whose one exercise moves all the time: 20 reps of a 3 s
/// raise and a 3 s lowering, after its 10 s get-ready.
const LIFTS: &str = r#""routines": [{
    "id": "lifts", "title": "Lifts",
    "safety": "Gentle effort only; stop if pain is sharp or spreads.",
    "exercises": [{
      "id": "y-lift", "title": "Y lift", "purpose": "strengthen",
      "position": "chair", "equipment": "none",
      "instructions": ["Lift your arms into a Y."],
      "sides": "none", "sets": 1, "reps": 20,
      "phases": [{"phase": "raise", "for": "3s"}, {"phase": "lower", "for": "3s"}]
    }]
  }], "#;

/// Screenshots of `window` taken back to back for `span`: how many were
/// taken, how many differ from the one before, and the seconds it took.
fn changes(desktop: &Desktop, window: &str, span: Duration) -> (usize, usize, f64) {
    let start = std::time::Instant::now();
    let (mut shots, mut changed, mut last): (usize, usize, Option<Vec<u8>>) = (0, 0, None);
    while start.elapsed() < span {
        let Ok(out) = desktop
            .command("import")
            .args(["-window", window, "rgb:-"])
            .stderr(Stdio::null())
            .output()
        else {
            continue;
        };
        if !out.status.success() || out.stdout.is_empty() {
            continue;
        }
        shots += 1;
        if last.as_ref().is_some_and(|l| *l != out.stdout) {
            changed += 1;
        }
        last = Some(out.stdout);
    }
    (shots, changed, start.elapsed().as_secs_f64())
}

/// Reduced motion from the desktop (issue 33): GNOME's `enable-animations`
/// turned off with gsettings while the session window plays a moving
/// phase (the figure redrawn every 33 ms) reaches the window through the
/// XDG settings portal: from then on its picture changes at most once a
/// second (the figure holds each phase's key pose; the countdown, the ring
/// and the progress bar move on whole seconds). Before, with animations
/// on, the same window changed between most screenshots.
#[test]
fn the_desktop_s_animations_off_make_a_moving_phase_change_once_a_second() {
    let desktop = Desktop::start();
    write_config(
        &desktop,
        &all_day_config(DESK_ONLY).replacen('{', &format!("{{{LIFTS}"), 1),
    );
    let play = Standalone::start(&desktop, &["play", "lifts"]);
    let window =
        shown_window(&desktop, "Lifts").unwrap_or_else(|| panic!("no window\n{}", play.stderr()));
    desktop.run("xdotool", &["windowactivate", "--sync", &window]);
    desktop.run("xdotool", &["key", "Return"]);
    // Past the 10 s get-ready, into the reps.
    std::thread::sleep(Duration::from_millis(10_500));
    let span = Duration::from_secs(4);
    let (shots, full, took) = changes(&desktop, &window, span);
    // Once a second, and once more for a second begun before the first shot.
    let once_a_second = took.ceil() as usize + 1;
    assert!(
        full > once_a_second * 2,
        "with animations on, {full} changes in {shots} screenshots over {took:.1} s: \
         the figure does not move\n{}",
        play.stderr()
    );
    desktop.run(
        "gsettings",
        &[
            "set",
            "org.gnome.desktop.interface",
            "enable-animations",
            "false",
        ],
    );
    // The portal's signal reaches the window and the next frame is drawn.
    std::thread::sleep(Duration::from_millis(1500));
    let (shots, reduced, took) = changes(&desktop, &window, span);
    let once_a_second = took.ceil() as usize + 1;
    assert!(
        reduced <= once_a_second,
        "with animations off, {reduced} changes in {shots} screenshots over {took:.1} s \
         (with them on: {full}): more than once a second\n{}",
        play.stderr()
    );
    assert!(
        shots > 2 * once_a_second,
        "too few screenshots to tell: {shots}"
    );
}
