//! Scenario tests: each break rule told as a day at a simulated desk in
//! Berlin (Monday 2026-03-02 onwards), with the office config from `sim`.

use std::time::Duration;

use chrono::{Duration as TimeDelta, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Europe::Berlin;

use super::sim::{every_day_office, hours, local, mins, office, Sim};
use super::{Answer, Effect, HistoryEvent, Input, Mode, PauseSpan, Refusal};
use crate::config::{BreakRule, BreakWhen, CheckIn, TimeRange};
use crate::routine::Level;
use crate::values::{BodySide, ExerciseOutcome, SessionReport};

use ExerciseOutcome::{Done, Skipped};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn naive(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test time")
}

fn natural_breaks(sim: &Sim<chrono_tz::Tz>) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    sim.history()
        .into_iter()
        .filter_map(|e| match e {
            HistoryEvent::NaturalBreak { from, until } => {
                Some((from.naive_local(), until.naive_local()))
            }
            _ => None,
        })
        .collect()
}

// ---- interval breaks count active working time ----

#[test]
fn a_desk_reset_comes_after_50_minutes_of_work_inside_working_hours() {
    // Work from 07:00 counts only from 09:00.
    Sim::new(office(), Berlin, "2026-03-02 07:00")
        .active_until("09:52")
        .expect_notify_at("Desk reset", "09:50")
        .expect_no_notify();
}

#[test]
fn nothing_is_offered_on_a_weekend_or_in_the_evening() {
    Sim::new(office(), Berlin, "2026-03-07 08:00")
        .active_for(hours(14))
        .expect_no_notify();
    Sim::new(office(), Berlin, "2026-03-02 18:00")
        .active_for(hours(5))
        .expect_no_notify();
}

#[test]
fn a_new_working_day_starts_a_fresh_interval() {
    // 30 minutes before 18:00 do not carry over into Tuesday morning. (Starting
    // at 17:30, the app first offers the daily routine it has not seen done.)
    Sim::new(office(), Berlin, "2026-03-02 17:30")
        .expect_notify_at("Daily routine", "17:30")
        .send(Input::Skip)
        .active_until("2026-03-03 09:51")
        .expect_notify_at("Desk reset", "2026-03-03 09:50");
}

#[test]
fn idle_shorter_than_the_threshold_still_counts_as_work() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .idle_for(mins(4))
        .active_until("09:51")
        .expect_notify_at("Desk reset", "09:50");
    assert!(natural_breaks(&sim).is_empty());
}

#[test]
fn idle_exactly_at_the_threshold_is_a_natural_break_and_restarts_the_interval() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .idle_for(mins(5))
        .active_until("10:26")
        .expect_notify_at("Desk reset", "10:25");
    assert_eq!(
        natural_breaks(&sim),
        vec![(naive("2026-03-02 09:30"), naive("2026-03-02 09:35"))]
    );
}

#[test]
fn skip_closes_the_break_and_restarts_the_interval() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:52")
        .expect_notify_at("Desk reset", "09:50")
        .send(Input::Skip);
    assert!(sim.unseen().contains(&Effect::WithdrawNotification));
    assert!(matches!(
        sim.history().last(),
        Some(HistoryEvent::Skipped { .. })
    ));
    sim.active_until("10:43")
        .expect_notify_at("Desk reset", "10:42")
        .expect_no_notify();
}

#[test]
fn a_completed_break_restarts_the_interval_after_the_session() {
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:50")
        .expect_notify_at("Desk reset", "09:50")
        .take_the_break(mins(3))
        .active_until("10:44")
        .expect_notify_at("Desk reset", "10:43");
}

// ---- snooze and reminders ----

#[test]
fn snoozes_say_how_many_are_left_and_run_out() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:51")
        .send(Input::Snooze(None))
        .active_until("10:02")
        .send(Input::Snooze(None))
        .active_until("10:13")
        .mark_seen()
        .send(Input::Snooze(None));
    let snoozes_left: Vec<u32> = sim
        .notifications()
        .iter()
        .filter_map(|(_, e)| match e {
            Effect::Notify { snoozes_left, .. } => Some(*snoozes_left),
            _ => None,
        })
        .collect();
    assert_eq!(snoozes_left, vec![2, 1, 0]);
    let times: Vec<_> = sim
        .notifications()
        .iter()
        .map(|(at, _)| at.time())
        .collect();
    let t = |s| NaiveTime::parse_from_str(s, "%H:%M").expect("time");
    assert_eq!(times, vec![t("09:50"), t("10:01"), t("10:12")]);
    // The third snooze is refused: nothing withdrawn, nothing logged.
    assert_eq!(sim.unseen(), vec![]);
    assert_eq!(sim.status().snoozes_left, Some(0));
    sim.active_until("10:18").expect_renotify_at("10:17");
}

#[test]
fn an_ignored_notification_is_repeated_twice_then_logged_as_ignored() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("10:06")
        .expect_notify_at("Desk reset", "09:50")
        .expect_renotify_at("09:55")
        .expect_renotify_at("10:00")
        .expect_no_notify();
    assert!(matches!(
        sim.history().last(),
        Some(HistoryEvent::Ignored { .. })
    ));
    assert!(sim.log.iter().any(|(at, e)| {
        at.naive_local() == naive("2026-03-02 10:05") && *e == Effect::WithdrawNotification
    }));
    // The interval restarts from there.
    sim.active_until("10:56")
        .expect_notify_at("Desk reset", "10:55");
}

// ---- the daily routine and fixed-time breaks ----

#[test]
fn the_daily_routine_comes_at_15_00_and_the_day_counts_once_it_is_done() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:30")
        .active_until("15:00")
        .expect_notify_at("Daily routine", "15:00")
        .take_the_break(mins(10));
    assert!(matches!(
        sim.history().last(),
        Some(HistoryEvent::Completed { day_done: true, routine, .. }) if routine == "upper-trap"
    ));
    assert!(sim.status().daily_done);
    let sim = sim
        .active_until("16:01")
        .expect_notify_at("Desk reset", "16:00")
        .active_until("18:00");
    assert_eq!(
        sim.notifications_on(date("2026-03-02"), "Daily routine")
            .len(),
        1
    );
}

#[test]
fn a_daily_routine_with_a_skipped_exercise_does_not_count() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:30")
        .active_until("15:00")
        .send(Input::Start)
        .active_for(mins(8))
        .send(Input::SessionFinished(vec![Done, Skipped].into()));
    assert!(matches!(
        sim.history().last(),
        Some(HistoryEvent::Completed {
            day_done: false,
            ..
        })
    ));
    assert!(!sim.status().daily_done);
    // Doing it fully later counts, but only once.
    let sim = sim
        .active_for(mins(10))
        .send(Input::BreakNow("upper-trap".into()))
        .send(Input::SessionFinished(vec![Done, Done].into()))
        .active_for(mins(10))
        .send(Input::BreakNow("upper-trap".into()))
        .send(Input::SessionFinished(vec![Done, Done].into()));
    let day_done: Vec<bool> = sim
        .history()
        .iter()
        .filter_map(|e| match e {
            HistoryEvent::Completed { day_done, .. } => Some(*day_done),
            _ => None,
        })
        .collect();
    assert_eq!(day_done, vec![false, true, false]);
    assert!(sim.status().daily_done);
}

