/// Finds people's names among capitalised words and sets their common readings aside, so that
/// a name is written as it stands: `Giuseppe Sala` is not `Giuseppe Room`, `Draghi ha detto`
/// is not `Dragons said`.
///
/// The evidence is the lexicon's names (`Mario|np` → `Mario`) and the grammar around a word:
/// - A first name opens a name when it has no other reading (`Giuseppe Conte`), or when the
///   capitalised word after it is a name too (`Marco Rossi`, `Romano Prodi`). Particles inside
///   such a name belong to it (`Ignazio La Russa`, `Luigi Di Maio`).
/// - Inside a sentence, a capitalised article before a capitalised word that is only a name is
///   part of that name (`da La Spezia`, `a La Plata`); before a common word it stays an
///   article (`Il Tempio del Sole` takes `the`).
/// - A capitalised word read only as a plural, with no article before it, is a surname when a
///   verb in the singular follows it (`Meloni ha detto`) or a preposition or verb precedes it
///   inside a sentence (`secondo Draghi`, `ha spiegato Monti`): Italian puts an article before
///   a common noun there.
enum PersonNames {
    /// Clears the readings of the units that are part of a person's name.
    static func mark(_ units: inout [SourceUnit]) {
        var index = 0
        while index < units.count {
            // Every case below opens on a capitalised word: most words are passed over here.
            guard isCapitalisedWord(units[index]) else {
                index += 1
                continue
            }
            if let end = nameEnd(units, from: index) {
                for position in index..<end { units[position].analyses = [] }
                index = end
                continue
            }
            if isSurnameAlone(units, index) || opensName(units, index) { units[index].analyses = [] }
            index += 1
        }
    }

    /// Where a name of two or more words opening at `start` ends, if one does.
    private static func nameEnd(_ units: [SourceUnit], from start: Int) -> Int? {
        let first = units[start]
        guard isCapitalisedWord(first), isSpelledAsName(first),
              !first.canBe(where: { functionWords.contains($0.pos) })
        else { return nil }
        let onlyAName = first.analyses.isEmpty
        var end = start + 1
        while end < units.count, isCapitalisedWord(units[end]) {
            let unit = units[end]
            if particles.contains(unit.key) {
                guard end + 1 < units.count, isCapitalisedWord(units[end + 1]) else { break }
                end += 2
            } else if onlyAName && end == start + 1 || unit.analyses.isEmpty || isSpelledAsName(unit) {
                end += 1
            } else {
                break
            }
        }
        return end - start >= 2 ? end : nil
    }

    /// A capitalised word whose noun or adjective readings are all plural (`Draghi` may also be
    /// a form of `dragare`), that the grammar around it makes a surname.
    private static func isSurnameAlone(_ units: [SourceUnit], _ index: Int) -> Bool {
        let unit = units[index]
        let nominal = unit.analyses.filter { $0.pos == "n" || $0.pos == "adj" }
        guard isCapitalisedWord(unit), !nominal.isEmpty, nominal.allSatisfy(\.isPlural),
              !unit.canBe(where: { functionWords.contains($0.pos) || styleCapitals.contains($0.lemma) })
        else { return false }
        let previous = index > 0 ? units[index - 1] : nil
        if previous?.can("det") == true { return false }
        if let next = index + 1 < units.count ? units[index + 1] : nil,
           next.canBe(where: { $0.isFiniteVerb && $0.has("p3") && $0.has("sg") }) {
            return true
        }
        guard let previous, !ItalianTagger.opensSentence(units, index) else { return false }
        return previous.can("pr") || previous.canBe(where: { $0.isFiniteVerb || $0.isParticiple })
    }

    /// A capitalised article inside a sentence, right before a capitalised word with no common
    /// reading.
    private static func opensName(_ units: [SourceUnit], _ index: Int) -> Bool {
        guard index + 1 < units.count, isCapitalisedWord(units[index]), articles.contains(units[index].key),
              isCapitalisedWord(units[index + 1]), units[index + 1].analyses.isEmpty,
              !units[index + 1].token.text.allSatisfy(\.isUppercase)
        else { return false }
        return !ItalianTagger.opensSentence(units, index)
    }

    /// Singular articles: a plural one before a name is a foreign title's (`I Simpson`).
    private static let articles: Set<String> = ["il", "lo", "la", "l'"]

    private static func isCapitalisedWord(_ unit: SourceUnit) -> Bool {
        unit.token.kind == .word && unit.fixed == nil && unit.isCapitalized
    }

    /// Whether the lexicon knows the word as a name that English writes the same way.
    private static func isSpelledAsName(_ unit: SourceUnit) -> Bool {
        BuiltinLexicon.english(lemma: unit.token.text, pos: "np") == unit.token.text
    }

    private static let functionWords: Set<String> = ["pr", "cnj", "det", "prn", "adv", "rel"]

    /// Particles of Italian surnames, written with a capital inside a name.
    private static let particles: Set<String> = ["de", "di", "da", "del", "della", "dal", "la", "lo", "li", "le", "d'"]

    /// Nouns capitalised by house style alone (`i Paesi`, `gli Stati`), never surnames.
    private static let styleCapitals: Set<String> = ["paese", "stato"]
}
