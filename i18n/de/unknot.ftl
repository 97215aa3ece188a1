### Die Wörter von unknot auf Deutsch.
language-name = Deutsch

duration-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
