### unknot's words in English: the source every other catalogue translates.
### Tone: short, calm, second person, exact about body positions.
### Terms: the upper-trap article (shared/seed) and docs/routines.md.


## Units and numbers (i18n)

# A length of time in whole minutes.
duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
# The mark between a number's whole part and its decimals ("1.5"): every
# number with decimals is written with it. Not shown alone.
number-decimal-mark = .

## The routines: titles, set-up, cues and what is spoken (routine/)

# The routines' names, in the start screen, Home, the tray and `unknot
# routine list`.
routine-upper-trap-title = Upper-trap daily routine
routine-desk-reset-title = Desk reset
# The twenty-second reminder between breaks; also its one exercise's name.
routine-shoulder-check-title = Shoulder check

# The start screen's card: who should skip the routine, when to stop, and
# when to get help now. One line of at most 400 characters; the last
# sentence is the urgent one and must stay last.
routine-safety-card = Skip it after a recent neck or shoulder injury or surgery, or if an arm already tingles, is numb or weak. Stop at once for sharp or spreading pain; tingling, numbness or a weak hand; dizziness or faintness; blurred or double vision, unsteadiness or nausea; a new, sudden or worsening headache. Get help now for trouble speaking or swallowing, chest pain, or breathlessness.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
say-safety = Stop for sharp or spreading pain, tingling, numbness, or weakness in a hand. Stop if you feel light-headed or faint, for vision changes, or a sudden or worsening headache.

# Shown on the ball's get-ready screen and in the welcome: who should leave
# the ball out.
routine-ball-caution-who = Leave the ball out after a recent injury or surgery there; with blood thinners, a bleeding disorder or easy bruising; with osteoporosis; with a pacemaker or port under the collarbone; or on broken or irritated skin or a recent injection.
# Shown after routine-ball-caution-who: where the ball never goes.
routine-ball-caution-never = Never above the collarbone, never on the front or side of the neck, never on bone.

# The exercises. Each has a title, up to four lines shown in the window
# (-show-N, at most 120 characters each, heard too), and the lines the
# voice says. "Left"/"right" are always the user's own left and right.

# The shoulder check (sitting). Shown lines:
routine-check-title = Shoulder check
say-check-show-1 = Let both shoulders drop, as heavy as they like.
say-check-show-2 = Draw the shoulder blades down and a little back.
say-check-show-3 = Two slow breaths, letting the second one out longer than the first.
say-check-show-4 = Rest your eyes on something far away.
# Heard at its start.
say-check-setup = Shoulder check. Let both shoulders drop.
# Heard just before the two breaths, and after them; the eyes come last.
say-check-form = Blades down and a little back. Eyes on something far away.
# The first of two breaths out (the second is say-breathe-out): shorter.
say-check-exhale = Breathe out.

# The neck side stretch (sitting, ear tipped toward one shoulder).
routine-stretch-title = Neck side stretch
say-stretch-show-1 = Sit tall, hands resting in your lap. Tip one ear toward its shoulder, face still looking ahead.
say-stretch-show-2 = Breathe in softly, then out slowly, and let the pull ease a little with each breath out.
say-stretch-show-3 = Bring your head slowly back to the middle.
say-stretch-setup = Neck side stretch. Sit up tall, face ahead, hands in your lap.
# Heard as the first side begins.
say-stretch-side-left = Tip your left ear toward your left shoulder.
# Heard as the second side begins, after say-switch-sides.
say-stretch-side-right = Now tip your right ear toward your right shoulder.
# The side as the window names it, a few words.
say-stretch-label-left = Ear to left shoulder
say-stretch-label-right = Ear to right shoulder
say-stretch-form = Let both shoulders hang low and heavy. A mild pull is plenty.
# Heard while the head tips to the left: the right shoulder is the one that
# stays down (named, since "the other shoulder" is ambiguous by ear).
say-stretch-form-left = Let your right shoulder hang low and heavy. A mild pull, three or four out of ten, is plenty.
# Heard while the head tips to the right: the left shoulder stays down.
say-stretch-form-right = Let your left shoulder hang low and heavy. A mild pull, three or four out of ten, is plenty.
# The first breath out of each side, in place of say-breathe-out.
say-stretch-exhale = Breathe out slowly, and let the stretch soften a little.
say-stretch-ease = Slowly bring your head back to the middle.

# The ball press (standing, back to a wall, a ball between the wall and the
# back of the shoulder; still pressure, never rolled).
routine-ball-title = Ball pressure on the knot
say-ball-show-1 = Back to a wall, knees soft. The ball sits on the back of the shoulder ridge, between neck and shoulder tip.
say-ball-show-2 = Lean back until it feels tender: 6 of 10 at most, easing as you hold. Keep still, don't roll the ball.
say-ball-show-3 = Ease off the wall and let the shoulder rest.
say-ball-setup = Ball release. Stand with your back to a wall, ball in hand, knees slightly bent.
say-ball-side-left = Place the ball on the back of your left shoulder, between neck and shoulder tip.
# Heard after say-switch-sides.
say-ball-side-right = Now the right side: the ball goes on the back of your right shoulder, between neck and shoulder tip.
say-ball-label-left = Ball behind left shoulder
say-ball-label-right = Ball behind right shoulder
# Heard in the get-ready, after the side's line.
say-ball-find = Bend your knees to roll the ball onto the muscle, never the neck or bone, and find the most tender spot.
# Heard as the press begins.
say-ball-effort = Lean back into the ball until it feels tender, six out of ten at most.
say-ball-scale = Six out of ten is tender, yet you can breathe slowly and stay loose. The tenderness should fade as you keep still.
say-ball-form = Keep still on that one spot. Don't roll the ball.
say-ball-tingle = If your arm tingles or feels numb, move away from the wall at once. If it lasts more than a minute, skip the ball for today.
# Heard halfway through the minute-long press.
say-ball-midway = Breathe slowly, and let your shoulder and jaw go soft.
say-ball-ease = Come off the wall, and let your shoulder rest.

