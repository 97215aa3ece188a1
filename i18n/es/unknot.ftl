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
### clearly; "omóplatos" is the everyday one); descenso escapular (scapular
### depression; "depresión" reads as the mood to a patient); clavícula
### (collarbone); punta del hombro (the acromion, "shoulder tip"); boca abajo (prone: the patient's words for "decúbito
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
### still holds its lines; say-safety takes 11.0 s of its 12 s.

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
# The mark between a number's whole part and its decimals ("1.5"): every
# number with decimals is written with it. Not shown alone.
number-decimal-mark = ,

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
routine-safety-card = No la haga tras una lesión u operación reciente de cuello u hombro, ni con un brazo dormido, débil o con hormigueo. Pare ya ante dolor punzante o que se extiende; hormigueo, entumecimiento o mano débil; mareo o desmayo; vista borrosa o doble, inestabilidad o náuseas; dolor de cabeza nuevo, súbito o creciente. Pida ayuda urgente si le cuesta hablar o tragar, o tiene dolor de pecho o falta de aire.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
say-safety = Pare ante dolor punzante o que se extiende, hormigueo, entumecimiento o una mano débil. Pare si se marea, ve mal o tiene dolor de cabeza súbito o que empeora.

# Shown on the ball's get-ready screen and in the welcome: who should leave
# the ball out.
routine-ball-caution-who = No use la pelota si se ha lesionado u operado esa zona hace poco; si toma anticoagulantes, tiene un trastorno de la coagulación o le salen moratones con facilidad; si tiene osteoporosis; si lleva un marcapasos o un reservorio bajo la clavícula; ni sobre piel dañada o irritada ni en el sitio de una inyección reciente.
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
say-stretch-show-1 = Espalda recta, manos sobre los muslos. Incline la cabeza de lado, oreja hacia el hombro, sin girar la cara.
say-stretch-show-2 = Inspire con suavidad y espire despacio; con cada espiración, deje que la tirantez ceda un poco.
say-stretch-show-3 = Vuelva despacio con la cabeza al centro.
say-stretch-setup = Estiramiento de cuello. Espalda recta, mirada al frente y manos en los muslos.
# Heard as the first side begins.
say-stretch-side-left = Lleve la oreja izquierda hacia el hombro izquierdo.
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
say-ball-show-2 = Apóyese atrás hasta notar molestia: 6 de 10 como máximo, y que vaya cediendo. No se mueva ni haga rodar la pelota.
say-ball-show-3 = Sepárese de la pared y deje descansar el hombro.
say-ball-setup = Presión con pelota. De espaldas a la pared, pelota en mano, rodillas sin bloquear.
say-ball-side-left = Pelota detrás del hombro izquierdo, entre el cuello y la punta del hombro.
# Heard after say-switch-sides.
say-ball-side-right = Ahora, el derecho: pelota detrás del hombro derecho, entre el cuello y la punta del hombro.
say-ball-label-left = Pelota tras el hombro izquierdo
say-ball-label-right = Pelota tras el hombro derecho
# Heard in the get-ready, after the side's line.
say-ball-find = Doble las rodillas y lleve la pelota al músculo, no al cuello ni al hueso; busque el punto sensible.
# Heard as the press begins.
say-ball-effort = Apóyese atrás hasta notar molestia, seis de diez como máximo.
say-ball-scale = Un seis molesta, pero le deja respirar despacio y sin tensión. Sin moverse, la molestia debe ir cediendo.
say-ball-form = No se mueva de ese punto ni haga rodar la pelota.
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
say-y-raise-head = Mire a la toalla; suelte el aire al subir.
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
say-wall-lift-head = Cabeza recta; suelte el aire al despegar las manos.
say-wall-lift-form = Hombros abajo y atrás primero. Costillas dentro, sin arquear la espalda.
say-wall-lift-effort = Despegue de la pared.
# Heard as the first rep goes back to the wall.
say-wall-lift-ease = A la pared, despacio.
# Heard as every later rep goes back to the wall (short: 3 seconds).
say-wall-lift-ease-word = A la pared.

# The shoulder-blade depression hold (sitting; blades drawn down, held for
# a count of ten, repeated).
routine-blade-hold-title = Descenso escapular mantenido
say-blade-hold-show-1 = Siéntese con la espalda recta y los brazos sueltos a los lados.
say-blade-hold-show-2 = Deslice las escápulas hacia abajo y atrás, lejos de las orejas. Manténgalas sin dejar de respirar.
say-blade-hold-show-3 = Suelte del todo los hombros antes de la siguiente.
say-blade-hold-setup = Escápulas abajo. Espalda recta, brazos sueltos.
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

## Notifications, the tray and status (engine/messages, shell/present, platform)

# Registro: «usted», como el resto del catálogo. Términos: break = pausa
# (como en el metainfo y el .desktop); snooze = posponer (sustantivo:
# aplazamiento); skip = saltar; pause = pausar / en pausa; resume =
# reanudar; tray = bandeja del sistema; streak = racha; shoulder check =
# control de hombros; working hours = horario de trabajo; left out after
# pain = fuera de la rutina por dolor; config = configuración; array
# (JSON) = lista.

# The default config's two break names, shown (status, the tray,
# notifications, the start-up line, `unknot schedule`, the home window)
# while the user keeps them; the config stores them as English, so a
# renamed break shows as the user wrote it. Short: they fill $name in
# status-*, home-*, notify-break-title and a column of `unknot schedule`.
# ES: the words of prefs-desk-every and prefs-daily-at; "pausa activa" is
# also the routine's title (routine-desk-reset-title).
break-name-desk-reset = Pausa activa
break-name-daily-routine = Rutina diaria

