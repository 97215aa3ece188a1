### Les mots d'unknot en français.
###
### Register: « vous » and the imperative (« Inclinez… », « Respirez… »).
### French patient material from public health bodies and physiotherapists
### (ameli.fr, HAS leaflets, kinésithérapeutes' exercise sheets) addresses an
### adult patient as « vous »; « tu » reads as a fitness coach or a friend,
### not as a calm clinician talking to a stranger. Lines avoid adjectives that
### would agree with the user's gender: « dos droit », « immobile », « à plat
### ventre », « debout », never « assis(e) », « détendu(e) », « allongé(e) ».
###
### Terms: « trapèze supérieur » (the trapezius's upper fibres), « omoplate »
### in what is heard and shown (the patient's word; « scapula » is the
### anatomists'), « abaisser / abaissement des omoplates » for scapular
### depression, « inclinaison latérale » for the neck's side bend,
### « clavicule », « à plat ventre » for prone, « chambre implantable » for a
### port, « série » / « répétition » for set / rep. Sources:
###   - Anthropotomia, the anatomy glossary of the Université de Tours,
###     « Jonction scapulo-thoracique » (élévation et abaissement, adduction,
###     abduction, rotations of the scapula):
###     https://anthropotomia.univ-tours.fr/v2/glossaire/glossaire-lettre-j/jonction-scapulo-thoracique.html
###   - J. Vaillant, « Mouvements de l'articulation de l'épaule, mouvements de
###     la scapula : question de définition(s) », Kinésithérapie scientifique
###     2013;547:63-64: a table of the French physiotherapy term for each
###     English scapular movement:
###     http://maisondeskines.ecritel.net/article/956-mouvements-de-l-articulation-de-l-epaule-mouvements-de-la-scapula-question-de-definition-s
###   - « Terminologie cinésiologique de base », the French edition of
###     Muscolino's kinesiology atlas (inclinaison latérale, actions of the
###     scapula): https://clemedicine.com/1-terminologie-cinesiologique-de-base/
###
### Safety lines (routine-safety-card, say-safety, routine-ball-caution-*)
### compared, sign by sign, with French-language public patient information:
###   - ameli.fr (Assurance Maladie), « Cervicalgies : la consultation et le
###     traitement »: with neck pain, imaging at once for pain and stiffness
###     intense from the start, fever, even partial paralysis of an arm or a
###     loss of feeling, vertigo, tinnitus, cranial-nerve signs:
###     https://www.ameli.fr/assure/sante/themes/cervicalgie/consultation-traitement
###     -> tingling, numbness, a weak hand or arm; dizziness.
###   - Patient.info in French, « Quand faut-il s'inquiéter d'une
###     cervicalgie ? »: pins and needles should be checked, a nerve may be
###     pinched or irritated:
###     https://fr.patient.info/news-and-features/when-should-you-worry-about-neck-pain
###     and infosante.be (Belgian patient guide), « Douleur cervicale »,
###     symptômes d'alerte (muscle weakness, pain that grows):
###     https://www.infosante.be/guides/douleurs-cervicales
###     -> spreading pain, tingling, numbness, weakness, worsening pain.
###   - France AVC Île-de-France, « Les symptômes : la survenue brutale »:
###     sudden weakness, loss of vision or double vision, trouble speaking,
###     numbness, loss of balance, a very sudden, intense, unusual headache:
###     https://franceavc-idf.fr/lavc/les-symptomes-la-survenue-brutale
###     -> blurred or double vision, unsteadiness, trouble speaking, a sudden
###     headache, and calling the emergency services at once.
###   - Mutualité française on the HAS message « Infarctus : appelez le 15 dès
###     les premières douleurs »: chest pain like a vice, spreading to the arms
###     or jaw, with sweating, breathlessness, nausea:
###     https://www.mutualite.fr/actualites/Infarctus-appelez-le-15-des-les-premieres-douleurs/
###     -> chest pain, breathlessness: urgent help.
###   - Trouble swallowing: no French patient page was found that lists it
###     with neck pain; a French clinical review (Legrand et al., EMC 2025,
###     « Conduite à tenir devant une cervicalgie aiguë ou durable ») names
###     dysphagia with neck pain as needing a specialist at once:
###     https://em-consulte.com/article/1717966/conduite-a-tenir-devant-une-cervicalgie-aigue-ou-d
###     Kept, as in English.
###   - The ball's cautions: CHU Brugmann's rules for patients on
###     anticoagulants (no intramuscular injections: hidden haematomas),
###     https://chu-brugmann.be/fr/edu/anticoag/rules.asp, and GIRTAC's
###     advice on direct oral anticoagulants (bruising, bleeding),
###     http://girtac.be/fr/patients%20naoc/conseil%20%3D%20identification.html
###     -> blood thinners, easy bruising. No French public page lists the
###     cautions for pressing a ball into a muscle as a whole: osteoporosis,
###     a device under the collarbone, broken skin and a recent injection
###     follow docs/routines.md's sources, unchanged.
###   « Get help now » is « Appelez les urgences » without a number: 15 is
###   France's, 112 works across Europe, 144 is Switzerland's, 911 Québec's.
###
### Length: spoken lines were counted in syllables against the English (aim:
### at most the English + 15 %). Where a line was cut or still runs over, a
### « FR: » comment above it says so. Counting aloud uses « Un. Deux. »;
### « une » where a feminine noun is meant (« une seconde », « sur une »
### série, « Et d'une » répétition).

duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
# The mark between a number's whole part and its decimals ("1.5"): every
# number with decimals is written with it. Not shown alone.
number-decimal-mark = ,

## The routines: titles, set-up, cues and what is spoken (routine/)

# The routines' names, in the start screen, Home, the tray and `unknot
# routine list`.
routine-upper-trap-title = Routine quotidienne du trapèze supérieur
routine-desk-reset-title = Pause au bureau
# The twenty-second reminder between breaks; also its one exercise's name.
routine-shoulder-check-title = Point épaules

# The start screen's card: who should skip the routine, when to stop, and
# when to get help now. One line of at most 400 characters; the last
# sentence is the urgent one and must stay last.
# FR: 399 characters. The signs are listed after « si : » to fit; « a weak
# hand » is « faiblesse » (of the hand or the arm); « already » goes without
# saying in « À éviter si… »; « Get help now » is « Appelez les urgences »
# (no number: 15 in France, 112 across Europe, 144 in Switzerland, 911 in
# Québec).
routine-safety-card = À éviter si le cou ou l'épaule a été blessé ou opéré récemment, ou si un bras fourmille, est engourdi ou faible. Arrêtez net si : douleur vive ou irradiante ; fourmillements, engourdissement, faiblesse ; vertige, malaise ; vue floue ou double, déséquilibre, nausée ; mal de tête nouveau, brutal ou qui empire. Appelez les urgences si : difficulté à parler ou avaler, mal à la poitrine, essoufflement.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
# FR: « light-headed or faint » is « vertige, malaise »; « vision changes »
# is « vue floue », as on the card; tingling and numbness are the arm's or
# the hand's (« le bras ou la main »), not the hand's alone; the second
# sentence starts « Et en cas de » so « Arrêtez » is not said twice.
# About 15 % more syllables than the English; French is spoken with more
# syllables a second, so it should take about as long (to be measured).
say-safety = Arrêtez si la douleur est vive ou irradie, si le bras ou la main fourmille, s'engourdit ou faiblit. Et en cas de vertige, malaise, vue floue, mal de tête brutal ou qui empire.

# Shown on the ball's get-ready screen and in the welcome: who should leave
# the ball out.
# FR: « blood thinners » is « traitement qui fluidifie le sang », the
# patient's words for anticoagulants and antiplatelet drugs alike.
routine-ball-caution-who = Pas de balle après une blessure ou une opération récente à cet endroit ; sous traitement qui fluidifie le sang, avec un trouble de la coagulation ou si vous faites facilement des bleus ; en cas d'ostéoporose ; avec un pacemaker ou une chambre implantable sous la clavicule ; ni sur une peau abîmée ou irritée, ni après une injection récente à cet endroit.
# Shown after routine-ball-caution-who: where the ball never goes.
routine-ball-caution-never = Jamais au-dessus de la clavicule, jamais sur l'avant ou le côté du cou, jamais sur un os.

# The exercises. Each has a title, up to four lines shown in the window
# (-show-N, at most 120 characters each, heard too), and the lines the
# voice says. "Left"/"right" are always the user's own left and right.

# The shoulder check (sitting). Shown lines:
routine-check-title = Point épaules
say-check-show-1 = Laissez tomber les deux épaules, bien lourdes.
say-check-show-2 = Abaissez les omoplates, un peu vers l'arrière.
say-check-show-3 = Deux respirations lentes, en soufflant plus longtemps à la deuxième.
say-check-show-4 = Posez le regard sur quelque chose au loin.
# Heard at its start.
say-check-setup = Point épaules. Relâchez les épaules.
# Heard just before the two breaths, and after them; the eyes come last.
say-check-form = Omoplates basses, un peu en arrière. Le regard au loin.
# The first of two breaths out (the second is say-breathe-out): shorter.
say-check-exhale = Soufflez.

# The neck side stretch (sitting, ear tipped toward one shoulder).
routine-stretch-title = Étirement latéral du cou
say-stretch-show-1 = Dos droit, mains posées sur les cuisses. Amenez une oreille vers l'épaule du même côté, regard devant.
say-stretch-show-2 = Inspirez doucement, soufflez lentement, et laissez l'étirement s'adoucir à chaque expiration.
say-stretch-show-3 = Ramenez lentement la tête au centre.
# FR: the spoken title drops « latéral », and « sit up tall » is « dos
# droit », to stay within the English length (the side line follows 4.5 s
# later).
say-stretch-setup = Étirement du cou. Dos droit, regard devant, mains sur les cuisses.
# Heard as the first side begins.
say-stretch-side-left = Amenez l'oreille gauche vers l'épaule gauche.
# Heard as the second side begins, after say-switch-sides.
# FR: no « maintenant »: say-switch-sides has just said it is the other side.
say-stretch-side-right = Amenez l'oreille droite vers l'épaule droite.
# The side as the window names it, a few words.
say-stretch-label-left = Oreille vers l'épaule gauche
say-stretch-label-right = Oreille vers l'épaule droite
say-stretch-form = Épaules basses et lourdes. Un léger étirement suffit.
# Heard while the head tips to the left: the right shoulder is the one that
# stays down (named, since "the other shoulder" is ambiguous by ear).
say-stretch-form-left = Laissez l'épaule droite basse et lourde. Un léger étirement, trois ou quatre sur dix, suffit.
# Heard while the head tips to the right: the left shoulder stays down.
say-stretch-form-right = Laissez l'épaule gauche basse et lourde. Un léger étirement, trois ou quatre sur dix, suffit.
# The first breath out of each side, in place of say-breathe-out.
say-stretch-exhale = Soufflez lentement, laissez l'étirement s'adoucir.
say-stretch-ease = Ramenez lentement la tête au centre.

