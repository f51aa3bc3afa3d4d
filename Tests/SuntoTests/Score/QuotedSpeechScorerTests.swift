import Testing

@testable import Sunto

@Suite struct QuotedSpeechScorerTests {
    @Test(arguments: [
        ("Il ministro ha firmato il decreto.", 0.0, 0.0),
        ("«Non faremo un passo indietro su questa riforma», ha detto il ministro.", 0.6, 0.7),
        ("“Siamo pronti a tutto pur di vincere”.", 1.0, 1.0),
        ("La Marina guida l'esercitazione «Northern Shield» nel Baltico.", 0.0, 0.0),
    ] as [(String, Double, Double)])
    func thePenaltyIsTheShareOfWordsInQuotedSpeech(_ text: String, _ low: Double, _ high: Double) {
        let value = QuotedSpeechScorer().scores(for: ArticleFixture.features([text]))[0]
        #expect((low...high).contains(value), "\(text): \(value)")
    }

    @Test func anUnclosedQuotationRunsToTheEnd() {
        let tokens = ScoringTokenizer.tokens(in: "Il sindaco ha detto: «non ci sono soldi per tutti")
        #expect(tokens.last?.isQuoted == true)
        #expect(tokens.first?.isQuoted == false)
    }
}