status-paused-until = En pausa hasta las { $time }
status-paused = En pausa
status-due = { $name }: es la hora
status-snoozed = { $name } se ha pospuesto hasta las { $time }
status-in-progress = { $name } en curso
status-break-in-progress = Pausa en curso
status-next-at = { $name } a las { $time }
# A break on another day: $weekday is date-weekday-short ("mar"); no "el"
# before it, which would read as "el mar" (the sea).
status-next-on = { $name }, { $weekday } a las { $time }
status-next-in = { $name } dentro de { $minutes } min
status-no-breaks = No hay pausas programadas
status-outside-hours = { $line } (fuera del horario de trabajo)
status-aside = { $line } · { $aside }
status-streak = racha de { $n } { $n ->
    [one] día
   *[other] días
}
status-config-error = error en la configuración
status-history-not-saved = historial sin guardar
status-held-fullscreen = ventana a pantalla completa
status-held-microphone = micrófono en uso
status-held-camera = cámara en uso
status-held-screen-share = pantalla compartida
status-held-presentation = presentación en curso
status-held-notifications-paused = notificaciones en pausa
status-lost-exited = la ventana de { $routine } terminó con el código { $code } a las { $time }; la sesión quedó registrada como perdida
status-lost-killed = la señal { $signal } cerró la ventana de { $routine } a las { $time }; la sesión quedó registrada como perdida
status-lost-ended = la ventana de { $routine } se cerró a las { $time }; la sesión quedó registrada como perdida
status-lost-silent = la ventana de { $routine } dejó de responder durante { $seconds } s y se cerró a las { $time }; la sesión quedó registrada como perdida
status-lost-other-version = la ventana de { $routine } es de otra versión de unknot (versión de protocolo { $theirs }; esta aplicación usa la { $ours }) y se cerró a las { $time }; la sesión quedó registrada como perdida; reinicie unknot
status-lost-unknown = no se pudo esperar a que terminara la ventana de { $routine } ({ $error }) a las { $time }; la sesión quedó registrada como perdida
status-lost-not-opened = no se pudo abrir la ventana de { $name }: { $error }
status-unmerged = el historial local anterior ({ $n } { $n ->
    [one] registro
   *[other] registros
}) aún no se ha fusionado con la carpeta de sincronización: ejecute `unknot sync init`
status-config-file = la configuración { $path }
status-config-builtin = la configuración predeterminada integrada
status-plan-every = { $name } cada { $minutes } min de actividad
status-plan-at = { $name } a las { $time }
status-plan-none = no hay pausas configuradas
status-refused-nothing-to-snooze = no toca ninguna pausa, así que no hay nada que posponer
status-refused-no-snoozes-left = ya no puede posponer más esta pausa
status-refused-nothing-to-skip = no toca ninguna pausa, así que no hay nada que saltar
status-refused-no-break-plays = ninguna pausa configurada usa { $routine }
status-refused-outside-hours = fuera del horario de trabajo no se ofrecen pausas
status-refused-not-now = ahora no se puede ofrecer ninguna pausa ({ $state })
status-refused-not-left-out = { $exercise } no está fuera de la rutina, así que no hay nada que volver a incluir
status-refused-nothing-left = hoy dolieron todos los ejercicios de { $routine } y descansan hasta mañana; hoy no queda nada que hacer de esta rutina
status-refused-no-such-routine = no existe la rutina { $id }; `unknot routine list` muestra las que hay
status-refused-no-break-configured = no hay ninguna pausa configurada; indique una rutina
status-refused-start-instead = { $refusal }; `unknot start { $routine }` la empieza ahora

notify-break-title = { $name } — { $minutes } min
notify-break-body = { $routine }: { $exercises }. Haga clic para empezar.
notify-break-body-note = { $routine }: { $exercises }. { $note } Haga clic para empezar.
notify-break-body-unknown = Rutina { $id }
notify-rest-today = Hoy en reposo por dolor: { $names }.
notify-left-out = Fuera de la rutina por dolor hasta que usted lo decida: { $names }.
notify-rest-and-left-out = Hoy en reposo por dolor: { $today }. Fuera de la rutina por dolor hasta que usted lo decida: { $again }.
notify-snooze = Posponer { $length } ({ $left ->
    [one] queda { $left }
   *[other] quedan { $left }
})
notify-action-start = Empezar
notify-action-skip = Saltar
notify-action-open = Abrir
notify-action-not-now = Ahora no
notify-check-title = Control de hombros
notify-check-first =
    { $lines }
    Nuevo: este control aparece de vez en cuando entre pausas. Puede desactivarlo o espaciarlo en Preferencias › Pausas.
notify-no-tray-title = unknot no tiene icono en la bandeja del sistema
notify-no-tray = No hay ningún servicio de bandeja del sistema (StatusNotifierWatcher) en ejecución, así que unknot no tiene icono en la bandeja. En GNOME, instale la extensión AppIndicator. Los recordatorios siguen llegando como notificaciones, y `unknot status` responde.
notify-no-tray-reopen = No hay ningún servicio de bandeja del sistema (StatusNotifierWatcher) en ejecución, así que unknot no tiene icono en la bandeja. En GNOME, instale la extensión AppIndicator. Los recordatorios siguen llegando como notificaciones, y `unknot status` responde. Para abrir la ventana de unknot, ábralo desde el menú de aplicaciones.
notify-config-error-title = unknot: error en la configuración
notify-week-title = unknot — su semana

tray-start = Empezar una pausa ahora
tray-snooze = Posponer
tray-snooze-none-left = Posponer (no quedan)
tray-skip = Saltar
tray-pause = Pausar
tray-pause-30 = 30 minutos
tray-pause-60 = 1 hora
tray-pause-until = Hasta las { $time }
tray-pause-tomorrow = Hasta mañana
tray-resume = Reanudar
tray-statistics = Estadísticas
tray-preferences = Preferencias…
tray-edit-config = Editar configuración
tray-quit = Salir


## The command line (cli/)

cli-status-running = unknot está en ejecución (pid { $pid }): { $status }
cli-status-label-state = estado:
cli-status-label-next-break = próxima pausa:
cli-status-label-next-check = próximo control:
cli-status-label-snoozes-left = aplazamientos restantes:
cli-status-label-paused-until = en pausa hasta:
cli-status-label-streak = racha:
cli-status-label-hours = horario:
cli-status-label-notification = notificación:
cli-status-label-left-out = fuera de la rutina:
cli-status-label-held = en espera por:
cli-status-label-last-break = última pausa:
cli-status-label-sync = sincronización:
cli-status-label-degraded = limitaciones:
cli-status-label-config = configuración:
cli-status-label-config-error = error de configuración:
cli-status-state-idle = en espera
cli-status-state-due = pendiente
cli-status-state-snoozed = pospuesta
cli-status-state-paused = en pausa
cli-status-state-in-break = pausa en curso
cli-status-next-break = { $name } ({ $routine }) a las { $time }, { $when }
# The same, 12 hours or more away: $date is date-weekday-day-month
# ("Mon 02 Mar").
cli-status-next-break-on = { $name } ({ $routine }) el { $date } a las { $time }, { $when }
cli-status-next-check = control de hombros a las { $time }
cli-status-paused-until-resumed = que usted reanude (`unknot resume`)
cli-status-streak-done = { $n } { $n ->
    [one] día
   *[other] días
}; la rutina diaria de hoy ya está hecha
cli-status-streak-not-done = { $n } { $n ->
    [one] día
   *[other] días
}; la rutina diaria de hoy aún está pendiente
cli-status-outside-hours = fuera del horario de trabajo
cli-status-notification-waiting = { $name }: a la espera de { $actions }
cli-status-notification-shown = { $name }: mostrada
cli-status-notification-not-shown = { $name }: no mostrada
cli-status-left-out-today = { $title } — en reposo el resto del día por dolor
cli-status-left-out-again = { $title } — fuera de la rutina por dolor hasta que usted lo decida (`unknot routine put-back { $exercise }`)
cli-status-config-builtin = predeterminada integrada
cli-relative-now = ahora
cli-relative-in = dentro de { $span }
cli-relative-ago = hace { $span }
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h
cli-span-hours-minutes = { $hours } h { $minutes } min

