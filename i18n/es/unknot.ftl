### Las palabras de unknot en español.
language-name = Español

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
