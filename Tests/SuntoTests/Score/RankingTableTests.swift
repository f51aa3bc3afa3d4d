import Testing

@testable import Sunto

@Suite struct RankingTableTests {
    private func explained() -> String {
        var document = ArticleFixture.document(ArticleFixture.breakwater)
        document = ScoreStage(weights: ["position": 1, "centroid": 1, "length": 0.5]).process(document)
        document = SummarizeStage(selector: SentenceSelector(budget: .sentences(2))).process(document)
        return RankingTable(features: ["position", "centroid", "length"], excerptLength: 30).render(document)
    }

    @Test func everySentenceHasARowBestFirstWithItsFeatures() {
        let lines = explained().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("rank  id   total  positi  centro  length"))
        let rows = lines.dropFirst().prefix { !$0.isEmpty }
        #expect(rows.count == ArticleFixture.breakwater.count)
        #expect(rows.first?.hasPrefix("   1  s") == true)
        #expect(rows.filter { $0.contains("  *  ") }.count == 2)
        #expect(rows.allSatisfy { $0.count <= 120 })
    }

    @Test func theTableIsTheSameOnEveryRun() {
        #expect(explained() == explained())
    }
}
