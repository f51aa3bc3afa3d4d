/// Prefers sentences of a readable length: fragments and very long sentences make poor briefs.
public struct LengthScorer: SentenceScorer {
    public let name = "length"
    /// Word counts that score 1.
    public var ideal: ClosedRange<Int>

    /// Creates the scorer.
    public init(ideal: ClosedRange<Int> = 14...40) {
        self.ideal = ideal
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.wordCounts.map { count in
            if ideal.contains(count) { return 1 }
            if count < ideal.lowerBound { return max(0, Double(count - 3) / Double(ideal.lowerBound - 3)) }
            return max(0.2, 1 - Double(count - ideal.upperBound) / Double(ideal.upperBound))
        }
    }
}