cli-app-break-due = Ahora toca una pausa con { $routine }
cli-app-break-due-no-server = Ahora toca una pausa con { $routine } (no hay servidor de notificaciones: use la bandeja del sistema o `unknot start`)
cli-app-starting = Empezando { $routine }
cli-app-playing = Reproduciendo { $routine }
cli-app-snoozed = Pospuesta
cli-app-skipped = Saltada
cli-app-paused = En pausa
cli-app-resumed = Reanudado
cli-app-preferences-opened = Preferencias abiertas
cli-app-window-open = La ventana de unknot está abierta
cli-app-statistics-opened = Estadísticas abiertas
cli-app-check-showing = Se está mostrando un control de hombros
cli-app-check-no-server = Hay un control de hombros en curso (no hay servidor de notificaciones: solo se oye su sonido)
cli-app-quitting = unknot se está cerrando
cli-app-put-back = { $name } vuelve a estar en sus rutinas
cli-app-config-reloaded = Configuración recargada
cli-app-config-kept =
    { $errors }
    unknot mantiene la configuración que tenía
cli-not-running = unknot no está en ejecución (inícielo con `unknot`)
ipc-not-a-directory = { $path }: no es una carpeta; elimínelo y vuelva a iniciar unknot
ipc-not-owned = { $path }: pertenece al uid { $owner }, no a usted (uid { $uid }); no se usará
ipc-too-open = { $path }: abierto a otros usuarios (modo { $mode }, debe ser 700); no se usará — elimínelo y vuelva a iniciar unknot
ipc-locked = { $path }: otro unknot se está iniciando y tiene el bloqueo; vuelva a intentarlo
cli-no-answer = unknot: unknot no respondió en { $seconds } s
cli-closed = unknot: unknot cerró la conexión sin responder
cli-status-not-answer = unknot: la aplicación respondió con su estado, no con lo que se le pidió
cli-cannot-print-status = unknot: no se puede mostrar el estado: { $error }
cli-expected-time = se esperaba una hora del día como 13:30 (de 00:00 a 23:59)
cli-background-with-command = unknot: --background sirve para iniciar la aplicación, sin ningún comando


cli-check-ok = { $label }: correcto — { $summary }
cli-check-ok-builtin = { $label } (no hay archivo de configuración en { $path }): correcto — { $summary }
cli-check-count = { $n } { $n ->
    [one] error
   *[other] errores
}

cli-autostart-removed = Se eliminó { $path }: unknot ya no arranca al iniciar sesión
cli-autostart-was-not = El inicio automático no estaba activado ({ $path } no existe)
cli-autostart-wrote = Se escribió { $path }: unknot arranca al iniciar sesión ({ $exe })
cli-autostart-build-folder = unknot: nota: { $exe } parece estar en una carpeta de compilación; ejecute `cargo xtask install` y active el inicio automático desde el binario instalado para que la entrada siga funcionando tras un `cargo clean`

cli-sync-merged = { $n ->
    [one] Se fusionó { $n } registro
   *[other] Se fusionaron { $n } registros
} de { $local } con { $folder } (los registros que ya estaban allí no se tocaron); el archivo local se conserva como { $kept }.
cli-sync-nothing = No hay nada que fusionar: el historial de este equipo ya está en { $folder }.

cli-level-off = la progresión está desactivada
cli-level-held = fijado por upper_trap.progression
cli-level-top = el nivel más alto
cli-level-toward = { $done } de { $needed } rutinas completadas para pasar al nivel { $level }
cli-level-no-history = unknot: { $error }; se muestra el primer nivel
cli-json-timeline-failed = unknot: no se pudo escribir la línea de tiempo como JSON: { $error }
cli-json-stats-failed = unknot: no se pudieron escribir las estadísticas como JSON: { $error }
# A history line `unknot stats` skips, on stderr after "unknot: FILE: ";
# $line is its line number; $error the parser's reason (English).
cli-history-torn-last-line = línea { $line }: el último registro está cortado (una escritura interrumpida por un fallo o un corte de luz); se ignora
cli-history-incomplete = línea { $line }: un registro cortado a medio escribir (por un fallo o un corte de luz); se omite y se lee el resto
cli-history-invalid = línea { $line }: no es un registro del historial ({ $error }); se omite
# $version: the record's; $ours: the newest this unknot reads.
cli-history-newer = línea { $line }: registro en versión { $version }, este unknot solo lee hasta la versión { $ours }; se omite

# Cabeceras abreviadas para que la tabla quepa en 80 columnas; la leyenda
# explica las que no son evidentes.
cli-stats-empty = Aún no hay pausas registradas: aparecerán aquí en cuanto unknot le haya ofrecido alguna.
cli-stats-head-date = fecha
cli-stats-head-day = día
cli-stats-head-offered = ofrec.
cli-stats-head-taken = inic.
cli-stats-head-done = hechas
cli-stats-head-snoozed = posp.
cli-stats-head-skipped = salt.
cli-stats-head-ignored = ignor.
cli-stats-head-natural = natur.
cli-stats-head-min = min
cli-stats-head-daily = diaria
cli-stats-daily-off = libre
cli-stats-total = total
cli-weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
cli-stats-legend-taken = inic.: pausas guiadas iniciadas · natur.: ausencias que bastan como pausa
cli-stats-legend-daily = rutina diaria: ✓ hecha, – sin hacer, libre: día no laborable
cli-stats-streak = Racha actual: { $current } { $current ->
        [one] día laborable
       *[other] días laborables
    } (mejor: { $best } { $best ->
        [one] día laborable
       *[other] días laborables
    })
cli-stats-completion = Tasa de finalización: { $percent } % ({ $completed } completadas, { $offered } ofrecidas)
cli-stats-completion-none = Tasa de finalización: – (no se ha ofrecido ninguna pausa)
cli-stats-checks = Controles de hombros: { $shown } mostrados, { $skipped } saltados ({ $per_day } por día laborable)
cli-stats-exercises-none = Ejercicios hechos: ninguno todavía
cli-stats-exercises = Ejercicios hechos:
cli-stats-partly = (+{ $n } a medias)
cli-stats-pain-stops = Paradas por dolor: { $n } { $n ->
        [one] vez
       *[other] veces
    }
cli-weeks-head-week = semana del
cli-weeks-head-routine = rutina
cli-weeks-head-tension = tensión antes → después
cli-weeks-head-checks = controles/día
cli-weeks-days-of = { $done } de { $working }
cli-weeks-legend = tensión: mediana semanal de sus valoraciones, de 0 (ninguna) a 10 (la peor)

