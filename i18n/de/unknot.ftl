### Die Wörter von unknot auf Deutsch.
###
### Register: "Sie". German patient information (Apotheken Umschau,
### gesundheitsinformation.de, physiotherapy home-exercise sheets) addresses
### an adult stranger with "Sie"; "du" belongs to fitness apps aimed at the
### young. Short spoken cues use the infinitive ("Langsam ausatmen.",
### "Kopf gerade halten."), the usual form of German exercise instructions,
### neutral between "du" and "Sie" and shorter when spoken; whole sentences
### use "Sie".
###
### Terminology (body and exercise terms): DocCheck Flexikon, "Musculus
### trapezius", http://flexikon.doccheck.com/Musculus_trapezius (Trapezmuskel,
### Pars descendens = oberer Trapezius, Schulterblatt/Scapula,
### Schlüsselbein/Clavicula); training terms as German physiotherapy uses
### them: Satz (set), Wiederholung (rep), Bauchlage (prone), Dehnung,
### Kräftigung, Hohlkreuz (arched lower back). "Schulterecke" for the bony
### tip of the shoulder (acromion; lay word, as in Schultereckgelenk).
###
### Safety lines (routine-safety-card, say-safety, routine-ball-caution-*)
### checked against German public patient information:
### - gesundheitswissen.de, "Nackenschmerzen: Wann Sie einen Arzt aufsuchen
###   sollten", https://gesundheitswissen.de/gesund-leben/mentale-gesundheit/stress/nackenschmerzen-wann-sie-zum-arzt-gehen-sollten
###   (compared: pain shooting/radiating into shoulder or arm, numbness and
###   tingling in the fingers, loss of strength/weakness, recent injury);
### - AMEOS Klinikum Oldenburg, "Notfall Schlaganfall",
###   https://www.ameos.eu/standorte/ameos-nord/oldenburg-in-holstein/ameos-klinikum-oldenburg/leistungen/neurologie-und-neurophysiologie/notfall-schlaganfall/
###   (compared: Schwindel, Sehstörungen, Sprach-/Sprechstörungen, plötzliche
###   stärkste Kopfschmerzen, Stand- und Gangunsicherheit, call 112 at once);
### - ADAC Gesundheit, "Herzinfarkt", https://www.adac.de/gesundheit/krankheiten/herzinfarkt
###   (compared: Brustschmerzen radiating into neck, jaw and shoulders,
###   Kurzatmigkeit/Atemnot, Schwindel, Übelkeit).
### Trouble swallowing and the ball's cautions (blood thinners, bleeding
### disorder, osteoporosis, pacemaker/port, skin, injection site) were not
### found in these pages; they follow the English source and docs/routines.md.

duration-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
# The mark between a number's whole part and its decimals ("1.5"): every
# number with decimals is written with it. Not shown alone.
number-decimal-mark = ,

## The routines: titles, set-up, cues and what is spoken (routine/)

# The routines' names, in the start screen, Home, the tray and `unknot
# routine list`.
routine-upper-trap-title = Tagesroutine oberer Trapezius
routine-desk-reset-title = Kurzpause am Schreibtisch
# The twenty-second reminder between breaks; also its one exercise's name.
routine-shoulder-check-title = Schulter-Check

# The start screen's card: who should skip the routine, when to stop, and
# when to get help now. One line of at most 400 characters; the last
# sentence is the urgent one and must stay last.
routine-safety-card = Nicht üben nach frischer Verletzung oder OP an Nacken oder Schulter oder wenn ein Arm schon kribbelt, taub oder schwach ist. Sofort aufhören bei stechendem oder ausstrahlendem Schmerz; Kribbeln, Taubheit, schwacher Hand; Schwindel, Ohnmachtsgefühl; Sehstörungen, Schwanken, Übelkeit; neuem, plötzlichem oder zunehmendem Kopfschmerz. Notruf 112 bei Sprech- oder Schluckstörung, Brustschmerz, Atemnot.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
say-safety = Aufhören bei stechendem oder ausstrahlendem Schmerz, Kribbeln, Taubheit, Schwäche in der Hand. Auch bei Schwindel, Ohnmachtsgefühl, Sehstörungen, plötzlichem oder zunehmendem Kopfschmerz.

# Shown on the ball's get-ready screen and in the welcome: who should leave
# the ball out.
routine-ball-caution-who = Lassen Sie den Ball weg nach frischer Verletzung oder Operation an dieser Stelle; bei Blutverdünnern, Gerinnungsstörung oder Neigung zu blauen Flecken; bei Osteoporose; bei Herzschrittmacher oder Port unter dem Schlüsselbein; auf verletzter oder gereizter Haut oder einer frischen Einstichstelle.
# Shown after routine-ball-caution-who: where the ball never goes.
routine-ball-caution-never = Nie oberhalb des Schlüsselbeins, nie vorn oder seitlich am Hals, nie auf Knochen.

# The exercises. Each has a title, up to four lines shown in the window
# (-show-N, at most 120 characters each, heard too), and the lines the
# voice says. "Left"/"right" are always the user's own left and right.

# The shoulder check (sitting). Shown lines:
routine-check-title = Schulter-Check
say-check-show-1 = Lassen Sie beide Schultern schwer nach unten sinken.
say-check-show-2 = Ziehen Sie die Schulterblätter nach unten und etwas nach hinten.
say-check-show-3 = Zwei langsame Atemzüge, beim zweiten länger ausatmen als beim ersten.
say-check-show-4 = Den Blick auf etwas in der Ferne ruhen lassen.
# Heard at its start.
say-check-setup = Schulter-Check. Schultern sinken lassen.
# Heard just before the two breaths, and after them; the eyes come last.
say-check-form = Schulterblätter tief, leicht zurück. Blick in die Ferne.
# The first of two breaths out (the second is say-breathe-out): shorter.
say-check-exhale = Ausatmen.

# The neck side stretch (sitting, ear tipped toward one shoulder).
routine-stretch-title = Seitliche Nackendehnung
say-stretch-show-1 = Sitzen Sie aufrecht, Hände im Schoß. Neigen Sie ein Ohr zur Schulter derselben Seite, das Gesicht schaut geradeaus.
say-stretch-show-2 = Sanft einatmen, langsam ausatmen. Mit jedem Ausatmen darf der Zug etwas nachlassen.
say-stretch-show-3 = Bringen Sie den Kopf langsam zurück zur Mitte.
say-stretch-setup = Nackendehnung. Aufrecht sitzen, Blick nach vorn, Hände im Schoß.
# Heard as the first side begins.
say-stretch-side-left = Linkes Ohr zur linken Schulter neigen.
# Heard as the second side begins, after say-switch-sides.
say-stretch-side-right = Jetzt rechtes Ohr zur rechten Schulter neigen.
# The side as the window names it, a few words.
say-stretch-label-left = Ohr zur linken Schulter
say-stretch-label-right = Ohr zur rechten Schulter
say-stretch-form = Beide Schultern tief und schwer hängen lassen. Ein leichter Zug genügt.
# Heard while the head tips to the left: the right shoulder is the one that
# stays down (named, since "the other shoulder" is ambiguous by ear).
say-stretch-form-left = Rechte Schulter tief und schwer hängen lassen. Ein leichter Zug, drei bis vier von zehn, genügt.
# Heard while the head tips to the right: the left shoulder stays down.
say-stretch-form-right = Linke Schulter tief und schwer hängen lassen. Ein leichter Zug, drei bis vier von zehn, genügt.
# The first breath out of each side, in place of say-breathe-out.
say-stretch-exhale = Langsam ausatmen, der Zug darf nachlassen.
say-stretch-ease = Kopf langsam zurück zur Mitte.

# The ball press (standing, back to a wall, a ball between the wall and the
# back of the shoulder; still pressure, never rolled).
routine-ball-title = Balldruck auf den Knoten
say-ball-show-1 = Rücken zur Wand, Knie locker. Der Ball liegt hinten oben auf der Schulter, zwischen Nacken und Schulterecke.
say-ball-show-2 = Zurücklehnen, bis es empfindlich ist: höchstens 6 von 10, beim Halten nachlassend. Stillhalten, den Ball nicht rollen.
say-ball-show-3 = Von der Wand lösen und die Schulter ruhen lassen.
say-ball-setup = Balldruck. Mit dem Rücken zur Wand stellen, Ball in der Hand, Knie leicht gebeugt.
say-ball-side-left = Ball hinten an die linke Schulter, zwischen Nacken und Schulterecke.
# Heard after say-switch-sides.
say-ball-side-right = Jetzt rechts: Ball hinten an die rechte Schulter, zwischen Nacken und Schulterecke.
say-ball-label-left = Ball hinter der linken Schulter
say-ball-label-right = Ball hinter der rechten Schulter
# Heard in the get-ready, after the side's line.
say-ball-find = Knie beugen, Ball auf den Muskel rollen, nie auf Hals oder Knochen. Die empfindlichste Stelle suchen.
# Heard as the press begins.
say-ball-effort = Lehnen Sie sich in den Ball, bis es empfindlich wird, höchstens sechs von zehn.
say-ball-scale = Sechs von zehn heißt empfindlich, aber Sie atmen ruhig und bleiben locker. Beim Stillhalten sollte es nachlassen.
say-ball-form = Genau dort stillhalten. Ball nicht rollen.
say-ball-tingle = Kribbelt der Arm oder wird er taub, sofort weg von der Wand. Hält das über eine Minute an, heute keinen Ball mehr.
# Heard halfway through the minute-long press.
say-ball-midway = Ruhig atmen, Schulter und Kiefer locker lassen.
say-ball-ease = Weg von der Wand, Schulter ruhen lassen.

# The prone Y-raise (lying face down, forehead on a folded towel, arms
# overhead in a Y).
routine-y-raise-title = Y-Heben in Bauchlage
say-y-raise-show-1 = Bauchlage, Stirn auf einem gefalteten Handtuch, Arme über den Kopf wie zehn vor zwei, Daumen nach oben.
say-y-raise-show-2 = Schulterblätter nach hinten unten, dann die Arme wenige Zentimeter heben. Brust und Kopf bleiben unten.
say-y-raise-show-3 = Arme langsam senken und auf dem Boden ablegen.
say-y-raise-setup = Y-Heben. Gefaltetes Handtuch auf den Boden, dann Bauchlage, Stirn darauf.
say-y-raise-arms = Arme über den Kopf, wie zehn vor zwei, Daumen hoch.
say-y-raise-head = Kopf bleibt unten, Blick aufs Handtuch. Beim Armheben ausatmen.
# Heard in the get-ready of both Y exercises.
say-y-stop-at-shrug = Gehen die Schultern zu den Ohren, Satz beenden.
# Heard before each set.
say-y-raise-form = Schultern weg von den Ohren. Brust und Kopf unten.
# Heard as the first lift of each set begins.
say-y-raise-effort = Nur knapp anheben.

