import Testing

@testable import Sunto

@Suite struct InformationDensityScorerTests {
    @Test(arguments: [
        ("Il governo ha stanziato 3,5 miliardi per 12 ospedali.", 2),
        ("Lunedì 8 settembre la Marina Militare partirà da La Spezia.", 5),
        ("Il sindaco Marco Rossi ha incontrato i residenti.", 1),
        ("ROMA – La maggioranza ha depositato il testo.", 0),
        ("Il ministro ha detto: «Entro il 2026 avremo 40 nuovi treni in Lombardia».", 0),
        ("Nessun fatto qui, solo parole generiche.", 0),
    ] as [(String, Int)])
    func factsAreCountedOutsideQuotedSpeech(_ text: String, _ facts: Int) {
        #expect(InformationDensityScorer.facts(in: ScoringTokenizer.tokens(in: text)) == facts, "\(text)")
    }

    @Test func theSentenceDenseWithFactsScoresHighest() {
        let texts = [
            "Il consiglio si è riunito per discutere della questione.",
            "Martedì 4 marzo il Comune di Bologna ha stanziato 12 milioni per 30 scuole.",
            "Molti cittadini hanno espresso la loro opinione.",
        ]
        let values = InformationDensityScorer().scores(for: ArticleFixture.features(texts))
        #expect(values == [0, 1, 0])
    }
}
