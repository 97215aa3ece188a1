### Las palabras de unknot en español: the Spanish catalogue, translated from
### i18n/en/unknot.ftl (Spain's Spanish, for the es-ES voice; nothing
### regional). Tone as in English: short, calm, exact about body positions.
###
### Register: "usted". Spanish patient material from public health services
### and hospital rehabilitation departments, written for an adult the writer
### does not know, says "usted" ("Su médico puede orientarle"; exercise
### sheets: "Incline la cabeza… y baje el hombro derecho"), and "usted" is
### the respectful neutral form in Latin America too; "tú" is what fitness
### apps and some US-based health sites use. The metainfo already says
### "usted" ("puede seguir la pausa con los ojos cerrados"). Adjectives that
### would need the user's gender (sentado/a, relajado/a, quieto/a) are
### avoided: "con la espalda recta", "sin tensión", "no se mueva".
###
### Terminology: TERMCAT, Diccionari de fisioteràpia (E. de Cardona
### Recasens, J. Esquirol Caussa; TERMCAT, 2015; some 1,800 physiotherapy
### terms of anatomy, therapeutics and body positions, with their Spanish and
### English equivalents), https://www.termcat.cat/ca/diccionaris-en-linia/196
### (read here: its presentation page; its entries were not opened from this
### machine, so the review should confirm the terms below against it).
### Patient-facing wording compared with physiotherapists' own patient pages:
### Col·legi Oficial de Fisioterapeutes de la Comunitat Valenciana, "Consejos
### de fisioterapia", https://cofpv.org/es/consejos/consejos42.asp (trapecio,
### elevador de la escápula; stop the stretch if it tingles), and ASEPAR's
### neck exercises in "usted",
### https://asepar.org/actividad-fisica-para-artritis/ejercicios-de-cuello.
### Terms: trapecio superior (upper trapezius); escápulas (shoulder blades:
### the physiotherapists' word, and the one the es-ES voice says most
### clearly; "omóplatos" is the everyday one); depresión escapular (scapular
### depression); clavícula (collarbone); punta del hombro (the acromion,
### "shoulder tip"); boca abajo (prone: the patient's words for "decúbito
### prono"); inspire / espire (breathe in / out, as physiotherapists cue
### breathing); tirantez (the stretch's "pull"); molestia (the ball's
### "tender"); serie / repetición (set / rep); nudo (knot, as the metainfo
### says; "contractura" in lay Spanish).
###
### Safety lines (routine-safety-card, say-safety, routine-ball-caution-*)
### checked against Spanish public patient information:
### - Mayo Clinic, "Dolor de cuello: cuándo consultar al médico",
###   https://mayoclinic.org/es/symptoms/neck-pain/basics/when-to-see-doctor/sym-20050882
###   (pain spreading to the arms; numbness, tingling, weakness; headache);
### - Generalitat Valenciana, Conselleria de Sanitat, "Ictus",
###   https://ses.san.gva.es/es/consells/-/asset_publisher/adb40qhtj8ev/content/ictus-1
###   (trouble speaking, loss of strength or feeling, a very bad headache of
###   sudden onset, sudden loss of balance, vision in one or both eyes; 112);
### - Mayo Clinic, "Síntomas de un ataque cardíaco",
###   https://www.mayoclinic.org/es-es/diseases-conditions/heart-attack/in-depth/heart-attack-symptoms/art-20047744
###   (chest pain; pain spreading to neck, jaw, shoulders; "falta de aire";
###   light-headedness, feeling faint; sweating).
### Compared: sharp (punzante) or spreading pain, tingling, numbness
### ("dormido", the patient's word; the sources say "entumecimiento"),
### weakness, dizziness and faintness ("mareo", which in Spanish covers
### feeling faint; "desmayo"), blurred or double vision, unsteadiness,
### nausea, a new, sudden or worsening headache, trouble speaking or
### swallowing, chest pain, breathlessness: all there, the urgent ones last
### as in English. Trouble swallowing is on none of the three pages (of the
### pages read, only a physician's practice page lists it); it stays, from
### the English (docs/routines.md: the neck's arteries). The ball's cautions
### (blood thinners, bruising, osteoporosis, pacemaker or port, broken or
### irritated skin, a recent injection) were compared only with massage
### contraindication lists on practitioners' pages, e.g.
### https://masajeszaragoza.net/donde-no-se-debe-masajear (no public patient
### page in Spanish found): they agree, and they follow docs/routines.md.
###
### Spoken lines were timed with SVOX Pico es-ES (target/pico, default speed,
### silence trimmed as `cargo xtask assets` trims) against the English
### clips' lengths. Syllables are no yardstick between the two languages:
### Spanish syllables are shorter, and nearly every line needs 30–60 % more
### of them for the same words. So lines were cut until they take about as
### long as the English (most within +15 %) and every get-ready and phase
### still holds its lines; say-safety takes 11.1 s of its 12 s.

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}