# `unknot schedule`: the forecast as a table. A moment, the table's first
# column and in cli-schedule-head ("Mon 2026-03-02 09:50"; $date is
# date-weekday-numeric, $time date-time-24 or date-time-12): keep it the
# same width every day.
cli-schedule-at = { $date } { $time }
# The table's first line: $from and $until are cli-schedule-at.
cli-schedule-head = Pausas del { $from } al { $until }, si trabaja sin parar y hace cada pausa:
# Under cli-schedule-head, indented, when the window has no working hours.
cli-schedule-none = ninguna (no hay horario de trabajo en este intervalo)
# After a break's line when exercises are left out: $exercises, their ids
# joined by ", ".
cli-schedule-without = sin { $exercises } (por dolor)
# A day's shoulder checks, after the breaks: $date is date-weekday-numeric,
# $n how many, $times their clock times joined by spaces.
cli-schedule-checks = Controles de hombros del { $date } ({ $n }): { $times }
# `unknot schedule` with arguments it cannot read, after "unknot schedule:"
# and the option ("--from: "). $found is the argument as typed, in quotes.
cli-schedule-bad-datetime = se esperaba una fecha y hora local como 2026-03-02T08:00 o "2026-03-02 08:00", pero se encontró { $found }
cli-schedule-bad-idle = se esperaba INICIO/DURACIÓN como 2026-03-02T12:30/45m, pero se encontró { $found }
# $error is config-duration-…; $found what follows the '/', in quotes.
cli-schedule-bad-idle-length = { $error } tras la '/', pero se encontró { $found }
# $until and $from as given ("2026-03-01 08:00:00").
cli-schedule-until-before-from = --until ({ $until }) debe ser posterior a --from ({ $from })
cli-schedule-too-long = el intervalo de --from a --until dura más de { $days } días

## Config errors (config/)

# Las piezas config-what-… y config-key-… van tras «se esperaba …» o entre
# paréntesis tras «falta la clave …»: todas son sintagmas nominales en
# singular («un número entero…», «una lista de…»).
config-expected = se esperaba { $what }, pero se encontró { $found }
config-found-empty-array = una lista vacía
config-found-array = una lista
config-found-object = un objeto
config-duplicate-key = clave { $key } repetida: cada clave solo puede aparecer una vez
config-unknown-key-suggest = clave desconocida { $key }, ¿quería decir "{ $suggestion }"?
config-unknown-key = clave desconocida { $key }; se esperaba una de estas: { $known }
config-missing-key = falta la clave "{ $key }" ({ $what })
config-expected-at-most = se esperaban como máximo { $max } { $noun }, pero { $n ->
    [one] se encontró { $n }
   *[other] se encontraron { $n }
}
config-expected-between = se esperaban de { $min } a { $max } { $noun }, pero { $n ->
    [one] se encontró { $n }
   *[other] se encontraron { $n }
}
config-noun-time-ranges = franjas horarias
config-noun-breaks = pausas
config-noun-routines = rutinas
config-noun-exercises = ejercicios
config-noun-instruction-lines = líneas de instrucciones
config-noun-phases = fases
config-expected-one-of = se esperaba uno de estos valores: { $names }, pero se encontró { $found }
config-expected-one-of-suggest = se esperaba uno de estos valores: { $names }, pero se encontró { $found } (¿quería decir "{ $suggestion }"?)
config-what-boolean = true o false
config-what-whole-number = un número entero de { $min } a { $max }
config-what-duration-range = una duración de { $min } a { $max }
config-what-duration-like = una duración como "{ $example }"
config-what-time = una hora del día "HH:MM" de 00:00 a 23:59, como "15:00"
config-what-text = un texto entre comillas
config-what-non-empty-text = un texto no vacío
config-text-too-long = se esperaba un texto de { $max } caracteres como máximo, pero se encontraron { $chars } caracteres
config-what-one-line = una sola línea de texto sin caracteres de control
config-what-id = un identificador de 1 a { $max } letras minúsculas, cifras y guiones, como "my-neck"
config-what-root = un objeto con las claves de la configuración, como { $example }
config-what-version = { $version } (la única versión de configuración que existe)
config-what-object-like = un objeto como { $example }
config-what-text-scale = "auto" o una escala de { $min } a { $max }, como 1.25
config-what-weekdays = un objeto de días de la semana como { $example }
config-what-time-ranges = una lista de franjas horarias como { $example }
config-what-time-range = una franja horaria como { $example }
config-what-time-range-order = una franja horaria que termine después de empezar
config-overlap = se esperaban franjas horarias que no se solapen, pero { $found } se solapa con "{ $range }"
config-what-breaks = una lista de pausas
config-what-break = una pausa como { $example }
config-key-break-name = el nombre que aparece en las notificaciones
config-break-name-taken = se esperaba un nombre que no tenga ninguna otra pausa, pero se encontró { $found } (también en { $other })
config-key-break-routine = el identificador de la rutina que se hará
config-every-or-at-both = se esperaba solo una de las claves "every" (un intervalo de tiempo activo) o "at" (una hora del día), pero están las dos
config-every-or-at-neither = se esperaba una de las claves "every" (un intervalo de tiempo activo) o "at" (una hora del día), pero no hay ninguna
config-break-time-taken = se esperaba una hora que no use ninguna otra pausa, pero se encontró { $found } (también en { $other })
config-second-daily = se esperaba como máximo una pausa diaria, pero se encontró una segunda ({ $other } ya es diaria)
config-start-screen-needed = se esperaba true: solo una rutina que no necesite nada más que una silla puede saltarse la pantalla de inicio, y { $routine } necesita { $needs }
config-unknown-routine-suggest = se esperaba el identificador de una rutina integrada o propia, pero se encontró { $found } (¿quería decir "{ $suggestion }"?)
config-unknown-routine = se esperaba el identificador de una rutina integrada o propia, pero se encontró { $found } (existentes: { $known })
config-what-routine-id = el identificador de una rutina integrada o propia, como "desk-reset"
config-what-folder = una carpeta, como ruta absoluta o dentro de su carpeta personal ("~/Sync/unknot")
config-what-monitor = "pointer" o el nombre de un monitor tal como lo da `xrandr --listmonitors` ("HDMI-1")
config-what-progression = "auto", "off" o un nivel fijo: 1, 2 o 3
config-what-routines = una lista de rutinas
config-what-routine = un objeto de rutina con "id", "title", "safety" y "exercises"
config-key-routine-id = el identificador de la rutina, como "my-neck"
config-id-builtin = se esperaba un identificador que no use ninguna rutina integrada, pero se encontró { $found }
config-routine-id-taken = se esperaba un identificador que no tenga ninguna otra rutina, pero se encontró { $found } (también en { $other })
config-key-routine-title = el título de la rutina
config-key-safety = una línea sobre cuánta presión aplicar y cuándo parar
config-what-exercises = una lista de ejercicios
config-routine-too-long = se esperaba una rutina que dure como máximo { $max }, pero esta dura { $length }
config-what-exercise = un objeto de ejercicio
config-key-exercise-id = el identificador del ejercicio, como "neck-stretch"
config-exercise-id-taken = se esperaba un identificador que no tenga ningún otro ejercicio de esta rutina, pero se encontró { $found } (también en { $other })
config-key-exercise-title = el título del ejercicio
config-key-purpose = para qué se hace
config-key-position = la posición del cuerpo
config-key-equipment = qué se necesita
config-key-instructions = una lista de líneas cortas
config-key-sides = "none" o "both"
config-key-sets = cuántas series
config-key-reps = cuántas repeticiones por serie
config-key-phases = los pasos de una repetición
config-what-instructions = una lista de líneas cortas como { $example }
config-what-phases = una lista de fases como { $example }
config-what-phase = una fase como { $example }
config-key-phase = qué hace el cuerpo
config-key-phase-for = cuánto dura, como "30s"
config-key-inhale = cuánto dura la inspiración
config-key-exhale = cuánto dura la espiración
config-what-exhale = una espiración más larga que la inspiración ({ $inhale }; lo importante es soltar el aire despacio)
config-too-large = el archivo ocupa más de 1 MiB ({ $bytes } bytes), el máximo que lee unknot
config-not-utf8 = UTF-8 no válido: un archivo de configuración debe ser texto UTF-8
config-invalid-json = JSON no válido: { $error }
config-no-value = JSON no válido: el archivo no contiene ningún valor
config-not-found = { $path }: no existe ese archivo de configuración
config-cannot-read = { $path }: no se puede leer el archivo de configuración: { $error }
config-file-too-large = { $path }: el archivo de configuración ocupa más de 1 MiB ({ $bytes } bytes), el máximo que lee unknot
config-duration-format = se esperaba una duración como "50m", "90s" o "1h30m"
config-duration-zero = se esperaba una duración mayor que 0
config-summary = { $days } { $days ->
    [one] día laborable
   *[other] días laborables
}, { $breaks } { $breaks ->
    [one] pausa
   *[other] pausas
}, { $routines } { $routines ->
    [one] rutina propia
   *[other] rutinas propias
}
config-summary-list = { $days } { $days ->
    [one] día laborable
   *[other] días laborables
}, { $breaks } { $breaks ->
    [one] pausa
   *[other] pausas
} ({ $list }), { $routines } { $routines ->
    [one] rutina propia
   *[other] rutinas propias
}
config-summary-every = { $name } cada { $every }
config-summary-every-daily = { $name } cada { $every }, diaria
config-summary-at = { $name } a las { $time }
config-summary-at-daily = { $name } a las { $time }, diaria