#[test]
fn break_now_for_the_pending_breaks_routine_starts_that_break_as_start_does() {
    // `unknot start desk-reset` while the desk reset is due (or snoozed) is
    // the notification's Start: same record, same window, the offer closed.
    let due = || {
        Sim::new(office(), Berlin, "2026-03-02 09:00")
            .active_until("09:51")
            .expect_notify_at("Desk reset", "09:50")
            .mark_seen()
    };
    let started = due().send(Input::Start);
    let asked = due().send(Input::BreakNow("desk-reset".into()));
    assert!(started.unseen().contains(&Effect::OpenGuidedWindow {
        break_name: "Desk reset".into(),
        routine: "desk-reset".into(),
        start_screen: true,
        checkin: CheckIn::Off,
        level: Level::FIRST,
        cap: None,
        leave_out: vec![],
        hurt_before: vec![],
        say_keys: true,
        speak_safety: true,
    }));
    assert_eq!(asked.unseen(), started.unseen());
    assert_eq!(asked.history(), started.history());
    let snoozed = due()
        .send(Input::Snooze(None))
        .mark_seen()
        .send(Input::BreakNow("desk-reset".into()));
    // Its notification went when it was snoozed: nothing to withdraw.
    let effects = started.unseen();
    let (withdraw, rest) = effects.split_at(1);
    assert_eq!(withdraw, [Effect::WithdrawNotification]);
    assert_eq!(snoozed.unseen(), rest);
    assert_eq!(snoozed.status().state, Mode::InBreak);
}

#[test]
fn break_now_opens_the_guided_window_and_a_done_daily_routine_is_not_offered_again() {
    // (Monday: last week's summary comes first; seen here.)
    let sim = Sim::new(office(), Berlin, "2026-03-02 10:00")
        .mark_seen()
        .send(Input::BreakNow("upper-trap".into()));
    assert_eq!(
        sim.unseen(),
        vec![
            Effect::PersistHistory(HistoryEvent::Started {
                break_name: "Daily routine".into(),
                routine: "upper-trap".into(),
                at: local(&Berlin, "2026-03-02 10:00").fixed_offset(),
                session: Some(format!(
                    "{}-upper-trap",
                    local(&Berlin, "2026-03-02 10:00").timestamp_millis()
                )),
            }),
            Effect::OpenGuidedWindow {
                break_name: "Daily routine".into(),
                routine: "upper-trap".into(),
                start_screen: true,
                checkin: CheckIn::BeforeAfter,
                level: Level::FIRST,
                cap: None,
                leave_out: vec![],
                hurt_before: vec![],
                say_keys: true,
                speak_safety: true,
            },
        ]
    );
    assert_eq!(sim.status().state, Mode::InBreak);
    let sim = sim
        .active_for(mins(10))
        .send(Input::SessionFinished(vec![Done, Done].into()))
        .active_until("17:00");
    assert!(sim
        .notifications_on(date("2026-03-02"), "Daily routine")
        .is_empty());
}

#[test]
fn a_break_falling_due_while_one_is_pending_merges_and_the_daily_routine_wins() {
    // The desk reset at 14:50 is still unanswered when the daily routine falls due.
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:00")
        .active_until("15:01")
        .expect_notify_at("Desk reset", "14:50")
        .expect_renotify_at("14:55")
        .expect_notify_at("Daily routine", "15:00")
        .expect_no_notify()
        .send(Input::Start);
    assert!(sim.unseen().contains(&Effect::OpenGuidedWindow {
        break_name: "Daily routine".into(),
        routine: "upper-trap".into(),
        start_screen: true,
        checkin: CheckIn::BeforeAfter,
        level: Level::FIRST,
        cap: None,
        leave_out: vec![],
        hurt_before: vec![],
        say_keys: true,
        speak_safety: true,
    }));
    // Both fall due at 15:00 exactly: one notification.
    Sim::new(office(), Berlin, "2026-03-02 14:10")
        .active_until("15:01")
        .expect_notify_at("Daily routine", "15:00")
        .expect_no_notify();
}

#[test]
fn a_fixed_break_missed_while_away_is_offered_once_on_return() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:00")
        .active_until("14:30")
        .idle_until("16:00")
        .expect_no_notify()
        .active_for(mins(1))
        .expect_notify_at("Daily routine", "16:00")
        .send(Input::Skip)
        .active_until("18:00");
    assert_eq!(
        sim.notifications_on(date("2026-03-02"), "Daily routine")
            .len(),
        1
    );
}

#[test]
fn a_fixed_break_missed_until_after_hours_is_not_offered_the_next_morning() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:00")
        .active_until("14:30")
        .idle_until("2026-03-03 10:00")
        .active_until("2026-03-03 15:01");
    assert!(sim
        .notifications_on(date("2026-03-02"), "Daily routine")
        .is_empty());
    assert_eq!(
        sim.notifications_on(date("2026-03-03"), "Daily routine"),
        vec![naive("2026-03-03 15:00")]
    );
}

// ---- suspend, resume and clock jumps ----

#[test]
fn a_suspend_across_the_daily_routine_time_offers_it_once_on_resume() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:30")
        .active_until("14:40")
        .suspend_for(mins(50))
        .expect_notify_at("Daily routine", "15:30")
        .expect_no_notify();
    assert_eq!(
        natural_breaks(&sim),
        vec![(naive("2026-03-02 14:40"), naive("2026-03-02 15:30"))]
    );
    // The suspend was a break: the desk reset counts from the resume.
    sim.send(Input::Skip)
        .active_until("16:21")
        .expect_notify_at("Desk reset", "16:20")
        .expect_no_notify();
}

#[test]
fn a_silent_suspend_is_noticed_by_the_clocks_disagreeing() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:30")
        .active_until("14:40")
        .sleep_silently_for(mins(50))
        .expect_notify("Daily routine")
        .expect_no_notify();
    assert_eq!(natural_breaks(&sim).len(), 1);
}

#[test]
fn after_a_long_suspend_there_is_at_most_one_notification() {
    // A snoozed desk reset, the daily routine and a renotify would all be due.
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:51")
        .send(Input::Snooze(None))
        .active_until("09:52")
        .mark_seen()
        .suspend_for(hours(6))
        .expect_notify_at("Daily routine", "15:52")
        .expect_no_notify();
    assert_eq!(sim.status().state, Mode::Due);
}

#[test]
fn a_clock_jump_forward_counts_as_a_natural_break() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .clock_jumps(TimeDelta::hours(2))
        .active_until("12:21")
        .expect_notify_at("Desk reset", "12:20");
    assert_eq!(natural_breaks(&sim).len(), 1);
}

#[test]
fn a_clock_jump_back_does_not_repeat_the_daily_routine() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:59")
        .active_until("15:01")
        .expect_notify_at("Daily routine", "15:00")
        .send(Input::Skip)
        .clock_jumps(TimeDelta::hours(-1))
        .active_until("16:30");
    assert_eq!(
        sim.notifications_on(date("2026-03-02"), "Daily routine")
            .len(),
        1
    );
}

#[test]
fn on_the_spring_dst_day_the_15_00_break_fires_once_at_local_15_00() {
    let sim =
        Sim::new(every_day_office(), Berlin, "2026-03-28 12:00").active_until("2026-03-30 12:00");
    assert_eq!(
        sim.notifications_on(date("2026-03-29"), "Daily routine"),
        vec![naive("2026-03-29 15:00")]
    );
    let utc = sim
        .log
        .iter()
        .find(|(at, e)| {
            at.date_naive() == date("2026-03-29")
                && matches!(e, Effect::Notify { break_name, .. } if break_name == "Daily routine")
        })
        .map(|(at, _)| at.naive_utc());
    assert_eq!(utc, Some(naive("2026-03-29 13:00")));
}

#[test]
fn on_the_autumn_dst_day_the_15_00_break_fires_once_at_local_15_00() {
    let sim =
        Sim::new(every_day_office(), Berlin, "2026-10-24 12:00").active_until("2026-10-26 12:00");
    for day in ["2026-10-24", "2026-10-25"] {
        let at = format!("{day} 15:00");
        assert_eq!(
            sim.notifications_on(date(day), "Daily routine"),
            vec![naive(&at)]
        );
    }
}

