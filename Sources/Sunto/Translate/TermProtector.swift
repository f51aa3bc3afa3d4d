/// Protects glossary terms through translation: each term in a sentence is replaced by a
/// placeholder the engine passes through untouched, and after translation each placeholder is
/// replaced by the glossary's exact English term (plural when the Italian was plural,
/// capitalised at the start of a sentence, with `the` only when English uses it: see
/// ``EnglishNameArticle``).
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
    static func placeholder(_ number: Int) -> String { "ZZT\(number)ZZ" }

    /// Replaces the term occurrences inside `sentence` by placeholders.
    func protect(_ sentence: Sentence, terms: [TermUse]) -> Protected {
        var spans: [(start: Int, end: Int, english: String)] = []
        for term in terms {
            for occurrence in term.occurrences where occurrence.sentence == sentence.id {
                spans.append((occurrence.start - sentence.start, occurrence.end - sentence.start, term.english(for: occurrence)))
            }
        }
        guard !spans.isEmpty else { return Protected(text: sentence.text, placeholders: []) }
        spans.sort { $0.start < $1.start }
        var scalars = Array(sentence.text.unicodeScalars)
        var placeholders: [(String, String)] = []
        for (number, span) in spans.enumerated().reversed() {
            let token = Self.placeholder(number + 1)
            scalars.replaceSubrange(span.start..<span.end, with: Array(token.unicodeScalars))
            placeholders.insert((token, span.english), at: 0)
        }
        return Protected(text: String(String.UnicodeScalarView(scalars)), placeholders: placeholders)
    }

    /// Puts the English terms in place of the placeholders in the engine's output.
    ///
    /// - Returns: the sentence, and the English terms whose placeholder the engine lost (these
    ///   are appended in brackets, so the term is never missing from the brief).
    func restore(_ translated: String, _ protected: Protected) -> (text: String, lost: [String]) {
        var text = translated
        var lost: [String] = []
        for (token, english) in protected.placeholders {
            guard var range = text.firstRange(of: token) ?? text.firstRange(of: token.lowercased()) else {
                lost.append(english)
                continue
            }
            // A term with its own article takes none from the engine: `the ZZT1ZZ` with
            // `the 27 member states` is `the 27 member states`, not `the the …`.
            // A place name takes none at all (`all'Italia` → `to Italy`, not `to the Italy`).
            if english.lowercased().hasPrefix("the ") || !EnglishNameArticle.takesArticle(english),
               let article = Self.articleEnding(text[..<range.lowerBound]) {
                range = article..<range.upperBound
            }
            let atStart = text[..<range.lowerBound].allSatisfy { !$0.isLetter && !$0.isNumber }
            let replacement = atStart ? english.prefix(1).uppercased() + english.dropFirst() : english
            text.replaceSubrange(range, with: replacement)
        }
        if !lost.isEmpty { text += " [" + lost.joined(separator: "; ") + "]" }
        return (text, lost)
    }

    /// Where a final `the ` (any case, a word of its own) starts in `prefix`, or `nil`.
    private static func articleEnding(_ prefix: Substring) -> String.Index? {
        guard prefix.count >= 4 else { return nil }
        let start = prefix.index(prefix.endIndex, offsetBy: -4)
        guard prefix[start...].lowercased() == "the " else { return nil }
        return start == prefix.startIndex || !prefix[prefix.index(before: start)].isLetter ? start : nil
    }
}
