### Die Wörter von unknot auf Deutsch.

duration-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