## The routines: titles, set-up, cues and what is spoken (routine/)

# The routines' names, in the start screen, Home, the tray and `unknot
# routine list`.
routine-upper-trap-title = Rutina diaria del trapecio superior
# ES: "pausa activa" is the usual Spanish name for a short exercise break
# at work.
routine-desk-reset-title = Pausa activa
# The twenty-second reminder between breaks; also its one exercise's name.
routine-shoulder-check-title = Control de hombros

# The start screen's card: who should skip the routine, when to stop, and
# when to get help now. One line of at most 400 characters; the last
# sentence is the urgent one and must stay last.
routine-safety-card = No la haga con una lesión u operación reciente de cuello u hombro, ni con un brazo dormido, débil o con hormigueo. Pare en el acto ante dolor punzante o que se extiende; hormigueo o mano dormida o débil; mareo o desmayo; vista borrosa o doble, inestabilidad o náuseas; dolor de cabeza nuevo, súbito o creciente. Pida ayuda urgente si le cuesta hablar o tragar, o por dolor de pecho o falta de aire.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
say-safety = Pare si nota dolor punzante o que se extiende, hormigueo o una mano dormida o débil. Pare si se marea, si ve mal, o con un dolor de cabeza súbito o que empeora.

# Shown on the ball's get-ready screen and in the welcome: who should leave
# the ball out.
routine-ball-caution-who = No use la pelota si se ha lesionado u operado esa zona hace poco; si toma anticoagulantes, tiene un trastorno de la coagulación o le salen moratones con facilidad; si tiene osteoporosis; si lleva un marcapasos o un reservorio bajo la clavícula; ni sobre piel dañada o irritada o una inyección reciente.
# Shown after routine-ball-caution-who: where the ball never goes.
routine-ball-caution-never = Nunca por encima de la clavícula, nunca en la parte delantera ni lateral del cuello, nunca sobre hueso.

# The exercises. Each has a title, up to four lines shown in the window
# (-show-N, at most 120 characters each, heard too), and the lines the
# voice says. "Left"/"right" are always the user's own left and right.

# The shoulder check (sitting). Shown lines:
routine-check-title = Control de hombros
say-check-show-1 = Deje caer los dos hombros, pesados, sin sujetarlos.
say-check-show-2 = Lleve las escápulas hacia abajo y un poco hacia atrás.
say-check-show-3 = Dos respiraciones lentas: en la segunda, suelte el aire más despacio que en la primera.
say-check-show-4 = Pose la mirada en algo lejano.
# Heard at its start.
say-check-setup = Control de hombros. Déjelos caer.
# Heard just before the two breaths, and after them; the eyes come last.
say-check-form = Escápulas abajo y algo atrás. Mire a lo lejos.
# The first of two breaths out (the second is say-breathe-out): shorter.
say-check-exhale = Suelte el aire.

