/// Finds glossary terms in text: token by token, longest match wins, one pass per sentence.
///
/// A text word matches a term word when their Snowball stems agree and what follows the stem is
/// an inflectional ending (number and gender: "accordo"/"accordi", "forza armata"/"forze
/// armate", "tedesco"/"tedeschi", "banca"/"banche"); the stem alone would also join derived words
/// ("governo"/"governare"), which the ending check keeps apart. Articulated and elided
/// prepositions compare by their base ("dell'Ucraina" ~ "di Ucraina"), hyphen and space are the
/// same ("russo-ucraina"), straight and typographic apostrophes are the same. Terms whose case
/// policy is `exact` match only as written. Matches never cross a sentence boundary and never
/// start or end inside a word.
public struct GlossaryMatcher: Sendable {
    /// The index searched.
    public let index: GlossaryIndex

    /// Creates a matcher.
    public init(index: GlossaryIndex) {
        self.index = index
    }

    /// Every term occurrence in the sentences, in text order, never overlapping.
    public func hits(in sentences: [Sentence]) -> [TermHit] {
        guard !index.entries.isEmpty else { return [] }
        let stemmer = ItalianStemmer()
        var hits: [TermHit] = []
        // Kept across sentences, so that each sentence reuses their storage.
        var ranges: [Range<Int>] = []
        var keys: [GlossaryIndex.WordKeys] = []
        var known: [GlossaryIndex.WordKeys?] = []
        for sentence in sentences {
            let scalars = Array(scalarsOf: sentence.text)
            ranges.removeAll(keepingCapacity: true)
            TermToken.forEachWord(in: scalars) { ranges.append($0) }
            guard !ranges.isEmpty else { continue }
            index.keys(of: ranges, in: scalars, stemmer: stemmer, into: &keys, known: &known)
            guard keys.contains(where: \.startsTerm) else { continue }
            var tokens = SentenceTokens(scalars: scalars, ranges: ranges)
            for var hit in match(&tokens, keys: keys, sentence: sentence.id) {
                hit.surface = String(scalars: scalars[hit.start..<hit.end])
                hit.start += sentence.start
                hit.end += sentence.start
                hits.append(hit)
            }
        }
        return hits
    }

    /// The occurrences in one piece of text taken as a single sentence.
    public func hits(inText text: String) -> [TermHit] {
        hits(in: [Sentence(id: 0, text: text, start: 0, end: text.unicodeScalars.count)])
    }

    /// The words of one sentence as term tokens, made only where a term may start: most words
    /// start none, and their keys (found without making any string) are all the matcher needs.
    private struct SentenceTokens {
        let scalars: [Unicode.Scalar]
        let ranges: [Range<Int>]
        /// The tokens made so far: a handful per sentence, so a short list searched in order.
        private var made: [(position: Int, token: TermToken)] = []

        init(scalars: [Unicode.Scalar], ranges: [Range<Int>]) {
            self.scalars = scalars
            self.ranges = ranges
        }

        var count: Int { ranges.count }

        subscript(position: Int) -> TermToken {
            mutating get {
                if let known = made.first(where: { $0.position == position }) { return known.token }
                let range = ranges[position]
                let token = TermToken(scalars[range], start: range.lowerBound, end: range.upperBound)
                made.append((position, token))
                return token
            }
        }

        mutating func tokens(_ positions: Range<Int>) -> [TermToken] {
            positions.map { self[$0] }
        }

        /// Whether the word at `position` (its apostrophes straight, lowercased if `lowercased`)
        /// is `text`, told from the scalars without making the word's token; nil when a
        /// character beyond ASCII comes before the answer, which only comparing the strings
        /// (canonical equivalents are equal) can give. Most words a term's key reaches are not
        /// the term ("di" reaches "DIA"), and making their tokens cost more than the rest of
        /// the matching.
        func isWord(_ position: Int, _ text: String, lowercased: Bool) -> Bool? {
            let range = ranges[position]
            var index = range.lowerBound
            for byte in text.utf8 {
                guard byte < 0x80 else { return nil }
                guard index < range.upperBound else { return false }
                let value = scalars[index] == "\u{2019}" ? UInt32(UInt8(ascii: "'")) : scalars[index].value
                guard value < 0x80 else { return nil }
                let folded = lowercased && value &- 0x41 < 26 ? value | 0x20 : value
                guard folded == UInt32(byte) else { return false }
                index += 1
            }
            return index == range.upperBound
        }
    }