## Added with the weekly summary (the lead)

notify-week = La semana pasada: rutina { $done } de { $working } { $working ->
        [one] día
       *[other] días
    }
notify-week-change = La semana pasada: rutina { $done } de { $working } { $working ->
        [one] día
       *[other] días
    }; tensión { $before } → { $after }
notify-week-before = La semana pasada: rutina { $done } de { $working } { $working ->
        [one] día
       *[other] días
    }; tensión antes { $before }
notify-week-any = La semana pasada: rutina { $done } { $done ->
        [one] día
       *[other] días
    }
notify-week-any-change = La semana pasada: rutina { $done } { $done ->
        [one] día
       *[other] días
    }; tensión { $before } → { $after }
notify-week-any-before = La semana pasada: rutina { $done } { $done ->
        [one] día
       *[other] días
    }; tensión antes { $before }
status-running = unknot está en marcha con { $config }: { $plan }
status-already-running = { $pid ->
        [0] unknot ya está en marcha
       *[other] unknot ya está en marcha (pid { $pid })
    }
status-already-running-opened = { $pid ->
        [0] unknot ya está en marcha; su ventana está abierta
       *[other] unknot ya está en marcha (pid { $pid }); su ventana está abierta
    }

## The session window, check-in and end (ui/player, ui/view)

# The names of the weekdays and months, and the clock, wherever a window
# shows a date or a time ($day: mon, tue, wed, thu, fri, sat, sun;
# $month: 1 to 12).
date-weekday = { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
# Three letters or so, under a day's hours in Preferences (its screen-reader name).
date-weekday-short = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}
# One letter under each day's bar of the Statistics window (about 12 px wide).
date-weekday-initial = { $day ->
    [mon] L
    [tue] M
    [wed] X
    [thu] J
    [fri] V
    [sat] S
   *[sun] D
}
date-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# Under the Statistics window's charts, at 11–12 px: keep to about 3 letters.
date-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sep
    [10] oct
    [11] nov
   *[12] dic
}
# A day and its month under the Statistics window's charts ("28 Feb";
# $month is date-month-short).
date-day-month-short = { $day } { $month }
# A date a screen reader reads ("Saturday 28 February"; $weekday is
# date-weekday, $month date-month).
date-long = { $weekday }, { $day } de { $month }
# A day and month without weekday, read by a screen reader ("22 December").
date-day-month = { $day } de { $month }
# The clock this language reads: "24h" or "12h" (not shown: it picks
# date-time-24 or date-time-12).
date-clock = 24h
# A time on the 24-hour clock ($hour "09", $minute "05").
date-time-24 = { $hour }:{ $minute }
# A time on the 12-hour clock ($hour "9", $minute "05", $period am or pm).
date-time-12 = { $hour }:{ $minute } { $period ->
    [am] a. m.
   *[pm] p. m.
}
# A weekday, day and month in `unknot status` ("lun 7 dic"; $weekday is
# date-weekday-short, $day the day of the month (a number), $month
# date-month-short).
date-weekday-day-month = { $weekday } { $day } { $month }
# A date and a time as a value on their own, in `unknot status` ("lun 7
# dic, 14:30"; $date is date-weekday-day-month, $time date-time-24 or
# date-time-12).
date-and-time = { $date }, { $time }
# A weekday and the date in numbers, in the `unknot schedule` table ("lun
# 02/03/2026"): keep every day the same width ($weekday is
# date-weekday-short; $year, $month and $day are numbers).
date-weekday-numeric = { $weekday } { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ $year }
# "lower" if a name such as a break's ("Desk break") or a side's ("Ear to
# left shoulder") starts lower-case in the middle of a sentence ("Your desk
# break is due now", "Next: ear to right shoulder"); "keep" if it keeps its
# capital (German nouns). Not shown.
session-names-mid-sentence = lower

# A length of time on the start and end screens ("10 min"); short.
session-minutes-short = { $n } min
# A length of less than a minute, where session-minutes-short would say "0 min".
session-under-a-minute = menos de un minuto

# -- The start screen (600 × 360 window; text left of a 170 px figure) --

