//! `unknot render`: one moment of the guided window, headless, to a PNG.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{FixedOffset, NaiveDate};
use clap::{Args, ValueEnum};

use super::{EXIT_FAILURE, EXIT_INVALID};
use crate::config::{CheckIn, Config};
use crate::engine::{completes_day, HistoryEvent};
use crate::history::{self, HistoryRecord, RecordId};
use crate::platform::clock::Clock;
use crate::ui::{self, Opening, Player, PlayerInput, PlayerState};
use crate::values::{Home, HomeBreak, HomeMode};

/// Which picture `unknot render` draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderScreen {
    /// The routine playing, `--at` seconds in
    Play,
    /// The start screen, before the routine begins
    Start,
    /// Paused `--at` seconds in
    Paused,
    /// The end screen after the whole routine
    End,
    /// The check-in before the routine
    Checkin,
    /// The end screen asking the check-in after the routine
    EndCheckin,
    /// The end screen after "Stop — it hurt" `--at` seconds in
    Hurt,
    /// The last 14 days from the history
    Stats,
    /// The last 12 weeks from the history
    Weeks,
    /// The Preferences window, at `--section`, from the config
    Preferences,
    /// The first-run welcome
    Welcome,
    /// The home window: the running app's state, else a fresh start's on `--today` at 09:00
    Home,
}

/// The palette `unknot render` draws in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderContrast {
    /// The window's own colours
    Normal,
    /// The high-contrast palette (WCAG AAA: 7:1 text, 3:1 controls)
    High,
}

/// The Preferences section `unknot render --screen preferences` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderSection {
    Schedule,
    Breaks,
    Quiet,
    Sound,
    Routine,
    Display,
    Login,
}

#[derive(Debug, Clone, Args)]
pub struct RenderArgs {
    /// Routine id (default: the daily break's routine)
    #[arg(long)]
    pub routine: Option<String>,
    /// Seconds into the routine, for the play and paused screens
    #[arg(long, value_name = "SECONDS", default_value = "0", value_parser = parse_seconds)]
    pub at: f64,
    /// Window size in logical pixels
    #[arg(long, value_name = "WxH", default_value = "600x360", value_parser = parse_size)]
    pub size: (u32, u32),
    /// Physical pixels per logical pixel (HiDPI: 1.5, 2)
    #[arg(long, value_name = "S", default_value = "1", value_parser = parse_scale)]
    pub scale: f32,
    #[arg(long, value_enum, default_value_t = RenderScreen::Play)]
    pub screen: RenderScreen,
    /// The rating the check-in screens show chosen (as after the arrow keys)
    #[arg(long, value_name = "0-10", value_parser = clap::value_parser!(u8).range(0..=10))]
    pub choice: Option<u8>,
    /// The day stats and streaks end with (default: today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// The Preferences section to show (with `--screen preferences`)
    #[arg(long, value_enum, default_value_t = RenderSection::Schedule)]
    pub section: RenderSection,
    /// The palette: the window's own, or high contrast
    #[arg(long, value_enum, default_value_t = RenderContrast::Normal)]
    pub contrast: RenderContrast,
    /// Text and controls this much larger, the picture as much larger (0.8 to 2)
    #[arg(long, value_name = "S", default_value = "1", value_parser = parse_text_scale)]
    pub text_scale: f32,
    /// Reduced motion: the figure's key pose, the ring on whole seconds
    #[arg(long)]
    pub reduced_motion: bool,
    /// In this language (en, de, es, fr; default: the config's `language`, else the locale's)
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    /// Where to write the PNG
    #[arg(long, value_name = "FILE.png")]
    pub out: PathBuf,
}

fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_code(s.trim())
        .ok_or_else(|| format!("expected a language unknot ships (en, de, es, fr), found {s:?}"))
}

fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if (0.0..=1e9).contains(&v) => Ok(v),
        _ => Err(format!(
            "expected seconds from 0 up, like 75 or 12.5, found {s:?}"
        )),
    }
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("expected WIDTHxHEIGHT in logical pixels, like 480x360, found {s:?}");
    let (w, h) = s.trim().split_once(['x', 'X']).ok_or_else(bad)?;
    let w: u32 = w.trim().parse().map_err(|_| bad())?;
    let h: u32 = h.trim().parse().map_err(|_| bad())?;
    if !(1..=4096).contains(&w) || !(1..=4096).contains(&h) {
        return Err(format!(
            "each side must be 1 to 4096 logical pixels, found {s:?}"
        ));
    }
    Ok((w, h))
}

