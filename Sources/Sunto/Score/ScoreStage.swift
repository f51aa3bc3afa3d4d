/// The scoring stage: runs every scorer and combines their values with weights.
public struct ScoreStage: Stage {
    public let name = "score"
    /// The scorers and their weights, in the order they appear in the JSON.
    public let weighted: [(scorer: any SentenceScorer, weight: Double)]

    /// The scorers known by name, with their default weights.
    public static let defaultWeights: [String: Double] = ["position": 1.0, "length": 0.4, "centroid": 1.0]

    /// Creates the stage with the given weights; scorers with weight 0 are skipped.
    public init(weights: [String: Double] = ScoreStage.defaultWeights) {
        let all: [any SentenceScorer] = [PositionScorer(), LengthScorer(), CentroidScorer()]
        weighted = all.compactMap { scorer in
            guard let weight = weights[scorer.name], weight > 0 else { return nil }
            return (scorer, weight)
        }
    }

    /// Creates the stage from pipeline options: `weights` (scorer name → weight).
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let weights = try options.weights("weights", default: Self.defaultWeights, allowed: Self.defaultWeights.keys.sorted())
        self.init(weights: weights)
    }

    public func process(_ document: Document) -> Document {
        var document = document
        let article = ArticleFeatures(sentences: document.sentences)
        let columns = weighted.map { ($0.scorer.name, $0.weight, $0.scorer.scores(for: article)) }
        let totalWeight = max(weighted.reduce(0) { $0 + $1.weight }, .leastNonzeroMagnitude)
        document.scores = document.sentences.indices.map { index in
            var features: [String: Double] = [:]
            var total = 0.0
            for (name, weight, values) in columns {
                features[name] = values[index]
                total += weight * values[index]
            }
            return SentenceScore(sentence: index, total: total / totalWeight, features: features)
        }
        return document
    }
}