# Above the routine's title, when nothing was left out for pain (about 380 px at 15 px).
session-start-greeting = Toca hacer una pausa
# Under the title: $length is session-minutes-short or session-under-a-minute,
# $exercises how many exercises (about 380 px at 18 px).
session-start-meta = { $length } · { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
}
# As session-start-meta, with the daily routine's level ($level is
# session-level…).
session-start-meta-level = { $length } · { $exercises ->
    [one] { $exercises } ejercicio
   *[other] { $exercises } ejercicios
} · { $level }
# The daily routine's level and what its strength work asks ("Level 2 · 3 sets of 8").
session-level-sets = Nivel { $level } · { $sets } series de { $reps }
session-level-reps = Nivel { $level } · { $reps ->
    [one] { $reps } repetición
   *[other] { $reps } repeticiones
}
session-level = Nivel { $level }
# Under the title: the routine needs no equipment (about 380 px at 16 px).
session-needs-nothing = No necesita material
# Under the title: $things lists what the routine needs, comma-separated
# ("a tennis ball, a wall").
session-needs = Necesita: { $things }
# The words that start the urgent sentence of a routine's safety text,
# exactly as the routine's safety text (routine-…) says them in this
# language: that sentence is drawn in the warning colour. Not shown itself.
session-urgent-starts = Pida ayuda urgente
# The start screen's buttons: 200 px and 128 px wide at 17 px.
session-start = Empezar
session-not-now = Ahora no
# The keys at the bottom of the start screen (about 550 px at 13 px).
session-start-keys = Espacio para empezar · Esc para cerrar

# -- Playing and paused --

# Top right, beside the exercise's title, while the voice is muted (about 70 px).
session-muted = Sin sonido
# Under the progress bar, left ($n is 1-based).
session-exercise-of = Ejercicio { $n } de { $total }
# Under the progress bar, right: the next exercise's title.
session-next-exercise = Siguiente: { $title }
session-last-exercise = Último ejercicio
# Under the large phase word (about 200 px at 18 px): the rep and the set.
session-rep-set = Rep. { $rep } de { $reps } · Serie { $set } de { $sets }
session-rep = Repetición { $rep } de { $reps }
# Resting between sets: the set just finished.
session-set-done = Serie { $set } de { $sets } completada
# A two-sided exercise's sides when it has no words of its own (about 200 px, bold).
session-left-side = Lado izquierdo
session-right-side = Lado derecho
# Before the first side ($side: the side's words, e.g. "ear to left shoulder").
session-side-first = Primero: { $side }
# Switching sides ($side: the next side's words).
session-side-next = Ahora: { $side }
# Shown (not spoken) while resting between sets, in place of the
# exercise's instruction: two lines of about 550 px at 16 px.
session-rest-between-sets = Deje sueltos los brazos y los hombros. La siguiente serie empieza tras la cuenta.
# Heading of the card that says who should leave an exercise out, while
# getting ready ($seconds counts down; about 320 px at 15 px, bold).
session-caution-heading = Prepárese · { $seconds }
# As session-caution-heading, with the side to start on ($side).
session-caution-heading-side = Prepárese · { $seconds } · { $side }
# Over the dimmed exercise while paused (46 px, bold; about 550 px).
session-paused = En pausa
session-paused-keys = Espacio para reanudar
# The buttons under the exercise: 96 px wide at 17 px (shrinks to 11 px).
session-pause = Pausar
session-resume = Reanudar
session-next = Siguiente
session-mute = Silenciar
session-unmute = Activar sonido
session-stop = Terminar
# The stop-for-pain button: 136 px wide.
session-stop-hurt = Parar: me duele
# The key under a button, at 11 px, as wide as its button (96 px).
session-key-space = Espacio
session-key-right = Flecha derecha
session-key-esc = Esc

# -- The check-in (0 to 10) --

# Above the check-in before a routine (about 550 px at 15 px).
checkin-before-you-start = Antes de empezar
checkin-title = ¿Cómo está el nudo?
checkin-question-before = ¿Cuánta tensión o molestia nota ahora?
# Asked on the end screen, after the routine.
checkin-question-after = Y ahora, ¿cuánta tensión o molestia nota en el nudo?
# The scale's ends, under 0 (left) and 10 (right), about 270 px each at 13 px.
checkin-scale-low = 0  nada
checkin-scale-high = lo peor posible  10
# The keys under the scale (about 550 px at 13 px). The digits are the
# digit keys wherever the layout puts them.
checkin-keys = Teclas 0 a 9, o las flechas e Intro (también para el 10) · Esc para saltar
# Buttons, 128 px wide.
checkin-skip = Saltar
session-close = Cerrar

# -- The end screen --

# The end screen's title (34 px, bold, about 550 px).
session-end-hurt = Parada por dolor
session-end-done = Buen trabajo
session-end-over = Pausa terminada
# What was done ($length: session-minutes-short).
session-end-summary = { $done } de { $total ->
    [one] { $total } ejercicio
   *[other] { $total } ejercicios
} · { $length }
# As session-end-summary, with the check-ins before and after (0 to 10).
session-end-summary-knot = { $done } de { $total ->
    [one] { $total } ejercicio
   *[other] { $total } ejercicios
} · { $length } · nudo { $before } → { $after }
session-end-today-done = La rutina de hoy ya está hecha
session-end-today-to-do = La rutina de hoy aún está pendiente
# $days is stats-days.
session-end-streak = Racha actual: { $days }


## Home, Statistics and weeks (ui/home, ui/stats)

# A number of days, in streaks on the end screen, home and Statistics.
stats-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
# A rating from 0 to 10 with a half ("5.5"): the median of check-ins.
stats-rating-decimal = { $whole },{ $tenths }

# -- The home window (600 × 360; lines of about 536 px) --

# When, today ($time is date-time-24 or date-time-12).
home-when-today = hoy a las { $time }
# When, another day this week ($weekday is date-weekday).
home-when-day = el { $weekday } a las { $time }
# The large line (19 px): $when is home-when-…; $name a break's name, as
# session-names-mid-sentence says ("desk break").
home-paused-until = Pausas detenidas hasta { $when }
home-paused = Pausas detenidas hasta que usted las reanude
home-break-on = Su { $name } está en curso
home-a-break-on = Hay una pausa en curso
home-break-due = Ahora toca su { $name }
home-break-snoozed = Ha pospuesto su { $name } hasta { $when }
home-next-break = Su próxima pausa: { $name }, { $when }
home-no-breaks = No tiene pausas programadas
# The second line (15 px): $days is stats-days.
home-streak = Racha: { $days }
home-daily-done = La rutina de hoy ya está hecha · racha de { $days }
home-daily-to-do = La rutina de hoy aún está pendiente · racha de { $days }
# $quiet: what holds breaks back, as `unknot status` names it ("camera in use").
home-held-by = Pausas en espera por: { $quiet }
home-outside-hours = Está fuera de su horario de trabajo
# The buttons: three rows; a row of three gives each about 170 px at 15 px.
home-start = Empezar una pausa
home-daily = Rutina diaria
home-resume = Reanudar pausas
home-pause-30 = Pausar 30 minutos
home-pause-60 = Pausar 1 hora
home-pause-tomorrow = Pausar hasta mañana
home-statistics = Estadísticas
home-preferences = Preferencias
home-quit = Salir de unknot
# The keys, at the bottom (one line of about 536 px at 12 px).
home-keys = Tab o flechas: moverse · Intro: elegir · Esc: cerrar esta ventana (unknot sigue en marcha)

# -- The Statistics window: days and weeks (600 × 360) --