# The prone Y-raise (lying face down, forehead on a folded towel, arms
# overhead in a Y).
routine-y-raise-title = Prone Y-raise
say-y-raise-show-1 = Face down, forehead on a folded towel, arms overhead at ten and two o'clock, thumbs up.
say-y-raise-show-2 = Set your shoulder blades down and back, then lift the arms a few centimetres. Chest and head stay down.
say-y-raise-show-3 = Lower the arms slowly and let them rest on the floor.
say-y-raise-setup = Y raise. Bring your folded towel to the floor, and lie face down with your forehead on it.
say-y-raise-arms = Arms overhead at ten and two o'clock, thumbs up.
say-y-raise-head = Head down, looking at the towel. Breathe out as you raise your arms.
# Heard in the get-ready of both Y exercises.
say-y-stop-at-shrug = If your shoulders creep up, stop the set there.
# Heard before each set.
say-y-raise-form = Shoulders down and away from your ears. Chest and head stay down.
# Heard as the first lift of each set begins.
say-y-raise-effort = Lift, only a little.

# The wall Y lift (standing, facing a wall, hands high on it in a Y),
# for those who can't lie face down.
routine-wall-lift-title = Wall Y lift
say-wall-lift-show-1 = Face a wall, a small step away. Hands high on the wall in a wide Y, thumbs pointing back at you.
say-wall-lift-show-2 = Set your shoulder blades down and back, then lift both hands just off the wall. Ribs stay in.
say-wall-lift-show-3 = Put your hands back on the wall slowly and let the arms rest.
say-wall-lift-setup = Wall Y lift. Stand facing the wall, a small step away from it.
say-wall-lift-hands = Hands high on the wall at ten and two o'clock, thumbs pointing back at you.
say-wall-lift-head = Keep your head level. Breathe out as your hands come off the wall.
say-wall-lift-form = Shoulders down and back first. Ribs stay in; don't arch your back.
say-wall-lift-effort = Lift off the wall.
# Heard as the first rep goes back to the wall.
say-wall-lift-ease = Back to the wall, slowly.
# Heard as every later rep goes back to the wall (short: 3 seconds).
say-wall-lift-ease-word = Back to the wall.

# The shoulder-blade depression hold (sitting; blades drawn down, held for
# a count of ten, repeated).
routine-blade-hold-title = Shoulder-blade depression hold
say-blade-hold-show-1 = Sit tall with your arms loose at your sides.
say-blade-hold-show-2 = Slide your shoulder blades down and back, away from your ears. Hold, and keep breathing.
say-blade-hold-show-3 = Let your shoulders relax completely before the next one.
say-blade-hold-setup = Shoulder blade hold. Sit up tall, arms loose at your sides.
say-blade-hold-form = Blades down and back, away from your ears. Keep breathing.
# Heard just before each count of ten begins (short).
say-blade-hold-before = Blades down.
# Heard as each hold is let go (4 seconds, with the rep's number after).
say-blade-hold-ease = Relax.

# What every routine hears (a user's routine hears only these).

# Heard at the first exercise's start of a routine without its own set-up.
say-get-ready = Get ready.
# Heard at a later exercise's start of a routine without its own set-up.
say-next-exercise = Next exercise.
# Heard as a side begins, in routines without their own side lines.
say-side-left = Left side.
say-side-right = Right side.
# Heard when the sides change.
say-switch-sides = Time to switch sides.
# The first breaths of a paced hold.
say-breathe-in = Breathe in slowly.
say-breathe-out = Breathe out slowly.
# The words said as a phase begins, where they fit (a phase may last 1 to
# 3 seconds). "Hold it there", not "Hold": the short word was misheard.
say-phase-hold = Hold it there.
say-phase-press = Press.
say-phase-raise = Lift up.
say-phase-lower = Lower down slowly.
say-phase-release = Release.
# Also heard as a rest between sets begins, where it has no length said.
say-phase-rest = Rest.
# Before the last rep of a set that starts with a hold, a press or a lift:
# one sentence, the movement's word in it.
say-last-one-hold = Last one, hold it there.
say-last-one-press = Last one, press.
say-last-one-raise = Last one, lift up.
# Before the last counted hold of a set.
say-last-one = Last one.
# With the closing chime.
say-done = Great work. You are done.

# The large word in the session window for what is happening now (one or
# two words).
say-step-hold = Hold
say-step-press = Press
say-step-raise = Raise
say-step-lower = Lower
say-step-release = Release
# Both a rest within a rep and the rest between sets.
say-step-rest = Rest
say-step-breathe-in = Breathe in
say-step-breathe-out = Breathe out
say-step-get-ready = Get ready
say-step-switch-sides = Switch sides

# Said and shown after "Stop — it hurt", in place of the closing line.
say-pain-stop = Stopping here. Leave this exercise out for today, and rest that area. Gentle everyday movement is fine.
# Said and shown after say-pain-stop.
say-pain-stop-checked = If the pain is severe, or has not settled in about half an hour, have it checked.
# Said after say-pain-stop-checked when the same exercise already hurt in
# the last fourteen days.
say-pain-again = You stopped this exercise for pain twice in two weeks, so it stays out until you put it back. Pain that keeps coming back is worth showing to a physiotherapist or doctor.
# Said at the start of a user's first sessions; names the keys Space, H and
# Escape.
say-keys = Press space to pause, H if it hurts, and escape to end.
# The check-in before the routine: the question and the scale's two ends.
say-checkin-before = Before you start: how tense or sore is that spot right now? Zero means not at all, ten means as bad as it gets.
# The check-in on the end screen.
say-checkin-after = And now: how tense or sore is that spot? Zero means not at all, ten means as bad as it gets.

# The number $n as a word, capitalised as a count is said on its own
# ("Seven"): 1 to 20 and the tens to 90 (other numbers have no word).
say-number = { $n ->
    [1] One
    [2] Two
    [3] Three
    [4] Four
    [5] Five
    [6] Six
    [7] Seven
    [8] Eight
    [9] Nine
    [10] Ten
    [11] Eleven
    [12] Twelve
    [13] Thirteen
    [14] Fourteen
    [15] Fifteen
    [16] Sixteen
    [17] Seventeen
    [18] Eighteen
    [19] Nineteen
    [20] Twenty
    [30] Thirty
    [40] Forty
    [50] Fifty
    [60] Sixty
    [70] Seventy
    [80] Eighty
    [90] Ninety
   *[other] { $n }
}

