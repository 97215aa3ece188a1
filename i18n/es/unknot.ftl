### Las palabras de unknot en español.

duration-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
