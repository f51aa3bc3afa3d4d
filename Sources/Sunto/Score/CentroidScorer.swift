/// Similarity to the article's centroid: sentences that share the article's central vocabulary
/// (cosine of TF-IDF vectors with their sum over the body) say what the article is about.
public struct CentroidScorer: SentenceScorer {
    public let name = "centroid"

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        var sum = [Double](repeating: 0, count: article.vocabularySize)
        for index in article.vectors.indices where article.isBody(index) {
            let vector = article.vectors[index]
            for (term, weight) in zip(vector.terms, vector.weights) { sum[term] += weight }
        }
        let present = sum.indices.filter { sum[$0] > 0 }
        let centroid = SparseVector(terms: present, weights: present.map { sum[$0] })
        return article.vectors.indices.map { article.isBody($0) ? article.vectors[$0].cosine(centroid) : 0 }.scaledToUnitMax()
    }
}