# The ball press (standing, back to a wall, a ball between the wall and the
# back of the shoulder; still pressure, never rolled).
routine-ball-title = Pression de la balle sur le nœud
say-ball-show-1 = Dos au mur, genoux souples. La balle va derrière le haut de l'épaule, entre le cou et la pointe de l'épaule.
say-ball-show-2 = Appuyez-vous sur la balle jusqu'à une sensibilité de 6 sur 10 au plus, qui diminue en tenant. Immobile, sans la rouler.
say-ball-show-3 = Écartez-vous du mur et laissez l'épaule se reposer.
# FR: « Ball release » is « Balle sur le nœud », shorter than
# « Relâchement à la balle ».
say-ball-setup = Balle sur le nœud. Debout, dos au mur, balle en main, genoux un peu fléchis.
say-ball-side-left = Placez la balle derrière l'épaule gauche, entre le cou et la pointe de l'épaule.
# Heard after say-switch-sides.
say-ball-side-right = Côté droit maintenant : la balle derrière l'épaule droite, entre le cou et la pointe de l'épaule.
say-ball-label-left = Balle derrière l'épaule gauche
say-ball-label-right = Balle derrière l'épaule droite
# Heard in the get-ready, after the side's line.
# FR: two sentences, « to roll the ball onto the muscle » is said as what
# happens (« la balle roule sur le muscle »).
say-ball-find = Pliez les genoux : la balle roule sur le muscle, jamais sur le cou ni sur un os. Cherchez le point le plus sensible.
# Heard as the press begins.
say-ball-effort = Appuyez-vous sur la balle jusqu'à ce que ce soit sensible, six sur dix au plus.
# FR: « you can breathe slowly and stay loose » avoids « détendu(e) »;
# « tenderness » in the second sentence is « la sensation ».
say-ball-scale = Six sur dix, c'est sensible, mais vous respirez lentement, sans vous crisper. Sans bouger, la sensation doit diminuer.
say-ball-form = Restez sur ce point, sans rouler la balle.
say-ball-tingle = Si votre bras fourmille ou s'engourdit, écartez-vous du mur aussitôt. Si cela dure plus d'une minute, plus de balle aujourd'hui.
# Heard halfway through the minute-long press.
say-ball-midway = Respirez lentement, épaule et mâchoire souples.
say-ball-ease = Écartez-vous du mur, l'épaule au repos.

# The prone Y-raise (lying face down, forehead on a folded towel, arms
# overhead in a Y).
# FR: « at ten and two o'clock » is « à dix heures dix », the French image
# for the same angle (a clock's hands at 10:10, hands on a steering wheel).
routine-y-raise-title = Élévation en Y à plat ventre
say-y-raise-show-1 = À plat ventre, front sur une serviette pliée, bras en Y au-dessus de la tête à dix heures dix, pouces en l'air.
say-y-raise-show-2 = Omoplates vers le bas et l'arrière, puis levez les bras de quelques centimètres. Poitrine et tête restent au sol.
say-y-raise-show-3 = Redescendez lentement les bras et laissez-les reposer au sol.
say-y-raise-setup = Élévation en Y. Serviette pliée au sol, allongez-vous à plat ventre, le front dessus.
say-y-raise-arms = Bras en Y à dix heures dix, pouces en l'air.
say-y-raise-head = Tête basse, regard sur la serviette. Soufflez en levant les bras.
# Heard in the get-ready of both Y exercises.
say-y-stop-at-shrug = Si les épaules montent, arrêtez la série.
# Heard before each set.
say-y-raise-form = Épaules basses, loin des oreilles. Poitrine et tête restent au sol.
# Heard as the first lift of each set begins.
say-y-raise-effort = Levez, juste un peu.

# The wall Y lift (standing, facing a wall, hands high on it in a Y),
# for those who can't lie face down.
routine-wall-lift-title = Élévation en Y au mur
say-wall-lift-show-1 = Face à un mur, à un petit pas. Mains hautes sur le mur en Y large, pouces pointés vers vous.
say-wall-lift-show-2 = Omoplates vers le bas et l'arrière, puis décollez à peine les mains du mur. Sans cambrer le dos.
say-wall-lift-show-3 = Reposez lentement les mains sur le mur et laissez les bras se détendre.
# FR: « Stand facing the wall » is « Face au mur »: standing goes without
# saying at a wall, and the title is long.
say-wall-lift-setup = Élévation en Y au mur. Face au mur, à un petit pas.
say-wall-lift-hands = Mains hautes sur le mur, à dix heures dix, pouces pointés vers vous.
say-wall-lift-head = Tête dans l'axe. Soufflez quand les mains quittent le mur.
say-wall-lift-form = D'abord, épaules basses et en arrière. Sans cambrer le dos.
say-wall-lift-effort = Décollez les mains.
# Heard as the first rep goes back to the wall.
say-wall-lift-ease = Retour au mur, lentement.
# Heard as every later rep goes back to the wall (short: 3 seconds).
say-wall-lift-ease-word = Retour au mur.

# The shoulder-blade depression hold (sitting; blades drawn down, held for
# a count of ten, repeated).
routine-blade-hold-title = Maintien des omoplates abaissées
say-blade-hold-show-1 = Dos droit, les bras relâchés le long du corps.
say-blade-hold-show-2 = Faites glisser les omoplates vers le bas et l'arrière, loin des oreilles. Tenez, en continuant de respirer.
say-blade-hold-show-3 = Relâchez complètement les épaules avant de recommencer.
# FR: « arms loose at your sides » is « bras ballants ».
say-blade-hold-setup = Omoplates abaissées. Dos droit, bras ballants.
# FR: « Keep breathing » is « Respirez »; the line still runs about 25 %
# over the English in syllables (said in the get-ready, not in a tight slot);
# « et en arrière » is kept so the screen's « down and back » is heard.
say-blade-hold-form = Omoplates basses et en arrière, loin des oreilles. Respirez.
# Heard just before each count of ten begins (short).
say-blade-hold-before = Omoplates basses.
# Heard as each hold is let go (4 seconds, with the rep's number after).
say-blade-hold-ease = Relâchez.

# What every routine hears (a user's routine hears only these).

# Heard at the first exercise's start of a routine without its own set-up.
say-get-ready = Préparez-vous.
# Heard at a later exercise's start of a routine without its own set-up.
say-next-exercise = Exercice suivant.
# Heard as a side begins, in routines without their own side lines.
say-side-left = Côté gauche.
say-side-right = Côté droit.
# Heard when the sides change.
say-switch-sides = Changez de côté.
# The first breaths of a paced hold.
# FR: « Soufflez » (blow out), not « Expirez »: by ear it differs from
# « Inspirez » in more than one syllable.
say-breathe-in = Inspirez lentement.
say-breathe-out = Soufflez lentement.
# The words said as a phase begins, where they fit (a phase may last 1 to
# 3 seconds). "Hold it there", not "Hold": the short word was misheard.
# FR: « Maintenez » (three syllables) rather than « Tenez ».
say-phase-hold = Maintenez.
say-phase-press = Appuyez.
say-phase-raise = Levez.
say-phase-lower = Baissez lentement.
say-phase-release = Relâchez.
# Also heard as a rest between sets begins, where it has no length said.
say-phase-rest = Repos.
# Before the last rep of a set that starts with a hold, a press or a lift:
# one sentence, the movement's word in it.
# FR: « Dernière » is « la dernière (répétition) ».
say-last-one-hold = Dernière, maintenez.
say-last-one-press = Dernière, appuyez.
say-last-one-raise = Dernière, levez.
# Before the last counted hold of a set.
say-last-one = Dernière.
# With the closing chime.
say-done = Bravo, c'est fini.

# The large word in the session window for what is happening now (one or
# two words).
say-step-hold = Maintenez
say-step-press = Appuyez
say-step-raise = Levez
say-step-lower = Baissez
say-step-release = Relâchez
# Both a rest within a rep and the rest between sets.
say-step-rest = Repos
say-step-breathe-in = Inspirez
say-step-breathe-out = Soufflez
say-step-get-ready = Préparez-vous
say-step-switch-sides = Changez de côté

# Said and shown after "Stop — it hurt", in place of the closing line.
say-pain-stop = On s'arrête ici. Plus de cet exercice aujourd'hui, et ménagez cette zone. Vous pouvez bouger en douceur.
# Said and shown after say-pain-stop.
# FR: « have it checked » is « consultez », as French patient advice says.
say-pain-stop-checked = Si la douleur est forte, ou dure plus d'une demi-heure environ, consultez.
# Said after say-pain-stop-checked when the same exercise already hurt in
# the last fourteen days.
say-pain-again = Deux arrêts pour douleur en deux semaines : cet exercice reste de côté jusqu'à ce que vous le remettiez. Une douleur qui revient mérite l'avis d'un kinésithérapeute ou d'un médecin.
# Said at the start of a user's first sessions; names the keys Space, H and
# Escape.
# FR: the keys as French keyboards label them: Espace, H, Échap.
say-keys = Espace pour la pause, H si vous avez mal, Échap pour finir.
# The check-in before the routine: the question and the scale's two ends.
# FR: a question with a noun (« quelle tension ou douleur ») asks for a
# rating, not a yes or no; the end screen's drops « en ce moment ».
say-checkin-before = Avant de commencer : quelle tension ou douleur à cet endroit, en ce moment ? Zéro, aucune ; dix, la pire possible.
# The check-in on the end screen.
say-checkin-after = Et maintenant : quelle tension ou douleur à cet endroit ? Zéro, aucune ; dix, la pire possible.

# The number $n as a word, capitalised as a count is said on its own
# ("Seven"): 1 to 20 and the tens to 90 (other numbers have no word).
# FR: counting aloud uses the masculine « Un ».
say-number = { $n ->
    [1] Un
    [2] Deux
    [3] Trois
    [4] Quatre
    [5] Cinq
    [6] Six
    [7] Sept
    [8] Huit
    [9] Neuf
    [10] Dix
    [11] Onze
    [12] Douze
    [13] Treize
    [14] Quatorze
    [15] Quinze
    [16] Seize
    [17] Dix-sept
    [18] Dix-huit
    [19] Dix-neuf
    [20] Vingt
    [30] Trente
    [40] Quarante
    [50] Cinquante
    [60] Soixante
    [70] Soixante-dix
    [80] Quatre-vingts
    [90] Quatre-vingt-dix
   *[other] { $n }
}

# Heard once a second during a counted hold of 5 to 12 seconds (one
# second each, so keep it one short word): $n is 1 to 20 or the tens to 90.
say-count = { $n ->
    [1] Un.
    [2] Deux.
    [3] Trois.
    [4] Quatre.
    [5] Cinq.
    [6] Six.
    [7] Sept.
    [8] Huit.
    [9] Neuf.
    [10] Dix.
    [11] Onze.
    [12] Douze.
    [13] Treize.
    [14] Quatorze.
    [15] Quinze.
    [16] Seize.
    [17] Dix-sept.
    [18] Dix-huit.
    [19] Dix-neuf.
    [20] Vingt.
    [30] Trente.
    [40] Quarante.
    [50] Cinquante.
    [60] Soixante.
    [70] Soixante-dix.
    [80] Quatre-vingts.
    [90] Quatre-vingt-dix.
   *[other] { $n }.
}

# Heard as a rep is lowered, after the movement word: the rep just done
# ($n, 1 to 20).
# FR: « Et d'une, et de deux… »: the rep (« la répétition ») is feminine;
# no elision before « huit » and « onze ».
say-rep-done = { $n ->
    [1] Et d'une.
    [2] Et de deux.
    [3] Et de trois.
    [4] Et de quatre.
    [5] Et de cinq.
    [6] Et de six.
    [7] Et de sept.
    [8] Et de huit.
    [9] Et de neuf.
    [10] Et de dix.
    [11] Et de onze.
    [12] Et de douze.
    [13] Et de treize.
    [14] Et de quatorze.
    [15] Et de quinze.
    [16] Et de seize.
    [17] Et de dix-sept.
    [18] Et de dix-huit.
    [19] Et de dix-neuf.
    [20] Et de vingt.
    [30] Et de trente.
    [40] Et de quarante.
    [50] Et de cinquante.
    [60] Et de soixante.
    [70] Et de soixante-dix.
    [80] Et de quatre-vingts.
    [90] Et de quatre-vingt-dix.
   *[other] Et de { $n }.
}