# The wall Y lift (standing, facing a wall, hands high on it in a Y),
# for those who can't lie face down.
routine-wall-lift-title = Y-Abheben an der Wand
say-wall-lift-show-1 = Gesicht zur Wand, einen kleinen Schritt entfernt. Hände hoch an der Wand in weitem Y, Daumen zeigen zu Ihnen.
say-wall-lift-show-2 = Schulterblätter nach hinten unten, dann beide Hände knapp von der Wand lösen. Rippen unten, kein Hohlkreuz.
say-wall-lift-show-3 = Hände langsam zurück an die Wand, die Arme ruhen lassen.
say-wall-lift-setup = Y an der Wand. Gesicht zur Wand, einen kleinen Schritt Abstand.
say-wall-lift-hands = Hände hoch an die Wand, wie zehn vor zwei, Daumen zeigen zu Ihnen.
say-wall-lift-head = Kopf gerade halten. Beim Abheben ausatmen.
say-wall-lift-form = Erst Schultern tief und zurück. Rippen unten, kein Hohlkreuz.
say-wall-lift-effort = Hände abheben.
# Heard as the first rep goes back to the wall.
say-wall-lift-ease = Langsam zurück zur Wand.
# Heard as every later rep goes back to the wall (short: 3 seconds).
say-wall-lift-ease-word = Zurück zur Wand.

# The shoulder-blade depression hold (sitting; blades drawn down, held for
# a count of ten, repeated).
routine-blade-hold-title = Schulterblätter senken und halten
say-blade-hold-show-1 = Aufrecht sitzen, die Arme hängen locker seitlich.
say-blade-hold-show-2 = Schulterblätter nach unten und hinten schieben, weg von den Ohren. Halten und weiteratmen.
say-blade-hold-show-3 = Lassen Sie die Schultern ganz locker, bevor die nächste Wiederholung beginnt.
say-blade-hold-setup = Schulterblatt-Halten. Aufrecht sitzen, Arme locker.
say-blade-hold-form = Schulterblätter tief und zurück, weg von den Ohren. Weiteratmen.
# Heard just before each count of ten begins (short).
say-blade-hold-before = Schultern tief.
# Heard as each hold is let go (4 seconds, with the rep's number after).
say-blade-hold-ease = Locker.

# What every routine hears (a user's routine hears only these).

# Heard at the first exercise's start of a routine without its own set-up.
say-get-ready = Bereit machen.
# Heard at a later exercise's start of a routine without its own set-up.
say-next-exercise = Nächste Übung.
# Heard as a side begins, in routines without their own side lines.
say-side-left = Linke Seite.
say-side-right = Rechte Seite.
# Heard when the sides change.
say-switch-sides = Seitenwechsel.
# The first breaths of a paced hold.
say-breathe-in = Langsam einatmen.
say-breathe-out = Langsam ausatmen.
# The words said as a phase begins, where they fit (a phase may last 1 to
# 3 seconds). "Hold it there", not "Hold": the short word was misheard.
say-phase-hold = Jetzt halten.
say-phase-press = Drücken.
say-phase-raise = Anheben.
say-phase-lower = Langsam absenken.
say-phase-release = Loslassen.
# Also heard as a rest between sets begins, where it has no length said.
say-phase-rest = Pause.
# Before the last rep of a set that starts with a hold, a press or a lift:
# one sentence, the movement's word in it.
say-last-one-hold = Die letzte: jetzt halten.
say-last-one-press = Die letzte: drücken.
say-last-one-raise = Die letzte: anheben.
# Before the last counted hold of a set.
say-last-one = Die letzte.
# With the closing chime.
say-done = Gut gemacht. Sie sind fertig.

# The large word in the session window for what is happening now (one or
# two words).
say-step-hold = Halten
say-step-press = Drücken
say-step-raise = Heben
say-step-lower = Senken
say-step-release = Lösen
# Both a rest within a rep and the rest between sets.
say-step-rest = Pause
say-step-breathe-in = Einatmen
say-step-breathe-out = Ausatmen
say-step-get-ready = Vorbereiten
say-step-switch-sides = Seitenwechsel

# Said and shown after "Stop — it hurt", in place of the closing line.
say-pain-stop = Wir hören hier auf. Lassen Sie diese Übung heute weg und schonen Sie die Stelle. Sanfte Alltagsbewegung ist in Ordnung.
# Said and shown after say-pain-stop.
say-pain-stop-checked = Ist der Schmerz stark oder nach etwa einer halben Stunde nicht vorbei, lassen Sie ihn abklären.
# Said after say-pain-stop-checked when the same exercise already hurt in
# the last fourteen days.
say-pain-again = Sie haben diese Übung in zwei Wochen zweimal wegen Schmerzen abgebrochen; sie bleibt weg, bis Sie sie wieder aufnehmen. Wiederkehrende Schmerzen sollten Sie physiotherapeutisch oder ärztlich abklären lassen.
# Said at the start of a user's first sessions; names the keys Space, H and
# Escape.
say-keys = Pause mit der Leertaste, H bei Schmerzen, Escape zum Beenden.
# The check-in before the routine: the question and the scale's two ends.
say-checkin-before = Bevor Sie beginnen: Wie verspannt oder schmerzhaft ist die Stelle gerade? Null heißt gar nicht, zehn heißt so schlimm wie nur möglich.
# The check-in on the end screen.
say-checkin-after = Und jetzt: Wie verspannt oder schmerzhaft ist die Stelle? Null heißt gar nicht, zehn heißt so schlimm wie nur möglich.

# The number $n as a word, capitalised as a count is said on its own
# ("Sieben"): 1 to 20 and the tens to 90 (other numbers have no word).
# German counts "eins", not "ein", when the number stands alone.
say-number = { $n ->
    [1] Eins
    [2] Zwei
    [3] Drei
    [4] Vier
    [5] Fünf
    [6] Sechs
    [7] Sieben
    [8] Acht
    [9] Neun
    [10] Zehn
    [11] Elf
    [12] Zwölf
    [13] Dreizehn
    [14] Vierzehn
    [15] Fünfzehn
    [16] Sechzehn
    [17] Siebzehn
    [18] Achtzehn
    [19] Neunzehn
    [20] Zwanzig
    [30] Dreißig
    [40] Vierzig
    [50] Fünfzig
    [60] Sechzig
    [70] Siebzig
    [80] Achtzig
    [90] Neunzig
   *[other] { $n }
}

# Heard once a second during a counted hold of 5 to 12 seconds (one
# second each, so keep it one short word): $n is 1 to 20 or the tens to 90.
say-count = { $n ->
    [1] Eins.
    [2] Zwei.
    [3] Drei.
    [4] Vier.
    [5] Fünf.
    [6] Sechs.
    [7] Sieben.
    [8] Acht.
    [9] Neun.
    [10] Zehn.
    [11] Elf.
    [12] Zwölf.
    [13] Dreizehn.
    [14] Vierzehn.
    [15] Fünfzehn.
    [16] Sechzehn.
    [17] Siebzehn.
    [18] Achtzehn.
    [19] Neunzehn.
    [20] Zwanzig.
    [30] Dreißig.
    [40] Vierzig.
    [50] Fünfzig.
    [60] Sechzig.
    [70] Siebzig.
    [80] Achtzig.
    [90] Neunzig.
   *[other] { $n }.
}

# Heard as a rep is lowered, after the movement word: the rep just done
# ($n, 1 to 20).
say-rep-done = { $n ->
    [1] Und eins.
    [2] Und zwei.
    [3] Und drei.
    [4] Und vier.
    [5] Und fünf.
    [6] Und sechs.
    [7] Und sieben.
    [8] Und acht.
    [9] Und neun.
    [10] Und zehn.
    [11] Und elf.
    [12] Und zwölf.
    [13] Und dreizehn.
    [14] Und vierzehn.
    [15] Und fünfzehn.
    [16] Und sechzehn.
    [17] Und siebzehn.
    [18] Und achtzehn.
    [19] Und neunzehn.
    [20] Und zwanzig.
    [30] Und dreißig.
    [40] Und vierzig.
    [50] Und fünfzig.
    [60] Und sechzig.
    [70] Und siebzig.
    [80] Und achtzig.
    [90] Und neunzig.
   *[other] Das war { $n }.
}

# Heard before a set starts, in the get-ready and near the end of the
# rest between sets: set $n of $of sets ("Satz zwei von drei.").
say-set-of = Satz { $n ->
        [1] eins
        [2] zwei
        [3] drei
        [4] vier
        [5] fünf
        [6] sechs
        [7] sieben
        [8] acht
        [9] neun
        [10] zehn
        [11] elf
        [12] zwölf
        [13] dreizehn
        [14] vierzehn
        [15] fünfzehn
        [16] sechzehn
        [17] siebzehn
        [18] achtzehn
        [19] neunzehn
        [20] zwanzig
        [30] dreißig
        [40] vierzig
        [50] fünfzig
        [60] sechzig
        [70] siebzig
        [80] achtzig
        [90] neunzig
       *[other] { $n }
    } von { $of ->
        [1] eins
        [2] zwei
        [3] drei
        [4] vier
        [5] fünf
        [6] sechs
        [7] sieben
        [8] acht
        [9] neun
        [10] zehn
        [11] elf
        [12] zwölf
        [13] dreizehn
        [14] vierzehn
        [15] fünfzehn
        [16] sechzehn
        [17] siebzehn
        [18] achtzehn
        [19] neunzehn
        [20] zwanzig
        [30] dreißig
        [40] vierzig
        [50] fünfzig
        [60] sechzig
        [70] siebzig
        [80] achtzig
        [90] neunzig
       *[other] { $of }
    }.

# Heard as the rest between two sets begins: $s is the rest in whole
# seconds (15 or 30 in the built-ins). "Eine Sekunde" for 1 (feminine,
# singular).
say-rest-for = { $s ->
    [1] Eine Sekunde Pause.
    [2] Zwei Sekunden Pause.
    [3] Drei Sekunden Pause.
    [4] Vier Sekunden Pause.
    [5] Fünf Sekunden Pause.
    [6] Sechs Sekunden Pause.
    [7] Sieben Sekunden Pause.
    [8] Acht Sekunden Pause.
    [9] Neun Sekunden Pause.
    [10] Zehn Sekunden Pause.
    [11] Elf Sekunden Pause.
    [12] Zwölf Sekunden Pause.
    [13] Dreizehn Sekunden Pause.
    [14] Vierzehn Sekunden Pause.
    [15] Fünfzehn Sekunden Pause.
    [16] Sechzehn Sekunden Pause.
    [17] Siebzehn Sekunden Pause.
    [18] Achtzehn Sekunden Pause.
    [19] Neunzehn Sekunden Pause.
    [20] Zwanzig Sekunden Pause.
    [30] Dreißig Sekunden Pause.
    [40] Vierzig Sekunden Pause.
    [50] Fünfzig Sekunden Pause.
    [60] Sechzig Sekunden Pause.
    [70] Siebzig Sekunden Pause.
    [80] Achtzig Sekunden Pause.
    [90] Neunzig Sekunden Pause.
   *[other] { $s } Sekunden Pause.
}

