/// TextRank (Mihalcea & Tarau, 2004): weighted PageRank over sentence similarity, by default the
/// original measure (shared terms over the sum of log lengths), with every link kept.
public struct TextRankScorer: SentenceScorer {
    public let name = "textrank"
    /// The graph and its similarity measure.
    public var centrality: GraphCentrality

    /// The defaults: the original overlap measure, no threshold.
    public static let defaults = GraphCentrality(similarity: .overlap, threshold: 0)

    /// Creates the scorer.
    public init(centrality: GraphCentrality = TextRankScorer.defaults) {
        self.centrality = centrality
    }

    /// Creates the scorer from the `textrank-similarity`, `textrank-threshold`, `graph-window`,
    /// `graph-neighbours` and `graph-max-sentences` options.
    public init(options: inout StageOptions) throws(SuntoError) {
        self.init(centrality: try GraphCentrality(options: &options, prefix: "textrank", defaults: Self.defaults))
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        centrality.scores(for: article)
    }

    public func warnings(for article: ArticleFeatures) -> [String] {
        centrality.warnings(for: article)
    }
}
