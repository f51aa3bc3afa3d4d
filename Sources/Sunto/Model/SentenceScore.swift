/// The score of one sentence: the weighted total and each feature's contribution.
///
/// The features are kept as two parallel arrays in alphabetical order of name, the names shared
/// by every sentence of an article: building a dictionary per sentence (hashing each name) and
/// sorting it again for the JSON cost more than the scoring arithmetic. ``features`` gives them
/// as a dictionary, and `Codable` writes them as one, as before.
public struct SentenceScore: Sendable, Equatable, Codable {
    /// The sentence this score belongs to.
    public var sentence: Int
    /// The weighted sum of the features.
    public var total: Double
    /// The features' names, in alphabetical order.
    public private(set) var featureNames: [String]
    /// The features' values in [0, 1], in the order of ``featureNames``.
    public private(set) var featureValues: [Double]

    /// Each scorer's value for the sentence in [0, 1], keyed by scorer name.
    public var features: [String: Double] {
        get { Dictionary(uniqueKeysWithValues: zip(featureNames, featureValues)) }
        set { (featureNames, featureValues) = Self.sorted(newValue) }
    }

    /// Creates a score.
    public init(sentence: Int, total: Double, features: [String: Double]) {
        self.sentence = sentence
        self.total = total
        (featureNames, featureValues) = Self.sorted(features)
    }

    /// Creates a score from names already in alphabetical order and their values.
    init(sentence: Int, total: Double, sortedNames: [String], values: [Double]) {
        precondition(sortedNames.count == values.count, "one value per feature name")
        self.sentence = sentence
        self.total = total
        featureNames = sortedNames
        featureValues = values
    }

    /// The value of the feature `name`, or `nil` when the sentence was not scored on it.
    public func feature(_ name: String) -> Double? {
        featureNames.firstIndex(of: name).map { featureValues[$0] }
    }

    private static func sorted(_ features: [String: Double]) -> (names: [String], values: [Double]) {
        let pairs = features.sorted { $0.key < $1.key }
        return (pairs.map(\.key), pairs.map(\.value))
    }

    private enum CodingKeys: String, CodingKey {
        case sentence, total, features
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            sentence: try container.decode(Int.self, forKey: .sentence), total: try container.decode(Double.self, forKey: .total),
            features: try container.decode([String: Double].self, forKey: .features))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(total, forKey: .total)
        try container.encode(features, forKey: .features)
    }
}
