//! Idle time by session: X11's from the X server; on Wayland the compositor's
//! (a real headless sway 1.7, KWin 5.27 and mutter 43), never the X server's,
//! which on a Wayland session is XWayland and misses input to Wayland windows.
//! The desktop's Xvfb plays XWayland here. What the app sees is read from
//! `unknot status --json` (`idle_seconds`, `idle_source`, `degraded`).

use std::time::Duration;

use serde_json::Value;
use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::wl_registry;
use wayland_protocols_plasma::fake_input::client::org_kde_kwin_fake_input::OrgKdeKwinFakeInput;

use desktop::wayland::Compositor;
use desktop::Desktop;

use crate::running::{all_day_config, App, DESK_ONLY};
use crate::unknot_in::UnknotIn;

/// Polls `status` until `ready` holds; fails with the last status and the logs.
fn wait_for(
    app: &App,
    desktop: &Desktop,
    limit: Duration,
    what: &str,
    mut ready: impl FnMut(&Value) -> bool,
) -> Value {
    let mut last = Value::Null;
    let ok = desktop.wait_until(limit, || {
        last = app.status();
        ready(&last)
    });
    assert!(
        ok,
        "status never showed {what}; last: {last:#}\n{}",
        app.stderr()
    );
    last
}

fn idle(status: &Value) -> Option<u64> {
    status["idle_seconds"].as_u64()
}

fn degraded(status: &Value) -> bool {
    status["degraded"]
        .as_array()
        .is_some_and(|d| d.iter().any(|x| x == "no-idle-detection"))
}

#[test]
fn on_x11_idle_time_comes_from_the_x_server_and_input_resets_it() {
    let desktop = Desktop::start();
    let app = App::start(&desktop, &all_day_config(DESK_ONLY));
    let s = wait_for(
        &app,
        &desktop,
        Duration::from_secs(20),
        "X11 idle time of 2 s",
        |s| idle(s).is_some_and(|i| i >= 2),
    );
    assert_eq!(s["idle_source"], "x11", "{s:#}");
    assert!(!degraded(&s), "{s:#}");
    // Moving until a reading shows it: one reading may come late on a busy machine.
    wait_for(
        &app,
        &desktop,
        Duration::from_secs(10),
        "idle reset by a mouse move",
        |s| {
            desktop.run("xdotool", &["mousemove_relative", "1", "0"]);
            idle(s).is_some_and(|i| i < 2)
        },
    );
}

#[test]
fn on_wayland_without_an_idle_source_the_x_servers_idle_time_is_not_trusted() {
    // A Wayland session whose compositor offers no idle protocol and no GNOME
    // idle monitor: DISPLAY still reaches an X server (here Xvfb, in real life
    // XWayland), but its idle time would count typing in Wayland windows as
    // idle, so the app must say it has none.
    let desktop = Desktop::start();
    for (wayland_display, why) in [
        ("wayland-none", "WAYLAND_DISPLAY set"),
        ("", "only XDG_SESSION_TYPE=wayland"),
    ] {
        let mut cmd = desktop.unknot();
        cmd.env("WAYLAND_DISPLAY", wayland_display)
            .env("XDG_SESSION_TYPE", "wayland");
        let mut app = App::start_with(&desktop, &all_day_config(DESK_ONLY), cmd);
        let s = app.status();
        assert_eq!(s["idle_seconds"], Value::Null, "{why}: {s:#}");
        assert_eq!(s["idle_source"], Value::Null, "{why}: {s:#}");
        assert!(degraded(&s), "{why}: no-idle-detection missing: {s:#}");
        let err = app.stderr();
        assert!(
            err.contains("XWayland"),
            "{why}: stderr does not say why:\n{err}"
        );
        app.stop();
    }
}

#[test]
fn on_sway_idle_time_grows_while_nobody_types_and_resets_on_input() {
    let desktop = Desktop::start();
    let sway = Compositor::sway(&desktop);
    let cmd = sway.command(&desktop, crate::unknot_in::binary());
    let app = App::start_with(&desktop, &all_day_config(DESK_ONLY), cmd);
    let logs = || format!("{}\n--- sway ---\n{}", app.stderr(), sway.log());

    // sway 1.7 offers org_kde_kwin_idle (ext-idle-notify-v1 came in 1.8).
    let s = app.status();
    assert_eq!(s["idle_source"], "org_kde_kwin_idle", "{s:#}\n{}", logs());
    assert!(!degraded(&s), "{s:#}");

    // Nobody types: sway says "idle" after 5 s, and the time keeps growing.
    let s = wait_for(
        &app,
        &desktop,
        Duration::from_secs(20),
        "idle ≥ 6 s",
        |s| idle(s).is_some_and(|i| i >= 6),
    );
    let before = idle(&s).unwrap_or(0);
    // Input to the X server is not the user's on a Wayland session.
    desktop.run("xdotool", &["mousemove_relative", "1", "0"]);
    let s = wait_for(
        &app,
        &desktop,
        Duration::from_secs(10),
        "idle growing",
        |s| idle(s).is_some_and(|i| i >= before + 2),
    );
    assert_eq!(s["idle_source"], "org_kde_kwin_idle");

    // A key through sway's virtual keyboard is the user's: idle resets…
    sway.press_key(&desktop);
    wait_for(
        &app,
        &desktop,
        Duration::from_secs(10),
        "idle reset by a key",
        |s| {
            let reset = idle(s) == Some(0);
            if !reset {
                // A busy machine may have missed the 5 s it reads 0: again.
                sway.press_key(&desktop);
            }
            reset
        },
    );
    // …and grows again once nobody types.
    wait_for(
        &app,
        &desktop,
        Duration::from_secs(20),
        "idle ≥ 6 s again",
        |s| idle(s).is_some_and(|i| i >= 6),
    );
}