    /// Matches in one sentence; offsets are relative to the sentence, surfaces left empty.
    /// `keys` are the words as the index sees them (their keys' numbers, whether a term
    /// starts with them).
    private func match(_ tokens: inout SentenceTokens, keys: [GlossaryIndex.WordKeys], sentence: Int) -> [TermHit] {
        var hits: [TermHit] = []
        var position = 0
        while position < tokens.count {
            guard keys[position].startsTerm, let (form, length) = longestMatch(in: &tokens, keys: keys, from: position) else {
                position += 1
                continue
            }
            let matched = tokens.tokens(position..<position + length)
            hits.append(TermHit(
                entry: index.formHeads[form].entry,
                sentence: sentence,
                start: matched[0].start,
                end: matched[length - 1].end,
                surface: "",
                plural: Self.isPlural(matched, form: index.formTokens[form], previous: position > 0 ? tokens[position - 1] : nil),
                viaVariant: index.formHeads[form].isVariant
            ))
            position += length
        }
        return hits
    }

    /// The longest form that matches at `start`, with its length in tokens; at equal length the
    /// term's own spelling beats a variant, then the entry listed first (higher priority).
    private func longestMatch(in tokens: inout SentenceTokens, keys: [GlossaryIndex.WordKeys], from start: Int) -> (form: Int, length: Int)? {
        var best: (form: Int, length: Int)?
        // The nodes reached so far: nearly always one or two, so two slots and no array (this
        // runs for every word that starts a term).
        var frontier = Frontier(0)
        var position = start
        while position < tokens.count, !frontier.isEmpty {
            let word = keys[position]
            var next = Frontier()
            frontier.forEach { node in
                if let child = index.child(of: node, keyID: word.keyID) { next.append(child) }
                if let child = index.child(of: node, keyID: word.verbKeyID) { next.append(child) }
            }
            frontier = next
            position += 1
            var ends = false
            frontier.forEach { node in ends = ends || !index.terminalPositions(of: node).isEmpty }
            guard ends else { continue }
            frontier.forEach { node in
                for listed in index.terminalPositions(of: node) {
                    let form = index.terminalForm(at: listed)
                    guard accepts(form, &tokens, start..<position), !continuesAsName(form, &tokens, before: position) else { continue }
                    if let current = best, current.length == position - start, !preferred(form, over: current.form) { continue }
                    best = (form, position - start)
                }
            }
        }
        return best
    }

    /// Trie nodes being followed: two inline, more (rare: a word whose noun and verb keys both
    /// continue several paths) in an array, made only then (an empty array is still a reference
    /// to count, at every step of every walk).
    private struct Frontier {
        private var first = -1
        private var second = -1
        private var more: [Int]?

        init() {}

        init(_ node: Int) {
            first = node
        }

        var isEmpty: Bool { first < 0 }

        mutating func append(_ node: Int) {
            if first < 0 {
                first = node
            } else if second < 0 {
                second = node
            } else {
                more = more.map { $0 + [node] } ?? [node]
            }
        }

        func forEach(_ body: (Int) -> Void) {
            if first >= 0 { body(first) }
            if second >= 0 { body(second) }
            more?.forEach(body)
        }
    }

    /// A capitalised name followed at once by another capitalised word is part of a longer name
    /// ("Consiglio di Sicurezza Nazionale" is not the UN's "Consiglio di Sicurezza").
    /// The words are at positions before `end`; the next word, if any, at `end`.
    private func continuesAsName(_ form: Int, _ tokens: inout SentenceTokens, before end: Int) -> Bool {
        guard index.formRules[form].exact, end < tokens.count, tokens.ranges[end].lowerBound == tokens.ranges[end - 1].upperBound + 1,
            let first = tokens[end].surface.first, first.isUppercase
        else { return false }
        return true
    }

    /// Among forms of equal length, the entry's own spelling beats a variant of another entry,
    /// and otherwise the entry listed first (the higher-priority glossary's) stays.
    private func preferred(_ form: Int, over other: Int) -> Bool {
        !index.formHeads[form].isVariant && index.formHeads[other].isVariant
    }

    /// Whether the words at `positions` (as many as the form has) are the form in the text.
    private func accepts(_ form: Int, _ tokens: inout SentenceTokens, _ positions: Range<Int>) -> Bool {
        let rule = index.formRules[form]
        let terms = index.formTokens[form]
        // A form whose words could not be read from the snapshot has none, and matches nothing.
        guard terms.count == positions.count else { return false }
        // By index, each word read in place: binding each term to a name would copy it, four
        // strings counted up and down, for every candidate form (most fail on their first word).
        for position in terms.indices {
            let at = positions.lowerBound + position
            if rule.exact {
                guard tokens.isWord(at, terms[position].surface, lowercased: false) ?? (terms[position].surface == tokens[at].surface) else {
                    return false
                }
                continue
            }
            if tokens.isWord(at, terms[position].lower, lowercased: true) == true { continue }
            let term = terms[position]
            let word = tokens[at]
            if term.lower != word.lower, TermToken.prepositions[term.lower] == nil {
                let inflection: Inflection = rule.verb ? .verb : position == rule.head ? .number : .numberAndGender
                guard Self.isInflection(word.lower, of: term, as: inflection),
                      positions.count > 1 || !Self.isName(word, of: term, atStart: positions.lowerBound == 0)
                else { return false }
            }
        }
        return true
    }

