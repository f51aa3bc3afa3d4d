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
    /// The most sentences in the graph: the article's first body sentences up to this many are
    /// ranked, later ones score 0 and the document records a warning. It bounds the cost of a
    /// hostile article of countless tiny sentences.
    public var maxSentences: Int

    /// The default cap on the graph: 2,000 sentences, ten times a very long news article.
    public static let defaultMaxSentences = 2_000

    /// Creates the settings.
    public init(
        similarity: SentenceSimilarity, threshold: Double, window: Int = 40, maxNeighbours: Int = 12, damping: Double = 0.85,
        maxSentences: Int = GraphCentrality.defaultMaxSentences
    ) {
        self.similarity = similarity
        self.threshold = threshold
        self.window = window
        self.maxNeighbours = maxNeighbours
        self.damping = damping
        self.maxSentences = max(1, maxSentences)
    }

    /// Reads `<prefix>-similarity` and `<prefix>-threshold`, and the shared `graph-window`,
    /// `graph-neighbours` and `graph-max-sentences` options, over the given defaults.
    init(options: inout StageOptions, prefix: String, defaults: GraphCentrality) throws(SuntoError) {
        let similarity = try options.choice(
            "\(prefix)-similarity", of: SentenceSimilarity.allCases.map(\.rawValue), default: defaults.similarity.rawValue)
        self.init(
            similarity: SentenceSimilarity(rawValue: similarity) ?? defaults.similarity,
            threshold: try options.double("\(prefix)-threshold", default: defaults.threshold, in: 0...1),
            window: try options.int("graph-window", default: defaults.window, in: 1...10_000),
            maxNeighbours: try options.int("graph-neighbours", default: defaults.maxNeighbours, in: 1...10_000),
            damping: defaults.damping,
            maxSentences: try options.int("graph-max-sentences", default: defaults.maxSentences, in: 1...100_000)
        )
    }

    /// Each sentence's PageRank, scaled so the most central scores 1; the headline scores 0.
    func scores(for article: ArticleFeatures) -> [Double] {
        let nodes = Array(bodySentences(of: article).prefix(maxSentences))
        let graph = SentenceGraph(
            nodes: nodes, links: similarity.links(among: nodes, of: article, within: window), maxNeighbours: maxNeighbours,
            threshold: threshold)
        var values = [Double](repeating: 0, count: article.sentences.count)
        for (node, rank) in zip(nodes, graph.pageRank(damping: damping)) { values[node] = rank }
        return values.scaledToUnitMax()
    }

    /// A warning when the article has more body sentences than the graph takes.
    func warnings(for article: ArticleFeatures) -> [String] {
        let count = bodySentences(of: article).count
        guard count > maxSentences else { return [] }
        return ["only the first \(maxSentences) of \(count) sentences were ranked by the sentence graph "
            + "(raise the score stage's graph-max-sentences)"]
    }

    private func bodySentences(of article: ArticleFeatures) -> [Int] {
        article.sentences.map(\.id).filter(article.isBody)
    }
}
