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

    /// Replaces the term occurrences inside `sentence` by placeholders.
    func protect(_ sentence: Sentence, terms: [TermUse]) -> Protected {
        var spans: [(start: Int, end: Int, english: String, adjective: Bool)] = []
        for term in terms {
            for occurrence in term.occurrences where occurrence.sentence == sentence.id {
                spans.append((occurrence.start - sentence.start, occurrence.end - sentence.start, term.english(for: occurrence), term.isAdjective))
            }
        }
        guard !spans.isEmpty else { return Protected(text: sentence.text, placeholders: []) }
        spans.sort { $0.start < $1.start }
        var scalars = Array(sentence.text.unicodeScalars)
        var placeholders: [(String, String)] = []
        for (number, span) in spans.enumerated().reversed() {
            let token = Self.placeholder(number + 1, adjective: span.adjective)
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
            if !token.hasPrefix("ZZA"), english.lowercased().hasPrefix("the ") || !EnglishNameArticle.takesArticle(english),
               let article = Self.articleEnding(text[..<range.lowerBound]) {
                range = article..<range.upperBound
            }
            // The engine may have put before the term a word the term begins with: `Italian`
            // from `italiana` before `Italian Navy`.
            if let repeated = Self.repeatedWordEnding(text[..<range.lowerBound], of: english) {
                range = repeated..<range.upperBound
            }
            let atStart = text[..<range.lowerBound].allSatisfy { !$0.isLetter && !$0.isNumber }
            let replacement = atStart ? english.prefix(1).uppercased() + english.dropFirst() : english
            // The engine chose `a` or `an` by the placeholder: `a ZZT1ZZ` with `EU agency`.
            if let article = Self.indefiniteArticleEnding(text[..<range.lowerBound]) {
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
        text.firstRange(of: token) ?? text.firstRange(of: token.lowercased())
    }

    /// Whether an adjective term stands next to another term whose English already holds it as
    /// a word (`Italian` beside `Italian Navy`).
    private static func isHeldByNeighbour(_ token: String, _ english: String, in text: String, _ protected: Protected) -> Bool {
        guard token.hasPrefix("ZZA"), let range = Self.range(of: token, in: text) else { return false }
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

    /// Where a final word that `english` also begins with (then a space) starts in `prefix`.
    private static func repeatedWordEnding(_ prefix: Substring, of english: String) -> String.Index? {
        guard let first = english.split(separator: " ").first, english.contains(" ") else { return nil }
        let word = first + " "
        guard prefix.hasSuffix(word) else { return nil }
        let start = prefix.index(prefix.endIndex, offsetBy: -word.count)
        return start == prefix.startIndex || !prefix[prefix.index(before: start)].isLetter ? start : nil
    }

    /// Where a final `a ` or `an ` (any case, a word of its own) starts in `prefix`, or `nil`.
    private static func indefiniteArticleEnding(_ prefix: Substring) -> String.Index? {
        for article in ["a ", "an "] where prefix.count >= article.count {
            let start = prefix.index(prefix.endIndex, offsetBy: -article.count)
            if prefix[start...].lowercased() == article, start == prefix.startIndex || !prefix[prefix.index(before: start)].isLetter {
                return start
            }
        }
        return nil
    }

    /// Where a final `the ` (any case, a word of its own) starts in `prefix`, or `nil`.
    private static func articleEnding(_ prefix: Substring) -> String.Index? {
        guard prefix.count >= 4 else { return nil }
        let start = prefix.index(prefix.endIndex, offsetBy: -4)
        guard prefix[start...].lowercased() == "the " else { return nil }
        return start == prefix.startIndex || !prefix[prefix.index(before: start)].isLetter ? start : nil
    }
}
