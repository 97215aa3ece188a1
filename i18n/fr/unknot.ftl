### Les mots d'unknot en français.

duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
