/// Protects glossary terms through translation: each term in a sentence is replaced by a
/// placeholder the engine passes through untouched, and after translation each placeholder is
/// replaced by the glossary's exact English term (plural when the Italian was plural,
/// capitalised at the start of a sentence, with `the` only when English uses it: see
/// ``EnglishNameArticle``, and `a` or `an` by the term's first sound).
///
/// An adjective term (`italiano` → `Italian`) takes a placeholder of its own shape (`ZZA1ZZ`),
/// so that the built-in engine places it as an adjective (`il governo italiano` → `the Italian
/// government`); an adjective the next term's English already holds is dropped (`la Marina
/// militare italiana` → `the Italian Navy`, not `the Italian Italian Navy`).
///
/// This works the same for every engine, so the glossary always wins over the engine's lexicon.
struct TermProtector: Sendable {
    /// A sentence ready for the engine, and what its placeholders stand for.
    struct Protected: Sendable, Equatable {
        var text: String
        var placeholders: [(token: String, english: String)]

        static func == (a: Protected, b: Protected) -> Bool {
            a.text == b.text && a.placeholders.map(\.token) == b.placeholders.map(\.token)
                && a.placeholders.map(\.english) == b.placeholders.map(\.english)
        }
    }

    /// Engines pass unknown all-letter-and-digit words through; this shape is never Italian.
    static func placeholder(_ number: Int, adjective: Bool = false) -> String {
        adjective ? "ZZA\(number)ZZ" : "ZZT\(number)ZZ"
    }

    /// Whether `text` has the shape of ``placeholder(_:adjective:)``.
    static func isPlaceholder(_ text: String) -> Bool {
        // Asked of every word the engine reads: the first byte settles nearly all of them.
        guard text.utf8.first == UInt8(ascii: "Z") else { return false }
        return (text.hasPrefix("ZZT") || text.hasPrefix("ZZA")) && text.hasSuffix("ZZ") && text.utf8.count > 5
            && text.utf8.dropFirst(3).dropLast(2).allSatisfy { $0 &- 0x30 < 10 }
    }

    /// Whether `token` is an adjective term's placeholder.
    static func isAdjectivePlaceholder(_ token: String) -> Bool { token.hasPrefix("ZZA") }

    /// A term occurrence to protect: where it stands in the text, and its English.
    typealias Occurrence = (start: Int, end: Int, english: String, adjective: Bool)

    /// The occurrences of `terms`, by sentence id, in the order of the terms: read once per
    /// document, not once per sentence (a long text translated whole has thousands of both).
    /// With `sentences`, only those sentences' occurrences: a brief translates a few sentences
    /// of an article whose terms occur in all of them, and each occurrence's English is worked
    /// out here.
    static func occurrencesBySentence(_ terms: [TermUse], in sentences: [Int]? = nil) -> [Int: [Occurrence]] {
        var bySentence: [Int: [Occurrence]] = [:]
        for term in terms {
            for occurrence in term.occurrences where sentences?.contains(occurrence.sentence) ?? true {
                bySentence[occurrence.sentence, default: []].append((occurrence.start, occurrence.end, term.english(for: occurrence), term.isAdjective))
            }
        }
        return bySentence
    }

    /// Replaces the term occurrences inside `sentence` by placeholders.
    func protect(_ sentence: Sentence, terms: [TermUse]) -> Protected {
        protect(sentence, occurrences: Self.occurrencesBySentence(terms)[sentence.id] ?? [])
    }

    /// Replaces `occurrences` (those of `sentence`, offsets in the document) by placeholders.
    func protect(_ sentence: Sentence, occurrences: [Occurrence]) -> Protected {
        var spans = occurrences.map { (start: $0.start - sentence.start, end: $0.end - sentence.start, english: $0.english, adjective: $0.adjective) }
        guard !spans.isEmpty else { return Protected(text: sentence.text, placeholders: []) }
        spans.sort { $0.start < $1.start }
        var scalars = Array(scalarsOf: sentence.text)
        var placeholders: [(String, String)] = []
        for (number, span) in spans.enumerated().reversed() {
            let token = Self.placeholder(number + 1, adjective: span.adjective)
            scalars.replaceSubrange(span.start..<span.end, with: Array(scalarsOf: token))
            placeholders.insert((token, span.english), at: 0)
        }
        return Protected(text: String(scalars: scalars), placeholders: placeholders)
    }

