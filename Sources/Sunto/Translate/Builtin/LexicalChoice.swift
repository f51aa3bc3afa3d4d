/// Chooses the English lemma for an analysed Italian word: the lexicon for its lemma and part
/// of speech, then its lemma under a related part of speech, then a cognate guess, then the
/// word itself (a name or a word no rule knows).
enum LexicalChoice {
    /// Parts of speech tried, in order, when the chosen one has no entry.
    private static let related: [String: [String]] = [
        "n": ["adj", "v", "adv"], "adj": ["n", "v", "adv"], "adv": ["adj", "pr", "cnj"], "v": ["n"],
        "pr": ["adv", "cnj"], "cnj": ["adv", "pr", "rel"], "prn": ["det", "rel"], "det": ["prn", "adj"], "rel": ["prn", "cnj"],
    ]

    /// The English lemma, and whether it came from the lexicon (`false` for guesses and words
    /// passed through).
    static func english(for unit: SourceUnit) -> (text: String, known: Bool) {
        // A name wins when it renames the word (`Germania` → `Germany`) or the word has no
        // common reading; `Durante` or `Nella` opening a sentence are a preposition, not a surname.
        if unit.isCapitalized, let name = BuiltinLexicon.english(lemma: unit.token.text, pos: "np"),
           name != unit.token.text || unit.analyses.isEmpty {
            return (name, true)
        }
        guard let reading = unit.chosen else {
            if unit.token.kind == .word, !unit.isCapitalized, let adverb = EnglishAdverb.derive(unit.key) { return (adverb, true) }
            if unit.token.kind == .word, !unit.isCapitalized, let guess = CognateGuesser.guess(unit.key) {
                return (guess, false)
            }
            return (unit.token.text, false)
        }
        if let english = lookup(reading.lemma, reading.pos) { return (english, true) }
        if unit.key != reading.lemma, let english = lookup(unit.key, reading.pos) { return (english, true) }
        if let adverb = EnglishAdverb.derive(unit.key) { return (adverb, true) }
        if let guess = CognateGuesser.guess(reading.lemma) ?? CognateGuesser.guess(unit.key) {
            return (guess, false)
        }
        return (unit.token.text, false)
    }

    private static func lookup(_ lemma: String, _ pos: String) -> String? {
        if let english = BuiltinLexicon.english(lemma: lemma, pos: pos) { return english }
        for other in related[pos] ?? [] {
            if let english = BuiltinLexicon.english(lemma: lemma, pos: other) { return english }
        }
        return nil
    }
}