# Heard before a set starts, in the get-ready and near the end of the
# rest between sets: set $n of $of sets.
# FR: « Série deux sur trois. » The set's own number is a label (« série
# un », like « page un »); the total counts séries, so « sur une ».
say-set-of = Série { $n ->
        [1] un
        [2] deux
        [3] trois
        [4] quatre
        [5] cinq
        [6] six
        [7] sept
        [8] huit
        [9] neuf
        [10] dix
        [11] onze
        [12] douze
        [13] treize
        [14] quatorze
        [15] quinze
        [16] seize
        [17] dix-sept
        [18] dix-huit
        [19] dix-neuf
        [20] vingt
        [30] trente
        [40] quarante
        [50] cinquante
        [60] soixante
        [70] soixante-dix
        [80] quatre-vingts
        [90] quatre-vingt-dix
       *[other] { $n }
    } sur { $of ->
        [1] une
        [2] deux
        [3] trois
        [4] quatre
        [5] cinq
        [6] six
        [7] sept
        [8] huit
        [9] neuf
        [10] dix
        [11] onze
        [12] douze
        [13] treize
        [14] quatorze
        [15] quinze
        [16] seize
        [17] dix-sept
        [18] dix-huit
        [19] dix-neuf
        [20] vingt
        [30] trente
        [40] quarante
        [50] cinquante
        [60] soixante
        [70] soixante-dix
        [80] quatre-vingts
        [90] quatre-vingt-dix
       *[other] { $of }
    }.

# Heard as the rest between two sets begins: $s is the rest in whole
# seconds (15 or 30 in the built-ins).
# FR: « Repos, trente secondes. »; « seconde » is feminine: « une ».
say-rest-for = { $s ->
    [1] Repos, une seconde.
    [2] Repos, deux secondes.
    [3] Repos, trois secondes.
    [4] Repos, quatre secondes.
    [5] Repos, cinq secondes.
    [6] Repos, six secondes.
    [7] Repos, sept secondes.
    [8] Repos, huit secondes.
    [9] Repos, neuf secondes.
    [10] Repos, dix secondes.
    [11] Repos, onze secondes.
    [12] Repos, douze secondes.
    [13] Repos, treize secondes.
    [14] Repos, quatorze secondes.
    [15] Repos, quinze secondes.
    [16] Repos, seize secondes.
    [17] Repos, dix-sept secondes.
    [18] Repos, dix-huit secondes.
    [19] Repos, dix-neuf secondes.
    [20] Repos, vingt secondes.
    [30] Repos, trente secondes.
    [40] Repos, quarante secondes.
    [50] Repos, cinquante secondes.
    [60] Repos, soixante secondes.
    [70] Repos, soixante-dix secondes.
    [80] Repos, quatre-vingts secondes.
    [90] Repos, quatre-vingt-dix secondes.
   *[other] Repos, { $s } secondes.
}

# Said back when a check-in rating is picked, 0 to 10 ($n).
say-rating = { $n ->
    [0] Zéro.
    [1] Un.
    [2] Deux.
    [3] Trois.
    [4] Quatre.
    [5] Cinq.
    [6] Six.
    [7] Sept.
    [8] Huit.
    [9] Neuf.
   *[10] Dix.
}

# What each movement is for, in `unknot routine show` (lower case).
# FR: the verbs of the metainfo's « étirer, relâcher, renforcer, rééduquer ».
routine-purpose-stretch = étirer
routine-purpose-release = relâcher
routine-purpose-strengthen = renforcer
routine-purpose-retrain = rééduquer

# What a routine needs at hand, as listed after "Needs:" (start screen,
# `unknot routine show`, config notes).
routine-need-ball = une balle
routine-need-towel = une serviette pliée
routine-need-chair = une chaise
routine-need-wall = un mur
routine-need-floor = de la place au sol
# The same in one word, for the one-line `unknot routine list`.
routine-need-ball-short = balle
routine-need-towel-short = serviette
routine-need-chair-short = chaise
routine-need-wall-short = mur
routine-need-floor-short = sol
# In place of the needs when a routine needs nothing.
routine-needs-nothing = rien

