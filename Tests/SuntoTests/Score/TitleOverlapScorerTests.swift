import Testing

@testable import Sunto

@Suite struct TitleOverlapScorerTests {
    private let texts = [
        "Il consiglio comunale discute il piano del traffico.",
        "La giunta ha approvato il nuovo piano per i rifiuti urbani.",
        "Le opposizioni hanno lasciato l'aula in segno di protesta.",
    ]

    @Test func theSentenceRepeatingTheHeadlineScoresHighest() {
        let values = TitleOverlapScorer().scores(for: ArticleFixture.features(texts, title: "Rifiuti, approvato il nuovo piano"))
        #expect(values[1] == 1)
        #expect(values[2] == 0)
    }

    @Test func withoutATitleEverySentenceScoresZero() {
        #expect(TitleOverlapScorer().scores(for: ArticleFixture.features(texts)) == [0, 0, 0])
    }

    @Test func aHeadlineSentenceDoesNotScoreAgainstItself() {
        let withHeadline = ["Rifiuti, approvato il nuovo piano"] + texts
        let values = TitleOverlapScorer().scores(for: ArticleFixture.features(withHeadline, paragraphs: [0, 1, 1, 1], title: withHeadline[0]))
        #expect(values[0] == 0)
        #expect(values[2] == 1)
    }
}
