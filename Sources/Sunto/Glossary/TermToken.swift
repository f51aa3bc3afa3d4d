/// A word of the text or of a glossary term, in the forms the glossary matcher compares.
struct TermToken: Sendable, Equatable {
    /// The word as written (apostrophes folded to ').
    var surface: String
    /// Lowercased surface.
    var lower: String
    /// The matching key for nouns and adjectives: the word without its number-and-gender ending
    /// ("accordi" → "accord", "banche" → "banc"), articulated and elided prepositions reduced to
    /// their base ("dell'" and "della" → "di").
    var key: String
    /// The matching key for verbs: the Snowball stem, which joins a verb's conjugated forms
    /// ("firmare", "firmato", "firmano" → "firm").
    var verbKey: String
    /// Offsets (Unicode scalars) in the text the token was read from.
    var start: Int
    var end: Int

    /// Articulated and elided prepositions and their base form.
    static let prepositions: [String: String] = {
        var map: [String: String] = [:]
        let forms: [String: [String]] = [
            "di": ["di", "d'", "del", "dello", "della", "dei", "degli", "delle", "dell'"],
            "a": ["a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all'"],
            "da": ["da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'"],
            "in": ["in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'"],
            "su": ["su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'"],
            "con": ["con", "col", "coi"],
        ]
        for (base, variants) in forms {
            for variant in variants { map[variant] = base }
        }
        return map
    }()

    /// Splits text into term tokens: words and numbers, hyphenated words into their parts (so
    /// "russo-ucraina" and "russo ucraina" compare equal), elisions kept as their own token.
    /// Without `stemming` the verb keys are left empty: glossary terms that are not verbs never
    /// need them, and stemming is most of the cost of indexing a glossary.
    static func tokens(in text: String, stemmer: ItalianStemmer, stemming: Bool = true) -> [TermToken] {
        let scalars = Array(scalarsOf: text)
        var result: [TermToken] = []
        forEachWord(in: scalars) { range in
            // Words repeat: their forms are kept.
            let word = String(scalars: scalars[range])
            let forms = stemming
                ? stemmedForms.value(for: word) { Forms($0, stemmer: stemmer) }
                : plainForms.value(for: word) { Forms($0, stemmer: nil) }
            result.append(TermToken(forms, start: range.lowerBound, end: range.upperBound))
        }
        return result
    }

    /// The ranges of the words of a text given as scalars, as ``tokens(in:stemmer:stemming:)``
    /// splits it: words and numbers, hyphenated words as their parts.
    static func forEachWord(in scalars: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        Tokenizer.forEachToken(in: scalars) { range, kind in
            guard kind != .punctuation else { return }
            var start = range.lowerBound
            for index in range where scalars[index] == "-" {
                if index > start { body(start..<index) }
                start = index + 1
            }
            if range.upperBound > start { body(start..<range.upperBound) }
        }
    }

    /// The forms of a word a token carries, which depend on the word alone.
    struct Forms: Sendable {
        var surface: String
        var lower: String
        var key: String
        var verbKey: String

        init(_ text: String, stemmer: ItalianStemmer?) {
            // A number ("2024", "1.200", "3,5") is every form of itself: it has no capitals, no
            // ending and no stem to strip. Numbers are nearly all new words, never kept (see
            // ``GlossaryIndex``), so this runs for each one of each article.
            if !text.isEmpty, text.utf8.allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
                (surface, lower, key) = (text, text, text)
                verbKey = stemmer == nil ? "" : "v:" + text
                return
            }
            // Checks on bytes first: this runs for every new word of every article.
            let surface = text.straightApostrophes
            let lower = text.utf8.allSatisfy({ $0 < 0x80 && $0 &- 0x41 >= 26 }) ? surface : surface.lowercased()
            (self.surface, self.lower) = (surface, lower)
            // The longest preposition ("dell'", "dagli", "nella") has five letters.
            if lower.utf8.count <= 6, let preposition = prepositions[lower] {
                (key, verbKey) = (preposition, preposition)
            } else if lower.utf8.last == UInt8(ascii: "'") {
                key = String(lower.dropLast())
                verbKey = key
            } else {
                key = String(GlossaryMatcher.inflectionStem(lower))
                verbKey = stemmer.map { "v:" + $0.stem(lower) } ?? ""
            }
        }
    }

    /// Each word's forms, worked out once (with and without verb keys), for indexing glossaries:
    /// lowercasing, inflection stripping and stemming cost far more than a lookup.
    private static let stemmedForms = BoundedCache<String, Forms>(capacity: 20_000)
    private static let plainForms = BoundedCache<String, Forms>(capacity: 20_000)
}

extension TermToken {
    fileprivate init(_ forms: Forms, start: Int, end: Int) {
        self.init(surface: forms.surface, lower: forms.lower, key: forms.key, verbKey: forms.verbKey, start: start, end: end)
    }

    /// A word of a text, given as its scalars, as the matcher compares it: as written and
    /// lowercased. Its keys are left empty: the index looked the word up before, by its scalars.
    init(_ word: ArraySlice<Unicode.Scalar>, start: Int, end: Int) {
        let surface = String(scalars: word.lazy.map { $0 == "\u{2019}" ? "'" : $0 })
        let lower = word.allSatisfy({ $0.value < 0x80 && $0.value &- 0x41 >= 26 }) ? surface : surface.lowercased()
        self.init(surface: surface, lower: lower, key: "", verbKey: "", start: start, end: end)
    }
}
