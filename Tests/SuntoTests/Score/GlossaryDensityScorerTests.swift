import Testing

@testable import Sunto

@Suite struct GlossaryDensityScorerTests {
    private let texts = [
        "Il governo presenta la legge di bilancio con un nuovo disavanzo.",
        "Il ministro ha parlato a lungo con i giornalisti.",
        "La legge di bilancio sarà votata a dicembre.",
    ]

    private func use(_ term: String, in sentences: [Int]) -> TermUse {
        TermUse(it: term, en: term, glossary: "test", occurrences: sentences.map { TermUse.Occurrence(sentence: $0, start: 0, end: 1) })
    }

    @Test func theSentenceWithMostGlossaryTermsScoresHighest() {
        let terms = [use("legge di bilancio", in: [0, 2]), use("disavanzo", in: [0])]
        let values = GlossaryDensityScorer().scores(for: ArticleFixture.features(texts, glossary: terms))
        #expect(values[0] == 1)
        #expect(values[1] == 0)
        #expect(values[2] > 0 && values[2] < 1)
    }

    @Test func withoutGlossaryTermsEverySentenceScoresZero() {
        #expect(GlossaryDensityScorer().scores(for: ArticleFixture.features(texts)) == [0, 0, 0])
    }

    @Test func aTermRepeatedInOneSentenceCountsOnce() {
        let repeated = TermUse(it: "disavanzo", en: "deficit", glossary: "test", occurrences: [
            TermUse.Occurrence(sentence: 1, start: 0, end: 1), TermUse.Occurrence(sentence: 1, start: 5, end: 6),
        ])
        #expect(ArticleFixture.features(texts, glossary: [repeated]).glossaryTerms == [0, 1, 0])
    }
}
