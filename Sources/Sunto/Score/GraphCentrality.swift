/// Centrality of sentences in their similarity graph (PageRank over a ``SentenceGraph``), the
/// common core of ``LexRankScorer`` and ``TextRankScorer``.
public struct GraphCentrality: Sendable, Equatable {
    /// How sentence similarity is measured.
    public var similarity: SentenceSimilarity
    /// Links weaker than this fraction of the article's strongest link are dropped.
    public var threshold: Double
    /// Each sentence is compared with this many sentences on either side.
    public var window: Int
    /// Each sentence keeps at most this many links.
    public var maxNeighbours: Int
    /// PageRank's damping factor.
    public var damping: Double

    /// Creates the settings.
    public init(similarity: SentenceSimilarity, threshold: Double, window: Int = 40, maxNeighbours: Int = 12, damping: Double = 0.85) {
        self.similarity = similarity
        self.threshold = threshold
        self.window = window
        self.maxNeighbours = maxNeighbours
        self.damping = damping
    }

    /// Reads `<prefix>-similarity` and `<prefix>-threshold`, and the shared `graph-window` and
    /// `graph-neighbours` options, over the given defaults.
    init(options: inout StageOptions, prefix: String, defaults: GraphCentrality) throws(SuntoError) {
        let similarity = try options.choice(
            "\(prefix)-similarity", of: SentenceSimilarity.allCases.map(\.rawValue), default: defaults.similarity.rawValue)
        self.init(
            similarity: SentenceSimilarity(rawValue: similarity) ?? defaults.similarity,
            threshold: try options.double("\(prefix)-threshold", default: defaults.threshold, in: 0...1),
            window: try options.int("graph-window", default: defaults.window, in: 1...10_000),
            maxNeighbours: try options.int("graph-neighbours", default: defaults.maxNeighbours, in: 1...10_000),
            damping: defaults.damping
        )
    }

    /// Each sentence's PageRank, scaled so the most central scores 1; the headline scores 0.
    func scores(for article: ArticleFeatures) -> [Double] {
        let nodes = article.sentences.map(\.id).filter(article.isBody)
        let graph = SentenceGraph(
            nodes: nodes, similarity: similarity.measure(for: article),
            window: window, maxNeighbours: maxNeighbours, threshold: threshold)
        var values = [Double](repeating: 0, count: article.sentences.count)
        for (node, rank) in zip(nodes, graph.pageRank(damping: damping)) { values[node] = rank }
        return values.scaledToUnitMax()
    }
}
