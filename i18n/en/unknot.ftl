### unknot's words in English: the source every other catalogue translates.
### Tone: short, calm, second person, exact about body positions.
### Terms: the upper-trap article (shared/seed) and docs/routines.md.


## Units and numbers (i18n)

# A length of time in whole minutes.
duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## The routines: titles, set-up, cues and what is spoken (routine/)


## The session window, check-in and end (ui/player, ui/view)


## Home, Statistics and weeks (ui/home, ui/stats)


## Preferences and the welcome (ui/prefs, session/prefs)


## Accessibility names (ui/access)


## Notifications, the tray and status (engine/messages, shell/present, platform)

# The status line: the tray's tooltip, its menu's first line and the first
# line of `unknot status`. $name is a break's name from the config ("Desk
# reset"); $time a clock time ("14:05", or "Tue 14:05" on another day).
status-paused-until = Paused until { $time }
status-paused = Paused
status-due = { $name } is due
status-snoozed = { $name } snoozed until { $time }
status-in-progress = { $name } in progress
status-break-in-progress = Break in progress
status-next-at = { $name } at { $time }
# $minutes: whole minutes until the break, 0 or more.
status-next-in = { $name } in { $minutes } min
status-no-breaks = No breaks scheduled
# $line: the status line so far ("Desk reset at Tue 10:00").
status-outside-hours = { $line } (outside working hours)
# The status line's asides are joined with this: $line is the line so far,
# $aside the next one (the streak, "config error").
status-aside = { $line } · { $aside }
# $n: days in a row with the daily routine done.
status-streak = streak { $n } { $n ->
    [one] day
   *[other] days
}
status-config-error = config error
status-history-not-saved = history not saved
# What holds breaks back (`unknot status`'s "held:" line and the home window).
status-held-fullscreen = fullscreen window
status-held-microphone = microphone in use
status-held-camera = camera in use
status-held-screen-share = screen shared
status-held-presentation = presentation
status-held-notifications-paused = notifications paused
# `unknot status`'s "last break:" line after a window process was lost.
# $routine: the routine's id; $time: the clock time it ended ("14:05").
status-lost-exited = the { $routine } window exited with { $code } at { $time }; the session was recorded as lost
status-lost-killed = the { $routine } window was killed by signal { $signal } at { $time }; the session was recorded as lost
status-lost-ended = the { $routine } window ended at { $time }; the session was recorded as lost
# $seconds: how long it said nothing, a number (30, 1.5).
status-lost-silent = the { $routine } window stopped answering for { $seconds } s and was ended at { $time }; the session was recorded as lost
# $theirs: the window's pipe version, or "none"; $ours: this app's.
status-lost-other-version = the { $routine } window is from another version of unknot (pipe version { $theirs }, this app speaks { $ours }) and was ended at { $time }; the session was recorded as lost; restart unknot
# $error: the system's reason, in English.
status-lost-unknown = the { $routine } window could not be waited for ({ $error }) at { $time }; the session was recorded as lost
# `unknot status`'s "sync:" line. $n: local records not yet merged.
status-unmerged = older local history ({ $n } { $n ->
    [one] record
   *[other] records
}) is not merged into the sync folder yet: run `unknot sync init`
# The start-up line's config: $path is the config file's path.
status-config-file = config { $path }
status-config-builtin = the built-in default config
# The start-up line's plan: one part per break, joined by "; ".
# $minutes: the active minutes between breaks.
status-plan-every = { $name } every { $minutes } min of activity
status-plan-at = { $name } at { $time }
status-plan-none = no breaks are configured
# Why a request was refused (`unknot snooze`, `unknot break-now`, …), on stderr.
status-refused-nothing-to-snooze = no break is due, so there is nothing to snooze
status-refused-no-snoozes-left = no snoozes are left for this break
status-refused-nothing-to-skip = no break is due, so there is nothing to skip
# $routine: a routine's id.
status-refused-no-break-plays = no configured break uses { $routine }
status-refused-outside-hours = outside working hours no break is offered
# $state: the app's state as `unknot status` names it ("paused", "in-break").
status-refused-not-now = no break can be offered now ({ $state })
# $exercise: an exercise's id.
status-refused-not-left-out = { $exercise } is not left out, so there is nothing to put back
status-refused-nothing-left = every exercise of { $routine } hurt today and rests until tomorrow; nothing of it is left to play today
# $id: the id asked for, in quotes.
status-refused-no-such-routine = no routine { $id }; `unknot routine list` shows them
status-refused-no-break-configured = no break is configured; name a routine
# After a refused `unknot break-now`: $refusal is the refusal above.
status-refused-start-instead = { $refusal }; `unknot start { $routine }` plays it now