# Heard once a second during a counted hold of 5 to 12 seconds (one
# second each, so keep it one short word): $n is 1 to 20 or the tens to 90.
say-count = { $n ->
    [1] One.
    [2] Two.
    [3] Three.
    [4] Four.
    [5] Five.
    [6] Six.
    [7] Seven.
    [8] Eight.
    [9] Nine.
    [10] Ten.
    [11] Eleven.
    [12] Twelve.
    [13] Thirteen.
    [14] Fourteen.
    [15] Fifteen.
    [16] Sixteen.
    [17] Seventeen.
    [18] Eighteen.
    [19] Nineteen.
    [20] Twenty.
    [30] Thirty.
    [40] Forty.
    [50] Fifty.
    [60] Sixty.
    [70] Seventy.
    [80] Eighty.
    [90] Ninety.
   *[other] { $n }.
}

# Heard as a rep is lowered, after the movement word: the rep just done
# ($n, 1 to 20).
say-rep-done = { $n ->
    [1] That's one.
    [2] That's two.
    [3] That's three.
    [4] That's four.
    [5] That's five.
    [6] That's six.
    [7] That's seven.
    [8] That's eight.
    [9] That's nine.
    [10] That's ten.
    [11] That's eleven.
    [12] That's twelve.
    [13] That's thirteen.
    [14] That's fourteen.
    [15] That's fifteen.
    [16] That's sixteen.
    [17] That's seventeen.
    [18] That's eighteen.
    [19] That's nineteen.
    [20] That's twenty.
    [30] That's thirty.
    [40] That's forty.
    [50] That's fifty.
    [60] That's sixty.
    [70] That's seventy.
    [80] That's eighty.
    [90] That's ninety.
   *[other] That's { $n }.
}

# Heard before a set starts, in the get-ready and near the end of the
# rest between sets: set $n of $of sets.
say-set-of = Set { $n ->
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
        [11] eleven
        [12] twelve
        [13] thirteen
        [14] fourteen
        [15] fifteen
        [16] sixteen
        [17] seventeen
        [18] eighteen
        [19] nineteen
        [20] twenty
        [30] thirty
        [40] forty
        [50] fifty
        [60] sixty
        [70] seventy
        [80] eighty
        [90] ninety
       *[other] { $n }
    } of { $of ->
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
        [11] eleven
        [12] twelve
        [13] thirteen
        [14] fourteen
        [15] fifteen
        [16] sixteen
        [17] seventeen
        [18] eighteen
        [19] nineteen
        [20] twenty
        [30] thirty
        [40] forty
        [50] fifty
        [60] sixty
        [70] seventy
        [80] eighty
        [90] ninety
       *[other] { $of }
    }.

# Heard as the rest between two sets begins: $s is the rest in whole
# seconds (15 or 30 in the built-ins).
say-rest-for = { $s ->
    [1] Rest for one second.
    [2] Rest for two seconds.
    [3] Rest for three seconds.
    [4] Rest for four seconds.
    [5] Rest for five seconds.
    [6] Rest for six seconds.
    [7] Rest for seven seconds.
    [8] Rest for eight seconds.
    [9] Rest for nine seconds.
    [10] Rest for ten seconds.
    [11] Rest for eleven seconds.
    [12] Rest for twelve seconds.
    [13] Rest for thirteen seconds.
    [14] Rest for fourteen seconds.
    [15] Rest for fifteen seconds.
    [16] Rest for sixteen seconds.
    [17] Rest for seventeen seconds.
    [18] Rest for eighteen seconds.
    [19] Rest for nineteen seconds.
    [20] Rest for twenty seconds.
    [30] Rest for thirty seconds.
    [40] Rest for forty seconds.
    [50] Rest for fifty seconds.
    [60] Rest for sixty seconds.
    [70] Rest for seventy seconds.
    [80] Rest for eighty seconds.
    [90] Rest for ninety seconds.
   *[other] Rest for { $s } seconds.
}

# Said back when a check-in rating is picked, 0 to 10 ($n).
say-rating = { $n ->
    [0] Zero.
    [1] One.
    [2] Two.
    [3] Three.
    [4] Four.
    [5] Five.
    [6] Six.
    [7] Seven.
    [8] Eight.
    [9] Nine.
   *[10] Ten.
}

# What each movement is for, in `unknot routine show` (lower case).
routine-purpose-stretch = stretch
routine-purpose-release = release
routine-purpose-strengthen = strengthen
routine-purpose-retrain = retrain

# What a routine needs at hand, as listed after "Needs:" (start screen,
# `unknot routine show`, config notes).
routine-need-ball = a ball
routine-need-towel = a folded towel
routine-need-chair = a chair
routine-need-wall = a wall
routine-need-floor = floor space
# The same in one word, for the one-line `unknot routine list`.
routine-need-ball-short = ball
routine-need-towel-short = towel
routine-need-chair-short = chair
routine-need-wall-short = wall
routine-need-floor-short = floor
# In place of the needs when a routine needs nothing.
routine-needs-nothing = nothing

