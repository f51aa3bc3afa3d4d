import Testing

@testable import Sunto

/// The cap on the sentence graph: past `graph-max-sentences`, later sentences are not ranked and
/// the document says so.
@Suite struct GraphLimitTests {
    static let texts = (0..<60).map { "Il porto di Genova numero \($0 % 7) amplia la diga foranea \($0 % 5)." }

    @Test(arguments: [
        TextRankScorer(centrality: GraphCentrality(similarity: .overlap, threshold: 0, maxSentences: 20)) as any SentenceScorer,
        LexRankScorer(centrality: GraphCentrality(similarity: .tfidf, threshold: 0.1, maxSentences: 20)),
    ])
    func sentencesPastTheCapScoreZeroWithAWarning(_ scorer: any SentenceScorer) {
        let article = ArticleFixture.features(Self.texts)
        let values = scorer.scores(for: article)
        #expect(values.count == 60)
        #expect(values[20...].allSatisfy { $0 == 0 })
        #expect(values[..<20].contains { $0 > 0 })
        #expect(scorer.warnings(for: article) == [
            "only the first 20 of 60 sentences were ranked by the sentence graph (raise the score stage's graph-max-sentences)",
        ])
    }

    @Test func withinTheCapThereIsNoWarning() {
        #expect(TextRankScorer().warnings(for: ArticleFixture.features(Self.texts)).isEmpty)
    }

    @Test func theScoreStageRecordsTheWarningOnce() throws {
        let capped = GraphCentrality(similarity: .overlap, threshold: 0, maxSentences: 5)
        let stage = ScoreStage(scorers: [TextRankScorer(centrality: capped), LexRankScorer(centrality: capped)],
                               weights: ["textrank": 1, "lexrank": 1])
        let document = stage.process(ArticleFixture.document(Self.texts))
        #expect(document.warnings.filter { $0.contains("graph-max-sentences") }.count == 1)
    }

    @Test func theOptionSetsTheCap() throws {
        let spec = try PipelineSpec.parse(yaml: "stages:\n  - score:\n      graph-max-sentences: 9\n", file: "p.yaml")
        var options = try #require(spec.entries.first).options
        #expect(try TextRankScorer(options: &options).centrality.maxSentences == 9)
    }
}