# The notification of a due break. $name: the break's name; $minutes: the
# routine's length in whole minutes.
notify-break-title = { $name } — { $minutes } min
# $routine: the routine's title; $exercises: its exercises' titles, joined
# by ", ". The default action (clicking the notification) starts it.
notify-break-body = { $routine }: { $exercises }. Click to start.
# The same with $note: what pain left out (notify-rest-today, notify-left-out).
notify-break-body-note = { $routine }: { $exercises }. { $note } Click to start.
# A routine the config no longer has: $id is its id.
notify-break-body-unknown = Routine { $id }
# What pain left out, in the notification and on the start screen. $names:
# exercise titles joined by ", ".
notify-rest-today = Resting today after pain: { $names }.
notify-left-out = Left out after pain until you put it back: { $names }.
# Both of the above, in that order.
notify-rest-and-left-out = Resting today after pain: { $today }. Left out after pain until you put it back: { $again }.
# The Snooze button, in the notification and the tray: $length is the
# snooze length as the config writes it ("10m"); $left the snoozes left.
notify-snooze = Snooze { $length } ({ $left } left)
# The notification's buttons.
notify-action-start = Start
notify-action-skip = Skip
notify-action-open = Open
notify-action-not-now = Not now
# The shoulder check's notification: its title when the routine is gone.
notify-check-title = Shoulder check
# The first shoulder check: $lines are the check's lines, one per line.
notify-check-first =
    { $lines }
    New: this check comes every so often between breaks. Switch it off or space it out in Preferences › Breaks.
# No tray: on stderr at start, and as a notification.
notify-no-tray-title = unknot has no tray icon
notify-no-tray = No tray host (StatusNotifierWatcher) is running, so unknot has no tray icon. On GNOME, install the AppIndicator extension. Reminders still come as notifications, and `unknot status` answers.
notify-no-tray-reopen = No tray host (StatusNotifierWatcher) is running, so unknot has no tray icon. On GNOME, install the AppIndicator extension. Reminders still come as notifications, and `unknot status` answers. To open unknot's window, open unknot from your applications menu.
# The title of a notification about a config file that does not load.
notify-config-error-title = unknot: config error
# The weekly summary's title.
notify-week-title = unknot — your week

# The tray menu.
tray-start = Start a break now
tray-snooze = Snooze
# The Snooze item when a break is due and every snooze is used.
tray-snooze-none-left = Snooze (none left)
tray-skip = Skip
tray-pause = Pause
tray-pause-30 = 30 minutes
tray-pause-60 = 1 hour
# $time: a clock time ("14:30").
tray-pause-until = Until { $time }
tray-pause-tomorrow = Until tomorrow
tray-resume = Resume
tray-statistics = Statistics
tray-preferences = Preferences…
tray-edit-config = Edit config
tray-quit = Quit


## The command line (cli/)