fn parse_text_scale(s: &str) -> Result<f32, String> {
    let (min, max) = (crate::config::TEXT_SCALE_MIN, crate::config::TEXT_SCALE_MAX);
    match s.parse::<f32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "expected a text scale from {min} to {max}, like 1.5, found {s:?}"
        )),
    }
}

fn parse_scale(s: &str) -> Result<f32, String> {
    match s.trim().parse::<f32>() {
        Ok(v) if v.is_finite() && (0.25..=4.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "expected a scale from 0.25 to 4, like 1, 1.5 or 2, found {s:?}"
        )),
    }
}

/// `unknot render`: one moment of the window, headless, to a PNG.
pub fn command(config: &Config, args: &RenderArgs) -> ExitCode {
    match render(config, args) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

/// An exit code and the whole message for stderr.
type Failure = (u8, String);

fn fail(code: u8, message: impl std::fmt::Display) -> Failure {
    (code, format!("unknot: {message}"))
}

fn render(config: &Config, args: &RenderArgs) -> Result<(), Failure> {
    let today = args
        .today
        .unwrap_or_else(|| Clock::new().wall().date_naive());
    let scene = match args.screen {
        RenderScreen::Stats | RenderScreen::Weeks => {
            let records = read_history(config)?;
            let stats = history::stats(&records, config, today, 14);
            ui::stats_view(&stats, args.screen == RenderScreen::Weeks)
        }
        RenderScreen::Welcome => ui::prefs::welcome_view(&ui::prefs::Welcome::new()),
        RenderScreen::Home => {
            let state = match crate::ipc::request(&crate::ipc::Request::Status) {
                Ok(crate::ipc::Response::Status(status)) => home_of_status(config, &status),
                _ => fresh_home(config, args.today)?,
            };
            ui::home::view(&ui::home::HomeWindow::new(state))
        }
        screen => ui::view(&player_state(config, args, screen, today)?),
    };
    write_png(&scene, args)
}

/// `unknot render --screen preferences`: the window as it opens on the
/// config file (a broken file shows its error, as the window does), with
/// the focus on `--section`'s first setting.
pub fn preferences(flag: Option<&std::path::Path>, args: &RenderArgs) -> ExitCode {
    use crate::config::prefs::Section;
    let section = match args.section {
        RenderSection::Schedule => Section::Schedule,
        RenderSection::Breaks => Section::Breaks,
        RenderSection::Quiet => Section::Quiet,
        RenderSection::Sound => Section::Sound,
        RenderSection::Routine => Section::Routine,
        RenderSection::Display => Section::Display,
        RenderSection::Login => Section::Login,
    };
    let path = crate::config::locate(flag).path_in_use().ok();
    let scene = match path {
        Some(path) => {
            // What pain left out is the app's to say (it reads the history): none here.
            let mut window = crate::session::prefs::PrefsWindow::open(path, Vec::new());
            window.focus_section(section);
            window.scene()
        }
        None => {
            let mut prefs = ui::prefs::Prefs::new(Config::default(), false);
            prefs.focus_section(section);
            ui::prefs::view(&prefs)
        }
    };
    match write_png(&scene, args) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

fn write_png(scene: &ui::Scene, args: &RenderArgs) -> Result<(), Failure> {
    let high;
    let scene = match args.contrast {
        RenderContrast::Normal => scene,
        RenderContrast::High => {
            high = ui::contrast::high(scene.clone());
            &high
        }
    };
    let (w, h) = args.size;
    // Text scale: the window's scene drawn larger, in a window as much larger.
    let scale = args.scale * args.text_scale;
    let px = |logical: u32| (logical as f32 * scale).round() as u32;
    let pixmap = ui::raster(scene, px(w), px(h), scale).map_err(|e| fail(EXIT_INVALID, e))?;
    let png = pixmap
        .encode_png()
        .map_err(|e| fail(EXIT_FAILURE, format_args!("could not encode the PNG: {e}")))?;
    std::fs::write(&args.out, png).map_err(|e| {
        fail(
            EXIT_FAILURE,
            format_args!("writing {}: {e}", args.out.display()),
        )
    })
}

fn player_state(
    config: &Config,
    args: &RenderArgs,
    screen: RenderScreen,
    today: NaiveDate,
) -> Result<PlayerState, Failure> {
    let daily = config.breaks.iter().find(|b| b.daily);
    let id = args
        .routine
        .clone()
        .or_else(|| daily.map(|b| b.routine.clone()))
        .unwrap_or_else(|| crate::routine::builtin::UPPER_TRAP.to_owned());
    let Some(routine) = config.routine(&id) else {
        let all = crate::routine::all(&config.routines, config.upper_trap);
        let known: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
        return Err((EXIT_INVALID, crate::routine::describe::unknown(&id, &known)));
    };
    // The level and check-ins as the app would open this routine: the level
    // replayed from the history, the daily break's check-ins.
    let level = (id == crate::routine::builtin::UPPER_TRAP).then(|| {
        let records = read_history(config).unwrap_or_default();
        crate::engine::progression::level(config.progression, &history::runs(&records))
    });
    let options = crate::routine::Options {
        level: level.unwrap_or_default(),
        ..config.upper_trap
    };
    let routine = crate::routine::find(&config.routines, options, &id).unwrap_or(routine);
    let checkin = match screen {
        RenderScreen::Checkin | RenderScreen::EndCheckin => CheckIn::BeforeAfter,
        _ => CheckIn::Off,
    };
    let opening = Opening {
        skip_start_screen: !matches!(screen, RenderScreen::Start | RenderScreen::Checkin),
        checkin,
        level,
        say_keys: false,
    };
    let mut player = Player::open(routine, opening, 0);
    player.set_reduced_motion(args.reduced_motion);
    let total = player.timeline().total_ms;
    let choose = |player: &mut Player| {
        // The arrows start at 5 and step from there.
        if let Some(choice) = args.choice {
            player.handle(PlayerInput::Next, total);
            for _ in 5..choice {
                player.handle(PlayerInput::Next, total);
            }
            for _ in choice..5 {
                player.handle(PlayerInput::Restart, total);
            }
        }
    };
    match screen {
        RenderScreen::Start
        | RenderScreen::Stats
        | RenderScreen::Weeks
        | RenderScreen::Preferences
        | RenderScreen::Welcome
        | RenderScreen::Home => Ok(player.state(0)),
        RenderScreen::Checkin => {
            player.handle(PlayerInput::Begin, 0);
            choose(&mut player);
            Ok(player.state(0))
        }
        RenderScreen::Play | RenderScreen::Paused => {
            let at = (args.at * 1000.0).round() as u64;
            if at >= total {
                return Err(fail(
                    EXIT_INVALID,
                    format_args!(
                        "--at {} is past the end of {id} ({} s long); use --screen end for the end",
                        args.at,
                        total / 1000
                    ),
                ));
            }
            player.advance(at);
            if screen == RenderScreen::Paused {
                player.handle(PlayerInput::TogglePause, at);
            }
            Ok(player.state(at))
        }
        RenderScreen::Hurt => {
            let at = ((args.at * 1000.0).round() as u64).min(total.saturating_sub(1));
            player.advance(at);
            player.handle(PlayerInput::StopHurt, at);
            Ok(player.state(at))
        }
        RenderScreen::End | RenderScreen::EndCheckin => {
            // The check-in before (its own screen) answered with a 6.
            player.handle(PlayerInput::Rate(6), 0);
            // The routine begins once the number has been said back.
            let start = player.next_wake(0).unwrap_or(0);
            player.advance(start);
            player.advance(start + total);
            if screen == RenderScreen::EndCheckin {
                choose(&mut player);
            }
            // As the app would show it: after recording this session.
            let mut records = read_history(config)?;
            let outcomes = player.outcomes();
            let day_done = completes_day(config, &id, &outcomes);
            if let Some(at) = today
                .and_hms_opt(12, 0, 0)
                .and_then(|t| t.and_local_timezone(FixedOffset::east_opt(0)?).single())
            {
                records.push(HistoryRecord {
                    v: history::RECORD_VERSION,
                    id: RecordId("unknot-render".into()),
                    event: HistoryEvent::Completed {
                        break_name: daily.map_or_else(|| "render".into(), |b| b.name.clone()),
                        routine: id.clone(),
                        at,
                        outcomes,
                        day_done,
                        lost: false,
                        session: None,
                        level: None,
                        tension_before: None,
                        stopped_for_pain: false,
                        pain_exercise: None,
                        pain_side: None,
                    },
                });
            }
            let stats = history::stats(&records, config, today, 1);
            let today_done = stats.days.last().is_some_and(|d| d.daily_done);
            player.set_streak(today_done, stats.streak.current);
            Ok(player.state(total))
        }
    }
}

/// The home window as the running app would show it now, from its status.
fn home_of_status(config: &Config, s: &crate::ipc::StatusReport) -> Home {
    use crate::ipc::State;
    let local = |at: chrono::DateTime<FixedOffset>| at.with_timezone(&chrono::Local).naive_local();
    Home {
        today: Clock::new().wall().date_naive(),
        mode: match s.state {
            State::Idle => HomeMode::Idle,
            State::Due => HomeMode::Due,
            State::Snoozed => HomeMode::Snoozed,
            State::Paused => HomeMode::Paused,
            State::InBreak => HomeMode::InBreak,
        },
        next_break: s.next_break.as_ref().map(|b| HomeBreak {
            name: b.name.clone(),
            at: local(b.at),
        }),
        paused_until: s.paused_until.map(local),
        working_hours: s.working_hours,
        daily_done: s.daily_done,
        streak: s.streak_days,
        held_by: s.held_by.clone(),
        has_daily: config.breaks.iter().any(|b| b.daily),
    }
}

/// The home window with no app running: the engine started fresh at 09:00
/// on `today` (default: today), with the history's streak and routine.
fn fresh_home(config: &Config, today: Option<NaiveDate>) -> Result<Home, Failure> {
    use chrono::TimeZone as _;
    let today = today.unwrap_or_else(|| Clock::new().wall().date_naive());
    let nine = today.and_hms_opt(9, 0, 0).unwrap_or_default();
    let wall = chrono::Local
        .from_local_datetime(&nine)
        .earliest()
        .ok_or_else(|| fail(EXIT_INVALID, "09:00 does not exist on that day here"))?;
    let now = crate::values::Now {
        mono: std::time::Duration::ZERO,
        wall,
    };
    let mut engine = crate::engine::Engine::new(config.clone(), now.clone());
    engine.handle(crate::engine::Input::Tick, now);
    let status = engine.status();
    let records = read_history(config)?;
    let stats = history::stats(&records, config, today, 1);
    Ok(Home {
        today,
        mode: HomeMode::Idle,
        next_break: status.next_break.as_ref().map(|b| HomeBreak {
            name: b.name.clone(),
            at: b.at.with_timezone(&chrono::Local).naive_local(),
        }),
        paused_until: None,
        working_hours: status.working_hours,
        daily_done: stats.days.last().is_some_and(|d| d.daily_done),
        streak: stats.streak.current,
        held_by: None,
        has_daily: config.breaks.iter().any(|b| b.daily),
    })
}

/// The history's records; lines it cannot read are reported and skipped.
fn read_history(config: &Config) -> Result<Vec<HistoryRecord>, Failure> {
    let place =
        history::Place::locate(config.sync_folder.as_deref()).map_err(|e| fail(EXIT_FAILURE, e))?;
    let read = place.read().map_err(|e| fail(EXIT_FAILURE, e))?;
    for problem in &read.problems {
        eprintln!(
            "unknot: {}: {problem}",
            place.problem_file(problem).display()
        );
    }
    Ok(read.records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_checked() {
        assert_eq!(parse_size("480x360"), Ok((480, 360)));
        assert_eq!(parse_size("640X480"), Ok((640, 480)));
        assert!(parse_size("480").is_err());
        assert!(parse_size("0x10").is_err());
        assert!(parse_size("-1x10").is_err());
        assert_eq!(parse_scale("1.5"), Ok(1.5));
        assert!(parse_scale("0").is_err());
        assert!(parse_scale("NaN").is_err());
        assert_eq!(parse_seconds("12.5"), Ok(12.5));
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("inf").is_err());
        assert_eq!(parse_lang("de"), Ok(crate::i18n::Lang::De));
        assert!(parse_lang("xx").is_err());
    }
}
