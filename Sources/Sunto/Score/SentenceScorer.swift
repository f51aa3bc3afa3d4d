/// A feature of sentences that makes them worth a place in the brief, or a reason to keep them out.
///
/// Each scorer returns one value per sentence in [0, 1]. The ``ScoreStage`` averages the
/// features with the weights of the pipeline file and subtracts the weighted penalties. Adding a
/// feature is adding a scorer and registering it in ``ScorerCatalog``.
public protocol SentenceScorer: Sendable {
    /// The scorer's name, as used for its weight in the pipeline file and in the JSON.
    var name: String { get }
    /// Whether a high value earns a place in the brief or costs it one.
    var role: ScorerRole { get }
    /// One value in [0, 1] per sentence of the article.
    func scores(for article: ArticleFeatures) -> [Double]
    /// Notes for the reader about `article`, such as a limit that left sentences unscored.
    func warnings(for article: ArticleFeatures) -> [String]
}

extension SentenceScorer {
    /// Scorers are features unless they say otherwise.
    public var role: ScorerRole { .feature }

    /// Scorers have nothing to note unless they say otherwise.
    public func warnings(for article: ArticleFeatures) -> [String] { [] }
}

/// How a scorer's value enters a sentence's total.
public enum ScorerRole: String, Sendable, Equatable {
    /// Part of the weighted mean: a high value makes the sentence more likely to be chosen.
    case feature
    /// Subtracted, times its weight, from the weighted mean of the features.
    case penalty
}
