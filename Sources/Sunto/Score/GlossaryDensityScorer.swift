/// Glossary term density: sentences naming several of the domain's terms (found by the glossary
/// stage in ``Document/terms``) carry the article's technical substance.
///
/// The value is the number of distinct glossary terms in the sentence over the square root of its
/// length, scaled so the richest sentence scores 1; every sentence scores 0 when no glossary term
/// was found.
public struct GlossaryDensityScorer: SentenceScorer {
    public let name = "glossary"

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.glossaryTerms.indices.map { index in
            article.isBody(index) ? density(article.glossaryTerms[index], words: article.wordCounts[index]) : 0
        }.scaledToUnitMax()
    }
}