# Said back when a check-in rating is picked, 0 to 10 ($n).
say-rating = { $n ->
    [0] Null.
    [1] Eins.
    [2] Zwei.
    [3] Drei.
    [4] Vier.
    [5] Fünf.
    [6] Sechs.
    [7] Sieben.
    [8] Acht.
    [9] Neun.
   *[10] Zehn.
}

# What each movement is for, in `unknot routine show` (lower case).
routine-purpose-stretch = dehnen
routine-purpose-release = lösen
routine-purpose-strengthen = kräftigen
routine-purpose-retrain = umlernen

# What a routine needs at hand, as listed after "Needs:" (start screen,
# `unknot routine show`, config notes). German: nominative, as items after
# a label ("Benötigt: ein Ball, ein Stuhl").
routine-need-ball = ein Ball
routine-need-towel = ein gefaltetes Handtuch
routine-need-chair = ein Stuhl
routine-need-wall = eine Wand
routine-need-floor = Platz auf dem Boden
# The same in one word, for the one-line `unknot routine list`.
routine-need-ball-short = Ball
routine-need-towel-short = Handtuch
routine-need-chair-short = Stuhl
routine-need-wall-short = Wand
routine-need-floor-short = Boden
# In place of the needs when a routine needs nothing.
routine-needs-nothing = nichts

# `unknot routine show` (80 columns, wrapped): the heading, $title ($id,
# never translated).
routine-show-heading = { $title } ({ $id })
# The daily routine's level and why ($why: a sentence from the history).
routine-show-level = Stufe { $level } von { $top }: { $why }
# $needs: the needs above, joined by commas.
routine-show-needs = Benötigt: { $needs }
routine-show-safety = Sicherheit: { $safety }
# An exercise's heading: its number in the routine, title, purpose (above)
# and length (m:ss).
routine-show-exercise = { $number }. { $title } ({ $purpose }), { $length }
# Where an exercise is done, with or without a ball in hand.
routine-show-place-chair = { $ball ->
    [yes] Auf einem Stuhl, mit Ball
   *[no] Auf einem Stuhl
}
routine-show-place-standing = { $ball ->
    [yes] Im Stehen, mit Ball
   *[no] Im Stehen
}
routine-show-place-wall = { $ball ->
    [yes] An der Wand, mit Ball
   *[no] An der Wand
}
routine-show-place-floor = { $ball ->
    [yes] Auf dem Boden, mit Ball
   *[no] Auf dem Boden
}
# After the place, separated by "; ": the ball works the knot's side only.
routine-show-left-only = nur links (die Seite des Knotens)
routine-show-right-only = nur rechts (die Seite des Knotens)
# After the place, separated by "; ": both sides, and $switch (like "5 s")
# to change from one to the other.
routine-show-each-side = beide Seiten, links zuerst
routine-show-each-side-switch = beide Seiten, links zuerst, { $switch } zum Wechseln
# Sets and reps, then, separated by ", ", the rest between sets ($rest,
# like "30 s") and whether it is per side.
routine-show-sets-reps = { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
} × { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}
routine-show-rest-between-sets = { $rest } Pause zwischen den Sätzen
routine-show-per-side = pro Seite
# One rep's pattern: its length, then the phases ($pattern: routine-show-phase
# items joined by ", ").
routine-show-rep = Jede Wiederholung ({ $length }): { $pattern }
# A phase of a rep: its word (say-step-*) and length, as "Halten 2 s".
routine-show-phase = { $phase } { $length }
routine-show-breathing = Atmung beim Halten: ein { $inhale }, aus { $exhale }
routine-show-total = Gesamt: { $total } (jede Übung beginnt mit { $ready } zum Vorbereiten, { $move } bei einem Positionswechsel)
# What the voice says, for a built-in routine that speaks no stop signs.
routine-show-voice-quiet = Stimme: Alles wird gesprochen: der Aufbau, ein Hinweis zur Ausführung pro Seite oder Satz, Atemzüge, Sätze, Wiederholungen und Zählen (die Warnzeichen werden nur angezeigt).
routine-show-voice-all = Stimme: Alles wird gesprochen: die Warnzeichen, der Aufbau, die Seiten, ein Hinweis zur Ausführung pro Seite oder Satz, Atemzüge, Sätze, Wiederholungen und Zählen.
# For a user's routine: only the built-in words are spoken.
routine-show-voice-own = Stimme: Ihre eigenen Zeilen werden angezeigt, nicht gesprochen (unknot spricht nur mitgelieferte Aufnahmen); Sie hören die Seiten, Sätze, Wiederholungen, das Zählen, die ersten Atemzüge und die Töne.
# A length in seconds, $n whole or with decimals ("2 s", "1,5 s").
routine-seconds = { $n } s
# `unknot routine show ID` with an unknown ID: $known, the ids joined by ", ".
routine-unknown = unknot: keine Routine „{ $id }“; bekannte Routinen: { $known }
# After routine-unknown, on its own line, when an id is close.
routine-did-you-mean = unknot: Meinten Sie „{ $id }“?

## Notifications, the tray and status (engine/messages, shell/present, platform)

# The default config's two break names, shown (status, the tray,
# notifications, the start-up line, `unknot schedule`, the home window)
# while the user keeps them; the config stores them as English, so a
# renamed break shows as the user wrote it. Short: they fill $name in
# status-*, home-*, notify-break-title and a column of `unknot schedule`.
# DE: the words of prefs-desk-every and prefs-daily-at; the routine's own
# title (routine-desk-reset-title) is the longer "Kurzpause am Schreibtisch".
break-name-desk-reset = Kurzpause
break-name-daily-routine = Tagesroutine

# The status line: the tray's tooltip, its menu's first line and the first
# line of `unknot status`. $name is a break's name from the config ("Desk
# reset"); $time a clock time ("14:05").
status-paused-until = Pausiert bis { $time }
status-paused = Pausiert
status-due = { $name } ist fällig
status-snoozed = { $name } verschoben auf { $time }
status-in-progress = { $name } läuft
status-break-in-progress = Pause läuft
status-next-at = { $name } um { $time }
# A break on another day: $weekday is date-weekday-short ("Tue").
status-next-on = { $name } am { $weekday } um { $time }
# $minutes: whole minutes until the break, 0 or more.
status-next-in = { $name } in { $minutes } Min.
status-no-breaks = Keine Pausen geplant
# $line: the status line so far ("Desk reset at Tue 10:00").
status-outside-hours = { $line } (außerhalb der Arbeitszeit)
# The status line's asides are joined with this: $line is the line so far,
# $aside the next one (the streak, "config error").
status-aside = { $line } · { $aside }
# $n: days in a row with the daily routine done.
status-streak = Serie: { $n } { $n ->
    [one] Tag
   *[other] Tage
}
status-config-error = Konfigurationsfehler
status-history-not-saved = Verlauf nicht gespeichert
# What holds breaks back (`unknot status`'s "held:" line and the home window).
status-held-fullscreen = Vollbildfenster
status-held-microphone = Mikrofon in Gebrauch
status-held-camera = Kamera in Gebrauch
status-held-screen-share = Bildschirm wird geteilt
status-held-presentation = Präsentation
status-held-notifications-paused = Benachrichtigungen pausiert
# `unknot status`'s "last break:" line after a window process was lost.
# $routine: the routine's id; $time: the clock time it ended ("14:05").
status-lost-exited = das Fenster von { $routine } endete um { $time } mit Code { $code }; die Sitzung wurde als verloren erfasst
status-lost-killed = das Fenster von { $routine } wurde um { $time } durch Signal { $signal } beendet; die Sitzung wurde als verloren erfasst
status-lost-ended = das Fenster von { $routine } endete um { $time }; die Sitzung wurde als verloren erfasst
# $seconds: how long it said nothing, a number (30, 1.5).
status-lost-silent = das Fenster von { $routine } antwortete { $seconds } s lang nicht und wurde um { $time } beendet; die Sitzung wurde als verloren erfasst
# $theirs: the window's pipe version, or "none"; $ours: this app's.
status-lost-other-version = das Fenster von { $routine } stammt aus einer anderen unknot-Version (Pipe-Version { $theirs }, diese App spricht { $ours }) und wurde um { $time } beendet; die Sitzung wurde als verloren erfasst; starten Sie unknot neu
# $error: the system's reason, in English.
status-lost-unknown = auf das Fenster von { $routine } konnte um { $time } nicht gewartet werden ({ $error }); die Sitzung wurde als verloren erfasst
status-lost-not-opened = das Fenster für { $name } ließ sich nicht öffnen: { $error }
# `unknot status`'s "sync:" line. $n: local records not yet merged.
status-unmerged = älterer lokaler Verlauf ({ $n } { $n ->
    [one] Eintrag
   *[other] Einträge
}) ist noch nicht mit dem Sync-Ordner zusammengeführt: führen Sie `unknot sync init` aus
# The start-up line's config: $path is the config file's path. Both follow
# "läuft mit" in status-running, so they are in the dative.
status-config-file = der Konfiguration { $path }
status-config-builtin = der eingebauten Standardkonfiguration
# The start-up line's plan: one part per break, joined by "; ".
# $minutes: the active minutes between breaks.
status-plan-every = { $name } alle { $minutes } Min. aktiver Zeit
status-plan-at = { $name } um { $time }
status-plan-none = keine Pausen eingerichtet
# Why a request was refused (`unknot snooze`, `unknot break-now`, …), on stderr.
status-refused-nothing-to-snooze = keine Pause ist fällig, es gibt also nichts aufzuschieben
status-refused-no-snoozes-left = für diese Pause ist kein Aufschub mehr übrig
status-refused-nothing-to-skip = keine Pause ist fällig, es gibt also nichts zu überspringen
# $routine: a routine's id.
status-refused-no-break-plays = keine eingerichtete Pause verwendet { $routine }
status-refused-outside-hours = außerhalb der Arbeitszeit wird keine Pause angeboten
# $state: the app's state as `unknot status` names it ("paused", "in-break").
status-refused-not-now = gerade kann keine Pause angeboten werden ({ $state })
# $exercise: an exercise's id.
status-refused-not-left-out = { $exercise } ist nicht ausgelassen, es gibt also nichts wieder aufzunehmen
status-refused-nothing-left = jede Übung von { $routine } hat heute Schmerzen ausgelöst und ruht bis morgen; für heute ist davon nichts mehr übrig
# $id: the id asked for, in quotes.
status-refused-no-such-routine = es gibt keine Routine { $id }; `unknot routine list` zeigt alle an
status-refused-no-break-configured = es ist keine Pause eingerichtet; nennen Sie eine Routine
# After a refused `unknot break-now`: $refusal is the refusal above.
status-refused-start-instead = { $refusal }; `unknot start { $routine }` startet sie sofort