# The neck side stretch (sitting, ear tipped toward one shoulder).
routine-stretch-title = Estiramiento lateral del cuello
say-stretch-show-1 = Espalda recta, manos sobre los muslos. Incline la cabeza, una oreja hacia su hombro, con la cara al frente.
say-stretch-show-2 = Inspire con suavidad y espire despacio; con cada espiración, deje que la tirantez ceda un poco.
say-stretch-show-3 = Vuelva despacio con la cabeza al centro.
say-stretch-setup = Estiramiento de cuello. Espalda recta, mirada al frente y manos en los muslos.
# Heard as the first side begins.
say-stretch-side-left = Incline la oreja izquierda hacia el hombro izquierdo.
# Heard as the second side begins, after say-switch-sides.
say-stretch-side-right = Ahora, la oreja derecha hacia el hombro derecho.
# The side as the window names it, a few words.
say-stretch-label-left = Oreja al hombro izquierdo
say-stretch-label-right = Oreja al hombro derecho
say-stretch-form = Deje los dos hombros bajos y pesados. Basta con una tirantez suave.
# Heard while the head tips to the left: the right shoulder is the one that
# stays down (named, since "the other shoulder" is ambiguous by ear).
say-stretch-form-left = Deje el hombro derecho bajo y pesado. Basta una tirantez suave, un tres o un cuatro de diez.
# Heard while the head tips to the right: the left shoulder stays down.
say-stretch-form-right = Deje el hombro izquierdo bajo y pesado. Basta una tirantez suave, un tres o un cuatro de diez.
# The first breath out of each side, in place of say-breathe-out.
say-stretch-exhale = Espire despacio y deje que ceda la tirantez.
say-stretch-ease = Vuelva despacio con la cabeza al centro.

# The ball press (standing, back to a wall, a ball between the wall and the
# back of the shoulder; still pressure, never rolled).
routine-ball-title = Presión con pelota sobre el nudo
say-ball-show-1 = De espaldas a la pared, rodillas sin bloquear. La pelota, detrás de lo alto del hombro, entre cuello y punta del hombro.
say-ball-show-2 = Apóyese atrás hasta notar molestia: 6 de 10 como máximo, que ceda al mantener. No se mueva; no ruede la pelota.
say-ball-show-3 = Sepárese de la pared y deje descansar el hombro.
say-ball-setup = Presión con pelota. De espaldas a la pared, pelota en mano y rodillas flexionadas.
say-ball-side-left = Pelota detrás del hombro izquierdo, entre el cuello y la punta del hombro.
# Heard after say-switch-sides.
say-ball-side-right = Ahora, el derecho: pelota detrás del hombro derecho, entre el cuello y la punta del hombro.
say-ball-label-left = Pelota tras el hombro izquierdo
say-ball-label-right = Pelota tras el hombro derecho
# Heard in the get-ready, after the side's line.
say-ball-find = Doble las rodillas y lleve la pelota al músculo, nunca al cuello ni al hueso. Busque el punto más sensible.
# Heard as the press begins.
say-ball-effort = Apóyese atrás hasta notar molestia, seis de diez como máximo.
say-ball-scale = Un seis molesta, pero le deja respirar despacio y sin tensión. Sin moverse, la molestia debe ir cediendo.
say-ball-form = No se mueva de ese punto; no ruede la pelota.
say-ball-tingle = Si el brazo le hormiguea o se le duerme, sepárese de la pared enseguida. Si dura más de un minuto, hoy no use la pelota.
# Heard halfway through the minute-long press.
say-ball-midway = Respire despacio y suelte el hombro y la mandíbula.
say-ball-ease = Sepárese de la pared y deje descansar el hombro.

# The prone Y-raise (lying face down, forehead on a folded towel, arms
# overhead in a Y).
routine-y-raise-title = Elevación en Y boca abajo
say-y-raise-show-1 = Boca abajo, la frente sobre una toalla doblada, brazos por encima de la cabeza a las diez y a las dos, pulgares arriba.
say-y-raise-show-2 = Lleve las escápulas abajo y atrás; luego eleve los brazos unos centímetros. Pecho y cabeza, apoyados.
say-y-raise-show-3 = Baje los brazos despacio y déjelos descansar en el suelo.
say-y-raise-setup = Elevación de brazos. Toalla doblada al suelo; túmbese boca abajo con la frente en ella.
say-y-raise-arms = Brazos sobre la cabeza a las diez y las dos, pulgares arriba.
say-y-raise-head = Mire a la toalla; espire al subir los brazos.
# Heard in the get-ready of both Y exercises.
say-y-stop-at-shrug = Si los hombros suben, acabe la serie ahí.
# Heard before each set.
say-y-raise-form = Hombros lejos de las orejas. Pecho y cabeza, apoyados.
# Heard as the first lift of each set begins.
say-y-raise-effort = Suba un poco.

