//! The presenter's words, line by line.

use chrono::{Duration, TimeZone as _};

use super::*;
use crate::engine::NextBreak;

/// The status line around midnight.
mod night;

/// Monday 2026-12-07, 10:00 here.
fn wall() -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 12, 7, 10, 0, 0)
        .single()
        .expect("a plain local time")
}

fn status(state: Mode, next: Option<(&str, Duration)>) -> Status {
    Status {
        state,
        next_break: next.map(|(name, after)| NextBreak {
            name: name.into(),
            routine: "desk-reset".into(),
            at: (wall() + after).fixed_offset(),
        }),
        snoozes_left: None,
        paused_until: None,
        daily_done: false,
        working_hours: true,
        left_out: Vec::new(),
        next_shoulder_check: None,
    }
}

const PLAIN: Asides = Asides {
    streak: 0,
    config_error: false,
    history_not_saved: false,
};

fn line(s: &Status) -> String {
    status_line(s, &Config::default(), wall(), PLAIN)
}

#[test]
fn every_status_line() {
    let desk = Some(("Desk reset", Duration::minutes(25)));
    let cases = [
        (
            status(Mode::Idle, desk),
            "Desk reset in 25 min · streak 0 days",
        ),
        (
            status(Mode::Idle, Some(("Desk reset", Duration::seconds(61)))),
            "Desk reset in 2 min · streak 0 days",
        ),
        (
            // A break at a time of day says the time.
            status(Mode::Idle, Some(("Daily routine", Duration::hours(5)))),
            "Daily routine at 15:00 · streak 0 days",
        ),
        (
            status(Mode::Idle, Some(("Desk reset", Duration::days(1)))),
            "Desk reset at Tue 10:00 · streak 0 days",
        ),
        (
            status(Mode::Idle, None),
            "No breaks scheduled · streak 0 days",
        ),
        (status(Mode::Due, desk), "Desk reset is due · streak 0 days"),
        (
            status(Mode::Snoozed, Some(("Desk reset", Duration::minutes(10)))),
            "Desk reset snoozed until 10:10 · streak 0 days",
        ),
        (
            status(Mode::InBreak, desk),
            "Desk reset in progress · streak 0 days",
        ),
        (
            status(Mode::InBreak, None),
            "Break in progress · streak 0 days",
        ),
        (status(Mode::Paused, desk), "Paused · streak 0 days"),
        (
            Status {
                paused_until: Some((wall() + Duration::minutes(30)).fixed_offset()),
                ..status(Mode::Paused, desk)
            },
            "Paused until 10:30 · streak 0 days",
        ),
        (
            Status {
                working_hours: false,
                ..status(Mode::Idle, Some(("Desk reset", Duration::days(1))))
            },
            "Desk reset at Tue 10:00 (outside working hours) · streak 0 days",
        ),
    ];
    for (s, want) in cases {
        assert_eq!(line(&s), want, "{s:?}");
    }
    let s = status(Mode::Idle, desk);
    let asides = |streak, config_error, history_not_saved| Asides {
        streak,
        config_error,
        history_not_saved,
    };
    let with = |st| status_line(&s, &Config::default(), wall(), st);
    assert_eq!(
        with(asides(1, false, false)),
        "Desk reset in 25 min · streak 1 day"
    );
    assert_eq!(
        with(asides(12, true, true)),
        "Desk reset in 25 min · streak 12 days · config error · history not saved"
    );
}