# `unknot routine show` (80 columns, wrapped): the heading, $title ($id,
# never translated).
routine-show-heading = { $title } ({ $id })
# The daily routine's level and why ($why: a sentence from the history).
routine-show-level = Niveau { $level } sur { $top } : { $why }
# $needs: the needs above, joined by commas.
routine-show-needs = Matériel : { $needs }
routine-show-safety = Sécurité : { $safety }
# An exercise's heading: its number in the routine, title, purpose (above)
# and length (m:ss).
routine-show-exercise = { $number }. { $title } ({ $purpose }), { $length }
# Where an exercise is done, with or without a ball in hand.
routine-show-place-chair = { $ball ->
    [yes] Sur une chaise, avec une balle
   *[no] Sur une chaise
}
routine-show-place-standing = { $ball ->
    [yes] Debout, avec une balle
   *[no] Debout
}
routine-show-place-wall = { $ball ->
    [yes] Contre un mur, avec une balle
   *[no] Contre un mur
}
routine-show-place-floor = { $ball ->
    [yes] Au sol, avec une balle
   *[no] Au sol
}
# After the place, separated by "; ": the ball works the knot's side only.
routine-show-left-only = côté gauche seulement (celui du nœud)
routine-show-right-only = côté droit seulement (celui du nœud)
# After the place, separated by "; ": both sides, and $switch (like "5 s")
# to change from one to the other.
routine-show-each-side = de chaque côté, gauche d'abord
routine-show-each-side-switch = de chaque côté, gauche d'abord, { $switch } pour changer
# Sets and reps, then, separated by ", ", the rest between sets ($rest,
# like "30 s") and whether it is per side.
# FR: « one » is 0 and 1 in French; « many » is the millions (« 1000000 de
# séries »).
routine-show-sets-reps = { $sets ->
    [one] { $sets } série
    [many] { $sets } de séries
   *[other] { $sets } séries
} × { $reps ->
    [one] { $reps } répétition
    [many] { $reps } de répétitions
   *[other] { $reps } répétitions
}
routine-show-rest-between-sets = { $rest } de repos entre les séries
routine-show-per-side = par côté
# One rep's pattern: its length, then the phases ($pattern: routine-show-phase
# items joined by ", ").
routine-show-rep = Chaque répétition ({ $length }) : { $pattern }
# A phase of a rep: its word (say-step-*) and length, as "Hold 2 s".
routine-show-phase = { $phase } { $length }
routine-show-breathing = Respiration pendant le maintien : inspiration { $inhale }, expiration { $exhale }
routine-show-total = Total : { $total } (chaque exercice commence par { $ready } de préparation, { $move } quand vous changez de position)
# What the voice says, for a built-in routine that speaks no stop signs.
routine-show-voice-quiet = Voix : tout est dit à voix haute (la mise en place, un conseil de posture par côté ou par série, les respirations, les séries, les numéros de répétition et les décomptes) ; les signes d'alerte sont seulement affichés.
routine-show-voice-all = Voix : tout est dit à voix haute (les signes d'alerte, la mise en place, les côtés, un conseil de posture par côté ou par série, les respirations, les séries, les numéros de répétition et les décomptes).
# For a user's routine: only the built-in words are spoken.
routine-show-voice-own = Voix : vos propres consignes sont affichées, pas dites (unknot ne prononce que les enregistrements qu'il fournit) ; vous entendez les côtés, les séries, les numéros de répétition, les décomptes, les premières respirations et les signaux sonores.
# A length in seconds, $n whole or with decimals ("2 s", "1.5 s").
routine-seconds = { $n } s
# `unknot routine show ID` with an unknown ID: $known, the ids joined by ", ".
routine-unknown = unknot : aucune routine « { $id } » ; routines connues : { $known }
# After routine-unknown, on its own line, when an id is close.
routine-did-you-mean = unknot : vouliez-vous dire « { $id } » ?


## Notifications, the tray and status (engine/messages, shell/present, platform)

# FR: terms in this section and the next two.
#   break = « pause »; the app's own pause (tray « Pause », `unknot pause`)
#   = « suspendre » / « rappels suspendus », so it never reads as a break;
#   resume = « reprendre »; snooze = « reporter » (a snooze: « report »);
#   skip = « passer »; due = « c'est l'heure » / « à faire »;
#   streak = « jours d'affilée » (« série » is a set of reps here);
#   tray = « zone de notification »; shoulder check = « point épaules »;
#   left out after pain = « au repos après une douleur », put back =
#   « remettre » (« à remettre vous-même »); session = « séance »;
#   history record = « entrée »; config = « configuration » (« config » in
#   `unknot status`'s labels); user routine = « routine personnelle ».
#   Lines with a break's name ($name, the user's own words) avoid a
#   participle that would have to agree with it.
#
# The default config's two break names, shown (status, the tray,
# notifications, the start-up line, `unknot schedule`, the home window)
# while the user keeps them; the config stores them as English, so a
# renamed break shows as the user wrote it. Short: they fill $name in
# status-*, home-*, notify-break-title and a column of `unknot schedule`.
# FR: the words of prefs-desk-every and prefs-daily-at (« pause au bureau »
# is also the routine's title, routine-desk-reset-title); both feminine,
# and the lines around $name have nothing that must agree with them.
break-name-desk-reset = Pause au bureau
break-name-daily-routine = Routine quotidienne

# The status line: the tray's tooltip, its menu's first line and the first
# line of `unknot status`. $name is a break's name from the config ("Desk
# reset"); $time a clock time ("14:05").
status-paused-until = Rappels suspendus jusqu'à { $time }
status-paused = Rappels suspendus
status-due = { $name } : c'est l'heure
status-snoozed = { $name } : nouveau rappel à { $time }
status-in-progress = { $name } en cours
status-break-in-progress = Pause en cours
status-next-at = { $name } à { $time }
# A break on another day: $weekday is date-weekday-short ("Tue").
status-next-on = { $name } le { $weekday } à { $time }
# $minutes: whole minutes until the break, 0 or more.
status-next-in = { $name } dans { $minutes } min
status-no-breaks = Aucune pause prévue
# $line: the status line so far ("Desk reset at Tue 10:00").
status-outside-hours = { $line } (hors des heures de travail)
# The status line's asides are joined with this: $line is the line so far,
# $aside the next one (the streak, "config error").
status-aside = { $line } · { $aside }
# $n: days in a row with the daily routine done.
status-streak = { $n } { $n ->
    [one] jour
    [many] de jours
   *[other] jours
} d'affilée
status-config-error = erreur de configuration
status-history-not-saved = historique non enregistré
# What holds breaks back (`unknot status`'s "held:" line and the home window).
status-held-fullscreen = fenêtre en plein écran
status-held-microphone = micro utilisé
status-held-camera = caméra utilisée
status-held-screen-share = écran partagé
status-held-presentation = présentation en cours
status-held-notifications-paused = notifications suspendues
# `unknot status`'s "last break:" line after a window process was lost.
# $routine: the routine's id; $time: the clock time it ended ("14:05").
status-lost-exited = la fenêtre de la routine { $routine } s'est fermée avec le code { $code } à { $time } ; la séance a été enregistrée comme perdue
status-lost-killed = la fenêtre de la routine { $routine } a été arrêtée par le signal { $signal } à { $time } ; la séance a été enregistrée comme perdue
status-lost-ended = la fenêtre de la routine { $routine } s'est fermée à { $time } ; la séance a été enregistrée comme perdue
# $seconds: how long it said nothing, a number (30, 1.5).
status-lost-silent = la fenêtre de la routine { $routine } ne répondait plus depuis { $seconds } s et a été fermée à { $time } ; la séance a été enregistrée comme perdue
# $theirs: the window's pipe version, or "none"; $ours: this app's.
status-lost-other-version = la fenêtre de la routine { $routine } vient d'une autre version d'unknot (version de tube { $theirs }, l'application parle la { $ours }) et a été fermée à { $time } ; la séance a été enregistrée comme perdue ; redémarrez unknot
# $error: the system's reason, in English.
status-lost-unknown = impossible d'attendre la fin de la fenêtre de la routine { $routine } ({ $error }) à { $time } ; la séance a été enregistrée comme perdue
status-lost-not-opened = la fenêtre de { $name } n'a pas pu s'ouvrir : { $error }
# `unknot status`'s "sync:" line. $n: local records not yet merged.
status-unmerged = l'historique local plus ancien ({ $n } { $n ->
    [one] entrée
    [many] d'entrées
   *[other] entrées
}) n'est pas encore fusionné dans le dossier de synchronisation : lancez `unknot sync init`
# The start-up line's config: $path is the config file's path.
status-config-file = la configuration { $path }
status-config-builtin = la configuration intégrée par défaut
# The start-up line's plan: one part per break, joined by "; ".
# $minutes: the active minutes between breaks.
status-plan-every = { $name } toutes les { $minutes } min d'activité
status-plan-at = { $name } à { $time }
status-plan-none = aucune pause n'est configurée
# Why a request was refused (`unknot snooze`, `unknot break-now`, …), on stderr.
status-refused-nothing-to-snooze = aucune pause n'est à faire, il n'y a donc rien à reporter
status-refused-no-snoozes-left = plus aucun report possible pour cette pause
status-refused-nothing-to-skip = aucune pause n'est à faire, il n'y a donc rien à passer
# $routine: a routine's id.
status-refused-no-break-plays = aucune pause configurée n'utilise la routine { $routine }
status-refused-outside-hours = aucune pause n'est proposée en dehors des heures de travail
# $state: the app's state as `unknot status` names it ("paused", "in-break").
# FR: $state is the JSON word, in English.
status-refused-not-now = aucune pause ne peut être proposée maintenant ({ $state })
# $exercise: an exercise's id.
status-refused-not-left-out = l'exercice { $exercise } n'est pas au repos : il n'y a rien à remettre
status-refused-nothing-left = tous les exercices de la routine { $routine } ont fait mal aujourd'hui et restent au repos jusqu'à demain ; il n'en reste aucun à faire aujourd'hui
# $id: the id asked for, in quotes.
status-refused-no-such-routine = aucune routine { $id } ; la liste : `unknot routine list`
status-refused-no-break-configured = aucune pause n'est configurée ; indiquez une routine
# After a refused `unknot break-now`: $refusal is the refusal above.
status-refused-start-instead = { $refusal } ; `unknot start { $routine }` la lance tout de suite

# The notification of a due break. $name: the break's name; $minutes: the
# routine's length in whole minutes.
notify-break-title = { $name } — { $minutes } min
# $routine: the routine's title; $exercises: its exercises' titles, joined
# by ", ". The default action (clicking the notification) starts it.
notify-break-body = { $routine } : { $exercises }. Cliquez pour commencer.
# The same with $note: what pain left out (notify-rest-today, notify-left-out).
notify-break-body-note = { $routine } : { $exercises }. { $note } Cliquez pour commencer.
# A routine the config no longer has: $id is its id.
notify-break-body-unknown = Routine { $id }
# What pain left out, in the notification and on the start screen. $names:
# exercise titles joined by ", ".
# FR: « à remettre vous-même » (left out until you put it back) stays the
# same for one exercise or several.
notify-rest-today = Au repos aujourd'hui après une douleur : { $names }.
notify-left-out = Au repos après une douleur, à remettre vous-même : { $names }.
# Both of the above, in that order.
notify-rest-and-left-out = Au repos aujourd'hui après une douleur : { $today }. Au repos après une douleur, à remettre vous-même : { $again }.
# The Snooze button, in the notification and the tray: $length is the
# snooze length as the config writes it ("10m"); $left the snoozes left.
notify-snooze = Reporter de { $length } ({ $left } { $left ->
    [one] restant
   *[other] restants
})
# The notification's buttons.
notify-action-start = Commencer
notify-action-skip = Passer
notify-action-open = Ouvrir
notify-action-not-now = Pas maintenant
# The shoulder check's notification: its title when the routine is gone.
notify-check-title = Point épaules
# The first shoulder check: $lines are the check's lines, one per line.
notify-check-first =
    { $lines }
    Nouveau : ce point revient de temps en temps entre les pauses. Vous pouvez le désactiver ou l'espacer dans Préférences › Pauses.
# No tray: on stderr at start, and as a notification.
notify-no-tray-title = unknot n'a pas d'icône dans la zone de notification
notify-no-tray = Aucun hôte de zone de notification (StatusNotifierWatcher) n'est actif : unknot n'y a donc pas d'icône. Sous GNOME, installez l'extension AppIndicator. Les rappels arrivent toujours en notification, et `unknot status` répond.
notify-no-tray-reopen = Aucun hôte de zone de notification (StatusNotifierWatcher) n'est actif : unknot n'y a donc pas d'icône. Sous GNOME, installez l'extension AppIndicator. Les rappels arrivent toujours en notification, et `unknot status` répond. Pour ouvrir la fenêtre d'unknot, lancez unknot depuis le menu des applications.
# The title of a notification about a config file that does not load.
notify-config-error-title = unknot : erreur de configuration
# The weekly summary's title.
notify-week-title = unknot — votre semaine

# The tray menu.
tray-start = Faire une pause maintenant
tray-snooze = Reporter
# The Snooze item when a break is due and every snooze is used.
tray-snooze-none-left = Reporter (plus aucun report)
tray-skip = Passer
# FR: the app's pause is « Suspendre » (the reminders), never « Pause »,
# which is the break itself.
tray-pause = Suspendre
tray-pause-30 = 30 minutes
tray-pause-60 = 1 heure
# $time: a clock time ("14:30").
tray-pause-until = Jusqu'à { $time }
tray-pause-tomorrow = Jusqu'à demain
tray-resume = Reprendre
tray-statistics = Statistiques
tray-preferences = Préférences…
tray-edit-config = Modifier la configuration
tray-quit = Quitter


## The command line (cli/)

# `unknot status`, for people: a first line, then one "label: value" line
# each. The labels are padded to one column, so they may differ in length.
# $pid: the app's process id; $status: the status line (status-…).
# FR: labels kept at 18 characters or fewer (« config » for short), so the
# value column stays narrow.
cli-status-running = unknot est en cours d'exécution (pid { $pid }) : { $status }
cli-status-label-state = état :
cli-status-label-next-break = prochaine pause :
cli-status-label-next-check = prochain point :
cli-status-label-snoozes-left = reports restants :
cli-status-label-paused-until = suspendu jusqu'à :
cli-status-label-streak = régularité :
cli-status-label-hours = horaires :
cli-status-label-notification = notification :
cli-status-label-left-out = au repos :
cli-status-label-held = retenu par :
cli-status-label-last-break = dernière pause :
cli-status-label-sync = synchro :
cli-status-label-degraded = mode dégradé :
cli-status-label-config = config :
cli-status-label-config-error = erreur de config :
# The app's state, after "state:".
cli-status-state-idle = en attente
cli-status-state-due = pause à faire
cli-status-state-snoozed = pause reportée
cli-status-state-paused = rappels suspendus
cli-status-state-in-break = pause en cours
# $name: the break's name; $routine: its routine's id; $time: a clock time
# ("14:05"); $when: cli-relative-….
cli-status-next-break = { $name } ({ $routine }) à { $time }, { $when }
# The same, 12 hours or more away: $date is date-weekday-day-month
# ("Mon 02 Mar").
cli-status-next-break-on = { $name } ({ $routine }) le { $date } à { $time }, { $when }
cli-status-next-check = point épaules à { $time }
# FR: after « suspendu jusqu'à : ».
cli-status-paused-until-resumed = votre reprise (`unknot resume`)
# $n: days in a row with the daily routine done.
cli-status-streak-done = { $n } { $n ->
    [one] jour
    [many] de jours
   *[other] jours
} d'affilée ; routine quotidienne faite aujourd'hui
cli-status-streak-not-done = { $n } { $n ->
    [one] jour
    [many] de jours
   *[other] jours
} d'affilée ; routine quotidienne pas encore faite aujourd'hui
cli-status-outside-hours = hors des heures de travail
# The notification on screen: $name is its break's name; $actions its
# buttons' names joined by " / ".
cli-status-notification-waiting = { $name } : attend un clic sur { $actions }
cli-status-notification-shown = { $name } : affichée
cli-status-notification-not-shown = { $name } : non affichée
# An exercise left out after pain: $title is its name, $exercise its id.
cli-status-left-out-today = { $title } — au repos jusqu'à la fin de la journée après une douleur
cli-status-left-out-again = { $title } — au repos après une douleur, à remettre vous-même (`unknot routine put-back { $exercise }`)
cli-status-config-builtin = par défaut (intégrée)
# How far off a time is: $span is a cli-span-… ("23 min", "1 h 5 min").
cli-relative-now = maintenant
cli-relative-in = dans { $span }
cli-relative-ago = il y a { $span }
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h
cli-span-hours-minutes = { $hours } h { $minutes } min

# The running app's answers to the commands that steer it (on stdout).
# $routine: a routine's id.
cli-app-break-due = C'est l'heure d'une pause { $routine }
cli-app-break-due-no-server = C'est l'heure d'une pause { $routine } (pas de serveur de notifications : passez par l'icône de la zone de notification ou par `unknot start`)
cli-app-starting = Lancement de la routine { $routine }
cli-app-playing = Lecture de la routine { $routine }
cli-app-snoozed = Pause reportée
cli-app-skipped = Pause passée
cli-app-paused = Rappels suspendus
cli-app-resumed = Rappels repris
cli-app-preferences-opened = Préférences ouvertes
cli-app-window-open = La fenêtre d'unknot est ouverte
cli-app-statistics-opened = Statistiques ouvertes
cli-app-check-showing = Un point épaules est affiché
cli-app-check-no-server = Un point épaules est en cours (pas de serveur de notifications : seul son signal sonore se fait entendre)
cli-app-quitting = unknot se ferme
# $name: the exercise's title.
cli-app-put-back = { $name } est de retour dans vos routines
cli-app-config-reloaded = Configuration rechargée
# A config that does not load on `unknot reload`: $errors are its errors,
# one per line (config-…).
cli-app-config-kept =
    { $errors }
    unknot garde la configuration qu'il avait
