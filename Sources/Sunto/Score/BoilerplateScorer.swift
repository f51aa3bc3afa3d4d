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
        let triggers = fragmentTriggers
        var words = 0
        var hasTrigger = false
        for token in tokens where token.kind == .word {
            words += 1
            hasTrigger = hasTrigger || triggers.contains(token.key)
        }
        guard words <= longestLine else { return false }
        if isByline(tokens) { return true }
        // Openings are short, so only the start of the text is lower-cased for them; the whole
        // text only when one of the fragments' words occurs in it.
        if lowered(text, limit: longestOpening, { start in openings.contains { start.starts(with: $0) } }) { return true }
        guard hasTrigger else { return false }
        return lowered(text, limit: .max) { whole in fragments.contains { contains(whole, $0) } }
    }

    /// Calls `body` with the first `limit` bytes (or a little more, to end a character) of `text`
    /// lower-cased, with typographic apostrophes made straight; they are written on the stack,
    /// since every short sentence is checked.
    private static func lowered<Result>(_ text: String, limit: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8 { bytes in
            // Lower-casing never makes a character longer; a character started below the limit may
            // end up to three bytes past it.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: min(limit, bytes.count) + 3) { lowered in
                var count = 0
                var index = 0
                while index < bytes.count, count < limit {
                    let length = ItalianBytes.sequenceLength(bytes[index])
                    if ItalianBytes.isTypographicApostrophe(bytes, at: index) {
                        lowered[count] = 0x27
                        count += 1
                    } else {
                        ItalianBytes.writeLowercased(bytes, at: index, length: length, to: lowered, count: &count)
                    }
                    index += length
                }
                return body(UnsafeBufferPointer(rebasing: lowered[..<count]))
            }
        }
    }

    /// "di Marco Rossi", "di M. Rossi e L. Bianchi": "di" and capitalised words, nothing else.
    private static func isByline(_ tokens: [ScoringToken]) -> Bool {
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if words == 1 ? token.key != Self.di : !(token.isCapitalized || token.key == Self.and) { return false }
            if words > 7 { return false }
        }
        return words >= 2
    }

    private static let di = ScoringTokenizer.key(of: "di")
    private static let and = ScoringTokenizer.key(of: "e")

    /// Whether `needle` occurs in `haystack` (both short: a plain scan is fastest).
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
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

    /// The length in bytes of the longest opening.
    private static let longestOpening = openings.map(\.count).max() ?? 0

    /// Words of which every fragment holds one: a line without any of them holds no fragment.
    private static let fragmentTriggers = KeyTable(words: ["riproduzione", "diritti", "foto", "newsletter", "clicca", "cookie", "leggi"])

    /// Phrases that mark a line as boilerplate wherever they occur (see ``fragmentTriggers``).
    private static let fragments: [[UInt8]] = [
        "riproduzione riservata", "tutti i diritti riservati", "(foto ", "(foto:", "foto ansa", "foto lapresse",
        "newsletter", "clicca qui", "cookie policy", "leggi anche:",
    ].map { Array($0.utf8) }
}
