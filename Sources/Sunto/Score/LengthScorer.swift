/// A penalty for sentences too short or too long to stand alone in a brief.
///
/// 0 between `short` and `long` words; rising to 1 for a one-word sentence below, and to 1 at
/// twice `long` words above.
public struct LengthScorer: SentenceScorer {
    public let name = "length"
    public var role: ScorerRole { .penalty }
    /// Fewer words than this cost.
    public var short: Int
    /// More words than this cost.
    public var long: Int

    /// Creates the scorer.
    public init(short: Int = 8, long: Int = 50) {
        self.short = max(2, short)
        self.long = max(self.short, long)
    }

    /// Creates the scorer from the `length-short` and `length-long` options.
    public init(options: inout StageOptions) throws(SuntoError) {
        self.init(
            short: try options.int("length-short", default: 8, in: 2...1000),
            long: try options.int("length-long", default: 50, in: 2...10_000)
        )
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.wordCounts.map { count in
            if count < short { return Double(short - count) / Double(short - 1) }
            if count > long { return min(1, Double(count - long) / Double(long)) }
            return 0
        }
    }
}
