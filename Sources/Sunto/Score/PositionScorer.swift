/// News lead bias: the first sentences carry the news; later ones score less, and a sentence that
/// opens a paragraph a little more than its neighbours.
///
/// The value of the n-th body sentence (the headline does not count) is `1 / (1 + decay × n)`,
/// raised by `paragraphBonus` (a fraction of itself) when the sentence opens a paragraph.
public struct PositionScorer: SentenceScorer {
    public let name = "position"
    /// How fast the value falls with position.
    public var decay: Double
    /// How much more a paragraph opening is worth, as a fraction of its value.
    public var paragraphBonus: Double

    /// Creates the scorer.
    public init(decay: Double = 0.2, paragraphBonus: Double = 0.15) {
        self.decay = decay
        self.paragraphBonus = paragraphBonus
    }

    /// Creates the scorer from the `position-decay` and `position-paragraph-bonus` options.
    public init(options: inout StageOptions) throws(SuntoError) {
        self.init(
            decay: try options.double("position-decay", default: 0.2, in: 0...100),
            paragraphBonus: try options.double("position-paragraph-bonus", default: 0.15, in: 0...10)
        )
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        var previousParagraph = -1
        var index = 0
        return article.sentences.map { sentence in
            guard article.isBody(sentence.id) else { return 0 }
            let opensParagraph = sentence.paragraph != previousParagraph
            previousParagraph = sentence.paragraph
            let base = 1 / (1 + decay * Double(index))
            index += 1
            return min(1, opensParagraph && index > 1 ? base * (1 + paragraphBonus) : base)
        }
    }
}