# Failures talking to the app (on stderr).
cli-not-running = unknot n'est pas lancé (lancez-le avec `unknot`)
ipc-not-a-directory = { $path } : ce n'est pas un dossier ; supprimez-le et relancez unknot
ipc-not-owned = { $path } : appartient à l'uid { $owner }, pas à vous (uid { $uid }) ; il ne sera pas utilisé
ipc-too-open = { $path } : ouvert aux autres utilisateurs (mode { $mode }, 700 requis) ; il ne sera pas utilisé — supprimez-le et relancez unknot
ipc-locked = { $path } : un autre unknot est en train de démarrer et détient le verrou ; réessayez
# $seconds: how long the command waited.
cli-no-answer = unknot : unknot n'a pas répondu dans les { $seconds } s
cli-closed = unknot : unknot a fermé la connexion sans répondre
cli-status-not-answer = unknot : l'application a répondu par son état, et non à la demande
# $error: the system's reason, in English.
cli-cannot-print-status = unknot : impossible d'afficher l'état : { $error }
# `unknot pause --until`: a time that does not parse.
cli-expected-time = attendu : une heure comme 13:30 (de 00:00 à 23:59)
# `unknot --background` with a command.
cli-background-with-command = unknot : --background sert à lancer l'application, sans commande


# `unknot check-config`. $label: the file checked ("config.json"), or
# "built-in default"; $summary: config-summary….
cli-check-ok = { $label } : OK — { $summary }
# The built-in default, with $path where a config file would be.
cli-check-ok-builtin = { $label } (aucun fichier de configuration en { $path }) : OK — { $summary }
# After the errors, one per line: how many there were.
cli-check-count = { $n } { $n ->
    [one] erreur
    [many] d'erreurs
   *[other] erreurs
}

# `unknot autostart`. $path: the autostart entry's path; $exe: the program it starts.
cli-autostart-removed = { $path } supprimé : unknot ne démarre plus à l'ouverture de session
cli-autostart-was-not = Le démarrage automatique n'était pas activé ({ $path } n'existe pas)
cli-autostart-wrote = { $path } écrit : unknot démarre à l'ouverture de session ({ $exe })
cli-autostart-build-folder = unknot : remarque : { $exe } semble se trouver dans un dossier de compilation ; lancez `cargo xtask install` puis activez le démarrage automatique depuis le binaire installé, pour que l'entrée survive à un `cargo clean`

# `unknot sync init`. $n: records copied; $local: the local history file;
# $folder: the sync folder; $kept: the name the local file is kept under.
cli-sync-merged = { $n ->
    [one] { $n } entrée de { $local } fusionnée
    [many] { $n } d'entrées de { $local } fusionnées
   *[other] { $n } entrées de { $local } fusionnées
} dans { $folder } (les entrées déjà présentes n'ont pas été modifiées) ; le fichier local est conservé sous le nom { $kept }.
cli-sync-nothing = Rien à fusionner : l'historique de cet ordinateur est déjà dans { $folder }.

# `unknot routine show upper-trap`: why the daily routine plays at its level.
# FR: each follows « Niveau 2 sur 3 : ».
cli-level-off = la progression est désactivée
cli-level-held = fixé par upper_trap.progression
cli-level-top = le niveau le plus élevé
# $done: routines completed at this level; $needed: how many step up; $level: the next level.
cli-level-toward = routines terminées : { $done } sur { $needed } pour passer au niveau { $level }
# $error: why the history could not be read.
cli-level-no-history = unknot : { $error } ; affichage du premier niveau
# $error: the system's reason, in English.
cli-json-timeline-failed = unknot : impossible d'écrire la chronologie en JSON : { $error }
cli-json-stats-failed = unknot : impossible d'écrire les statistiques en JSON : { $error }
# A history line `unknot stats` skips, on stderr after "unknot: FILE: ";
# $line is its line number; $error the parser's reason (English).
cli-history-torn-last-line = ligne { $line } : le dernier enregistrement est tronqué (écriture interrompue par un plantage ou une coupure de courant) ; ignoré
cli-history-incomplete = ligne { $line } : un enregistrement tronqué en cours d'écriture (plantage ou coupure de courant) ; ignoré, la suite est lue
cli-history-invalid = ligne { $line } : pas un enregistrement de l'historique ({ $error }) ; ignoré
# $version: the record's; $ours: the newest this unknot reads.
cli-history-newer = ligne { $line } : enregistrement en version { $version }, cet unknot ne lit que jusqu'à la version { $ours } ; ignoré

# `unknot stats`: the terminal table. Column headings are short, lower case;
# a column grows to fit its heading.
# FR: the headings are the breaks' counts, as feminine plurals (« pauses
# proposées, prises… »); « reports » counts the snoozes. The French table is
# about 85 columns wide (English 77).
cli-stats-empty = Aucune pause enregistrée : elles apparaîtront ici dès qu'unknot en proposera.
cli-stats-head-date = date
cli-stats-head-day = jour
cli-stats-head-offered = proposées
cli-stats-head-taken = prises
cli-stats-head-done = faites
cli-stats-head-snoozed = reports
cli-stats-head-skipped = passées
cli-stats-head-ignored = ignorées
cli-stats-head-natural = absences
# Minutes exercised.
cli-stats-head-min = min
# Whether the daily routine was done that day.
cli-stats-head-daily = routine
# In the "daily" column: not a working day.
cli-stats-daily-off = congé
# The last row's first cell.
cli-stats-total = total
# A weekday, short: $day is 1 (Monday) to 7 (Sunday).
cli-weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mer
    [4] jeu
    [5] ven
    [6] sam
   *[7] dim
}
# The legend under the table, each line under 80 characters.
cli-stats-legend-taken = prises : pauses guidées commencées · absences : loin de l'écran assez longtemps
cli-stats-legend-daily = routine quotidienne : ✓ faite, – pas faite, congé : jour non travaillé
cli-stats-streak = Régularité : { $current } { $current ->
        [one] jour travaillé
        [many] de jours travaillés
       *[other] jours travaillés
    } d'affilée (record : { $best } { $best ->
        [one] jour
        [many] de jours
       *[other] jours
    })
# $percent is a whole number.
cli-stats-completion = Taux de réalisation : { $percent } % ({ $completed } { $completed ->
        [one] terminée
       *[other] terminées
    }, { $offered } { $offered ->
        [one] proposée
       *[other] proposées
    })
cli-stats-completion-none = Taux de réalisation : – (aucune pause proposée)
# $per_day has one decimal.
cli-stats-checks = Points épaules : { $shown } { $shown ->
        [one] affiché
       *[other] affichés
    }, { $skipped } { $skipped ->
        [one] passé
       *[other] passés
    } ({ $per_day } par jour travaillé)
cli-stats-exercises-none = Exercices faits : aucun pour l'instant
cli-stats-exercises = Exercices faits :
# After an exercise's count: how many more times it was done in part.
cli-stats-partly = (+{ $n } en partie)
cli-stats-pain-stops = Arrêts pour douleur : { $n } { $n ->
        [one] fois
       *[other] fois
    }
# `unknot stats`: the weeks table's headings.
cli-weeks-head-week = semaine du
cli-weeks-head-routine = routine
cli-weeks-head-tension = tension avant → après
cli-weeks-head-checks = points/jour
# Days with the routine done, of the week's working days.
cli-weeks-days-of = { $done } sur { $working }
# FR: « relevé » is the check-in's rating.
cli-weeks-legend = tension : médiane des relevés de la semaine, de 0 (aucune) à 10 (le pire)

