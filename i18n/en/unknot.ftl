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


## Config errors (config/)

