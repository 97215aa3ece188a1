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
    [1] Rest for one seconds.
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


## Home, Statistics and weeks (ui/home, ui/stats)


## Preferences and the welcome (ui/prefs, session/prefs)


## Accessibility names (ui/access)


## Notifications, the tray and status (engine/messages, shell/present, platform)


## The command line (cli/)


## Config errors (config/)