# `unknot schedule`: the forecast as a table. A moment, the table's first
# column and in cli-schedule-head ("Mon 2026-03-02 09:50"; $date is
# date-weekday-numeric, $time date-time-24 or date-time-12): keep it the
# same width every day.
cli-schedule-at = { $date } { $time }
# The table's first line: $from and $until are cli-schedule-at.
cli-schedule-head = Pauses du { $from } au { $until }, si vous travaillez sans interruption et prenez chaque pause :
# Under cli-schedule-head, indented, when the window has no working hours.
cli-schedule-none = aucune (pas d'heures de travail sur cette période)
# After a break's line when exercises are left out: $exercises, their ids
# joined by ", ".
cli-schedule-without = sans { $exercises } (après une douleur)
# A day's shoulder checks, after the breaks: $date is date-weekday-numeric,
# $n how many, $times their clock times joined by spaces.
cli-schedule-checks = Points épaules du { $date } ({ $n }) : { $times }
# `unknot schedule` with arguments it cannot read, after "unknot schedule:"
# and the option ("--from: "). $found is the argument as typed, in quotes.
cli-schedule-bad-datetime = attendu : une date et une heure locales, par exemple 2026-03-02T08:00 ou "2026-03-02 08:00" ; trouvé : { $found }
cli-schedule-bad-idle = attendu : DÉBUT/DURÉE, par exemple 2026-03-02T12:30/45m ; trouvé : { $found }
# $error is config-duration-…; $found what follows the '/', in quotes.
cli-schedule-bad-idle-length = { $error } après la « / » ; trouvé : { $found }
# $until and $from as given ("2026-03-01 08:00:00").
cli-schedule-until-before-from = --until ({ $until }) doit venir après --from ({ $from })
cli-schedule-too-long = la période de --from à --until dépasse { $days } jours

## Config errors (config/)

# Config errors: `unknot check-config`, `unknot status` and the notification
# of a config that does not load. Each follows "file:line:column: key.path: ".
# Keys, JSON values and examples ($example, quoted values) are the config's
# own and stay as they are.
#
# The most common shape: $what is one of the config-what-… below; $found the
# value found, as JSON ("5m", 12, true), or config-found-….
# FR: « attendu : … ; trouvé : … », the participles used on their own, so
# nothing agrees with $what or $found. Every config-what-… is a noun phrase
# (« un nombre entier de 1 à 10 », « true ou false ») that reads after
# « attendu : »; config-key-… reads in parentheses after « clé … manquante ».
# Examples are introduced by « par exemple ». The other errors follow the
# same « attendu : … ; trouvé : … » pattern.
config-expected = attendu : { $what } ; trouvé : { $found }
config-found-empty-array = un tableau vide
config-found-array = un tableau
config-found-object = un objet
# $key: the key as written, in quotes.
config-duplicate-key = clé { $key } en double : chaque clé ne peut apparaître qu'une fois
# $suggestion: the known key nearest to it.
config-unknown-key-suggest = clé inconnue { $key } ; vouliez-vous dire "{ $suggestion }" ?
# $known: every key allowed there, quoted, joined by ", ".
config-unknown-key = clé inconnue { $key } ; attendu : l'une des clés { $known }
# $key: the key (as JSON spells it); $what: what it holds (config-key-…).
config-missing-key = clé "{ $key }" manquante ({ $what })
# A list of the wrong length. $noun: what it lists (config-noun-…); $n: how
# many were found.
config-expected-at-most = attendu : au plus { $max } { $noun } ; trouvé : { $n }
config-expected-between = attendu : de { $min } à { $max } { $noun } ; trouvé : { $n }
config-noun-time-ranges = plages horaires
config-noun-breaks = pauses
config-noun-routines = routines
config-noun-exercises = exercices
config-noun-instruction-lines = lignes de consigne
config-noun-phases = phases
# $names: the allowed values, quoted, joined by ", ".
config-expected-one-of = attendu : l'une des valeurs { $names } ; trouvé : { $found }
config-expected-one-of-suggest = attendu : l'une des valeurs { $names } ; trouvé : { $found } (vouliez-vous dire "{ $suggestion }" ?)
config-what-boolean = true ou false
config-what-whole-number = un nombre entier de { $min } à { $max }
# $min, $max: durations as the config writes them ("10m", "1h").
config-what-duration-range = une durée de { $min } à { $max }
config-what-duration-like = une durée, par exemple "{ $example }"
config-what-time = une heure de la journée au format "HH:MM", de 00:00 à 23:59, par exemple "15:00"
config-what-text = du texte entre guillemets
config-what-non-empty-text = un texte non vide
config-text-too-long = attendu : un texte d'au plus { $max } caractères ; trouvé : { $chars } caractères
config-what-one-line = une seule ligne de texte, sans caractère de contrôle
config-what-id = un identifiant de 1 à { $max } lettres minuscules, chiffres ou tirets, par exemple "my-neck"
config-what-root = un objet contenant les clés de configuration, par exemple { $example }
config-what-version = { $version } (la seule version de configuration qui existe)
# An object of settings; $example shows its keys.
config-what-object-like = un objet, par exemple { $example }
config-what-text-scale = "auto" ou un facteur d'échelle de { $min } à { $max }, par exemple 1.25
config-what-weekdays = un objet de jours de la semaine, par exemple { $example }
config-what-time-ranges = un tableau de plages horaires, par exemple { $example }
config-what-time-range = une plage horaire, par exemple { $example }
config-what-time-range-order = une plage horaire qui finit après son début
# $range: the earlier range it overlaps ("09:00-12:30").
config-overlap = attendu : des plages horaires qui ne se chevauchent pas ; trouvé : { $found }, qui chevauche "{ $range }"
config-what-breaks = un tableau de pauses
config-what-break = une pause, par exemple { $example }
config-key-break-name = le nom affiché dans les notifications
# $other: the key path of the break that has it too ("breaks[0]").
config-break-name-taken = attendu : un nom qu'aucune autre pause ne porte ; trouvé : { $found } (aussi dans { $other })
config-key-break-routine = l'identifiant de la routine à lancer
config-every-or-at-both = attendu : exactement une des clés "every" (un intervalle de temps d'activité) ou "at" (une heure de la journée) ; trouvé : les deux
config-every-or-at-neither = attendu : exactement une des clés "every" (un intervalle de temps d'activité) ou "at" (une heure de la journée) ; trouvé : aucune des deux
config-break-time-taken = attendu : une heure qu'aucune autre pause n'utilise ; trouvé : { $found } (aussi dans { $other })
config-second-daily = attendu : au plus une pause quotidienne ; trouvé : une deuxième ({ $other } est déjà quotidienne)
# $routine: the routine's id; $needs: what it needs beyond a chair ("a ball, a wall").
config-start-screen-needed = attendu : true ; seule une routine qui ne demande rien de plus qu'une chaise peut se passer de l'écran de départ, or { $routine } demande { $needs }
config-unknown-routine-suggest = attendu : l'identifiant d'une routine intégrée ou personnelle ; trouvé : { $found } (vouliez-vous dire "{ $suggestion }" ?)
# $known: every routine id, quoted, joined by ", ".
config-unknown-routine = attendu : l'identifiant d'une routine intégrée ou personnelle ; trouvé : { $found } (routines connues : { $known })
config-what-routine-id = l'identifiant d'une routine intégrée ou personnelle, par exemple "desk-reset"
config-what-folder = un dossier, en chemin absolu ou dans votre dossier personnel ("~/Sync/unknot")
config-what-monitor = "pointer" ou le nom d'un écran tel que `xrandr --listmonitors` l'affiche ("HDMI-1")
config-what-progression = "auto", "off" ou un niveau fixe : 1, 2 ou 3
config-what-routines = un tableau de routines
config-what-routine = un objet routine avec "id", "title", "safety" et "exercises"
config-key-routine-id = l'identifiant de la routine, par exemple "my-neck"
config-id-builtin = attendu : un identifiant qu'aucune routine intégrée n'utilise ; trouvé : { $found }
config-routine-id-taken = attendu : un identifiant qu'aucune autre routine n'a ; trouvé : { $found } (aussi dans { $other })
config-key-routine-title = le titre de la routine
config-key-safety = une ligne qui dit avec quelle force appuyer et quand s'arrêter
config-what-exercises = un tableau d'exercices
# $max, $length: durations as the config writes them ("15m", "16m30s").
config-routine-too-long = attendu : une routine qui dure au plus { $max } ; trouvé : une routine qui dure { $length }
config-what-exercise = un objet exercice
config-key-exercise-id = l'identifiant de l'exercice, par exemple "neck-stretch"
config-exercise-id-taken = attendu : un identifiant qu'aucun autre exercice de cette routine n'a ; trouvé : { $found } (aussi dans { $other })
config-key-exercise-title = le titre de l'exercice
config-key-purpose = à quoi il sert
config-key-position = la position du corps
config-key-equipment = le matériel nécessaire
config-key-instructions = un tableau de lignes courtes
config-key-sides = "none" ou "both"
config-key-sets = le nombre de séries
config-key-reps = le nombre de répétitions par série
config-key-phases = les étapes d'une répétition
config-what-instructions = un tableau de lignes courtes, par exemple { $example }
config-what-phases = un tableau de phases, par exemple { $example }
config-what-phase = une phase, par exemple { $example }
config-key-phase = ce que fait le corps
config-key-phase-for = la durée, par exemple "30s"
config-key-inhale = la durée de l'inspiration
config-key-exhale = la durée de l'expiration
# $inhale: the inhale's length ("4s").
config-what-exhale = une expiration plus longue que l'inspiration ({ $inhale } ; c'est l'expiration lente qui compte)
# Whole-file problems. $bytes: the limit in bytes.
config-too-large = le fichier dépasse 1 Mio ({ $bytes } octets), le maximum que lit unknot
config-not-utf8 = UTF-8 non valide : un fichier de configuration doit être du texte UTF-8
# $error: the JSON parser's own words, in English.
config-invalid-json = JSON non valide : { $error }
config-no-value = JSON non valide : le fichier ne contient aucune valeur
# Loading. $path: the config file's path; $error: the system's reason.
config-not-found = { $path } : fichier de configuration introuvable
config-cannot-read = { $path } : impossible de lire le fichier de configuration : { $error }
config-file-too-large = { $path } : le fichier de configuration dépasse 1 Mio ({ $bytes } octets), le maximum que lit unknot
# A duration on the command line (`unknot snooze 10m`).
config-duration-format = attendu : une durée, par exemple "50m", "90s" ou "1h30m"
config-duration-zero = attendu : une durée supérieure à 0
# `unknot check-config`'s summary of a config that loads. $days: working
# days; $breaks: breaks; $list: each break (config-summary-…), joined by
# "; "; $routines: the user's own routines.
config-summary = { $days } { $days ->
    [one] jour travaillé
    [many] de jours travaillés
   *[other] jours travaillés
}, { $breaks } { $breaks ->
    [one] pause
    [many] de pauses
   *[other] pauses
}, { $routines } { $routines ->
    [one] routine personnelle
    [many] de routines personnelles
   *[other] routines personnelles
}
config-summary-list = { $days } { $days ->
    [one] jour travaillé
    [many] de jours travaillés
   *[other] jours travaillés
}, { $breaks } { $breaks ->
    [one] pause
    [many] de pauses
   *[other] pauses
} ({ $list }), { $routines } { $routines ->
    [one] routine personnelle
    [many] de routines personnelles
   *[other] routines personnelles
}
# $every: the interval as the config writes it ("50m"); $time: "15:00".
config-summary-every = { $name } toutes les { $every }
config-summary-every-daily = { $name } toutes les { $every }, pause quotidienne
config-summary-at = { $name } à { $time }
config-summary-at-daily = { $name } à { $time }, pause quotidienne

## Added with the weekly summary (the lead)

notify-week = La semaine dernière : routine faite { $done } { $done ->
        [one] jour
       *[other] jours
    } sur { $working }
notify-week-change = La semaine dernière : routine faite { $done } { $done ->
        [one] jour
       *[other] jours
    } sur { $working }; tension { $before } → { $after }
notify-week-before = La semaine dernière : routine faite { $done } { $done ->
        [one] jour
       *[other] jours
    } sur { $working }; tension avant { $before }
notify-week-any = La semaine dernière : routine faite { $done } { $done ->
        [one] jour
       *[other] jours
    }
notify-week-any-change = La semaine dernière : routine faite { $done } { $done ->
        [one] jour
       *[other] jours
    }; tension { $before } → { $after }
notify-week-any-before = La semaine dernière : routine faite { $done } { $done ->
        [one] jour
       *[other] jours
    }; tension avant { $before }
status-running = unknot tourne avec { $config } : { $plan }
status-already-running = { $pid ->
        [0] unknot tourne déjà
       *[other] unknot tourne déjà (pid { $pid })
    }
status-already-running-opened = { $pid ->
        [0] unknot tourne déjà; sa fenêtre est ouverte
       *[other] unknot tourne déjà (pid { $pid }); sa fenêtre est ouverte
    }

## The session window, check-in and end (ui/player, ui/view)

# The names of the weekdays and months, and the clock, wherever a window
# shows a date or a time ($day: mon, tue, wed, thu, fri, sat, sun;
# $month: 1 to 12).
# FR: lower case, as French writes weekdays and months.
date-weekday = { $day ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
}
# Three letters or so, under a day's hours in Preferences (its screen-reader name).
date-weekday-short = { $day ->
    [mon] lun.
    [tue] mar.
    [wed] mer.
    [thu] jeu.
    [fri] ven.
    [sat] sam.
   *[sun] dim.
}
# One letter under each day's bar of the Statistics window (about 12 px wide).
date-weekday-initial = { $day ->
    [mon] L
    [tue] M
    [wed] M
    [thu] J
    [fri] V
    [sat] S
   *[sun] D
}
date-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# Under the Statistics window's charts, at 11–12 px: keep to about 3 letters.
# FR: the usual French abbreviations (4 letters and a point at most).
date-month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
# A day and its month under the Statistics window's charts ("28 Feb";
# $month is date-month-short).
# FR: the first of the month is « 1er » (« 1er mars »), in all three dates.
date-day-month-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# A date a screen reader reads ("Saturday 28 February"; $weekday is
# date-weekday, $month date-month).
date-long = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# A day and month without weekday, read by a screen reader ("22 December").
date-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# The clock this language reads: "24h" or "12h" (not shown: it picks
# date-time-24 or date-time-12).
date-clock = 24h
# A time on the 24-hour clock ($hour "09", $minute "05").
# FR: « 14:05 », as `unknot status` and the tray write it.
date-time-24 = { $hour }:{ $minute }
# A time on the 12-hour clock ($hour "9", $minute "05", $period am or pm).
date-time-12 = { $hour }:{ $minute } { $period ->
    [am] AM
   *[pm] PM
}
# A weekday, day and month in `unknot status` ("lun. 7 déc.", « 1er » on
# the first; $weekday is date-weekday-short, $day the day of the month (a
# number), $month date-month-short).
date-weekday-day-month = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# A date and a time as a value on their own, in `unknot status` ("lun. 7
# déc. à 14:30"; $date is date-weekday-day-month, $time date-time-24 or
# date-time-12).
date-and-time = { $date } à { $time }
# A weekday and the date in numbers, in the `unknot schedule` table ("lun.
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
session-under-a-minute = moins d'une minute

# -- The start screen (600 × 360 window; text left of a 170 px figure) --

# Above the routine's title, when nothing was left out for pain (about 380 px at 15 px).
session-start-greeting = C'est l'heure de la pause
# Under the title: $length is session-minutes-short or session-under-a-minute,
# $exercises how many exercises (about 380 px at 18 px).
session-start-meta = { $length } · { $exercises ->
    [one] { $exercises } exercice
   *[other] { $exercises } exercices
}
# As session-start-meta, with the daily routine's level ($level is
# session-level…).
session-start-meta-level = { $length } · { $exercises ->
    [one] { $exercises } exercice
   *[other] { $exercises } exercices
} · { $level }
# The daily routine's level and what its strength work asks ("Level 2 · 3 sets of 8").
session-level-sets = Niveau { $level } · { $sets } séries de { $reps }
session-level-reps = Niveau { $level } · { $reps ->
    [one] { $reps } répétition
   *[other] { $reps } répétitions
}
session-level = Niveau { $level }
# Under the title: the routine needs no equipment (about 380 px at 16 px).
session-needs-nothing = Sans matériel
# Under the title: $things lists what the routine needs, comma-separated
# ("a tennis ball, a wall").
# FR: as routine-show-needs.
session-needs = Matériel : { $things }
# The words that start the urgent sentence of a routine's safety text,
# exactly as the routine's safety text (routine-…) says them in this
# language: that sentence is drawn in the warning colour. Not shown itself.
# FR: the first words of routine-safety-card's last sentence.
session-urgent-starts = Appelez les urgences
# The start screen's buttons: 200 px and 128 px wide at 17 px.
session-start = Commencer
session-not-now = Pas maintenant
# The keys at the bottom of the start screen (about 550 px at 13 px).
session-start-keys = Espace pour commencer · Échap pour fermer

# -- Playing and paused --

# Top right, beside the exercise's title, while the voice is muted (about 70 px).
session-muted = Son coupé
# Under the progress bar, left ($n is 1-based).
session-exercise-of = Exercice { $n } sur { $total }
# Under the progress bar, right: the next exercise's title.
session-next-exercise = Ensuite : { $title }
session-last-exercise = Dernier exercice
# Under the large phase word (about 200 px at 18 px): the rep and the set.
# FR: « Répétition 3 sur 8 · Série 1 sur 3 » is far wider than 200 px;
# « Rép. » is the exercise sheets' abbreviation.
session-rep-set = Rép. { $rep }/{ $reps } · Série { $set }/{ $sets }
session-rep = Répétition { $rep } sur { $reps }
# Resting between sets: the set just finished.
session-set-done = Série { $set } sur { $sets } terminée
# A two-sided exercise's sides when it has no words of its own (about 200 px, bold).
session-left-side = Côté gauche
session-right-side = Côté droit
# Before the first side ($side: the side's words, e.g. "ear to left shoulder").
# FR: a comma, not « : », which is wider; still wider than the 190 px at 13 px
# with the side labels of the stretch and the ball (see the report).
session-side-first = D'abord, { $side }
# Switching sides ($side: the next side's words).
session-side-next = Puis, { $side }
# Shown (not spoken) while resting between sets, in place of the
# exercise's instruction: two lines of about 550 px at 16 px.
session-rest-between-sets = Laissez les bras et les épaules se relâcher. La série suivante commence après le décompte.
# Heading of the card that says who should leave an exercise out, while
# getting ready ($seconds counts down; about 320 px at 15 px, bold).
session-caution-heading = Préparez-vous · { $seconds }
# As session-caution-heading, with the side to start on ($side).
session-caution-heading-side = Préparez-vous · { $seconds } · { $side }
# Over the dimmed exercise while paused (46 px, bold; about 550 px).
session-paused = En pause
session-paused-keys = Espace pour reprendre
# The buttons under the exercise: 96 px wide at 17 px (shrinks to 11 px).
# FR: the player's pause, as say-keys (« Espace pour la pause »).
session-pause = Pause
session-resume = Reprendre
session-next = Suivant
# FR: « Muet » / « Son » toggle the voice; « Couper le son » and
# « Activer le son » are wider than the 80 px a 96 px button gives.
session-mute = Muet
session-unmute = Son
session-stop = Arrêter
# The stop-for-pain button: 136 px wide.
session-stop-hurt = Stop, j'ai mal
# The key under a button, at 11 px, as wide as its button (96 px).
session-key-space = Espace
session-key-right = Flèche droite
session-key-esc = Échap

# -- The check-in (0 to 10) --

# Above the check-in before a routine (about 550 px at 15 px).
checkin-before-you-start = Avant de commencer
checkin-title = Où en est le nœud ?
# FR: the questions and the scale's ends as say-checkin-before and
# say-checkin-after say them (« aucune » / « la pire possible »: the
# tension or the pain).
checkin-question-before = Quelle tension ou douleur, en ce moment ?
# Asked on the end screen, after the routine.
checkin-question-after = Et maintenant, quelle tension ou douleur ?
# The scale's ends, under 0 (left) and 10 (right), about 270 px each at 13 px.
checkin-scale-low = 0  aucune
checkin-scale-high = la pire possible  10
# The keys under the scale (about 550 px at 13 px). The digits are the
# digit keys wherever the layout puts them.
checkin-keys = Touches 0 à 9, ou flèches puis Entrée (aussi pour 10) · Échap pour passer
# Buttons, 128 px wide.
checkin-skip = Passer
session-close = Fermer

# -- The end screen --

# The end screen's title (34 px, bold, about 550 px).
session-end-hurt = Arrêt pour douleur
session-end-done = Bravo
session-end-over = Pause terminée
# What was done ($length: session-minutes-short).
# FR: « Exercices : 3 sur 4 », so the noun needs no plural.
session-end-summary = Exercices : { $done } sur { $total } · { $length }
# As session-end-summary, with the check-ins before and after (0 to 10).
session-end-summary-knot = Exercices : { $done } sur { $total } · { $length } · nœud { $before } → { $after }
session-end-today-done = La routine du jour est faite
session-end-today-to-do = La routine du jour reste à faire
# $days is stats-days.
# FR: streak is « Régularité » as a label (as in `unknot stats`), and
# « 5 jours d'affilée ».
session-end-streak = Régularité : { $days } d'affilée


## Home, Statistics and weeks (ui/home, ui/stats)

# A number of days, in streaks on the end screen, home and Statistics.
stats-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
# A rating from 0 to 10 with a half ("5.5"): the median of check-ins.
# FR: the decimal comma (« 5,5 »).
stats-rating-decimal = { $whole },{ $tenths }

# -- The home window (600 × 360; lines of about 536 px) --

# When, today ($time is date-time-24 or date-time-12).
home-when-today = { $time }
# When, another day this week ($weekday is date-weekday).
# FR: « mardi à 14:05 »; each line with $when reads with either form
# (« jusqu'à 14:05 », « jusqu'à mardi à 14:05 »).
home-when-day = { $weekday } à { $time }
# The large line (19 px): $when is home-when-…; $name a break's name, as
# session-names-mid-sentence says ("desk break").
# FR: the app's pause is « rappels suspendus », as in the tray and status.
# $name never starts a line: it is lower-cased.
home-paused-until = Rappels suspendus jusqu'à { $when }
home-paused = Rappels suspendus jusqu'à ce que vous les repreniez
home-break-on = Votre { $name } est en cours
home-a-break-on = Votre pause est en cours
home-break-due = C'est l'heure de votre { $name }
# FR: a noun (« report »), so nothing agrees with $name.
home-break-snoozed = Report de votre { $name } jusqu'à { $when }
home-next-break = Prochaine pause : { $name }, { $when }
home-no-breaks = Aucune pause prévue
# The second line (15 px): $days is stats-days.
home-streak = Régularité : { $days } d'affilée
home-daily-done = La routine du jour est faite · { $days } d'affilée
home-daily-to-do = La routine du jour reste à faire · { $days } d'affilée
# $quiet: what holds breaks back, as `unknot status` names it ("camera in use").
home-held-by = Pauses en attente : { $quiet }
home-outside-hours = Vous êtes en dehors de vos heures de travail
# The buttons: three rows; a row of three gives each about 170 px at 15 px.
home-start = Faire une pause
home-daily = Routine quotidienne
home-resume = Reprendre les rappels
home-pause-30 = Suspendre 30 min
home-pause-60 = Suspendre 1 heure
home-pause-tomorrow = Suspendre jusqu'à demain
home-statistics = Statistiques
home-preferences = Préférences
home-quit = Quitter unknot
# The keys, at the bottom (one line of about 536 px at 12 px).
home-keys = Tab ou flèches : se déplacer · Entrée : choisir · Échap : fermer (unknot reste actif)

# -- The Statistics window: days and weeks (600 × 360) --

# The days view's title (24 px, bold; about 300 px beside the legend).
stats-today = Aujourd'hui
stats-last-days = Les { $n } derniers jours
# The legend, top right (13 px): the bars' colours.
stats-legend-routine = routine faite
stats-legend-other = autre
# The chart's guide lines, left (12 px).
stats-axis-minutes = { $n } min
stats-no-exercise = Aucun exercice enregistré pour l'instant
# Bottom left, beside two 96 px buttons (about 330 px at 18 px); $current
# and $best are stats-days.
stats-streak-best = Régularité : { $current } · record : { $best }
# The buttons to the other view (96 px).
stats-days-button = Jours
stats-weeks-button = Semaines
stats-close = Fermer
# The weeks view's title.
stats-last-weeks = Les { $n } dernières semaines
# The weeks view's header (accent, 16 px, about 550 px): $done days with the
# daily routine of the week's $working working days; also `unknot stats`.
# FR: « routine faite 3 jours sur 5 », as the weekly notification says it.
stats-this-week = Cette semaine : routine faite { $done } { $done ->
    [one] jour
   *[other] jours
} sur { $working }
# As stats-this-week, with $checks shoulder checks shown this week.
stats-this-week-checks = Cette semaine : routine faite { $done } { $done ->
    [one] jour
   *[other] jours
} sur { $working } · { $checks ->
    [one] { $checks } point épaules
   *[other] { $checks } points épaules
}
# A week without working days.
stats-this-week-any = Cette semaine : routine faite { $done } { $done ->
    [one] jour
   *[other] jours
}
stats-this-week-any-checks = Cette semaine : routine faite { $done } { $done ->
    [one] jour
   *[other] jours
} · { $checks ->
    [one] { $checks } point épaules
   *[other] { $checks } points épaules
}
stats-legend-routine-days = jours de routine
stats-legend-tension = tension avant
# The left scale's top: 7 days, in about 30 px at 12 px.
stats-axis-days = { $n } j
# FR: a check-in's rating is a « relevé », as in `unknot stats`.
stats-no-routines = Aucune routine ni aucun relevé pour l'instant
# Under the weeks (12 px, one line of about 550 px).
stats-change-explained = Sous chaque semaine : de combien le nœud s'est relâché après la routine (médiane).
# $days is stats-days.
stats-streak = Régularité : { $days }


## Preferences and the welcome (ui/prefs, session/prefs)

# Preferences: the window's title, top left above the list of sections (about 140 px at 20 px bold).
# FR: « Préférences › Pauses », as notify-check-first names them.
prefs-title = Préférences

# Preferences: the sections, listed on the left and as the heading of the shown one (about 140 px at 15 px).
prefs-section-schedule = Horaires
prefs-section-breaks = Pauses
# FR: « Ne pas déranger », the desktops' own name for quiet times.
prefs-section-quiet = Ne pas déranger
prefs-section-sound = Son
prefs-section-routine = Routine
prefs-section-display = Affichage
prefs-section-login = Démarrage

# Preferences: under the sections, after a change was written into the file (about 140 px at 12 px).
prefs-saved = Enregistré dans config.json

# Preferences: the keys, three short lines bottom left (about 140 px each at 12 px).
prefs-keys-move = Tab ou Haut/Bas : aller
prefs-keys-change = Gauche/Droite : changer
# FR: verbs without colons: « Espace : cocher · Échap : fermer » is 160 px.
prefs-keys-switch = Espace coche · Échap ferme

# Preferences › Schedule: a weekday's chip, three letters or so (56 px at 14 px bold). Monday first.
# FR: lower case, as French abbreviates weekdays.
prefs-day-mon = lun.
prefs-day-tue = mar.
prefs-day-wed = mer.
prefs-day-thu = jeu.
prefs-day-fri = ven.
prefs-day-sat = sam.
prefs-day-sun = dim.

# Preferences › Schedule: beside a day's chip when it is off (about 220 px at 14 px).
prefs-day-off = jour non travaillé

# Preferences › Schedule: after a day's hours, when the file has more ranges that day than the window shows. $n: how many more (about 100 px at 12 px).
prefs-day-more = +{ $n } dans le fichier

# Preferences › Schedule: the day's hours, "from 09:00 to 18:00"; the words are the accessible names of the two steppers (not drawn).
prefs-hours-from = de
prefs-hours-to = à

# Preferences › Schedule: a note under the days (about 390 px at 12 px).
# FR: the tray item's words (tray-edit-config); the tray is « l'icône ».
prefs-schedule-more = Autres horaires et pauses : « Modifier la configuration », menu de l'icône.

# Preferences and the welcome: each setting's label, left of its control (about 260 px at 15 px; the text shrinks to fit). "Working hours, Monday to Friday" is the welcome's.
prefs-week-hours = Heures de travail, du lundi au vendredi
prefs-desk-every = Pause au bureau toutes les
prefs-daily-at = Routine quotidienne à
prefs-snooze-length = Reporter de
prefs-snooze-max = Reports par pause
prefs-repeat-after = Rappeler après
prefs-max-repeats = Rappels par pause
prefs-natural-break = Une absence compte comme pause dès
prefs-shoulder-check = Un point épaules de 20 s entre les pauses
prefs-shoulder-check-every = Point épaules toutes les
prefs-shoulder-check-voice = Point épaules à voix haute
prefs-quiet-on = Différer les pauses au mauvais moment
prefs-quiet-fullscreen = Quand une appli est en plein écran
prefs-quiet-calls = Pendant un appel (micro, caméra)
prefs-quiet-notifications-paused = Quand les notifications sont suspendues
prefs-quiet-screen-share = Quand l'écran est partagé
prefs-quiet-inhibitors = Pendant une vidéo ou un diaporama
prefs-max-postpone = Différer une pause au plus
prefs-sound-on = Son pendant les pauses
prefs-volume = Volume
prefs-voice = Guidage vocal
prefs-pause-media = Suspendre la musique pendant une pause
# Followed by its value: "The knot is on" | "both sides" / "the left" / "the right".
# FR: a label and its value (« Côté du nœud : gauche »), shorter than
# « Le nœud est des deux côtés ».
prefs-knot-side = Côté du nœud
prefs-lie-face-down = Place pour s'allonger à plat ventre
prefs-checkin = Demander comment va le nœud
prefs-progression = Niveau de renforcement
prefs-weekly-summary = Un bilan chaque semaine
prefs-contrast = Contraste
prefs-text-scale = Taille du texte
prefs-motion = Animations
# The choice of language; its values are each language named in itself.
prefs-language = Langue
prefs-autostart = Lancer unknot à l'ouverture de session
prefs-left-out = Au repos après une douleur

# Preferences › Routine: a row for an exercise left out after pain until put back. $title: the exercise's name.
# FR: « après une douleur » is left to prefs-left-out and the button: with a long
# exercise title the full line is wider than 262 px even at 11 px.
prefs-left-out-row = Au repos : { $title }

# Preferences › Routine: the row's button (118 px at 14 px).
prefs-put-back = Réintégrer

# Preferences: the note under the sections after "Put back" (two lines of about 140 px at 12 px). $title: the exercise's name.
prefs-put-back-done = { $title } est de retour.

# Preferences: the note when a stepper is at its limit (two lines of about 140 px at 12 px).
prefs-at-limit = C'est la limite.

# Preferences: the note when the file was edited elsewhere since the window read it (two lines of about 140 px at 12 px).
prefs-changed-meanwhile = Fichier modifié ailleurs, relu. Réessayez.

# Preferences: a switch's state, left of the switch (about 28 px at 13 px).
prefs-switch-on = oui
prefs-switch-off = non

# Preferences: the values of the choices and steppers (82 px at 15 px; the text shrinks to 11 px to fit).
# Contrast, text size, motion and language when they follow the desktop.
# FR: « système » (the desktop's setting), since « bureau » is the desk of
# « Pause au bureau »; « comme le système » is wider than 82 px even at 11 px.
prefs-as-desktop = système
prefs-contrast-normal = normal
prefs-contrast-high = élevé
prefs-motion-full = complètes
prefs-motion-reduced = réduites
# Where the knot is: "The knot is on" | "both sides".
prefs-knot-side-both = les deux
prefs-knot-side-left = gauche
prefs-knot-side-right = droite
# When the daily routine asks how the knot feels.
prefs-checkin-before-after = avant et après
prefs-checkin-after = après seulement
prefs-checkin-never = jamais
# The strength level: chosen from the history, kept at 1, or held at $level (2 or 3).
prefs-progression-auto = progressif
prefs-progression-off = reste à 1
prefs-progression-held = fixé à { $level }
# A volume or text size. $n: the percentage, a whole number.
prefs-percent = { $n } %
# A duration of whole minutes, as short as it can be: "50m", "1h", "1h30m". $hours: whole hours; $minutes: the minutes past them (0 to 59).
# FR: « 50 min », « 1 h », « 1 h 30 min », as French writes lengths.
prefs-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

# Preferences: why a change was not written (the note under the sections, two lines of about 140 px at 12 px).
prefs-edit-unreadable = JSON non valide : unknot laisse le fichier tel quel
# $key: the key path in the file, e.g. "breaks[0]".
prefs-edit-shape = { $key } n'a pas la forme attendue : unknot laisse le fichier tel quel
# $why: the config error the change would cause, or prefs-edit-reads-back.
prefs-edit-invalid = cette modification rendrait la configuration non valide : { $why }
prefs-edit-reads-back = elle ne se relit pas à l'identique
# $path: the config file; $error: the system's reason.
prefs-cannot-write = impossible d'écrire { $path } : { $error }

# Preferences on a file that does not read: the heading (536 px at 20 px bold).
prefs-broken-title = Impossible de lire le fichier de configuration
# Where the first error is. $file: the file, e.g. "~/.config/unknot/config.json".
prefs-broken-at = { $file }, ligne { $line }, colonne { $column }
# The first error. $path: its key path, e.g. "snooze.length"; $message: the error (config errors' words).
prefs-broken-error = { $path } : { $message }
# Advice, up to four lines of 536 px at 13 px. $section: the top-level key that holds the error.
prefs-broken-advice-reset = Rien ne change avant votre choix. Réinitialiser ne remet que « { $section } » par défaut ; le reste du fichier ne bouge pas. Ou corrigez-le dans votre éditeur : la fenêtre le relit à son ouverture.
prefs-broken-advice-edit = Le fichier n'est pas du JSON valide : rien n'est modifié ici. Corrigez-le dans votre éditeur ; la fenêtre le relit à son ouverture.
# The buttons (160 px at 15 px; the text shrinks to fit). $section: the top-level key to reset.
prefs-broken-reset = Réinitialiser « { $section } »
prefs-broken-open = Ouvrir le fichier
prefs-broken-close = Fermer
# $error: the system's reason xdg-open could not run.
prefs-cannot-open = impossible de lancer xdg-open : { $error }
# The keys, one line at the bottom (536 px at 12 px).
prefs-broken-keys = Tab pour aller · Espace ou Entrée pour choisir · Échap pour fermer

# The first-run welcome: its heading (536 px at 22 px bold).
welcome-title = Bienvenue dans unknot
# The welcome: three lines under the heading, one line each (536 px at 14 px; the text shrinks to 11 px to fit).
welcome-about-breaks = unknot compte votre temps d'écran et vous propose de courtes pauses guidées (voir Préférences).
welcome-about-cause = Cause probable d'un nœud du trapèze supérieur : l'épaule compense des muscles plus bas, trop faibles.
welcome-about-routine = La routine quotidienne détend le nœud et renforce ces muscles. Elle peut aider, sans guérir.
# The welcome: the shoulder check's switch. $n: minutes of desk time between checks (10 to 60).
welcome-shoulder-check = Un point épaules de 20 s toutes les { $n } minutes
# The welcome: who should leave the ball out, above the buttons (up to three lines of 536 px at 11.5 px). $who: the ball step's caution (routine words) with its first letter lower case; $never: where the ball never goes.
# FR: with the French routine-ball-caution-who and -never this runs to five
# lines at 11.5 px, not three (see the report).
welcome-ball-step = Exercice de la balle : { $who } { $never }
# The welcome's buttons (150 px at 15 px): keep the defaults and close, or write the answers and start.
welcome-use-defaults = Valeurs par défaut
welcome-start = Commencer
# The welcome's keys, two short lines bottom left (about 250 px at 12 px).
welcome-keys-move = Tab : aller · Gauche/Droite : changer
welcome-keys-escape = Échap : valeurs par défaut

# `unknot status`, the "language:" line, when the config or the locale asked for a language unknot does not ship: its label (like cli-status-label-…), then why English. $asked: what was asked for, as written (e.g. "pt_BR.UTF-8"). (Kept here with the language plumbing; the status words are the command line's.)
status-language-label = langue :
status-language-not-shipped = anglais : unknot n'est pas traduit en { $asked }


## Accessibility names (ui/access)

# Window titles, also their names for a screen reader.
a11y-window-statistics = unknot — statistiques
a11y-window-preferences = unknot — Préférences
a11y-window-welcome = Bienvenue dans unknot
# What the session announces while its voice is off: the exercise's title
# and the phase's word ("Neck side stretch: Hold").
a11y-announce = { $exercise } : { $phase }
# The countdown ring.
a11y-time-left = Temps restant
# The ring's value: $phase is the large word ("Hold").
# FR: « Maintenez, encore 5 secondes ».
a11y-seconds-left = { $n ->
    [one] { $phase }, encore { $n } seconde
   *[other] { $phase }, encore { $n } secondes
}
# The check-in's group of 0 to 10, when its question is not on screen.
a11y-rating = Quelle tension ou douleur ?
a11y-rating-scale = 0 aucune, 10 la pire possible
# The Statistics window's list.
a11y-stats-last-weeks = Les { $n } dernières semaines
a11y-stats-last-days = Les { $n } derniers jours
# A day of the list: $date is date-long, $minutes whole minutes exercised.
a11y-stats-day = { $date } : { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} d'exercice
a11y-stats-day-routine = { $date } : { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} d'exercice, routine quotidienne faite
# A week of the list: $date is date-day-month (its Monday).
a11y-stats-week = Semaine du { $date } : routine faite { $done } sur { $working } { $working ->
    [one] jour travaillé
   *[other] jours travaillés
}
# As a11y-stats-week, with the median check-in before the routine (0 to 10).
a11y-stats-week-tension = Semaine du { $date } : routine faite { $done } sur { $working } { $working ->
    [one] jour travaillé
   *[other] jours travaillés
}, tension avant : { $tension }
# Preferences: the tabs' list.
a11y-sections = Sections
# A day's hours in Preferences: $day is date-weekday-short.
a11y-day-from = { $day }, début
a11y-day-to = { $day }, fin
# A button that puts back an exercise left out after pain ($title).
a11y-put-back = Réintégrer { $title }
a11y-close = Fermer
