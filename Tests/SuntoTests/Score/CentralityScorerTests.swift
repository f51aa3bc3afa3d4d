import Testing

@testable import Sunto

/// LexRank, TextRank and centroid similarity all find the sentence at the centre of the story.
@Suite struct CentralityScorerTests {
    static let scorers: [any SentenceScorer] = [
        LexRankScorer(),
        LexRankScorer(centrality: GraphCentrality(similarity: .bm25, threshold: 0.1)),
        TextRankScorer(),
        TextRankScorer(centrality: GraphCentrality(similarity: .tfidf, threshold: 0)),
        CentroidScorer(),
    ]

    @Test(arguments: scorers)
    func anOffTopicSentenceIsLeastCentral(_ scorer: any SentenceScorer) {
        let values = scorer.scores(for: ArticleFixture.features(ArticleFixture.breakwater))
        #expect(values.min() == values[3], "\(scorer.name): \(values)")
        #expect(values.max() == 1)
        #expect(values.allSatisfy { (0...1).contains($0) })
    }

    @Test(arguments: scorers)
    func theHeadlineIsNotScored(_ scorer: any SentenceScorer) {
        let texts = ["Genova, la diga foranea del porto"] + ArticleFixture.breakwater
        let values = scorer.scores(for: ArticleFixture.features(texts, paragraphs: [0, 1, 1, 1, 1, 1], title: texts[0]))
        #expect(values[0] == 0)
    }

    @Test(arguments: scorers)
    func aOneSentenceArticleDoesNotFail(_ scorer: any SentenceScorer) {
        let values = scorer.scores(for: ArticleFixture.features(["Il porto di Genova amplia la diga."]))
        #expect(values.count == 1)
    }

    @Test func aNarrowWindowStillRanksEverySentence() {
        let texts = (0..<60).map { "Il porto di Genova numero \($0 % 7) amplia la diga foranea \($0 % 5)." }
        let capped = LexRankScorer(centrality: GraphCentrality(similarity: .tfidf, threshold: 0, window: 3, maxNeighbours: 2))
        let values = capped.scores(for: ArticleFixture.features(texts))
        #expect(values.count == 60)
        #expect(values.allSatisfy { $0 > 0 })
    }
}
