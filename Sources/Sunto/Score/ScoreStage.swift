/// The scoring stage: runs every weighted scorer and combines their values into each sentence's
/// total — the weighted mean of the features minus the weighted penalties.
///
/// Options: `weights` (scorer name → weight; a scorer left out or weighted 0 does not run) and
/// each scorer's own options (see ``ScorerCatalog``).
public struct ScoreStage: Stage {
    public let name = "score"
    /// The scorers that run and their weights, in catalog order.
    public let weighted: [(scorer: any SentenceScorer, weight: Double)]

    /// The weights used when the pipeline file gives none: those of the `news` pipeline.
    public static let defaultWeights: [String: Double] = [
        "position": 1.0, "closing": 0.25, "textrank": 0.25, "title": 0.3, "density": 0.4, "quotes": 0.3,
        "boilerplate": 1.0, "fragment": 0.5,
    ]

    /// Creates the stage from scorers and their weights; scorers weighted 0 or not listed are
    /// skipped.
    public init(scorers: [any SentenceScorer] = ScorerCatalog.defaultScorers(), weights: [String: Double] = ScoreStage.defaultWeights) {
        weighted = scorers.compactMap { scorer in
            guard let weight = weights[scorer.name], weight > 0 else { return nil }
            return (scorer, weight)
        }
    }

    /// Creates the stage from pipeline options: `weights` and the scorers' own options.
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let weights = try options.weights("weights", default: Self.defaultWeights, allowed: ScorerCatalog.names)
        self.init(scorers: try ScorerCatalog.scorers(options: &options), weights: weights)
    }

    /// The names of the features this stage writes, in order.
    public var featureNames: [String] { weighted.map(\.scorer.name) }

    public func process(_ document: Document) -> Document {
        var document = document
        let features = document.articleFeatures
        document.scores = scores(for: features)
        document.featureCache.store(features, of: document)
        for warning in weighted.flatMap({ $0.scorer.warnings(for: features) }) where !document.warnings.contains(warning) {
            document.warnings.append(warning)
        }
        return document
    }

    /// One score per sentence of `article`.
    public func scores(for article: ArticleFeatures) -> [SentenceScore] {
        let columns = weighted.map { (name: $0.scorer.name, role: $0.scorer.role, weight: $0.weight, values: $0.scorer.scores(for: article)) }
        let featureWeight = columns.filter { $0.role == .feature }.reduce(0) { $0 + $1.weight }
        // The total adds the columns in catalog order; the features are listed by name.
        let byName = columns.indices.sorted { columns[$0].name < columns[$1].name }
        let names = byName.map { columns[$0].name }
        return article.sentences.indices.map { index in
            var total = 0.0
            for column in columns {
                let value = column.values[index]
                switch column.role {
                case .feature: total += column.weight * value / featureWeight
                case .penalty: total -= column.weight * value
                }
            }
            return SentenceScore(sentence: index, total: total, sortedNames: names, values: byName.map { columns[$0].values[index] })
        }
    }
}