# The notification of a due break. $name: the break's name; $minutes: the
# routine's length in whole minutes.
notify-break-title = { $name } – { $minutes } Min.
# $routine: the routine's title; $exercises: its exercises' titles, joined
# by ", ". The default action (clicking the notification) starts it.
notify-break-body = { $routine }: { $exercises }. Zum Starten klicken.
# The same with $note: what pain left out (notify-rest-today, notify-left-out).
notify-break-body-note = { $routine }: { $exercises }. { $note } Zum Starten klicken.
# A routine the config no longer has: $id is its id.
notify-break-body-unknown = Routine { $id }
# What pain left out, in the notification and on the start screen. $names:
# exercise titles joined by ", ".
notify-rest-today = Heute Ruhe nach Schmerzen: { $names }.
notify-left-out = Nach Schmerzen ausgelassen, bis Sie sie wieder aufnehmen: { $names }.
# Both of the above, in that order.
notify-rest-and-left-out = Heute Ruhe nach Schmerzen: { $today }. Nach Schmerzen ausgelassen, bis Sie sie wieder aufnehmen: { $again }.
# The Snooze button, in the notification and the tray: $length is the
# snooze length as the config writes it ("10m"); $left the snoozes left.
notify-snooze = In { $length } erinnern (noch { $left })
# The notification's buttons.
notify-action-start = Starten
notify-action-skip = Überspringen
notify-action-open = Öffnen
notify-action-not-now = Nicht jetzt
# The shoulder check's notification: its title when the routine is gone.
notify-check-title = Schulter-Check
# The first shoulder check: $lines are the check's lines, one per line.
notify-check-first =
    { $lines }
    Neu: Dieser Check kommt ab und zu zwischen den Pausen. Sie können ihn unter Einstellungen › Pausen ausschalten oder seltener einstellen.
# No tray: on stderr at start, and as a notification.
notify-no-tray-title = unknot hat kein Symbol im Infobereich
notify-no-tray = Es läuft kein Host für den Infobereich (StatusNotifierWatcher), daher zeigt unknot kein Symbol an. Unter GNOME installieren Sie dazu die Erweiterung AppIndicator. Erinnerungen kommen weiterhin als Benachrichtigungen, und `unknot status` gibt Auskunft.
notify-no-tray-reopen = Es läuft kein Host für den Infobereich (StatusNotifierWatcher), daher zeigt unknot kein Symbol an. Unter GNOME installieren Sie dazu die Erweiterung AppIndicator. Erinnerungen kommen weiterhin als Benachrichtigungen, und `unknot status` gibt Auskunft. Das Fenster von unknot öffnen Sie, indem Sie unknot im Anwendungsmenü starten.
# The title of a notification about a config file that does not load.
notify-config-error-title = unknot: Konfigurationsfehler
# The weekly summary's title.
notify-week-title = unknot – Ihre Woche

# The tray menu.
tray-start = Jetzt Pause machen
tray-snooze = Später erinnern
# The Snooze item when a break is due and every snooze is used.
tray-snooze-none-left = Später erinnern (aufgebraucht)
tray-skip = Überspringen
tray-pause = Pausieren
tray-pause-30 = 30 Minuten
tray-pause-60 = 1 Stunde
# $time: a clock time ("14:30").
tray-pause-until = Bis { $time }
tray-pause-tomorrow = Bis morgen
tray-resume = Fortsetzen
tray-statistics = Statistik
tray-preferences = Einstellungen…
tray-edit-config = Konfiguration bearbeiten
tray-quit = Beenden


## The command line (cli/)

# `unknot status`, for people: a first line, then one "label: value" line
# each. The labels are padded to one column, so they may differ in length.
# $pid: the app's process id; $status: the status line (status-…).
cli-status-running = unknot läuft (PID { $pid }): { $status }
cli-status-label-state = Zustand:
cli-status-label-next-break = Nächste Pause:
cli-status-label-next-check = Nächster Check:
cli-status-label-snoozes-left = Aufschübe übrig:
cli-status-label-paused-until = Pausiert bis:
cli-status-label-streak = Serie:
cli-status-label-hours = Arbeitszeit:
cli-status-label-notification = Benachrichtigung:
cli-status-label-left-out = Ausgelassen:
cli-status-label-held = Wartet wegen:
cli-status-label-last-break = Letzte Pause:
cli-status-label-sync = Sync:
cli-status-label-degraded = Eingeschränkt:
cli-status-label-config = Konfiguration:
cli-status-label-config-error = Konfigurationsfehler:
# The app's state, after "state:".
cli-status-state-idle = wartet
cli-status-state-due = fällig
cli-status-state-snoozed = verschoben
cli-status-state-paused = pausiert
cli-status-state-in-break = in der Pause
# $name: the break's name; $routine: its routine's id; $time: a clock time
# ("14:05"); $when: cli-relative-….
cli-status-next-break = { $name } ({ $routine }) um { $time }, { $when }
# The same, 12 hours or more away: $date is date-weekday-day-month
# ("Mon 02 Mar").
cli-status-next-break-on = { $name } ({ $routine }) am { $date } um { $time }, { $when }
cli-status-next-check = Schulter-Check um { $time }
cli-status-paused-until-resumed = bis Sie fortsetzen (`unknot resume`)
# $n: days in a row with the daily routine done.
cli-status-streak-done = { $n } { $n ->
    [one] Tag
   *[other] Tage
}; heutige Tagesroutine erledigt
cli-status-streak-not-done = { $n } { $n ->
    [one] Tag
   *[other] Tage
}; heutige Tagesroutine noch offen
cli-status-outside-hours = außerhalb der Arbeitszeit
# The notification on screen: $name is its break's name; $actions its
# buttons' names joined by " / ".
cli-status-notification-waiting = { $name }: wartet auf { $actions }
cli-status-notification-shown = { $name }: angezeigt
cli-status-notification-not-shown = { $name }: nicht angezeigt
# An exercise left out after pain: $title is its name, $exercise its id.
cli-status-left-out-today = { $title } – ruht nach Schmerzen für den Rest des Tages
cli-status-left-out-again = { $title } – nach Schmerzen ausgelassen, bis Sie sie wieder aufnehmen (`unknot routine put-back { $exercise }`)
cli-status-config-builtin = eingebaute Standardkonfiguration
# How far off a time is: $span is a cli-span-… ("23 min", "1 h 5 min").
cli-relative-now = jetzt
cli-relative-in = in { $span }
cli-relative-ago = vor { $span }
cli-span-minutes = { $minutes } Min.
cli-span-hours = { $hours } Std.
cli-span-hours-minutes = { $hours } Std. { $minutes } Min.

# The running app's answers to the commands that steer it (on stdout).
# $routine: a routine's id.
cli-app-break-due = Eine Pause mit { $routine } ist jetzt fällig
cli-app-break-due-no-server = Eine Pause mit { $routine } ist jetzt fällig (kein Benachrichtigungsdienst: nutzen Sie den Infobereich oder `unknot start`)
cli-app-starting = { $routine } wird gestartet
cli-app-playing = { $routine } läuft
cli-app-snoozed = Verschoben
cli-app-skipped = Übersprungen
cli-app-paused = Pausiert
cli-app-resumed = Fortgesetzt
cli-app-preferences-opened = Einstellungen geöffnet
cli-app-window-open = Das Fenster von unknot ist geöffnet
cli-app-statistics-opened = Statistik geöffnet
cli-app-check-showing = Ein Schulter-Check wird angezeigt
cli-app-check-no-server = Ein Schulter-Check läuft (kein Benachrichtigungsdienst: nur sein Ton ist zu hören)
cli-app-quitting = unknot wird beendet
# $name: the exercise's title.
cli-app-put-back = { $name } ist wieder in Ihren Routinen
cli-app-config-reloaded = Konfiguration neu geladen
# A config that does not load on `unknot reload`: $errors are its errors,
# one per line (config-…).
cli-app-config-kept =
    { $errors }
    unknot behält die bisherige Konfiguration
# Failures talking to the app (on stderr).
cli-not-running = unknot läuft nicht (starten Sie es mit `unknot`)
ipc-not-a-directory = { $path }: kein Ordner; entfernen Sie es und starten Sie unknot erneut
ipc-not-owned = { $path }: gehört der Benutzer-ID { $owner }, nicht Ihnen (Benutzer-ID { $uid }); wird nicht verwendet
ipc-too-open = { $path }: für andere Benutzer offen (Modus { $mode }, erforderlich ist 700); wird nicht verwendet – entfernen Sie es und starten Sie unknot erneut
ipc-locked = { $path }: ein anderes unknot startet gerade und hält die Sperre; versuchen Sie es gleich noch einmal
# $seconds: how long the command waited.
cli-no-answer = unknot: unknot hat nicht innerhalb von { $seconds } s geantwortet
cli-closed = unknot: unknot hat die Verbindung ohne Antwort geschlossen
cli-status-not-answer = unknot: die App hat mit ihrem Status geantwortet, nicht mit dem Erfragten
# $error: the system's reason, in English.
cli-cannot-print-status = unknot: der Status kann nicht ausgegeben werden: { $error }
# `unknot pause --until`: a time that does not parse.
cli-expected-time = erwartet: eine Uhrzeit wie 13:30 (00:00 bis 23:59)
# `unknot --background` with a command.
cli-background-with-command = unknot: --background dient zum Starten der App, nicht zusammen mit einem Befehl


# `unknot check-config`. $label: the file checked ("config.json"), or
# "built-in default"; $summary: config-summary….
cli-check-ok = { $label }: OK – { $summary }
# The built-in default, with $path where a config file would be.
cli-check-ok-builtin = { $label } (keine Konfigurationsdatei unter { $path }): OK – { $summary }
# After the errors, one per line: how many there were.
cli-check-count = { $n } { $n ->
    [one] Fehler
   *[other] Fehler
}

# `unknot autostart`. $path: the autostart entry's path; $exe: the program it starts.
cli-autostart-removed = { $path } entfernt: unknot startet nicht mehr bei der Anmeldung
cli-autostart-was-not = Autostart war nicht aktiviert ({ $path } existiert nicht)
cli-autostart-wrote = { $path } geschrieben: unknot startet bei der Anmeldung ({ $exe })
cli-autostart-build-folder = unknot: Hinweis: { $exe } sieht nach einem Build-Ordner aus; führen Sie `cargo xtask install` aus und aktivieren Sie den Autostart aus dem installierten Programm, damit der Eintrag ein `cargo clean` übersteht

