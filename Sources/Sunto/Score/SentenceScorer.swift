/// A feature of sentences that makes them worth a place in the brief.
///
/// Each scorer returns one value per sentence in [0, 1]; the ``ScoreStage`` combines them with
/// the weights of the pipeline file. Adding a feature is adding a scorer.
public protocol SentenceScorer: Sendable {
    /// The scorer's name, as used for its weight in the pipeline file and in the JSON.
    var name: String { get }
    /// One value in [0, 1] per sentence of the article.
    func scores(for article: ArticleFeatures) -> [Double]
}

/// What scorers need to know about an article, computed once for all of them.
public struct ArticleFeatures: Sendable {
    /// The sentences.
    public let sentences: [Sentence]
    /// Each sentence's content terms: lowercased, stopwords removed, lightly stemmed.
    public let terms: [[String]]
    /// Each sentence's word count.
    public let wordCounts: [Int]
    /// The number of paragraphs.
    public let paragraphCount: Int

    /// Computes the features of `sentences`.
    public init(sentences: [Sentence]) {
        self.sentences = sentences
        var terms: [[String]] = []
        var counts: [Int] = []
        terms.reserveCapacity(sentences.count)
        for sentence in sentences {
            let words = Tokenizer.words(in: sentence.text)
            counts.append(words.count)
            terms.append(words.compactMap(ItalianTerms.term))
        }
        self.terms = terms
        self.wordCounts = counts
        self.paragraphCount = (sentences.last?.paragraph ?? -1) + 1
    }
}