#[test]
fn the_tray_follows_the_status_and_warns_above_it() {
    let config = Config::default();
    let due = Status {
        snoozes_left: Some(2),
        ..status(Mode::Due, Some(("Desk reset", Duration::zero())))
    };
    let view = tray_view(&due, &config, wall(), "t".into(), false);
    assert_eq!(view.icon, IconState::Due);
    assert_eq!(view.snoozes_left, Some(2));
    assert_eq!(view.snooze_label, "Snooze 10m (2 left)");
    assert!(view.can_skip && !view.paused);
    let icons = [
        (Mode::Idle, IconState::Normal),
        (Mode::InBreak, IconState::Due),
        (Mode::Snoozed, IconState::Snoozed),
        (Mode::Paused, IconState::Paused),
    ];
    for (mode, icon) in icons {
        let view = tray_view(&status(mode, None), &config, wall(), String::new(), false);
        assert_eq!(view.icon, icon, "{mode:?}");
        assert_eq!(view.snoozes_left, None, "Snooze is offered only when due");
        assert_eq!(view.paused, mode == Mode::Paused);
        assert_eq!(view.can_skip, mode == Mode::Snoozed);
    }
    let warned = tray_view(&due, &config, wall(), String::new(), true);
    assert_eq!(warned.icon, IconState::Warning);
}

#[test]
fn the_pause_menu_offers_the_next_half_hours_of_the_working_day() {
    let config = Config::default();
    let at = |h, m| {
        Local
            .with_ymd_and_hms(2026, 12, 7, h, m, 0)
            .single()
            .expect("a plain local time")
    };
    let times = |view: TrayView| -> Vec<String> {
        view.pause_until
            .iter()
            .map(|t| t.format("%H:%M").to_string())
            .collect()
    };
    let idle = status(Mode::Idle, None);
    // The default working day is 09:00–18:00, Monday to Friday.
    let view = tray_view(&idle, &config, at(13, 37), String::new(), false);
    assert_eq!(times(view), ["14:00", "14:30", "15:00"]);
    let view = tray_view(&idle, &config, at(17, 10), String::new(), false);
    assert_eq!(times(view), ["17:30"]);
    let view = tray_view(&idle, &config, at(19, 0), String::new(), false);
    assert!(times(view).is_empty());
}

#[test]
fn every_notice() {
    let config = Config::default();
    let n = notice(&config, "Desk reset", "desk-reset", 2, &[]);
    assert_eq!(n.break_name, "Desk reset");
    assert!(
        n.title.starts_with("Desk reset — ") && n.title.ends_with(" min"),
        "{}",
        n.title
    );
    let desk = config.routine("desk-reset").expect("built in");
    let names: Vec<&str> = desk.exercises.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        n.body,
        format!("{}: {}. Click to start.", desk.title, names.join(", "))
    );
    assert_eq!(n.snooze_label.as_deref(), Some("Snooze 10m (2 left)"));
    // No snoozes left: no Snooze button.
    assert_eq!(
        notice(&config, "Desk reset", "desk-reset", 0, &[]).snooze_label,
        None
    );
    // Pain left an exercise out: it is not listed, and the body says why.
    let first = &desk.exercises[0];
    let rest = [LeftOut {
        exercise: first.id.clone(),
        why: Why::HurtToday,
    }];
    let n = notice(&config, "Desk reset", "desk-reset", 1, &rest);
    assert_eq!(
        n.body,
        format!(
            "{}: {}. Resting today after pain: {}. Click to start.",
            desk.title,
            names[1..].join(", "),
            first.title
        )
    );
    let again = [LeftOut {
        exercise: first.id.clone(),
        why: Why::HurtAgain,
    }];
    let n = notice(&config, "Desk reset", "desk-reset", 1, &again);
    assert!(
        n.body.contains(&format!(
            "Left out after pain until you put it back: {}.",
            first.title
        )),
        "{}",
        n.body
    );
    // A routine that is gone (a config changed meanwhile) is named by id.
    let gone = notice(&config, "Old", "no-such-routine", 1, &[]);
    assert_eq!(gone.body, "Routine no-such-routine");
    assert_eq!(gone.title, "Old — 0 min");
}

