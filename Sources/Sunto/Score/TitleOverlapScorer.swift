/// Overlap with the headline: the share of the title's vocabulary, weighted by inverse document
/// frequency, that a sentence repeats. A headline names what the editor thought the news was.
///
/// The title is the document's ``Metadata/title`` (an HTML title, or a first line the segmenter
/// recognised as a headline); without one every sentence scores 0.
public struct TitleOverlapScorer: SentenceScorer {
    public let name = "title"

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        let title = article.titleTerms
        let weight = { (term: Int) in article.inverseFrequency[term] }
        let titleWeight = title.reduce(0) { $0 + weight($1) }
        guard titleWeight > 0 else { return article.sentences.map { _ in 0 } }
        // Marks over the article's vocabulary rather than a set per sentence: which terms are
        // the title's, and which sentence last counted each (a repeated term counts once).
        var inTitle = [Bool](repeating: false, count: article.vocabularySize)
        for term in title { inTitle[term] = true }
        var countedIn = [Int](repeating: -1, count: article.vocabularySize)
        return article.sentences.indices.map { index in
            guard article.isBody(index) else { return 0 }
            var shared = 0.0
            for term in article.terms[index] where inTitle[term] && countedIn[term] != index {
                countedIn[term] = index
                shared += weight(term)
            }
            return shared / titleWeight
        }.scaledToUnitMax()
    }
}