# The wall Y lift (standing, facing a wall, hands high on it in a Y),
# for those who can't lie face down.
routine-wall-lift-title = Elevación en Y en la pared
say-wall-lift-show-1 = De cara a la pared, a un paso corto. Manos altas en la pared en una Y abierta, pulgares apuntando hacia usted.
say-wall-lift-show-2 = Lleve las escápulas abajo y atrás; luego despegue las dos manos de la pared. Sin sacar las costillas.
say-wall-lift-show-3 = Vuelva a apoyar las manos en la pared despacio y deje descansar los brazos.
say-wall-lift-setup = Elevación en la pared. De cara a ella, a un paso corto.
say-wall-lift-hands = Manos altas, a las diez y las dos, pulgares hacia usted.
say-wall-lift-head = Cabeza recta. Espire al despegar las manos de la pared.
say-wall-lift-form = Hombros abajo y atrás primero. Costillas dentro, sin arquear la espalda.
say-wall-lift-effort = Despegue de la pared.
# Heard as the first rep goes back to the wall.
say-wall-lift-ease = A la pared, despacio.
# Heard as every later rep goes back to the wall (short: 3 seconds).
say-wall-lift-ease-word = A la pared.

# The shoulder-blade depression hold (sitting; blades drawn down, held for
# a count of ten, repeated).
routine-blade-hold-title = Depresión escapular mantenida
say-blade-hold-show-1 = Siéntese con la espalda recta y los brazos sueltos a los lados.
say-blade-hold-show-2 = Deslice las escápulas hacia abajo y atrás, lejos de las orejas. Manténgalas sin dejar de respirar.
say-blade-hold-show-3 = Suelte del todo los hombros antes de la siguiente.
say-blade-hold-setup = Depresión escapular. Espalda recta, brazos sueltos.
say-blade-hold-form = Escápulas abajo y atrás. Siga respirando.
# Heard just before each count of ten begins (short).
say-blade-hold-before = Escápulas abajo.
# Heard as each hold is let go (4 seconds, with the rep's number after).
say-blade-hold-ease = Suelte.

# What every routine hears (a user's routine hears only these).

# Heard at the first exercise's start of a routine without its own set-up.
say-get-ready = Prepárese.
# Heard at a later exercise's start of a routine without its own set-up.
say-next-exercise = Siguiente ejercicio.
# Heard as a side begins, in routines without their own side lines.
say-side-left = Lado izquierdo.
say-side-right = Lado derecho.
# Heard when the sides change.
say-switch-sides = Cambie de lado.
# The first breaths of a paced hold.
say-breathe-in = Inspire despacio.
say-breathe-out = Espire despacio.
# The words said as a phase begins, where they fit (a phase may last 1 to
# 3 seconds). "Hold it there", not "Hold": the short word was misheard.
say-phase-hold = Mantenga la posición.
say-phase-press = Presione.
say-phase-raise = Suba.
say-phase-lower = Baje despacio.
say-phase-release = Suelte.
# Also heard as a rest between sets begins, where it has no length said.
say-phase-rest = Descanse.
# Before the last rep of a set that starts with a hold, a press or a lift:
# one sentence, the movement's word in it.
say-last-one-hold = La última: mantenga la posición.
say-last-one-press = La última: presione.
say-last-one-raise = La última: suba.
# Before the last counted hold of a set.
say-last-one = La última.
# With the closing chime.
say-done = Buen trabajo. Ha terminado.