#[test]
fn a_break_at_a_local_time_that_does_not_exist_or_repeats_fires_once() {
    let mut config = every_day_office();
    config.working_hours = std::array::from_fn(|_| {
        vec![TimeRange {
            start_min: 0,
            end_min: 24 * 60,
        }]
    });
    config.breaks = vec![BreakRule {
        name: "Night stretch".into(),
        routine: "desk-reset".into(),
        when: BreakWhen::At(NaiveTime::from_hms_opt(2, 30, 0).expect("time")),
        daily: false,
        start_screen: true,
        checkin: CheckIn::Off,
    }];
    // 02:30 is skipped on 2026-03-29: the break comes at 03:00, once.
    let spring =
        Sim::new(config.clone(), Berlin, "2026-03-29 00:00").active_until("2026-03-29 12:00");
    assert_eq!(
        spring.notifications_on(date("2026-03-29"), "Night stretch"),
        vec![naive("2026-03-29 03:00")]
    );
    // 02:30 happens twice on 2026-10-25: the break comes the first time only.
    let autumn = Sim::new(config, Berlin, "2026-10-25 00:00").active_until("2026-10-25 12:00");
    assert_eq!(
        autumn.notifications_on(date("2026-10-25"), "Night stretch"),
        vec![naive("2026-10-25 02:30")]
    );
    let first = autumn
        .log
        .iter()
        .find(|(_, e)| matches!(e, Effect::Notify { .. }))
        .map(|(at, _)| at.naive_utc());
    assert_eq!(first, Some(naive("2026-10-25 00:30")));
}

// ---- do-not-disturb ----

#[test]
fn do_not_disturb_postpones_a_due_break_until_it_ends() {
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:40")
        .send(Input::DoNotDisturb(true))
        .active_until("10:05")
        .expect_no_notify()
        .send(Input::DoNotDisturb(false))
        .expect_notify_at("Desk reset", "10:05");
}

#[test]
fn do_not_disturb_postpones_at_most_the_configured_time() {
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:40")
        .send(Input::DoNotDisturb(true))
        .active_until("10:21")
        .expect_notify_at("Desk reset", "10:20");
}

// ---- pause ----

#[test]
fn a_pause_for_an_hour_ends_by_itself_and_restarts_the_interval() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:40")
        .send(Input::Pause(PauseSpan::For(hours(1))));
    let status = sim.status();
    assert_eq!(status.state, Mode::Paused);
    assert_eq!(
        status.paused_until,
        Some(local(&Berlin, "2026-03-02 10:40").fixed_offset())
    );
    let sim = sim.active_until("10:40").expect_no_notify();
    assert_eq!(sim.status().state, Mode::Idle);
    sim.active_until("11:31")
        .expect_notify_at("Desk reset", "11:30");
}

#[test]
fn a_pause_until_a_time_tomorrow_silences_today() {
    let until = naive("2026-03-03 10:00");
    Sim::new(office(), Berlin, "2026-03-02 13:55")
        .send(Input::Pause(PauseSpan::Until(until)))
        .active_until("2026-03-03 10:00")
        .expect_no_notify()
        .active_until("2026-03-03 10:51")
        .expect_notify_at("Desk reset", "2026-03-03 10:50");
}

#[test]
fn a_pause_until_resumed_lasts_until_resume() {
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .send(Input::Pause(PauseSpan::UntilResumed))
        .active_until("12:00")
        .expect_no_notify()
        .send(Input::Resume)
        .active_until("12:51")
        .expect_notify_at("Desk reset", "12:50");
}

#[test]
fn a_pause_over_the_daily_routine_time_offers_it_afterwards() {
    Sim::new(office(), Berlin, "2026-03-02 14:30")
        .send(Input::Pause(PauseSpan::For(hours(1))))
        .active_until("15:31")
        .expect_notify_at("Daily routine", "15:30");
}

// ---- status, restarts, config reloads ----

#[test]
fn the_status_tells_what_comes_next() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:10");
    let status = sim.status();
    assert_eq!(status.state, Mode::Idle);
    let next = status.next_break.expect("a next break");
    assert_eq!(next.name, "Desk reset");
    assert_eq!(next.at, local(&Berlin, "2026-03-02 10:00").fixed_offset());
    assert!(status.working_hours);

    let sim = sim.active_until("10:00").send(Input::Snooze(None));
    let status = sim.status();
    assert_eq!(status.state, Mode::Snoozed);
    assert_eq!(status.snoozes_left, Some(1));
    assert_eq!(
        status.next_break.map(|n| n.at),
        Some(local(&Berlin, "2026-03-02 10:10").fixed_offset())
    );
    let json = serde_json::to_value(sim.status()).expect("status serializes");
    assert_eq!(json["state"], "snoozed");
    assert_eq!(json["next_break"]["name"], "Desk reset");
}

#[test]
fn a_restart_keeps_the_interval_and_the_day() {
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .restart_after(mins(1))
        .active_until("09:52")
        .expect_notify_at("Desk reset", "09:51");
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:59")
        .active_until("15:00")
        .take_the_break(mins(10))
        .restart_after(mins(1));
    assert!(sim.status().daily_done);
    let sim = sim.active_until("18:00");
    assert_eq!(
        sim.notifications_on(date("2026-03-02"), "Daily routine")
            .len(),
        1
    );
}

#[test]
fn a_restart_after_a_long_gap_counts_as_a_natural_break() {
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .restart_after(mins(20))
        .active_until("10:41")
        .expect_notify_at("Desk reset", "10:40");
}

#[test]
fn a_config_change_keeps_progress() {
    let mut shorter = office();
    shorter.breaks[0].when = BreakWhen::Every(mins(20));
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(30))
        .send(Input::ConfigChanged(Box::new(shorter)))
        .expect_notify_at("Desk reset", "09:30");
}

#[test]
fn history_events_carry_the_break_routine_and_time() {
    let event = HistoryEvent::Offered {
        break_name: "Desk reset".into(),
        routine: "desk-reset".into(),
        at: local(&Berlin, "2026-03-02 09:50").fixed_offset(),
    };
    let json = serde_json::to_value(&event).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({
            "event": "offered",
            "break_name": "Desk reset",
            "routine": "desk-reset",
            "at": "2026-03-02T09:50:00+01:00",
        })
    );
    let back: HistoryEvent = serde_json::from_value(json).expect("deserializes");
    assert_eq!(back, event);
}

#[test]
fn offer_now_notifies_like_a_scheduled_break_and_can_be_snoozed() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 10:00")
        .active_for(mins(5))
        .send(Input::OfferNow("desk-reset".into()))
        .expect_notify("Desk reset");
    assert_eq!(sim.status().state, Mode::Due);
    let left = sim.status().snoozes_left;
    let sim = sim.send(Input::Snooze(None));
    assert_eq!(sim.status().state, Mode::Snoozed);
    assert_eq!(sim.status().snoozes_left, left.map(|n| n - 1));
    // A routine no break uses is not offered.
    let sim =
        Sim::new(office(), Berlin, "2026-03-02 10:00").send(Input::OfferNow("nonexistent".into()));
    assert_eq!(sim.status().state, Mode::Idle);
}

#[test]
fn offer_now_outside_working_hours_is_refused() {
    let sim =
        Sim::new(office(), Berlin, "2026-03-02 20:00").send(Input::OfferNow("desk-reset".into()));
    assert_eq!(sim.status().state, Mode::Idle);
    assert!(sim.notifications().is_empty());
}

// ---- the engine answers: what it refuses, and why ----

#[test]
fn snooze_and_skip_with_nothing_due_are_refused_and_change_nothing() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .expect_answer(
            Input::Snooze(None),
            Answer::Refused(Refusal::NothingToSnooze),
        )
        .expect_answer(Input::Skip, Answer::Refused(Refusal::NothingToSkip));
    assert_eq!(sim.status().state, Mode::Idle);
    assert!(sim.history().is_empty(), "{:?}", sim.history());
}