# `unknot status`, for people: a first line, then one "label: value" line
# each. The labels are padded to one column, so they may differ in length.
# $pid: the app's process id; $status: the status line (status-…).
cli-status-running = unknot is running (pid { $pid }): { $status }
cli-status-label-state = state:
cli-status-label-next-break = next break:
cli-status-label-next-check = next check:
cli-status-label-snoozes-left = snoozes left:
cli-status-label-paused-until = paused until:
cli-status-label-streak = streak:
cli-status-label-hours = hours:
cli-status-label-notification = notification:
cli-status-label-left-out = left out:
cli-status-label-held = held:
cli-status-label-last-break = last break:
cli-status-label-sync = sync:
cli-status-label-degraded = degraded:
cli-status-label-config = config:
cli-status-label-config-error = config error:
# The app's state, after "state:".
cli-status-state-idle = idle
cli-status-state-due = due
cli-status-state-snoozed = snoozed
cli-status-state-paused = paused
cli-status-state-in-break = in-break
# $name: the break's name; $routine: its routine's id; $time: a clock time
# ("14:05", or "Mon 02 Mar 14:05" further off); $when: cli-relative-….
cli-status-next-break = { $name } ({ $routine }) at { $time }, { $when }
cli-status-next-check = shoulder check at { $time }
cli-status-paused-until-resumed = you resume (`unknot resume`)
# $n: days in a row with the daily routine done.
cli-status-streak-done = { $n } { $n ->
    [one] day
   *[other] days
}; today's daily routine done
cli-status-streak-not-done = { $n } { $n ->
    [one] day
   *[other] days
}; today's daily routine not done yet
cli-status-outside-hours = outside working hours
# The notification on screen: $name is its break's name; $actions its
# buttons' names joined by " / ".
cli-status-notification-waiting = { $name }: waiting for { $actions }
cli-status-notification-shown = { $name }: shown
cli-status-notification-not-shown = { $name }: not shown
# An exercise left out after pain: $title is its name, $exercise its id.
cli-status-left-out-today = { $title } — rests for the rest of today after pain
cli-status-left-out-again = { $title } — left out after pain until you put it back (`unknot routine put-back { $exercise }`)
cli-status-config-builtin = built-in default
# How far off a time is: $span is a cli-span-… ("23 min", "1 h 5 min").
cli-relative-now = now
cli-relative-in = in { $span }
cli-relative-ago = { $span } ago
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h
cli-span-hours-minutes = { $hours } h { $minutes } min

# The running app's answers to the commands that steer it (on stdout).
# $routine: a routine's id.
cli-app-break-due = A { $routine } break is due now
cli-app-break-due-no-server = A { $routine } break is due now (no notification server: use the tray or `unknot start`)
cli-app-starting = Starting { $routine }
cli-app-playing = Playing { $routine }
cli-app-snoozed = Snoozed
cli-app-skipped = Skipped
cli-app-paused = Paused
cli-app-resumed = Resumed
cli-app-preferences-opened = Preferences opened
cli-app-window-open = The unknot window is open
cli-app-statistics-opened = Statistics opened
cli-app-check-showing = A shoulder check is showing
cli-app-check-no-server = A shoulder check is on (no notification server: only its sound is heard)
cli-app-quitting = unknot is quitting
# $name: the exercise's title.
cli-app-put-back = { $name } is back in your routines
cli-app-config-reloaded = Config reloaded
# A config that does not load on `unknot reload`: $errors are its errors,
# one per line (config-…).
cli-app-config-kept =
    { $errors }
    unknot keeps the config it had
# Failures talking to the app (on stderr).
cli-not-running = unknot is not running (start it with `unknot`)
# $seconds: how long the command waited.
cli-no-answer = unknot: unknot did not answer within { $seconds } s
cli-closed = unknot: unknot closed the connection without answering
cli-status-not-answer = unknot: the app answered with its status, not with what was asked
# $error: the system's reason, in English.
cli-cannot-print-status = unknot: cannot print the status: { $error }
# `unknot pause --until`: a time that does not parse.
cli-expected-time = expected a time of day like 13:30 (00:00 to 23:59)
# `unknot --background` with a command.
cli-background-with-command = unknot: --background is for starting the app, without a command


# `unknot check-config`. $label: the file checked ("config.json"), or
# "built-in default"; $summary: config-summary….
cli-check-ok = { $label }: OK — { $summary }
# The built-in default, with $path where a config file would be.
cli-check-ok-builtin = { $label } (no config file at { $path }): OK — { $summary }
# After the errors, one per line: how many there were.
cli-check-count = { $n } { $n ->
    [one] error
   *[other] errors
}

# `unknot autostart`. $path: the autostart entry's path; $exe: the program it starts.
cli-autostart-removed = Removed { $path }: unknot no longer starts at login
cli-autostart-was-not = Autostart was not enabled ({ $path } does not exist)
cli-autostart-wrote = Wrote { $path }: unknot starts at login ({ $exe })
cli-autostart-build-folder = unknot: note: { $exe } looks like a build folder; run `cargo xtask install` and enable autostart from the installed binary so the entry survives a `cargo clean`

# `unknot sync init`. $n: records copied; $local: the local history file;
# $folder: the sync folder; $kept: the name the local file is kept under.
cli-sync-merged = Merged { $n } { $n ->
    [one] record
   *[other] records
} of { $local } into { $folder } (records already there were left alone); the local file is kept as { $kept }.
cli-sync-nothing = Nothing to merge: this machine's history is already in { $folder }.

