/// A penalty for text that is not news: links to other articles ("Leggi anche"), copyright lines
/// ("Riproduzione riservata"), photo and video credits, bylines, newsletter and social prompts.
///
/// The value is 1 for a sentence that matches one of these forms and 0 otherwise. Patterns are
/// matched on the lower-cased text with straight apostrophes; a byline is a short line that is
/// "di" and a name ("di Marco Rossi") or names an envoy ("dal nostro inviato"). Boilerplate is
/// short: sentences of more than ``longestLine`` words are news and are not checked.
public struct BoilerplateScorer: SentenceScorer {
    public let name = "boilerplate"
    public var role: ScorerRole { .penalty }

    /// Creates the scorer.
    public init() {}

    /// The longest sentence, in words, that may be boilerplate.
    public static let longestLine = 30

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.sentences.indices.map { Self.isBoilerplate(article.sentences[$0].text, tokens: article.tokens[$0]) ? 1 : 0 }
    }

    /// Whether `text` (whose tokens are `tokens`) is boilerplate.
    static func isBoilerplate(_ text: String, tokens: [ScoringToken]) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        guard words.count <= longestLine else { return false }
        if isByline(words) { return true }
        var text = text
        let lowered = text.withUTF8 { bytes in
            var lowered: [UInt8] = []
            lowered.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let length = ItalianBytes.sequenceLength(bytes[index])
                if length == 3, index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    lowered.append(0x27)
                } else {
                    ItalianBytes.appendLowercased(bytes, at: index, length: length, to: &lowered)
                }
                index += length
            }
            return lowered
        }
        return openings.contains { lowered.starts(with: $0) } || fragments.contains { contains(lowered, $0) }
    }

    /// "di Marco Rossi", "di M. Rossi e L. Bianchi": "di" and capitalised words, nothing else.
    private static func isByline(_ words: [ScoringToken]) -> Bool {
        guard words.count >= 2, words.count <= 7, words[0].key == Self.di else { return false }
        return words.dropFirst().allSatisfy { $0.isCapitalized || $0.key == Self.and }
    }

    private static let di = ScoringTokenizer.key(of: "di")
    private static let and = ScoringTokenizer.key(of: "e")

    /// Whether `needle` occurs in `haystack` (both short: a plain scan is fastest).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// How boilerplate lines begin.
    private static let openings: [[UInt8]] = [
        "leggi anche", "leggi pure", "leggi l'articolo", "leggi qui", "guarda anche", "guarda il video", "vedi anche",
        "potrebbe interessarti", "ti potrebbe interessare", "potrebbero interessarti", "iscriviti", "abbonati",
        "seguici", "clicca", "scarica l'app", "foto:", "foto di ", "nella foto", "in foto", "video:", "fonte:",
        "credits", "ultimo aggiornamento", "aggiornato il", "aggiornato alle", "pubblicato il", "a cura di",
        "dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente", "dalla nostra corrispondente",
        "condividi", "tag:", "argomenti:", "ascolta l'articolo", "tempo di lettura", "©", "(c)",
    ].map { Array($0.utf8) }

    /// Phrases that mark a line as boilerplate wherever they occur.
    private static let fragments: [[UInt8]] = [
        "riproduzione riservata", "tutti i diritti riservati", "(foto ", "(foto:", "foto ansa", "foto lapresse",
        "newsletter", "clicca qui", "cookie policy", "leggi anche:",
    ].map { Array($0.utf8) }
}
