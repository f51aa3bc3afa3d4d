/// A penalty for text that is not news: links to other articles ("Leggi anche"), copyright lines
/// ("Riproduzione riservata"), photo and video credits, bylines, newsletter and social prompts.
///
/// The value is 1 for a sentence that matches one of these forms and 0 otherwise. Patterns are
/// matched on the lower-cased text with straight apostrophes; a byline is a short line that is
/// "di" and a name ("di Marco Rossi") or names an envoy ("dal nostro inviato").
public struct BoilerplateScorer: SentenceScorer {
    public let name = "boilerplate"
    public var role: ScorerRole { .penalty }

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.sentences.indices.map { Self.isBoilerplate(article.sentences[$0].text, words: article.words[$0]) ? 1 : 0 }
    }

    /// Whether `text` (with `words`, its lower-cased words) is boilerplate.
    static func isBoilerplate(_ text: String, words: [String]) -> Bool {
        let lowered = text.lowercased().replacingApostrophes()
        if openings.contains(where: { lowered.hasPrefix($0) }) || fragments.contains(where: { lowered.contains($0) }) { return true }
        return isByline(text, words: words)
    }

    /// "di Marco Rossi", "di M. Rossi e L. Bianchi": "di" and capitalised words, nothing else.
    private static func isByline(_ text: String, words: [String]) -> Bool {
        guard words.count <= 7, words.first == "di", words.count >= 2 else { return false }
        let originals = text.split(whereSeparator: \.isWhitespace).dropFirst()
        return originals.allSatisfy { word in
            word == "e" || word.unicodeScalars.first.map { $0.properties.isUppercase } == true
        }
    }

    /// How boilerplate lines begin.
    private static let openings = [
        "leggi anche", "leggi pure", "leggi l'articolo", "leggi qui", "guarda anche", "guarda il video", "vedi anche",
        "potrebbe interessarti", "ti potrebbe interessare", "potrebbero interessarti", "iscriviti", "abbonati",
        "seguici", "clicca", "scarica l'app", "foto:", "foto di ", "nella foto", "in foto", "video:", "fonte:",
        "credits", "ultimo aggiornamento", "aggiornato il", "aggiornato alle", "pubblicato il", "a cura di",
        "dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente", "dalla nostra corrispondente",
        "condividi", "tag:", "argomenti:", "ascolta l'articolo", "tempo di lettura", "©", "(c)",
    ]

    /// Phrases that mark a line as boilerplate wherever they occur.
    private static let fragments = [
        "riproduzione riservata", "tutti i diritti riservati", "(foto ", "(foto:", "foto ansa", "foto lapresse",
        "newsletter", "clicca qui", "cookie policy", "leggi anche:",
    ]
}

extension String {
    /// The text with typographic apostrophes made straight.
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}