# `unknot routine show upper-trap`: why the daily routine plays at its level.
cli-level-off = progression is off
cli-level-held = held by upper_trap.progression
cli-level-top = the top level
# $done: routines completed at this level; $needed: how many step up; $level: the next level.
cli-level-toward = { $done } of { $needed } completed routines toward level { $level }
# $error: why the history could not be read.
cli-level-no-history = unknot: { $error }; showing the first level
# $error: the system's reason, in English.
cli-json-timeline-failed = unknot: could not write the timeline as JSON: { $error }
cli-json-stats-failed = unknot: could not write the stats as JSON: { $error }

## Config errors (config/)

# Config errors: `unknot check-config`, `unknot status` and the notification
# of a config that does not load. Each follows "file:line:column: key.path: ".
# Keys, JSON values and examples ($example, quoted values) are the config's
# own and stay as they are.
#
# The most common shape: $what is one of the config-what-… below; $found the
# value found, as JSON ("5m", 12, true), or config-found-….
config-expected = expected { $what }, found { $found }
config-found-empty-array = an empty array
config-found-array = an array
config-found-object = an object
# $key: the key as written, in quotes.
config-duplicate-key = duplicate key { $key }: each key may appear only once
# $suggestion: the known key nearest to it.
config-unknown-key-suggest = unknown key { $key }, did you mean "{ $suggestion }"?
# $known: every key allowed there, quoted, joined by ", ".
config-unknown-key = unknown key { $key }; expected one of { $known }
# $key: the key (as JSON spells it); $what: what it holds (config-key-…).
config-missing-key = missing key "{ $key }" ({ $what })
# A list of the wrong length. $noun: what it lists (config-noun-…); $n: how
# many were found.
config-expected-at-most = expected at most { $max } { $noun }, found { $n }
config-expected-between = expected { $min } to { $max } { $noun }, found { $n }
config-noun-time-ranges = time ranges
config-noun-breaks = breaks
config-noun-routines = routines
config-noun-exercises = exercises
config-noun-instruction-lines = instruction lines
config-noun-phases = phases
# $names: the allowed values, quoted, joined by ", ".
config-expected-one-of = expected one of { $names }, found { $found }
config-expected-one-of-suggest = expected one of { $names }, found { $found } (did you mean "{ $suggestion }"?)
config-what-boolean = true or false
config-what-whole-number = a whole number from { $min } to { $max }
# $min, $max: durations as the config writes them ("10m", "1h").
config-what-duration-range = a duration from { $min } to { $max }
config-what-duration-like = a duration like "{ $example }"
config-what-time = a time of day "HH:MM" from 00:00 to 23:59, like "15:00"
config-what-text = text in quotes
config-what-non-empty-text = non-empty text
config-text-too-long = expected text of at most { $max } characters, found { $chars } characters
config-what-one-line = one line of text without control characters
config-what-id = an id of 1 to { $max } lowercase letters, digits and dashes, like "my-neck"
config-what-root = an object holding the config keys, like { $example }
config-what-version = { $version } (the only config version there is)
# An object of settings; $example shows its keys.
config-what-object-like = an object like { $example }
config-what-text-scale = "auto" or a scale from { $min } to { $max }, like 1.25
config-what-weekdays = an object of weekdays like { $example }
config-what-time-ranges = an array of time ranges like { $example }
config-what-time-range = a time range like { $example }
config-what-time-range-order = a time range that ends after it starts
# $range: the earlier range it overlaps ("09:00-12:30").
config-overlap = expected time ranges that do not overlap, found { $found } overlapping "{ $range }"
config-what-breaks = an array of breaks
config-what-break = a break like { $example }
config-key-break-name = the name shown in notifications
# $other: the key path of the break that has it too ("breaks[0]").
config-break-name-taken = expected a name no other break has, found { $found } (also { $other })
config-key-break-routine = the id of the routine to run
config-every-or-at-both = expected exactly one of "every" (an active-time interval) or "at" (a time of day), found both
config-every-or-at-neither = expected exactly one of "every" (an active-time interval) or "at" (a time of day), found neither
config-break-time-taken = expected a time no other break uses, found { $found } (also { $other })
config-second-daily = expected at most one daily break, found a second one ({ $other } is daily)
# $routine: the routine's id; $needs: what it needs beyond a chair ("a ball, a wall").
config-start-screen-needed = expected true: only a routine that needs nothing beyond a chair may skip the start screen, and { $routine } needs { $needs }
config-unknown-routine-suggest = expected the id of a built-in or user routine, found { $found } (did you mean "{ $suggestion }"?)
# $known: every routine id, quoted, joined by ", ".
config-unknown-routine = expected the id of a built-in or user routine, found { $found } (known: { $known })
config-what-routine-id = the id of a built-in or user routine, like "desk-reset"
config-what-folder = a folder as an absolute path or one under your home ("~/Sync/unknot")
config-what-monitor = "pointer" or a monitor's name as `xrandr --listmonitors` gives it ("HDMI-1")
config-what-progression = "auto", "off", or a level to hold: 1, 2 or 3
config-what-routines = an array of routines
config-what-routine = a routine object with "id", "title", "safety" and "exercises"
config-key-routine-id = the routine's id, like "my-neck"
config-id-builtin = expected an id that no built-in routine uses, found { $found }
config-routine-id-taken = expected an id no other routine has, found { $found } (also { $other })
config-key-routine-title = the routine's title
config-key-safety = one line on how hard to press and when to stop
config-what-exercises = an array of exercises
# $max, $length: durations as the config writes them ("15m", "16m30s").
config-routine-too-long = expected a routine that takes at most { $max }, found one that takes { $length }
config-what-exercise = an exercise object
config-key-exercise-id = the exercise's id, like "neck-stretch"
config-exercise-id-taken = expected an id no other exercise in this routine has, found { $found } (also { $other })
config-key-exercise-title = the exercise's title
config-key-purpose = why it is done
config-key-position = where the body is
config-key-equipment = what is needed
config-key-instructions = an array of short lines
config-key-sides = "none" or "both"
config-key-sets = how many sets
config-key-reps = how many reps per set
config-key-phases = the steps of one rep
config-what-instructions = an array of short lines like { $example }
config-what-phases = an array of phases like { $example }
config-what-phase = a phase like { $example }
config-key-phase = what the body does
config-key-phase-for = how long, like "30s"
config-key-inhale = how long to breathe in
config-key-exhale = how long to breathe out
# $inhale: the inhale's length ("4s").
config-what-exhale = an exhale longer than the inhale ({ $inhale }; the slow exhale is the point)
# Whole-file problems. $bytes: the limit in bytes.
config-too-large = the file is larger than 1 MiB ({ $bytes } bytes), the most unknot reads
config-not-utf8 = invalid UTF-8: a config file must be UTF-8 text
# $error: the JSON parser's own words, in English.
config-invalid-json = invalid JSON: { $error }
config-no-value = invalid JSON: the file holds no value
# Loading. $path: the config file's path; $error: the system's reason.
config-not-found = { $path }: no such config file
config-cannot-read = { $path }: cannot read the config file: { $error }
config-file-too-large = { $path }: the config file is larger than 1 MiB ({ $bytes } bytes), the most unknot reads
# A duration on the command line (`unknot snooze 10m`).
config-duration-format = expected a duration like "50m", "90s" or "1h30m"
config-duration-zero = expected a duration longer than 0
# `unknot check-config`'s summary of a config that loads. $days: working
# days; $breaks: breaks; $list: each break (config-summary-…), joined by
# "; "; $routines: the user's own routines.
config-summary = { $days } working { $days ->
    [one] day
   *[other] days
}, { $breaks } { $breaks ->
    [one] break
   *[other] breaks
}, { $routines } user { $routines ->
    [one] routine
   *[other] routines
}
config-summary-list = { $days } working { $days ->
    [one] day
   *[other] days
}, { $breaks } { $breaks ->
    [one] break
   *[other] breaks
} ({ $list }), { $routines } user { $routines ->
    [one] routine
   *[other] routines
}
# $every: the interval as the config writes it ("50m"); $time: "15:00".
config-summary-every = { $name } every { $every }
config-summary-every-daily = { $name } every { $every }, daily
config-summary-at = { $name } at { $time }
config-summary-at-daily = { $name } at { $time }, daily
