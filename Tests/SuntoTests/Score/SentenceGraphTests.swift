import Testing

@testable import Sunto

@Suite struct SentenceGraphTests {
    @Test func pageRankOfASymmetricRingIsUniform() {
        let graph = SentenceGraph(nodes: [0, 1, 2, 3], similarity: { a, b in abs(a - b) == 1 || abs(a - b) == 3 ? 1 : 0 },
                                  window: 4, maxNeighbours: 4, threshold: 0)
        let rank = graph.pageRank()
        #expect(rank.allSatisfy { abs($0 - 0.25) < 1e-9 })
    }

    @Test func theHubOfAStarRanksFirstAndRanksSumToOne() {
        let graph = SentenceGraph(nodes: [0, 1, 2, 3, 4], similarity: { a, b in a == 0 || b == 0 ? 1 : 0 },
                                  window: 10, maxNeighbours: 10, threshold: 0)
        let rank = graph.pageRank()
        #expect(ArticleFixture.best(rank) == 0)
        #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
    }

    @Test func linksAreLimitedToTheWindowAndTheStrongestNeighbours() {
        let graph = SentenceGraph(nodes: Array(0..<20), similarity: { _, _ in 1 }, window: 2, maxNeighbours: 2, threshold: 0)
        for (node, links) in graph.neighbours.enumerated() {
            #expect(links.allSatisfy { abs($0.node - node) <= 2 })
        }
        #expect(graph.neighbours.map(\.count).reduce(0, +) <= 20 * 4)
    }

    @Test func linksBelowTheThresholdAreDropped() {
        let graph = SentenceGraph(nodes: [0, 1, 2], similarity: { a, b in a + b == 1 ? 1 : 0.05 }, window: 3, maxNeighbours: 3, threshold: 0.1)
        #expect(graph.neighbours[2].isEmpty)
        #expect(graph.neighbours[0].map(\.node) == [1])
    }
}

extension SentenceGraph {
    /// A graph of hand-made similarities: `similarity` is asked of each pair at most `window`
    /// positions apart.
    fileprivate init(nodes: [Int], similarity: (Int, Int) -> Double, window: Int, maxNeighbours: Int, threshold: Double) {
        let links = SentenceSimilarity.links(among: nodes, within: window, by: similarity)
        self.init(nodes: nodes, links: links, maxNeighbours: maxNeighbours, threshold: threshold)
    }
}
