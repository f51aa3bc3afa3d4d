/// `of`-compounds English writes as a noun compound: a noun, a bare `di` (no article after it)
/// and a singular common noun with nothing after it that belongs to it (`tasso di successo` →
/// `success rate`, `agente di polizia` → `police officer`, `furti di auto` → `car thefts`).
/// Nouns of quantity and part keep `of` (`parte di`, `numero di`, `tipo di`).
enum NounCompound {
    /// The English modifier when the noun at `head`, whose phrase ends at `after`, heads such a
    /// compound; `nil` otherwise.
    static func modifier(_ units: [SourceUnit], head: Int, after: Int) -> String? {
        guard after + 1 < units.count, units[after].key == "di", units[after].fixed == nil,
              let headReading = units[head].chosen, headReading.pos == "n", !quantities.contains(headReading.lemma) else { return nil }
        let noun = units[after + 1]
        guard noun.token.kind == .word, noun.fixed == nil, !noun.isCapitalized, let reading = noun.chosen, reading.pos == "n",
              !reading.isPlural, !times.contains(reading.lemma) else { return nil }
        // A measure (`6 pollici di pioggia`) keeps `of`.
        if head > 0, units[head - 1].token.kind == .number || units[head - 1].pos == "num" { return nil }
        // Something after the second noun that belongs to it (`di ricerca scientifica`, `di
        // tipo 1`, `di guerra del Golfo`) keeps the `of` phrase as it is.
        if after + 2 < units.count {
            let next = units[after + 2]
            if ["adj", "num"].contains(next.pos ?? "") || next.token.kind == .number || next.key == "di" || next.isCapitalized && next.token.kind == .word {
                return nil
            }
        }
        let (english, known) = LexicalChoice.english(for: noun)
        return known ? english : nil
    }

    /// Days and times name when, not what kind: `la serata di domenica` stays `the evening of Sunday`.
    private static let times: Set<String> = [
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "oggi", "ieri", "domani", "distanza",
    ]

    private static let quantities: Set<String> = [
        "parte", "numero", "gruppo", "serie", "tipo", "genere", "sorta", "milione", "miliardo", "migliaio", "centinaio",
        "decina", "dozzina", "quantità", "maggioranza", "minoranza", "mancanza", "insieme", "paio", "mezzo", "fine", "inizio",
        "metà", "resto", "totale", "forma", "modo", "caso", "momento", "stato", "senso", "luogo", "punto", "nome", "uso",
        "costo", "prezzo", "base", "causa", "motivo", "ragione", "mese", "anno", "giorno", "settimana", "ora", "minuto",
        "volta", "milione", "percentuale", "quota", "pezzo", "chilo", "tonnellata", "litro", "metro", "chilometro",
        "bicchiere", "tazza", "pacchetto", "membro", "professore", "capo", "presidente", "ministro", "direttore",
    ]
}
