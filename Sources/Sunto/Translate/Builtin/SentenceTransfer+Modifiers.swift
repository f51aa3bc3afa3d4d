/// Adjectives and adverbs that English builds differently: manner adverbs (`in modo costante`
/// → `steadily`), comparatives and superlatives (`più alto` → `higher`, `il più alto` → `the
/// highest`) and `il più X possibile` → `as X as possible`.
extension SentenceTransfer {
    /// The phrases that make the adjective after them a manner adverb, and what goes before it.
    static let mannerPhrases = ["in modo": "", "in maniera": "", "in modo molto": "very ", "in maniera molto": "very "]
    /// What every key of ``mannerPhrases`` starts with (a test keeps it so).
    static let mannerPrefix = "in m"

    /// `in modo costante` → `steadily`; `più alto` → `higher`, `il più alto` → `the highest`,
    /// `più caldo del` → `warmer than the`. The English and where the words end, or `nil`.
    static func adverbOrComparative(_ units: [SourceUnit], at start: Int) -> (String, Int)? {
        // Asked at every word: read its key alone rather than copying the whole unit.
        let key = units[start].key
        // Every manner phrase starts "in m": other words are not hashed for the look-up.
        let manner = key.utf8.starts(with: mannerPrefix.utf8) ? mannerPhrases[key] : nil
        guard manner != nil || key == "più" && units[start].fixed == nil,
              let english = adjective(units, at: start + 1, evenAsNoun: manner != nil) else { return nil }
        if let manner { return (manner + EnglishAdverb.adverb(english), start + 2) }
        let previous = start > 0 ? units[start - 1].chosen : nil
        if previous?.pos == "det" && previous?.has("def") == true || previous?.has("pos") == true {
            return (EnglishComparative.form(english, .superlative), start + 2)
        }
        let comparative = EnglishComparative.form(english, .comparative)
        if start + 2 < units.count, units[start + 2].key == "di", units[start + 2].fixed == nil { return (comparative + " than", start + 3) }
        return (comparative, start + 2)
    }

    /// The adjectives after a noun (at most `room`) from `position` on, in English order: two
    /// swap (`monumenti statali italiani` → `Italian state monuments`), and a glossary
    /// adjective's placeholder is one. Their English and where they end.
    static func adjectives(_ units: [SourceUnit], from position: Int, room: Int) -> ([String], Int) {
        var english: [String] = []
        var end = position
        while end < units.count, english.count < room {
            if units[end].token.isAdjectivePlaceholder {
                english.insert(units[end].token.text, at: 0)
            } else if let adjective = chosenAdjective(units[end]) {
                english.insert(adjective, at: 0)
            } else {
                break
            }
            end += 1
        }
        return (english, end)
    }

    /// Adjectives coordinated with the one after a noun: `dipartimento clinico e scientifico` →
    /// `clinical and scientific department`, `acque tedesche, polacche e lituane` → `German,
    /// Polish and Lithuanian waters`. Appends them to `adjectives` and returns where they end
    /// (`position` when there are none).
    static func coordinateAdjectives(_ units: [SourceUnit], from position: Int, after adjectives: inout [String]) -> Int {
        var listed: [String] = []
        var end = position
        // `, polacche` … before the last one: any word that can be an adjective.
        while end + 1 < units.count, units[end].token.text == ",", !units[end + 1].isCapitalized,
              let english = adjective(units, at: end + 1, evenAsNoun: true) {
            listed.append(english)
            end += 2
        }
        guard end + 1 < units.count, units[end].key == "e" || units[end].key == "o", units[end].fixed == nil,
              !units[end + 1].isCapitalized, end + 2 >= units.count || units[end + 2].chosen?.pos != "n"
        else { return position }
        // With no list before it, the last word must have been read as an adjective.
        let last = listed.isEmpty ? chosenAdjective(units[end + 1]) : adjective(units, at: end + 1, evenAsNoun: true)
        guard let last else { return position }
        if !listed.isEmpty, let first = adjectives.popLast() {
            adjectives += [first + ","] + listed.dropLast().map { $0 + "," } + [listed[listed.count - 1]]
        }
        adjectives += [units[end].key == "e" ? "and" : "or", last]
        return end + 2
    }

    /// The English of a unit read as an adjective (not part of a phrase), or `nil`.
    private static func chosenAdjective(_ unit: SourceUnit) -> String? {
        unit.chosen?.pos == "adj" && unit.fixed == nil ? LexicalChoice.english(for: unit).text : nil
    }

    /// The one-word English of the adjective at `position`, or `nil` when it is not one (or
    /// was read as a noun, unless `evenAsNoun`).
    static func adjective(_ units: [SourceUnit], at position: Int, evenAsNoun: Bool = false) -> String? {
        guard position < units.count, let reading = units[position].analyses.first(where: { $0.pos == "adj" }),
              units[position].fixed == nil, evenAsNoun || units[position].chosen?.pos != "n" || units[position].chosen == reading else { return nil }
        var word = units[position]
        word.chosen = reading
        let english = LexicalChoice.english(for: word).text
        return english.utf8.contains(UInt8(ascii: " ")) ? nil : english
    }

    /// `il più X possibile` (X an adjective or adverb) → `as X as possible`.
    static func asPossible(_ units: [SourceUnit], after article: Int) -> String? {
        guard article + 3 < units.count, units[article + 1].key == "più", units[article + 1].fixed == nil,
              ["possibile", "possibili"].contains(units[article + 3].key),
              let reading = units[article + 2].analyses.first(where: { $0.pos == "adj" || $0.pos == "adv" }) else { return nil }
        var word = units[article + 2]
        word.chosen = reading
        return "as \(LexicalChoice.english(for: word).text) as possible"
    }
}
