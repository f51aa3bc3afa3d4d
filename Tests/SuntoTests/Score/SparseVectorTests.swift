import Testing

@testable import Sunto

@Suite struct SparseVectorTests {
    @Test func countingAddsTheWeightOfRepeatedTerms() {
        let vector = SparseVector(counting: [2, 0, 2], weights: [1, 5, 3])
        #expect(vector.terms == [0, 2])
        #expect(vector.weights == [1, 6])
    }

    @Test func cosineOfAVectorWithItselfIsOneAndWithADisjointOneZero() {
        let a = SparseVector(terms: [1, 3], weights: [2, 1])
        let b = SparseVector(terms: [0, 2], weights: [1, 1])
        #expect(abs(a.cosine(a) - 1) < 1e-12)
        #expect(a.cosine(b) == 0)
        #expect(a.cosine(SparseVector(terms: [], weights: [])) == 0)
    }

    @Test func sumMergesTerms() {
        let sum = SparseVector(terms: [0, 2], weights: [1, 1]) + SparseVector(terms: [1, 2], weights: [4, 2])
        #expect(sum.terms == [0, 1, 2])
        #expect(sum.weights == [1, 4, 3])
        #expect(sum.sharedTerms(SparseVector(terms: [2, 5], weights: [1, 1])) == 1)
    }
}