# `unknot sync init`. $n: records copied; $local: the local history file;
# $folder: the sync folder; $kept: the name the local file is kept under.
cli-sync-merged = { $n } { $n ->
    [one] Eintrag
   *[other] Einträge
} aus { $local } in { $folder } zusammengeführt (bereits vorhandene Einträge blieben unverändert); die lokale Datei bleibt als { $kept } erhalten.
cli-sync-nothing = Nichts zusammenzuführen: Der Verlauf dieses Rechners ist bereits in { $folder }.

# `unknot routine show upper-trap`: why the daily routine plays at its level.
cli-level-off = Steigerung ist ausgeschaltet
cli-level-held = festgelegt durch upper_trap.progression
cli-level-top = die höchste Stufe
# $done: routines completed at this level; $needed: how many step up; $level: the next level.
cli-level-toward = { $done } von { $needed } abgeschlossenen Routinen bis Stufe { $level }
# $error: why the history could not be read.
cli-level-no-history = unknot: { $error }; die erste Stufe wird angezeigt
# $error: the system's reason, in English.
cli-json-timeline-failed = unknot: die Zeitleiste konnte nicht als JSON geschrieben werden: { $error }
cli-json-stats-failed = unknot: die Statistik konnte nicht als JSON geschrieben werden: { $error }
# A history line `unknot stats` skips, on stderr after "unknot: FILE: ";
# $line is its line number; $error the parser's reason (English).
cli-history-torn-last-line = Zeile { $line }: der letzte Eintrag ist abgeschnitten (Schreiben durch Absturz oder Stromausfall unterbrochen); ignoriert
cli-history-incomplete = Zeile { $line }: ein beim Schreiben abgeschnittener Eintrag (durch Absturz oder Stromausfall); übersprungen, der Rest wird gelesen
cli-history-invalid = Zeile { $line }: kein Verlaufseintrag ({ $error }); übersprungen
# $version: the record's; $ours: the newest this unknot reads.
cli-history-newer = Zeile { $line }: Eintrag in Version { $version }, diese unknot-Version liest nur bis Version { $ours }; übersprungen

# `unknot stats`: the terminal table. Column headings are short, lower case;
# a column grows to fit its heading.
cli-stats-empty = Noch keine Pausen erfasst – sie erscheinen hier, sobald unknot welche angeboten hat.
cli-stats-head-date = Datum
cli-stats-head-day = Tag
cli-stats-head-offered = angeboten
cli-stats-head-taken = begonnen
cli-stats-head-done = fertig
cli-stats-head-snoozed = später
cli-stats-head-skipped = übersprungen
cli-stats-head-ignored = ignoriert
cli-stats-head-natural = spontan
# Minutes exercised.
cli-stats-head-min = Min.
# Whether the daily routine was done that day.
cli-stats-head-daily = Routine
# In the "daily" column: not a working day.
cli-stats-daily-off = frei
# The last row's first cell.
cli-stats-total = Summe
# A weekday, short: $day is 1 (Monday) to 7 (Sunday).
cli-weekday-short = { $day ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}
# The legend under the table, each line under 80 characters.
cli-stats-legend-taken = begonnen: geführte Pausen gestartet · spontan: lange genug weg, um zu zählen
cli-stats-legend-daily = Routine: Tagesroutine ✓ erledigt, – nicht erledigt, frei: kein Arbeitstag
cli-stats-streak = Aktuelle Serie: { $current } { $current ->
        [one] Arbeitstag
       *[other] Arbeitstage
    } (Bestwert: { $best } { $best ->
        [one] Arbeitstag
       *[other] Arbeitstage
    })
# $percent is a whole number.
cli-stats-completion = Abschlussquote: { $percent } % ({ $completed } abgeschlossen, { $offered } angeboten)
cli-stats-completion-none = Abschlussquote: – (keine Pausen angeboten)
# $per_day has one decimal.
cli-stats-checks = Schulter-Checks: { $shown } angezeigt, { $skipped } übersprungen ({ $per_day } pro Arbeitstag)
cli-stats-exercises-none = Erledigte Übungen: noch keine
cli-stats-exercises = Erledigte Übungen:
# After an exercise's count: how many more times it was done in part.
cli-stats-partly = (+{ $n } teilweise)
cli-stats-pain-stops = Wegen Schmerzen abgebrochen: { $n } { $n ->
        [one] Mal
       *[other] Mal
    }
# `unknot stats`: the weeks table's headings.
cli-weeks-head-week = Woche ab
cli-weeks-head-routine = Routine
cli-weeks-head-tension = Verspannung vorher → nachher
cli-weeks-head-checks = Checks/Tag
# Days with the routine done, of the week's working days.
cli-weeks-days-of = { $done } von { $working }
cli-weeks-legend = Verspannung: Median der Check-ins der Woche, 0 (keine) bis 10 (am stärksten)

# `unknot schedule`: the forecast as a table. A moment, the table's first
# column and in cli-schedule-head ("Mon 2026-03-02 09:50"; $date is
# date-weekday-numeric, $time date-time-24 or date-time-12): keep it the
# same width every day.
cli-schedule-at = { $date } { $time }
# The table's first line: $from and $until are cli-schedule-at.
cli-schedule-head = Pausen von { $from } bis { $until }, wenn Sie durchgehend arbeiten und jede Pause machen:
# Under cli-schedule-head, indented, when the window has no working hours.
cli-schedule-none = keine (in diesem Zeitraum keine Arbeitszeit)
# After a break's line when exercises are left out: $exercises, their ids
# joined by ", ".
cli-schedule-without = ohne { $exercises } (nach Schmerzen)
# A day's shoulder checks, after the breaks: $date is date-weekday-numeric,
# $n how many, $times their clock times joined by spaces.
cli-schedule-checks = Schulter-Checks am { $date } ({ $n }): { $times }
# `unknot schedule` with arguments it cannot read, after "unknot schedule:"
# and the option ("--from: "). $found is the argument as typed, in quotes.
cli-schedule-bad-datetime = erwartet: ein lokales Datum mit Uhrzeit wie 2026-03-02T08:00 oder "2026-03-02 08:00"; gefunden: { $found }
cli-schedule-bad-idle = erwartet: START/DAUER wie 2026-03-02T12:30/45m; gefunden: { $found }
# $error is config-duration-…; $found what follows the '/', in quotes.
cli-schedule-bad-idle-length = { $error } nach dem '/'; gefunden: { $found }
# $until and $from as given ("2026-03-01 08:00:00").
cli-schedule-until-before-from = --until ({ $until }) muss nach --from ({ $from }) liegen
cli-schedule-too-long = der Zeitraum von --from bis --until ist länger als { $days } Tage

## Config errors (config/)

