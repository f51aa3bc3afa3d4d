import Testing

@testable import Sunto

/// The trie's edge table answers like a dictionary: the child of every edge added, nil for any
/// other, through growth, and lists every edge once.
@Suite struct TrieEdgesTests {
    @Test func answersLikeADictionaryThroughGrowth() {
        var edges = TrieEdges()
        var reference: [Int: Int] = [:]
        for node in 0..<300 {
            for key in stride(from: 0, to: 40, by: 7) {
                let edge = node << 32 | key
                edges[edge] = reference.count + 1
                reference[edge] = reference.count + 1
            }
        }
        #expect(edges.count == reference.count)
        #expect(reference.allSatisfy { edges[$0.key] == $0.value })
        #expect(edges[5 << 32 | 1] == nil)
        #expect(edges[300 << 32] == nil)
        var listed: [Int: Int] = [:]
        edges.forEach { listed[$0] = $1 }
        #expect(listed == reference)
    }

    @Test func keepsOneChildPerEdgeAndReservesRoom() {
        var edges = TrieEdges()
        edges.reserveCapacity(1_000)
        edges[0] = 1
        edges[0] = 2
        edges[1] = nil
        #expect(edges[0] == 2)
        #expect(edges[1] == nil)
        #expect(edges.count == 1)
    }
}
