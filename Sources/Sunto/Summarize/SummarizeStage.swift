/// The summarization stage: selects sentences under the budget and writes the Italian brief.
public struct SummarizeStage: Stage {
    public let name = "summarize"
    /// The selector.
    public let selector: SentenceSelector

    /// Creates the stage with a selector.
    public init(selector: SentenceSelector = SentenceSelector()) {
        self.selector = selector
    }

    /// Creates the stage from pipeline options: `sentences`, `words`, `redundancy`;
    /// `--sentences` and `--words` on the command line override them.
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let sentences = try options.int("sentences", default: 3, in: 1...1000)
        let words = try options.optionalInt("words", in: 1...100_000)
        let redundancy = try options.double("redundancy", default: 0.5, in: 0...1)
        let budget: Budget
        if let words = settings.words {
            budget = .words(words)
        } else if let sentences = settings.sentences {
            budget = .sentences(sentences)
        } else if let words {
            budget = .words(words)
        } else {
            budget = .sentences(sentences)
        }
        self.init(selector: SentenceSelector(budget: budget, redundancy: redundancy))
    }

    public func process(_ document: Document) -> Document {
        var document = document
        let article = ArticleFeatures(sentences: document.sentences)
        var excluded: Set<Int> = []
        if let title = document.metadata.title, let first = document.sentences.first, first.text == title {
            excluded.insert(first.id)
        }
        document.selection = selector.select(scores: document.scores, article: article, excluded: excluded)
        document.brief.it = document.selection.map { id in
            BriefSentence(text: document.sentences[id].text, sourceSentence: id, score: document.scores[id].total)
        }
        return document
    }
}