/// A remote-desktop session on mutter (what GNOME's screen sharing with
/// control uses): its virtual keyboard is input mutter counts as the user's.
/// The session lives as long as this connection.
struct RemoteKeyboard {
    runtime: tokio::runtime::Runtime,
    conn: zbus::Connection,
    session: zbus::zvariant::OwnedObjectPath,
}

const REMOTE: &str = "org.gnome.Mutter.RemoteDesktop";

impl RemoteKeyboard {
    fn open(desktop: &Desktop) -> RemoteKeyboard {
        let address = desktop
            .command("true")
            .get_envs()
            .find(|(k, _)| *k == "DBUS_SESSION_BUS_ADDRESS")
            .and_then(|(_, v)| v)
            .and_then(|v| v.to_str().map(str::to_string))
            .expect("the desktop has a session bus");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime for zbus");
        let (conn, session) = runtime.block_on(async {
            let conn = zbus::connection::Builder::address(address.as_str())
                .expect("a bus address")
                .build()
                .await
                .expect("connecting to the desktop's bus");
            let reply = conn
                .call_method(
                    Some(REMOTE),
                    "/org/gnome/Mutter/RemoteDesktop",
                    Some(REMOTE),
                    "CreateSession",
                    &(),
                )
                .await
                .expect("RemoteDesktop.CreateSession");
            let session: zbus::zvariant::OwnedObjectPath =
                reply.body().deserialize().expect("a session path");
            conn.call_method(
                Some(REMOTE),
                session.as_str(),
                Some("org.gnome.Mutter.RemoteDesktop.Session"),
                "Start",
                &(),
            )
            .await
            .expect("RemoteDesktop.Session.Start");
            (conn, session)
        });
        RemoteKeyboard {
            runtime,
            conn,
            session,
        }
    }

    /// Presses and releases Shift.
    fn press_key(&self) {
        const SHIFT_L: u32 = 0xffe1;
        self.runtime.block_on(async {
            for down in [true, false] {
                self.conn
                    .call_method(
                        Some(REMOTE),
                        self.session.as_str(),
                        Some("org.gnome.Mutter.RemoteDesktop.Session"),
                        "NotifyKeyboardKeysym",
                        &(SHIFT_L, down),
                    )
                    .await
                    .expect("NotifyKeyboardKeysym");
            }
        });
    }

    /// Mutter's own answer, to tell a harness problem from an app problem.
    fn mutter_idle_ms(&self) -> u64 {
        self.runtime.block_on(async {
            self.conn
                .call_method(
                    Some("org.gnome.Mutter.IdleMonitor"),
                    "/org/gnome/Mutter/IdleMonitor/Core",
                    Some("org.gnome.Mutter.IdleMonitor"),
                    "GetIdletime",
                    &(),
                )
                .await
                .expect("GetIdletime")
                .body()
                .deserialize()
                .expect("milliseconds")
        })
    }
}

