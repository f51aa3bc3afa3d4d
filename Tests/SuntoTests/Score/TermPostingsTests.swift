import Testing

@testable import Sunto

@Suite struct TermPostingsTests {
    /// Vectors of a made-up article: sentence i holds terms that repeat every few sentences, with
    /// weights that make floating-point sums order-sensitive.
    static let vectors: [SparseVector] = (0..<30).map { sentence in
        let terms = Array(Set((0..<6).map { (sentence * 7 + $0 * $0 * 3) % 23 })).sorted()
        return SparseVector(terms: terms, weights: terms.map { 0.1 + Double(($0 * 31 + sentence) % 17) / 7 })
    }

    @Test(arguments: [1, 3, 29, 100])
    func pairsAreThoseThatShareATermWithinTheWindowInOrder(window: Int) {
        let pairs = TermPostings(vectors: Self.vectors, vocabularySize: 23).sharingPairs(within: window, counting: true)
        var expected: [(a: Int, b: Int)] = []
        for a in Self.vectors.indices {
            for b in (a + 1)..<min(Self.vectors.count, a + 1 + window) where Self.vectors[a].sharedTerms(Self.vectors[b]) > 0 {
                expected.append((a, b))
            }
        }
        #expect(pairs.map(\.a) == expected.map(\.a))
        #expect(pairs.map(\.b) == expected.map(\.b))
    }

    @Test func sumsAreTheDotProductsAndSharedCountsToTheLastBit() {
        let postings = TermPostings(vectors: Self.vectors, vocabularySize: 23)
        for pair in postings.sharingPairs(within: 40, counting: false) {
            #expect(pair.sum == Self.vectors[pair.a].dot(Self.vectors[pair.b]))
        }
        for pair in postings.sharingPairs(within: 40, counting: true) {
            #expect(pair.sum == Double(Self.vectors[pair.a].sharedTerms(Self.vectors[pair.b])))
        }
    }

    @Test func sentencesWithoutTermsAndTinyArticlesGiveNoPairs() {
        let empty = SparseVector(terms: [], weights: [])
        let one = SparseVector(terms: [0], weights: [1])
        #expect(TermPostings(vectors: [empty, one, empty, one], vocabularySize: 1).sharingPairs(within: 5, counting: true).map(\.b) == [3])
        #expect(TermPostings(vectors: [one], vocabularySize: 1).sharingPairs(within: 5, counting: true).isEmpty)
        #expect(TermPostings(vectors: [], vocabularySize: 0).sharingPairs(within: 5, counting: true).isEmpty)
    }
}