# Config errors: `unknot check-config`, `unknot status` and the notification
# of a config that does not load. Each follows "file:line:column: key.path: ".
# Keys, JSON values and examples ($example, quoted values) are the config's
# own and stay as they are.
#
# German: every frame reads "erwartet: …; gefunden: …", so each $what
# (config-what-…, config-key-…) and each config-found-… is a noun phrase in
# the nominative.
#
# The most common shape: $what is one of the config-what-… below; $found the
# value found, as JSON ("5m", 12, true), or config-found-….
config-expected = erwartet: { $what }; gefunden: { $found }
config-found-empty-array = ein leeres Array
config-found-array = ein Array
config-found-object = ein Objekt
# $key: the key as written, in quotes.
config-duplicate-key = doppelter Schlüssel { $key }: jeder Schlüssel darf nur einmal vorkommen
# $suggestion: the known key nearest to it.
config-unknown-key-suggest = unbekannter Schlüssel { $key } – meinten Sie "{ $suggestion }"?
# $known: every key allowed there, quoted, joined by ", ".
config-unknown-key = unbekannter Schlüssel { $key }; erwartet: einer von { $known }
# $key: the key (as JSON spells it); $what: what it holds (config-key-…).
config-missing-key = Schlüssel "{ $key }" fehlt ({ $what })
# A list of the wrong length. $noun: what it lists (config-noun-…); $n: how
# many were found.
config-expected-at-most = erwartet: höchstens { $max } { $noun }; gefunden: { $n }
config-expected-between = erwartet: { $min } bis { $max } { $noun }; gefunden: { $n }
config-noun-time-ranges = Zeitspannen
config-noun-breaks = Pausen
config-noun-routines = Routinen
config-noun-exercises = Übungen
config-noun-instruction-lines = Anleitungszeilen
config-noun-phases = Phasen
# $names: the allowed values, quoted, joined by ", ".
config-expected-one-of = erwartet: einer der Werte { $names }; gefunden: { $found }
config-expected-one-of-suggest = erwartet: einer der Werte { $names }; gefunden: { $found } (meinten Sie "{ $suggestion }"?)
config-what-boolean = true oder false
config-what-whole-number = eine ganze Zahl von { $min } bis { $max }
# $min, $max: durations as the config writes them ("10m", "1h").
config-what-duration-range = eine Dauer von { $min } bis { $max }
config-what-duration-like = eine Dauer wie "{ $example }"
config-what-time = eine Uhrzeit "HH:MM" von 00:00 bis 23:59, z. B. "15:00"
config-what-text = Text in Anführungszeichen
config-what-non-empty-text = nicht leerer Text
config-text-too-long = erwartet: Text mit höchstens { $max } Zeichen; gefunden: { $chars } Zeichen
config-what-one-line = eine Textzeile ohne Steuerzeichen
config-what-id = eine ID aus 1 bis { $max } Kleinbuchstaben (a–z), Ziffern und Bindestrichen, z. B. "my-neck"
config-what-root = ein Objekt mit den Konfigurationsschlüsseln, z. B. { $example }
config-what-version = { $version } (die einzige Konfigurationsversion, die es gibt)
# An object of settings; $example shows its keys.
config-what-object-like = ein Objekt wie { $example }
config-what-text-scale = "auto" oder ein Faktor von { $min } bis { $max }, z. B. 1.25
config-what-weekdays = ein Objekt mit Wochentagen wie { $example }
config-what-time-ranges = ein Array von Zeitspannen wie { $example }
config-what-time-range = eine Zeitspanne wie { $example }
config-what-time-range-order = eine Zeitspanne, die nach ihrem Beginn endet
# $range: the earlier range it overlaps ("09:00-12:30").
config-overlap = erwartet: Zeitspannen ohne Überschneidung; gefunden: { $found }, überschneidet sich mit "{ $range }"
config-what-breaks = ein Array von Pausen
config-what-break = eine Pause wie { $example }
config-key-break-name = der Name, der in Benachrichtigungen erscheint
# $other: the key path of the break that has it too ("breaks[0]").
config-break-name-taken = erwartet: ein Name, den keine andere Pause trägt; gefunden: { $found } (auch in { $other })
config-key-break-routine = die ID der Routine, die ablaufen soll
config-every-or-at-both = erwartet: genau einer der Schlüssel "every" (ein Intervall aktiver Zeit) oder "at" (eine Uhrzeit); gefunden: beide
config-every-or-at-neither = erwartet: genau einer der Schlüssel "every" (ein Intervall aktiver Zeit) oder "at" (eine Uhrzeit); gefunden: keiner
config-break-time-taken = erwartet: eine Uhrzeit, die keine andere Pause nutzt; gefunden: { $found } (auch in { $other })
config-second-daily = erwartet: höchstens eine tägliche Pause; gefunden: eine zweite ({ $other } ist bereits täglich)
# $routine: the routine's id; $needs: what it needs beyond a chair ("a ball, a wall").
config-start-screen-needed = erwartet: true – nur eine Routine, die außer einem Stuhl nichts braucht, darf den Startbildschirm überspringen, und { $routine } braucht: { $needs }
config-unknown-routine-suggest = erwartet: die ID einer eingebauten oder eigenen Routine; gefunden: { $found } (meinten Sie "{ $suggestion }"?)
# $known: every routine id, quoted, joined by ", ".
config-unknown-routine = erwartet: die ID einer eingebauten oder eigenen Routine; gefunden: { $found } (bekannt: { $known })
config-what-routine-id = die ID einer eingebauten oder eigenen Routine, z. B. "desk-reset"
config-what-folder = ein Ordner als absoluter Pfad oder innerhalb Ihres persönlichen Ordners ("~/Sync/unknot")
config-what-monitor = "pointer" oder der Name eines Bildschirms, wie `xrandr --listmonitors` ihn angibt ("HDMI-1")
config-what-progression = "auto", "off" oder eine feste Stufe: 1, 2 oder 3
config-what-routines = ein Array von Routinen
config-what-routine = ein Routinen-Objekt mit "id", "title", "safety" und "exercises"
config-key-routine-id = die ID der Routine, z. B. "my-neck"
config-id-builtin = erwartet: eine ID, die keine eingebaute Routine verwendet; gefunden: { $found }
config-routine-id-taken = erwartet: eine ID, die keine andere Routine hat; gefunden: { $found } (auch in { $other })
config-key-routine-title = der Titel der Routine
config-key-safety = eine Zeile dazu, wie fest zu drücken ist und wann aufzuhören ist
config-what-exercises = ein Array von Übungen
# $max, $length: durations as the config writes them ("15m", "16m30s").
config-routine-too-long = erwartet: eine Routine von höchstens { $max }; gefunden: eine, die { $length } dauert
config-what-exercise = ein Übungsobjekt
config-key-exercise-id = die ID der Übung, z. B. "neck-stretch"
config-exercise-id-taken = erwartet: eine ID, die keine andere Übung dieser Routine hat; gefunden: { $found } (auch in { $other })
config-key-exercise-title = der Titel der Übung
config-key-purpose = wozu die Übung dient
config-key-position = die Ausgangsstellung des Körpers
config-key-equipment = was benötigt wird
config-key-instructions = ein Array kurzer Zeilen
config-key-sides = "none" oder "both"
config-key-sets = wie viele Sätze
config-key-reps = wie viele Wiederholungen pro Satz
config-key-phases = die Schritte einer Wiederholung
config-what-instructions = ein Array kurzer Zeilen wie { $example }
config-what-phases = ein Array von Phasen wie { $example }
config-what-phase = eine Phase wie { $example }
config-key-phase = was der Körper tut
config-key-phase-for = wie lange, z. B. "30s"
config-key-inhale = wie lange eingeatmet wird
config-key-exhale = wie lange ausgeatmet wird
# $inhale: the inhale's length ("4s").
config-what-exhale = eine Ausatmung, die länger ist als die Einatmung ({ $inhale }; auf das langsame Ausatmen kommt es an)
# Whole-file problems. $bytes: the limit in bytes.
config-too-large = die Datei ist größer als 1 MiB ({ $bytes } Bytes), mehr liest unknot nicht
config-not-utf8 = ungültiges UTF-8: eine Konfigurationsdatei muss UTF-8-Text sein
# $error: the JSON parser's own words, in English.
config-invalid-json = ungültiges JSON: { $error }
config-no-value = ungültiges JSON: die Datei enthält keinen Wert
# Loading. $path: the config file's path; $error: the system's reason.
config-not-found = { $path }: Konfigurationsdatei nicht gefunden
config-cannot-read = { $path }: die Konfigurationsdatei kann nicht gelesen werden: { $error }
config-file-too-large = { $path }: die Konfigurationsdatei ist größer als 1 MiB ({ $bytes } Bytes), mehr liest unknot nicht
# A duration on the command line (`unknot snooze 10m`).
config-duration-format = erwartet: eine Dauer wie "50m", "90s" oder "1h30m"
config-duration-zero = erwartet: eine Dauer größer als 0
# `unknot check-config`'s summary of a config that loads. $days: working
# days; $breaks: breaks; $list: each break (config-summary-…), joined by
# "; "; $routines: the user's own routines.
config-summary = { $days } { $days ->
    [one] Arbeitstag
   *[other] Arbeitstage
}, { $breaks } { $breaks ->
    [one] Pause
   *[other] Pausen
}, { $routines } eigene { $routines ->
    [one] Routine
   *[other] Routinen
}
config-summary-list = { $days } { $days ->
    [one] Arbeitstag
   *[other] Arbeitstage
}, { $breaks } { $breaks ->
    [one] Pause
   *[other] Pausen
} ({ $list }), { $routines } eigene { $routines ->
    [one] Routine
   *[other] Routinen
}
# $every: the interval as the config writes it ("50m"); $time: "15:00".
config-summary-every = { $name } alle { $every }
config-summary-every-daily = { $name } alle { $every }, täglich
config-summary-at = { $name } um { $time }
config-summary-at-daily = { $name } um { $time }, täglich

## Added with the weekly summary (the lead)

notify-week = Letzte Woche: Routine an { $done } von { $working } { $working ->
        [one] Tag
       *[other] Tagen
    }
notify-week-change = Letzte Woche: Routine an { $done } von { $working } { $working ->
        [one] Tag
       *[other] Tagen
    }; Verspannung { $before } → { $after }
notify-week-before = Letzte Woche: Routine an { $done } von { $working } { $working ->
        [one] Tag
       *[other] Tagen
    }; Verspannung vorher { $before }
notify-week-any = Letzte Woche: Routine an { $done } { $done ->
        [one] Tag
       *[other] Tagen
    }
notify-week-any-change = Letzte Woche: Routine an { $done } { $done ->
        [one] Tag
       *[other] Tagen
    }; Verspannung { $before } → { $after }
notify-week-any-before = Letzte Woche: Routine an { $done } { $done ->
        [one] Tag
       *[other] Tagen
    }; Verspannung vorher { $before }
status-running = unknot läuft mit { $config }: { $plan }
status-already-running = { $pid ->
        [0] unknot läuft bereits
       *[other] unknot läuft bereits (pid { $pid })
    }
status-already-running-opened = { $pid ->
        [0] unknot läuft bereits; sein Fenster ist geöffnet
       *[other] unknot läuft bereits (pid { $pid }); sein Fenster ist geöffnet
    }

## The session window, check-in and end (ui/player, ui/view)

# The names of the weekdays and months, and the clock, wherever a window
# shows a date or a time ($day: mon, tue, wed, thu, fri, sat, sun;
# $month: 1 to 12).
date-weekday = { $day ->
    [mon] Montag
    [tue] Dienstag
    [wed] Mittwoch
    [thu] Donnerstag
    [fri] Freitag
    [sat] Samstag
   *[sun] Sonntag
}
# Three letters or so, under a day's hours in Preferences (its screen-reader name).
# German: the usual two-letter forms.
date-weekday-short = { $day ->
    [mon] Mo
    [tue] Di
    [wed] Mi
    [thu] Do
    [fri] Fr
    [sat] Sa
   *[sun] So
}
# One letter under each day's bar of the Statistics window (about 12 px wide).
date-weekday-initial = { $day ->
    [mon] M
    [tue] D
    [wed] M
    [thu] D
    [fri] F
    [sat] S
   *[sun] S
}
date-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
# Under the Statistics window's charts, at 11–12 px: keep to about 3 letters.
date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mär
    [4] Apr
    [5] Mai
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Okt
    [11] Nov
   *[12] Dez
}
# A day and its month under the Statistics window's charts ("28. Feb";
# $month is date-month-short).
date-day-month-short = { $day }. { $month }
# A date a screen reader reads ("Samstag, 28. Februar"; $weekday is
# date-weekday, $month date-month).
date-long = { $weekday }, { $day }. { $month }
# A day and month without weekday, read by a screen reader ("22. Dezember").
date-day-month = { $day }. { $month }
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
# A weekday, day and month in `unknot status` ("Mo, 7. Dez"; $weekday is
# date-weekday-short, $day the day of the month (a number), $month
# date-month-short).
date-weekday-day-month = { $weekday }, { $day }. { $month }
# A date and a time as a value on their own, in `unknot status` ("Mo, 7.
# Dez, 14:30"; $date is date-weekday-day-month, $time date-time-24 or
# date-time-12).
date-and-time = { $date }, { $time }
# A weekday and the date in numbers, in the `unknot schedule` table ("Mo
# 02.03.2026"): keep every day the same width ($weekday is
# date-weekday-short; $year, $month and $day are numbers).
date-weekday-numeric = { $weekday } { NUMBER($day, minimumIntegerDigits: 2) }.{ NUMBER($month, minimumIntegerDigits: 2) }.{ $year }
# "lower" if a name such as a break's ("Desk break") or a side's ("Ear to
# left shoulder") starts lower-case in the middle of a sentence; "keep" if
# it keeps its capital (German nouns). Not shown.
session-names-mid-sentence = keep

# A length of time on the start and end screens ("10 Min."); short.
session-minutes-short = { $n } Min.
# A length of less than a minute, where session-minutes-short would say "0 Min.".
session-under-a-minute = unter einer Minute

# -- The start screen (600 × 360 window; text left of a 170 px figure) --

# Above the routine's title, when nothing was left out for pain (about 380 px at 15 px).
session-start-greeting = Zeit für eine Pause
# Under the title: $length is session-minutes-short or session-under-a-minute,
# $exercises how many exercises (about 380 px at 18 px).
session-start-meta = { $length } · { $exercises ->
    [one] { $exercises } Übung
   *[other] { $exercises } Übungen
}
# As session-start-meta, with the daily routine's level ($level is
# session-level…).
session-start-meta-level = { $length } · { $exercises ->
    [one] { $exercises } Übung
   *[other] { $exercises } Übungen
} · { $level }
# The daily routine's level and what its strength work asks ("Stufe 2 · 3 Sätze à 8").
session-level-sets = Stufe { $level } · { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
} à { $reps }
session-level-reps = Stufe { $level } · { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}
session-level = Stufe { $level }
# Under the title: the routine needs no equipment (about 380 px at 16 px).
session-needs-nothing = Keine Hilfsmittel nötig
# Under the title: $things lists what the routine needs, comma-separated
# (routine-need-…, nominative: "ein Ball, eine Wand").
session-needs = Benötigt: { $things }
# The words that start the urgent sentence of a routine's safety text,
# exactly as routine-safety-card says them ("Notruf bei Sprech- oder
# Schluckstörung, …"): that sentence is drawn in the warning colour. Not
# shown itself.
session-urgent-starts = Notruf
# The start screen's buttons: 200 px and 128 px wide at 17 px.
session-start = Starten
session-not-now = Nicht jetzt
# The keys at the bottom of the start screen (about 550 px at 13 px).
session-start-keys = Leertaste: starten · Esc: schließen

