/// News lead bias: the first sentences carry the news; later ones score less, paragraph openings
/// a little more than the sentences around them.
public struct PositionScorer: SentenceScorer {
    public let name = "position"
    /// How fast the score falls with position: 1 / (1 + decay × index).
    public var decay: Double

    /// Creates the scorer.
    public init(decay: Double = 0.2) {
        self.decay = decay
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        var previousParagraph = -1
        return article.sentences.enumerated().map { index, sentence in
            let opensParagraph = sentence.paragraph != previousParagraph
            previousParagraph = sentence.paragraph
            let base = 1 / (1 + decay * Double(index))
            return opensParagraph ? min(1, base * 1.15) : base
        }
    }
}
