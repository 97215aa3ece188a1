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


## The command line (cli/)


## Config errors (config/)