# The days view's title (24 px, bold; about 300 px beside the legend).
stats-today = Hoy
stats-last-days = Últimos { $n } días
# The legend, top right (13 px): the bars' colours.
stats-legend-routine = rutina hecha
stats-legend-other = otros
# The chart's guide lines, left (12 px).
stats-axis-minutes = { $n } min
stats-no-exercise = Aún no hay ejercicios registrados
# Bottom left, beside two 96 px buttons (about 330 px at 18 px); $current
# and $best are stats-days.
stats-streak-best = Racha: { $current } · mejor: { $best }
# The buttons to the other view (96 px).
stats-days-button = Días
stats-weeks-button = Semanas
stats-close = Cerrar
# The weeks view's title.
stats-last-weeks = Últimas { $n } semanas
# The weeks view's header (accent, 16 px, about 550 px): $done days with the
# daily routine of the week's $working working days; also `unknot stats`.
stats-this-week = Esta semana: rutina hecha { $done } de { $working } { $working ->
    [one] día
   *[other] días
}
# As stats-this-week, with $checks shoulder checks shown this week.
stats-this-week-checks = Esta semana: rutina hecha { $done } de { $working } { $working ->
    [one] día
   *[other] días
} · { $checks ->
    [one] { $checks } control de hombros
   *[other] { $checks } controles de hombros
}
# A week without working days.
stats-this-week-any = Esta semana: rutina hecha { $done } { $done ->
    [one] día
   *[other] días
}
stats-this-week-any-checks = Esta semana: rutina hecha { $done } { $done ->
    [one] día
   *[other] días
} · { $checks ->
    [one] { $checks } control de hombros
   *[other] { $checks } controles de hombros
}
stats-legend-routine-days = días con rutina
stats-legend-tension = tensión antes
# The left scale's top: 7 days, in about 30 px at 12 px.
stats-axis-days = { $n } d
stats-no-routines = Aún no hay rutinas ni valoraciones
# Under the weeks (12 px, one line of about 550 px).
stats-change-explained = Bajo cada semana: cuánto se alivió el nudo tras la rutina (mediana).
# $days is stats-days.
stats-streak = Racha: { $days }


## Preferences and the welcome (ui/prefs, session/prefs)

# Preferences: the window's title, top left above the list of sections (about 140 px at 20 px bold).
prefs-title = Preferencias

# Preferences: the sections, listed on the left and as the heading of the shown one (about 140 px at 15 px).
prefs-section-schedule = Horario
prefs-section-breaks = Pausas
prefs-section-quiet = No molestar
prefs-section-sound = Sonido
prefs-section-routine = Rutina
prefs-section-display = Pantalla
prefs-section-login = Al iniciar sesión

# Preferences: under the sections, after a change was written into the file (about 140 px at 12 px).
prefs-saved = Guardado en config.json

# Preferences: the keys, three short lines bottom left (about 140 px each at 12 px).
prefs-keys-move = Tab, Arriba/Abajo: moverse
prefs-keys-change = Izquierda/Derecha: cambiar
prefs-keys-switch = Espacio: activar · Esc: cerrar

# Preferences › Schedule: a weekday's chip, three letters or so (56 px at 14 px bold). Monday first.
prefs-day-mon = Lun
prefs-day-tue = Mar
prefs-day-wed = Mié
prefs-day-thu = Jue
prefs-day-fri = Vie
prefs-day-sat = Sáb
prefs-day-sun = Dom

# Preferences › Schedule: beside a day's chip when it is off (about 220 px at 14 px).
prefs-day-off = día no laborable

# Preferences › Schedule: after a day's hours, when the file has more ranges that day than the window shows. $n: how many more (about 100 px at 12 px).
prefs-day-more = +{ $n } en el archivo

# Preferences › Schedule: the day's hours, "from 09:00 to 18:00"; the words are the accessible names of the two steppers (not drawn).
prefs-hours-from = desde
prefs-hours-to = hasta

# Preferences › Schedule: a note under the days (about 390 px at 12 px).
prefs-schedule-more = Más horarios y pausas: «Editar configuración» en el menú de la bandeja.

# Preferences and the welcome: each setting's label, left of its control (about 260 px at 15 px; the text shrinks to fit). "Working hours, Monday to Friday" is the welcome's.
prefs-week-hours = Horario de trabajo, de lunes a viernes
prefs-desk-every = Pausa activa cada
prefs-daily-at = Rutina diaria a las
prefs-snooze-length = Posponer durante
prefs-snooze-max = Aplazamientos por pausa
prefs-repeat-after = Volver a avisar tras
prefs-max-repeats = Avisos por pausa
prefs-natural-break = Ausencia que cuenta como pausa
prefs-shoulder-check = Control de hombros de 20 s entre pausas
prefs-shoulder-check-every = Control de hombros cada
prefs-shoulder-check-voice = Control de hombros con voz
prefs-quiet-on = Esperar a un momento tranquilo
prefs-quiet-fullscreen = Con una app a pantalla completa
prefs-quiet-calls = En llamadas (micrófono, cámara)
prefs-quiet-notifications-paused = Con las notificaciones en pausa
prefs-quiet-screen-share = Al compartir la pantalla
prefs-quiet-inhibitors = Con un vídeo o diapositivas en curso
prefs-max-postpone = Esperar como máximo
prefs-sound-on = Sonido en las pausas
prefs-volume = Volumen
prefs-voice = Guía por voz
prefs-pause-media = Pausar la música durante la pausa
# Followed by its value: "The knot is on" | "both sides" / "the left" / "the right".
prefs-knot-side = Lado del nudo
prefs-lie-face-down = Sitio para tumbarse boca abajo
prefs-checkin = Preguntar cómo está el nudo
prefs-progression = Nivel de fuerza
prefs-weekly-summary = Un resumen cada semana
prefs-contrast = Contraste
prefs-text-scale = Tamaño del texto
prefs-motion = Movimiento
# The choice of language; its values are each language named in itself.
prefs-language = Idioma
prefs-autostart = Abrir unknot al iniciar sesión
prefs-left-out = Fuera de la rutina por dolor

# Preferences › Routine: a row for an exercise left out after pain until put back. $title: the exercise's name.
prefs-left-out-row = Fuera por dolor: { $title }

# Preferences › Routine: the row's button (118 px at 14 px).
prefs-put-back = Volver a incluir

# Preferences: the note under the sections after "Put back" (two lines of about 140 px at 12 px). $title: the exercise's name.
prefs-put-back-done = { $title } vuelve a sus rutinas.

# Preferences: the note when a stepper is at its limit (two lines of about 140 px at 12 px).
prefs-at-limit = No se puede ir más allá.

# Preferences: the note when the file was edited elsewhere since the window read it (two lines of about 140 px at 12 px).
prefs-changed-meanwhile = El archivo cambió; esto es lo actual. Reinténtelo.

# Preferences: a switch's state, left of the switch (about 28 px at 13 px).
prefs-switch-on = sí
prefs-switch-off = no

