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
        for sentence in sentences {
            let tokens = TermToken.tokens(in: sentence.text, stemmer: stemmer)
            guard !tokens.isEmpty else { continue }
            let scalars = Array(sentence.text.unicodeScalars)
            for var hit in match(tokens, sentence: sentence.id) {
                hit.surface = String(String.UnicodeScalarView(scalars[hit.start..<hit.end]))
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

    /// Matches in one sentence; offsets are relative to the sentence, surfaces left empty.
    private func match(_ tokens: [TermToken], sentence: Int) -> [TermHit] {
        var hits: [TermHit] = []
        var position = 0
        while position < tokens.count {
            guard let (form, length) = longestMatch(in: tokens, from: position) else {
                position += 1
                continue
            }
            let matched = Array(tokens[position..<position + length])
            let formTokens = index.forms[form].tokens
            let entry = index.forms[form].entry
            hits.append(TermHit(
                entry: entry,
                sentence: sentence,
                start: matched[0].start,
                end: matched[length - 1].end,
                surface: "",
                plural: Self.isPlural(matched, form: formTokens, previous: position > 0 ? tokens[position - 1] : nil),
                viaVariant: index.forms[form].isVariant
            ))
            position += length
        }
        return hits
    }

    /// The longest form that matches at `start`, with its length in tokens.
    private func longestMatch(in tokens: [TermToken], from start: Int) -> (form: Int, length: Int)? {
        var node = 0
        var best: (Int, Int)?
        var position = start
        while position < tokens.count, let next = index.children[node][tokens[position].key] {
            node = next
            position += 1
            for form in index.terminals[node] ?? []
            where accepts(form, Array(tokens[start..<position])) && !continuesAsName(form, tokens: tokens, end: position) {
                if best == nil || best!.1 < position - start || preferred(form, over: best!.0) { best = (form, position - start) }
            }
        }
        return best
    }

    /// A capitalised name followed at once by another capitalised word is part of a longer name
    /// ("Consiglio di Sicurezza Nazionale" is not the UN's "Consiglio di Sicurezza").
    private func continuesAsName(_ form: Int, tokens: [TermToken], end: Int) -> Bool {
        guard end < tokens.count, index.entries[index.forms[form].entry].casePolicy == .exact,
            let next = tokens[end].surface.first, next.isUppercase,
            tokens[end].start == tokens[end - 1].end + 1
        else { return false }
        return true
    }

    /// Among forms of equal length, the entry's own spelling beats a variant of another entry.
    private func preferred(_ form: Int, over other: Int) -> Bool {
        !index.forms[form].isVariant && index.forms[other].isVariant
    }

    private func accepts(_ form: Int, _ text: [TermToken]) -> Bool {
        let entry = index.entries[index.forms[form].entry]
        for (term, word) in zip(index.forms[form].tokens, text) {
            if entry.casePolicy == .exact {
                guard term.surface == word.surface else { return false }
            } else if term.lower != word.lower, TermToken.prepositions[term.lower] == nil {
                guard Self.isInflection(word.lower, of: term, verb: entry.partOfSpeech == "verb") else { return false }
            }
        }
        return true
    }

    /// Endings that carry number and gender, longest first ("-chi"/"-che" keep the h of
    /// "tedeschi", "banche"; "-io"/"-i" of "consiglio"/"consigli").
    private static let nominalEndings = ["he", "hi", "ie", "io", "ia", "o", "a", "e", "i"]

    /// A word without its number-and-gender ending.
    static func inflectionStem(_ word: String) -> Substring {
        for ending in nominalEndings where word.count > ending.count + 2 && word.hasSuffix(ending) {
            return word.dropLast(ending.count)
        }
        return Substring(word)
    }

    /// Whether `word` is the term word with another number or gender: the Snowball stems already
    /// agree (the trie matched), and the two differ only in the ending, so derived words that share
    /// a stem ("maggioranza"/"maggiore", "governo"/"governare") stay apart. Verbs take any ending.
    static func isInflection(_ word: String, of term: TermToken, verb: Bool) -> Bool {
        verb ? word.hasPrefix(term.key) : inflectionStem(word) == inflectionStem(term.lower)
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
