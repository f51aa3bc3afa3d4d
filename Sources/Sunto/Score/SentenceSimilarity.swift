import Foundation

/// How alike two sentences are, for the centrality scorers and redundancy control.
public enum SentenceSimilarity: String, Sendable, CaseIterable {
    /// Cosine of the TF-IDF vectors.
    case tfidf
    /// Okapi BM25 of each sentence against the other as a query, averaged (k1 = 1.2, b = 0.75).
    case bm25
    /// Shared terms over the sum of the log lengths (the measure of the original TextRank).
    case overlap

    /// A similarity function over the sentences of `article`, with what it needs precomputed.
    func measure(for article: ArticleFeatures) -> @Sendable (Int, Int) -> Double {
        switch self {
        case .tfidf:
            let vectors = article.vectors
            return { vectors[$0].cosine(vectors[$1]) }
        case .overlap:
            // A TF-IDF vector holds each of its sentence's distinct terms once.
            let vectors = article.vectors
            let logLengths = vectors.map { log(Double($0.terms.count)) }
            return { i, j in
                let lengths = logLengths[i] + logLengths[j]
                return lengths > 0 ? Double(vectors[i].sharedTerms(vectors[j])) / lengths : 0
            }
        case .bm25:
            return BM25(article).similarity
        }
    }
}

extension SentenceSimilarity {
    /// The links between `nodes` (sentence ids of `article`): every pair at positions `a < b` at
    /// most `window` apart whose similarity is above 0, by `a` and then `b`. TF-IDF cosine and
    /// overlap follow the sentences' shared terms (``TermPostings``), so sentences with nothing in
    /// common cost nothing; their values are those of ``measure(for:)`` to the last bit.
    func links(among nodes: [Int], of article: ArticleFeatures, within window: Int) -> [SentenceGraph.Link] {
        switch self {
        case .bm25:
            return Self.links(among: nodes, within: window, by: measure(for: article))
        case .tfidf:
            let vectors = nodes.map { article.vectors[$0] }
            let norms = vectors.map(\.norm)
            return Self.links(TermPostings(vectors: vectors, vocabularySize: article.vocabularySize).sharingPairs(within: window, counting: false)) {
                a, b, dot in
                let product = norms[a] * norms[b]
                return product > 0 ? dot / product : 0
            }
        case .overlap:
            let vectors = nodes.map { article.vectors[$0] }
            let logLengths = vectors.map { log(Double($0.terms.count)) }
            return Self.links(TermPostings(vectors: vectors, vocabularySize: article.vocabularySize).sharingPairs(within: window, counting: true)) {
                a, b, shared in
                let lengths = logLengths[a] + logLengths[b]
                return lengths > 0 ? shared / lengths : 0
            }
        }
    }

    /// The pairs whose `weight`, computed from their sum, is above 0.
    private static func links(
        _ pairs: [(a: Int, b: Int, sum: Double)], weight: (_ a: Int, _ b: Int, _ sum: Double) -> Double
    ) -> [SentenceGraph.Link] {
        var links: [SentenceGraph.Link] = []
        links.reserveCapacity(pairs.count)
        for (a, b, sum) in pairs {
            let value = weight(a, b, sum)
            if value > 0 { links.append((a, b, value)) }
        }
        return links
    }

    /// The links between `nodes` by `similarity`: every pair at positions `a < b` at most
    /// `window` apart whose similarity is above 0, comparing each pair.
    static func links(among nodes: [Int], within window: Int, by similarity: (Int, Int) -> Double) -> [SentenceGraph.Link] {
        var links: [SentenceGraph.Link] = []
        for a in nodes.indices {
            for b in (a + 1)..<min(nodes.count, a + 1 + window) {
                let weight = similarity(nodes[a], nodes[b])
                if weight > 0 { links.append((a, b, weight)) }
            }
        }
        return links
    }
}

/// Okapi BM25 between the sentences of one article, each sentence a document.
private struct BM25: Sendable {
    private let counts: [SparseVector]
    private let lengths: [Double]
    private let averageLength: Double
    private let inverseFrequency: [Double]
    private let k1 = 1.2
    private let b = 0.75

    init(_ article: ArticleFeatures) {
        let ones = [Double](repeating: 1, count: article.vocabularySize)
        counts = article.terms.map { SparseVector(counting: $0, weights: ones) }
        lengths = article.terms.map { Double($0.count) }
        averageLength = max(1, lengths.reduce(0, +) / Double(max(1, lengths.count)))
        let sentences = Double(article.sentences.count)
        inverseFrequency = article.documentFrequency.map { log(1 + (sentences - Double($0) + 0.5) / (Double($0) + 0.5)) }
    }

    /// The mean of the two directions, so the graph built on it is symmetric.
    func similarity(_ i: Int, _ j: Int) -> Double {
        (score(query: i, document: j) + score(query: j, document: i)) / 2
    }

    private func score(query: Int, document: Int) -> Double {
        let normalizer = k1 * (1 - b + b * lengths[document] / averageLength)
        var sum = 0.0
        counts[query].forEachSharedTerm(with: counts[document]) { term, _, frequency in
            sum += inverseFrequency[term] * frequency * (k1 + 1) / (frequency + normalizer)
        }
        return sum
    }
}