#[test]
fn snoozes_are_accepted_until_none_are_left() {
    // The office config allows 2 snoozes per break.
    Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:51")
        .expect_notify_at("Desk reset", "09:50")
        .expect_answer(Input::Snooze(None), Answer::Accepted)
        .active_until("10:02")
        .expect_notify_at("Desk reset", "10:01")
        .expect_answer(Input::Snooze(None), Answer::Accepted)
        .active_until("10:13")
        .expect_notify_at("Desk reset", "10:12")
        .expect_answer(Input::Snooze(None), Answer::Refused(Refusal::NoSnoozesLeft))
        .expect_answer(Input::Skip, Answer::Accepted);
}

#[test]
fn an_asked_for_offer_is_refused_for_an_unknown_routine_off_hours_or_paused() {
    Sim::new(office(), Berlin, "2026-03-02 10:00")
        .expect_answer(
            Input::OfferNow("my-own".into()),
            Answer::Refused(Refusal::NoBreakPlays("my-own".into())),
        )
        .send(Input::Pause(PauseSpan::UntilResumed))
        .expect_answer(
            Input::OfferNow("desk-reset".into()),
            Answer::Refused(Refusal::NotNow(Mode::Paused)),
        )
        .send(Input::Resume)
        .expect_answer(Input::OfferNow("desk-reset".into()), Answer::Accepted)
        .expect_notify("Desk reset");
    Sim::new(office(), Berlin, "2026-03-02 20:00").expect_answer(
        Input::OfferNow("desk-reset".into()),
        Answer::Refused(Refusal::OutsideWorkingHours),
    );
}

#[test]
fn pause_until_tomorrow_ends_at_tomorrows_first_working_hour_or_nine() {
    let paused_until = |start: &str| {
        Sim::new(office(), Berlin, start)
            .send(Input::Pause(PauseSpan::UntilTomorrow))
            .status()
            .paused_until
            .map(|t| t.naive_local())
    };
    // Monday evening: Tuesday's hours start at 09:00 in the office config.
    assert_eq!(
        paused_until("2026-03-02 17:00"),
        Some(naive("2026-03-03 09:00"))
    );
    // Friday: Saturday has no working hours, so 09:00 Saturday.
    assert_eq!(
        paused_until("2026-03-06 17:00"),
        Some(naive("2026-03-07 09:00"))
    );
}

#[test]
fn pause_until_a_time_means_its_next_occurrence() {
    let until = |start: &str| {
        Sim::new(office(), Berlin, start)
            .send(Input::Pause(PauseSpan::UntilNext(
                NaiveTime::from_hms_opt(13, 0, 0).expect("a time"),
            )))
            .status()
            .paused_until
            .map(|t| t.naive_local())
    };
    assert_eq!(until("2026-03-02 10:00"), Some(naive("2026-03-02 13:00")));
    assert_eq!(until("2026-03-02 14:00"), Some(naive("2026-03-03 13:00")));
}

#[test]
fn a_break_configured_without_start_screen_opens_straight_into_the_routine() {
    let mut config = office();
    for b in &mut config.breaks {
        if b.routine == "desk-reset" {
            b.start_screen = false;
        }
    }
    let sim =
        Sim::new(config, Berlin, "2026-03-02 10:00").send(Input::BreakNow("desk-reset".into()));
    assert!(sim.unseen().contains(&Effect::OpenGuidedWindow {
        break_name: "Desk reset".into(),
        routine: "desk-reset".into(),
        start_screen: false,
        checkin: CheckIn::Off,
        level: Level::FIRST,
        cap: None,
        leave_out: vec![],
        hurt_before: vec![],
        say_keys: true,
        speak_safety: true,
    }));
    // A routine no break plays keeps the start screen.
    let sim = Sim::new(office(), Berlin, "2026-03-02 10:00").send(Input::BreakNow("my-own".into()));
    assert!(sim.unseen().iter().any(|e| matches!(
        e,
        Effect::OpenGuidedWindow {
            start_screen: true,
            ..
        }
    )));
}

#[test]
fn a_lost_session_is_recorded_like_a_stopped_one_marked_lost_and_never_completes_the_day() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 15:00")
        .expect_notify_at("Daily routine", "15:00")
        .send(Input::Start)
        .send(Input::SessionLost(
            vec![Done, ExerciseOutcome::Partial, Skipped, Skipped].into(),
        ));
    let last = sim.history().into_iter().last();
    assert!(
        matches!(
            &last,
            Some(HistoryEvent::Completed { lost: true, day_done: false, outcomes, .. })
                if outcomes == &[Done, ExerciseOutcome::Partial, Skipped, Skipped]
        ),
        "{last:?}"
    );
    // The break is over: reminders go on as after any session.
    assert_ne!(sim.status().state, Mode::InBreak);
}

// ---- check-ins, levels and the weekly summary ----

/// The level each daily-routine window opened at, in order.
fn levels_opened(sim: &Sim<chrono_tz::Tz>) -> Vec<u8> {
    sim.log
        .iter()
        .filter_map(|(_, e)| match e {
            Effect::OpenGuidedWindow { routine, level, .. } if routine == "upper-trap" => {
                Some(level.get())
            }
            _ => None,
        })
        .collect()
}

/// The daily routine at 15:00 on `day`: started from its notification,
/// ended as `report` says, then rated `after` on the end screen.
fn daily_routine(
    sim: Sim<chrono_tz::Tz>,
    day: &str,
    report: SessionReport,
    after: Option<u8>,
) -> Sim<chrono_tz::Tz> {
    let sim = sim
        .idle_until(&format!("{day} 14:50"))
        .active_until(&format!("{day} 15:01"))
        .send(Input::Start)
        .active_for(mins(11))
        .send(Input::SessionFinished(report));
    match after {
        Some(rating) => sim.send(Input::AfterRating(rating)),
        None => sim,
    }
}

fn rated(before: u8) -> SessionReport {
    SessionReport {
        outcomes: vec![Done; 4],
        tension_before: Some(before),
        ..SessionReport::default()
    }
}

#[test]
fn five_routines_step_the_level_up_and_a_pain_stop_steps_it_down_at_once() {
    // Monday 2 March to Friday 6 March, then Monday 9 March.
    let mut sim = Sim::new(office(), Berlin, "2026-03-02 09:00");
    for day in 2..=6 {
        sim = daily_routine(sim, &format!("2026-03-0{day}"), rated(5), Some(4));
    }
    assert_eq!(levels_opened(&sim), [1, 1, 1, 1, 1]);
    assert_eq!(sim.engine.level().get(), 2);
    // The level survives a restart: it is replayed from the history, which
    // the shell feeds back in (here: the runs the engine knew).
    sim = daily_routine(sim, "2026-03-09", rated(5), None);
    assert_eq!(levels_opened(&sim), [1, 1, 1, 1, 1, 2]);
    // The completed record names the level it was played at and the rating.
    let last_completed = sim.history().into_iter().rev().find_map(|e| match e {
        HistoryEvent::Completed {
            level,
            tension_before,
            stopped_for_pain,
            ..
        } => Some((level.map(|l| l.get()), tension_before, stopped_for_pain)),
        _ => None,
    });
    assert_eq!(last_completed, Some((Some(2), Some(5), false)));
    // Tuesday it hurts during the ball press: down at once, and it is a
    // completion with its own outcome, never a skip.
    let hurt = SessionReport {
        outcomes: vec![Done, ExerciseOutcome::Partial, Skipped, Skipped],
        tension_before: Some(6),
        hurt: true,
        ..SessionReport::default()
    };
    sim = daily_routine(sim, "2026-03-10", hurt, Some(7));
    assert_eq!(sim.engine.level().get(), 1);
    assert!(!sim
        .history()
        .iter()
        .any(|e| matches!(e, HistoryEvent::Skipped { .. })));
    sim = daily_routine(sim, "2026-03-11", rated(5), Some(4));
    assert_eq!(levels_opened(&sim), [1, 1, 1, 1, 1, 2, 2, 1]);
}