# The large word in the session window for what is happening now (one or
# two words).
say-step-hold = Mantener
say-step-press = Presionar
say-step-raise = Subir
say-step-lower = Bajar
say-step-release = Soltar
# Both a rest within a rep and the rest between sets.
say-step-rest = Descanso
say-step-breathe-in = Inspirar
say-step-breathe-out = Espirar
say-step-get-ready = Prepararse
say-step-switch-sides = Cambio de lado

# Said and shown after "Stop — it hurt", in place of the closing line.
say-pain-stop = Paramos aquí. Deje este ejercicio por hoy y dé descanso a esa zona. Moverse con suavidad en el día a día está bien.
# Said and shown after say-pain-stop.
say-pain-stop-checked = Si el dolor es intenso, o no se ha calmado en una media hora, consulte a un profesional sanitario.
# Said after say-pain-stop-checked when the same exercise already hurt in
# the last fourteen days.
say-pain-again = Ha parado este ejercicio por dolor dos veces en dos semanas, así que queda fuera hasta que usted lo vuelva a incluir. Si el dolor vuelve una y otra vez, conviene que lo vea un fisioterapeuta o un médico.
# Said at the start of a user's first sessions; names the keys Space, H and
# Escape.
say-keys = Pulse espacio para pausar, H si le duele y escape para terminar.
# The check-in before the routine: the question and the scale's two ends.
say-checkin-before = Antes de empezar: ¿cuánta tensión o molestia nota ahora en esa zona? Cero es nada, diez es lo peor posible.
# The check-in on the end screen.
say-checkin-after = Y ahora: ¿cuánta tensión o molestia nota en esa zona? Cero es nada, diez es lo peor posible.

# The number $n as a word, capitalised as a count is said on its own
# ("Seven"): 1 to 20 and the tens to 90 (other numbers have no word).
# ES: counting, so 1 is "Uno" (the number's name, not "Una").
say-number = { $n ->
    [1] Uno
    [2] Dos
    [3] Tres
    [4] Cuatro
    [5] Cinco
    [6] Seis
    [7] Siete
    [8] Ocho
    [9] Nueve
    [10] Diez
    [11] Once
    [12] Doce
    [13] Trece
    [14] Catorce
    [15] Quince
    [16] Dieciséis
    [17] Diecisiete
    [18] Dieciocho
    [19] Diecinueve
    [20] Veinte
    [30] Treinta
    [40] Cuarenta
    [50] Cincuenta
    [60] Sesenta
    [70] Setenta
    [80] Ochenta
    [90] Noventa
   *[other] { $n }
}

# Heard once a second during a counted hold of 5 to 12 seconds (one
# second each, so keep it one short word): $n is 1 to 20 or the tens to 90.
say-count = { $n ->
    [1] Uno.
    [2] Dos.
    [3] Tres.
    [4] Cuatro.
    [5] Cinco.
    [6] Seis.
    [7] Siete.
    [8] Ocho.
    [9] Nueve.
    [10] Diez.
    [11] Once.
    [12] Doce.
    [13] Trece.
    [14] Catorce.
    [15] Quince.
    [16] Dieciséis.
    [17] Diecisiete.
    [18] Dieciocho.
    [19] Diecinueve.
    [20] Veinte.
    [30] Treinta.
    [40] Cuarenta.
    [50] Cincuenta.
    [60] Sesenta.
    [70] Setenta.
    [80] Ochenta.
    [90] Noventa.
   *[other] { $n }.
}

# Heard as a rep is lowered, after the movement word: the rep just done
# ($n, 1 to 20).
# ES: "Va una." / "Van tres." (repeticiones, feminine: "una"), as short as
# "That's three.".
say-rep-done = { $n ->
    [1] Va una.
    [2] Van dos.
    [3] Van tres.
    [4] Van cuatro.
    [5] Van cinco.
    [6] Van seis.
    [7] Van siete.
    [8] Van ocho.
    [9] Van nueve.
    [10] Van diez.
    [11] Van once.
    [12] Van doce.
    [13] Van trece.
    [14] Van catorce.
    [15] Van quince.
    [16] Van dieciséis.
    [17] Van diecisiete.
    [18] Van dieciocho.
    [19] Van diecinueve.
    [20] Van veinte.
    [30] Van treinta.
    [40] Van cuarenta.
    [50] Van cincuenta.
    [60] Van sesenta.
    [70] Van setenta.
    [80] Van ochenta.
    [90] Van noventa.
   *[other] Van { $n }.
}

