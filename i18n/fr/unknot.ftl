### Les mots d'unknot en français.
language-name = Français

duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
