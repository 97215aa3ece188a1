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
routine-safety-card = À éviter si le cou ou l'épaule a été blessé ou opéré récemment, ou si un bras fourmille, est engourdi ou faible. Arrêtez net si : douleur vive ou irradiante ; fourmillements, engourdissement, faiblesse ; vertige, malaise ; vue floue ou double, déséquilibre, nausée ; mal de tête nouveau, brutal ou croissant. Appelez les urgences si : difficulté à parler ou avaler, mal à la poitrine, essoufflement.
# Heard before the first exercise: the stop signs in short, two sentences,
# said within 12 seconds.
# FR: « light-headed or faint » is « vertige, malaise »; « vision changes »
# is « vue trouble »; the second sentence lists without repeating « de ».
# About 15 % more syllables than the English; French is spoken with more
# syllables a second, so it should take about as long (to be measured).
say-safety = Arrêtez si la douleur est vive ou irradie, si une main fourmille, s'engourdit ou faiblit. Arrêtez en cas de vertige, malaise, vue trouble, ou mal de tête brutal ou qui empire.

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
say-stretch-show-1 = Dos droit, mains posées sur les cuisses. Inclinez une oreille vers l'épaule du même côté, regard devant.
say-stretch-show-2 = Inspirez doucement, soufflez lentement, et laissez l'étirement s'adoucir à chaque expiration.
say-stretch-show-3 = Ramenez lentement la tête au centre.
# FR: the spoken title drops « latéral », and « sit up tall » is « dos
# droit », to stay within the English length (the side line follows 4.5 s
# later).
say-stretch-setup = Étirement du cou. Dos droit, regard devant, mains sur les cuisses.
# Heard as the first side begins.
say-stretch-side-left = Inclinez l'oreille gauche vers l'épaule gauche.
# Heard as the second side begins, after say-switch-sides.
# FR: no « maintenant »: say-switch-sides has just said it is the other side.
say-stretch-side-right = Inclinez l'oreille droite vers l'épaule droite.
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
say-wall-lift-show-2 = Omoplates vers le bas et l'arrière, puis décollez à peine les mains du mur. Côtes rentrées.
say-wall-lift-show-3 = Reposez lentement les mains sur le mur et laissez les bras se détendre.
# FR: « Stand facing the wall » is « Face au mur »: standing goes without
# saying at a wall, and the title is long.
say-wall-lift-setup = Élévation en Y au mur. Face au mur, à un petit pas.
say-wall-lift-hands = Mains hautes sur le mur, à dix heures dix, pouces pointés vers vous.
say-wall-lift-head = Gardez la tête droite. Soufflez quand les mains quittent le mur.
say-wall-lift-form = Épaules basses et en arrière, d'abord. Côtes rentrées, sans cambrer.
say-wall-lift-effort = Décollez du mur.
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
say-pain-stop = On s'arrête ici. Plus de cet exercice aujourd'hui, et ménagez cette zone. Bougez en douceur au quotidien.
# Said and shown after say-pain-stop.
# FR: « have it checked » is « consultez », as French patient advice says.
say-pain-stop-checked = Si la douleur est forte, ou dure plus d'une demi-heure environ, consultez.
# Said after say-pain-stop-checked when the same exercise already hurt in
# the last fourteen days.
say-pain-again = Arrêté deux fois en deux semaines pour douleur, cet exercice reste retiré jusqu'à ce que vous le remettiez. Une douleur qui revient mérite l'avis d'un kinésithérapeute ou d'un médecin.
# Said at the start of a user's first sessions; names the keys Space, H and
# Escape.
# FR: the keys as French keyboards label them: Espace, H, Échap.
say-keys = Espace pour la pause, H si vous avez mal, Échap pour finir.
# The check-in before the routine: the question and the scale's two ends.
# FR: a question with a noun (« quelle tension ou douleur ») asks for a
# rating, not a yes or no; the end screen's drops « en ce moment ».
say-checkin-before = Avant de commencer : quelle tension ou douleur à cet endroit, en ce moment ? Zéro, pas du tout ; dix, le pire possible.
# The check-in on the end screen.
say-checkin-after = Et maintenant : quelle tension ou douleur à cet endroit ? Zéro, pas du tout ; dix, le pire possible.

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