# Heard before a set starts, in the get-ready and near the end of the
# rest between sets: set $n of $of sets.
# ES: "Serie uno de tres." (the set's number is named: "uno"; it is only
# said when there are at least two sets).
say-set-of = Serie { $n ->
        [1] uno
        [2] dos
        [3] tres
        [4] cuatro
        [5] cinco
        [6] seis
        [7] siete
        [8] ocho
        [9] nueve
        [10] diez
        [11] once
        [12] doce
        [13] trece
        [14] catorce
        [15] quince
        [16] dieciséis
        [17] diecisiete
        [18] dieciocho
        [19] diecinueve
        [20] veinte
        [30] treinta
        [40] cuarenta
        [50] cincuenta
        [60] sesenta
        [70] setenta
        [80] ochenta
        [90] noventa
       *[other] { $n }
    } de { $of ->
        [1] uno
        [2] dos
        [3] tres
        [4] cuatro
        [5] cinco
        [6] seis
        [7] siete
        [8] ocho
        [9] nueve
        [10] diez
        [11] once
        [12] doce
        [13] trece
        [14] catorce
        [15] quince
        [16] dieciséis
        [17] diecisiete
        [18] dieciocho
        [19] diecinueve
        [20] veinte
        [30] treinta
        [40] cuarenta
        [50] cincuenta
        [60] sesenta
        [70] setenta
        [80] ochenta
        [90] noventa
       *[other] { $of }
    }.

# Heard as the rest between two sets begins: $s is the rest in whole
# seconds (15 or 30 in the built-ins).
say-rest-for = { $s ->
    [1] Descanse un segundo.
    [2] Descanse dos segundos.
    [3] Descanse tres segundos.
    [4] Descanse cuatro segundos.
    [5] Descanse cinco segundos.
    [6] Descanse seis segundos.
    [7] Descanse siete segundos.
    [8] Descanse ocho segundos.
    [9] Descanse nueve segundos.
    [10] Descanse diez segundos.
    [11] Descanse once segundos.
    [12] Descanse doce segundos.
    [13] Descanse trece segundos.
    [14] Descanse catorce segundos.
    [15] Descanse quince segundos.
    [16] Descanse dieciséis segundos.
    [17] Descanse diecisiete segundos.
    [18] Descanse dieciocho segundos.
    [19] Descanse diecinueve segundos.
    [20] Descanse veinte segundos.
    [30] Descanse treinta segundos.
    [40] Descanse cuarenta segundos.
    [50] Descanse cincuenta segundos.
    [60] Descanse sesenta segundos.
    [70] Descanse setenta segundos.
    [80] Descanse ochenta segundos.
    [90] Descanse noventa segundos.
   *[other] Descanse { $s } segundos.
}

# Said back when a check-in rating is picked, 0 to 10 ($n).
say-rating = { $n ->
    [0] Cero.
    [1] Uno.
    [2] Dos.
    [3] Tres.
    [4] Cuatro.
    [5] Cinco.
    [6] Seis.
    [7] Siete.
    [8] Ocho.
    [9] Nueve.
   *[10] Diez.
}

# What each movement is for, in `unknot routine show` (lower case).
# ES: the four verbs of the metainfo's "estirar, liberar, fortalecer,
# reeducar".
routine-purpose-stretch = estirar
routine-purpose-release = liberar
routine-purpose-strengthen = fortalecer
routine-purpose-retrain = reeducar

