/// A penalty for text that is not a whole sentence: a piece left by a bad split, a heading, a
/// caption, a line in capitals.
///
/// 1 for a sentence that begins in lower case or holds no letters or is written in capitals;
/// 0.5 for one that does not end with a full stop, a question or an exclamation mark (a heading,
/// a caption, a list item introduced by a colon); 0 otherwise.
public struct FragmentScorer: SentenceScorer {
    public let name = "fragment"
    public var role: ScorerRole { .penalty }

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.sentences.map { Self.penalty($0.text) }
    }

    static func penalty(_ text: String) -> Double {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first else { return 1 }
        if first.properties.isLowercase { return 1 }
        if letters.count >= 4, !letters.contains(where: { $0.properties.isLowercase }) { return 1 }
        let closing = text.unicodeScalars.reversed().first { !closers.contains($0) && !$0.properties.isWhitespace }
        return closing.map { terminals.contains($0) } == true ? 0 : 0.5
    }

    private static let closers: Set<Unicode.Scalar> = ["»", "\u{201D}", "\"", ")", "]", "'", "\u{2019}"]
    private static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
}