    /// A capitalised word inside a sentence, or a word in capitals anywhere (a dateline), that
    /// only resembles an inflected form of a one-word lowercase term is a name: `Asti` and
    /// `ASTI` are the town, not the plural of `asta`. (Capitalised terms of several words are
    /// institutions: `le Forze armate`.)
    private static func isName(_ word: TermToken, of term: TermToken, atStart: Bool) -> Bool {
        guard let first = word.surface.unicodeScalars.first, first.properties.isUppercase,
              term.surface.unicodeScalars.first?.properties.isUppercase != true
        else { return false }
        let letters = word.surface.unicodeScalars.filter(\.properties.isAlphabetic)
        return !atStart || letters.count > 1 && letters.allSatisfy(\.properties.isUppercase)
    }

    /// How a term word may change in the text.
    enum Inflection {
        /// The head noun changes in number only ("accordo"/"accordi", not "governo"/"governa").
        case number
        /// Adjectives and complements agree in number and gender ("armata"/"armate"/"armati").
        case numberAndGender
        /// Verb entries take any ending after the stem.
        case verb
    }

    /// Singular endings and the plural endings they take ("-co" → "-chi"/"-ci", "-io" → "-i").
    private static let numberEndings: [(singular: String, plural: [String])] = [
        ("co", ["chi", "ci"]), ("go", ["ghi", "gi"]), ("ca", ["che"]), ("ga", ["ghe"]), ("io", ["i"]), ("ia", ["ie", "e"]),
        ("o", ["i"]), ("a", ["e", "i"]), ("e", ["i"]),
    ]

    /// Endings that carry number and gender, longest first ("-chi"/"-che" keep the h of
    /// "tedeschi", "banche"; "-io"/"-i" of "consiglio"/"consigli").
    private static let nominalEndings = ["he", "hi", "ie", "io", "ia", "o", "a", "e", "i"]

    /// A word without its number-and-gender ending.
    static func inflectionStem(_ word: String) -> Substring {
        // The endings are ASCII, so comparing the last bytes is comparing the last characters
        // (a byte below 0x80 is never part of a longer character), without Unicode machinery.
        let bytes = word.utf8
        let length = word.unicodeScalars.count
        for ending in nominalEndingBytes where length > ending.count + 1 && bytes.count >= ending.count {
            if bytes.suffix(ending.count).elementsEqual(ending) {
                return word[..<word.utf8.index(word.utf8.endIndex, offsetBy: -ending.count)]
            }
        }
        return Substring(word)
    }

    private static let nominalEndingBytes = nominalEndings.map { Array($0.utf8) }

    /// Whether `word` is the term word inflected: the Snowball stems already agree (the trie
    /// matched), and the two differ only by an inflectional ending, so derived words that share
    /// a stem ("maggioranza"/"maggiore", "governo"/"governare") stay apart.
    static func isInflection(_ word: String, of term: TermToken, as inflection: Inflection) -> Bool {
        switch inflection {
        case .verb:
            return true
        case .numberAndGender:
            return inflectionStem(word) == inflectionStem(term.lower)
        case .number:
            for (singular, plurals) in numberEndings where term.lower.hasSuffix(singular) {
                let stem = term.lower.dropLast(singular.count)
                return plurals.contains { word == stem + $0 }
            }
            return false
        }
    }

    private static let pluralDeterminers: Set<String> = [
        "i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle", "dai", "dagli", "dalle", "nei", "negli",
        "nelle", "sui", "sugli", "sulle", "coi", "questi", "queste", "quei", "quegli", "quelle", "tali", "alcuni",
        "alcune", "molti", "molte", "diversi", "diverse", "vari", "varie", "tutti", "tutte", "due", "tre", "quattro",
    ]

    /// Plural when a plural determiner precedes or a word's ending moved to a plural one.
    static func isPlural(_ text: [TermToken], form: [TermToken], previous: TermToken?) -> Bool {
        if let previous, pluralDeterminers.contains(previous.lower) { return true }
        for (term, word) in zip(form, text) where term.lower != word.lower && TermToken.prepositions[term.lower] == nil {
            if let last = word.lower.last, "ie".contains(last), word.lower.last != term.lower.last { return true }
        }
        return false
    }
}