# What a routine needs at hand, as listed after "Needs:" (start screen,
# `unknot routine show`, config notes).
routine-need-ball = una pelota
routine-need-towel = una toalla doblada
routine-need-chair = una silla
routine-need-wall = una pared
routine-need-floor = sitio en el suelo
# The same in one word, for the one-line `unknot routine list`.
routine-need-ball-short = pelota
routine-need-towel-short = toalla
routine-need-chair-short = silla
routine-need-wall-short = pared
routine-need-floor-short = suelo
# In place of the needs when a routine needs nothing.
routine-needs-nothing = nada

# `unknot routine show` (80 columns, wrapped): the heading, $title ($id,
# never translated).
routine-show-heading = { $title } ({ $id })
# The daily routine's level and why ($why: a sentence from the history).
routine-show-level = Nivel { $level } de { $top }: { $why }
# $needs: the needs above, joined by commas.
routine-show-needs = Necesita: { $needs }
routine-show-safety = Seguridad: { $safety }
# An exercise's heading: its number in the routine, title, purpose (above)
# and length (m:ss).
routine-show-exercise = { $number }. { $title } ({ $purpose }), { $length }
# Where an exercise is done, with or without a ball in hand.
routine-show-place-chair = { $ball ->
    [yes] En una silla, con pelota
   *[no] En una silla
}
routine-show-place-standing = { $ball ->
    [yes] De pie, con pelota
   *[no] De pie
}
routine-show-place-wall = { $ball ->
    [yes] Junto a una pared, con pelota
   *[no] Junto a una pared
}
routine-show-place-floor = { $ball ->
    [yes] En el suelo, con pelota
   *[no] En el suelo
}
# After the place, separated by "; ": the ball works the knot's side only.
routine-show-left-only = solo el lado izquierdo (el del nudo)
routine-show-right-only = solo el lado derecho (el del nudo)
# After the place, separated by "; ": both sides, and $switch (like "5 s")
# to change from one to the other.
routine-show-each-side = cada lado, primero el izquierdo
routine-show-each-side-switch = cada lado, primero el izquierdo, { $switch } para cambiar
# Sets and reps, then, separated by ", ", the rest between sets ($rest,
# like "30 s") and whether it is per side.
routine-show-sets-reps = { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
} × { $reps ->
    [one] { $reps } repetición
   *[other] { $reps } repeticiones
}
routine-show-rest-between-sets = { $rest } de descanso entre series
routine-show-per-side = por lado
# One rep's pattern: its length, then the phases ($pattern: routine-show-phase
# items joined by ", ").
routine-show-rep = Cada repetición ({ $length }): { $pattern }
# A phase of a rep: its word (say-step-*) and length, as "Hold 2 s".
routine-show-phase = { $phase } { $length }
routine-show-breathing = Respiración al mantener: inspirar { $inhale }, espirar { $exhale }
routine-show-total = Total: { $total } (cada ejercicio empieza con { $ready } para prepararse, { $move } cuando cambia de posición)
# What the voice says, for a built-in routine that speaks no stop signs.
routine-show-voice-quiet = Voz: todo se dice en voz alta: la preparación, una indicación de técnica por lado o por serie, las respiraciones, las series, los números de repetición y las cuentas (las señales para parar solo se muestran).
routine-show-voice-all = Voz: todo se dice en voz alta: las señales para parar, la preparación, los lados, una indicación de técnica por lado o por serie, las respiraciones, las series, los números de repetición y las cuentas.
# For a user's routine: only the built-in words are spoken.
routine-show-voice-own = Voz: sus propias frases se muestran, no se dicen (unknot solo dice las grabaciones que incluye); oirá los lados, las series, los números de repetición, las cuentas, las primeras respiraciones y los tonos.
# A length in seconds, $n whole or with decimals ("2 s", "1.5 s").
routine-seconds = { $n } s
# `unknot routine show ID` with an unknown ID: $known, the ids joined by ", ".
routine-unknown = unknot: no hay ninguna rutina «{ $id }»; rutinas conocidas: { $known }
# After routine-unknown, on its own line, when an id is close.
routine-did-you-mean = unknot: ¿quería decir «{ $id }»?