#[test]
fn on_gnome_idle_time_comes_from_mutters_idle_monitor_and_input_resets_it() {
    let desktop = Desktop::start();
    let mutter = Compositor::mutter(&desktop);
    let keyboard = RemoteKeyboard::open(&desktop);
    // Mutter itself counts the remote keyboard as the user's input.
    let pause = Duration::from_secs(7);
    std::thread::sleep(pause);
    let before = keyboard.mutter_idle_ms();
    keyboard.press_key();
    let after = keyboard.mutter_idle_ms();
    assert!(
        before >= 6000 && after < 1000,
        "mutter's idle time: {before} ms, then {after} ms after a key"
    );

    // Nobody types for 7 s, then the app starts: its first reading is
    // mutter's idle time, not 0 and not the X server's.
    std::thread::sleep(pause);
    let cmd = mutter.command(&desktop, crate::unknot_in::binary());
    let app = App::start_with(&desktop, &all_day_config(DESK_ONLY), cmd);
    let s = wait_for(
        &app,
        &desktop,
        Duration::from_secs(10),
        "an idle time",
        |s| idle(s).is_some(),
    );
    assert_eq!(
        s["idle_source"],
        "gnome-idle-monitor",
        "{s:#}\n{}",
        mutter.log()
    );
    assert!(!degraded(&s), "{s:#}");
    assert!(idle(&s).is_some_and(|i| i >= 6), "{s:#}");

    // GNOME's idle time is asked once per engine tick (a minute): keep
    // typing until the next reading shows it.
    let ok = desktop.wait_until(Duration::from_secs(75), || {
        keyboard.press_key();
        std::thread::sleep(Duration::from_millis(500));
        idle(&app.status()).is_some_and(|i| i < 3)
    });
    assert!(
        ok,
        "typing never reset the idle time: {:#}\n{}",
        app.status(),
        app.stderr()
    );
}

/// A client of KWin's `org_kde_kwin_fake_input` (what KDE Connect's remote
/// input uses): pointer motion KWin counts as the user's.
struct FakePointer {
    queue: wayland_client::EventQueue<FakeState>,
    input: OrgKdeKwinFakeInput,
}

struct FakeState;

impl wayland_client::Dispatch<wl_registry::WlRegistry, GlobalListContents> for FakeState {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &wayland_client::Connection,
        _: &wayland_client::QueueHandle<Self>,
    ) {
    }
}

wayland_client::delegate_noop!(FakeState: OrgKdeKwinFakeInput);

impl FakePointer {
    fn open(compositor: &Compositor) -> FakePointer {
        let stream = std::os::unix::net::UnixStream::connect(compositor.socket())
            .expect("connecting to the compositor");
        let conn = wayland_client::Connection::from_socket(stream).expect("a Wayland connection");
        let (globals, mut queue) =
            registry_queue_init::<FakeState>(&conn).expect("the compositor's globals");
        let input: OrgKdeKwinFakeInput = globals
            .bind(&queue.handle(), 1..=1, ())
            .expect("org_kde_kwin_fake_input");
        input.authenticate("unknot tests".into(), "acts as the user".into());
        queue.roundtrip(&mut FakeState).expect("a roundtrip");
        FakePointer { queue, input }
    }

    fn nudge(&mut self) {
        self.input.pointer_motion(1.0, 0.0);
        self.queue.roundtrip(&mut FakeState).expect("a roundtrip");
    }
}

#[test]
fn on_kwin_idle_time_comes_from_ext_idle_notify_and_input_resets_it() {
    let desktop = Desktop::start();
    // KWin offers fake input only to programs whose desktop entry asks for
    // it (as KDE Connect's does); this test binary is the one that will.
    let exe = std::env::current_exe().expect("the test binary's path");
    let apps = desktop.home().join(".local/share/applications");
    std::fs::create_dir_all(&apps).expect("applications folder");
    std::fs::write(
        apps.join("unknot-tests.desktop"),
        format!(
            "[Desktop Entry]\nType=Application\nName=unknot tests\nExec={}\n\
             NoDisplay=true\nX-KDE-Wayland-Interfaces=org_kde_kwin_fake_input\n",
            exe.display()
        ),
    )
    .expect("writing the desktop entry");
    let kwin = Compositor::kwin(&desktop);
    let cmd = kwin.command(&desktop, crate::unknot_in::binary());
    let app = App::start_with(&desktop, &all_day_config(DESK_ONLY), cmd);

    // KWin 5.27 offers both protocols; the app takes the standard one.
    let s = app.status();
    assert_eq!(
        s["idle_source"],
        "ext-idle-notify-v1",
        "{s:#}\n{}",
        kwin.log()
    );
    assert!(!degraded(&s), "{s:#}");

    let s = wait_for(
        &app,
        &desktop,
        Duration::from_secs(20),
        "idle ≥ 6 s",
        |s| idle(s).is_some_and(|i| i >= 6),
    );
    let before = idle(&s).unwrap_or(0);
    wait_for(
        &app,
        &desktop,
        Duration::from_secs(10),
        "idle growing",
        |s| idle(s).is_some_and(|i| i >= before + 2),
    );

    let mut pointer = FakePointer::open(&kwin);
    pointer.nudge();
    wait_for(
        &app,
        &desktop,
        Duration::from_secs(10),
        "idle reset by the pointer",
        |s| {
            let reset = idle(s) == Some(0);
            if !reset {
                // A busy machine may have missed the 5 s it reads 0: again.
                pointer.nudge();
            }
            reset
        },
    );
    wait_for(
        &app,
        &desktop,
        Duration::from_secs(20),
        "idle ≥ 6 s again",
        |s| idle(s).is_some_and(|i| i >= 6),
    );
}
