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
            let mask = QuotedSpeech.mask(tokens)
            let words = tokens.indices.filter { tokens[$0].kind == .word }
            guard !words.isEmpty else { return 0 }
            return Double(words.filter { mask[$0] }.count) / Double(words.count)
        }
    }
}