# Preferences: the values of the choices and steppers (82 px at 15 px; the text shrinks to 11 px to fit).
# Contrast, text size, motion and language when they follow the desktop.
prefs-as-desktop = del sistema
prefs-contrast-normal = normal
prefs-contrast-high = alto
prefs-motion-full = completo
prefs-motion-reduced = reducido
# Where the knot is: "The knot is on" | "both sides".
prefs-knot-side-both = ambos
prefs-knot-side-left = izquierdo
prefs-knot-side-right = derecho
# When the daily routine asks how the knot feels.
prefs-checkin-before-after = antes y después
prefs-checkin-after = solo después
prefs-checkin-never = nunca
# The strength level: chosen from the history, kept at 1, or held at $level (2 or 3).
prefs-progression-auto = automático
prefs-progression-off = fijo en 1
prefs-progression-held = fijo en { $level }
# A volume or text size. $n: the percentage, a whole number.
prefs-percent = { $n } %
# A duration of whole minutes, as short as it can be: "50m", "1h", "1h30m". $hours: whole hours; $minutes: the minutes past them (0 to 59).
prefs-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

# Preferences: why a change was not written (the note under the sections, two lines of about 140 px at 12 px).
prefs-edit-unreadable = el archivo no es JSON legible; unknot no lo toca
# $key: the key path in the file, e.g. "breaks[0]".
prefs-edit-shape = { $key } no tiene la forma esperada; unknot no lo toca
# $why: the config error the change would cause, or prefs-edit-reads-back.
prefs-edit-invalid = este cambio dejaría la configuración no válida: { $why }
prefs-edit-reads-back = al volver a leerla, no coincide
# $path: the config file; $error: the system's reason.
prefs-cannot-write = no se puede escribir { $path }: { $error }

# Preferences on a file that does not read: the heading (536 px at 20 px bold).
prefs-broken-title = Preferencias no puede leer la configuración
# Where the first error is. $file: the file, e.g. "~/.config/unknot/config.json".
prefs-broken-at = { $file }, línea { $line }, columna { $column }
# The first error. $path: its key path, e.g. "snooze.length"; $message: the error (config errors' words).
prefs-broken-error = { $path }: { $message }
# Advice, up to four lines of 536 px at 13 px. $section: the top-level key that holds the error.
prefs-broken-advice-reset = No se cambia nada hasta que usted elija. Restablecer devuelve solo «{ $section }» a sus valores predeterminados; el resto del archivo queda como está. O corríjalo en su editor: la ventana lo vuelve a leer al abrirse.
prefs-broken-advice-edit = El archivo no es JSON válido, así que aquí no se cambia nada. Corríjalo en su editor; la ventana lo vuelve a leer al abrirse.
# The buttons (160 px at 15 px; the text shrinks to fit). $section: the top-level key to reset.
prefs-broken-reset = Restablecer «{ $section }»
prefs-broken-open = Abrir el archivo
prefs-broken-close = Cerrar
# $error: the system's reason xdg-open could not run.
prefs-cannot-open = no se puede ejecutar xdg-open: { $error }
# The keys, one line at the bottom (536 px at 12 px).
prefs-broken-keys = Tab: moverse · Espacio o Intro: elegir · Esc: cerrar

# The first-run welcome: its heading (536 px at 22 px bold).
welcome-title = Le damos la bienvenida a unknot
# The welcome: three lines under the heading, one line each (536 px at 14 px; the text shrinks to 11 px to fit).
welcome-about-breaks = unknot mide su tiempo ante el ordenador y le propone pausas guiadas breves (cámbielo en Preferencias).
welcome-about-cause = Causa probable del nudo en el trapecio superior: el hombro compensa músculos débiles de más abajo.
welcome-about-routine = La rutina diaria alivia el nudo y entrena esos músculos. Puede ayudar; no es una cura.
# The welcome: the shoulder check's switch. $n: minutes of desk time between checks (10 to 60).
welcome-shoulder-check = Un control de hombros de 20 segundos cada { $n } minutos
# The welcome: who should leave the ball out, above the buttons (up to three lines of 536 px at 11.5 px). $who: the ball step's caution (routine words) with its first letter lower case; $never: where the ball never goes.
welcome-ball-step = Pelota: { $who } { $never }
# The welcome's buttons (150 px at 15 px): keep the defaults and close, or write the answers and start.
welcome-use-defaults = Valores por defecto
welcome-start = Empezar
# The welcome's keys, two short lines bottom left (about 250 px at 12 px).
welcome-keys-move = Tab: moverse · Izquierda/Derecha: cambiar
welcome-keys-escape = Esc: valores por defecto

# `unknot status`, the "language:" line, when the config or the locale asked for a language unknot does not ship: its label (like cli-status-label-…), then why English. $asked: what was asked for, as written (e.g. "pt_BR.UTF-8"). (Kept here with the language plumbing; the status words are the command line's.)
status-language-label = idioma:
status-language-not-shipped = inglés: unknot no está disponible en { $asked }


## Accessibility names (ui/access)

# Window titles, also their names for a screen reader.
a11y-window-statistics = unknot — Estadísticas
a11y-window-preferences = unknot — Preferencias
a11y-window-welcome = Le damos la bienvenida a unknot
# What the session announces while its voice is off: the exercise's title
# and the phase's word ("Neck side stretch: Hold").
a11y-announce = { $exercise }: { $phase }
# The countdown ring.
a11y-time-left = Tiempo restante
# The ring's value: $phase is the large word ("Hold").
a11y-seconds-left = { $n ->
    [one] { $phase }: queda { $n } segundo
   *[other] { $phase }: quedan { $n } segundos
}
# The check-in's group of 0 to 10, when its question is not on screen.
a11y-rating = ¿Cuánta tensión o molestia nota?
a11y-rating-scale = 0 es nada, 10 es lo peor posible
# The Statistics window's list.
a11y-stats-last-weeks = Las últimas { $n } semanas
a11y-stats-last-days = Los últimos { $n } días
# A day of the list: $date is date-long, $minutes whole minutes exercised.
a11y-stats-day = { $date }: { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} de ejercicio
a11y-stats-day-routine = { $date }: { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} de ejercicio, rutina diaria hecha
# A week of the list: $date is date-day-month (its Monday).
a11y-stats-week = Semana del { $date }: rutina hecha { $done } de { $working ->
    [one] { $working } día laborable
   *[other] { $working } días laborables
}
# As a11y-stats-week, with the median check-in before the routine (0 to 10).
a11y-stats-week-tension = Semana del { $date }: rutina hecha { $done } de { $working ->
    [one] { $working } día laborable
   *[other] { $working } días laborables
}, tensión antes: { $tension }
# Preferences: the tabs' list.
a11y-sections = Secciones
# A day's hours in Preferences: $day is date-weekday-short.
a11y-day-from = { $day }, desde
a11y-day-to = { $day }, hasta
# A button that puts back an exercise left out after pain ($title).
a11y-put-back = Volver a incluir { $title }
a11y-close = Cerrar