#[test]
fn what_pain_left_out_in_words() {
    let config = Config::default();
    let left = [
        LeftOut {
            exercise: "ball-press".into(),
            why: Why::HurtAgain,
        },
        LeftOut {
            exercise: "gone-exercise".into(),
            why: Why::HurtToday,
        },
    ];
    let reports = left_out_reports(&config, &left);
    assert_eq!(reports[0].exercise, "ball-press");
    assert_eq!(
        Some(reports[0].title.clone()),
        history::exercise_title(&config, "ball-press")
    );
    assert_eq!(reports[0].until, "until-put-back");
    assert_eq!(
        reports[1].title, "gone-exercise",
        "no routine has it: its id"
    );
    assert_eq!(reports[1].until, "today");
    // Preferences offers back only what waits for a put-back.
    let offers = put_back_offers(&config, &left);
    assert_eq!(offers.len(), 1);
    assert_eq!(offers[0].exercise, "ball-press");
}

#[test]
fn what_the_desktop_lacks() {
    let all = Lacks {
        tray_host: Some(true),
        notifications: true,
        notification_actions: true,
        idle_known: true,
        history_not_saved: false,
        restart_needed: false,
        window_program: true,
        voice_missing: false,
    };
    assert!(degraded(all).is_empty());
    assert!(
        degraded(Lacks {
            tray_host: None,
            ..all
        })
        .is_empty(),
        "a tray host not yet asked is not missing"
    );
    let none = Lacks {
        tray_host: Some(false),
        notifications: false,
        notification_actions: false,
        idle_known: false,
        history_not_saved: true,
        restart_needed: true,
        window_program: false,
        voice_missing: true,
    };
    assert_eq!(
        degraded(none),
        [
            "no-tray-host",
            "no-notification-server",
            "no-idle-detection",
            "history-not-saved",
            "restart-needed",
            "no-window-program",
            "no-voice"
        ]
    );
    assert_eq!(
        degraded(Lacks {
            notification_actions: false,
            ..all
        }),
        ["no-notification-actions"]
    );
}

#[test]
fn the_start_up_line_and_the_sync_note() {
    let config = Config::default();
    assert_eq!(
        plan(&config),
        "Desk reset every 50 min of activity; Daily routine at 15:00"
    );
    let none = Config {
        breaks: Vec::new(),
        ..Config::default()
    };
    assert_eq!(plan(&none), "no breaks are configured");
    let file = ConfigSource::File("/home/me/.config/unknot/config.json".into());
    assert_eq!(
        describe(&file, false),
        "config /home/me/.config/unknot/config.json"
    );
    assert_eq!(describe(&file, true), "the built-in default config");
    assert_eq!(
        describe(&ConfigSource::Embedded, false),
        "the built-in default config"
    );
    assert_eq!(unmerged_note(0), None);
    assert!(unmerged_note(1).is_some_and(|n| n.starts_with("older local history (1 record)")));
    assert!(unmerged_note(3).is_some_and(|n| n.contains("(3 records)")));
}

#[test]
fn every_window_ending_in_words() {
    use std::time::Duration;
    let cases = [
        (
            WindowEnd::Exited {
                code: Some(1),
                signal: None,
            },
            "exited with 1",
        ),
        (
            WindowEnd::Exited {
                code: None,
                signal: Some(9),
            },
            "was killed by signal 9",
        ),
        (
            WindowEnd::Exited {
                code: None,
                signal: None,
            },
            "ended",
        ),
        (
            WindowEnd::Silent(Duration::from_secs(30)),
            "stopped answering for 30 s and was ended",
        ),
        (
            WindowEnd::Silent(Duration::from_millis(1500)),
            "stopped answering for 1.5 s and was ended",
        ),
        (
            WindowEnd::OtherVersion(Some(2)),
            "is from another version of unknot (pipe version 2, this app speaks 1) \
             and was ended; restart unknot",
        ),
        (
            WindowEnd::OtherVersion(None),
            "is from another version of unknot (pipe version none, this app speaks 1) \
             and was ended; restart unknot",
        ),
        (
            WindowEnd::Unknown("no child".into()),
            "could not be waited for (no child)",
        ),
    ];
    for (end, words) in cases {
        assert_eq!(ending_words(&end), words);
    }
    assert_eq!(
        lost_note(
            "desk-reset",
            &WindowEnd::Silent(Duration::from_secs(30)),
            wall()
        ),
        format!(
            "the desk-reset window stopped answering for 30 s and was ended at {}; \
             the session was recorded as lost",
            wall().format("%H:%M")
        )
    );
}

