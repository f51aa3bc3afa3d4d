import Testing

@testable import Sunto

@Suite struct PositionScorerTests {
    @Test func theLeadScoresHighestAndValuesFallWithPosition() {
        let article = ArticleFixture.features((0..<6).map { "Frase numero \($0) della notizia." })
        let values = PositionScorer().scores(for: article)
        #expect(values[0] == 1)
        #expect(values == values.sorted(by: >))
    }

    @Test func aParagraphOpeningScoresMoreThanTheSentenceBeforeIt() {
        let article = ArticleFixture.features((0..<4).map { "Frase numero \($0) della notizia." }, paragraphs: [0, 0, 1, 1])
        let values = PositionScorer(decay: 0.1, paragraphBonus: 0.3).scores(for: article)
        #expect(values[2] > values[1])
        #expect(values[3] < values[2])
    }

    @Test func theHeadlineScoresZeroAndTheFirstBodySentenceLeads() {
        let texts = ["Genova, la diga foranea", "Il porto di Genova amplia la diga.", "Il cantiere aprirà a marzo."]
        let values = PositionScorer().scores(for: ArticleFixture.features(texts, paragraphs: [0, 1, 1], title: texts[0]))
        #expect(values[0] == 0)
        #expect(values[1] == 1)
    }

    @Test(arguments: [0.0, 0.5, 2.0])
    func valuesStayWithinZeroAndOne(_ decay: Double) {
        let article = ArticleFixture.features((0..<8).map { "Frase \($0)." }, paragraphs: [0, 1, 1, 2, 2, 3, 3, 4])
        #expect(PositionScorer(decay: decay, paragraphBonus: 1).scores(for: article).allSatisfy { (0...1).contains($0) })
    }

    @Test func theClosingScorerRisesTowardsTheEndAndSkipsTheHeadline() {
        let texts = ["Genova, la diga foranea"] + (1..<6).map { "Frase numero \($0) della notizia." }
        let values = ClosingScorer().scores(for: ArticleFixture.features(texts, paragraphs: [0, 1, 1, 2, 2, 2], title: texts[0]))
        #expect(values[0] == 0)
        #expect(values[5] == 1)
        #expect(Array(values[1...]) == values[1...].sorted())
    }
}