# `unknot routine show` (80 columns, wrapped): the heading, $title ($id,
# never translated).
routine-show-heading = { $title } ({ $id })
# The daily routine's level and why ($why: a sentence from the history).
routine-show-level = Level { $level } of { $top }: { $why }
# $needs: the needs above, joined by commas.
routine-show-needs = Needs: { $needs }
routine-show-safety = Safety: { $safety }
# An exercise's heading: its number in the routine, title, purpose (above)
# and length (m:ss).
routine-show-exercise = { $number }. { $title } ({ $purpose }), { $length }
# Where an exercise is done, with or without a ball in hand.
routine-show-place-chair = { $ball ->
    [yes] In a chair with a ball
   *[no] In a chair
}
routine-show-place-standing = { $ball ->
    [yes] Standing with a ball
   *[no] Standing
}
routine-show-place-wall = { $ball ->
    [yes] Against a wall with a ball
   *[no] Against a wall
}
routine-show-place-floor = { $ball ->
    [yes] On the floor with a ball
   *[no] On the floor
}
# After the place, separated by "; ": the ball works the knot's side only.
routine-show-left-only = left side only (the knot's side)
routine-show-right-only = right side only (the knot's side)
# After the place, separated by "; ": both sides, and $switch (like "5 s")
# to change from one to the other.
routine-show-each-side = each side, left first
routine-show-each-side-switch = each side, left first, { $switch } to switch
# Sets and reps, then, separated by ", ", the rest between sets ($rest,
# like "30 s") and whether it is per side.
routine-show-sets-reps = { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
} × { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}
routine-show-rest-between-sets = { $rest } rest between sets
routine-show-per-side = per side
# One rep's pattern: its length, then the phases ($pattern: routine-show-phase
# items joined by ", ").
routine-show-rep = Each rep ({ $length }): { $pattern }
# A phase of a rep: its word (say-step-*) and length, as "Hold 2 s".
routine-show-phase = { $phase } { $length }
routine-show-breathing = Breathing while holding: in { $inhale }, out { $exhale }
routine-show-total = Total: { $total } (each exercise starts with { $ready } to get ready, { $move } when you change position)
# What the voice says, for a built-in routine that speaks no stop signs.
routine-show-voice-quiet = Voice: everything is spoken: the set-up, one form cue per side or set, breaths, sets, rep numbers and counts (the stop signs are shown only).
routine-show-voice-all = Voice: everything is spoken: the stop signs, the set-up, the sides, one form cue per side or set, breaths, sets, rep numbers and counts.
# For a user's routine: only the built-in words are spoken.
routine-show-voice-own = Voice: your own lines are shown, not spoken (unknot speaks only the clips it ships); you hear the sides, sets, rep numbers, counts, the first breaths and the tones.
# A length in seconds, $n whole or with decimals ("2 s", "1.5 s").
routine-seconds = { $n } s
# `unknot routine show ID` with an unknown ID: $known, the ids joined by ", ".
routine-unknown = unknot: no routine "{ $id }"; known routines: { $known }
# After routine-unknown, on its own line, when an id is close.
routine-did-you-mean = unknot: did you mean "{ $id }"?


## The session window, check-in and end (ui/player, ui/view)

# The names of the weekdays and months, and the clock, wherever a window
# shows a date or a time ($day: mon, tue, wed, thu, fri, sat, sun;
# $month: 1 to 12).
date-weekday = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
# Three letters or so, under a day's hours in Preferences (its screen-reader name).
date-weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}
# One letter under each day's bar of the Statistics window (about 12 px wide).
date-weekday-initial = { $day ->
    [mon] M
    [tue] T
    [wed] W
    [thu] T
    [fri] F
    [sat] S
   *[sun] S
}
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# Under the Statistics window's charts, at 11–12 px: keep to about 3 letters.
date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# A day and its month under the Statistics window's charts ("28 Feb";
# $month is date-month-short).
date-day-month-short = { $day } { $month }
# A date a screen reader reads ("Saturday 28 February"; $weekday is
# date-weekday, $month date-month).
date-long = { $weekday } { $day } { $month }
# A day and month without weekday, read by a screen reader ("22 December").
date-day-month = { $day } { $month }
# The clock this language reads: "24h" or "12h" (not shown: it picks
# date-time-24 or date-time-12).
date-clock = 24h
# A time on the 24-hour clock ($hour "09", $minute "05").
date-time-24 = { $hour }:{ $minute }
# A time on the 12-hour clock ($hour "9", $minute "05", $period am or pm).
date-time-12 = { $hour }:{ $minute } { $period ->
    [am] AM
   *[pm] PM
}
# A weekday, day and month in `unknot status` ("Mon 07 Dec"; $weekday is
# date-weekday-short, $day the day of the month (a number), $month
# date-month-short).
date-weekday-day-month = { $weekday } { NUMBER($day, minimumIntegerDigits: 2) } { $month }
# A date and a time as a value on their own, in `unknot status` ("Mon 07
# Dec 14:30"; $date is date-weekday-day-month, $time date-time-24 or
# date-time-12).
date-and-time = { $date } { $time }
# A weekday and the date in numbers, in the `unknot schedule` table ("Mon
# 2026-03-02"): keep every day the same width ($weekday is
# date-weekday-short; $year, $month and $day are numbers).
date-weekday-numeric = { $weekday } { $year }-{ NUMBER($month, minimumIntegerDigits: 2) }-{ NUMBER($day, minimumIntegerDigits: 2) }
# "lower" if a name such as a break's ("Desk break") or a side's ("Ear to
# left shoulder") starts lower-case in the middle of a sentence ("Your desk
# break is due now", "Next: ear to right shoulder"); "keep" if it keeps its
# capital (German nouns). Not shown.
session-names-mid-sentence = lower

# A length of time on the start and end screens ("10 min"); short.
session-minutes-short = { $n } min
# A length of less than a minute, where session-minutes-short would say "0 min".
session-under-a-minute = under a minute

# -- The start screen (600 × 360 window; text left of a 170 px figure) --

# Above the routine's title, when nothing was left out for pain (about 380 px at 15 px).
session-start-greeting = Time for a break
# Under the title: $length is session-minutes-short or session-under-a-minute,
# $exercises how many exercises (about 380 px at 18 px).
session-start-meta = { $length } · { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
}
# As session-start-meta, with the daily routine's level ($level is
# session-level…).
session-start-meta-level = { $length } · { $exercises ->
    [one] { $exercises } exercise
   *[other] { $exercises } exercises
} · { $level }
# The daily routine's level and what its strength work asks ("Level 2 · 3 sets of 8").
session-level-sets = Level { $level } · { $sets } sets of { $reps }
session-level-reps = Level { $level } · { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}
session-level = Level { $level }
# Under the title: the routine needs no equipment (about 380 px at 16 px).
session-needs-nothing = Needs nothing but you
# Under the title: $things lists what the routine needs, comma-separated
# ("a tennis ball, a wall").
session-needs = Needs { $things }
# The words that start the urgent sentence of a routine's safety text,
# exactly as the routine's safety text (routine-…) says them in this
# language: that sentence is drawn in the warning colour. Not shown itself.
session-urgent-starts = Get help now
# The start screen's buttons: 200 px and 128 px wide at 17 px.
session-start = Start
session-not-now = Not now
# The keys at the bottom of the start screen (about 550 px at 13 px).
session-start-keys = Space to start · Esc to close

# -- Playing and paused --

# Top right, beside the exercise's title, while the voice is muted (about 70 px).
session-muted = Muted
# Under the progress bar, left ($n is 1-based).
session-exercise-of = Exercise { $n } of { $total }
# Under the progress bar, right: the next exercise's title.
session-next-exercise = Next: { $title }
session-last-exercise = Last exercise
# Under the large phase word (about 200 px at 18 px): the rep and the set.
session-rep-set = Rep { $rep } of { $reps } · Set { $set } of { $sets }
session-rep = Rep { $rep } of { $reps }
# Resting between sets: the set just finished.
session-set-done = Set { $set } of { $sets } done
# A two-sided exercise's sides when it has no words of its own (about 200 px, bold).
session-left-side = Left side
session-right-side = Right side
# Before the first side ($side: the side's words, e.g. "ear to left shoulder").
session-side-first = First: { $side }
# Switching sides ($side: the next side's words).
session-side-next = Next: { $side }
# Shown (not spoken) while resting between sets, in place of the
# exercise's instruction: two lines of about 550 px at 16 px.
session-rest-between-sets = Let your arms and shoulders go loose. The next set starts after the count.
# Heading of the card that says who should leave an exercise out, while
# getting ready ($seconds counts down; about 320 px at 15 px, bold).
session-caution-heading = Get ready · { $seconds }
# As session-caution-heading, with the side to start on ($side).
session-caution-heading-side = Get ready · { $seconds } · { $side }
# Over the dimmed exercise while paused (46 px, bold; about 550 px).
session-paused = Paused
session-paused-keys = Space to resume
# The buttons under the exercise: 96 px wide at 17 px (shrinks to 11 px).
session-pause = Pause
session-resume = Resume
session-next = Next
session-mute = Mute
session-unmute = Unmute
session-stop = Stop
# The stop-for-pain button: 136 px wide.
session-stop-hurt = Stop — it hurt
# The key under a button, at 11 px, as wide as its button (96 px).
session-key-space = Space
session-key-right = Right arrow
session-key-esc = Esc

# -- The check-in (0 to 10) --

# Above the check-in before a routine (about 550 px at 15 px).
checkin-before-you-start = Before you start
checkin-title = Check in on the knot
checkin-question-before = How tense or sore is it right now?
# Asked on the end screen, after the routine.
checkin-question-after = How tense or sore is the knot now?
# The scale's ends, under 0 (left) and 10 (right), about 270 px each at 13 px.
checkin-scale-low = 0  not at all
checkin-scale-high = as bad as it gets  10
# The keys under the scale (about 550 px at 13 px). The digits are the
# digit keys wherever the layout puts them.
checkin-keys = Keys 0 to 9, or the arrow keys then Enter (for 10 too) · Esc skips
# Buttons, 128 px wide.
checkin-skip = Skip
session-close = Close

# -- The end screen --

# The end screen's title (34 px, bold, about 550 px).
session-end-hurt = Stopped — it hurt
session-end-done = Well done
session-end-over = Break over
# What was done ($length: session-minutes-short).
session-end-summary = { $done } of { $total } exercises · { $length }
# As session-end-summary, with the check-ins before and after (0 to 10).
session-end-summary-knot = { $done } of { $total } exercises · { $length } · knot { $before } → { $after }
session-end-today-done = Today's routine is done
session-end-today-to-do = Today's routine is still to do
# $days is stats-days.
session-end-streak = Current streak: { $days }


## Home, Statistics and weeks (ui/home, ui/stats)

# A number of days, in streaks on the end screen, home and Statistics.
stats-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
# A rating from 0 to 10 with a half ("5.5"): the median of check-ins.
stats-rating-decimal = { $whole }.{ $tenths }

# -- The home window (600 × 360; lines of about 536 px) --

# When, today ($time is date-time-24 or date-time-12).
home-when-today = { $time }
# When, another day this week ($weekday is date-weekday).
home-when-day = { $weekday } { $time }
# The large line (19 px): $when is home-when-…; $name a break's name, as
# session-names-mid-sentence says ("desk break").
home-paused-until = Breaks are paused until { $when }
home-paused = Breaks are paused until you resume them
home-break-on = Your { $name } is on now
home-a-break-on = Your break is on now
home-break-due = Your { $name } is due now
home-break-snoozed = Your { $name } is snoozed until { $when }
home-next-break = Your next break: { $name } at { $when }
home-no-breaks = You have no breaks scheduled
# The second line (15 px): $days is stats-days.
home-streak = Streak: { $days }
home-daily-done = Today’s routine is done · streak { $days }
home-daily-to-do = Today’s routine is still to do · streak { $days }
# $quiet: what holds breaks back, as `unknot status` names it ("camera in use").
home-held-by = Breaks wait while: { $quiet }
home-outside-hours = You are outside your working hours
# The buttons: three rows; a row of three gives each about 170 px at 15 px.
home-start = Start a break now
home-daily = Daily routine
home-resume = Resume breaks
home-pause-30 = Pause 30 minutes
home-pause-60 = Pause 1 hour
home-pause-tomorrow = Pause until tomorrow
home-statistics = Statistics
home-preferences = Preferences
home-quit = Quit unknot
# The keys, at the bottom (one line of about 536 px at 12 px).
home-keys = Tab or the arrows move · Enter chooses · Esc closes this window; unknot keeps running

# -- The Statistics window: days and weeks (600 × 360) --

# The days view's title (24 px, bold; about 300 px beside the legend).
stats-today = Today
stats-last-days = Last { $n } days
# The legend, top right (13 px): the bars' colours.
stats-legend-routine = routine done
stats-legend-other = other
# The chart's guide lines, left (12 px).
stats-axis-minutes = { $n } min
stats-no-exercise = No exercise recorded yet
# Bottom left, beside two 96 px buttons (about 330 px at 18 px); $current
# and $best are stats-days.
stats-streak-best = Streak { $current } · best { $best }
# The buttons to the other view (96 px).
stats-days-button = Days
stats-weeks-button = Weeks
stats-close = Close
# The weeks view's title.
stats-last-weeks = Last { $n } weeks
# The weeks view's header (accent, 16 px, about 550 px): $done days with the
# daily routine of the week's $working working days; also `unknot stats`.
stats-this-week = This week: routine on { $done } of { $working } { $working ->
    [one] day
   *[other] days
}
# As stats-this-week, with $checks shoulder checks shown this week.
stats-this-week-checks = This week: routine on { $done } of { $working } { $working ->
    [one] day
   *[other] days
} · { $checks ->
    [one] { $checks } shoulder check
   *[other] { $checks } shoulder checks
}
# A week without working days.
stats-this-week-any = This week: routine on { $done } { $done ->
    [one] day
   *[other] days
}
stats-this-week-any-checks = This week: routine on { $done } { $done ->
    [one] day
   *[other] days
} · { $checks ->
    [one] { $checks } shoulder check
   *[other] { $checks } shoulder checks
}
stats-legend-routine-days = routine days
stats-legend-tension = tension before
# The left scale's top: 7 days, in about 30 px at 12 px.
stats-axis-days = { $n } d
stats-no-routines = No routines or check-ins yet
# Under the weeks (12 px, one line of about 550 px).
stats-change-explained = Under each week: how much the knot eased after the routine (median).
# $days is stats-days.
stats-streak = Streak { $days }


## Preferences and the welcome (ui/prefs, session/prefs)

# Preferences: the window's title, top left above the list of sections (about 140 px at 20 px bold).
prefs-title = Preferences

# Preferences: the sections, listed on the left and as the heading of the shown one (about 140 px at 15 px).
prefs-section-schedule = Schedule
prefs-section-breaks = Breaks
prefs-section-quiet = Quiet times
prefs-section-sound = Sound
prefs-section-routine = Routine
prefs-section-display = Display
prefs-section-login = Start at login

# Preferences: under the sections, after a change was written into the file (about 140 px at 12 px).
prefs-saved = Saved to config.json

# Preferences: the keys, three short lines bottom left (about 140 px each at 12 px).
prefs-keys-move = Tab or Up/Down: move
prefs-keys-change = Left/Right: change
prefs-keys-switch = Space: switch · Esc: close

# Preferences › Schedule: a weekday's chip, three letters or so (56 px at 14 px bold). Monday first.
prefs-day-mon = Mon
prefs-day-tue = Tue
prefs-day-wed = Wed
prefs-day-thu = Thu
prefs-day-fri = Fri
prefs-day-sat = Sat
prefs-day-sun = Sun

# Preferences › Schedule: beside a day's chip when it is off (about 220 px at 14 px).
prefs-day-off = not a working day

# Preferences › Schedule: after a day's hours, when the file has more ranges that day than the window shows. $n: how many more (about 100 px at 12 px).
prefs-day-more = +{ $n } more in the file

# Preferences › Schedule: the day's hours, "from 09:00 to 18:00"; the words are the accessible names of the two steppers (not drawn).
prefs-hours-from = from
prefs-hours-to = to

# Preferences › Schedule: a note under the days (about 390 px at 12 px).
prefs-schedule-more = More hour ranges and breaks: Edit config in the tray menu.

# Preferences and the welcome: each setting's label, left of its control (about 260 px at 15 px; the text shrinks to fit). "Working hours, Monday to Friday" is the welcome's.
prefs-week-hours = Working hours, Monday to Friday
prefs-desk-every = Desk reset every
prefs-daily-at = Daily routine at
prefs-snooze-length = Snooze for
prefs-snooze-max = Snoozes per break
prefs-repeat-after = Remind again after
prefs-max-repeats = Reminders per break
prefs-natural-break = Away this long counts as a break
prefs-shoulder-check = A 20-second shoulder check between breaks
prefs-shoulder-check-every = Shoulder check every
prefs-shoulder-check-voice = Speak the shoulder check
prefs-quiet-on = Hold breaks at quiet times
prefs-quiet-fullscreen = While an app is fullscreen
prefs-quiet-calls = During calls (microphone, camera)
prefs-quiet-notifications-paused = While notifications are paused
prefs-quiet-screen-share = While the screen is shared
prefs-quiet-inhibitors = While a video or slides play
prefs-max-postpone = Hold a break at most
prefs-sound-on = Sound during breaks
prefs-volume = Volume
prefs-voice = Spoken guidance
prefs-pause-media = Pause music during a break
# Followed by its value: "The knot is on" | "both sides" / "the left" / "the right".
prefs-knot-side = The knot is on
prefs-lie-face-down = Room to lie face down
prefs-checkin = Ask how the knot feels
prefs-progression = Strength level
prefs-weekly-summary = A summary each week
prefs-contrast = Contrast
prefs-text-scale = Text size
prefs-motion = Motion
# The choice of language; its values are each language named in itself.
prefs-language = Language
prefs-autostart = Start unknot when I log in
prefs-left-out = Left out after pain

# Preferences › Routine: a row for an exercise left out after pain until put back. $title: the exercise's name.
prefs-left-out-row = Left out after pain: { $title }

# Preferences › Routine: the row's button (118 px at 14 px).
prefs-put-back = Put back

# Preferences: the note under the sections after "Put back" (two lines of about 140 px at 12 px). $title: the exercise's name.
prefs-put-back-done = { $title } is back in your routines.

# Preferences: the note when a stepper is at its limit (two lines of about 140 px at 12 px).
prefs-at-limit = That is as far as it goes.

# Preferences: the note when the file was edited elsewhere since the window read it (two lines of about 140 px at 12 px).
prefs-changed-meanwhile = The file changed meanwhile; this is it now. Try again.

# Preferences: a switch's state, left of the switch (about 28 px at 13 px).
prefs-switch-on = on
prefs-switch-off = off

# Preferences: the values of the choices and steppers (82 px at 15 px; the text shrinks to 11 px to fit).
# Contrast, text size, motion and language when they follow the desktop.
prefs-as-desktop = as the desktop
prefs-contrast-normal = normal
prefs-contrast-high = high
prefs-motion-full = full
prefs-motion-reduced = reduced
# Where the knot is: "The knot is on" | "both sides".
prefs-knot-side-both = both sides
prefs-knot-side-left = the left
prefs-knot-side-right = the right
# When the daily routine asks how the knot feels.
prefs-checkin-before-after = before and after
prefs-checkin-after = after only
prefs-checkin-never = never
# The strength level: chosen from the history, kept at 1, or held at $level (2 or 3).
prefs-progression-auto = grows with you
prefs-progression-off = stay at 1
prefs-progression-held = hold at { $level }
# A volume or text size. $n: the percentage, a whole number.
prefs-percent = { $n } %
# A duration of whole minutes, as short as it can be: "50m", "1h", "1h30m". $hours: whole hours; $minutes: the minutes past them (0 to 59).
prefs-duration = { $hours ->
    [0] { $minutes }m
   *[other] { $minutes ->
        [0] { $hours }h
       *[other] { $hours }h{ $minutes }m
    }
}

# Preferences: why a change was not written (the note under the sections, two lines of about 140 px at 12 px).
prefs-edit-unreadable = the config file does not read as JSON, so unknot leaves it as it is
# $key: the key path in the file, e.g. "breaks[0]".
prefs-edit-shape = the file's { $key } is not laid out as unknot expects, so unknot leaves it as it is
# $why: the config error the change would cause, or prefs-edit-reads-back.
prefs-edit-invalid = this change would make the config invalid: { $why }
prefs-edit-reads-back = it reads back differently
# $path: the config file; $error: the system's reason.
prefs-cannot-write = cannot write { $path }: { $error }

# Preferences on a file that does not read: the heading (536 px at 20 px bold).
prefs-broken-title = Preferences can’t read the config file
# Where the first error is. $file: the file, e.g. "~/.config/unknot/config.json".
prefs-broken-at = { $file }, line { $line }, column { $column }
# The first error. $path: its key path, e.g. "snooze.length"; $message: the error (config errors' words).
prefs-broken-error = { $path }: { $message }
# Advice, up to four lines of 536 px at 13 px. $section: the top-level key that holds the error.
prefs-broken-advice-reset = Nothing is changed until you choose. Reset puts only “{ $section }” back to its defaults; the rest of the file stays as it is. Or fix it in your editor: the window reads it again when it opens.
prefs-broken-advice-edit = The file is not valid JSON, so nothing is changed here. Fix it in your editor; the window reads it again when it opens.
# The buttons (160 px at 15 px; the text shrinks to fit). $section: the top-level key to reset.
prefs-broken-reset = Reset “{ $section }”
prefs-broken-open = Open the file
prefs-broken-close = Close
# $error: the system's reason xdg-open could not run.
prefs-cannot-open = cannot run xdg-open: { $error }
# The keys, one line at the bottom (536 px at 12 px).
prefs-broken-keys = Tab moves · Space or Enter chooses · Esc closes

# The first-run welcome: its heading (536 px at 22 px bold).
welcome-title = Welcome to unknot
# The welcome: three lines under the heading, one line each (536 px at 14 px; the text shrinks to 11 px to fit).
welcome-about-breaks = unknot counts your desk time and calls you to short guided breaks (change it in Preferences).
welcome-about-cause = A likely cause of an upper-trap knot: the shoulder doing the work of weak muscles below.
welcome-about-routine = The daily routine eases the knot and trains those muscles. It may help; it is no cure.
# The welcome: the shoulder check's switch. $n: minutes of desk time between checks (10 to 60).
welcome-shoulder-check = A 20-second shoulder check every { $n } minutes
# The welcome: who should leave the ball out, above the buttons (up to three lines of 536 px at 11.5 px). $who: the ball step's caution (routine words) with its first letter lower case; $never: where the ball never goes.
welcome-ball-step = The ball step: { $who } { $never }
# The welcome's buttons (150 px at 15 px): keep the defaults and close, or write the answers and start.
welcome-use-defaults = Use defaults
welcome-start = Start
# The welcome's keys, two short lines bottom left (about 250 px at 12 px).
welcome-keys-move = Tab moves · Left/Right change
welcome-keys-escape = Esc: use defaults

# `unknot status`, the "language:" line, when the config or the locale asked for a language unknot does not ship: its label (like cli-status-label-…), then why English. $asked: what was asked for, as written (e.g. "pt_BR.UTF-8"). (Kept here with the language plumbing; the status words are the command line's.)
status-language-label = language:
status-language-not-shipped = English: unknot does not speak { $asked }


## Accessibility names (ui/access)

# Window titles, also their names for a screen reader.
a11y-window-statistics = unknot — statistics
a11y-window-preferences = unknot — Preferences
a11y-window-welcome = Welcome to unknot
# What the session announces while its voice is off: the exercise's title
# and the phase's word ("Neck side stretch: Hold").
a11y-announce = { $exercise }: { $phase }
# The countdown ring.
a11y-time-left = Time left
# The ring's value: $phase is the large word ("Hold").
a11y-seconds-left = { $n ->
    [one] { $n } second left of { $phase }
   *[other] { $n } seconds left of { $phase }
}
# The check-in's group of 0 to 10, when its question is not on screen.
a11y-rating = How tense or sore is it?
a11y-rating-scale = 0 not at all, 10 as bad as it gets
# The Statistics window's list.
a11y-stats-last-weeks = The last { $n } weeks
a11y-stats-last-days = The last { $n } days
# A day of the list: $date is date-long, $minutes whole minutes exercised.
a11y-stats-day = { $date }: { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} of exercise
a11y-stats-day-routine = { $date }: { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} of exercise, daily routine done
# A week of the list: $date is date-day-month (its Monday).
a11y-stats-week = Week of { $date }: routine on { $done } of { $working } working days
# As a11y-stats-week, with the median check-in before the routine (0 to 10).
a11y-stats-week-tension = Week of { $date }: routine on { $done } of { $working } working days, tension before { $tension }
# Preferences: the tabs' list.
a11y-sections = Sections
# A day's hours in Preferences: $day is date-weekday-short.
a11y-day-from = { $day } from
a11y-day-to = { $day } to
# A button that puts back an exercise left out after pain ($title).
a11y-put-back = Put back { $title }
a11y-close = Close


## Notifications, the tray and status (engine/messages, shell/present, platform)

# The default config's two break names, shown (status, the tray,
# notifications, the start-up line, `unknot schedule`, the home window)
# while the user keeps them; the config stores them as English, so a
# renamed break shows as the user wrote it. Short: they fill $name in
# status-*, home-*, notify-break-title and a column of `unknot schedule`.
break-name-desk-reset = Desk reset
break-name-daily-routine = Daily routine

# The status line: the tray's tooltip, its menu's first line and the first
# line of `unknot status`. $name is a break's name from the config ("Desk
# reset"); $time a clock time ("14:05").
status-paused-until = Paused until { $time }
status-paused = Paused
status-due = { $name } is due
status-snoozed = { $name } snoozed until { $time }
status-in-progress = { $name } in progress
status-break-in-progress = Break in progress
status-next-at = { $name } at { $time }
# A break on another day: $weekday is date-weekday-short ("Tue").
status-next-on = { $name } at { $weekday } { $time }
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
status-lost-not-opened = the { $name } window could not open: { $error }
# `unknot status`'s "sync:" line. $n: local records not yet merged.
status-unmerged = older local history ({ $n } { $n ->
    [one] record
   *[other] records
}) is not merged into the sync folder yet: run `unknot sync init`
# The start-up line on stderr: $config is status-config-file or
# status-config-builtin, $plan the status-plan-* parts joined by "; ".
status-running = unknot is running with { $config }: { $plan }
# A second start while one runs; $pid is 0 when the running one's pid is
# unknown.
status-already-running = { $pid ->
        [0] unknot is already running
       *[other] unknot is already running (pid { $pid })
    }
# As status-already-running, when its home window was brought forward.
status-already-running-opened = { $pid ->
        [0] unknot is already running; its window is open
       *[other] unknot is already running (pid { $pid }); its window is open
    }
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


# The weekly summary notification's line, on the first working day: last
# week's routine days of its working days, and the median check-in before
# and after the routine ($before, $after: 0 to 10, may have a decimal).
notify-week = Last week: routine on { $done } of { $working } { $working ->
        [one] day
       *[other] days
    }
notify-week-change = Last week: routine on { $done } of { $working } { $working ->
        [one] day
       *[other] days
    }; tension { $before } → { $after }
notify-week-before = Last week: routine on { $done } of { $working } { $working ->
        [one] day
       *[other] days
    }; tension before { $before }
# As notify-week, in a week without working days.
notify-week-any = Last week: routine on { $done } { $done ->
        [one] day
       *[other] days
    }
notify-week-any-change = Last week: routine on { $done } { $done ->
        [one] day
       *[other] days
    }; tension { $before } → { $after }
notify-week-any-before = Last week: routine on { $done } { $done ->
        [one] day
       *[other] days
    }; tension before { $before }

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
# ("14:05"); $when: cli-relative-….
cli-status-next-break = { $name } ({ $routine }) at { $time }, { $when }
# The same, 12 hours or more away: $date is date-weekday-day-month
# ("Mon 02 Mar").
cli-status-next-break-on = { $name } ({ $routine }) at { $date } { $time }, { $when }
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
# The control socket's folder or lock, at start-up. $path: the folder or
# lock file; $owner, $uid: user ids; $mode: octal permissions.
ipc-not-a-directory = { $path }: not a directory; remove it and start unknot again
ipc-not-owned = { $path }: owned by uid { $owner }, not by you (uid { $uid }); refusing to use it
ipc-too-open = { $path }: open to other users (mode { $mode }, must be 700); refusing to use it — remove it and start unknot again
ipc-locked = { $path }: another unknot is starting and holds the lock; try again
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
# A history line `unknot stats` skips, on stderr after "unknot: FILE: ";
# $line is its line number; $error the parser's reason (English).
cli-history-torn-last-line = line { $line }: the last record is cut off (a write interrupted by a crash or power loss); ignored
cli-history-incomplete = line { $line }: a record cut off mid-write (by a crash or power loss); skipped, the rest is read
cli-history-invalid = line { $line }: not a history record ({ $error }); skipped
# $version: the record's; $ours: the newest this unknot reads.
cli-history-newer = line { $line }: record version { $version } is newer than this unknot understands ({ $ours }); skipped

# `unknot stats`: the terminal table. Column headings are short, lower case;
# a column grows to fit its heading.
cli-stats-empty = No breaks recorded yet — they will show up here once unknot has offered some.
cli-stats-head-date = date
cli-stats-head-day = day
cli-stats-head-offered = offered
cli-stats-head-taken = taken
cli-stats-head-done = done
cli-stats-head-snoozed = snoozed
cli-stats-head-skipped = skipped
cli-stats-head-ignored = ignored
cli-stats-head-natural = natural
# Minutes exercised.
cli-stats-head-min = min
# Whether the daily routine was done that day.
cli-stats-head-daily = daily
# In the "daily" column: not a working day.
cli-stats-daily-off = off
# The last row's first cell.
cli-stats-total = total
# A weekday, short: $day is 1 (Monday) to 7 (Sunday).
cli-weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# The legend under the table, each line under 80 characters.
cli-stats-legend-taken = taken: guided breaks started · natural: away long enough to count
cli-stats-legend-daily = daily routine: ✓ done, – not done, off: not a working day
cli-stats-streak = Current streak: { $current } { $current ->
        [one] working day
       *[other] working days
    } (best: { $best } { $best ->
        [one] working day
       *[other] working days
    })
# $percent is a whole number.
cli-stats-completion = Completion rate: { $percent }% ({ $completed } completed, { $offered } offered)
cli-stats-completion-none = Completion rate: – (no breaks offered)
# $per_day has one decimal.
cli-stats-checks = Shoulder checks: { $shown } shown, { $skipped } skipped ({ $per_day } a working day)
cli-stats-exercises-none = Exercises done: none yet
cli-stats-exercises = Exercises done:
# After an exercise's count: how many more times it was done in part.
cli-stats-partly = (+{ $n } partly)
cli-stats-pain-stops = Stopped because it hurt: { $n } { $n ->
        [one] time
       *[other] times
    }
# `unknot stats`: the weeks table's headings.
cli-weeks-head-week = week of
cli-weeks-head-routine = routine
cli-weeks-head-tension = tension before → after
cli-weeks-head-checks = checks/day
# Days with the routine done, of the week's working days.
cli-weeks-days-of = { $done } of { $working }
cli-weeks-legend = tension: the week's median check-in, 0 (none) to 10 (worst)

# `unknot schedule`: the forecast as a table. A moment, the table's first
# column and in cli-schedule-head ("Mon 2026-03-02 09:50"; $date is
# date-weekday-numeric, $time date-time-24 or date-time-12): keep it the
# same width every day.
cli-schedule-at = { $date } { $time }
# The table's first line: $from and $until are cli-schedule-at.
cli-schedule-head = Breaks from { $from } to { $until }, working throughout and taking each break:
# Under cli-schedule-head, indented, when the window has no working hours.
cli-schedule-none = none (no working hours in this window)
# After a break's line when exercises are left out: $exercises, their ids
# joined by ", ".
cli-schedule-without = without { $exercises } (after pain)
# A day's shoulder checks, after the breaks: $date is date-weekday-numeric,
# $n how many, $times their clock times joined by spaces.
cli-schedule-checks = Shoulder checks { $date } ({ $n }): { $times }
# `unknot schedule` with arguments it cannot read, after "unknot schedule:"
# and the option ("--from: "). $found is the argument as typed, in quotes.
cli-schedule-bad-datetime = expected a local date and time like 2026-03-02T08:00 or "2026-03-02 08:00", got { $found }
cli-schedule-bad-idle = expected START/DURATION like 2026-03-02T12:30/45m, got { $found }
# $error is config-duration-…; $found what follows the '/', in quotes.
cli-schedule-bad-idle-length = { $error } after the '/', got { $found }
# $until and $from as given ("2026-03-01 08:00:00").
cli-schedule-until-before-from = --until ({ $until }) must be after --from ({ $from })
cli-schedule-too-long = the window from --from to --until is longer than { $days } days

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