#[test]
fn every_refusal_in_words() {
    let cases = [
        (
            Refusal::NothingToSnooze,
            "no break is due, so there is nothing to snooze",
        ),
        (Refusal::NoSnoozesLeft, "no snoozes are left for this break"),
        (
            Refusal::NothingToSkip,
            "no break is due, so there is nothing to skip",
        ),
        (
            Refusal::NoBreakPlays("neck".into()),
            "no configured break uses neck",
        ),
        (
            Refusal::OutsideWorkingHours,
            "outside working hours no break is offered",
        ),
        (
            Refusal::NotNow(Mode::InBreak),
            "no break can be offered now (in-break)",
        ),
        (
            Refusal::NotLeftOut("ball-press".into()),
            "ball-press is not left out, so there is nothing to put back",
        ),
        (
            Refusal::NoSuchRoutine("xyz".into()),
            "no routine \"xyz\"; `unknot routine list` shows them",
        ),
        (
            Refusal::NoBreakConfigured,
            "no break is configured; name a routine",
        ),
    ];
    for (why, want) in cases {
        assert_eq!(refusal_words(&why), want);
    }
    assert!(refusal_words(&Refusal::NothingLeft("desk-reset".into()))
        .starts_with("every exercise of desk-reset hurt today"));
}

#[test]
fn the_shoulder_check_notice_says_its_four_moves_and_once_where_to_switch_it_off() {
    let config = Config::default();
    let (title, body) = check_notice(&config, "shoulder-check", false);
    assert_eq!(title, "Shoulder check");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), 4, "{body}");
    assert!(lines[0].contains("shoulders drop"), "{body}");
    assert!(lines[1].contains("down and a little back"), "{body}");
    assert!(lines[2].contains("Two slow breaths"), "{body}");
    assert!(lines[3].contains("far away"), "{body}");
    let (_, first) = check_notice(&config, "shoulder-check", true);
    assert!(first.starts_with(&body), "{first}");
    assert!(first.ends_with("Preferences › Breaks."), "{first}");
}

/// Every word the presenter makes for the tray, notices and `status`, in
/// the current language.
fn every_word() -> Vec<(&'static str, String)> {
    let config = Config::default();
    let desk = Some(("Desk reset", Duration::minutes(25)));
    let asides = Asides {
        streak: 3,
        config_error: true,
        history_not_saved: true,
    };
    let left_out = [LeftOut {
        exercise: config.routine("desk-reset").expect("built in").exercises[0]
            .id
            .clone(),
        why: Why::HurtToday,
    }];
    let mut words = vec![
        (
            "status-due",
            status_line(&status(Mode::Due, desk), &config, wall(), asides),
        ),
        (
            "status-next-in",
            status_line(&status(Mode::Idle, desk), &config, wall(), asides),
        ),
        ("status-plan-every", plan(&config)),
        (
            "status-config-builtin",
            describe(&ConfigSource::Embedded, false),
        ),
        (
            "status-lost-silent",
            lost_note(
                "desk-reset",
                &WindowEnd::Silent(std::time::Duration::from_secs(30)),
                wall(),
            ),
        ),
        ("status-unmerged", unmerged_note(2).unwrap_or_default()),
        ("notify-no-tray-reopen", no_tray_words(true)),
        (
            "status-refused-nothing-left",
            refusal_words(&Refusal::NothingLeft("desk-reset".into())),
        ),
    ];
    // A routine's own words are the routine's (and its language's): a
    // routine that is gone keeps them out of the comparison.
    let gone = notice(&config, "Desk reset", "no-such-routine", 2, &[]);
    words.push(("notify-break-title", gone.title));
    words.push(("notify-break-body-unknown", gone.body));
    words.push(("notify-snooze", gone.snooze_label.unwrap_or_default()));
    let (title, first) = check_notice(&config, "no-such-routine", true);
    words.push(("notify-check-title", title));
    words.push(("notify-check-first", first));
    let mut routine_words = notice(&config, "Desk reset", "desk-reset", 2, &left_out).body;
    routine_words.push_str(&check_notice(&config, "shoulder-check", true).1);
    words.push(("", routine_words));
    let pause = [chrono::NaiveTime::from_hms_opt(14, 30, 0).expect("a time")];
    let labels = tray_labels(&pause);
    words.push(("tray-start", labels.start));
    words.push(("tray-pause-until", labels.pause_until.concat()));
    words.push(("tray-quit", labels.quit));
    words
}