# -- Playing and paused --

# Top right, beside the exercise's title, while the voice is muted (about 70 px).
session-muted = Ton aus
# Under the progress bar, left ($n is 1-based).
session-exercise-of = Übung { $n } von { $total }
# Under the progress bar, right: the next exercise's title.
session-next-exercise = Danach: { $title }
session-last-exercise = Letzte Übung
# Under the large phase word (about 200 px at 18 px): the rep and the set.
# German: "Wdh.", the usual abbreviation on exercise sheets.
session-rep-set = Wdh. { $rep } von { $reps } · Satz { $set } von { $sets }
session-rep = Wiederholung { $rep } von { $reps }
# Resting between sets: the set just finished.
session-set-done = Satz { $set } von { $sets } geschafft
# A two-sided exercise's sides when it has no words of its own (about 200 px, bold).
session-left-side = Linke Seite
session-right-side = Rechte Seite
# Before the first side ($side: the side's words, e.g. "Ohr zur linken Schulter").
session-side-first = Zuerst: { $side }
# Switching sides ($side: the next side's words).
session-side-next = Dann: { $side }
# Shown (not spoken) while resting between sets, in place of the
# exercise's instruction: two lines of about 550 px at 16 px.
session-rest-between-sets = Lassen Sie Arme und Schultern locker. Der nächste Satz beginnt, wenn die Zeit abgelaufen ist.
# Heading of the card that says who should leave an exercise out, while
# getting ready ($seconds counts down; about 320 px at 15 px, bold).
session-caution-heading = Vorbereiten · { $seconds }
# As session-caution-heading, with the side to start on ($side).
session-caution-heading-side = Vorbereiten · { $seconds } · { $side }
# Over the dimmed exercise while paused (46 px, bold; about 550 px).
session-paused = Pausiert
session-paused-keys = Weiter mit der Leertaste
# The buttons under the exercise: 96 px wide at 17 px (shrinks to 11 px).
session-pause = Pause
session-resume = Weiter
session-next = Nächste
session-mute = Ton aus
session-unmute = Ton an
session-stop = Beenden
# The stop-for-pain button: 136 px wide.
session-stop-hurt = Stopp – tut weh
# The key under a button, at 11 px, as wide as its button (96 px).
session-key-space = Leertaste
session-key-right = Pfeil rechts
session-key-esc = Esc

# -- The check-in (0 to 10) --

# Above the check-in before a routine (about 550 px at 15 px).
checkin-before-you-start = Bevor Sie beginnen
checkin-title = Wie geht es dem Knoten?
# The question as say-checkin-before asks it.
checkin-question-before = Wie verspannt oder schmerzhaft ist die Stelle gerade?
# Asked on the end screen, after the routine.
checkin-question-after = Wie verspannt oder schmerzhaft ist die Stelle jetzt?
# The scale's ends, under 0 (left) and 10 (right), about 270 px each at 13 px;
# the words of say-checkin-before/-after.
checkin-scale-low = 0  gar nicht
checkin-scale-high = so schlimm wie nur möglich  10
# The keys under the scale (about 550 px at 13 px). The digits are the
# digit keys wherever the layout puts them.
checkin-keys = Tasten 0 bis 9 oder Pfeiltasten, dann Enter (auch für 10) · Esc überspringt
# Buttons, 128 px wide.
checkin-skip = Überspringen
session-close = Schließen

# -- The end screen --

# The end screen's title (34 px, bold, about 550 px).
session-end-hurt = Wegen Schmerzen beendet
session-end-done = Gut gemacht
session-end-over = Pause beendet
# What was done ($length: session-minutes-short).
session-end-summary = { $done } von { $total } Übungen · { $length }
# As session-end-summary, with the check-ins before and after (0 to 10).
session-end-summary-knot = { $done } von { $total } Übungen · { $length } · Knoten { $before } → { $after }
session-end-today-done = Heutige Tagesroutine erledigt
session-end-today-to-do = Heutige Tagesroutine noch offen
# $days is stats-days.
session-end-streak = Aktuelle Serie: { $days }


## Home, Statistics and weeks (ui/home, ui/stats)

# A number of days, in streaks on the end screen, home and Statistics
# (always nominative: "Serie: 3 Tage").
stats-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
# A rating from 0 to 10 with a half ("5,5"): the median of check-ins.
stats-rating-decimal = { $whole },{ $tenths }

# -- The home window (600 × 360; lines of about 536 px) --

# When, today ($time is date-time-24 or date-time-12). German: the
# preposition is part of it ("um 14:05"), so that home-paused-until,
# home-break-snoozed and home-next-break read right for today and another day.
home-when-today = um { $time }
# When, another day this week ($weekday is date-weekday): "am Dienstag um 14:05".
home-when-day = am { $weekday } um { $time }
# The large line (19 px): $when is home-when-…; $name a break's name, as
# the config spells it (no article: names have no known gender).
home-paused-until = Pausen ausgesetzt, weiter { $when }
home-paused = Pausen ausgesetzt, bis Sie sie fortsetzen
home-break-on = { $name } läuft gerade
home-a-break-on = Eine Pause läuft gerade
home-break-due = { $name } ist jetzt fällig
home-break-snoozed = { $name } verschoben, kommt { $when } wieder
home-next-break = Nächste Pause: { $name } { $when }
home-no-breaks = Sie haben keine Pausen geplant
# The second line (15 px): $days is stats-days.
home-streak = Serie: { $days }
home-daily-done = Heutige Tagesroutine erledigt · Serie: { $days }
home-daily-to-do = Heutige Tagesroutine noch offen · Serie: { $days }
# $quiet: what holds breaks back, as `unknot status` names it (status-held-…,
# "Mikrofon in Gebrauch").
home-held-by = Pausen warten wegen: { $quiet }
home-outside-hours = Sie sind außerhalb Ihrer Arbeitszeit
# The buttons: three rows; a row of three gives each about 170 px at 15 px.
home-start = Jetzt Pause machen
home-daily = Tagesroutine
home-resume = Pausen fortsetzen
home-pause-30 = 30 Min. pausieren
home-pause-60 = 1 Stunde pausieren
home-pause-tomorrow = Bis morgen pausieren
home-statistics = Statistik
home-preferences = Einstellungen
home-quit = unknot beenden
# The keys, at the bottom (one line of about 536 px at 12 px).
home-keys = Tab/Pfeiltasten: wechseln · Enter: wählen · Esc: Fenster schließen, unknot läuft weiter

# -- The Statistics window: days and weeks (600 × 360) --

# The days view's title (24 px, bold; about 300 px beside the legend).
stats-today = Heute
stats-last-days = Letzte { $n } Tage
# The legend, top right (13 px): the bars' colours.
stats-legend-routine = Routine erledigt
stats-legend-other = andere
# The chart's guide lines, left (12 px).
stats-axis-minutes = { $n } Min.
stats-no-exercise = Noch keine Übungen erfasst
# Bottom left, beside two 96 px buttons (about 330 px at 18 px); $current
# and $best are stats-days.
stats-streak-best = Serie { $current } · Bestwert { $best }
# The buttons to the other view (96 px).
stats-days-button = Tage
stats-weeks-button = Wochen
stats-close = Schließen
# The weeks view's title.
stats-last-weeks = Letzte { $n } Wochen
# The weeks view's header (accent, 16 px, about 550 px): $done days with the
# daily routine of the week's $working working days; also `unknot stats`.
stats-this-week = Diese Woche: Routine an { $done } von { $working } { $working ->
    [one] Tag
   *[other] Tagen
}
# As stats-this-week, with $checks shoulder checks shown this week.
stats-this-week-checks = Diese Woche: Routine an { $done } von { $working } { $working ->
    [one] Tag
   *[other] Tagen
} · { $checks ->
    [one] { $checks } Schulter-Check
   *[other] { $checks } Schulter-Checks
}
# A week without working days.
stats-this-week-any = Diese Woche: Routine an { $done } { $done ->
    [one] Tag
   *[other] Tagen
}
stats-this-week-any-checks = Diese Woche: Routine an { $done } { $done ->
    [one] Tag
   *[other] Tagen
} · { $checks ->
    [one] { $checks } Schulter-Check
   *[other] { $checks } Schulter-Checks
}
stats-legend-routine-days = Routinetage
stats-legend-tension = Verspannung vorher
# The left scale's top: 7 days, in about 30 px at 12 px.
stats-axis-days = { $n } T.
stats-no-routines = Noch keine Routinen oder Check-ins
# Under the weeks (12 px, one line of about 550 px).
stats-change-explained = Unter jeder Woche: wie stark der Knoten nach der Routine nachließ (Median).
# $days is stats-days.
stats-streak = Serie { $days }


## Preferences and the welcome (ui/prefs, session/prefs)

# Preferences: the window's title, top left above the list of sections (about 140 px at 20 px bold).
# The words notify-check-first names ("Einstellungen › Pausen").
prefs-title = Einstellungen

# Preferences: the sections, listed on the left and as the heading of the shown one (about 140 px at 15 px).
prefs-section-schedule = Zeitplan
prefs-section-breaks = Pausen
# Calls, fullscreen, screen sharing and the like, when breaks wait.
prefs-section-quiet = Nicht stören
prefs-section-sound = Ton
prefs-section-routine = Routine
prefs-section-display = Anzeige
prefs-section-login = Autostart

# Preferences: under the sections, after a change was written into the file (about 140 px at 12 px).
prefs-saved = In config.json gespeichert

# Preferences: the keys, three short lines bottom left (about 140 px each at 12 px).
prefs-keys-move = Tab, Auf/Ab: wechseln
prefs-keys-change = Links/Rechts: ändern
prefs-keys-switch = Leertaste: an/aus · Esc

# Preferences › Schedule: a weekday's chip, three letters or so (56 px at 14 px bold). Monday first.
prefs-day-mon = Mo
prefs-day-tue = Di
prefs-day-wed = Mi
prefs-day-thu = Do
prefs-day-fri = Fr
prefs-day-sat = Sa
prefs-day-sun = So

# Preferences › Schedule: beside a day's chip when it is off (about 220 px at 14 px).
prefs-day-off = kein Arbeitstag

# Preferences › Schedule: after a day's hours, when the file has more ranges that day than the window shows. $n: how many more (about 100 px at 12 px).
prefs-day-more = +{ $n } in der Datei

