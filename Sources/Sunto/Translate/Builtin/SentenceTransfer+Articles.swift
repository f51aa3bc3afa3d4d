/// Where English has no article although Italian has one: names, dates, years, times
/// (`alle 12:00` → `at 12:00`), percentages and `metà` (`la metà` → `half`).
extension SentenceTransfer {
    /// Month names, for dates (`il 14 novembre` → `14 November`).
    static let months: Set<String> = [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ]

    /// Whether English has no article before the unit at `position` where Italian has one: a
    /// name that takes none (`l'Italia` → `Italy`; a name tagged with `the` in the lexicon
    /// brings its own, `il Cremlino` → `the Kremlin`), a date (`il 14 novembre` → `14
    /// November`), a year (`nel 2013` → `in 2013`), a percentage (`il 40%` → `40%`) or `metà`
    /// (`la metà` → `half`).
    static func dropsArticle(_ units: [SourceUnit], before position: Int) -> Bool {
        guard position < units.count else { return false }
        let name = units[position]
        if name.isCapitalized, name.fixed == nil, name.token.kind == .word,
           name.chosen == nil || !BuiltinLexicon.hasCommonReading(name) || BuiltinLexicon.english(lemma: name.token.text, pos: "np") != nil {
            if BuiltinLexicon.english(lemma: name.token.text, pos: "np") != nil { return true }
            // `la ADT Corporation`, `la Canadian Diabetes Association` keep `the`.
            var words: [Substring] = []
            var end = position
            while end < units.count, units[end].isCapitalized, units[end].token.kind == .word, units[end].fixed == nil {
                words.append(Substring(units[end].token.text))
                end += 1
            }
            return !EnglishNameArticle.hasCommonHead(words)
        }
        // `la metà dei comuni` → `half of the municipalities`; `nel novembre 2021` → `in
        // November 2021`.
        if name.key == "metà" || months.contains(name.key) { return true }
        guard name.token.kind == .number else { return false }
        // `alle 12:00` → `at 12:00`.
        if isTime(name.token.text) { return true }
        // `il 40% degli elettori` → `40% of the voters`.
        if position + 1 < units.count, units[position + 1].token.text == "%" { return true }
        // `il 14 novembre`, `il 1° maggio`.
        let month = isOrdinalDay(units, position + 1) ? position + 2 : position + 1
        if month < units.count, units[month].chosen.map({ months.contains($0.lemma) }) == true { return true }
        return isYear(name)
    }

    /// The position of a year right after the preposition at `position` (an article between
    /// allowed), or `nil`.
    static func yearAfter(_ units: [SourceUnit], _ position: Int) -> Int? {
        var year = position + 1
        if year < units.count, units[year].pos == "det" { year += 1 }
        guard year < units.count, isYear(units[year]) else { return nil }
        return year
    }

    /// A year: a number of four digits (`2013`).
    static func isYear(_ unit: SourceUnit) -> Bool {
        unit.token.kind == .number && unit.token.text.count == 4 && unit.token.text.allSatisfy(\.isNumber)
    }

    /// Whether the unit at `position` is the ordinal sign of a date's first day (`1° novembre`),
    /// which English dates do without.
    static func isOrdinalDay(_ units: [SourceUnit], _ position: Int) -> Bool {
        position > 0 && position + 1 < units.count && units[position].token.text == "°"
            && units[position - 1].token.kind == .number && months.contains(units[position + 1].key)
    }

    /// A clock time: `12:00`, `9.30`.
    static func isTime(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        return parts.count == 2 && (1...2).contains(parts[0].count) && parts[1].count == 2 && parts.allSatisfy { $0.allSatisfy { $0.isNumber } }
    }

    /// Verbs of change whose amount takes `by` (`è cresciuto del 5%` → `grew by 5%`).
    static let changeVerbs: Set<String> = [
        "crescere", "aumentare", "calare", "diminuire", "scendere", "salire", "ridurre", "crollare", "balzare",
        "rincarare", "incrementare", "flettere", "ridursi",
    ]

    /// Whether the preposition at `position` is followed by an article and a percentage
    /// (`del 5%`, `all'8,5%`), which English writes without the article.
    static func percentageAfter(_ units: [SourceUnit], _ position: Int) -> Bool {
        position + 3 < units.count && units[position + 1].pos == "det" && units[position + 2].token.kind == .number
            && units[position + 3].token.text == "%"
    }
}