#[test]
fn an_after_rating_is_its_own_record_linked_to_the_session() {
    let sim = daily_routine(
        Sim::new(office(), Berlin, "2026-03-02 09:00"),
        "2026-03-02",
        rated(6),
        Some(3),
    );
    let history = sim.history();
    let started = history.iter().find_map(|e| match e {
        HistoryEvent::Started {
            routine, session, ..
        } if routine == "upper-trap" => session.clone(),
        _ => None,
    });
    let completed = history.iter().find_map(|e| match e {
        HistoryEvent::Completed { session, .. } => session.clone(),
        _ => None,
    });
    let rated = history.iter().find_map(|e| match e {
        HistoryEvent::Rated {
            session,
            tension_after,
            ..
        } => Some((session.clone(), *tension_after)),
        _ => None,
    });
    assert!(started.is_some());
    assert_eq!(completed, started);
    assert_eq!(rated, started.map(|s| (s, 3)));
    // A second rating, or one with no session behind it, is not recorded.
    let again = sim.send(Input::AfterRating(2));
    let count = again
        .history()
        .iter()
        .filter(|e| matches!(e, HistoryEvent::Rated { .. }))
        .count();
    assert_eq!(count, 1);
    let fresh = Sim::new(office(), Berlin, "2026-03-02 09:00").send(Input::AfterRating(2));
    assert!(fresh.history().is_empty());
}

#[test]
fn the_daily_break_asks_before_and_after_and_the_others_ask_nothing() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .mark_seen()
        .send(Input::BreakNow("desk-reset".into()));
    assert!(sim.unseen().iter().any(|e| matches!(
        e,
        Effect::OpenGuidedWindow {
            checkin: CheckIn::Off,
            ..
        }
    )));
    let mut config = office();
    config.breaks[1].checkin = CheckIn::After;
    let sim =
        Sim::new(config, Berlin, "2026-03-02 09:00").send(Input::BreakNow("upper-trap".into()));
    assert!(sim.unseen().iter().any(|e| matches!(
        e,
        Effect::OpenGuidedWindow {
            checkin: CheckIn::After,
            ..
        }
    )));
}

#[test]
fn progression_off_or_held_ignores_the_history() {
    let runs: Vec<super::progression::Run> = (2..=13)
        .map(|d| super::progression::Run {
            day: date(&format!("2026-03-{d:02}")),
            complete: true,
            hurt: false,
            before: None,
            after: None,
        })
        .collect();
    for (progression, want) in [
        (crate::routine::Progression::Auto, 3),
        (crate::routine::Progression::Off, 1),
        (
            crate::routine::Progression::Held(Level::new(2).expect("a level")),
            2,
        ),
    ] {
        let mut config = office();
        config.progression = progression;
        let sim = Sim::new(config, Berlin, "2026-03-16 09:00")
            .send(Input::Runs(runs.clone()))
            .mark_seen()
            .send(Input::BreakNow("upper-trap".into()));
        assert_eq!(levels_opened(&sim), [want], "{progression:?}");
    }
}

#[test]
fn the_weekly_summary_comes_once_on_the_first_working_day() {
    let summaries = |sim: &Sim<chrono_tz::Tz>| -> Vec<(NaiveDateTime, NaiveDate)> {
        sim.log
            .iter()
            .filter_map(|(at, e)| match e {
                Effect::WeeklySummary { week_of } => Some((at.naive_local(), *week_of)),
                _ => None,
            })
            .collect()
    };
    // Sunday evening to Wednesday: once, Monday at the start of work, for
    // the week before; a restart does not repeat it.
    let sim = Sim::new(office(), Berlin, "2026-03-08 20:00")
        .idle_until("2026-03-09 08:59")
        .active_until("2026-03-09 12:00")
        .restart_after(mins(10))
        .active_until("2026-03-11 12:00");
    let expected = |day: &str, time: &str| {
        NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M").expect("a time")
    };
    assert_eq!(
        summaries(&sim),
        [(expected("2026-03-09", "09:00"), date("2026-03-02"))]
    );
    // Monday off (no working hours): Tuesday is the first working day.
    let mut config = office();
    config.working_hours[0].clear();
    let sim = Sim::new(config, Berlin, "2026-03-09 08:00").active_until("2026-03-10 12:00");
    assert_eq!(
        summaries(&sim),
        [(expected("2026-03-10", "09:00"), date("2026-03-02"))]
    );
    // Turned off: never.
    let mut config = office();
    config.weekly_summary = false;
    let sim = Sim::new(config, Berlin, "2026-03-09 08:00").active_until("2026-03-10 12:00");
    assert!(summaries(&sim).is_empty());
}

// ---- another machine (sync.folder) ----

#[test]
fn another_machines_routine_at_14_55_cancels_the_15_00_reminder() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:00")
        .active_until("14:55")
        .send(Input::DoneElsewhere(date("2026-03-02")))
        .active_until("17:00");
    assert!(sim
        .notifications_on(date("2026-03-02"), "Daily routine")
        .is_empty());
    assert!(sim.status().daily_done);
    // A completion from another day (yesterday, or far ahead) is not today's.
    for day in ["2026-03-01", "2026-03-05"] {
        let sim = Sim::new(office(), Berlin, "2026-03-02 14:00")
            .send(Input::DoneElsewhere(date(day)))
            .active_until("15:01");
        assert_eq!(
            sim.notifications_on(date("2026-03-02"), "Daily routine")
                .len(),
            1,
            "{day}"
        );
    }
    // A clock a few minutes ahead near midnight stamps tomorrow: still done.
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:00")
        .send(Input::DoneElsewhere(date("2026-03-03")))
        .active_until("15:01");
    assert!(sim
        .notifications_on(date("2026-03-02"), "Daily routine")
        .is_empty());
}

#[test]
fn another_machines_routine_at_15_10_withdraws_the_open_notification() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 14:55")
        .active_until("15:01")
        .expect_notify_at("Daily routine", "15:00")
        .active_until("15:10")
        .mark_seen()
        .send(Input::DoneElsewhere(date("2026-03-02")));
    assert_eq!(sim.unseen(), vec![Effect::WithdrawNotification]);
    assert_eq!(sim.status().state, Mode::Idle);
    assert!(sim.status().daily_done);
    // Nothing about it in this machine's history: the other machine has
    // the record; and no reminder comes back.
    let sim = sim.active_until("17:00");
    assert_eq!(
        sim.notifications_on(date("2026-03-02"), "Daily routine")
            .len(),
        1
    );
}

// ---- after a pain stop ----

/// A daily routine that hurt in `exercise` (the 2nd of 4: the ball).
fn hurt_in(exercise: &str, side: Option<BodySide>) -> SessionReport {
    SessionReport {
        outcomes: vec![Done, ExerciseOutcome::Partial, Skipped, Skipped],
        tension_before: Some(5),
        hurt: true,
        hurt_exercise: Some(exercise.into()),
        hurt_side: side,
    }
}

/// What the last window opened for `routine` left out.
fn left_out_opened(sim: &Sim<chrono_tz::Tz>, routine: &str) -> Option<Vec<super::LeftOut>> {
    sim.log.iter().rev().find_map(|(_, e)| match e {
        Effect::OpenGuidedWindow {
            routine: r,
            leave_out,
            ..
        } if r == routine => Some(leave_out.clone()),
        _ => None,
    })
}

fn out(exercise: &str, why: super::Why) -> super::LeftOut {
    super::LeftOut {
        exercise: exercise.into(),
        why,
    }
}

