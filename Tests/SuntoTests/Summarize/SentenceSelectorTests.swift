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

    private func scores(_ totals: [Double]) -> [SentenceScore] {
        totals.enumerated().map { SentenceScore(sentence: $0, total: $1, features: [:]) }
    }

    private func select(_ selector: SentenceSelector, _ totals: [Double], _ texts: [String]? = nil) -> [Int] {
        selector.select(scores: scores(totals), article: ArticleFixture.features(texts ?? self.texts))
    }

    @Test(arguments: [1, 2, 3, 5, 9])
    func aSentenceBudgetTakesTheBestInSourceOrder(_ limit: Int) {
        let expected = [1, 3, 2, 0, 4].prefix(limit).sorted()
        #expect(select(SentenceSelector(budget: .sentences(limit)), [0.2, 0.9, 0.5, 0.7, 0.1]) == Array(expected))
    }

    @Test(arguments: [(0.2, 1), (0.4, 2), (0.5, 3), (1.0, 5), (0.01, 1)] as [(Double, Int)])
    func aRatioBudgetTakesThatShareOfTheSentences(_ ratio: Double, _ count: Int) {
        #expect(select(SentenceSelector(budget: .ratio(ratio)), [0.2, 0.9, 0.5, 0.7, 0.1]).count == count)
    }

    @Test(arguments: [8, 12, 20, 25, 40])
    func aWordBudgetIsNeverExceeded(_ budget: Int) {
        let article = ArticleFixture.features(texts)
        let chosen = SentenceSelector(budget: .words(budget)).select(scores: scores([0.2, 0.9, 0.5, 0.7, 0.1]), article: article)
        #expect(chosen.reduce(0) { $0 + article.wordCounts[$1] } <= budget)
        #expect(!chosen.isEmpty)
    }

    @Test func aWordBudgetSmallerThanEverySentenceStillGivesTheBestSentence() {
        #expect(select(SentenceSelector(budget: .words(2)), [0.2, 0.9, 0.5, 0.7, 0.1]) == [1])
    }

    @Test func nearDuplicatesAreSkipped() {
        let texts = [
            "Il governo approva la manovra economica da ventidue miliardi.",
            "Il governo ha approvato la manovra economica da ventidue miliardi.",
            "Le opposizioni annunciano battaglia in aula contro i tagli.",
        ]
        #expect(select(SentenceSelector(budget: .sentences(2)), [0.9, 0.8, 0.3], texts) == [0, 2])
    }

    @Test func diversityPrefersANewTopicOverAPartialRepeat() {
        let texts = [
            "Il governo approva la manovra economica da ventidue miliardi.",
            "La manovra economica del governo vale ventidue miliardi e taglia le tasse.",
            "Le opposizioni annunciano battaglia in aula contro i tagli.",
            "Il meteo prevede pioggia nel fine settimana.",
        ]
        #expect(select(SentenceSelector(budget: .sentences(2), redundancy: 1), [1.0, 0.9, 0.8, 0.1], texts) == [0, 1])
        #expect(select(SentenceSelector(budget: .sentences(2), redundancy: 1, diversity: 0.5), [1.0, 0.9, 0.8, 0.1], texts) == [0, 2])
    }

    @Test func aDanglingOpeningWaitsForItsPredecessor() {
        let texts = [
            "Il governo approva la manovra economica da ventidue miliardi.",
            "Le regioni del Nord chiedono più fondi per la sanità pubblica.",
            "Ma le opposizioni annunciano battaglia in aula contro i tagli.",
            "Il meteo prevede pioggia nel fine settimana.",
        ]
        #expect(select(SentenceSelector(budget: .sentences(2)), [1.0, 0.2, 0.9, 0.5], texts) == [0, 3])
        #expect(select(SentenceSelector(budget: .sentences(3)), [1.0, 0.6, 0.9, 0.5], texts) == [0, 1, 2])
        #expect(select(SentenceSelector(budget: .sentences(2), avoidsDanglingOpenings: false), [1.0, 0.2, 0.9, 0.5], texts) == [0, 2])
    }

    @Test func aDanglingOpeningIsTakenWhenNothingElseFits() {
        let texts = ["Ma le opposizioni protestano in piazza.", "Il governo approva la manovra economica."]
        #expect(select(SentenceSelector(budget: .sentences(2)), [0.9, 1.0], texts) == [0, 1])
        #expect(select(SentenceSelector(budget: .sentences(1)), [1.0, 0.2], texts) == [1])
    }

    @Test func tiesAreBrokenBySourceOrder() {
        #expect(select(SentenceSelector(budget: .sentences(2)), [0.5, 0.5, 0.5, 0.5, 0.5]) == [0, 1])
        #expect(select(SentenceSelector(budget: .sentences(2), diversity: 0.3), [0.5, 0.5, 0.5, 0.5, 0.5]) == [0, 1])
    }

    @Test func excludedSentencesAndTheHeadlineAreNeverChosen() {
        let selector = SentenceSelector(budget: .sentences(2))
        let chosen = selector.select(scores: scores([0.9, 0.8, 0.3, 0.1, 0.1]), article: ArticleFixture.features(texts), excluded: [0])
        #expect(chosen == [1, 2])
        let headed = ArticleFixture.features(texts, title: texts[0])
        #expect(selector.select(scores: scores([0.9, 0.8, 0.3, 0.1, 0.1]), article: headed) == [1, 2])
    }

    @Test func noScoresGiveAnEmptyBrief() {
        #expect(SentenceSelector().select(scores: [], article: ArticleFixture.features(texts)).isEmpty)
    }
}
