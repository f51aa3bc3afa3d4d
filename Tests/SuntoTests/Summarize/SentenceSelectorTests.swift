import Testing

@testable import Sunto

@Suite struct SentenceSelectorTests {
    /// Sentences with distinct vocabulary, so none counts as a repeat of another.
    private let texts = [
        "Il governo approva la manovra economica con ventidue miliardi di spesa.",
        "Le opposizioni annunciano battaglia in aula contro tagli sanitari.",
        "Sindacati proclamano sciopero generale venerdì prossimo nelle fabbriche.",
        "Borsa milanese chiude positiva grazie alle banche.",
        "Previsioni meteo indicano pioggia abbondante sulle regioni settentrionali.",
    ]

    private func article(_ texts: [String]) -> ArticleFeatures {
        ArticleFeatures(sentences: texts.enumerated().map { Sentence(id: $0, text: $1, start: 0, end: 0) })
    }

    private func scores(_ totals: [Double]) -> [SentenceScore] {
        totals.enumerated().map { SentenceScore(sentence: $0, total: $1, features: [:]) }
    }

    @Test(arguments: [1, 2, 3, 5, 9])
    func aSentenceBudgetTakesTheBestInSourceOrder(_ limit: Int) {
        let selector = SentenceSelector(budget: .sentences(limit))
        let chosen = selector.select(scores: scores([0.2, 0.9, 0.5, 0.7, 0.1]), article: article(texts))
        let expected = [1, 3, 2, 0, 4].prefix(limit).sorted()
        #expect(chosen == Array(expected))
    }

    @Test func aWordBudgetIsNeverExceeded() {
        let article = article(texts)
        for budget in [8, 12, 20, 25, 40] {
            let chosen = SentenceSelector(budget: .words(budget)).select(scores: scores([0.2, 0.9, 0.5, 0.7, 0.1]), article: article)
            let words = chosen.reduce(0) { $0 + article.wordCounts[$1] }
            #expect(words <= budget, "budget \(budget)")
            #expect(!chosen.isEmpty)
        }
    }

    @Test func aWordBudgetSmallerThanEverySentenceStillGivesTheBestSentence() {
        let chosen = SentenceSelector(budget: .words(2)).select(scores: scores([0.2, 0.9, 0.5, 0.7, 0.1]), article: article(texts))
        #expect(chosen == [1])
    }

    @Test func nearDuplicatesAreSkipped() {
        let texts = [
            "Il governo approva la manovra economica da ventidue miliardi.",
            "Il governo ha approvato la manovra economica da ventidue miliardi.",
            "Le opposizioni annunciano battaglia in aula contro i tagli.",
        ]
        let chosen = SentenceSelector(budget: .sentences(2)).select(scores: scores([0.9, 0.8, 0.3]), article: article(texts))
        #expect(chosen == [0, 2])
    }

    @Test func tiesAreBrokenBySourceOrder() {
        let chosen = SentenceSelector(budget: .sentences(2)).select(scores: scores([0.5, 0.5, 0.5, 0.5, 0.5]), article: article(texts))
        #expect(chosen == [0, 1])
    }

    @Test func excludedSentencesAreNeverChosen() {
        let chosen = SentenceSelector(budget: .sentences(2)).select(scores: scores([0.9, 0.8, 0.3, 0.1, 0.1]), article: article(texts), excluded: [0])
        #expect(chosen == [1, 2])
    }
}
