import Foundation

/// Similarity to the article's centroid: sentences that share the article's central vocabulary
/// (TF-IDF over sentence terms, cosine) say what the article is about.
public struct CentroidScorer: SentenceScorer {
    public let name = "centroid"

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        let vectors = TermVectors(article.terms)
        var centroid: [String: Double] = [:]
        for vector in vectors.weights {
            for (term, weight) in vector { centroid[term, default: 0] += weight }
        }
        let raw = vectors.weights.map { TermVectors.cosine($0, centroid) }
        let best = raw.max() ?? 0
        return best > 0 ? raw.map { $0 / best } : raw
    }
}

/// TF-IDF vectors of the sentences of one article, each sentence counted as a document.
struct TermVectors: Sendable {
    /// One sparse vector per sentence.
    let weights: [[String: Double]]

    init(_ terms: [[String]]) {
        var documentFrequency: [String: Int] = [:]
        for sentence in terms {
            for term in Set(sentence) { documentFrequency[term, default: 0] += 1 }
        }
        let count = Double(max(1, terms.count))
        weights = terms.map { sentence in
            var vector: [String: Double] = [:]
            for term in sentence { vector[term, default: 0] += 1 }
            for (term, frequency) in vector {
                let idf = log(1 + count / Double(documentFrequency[term, default: 1]))
                vector[term] = frequency * idf
            }
            return vector
        }
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (term, weight) in small { dot += weight * (large[term] ?? 0) }
        let norms = (a.values.reduce(0) { $0 + $1 * $1 } * b.values.reduce(0) { $0 + $1 * $1 }).squareRoot()
        return norms > 0 ? dot / norms : 0
    }
}