#[test]
fn a_pain_stop_names_the_exercise_and_rests_it_for_the_rest_of_the_day() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00");
    let sim = daily_routine(
        sim,
        "2026-03-02",
        hurt_in("ball-press", Some(BodySide::Right)),
        None,
    );
    let completed = sim.history().into_iter().rev().find_map(|e| match e {
        HistoryEvent::Completed {
            pain_exercise,
            pain_side,
            stopped_for_pain,
            ..
        } => Some((pain_exercise, pain_side, stopped_for_pain)),
        _ => None,
    });
    assert_eq!(
        completed,
        Some((Some("ball-press".into()), Some(BodySide::Right), true))
    );
    let rest = vec![out("ball-press", super::Why::HurtToday)];
    assert_eq!(sim.status().left_out, rest);
    // The same day, by hand: the routine opens without it, and says why.
    let sim = sim
        .active_for(mins(5))
        .send(Input::BreakNow("upper-trap".into()));
    assert_eq!(left_out_opened(&sim, "upper-trap"), Some(rest.clone()));
    // The desk reset has no ball: nothing of it is left out.
    let sim = sim
        .send(Input::SessionFinished(vec![Done; 3].into()))
        .mark_seen()
        .active_for(mins(55))
        .expect_notify("Desk reset");
    assert!(sim.notifications().iter().all(|(_, e)| match e {
        Effect::Notify {
            routine, left_out, ..
        } if routine == "desk-reset" => left_out.is_empty(),
        _ => true,
    }));
    // The next day it is back, and only one stop is not "again".
    let sim = sim.idle_until("2026-03-03 09:00").active_for(mins(1));
    assert!(sim.status().left_out.is_empty());
    assert!(!sim
        .history()
        .iter()
        .any(|e| matches!(e, HistoryEvent::LeftOut { .. })));
}

#[test]
fn the_neck_stretch_hurting_leaves_the_desk_reset_without_it_that_day() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00");
    let hurt = SessionReport {
        outcomes: vec![ExerciseOutcome::Partial, Skipped, Skipped, Skipped],
        hurt: true,
        hurt_exercise: Some("neck-side-stretch".into()),
        hurt_side: Some(BodySide::Left),
        ..SessionReport::default()
    };
    let sim = daily_routine(sim, "2026-03-02", hurt, None)
        .mark_seen()
        .active_for(mins(51))
        .expect_notify("Desk reset");
    let notified = sim
        .notifications()
        .into_iter()
        .rev()
        .find_map(|(_, e)| match e {
            Effect::Notify {
                routine, left_out, ..
            } if routine == "desk-reset" => Some(left_out),
            _ => None,
        });
    let rest = vec![out("neck-side-stretch", super::Why::HurtToday)];
    assert_eq!(notified, Some(rest.clone()));
    let sim = sim.send(Input::Start);
    assert_eq!(left_out_opened(&sim, "desk-reset"), Some(rest));
}

#[test]
fn a_routine_with_nothing_left_is_not_offered_that_day_nor_started_by_hand() {
    let mut config = office();
    // A desk reset of the neck stretch alone.
    let mut mine = crate::routine::builtin::find("desk-reset").expect("built-in");
    mine.id = "neck-only".into();
    mine.exercises.truncate(1);
    config.routines.push(mine);
    config.breaks[0].routine = "neck-only".into();
    let sim = Sim::new(config, Berlin, "2026-03-02 09:00");
    let hurt = SessionReport {
        outcomes: vec![ExerciseOutcome::Partial, Skipped, Skipped, Skipped],
        hurt: true,
        hurt_exercise: Some("neck-side-stretch".into()),
        ..SessionReport::default()
    };
    let sim = daily_routine(sim, "2026-03-02", hurt, None)
        .mark_seen()
        .active_for(mins(120));
    assert!(
        sim.notifications_on(date("2026-03-02"), "Desk reset")
            .iter()
            .all(|t| t.time() < NaiveTime::from_hms_opt(15, 1, 0).expect("a time")),
        "{:?}",
        sim.notifications_on(date("2026-03-02"), "Desk reset")
    );
    let sim = sim.expect_answer(
        Input::BreakNow("neck-only".into()),
        Answer::Refused(super::Refusal::NothingLeft("neck-only".into())),
    );
    // Offered again the next working day.
    let sim = sim.idle_until("2026-03-03 09:00").active_for(mins(55));
    assert!(!sim
        .notifications_on(date("2026-03-03"), "Desk reset")
        .is_empty());
}

#[test]
fn a_second_pain_stop_within_fourteen_days_leaves_it_out_until_put_back() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00");
    let sim = daily_routine(
        sim,
        "2026-03-02",
        hurt_in("ball-press", Some(BodySide::Left)),
        None,
    );
    // Twelve days later, the other side.
    let sim = daily_routine(
        sim,
        "2026-03-13",
        hurt_in("ball-press", Some(BodySide::Right)),
        None,
    );
    let left_out: Vec<HistoryEvent> = sim
        .history()
        .into_iter()
        .filter(|e| matches!(e, HistoryEvent::LeftOut { .. }))
        .collect();
    assert!(
        matches!(&left_out[..], [HistoryEvent::LeftOut { exercise, .. }] if exercise == "ball-press"),
        "{left_out:?}"
    );
    // The next week's daily routine opens without it, and the status says so.
    let sim = sim
        .idle_until("2026-03-16 14:50")
        .active_until("2026-03-16 15:01")
        .send(Input::Start);
    let again = vec![out("ball-press", super::Why::HurtAgain)];
    assert_eq!(left_out_opened(&sim, "upper-trap"), Some(again.clone()));
    assert_eq!(sim.status().left_out, again);
    // The rest of the routine done: the day counts, as for a whole routine.
    let sim = sim.send(Input::SessionFinished(vec![Done; 3].into()));
    assert!(sim.history().iter().any(|e| matches!(
        e,
        HistoryEvent::Completed { day_done: true, at, .. } if at.date_naive() == date("2026-03-16")
    )));
    assert!(sim.status().daily_done);
    // Put back: recorded, and the next routine has it again.
    let sim = sim
        .expect_answer(Input::PutBack("ball-press".into()), Answer::Accepted)
        .expect_answer(
            Input::PutBack("ball-press".into()),
            Answer::Refused(super::Refusal::NotLeftOut("ball-press".into())),
        );
    assert!(matches!(
        sim.history().last(),
        Some(HistoryEvent::PutBack { exercise, .. }) if exercise == "ball-press"
    ));
    assert!(sim.status().left_out.is_empty());
    let sim = sim
        .active_for(mins(5))
        .send(Input::BreakNow("upper-trap".into()));
    assert_eq!(left_out_opened(&sim, "upper-trap"), Some(vec![]));
}

#[test]
fn the_keys_are_said_in_the_first_three_sessions_and_the_stop_signs_once_a_day() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00");
    let mut sim = sim;
    for _ in 0..4 {
        sim = sim
            .send(Input::BreakNow("desk-reset".into()))
            .send(Input::SessionFinished(vec![Done; 2].into()))
            .active_for(mins(5));
    }
    // A restart keeps the count.
    let sim = sim
        .restart_after(mins(1))
        .send(Input::BreakNow("upper-trap".into()));
    let opened: Vec<(String, bool, bool)> = sim
        .log
        .iter()
        .filter_map(|(_, e)| match e {
            Effect::OpenGuidedWindow {
                routine,
                say_keys,
                speak_safety,
                ..
            } => Some((routine.clone(), *say_keys, *speak_safety)),
            _ => None,
        })
        .collect();
    let desk = |keys, safety| ("desk-reset".to_owned(), keys, safety);
    assert_eq!(
        opened,
        [
            desk(true, true),
            desk(true, false),
            desk(true, false),
            desk(false, false),
            ("upper-trap".to_owned(), false, true)
        ]
    );
}

// ---- the shell asks, the engine decides ----

