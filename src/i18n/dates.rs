//! Pure: dates, times and decimals in the current language, from the
//! catalogues' `date-*` and `number-*` messages. chrono names days and
//! months in English only; its `unstable-locales` feature would carry every
//! locale into the binaries, where these few messages carry four (issue 35).

use chrono::{Datelike, Timelike, Weekday};

use crate::t;

/// The catalogues' key for a weekday (`date-weekday`'s selector).
pub fn weekday_key(day: Weekday) -> &'static str {
    use Weekday::*;
    match day {
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
        Sun => "sun",
    }
}

/// A weekday's short name: "Mon", "Mo", "lun", "lun.".
pub fn weekday_short(day: Weekday) -> String {
    t!("date-weekday-short", day = weekday_key(day))
}

/// A time of day on the language's clock ("09:05", or "9:05 AM").
pub fn clock(time: impl Timelike) -> String {
    let minute = format!("{:02}", time.minute());
    if t!("date-clock") == "12h" {
        let (pm, hour) = time.hour12();
        let period = if pm { "pm" } else { "am" };
        t!(
            "date-time-12",
            hour = hour.to_string(),
            minute = &minute,
            period = period
        )
    } else {
        t!(
            "date-time-24",
            hour = format!("{:02}", time.hour()),
            minute = &minute
        )
    }
}

/// A weekday, day and month: "Mon 07 Dec", "Mo, 7. Dez", "lun 7 dic",
/// "lun. 7 déc.".
pub fn weekday_date(date: impl Datelike) -> String {
    t!(
        "date-weekday-day-month",
        weekday = weekday_short(date.weekday()),
        day = date.day(),
        month = t!("date-month-short", month = date.month())
    )
}

/// A date and time as a value on its own: "Mon 07 Dec 14:30",
/// "Mo, 7. Dez, 14:30", "lun 7 dic, 14:30", "lun. 7 déc. à 14:30".
pub fn date_time(at: impl Datelike + Timelike + Copy) -> String {
    t!("date-and-time", date = weekday_date(at), time = clock(at))
}

/// A weekday and the date in numbers, the same width every day (a table's
/// column): "Mon 2026-03-02", "Mo 02.03.2026", "lun 02/03/2026".
pub fn weekday_numeric_date(date: impl Datelike) -> String {
    t!(
        "date-weekday-numeric",
        weekday = weekday_short(date.weekday()),
        year = date.year(),
        month = date.month(),
        day = date.day()
    )
}

/// `x` with `places` decimals and the language's decimal mark: "1.5",
/// "1,5".
pub fn decimal(x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    match text.split_once('.') {
        Some((whole, fraction)) => format!("{whole}{}{fraction}", t!("number-decimal-mark")),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{scoped, Lang};
    use chrono::{NaiveDate, NaiveDateTime};

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("a test time")
    }

    /// Each language's (weekday date, date and time, numeric date, 1.5).
    fn all(lang: Lang, when: &str) -> [String; 4] {
        scoped(lang, || {
            let t = at(when);
            [
                weekday_date(t),
                date_time(t),
                weekday_numeric_date(t),
                decimal(1.5, 1),
            ]
        })
    }

    #[test]
    fn english_reads_as_chrono_wrote_it() {
        for when in ["2026-12-07 14:30", "2026-03-01 09:05", "2026-05-31 00:00"] {
            let t = at(when);
            assert_eq!(
                all(Lang::En, when),
                [
                    t.format("%a %d %b").to_string(),
                    t.format("%a %d %b %H:%M").to_string(),
                    t.format("%a %Y-%m-%d").to_string(),
                    "1.5".to_owned()
                ]
            );
            assert_eq!(clock(t), t.format("%H:%M").to_string());
        }
    }

    #[test]
    fn german_puts_the_day_first_with_a_point() {
        assert_eq!(
            all(Lang::De, "2026-12-07 14:30"),
            ["Mo, 7. Dez", "Mo, 7. Dez, 14:30", "Mo 07.12.2026", "1,5"]
        );
        assert_eq!(scoped(Lang::De, || weekday_short(Weekday::Sun)), "So");
    }

    #[test]
    fn spanish_writes_lower_case_names_and_slashes() {
        assert_eq!(
            all(Lang::Es, "2026-03-04 09:05"),
            ["mié 4 mar", "mié 4 mar, 09:05", "mié 04/03/2026", "1,5"]
        );
    }

    #[test]
    fn french_writes_the_first_as_1er() {
        assert_eq!(
            all(Lang::Fr, "2026-12-07 14:30"),
            [
                "lun. 7 déc.",
                "lun. 7 déc. à 14:30",
                "lun. 07/12/2026",
                "1,5"
            ]
        );
        assert_eq!(
            scoped(Lang::Fr, || weekday_date(
                NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date")
            )),
            "dim. 1er mars"
        );
    }

    #[test]
    fn every_language_reads_the_24_hour_clock() {
        for lang in Lang::ALL {
            assert_eq!(scoped(lang, || clock(at("2026-12-07 21:05"))), "21:05");
        }
    }

    #[test]
    fn decimals_in_placeables_take_the_language_mark() {
        let seconds = |lang| scoped(lang, || t!("routine-seconds", n = 1.5));
        assert_eq!(seconds(Lang::En), "1.5 s");
        assert_eq!(seconds(Lang::De), "1,5 s");
        assert_eq!(seconds(Lang::Fr), "1,5 s");
        // Whole numbers are as they were.
        assert_eq!(scoped(Lang::De, || t!("routine-seconds", n = 2)), "2 s");
    }
}
