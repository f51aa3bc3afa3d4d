/// LexRank (Erkan & Radev, 2004): a sentence is central when sentences like it are central;
/// PageRank over the graph of TF-IDF cosine similarities above a threshold.
public struct LexRankScorer: SentenceScorer {
    public let name = "lexrank"
    /// The graph and its similarity measure.
    public var centrality: GraphCentrality

    /// The defaults: TF-IDF cosine, links under a tenth of the strongest dropped.
    public static let defaults = GraphCentrality(similarity: .tfidf, threshold: 0.1)

    /// Creates the scorer.
    public init(centrality: GraphCentrality = LexRankScorer.defaults) {
        self.centrality = centrality
    }

    /// Creates the scorer from the `lexrank-similarity`, `lexrank-threshold`, `graph-window`,
    /// `graph-neighbours` and `graph-max-sentences` options.
    public init(options: inout StageOptions) throws(SuntoError) {
        self.init(centrality: try GraphCentrality(options: &options, prefix: "lexrank", defaults: Self.defaults))
    }

    public func scores(for article: ArticleFeatures) -> [Double] {
        centrality.scores(for: article)
    }

    public func warnings(for article: ArticleFeatures) -> [String] {
        centrality.warnings(for: article)
    }
}
