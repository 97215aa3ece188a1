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
routine-safety-card = Nicht üben nach frischer Verletzung oder OP an Nacken oder Schulter oder wenn ein Arm kribbelt, taub oder schwach ist. Sofort aufhören bei stechendem oder ausstrahlendem Schmerz; Kribbeln, Taubheit, schwacher Hand; Schwindel, Ohnmachtsgefühl; Unscharf- oder Doppeltsehen, Schwanken, Übelkeit; neuem, plötzlichem, zunehmendem Kopfschmerz. Notruf bei Sprech- oder Schluckstörung, Brustschmerz, Atemnot.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
say-safety = Aufhören bei stechendem oder ausstrahlendem Schmerz, Kribbeln, Taubheit, Schwäche in der Hand. Auch bei Schwindel, Ohnmachtsgefühl, Sehstörungen, plötzlichem oder zunehmendem Kopfschmerz.

# Shown on the ball's get-ready screen and in the welcome: who should leave
# the ball out.
routine-ball-caution-who = Lassen Sie den Ball weg nach frischer Verletzung oder Operation an dieser Stelle, bei Blutverdünnern, Gerinnungsstörung oder Neigung zu blauen Flecken, bei Osteoporose, mit Herzschrittmacher oder Port unter dem Schlüsselbein und auf verletzter oder gereizter Haut oder frischer Einstichstelle.
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
say-stretch-exhale = Langsam ausatmen, die Dehnung darf nachgeben.
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
say-ball-form = Auf der Stelle stillhalten. Ball nicht rollen.
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
say-y-stop-at-shrug = Wandern die Schultern hoch, beenden Sie den Satz.
# Heard before each set.
say-y-raise-form = Schultern tief, weg von den Ohren. Brust und Kopf bleiben unten.
# Heard as the first lift of each set begins.
say-y-raise-effort = Nur leicht anheben.

# The wall Y lift (standing, facing a wall, hands high on it in a Y),
# for those who can't lie face down.
routine-wall-lift-title = Y-Abheben an der Wand
say-wall-lift-show-1 = Gesicht zur Wand, einen kleinen Schritt entfernt. Hände hoch an der Wand in weitem Y, Daumen zeigen zu Ihnen.
say-wall-lift-show-2 = Schulterblätter nach hinten unten, dann beide Hände knapp von der Wand lösen. Rippen bleiben unten.
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
say-blade-hold-show-3 = Lassen Sie die Schultern ganz locker, bevor die nächste beginnt.
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
    [1] Das war eins.
    [2] Das war zwei.
    [3] Das war drei.
    [4] Das war vier.
    [5] Das war fünf.
    [6] Das war sechs.
    [7] Das war sieben.
    [8] Das war acht.
    [9] Das war neun.
    [10] Das war zehn.
    [11] Das war elf.
    [12] Das war zwölf.
    [13] Das war dreizehn.
    [14] Das war vierzehn.
    [15] Das war fünfzehn.
    [16] Das war sechzehn.
    [17] Das war siebzehn.
    [18] Das war achtzehn.
    [19] Das war neunzehn.
    [20] Das war zwanzig.
    [30] Das war dreißig.
    [40] Das war vierzig.
    [50] Das war fünfzig.
    [60] Das war sechzig.
    [70] Das war siebzig.
    [80] Das war achtzig.
    [90] Das war neunzig.
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