#[test]
fn asking_for_a_break_while_one_plays_raises_its_window_and_starts_nothing() {
    let playing = Sim::new(office(), Berlin, "2026-03-02 10:00")
        .send(Input::BreakNow("upper-trap".into()))
        .mark_seen();
    let before = playing.history();
    // The tray's item, `start` and `play` all send this; so does another routine.
    for routine in ["upper-trap", "desk-reset"] {
        let asked = Sim::new(office(), Berlin, "2026-03-02 10:00")
            .send(Input::BreakNow("upper-trap".into()))
            .mark_seen()
            .expect_answer(Input::BreakNow(routine.into()), Answer::Accepted);
        assert_eq!(asked.unseen(), [Effect::RaiseGuidedWindow], "{routine}");
        assert_eq!(asked.history(), before, "no second session is recorded");
        assert_eq!(asked.status().state, Mode::InBreak);
    }
    // With nothing playing, the same input opens a window and raises none.
    let fresh = Sim::new(office(), Berlin, "2026-03-02 10:00")
        .mark_seen()
        .send(Input::BreakNow("desk-reset".into()));
    assert!(!fresh.unseen().contains(&Effect::RaiseGuidedWindow));
    assert!(fresh
        .unseen()
        .iter()
        .any(|e| matches!(e, Effect::OpenGuidedWindow { .. })));
}

#[test]
fn the_routine_asked_for_is_the_one_named_else_the_next_breaks() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00");
    let engine = &sim.engine;
    assert_eq!(
        engine.routine_for(Some("desk-reset")),
        Ok("desk-reset".into())
    );
    assert_eq!(
        engine.routine_for(Some("upper-trap")),
        Ok("upper-trap".into())
    );
    assert_eq!(
        engine.routine_for(Some("xyz")),
        Err(Refusal::NoSuchRoutine("xyz".into()))
    );
    assert_eq!(
        sim.status().next_break.map(|b| b.routine),
        Some("desk-reset".into())
    );
    assert_eq!(engine.routine_for(None), Ok("desk-reset".into()));
    // The daily routine next (the desk reset done at 14:40): that one.
    let afternoon = Sim::new(office(), Berlin, "2026-03-02 14:55");
    assert_eq!(
        afternoon.status().next_break.map(|b| b.name),
        Some("Daily routine".into())
    );
    assert_eq!(afternoon.engine.routine_for(None), Ok("upper-trap".into()));
    // No break configured: a routine must be named.
    let mut none = office();
    none.breaks.clear();
    let bare = Sim::new(none, Berlin, "2026-03-02 09:00");
    assert_eq!(
        bare.engine.routine_for(None),
        Err(Refusal::NoBreakConfigured)
    );
    assert_eq!(
        bare.engine.routine_for(Some("desk-reset")),
        Ok("desk-reset".into())
    );
}

#[test]
fn a_break_is_near_when_due_snoozed_or_two_minutes_off() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00").active_until("09:47");
    assert!(!sim.engine.break_near(), "three minutes before 09:50");
    let sim = sim.active_until("09:49");
    assert!(sim.engine.break_near(), "a minute before");
    let sim = sim
        .active_until("09:51")
        .expect_notify_at("Desk reset", "09:50");
    assert!(sim.engine.break_near(), "due");
    let sim = sim.send(Input::Snooze(None));
    assert_eq!(sim.status().state, Mode::Snoozed);
    assert!(sim.engine.break_near(), "snoozed");
    let paused = sim.send(Input::Pause(PauseSpan::UntilResumed));
    assert!(!paused.engine.break_near(), "paused: nothing comes");
}

// ---- the shoulder check between the breaks (issue 34) ----

fn shown_checks(sim: &Sim<chrono_tz::Tz>) -> Vec<NaiveDateTime> {
    sim.checks().0
}

