/// The score of one sentence: the weighted total and each feature's contribution.
public struct SentenceScore: Sendable, Equatable, Codable {
    /// The sentence this score belongs to.
    public var sentence: Int
    /// The weighted sum of the features.
    public var total: Double
    /// Each scorer's value for the sentence in [0, 1], keyed by scorer name.
    public var features: [String: Double]

    /// Creates a score.
    public init(sentence: Int, total: Double, features: [String: Double]) {
        self.sentence = sentence
        self.total = total
        self.features = features
    }
}