    /// Puts the English terms in place of the placeholders in the engine's output.
    ///
    /// - Returns: the sentence, and the English terms whose placeholder the engine lost (these
    ///   are appended in brackets, so the term is never missing from the brief).
    func restore(_ translated: String, _ protected: Protected) -> (text: String, lost: [String]) {
        var text = translated
        var lost: [String] = []
        let held = Set(protected.placeholders.filter { Self.isHeldByNeighbour($0.token, $0.english, in: text, protected) }.map(\.token))
        for token in held { Self.removeWord(token, from: &text) }
        for (token, english) in protected.placeholders where !held.contains(token) {
            guard var range = Self.range(of: token, in: text) else {
                lost.append(english)
                continue
            }
            // A term with its own article takes none from the engine: `the ZZT1ZZ` with
            // `the 27 member states` is `the 27 member states`, not `the the …`.
            // A place name takes none at all (`all'Italia` → `to Italy`, not `to the Italy`).
            // An adjective keeps the article of its noun (`the Italian government`).
            if !Self.isAdjectivePlaceholder(token), english.lowercased().hasPrefix("the ") || !EnglishNameArticle.takesArticle(english),
               let article = Self.wordEnding(text[..<range.lowerBound], "the", ignoringCase: true) {
                range = article..<range.upperBound
            }
            // The engine may have put before the term a word the term begins with: `Italian`
            // from `italiana` before `Italian Navy`.
            if english.utf8.contains(UInt8(ascii: " ")), let first = english.split(separator: " ").first,
               let repeated = Self.wordEnding(text[..<range.lowerBound], first, ignoringCase: false) {
                range = repeated..<range.upperBound
            }
            let atStart = text[..<range.lowerBound].allSatisfy { !$0.isLetter && !$0.isNumber }
            let replacement = atStart ? english.firstUppercased : english
            // The engine chose `a` or `an` by the placeholder: `a ZZT1ZZ` with `EU agency`.
            let before = text[..<range.lowerBound]
            if let article = Self.wordEnding(before, "a", ignoringCase: true) ?? Self.wordEnding(before, "an", ignoringCase: true) {
                let capital = text[article].isUppercase
                range = article..<range.upperBound
                text.replaceSubrange(range, with: EnglishIndefiniteArticle.article(before: replacement, capital: capital) + " " + replacement)
            } else {
                text.replaceSubrange(range, with: replacement)
            }
        }
        if !lost.isEmpty { text += " [" + lost.joined(separator: "; ") + "]" }
        return (text, lost)
    }

    /// Where `token` is in `text`; engines may lowercase it.
    private static func range(of token: String, in text: String) -> Range<String.Index>? {
        firstRange(of: token, in: text) ?? firstRange(of: token.lowercased(), in: text)
    }

    /// The first occurrence of a placeholder: an ASCII one is found on UTF-8 bytes
    /// (``StringProtocol/firstOccurrence(of:)``), since character-by-character search costs more
    /// than the rest of the restoring; any other character by character.
    private static func firstRange(of token: String, in text: String) -> Range<String.Index>? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 < 0x80 }) else { return text.firstRange(of: token) }
        return text.firstOccurrence(of: token)
    }

    /// Whether an adjective term stands next to another term whose English already holds it as
    /// a word (`Italian` beside `Italian Navy`).
    private static func isHeldByNeighbour(_ token: String, _ english: String, in text: String, _ protected: Protected) -> Bool {
        guard Self.isAdjectivePlaceholder(token), let range = Self.range(of: token, in: text) else { return false }
        for (other, otherEnglish) in protected.placeholders where other != token {
            guard let otherRange = Self.range(of: other, in: text),
                  text[range.upperBound..<max(range.upperBound, otherRange.lowerBound)] == " "
                    || text[otherRange.upperBound..<max(otherRange.upperBound, range.lowerBound)] == " "
            else { continue }
            if otherEnglish.split(separator: " ").contains(Substring(english)) { return true }
        }
        return false
    }

    /// Removes `token` and the space that joins it to the words beside it.
    private static func removeWord(_ token: String, from text: inout String) {
        guard var range = Self.range(of: token, in: text) else { return }
        if text[range.upperBound...].hasPrefix(" ") {
            range = range.lowerBound..<text.index(after: range.upperBound)
        } else if text[..<range.lowerBound].hasSuffix(" ") {
            range = text.index(before: range.lowerBound)..<range.upperBound
        }
        text.removeSubrange(range)
    }

    /// Where `prefix` ends with `word` and a space, `word` a word of its own (at the start or
    /// after a non-letter), or `nil`: `the ` before a term, `a `/`an ` (any case), or a word
    /// the term itself begins with.
    private static func wordEnding(_ prefix: Substring, _ word: some StringProtocol, ignoringCase: Bool) -> String.Index? {
        let ending = word + " "
        // Stepped back from the end: `prefix.count` would walk the whole text before the term.
        guard let start = prefix.index(prefix.endIndex, offsetBy: -ending.count, limitedBy: prefix.startIndex) else { return nil }
        let tail = String(prefix[start...])
        guard ignoringCase ? tail.lowercased() == ending.lowercased() : tail == ending else { return nil }
        return start == prefix.startIndex || !prefix[prefix.index(before: start)].isLetter ? start : nil
    }
}
