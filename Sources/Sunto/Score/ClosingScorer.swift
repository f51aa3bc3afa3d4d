/// The closing of a news article: after the lead, its last sentences say what happens next and
/// how the parties reacted, which a brief often needs. The last body sentence scores 1 and the
/// value falls with the distance from the end: `1 / (1 + decay × distance)`.
///
/// Boilerplate at the very end ("Riproduzione riservata") is the penalties' business; this
/// scorer only measures position.
public struct ClosingScorer: SentenceScorer {
    public let name = "closing"
    /// How fast the value falls with the distance from the last sentence.
    public var decay: Double

    /// Creates the scorer.
    public init(decay: Double = 0.5) {
        self.decay = decay
    }

    /// Creates the scorer from the `closing-decay` option.
    public init(options: inout StageOptions) throws(SuntoError) {
        self.init(decay: try options.double("closing-decay", default: 0.5, in: 0...100))
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        let body = article.sentences.map(\.id).filter(article.isBody)
        var values = [Double](repeating: 0, count: article.sentences.count)
        for (distance, id) in body.reversed().enumerated() {
            values[id] = 1 / (1 + decay * Double(distance))
        }
        return values
    }
}
