/// The summarization stage: selects sentences under the budget and writes the Italian brief.
///
/// Options: `sentences`, `words` or `ratio` (the budget; `--sentences`, `--words` and `--ratio`
/// on the command line override them), `redundancy`, `diversity` and `avoid-dangling` (see
/// ``SentenceSelector``).
public struct SummarizeStage: Stage {
    public let name = "summarize"
    /// The selector.
    public let selector: SentenceSelector

    /// Creates the stage with a selector.
    public init(selector: SentenceSelector = SentenceSelector()) {
        self.selector = selector
    }

    /// Creates the stage from pipeline options and command-line settings.
    ///
    /// The command line wins over the file; within each, a word budget wins over a ratio, and a
    /// ratio over a sentence count.
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let sentences = try options.int("sentences", default: 3, in: 1...1000)
        let words = try options.optionalInt("words", in: 1...100_000)
        let ratio = try options.optionalDouble("ratio", in: 0.001...1)
        let budget: Budget =
            if let words = settings.words { .words(words) }
            else if let ratio = settings.ratio { .ratio(ratio) }
            else if let sentences = settings.sentences { .sentences(sentences) }
            else if let words { .words(words) }
            else if let ratio { .ratio(ratio) }
            else { .sentences(sentences) }
        self.init(
            selector: SentenceSelector(
                budget: budget,
                redundancy: try options.double("redundancy", default: 0.5, in: 0...1),
                diversity: try options.double("diversity", default: 0, in: 0...1),
                avoidsDanglingOpenings: try options.bool("avoid-dangling", default: true)
            ))
    }

    public func process(_ document: Document) -> Document {
        var document = document
        let article = document.articleFeatures
        document.selection = selector.select(scores: document.scores, article: article)
        document.brief.it = document.selection.map { id in
            BriefSentence(text: document.sentences[id].text, sourceSentence: id, score: document.scores[id].total)
        }
        return document
    }
}

extension StageOptions {
    /// Reads an optional number option within `range`.
    mutating func optionalDouble(_ key: String, in range: ClosedRange<Double>) throws(SuntoError) -> Double? {
        let value = try double(key, default: .nan, in: range.lowerBound...range.upperBound)
        return value.isNaN ? nil : value
    }
}
