/// Similarity to the article's centroid: sentences that share the article's central vocabulary
/// (cosine of TF-IDF vectors with their sum over the body) say what the article is about.
public struct CentroidScorer: SentenceScorer {
    public let name = "centroid"

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        let body = article.vectors.indices.filter(article.isBody)
        let centroid = body.reduce(SparseVector(terms: [], weights: [])) { $0 + article.vectors[$1] }
        return article.vectors.indices.map { article.isBody($0) ? article.vectors[$0].cosine(centroid) : 0 }.scaledToUnitMax()
    }
}
