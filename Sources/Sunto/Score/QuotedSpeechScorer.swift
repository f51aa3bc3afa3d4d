/// A penalty for quoted speech: the share of a sentence's words spoken by someone.
///
/// Quotations give colour and opinion; a brief wants the facts first. The penalty is the share,
/// so a short quote inside a factual sentence costs little and a sentence that is all quotation
/// costs the full weight.
public struct QuotedSpeechScorer: SentenceScorer {
    public let name = "quotes"
    public var role: ScorerRole { .penalty }

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.tokens.map { tokens in
            var words = 0
            var quoted = 0
            for token in tokens where token.kind == .word {
                words += 1
                if token.isQuoted { quoted += 1 }
            }
            return words > 0 ? Double(quoted) / Double(words) : 0
        }
    }
}