# Preferences › Schedule: the day's hours, "von 09:00 bis 18:00"; the words are the accessible names of the two steppers (not drawn).
prefs-hours-from = von
prefs-hours-to = bis

# Preferences › Schedule: a note under the days (about 390 px at 12 px).
prefs-schedule-more = Weitere Zeiten und Pausen: „Konfiguration bearbeiten“ im Tray-Menü.

# Preferences and the welcome: each setting's label, left of its control (about 260 px at 15 px; the text shrinks to fit). "Working hours, Monday to Friday" is the welcome's.
prefs-week-hours = Arbeitszeit, Montag bis Freitag
prefs-desk-every = Kurzpause alle
prefs-daily-at = Tagesroutine um
prefs-snooze-length = Später erinnern in
prefs-snooze-max = Aufschübe pro Pause
prefs-repeat-after = Erneut erinnern nach
prefs-max-repeats = Erinnerungen pro Pause
prefs-natural-break = So lange weg zählt als Pause
prefs-shoulder-check = Schulter-Check (20 s) zwischen Pausen
prefs-shoulder-check-every = Schulter-Check alle
prefs-shoulder-check-voice = Schulter-Check ansagen
prefs-quiet-on = Pausen zurückhalten, wenn sie stören
prefs-quiet-fullscreen = Bei einem Vollbildfenster
prefs-quiet-calls = Bei Anrufen (Mikrofon, Kamera)
prefs-quiet-notifications-paused = Bei pausierten Benachrichtigungen
prefs-quiet-screen-share = Beim Teilen des Bildschirms
prefs-quiet-inhibitors = Bei Videos oder Präsentationen
prefs-max-postpone = Höchstens zurückhalten für
prefs-sound-on = Ton während der Pausen
prefs-volume = Lautstärke
prefs-voice = Gesprochene Anleitung
prefs-pause-media = Musik in der Pause anhalten
# Followed by its value: "Der Knoten sitzt" | "beidseits" / "links" / "rechts".
prefs-knot-side = Der Knoten sitzt
prefs-lie-face-down = Platz für die Bauchlage
prefs-checkin = Fragen, wie es dem Knoten geht
prefs-progression = Kräftigungsstufe
prefs-weekly-summary = Wöchentliche Zusammenfassung
prefs-contrast = Kontrast
prefs-text-scale = Textgröße
prefs-motion = Animationen
# The choice of language; its values are each language named in itself.
prefs-language = Sprache
prefs-autostart = unknot bei der Anmeldung starten
prefs-left-out = Nach Schmerzen ausgelassen

# Preferences › Routine: a row for an exercise left out after pain until put back. $title: the exercise's name.
prefs-left-out-row = Nach Schmerzen ausgelassen: { $title }

# Preferences › Routine: the row's button (118 px at 14 px).
prefs-put-back = Wieder aufnehmen

# Preferences: the note under the sections after "Put back" (two lines of about 140 px at 12 px). $title: the exercise's name.
prefs-put-back-done = { $title } ist wieder in Ihren Routinen.

# Preferences: the note when a stepper is at its limit (two lines of about 140 px at 12 px).
prefs-at-limit = Weiter geht es nicht.

# Preferences: the note when the file was edited elsewhere since the window read it (two lines of about 140 px at 12 px).
prefs-changed-meanwhile = Datei inzwischen geändert, neu geladen. Bitte erneut.

# Preferences: a switch's state, left of the switch (about 28 px at 13 px).
prefs-switch-on = an
prefs-switch-off = aus

# Preferences: the values of the choices and steppers (82 px at 15 px; the text shrinks to 11 px to fit).
# Contrast, text size, motion and language when they follow the desktop.
prefs-as-desktop = vom System
prefs-contrast-normal = normal
prefs-contrast-high = hoch
prefs-motion-full = alle
prefs-motion-reduced = reduziert
# Where the knot is: "Der Knoten sitzt" | "beidseits".
prefs-knot-side-both = beidseits
prefs-knot-side-left = links
prefs-knot-side-right = rechts
# When the daily routine asks how the knot feels.
prefs-checkin-before-after = vorher/nachher
prefs-checkin-after = nur nachher
prefs-checkin-never = nie
# The strength level: chosen from the history, kept at 1, or held at $level (2 or 3).
prefs-progression-auto = wächst mit
prefs-progression-off = bleibt bei 1
prefs-progression-held = fest auf { $level }
# A volume or text size. $n: the percentage, a whole number.
prefs-percent = { $n } %
# A duration of whole minutes, as short as it can be: "50 min", "1 h", "1 h 30 min". $hours: whole hours; $minutes: the minutes past them (0 to 59).
prefs-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

# Preferences: why a change was not written (the note under the sections, two lines of about 140 px at 12 px).
prefs-edit-unreadable = Kein gültiges JSON, Datei bleibt unverändert
# $key: the key path in the file, e.g. "breaks[0]".
prefs-edit-shape = { $key }: unerwarteter Aufbau, Datei unverändert
# $why: the config error the change would cause, or prefs-edit-reads-back.
prefs-edit-invalid = Änderung würde die Konfiguration ungültig machen: { $why }
prefs-edit-reads-back = sie wird anders zurückgelesen
# $path: the config file; $error: the system's reason.
prefs-cannot-write = { $path } nicht schreibbar: { $error }

# Preferences on a file that does not read: the heading (536 px at 20 px bold).
prefs-broken-title = Die Konfigurationsdatei ist nicht lesbar
# Where the first error is. $file: the file, e.g. "~/.config/unknot/config.json".
prefs-broken-at = { $file }, Zeile { $line }, Spalte { $column }
# The first error. $path: its key path, e.g. "snooze.length"; $message: the error (config errors' words).
prefs-broken-error = { $path }: { $message }
# Advice, up to four lines of 536 px at 13 px. $section: the top-level key that holds the error.
prefs-broken-advice-reset = Es ändert sich nichts, bis Sie wählen. „{ $section }“ zurücksetzen stellt nur diesen Teil auf die Standardwerte; der Rest der Datei bleibt, wie er ist. Oder korrigieren Sie die Datei im Editor: Das Fenster liest sie beim Öffnen neu.
prefs-broken-advice-edit = Die Datei ist kein gültiges JSON, daher wird hier nichts geändert. Korrigieren Sie sie im Editor; das Fenster liest sie beim Öffnen neu.
# The buttons (160 px at 15 px; the text shrinks to fit). $section: the top-level key to reset.
prefs-broken-reset = „{ $section }“ zurücksetzen
prefs-broken-open = Datei öffnen
prefs-broken-close = Schließen
# $error: the system's reason xdg-open could not run.
prefs-cannot-open = xdg-open lässt sich nicht ausführen: { $error }
# The keys, one line at the bottom (536 px at 12 px).
prefs-broken-keys = Tab: wechseln · Leertaste oder Enter: wählen · Esc: schließen

# The first-run welcome: its heading (536 px at 22 px bold).
welcome-title = Willkommen bei unknot
# The welcome: three lines under the heading, one line each (536 px at 14 px; the text shrinks to 11 px to fit).
welcome-about-breaks = unknot zählt Ihre Zeit am Rechner und ruft Sie zu kurzen geführten Pausen (änderbar in den Einstellungen).
welcome-about-cause = Wahrscheinliche Ursache des Trapezius-Knotens: Die Schulter übernimmt die Arbeit schwacher Muskeln darunter.
welcome-about-routine = Die Tagesroutine lockert den Knoten und kräftigt diese Muskeln. Sie kann helfen, ist aber kein Heilmittel.
# The welcome: the shoulder check's switch. $n: minutes of desk time between checks (10 to 60).
welcome-shoulder-check = Alle { $n } Minuten ein Schulter-Check von 20 Sekunden
# The welcome: who should leave the ball out, above the buttons (up to three lines of 536 px at 11.5 px). $who: the ball step's caution (routine words) with its first letter lower case; $never: where the ball never goes.
# German: $who starts "lassen Sie …", so "Bitte" keeps it one correct sentence.
welcome-ball-step = Balldruck: Bitte { $who } { $never }
# The welcome's buttons (150 px at 15 px): keep the defaults and close, or write the answers and start.
welcome-use-defaults = Standard behalten
welcome-start = Starten
# The welcome's keys, two short lines bottom left (about 250 px at 12 px).
welcome-keys-move = Tab: wechseln · Links/Rechts: ändern
welcome-keys-escape = Esc: Standard behalten

# `unknot status`, the "language:" line, when the config or the locale asked for a language unknot does not ship: its label (like cli-status-label-…), then why English. $asked: what was asked for, as written (e.g. "pt_BR.UTF-8"). (Kept here with the language plumbing; the status words are the command line's.)
status-language-label = Sprache:
status-language-not-shipped = Englisch: unknot spricht { $asked } nicht


## Accessibility names (ui/access)

# Window titles, also their names for a screen reader.
a11y-window-statistics = unknot – Statistik
a11y-window-preferences = unknot – Einstellungen
a11y-window-welcome = Willkommen bei unknot
# What the session announces while its voice is off: the exercise's title
# and the phase's word ("Seitliche Nackendehnung: Halten").
a11y-announce = { $exercise }: { $phase }
# The countdown ring.
a11y-time-left = Verbleibende Zeit
# The ring's value: $phase is the large word ("Halten").
a11y-seconds-left = { $n ->
    [one] { $phase }: noch { $n } Sekunde
   *[other] { $phase }: noch { $n } Sekunden
}
# The check-in's group of 0 to 10, when its question is not on screen.
a11y-rating = Wie verspannt oder schmerzhaft ist die Stelle?
a11y-rating-scale = 0 gar nicht, 10 so schlimm wie nur möglich
# The Statistics window's list.
a11y-stats-last-weeks = Die letzten { $n } Wochen
a11y-stats-last-days = Die letzten { $n } Tage
# A day of the list: $date is date-long, $minutes whole minutes exercised.
a11y-stats-day = { $date }: { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} geübt
a11y-stats-day-routine = { $date }: { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} geübt, Tagesroutine erledigt
# A week of the list: $date is date-day-month (its Monday).
a11y-stats-week = Woche ab { $date }: Routine an { $done } von { $working } { $working ->
    [one] Arbeitstag
   *[other] Arbeitstagen
}
# As a11y-stats-week, with the median check-in before the routine (0 to 10).
a11y-stats-week-tension = Woche ab { $date }: Routine an { $done } von { $working } { $working ->
    [one] Arbeitstag
   *[other] Arbeitstagen
}, Verspannung vorher { $tension }
# Preferences: the tabs' list.
a11y-sections = Bereiche
# A day's hours in Preferences: $day is date-weekday-short.
a11y-day-from = { $day } von
a11y-day-to = { $day } bis
# A button that puts back an exercise left out after pain ($title).
a11y-put-back = { $title } wieder aufnehmen
a11y-close = Schließen
