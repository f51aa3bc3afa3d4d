/// The scorers a pipeline file may weigh, by name, and how each is built from the `score`
/// stage's options.
///
/// Each scorer reads its own options, named after it (`position-decay`, `lexrank-threshold`…);
/// every scorer reads them whatever its weight, so an option is never "unknown" merely because
/// its scorer is switched off.
public enum ScorerCatalog {
    typealias Factory = @Sendable (inout StageOptions) throws(SuntoError) -> any SentenceScorer

    /// The scorer names, in the order their features are listed.
    public static var names: [String] { factories.map(\.name) }

    private static let factories: [(name: String, make: Factory)] = [
        ("position", { options throws(SuntoError) in try PositionScorer(options: &options) }),
        ("closing", { options throws(SuntoError) in try ClosingScorer(options: &options) }),
        ("lexrank", { options throws(SuntoError) in try LexRankScorer(options: &options) }),
        ("textrank", { options throws(SuntoError) in try TextRankScorer(options: &options) }),
        ("centroid", { _ in CentroidScorer() }),
        ("title", { _ in TitleOverlapScorer() }),
        ("glossary", { _ in GlossaryDensityScorer() }),
        ("density", { _ in InformationDensityScorer() }),
        ("quotes", { _ in QuotedSpeechScorer() }),
        ("boilerplate", { _ in BoilerplateScorer() }),
        ("fragment", { _ in FragmentScorer() }),
        ("length", { options throws(SuntoError) in try LengthScorer(options: &options) }),
    ]

    /// Every scorer, in catalog order, each configured from `options`.
    static func scorers(options: inout StageOptions) throws(SuntoError) -> [any SentenceScorer] {
        var scorers: [any SentenceScorer] = []
        for factory in factories { scorers.append(try factory.make(&options)) }
        return scorers
    }

    /// Every scorer with its default options.
    public static func defaultScorers() -> [any SentenceScorer] {
        var options = StageOptions.empty(stage: "score")
        // Defaults are always valid, so reading no options cannot fail.
        return (try? scorers(options: &options)) ?? []
    }
}