#[test]
fn in_german_the_words_german_lacks_are_english_and_no_id_shows() {
    use crate::i18n::{lookup, scoped, Lang};
    let english = every_word();
    let german = scoped(Lang::De, every_word);
    let id = regex_lite_id();
    for ((key, en), (_, de)) in english.iter().zip(&german) {
        assert!(!de.is_empty(), "{key}");
        assert!(
            !id(de),
            "{key}: a message id shows instead of words: {de:?}"
        );
        if !key.is_empty() && lookup(Lang::De, key, None).is_none() {
            assert_eq!(de, en, "{key}: German lacks it, so English shows");
        }
    }
}

/// Whether `text` holds a word like a message id of the app's surfaces
/// (`status-due`, `notify-break-title`).
fn regex_lite_id() -> impl Fn(&str) -> bool {
    |text: &str| {
        text.split(|c: char| !(c.is_ascii_lowercase() || c == '-'))
            .any(|word| {
                ["status-", "notify-", "tray-", "cli-", "config-"]
                    .iter()
                    .any(|prefix| word.starts_with(prefix) && word.len() > prefix.len())
            })
    }
}

/// A break on another day names its weekday in the language's own words
/// and order (chrono's `%a` is English only).
#[test]
fn another_day_reads_in_the_language() {
    use crate::i18n::{scoped, Lang};
    let tomorrow = status(Mode::Idle, Some(("Desk reset", Duration::days(1))));
    let words = |lang| scoped(lang, || line(&tomorrow));
    assert!(words(Lang::De).starts_with("Kurzpause am Di um 10:00"));
    assert!(words(Lang::Es).starts_with("Pausa activa, mar a las 10:00"));
    assert!(words(Lang::Fr).starts_with("Pause au bureau le mar. à 10:00"));
}

/// The default breaks' names read in the language wherever the presenter
/// names a break (the start-up line, the status line, the notification);
/// a renamed break keeps its name; the notice still carries the stored one.
#[test]
fn the_default_break_names_read_in_the_language() {
    use crate::i18n::{scoped, Lang};
    let config = Config::default();
    let startup = scoped(Lang::De, || plan(&config));
    assert_eq!(
        startup,
        "Kurzpause alle 50 Min. aktiver Zeit; Tagesroutine um 15:00"
    );
    let due = status(Mode::Due, Some(("Daily routine", Duration::zero())));
    assert!(scoped(Lang::Fr, || line(&due)).starts_with("Routine quotidienne : c'est l'heure"));
    let notice = scoped(Lang::Es, || {
        notice(&config, "Desk reset", "desk-reset", 0, &[])
    });
    assert!(
        notice.title.starts_with("Pausa activa — "),
        "{}",
        notice.title
    );
    assert_eq!(notice.break_name, "Desk reset");
    let renamed = status(Mode::Idle, Some(("Eyes", Duration::minutes(5))));
    assert!(scoped(Lang::De, || line(&renamed)).starts_with("Eyes in 5 Min."));
}