fn at(times: &[&str]) -> Vec<NaiveDateTime> {
    times
        .iter()
        .map(|t| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S").expect("test time"))
        .collect()
}

fn check_records(sim: &Sim<chrono_tz::Tz>) -> Vec<(NaiveDateTime, super::CheckOutcome)> {
    sim.history()
        .into_iter()
        .filter_map(|e| match e {
            HistoryEvent::ShoulderCheck { at, outcome } => Some((at.naive_local(), outcome)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_shoulder_check_comes_after_20_minutes_of_work_and_takes_itself_down() {
    // Work from 07:00 counts only from 09:00, as for the breaks.
    let sim = Sim::new(office(), Berlin, "2026-03-02 07:00").active_until("09:25");
    let lasts = sim.engine.check_lasts();
    assert_eq!(lasts, Duration::from_secs(22), "the routine's length");
    let (shown, ended) = sim.checks();
    assert_eq!(shown, at(&["2026-03-02 09:20:00"]));
    assert_eq!(ended, at(&["2026-03-02 09:20:22"]), "gone after its length");
    assert_eq!(
        check_records(&sim),
        [(at(&["2026-03-02 09:20:00"])[0], super::CheckOutcome::Shown)]
    );
    // No break notification, no window, and the status names the next one.
    let sim = sim.expect_no_notify();
    assert!(!sim
        .log
        .iter()
        .any(|(_, e)| matches!(e, Effect::OpenGuidedWindow { .. })));
    assert_eq!(
        sim.status().next_shoulder_check.map(|t| t.naive_local()),
        Some(at(&["2026-03-02 09:40:00"])[0])
    );
    // The first one says where to switch it off; the later ones do not.
    let firsts: Vec<bool> = sim
        .active_until("09:45")
        .log
        .iter()
        .filter_map(|(_, e)| match e {
            Effect::ShoulderCheck { first, voice, .. } => {
                assert!(!voice, "shoulder_check.voice is off by default");
                Some(*first)
            }
            _ => None,
        })
        .collect();
    assert_eq!(firsts, [true, false]);
}

#[test]
fn after_the_welcome_no_check_says_where_to_switch_it_off() {
    // The welcome showed the switch: a new user's first check is like the rest.
    let mut sim = Sim::new(office(), Berlin, "2026-03-02 07:00");
    sim.engine.welcomed();
    let firsts: Vec<bool> = sim
        .active_until("09:45")
        .log
        .iter()
        .filter_map(|(_, e)| match e {
            Effect::ShoulderCheck { first, .. } => Some(*first),
            _ => None,
        })
        .collect();
    assert_eq!(firsts, [false, false]);
}

#[test]
fn a_six_minute_idle_resets_the_shoulder_checks_count() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:15")
        .idle_for(mins(6))
        .active_until("09:50");
    // Not at 09:20: the count starts again at 09:21, back from the idle.
    assert_eq!(shown_checks(&sim), at(&["2026-03-02 09:41:00"]));
    // A 4-minute pause at the keyboard is no break: the count goes on.
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:15")
        .idle_for(mins(4))
        .active_until("09:30");
    assert_eq!(shown_checks(&sim), at(&["2026-03-02 09:20:00"]));
}

#[test]
fn a_held_shoulder_check_is_dropped_not_queued() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_until("09:15")
        .send(Input::DoNotDisturb(true))
        .active_until("09:25")
        .send(Input::DoNotDisturb(false))
        .active_until("09:45");
    // Due at 09:20 in a call: dropped; nothing at 09:25 when the call ends;
    // the next one 20 minutes after the dropped one.
    assert_eq!(shown_checks(&sim), at(&["2026-03-02 09:40:00"]));
}

#[test]
fn a_shoulder_check_near_a_desk_reset_is_dropped_and_the_resets_keep_their_times() {
    let mut config = office();
    config.shoulder_check.every = mins(24);
    let sim = Sim::new(config, Berlin, "2026-03-02 09:00").active_until("09:52");
    // 09:24 is shown; 09:48, two minutes before the desk reset, is dropped.
    assert_eq!(shown_checks(&sim), at(&["2026-03-02 09:24:00"]));
    let sim = sim.expect_notify_at("Desk reset", "09:50");
    // After the desk reset (09:52 to 09:55) the count starts from its end.
    let sim = sim.take_the_break(mins(3)).active_until("10:40");
    assert_eq!(
        shown_checks(&sim),
        at(&["2026-03-02 09:24:00", "2026-03-02 10:19:00"])
    );
    // The desk resets come at the same times with the checks on or off.
    let mut off = office();
    off.shoulder_check.enabled = false;
    let window = super::forecast::Window {
        from: local(&Berlin, "2026-03-02 08:00"),
        until: local(&Berlin, "2026-03-02 19:00"),
        idle: vec![],
    };
    let with = super::forecast::simulate(&office(), &window);
    let without = super::forecast::simulate(&off, &window);
    assert_eq!(with.breaks, without.breaks);
    assert!(!with.shoulder_checks.is_empty() && without.shoulder_checks.is_empty());
}

#[test]
fn a_shoulder_check_never_replaces_a_break_notification() {
    let mut config = office();
    config.shoulder_check.every = mins(10);
    // The desk reset shows at 09:50 and is left there (reminders at 09:55
    // and 10:00, then ignored at 10:05).
    let sim = Sim::new(config, Berlin, "2026-03-02 09:00").active_until("10:04");
    assert_eq!(
        shown_checks(&sim),
        at(&[
            "2026-03-02 09:10:00",
            "2026-03-02 09:20:00",
            "2026-03-02 09:30:00",
            "2026-03-02 09:40:00",
        ]),
        "09:50 and 10:00 fall while the desk reset shows"
    );
    // Asked for while it shows: refused, in the engine's words.
    let sim = sim.expect_answer(
        Input::ShoulderCheckNow,
        Answer::Refused(Refusal::NotNow(Mode::Due)),
    );
    assert_eq!(shown_checks(&sim).len(), 4);
}

#[test]
fn a_break_that_falls_due_takes_the_shoulder_checks_place() {
    let mut config = office();
    config.shoulder_check.every = mins(10);
    // 09:50: one check would be due, the desk reset too: the break only.
    let sim = Sim::new(config.clone(), Berlin, "2026-03-02 09:00").active_until("09:51");
    assert_eq!(shown_checks(&sim).len(), 4);
    // A check asked for at 09:49:50 is taken down when the break shows.
    let sim = Sim::new(config, Berlin, "2026-03-02 09:00")
        .active_for(mins(49) + Duration::from_secs(50))
        .send(Input::ShoulderCheckNow)
        .active_until("09:51");
    let (shown, ended) = sim.checks();
    assert_eq!(shown.last(), Some(&at(&["2026-03-02 09:49:50"])[0]));
    assert_eq!(ended.last(), Some(&at(&["2026-03-02 09:50:00"])[0]));
    let sim = sim.expect_notify_at("Desk reset", "09:50");
    // The break's session: no check while it plays.
    let sim = sim.send(Input::Start).active_until("10:30");
    assert_eq!(
        shown_checks(&sim).last(),
        Some(&at(&["2026-03-02 09:49:50"])[0])
    );
    let sim = sim.expect_answer(
        Input::ShoulderCheckNow,
        Answer::Refused(Refusal::NotNow(Mode::InBreak)),
    );
    assert_eq!(shown_checks(&sim).len(), 5);
}

#[test]
fn shoulder_checks_follow_working_hours_and_the_switch() {
    // Nothing in the evening or at the weekend.
    let sim = Sim::new(office(), Berlin, "2026-03-02 18:00").active_for(hours(3));
    assert!(shown_checks(&sim).is_empty());
    let sim = Sim::new(office(), Berlin, "2026-03-07 09:00").active_for(hours(3));
    assert!(shown_checks(&sim).is_empty());
    // Off: none, and no next one in the status.
    let mut off = office();
    off.shoulder_check.enabled = false;
    let sim = Sim::new(off, Berlin, "2026-03-02 09:00").active_until("09:45");
    assert!(shown_checks(&sim).is_empty());
    assert_eq!(sim.status().next_shoulder_check, None);
    // Paused: none while the pause lasts.
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .send(Input::Pause(PauseSpan::For(mins(30))))
        .active_until("09:45");
    assert!(shown_checks(&sim).is_empty());
}

#[test]
fn not_now_skips_the_shoulder_check_and_says_so_in_the_history() {
    let sim = Sim::new(office(), Berlin, "2026-03-02 09:00")
        .active_for(mins(20) + Duration::from_secs(5))
        .send(Input::ShoulderCheckNotNow);
    let (shown, ended) = sim.checks();
    assert_eq!(shown, at(&["2026-03-02 09:20:00"]));
    assert_eq!(ended, at(&["2026-03-02 09:20:05"]), "taken down at once");
    assert_eq!(
        check_records(&sim),
        [
            (at(&["2026-03-02 09:20:00"])[0], super::CheckOutcome::Shown),
            (
                at(&["2026-03-02 09:20:05"])[0],
                super::CheckOutcome::Skipped
            )
        ]
    );
    // A second "Not now" has nothing to skip.
    let sim = sim.send(Input::ShoulderCheckNotNow);
    assert_eq!(check_records(&sim).len(), 2);
    // Asked for in a pause: shown, and taken down on time.
    let sim = Sim::new(office(), Berlin, "2026-03-02 10:00")
        .send(Input::Pause(PauseSpan::UntilResumed))
        .expect_answer(Input::ShoulderCheckNow, Answer::Accepted)
        .active_for(mins(1));
    assert_eq!(sim.checks().1, at(&["2026-03-02 10:00:22"]));
    // Asked for outside working hours: shown, for its length.
    let sim = Sim::new(office(), Berlin, "2026-03-02 20:00")
        .expect_answer(Input::ShoulderCheckNow, Answer::Accepted)
        .active_for(mins(1));
    let (shown, ended) = sim.checks();
    assert_eq!(shown, at(&["2026-03-02 20:00:00"]));
    assert_eq!(ended, at(&["2026-03-02 20:00:22"]));
}

#[test]
fn eight_hours_at_the_desk_give_every_shoulder_check_the_rules_allow() {
    // The user works 09:00–17:00 and takes every break, as `unknot schedule`
    // assumes. Between the end of one break (or 09:00) and the next break's
    // notification, a check comes every 20 minutes, except one that would
    // be within 5 minutes of that notification.
    let window = super::forecast::Window {
        from: local(&Berlin, "2026-03-02 09:00"),
        until: local(&Berlin, "2026-03-02 17:00"),
        idle: vec![],
    };
    let plan = super::forecast::simulate(&office(), &window);
    let every = TimeDelta::minutes(20);
    let clearance = TimeDelta::minutes(5);
    let mut want = Vec::new();
    let mut from = window.from.fixed_offset();
    let ends = plan
        .breaks
        .iter()
        .map(|b| (b.at, b.at + TimeDelta::seconds(b.duration_secs as i64)))
        .chain([(window.until.fixed_offset(), window.until.fixed_offset())]);
    for (notified, ended) in ends {
        let mut at = from + every;
        while at + clearance < notified {
            want.push(at);
            at += every;
        }
        from = ended;
    }
    assert_eq!(
        plan.shoulder_checks,
        want,
        "{}\n{:#?}",
        super::forecast::table(&plan),
        plan.breaks
            .iter()
            .map(|b| (b.at, b.duration_secs))
            .collect::<Vec<_>>()
    );
    // Eight desk resets and the daily routine at 15:00; two checks between
    // two desk resets (20 and 40 minutes after one ends, 10 minutes clear
    // of the next), one before 15:00 (14:58 would be 2 minutes from it).
    assert_eq!(plan.breaks.len(), 9, "{}", super::forecast::table(&plan));
    assert_eq!(plan.shoulder_checks.len(), 17);
    // As the schedule prints them.
    let table = super::forecast::table(&plan);
    let line = table
        .lines()
        .find(|l| l.starts_with("Shoulder checks Mon 2026-03-02 (17): "))
        .unwrap_or_else(|| panic!("{table}"));
    let times: Vec<String> = want.iter().map(|t| t.format("%H:%M").to_string()).collect();
    assert!(line.ends_with(&times.join(" ")), "{line}");
}
